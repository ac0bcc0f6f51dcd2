"""Reading what a person typed about their symptoms: words, negation, who the patient is, and detail.

Pure: text in, a Reading out. The steps, in order:

1. `tokenise`: words with their place in the original text (so what is echoed back is exactly what
   was typed) and the clause breaks between them (. , ; ! ? and new lines; not the point or comma inside a
   number, "38.5").
2. `correct`: a word that is not an English word (pyspellchecker's English word list) and is one or
   two typing slips from a word of the symptom vocabulary is read as that word ("vomitting",
   "diarhea"). A real word is never changed into another ("ever" stays "ever", not "fever").
3. `negation`, in the manner of NegEx (Chapman et al., 2001): a trigger ("no", "not", "never",
   "without", "don't", "doesn't", "haven't", "isn't", ...; any apostrophe) negates what follows it,
   up to a terminating word ("but", "however", "although", ...), a clause break or SCOPE words.
   Pseudo-triggers do not negate: "not helping", "doesn't fade", "no better", "won't stop".
4. `patient`: who the patient is and their age ("my 6 week old", "my son, 8", "my baby", "my mum"),
   pregnancy ("34 weeks pregnant", "34/40") and the weeks after birth ("gave birth 2 weeks ago").
5. `modifiers`: severity ("severe", "worst ever"), onset ("sudden"), course ("getting worse",
   "won't stop") and duration ("for 3 weeks"): read and reported, and used by the triage floor.
"""

from __future__ import annotations

import re

from . import rx
from ._record import Record
from .text import fold

# --- words ---------------------------------------------------------------------------------------

# a word, or "&" (read as "and", as text.fold reads it: "d&v", "chest pain & sweating")
_WORD = rx.compile(r"[^\W_]+(?:['\u2019\u2018\u02bc][^\W_]+)*|&")
_BREAK = rx.compile(r"[.;!?\n,:]")
_APOSTROPHES = rx.compile("['\u2019\u2018\u02bc`]")


class Token(Record):
    text: str  # as typed
    norm: str  # folded, apostrophes dropped, British spelling folded
    start: int  # character offsets in the original text
    end: int
    clause: int  # clause number: words in different clauses never form one phrase
    read: str | None  # the word it was read as, when a typo was corrected

    _fields = __match_args__ = ("text", "norm", "start", "end", "clause", "read")

    def __init__(self, text: str, norm: str, start: int, end: int, clause: int, read: str | None = None):
        self.text, self.norm, self.start, self.end, self.clause, self.read = text, norm, start, end, clause, read


def normalise_word(word: str) -> str:
    return fold(_APOSTROPHES.sub("", word)).replace(" ", "")


def tokenise(text: str) -> list[Token]:
    out: list[Token] = []
    clause, last = 0, 0
    for m in _WORD.finditer(text):
        # a point or comma inside a number ("3.4", "38.5", "1,000") is no clause break
        if _BREAK.search(text, last, m.start()) and not (
                text[last:m.start()] in (".", ",") and out and out[-1].text[-1:].isdigit() and m.group()[:1].isdigit()):
            clause += 1
        last = m.end()
        norm = normalise_word(m.group())
        if norm:
            out.append(Token(m.group(), norm, m.start(), m.end(), clause))
    return out


def phrase_words(text: str) -> tuple[str, ...]:
    """A vocabulary phrase as the words it is matched on (the same folding as typed text, in one pass)."""
    return tuple(fold(_APOSTROPHES.sub("", text)).split())


# --- typo correction: only for words that are not words --------------------------------------------

_lexicon = None


def english_counts():
    """pyspellchecker's English word list with how often each word occurs in its corpus: `in` and
    `.get(word, 0)`, looked up word by word (see lexicon.py)."""
    global _lexicon
    if _lexicon is None:
        from .lexicon import open_lexicon

        _lexicon = open_lexicon()
    return _lexicon


def english_words():
    """pyspellchecker's English word list (about 160,000 words, with inflections and everyday words),
    for `word in english_words()`."""
    return english_counts()


STEM = 5  # letters two tied corrections must share to be forms of one word (tightens, tightness)


def correct(tokens: list[Token], known: set[str], ignore: set[str]) -> None:
    """Read a word that is not an English word as the vocabulary word it is a typing slip of.

    Only words of 4 letters or more; at most 1 edit for words up to 5 letters and 2 for longer
    ones (Damerau-Levenshtein: a swap counts once); the first letter must agree (typing slips
    rarely change it); and a tie between two vocabulary words is no correction at all. A word of 4
    letters typed in capitals among words that are not is an abbreviation ("my PICC line", "COPD"), not a
    slip; a longer one is a word said loudly ("a SIEZURE that won't stop") and is read as any other.
    """
    shouted = sum(t.text.isupper() for t in tokens) * 2 > len(tokens)  # all in capitals: capitals say nothing
    todo = [t for t in tokens if len(t.norm) >= 4 and t.norm.isalpha() and t.norm not in known and t.norm not in ignore
            and (shouted or len(t.norm) > 4 or not t.text.isupper())]
    if not todo:
        return
    lexicon = english_words()
    todo = [t for t in todo if t.norm not in lexicon]
    if not todo:
        return
    todo = [t for t in todo if not _respelt(t, known, lexicon)]
    from rapidfuzz.distance import DamerauLevenshtein

    by_letter: dict[str, list[str]] = {}
    for w in known:
        if len(w) >= 3:
            by_letter.setdefault(w[0], []).append(w)
    counts = english_counts()
    for t in todo:
        limit = 1 if len(t.norm) <= 5 else 2
        best, best_d, tied = None, limit + 1, []
        for w in by_letter.get(t.norm[0], ()):
            if abs(len(w) - len(t.norm)) > limit:
                continue
            d = DamerauLevenshtein.distance(t.norm, w, score_cutoff=limit)
            if d < best_d:
                best, best_d, tied = w, d, [w]
            elif d == best_d and w != best:
                tied.append(w)
        if best is None or best_d > limit:
            continue
        if len(tied) > 1:
            # forms of one word ("tightnes": tightness or tightens) are no real tie: the form the
            # typed word is the start of is read (a last letter left off is the commonest slip),
            # else the commoner; words that differ beyond their ending are, and nothing is corrected
            if len({w[:STEM] for w in tied}) > 1 or min(map(len, tied)) < STEM:
                continue
            best = max(sorted(tied), key=lambda w: (w.startswith(t.norm), counts.get(w, 0)))
        t.read = best


# Two ways of typing a word that are no typing slips, read before the slips are: a letter typed three or more times
# over ("soooo thirsty", "reallyyy bad", "sleeeepy"), which no English word has, and a dropped final g, as people say
# it ("burnin", "bringin up", "nothin"): each read as the word when the word is English.
_STRETCHED = re.compile(r"([a-z])\1{2,}")


def _respelt(t: Token, known: set[str], lexicon) -> bool:
    """Read a stretched word as the word stretched (each run of a letter as two of it, else as one), or a word
    ending in "in" as its "-ing" form, when that is a word. Whether it was read."""
    if _STRETCHED.search(t.norm):
        spellings: tuple[str, ...] = (_STRETCHED.sub(r"\1\1", t.norm), _STRETCHED.sub(r"\1", t.norm))
    elif t.norm.endswith("in"):
        spellings = (t.norm + "g",)
    else:
        return False
    for respelt in spellings:
        if respelt in known or respelt in lexicon:
            t.read = respelt
            return True
    return False


def word(t: Token) -> str:
    return t.read or t.norm


# --- negation (NegEx) --------------------------------------------------------------------------------

