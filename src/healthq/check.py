"""From symptoms to conditions: read what a person typed, triage it, rank the conditions that fit.

Pure: returns a Report, prints nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import HealthqError
from .store import bundled_dir
from .text import fold

LEVELS = ("self-care", "routine", "urgent", "emergency")
SPECIFICITY = {1: 1.0, 2: 2.0, 3: 3.5}
PRIOR = {"very-common": 0.6, "common": 0.4, "uncommon": 0.2, "rare": 0.0}
PREGNANCY_BOOST = 0.6
FILLER = {
    "my", "the", "a", "an", "i", "im", "ive", "have", "has", "had", "got", "getting", "been", "having", "very", "really", "quite", "bit", "some", "of", "in", "on", "at", "to", "is",
    "am", "are", "was", "it", "its", "me", "also", "keep", "from", "kept", "like",
    "and", "with", "plus", "or", "but", "then", "when", "since", "for", "after", "about", "around", "started", "start", "mild", "slight", "terrible", "awful", "horrible", "getting", "s",
}
# words that carry no symptom on their own: not reported as unrecognised
QUIET = {"little", "lot", "lots", "bad", "feel", "feeling", "feels", "felt", "being", "get", "gets", "sudden", "suddenly", "severe", "pain", "today", "now", "lately", "recently", "worse", "days", "weeks", "week", "day", "ago", "x", "times", "since", "morning", "night"}
NEGATION = {"no", "not", "without", "never", "denies", "dont", "don't", "isnt"}
DURATION = re.compile(
    r"\b(?:for|since|over|past|last|about|around|almost|nearly)?\s*(?:a|an|one|two|three|four|five|six|seven|few|several|couple of|\d+)?\s*"
    r"(?:hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?)\b(?:\s+(?:now|ago))?|\b(?:yesterday|today|tonight|this morning|last night)\b"
)


@dataclass(frozen=True)
class Symptom:
    id: str
    name: str
    specificity: int
    parent: str | None
    urgency: str | None
    reason: str | None
    context: bool


@dataclass
class Vocabulary:
    symptoms: dict[str, Symptom]
    phrases: dict[tuple[str, ...], str]  # folded, filler-free tokens -> symptom id
    sorted_keys: dict[tuple[str, ...], str]
    longest: int
    rules: list[dict] = field(default_factory=list)
    # "becomes": a symptom read in a context (pregnant, just given birth) means a more specific one
    becomes: dict[str, dict[str, str]] = field(default_factory=dict)
    gapped: list[tuple[tuple[str, ...], str]] | None = None  # built on first use, by gapped_keys()

    def ancestors(self, sid: str) -> list[str]:
        out = []
        seen = set()
        cur = self.symptoms[sid].parent if sid in self.symptoms else None
        while cur and cur not in seen and cur in self.symptoms:
            out.append(cur)
            seen.add(cur)
            cur = self.symptoms[cur].parent
        return out

    def descendants(self, sid: str) -> list[str]:
        return [s for s in self.symptoms if sid in self.ancestors(s)]

    def gapped_keys(self) -> list[tuple[tuple[str, ...], str]]:
        """Phrases of two or more words, longest first: the candidates for reading across gaps."""
        if self.gapped is None:
            keys = [(k, sid) for k, sid in self.phrases.items() if len(k) >= 2 and not any(w in NEGATION for w in k)]
            self.gapped = sorted(keys, key=lambda item: (-len(item[0]), item[0]))
        return self.gapped


def tokens(text: str) -> tuple[str, ...]:
    return tuple(w for w in fold(text).replace("'", "").split() if w not in FILLER)


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    base = path or bundled_dir()
    return _load_vocabulary(str(base))


@lru_cache(maxsize=4)
def _load_vocabulary(base: str) -> Vocabulary:
    root = Path(base)
    raw = json.loads((root / "symptoms.json").read_text(encoding="utf-8"))
    symptoms: dict[str, Symptom] = {}
    phrases: dict[tuple[str, ...], str] = {}
    sorted_keys: dict[tuple[str, ...], str] = {}
    for item in raw:
        symptoms[item["id"]] = Symptom(
            item["id"], item["name"], int(item.get("specificity", 1)), item.get("parent"),
            item.get("urgency"), item.get("reason"), bool(item.get("context")),
        )
    for item in raw:
        for phrase in [item["name"], item["id"].replace("-", " ")] + item.get("synonyms", []):
            key = tokens(phrase)
            if key:
                phrases.setdefault(key, item["id"])
                sorted_keys.setdefault(tuple(sorted(key)), item["id"])
    rules = json.loads((root / "triage.json").read_text(encoding="utf-8"))
    longest = max((len(k) for k in phrases), default=1)
    becomes = {item["id"]: item["becomes"] for item in raw if item.get("becomes")}
    return Vocabulary(symptoms, phrases, sorted_keys, longest, rules, becomes)


class NothingRecognised(HealthqError):
    """No symptom could be read (exit code 1); carries what was read, for the JSON answer."""

    exit_code = 1

    def __init__(self, understood: list[dict], unrecognised: list[str]):
        super().__init__("no symptom recognised in what you typed; try plain words such as 'fever', 'tummy pain' or 'cough'")
        self.understood = understood
        self.unrecognised = unrecognised


@dataclass
class Report:
    triage: str
    triage_reason: str | None
    red_flags: list[dict]
    understood: list[dict]
    unrecognised: list[str]
    results: list[dict]

    def as_json(self) -> dict:
        return {
            "triage": self.triage,
            "triage_reason": self.triage_reason,
            "red_flags": self.red_flags,
            "understood": self.understood,
            "unrecognised": self.unrecognised,
            "results": [
                {
                    "id": r["id"],
                    "title": r["title"],
                    "score": r["score"],
                    "matched": [{"id": i, "name": n} for i, n in zip(r["matched"], r["matched_names"])],
                    "missing": [{"id": i, "name": n} for i, n in zip(r["missing"], r["missing_names"])],
                }
                for r in self.results
            ],
        }


def read_symptoms(vocab: Vocabulary, texts: list[str]) -> tuple[list[dict], list[str]]:
    """Each typed phrase to symptom ids. Returns (understood, unrecognised)."""
    understood: list[dict] = []
    unrecognised: list[str] = []
    for raw in texts:
        for chunk in re.split(r"[,;/\n]+|\.\s", raw):
            if not chunk.strip():
                continue
            _read_chunk(vocab, chunk, understood, unrecognised)
    return understood, unrecognised


def _read_chunk(vocab, chunk, understood, unrecognised):
    words = fold(chunk).replace("'", "").split()
    # keep negation words, drop filler
    kept = [w for w in words if w not in FILLER or w in NEGATION]
    matches: list[tuple[tuple[int, ...], str]] = []  # (positions in kept, symptom id)
    i = 0
    while i < len(kept):
        hit = None
        for n in range(min(vocab.longest, len(kept) - i), 0, -1):
            key = tuple(kept[i : i + n])
            if n == 1 and key[0] in NEGATION:
                continue
            sid = vocab.phrases.get(key) or (vocab.sorted_keys.get(tuple(sorted(key))) if n > 1 else None)
            if sid:
                hit = (n, sid)
                break
        if hit:
            n, sid = hit
            matches.append((tuple(range(i, i + n)), sid))
            i += n
        else:
            i += 1
    read = {k for positions, _sid in matches for k in positions}
    if any(w not in NEGATION and w not in QUIET for k, w in enumerate(kept) if k not in read):
        matches = _gapped(vocab, kept, matches)
    used = [False] * len(kept)
    for positions, sid in sorted(matches):
        start = positions[0]
        negated = any(w in NEGATION for w in kept[max(0, start - 2) : start])
        _add(vocab, understood, " ".join(kept[k] for k in positions), sid, negated)
        for k in positions:
            used[k] = True
    leftover_runs, run = [], []
    for w, u in zip(kept, used):
        if u or w in NEGATION:
            if run:
                leftover_runs.append(run)
            run = []
        else:
            run.append(w)
    if run:
        leftover_runs.append(run)
    for run in leftover_runs:
        text = DURATION.sub(" ", " ".join(run)).split()
        text = [w for w in text if not w.isdigit()]
        if not text or all(w in QUIET for w in text):
            continue
        phrase = " ".join(text)
        sid = _fuzzy(vocab, phrase)
        if sid:
            _add(vocab, understood, phrase, sid, False)
        elif len(text) > 1:
            for w in text:
                sid = _fuzzy(vocab, w) if len(w) >= 4 else None
                if sid:
                    _add(vocab, understood, w, sid, False)
                elif w not in QUIET:
                    unrecognised.append(w)
        else:
            unrecognised.append(phrase)


MAX_GAP = 2  # words a phrase may skip: "heavy [bright red] bleeding", "ring-shaped [itchy red] rash"


def _gapped(vocab, kept, matches):
    """Read phrases whose words are spread out, longest first, when words are left over.

    A phrase may skip up to MAX_GAP words (never a negation) and may take over words already read
    when it says more about them: it contains all of that reading's words, or it is a more
    specific form of that symptom ("ring-shaped rash" over "red rash").
    """
    owner = {k: m for m in matches for k in m[0]}
    for key, sid in vocab.gapped_keys():
        if len(key) > len(kept):
            continue
        found = _subsequence(kept, key)
        if not found:
            continue
        taken = {owner[k] for k in found if k in owner}
        if not any(k not in owner for k in found):
            continue  # nothing new
        if not all(set(m[0]) <= set(found) or m[1] in vocab.ancestors(sid) for m in taken):
            continue
        matches = [m for m in matches if m not in taken] + [(found, sid)]
        owner = {k: m for m in matches for k in m[0]}
    return matches


def _subsequence(kept, key):
    """Positions of key's words in kept, in order, skipping at most MAX_GAP words and no negation."""
    for start in (k for k, w in enumerate(kept) if w == key[0]):
        positions, k, gaps = [start], start, 0
        for word in key[1:]:
            nxt = next((j for j in range(k + 1, min(len(kept), k + 2 + MAX_GAP - gaps)) if kept[j] == word), None)
            if nxt is None or any(kept[j] in NEGATION for j in range(k + 1, nxt)):
                break
            gaps += nxt - k - 1
            positions.append(nxt)
            k = nxt
        else:
            return tuple(positions)
    return None


