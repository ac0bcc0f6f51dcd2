"""From what a person typed to ranked conditions. Pure: no printing.

One model, in the manner of Lucene and Tantivy, on SQLite's FTS5 (textindex.py):

1. **Words.** The query is folded (text.fold: case, accents, British spellings) and split into
   words; stop words are dropped, so a stop word never makes a match. Two words that are one name
   word ("heart burn") are joined. A word the index does not know at all (in no name and no
   article) and that is not an English word is a typo: it is read as the name word one or two
   slips away (the typo step), except where the two differ in a meaning-bearing affix, because a
   different affix is a different disease (hypothyroidism is not hyperthyroidism, endometriosis is
   not endometritis). Misspellings people really type are also listed per entry and searched.
2. **Candidates.** Every condition that shares a word, ranked by bm25() with its names weighted far
   above its article text. A whole name typed exactly (a title, an alias, a part of a title "A (B)",
   a listed misspelling) comes first, with score 100.
3. **Confidence** (0-100), for each candidate's best-fitting name, with every word weighed by how
   rare it is among names (idf, as BM25 weighs it): the share of the query's weight the name
   explains (a query word that fits no name lowers it: "male infertility" is not female
   infertility; a word only in the article counts a little), times how much of the name the
   query covers (a name word the query lacks, "obstructive sleep" for "apnoea", makes it a guess).
   Where a word stands counts too: an English word typed after a name the query holds whole is
   said about that condition ("copd life expectancy") and weighs little, while a word before it
   may make another condition's name ("chronic pancreatitis") and keeps its weight (AFTER_A_NAME).

The numbers the model uses are all here, with what each means and where its value comes from.
"""

from __future__ import annotations

import math

from .errors import UsageError
from .text import STOP_WORDS, query_terms

# --- ranking candidates: bm25() column weights (names, misspellings, symptoms, details, body) -----------
# A name word is what a person means when they type it; the same word in an article is a mention.
# In bm25() a word's weight for one column saturates at (k1 + 1) = 2.2 times its idf however often
# it occurs, so at 10 to 1 one name hit outweighs that word in all three article columns together
# (3 x 2.2 = 6.6 < 10): article text only orders conditions no name separates.
NAME_WEIGHT = 10.0
MISSPELLING_WEIGHT = 10.0  # a listed misspelling stands for the name itself
ARTICLE_WEIGHT = 1.0  # symptoms, their details, the summary and every other section
WEIGHTS = (NAME_WEIGHT, MISSPELLING_WEIGHT, ARTICLE_WEIGHT, ARTICLE_WEIGHT, ARTICLE_WEIGHT)
# How many bm25-ranked conditions are scored in full: three times the most that share one common
# name word in the bundled data ("cancer", 20), and few enough to score in a few milliseconds.
CANDIDATES = 60

# --- confidence --------------------------------------------------------------------------------------
# A typo-corrected word counts as this much of a match: the answer is then a guess and says so,
# and a name typed right beats a name reached through a correction.
TYPO_CREDIT = 0.85
# A query word the best name lacks may still be borne out by the condition's article. It counts
# ARTICLE_CREDIT when it cannot point to another condition (it is in no name at all: "diet" in
# "ibs diet") or when it is one of this condition's own symptoms ("rash" in "meningitis rash"); it
# counts only MENTION_CREDIT when it names other conditions and this article merely mentions it
# ("male" in "male infertility" is mentioned in female infertility's article: a different
# condition). 0.8 keeps a confirmed context word from costing an answer; 0.3 keeps a mention from
# earning one.
ARTICLE_CREDIT = 0.8
MENTION_CREDIT = 0.3
# The score is (query share explained) x (NAME_SHARE + (1 - NAME_SHARE) x (name share covered)):
# a name word the query lacks costs at most 70% of the score, a query word nothing explains all of
# its share. 0.3 puts "apnoea" for obstructive sleep apnoea and "fibrillation" for atrial
# fibrillation (rare name words the query lacks) below ANSWER, and "sleep apnoea" above it. A
# condition found only through its article scores at most 100 x 0.8 x 0.3 = 24, under SUGGEST:
# the article orders conditions, it never names one.
NAME_SHARE = 0.3

