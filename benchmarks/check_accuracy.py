"""Accuracy of `healthq check` on hand-written textbook cases (benchmarks/check_cases.json).

    python benchmarks/check_accuracy.py [--verbose]

Prints top-1, top-3 and top-10 accuracy, triage accuracy, emergency recall and any under-triaged
emergency. Cases name the condition a clinician would expect first and the right level of care
(NHS advice): emergency, urgent (same day), routine (book an appointment), self-care.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path
import os

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--cases", type=Path, default=HERE / "check_cases.json", help="a JSON file of cases (default: %(default)s)")
    args = parser.parse_args()
    os.environ.setdefault("HEALTHQ_CACHE_DIR", tempfile.mkdtemp(prefix="healthq-acc-"))
    from healthq.check import check
    from healthq.errors import HealthqError
    from healthq.store import open_store

    store = open_store(None)
    cases = json.loads(args.cases.read_text(encoding="utf-8"))
    known = {row["id"] for row in store.summaries()}
    hits = Counter()
    triage_ok = 0
    emergencies = under = 0
    confusion = Counter()
    skipped = 0
    for case in cases:
        if case["condition"] not in known:
            skipped += 1
            continue
        try:
            report = check(store, case["symptoms"], age=case.get("age"), sex=case.get("sex"), limit=10)
            ranked, level = [r["id"] for r in report.results], report.triage
        except HealthqError:  # nothing recognised: a miss, and no triage at all
            ranked, level = [], "nothing recognised"
        for k in (1, 3, 10):
            hits[k] += case["condition"] in ranked[:k]
        triage_ok += level == case["triage"]
        confusion[(case["triage"], level)] += 1
        if case["triage"] == "emergency":
            emergencies += 1
            if level != "emergency":
                under += 1
                print(f"UNDER-TRIAGED: {case['symptoms']} -> {level}")
        if args.verbose and (case["condition"] not in ranked[:3] or level != case["triage"]):
            print(f"miss: {case['symptoms']} expected {case['condition']}/{case['triage']} got {ranked[:3]}/{level}")
    n = len(cases) - skipped
    print(f"cases: {n} (skipped {skipped} whose condition is not in the dataset)")
    for k in (1, 3, 10):
        print(f"top-{k}: {hits[k]}/{n} = {hits[k] / n:.0%}")
    print(f"triage: {triage_ok}/{n} = {triage_ok / n:.0%}")
    print(f"emergency recall: {emergencies - under}/{emergencies} = {(emergencies - under) / max(emergencies, 1):.0%}")
    print("triage confusion (expected -> got): " + ", ".join(f"{a}->{b}: {c}" for (a, b), c in sorted(confusion.items()) if a != b))


if __name__ == "__main__":
    main()