def _fuzzy(vocab, phrase: str) -> str | None:
    if len(phrase) < 4:
        return None
    from rapidfuzz import fuzz, process

    keys = list(vocab.phrases)
    choices = [" ".join(k) for k in keys]
    best = process.extractOne(phrase, choices, scorer=fuzz.ratio, score_cutoff=84)
    if best:
        return vocab.phrases[keys[best[2]]]
    return None


def _add(vocab, understood, text, sid, negated):
    if any(u["id"] == sid and u["negated"] == negated for u in understood):
        return
    understood.append({"text": text, "id": sid, "name": vocab.symptoms[sid].name, "negated": negated})


def _has(vocab, present: set[str], sid: str) -> bool:
    """A typed symptom satisfies a rule's symptom when it is that symptom or a more specific one."""
    return any(p == sid or sid in vocab.ancestors(p) for p in present)


def red_flags(vocab: Vocabulary, present: set[str]) -> list[dict]:
    flags = []
    for sid in sorted(present):
        sym = vocab.symptoms[sid]
        if sym.urgency == "emergency":
            flags.append({"id": sid, "symptoms": [sid], "reason": sym.reason or f"{sym.name} needs emergency care."})
    for rule in vocab.rules:
        if not all(_has(vocab, present, s) for s in rule.get("all", [])):
            continue
        if rule.get("any") and not any(_has(vocab, present, s) for s in rule["any"]):
            continue
        if not all(any(_has(vocab, present, s) for s in group) for group in rule.get("groups", [])):
            continue
        involved = sorted(s for s in present if any(s == r or r in vocab.ancestors(s) for r in rule.get("all", []) + rule.get("any", []) + [x for g in rule.get("groups", []) for x in g]))
        flags.append({"id": rule["id"], "symptoms": involved, "reason": rule["reason"], "level": rule.get("level", "emergency")})
    return flags


