"""Start-up of healthq against the floor of its own libraries, as ratios measured in the same run.

    python benchmarks/startup.py [--runs 15]

The floor is `python -c "import typer, rich.console, rapidfuzz.process"` in the same environment;
`--version` is compared with a bare `python -c pass`. Prints a Markdown table.

healthq's own modules are compiled to bytecode first, as pip does when it installs a wheel: the
libraries of the floor already have theirs, and with PYTHONDONTWRITEBYTECODE set (or an editable
install that never wrote it) every run would otherwise compile healthq's source again (about 60 ms).
"""

from __future__ import annotations

import argparse
import sys

from _measure import HEALTHQ, measure, table

COMMANDS = [
    ["causes", "recurrent miscarriage"],
    ["search", "pcos"],
    ["check", "fever", "cough"],
    ["check", "my chest hurts and its going into my arm, sweating"],
    ["check", "--json", "fever", "cough"],
    ["list", "--json"],
    ["causes", "--json", "recurrent miscarriage"],
]


def _compile_healthq() -> None:
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("healthq")
    if spec and spec.origin:
        from pathlib import Path

        compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)


def main() -> None:
    _compile_healthq()
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