# --- bands (all scores 0-100) ------------------------------------------------------------------------
WHOLE_QUERY = 1_000  # sort rank of an exact match: above any count of query words a name covers
EXACT = 100  # a whole name typed exactly (after folding): answered without comment
# At or above ANSWER: answered, with a note that it is the closest match and the heading saying so.
# 70 keeps a single typo (85) and a name with one everyday word more or less (75-95) answered, and
# one rare word of a two-word name ("fibrillation": 65) a suggestion.
ANSWER = 70
# At or above SUGGEST: offered ("Did you mean ...?") and listed by `search`; below: not shown. 45 is
# about half the query's weight explained by a name: below it a candidate shares only a common
# word or an article mention with the query (Common cold for "pcos", issue 12).
SUGGEST = 45
# Two candidates this close are as likely as each other: ask instead of picking one ("cancer").
AMBIGUOUS_MARGIN = 5

# --- the typo step -----------------------------------------------------------------------------------
# Damerau-Levenshtein edits allowed (a swap counts once): 1 for words of 4-5 letters, 2 for words of
# 6-8 (Lucene's fuzzy query default) and 3 from TYPO_LONG letters on, where a word spelled by ear
# loses or doubles three letters ("hemmoroids", "hemeroids" for hemorrhoids: 3 edits); shorter words
# are never corrected (three letters are an abbreviation as often as a typo). Only a word that is
# no English word is corrected, to a name word with the same meaning-bearing affixes. `check`'s
# reader (reading.correct) keeps at most 2: a wrong correction there could invent a symptom.
TYPO_MIN_LENGTH = 4
TYPO_SHORT = 5
TYPO_LONG = 9
# Affixes that carry meaning: two words that differ in one of them are different diseases, however
# few letters apart. The typo step never reads one as the other.
PREFIXES = ("hyper", "hypo", "brady", "tachy", "pre", "post", "intra", "extra", "endo", "exo", "peri")
SUFFIXES = ("itis", "osis", "oma", "ectomy", "emia", "uria", "algia", "pathy", "plasia", "trophy")

# Two words are one in two forms ("pregnant", "pregnancy") when they share a stem of at least
# SAME_STEM letters and differ in at most SAME_ENDING: an English inflection or derivation ending
# (-s, -es, -ic, -al, -ism, -cy, -ant) is at most three letters, and a stem of five keeps
# "breast" from "breath" and "colic" from "colitis".
SAME_STEM = 5
SAME_ENDING = 3

# A word in no name is everyday English when pyspellchecker's corpus (subtitles) has it at least
# EVERYDAY times ("think" 5.6 million, "diet" 12,000, "scalp" 3,500; "rubella" 61). It then weighs
# CONTEXT_WEIGHT, a third of a common name word such as "cancer" (2.8 with the bundled data): it
# lowers confidence a little when the article does not bear it out, never decides the condition.
EVERYDAY = 1000
CONTEXT_WEIGHT = 1.0

# A word typed after a name the query holds whole ("does shingles go away on its own", "copd life
# expectancy", "ocd intrusive thoughts", "morning sickness all day long") is said about that
# condition, not part of another condition's name: English names a condition head last, with the
# words that make it a different one before the head ("chronic pancreatitis", "male infertility",
# "cluster headaches", "toxic shock syndrome", "rheumatic fever"), and those keep their full weight.
# So for a candidate whose whole name is in the query, a word after it weighs at most CONTEXT_WEIGHT
# when it is a known English word: pyspellchecker's corpus has it at least AFTER_A_NAME times. 100
# takes in plain words people use of an illness, rare as they are in subtitles ("intrusive" 523,
# "toddlers" 430, "polyps" 377, "expectancy" 1,236), and leaves out the technical words that finish
# a name after its head, which keep their weight: "insipidus" and "accreta" (absent), "rubella" 61,
# "ganglion" 75, "nephritis" 50, "contracture" 50. A number typed after the name is said about it too
# (an age, a stage, a week: "menopause at 45", "ckd stage 3", "adhd in a 7 year old"): names that
# hold a number have it before their head ("type 1 diabetes") or as part of a name the query then
# holds whole ("neurofibromatosis 1", "trisomy 21"), whose words are never context for another
# candidate. Single letters are never context ("hepatitis e"), nor other words under
# AFTER_MIN_LENGTH letters (an abbreviation as often as a word).
AFTER_A_NAME = 100
AFTER_MIN_LENGTH = 3

MAX_QUERY = 500  # characters of the query that are looked at
MAX_WORDS = 12  # words of the query that are looked at (a name is never longer)

# the column filters of the full-text table
_NAME_COLUMNS = "{names misspellings}"
_SYMPTOM_COLUMNS = "{symptoms}"
_ARTICLE_COLUMNS = "{symptoms details body}"


