"""Start-up of healthq against the floor of its own libraries, as ratios measured in the same run.

    python benchmarks/startup.py [--runs 15]

The floor is `python -c "import typer, rich.console, rapidfuzz.process"` in the same environment,
measured again just before each command; wall and CPU (user + system) time are both shown, as CPU
time moves far less on a shared machine;
`--version` is compared with a bare `python -c pass`. Prints a Markdown table.

healthq's own modules are compiled to bytecode first, as pip does when it installs a wheel: the
libraries of the floor already have theirs, and with PYTHONDONTWRITEBYTECODE set (or an editable
install that never wrote it) every run would otherwise compile healthq's source again (about 60 ms).
"""

from __future__ import annotations

import argparse
import sys

from _measure import HEALTHQ, measure, measure_cpu

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
    floor = [sys.executable, "-c", "import typer, rich.console, rapidfuzz.process"]
    floor_t, floor_c, floor_m = measure_cpu(floor, args.runs)
    bare_t, bare_m = measure([sys.executable, "-c", "pass"], args.runs)
    print("| command | median ms wall | ratio to floor | median ms CPU | ratio to floor | peak MiB | ratio to floor |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(f"| `python -c 'import typer, rich.console, rapidfuzz.process'` (floor) | {floor_t * 1000:.0f} | 1.00 "
          f"| {floor_c * 1000:.0f} | 1.00 | {floor_m:.0f} | 1.00 |")
    for argv in COMMANDS:
        # the floor again just before each command, so that both see the same load
        floor_t, floor_c, floor_m = measure_cpu(floor, args.runs)
        t, c, m = measure_cpu([HEALTHQ, *argv], args.runs)
        print(f"| `healthq {' '.join(argv)}` | {t * 1000:.0f} | {t / floor_t:.2f} | {c * 1000:.0f} | {c / floor_c:.2f} "
              f"| {m:.0f} | {m / floor_m:.2f} |", flush=True)
    t, m = measure([HEALTHQ, "--version"], args.runs)
    print()
    print(f"`healthq --version`: {t * 1000:.0f} ms, {t / bare_t:.2f} x a bare `python -c pass` ({bare_t * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