def check(store, texts: list[str], age: int | None = None, sex: str | None = None, limit: int = 5,
          vocab: Vocabulary | None = None) -> Report:
    vocab = vocab or load_vocabulary()
    understood, unrecognised = read_symptoms(vocab, texts)
    _in_context(vocab, understood)
    present = {u["id"] for u in understood if not u["negated"]}
    if not present:
        raise NothingRecognised(understood, unrecognised)
    flags, urgent = [], []  # emergency red flags; rules that only raise the level to urgent
    for flag in red_flags(vocab, present):
        (flags if flag.pop("level", "emergency") == "emergency" else urgent).append(flag)
    results = rank(store, vocab, present, age, sex, limit)
    triage, reason = _triage(vocab, present, flags, results)
    if urgent and LEVELS.index(triage) < LEVELS.index("urgent"):
        triage, reason = "urgent", urgent[0]["reason"]
    return Report(triage, reason, flags, understood, unrecognised, results)


def _in_context(vocab, understood: list[dict]) -> None:
    """Read symptoms in their context: heavy bleeding when pregnant is heavy bleeding in pregnancy."""
    context = {u["id"] for u in understood if not u["negated"] and vocab.symptoms[u["id"]].context}
    for u in understood:
        target = next((t for c, t in vocab.becomes.get(u["id"], {}).items() if c in context), None)
        if target:
            u["id"], u["name"] = target, vocab.symptoms[target].name