class Match:
    """One ranked condition: which name matched and how well (0-100)."""

    __slots__ = ("idx", "id", "title", "aliases", "category", "score", "matched", "exact", "covered", "whole")

    def __init__(self, idx, id, title, aliases, category, score, matched, exact, covered=False, whole=0):
        self.idx, self.id, self.title, self.aliases = idx, id, title, aliases
        self.category, self.score, self.matched, self.exact = category, score, matched, exact
        self.covered = covered  # every query word is in the matched name, none through a typo
        self.whole = whole  # query words covered by a name that is wholly in the query (0: none); ranks first

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "aliases": self.aliases,
            "category": self.category,
            "score": self.score,
            "matched": self.matched,
        }


def normalise_query(text: str) -> str:
    terms = query_terms(text[: MAX_QUERY * 4])[:MAX_QUERY].strip()
    if not terms:
        raise UsageError("the search term is empty: type a condition, for example 'healthq causes pcos'")
    return terms


def stem(word: str) -> str:
    """Plural to singular, roughly: injuries/injury, stones/stone, crohns/crohn (not "ss": abscess)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


class Word:
    """A query word as read: the form searched (corrected when it was a typo) and its weight."""

    __slots__ = ("typed", "form", "stem", "typo", "idf", "pos")

    def __init__(self, typed: str, form: str, typo: bool, pos: int = 0):
        self.typed, self.form, self.stem, self.typo, self.idf = typed, form, stem(form), typo, 0.0
        self.pos = pos  # where the word was typed, counting the query's words (a typo split in two shares one)


def search(store, text: str, limit: int = 10, exact_only: bool = False) -> list[Match]:
    """Ranked matches at or above SUGGEST, best first. Exact name matches score 100; others at most 99.

    With exact_only, an exact match ends the search (nothing else is read: no rapidfuzz import).
    """
    terms = normalise_query(text)
    found: dict[int, tuple] = {}  # idx -> (score, exact, kind, name shown, covered, bm25, query words a whole name covers)
    for idx, name, kind in store.exact(terms):
        _keep(found, idx, (100.0, True, kind, name, True, 0.0, WHOLE_QUERY))
    if not (exact_only and found) and store.has_text():
        _ranked(store, terms, found)
    # Among the candidates shown, one whose whole name is in the query comes before one whose name
    # is only partly there ("insulin resistance and prediabetes": Prediabetes before a name that
    # shares two of its three words), as issue 12 asks: a whole-name match first. Of two whole
    # names, the one that covers more of the query comes first ("hiatis hernia": Hiatus hernia,
    # read through its typo, before Hernia).
    ranked = sorted(found.items(), key=lambda kv: (kv[1][0] < SUGGEST, -kv[1][6], -kv[1][0], not kv[1][1], -kv[1][2], -kv[1][5], kv[0]))
    out = []
    for idx, (score, exact, _kind, name, covered, _bm25, whole) in ranked:
        if score < SUGGEST or len(out) >= limit:
            break
        row = store.row(idx)
        if row is None:
            continue
        import json

        out.append(Match(idx, row["id"], row["title"], json.loads(row["aliases"]), row["category"],
                         int(score) if exact else min(99, int(round(score))), name, exact, covered, whole))
    return out


def _keep(found: dict, idx: int, value: tuple) -> None:
    old = found.get(idx)
    if old is None or value[:3] > old[:3]:
        found[idx] = value


def read_words(store, terms: str) -> list[Word]:
    """The query's words as the index knows them: stop words dropped, compounds joined, typos corrected."""
    typed = list(dict.fromkeys(w for w in terms.split() if w not in STOP_WORDS))[:MAX_WORDS]
    joined: list[str] = []
    i = 0
    while i < len(typed):
        if i + 1 < len(typed) and store.word_df(typed[i] + typed[i + 1]):
            joined.append(typed[i] + typed[i + 1])  # "heart burn" is heartburn, "ear ache" earache
            i += 2
        else:
            joined.append(typed[i])
            i += 1
    words = []
    for pos, w in enumerate(joined):
        fixed = [] if store.word_df(w) else (
            correct(store, w) or correct_in_name(store, w, joined[pos - 1] if pos else None,
                                                 joined[pos + 1] if pos + 1 < len(joined) else None))
        if fixed:
            words.extend(Word(w, f, True, pos) for f in fixed)
        else:
            words.append(Word(w, w, False, pos))
    for w in words:
        w.idf = weight(store, w.form)
    return words


