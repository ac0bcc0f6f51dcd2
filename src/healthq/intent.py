"""What a question asks for: a section of the article ("what causes X", "how is X diagnosed"), the whole
article ("what is X"), or a comparison ("X vs Y").

Pure and cheap (no data, no index): a written table of question forms per section, in the words health
sites use to title those sections (the NHS's "Causes", "Check if you have X", "How X is treated",
"How to prevent X", "When to get help", "Is X contagious?", "Can X be cured?"), matched around the
condition's name, written {X} in the table. The words that ask are removed, and what is left names
the condition.

How a question is read
----------------------
1. **Forms vote.** Every form of the table found in the folded question votes for its section with
   its weight (below). Where two forms overlap, the longer one takes the words and the shorter does not
   vote: a longer form is a more specific way of asking ("how can I stop getting X" is prevention,
   not the treatment of "how can I stop X"; "how do you get diagnosed" is diagnosis, not the causes of
   "how do you get X"). This is the longest-match rule of lexers.
2. **The section with the most votes wins.** On a tie, the section whose form comes first in the
   question wins: people ask the main thing first ("signs of X and when to see a doctor").
3. **No form at all** leaves the section open ("show"): the caller may still read it from the
   article (`section_from_article`): words said about the condition that the article lists in one
   of its sections only ("meningitis rash" -> symptoms, "cataract surgery" -> treatment).

Weights
-------
QUESTION (3) a whole question form, which says what is asked in full ("how is {X} diagnosed",
  "is {X} contagious", "can you die from {X}", "what is {X}").
WORD (2) a word that names a section or what it lists ("treatment", "cure", "tests", "signs",
  "vaccine"), asked about whatever the sentence around it is ("{X} treatment", "psa test"). Below a
  question form, so "what is {X}, they found it on my scan" asks what X is, and above a context
  word.
CONTEXT (1) a word that hints at a section without asking for it: "{X} from {Y}" (what it came
  from: causes; "after" is left out, as it tells when more often than why: "heartburn after every
  meal"). Any question form or section word outweighs it.

Pseudo-sections
---------------
"act" ("{X} what to do", "what should I do if ...") asks what to do now. It is answered by the
condition's own level of care, so the caller decides (`for_level`): for a condition whose care level
is urgent or emergency, what to do is get help ("when"); otherwise it is the treatment.
"link" ("can {X} cause {Y}") asks how two things are linked, and what it asks depends on which one
is the condition found (`for_link`): when it is named in {Y}, what causes it ("can stress cause a
stomach ulcer"); when {Y} is one of the symptoms its article lists, its symptoms ("does lyme disease cause a bullseye
rash"); otherwise what {X} leads to, its complications ("can chlamydia cause infertility").
"show" forms ask about the condition as a whole: what it is, how long it lasts, its outlook. No one
section holds that, so healthq shows the whole article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold

QUESTION = 3
WORD = 2
CONTEXT = 1

# The name of the condition in a form: one to six words (the longest names of the bundled data are
# six words; a lazy gap takes the fewest that let the form match).
_X = r"(?:\w+ ){0,5}?\w+"

# (section, weight, form). Forms see folded text: lower case, no punctuation, British spellings
# folded, "a&e" -> "a and e", "won't" -> "wont" (see _prepare). {X} stands for the condition's name.
FORMS: list[tuple[str, int, str]] = [
    # --- when to get help (NHS: "When to get medical help", "Urgent advice", "Call 999 if") ----------
    ("when", QUESTION, r"(?:should|do|shall|must) (?:i|we|you) (?:need to |have to )?(?:go to|see|call|ring|phone|visit|take {X} to|get help|seek help|worry|be worried)(?: (?:a |an |the |my |our )?(?:doctor|gp|hospital|a and e|er|midwife|nurse|pharmacist|dentist|optician|999|111|911|emergency department|urgent care))?"),
    ("when", QUESTION, r"when (?:should|do|must) (?:i|you|we) (?:go to|see|call|ring|phone|visit|take {X} to|get help|worry|be worried)(?: (?:a |an |the |my |our )?(?:doctor|gp|hospital|a and e|er|midwife|nurse|pharmacist|dentist|optician|999|111|911|emergency department|urgent care))?"),
    ("when", QUESTION, r"when to (?:worry|see|call|go to|go back(?: to)?|get help|seek help|ring|phone)(?: (?:a |an |the |my |our )?(?:doctor|gp|hospital|a and e|er|midwife|nurse|pharmacist|dentist|optician|999|111|911|emergency department|urgent care))?"),
    ("when", QUESTION, r"(?:do|does|will|would) (?:i|you|we|he|she|they|it|my \w+) need (?:to (?:see|go to|call|ring|phone) )?(?:a |an |the |my )?(?:doctor|gp|hospital|a and e|er|midwife|nurse|999|111|911|emergency department|urgent care)"),
    ("when", QUESTION, r"who (?:can|should|do|could) (?:i|we|you) (?:talk|speak) to|who (?:to|can i|should i) (?:call|ring|phone)"),
    ("when", QUESTION, r"when (?:is|does) {X} (?:an emergency|serious|urgent|need (?:a |the )?(?:hospital|doctor|gp|a and e))"),
    ("when", QUESTION, r"(?:is|are) (?:it|this|that|{X}) (?:an emergency|serious|dangerous|life threatening|urgent|fatal|deadly)"),
    ("when", QUESTION, r"(?:is|are) (?:it|this|that|{X}) (?:still )?an emergency"),
    ("when", QUESTION, r"how (?:serious|dangerous) (?:is|are)"),
    ("when", QUESTION, r"can (?:you|i|people|a person|someone|it|they) die (?:from|of)"),
    ("when", QUESTION, r"(?:is|are) {X} (?:a )?(?:killer|fatal|deadly)"),
    ("when", QUESTION, r"how (?:much|many|long) {X} is too (?:much|many|long)|how (?:much|many|long) is too (?:much|many|long)"),
    ("when", WORD, r"a and e|emergency room|urgent care|999|911|111|er visit|go to hospital|see a (?:doctor|gp)|see my gp"),
    # --- what to do now: answered by the condition's level of care (see "act" above) ----------------
    ("act", QUESTION, r"what (?:should|do|can) (?:i|we|you) do|what to do"),
    # --- causes (NHS: "Causes of X", "Is X contagious?", "How X is spread") -------------------------
    ("causes", QUESTION, r"what (?:causes|caused|brings on|sets off|triggers)|whats causing|what is causing"),
    ("causes", QUESTION, r"why (?:do|does|did|am|is|are|have|has|would|would|can t|cant|might|do i keep)"),
    ("causes", QUESTION, r"how (?:do|did|can|does) (?:you|i|people|we|someone|one|kids|children|babies|toddlers|adults|men|women|teenagers|teens|dogs|cats|pets|my \w+) (?:catch|get|pick up)"),
    ("causes", QUESTION, r"(?:is|are) {X} (?:contagious|infectious|catching|catchy|spread|passed on)"),
    ("causes", QUESTION, r"how (?:is|are|does|do) (?:it|they|{X}) (?:spread|caught|passed on|passed|transmitted)"),
    ("causes", QUESTION, r"can (?:you|i) (?:catch|get) {X} from"),
    ("causes", QUESTION, r"can (?:you|i|we|adults|children|kids|babies|men|women|people|my \w+) catch|(?<=\w )why$"),
    ("causes", QUESTION, r"(?:is|are|can) {X} (?:be )?(?:hereditary|genetic|inherited|passed down)"),
    ("causes", WORD, r"causes?|caused by|cause of|reasons? (?:for|why)|triggers?|contagious|infectious|hereditary|genetic|inherited|inheritance|runs? in (?:the )?famil(?:y|ies)"),
    ("causes", CONTEXT, r"(?<=\w )from(?= \w)"),
    # --- symptoms (NHS: "Symptoms of X", "Check if you have X") -------------------------------------
    ("symptoms", QUESTION, r"what does {X} (?:feel|look|sound|smell) like|what do {X} (?:feel|look|sound) like"),
    ("symptoms", QUESTION, r"how (?:do|can|would|will) (?:i|you|we) (?:know|tell)(?: if| whether| that)?|how to tell if|check if (?:i|you) have"),
    ("symptoms", QUESTION, r"(?:do|could|might) i have|have i got|can (?:you|i) have {X} (?:and|without) (?:not )?know(?:ing)?"),
    ("symptoms", QUESTION, r"where (?:do you|does it|would you|is the) (?:feel|hurt|pain)|(?:pain|hurt|hurts) where|which side"),
    ("symptoms", WORD, r"(?:early |earliest |first |warning |tell tale |telltale )?(?:symptoms?|signs?|symtoms?|sighns?)|early warning|pictures?|photos?|images?"),
    # --- treatment (NHS: "Treatment for X", "Things you can do yourself", "Can X be cured?") --------
    ("treatment", QUESTION, r"how (?:do|can|should|would|to|did) (?:i |you |we |one )?(?:get rid(?: of)?|treat|cure|stop|fix|ease|relieve|heal|manage|deal with|help|soothe|sort out|clear up|clear|get over|recover from|remove|lower|reduce|cope with|live with|cut down|cool)"),
    ("treatment", QUESTION, r"how long (?:do|does|will|should|until|before) (?:\w+ ){1,3}?(?:take to work|to work|take to kick in|to kick in|start working|take to start working)"),
    ("treatment", QUESTION, r"(?:can|does|do|will|is|are) {X} (?:be )?(?:cured|curable|treatable|reversed|reversible|fixed|go away|get better|clear up|heal)"),
    ("treatment", QUESTION, r"can (?:you|i|we) (?:reverse|cure|fix|stop|beat|treat|get rid of)"),
    ("treatment", QUESTION, r"how (?:is|are) {X} (?:treated|removed|cured|managed|fixed|operated on)"),
    ("treatment", QUESTION, r"(?:should|can|could|do) (?:i|we|you) (?:put|use|take|try|apply|give)"),
    ("treatment", QUESTION, r"(?:go|goes|going|clear|clears) (?:away|up) (?:on (?:its|their) own|by (?:itself|themselves)|naturally)|(?:wont|doesnt|dont|not) (?:go|going|clear|clearing) (?:away|up)|(?:wont|doesnt|dont) (?:stop|get better|heal)"),
    ("treatment", QUESTION, r"(?:foods?|things|what|exercises|drinks|activities) to (?:avoid|eat|drink)|what (?:to|can i|should i) (?:eat|drink|put on|take|use)"),
    ("treatment", WORD, r"treatments?|treating|treated|treat|cures?|cured|curable|remed(?:y|ies)|medicines?|medications?|meds|tablets|pills|antibiotics|painkillers?|pain relief|paracetamol|ibuprofen|creams?|ointment|drops|inhalers?|shampoo|drugs|therapy|therapies|relief|relieve|relieving|ease|easing|soothe|soothing|help|tips|what helps|best thing for|get rid of|home remedies?|surgery|operation|exercises|physio|diet|recovery|recover"),
    # --- tests and diagnosis (NHS: "Diagnosis", "Tests for X", "Getting diagnosed") ----------------
    ("diagnosis", QUESTION, r"how (?:is|are|was|were) {X} (?:diagnosed|tested|confirmed|detected|checked|found)|how to (?:test|check) for"),
    ("diagnosis", QUESTION, r"how (?:do|can|would|will|did) (?:you|i|we|people|someone|they|one) (?:get )?(?:diagnosed|tested|checked)"),
    ("diagnosis", QUESTION, r"(?:can|will|does|do) {X} (?:be |show up )?(?:detected|diagnosed|picked up|show up|found)"),
    # the doctors as the ones who find out ("how do they tell if a child has X", "how can doctors know")
    ("diagnosis", QUESTION, r"how (?:do|can|will|would|did) (?:they|doctors?|the doctors?|gps?|the gp|hospitals?|the hospital) (?:tell|know|check|find out|test|confirm|work out)"),
    ("diagnosis", QUESTION, r"(?:how (?:do|can|would|will) (?:i|you|we|people|someone|one) )?find out (?:if|whether) (?:i|you|we|they|he|she|my \w+) (?:have|has|got)"),
    ("diagnosis", QUESTION, r"what (?:does|do) (?:my |the |a |an )?(?:\w+ ){0,3}(?:result|results|level|levels|reading|score) mean"),
    ("diagnosis", WORD, r"diagnos\w*|tested for|tests?|testing|scans?|blood test|screening|self check|check for|checked for|detected|detect"),
    # --- prevention (NHS: "How to prevent X", "Vaccination") -----------------------------------------
    ("prevention", QUESTION, r"(?:how (?:do|can|to|should) (?:i |you |we )?)?stop (?:(?:my|your|our|the) \w+ |them |him |her |myself |yourself )?(?:getting|catching)"),
    ("prevention", QUESTION, r"(?:how (?:do|can|to|should) (?:i |you |we )?)?stop {X} (?:coming back|spreading|happening again|returning)"),
    ("prevention", QUESTION, r"(?:(?:how (?:do|can|to|should) |can )(?:i |you |we )?)?stop {X} (?:before (?:it|they) (?:starts?|begins?|comes? on|happens?)|from (?:starting|happening|coming on))"),
    ("prevention", QUESTION, r"(?:how (?:do|can|to) (?:i |you |we )?)?(?:avoid|avoiding) (?:getting|catching|{X})"),
    ("prevention", QUESTION, r"(?:how (?:do|can|to|should) (?:i |you |we )?)?(?:reduce|lower|cut) (?:my |the |your |our )?(?:risk|chances?)"),
    ("prevention", QUESTION, r"protect (?:myself|yourself|my \w+|against|from)"),
    ("prevention", WORD, r"prevent\w*|vaccines?|vaccinations?|vaccinated|jabs?|immunis\w*|immuniz\w*"),
    # --- risk factors (NHS: "Who is more likely to get X") ------------------------------------------
    ("risks", QUESTION, r"who (?:gets|is at risk|can get|is likely|is most likely|is more likely|is affected)|am i at risk|(?:am|are) (?:i|you|we) (?:more )?likely to"),
    ("risks", QUESTION, r"(?:increases?|raises?) (?:the |my |your )?(?:risk|chances?)|risks? of getting|chances? of (?:getting|having)|more likely to (?:get|have)"),
    ("risks", WORD, r"risk factors?|at risk"),
    # --- complications (NHS: "Complications of X") ---------------------------------------------------
    ("complications", QUESTION, r"what (?:can )?happens? if|left untreated|(?:not|isnt|isn t|wasnt) treated|untreated"),
    ("complications", QUESTION, r"can {X} (?:harm|affect|damage|make (?:you|me|men|women|him|her))"),
    ("link", QUESTION, r"(?:can|does|do|could|will) {X} (?:always |ever |really )?(?:cause|causes|lead to|give you|bring on|trigger)"),
    ("complications", WORD, r"complications?|dangers? of|long term (?:effects?|damage)"),
    # --- the whole article: what it is, its course and outlook ---------------------------------------
    ("show", QUESTION, r"^(?:what is|what are|whats)(?: an?)?(?= (?!(?:the|best|difference|causes?|symptoms?|signs?|treatments?|cures?|tests?)\b)\w)"),
    ("show", QUESTION, r"tell me (?:about|more)|what (?:do|should) i (?:need to )?know about|need to know|information on|info on"),
    ("show", QUESTION, r"how long (?:does|do|will|can) (?:it|they|{X}) (?:take to (?:recover|heal|go|get better)|last|take)|how long (?:to|does it take to) (?:recover|get better)"),
    ("show", QUESTION, r"life expectancy|survival rates?|prognosis|outlook"),
]
# The one section a form's words may stand for, when several sections fit the same words (an "act"
# form becomes "when" or "treatment" by the condition's level of care).
URGENT_LEVELS = ("urgent", "emergency")



def _compile(form: str) -> re.Pattern:
    """A form as a regular expression: whole words only, each {X} a named group (x0, x1, ...)."""
    parts = form.split("{X}")
    pattern = parts[0] + "".join(f"(?P<x{i}>{_X})" + part for i, part in enumerate(parts[1:]))
    return re.compile(r"\b(?:" + pattern + r")(?!\w)")


_COMPILED: list[tuple[str, int, re.Pattern]] = []  # compiled on first use: `search pcos` never needs them
_COMPARE = re.compile(
    r"^(?:(?:what is|whats|what are) (?:the )?)?(?:difference|differences|compare|comparing|comparison)"
    r"(?: between| of)? (?P<a>.+?) (?:and|vs|versus|or|with|to) (?P<b>.+)$"
    r"|^(?P<c>.+?) (?:vs|versus|or|compared to|compared with|v) (?P<d>.+?)(?: (?:whats the )?(?:difference|differences)| which is worse| which one| how (?:do|can) (?:i|you) (?:tell|know)(?: the difference| which(?: one)?| which is which)?)?$"
    r"|^(?:how (?:do i|can i|to|do you) tell (?:the difference between )?)(?P<e>.+?) (?:from|and|vs|or) (?P<f>.+)$"
)
_COMPARING = re.compile(r"\b(?:vs|versus|v|or|compared?|comparing|comparison|differences?|tell)\b")
# Words left over once the asking words are removed that never name a condition: question and
# function words, who it is about, and words about the question rather than the illness.
_FILLER = re.compile(
    r"\b(?:go(?:es)? away|on (?:its|their) own|how long|"
    r"what|whats|which|how|why|when|where|who|is|are|was|were|can|could|does|do|did|should|would|will|i|im|ive|"
    r"my|me|you|your|a|an|the|of|for|in|on|at|to|from|with|about|it|its|this|that|these|those|there|get|got|have|"
    r"has|had|having|be|been|being|need|know|tell|please|really|best|way|ways|thing|things|some|any|and|or|so|if|"
    r"than|after|before|during|while|like|just|also|very|keep|still|ever|all|people|someone|anyone|someones|"
    r"whether|much|many|need|natural|naturally|fast|quickly|quick|at home|home|nhs|mean|means|meaning|"
    r"happens|happen|normal|common|usual|bad|going|go|look|looks|out|up|more|most|does it|do you|us|we|our|"
    r"they|them|their|he|she|his|her|him|women|woman|men|man|adults|adult|kids|kid|children|child|babies|baby|"
    r"toddler|toddlers|teens|teenagers|teenager|elderly|older|young|pregnant|pregnancy|get it|about it|talk|info|"
    r"information|facts|guide|overview|need to know|actually|works|work|always|again)\b"
)
_CONTRACTION = re.compile(r"\b(won|can|don|isn|doesn|didn|aren|wasn|haven|hasn|wouldn|shouldn|couldn) t\b")


@dataclass
class Intent:
    section: str  # a section command (causes, symptoms, treatment, diagnosis, prevention, risks,
    # complications, when), "act" (when or treatment, by level of care), "show" or "compare"
    terms: str  # what is left to name the condition (for compare: the first one)
    other: str | None = None  # compare: the second condition
    asked: str | None = None  # the words that set the section, for the one-line "showing ... because ..."
    effect: str = ""  # "link": the words after the form ({Y} in "can {X} cause {Y}")


@dataclass
class _Hit:
    section: str
    weight: int
    start: int
    end: int
    name: tuple[int, int] | None  # the span {X} took: the condition's name, which is not removed


def _prepare(question: str) -> str:
    return _CONTRACTION.sub(r"\1t", fold(question))


def _hits(folded: str) -> list[_Hit]:
    """Every form found, longest first where two overlap (the longer takes the words)."""
    if not _COMPILED:
        _COMPILED.extend((section, weight, _compile(form)) for section, weight, form in FORMS)
    found = []
    for section, weight, rx in _COMPILED:
        for m in rx.finditer(folded):
            if m.end() > m.start():
                found.append((m, section, weight))
    found.sort(key=lambda h: (-(h[0].end() - h[0].start()), h[0].start()))
    taken: list[tuple[int, int]] = []
    hits = []
    for m, section, weight in found:
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        taken.append((m.start(), m.end()))
        hits.append(_Hit(section, weight, m.start(), m.end(), _name_span(m)))
    return sorted(hits, key=lambda h: h.start)


def _name_span(m: re.Match) -> tuple[int, int] | None:
    """The part of a form's match that is the condition's name ({X}), which is not removed."""
    for key, value in m.groupdict().items():
        if value is not None:
            return m.span(key)
    return None


def read_comparison(question: str) -> Intent | None:
    """"A vs B", "difference between A and B", "A or B which is worse": the two names, or None. Each
    side must be a name, not a question ("how do i know if im depressed or just sad" asks about one)."""
    return _comparison(_prepare(question))


def _comparison(folded: str) -> Intent | None:
    if not _COMPARING.search(folded):
        return None  # cheap: the comparison pattern is tried only with a comparing word in the text
    m = _COMPARE.search(folded)
    if not m:
        return None
    a = m.group("a") or m.group("c") or m.group("e")
    b = m.group("b") or m.group("d") or m.group("f")
    questions = _hits(a) or _hits(b)
    a, b = _strip(a), _strip(b)
    if a and b and a != b and not questions:
        return Intent("compare", a, b, "a comparison")
    return None


def read_intent(question: str) -> Intent:
    folded = _prepare(question)
    compared = _comparison(folded)
    if compared is not None:
        return compared
    hits = _hits(folded)
    if not hits:
        return Intent("show", _strip(folded) or folded)
    votes: dict[str, int] = {}
    first: dict[str, int] = {}
    for h in hits:
        votes[h.section] = votes.get(h.section, 0) + h.weight
        first.setdefault(h.section, h.start)
    section = max(votes, key=lambda s: (votes[s], -first[s]))
    asked = " ".join(folded[h.start:h.end] for h in hits if h.section == section)
    # remove every form's asking words (each form found, whatever its section), keep the names
    keep = list(folded)
    for h in hits:
        for i in range(h.start, h.end):
            if not (h.name and h.name[0] <= i < h.name[1]):
                keep[i] = " "
    terms = _strip("".join(keep))
    if not terms:  # the question words were all there was ("what is"): read the rest as a name
        return Intent("show", _strip(folded) or folded)
    effect = ""
    if section == "link":
        last = max(h.end for h in hits if h.section == "link")
        effect = _strip(folded[last:])
    return Intent(section, terms, None, asked, effect)


def for_level(section: str, level: str | None) -> str:
    """An "act" question ("what to do") answered by the condition's level of care: get help when it
    is urgent or an emergency, otherwise its treatment."""
    if section != "act":
        return section
    return "when" if level in URGENT_LEVELS else "treatment"


def for_link(effect_has_condition: bool, effect_is_symptom: bool) -> str:
    """A "link" question ("can {X} cause {Y}") by where the condition found stands (see above)."""
    if effect_has_condition:
        return "causes"
    return "symptoms" if effect_is_symptom else "complications"


# --- reading the section from the article ---------------------------------------------------------
# How strongly a word said about a condition points to one section of its article: the section lists
# it (it is in an item's name: "Rash" among the symptoms of meningitis), or only mentions it (in an
# item's detail). Each word counts once per section, with its strongest evidence there.
ITEM_NAME = 2
ITEM_DETAIL = 1
# The article settles the section when one section has more evidence than every other (by at least
# ARTICLE_MARGIN, one mention) and lists at least one of the words: mentions alone are everyday words
# in any article ("every day"). A tie is no evidence either way: the whole article is shown.
ARTICLE_MARGIN = 1
_ARTICLE_SECTIONS = ("symptoms", "causes", "treatment", "diagnosis", "prevention")


def section_from_article(words: list[str], entry: dict, symptoms: set[str] = frozenset()) -> str | None:
    """The section a question with no asking words is about, from the words said about the condition
    ("meningitis rash": rash is among meningitis's symptoms; "glue ear grommets": grommets are its
    treatment), or None. `words` are the query's words that are not the condition's name, as read
    (typos corrected); `symptoms`, the symptom ids `check`'s vocabulary reads in them ("tired" is
    fatigue): each one among the article's symptoms is listed there (ITEM_NAME)."""
    words = [w for w in dict.fromkeys(words) if len(w) >= 3 and w.isalpha()]
    if not words:
        return None
    sections = entry.get("sections") or {}
    scores = {}
    for key in _ARTICLE_SECTIONS:
        named: set[str] = set()
        mentioned: set[str] = set()
        for item in sections.get(key) or ():
            named.update(fold(item.get("name", "")).split())
            mentioned.update(fold(item.get("detail", "")).split())
        score = lists = 0
        for w in words:
            if any(_same(w, v) for v in named):
                score, lists = score + ITEM_NAME, lists + 1
            elif any(_same(w, v) for v in mentioned):
                score += ITEM_DETAIL
        if key == "symptoms":
            listed = len(symptoms & {item.get("symptom") for item in sections.get(key) or ()})
            score, lists = score + ITEM_NAME * listed, lists + listed
        scores[key] = (score, lists)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
    (best, (top, lists)), (_runner, (second, _)) = ranked[0], ranked[1]
    if lists and top - second >= ARTICLE_MARGIN:
        return best
    return None


def _same(word: str, other: str) -> bool:
    """One word in two forms (search.same_word: "bleeding" and "bleed"), or one a longer form of the
    other of at least five letters ("tired" and "tiredness", "swollen" and "swollenness")."""
    from .search import same_word

    if same_word(word, other):
        return True
    short, long = sorted((word, other), key=len)
    return len(short) >= 5 and long.startswith(short)


def _strip(text: str) -> str:
    text = _FILLER.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()