TRIGGERS = {
    "no", "not", "never", "without", "denies", "denied", "deny", "dont", "doesnt", "didnt", "havent",
    "hasnt", "hadnt", "isnt", "arent", "wasnt", "werent", "aint", "nor", "neither", "none", "nothing",
    "nobody", "noone",  # "nobody has passed out" (round 63: 108a)
}
# "can't be", "cannot be", "no sign of" are triggers made of two or three words
TWO_WORD_TRIGGERS = {("cant", "be"), ("cannot", "be"), ("no", "sign"), ("no", "signs"), ("free", "of"), ("ruled", "out")}
# a trigger followed by one of these words negates nothing: "not helping", "doesn't fade", "no better"
PSEUDO = {
    "better", "improving", "improved", "improve", "helping", "help", "helped", "helps", "working", "work", "works",
    "sure", "idea", "only", "longer", "stop", "stopping", "stopped", "fade", "fading", "faded", "go", "going",
    "settle", "settling", "settled", "change", "changing", "changed", "matter", "much", "able", "responding",
    "respond", "waking", "wake", "moving", "move", "breathing", "breathe", "blanch", "blanching", "disappear",
    "disappearing", "recognise", "recognize", "feeding", "drinking", "eating", "touch", "touching",
    "since",  # "not since this morning" says when, it negates nothing
}
# "not working hard to breathe" denies an effort: "working" is a pseudo-trigger ("inhaler not working") only when it
# says that a thing fails, not when "hard" follows it
_EFFORT = ({"working", "work", "works"}, {"hard", "harder"})


def _denied_effort(tokens: list, i: int) -> bool:
    """Whether the negation at tokens[i] is followed by "working hard": an effort denied, not a thing that fails."""
    return (i + 2 < len(tokens) and word(tokens[i + 1]) in _EFFORT[0] and word(tokens[i + 2]) in _EFFORT[1]
            and tokens[i + 2].clause == tokens[i].clause)


# "don't remember anything after I hit my head", "doesn't remember falling": not remembering what happened is the sign
# (memory loss), and what was not remembered still happened; "don't remember any chest pain" is still a denial
AMNESIA = {"remember", "recall"}
AMNESIA_WHAT = {"anything", "nothing", "much", "what", "how", "where", "who", "when", "it", "hitting", "falling", "banging",
                "fainting", "passing", "blacking", "collapsing", "happening", "after", "getting", "being"}
# negative concord: "nothing", "no" or "none" after a negated verb of sensing, keeping or remembering
CONCORD = {"nothing", "no", "none"}
CONCORD_BEFORE = {"cant", "cannot", "couldnt", "dont", "doesnt", "didnt", "wont", "wouldnt", "aint", "never"}
CONCORD_VERBS = {"hear", "heard", "see", "seen", "feel", "felt", "smell", "taste", "remember", "keep", "kept", "hold", "swallow",
                 "move"}


def double_negative(before: str, verb: str, w: str) -> bool:
    """Whether `w` is the second negative of a double negative, as many people speak: "can't hear nothing out of
    it", "couldn't keep nothing down" say the ability is gone (the sign), so that "nothing" negates no more than
    "anything" would. Read so by `negation` and by the red-flag list's own check of a negation inside a match."""
    return w in CONCORD and verb in CONCORD_VERBS and before in CONCORD_BEFORE


TERMINATORS = {"but", "however", "although", "though", "except", "apart", "yet", "still", "whereas", "aside", "besides", "otherwise"}
# "not sweating and talking nonsense": an "and" starts a new conjunct that the negation before it does not
# reach (the safer reading of "no X and Y" is that Y is there), unless that conjunct has a negation of its own
# within its first words ("no fever and he's not being sick"), which then governs it.
_AND_ENDS = {"and", "plus", "n"}
_OWN_NEGATION = 3  # words after the "and" that may hold the conjunct's own negation ("and he's not")
_SIGN_VERBS = frozenset({"moved", "kicked"})
_NOT_OWN_AFTER = frozenset(PSEUDO) | _SIGN_VERBS  # what, after a negation word, makes it no negation of the conjunct


def _new_conjunct(tokens: list[Token], j: int, consumed: set[int], inside: frozenset[int] = frozenset()) -> bool:
    """Whether tokens[j] is an "and" that ends a negation's scope. A negation word that is part of a symptom
    read, or a pseudo-trigger ("not breathing", "not moving", "not feeding": see PSEUDO), is no negation of the
    conjunct: "no fever and he's not breathing", "no bleeding and baby's not moving". An "and" inside a symptom's
    own words (`inside`: "pins and needles") joins nothing: "no pins and needles or numbness" denies both."""
    if word(tokens[j]) not in _AND_ENDS or j in inside:
        return False

    def own(k: int) -> bool:
        # ("no breathing trouble" is a denial of its own, though "breathing" follows the "no"; "hasn't moved" and
        # "hasn't kicked" are the sign of a baby in the womb: "no bleeding and baby hasn't moved all day")
        pseudo = word(tokens[k]) != "no" and k + 1 < len(tokens) and word(tokens[k + 1]) in _NOT_OWN_AFTER
        return word(tokens[k]) in TRIGGERS and k not in consumed and not pseudo and tokens[k].clause == tokens[j].clause

    return not any(own(k) for k in range(j + 1, min(len(tokens), j + 1 + _OWN_NEGATION)))


SCOPE = 6  # words after a trigger that it can negate (NegEx uses about five)
# "never had a fit before", "never had pain like this": a history that makes what is happening now new (a
# first seizure, the worst headache), not a negation of it (a pseudo-trigger in NegEx's sense)
NEVER_BEFORE = {"never", "havent", "hasnt", "hadnt"}


def _first_time(tokens: list[Token], i: int) -> bool:
    """Whether the negation at i is "never ... before" or "never ... like this" in its clause."""
    words = [word(t) for t in tokens[i + 1: i + 1 + SCOPE + 2] if t.clause == tokens[i].clause]
    if "before" in words:
        return True
    pairs = set(zip(words, words[1:]))
    return bool(pairs & {("like", "this"), ("like", "that"), ("like", "it"), ("this", "bad"), ("so", "bad")})


# the words after an answering "no" that start a new statement: a subject and its verb
ANSWER_SUBJECTS = {"its", "it", "hes", "shes", "he", "she", "theyre", "they", "i", "im", "ive", "were", "we", "thats",
                   "theres", "there"}
# verbs that negate without being NegEx triggers (they are the symptom in "can't breathe", "won't wake"): after
# an answering "no" and its subject, one that is not part of a symptom leaves the negation to the "no", as
# before: "no I can't see any rash", "no I wouldn't call it a seizure", "no he won't have a fever"
_ANSWER_NEGATORS = {"cant", "cannot", "couldnt", "wont", "wouldnt", "shouldnt", "hardly", "barely", "scarcely"}
_ANSWER_ADVERBS = {"just", "really", "honestly", "still", "definitely", "certainly", "even", "actually", "so"}


def _answer_negator(tokens: list[Token], j: int, consumed: set[int]) -> bool:
    """Whether the verb of the statement starting at j (after an answering "no" and its subject) negates
    without being a trigger, and is not itself part of a symptom."""
    while j < len(tokens) and tokens[j].clause == tokens[j - 1].clause and word(tokens[j]) in _ANSWER_ADVERBS:
        j += 1
    return (j < len(tokens) and tokens[j].clause == tokens[j - 1].clause and word(tokens[j]) in _ANSWER_NEGATORS
            and j not in consumed)


# NegEx's post-negation triggers, read narrowly: a body function said to be fine, in a clause of its own
# ("vision fine", "her breathing is normal", "temp ok now"). Only the name of the function before it, with a
# possessive and a copula, is negated: "speech slurred then normal" and "arm went numb, now fine" are not
# negated (a sign that has passed is still a sign).
POST_TRIGGERS = {"fine", "normal", "ok", "okay", "unaffected", "clear", "good", "negative"}
FUNCTIONS = {
    "vision", "sight", "eyesight", "speech", "speaking", "talking", "breathing", "temperature", "temp", "bp", "blood",
    "pressure", "movements", "movement", "eyes", "eye", "face", "arms", "arm", "legs", "leg", "pulse", "heart", "rate",
    "heartbeat", "sats", "oxygen", "colour", "color", "urine", "wee", "pee", "nappies", "feeding", "appetite", "hearing",
    "walking", "balance", "skin", "lips", "sugar", "sugars", "glucose", "bloods", "obs", "memory", "strength",
    "sensation", "swallowing", "bowels", "poo", "stools", "chest", "head", "neck", "back", "tummy", "stomach",
    "ketones", "ketone", "test", "tests", "result", "results", "swab", "swabs", "scan", "xray", "ecg", "dipstick",
}
_POST_FILLER = {"her", "his", "my", "their", "your", "the", "babys", "is", "was", "are", "were", "s", "seems", "seem",
                "seemed", "looks", "look", "looked", "looking", "feels", "felt", "all", "totally", "completely", "perfectly",
                "absolutely", "still", "now", "and", "rate", "pressure"}


