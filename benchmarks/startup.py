"""Start-up of healthq against the floor of its own libraries, as ratios measured in the same run.

    python benchmarks/startup.py [--runs 15]

The floor is `python -c "import typer, rich.console, rapidfuzz.process"` in the same environment;
`--version` is compared with a bare `python -c pass`. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import sys

from _measure import HEALTHQ, measure, table

COMMANDS = [
    ["causes", "recurrent miscarriage"],
    ["search", "pcos"],
    ["check", "fever", "cough"],
    ["list", "--json"],
    ["causes", "--json", "recurrent miscarriage"],
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    floor_t, floor_m = measure([sys.executable, "-c", "import typer, rich.console, rapidfuzz.process"], args.runs)
    bare_t, bare_m = measure([sys.executable, "-c", "pass"], args.runs)
    rows = [("python -c 'import typer, rich.console, rapidfuzz.process' (floor)", floor_t * 1000, 1.0, floor_m, 1.0)]
    for argv in COMMANDS:
        t, m = measure([HEALTHQ, *argv], args.runs)
        rows.append(("healthq " + " ".join(argv), t * 1000, t / floor_t, m, m / floor_m))
    t, m = measure([HEALTHQ, "--version"], args.runs)
    print(table(rows))
    print()
    print(f"`healthq --version`: {t * 1000:.0f} ms, {t / bare_t:.2f} x a bare `python -c pass` ({bare_t * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
