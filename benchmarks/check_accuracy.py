"""Accuracy of `healthq check` on case sets.

    python benchmarks/check_accuracy.py [--verbose] [--cases FILE ...]

A case is {"text": "what the person typed"} (one description, as `healthq check TEXT` gets it) or
{"symptoms": ["phrase", ...]} (the older hand-written cases), with optional "age" (years, or a
string such as "6w", "9m", "18mo" as `--age` takes it) and "sex", the expected "triage" level
(emergency, urgent, routine, self-care) and "condition" (an id, or null when none fits).

Prints, per file and in total: top-1/top-3 where the condition is in the dataset, triage exact,
emergency recall, urgent cases sent to emergency or urgent care, routine and self-care cases sent
to emergency, and every under-triaged emergency. The blind sets in benchmarks/blind/ are the honest
measure; benchmarks/check_cases.json was written alongside the code.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEVELS = ["self-care", "routine", "urgent", "emergency"]


def _age(value):
    """The age as check() takes it: through healthq's own --age reader when there is one."""
    if value is None or str(value).strip() == "":  # "" : the case does not give an age
        return None
    try:
        from healthq.check import parse_age
    except ImportError:  # older healthq: whole years only
        text = str(value).strip().lower()
        for unit, per_year in (("mo", 12), ("m", 12), ("w", 52), ("d", 365)):
            if text.endswith(unit):
                return int(float(text[: -len(unit)]) / per_year)
        return int(float(text))
    return parse_age(str(value))


def run(store, cases, verbose: bool, label: str) -> Counter:
    from healthq.check import check
    from healthq.errors import HealthqError

    known = {row["id"] for row in store.summaries()}
    c = Counter()
    for case in cases:
        words = [case["text"]] if "text" in case else case["symptoms"]
        try:
            report = check(store, words, age=_age(case.get("age")), sex=case.get("sex") or None, limit=10)
            ranked, level = [r["id"] for r in report.results], report.triage
        except HealthqError:  # nothing recognised: no answer at all
            ranked, level = [], "nothing"
        want = case["triage"]
        c["n"] += 1
        c["triage_ok"] += level == want
        if case.get("condition") in known:
            c["with_condition"] += 1
            c["top1"] += case["condition"] in ranked[:1]
            c["top3"] += case["condition"] in ranked[:3]
        c[f"n_{want}"] += 1
        if want == "emergency":
            c["emerg_ok"] += level == "emergency"
            if level != "emergency":
                print(f"UNDER-TRIAGED EMERGENCY {case.get('id', '')}: {' | '.join(words)!r} -> {level}")
        elif want == "urgent":
            c["urgent_ok"] += level in ("emergency", "urgent")
            if level not in ("emergency", "urgent"):
                print(f"under-triaged urgent {case.get('id', '')}: {' | '.join(words)!r} -> {level}")
        else:
            c["low_to_emerg"] += level == "emergency"
        if verbose and level != want:
            print(f"  triage {case.get('id', '')}: {' | '.join(words)!r} expected {want} got {level}")
        if verbose and case.get("condition") in known and case["condition"] not in ranked[:3]:
            print(f"  rank {case.get('id', '')}: {' | '.join(words)!r} expected {case['condition']} got {ranked[:3]}")
    _report(c, label)
    return c


def _pct(a, b):
    return f"{a}/{b} = {a / b:.0%}" if b else "n/a"


def _report(c: Counter, label: str) -> None:
    low = c["n_routine"] + c["n_self-care"]
    print(f"== {label}: {c['n']} cases")
    print(f"  condition in top 1: {_pct(c['top1'], c['with_condition'])}; in top 3: {_pct(c['top3'], c['with_condition'])}")
    print(f"  triage exactly right: {_pct(c['triage_ok'], c['n'])}")
    print(f"  emergencies triaged emergency: {_pct(c['emerg_ok'], c['n_emergency'])}")
    print(f"  urgent cases sent to urgent or emergency care: {_pct(c['urgent_ok'], c['n_urgent'])}")
    print(f"  routine and self-care cases sent to emergency: {_pct(c['low_to_emerg'], low)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--cases", type=Path, nargs="+", default=[HERE / "check_cases.json"], help="JSON files of cases (default: %(default)s)")
    args = parser.parse_args()
    os.environ.setdefault("HEALTHQ_CACHE_DIR", tempfile.mkdtemp(prefix="healthq-acc-"))
    from healthq.store import open_store

    store = open_store(None)
    total = Counter()
    for path in args.cases:
        total += run(store, json.loads(path.read_text(encoding="utf-8")), args.verbose, path.name)
    if len(args.cases) > 1:
        _report(total, "all files")


if __name__ == "__main__":
    main()