def negation(tokens: list[Token], consumed: set[int], inside: frozenset[int] = frozenset()) -> list[bool]:
    """For each token, whether it lies in the scope of a negation trigger.

    A trigger inside a phrase already read as a symptom ("can't breathe", "not breathing") is part
    of that symptom, not a negation; `inside` are the words between a symptom phrase's first and last word
    that it skipped ("and" in "pins and needles").
    """
    negated = [False] * len(tokens)
    for i, t in enumerate(tokens):
        w = word(t)
        if i in consumed:
            continue
        nxt = word(tokens[i + 1]) if i + 1 < len(tokens) and tokens[i + 1].clause == t.clause else None
        is_trigger = w in TRIGGERS or (nxt is not None and (w, nxt) in TWO_WORD_TRIGGERS)
        if not is_trigger:
            continue
        start = i + 2 if (w, nxt) in TWO_WORD_TRIGGERS else i + 1
        if w in NEVER_BEFORE and _first_time(tokens, i):
            continue
        # "is his speech normal? no, it's slurred", "any rash? no she has spots": a "no" that answers and is
        # followed by a subject and its verb starts a statement of its own; that verb carries any negation
        if w == "no" and nxt in ANSWER_SUBJECTS and not _answer_negator(tokens, i + 2, consumed):
            continue
        if start == i + 1 and nxt in PSEUDO and not _denied_effort(tokens, i):
            continue
        if start == i + 1 and nxt in AMNESIA and i + 2 < len(tokens) and word(tokens[i + 2]) in AMNESIA_WHAT:
            continue
        if i >= 2 and tokens[i - 2].clause == t.clause and double_negative(word(tokens[i - 2]), word(tokens[i - 1]), w):
            continue
        # a pseudo-trigger one word further on: "isn't really helping", "doesn't seem to fade"
        if start == i + 1 and i + 2 < len(tokens) and word(tokens[i + 2]) in PSEUDO and nxt in {"really", "seem", "seems", "even", "actually", "to", "at", "the"}:
            continue
        for j in range(start, min(len(tokens), start + SCOPE)):
            if tokens[j].clause != t.clause or word(tokens[j]) in TERMINATORS or _new_conjunct(tokens, j, consumed, inside):
                break
            negated[j] = True
    _post_negation(tokens, negated)
    return negated


def _post_negation(tokens: list[Token], negated: list[bool]) -> None:
    """Mark the body functions said to be fine (POST_TRIGGERS) as negated, in place."""
    for i, t in enumerate(tokens):
        if word(t) not in POST_TRIGGERS or negated[i]:
            continue
        start = i
        while start > 0 and tokens[start - 1].clause == t.clause:
            start -= 1
        before = [word(tokens[j]) for j in range(start, i)]
        if not before or len(before) > 5 or not any(w in FUNCTIONS for w in before):
            continue
        if all(w in FUNCTIONS or w in _POST_FILLER for w in before):
            for j in range(start, i):
                negated[j] = True


# --- the patient ---------------------------------------------------------------------------------------

_UNIT_YEARS = {"hour": 1 / (24 * 365), "day": 1 / 365, "d": 1 / 365, "week": 1 / 52, "wk": 1 / 52, "w": 1 / 52, "month": 1 / 12, "mth": 1 / 12,
               "mo": 1 / 12, "m": 1 / 12, "year": 1.0, "yr": 1.0, "y": 1.0}
_UNITS = r"(day|d|week|wk|w|month|mth|mo|m|year|yr|y)s?"
# An age's number, in figures or words ("three months old", "my six week old"). A number word is read
# only before a whole unit word ("two days", not "a" or "an": "i am old" is no "a m(onth) old", "frail
# and old" no "an d(ay) old", and "the cough is a week old" says nothing of who).
_AGE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
              "sixteen": 16, "seventeen": 17, "eighteen": 18}
_AGE_NUMBER = (r"(\d{1,3}(?:\.\d+)?|(?:" + "|".join(sorted(_AGE_WORDS, key=len, reverse=True))
               + r")(?= (?:day|week|wk|month|mth|year|yr)s?\b))")
# ("old's", folded to "olds": "my 6 week old's eyes")
_AGE_OLD = rx.compile(r"\b" + _AGE_NUMBER + r" ?" + _UNITS + r" olds?\b")
# An age said as a limit the child is below: "a baby under 3 months", "she's less than 8 weeks old", "my son
# is not yet one year old". Read as just below the limit (a day less), the reading that keeps the signs the
# sources give for babies "under 3 months" (NICE NG143 words its limits so). Said of the child, or ending in
# "old": not a duration ("coughing for under 3 weeks") or a pregnancy ("less than 12 weeks pregnant").
_BELOW = r"(?:under|less than|younger than|not yet|not even|below)"
_AGE_UNDER = rx.compile(
    r"\b(?:(?:baby|babys|babies|newborn|infant|son|daughter|boy|girl|lo|ds|dd|child|kid|toddler|twins?|little one)"
    r"(?: (?:is|was|aged|who is|whos|thats|that is|only))?|aged|age) " + _BELOW + r" "
    + _AGE_NUMBER + r" ?" + _UNITS + r"\b(?! pregnant)|\b" + _BELOW + r" " + _AGE_NUMBER + r" ?" + _UNITS + r" olds?\b")
# The largest limit read as an age: a limit tells the age only near the sources' own youngest limit
# ("under 3 months", NICE NG143). "Under one year" or "less than six years" could be any age below:
# read as the oldest it allows, the signs for younger babies and children would be lost, so such a
# child keeps an unknown age, which those signs count (the safer reading).
_UNDER_AT_MOST = 0.25
# What an "N days old" is said of when it is not a person ("the cough is 3 days old", "my tattoo is a
# week old", "rash thats two days old"): the word just before it, past "is", "about" and the like.
_NOT_A_PERSON = frozenset(
    "cough cold rash spot spots bruise bruising cut wound burn bite lump bump pain ache symptoms temp temperature fever "
    "it its this that thats which tattoo piercing injury infection bug virus sore blister scab stitches scar stoma "
    "dog cat puppy kitten pet".split())
_AGE_FILLER = frozenset("is was been has about only nearly now already around roughly just s".split())
# A newborn's age in hours, said of the baby itself ("my baby is 20 hours old", "my 19 hour old daughter",
# "she's about 12 hours old", "born this morning, about 12 hours old", "born 15 hours ago"): not of a tattoo,
# a cough or a bug ("her cough is 24 hours old", R38, R39). Read before any age in years, which is often the
# parent's ("i'm 31 and my baby is 20 hours old").
_HOURS = r"(\d{1,3}) ?(?:hours?|hrs?|h)"
_ABOUT = r"(?:(?:about|nearly|only|just|around|roughly|barely) ){0,2}"
# A birth said by when it was: N days or weeks ago, or today, this morning, at 3am, last night
_BORN_TODAY = (r"(?:today|this (?:morning|afternoon|evening)|tonight|earlier today"
               r"|at \d{1,2}(?: \d\d)? ?(?:am|pm|oclock|o clock|in the (?:morning|afternoon|evening|night)|this (?:morning|afternoon|evening)|last night)"
               r"|last night|yesterday (?:afternoon|evening|night)|in the night|overnight)")
_BORN_RECENTLY = r"(?:" + _ABOUT + r"(?:\d{1,2}|a|one|two|three|four|five|six) ?(?:days?|weeks?) ago|" + _BORN_TODAY + r"|yesterday)"
_AGE_HOURS_OLD = rx.compile(
    r"\b(?:(?:(?:my|our|the|a) )?(?:baby|babys|newborn|infant|son|daughter|boy|girl|twins?|lo|ds|dd|little (?:one|girl|boy))|she|he|shes|hes|she is|he is"
    r"|born(?: \w+){0,4}) (?:is |was |who is |whos )?" + _ABOUT + _HOURS + r" old\b"
    r"|\b(?:my|our|a|the) " + _HOURS + r" olds?\b(?= (?:baby|babys|newborn|son|daughter|sons|daughters|boy|girl|little|twins?|is|has|was|looks?|eyes|skin|face)\b)"
    r"|\b(?:born|delivered) " + _ABOUT + _HOURS + r" ago\b")
