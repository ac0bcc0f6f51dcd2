"""How often healthq shows its crisis message when it should, and when it should not.

    python benchmarks/crisis_accuracy.py [--verbose] FILE ...

A case is {"command": "check" | "search" | ..., "text": "what was typed", "crisis": true | false}.
Every command runs the same readers over the words typed before anything else (`_entry._crisis_first`,
`crisis.crisis_reader`), so each case is read exactly as that command gets it. Prints, per file
and in total, the crisis cases that got the message (the phrases, or the word model when it is sure:
recall) and the other cases that got
it anyway, then the same for the message or the word model's question (crisis.ASK); `--verbose` lists
each miss of the two together. The blind sets in benchmarks/blind/ are the honest measure.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def run(cases: list[dict], verbose: bool, label: str) -> Counter:
    from healthq.crisis import crisis_reader

    c = Counter()
    for case in cases:
        reader = crisis_reader(case["text"])
        shown = reader in ("phrases", "sure")
        want = bool(case["crisis"])
        kind = "yes" if want else "no"
        c[f"n_{kind}"] += 1
        c[f"shown_{kind}"] += shown
        c[f"either_{kind}"] += reader is not None
        c[f"n_{kind}_{case.get('command', 'check')}"] += 1
        c[f"shown_{kind}_{case.get('command', 'check')}"] += shown
        if verbose and (reader is not None) != want:
            what = "MISSED CRISIS" if want else "shown needlessly"
            print(f"  {what} {case.get('id', '')} ({case.get('command', 'check')}): {case['text']!r}")
    _report(c, label)
    return c


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.0%}" if b else "n/a"


def _report(c: Counter, label: str) -> None:
    print(f"== {label}: {c['n_yes'] + c['n_no']} cases")
    print(f"  crisis cases that got the message: {_pct(c['shown_yes'], c['n_yes'])}")
    print(f"  other cases that got it anyway: {_pct(c['shown_no'], c['n_no'])}")
    print(f"  crisis cases that got the message or the question: {_pct(c['either_yes'], c['n_yes'])}")
    print(f"  other cases that got either anyway: {_pct(c['either_no'], c['n_no'])}")
    commands = sorted({k.split('_', 2)[2] for k in c if k.startswith(('n_yes_', 'n_no_'))})
    for command in commands:
        print(f"    {command}: crisis {_pct(c[f'shown_yes_{command}'], c[f'n_yes_{command}'])}, "
              f"other {_pct(c[f'shown_no_{command}'], c[f'n_no_{command}'])}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    total = Counter()
    for path in args.files:
        total += run(json.loads(path.read_text(encoding="utf-8")), args.verbose, path.name)
    if len(args.files) > 1:
        _report(total, "all files")


if __name__ == "__main__":
    main()
