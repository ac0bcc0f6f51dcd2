"""The red-flag layer of `healthq check`: written emergency signs from the sources, over the whole text.

Independent of the symptom vocabulary and the ranking of conditions: each flag in
data/redflags.json names the source page that sets it, its reason, and what to do. The format is
described in the file's "about" field. Flags fail safe: an unknown pregnancy week meets any weeks
limit, and a phrase counts unless it is negated (NegEx, see reading.py).
"""

from __future__ import annotations

import itertools
import json
import re
from functools import lru_cache
from pathlib import Path

from . import rx
from ._record import FrozenRecord
from .crisis import mentions_crisis
from .reading import PSEUDO, TERMINATORS, TRIGGERS, Patient, Reading, double_negative
from .text import STOP_WORDS

_CONCEPT = rx.compile(r"\{([a-z_]+)\}")
_INLINE = rx.compile(r"\{=([a-z_]+)\}")
_GAP = rx.compile(r"_(\d+)_")
_STAR = rx.compile(r"(?<=[a-z])\*")
_WORD = rx.compile(r"[a-z]+")

# Words a gap or a "near" distance does not count: function words. "fainted _4_ still hasnt come
# round" is found in "she fainted in the tesco queue and she still hasn't come round": the gap holds
# six words, two of them counted (tesco, queue). A sign's parts are found at the distance a sentence
# puts them, not only at the distance of a short phrase. The words are search's function words
# (NLTK's English list), less what carries meaning here: negations and their "n't" stubs, the words
# that end a negation's scope, and modal verbs ("might faint" has not happened).
FREE = STOP_WORDS - TRIGGERS - TERMINATORS - frozenset(
    "ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn "
    "cant dont doesnt isnt wont can will should could would might must shall may".split()
)
# A gap of N counted words spans at most WIDE * N + 2 words in all, and stays within one clause.
WIDE = 2
_GAP_NAME = rx.compile(r"g\d+n(\d+)")
# The form of the kept table of spelled-out terms (see _derived): a table of another form is made again.
# 2: narrow gaps are named groups (q<k>), so that a negation inside a gap negates the match.
# 3: one entry a term, [expression, wide expression or null, needles or null]: each expression is
# written once (form 2 held every expression twice, as a value and as the key of its needles; the
# table is read on every check, and 1.2 MB of JSON took some 4 ms).
FORMAT = 3


class Flag(FrozenRecord):
    id: str
    group: str
    level: str
    reason: str
    action: str
    source: dict
    all: tuple
    any: tuple
    unless: tuple
    context: dict
    crisis: bool
    conditions: tuple  # ids of the conditions the sign warns of, most likely first

    _fields = __match_args__ = ("id", "group", "level", "reason", "action", "source", "all", "any", "unless", "context",
                                "crisis", "conditions")

    def __init__(self, id: str, group: str, level: str, reason: str, action: str, source: dict,  # noqa: A002
                 all: tuple, any: tuple, unless: tuple, context: dict, crisis: bool, conditions: tuple = ()):  # noqa: A002
        self._set_fields(id, group, level, reason, action, source, all, any, unless, context, crisis, conditions)

    def as_json(self, symptoms: list[str]) -> dict:
        return {
            "id": self.id, "group": self.group, "level": self.level, "symptoms": symptoms, "reason": self.reason,
            "action": self.action, "source": self.source, "conditions": list(self.conditions),
        }


def _expand(pattern: str, concepts: dict[str, str], depth: int = 0, wide: bool = False) -> str:
    if depth > 5:
        raise ValueError(f"concepts nest too deeply in {pattern!r}")
    pattern = _CONCEPT.sub(lambda m: "(?:" + _expand(concepts[m.group(1)], concepts, depth + 1) + ")", pattern)
    if wide:  # each gap a named group: g<k>n<N> (see _gaps_ok)
        count = itertools.count()
        pattern = _GAP.sub(lambda m: "(?P<g%dn%s>(?:[a-z0-9]+ ){0,%d})"
                           % (next(count), m.group(1), WIDE * int(m.group(1)) + 2), pattern)
    else:
        # each gap of the term itself (not of a concept, spelled out above) a named group q<k>, so a
        # negation inside one is seen (_negated)
        count = itertools.count()
        gap = "(?:(?:[a-z0-9]+|\\.) ){0,%d}"
        pattern = _GAP.sub(lambda m: ("(?P<q%d>%s)" % (next(count), gap) if depth == 0 else gap) % int(m.group(1)), pattern)
    return _STAR.sub("[a-z]*", pattern)


