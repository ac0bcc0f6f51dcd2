"""Shared helpers: run a command N times as a real process; median wall time and peak RSS."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
HEALTHQ = str(BIN / "healthq")


def measure(argv: list[str], runs: int, env: dict | None = None) -> tuple[float, float]:
    """Median wall seconds and median peak RSS (MiB) of `argv` over `runs` runs (after one warm-up)."""
    wall, _cpu, rss = measure_cpu(argv, runs, env)
    return wall, rss


def measure_cpu(argv: list[str], runs: int, env: dict | None = None) -> tuple[float, float, float]:
    """Median wall seconds, median CPU seconds (user + system) and median peak RSS (MiB) of `argv`
    over `runs` runs (after one warm-up). CPU time moves far less than wall time on a shared machine."""
    full = dict(os.environ)
    full.update(env or {})
    times, cpu, rss = [], [], []
    for n in range(runs + 1):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=full)
        _pid, _status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if n:  # the first run warms the OS file cache and healthq's index cache
            times.append(elapsed)
            cpu.append(usage.ru_utime + usage.ru_stime)
            rss.append(usage.ru_maxrss / 1024)
    return statistics.median(times), statistics.median(cpu), statistics.median(rss)


def table(rows: list[tuple[str, float, float, float, float]]) -> str:
    out = ["| command | median ms | ratio to floor | peak MiB | ratio to floor |", "|---|---:|---:|---:|---:|"]
    for name, ms, ratio, mib, mratio in rows:
        out.append(f"| `{name}` | {ms:.0f} | {ratio:.2f} | {mib:.0f} | {mratio:.2f} |")
    return "\n".join(out)