def weight(store, word: str) -> float:
    """How much a query word says about which condition is meant.

    A name word weighs its idf among names, as BM25 weighs it: ln((N + 1) / (df + 0.5)) for N
    conditions, df of them with the word in a name. A word in no name weighs CONTEXT_WEIGHT when it
    is everyday English (it describes the question, "diet", "night", "think"). Any other word in no
    name weighs its idf among the articles' text, at least CONTEXT_WEIGHT: a word many articles use
    says little about which one is meant ("gp", "nhs", "ibuprofen"), and a word no article has
    weighs the most a word can (it may name a condition healthq lacks: "sarcoidosis").
    """
    n = store.count()
    df = store.word_df(word)
    if df:
        return math.log((n + 1) / (df + 0.5))
    from .reading import english_counts

    if english_counts().get(word, 0) >= EVERYDAY:
        return CONTEXT_WEIGHT
    text_df = store.text_count(word, _ARTICLE_COLUMNS) if store.has_text() else 0
    return max(CONTEXT_WEIGHT, math.log((n + 1) / (text_df + 0.5)))


def correct(store, word: str) -> list[str]:
    """The name word(s) an unknown word is a typing slip of, or [] (see the typo step above).

    Only a word in no name that is not an English word either: "ever" is never read as "fever".
    """
    if len(word) < TYPO_MIN_LENGTH or not word.isalpha():
        return []
    from .reading import english_counts

    if word in english_counts():
        return []  # a real word the index lacks ("bottom") is not a typo; it simply fits no name
    hits, vocab = _slips(store, word)
    if hits:
        best = min(d for d, _w in hits)
        tied = [w for d, w in hits if d == best]
        # a tie goes to the word with the typed first letter: slips rarely change the first letter
        # ("cirosis" is cirrhosis, not fibrosis), the first rule of most spelling correctors; then
        # to the one that keeps more of the typed letters in order (the longest common subsequence,
        # as rapidfuzz's Indel distance counts it: "sorisis" keeps all 7 in "psoriasis", 5 in
        # "crisis"); then to the one that keeps more of the typed ending (an ending carries the
        # word's grammar: "diabetis" is diabetes, not diabetic), then to the one more names use
        from rapidfuzz.distance import LCSseq

        return [max(tied, key=lambda w: (w[0] == word[0], LCSseq.similarity(word, w), _common_ending(word, w), vocab[w], w))]
    for cut in range(3, len(word) - 2):  # two words run together: "heartattack"
        a, b = word[:cut], word[cut:]
        if store.word_df(a) and store.word_df(b):
            return [a, b]
    return []


def correct_in_name(store, word: str, before: str | None, after: str | None) -> list[str]:
    """A real word typed for a name word ("prostrate cancer", "bowl cancer", "crones disease",
    "carpel tunnel"): the name word it is a slip of, when the word typed next to it makes a name
    with that name word, in that order; or [].

    `correct` never changes an English word ("ever" is not "fever"): alone, a real word is as
    likely meant as typed. Next to a word of a name, the name is the context that tells which it
    was, as in context-sensitive spelling correction, which judges a real word by the words around
    it: "prostrate" beside "cancer", where "prostate cancer" is a name. The same edit limits and
    affix rule as `correct`; the reading is a typo, so the answer carries a note."""
    if len(word) < TYPO_MIN_LENGTH or not word.isalpha():
        return []
    beside = [(n, side) for n, side in ((before, -1), (after, 1)) if n and store.word_df(n)]
    if not beside:
        return []
    options = sorted(_slips(store, word)[0])
    if not options:
        return []
    names = [f" {norm} " for norm in store.all_names()[0]]
    for _d, w in options:
        for n, side in beside:
            pair = f" {w} {n} " if side > 0 else f" {n} {w} "
            if any(pair in name for name in names):
                return [w]
    return []


