"""A large user file is indexed by two processes (buildproc.py): a second one reads, checks and makes
the rows while the first writes them. Everything must be as when one process builds: the index,
the warnings and their order, Ctrl-C, a second process that dies or fails, and small files, which
never start one.

The comparisons run the `healthq` command as a real process, once with HEALTHQ_BUILD_PROCESSES=1
(one process) and once without, and dump every table of the index (the full-text index's own
tables too) with SQLite's iterdump.
"""

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, fixture_entry, write_dataset

EXE = shutil.which("healthq") or os.path.join(os.path.dirname(sys.executable), "healthq")
needs_fork = pytest.mark.skipif(not hasattr(os, "fork") or not os.path.isdir("/proc/self"), reason="fork and /proc (Linux)")
needs_exe = pytest.mark.skipif(not os.path.exists(EXE), reason="healthq is not installed as a command")
SYMPTOMS = [s["id"] for s in json.loads((ROOT / "data" / "symptoms.json").read_text(encoding="utf-8")) if not s.get("urgency")]


def _entries(prefix: str, n: int, seed: int, ids=()) -> list:
    """n valid conditions, varied where the rows differ: symptoms and their frequency, a title with
    a part in brackets, misspellings, text that is not ASCII; `ids` are used first (an id another
    file has too)."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        eid = ids[k] if k < len(ids) else f"{prefix}-{k}"
        title = f"{prefix.capitalize()} condition {k}" + (f" (fièvre {k})" if k % 3 == 0 else "")
        e = fixture_entry(id=eid, title=title, aliases=[f"{prefix} alias {k}", f"{prefix} ünïcode {k % 50}"], related=[])
        e["sections"]["causes"][1].pop("condition", None)
        e["sections"]["symptoms"] = [
            {"name": f"Sign {sid}", "detail": f"About {sid} {k % 7}.", "symptom": sid, "frequency": rng.choice(["common", "sometimes"])}
            for sid in rng.sample(SYMPTOMS, rng.randint(2, 6))
        ]
        if k % 5 == 0:
            e["misspellings"] = [f"{prefix}tis {k}"]
        out.append(e)
    return out


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Four user files: a large valid one that replaces three bundled entries; a large one with
    three invalid entries (left out with a warning); a large one that replaces two entries of the
    first; a small one (indexed by the building process itself)."""
    d = tmp_path_factory.mktemp("data")
    big = write_dataset(d / "big.json", _entries("alpha", 3000, 1, ids=["common-cold", "recurrent-miscarriage", "shingles"]))
    broken = _entries("beta", 2500, 2)
    del broken[700]["summary"]
    broken[1800]["triage"] = "whenever"
    broken[2400]["sections"]["symptoms"][0]["symptom"] = "Not A Slug"
    broken = write_dataset(d / "broken.json", broken)
    later = write_dataset(d / "later.json", _entries("gamma", 1200, 3, ids=["alpha-10", "alpha-20"]))
    small = write_dataset(d / "small.json", _entries("delta", 20, 4))
    for path in (big, broken, later):
        assert path.stat().st_size > 1 << 20
    assert small.stat().st_size < 1 << 20
    return [big, broken, later, small]


def _children(pid: int) -> set:
    """The processes whose parent is pid (from /proc)."""
    found = set()
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as fh:
                    stat = fh.read()
            except OSError:
                continue
            if int(stat[stat.rindex(b")") + 2:].split()[1]) == pid:
                found.add(int(name))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return False
    return stat[stat.rindex(b")") + 2:][:1] != b"Z"


def _run(args, cache, one_process: bool, watch=None, **kw):
    """Run healthq with a cache directory; returns (completed process, the children it had).
    `watch(proc, children)` is called as children appear."""
    env = dict(os.environ, HEALTHQ_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT / "src"))
    env.pop("HEALTHQ_DATA", None)
    env.pop("HEALTHQ_BUILD_PROCESSES", None)
    if one_process:
        env["HEALTHQ_BUILD_PROCESSES"] = "1"
    proc = subprocess.Popen([EXE, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    seen: set = set()
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        now = _children(proc.pid)
        if now - seen:
            seen |= now
            if watch is not None:
                watch(proc, seen)
        time.sleep(0.01)
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), seen


def _dump(cache) -> list:
    indexes = sorted(Path(cache).glob("index-*.sqlite"))
    assert len(indexes) == 1, indexes
    db = sqlite3.connect(indexes[0])
    try:
        return list(db.iterdump())
    finally:
        db.close()


def _data_args(files):
    return [arg for path in files for arg in ("--data", str(path))]


QUERY = ["causes", "--json", "gamma condition 3"]


@needs_exe
@needs_fork
def test_two_processes_build_the_index_one_builds(files, tmp_path):
    one, one_children = _run([*_data_args(files), *QUERY], tmp_path / "one", one_process=True)
    two, two_children = _run([*_data_args(files), *QUERY], tmp_path / "two", one_process=False)
    assert one.returncode == 0 and json.loads(one.stdout)["id"] == "gamma-3", one.stderr
    assert not one_children  # HEALTHQ_BUILD_PROCESSES=1: one process
    assert len(two_children) == 3  # a second process for each large file, valid or not, one at a time
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    warnings = one.stderr.decode().splitlines()
    assert len(warnings) == 2 and "ignoring" in warnings[0] and "broken.json" in warnings[0] and "(and 2 more problems)" in warnings[0]
    assert "replaces the bundled entries for common-cold (from" in warnings[1] and warnings[1].endswith("and 2 more")
    dump = _dump(tmp_path / "one")
    assert dump == _dump(tmp_path / "two")
    assert any("gamma-1199" in line for line in dump) and not any("beta-1" in line for line in dump)
    # the same index as the build in this process (test_index_build's way), through the same files
    other = [_run(["search", "--json", *_data_args(files), "fievre 3"], tmp_path / key, one_process=key == "one")[0] for key in ("one", "two")]
    assert other[0].returncode == 0 and other[0].stdout == other[1].stdout and other[0].stderr == other[1].stderr


@needs_exe
@needs_fork
@pytest.mark.parametrize("to", ["group", "parent"])
def test_ctrl_c_mid_build_leaves_no_temporary_file_and_no_child(files, tmp_path, to):
    big = write_dataset(tmp_path / "bigger.json", _entries("omega", 12000, 5))
    cache = tmp_path / "c"
    children = []

    def interrupt(proc, seen):
        if children:
            return
        children.extend(seen)
        time.sleep(0.3)  # well inside the build (several seconds), rows flowing
        if to == "group":  # Ctrl-C at a terminal: the whole foreground process group
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGINT)

    r, _seen = _run(["causes", "--data", str(big), "omega condition 1"], cache, one_process=False, watch=interrupt, start_new_session=True)
    assert children, "no second process was seen"
    assert r.returncode == 130 and r.stderr.decode().strip() == "Interrupted.", (r.returncode, r.stderr)
    assert not list(cache.glob(".*tmp*")), list(cache.iterdir())
    assert not list(cache.glob("index-*.sqlite"))
    assert not any(_alive(pid) for pid in children)  # ended and waited for by the build, not left running