# A baby's age said as its birth ("baby born 2 days ago", "she was born 3 weeks ago"): read only when the
# text gives no age in years or as "N days old", so a parent's own age keeps the parent as the patient.
_BORN_AGO = rx.compile(r"\bborn " + _ABOUT + r"(\d{1,2}) ?(day|d|week|wk|w)s? ago\b")
# "born this morning", "born at 3am", "born last night": a baby under a day old, read with the ages in hours
_BORN_TODAY_AGE = rx.compile(r"\bborn " + _BORN_TODAY + r"\b")
# "aged 4", "i'm 30", "she's 7 wks", "mum is 79": not a temperature ("she's 38.6": the decimal
# part follows as a word of its own, "38 6") and not a reading ("her temp is 39", "sats are 92").
_AGE_AGED = rx.compile(
    r"\b(?<!temp )(?<!temperature )(?<!it )(?<!sats )(?<!reading )(?<!sugar )(?<!score )"
    r"(?:aged|age|im|i am|is|shes|hes|she is|he is|theyre|they are) (\d{1,3})(?: ?" + _UNITS + r")?\b"
    # (nor the weeks of a pregnancy: "i'm 20 weeks pregnant", "i am 12 wks gone" are the mother's weeks, not a baby's age)
    r"(?! (?:\d|(?:weeks?|wks?|w) (?:pregnant|gone|along|preg\w*)|pregnant|preggers|preggo|preg|pregnancy|gone|along|expecting|kg|kilo|stone|lbs?|times|days? ago|weeks? ago|hours?|minutes?|mins?|c\b|degrees|f\b"
    # (nor a time since something: "mum is 3 weeks after her knee replacement", "she is 2 days post op"; but
    # "since" or "after" straight after the number is the next clause: "my mum is 83, since yesterday...")
    r"|(?:(?:days?|weeks?|wks?|months?) (?:after|since|post|out of|on from|into)|(?<=[a-z] )(?:after|since|into)|post|out of|on from)\b))"
)
# People write "years old" as "yo" ("13yo", "my 8 yo"): read as the words it stands for.
_YO = rx.compile(r"\b(\d{1,3}) ?(?:yo|y o|yrs? o)\b")
# and months old as "mo" ("6mo with a sicky bug", "my 4mo"), glued to the number and standing for the age (not a
# time: "for 6mo", "over the last 3mos", "6mo ago", "a 6mo course", "6mo pregnant")
_MO = rx.compile(r"(?<!\bfor )(?<!\bpast )(?<!\blast )(?<!\bover )(?<!\bsince )(?<!\bin )(?<!\bevery )(?<!\bafter )(?<!\bnearly )"
                 r"(?<!\balmost )(?<!\ba )\b(\d{1,2})(?:mo|mos|mth|mths)\b(?! (?:ago|pregnant|gone|along|course|supply|old)\b)")
_RELATIVE = (
    r"(son|daughter|boy|girl|child|kid|baby|toddler|infant|newborn|grandson|granddaughter|nephew|niece|little one|brother|"
    r"sister|husband|wife|partner|mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|"
    r"grandpa|grandfather|friend|neighbour|neighbor|flatmate|roommate|colleague)"
)
# "my son is 8", "baby 6 weeks" (typed as a fragment, without "my"); a number after who it is is a
# quantity or a time, not an age, when a word of quantity or "ago" follows ("gave my gran 2 paracetamol"), or a
# time since something ("mum is 3 weeks after her knee replacement")
_MY_RELATIVE_AGE = rx.compile(r"\b(?:(?:my|our|his|her) )?" + _RELATIVE + r" (?:is |aged |age |who is |whos )?(\d{1,3}(?:\.\d+)?)(?: ?" + _UNITS + r")?\b(?! ?(?:weeks? pregnant|kg|times|(?:days?|weeks?|wks?|months?|years?|yrs?) ago|hours?|hrs?|h|minutes?|mins?|\d|tablets?|pills?|capsules?|paracetamol|ibuprofen|calpol|doses?|puffs?|mg|ml|of|more|x|ago|post|out of|on from|(?<=[a-z] )(?:after|since|into)|(?:days?|weeks?|wks?|months?|years?|yrs?) (?:after|since|post|out of|on from|into))\b)")
_MY_AGE_RELATIVE = rx.compile(r"\bmy " + _AGE_NUMBER + r" ?" + _UNITS + r" olds? " + _RELATIVE + r"?")
_MY_RELATIVE = rx.compile(r"\b(?:my|our|her|his) " + _RELATIVE + r"\b")
# An age in brackets after who it is, read from the raw text: "dad (83)", "my wife (66)".
_RELATIVE_BRACKETED = rx.compile(r"\b" + _RELATIVE + r" ?\((\d{1,3})\)")
_INFANT_WORDS = {"baby", "infant", "newborn"}
# A text that begins with the baby, as a fragment without "my" ("baby crying with a strange high cry", "newborn
# not feeding"): the baby is who it is about, as "my baby" would say (not "baby shower", "baby wipes", "baby food").
_BABY_FIRST = rx.compile(r"(?:the |our |a )?(baby|newborn|infant)\b(?! (?:shower|scan|bump|clothes|name|names|book|monitor|movements?|kicks?|wipes?|oil|food|formula|powder|teeth|brain|blues|weight|fat|steps?|sister|brother|boomer|bottle|bottles|bath|gate|sling|carrier|seat|car seat|aspirin|talk|moving|kicking|kicked|hiccups)\b)")
_CHILD_WORDS = {"son", "daughter", "boy", "girl", "child", "kid", "toddler", "grandson", "granddaughter", "nephew", "niece",
                "little one"}
_OLDER_WORDS = {"nan", "nana", "gran", "granny", "grandma", "grandmother", "grandad", "grandpa", "grandfather"}

# a test named as another ("covid test was positive", "lateral flow test") is no pregnancy test; the words
# between "test" and "positive" are only when and how it was read ("did a test last wk positive")
_TEST_NOT_PREGNANCY = "".join(f"(?<!{w} )" for w in (
    "covid", "covid19", "corona", "flow", "lft", "pcr", "flu", "strep", "blood", "urine", "wee", "pee", "drug", "drugs",
    "hiv", "sti", "std", "chlamydia", "allergy", "prick", "antigen", "rapid", "dipstick", "swab", "smear", "breath",
    "stool", "poo", "fit", "thyroid", "glucose", "sugar", "ketone", "tb", "rsv", "mono", "h pylori", "pylori"))
_TEST_GAP = (r"(?:last|this|yesterday|today|tonight|morning|week|wk|night|earlier|and|it|at|on|home|just|came|come|back|"
             r"up|out|was|is|showed|shows|says|said|a|few|days|ago|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_DUE = (r"(?:(?:baby|babys|baby s|baby is|im|i m|i am|shes|she s|she is|were|we re|wife is|wifes|partner is|partners) |^)due "
        r"(?:in (?:(?:about|around|like|only|just|another) )?(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|"
        r"a couple of) ?(?:weeks?|wks?|days?|months?)|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|any day)")
