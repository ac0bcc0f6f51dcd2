"""How many topic names from a reference list healthq finds, and how.

    python benchmarks/reference_coverage.py LIST [--show missing|fuzzy|all]

LIST is a text file with one topic name per line (lines starting with # are skipped), for example
a list of the disease topics of a consumer health encyclopedia. Each name is looked up as
`healthq causes NAME` would: answered by an exact title or alias, answered by a close fuzzy match
(a typo, a plural), answered with a "not sure" note, asked back because several conditions fit, or
not answered. Prints the counts and the names asked for. The list itself is not part of healthq.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("list", type=Path)
    parser.add_argument("--show", choices=("missing", "fuzzy", "all"), default="missing")
    args = parser.parse_args()
    os.environ.setdefault("HEALTHQ_CACHE_DIR", tempfile.mkdtemp(prefix="healthq-cov-"))
    from healthq.search import resolve
    from healthq.store import open_store

    store = open_store(None)
    names = [ln.strip() for ln in args.list.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    kinds: dict[str, list[str]] = {"exact": [], "fuzzy": [], "unsure": [], "asked": [], "missing": []}
    for name in names:
        res = resolve(store, name)
        if res.match is None:
            kind, shown = ("asked" if res.ambiguous else "missing"), ", ".join(m.id for m in res.others)
        else:
            kind = "exact" if res.match.exact else ("unsure" if "not sure" in (res.note or "") else "fuzzy")
            shown = f"{res.match.id} ({res.match.score}, via '{res.match.matched}')"
        kinds[kind].append(f"{name}\t-> {shown}")
    n = len(names)
    labels = {
        "exact": "answered, exact title or alias", "fuzzy": "answered, close fuzzy match",
        "unsure": "answered with a 'not sure' note", "asked": "asked back (several fit)", "missing": "not answered",
    }
    print(f"names: {n}")
    for kind, label in labels.items():
        print(f"{label}: {len(kinds[kind])} ({len(kinds[kind]) / n:.0%})")
    show = {"missing": ["missing"], "fuzzy": ["fuzzy", "unsure", "asked"], "all": list(labels)}[args.show]
    for kind in show:
        for line in kinds[kind]:
            print(f"{kind}\t{line}")


if __name__ == "__main__":
    main()