def _weight(vocab, sid):
    return SPECIFICITY.get(vocab.symptoms[sid].specificity, 1.0)


def rank(store, vocab: Vocabulary, present: set[str], age, sex, limit, explain: bool = True) -> list[dict]:
    """Conditions that fit, best first. With explain=False, skip working out the missing symptoms."""
    evidence = [s for s in present if not vocab.symptoms[s].context]
    total = sum(_weight(vocab, s) for s in evidence) or 1.0
    # which condition symptoms count for each typed symptom, and how much
    credit: dict[str, dict[str, float]] = {}
    for s in evidence:
        credit[s] = {s: 1.0}
        for a in vocab.ancestors(s):
            credit[s].setdefault(a, 0.7)
        for d in vocab.descendants(s):
            credit[s].setdefault(d, 0.6)
    lookup = sorted({c for m in credit.values() for c in m})
    per_condition: dict[int, dict[str, float]] = {}
    for idx, sid, freq in store.conditions_with(lookup):
        factor = 1.0 if freq == "common" else 0.75
        for s, m in credit.items():
            if sid in m:
                value = m[sid] * factor
                cur = per_condition.setdefault(idx, {})
                if value > cur.get(s, 0):
                    cur[s] = value
    facts = store.condition_facts(list(per_condition))
    pregnant = "pregnant" in present
    # pregnant or just delivered: the conditions of pregnancy and birth come first when evidence is close
    obstetric = pregnant or "given-birth" in present
    scored = []
    for idx, explained in per_condition.items():
        _i, cid, title, triage, prevalence, csex, age_min, age_max, _n, category = facts[idx]
        if sex and csex in ("female", "male") and csex != sex:
            continue
        if pregnant and csex == "male":
            continue
        gained = sum(_weight(vocab, s) * v for s, v in explained.items())
        raw = gained + PRIOR.get(prevalence, 0.2) + (PREGNANCY_BOOST if obstetric and category == "pregnancy" else 0.0)
        if age is not None and ((age_min is not None and age < age_min) or (age_max is not None and age > age_max)):
            raw *= 0.3
        scored.append((raw, gained, idx, cid, title, triage, sorted(explained)))
    scored.sort(key=lambda r: (-r[0], r[3]))
    results = []
    for raw, gained, idx, cid, title, triage, matched in scored[:limit]:
        typical = [s for s, f in store.symptoms_of(idx) if f == "common"] if explain else []
        covered = {c for s in matched for c in credit[s]}
        missing = [s for s in typical if s not in covered and s in vocab.symptoms]
        results.append({
            "id": cid, "title": title, "score": int(round(100 * min(gained / total, 1.0))), "raw": raw,
            "triage": triage, "matched": matched, "matched_names": [vocab.symptoms[s].name for s in matched],
            "missing": missing, "missing_names": [vocab.symptoms[s].name for s in missing],
        })
    return results


def _triage(vocab, present, flags, results) -> tuple[str, str | None]:
    if flags:
        return "emergency", flags[0]["reason"]
    level, reason = "self-care", None
    for s in present:
        sym = vocab.symptoms[s]
        if sym.urgency and LEVELS.index(sym.urgency) > LEVELS.index(level):
            level, reason = sym.urgency, f"{sym.name[0].upper()}{sym.name[1:]} should be checked by a doctor today."
    if results:
        top = results[0]
        if top["score"] >= 40 and LEVELS.index(top["triage"]) > LEVELS.index(level):
            level, reason = top["triage"], f"The best fit, {top['title']}, usually needs this level of care."
        for r in results[1:3]:
            if r["triage"] == "emergency" and r["raw"] >= 0.9 * top["raw"] and len(r["matched"]) >= 2:
                level, reason = "emergency", f"Your symptoms also fit {r['title']}, which needs emergency care."
                break
    elif level == "self-care":
        level = "routine"
    return level, reason