@needs_exe
@needs_fork
def test_a_second_process_that_dies_leaves_the_build_to_the_first(files, tmp_path):
    killed = []

    def kill(proc, seen):
        if not killed:
            time.sleep(0.05)
            for pid in seen:
                os.kill(pid, signal.SIGKILL)
            killed.extend(seen)

    one, _ = _run([*_data_args(files), *QUERY], tmp_path / "one", one_process=True)
    two, seen = _run([*_data_args(files), *QUERY], tmp_path / "two", one_process=False, watch=kill)
    assert killed
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    assert _dump(tmp_path / "one") == _dump(tmp_path / "two")


# --- in this process: the build function itself, with a real second process -----------------------


def _build(files, monkeypatch, one_process: bool):
    from healthq.datafile import bundled_files
    from healthq.index import build

    if one_process:
        monkeypatch.setenv("HEALTHQ_BUILD_PROCESSES", "1")
    else:
        monkeypatch.delenv("HEALTHQ_BUILD_PROCESSES", raising=False)
    db = sqlite3.connect(":memory:")
    build(db, [(p, True) for p in bundled_files()] + [(p, False) for p in files])
    dump = list(db.iterdump())
    db.close()
    return dump


@pytest.fixture
def spy(monkeypatch):
    """The second processes started, with whether each was waited for."""
    from healthq import buildproc

    started = []
    real = buildproc.Child.__init__

    def init(self, *args):
        real(self, *args)
        started.append((self, self.pid))

    monkeypatch.setattr(buildproc.Child, "__init__", init)
    return started


@needs_fork
def test_a_second_process_that_raises_leaves_the_build_to_the_first(files, monkeypatch, spy):
    from healthq import index

    expected = _build(files[:1], monkeypatch, one_process=True)
    parent = os.getpid()
    real = index._rows

    def failing(*args, **kw):
        if os.getpid() != parent and args[1] > 1000:
            raise RuntimeError("a bug in the second process")
        return real(*args, **kw)

    monkeypatch.setattr(index, "_rows", failing)
    assert _build(files[:1], monkeypatch, one_process=False) == expected
    assert len(spy) == 1 and spy[0][0].pid is None  # started, failed, waited for

    def always(*args, **kw):
        if args[1] > 1000:  # in the user file, in either process
            raise RuntimeError("a bug everywhere")
        return real(*args, **kw)

    monkeypatch.setattr(index, "_rows", always)
    for one_process in (True, False):  # the same error either way
        with pytest.raises(RuntimeError, match="a bug everywhere"):
            _build(files[:1], monkeypatch, one_process=one_process)


@needs_fork
def test_an_interrupted_build_waits_for_its_second_process(files, monkeypatch, spy):
    from healthq import index

    real = index._write

    def interrupted(db, entry_rows, *rest):
        if entry_rows and entry_rows[0][0] > 2000:  # the user file's second batch: Ctrl-C
            raise KeyboardInterrupt
        return real(db, entry_rows, *rest)

    monkeypatch.setattr(index, "_write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _build(files[:1], monkeypatch, one_process=False)
    child, pid = spy[0]
    assert len(spy) == 1 and child.pid is None
    with pytest.raises(ChildProcessError):  # already waited for: ended before the interrupt went on
        os.waitpid(pid, os.WNOHANG)


def test_without_fork_one_process_builds(files, monkeypatch, spy):
    expected = _build(files[:2], monkeypatch, one_process=True)
    monkeypatch.delattr(os, "fork", raising=False)
    assert _build(files[:2], monkeypatch, one_process=False) == expected
    assert not spy


def test_with_one_cpu_one_process_builds(files, monkeypatch, spy):
    expected = _build(files[:1], monkeypatch, one_process=True)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert _build(files[:1], monkeypatch, one_process=False) == expected
    assert not spy


def test_small_files_never_load_the_second_process_code(files, tmp_path):
    code = (
        "import sys\n"
        "from healthq.cache import open_store\n"
        f"store = open_store([{str(files[3])!r}])\n"
        "assert store.idx_of('delta-3') is not None\n"
        "print(sorted(m for m in sys.modules if m in ('healthq.buildproc', 'multiprocessing', 'concurrent.futures', 'threading')))\n"
    )
    env = dict(os.environ, HEALTHQ_CACHE_DIR=str(tmp_path / "c"), PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