def _gaps_ok(m) -> bool:
    """Whether each gap of a wide match holds at most its N counted (not function) words."""
    for name, got in m.groupdict().items():
        if got:
            n = int(_GAP_NAME.fullmatch(name).group(1))
            if sum(w not in FREE for w in got.split()) > n:
                return False
    return True


class _Lazy:
    """A pattern compiled on first use, behind a cheap prefilter: `needles` are words of which any
    match must contain at least one (see `_needles`). Most flags fail on their first term, and with
    the prefilter most terms are never compiled (compiling all of them costs about 150 ms)."""

    __slots__ = ("source", "needles", "_rx", "wide", "_words", "_spell")

    def __init__(self, source: str | None = None, spell=None):
        self._rx, self._words = None, None
        if spell is None:
            self.source, self.needles = source, None
            self.wide = None  # the same pattern with wide gaps (a _Lazy), when it has gaps
        else:  # source, needles and wide are set by spell(self) when first asked for (see __getattr__)
            self._spell = spell

    def __getattr__(self, name: str):
        """source, needles or wide, not set yet: a flag's term is read from the kept table (or spelled out)
        only when a text reaches it. Most flags fail on their first term, so most terms never are: reading
        all 517 of them cost every `check` about 2 ms."""
        if name not in ("source", "needles", "wide"):
            raise AttributeError(name)
        try:
            spell = object.__getattribute__(self, "_spell")
        except AttributeError:
            raise AttributeError(name) from None
        del self._spell
        spell(self)
        return object.__getattribute__(self, name)

    @property
    def words(self) -> frozenset:
        """The whole words the pattern spells out ("cannot" is one word: it does not ask for "not")."""
        if self._words is None:
            self._words = frozenset(_WORD.findall(self.source))
        return self._words

    @property
    def pattern(self) -> str:
        return self.source

    def finditer(self, text: str):
        if self.needles is not None and not any(n in text for n in self.needles):
            return iter(())
        if self._rx is None:
            self._rx = rx.compile(self.source)
        return self._rx.finditer(text)


# A needle shorter than this is not worth checking (nearly every text has "in" or "ar" in it).
_MIN_NEEDLE = 3


def _needles(pattern: str) -> list[str] | None:
    """Literal strings of which every match of `pattern` contains at least one, or None if there is
    no such set worth checking. Read from the regular expression's parse tree: a sequence needs any
    one of its parts (the most selective is kept), an alternation needs one of each branch's, a
    repeat needs its body only when it must occur at least once, and anything else needs nothing."""
    from re import _constants as c
    from re import _parser

    def seq(items) -> set[str] | None:
        options: list[set[str]] = []
        run: list[str] = []

        def flush():
            if run:
                options.append({"".join(run)})
                run.clear()

        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            flush()
            if op is c.SUBPATTERN:
                got = seq(av[-1])
            elif op is c.BRANCH:
                parts = [seq(b) for b in av[1]]
                got = None if any(x is None for x in parts) else set().union(*parts)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                got = seq(av[2]) if av[0] >= 1 else None
            else:  # classes, any character, anchors, look-arounds: no literal is certain
                got = None
            if got:
                options.append(got)
        flush()
        options = [o for o in options if min(map(len, o)) >= _MIN_NEEDLE]
        return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None

    try:
        found = seq(_parser.parse(pattern))
    except Exception:  # an unusual pattern only loses its prefilter
        return None
    return sorted(found) if found else None


def _source(term: str, concepts: dict[str, str], wide: bool = False) -> str:
    # a term that is only {=name} is that concept's text, read as the term itself (its gaps wide and negation-aware,
    # as a term's own are; a {name} inside a term is spelled out as a whole): two flags can share one term
    inline = _INLINE.fullmatch(term)
    return r"\b(?:" + _expand(concepts[inline.group(1)] if inline else term, concepts, wide=wide) + r")\b"