def _slips(store, word: str) -> tuple[list[tuple[int, str]], dict[str, int]]:
    """The name words one typing slip from `word` (two for words over TYPO_SHORT letters, three from
    TYPO_LONG, a swap counting once) that keep its meaning-bearing affixes, as (distance, word); and
    the name vocabulary they came from (word -> df). The candidates of both typo steps."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    limit = 1 if len(word) <= TYPO_SHORT else 2 if len(word) < TYPO_LONG else 3
    vocab = store.name_words(len(word) - limit, len(word) + limit)
    hits = process.extract(word, list(vocab), scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=None)
    return [(d, w) for w, d, _i in hits if not different_affix(word, w)], vocab


def _common_ending(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _affix(word: str, options: tuple, prefix: bool) -> str:
    for part in options:
        if (word.startswith(part) if prefix else word.endswith(part)) and len(word) > len(part) + 2:
            return part
    return ""


def different_affix(typed: str, name: str, typo: bool = True) -> bool:
    """True when two look-alike words differ in a meaning-bearing prefix or suffix (hypo/hyper,
    -itis/-osis). For the typo step (typo=True) an affix that was typed must be kept ("cirosis" is
    cirrhosis, not crisis), while a slip may break one the name has ("fibromyalga" is
    fibromyalgia); otherwise any difference counts ("gastritis" is not "gastric")."""
    for options, prefix in ((PREFIXES, True), (SUFFIXES, False)):
        x, y = _affix(typed, options, prefix), _affix(name, options, prefix)
        if x != y and (x or not typo):
            return True
    return False


def same_word(a: str, b: str) -> bool:
    """One word in two forms: a plural ("stones"), another ending of the same stem ("pregnant" and
    "pregnancy", "hypothyroid" and "hypothyroidism": at least SAME_STEM letters in common and at
    most SAME_ENDING different ones), but never two meaning-bearing affixes (see the typo step)."""
    if a == b or stem(a) == stem(b):
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= SAME_STEM and len(a) - n <= SAME_ENDING and len(b) - n <= SAME_ENDING and not different_affix(a, b, typo=False)


def _ranked(store, terms: str, found: dict) -> None:
    """Score the bm25 candidates of the query's words into `found` (see Confidence above)."""
    words = read_words(store, terms)
    if not words:
        return
    ranked = store.text_rank([w.form for w in words], WEIGHTS, CANDIDATES)
    if not ranked:
        return
    idxs = [idx for idx, _r in ranked]
    names = store.names_of(idxs)
    credit = [w.idf * (TYPO_CREDIT if w.typo else 1.0) for w in words]
    total = sum(w.idf for w in words) or 1.0
    fits: dict[str, tuple] = {}  # name word -> (query words it is, query words it is another form of)
    n = store.count()
    name_weights: dict[str, float] = {}

    def fit(v: str) -> tuple:
        if v not in fits:
            same = frozenset(i for i, w in enumerate(words) if w.stem == stem(v))
            fits[v] = (same, frozenset(i for i, w in enumerate(words) if i not in same and same_word(w.form, v)))
        return fits[v]

    def name_weight(v: str) -> float:
        # a name's stop words are part of it ("itching down there"): the query's words never hold
        # them, so they count as everyday words the query lacks; but a single letter tells a
        # condition from its siblings ("hepatitis a", "hepatitis c", "vitamin d deficiency") and
        # weighs as any name word (a query that types it beside its name word has it: _typed_beside)
        if v not in name_weights:
            everyday = v in STOP_WORDS and len(v) > 1
            name_weights[v] = CONTEXT_WEIGHT if everyday else math.log((n + 1) / (max(store.word_df(v), 1) + 0.5))
        return name_weights[v]

    # the query as typed, typos read as corrected, for a name's stop words (_typed_beside)
    fixed = {w.typed: w.form for w in words if w.typo}
    padded = " " + " ".join(fixed.get(t, t) for t in terms.split()) + " "
    picks = {}
    for idx, relevance in ranked:
        pick = None
        for norm, shown, kind in names.get(idx, ()):
            nwords = norm.split()
            # a name's single letter is that name's only when typed beside its name word ("hepatitis
            # e", not the "e" of "a&e"), as it is counted for the name (_typed_beside)
            placed = [fit(v) if not (len(v) == 1 and v.isalpha() and len(nwords) > 1) or _typed_beside(nwords, k, padded)
                    else (frozenset(), frozenset()) for k, v in enumerate(nwords)]
            same = frozenset().union(*[f[0] for f in placed]) if nwords else frozenset()
            loose = frozenset().union(*[f[1] for f in placed]) - same if nwords else frozenset()
            # another ending of the same stem ("flooding" for "floods") is a guess, like a typo
            hit = sum(credit[i] for i in same) + TYPO_CREDIT * sum(credit[i] for i in loose)
            missing = sum(name_weight(v) for k, v in enumerate(nwords)
                          if not (placed[k][0] or placed[k][1] or (v in STOP_WORDS and _typed_beside(nwords, k, padded))))
            key = (hit, -missing, kind)
            # a name wholly in the query is the one it names, before a name that shares more of its
            # words but not all of its own ("what causes acute pancreatitis apart from alcohol":
            # Acute pancreatitis, not alcohol-related pancreatitis, whose "related" was not typed);
            # the words after it are then said about it (AFTER_A_NAME)
            if pick is None or (missing == 0 < hit, key) > (pick[4] == 0 < pick[0][0], pick[0]):
                pick = (key, shown, same | loose, nwords, missing)
        if pick is not None:
            picks[idx] = (pick, relevance)
    # article support, for the query words a candidate's best name lacks (see ARTICLE_CREDIT)
    unmatched = {i for (pick, _r) in picks.values() for i in range(len(words)) if i not in pick[2]}
    strong: dict[int, set] = {}
    weak: dict[int, set] = {}
    for i in sorted(unmatched):
        found_in = store.text_having(words[i].form, idxs, _ARTICLE_COLUMNS)
        if store.word_df(words[i].form) == 0:
            strong[i], weak[i] = found_in, set()
        else:
            strong[i] = store.text_having(words[i].form, idxs, _SYMPTOM_COLUMNS) if found_in else set()
            weak[i] = found_in - strong[i]
    # query words that another name wholly in the query explains: never said about a different one
    # ("can chlamydia cause pelvic inflammatory disease" names two conditions)
    wholes = {idx: pick[2] for idx, (pick, _r) in picks.items() if pick[4] == 0}
    for idx, ((key, shown, hits, nwords, missing), relevance) in picks.items():
        # words typed after a whole name are said about it (see AFTER_A_NAME): each weighs at most
        # CONTEXT_WEIGHT in this candidate's share, as an everyday word does
        named = frozenset().union(*[h for other, h in wholes.items() if other != idx])
        after = [i for i in _said_about(words, hits) if i not in named] if missing == 0 else ()
        cut = {i: (CONTEXT_WEIGHT / words[i].idf if words[i].idf > CONTEXT_WEIGHT else 1.0) for i in after}
        extra = sum(credit[i] * cut.get(i, 1.0) * (ARTICLE_CREDIT if idx in strong[i] else MENTION_CREDIT)
                    for i in strong if i not in hits and (idx in strong[i] or idx in weak[i]))
        explained = (key[0] + extra) / (total - sum(words[i].idf * (1.0 - c) for i, c in cut.items()))
        covered_share = 1.0 - missing / (sum(name_weight(v) for v in nwords) or 1.0)
        score = 100.0 * explained * (NAME_SHARE + (1.0 - NAME_SHARE) * covered_share)
        covered = len(hits) == len(words) and not any(w.typo for w in words)
        whole = len(hits) if missing == 0 else 0
        _keep(found, idx, (min(score, 99.0), False, key[2], shown, covered, relevance, whole))



