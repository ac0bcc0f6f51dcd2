"""What a question asks for: the section ("what causes ...", "how do I get rid of ...") or a comparison.

Pure and cheap: a table of question forms per section, tried in order on the folded question; the
words that ask are removed, and what is left names the condition. The table is the whole model:
adding a way of asking is one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold

# (section, pattern): the first that matches wins. Patterns see folded text (lower case, no
# punctuation, British spellings folded, apostrophes gone: "what's" -> "whats", "a&e" -> "a and e").
_FORMS: list[tuple[str, str]] = [
    ("when", r"\b(?:should i|do i need to|shall i|when should i|when do i|when to|do i|when do you|should you) (?:go to|see|call|visit|ring|phone|get help|worry|be worried|seek|go)\b(?: (?:a and e|the hospital|hospital|a doctor|the doctor|my gp|a gp|the gp|the er|er|urgent care|999|111|911))?"),
    ("when", r"\b(?:when to worry|when should i worry|is it an emergency|is it serious|is this serious|is it urgent|a and e|urgent care|emergency room|er visit|999|911|111)\b"),
    ("when", r"\b(?:when to (?:see|call|go to) (?:a |my |the )?(?:doctor|gp|hospital)|see a doctor|see my gp|go to hospital)\b"),
    ("treatment", r"\bhow (?:do|can|should|would|to) (?:i |you |we |one )?(?:get rid of|treat|cure|stop|fix|ease|relieve|heal|manage|deal with|help|soothe|sort out|clear up|clear|get over|recover from)\b"),
    ("treatment", r"\b(?:treatments?|treating|treated|treat|cures?|cured|remed(?:y|ies)|medicines?|medication|meds|tablets|pills|antibiotics|creams?|drugs|therapy|therapies|relief|what helps|what can i take|can i take|best thing for|what to do (?:for|about|with)|how to get rid of|get rid of|home remedies?|recovery|recover)\b"),
    ("causes", r"\b(?:what causes|whats causing|what caused|causes?|caused by|cause of|why do (?:i|you|people|we|women|men|babies|children|kids) (?:keep )?(?:get|getting|have|having)|why am i (?:getting|having)|why does|why do|how do (?:you|i|people) (?:catch|get)|how (?:is it|does it) (?:spread|caught|passed)|how did i get|reasons? (?:for|why)|triggers?|what brings on|contagious|catching|spread)\b"),
    ("diagnosis", r"\b(?:diagnos\w*|tested for|tests?|testing|scans?|blood test|screening|how to test|check for|checked for|detected|confirmed)\b"),
    ("prevention", r"\b(?:prevent\w*|avoid(?:ing)?(?: getting)?|stop (?:getting|it coming back)|reduce (?:the )?(?:risk|chance)|protect (?:myself|against|from)|vaccines?|vaccination|jabs?)\b"),
    ("risks", r"\b(?:who (?:gets|is at risk|can get|is likely)|am i at risk|at risk of|risk factors?|risks? of getting|chances? of (?:getting|having)|more likely to get|who is affected|runs? in (?:the )?famil(?:y|ies)|hereditary|genetic)\b"),
    ("complications", r"\b(?:complications?|dangers? of|dangerous|can it (?:cause|lead to|kill)|lead to|long term (?:effects?|damage)|what happens if|left untreated|untreated|not treated|side effects of having|serious effects|fatal|deadly|kill you)\b"),
    ("symptoms", r"\b(?:(?:early |earliest |first |warning )?(?:symptoms?|signs?)|how (?:do|can|would) (?:i|you) (?:know|tell)(?: if| whether)?|what does (?:\w+ ){0,4}feel like|what are the first|early warning|warning signs|feel like|looks? like|how to tell if|do i have|could i have|might i have|have i got)\b"),
]
_COMPILED = [(section, re.compile(pattern)) for section, pattern in _FORMS]
_COMPARE = re.compile(
    r"^(?:(?:what is|whats|what are) (?:the )?)?(?:difference|differences|compare|comparing|comparison)"
    r"(?: between| of)? (?P<a>.+?) (?:and|vs|versus|or|with|to) (?P<b>.+)$"
    r"|^(?P<c>.+?) (?:vs|versus|or|compared to|compared with|v) (?P<d>.+?)(?: difference| differences| which is worse)?$"
    r"|^(?:how (?:do i|can i|to|do you) tell (?:the difference between )?)(?P<e>.+?) (?:from|and|vs|or) (?P<f>.+)$"
)
# words left over after the question words are stripped that never name a condition. The first line
# asks about the course of any illness (how long it lasts, whether it goes away, how serious it is,
# its outlook): no section holds it, and healthq answers with the whole article
_FILLER = re.compile(
    r"\b(?:how long(?: does it (?:take|last)| do(?:es)? (?:it|they|you) last)?|how serious|go(?:es)? away|"
    r"on (?:its|their) own|life expectancy|survival rates?|prognosis|outlook|"
    r"what|whats|which|how|why|when|where|who|is|are|was|were|can|could|does|do|did|should|would|will|i|im|ive|"
    r"my|me|you|your|a|an|the|of|for|in|on|at|to|from|with|about|it|its|this|that|these|those|there|get|got|have|"
    r"has|had|having|be|been|being|need|know|tell|please|really|best|way|ways|thing|things|some|any|and|or|so|if|"
    r"than|after|before|during|while|like|just|also|very|keep|still|ever|all|people|someone|anyone|someones|"
    r"whether|much|many|much|need|natural|naturally|fast|quickly|quick|at home|home|nhs|mean|means|meaning|"
    r"happens|happen|normal|common|usual|bad|going|go|look|looks|out|up|more|most|does it|do you|us|we|our|"
    r"they|them|their|he|she|his|her|him|women|woman|men|man|adults|adult|kids|kid|children|child|babies|baby|"
    r"toddler|teens|teenagers|elderly|older|young|pregnant|pregnancy|get it|about it|talk|info|information|"
    r"facts|guide|overview|need to know)\b"
)


@dataclass
class Intent:
    section: str  # causes, symptoms, treatment, diagnosis, prevention, risks, complications, when, show, compare
    terms: str  # what is left to name the condition (for compare: the first one)
    other: str | None = None  # compare: the second condition
    asked: str | None = None  # the words that set the section, for the one-line "Showing ... because ..."


def read_intent(question: str) -> Intent:
    folded = fold(question)
    m = _COMPARE.search(folded)
    if m:
        a = m.group("a") or m.group("c") or m.group("e")
        b = m.group("b") or m.group("d") or m.group("f")
        a, b = _strip(a), _strip(b)
        if a and b and a != b:
            return Intent("compare", a, b, "a comparison")
    for section, rx in _COMPILED:
        hit = rx.search(folded)
        if hit and hit.group(0).strip():
            terms = _strip(folded[: hit.start()] + " " + folded[hit.end():])
            if terms:
                return Intent(section, terms, None, hit.group(0).strip())
    return Intent("show", _strip(folded) or folded)


def _strip(text: str) -> str:
    text = _FILLER.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()