def _compile_term(term, derived: dict, concepts: dict[str, str]):
    kept = derived["terms"]

    def lazy(t):
        def spell(out):  # a term the kept table lacks (it was damaged) is spelled out again
            entry = kept.get(t)
            if _valid_entry(entry):
                from .cache import only_str  # imported already: the kept table came through it

                source, wide, needles = entry
                if needles is not None and not (isinstance(needles, list) and only_str(needles)):
                    needles = None  # damaged: no prefilter (it only saves time)
            else:
                source, wide, needles = _source(t, concepts), _source(t, concepts, wide=True), None
            out.source, out.needles, out.wide = source, needles, None
            if wide is not None and wide != source:
                out.wide = _Lazy(wide)
                out.wide.needles = needles  # the same literal words: the same needles

        return _Lazy(spell=spell)

    if isinstance(term, dict):
        a, b = (lazy(x) for x in term["near"])
        return ("near", a, b, int(term.get("within", 5)))
    return ("re", lazy(term))


_TERM_WORD = rx.compile(r"(?<![\\a-z])[a-z]{5,}(?![a-z*])")


@lru_cache(maxsize=4)
def _raw(base: str) -> dict:
    """data/redflags.json, read once per process for both the flags and their words."""
    return json.loads((Path(base) / "redflags.json").read_text(encoding="utf-8"))


def _terms(raw: dict) -> list[str]:
    """Every written term of every flag, the halves of "near" terms included."""
    terms: list[str] = []

    def walk(t):
        if isinstance(t, str):
            terms.append(t)
        elif isinstance(t, dict):
            for x in t.get("near", []):
                walk(x)
        elif isinstance(t, list):
            for x in t:
                walk(x)

    for f in raw["flags"]:
        for key in ("all", "any", "unless"):
            walk(f.get(key, []))
    return terms


def _derive(raw: dict) -> dict:
    """What the list's terms become: each term as a regular expression (concepts, gaps and stars
    spelled out), each expression's prefilter needles, and the whole words the terms spell."""
    concepts = raw["concepts"]
    terms = _terms(raw)
    expanded = {t: _source(t, concepts) for t in terms}
    wide = {t: w for t in terms if (w := _source(t, concepts, wide=True)) != expanded[t]}
    needles = {source: _needles(source) for source in set(expanded.values())}
    words = sorted({w for t in list(concepts.values()) + terms for w in _TERM_WORD.findall(t)})
    return {"format": FORMAT, "terms": {t: [expanded[t], wide.get(t), needles[expanded[t]]] for t in expanded},
            "words": words}


def _valid_entry(entry) -> bool:
    return (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)
            and (entry[1] is None or isinstance(entry[1], str)))


def _valid(table) -> bool:
    """The table's form (an entry that is damaged is spelled out again: see _compile_term)."""
    from .cache import only_str  # imported already: this is kept_json's check

    return (isinstance(table, dict) and table.get("format") == FORMAT and isinstance(table.get("terms"), dict)
            and isinstance(table.get("words"), list) and only_str(table["words"]))


@lru_cache(maxsize=4)
def _derived(base: str) -> dict:
    """`_derive` of the list, kept in the cache directory (cache.kept_json, keyed by the list file's
    size, time and healthq's version): spelling out the terms and reading their needles costs more
    than the rest of a `check`. The needles-* tables these replaced are removed."""
    from .cache import kept_json

    path = Path(base) / "redflags.json"  # read again inside the build, after kept_json takes its key
    return kept_json("flags", path, lambda: _derive(json.loads(path.read_text(encoding="utf-8"))), _valid,
                     stale=("needles-*.json",))


@lru_cache(maxsize=8)
def concept(base: str, name: str):
    """One concept of the list ({name}) as a pattern, bounded at words, for a reader outside the flags that must read
    a word as the list does: `check` reads "fit" as a seizure only where {seizure} does, not in "fit and healthy",
    "keep fit" or "a fit of coughing"."""
    return rx.compile(_source("{" + name + "}", _raw(base)["concepts"]))


@lru_cache(maxsize=4)
def flag_words(base: str) -> frozenset:
    """The whole words (5 letters or more) the red-flag terms spell out: a typing slip that is no
    English word is read as one of these ("tightnes" as tightness), as it is read as a symptom word."""
    return frozenset(_derived(base)["words"])


@lru_cache(maxsize=4)
def load_flags(base: str) -> tuple[Flag, ...]:
    raw = _raw(base)
    derived = _derived(base)
    flags = []
    for f in raw["flags"]:
        flags.append(Flag(
            f["id"], f["group"], f["level"], f["reason"], f["action"], f["source"],
            tuple(_compile_term(t, derived, raw["concepts"]) for t in f.get("all", [])),
            tuple(_compile_term(t, derived, raw["concepts"]) for t in f.get("any", [])),
            tuple(_compile_term(t, derived, raw["concepts"]) for t in f.get("unless", [])),
            f.get("context", {}), bool(f.get("crisis")), tuple(f.get("conditions", ())),
        ))
    return tuple(flags)