def _typed_beside(nwords: list[str], k: int, padded: str) -> bool:
    """Whether a name's stop word (which the query's words never hold) was typed beside the name
    word next to it: "hepatitis a" in "hepatitis a vaccine", "vitamin d" in "vitamin d tablets"."""
    return ((k > 0 and f" {nwords[k - 1]} {nwords[k]} " in padded)
            or (k + 1 < len(nwords) and f" {nwords[k]} {nwords[k + 1]} " in padded))


def _said_about(words: list[Word], hits: frozenset) -> list[int]:
    """The query words, none of them in the name, typed after every word of a name the query holds
    whole, that are known English words or numbers (see AFTER_A_NAME): "go away" in "shingles go
    away", "life expectancy" in "copd life expectancy", "45" in "menopause 45"."""
    if not hits:
        return []
    last = max(words[i].pos for i in hits)
    after = [i for i, w in enumerate(words) if i not in hits and w.pos > last and not w.typo
             and (w.form.isdigit() or (w.form.isalpha() and len(w.form) >= AFTER_MIN_LENGTH))]
    numbers = [i for i in after if words[i].form.isdigit()]
    after = [i for i in after if i not in numbers]
    if not after:
        return numbers  # the word list is read only when needed: "search pcos" never loads it
    from .reading import english_counts

    counts = english_counts()
    return sorted(numbers + [i for i in after if counts.get(words[i].form, 0) >= AFTER_A_NAME])


class Resolution:
    """The condition to show (or None), other candidates, and a note for stderr when unsure."""

    __slots__ = ("match", "others", "note", "ambiguous")

    def __init__(self, match: Match | None, others: list, note: str | None, ambiguous: bool = False):
        self.match, self.others, self.note, self.ambiguous = match, others, note, ambiguous


