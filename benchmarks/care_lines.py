"""Does `check` read the articles' own care lines at their level?

    python benchmarks/care_lines.py [--verbose] [--level emergency|urgent|routine] [--json OUT]

Every condition's `when_to_seek_care` lists the signs its sources give for each level ("You suddenly
lose some or all of the sight in one eye: call the emergency number now."). The sign is the part
before the colon. This runs `check` on each sign as if someone had typed it and prints how many of
the emergency lines come out as emergencies, how many urgent lines come out at least urgent, and
(the other side) how many routine lines are sent to emergency. `--verbose` lists the lines below
their level.

This is a coverage figure, not an accuracy figure: the lines are written in the articles' words, by
the same project, and red flags are written from the same sources, so a gap here is a kind of sign
the red-flag list lacks, and a line read here says nothing about how people word it. The blind sets
in benchmarks/blind/ are the measure of that.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

LEVELS = ["self-care", "routine", "urgent", "emergency"]


def lines(data: Path):
    for path in sorted((data / "conditions").glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        for level, items in entry.get("when_to_seek_care", {}).items():
            for line in items:
                yield entry["id"], level, line.split(":", 1)[0].strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list the lines read below their level")
    ap.add_argument("--level", choices=("emergency", "urgent", "routine"), help="only the lines of this level")
    ap.add_argument("--json", metavar="OUT", help="write every line and the level it got to OUT")
    args = ap.parse_args()
    os.environ.setdefault("HEALTHQ_CACHE_DIR", tempfile.mkdtemp(prefix="hq-care-"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from healthq.check import check, load_vocabulary
    from healthq.errors import HealthqError
    from healthq.store import bundled_dir, open_store

    store, vocab = open_store(None), load_vocabulary()
    counts: Counter = Counter()
    rows = []
    for cid, level, sign in lines(Path(bundled_dir())):
        if args.level and level != args.level:
            continue
        try:
            got = check(store, [sign], vocab=vocab, limit=3).triage
        except HealthqError:
            got = "nothing read"
        rank = LEVELS.index(got) if got in LEVELS else -1
        counts[f"n_{level}"] += 1
        counts[f"emergency_{level}"] += got == "emergency"
        counts[f"urgent_{level}"] += rank >= LEVELS.index("urgent")
        rows.append({"condition": cid, "level": level, "sign": sign, "got": got})
        low = level in ("emergency", "urgent") and rank < LEVELS.index(level)
        if args.verbose and low:
            print(f"  {level} line read {got}: {cid}: {sign}")
    if counts["n_emergency"]:
        print(f"emergency lines read as emergency: {counts['emergency_emergency']}/{counts['n_emergency']}"
              f" (at least urgent: {counts['urgent_emergency']})")
    if counts["n_urgent"]:
        print(f"urgent lines read at least urgent: {counts['urgent_urgent']}/{counts['n_urgent']}"
              f" (as emergency: {counts['emergency_urgent']})")
    if counts["n_routine"]:
        print(f"routine lines sent to emergency: {counts['emergency_routine']}/{counts['n_routine']}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