def _spans(lazy, reading: Reading, wide: bool = True) -> list[tuple[int, int]]:
    """Token ranges (first, last) where a pattern matches and is not negated. A pattern with gaps is
    also tried with wide gaps, and such a match kept when no gap holds more than its N counted
    words (function words are not counted: see FREE)."""
    text = reading.folded
    found = [m for m in lazy.finditer(text)]
    if wide and lazy.wide is not None:
        found += [m for m in lazy.wide.finditer(text) if _gaps_ok(m)]
    out = set()
    for m in found:
        if not _negated(reading, lazy, m):
            out.add((reading.token_at(m.start()), reading.token_at(max(m.start(), m.end() - 1))))
    return sorted(out)


def _counted(reading: Reading) -> list[int]:
    """For each token, how many tokens before it a distance counts (function words are not counted)."""
    if "counted" not in reading.views:
        text, out, n = reading.folded, [], 0
        for pos in reading.offsets:
            out.append(n)
            end = text.find(" ", pos)
            n += text[pos:end if end >= 0 else len(text)] not in FREE
        reading.views["counted"] = out
    return reading.views["counted"]


def _matches(term, reading: Reading, wide: bool = True) -> list[tuple[int, int]]:
    """Token ranges where a term matches and is not negated. With `wide`, gaps and "near" distances
    count words other than function words (FREE); without, every word."""
    if term[0] == "re":
        return _spans(term[1], reading, wide)
    _kind, a, b, within = term
    counted = _counted(reading) if wide else list(range(len(reading.tokens)))
    out = []
    spans_b = _spans(b, reading, wide)
    for fa, la in _spans(a, reading, wide):
        for fb, lb in spans_b:
            if reading.tokens[fa].clause != reading.tokens[fb].clause:
                continue
            if abs(counted[fa] - counted[fb]) <= within:
                out.append((min(fa, fb), max(la, lb)))
    return out


# A negation inside a match, with "and" after it still inside the match, negates the words before the "and",
# not the sign after it: "her face has no movement and is drooping" is a drooping face.
_CONJOINED = frozenset({"and", "plus"})
_WORDS = re.compile(r"\S+")
# what ends a negation's scope inside a match: a clause break (kept in `folded` as " . ") or a
# terminating word ("but", "though")
_SCOPE_ENDS = frozenset({"."}) | frozenset(TERMINATORS)


def _negates(words: list[str], i: int, after: list[str], spelled: frozenset = frozenset()) -> bool:
    """Whether words[i] (the match's words) is a negation that negates what follows it in the match:
    not a pseudo-trigger ("not helping": the next word, from `after` past the end of the match), no
    "and" later in the match, and, as NegEx's scope, no clause break or terminating word between it
    and the match's end ("being sick and it's not food, it's blood" is vomiting blood). A
    terminating word the pattern itself spells (`spelled`) is part of the sign, not the end of a
    scope: "baby is never still" is no still baby, though "still" ends a scope elsewhere."""
    rest = words[i + 1:]
    following = (rest + after)[:1]
    if i >= 2 and double_negative(words[i - 2], words[i - 1], words[i]):
        return False  # "can't hear nothing out of it"
    return (words[i] in TRIGGERS and not (following and following[0] in PSEUDO)
            and not (_CONJOINED | (_SCOPE_ENDS - spelled)) & set(rest))


def _negated(reading: Reading, pattern, m) -> bool:
    """A match is negated when its first word is in a negation's scope, or when a negation word sits
    inside it that the pattern itself does not ask for as a word ("light doesn't bother me" is no
    photophobia; "neck not stiff" is no stiff neck, though the pattern's "cannot" holds the letters
    "not"; "a rash that doesn't fade" asks for the "doesn't"). As in NegEx, a negation followed by a
    pseudo-trigger word negates nothing ("inhaler not helping")."""
    if reading.is_negated_at(m.start()):
        return True
    spans = [(w.start(), w.group()) for w in _WORDS.finditer(m.string, m.start(), m.end())]
    inside = [w for _, w in spans]
    after = m.string[m.end():].split()[:1]
    for name, got in m.groupdict().items():  # the gaps: words the pattern never asks for
        if got:
            lo, hi = m.span(name)
            if any(lo <= at < hi and _negates(inside, i, after, pattern.words) for i, (at, _) in enumerate(spans)):
                return True
            if "." in got.split():
                # the pattern's own negation word ("no", "hasn't") reaches, as in NegEx, only to the clause
                # break: "no blood, wet nappies fine" is no "no ... wet nappies" (the words before the gap are
                # split only for a gap that holds a clause break: this runs for every gap of every match)
                before = m.string[m.start():lo].split()
                if before and before[-1] in TRIGGERS:
                    return True
    return any(_negates(inside, i, after, pattern.words) and inside[i] not in pattern.words
               for i in range(1, len(inside)))