_PREGNANT = rx.compile(
    r"\b(?:pregnant|pregnancy|preggers|preggo|preggy|expecting(?: a baby)?|(\d{1,2}) ?(?:weeks?|wks?) (?:gone|along)|"
    # a due date ("baby due in 6 weeks", "i'm due in march", "my edd"), a "big fat positive" (bfp)
    r"bfp|big fat positive|(?:due date|edd)(?! (?:was|had been|has passed|came and went))|" + _DUE + r"|"
    r"(?:first|second|third|1st|2nd|3rd) trimester|trimester|antenatal|"
    # a pregnancy's bump, not a lump ("a bump on my gum", "small bump behind his ear", "goose bumps")
    r"(?<!a )(?<!small )(?<!little )(?<!tiny )(?<!big )(?<!hard )(?<!red )(?<!raised )(?<!lumpy )(?<!itchy )(?<!sore )(?<!painful )"
    r"(?<!speed )(?<!goose )(?<!white )(?<!pink )(?<!bony )bump(?! (?:on|in|under|behind|near|by|above|below|over|inside|of|at the|to (?:the|his|her|my))\b)|"
    # a positive test or a missed period: possibly pregnant, the safer reading for pain and bleeding
    r"positive (?:pregnancy |preg |home )?test|" + _TEST_NOT_PREGNANCY + r"test (?:" + _TEST_GAP + r" ){0,6}positive(?! for (?!pregnan|preg\b))|"
    # a scan only pregnancy has ("an early scan", "the dating scan", "my 12 week scan")
    r"(?:early|dating|booking|nuchal|anomaly|(?:\d{1,2}|twelve|twenty) ?(?:weeks?|wks?)) scan|"
    r"missed (?:my |a |her )?periods?|periods? (?:is|are|was) late|late period|"
    # a baby's movements felt inside: "fetal movements", "not felt the baby kick", "baby's movements"
    r"(?:fetal|foetal) (?:movements?|kicks)|(?:felt|feel|feeling|feels) (?:the |my |our |her |him |it |them |any )?(?:baby |babys |bubs |bub )?"
    r"(?:move|moving|moves|movements?|kick|kicks|kicking)(?! (?:in (?:his|her|their) sleep|around in bed))|"
    r"(?:babys|baby s) (?:movements|kicks))\b"
)
# weeks of pregnancy as midwives write them too: "34/40", and weeks plus days, "35+2": 4 to 42 weeks, at the
# start of the text or after "I'm", "at", "now", "pregnant", and not a dose, an age or a count ("on 10+5 mg",
# "3+2 kids", "the score was 35+2")
_PREGNANT_WEEKS = rx.compile(r"\b(\d{1,2}) ?(?:weeks?|wks?|w)(?: and \d days?)? (?:pregnant|gone|along|pregnancy)\b|\b(\d{1,2}) ?(?:/|out of) ?40\b"
                             # "pregnant 10 weeks", "pregnancy 8 weeks", "im pregnant 7wk"
                             r"|\b(?:pregnant|pregnancy|preg|preggo|preggers) (?:about |around |nearly |almost |now |at )?(\d{1,2}) ?(?:weeks?|wks?|wk|w)\b(?! ago\b)"
                             r"|(?:^|(?:\bi'?m|\bi am|\bam|\bat|\bnow|\bcurrently|\bpregnant|\bpreg|\bgestation|\bshe'?s|\bshe is|\bweeks?)[ :,]+)"
                             r"([4-9]|[1-3]\d|4[0-2])\+[0-6](?![\d.+])(?! ?(?:mg|mcg|ml|g|kg|units?|years?|yrs?|y|kids|children|months?|mths?)\b)")
# the person typing says they are pregnant, in words a baby's own description never uses
_SELF_PREGNANT = rx.compile(r"\b(?:im|i am|i m|am|me)(?: \w+){0,2} (?:pregnant|expecting)\b|\bmy pregnancy\b|\bpregnant with\b|\b(?:first|second|third|1st|2nd|3rd) trimester\b"
                            r"|\b(?:bfp|big fat positive|preggo|preggy)\b|\b" + _DUE + r"\b")
# "baby's tummy" typed without "my": a baby whose own words name it (folded, the apostrophe is gone)
_POSSESSIVE_BABY = rx.compile(r"\b(baby|newborn|infant)s\b(?= (?:\w+ )?(?:tummy|belly|head|skin|lips|face|eyes|breathing|temp|temperature|nappy|nappies|diaper|diapers|poo|poop|vomit|sick|rash|fontanelle|soft spot|cry|crying|chest|arm|arms|leg|legs|body|hands|feet|mouth|tongue|gums|neck|cord|belly button)\b)")
_NOT_PREGNANT = rx.compile(r"\b(?:not|cant be|cannot be|negative) (?:pregnant|pregnancy)|pregnancy test (?:was |is )?negative\b")
# a pregnancy that is over, named for when something happened before ("had this before when i was pregnant", "in my
# last pregnancy"): not read as pregnant now, while a pregnancy said beside it still is ("bled in my last pregnancy,
# now 8 weeks")
_PAST_PREGNANCY = rx.compile(r"\b(?:when|while|whilst) (?:i|she|my wife|my partner) (?:was|were) (?:pregnant|expecting)(?: (?:with|w) (?:my|our|her|his|the) \w+)?"
                             r"|\b(?:in|during|with|after|since) (?:my|her|our) (?:last|previous|first|earlier|other|older|2nd|second) (?:pregnancy|pregnancies)\b"
                             r"(?: (?:at|around|about) \d{1,2} ?(?:weeks?|wks?))?"
                             # over once it is after or since ("i had piles after my pregnancy"), not since it began
                             r"|\b(?:after|since|following) (?:my|her|our) (?:pregnancy|pregnancies)\b(?! (?:started|began|begun|starts|was confirmed)\b)")
# weeks said of oneself beside it ("i had a miscarriage in my last pregnancy, im 8 weeks"): a pregnancy now, the safer reading
_WEEKS_NOW = rx.compile(r"\b(?:im|i am|i m|shes|she is) (?:about |around |nearly |almost )?(\d{1,2}) ?(?:weeks?|wks?)\b(?! (?:ago|old|since|after|postpartum|post partum))")
# a baby had, not a baby scan or shower (said in pregnancy); "had our first child", "had a little girl", and "had our
# little girl" when it was days or weeks ago ("had my little girl off school" is no birth)
_HAD_BABY = (r"(?:had (?:my|the|a|our|her) (?:(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|new|little) )?(?:baby|son|daughter|twins)"
             r"|(?:first|second|third|fourth|1st|2nd|3rd|4th|baby) (?:girl|boy|child)|(?<=a )little (?:girl|boy|one)"
             r"|little (?:girl|boy)(?= (?:\d{1,2}|a|one|two|three|four|five|six) ?(?:days?|weeks?) ago\b))"
             # without "my" or "a", as people type in a hurry, when it says when: "had baby 10 days ago"
             r"|had baby(?= (?:\d{1,2}|a|one|two|three|four|five|six) ?(?:days?|weeks?) ago\b| (?:yesterday|last (?:week|night)|this (?:morning|week)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))"
             r"(?! (?:scan|scans|shower|bump|appointment|check ?up|movements?|kicks?|kicking|book|name|names|clothes|monitor)\b)")
_POSTPARTUM = rx.compile(
    r"\b(?:gave birth|given birth|giving birth|" + _HAD_BABY + r"|since (?:the|my) (?:birth|delivery|c section)|"
    r"after (?:the|my) (?:birth|delivery|c section|caesarean|cesarean|labour|labor)|after (?:her )?(?:delivery|c section|caesarean|cesarean|labour|labor)\b|after giving birth|postpartum|post partum|postnatal|"
    r"post natal|just delivered|delivered (?:my|the|a|our) baby|(?:days?|weeks?) (?:after|since) (?:birth|delivery|giving birth)|"
    r"had a c section|c section (?:\d+ )?(?:days?|weeks?) ago|new mum|new mom|breastfeeding|"
    # "my baby was born 2 days ago" or "this morning", as "had my baby 2 days ago" is (not "born with a heart
    # defect 8 years ago", "born in july")
    r"(?:my|our) (?:new |newborn |little )?(?:baby|son|daughter|twins|girl|boy|one) (?:was |were )?born " + _BORN_RECENTLY + r"|"
    # said without "my", as a message starts in a hurry: "baby born 5 days ago", "i delivered 4 weeks ago"
    r"^(?:new |newborn )?baby (?:was )?born " + _BORN_RECENTLY + r"|"
    r"(?:i|she) (?:delivered|gave birth) (?:\d{1,2}|a|one|two|three|four|five|six) ?(?:days?|weeks?) ago)\b"
)
# "gave birth to our second 3 months ago": a few words may come between the birth and when it was (not another
# time: "gave birth last week, 2 months ago i had a scan" is last week)
_POSTPARTUM_AGO = rx.compile(r"\b(?:gave birth|given birth|" + _HAD_BABY + r"|delivered|c section|birth|born)(?: (?!(?:ago|last|this|yesterday|today|on|and|but|then|now|since|after|before|days?|weeks?|months?)\b)[a-z]+){0,3}? (?:was )?"
                             r"(\d{1,2}|a|one|two|three|four|five|six) ?(day|week|month)s? ago\b")
