"""healthq at 1,000, 10,000 and 100,000 extra conditions, as ratios against the bundled data alone.

    python benchmarks/scale.py [--runs 7] [--sizes 1000 10000 100000]

Each synthetic file is generated once (benchmarks/out/, git-ignored) and added with --data.
The first run of each size builds healthq's index cache and is timed separately ("index build").

Every figure is a median over `runs` runs of wall time and of CPU time (user + system of the
process): on a shared machine the wall time grows with the load, the CPU time much less, so read
the CPU columns when the two disagree. healthq's own modules are compiled to bytecode first, as a
wheel install does (see startup.py): otherwise each run would compile them again, about 60 ms on
every command, which hides part of the difference between the bundled data and a large file.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _measure import HEALTHQ

HERE = Path(__file__).resolve().parent
QUERIES = {
    "causes": ["causes", "recurrent miscarriage"],
    "search": ["search", "pcos"],
    "check": ["check", "fever", "cough"],
}


def _compile_healthq() -> None:
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("healthq")
    if spec and spec.origin:
        compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)


def run_once(argv: list[str], env: dict) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds (user + system), peak RSS (MiB) and stderr of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = proc.stderr.read().decode("utf-8", "replace")
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.stderr.close()
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, err


def measure(argv: list[str], runs: int, env: dict) -> tuple[float, float, float]:
    """Median wall seconds, median CPU seconds and median peak RSS (MiB) over `runs` runs, after one warm-up."""
    results = [run_once(argv, env) for _ in range(runs + 1)][1:]
    return tuple(statistics.median(r[k] for r in results) for k in range(3))  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    args = parser.parse_args()
    _compile_healthq()
    cache = tempfile.mkdtemp(prefix="healthq-bench-cache-")
    env = dict(os.environ, HEALTHQ_CACHE_DIR=cache)
    base = {name: measure([HEALTHQ, *argv], args.runs, env) for name, argv in QUERIES.items()}
    print("| conditions added | index build s (wall, CPU) | " + " | ".join(f"{n} ms wall (ratio), CPU (ratio)" for n in QUERIES) + " | peak MiB (max) |")
    print("|---:|---:|" + "---:|" * len(QUERIES) + "---:|")
    cells = [f"{w * 1000:.0f} (1.00), {c * 1000:.0f} (1.00)" for w, c, _m in base.values()]
    print("| 0 (bundled) | - | " + " | ".join(cells) + f" | {max(m for _w, _c, m in base.values()):.0f} |")
    for size in args.sizes:
        path = HERE / "out" / f"synthetic-{size}.json"
        if not path.exists():
            subprocess.run([sys.executable, str(HERE / "gen_synthetic.py"), str(size), str(path)], check=True, stdout=subprocess.DEVNULL)
        wall, cpu, _rss, err = run_once([HEALTHQ, "search", "--data", str(path), "pcos"], env)
        if "Warning" in err or "Error: " in err and "no match" not in err:
            sys.exit(f"healthq failed on {path}: {err.strip()}")
        cells, peak = [], 0.0
        for name, argv in QUERIES.items():
            w, c, m = measure([HEALTHQ, argv[0], "--data", str(path), *argv[1:]], args.runs, env)
            bw, bc, _bm = base[name]
            cells.append(f"{w * 1000:.0f} ({w / bw:.2f}), {c * 1000:.0f} ({c / bc:.2f})")
            peak = max(peak, m)
        print(f"| {size:,} | {wall:.1f}, {cpu:.1f} | " + " | ".join(cells) + f" | {peak:.0f} |", flush=True)


if __name__ == "__main__":
    main()
