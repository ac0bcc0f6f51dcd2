"""Where the index build's CPU time goes, phase by phase, in one process.

    python benchmarks/build_profile.py benchmarks/out/synthetic-100000.json

Times (CPU seconds of this process) each step of the build alone over the file: reading it,
decoding its JSON, validating (datafile.check_entries, shared with `healthq validate`), the CRCs,
making rows (index._rows and textindex.row), folding names; then the whole build (bundled data
plus the file, into a new file with the cache's settings) in one process (HEALTHQ_BUILD_PROCESSES=1)
with its SQLite statements timed through a wrapper, and then as healthq builds it, the file read,
checked and made into rows by a second process (buildproc.py) while this one folds names and
writes: wall time, CPU time of each process, and how long each waited for the other. The steps
alone add up to a little more than inside the build (each is run over every entry on its own).
Make the synthetic files with gen_synthetic.py (see scale.py).
"""

from __future__ import annotations

import collections
import gc
import os
import resource
import sqlite3
import sys
import tempfile
import time
import zlib
from pathlib import Path

from healthq import buildproc, index, textindex
from healthq.datafile import bundled_files, check_entries, iter_entries, read_data
from healthq.text import fold_many

CPU = time.process_time


class _Timed:
    """The build's connection, with the CPU time of each kind of statement added up."""

    def __init__(self, db, spent):
        object.__setattr__(self, "_db", db)
        object.__setattr__(self, "_spent", spent)

    def __getattr__(self, name):
        return getattr(self._db, name)

    def __setattr__(self, name, value):
        setattr(self._db, name, value)

    def _timed(self, method, sql, *args):
        start = CPU()
        try:
            return getattr(self._db, method)(sql, *args)
        finally:
            self._spent[" ".join(sql.split()[:3])] += CPU() - start

    def execute(self, sql, *args):
        return self._timed("execute", sql, *args)

    def executemany(self, sql, rows):
        return self._timed("executemany", sql, rows)


def main() -> None:
    path = Path(sys.argv[1])
    gc.disable()  # as in the build
    start = CPU()
    raw = read_data(path)
    print(f"read the file          {CPU() - start:6.2f}")
    start = CPU()
    for _ in iter_entries(path, raw):
        pass
    decode = CPU() - start
    print(f"decode the JSON        {decode:6.2f}")
    start = CPU()
    for _ in check_entries(path, raw):  # one entry held at a time, as in the build
        pass
    print(f"validate               {CPU() - start - decode:6.2f}  (check_entries less the decoding)")
    entries = [(entry, begin, end) for entry, begin, end, _line in iter_entries(path, raw)]
    start = CPU()
    for _entry, begin, end in entries:
        zlib.crc32(memoryview(raw)[begin:end])
    print(f"CRCs                   {CPU() - start:6.2f}")
    names: list = []
    start = CPU()
    for idx, (entry, begin, end) in enumerate(entries):
        index._rows(entry, idx, 1, (begin, end), "user", 0, names, {})
    print(f"entry rows and names   {CPU() - start:6.2f}")
    start = CPU()
    for idx, (entry, _begin, _end) in enumerate(entries):
        textindex.row(idx, entry)
    print(f"full-text rows         {CPU() - start:6.2f}")
    start = CPU()
    fold_many([name[0] for name in names])
    print(f"fold the names         {CPU() - start:6.2f}  ({len(names):,} names)")
    del entries, names, raw
    gc.enable()

    files = [(p, True) for p in bundled_files()] + [(path, False)]
    spent: dict = collections.defaultdict(float)
    os.environ["HEALTHQ_BUILD_PROCESSES"] = "1"
    total, wall = _whole_build(files, lambda db: _Timed(db, spent))
    print(f"whole build, 1 process  {total:6.2f}  (wall {wall:.1f} s)")
    for statement, seconds in sorted(spent.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  SQLite: {statement:28s} {seconds:6.2f}")
    print(f"  SQLite in all: {sum(spent.values()):.2f}; the rest (Python): {total - sum(spent.values()):.2f}")

    del os.environ["HEALTHQ_BUILD_PROCESSES"]
    waited = [0.0]
    read = buildproc.Child._read

    def timed_read(self, n):
        start = time.perf_counter()
        try:
            return read(self, n)
        finally:
            waited[0] += time.perf_counter() - start

    buildproc.Child._read = timed_read
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    total, wall = _whole_build(files, lambda db: db)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"whole build, 2 processes: wall {wall:.1f} s; CPU {total:.2f} in this one (waiting {waited[0]:.2f} s of wall time"
          f" for the other), {child:.2f} in the second")


def _whole_build(files, wrap) -> tuple[float, float]:
    """CPU seconds of this process and wall seconds of one whole build into a new file."""
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(os.path.join(tmp, "index.sqlite"))
        db.execute("PRAGMA journal_mode=MEMORY")  # as cache.py does
        db.execute("PRAGMA synchronous=OFF")
        start, wall = CPU(), time.perf_counter()
        index.build(wrap(db), files)
        db.close()
        return CPU() - start, time.perf_counter() - wall


if __name__ == "__main__":
    main()
