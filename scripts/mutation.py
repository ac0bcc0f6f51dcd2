"""Mutation testing for healthq's core modules: small deliberate bugs, one at a time; a test must fail for each.

    pip install -e '.[test,mutation]'
    python scripts/mutation.py                       # 15 sampled mutants per module, targeted tests
    python scripts/mutation.py --sample 40 --seed 7  # a bigger or another sample
    python scripts/mutation.py --full                # the whole suite per mutant (~4 minutes each)
    python scripts/mutation.py --only check --list   # show the sample without running it
    python scripts/mutation.py --show ID             # the diff of one mutant

Not part of CI: it takes a long time, and a surviving mutant is a question for a person (a missing
test, or a change that makes no difference), not a build failure.

How it works. cosmic-ray (the [mutation] extra) finds every place in a module where one of the
operators below applies. Places, not mutants, are sampled (with a fixed seed), and one operator is
drawn for each place, so a line with many possible replacements does not crowd out the rest. Each
mutant is applied to a copy of the repository (src/, tests/, data/, benchmarks/) in a temporary
directory, never to the working tree, and the module's tests run there with PYTHONPATH pointing
at the copy, so commands started by the tests run the mutant too. A mutant is killed when a test
fails or times out (three times the unmutated run), and survives when they all pass.

Operators: comparisons swapped, `not` added, True/False swapped, `and`/`or` swapped, numbers moved
by one, + and - swapped, * and / swapped, a loop over nothing, break/continue swapped, an except
clause that catches another exception. Replacements that can only raise TypeError (adding with <<,
a string with |) are left out: they are killed by any test that runs the line and say nothing.

Tests per module (MODULES below): the test files that exercise it, chosen so one mutant takes
seconds to a minute; --full runs every test instead (tests/test_process.py, which needs an
installed command, is never run on a mutant).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# module group -> (files whose mutants are sampled, test files run against each mutant). pytest stops
# at the first failure, so the quick files that catch most come first.
MODULES = {
    "search": (["src/healthq/search.py"], ["tests/test_search.py", "tests/test_cli.py"]),
    "check": (["src/healthq/check.py"], ["tests/test_mutants.py", "tests/test_check_cases.py", "tests/test_check.py"]),
    # store.py is the front of three modules: reading data files, the cache directory, the index
    "store": (["src/healthq/store.py", "src/healthq/datafile.py", "src/healthq/cache.py", "src/healthq/index.py"],
              ["tests/test_mutants.py", "tests/test_validate_agrees.py", "tests/test_reliability.py", "tests/test_cli.py"]),
    "validate": (["src/healthq/validate.py"], ["tests/test_mutants.py", "tests/test_validate_agrees.py", "tests/test_sections.py",
                                               "tests/test_data.py"]),
    # test_terminal: closed pipes and a full disk go through render's output wrapper
    "render": (["src/healthq/render.py"], ["tests/test_render.py", "tests/test_sections.py", "tests/test_cli.py",
                                           "tests/test_terminal.py"]),
}
# Tests that send SIGINT to a running healthq. A job started in the background (nohup, `&` without
# job control) ignores SIGINT, and so do its children: these tests then fail with no mutant at all,
# so a run left in the background would count noise. They stay in the suite; here they are left out.
TIMING = "not interrupted_build and not concurrent_cold_starts and not ctrl_c_during_start_up and not ctrl_c_in_the_pager"
OPERATORS = [
    *(f"core/ReplaceComparisonOperator_{a}_{b}" for a, b in [
        ("Eq", "NotEq"), ("NotEq", "Eq"), ("Lt", "LtE"), ("LtE", "Lt"), ("Gt", "GtE"), ("GtE", "Gt"),
        ("Lt", "Gt"), ("Gt", "Lt"), ("LtE", "GtE"), ("GtE", "LtE"), ("Is", "IsNot"), ("IsNot", "Is")]),
    "core/AddNot", "core/ReplaceTrueWithFalse", "core/ReplaceFalseWithTrue", "core/ReplaceAndWithOr",
    "core/ReplaceOrWithAnd", "core/NumberReplacer", "core/ReplaceBinaryOperator_Add_Sub",
    "core/ReplaceBinaryOperator_Sub_Add", "core/ReplaceBinaryOperator_Mul_Div", "core/ReplaceBinaryOperator_Div_Mul",
    "core/ZeroIterationForLoop", "core/ReplaceBreakWithContinue", "core/ReplaceContinueWithBreak",
    "core/ExceptionReplacer",
]
COPY = ["src", "tests", "data", "benchmarks", "reviews", "scripts", "pyproject.toml", "README.md"]


def _cosmic_ray():
    try:
        import parso  # noqa: F401  (imported first: cosmic-ray's plugin loader trips over parso's import order)
        import cosmic_ray.plugins
        from cosmic_ray.mutating import mutate_code
    except ImportError:
        sys.exit("mutation testing needs cosmic-ray: pip install -e '.[test,mutation]'")
    return cosmic_ray.plugins, mutate_code


def mutants(group: str, base: Path = ROOT) -> list[dict]:
    """Every mutant of a module group (in the tree at base), as {id, file, operator, occurrence, line}."""
    plugins, _ = _cosmic_ray()
    from cosmic_ray.ast import ast_nodes, get_ast_from_path

    out = []
    for rel in MODULES[group][0]:
        tree = get_ast_from_path(base / rel)
        nodes = list(ast_nodes(tree))
        for name in OPERATORS:
            operator = plugins.get_operator(name)()
            positions = [start for node in nodes for start, _end in operator.mutation_positions(node)]
            for occurrence, start in enumerate(positions):
                out.append({"file": rel, "operator": name, "occurrence": occurrence, "line": start[0], "col": start[1]})
    for m in out:
        m["id"] = f"{Path(m['file']).stem}:{m['line']}:{m['col']}:{m['operator'].split('/')[1]}:{m['occurrence']}"
    return out


def sample(group: str, n: int, seed: int, base: Path = ROOT) -> list[dict]:
    """n places drawn at random (seeded), one operator at each."""
    rng = random.Random(f"{seed}:{group}")
    by_place: dict[tuple, list[dict]] = {}
    for m in mutants(group, base):
        by_place.setdefault((m["file"], m["line"], m["col"]), []).append(m)
    places = sorted(by_place)
    chosen = rng.sample(places, min(n, len(places)))
    return [rng.choice(by_place[p]) for p in sorted(chosen)]


def mutated_source(m: dict, base: Path = ROOT) -> str:
    plugins, mutate_code = _cosmic_ray()
    code = (base / m["file"]).read_text(encoding="utf-8")
    new = mutate_code(code, plugins.get_operator(m["operator"])(), m["occurrence"])
    if new is None:
        raise ValueError(f"no mutation at {m['id']}")
    return new


def diff(m: dict) -> str:
    import difflib

    old = (ROOT / m["file"]).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(difflib.unified_diff(old, mutated_source(m).splitlines(keepends=True), m["file"], m["file"] + " (mutant)", n=1))


def _copy_tree(dest: Path, rev: str | None = None) -> None:
    if rev:  # a committed state, whatever the working tree holds now
        archive = subprocess.run(["git", "archive", "--format=tar", rev, *COPY], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
        return
    for name in COPY:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "out", ".hypothesis"))
        else:
            shutil.copy2(src, dest / name)


def _pytest(workdir: Path, tests: list[str], timeout: float | None) -> tuple[str, float, str]:
    env = {**os.environ, "PYTHONPATH": str(workdir / "src"), "PYTHONDONTWRITEBYTECODE": "1"}
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-k", TIMING, *tests]
    start = time.monotonic()
    try:
        r = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "killed (timeout)", time.monotonic() - start, ""
    took = time.monotonic() - start
    tail = "\n".join(r.stdout.splitlines()[-15:])
    if r.returncode == 0:
        return "survived", took, tail
    if r.returncode == 1:
        return "killed", took, tail
    return f"error (pytest exit {r.returncode})", took, tail


def run(groups: list[str], n: int, seed: int, full: bool, out: Path, rev: str | None = None,
        timeout: float | None = None, resume: bool = False) -> dict:
    commit = subprocess.run(["git", "rev-parse", "--short", rev or "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = "" if rev else subprocess.run(["git", "status", "--porcelain", "--", "src", "tests"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    results = {"commit": commit + ("+changes" if dirty else ""), "seed": seed, "sample": n,
               "tests": "full suite" if full else "targeted", "groups": {}}
    done: dict[str, dict] = {}
    if resume and out.exists():  # mutants an earlier run of the same sample finished are not run again
        done = {r["id"]: r for rows in json.loads(out.read_text(encoding="utf-8"))["groups"].values() for r in rows}
    with tempfile.TemporaryDirectory(prefix="healthq-mutation-") as tmp:
        work = Path(tmp)
        _copy_tree(work, rev)
        for group in groups:
            files, tests = MODULES[group]
            if full:
                tests = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "tests").glob("test_*.py")) if p.name != "test_process.py"]
            else:
                tests = list(tests)
            if timeout is None:
                status, base, tail = _pytest(work, tests, None)
                if status != "survived":
                    sys.exit(f"{tail}\n{group}: the tests fail without any mutant ({status}); fix that first")
                limit = max(60.0, 2 * base)  # a mutant that loops forever is killed by this
            else:
                limit = timeout
            rows = []
            for m in sample(group, n, seed, work):  # the copy: the working tree may change during a run
                if m["id"] in done:
                    rows.append(done[m["id"]])
                    continue
                target = work / m["file"]
                original = target.read_text(encoding="utf-8")
                target.write_text(mutated_source(m, work), encoding="utf-8")
                try:
                    status, took, _tail = _pytest(work, tests, limit)
                finally:
                    target.write_text(original, encoding="utf-8")
                rows.append({**m, "status": status, "seconds": round(took, 1)})
                print(f"{group:9} {status:18} {took:6.1f}s  {m['id']}", flush=True)
                results["groups"][group] = rows  # written after every mutant: a stopped run keeps what it did
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


def table(results: dict, equivalent: dict[str, str]) -> str:
    lines = ["| module | sampled | killed | survived | equivalent | killed / non-equivalent |", "|---|---|---|---|---|---|"]
    for group, rows in results["groups"].items():
        killed = sum(r["status"].startswith("killed") for r in rows)
        eq = sum(r["id"] in equivalent for r in rows if not r["status"].startswith("killed"))
        survived = len(rows) - killed - eq
        meaningful = len(rows) - eq
        share = f"{killed / meaningful:.0%}" if meaningful else "n/a"
        lines.append(f"| {group} | {len(rows)} | {killed} | {survived} | {eq} | {killed}/{meaningful} = {share} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=list(MODULES), default=list(MODULES))
    parser.add_argument("--sample", type=int, default=15, help="mutants per module (default %(default)s)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--full", action="store_true", help="run every test for each mutant, not the module's tests")
    parser.add_argument("--timeout", type=float, help="seconds a mutant may take (default: twice the unmutated run, which is then measured first)")
    parser.add_argument("--resume", action="store_true", help="keep the mutants already in --out and run the rest")
    parser.add_argument("--rev", help="test a commit (git archive) instead of the working tree")
    parser.add_argument("--list", action="store_true", help="list the sampled mutants and stop")
    parser.add_argument("--show", metavar="ID", help="print the diff of one mutant (an id from --list or a run)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "mutation.json")
    parser.add_argument("--equivalent", type=Path, default=ROOT / "scripts" / "mutation_equivalent.json",
                        help="mutants judged equivalent (id -> why), left out of the share killed")
    parser.add_argument("--table", type=Path, nargs="+", metavar="RESULTS", help="print the table of earlier runs' results files and stop")
    args = parser.parse_args()
    equivalent = json.loads(args.equivalent.read_text(encoding="utf-8")) if args.equivalent.exists() else {}
    if args.table:
        merged = {"groups": {}}
        for path in args.table:
            merged["groups"].update(json.loads(path.read_text(encoding="utf-8"))["groups"])
        print(table(merged, equivalent))
        return
    if args.show:
        group = next((g for g in MODULES if any(Path(f).stem == args.show.split(":")[0] for f in MODULES[g][0])), None)
        found = [m for m in mutants(group) if m["id"] == args.show] if group else []
        if not found:
            sys.exit(f"no mutant {args.show}")
        print(diff(found[0]))
        return
    if args.list:
        for group in args.only:
            for m in sample(group, args.sample, args.seed):
                print(f"{group:9} {m['id']}")
        return
    results = run(args.only, args.sample, args.seed, args.full, args.out, args.rev, args.timeout, args.resume)
    print()
    print(f"commit {results['commit']}, seed {args.seed}, {args.sample} sampled per module, {results['tests']} tests per mutant")
    print(table(results, equivalent))


if __name__ == "__main__":
    main()