# the one who gave birth, named beside a new baby (not "she", "her": a baby girl is spoken of so;
# not "my mum": the baby's grandmother); "mum is fine" names her only to say she is well
_MOTHER_NAMED = rx.compile(r"\b(?:wife|wifes|partner|partners|girlfriend|girlfriends|fiancee|missus|mrs|(?<!my )(?:mum|mom|mummy|mommy|mother|mothers|mama)|"
                           r"daughter in law|new mum|new mom)\b(?! (?:is|seems|feels|was) (?:fine|well|ok|okay|good|great|doing well)\b)")
# a birth long past: "we had our first baby last year", "had my first baby at 19" or "at 38 years old" (not "at 38",
# which may be weeks of the pregnancy) is no reason to read the weeks after it. Read where each birth is named
# (_POSTPARTUM), not of anything else had ("just given birth, had covid last year" is the weeks after a birth: the
# text comes here without its clause breaks, so the words between do not run on past another verb or "and")
_BIRTH_LONG_AGO = rx.compile(r"(?:had|gave birth|given birth|delivered|birth)(?: (?!(?:had|has|have|got|and|but|now|then|since|after)\b)\w+){0,6}? (?:last year|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|couple of|a couple of) years? ago"
                             r"|in (?:19|20)\d\d|aged (?:1[3-9]|[2-5]\d)|at (?:(?:1[3-9]|2[0-3]|4[3-9]|5\d)(?! ?(?:\d|weeks?|wks?|w|days?|and|plus)\b)|(?:1[3-9]|[2-5]\d) ?(?:years?|yrs?)(?: old)?)|when (?:i|she) was (?:\d+|young|a teenager|a teen|in (?:my|her) \w+)"
                             r"|in (?:my|her) (?:teens|twenties|thirties|forties|20s|30s|40s))\b")
_NUMBER_WORDS = {"a": 1, **_AGE_WORDS}  # the numbers a birth's "N days ago" is written with


class Patient(Record):
    age: float | None  # years
    age_from: str | None  # "--age" or the words it was read from
    who: str | None  # "baby", "child", "older relative", "someone else", or None (the person typing)
    infant: bool
    pregnant: bool
    pregnancy_weeks: int | None
    postpartum: bool
    sex: str | None  # from --sex only: "female", "male" or None
    other_ages: tuple  # the ages of anyone else the words name (years), for the red flags' age limits

    _fields = __match_args__ = ("age", "age_from", "who", "infant", "pregnant", "pregnancy_weeks", "postpartum", "sex",
                                "other_ages")

    def __init__(self, age: float | None = None, age_from: str | None = None, who: str | None = None,
                 infant: bool = False, pregnant: bool = False, pregnancy_weeks: int | None = None,
                 postpartum: bool = False, sex: str | None = None, other_ages: tuple = ()):
        self.age, self.age_from, self.who, self.infant = age, age_from, who, infant
        self.pregnant, self.pregnancy_weeks, self.postpartum, self.sex = pregnant, pregnancy_weeks, postpartum, sex
        self.other_ages = other_ages

    def as_json(self) -> dict:
        return {
            "age_years": None if self.age is None else round(self.age, 3), "age_from": self.age_from,
            "who": self.who, "pregnant": self.pregnant, "pregnancy_weeks": self.pregnancy_weeks,
            "given_birth_recently": self.postpartum,
        }


def parse_age(text: str) -> float:
    """An age as people write it: years ("8", "0.5", "2y"), months ("6m", "18mo"), weeks ("3w"), days ("10d").

    Raises ValueError with a message that says what is accepted.
    """
    raw = str(text).strip().lower().replace(" ", "")
    m = re.fullmatch(r"(\d{1,3}(?:\.\d+)?)(days?|d|weeks?|wks?|w|months?|mths?|mos?|m|years?|yrs?|y)?", raw)
    if not m:
        raise ValueError(f"--age takes years (8, 0.5, 2y), months (6m, 18mo), weeks (3w) or days (10d), not {text!r}")
    years = _years(m.group(1), (m.group(2) or "y").rstrip("s"))  # "wks" -> "wk", "mos" -> "mo"
    if years > 125:
        raise ValueError(f"--age must be 125 years or less, not {text!r}")
    return years


def _years(number: str, unit: str | None) -> float:
    unit = (unit or "y").lower()
    return float(_AGE_WORDS.get(number, number)) * _UNIT_YEARS.get(unit, 1.0)


def patient(folded: str, raw_lower: str, age: float | None) -> Patient:
    """Who the patient is, from the words (an explicit --age wins over an age in the words)."""
    p = Patient(age=age, age_from="--age" if age is not None else None)
    folded = _YO.sub(r"\1 year old", folded)
    folded = _MO.sub(r"\1 month old", folded)
    folded = _AGE_RANGE.sub(_age_range_low, folded)
    bracketed = _RELATIVE_BRACKETED.search(raw_lower)
    if bracketed:
        _set_age(p, float(bracketed.group(2)), bracketed.group(0))
    hours = _AGE_HOURS_OLD.search(folded) or _BORN_TODAY_AGE.search(folded)
    rel = None if hours else _MY_AGE_RELATIVE.search(folded)
    if hours:
        # a baby hours old is who the text is about, whoever else is named with an age ("my wife is 28,
        # our son is 10 hours old"); a mother's own signs are still read through the weeks after birth.
        # "born this morning" or "last night" gives no number: under a day old (12 hours), the reading
        # that keeps the first day's signs
        _set_age(p, _hours_age(hours), hours.group(0))
        p.who = "baby"
    elif rel:
        years = _years(rel.group(1), rel.group(2))
        who = rel.group(3) or ("baby" if years < 1 else "child" if years < 16 else None)
        _set_age(p, years, rel.group(0))
        p.who = _who(who, years)
    else:
        rel = _MY_RELATIVE_AGE.search(folded)
        if rel:
            years = _years(rel.group(2), rel.group(3))
            _set_age(p, years, rel.group(0))
            p.who = _who(rel.group(1), years)
        else:
            m = _person_age_old(folded)
            if m:
                _set_age(p, _years(m.group(1), m.group(2)), m.group(0))
            else:
                m = next((a for a in _AGE_AGED.finditer(folded) if _of_a_person(folded, a)), None)
                if m:
                    _set_age(p, _years(m.group(1), m.group(2)), m.group(0))
                elif p.age is None and (born := _BORN_AGO.search(folded)):
                    _set_age(p, _years(born.group(1), born.group(2)), born.group(0))
                    p.who = "baby"
                elif p.age is None and (under := _AGE_UNDER.search(folded)) and (years := _under_age(under)) is not None:
                    _set_age(p, years, under.group(0))
            rel = _MY_RELATIVE.search(folded) or _POSSESSIVE_BABY.search(folded) or _BABY_FIRST.match(folded)
            if rel:
                p.who = _who(rel.group(1), p.age if p.age_from != "--age" else None)
    p.other_ages = tuple(a for a in dict.fromkeys(_ages(folded, raw_lower)) if a != p.age)
    # a baby aged under one is there whoever else the words give an age
    if p.who == "baby" or any(a < 1 for a in p.other_ages):
        p.infant = True
    if p.age is not None and p.age < 1:
        p.infant = True
    if _POSTPARTUM.search(folded):
        weeks = None
        # the most recent birth named counts ("my eldest was born 18 months ago and I gave birth to my
        # second 10 days ago" is 10 days after a birth)
        for ago in _POSTPARTUM_AGO.finditer(folded):
            n = _NUMBER_WORDS.get(ago.group(1)) or int(ago.group(1))
            w = n / 7 if ago.group(2) == "day" else n if ago.group(2) == "week" else n * 4.3
            weeks = w if weeks is None else min(weeks, w)
        if weeks is None and all(_BIRTH_LONG_AGO.match(folded, m.start()) for m in _POSTPARTUM.finditer(folded)):
            weeks = 52  # every birth named was long ago
        p.postpartum = weeks is None or weeks <= 6
    elif p.infant and _MOTHER_NAMED.search(folded) and (
            (p.age is not None and p.age_from not in (None, "--age") and p.age <= 6 / 52)
            # or the age given (--age) is the mother's, and the baby's age in the words is under 6 weeks
            or (p.age_from == "--age" and p.age is not None and p.age >= 12 and any(a <= 6 / 52 for a in p.other_ages))):
        # a baby under 6 weeks old was named and so was the one who gave birth ("worried about my
        # wife, baby is 10 days old"): she is in the weeks after it, and her signs are read as such
        # (the baby stays the patient the age was read for). The baby's age alone is not enough: the
        # text is then about the baby, and "my 3 week old is not sleeping at all" or "breathless" or
        # "a swollen face" are no postpartum psychosis, clot or pre-eclampsia of a mother not named
        p.postpartum = True
    # the weeks of a pregnancy that is over ("in my last pregnancy at 38 weeks") are not this one's
    now = _PAST_PREGNANCY.sub(" . ", folded)
    past_named = now != folded  # then the text as typed still holds the past weeks: read only what is left
    weeks_m = _PREGNANT_WEEKS.search(now) or (None if past_named else _PREGNANT_WEEKS.search(raw_lower))
    n = int(next(g for g in weeks_m.groups() if g)) if weeks_m else _bare_weeks(now, now if past_named else raw_lower)
    if n is None and _PREGNANT.search(now) and not _NOT_PREGNANT.search(folded):
        # weeks said of oneself beside a pregnancy named now ("spotting since my pregnancy began, im 8 weeks"): how
        # far along it is, early weeks too (a bare "8 weeks" alone may be a duration, and is left unread)
        now_m = _WEEKS_NOW.search(now)
        n = int(now_m.group(1)) if now_m else None
    if n is not None and weeks_m is None and p.age_from not in (None, "--age") \
            and any(int(m.group(1)) == n for m in _WEEKS.finditer(p.age_from)):
        # the same bare weeks were read as an age. Said of oneself ("i'm 32 weeks") they are how far
        # along a pregnancy is, not an age; said of someone else ("my baby is 12 weeks") they may be
        # either (a baby's age, or "my baby" carried), and both readings are kept, the safer way
        if _FIRST_PERSON.match(p.age_from):
            p.age = p.age_from = None
            p.infant = p.who == "baby"
    if n is not None and 3 <= n <= 43:
        p.pregnant, p.pregnancy_weeks = True, n
    elif (_PREGNANT.search(folded if _WEEKS_NOW.search(folded) else now) and not _NOT_PREGNANT.search(folded)
          and (not p.postpartum or _SELF_PREGNANT.search(folded))):
        # after a birth "pregnant" is usually the pregnancy just ended, unless the person says they are
        # pregnant now ("i'm pregnant again and my son was born 5 weeks ago", R46)
        p.pregnant = True
    if p.who in ("baby", "child") and p.pregnant and weeks_m is None and n is None and not _SELF_PREGNANT.search(folded):
        # "my baby" is the patient, not a pregnancy ("my baby has a bump on his head"); unless the
        # person typing says they are pregnant, when "my baby" is the one they carry ("i'm pregnant
        # and my baby hasn't moved"): both readings are kept then, the safer one
        p.pregnant = False
    if not p.infant and not p.pregnant and p.age is not None and p.age_from != "--age" and _BABY_NAMED.search(folded):
        # a baby named beside someone else's age ("my baby has a temp of 38.5 and my four year old has a cold"):
        # the age read is the other child's, and the baby's signs still count (R49)
        p.infant = True
    return p