def resolve(store, text: str) -> Resolution:
    """The one condition a section command should show, or None with suggestions (at most 3)."""
    matches = search(store, text, limit=6, exact_only=True)
    if not matches:
        return Resolution(None, [], None)
    top, rest = matches[0], matches[1:]
    if top.exact:
        return Resolution(top, [], None)
    close = [m for m in rest if m.score >= top.score - AMBIGUOUS_MARGIN]
    if close and (top.score >= ANSWER or top.covered):
        # "cancer", "bleeding": several conditions fit as well as each other; answering with one
        # of them would answer a different question, so ask instead
        return Resolution(None, [top] + rest[:3], None, ambiguous=True)
    if top.score < ANSWER:
        if top.whole and top.score >= SUGGEST and not any(m.whole >= top.whole for m in rest):
            # the query holds this condition's whole name, and no other's: the words around it
            # lowered the score (a detail, a place, a word healthq does not know), but they name
            # nothing else, so answer, saying it is a reading (issue 12: a guess says so). Another
            # name held whole but shorter is a word of the query, not a rival ("pressure sores in
            # bed bound patients": the "BED" of binge eating disorder)
            note = f"showing {top.title}: your words name it, with others healthq could not place (score {top.score})"
            return Resolution(top, rest[:3], note)
        return Resolution(None, matches[:3], None)
    note = f"showing {top.title} (closest match: '{top.matched}', score {top.score})"
    return Resolution(top, rest[:3], note)


def resolve_pair(store, first: str, second: str) -> tuple[Resolution, Resolution]:
    """The two conditions of a comparison ("fibroids vs cysts"), each read as `resolve` reads it.

    A side that fits several conditions about as well as each other ("cysts", "ulcer": within
    AMBIGUOUS_MARGIN of its best, where `resolve` would ask) is read in the light of the other side:
    people compare like with like, two conditions of one body system that can be mistaken for each
    other. So the candidate in the other side's category is taken ("ulcer vs gastritis": the stomach
    ulcer, not a leg or mouth ulcer), and if several share it, the one linked to the other side by
    the articles' related topics ("polyps vs fibroids": womb polyps, which fibroids' article links
    to). When that still leaves more than one, or none, the side stays unresolved and is asked about.
    """
    a, b = resolve(store, first), resolve(store, second)
    if a.match is None and b.match is not None:
        a = _kin(store, a, b.match, first)
    if b.match is None and a.match is not None:
        b = _kin(store, b, a.match, second)
    return a, b


def _kin(store, res: Resolution, other: Match, typed: str) -> Resolution:
    if not res.ambiguous or not res.others:
        return res
    best = res.others[0].score
    close = [m for m in res.others if m.score >= best - AMBIGUOUS_MARGIN and m.id != other.id]
    pick = [m for m in close if m.category == other.category]
    if len(pick) > 1:
        theirs = set(store.entry(other.idx).get("related") or ())
        pick = [m for m in pick if m.id in theirs or other.id in (store.entry(m.idx).get("related") or ())]
    if len(pick) != 1:
        return res
    m = pick[0]
    note = f"reading '{typed[:60]}' as {m.title}, the one of its matches in the same body system as {other.title}"
    return Resolution(m, [x for x in res.others if x is not m][:3], note)


class Answer:
    """What a free-text question asks: the condition (or two, to compare), the section, and doubt."""

    __slots__ = ("match", "other", "section", "note", "others", "symptom", "asked", "ambiguous", "terms")

    def __init__(self, match, section, note=None, others=(), other=None, symptom=None, asked=None, ambiguous=False):
        self.match, self.section, self.note, self.others = match, section, note, list(others)
        self.other, self.symptom, self.asked, self.ambiguous = other, symptom, asked, ambiguous
        self.terms = None  # the words that named the condition, once the question words are removed

    def as_json(self) -> dict:
        return {
            "section": self.section,
            "asked": self.asked,
            "match": self.match.as_json() if self.match else None,
            "other": self.other.as_json() if self.other else None,
            "note": self.note,
            "symptom": self.symptom,
            "suggestions": [m.as_json() for m in self.others],
        }


