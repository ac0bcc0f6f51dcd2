"""How well healthq finds the condition (and the section) a person means, on blind query sets.

    python benchmarks/search_accuracy.py [--verbose] FILE...

Each FILE is a JSON array of {"id", "query", "condition" (id or null), "section", "kind"} written
by someone who had not seen healthq's names or aliases (benchmarks/blind/). For every query this
asks healthq what a bare question would answer (`healthq ask QUERY`): which condition, which
section, and whether it said it was unsure. It prints:

- top-1: the condition answered is the one expected, among queries whose condition is in the data;
- intent: the section chosen is the one expected (where the query names a section); when a set's
  writer gave a second section that would answer about as well ("alt", from set 12 on), a second
  line counts either, beside the strict figure;
- answered-when-missing: queries whose condition is not in the data (or that are a symptom, not a
  condition) answered with a condition and no note of doubt, the error a user cannot see.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import Counter
from pathlib import Path


# Later sets name the same things differently: "article" is a bare name (healthq shows the whole
# article), "check" is a symptom query, "other" is the second condition of a comparison.
_SECTION_NAMES = {"article": "show", "check": "symptom"}


def _normalise(case: dict) -> dict:
    case = dict(case)
    case["section"] = _SECTION_NAMES.get(case.get("section"), case.get("section"))
    if "alt" in case:
        case["alt"] = _SECTION_NAMES.get(case["alt"], case["alt"])
    if "other" in case and "compare_with" not in case:
        case["compare_with"] = case["other"]
    return case


def run(path_list: list[Path], verbose: bool) -> None:
    os.environ.setdefault("HEALTHQ_CACHE_DIR", tempfile.mkdtemp(prefix="healthq-sacc-"))
    from healthq.errors import HealthqError
    from healthq.store import open_store

    try:
        from healthq.search import answer  # the question reader (intent + condition), when present
    except ImportError:
        answer = None
    from healthq.search import resolve

    store = open_store(None)
    known = {row["id"] for row in store.summaries()}
    cases = [_normalise(c) for p in path_list for c in json.loads(p.read_text(encoding="utf-8"))]
    top1 = have = 0
    intent_ok = intent_n = alt_ok = 0
    missing = missing_sure = 0
    by_kind: Counter = Counter()
    kind_n: Counter = Counter()
    for case in cases:
        expected = case.get("condition")
        wanted = {expected, case.get("compare_with")} - {None}
        section = None
        try:
            if answer is not None:
                got = answer(store, case["query"])
                match, note, section = got.match, got.note, got.section
            else:
                res = resolve(store, case["query"])
                match, note = res.match, res.note
        except HealthqError:
            match, note = None, None
        got_id = match.id if match is not None else None
        if expected in known:
            have += 1
            kind_n[case["kind"]] += 1
            ok = got_id in wanted
            top1 += ok
            by_kind[case["kind"]] += ok
            if verbose and not ok:
                print(f"miss  {case['id']}: {case['query']!r} expected {expected} got {got_id} {'(note)' if note else ''}")
        elif expected is None:
            missing += 1
            if got_id is not None and not note:
                missing_sure += 1
                if verbose:
                    print(f"sure  {case['id']}: {case['query']!r} expected none, answered {got_id} without a note")
        if case.get("section") not in (None, "compare", "symptom"):
            intent_n += 1
            right = section == case["section"] or (section is None and case["section"] == "show" and answer is None)
            intent_ok += right
            alt_ok += right or (section is not None and section == case.get("alt"))
            if verbose and answer is not None and section != case["section"]:
                print(f"intent {case['id']}: {case['query']!r} expected {case['section']} got {section}")
    print(f"queries: {len(cases)} ({have} whose condition is in the data, {missing} with none)")
    print(f"top-1: {top1}/{have} = {top1 / max(have, 1):.0%}")
    for kind in sorted(kind_n):
        print(f"  {kind}: {by_kind[kind]}/{kind_n[kind]}")
    label = "" if answer is not None else " (no intent reading: only bare names count as right)"
    print(f"section intent: {intent_ok}/{intent_n} = {intent_ok / max(intent_n, 1):.0%}{label}")
    if any("alt" in case for case in cases):
        print(f"  or the writer's second section (alt): {alt_ok}/{intent_n} = {alt_ok / max(intent_n, 1):.0%}")
    print(f"answered without a note when the data has no such condition: {missing_sure}/{missing} = {missing_sure / max(missing, 1):.0%}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    run(args.files, args.verbose)


if __name__ == "__main__":
    main()