# An age said as a range ("a baby aged 3 to 6 months", "between 3 and 6 months old"): read as its lower
# end, with the unit, the younger and safer reading (without this "aged 3 to 6 months" was read as 3 years).
# Only after "aged" or "age", or before "old": "for 3 to 4 weeks" and "for between 2 and 3 days" are durations.
_AGE_RANGE = rx.compile(r"\b(?:(aged|age) (\d{1,2}) (?:to|and|or) \d{1,2} ?" + _UNITS + r"\b"
                        r"|(\d{1,2}) (?:to|and|or) \d{1,2} ?" + _UNITS + r" old\b)")


def _of_a_person(folded: str, m) -> bool:
    """Whether an age ("N days old", "is 3 days") is said of a person, not of a cough, a rash or a tattoo,
    and is an age, not a limit ("under one year old", read by _AGE_UNDER). A thing just before it means a
    thing only when no person is named in the words before it or just after it ("my baby with the cold is 6
    weeks old", "cough 4 weeks old baby" are the baby's age, R49)."""
    before = [w for w in folded[: m.start()].split() if w not in _AGE_FILLER]
    if before and before[-1] in _LIMIT_WORDS:
        return False
    if not before or before[-1] not in _NOT_A_PERSON:
        return True
    after = folded[m.end():].split()[:1]
    return bool(_PERSON_WORDS & set(before[-8:]) or _PERSON_WORDS & set(after))


_BABY_NAMED = rx.compile(r"\b(?:baby|babys|babies|newborn|newborns|infant|infants)\b")
_PERSON_WORDS = frozenset(
    "baby babys babies newborn infant son daughter boy girl child kid toddler twin twins nephew niece grandson "
    "granddaughter lo ds dd he she hes shes him her one little".split())


_LIMIT_WORDS = frozenset(("under", "than", "yet", "even", "below"))


def _person_age_old(folded: str):
    return next((m for m in _AGE_OLD.finditer(folded) if _of_a_person(folded, m)), None)


def _ages(folded: str, raw_lower: str) -> list[float]:
    """Every age the words give, of anyone named ("my 2 year old has a cold and my 4 week old has a
    temperature"): the red flags' age limits are met by any of them (redflags._context_ok), since a
    text often names more than one person and which one is unwell is not always clear."""
    out = [float(m.group(2)) for m in _RELATIVE_BRACKETED.finditer(raw_lower)]
    out += [_hours_age(m) for m in _AGE_HOURS_OLD.finditer(folded)]
    out += [_years(m.group(1), m.group(2)) for m in _MY_AGE_RELATIVE.finditer(folded)]
    out += [_years(m.group(2), m.group(3)) for m in _MY_RELATIVE_AGE.finditer(folded)]
    out += [_years(m.group(1), m.group(2)) for m in _AGE_OLD.finditer(folded) if _of_a_person(folded, m)]
    out += [_years(m.group(1), m.group(2)) for m in _BORN_AGO.finditer(folded)]
    out += [a for m in _AGE_UNDER.finditer(folded) if (a := _under_age(m)) is not None]
    return out


def _hours_age(m) -> float:
    """A newborn's age from _AGE_HOURS_OLD or _BORN_TODAY_AGE: its hours, or 12 when the words give no number
    ("born this morning"): under a day old, the reading that keeps the first day's signs."""
    return _years(next((g for g in m.groups() if g), "12"), "hour")


def _under_age(m) -> float | None:
    """The age an _AGE_UNDER limit is read as (a day under it), or None when the limit is above _UNDER_AT_MOST
    and tells nothing of the age."""
    limit = _years(*((m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))))
    return limit - 1 / 365 if limit <= _UNDER_AT_MOST else None


def _age_range_low(m) -> str:
    if m.group(1):
        return f"aged {m.group(2)} {m.group(3)}"
    return f"{m.group(4)} {m.group(5)} old"


_FIRST_PERSON = rx.compile(r"(?:im|i am|iam|i m)\b")
_WEEKS = rx.compile(r"\b(\d{1,2}) ?(?:weeks?|wks?|w)\b")
_BARE_WEEKS = rx.compile(r"(?:^|(\w+) )(\d{2}) ?(?:weeks?|wks?|w)\b(?: (\w+))?")
_NOT_A_PREGNANCY = {"for", "since", "past", "last", "over", "in", "every", "about", "around", "nearly", "almost", "the",
                    "first", "within", "after", "before", "than", "of", "and", "my", "his", "her", "their"}


# "born at 39 wks", "delivered at 37 weeks": how long a pregnancy lasted, said of a birth
_BORN_AT = rx.compile(r"\b(?:born|delivered|arrived|came|induced|had (?:her|him|them|the baby|my baby|our baby))\s+$")


def _bare_weeks(folded: str, raw_lower: str = "") -> int | None:
    """'32 weeks and my waters have gone': a number of weeks from 12 to 42 that is not a duration
    ('for 12 weeks'), an age ('12 weeks old') or a time ago ('14 weeks ago') is how far along a pregnancy is.
    The word before it counts only in the same clause: `folded` has lost the clause breaks, so "of. 32 weeks"
    is looked up as typed (`raw_lower`)."""
    for m in _BARE_WEEKS.finditer(folded):
        before, n, after = m.group(1), int(m.group(2)), m.group(3)
        if before == "at" and _BORN_AT.search(folded, 0, m.start()):
            continue  # "born at 39 weeks": the weeks a pregnancy lasted, now over
        if before in _NOT_A_PREGNANCY and re.search(rf"\b{before}\s*[.,;:!?]+\s*{n} ?(?:weeks?|wks?|w)\b", raw_lower):
            before = None  # the word ends the clause before: the weeks start one
        if 12 <= n <= 42 and before not in _NOT_A_PREGNANCY and after not in ("ago", "old", "of", "now"):
            return n
    return None


