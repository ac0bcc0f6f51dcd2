"""How many topic names from a reference list healthq finds, and how.

    python benchmarks/reference_coverage.py LIST [--show missing|fuzzy|all]

LIST is a text file with one topic name per line (lines starting with # are skipped), for example
a list of the disease topics of a consumer health encyclopedia. For each name, healthq's search
answers with an exact title or alias (score 100), a fuzzy match, or nothing. Prints the counts and
the names asked for. The list itself is not part of healthq.
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
    from healthq.search import search
    from healthq.store import open_store

    store = open_store(None)
    names = [ln.strip() for ln in args.list.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    exact, fuzzy, missing = [], [], []
    for name in names:
        hits = search(store, name, limit=1)
        if not hits:
            missing.append(name)
        elif hits[0].score >= 100:
            exact.append((name, hits[0].id))
        else:
            fuzzy.append((name, hits[0].id, hits[0].score))
    n = len(names)
    print(f"names: {n}")
    print(f"exact title or alias: {len(exact)} ({len(exact) / n:.0%})")
    print(f"fuzzy match only: {len(fuzzy)} ({len(fuzzy) / n:.0%})")
    print(f"no match: {len(missing)} ({len(missing) / n:.0%})")
    if args.show in ("fuzzy", "all"):
        for name, cid, score in fuzzy:
            print(f"fuzzy\t{score}\t{name}\t-> {cid}")
    if args.show in ("missing", "all"):
        for name in missing:
            print(f"missing\t{name}")
    if args.show == "all":
        for name, cid in exact:
            print(f"exact\t{name}\t-> {cid}")


if __name__ == "__main__":
    main()