_PREGNANCY_KEYS = ("pregnant", "pregnancy_weeks_at_least", "pregnancy_weeks_below")


def _context_ok(ctx: dict, p: Patient) -> bool:
    if ctx.get("or_after_birth") and p.postpartum and not p.pregnant:
        # a sign of pregnancy that can also start in the weeks after birth (pre-eclampsia): the
        # pregnancy limits are met by having given birth in the last 6 weeks
        ctx = {k: v for k, v in ctx.items() if k not in _PREGNANCY_KEYS}
    if ctx.get("pregnant") and not p.pregnant:
        return False
    if ctx.get("postpartum") and not p.postpartum:
        return False
    if ctx.get("infant") and not p.infant:
        return False
    if ctx.get("age_unknown") and p.age is not None and not (p.infant and p.age >= 1 and not any(a < 1 for a in p.other_ages)):
        # the age read is someone else's when a baby is named and no one under one was given an age ("my baby
        # has a temp of 38.5 and my four year old has a cold"): the baby's age is still unknown
        return False
    if "sex" in ctx and p.sex != ctx["sex"]:  # only when --sex says so; the words are read by 'any' terms
        return False
    weeks = p.pregnancy_weeks
    if "pregnancy_weeks_at_least" in ctx and weeks is not None and weeks < ctx["pregnancy_weeks_at_least"]:
        return False
    if "pregnancy_weeks_below" in ctx and weeks is not None and weeks >= ctx["pregnancy_weeks_below"]:
        return False
    if not ctx.keys() & _AGE_KEYS:
        return True
    # The age limits are met by one person's age: the patient's, or that of anyone else the words name ("my 2
    # year old has a cold and my 4 week old has a temperature"): which of them is unwell is not always clear.
    if any(_age_within(ctx, a) for a in (p.age, *p.other_ages) if a is not None):
        return True
    if p.age is None:
        keys = ctx.keys() & _AGE_KEYS
        if keys == {"child_below"}:
            # a child or baby of unknown age counts (the safer reading)
            return p.who in ("baby", "child")
        if keys == {"not_child"}:
            # not known to be a child: no age given and not said to be a baby or child (the safer reading for a
            # sign that is urgent in adults, such as chickenpox)
            return p.who not in ("baby", "child")
    return False


_AGE_KEYS = frozenset(("age_below", "age_at_least", "child_below", "not_child"))


def _age_within(ctx: dict, age: float) -> bool:
    return (("age_below" not in ctx or age < ctx["age_below"]) and ("age_at_least" not in ctx or age >= ctx["age_at_least"])
            and ("child_below" not in ctx or age < ctx["child_below"]) and (not ctx.get("not_child") or age >= 16))


def evaluate(reading: Reading, base: str) -> tuple[list[tuple[Flag, list[tuple[int, int]]]], set[int]]:
    """The flags that fire, each with the token ranges that fired it; and every token any flag read."""
    fired = []
    read: set[int] = set()
    for flag in load_flags(base):
        if not _context_ok(flag.context, reading.patient):
            continue
        if flag.crisis:
            if mentions_crisis(reading.text):
                fired.append((flag, []))
                read.update(range(len(reading.tokens)))  # the words are the message: none is "not understood"
            continue
        spans: list[tuple[int, int]] = []
        ok = True
        for term in flag.all:
            hits = _matches(term, reading)
            if not hits:
                ok = False
                break
            spans += hits
        if not ok:
            continue
        if flag.any:
            hits = [h for term in flag.any for h in _matches(term, reading)]
            if not hits:
                continue
            spans += hits
        # an exclusion is read at its written distances: widening it could hide a sign
        if any(_matches(term, reading, wide=False) for term in flag.unless):
            continue
        fired.append((flag, spans))
        for lo, hi in spans:
            read.update(range(lo, hi + 1))
    return fired, read