def _set_age(p: Patient, years: float, words: str) -> None:
    # an --age of 0 ("0w", "0m", "0") says only "under one week, month or year": a baby's age in the words says
    # more ("--age 0w" and "my 4 day old" is 4 days old, past the first day's signs)
    if p.age is None or (p.age_from == "--age" and p.age == 0 and years < 1):
        p.age, p.age_from = years, words


def _who(word: str | None, years: float | None) -> str | None:
    if word in _INFANT_WORDS or (years is not None and years < 1):
        return "baby"
    if word in _CHILD_WORDS:
        return "child" if years is None or years < 16 else "someone else"
    if word in _OLDER_WORDS:
        return "older relative"
    if word:
        return "someone else"
    return None


# --- severity, onset, course and duration ---------------------------------------------------------------

MODIFIERS = {
    "severe": rx.compile(
        r"\b(?:severe|severely|worst|agony|agonising|agonizing|excruciating|unbearable|intense|extreme|extremely|"
        r"really bad|very bad|so bad|terrible|horrendous|crippling|cant cope|screaming|doubled over|crushing)\b"
    ),
    "sudden": rx.compile(r"\b(?:sudden|suddenly|out of nowhere|out of the blue|came on fast|all of a sudden|came on quickly|abrupt)\b"),
    "getting worse": rx.compile(r"\b(?:getting worse|worsening|worse and worse|worse every|spreading fast|keeps getting worse|getting bigger)\b"),
    "will not stop": rx.compile(r"\b(?:wont stop|will not stop|not stopping|cant stop|keeps? going|non stop|nonstop|constant|continuous|wont go away|wont settle)\b"),
}
DURATION = rx.compile(
    r"\b(?:for|since|over|past|last|about|around|almost|nearly)? ?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of|couple|\d+)? ?"
    r"(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?)\b(?: (?:now|ago))?|"
    r"\b(?:yesterday|today|tonight|this morning|last night|this evening|all day|all night)\b"
)

# The counts a duration is written with beyond the numbers of an age ("a couple of weeks", "a few weeks"), and the
# units of a duration that are weeks or longer
_DURATION_COUNTS = {**_NUMBER_WORDS, "an": 1, "couple": 2, "few": 3, "several": 3}
_LONG_UNITS = ("week", "wk", "month", "mth", "year", "yr")


def duration_weeks(duration: str) -> float:
    """How many weeks a DURATION read from the text ("for a few weeks", "over 2 months", "for weeks") says; 0
    for days, hours and times of day, and for "this month" or "last week" (when, not how long). A plural unit
    with no number ("for weeks") counts as a few."""
    words = duration.split()
    for i, w in enumerate(words):
        unit = next((u for u in _LONG_UNITS if w in (u, u + "s")), None)
        if unit is None:
            continue
        weeks = _UNIT_YEARS[unit] * 52
        before = words[i - 1] if i else ""
        if before == "of" and i >= 2:  # "couple of weeks"
            before = words[i - 2]
        if before.isdigit():
            return int(before) * weeks
        # "this month", "last week" say when, not how long; "for weeks" says a few
        return _DURATION_COUNTS.get(before, 0 if w == unit else 3) * weeks
    return 0


class Reading(Record):
    text: str
    tokens: list[Token]
    folded: str  # the tokens' words (corrected), space-separated, clause breaks as " . "
    offsets: list[int]  # where each token starts in `folded`
    negated: list[bool]
    patient: Patient
    modifiers: list[str]
    duration: list[str]
    matches: list[tuple[tuple[int, ...], str]]  # (token positions, symptom id)
    views: dict  # what readers work out from the text, once (not in the repr)

    _fields = __match_args__ = ("text", "tokens", "folded", "offsets", "negated", "patient", "modifiers", "duration",
                                "matches", "views")
    _repr_fields = _fields[:-1]

    def __init__(self, text: str, tokens: list[Token], folded: str, offsets: list[int], negated: list[bool] | None = None,
                 patient: Patient | None = None, modifiers: list[str] | None = None, duration: list[str] | None = None,
                 matches: list | None = None, views: dict | None = None):
        self.text, self.tokens, self.folded, self.offsets = text, tokens, folded, offsets
        self.negated = [] if negated is None else negated
        self.patient = Patient() if patient is None else patient
        self.modifiers = [] if modifiers is None else modifiers
        self.duration = [] if duration is None else duration
        self.matches = [] if matches is None else matches
        self.views = {} if views is None else views

    def is_negated_at(self, pos: int) -> bool:
        """Whether the character at pos of `folded` lies in a negated token."""
        import bisect

        i = bisect.bisect_right(self.offsets, pos) - 1
        return 0 <= i < len(self.negated) and self.negated[i]

    def token_at(self, pos: int) -> int:
        import bisect

        return max(0, bisect.bisect_right(self.offsets, pos) - 1)


# Clinical shorthand people type ("cp radiating down L arm") and short forms of time ("every 2 hrs",
# "since yday", "10mins"), spelled out only in the text the red-flag list reads, so that each flag
# is written once in whole words; the symptom reader sees the words as typed (of these, only "sob"
# is a symptom synonym), and the echo shows them as typed.
SHORTHAND = {
    "cp": "chest pain", "sob": "short of breath", "abdo": "tummy", "abd": "tummy", "pcm": "paracetamol",
    "loc": "passed out", "ruq": "upper right tummy", "luq": "upper left tummy",
    "rlq": "lower right tummy", "llq": "lower left tummy",
    "hr": "hour", "hrs": "hours", "mins": "minutes", "sec": "second", "secs": "seconds",
    "yday": "yesterday", "yest": "yesterday", "tonite": "tonight", "2nite": "tonight", "2day": "today",
    "thru": "through",
}
# Not weeks, months or years: some flags' exclusions read a time long past ("a year ago", "for years"), and
# spelling "a yr ago" out would extend them to text they do not read today (R46).
# A number written together with its unit ("3hrs", "10mins", "24h"): the number, then the unit
# spelled out as above.
_GLUED_UNIT = rx.compile(r"(\d+(?:\.\d+)?)(h|hours?|hrs?|mins?|minutes?|secs?|seconds?|days?)")
_GLUED_SPELLED = {"h": "hours", "min": "minutes"}


# "hr" is an hour after a number or a count ("2 hr", "every hr", "an hr") or with "of" next ("hr 12 of my fast"), and
# otherwise a heart rate ("hr 142", "resting hr is 42", "my hr is 40"), as a watch or a monitor shows it
_HOUR_AFTER = frozenset("a an per every each half few couple several one two three four five six seven eight nine ten"
                        " eleven twelve the last next".split())


def _spelled(w: str, before: str = "", after: tuple[str, ...] = ()) -> str:
    if w == "hr" and not (before[:1].isdigit() or before in _HOUR_AFTER or "of" in after[:2]):
        return "heart rate"
    if w in SHORTHAND:
        return SHORTHAND[w]
    if w[:1].isdigit() and (m := _GLUED_UNIT.fullmatch(w)):
        unit = m[2]
        return f"{m[1]} {_GLUED_SPELLED.get(unit) or SHORTHAND.get(unit, unit)}"
    return w


def fold_tokens(tokens: list[Token]) -> tuple[str, list[int]]:
    parts, offsets, pos, clause = [], [], 0, None
    for i, t in enumerate(tokens):
        if clause is not None and t.clause != clause:
            parts.append(".")
            pos += 2
        clause = t.clause
        offsets.append(pos)
        typed = word(t)
        after = tuple(word(n) for n in tokens[i + 1 : i + 3]) if typed == "hr" else ()  # only "hr" looks ahead
        w = _spelled(typed, parts[-1] if parts else "", after)
        parts.append(w)
        pos += len(w) + 1
    return " ".join(parts), offsets
