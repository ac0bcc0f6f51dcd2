"""healthq at 1,000, 10,000 and 100,000 extra conditions, as ratios against the bundled data alone.

    python benchmarks/scale.py [--runs 7] [--sizes 1000 10000 100000]

Each synthetic file is generated once (benchmarks/out/, git-ignored) and added with --data.
The first run of each size builds healthq's index cache and is timed separately ("index build").
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _measure import HEALTHQ, measure

HERE = Path(__file__).resolve().parent
QUERIES = {
    "causes": ["causes", "recurrent miscarriage"],
    "search": ["search", "pcos"],
    "check": ["check", "fever", "cough"],
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    args = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="healthq-bench-cache-")
    env = {"HEALTHQ_CACHE_DIR": cache}
    base = {name: measure([HEALTHQ, *argv], args.runs, env) for name, argv in QUERIES.items()}
    print("| conditions added | index build s | " + " | ".join(f"{n} ms (ratio)" for n in QUERIES) + " | peak MiB (max) |")
    print("|---:|---:|" + "---:|" * len(QUERIES) + "---:|")
    print("| 0 (bundled) | - | " + " | ".join(f"{base[n][0] * 1000:.0f} (1.00)" for n in QUERIES) + f" | {max(m for _t, m in base.values()):.0f} |")
    for size in args.sizes:
        path = HERE / "out" / f"synthetic-{size}.json"
        if not path.exists():
            subprocess.run([sys.executable, str(HERE / "gen_synthetic.py"), str(size), str(path)], check=True, stdout=subprocess.DEVNULL)
        full_env = dict(os.environ, **env)
        start = time.perf_counter()
        proc = subprocess.run([HEALTHQ, "search", "--data", str(path), "pcos"], env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if "Warning" in proc.stderr or "Error: " in proc.stderr and "no match" not in proc.stderr:
            sys.exit(f"healthq failed on {path}: {proc.stderr.strip()}")
        build = time.perf_counter() - start
        cells, peak = [], 0.0
        for name, argv in QUERIES.items():
            t, m = measure([HEALTHQ, argv[0], "--data", str(path), *argv[1:]], args.runs, env)
            cells.append(f"{t * 1000:.0f} ({t / base[name][0]:.2f})")
            peak = max(peak, m)
        print(f"| {size:,} | {build:.1f} | " + " | ".join(cells) + f" | {peak:.0f} |")


if __name__ == "__main__":
    main()