def answer(store, question: str) -> Answer:
    """Read a question: which section it asks for, and which condition (or two, to compare)."""

    normalise_query(question)  # the same usage error for an empty question
    from .text import fold

    direct = resolve(store, question) if query_terms(question) == fold(question) else None
    if direct is not None and direct.match is not None and direct.match.exact:  # a name, not a question
        out = Answer(direct.match, "show", None)
        out.terms = question
        return out
    from .intent import read_intent

    intent = read_intent(question)
    if intent.section == "compare":
        a, b = resolve_pair(store, intent.terms, intent.other or "")
        if a.match and b.match and a.match.id != b.match.id:
            note = "; ".join(n for n in (a.note, b.note) if n) or None
            return Answer(a.match, "compare", note, other=b.match, asked=intent.asked)
        intent = read_intent(question.replace(" or ", " ").replace(" vs ", " ").replace(" versus ", " "))
        if intent.section == "compare":
            intent.section = "show"
    res = resolve(store, intent.terms) if intent.terms.strip() else resolve(store, question)
    if res.match is None and not res.ambiguous and intent.terms != query_terms(question):
        whole = direct if direct is not None else resolve(store, question)
        if whole.match is not None:
            res = whole
    section, asked = intent.section, intent.asked
    if res.match is not None and section in ("act", "show", "link"):
        section, asked = _section_of(store, res.match, intent, section, asked)
    elif section in ("act", "link"):  # no condition: what to do is its treatment; a link, what it leads to
        from .intent import for_level, for_link

        section = for_level(section, None) if section == "act" else for_link(False, False)
    out = Answer(res.match, section, res.note, res.others, asked=asked, ambiguous=res.ambiguous)
    # a symptom the query names is the answer only when no condition is named: not when the query
    # holds a condition's whole name ("why do i keep getting cold sores", "measles rash"), nor when
    # a name holds every word of the query ("bleeding after sex", whose "after" the query words
    # drop; "panic attack", a name of panic disorder and a symptom too)
    if res.match is None or (res.note and not res.match.exact and not res.match.whole and not res.match.covered):
        symptom = symptom_named(intent.terms)
        if symptom:
            out = Answer(None, section, None, symptom=symptom, asked=intent.asked)
    out.terms = intent.terms
    return out


def _section_of(store, match: Match, intent, section: str, asked: str | None) -> tuple[str, str | None]:
    """An "act" question ("what to do") by the condition's level of care, and a question with no asking
    words by the words said about the condition, read in its article (intent.section_from_article)."""
    from .intent import for_level, for_link, section_from_article
    from .text import fold, fold_many

    entry = store.entry(match.idx)
    if section == "act":
        return for_level(section, entry.get("triage")), asked
    if section == "link":
        effect = intent.effect.split()
        named = [v for v in fold(match.matched).split() if v not in STOP_WORDS]
        in_effect = bool(named) and all(any(same_word(v, w) for w in effect) for v in named)
        listed = {item.get("symptom") for item in (entry.get("sections") or {}).get("symptoms") or ()}
        return for_link(in_effect, bool(effect) and bool(_symptoms_named(effect) & listed)), asked
    if asked is not None:  # a question about the whole condition ("what is X", "how long does X last")
        return section, asked
    # the words said about the condition: the query's words not in the name that matched, as read
    # (typos corrected), and the words a matched name adds to another of the condition's names that
    # it holds whole ("shingles rash" is "shingles" and rash; "UC flare" is "UC" and flare)
    # and not in its title ("disease" in "parkinsins disease" is part of the name, not said about it)
    matched = fold(match.matched)
    names = fold_many([entry.get("title", ""), *entry.get("aliases", ())])
    inner = [n for n in names if n and n != matched and f" {n} " in f" {matched} "]
    core = {v for n in inner + names[:1] for v in n.split()} | (set() if inner else set(matched.split()))
    said = [w.form for w in read_words(store, intent.terms) if not any(same_word(w.form, v) for v in core)]
    found = section_from_article(said, entry, _symptoms_named(said)) if said else None
    if found is None:
        return section, asked
    return found, " ".join(said)


def _symptoms_named(words: list[str]) -> set[str]:
    """The ids of the symptoms that runs of these words name in `check`'s vocabulary ("weight gain",
    "tired", "intrusive thoughts"), read as `check` reads them: longest phrase first."""
    from .check import load_vocabulary, tokens

    vocab = load_vocabulary()
    key = tokens(" ".join(words))
    found, i = set(), 0
    while i < len(key):
        for n in range(min(4, len(key) - i), 0, -1):
            sid = vocab.phrase(key[i:i + n])
            if sid is not None:
                found.add(sid)
                i += n
                break
        else:
            i += 1
    return found


def symptom_named(text: str) -> str | None:
    """The symptom a query names, when it is one of the symptom vocabulary's names (not a condition)."""
    from .check import load_vocabulary, tokens

    vocab = load_vocabulary()
    key = tokens(text)
    sid = vocab.phrase(key) if key else None
    if sid is None or vocab.symptoms[sid].context:
        return None
    return vocab.symptoms[sid].name
