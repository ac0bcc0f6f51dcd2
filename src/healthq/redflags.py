"""The red-flag layer of `healthq check`: written emergency signs from the sources, over the whole text.

Independent of the symptom vocabulary and the ranking of conditions: each flag in
data/redflags.json names the source page that sets it, its reason, and what to do. The format is
described in the file's "about" field. Flags fail safe: an unknown pregnancy week meets any weeks
limit, and a phrase counts unless it is negated (NegEx, see reading.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .crisis import mentions_crisis
from .reading import TRIGGERS, Patient, Reading

_CONCEPT = re.compile(r"\{([a-z_]+)\}")
_GAP = re.compile(r"_(\d+)_")
_STAR = re.compile(r"(?<=[a-z])\*")


@dataclass(frozen=True)
class Flag:
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

    def as_json(self, symptoms: list[str]) -> dict:
        return {
            "id": self.id, "group": self.group, "level": self.level, "symptoms": symptoms, "reason": self.reason,
            "action": self.action, "source": self.source,
        }


def _expand(pattern: str, concepts: dict[str, str], depth: int = 0) -> str:
    if depth > 5:
        raise ValueError(f"concepts nest too deeply in {pattern!r}")
    pattern = _CONCEPT.sub(lambda m: "(?:" + _expand(concepts[m.group(1)], concepts, depth + 1) + ")", pattern)
    pattern = _GAP.sub(lambda m: "(?:[a-z0-9]+ ){0,%d}" % int(m.group(1)), pattern)
    return _STAR.sub("[a-z]*", pattern)


class _Lazy:
    """A pattern compiled on first use: most flags fail on their first term or their context, so
    most of the list is never compiled (compiling all of it costs about 100 ms)."""

    __slots__ = ("source", "_rx")

    def __init__(self, source: str):
        self.source, self._rx = source, None

    @property
    def pattern(self) -> str:
        return self.source

    def finditer(self, text: str):
        if self._rx is None:
            self._rx = re.compile(self.source)
        return self._rx.finditer(text)


def _compile_term(term, concepts):
    if isinstance(term, dict):
        a, b = (_Lazy(r"\b(?:" + _expand(x, concepts) + r")\b") for x in term["near"])
        return ("near", a, b, int(term.get("within", 5)))
    return ("re", _Lazy(r"\b(?:" + _expand(term, concepts) + r")\b"))


@lru_cache(maxsize=4)
def load_flags(base: str) -> tuple[Flag, ...]:
    raw = json.loads((Path(base) / "redflags.json").read_text(encoding="utf-8"))
    concepts = raw["concepts"]
    flags = []
    for f in raw["flags"]:
        flags.append(Flag(
            f["id"], f["group"], f["level"], f["reason"], f["action"], f["source"],
            tuple(_compile_term(t, concepts) for t in f.get("all", [])),
            tuple(_compile_term(t, concepts) for t in f.get("any", [])),
            tuple(_compile_term(t, concepts) for t in f.get("unless", [])),
            f.get("context", {}), bool(f.get("crisis")),
        ))
    return tuple(flags)


def _matches(term, reading: Reading) -> list[tuple[int, int]]:
    """Token ranges where a term matches and is not negated."""
    text = reading.folded
    if term[0] == "re":
        out = []
        for m in term[1].finditer(text):
            if not _negated(reading, term[1], m):
                out.append((reading.token_at(m.start()), reading.token_at(max(m.start(), m.end() - 1))))
        return out
    _kind, a, b, within = term
    spans_a = [m for m in a.finditer(text) if not _negated(reading, a, m)]
    spans_b = [m for m in b.finditer(text) if not _negated(reading, b, m)]
    out = []
    for ma in spans_a:
        for mb in spans_b:
            ta, tb = reading.token_at(ma.start()), reading.token_at(mb.start())
            if reading.tokens[ta].clause != reading.tokens[tb].clause:
                continue
            if abs(ta - tb) <= within:
                ends = (reading.token_at(ma.end() - 1), reading.token_at(mb.end() - 1))
                out.append((min(ta, tb), max(ends)))
    return out


def _negated(reading: Reading, pattern, m) -> bool:
    """A match is negated when its first word is in a negation's scope, or when a negation word sits
    inside it that the pattern itself does not ask for ("light doesn't bother me" is no photophobia;
    "a rash that doesn't fade" asks for the "doesn't")."""
    if reading.is_negated_at(m.start()):
        return True
    inside = m.group(0).split()
    return any(w in TRIGGERS and w not in pattern.pattern for w in inside[1:])


def _context_ok(ctx: dict, p: Patient) -> bool:
    if ctx.get("pregnant") and not p.pregnant:
        return False
    if ctx.get("postpartum") and not p.postpartum:
        return False
    if ctx.get("infant") and not p.infant:
        return False
    if ctx.get("age_unknown") and p.age is not None:
        return False
    weeks = p.pregnancy_weeks
    if "pregnancy_weeks_at_least" in ctx and weeks is not None and weeks < ctx["pregnancy_weeks_at_least"]:
        return False
    if "pregnancy_weeks_below" in ctx and weeks is not None and weeks >= ctx["pregnancy_weeks_below"]:
        return False
    if "age_below" in ctx and (p.age is None or p.age >= ctx["age_below"]):
        return False
    if "age_at_least" in ctx and (p.age is None or p.age < ctx["age_at_least"]):
        return False
    if "child_below" in ctx:
        # a child under this age; a child or baby of unknown age counts (the safer reading)
        if p.age is None and p.who not in ("baby", "child"):
            return False
        if p.age is not None and p.age >= ctx["child_below"]:
            return False
    return True


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
        if any(_matches(term, reading) for term in flag.unless):
            continue
        fired.append((flag, spans))
        for lo, hi in spans:
            read.update(range(lo, hi + 1))
    return fired, read
