"""The cache directory: where the index lives, how it is named, and how it is built safely.

The index file is named by a key over the data files' state (path, size, modification time,
inode, and for user files a CRC of their first and last 64 KiB, or of the whole file up to 1 MiB).
One process builds at a time (an flock on `build.lock`); the others wait for it (at most
LOCK_WAIT seconds, then build in memory). A build writes a temporary file created with O_EXCL
under a random name, so nothing planted in the cache directory is ever followed, and moves it
into place when complete. Temporary files that an interrupted build left are removed by the next
run. When the directory cannot be used, the index is built in memory.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
from pathlib import Path

from . import __version__
from .datafile import bundled_files, bundled_paths, user_files  # noqa: F401 - bundled_files: for callers of cache
from .index import INDEX_FORMAT, Store, build

FINGERPRINT_WHOLE = 1 << 20  # user files up to 1 MiB are hashed whole; larger ones by their first and last block
FINGERPRINT_BLOCK = 64 << 10
LOCK_WAIT = 120.0  # seconds to wait for another process's build before building in memory
PROGRESS_MIN_BYTES = 1 << 20  # smaller builds take well under a second: no progress bar
KEEP = 8  # indexes kept in the cache directory


def cache_dir() -> Path | None:
    explicit = os.environ.get("HEALTHQ_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "healthq"
    try:
        return Path.home() / ".cache" / "healthq"
    except (RuntimeError, KeyError, OSError):
        return None


def only_str(values) -> bool:
    """Every value a str, for the `valid` checks of kept tables (JSON's strings are str itself, never a
    subclass): the types gathered in C, where a loop of isinstance calls over 15,000 values cost a check
    0.4 ms."""
    return set(map(type, values)) <= {str}


def kept_json(prefix: str, source: Path, build, valid, stale: tuple[str, ...] = ()):
    """A table derived from the file `source`, kept in the cache directory as JSON (data, never
    code) under `{prefix}-{version}-{size}-{mtime}.json`: read when it is there and `valid(table)`,
    else made by `build()`, written under a random O_EXCL name and moved into place, and the
    earlier tables of this prefix (and files matching the `stale` globs) removed. The table is
    returned whether or not it could be kept. `build` reads the source itself, after the key is
    taken, and a table is kept only if the source's size and time are the same after the build:
    a file edited while it was read never leaves a table under the edited file's key."""
    st = source.stat()
    directory = cache_dir()
    target = directory / f"{prefix}-{__version__}-{st.st_size}-{st.st_mtime_ns}.json" if directory else None
    if target is not None:
        try:
            table = json.loads(target.read_text(encoding="utf-8"))
            if valid(table):
                return table
        except (OSError, ValueError):
            pass
    table = build()
    if target is None:
        return table
    try:
        after = source.stat()
    except OSError:
        return table
    if (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns):
        return table
    try:
        import tempfile  # only to write a table: importing it (and random) costs every read 1 ms

        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{prefix}-", suffix=".tmp")  # O_EXCL, random name
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(table, fh)
            os.replace(tmp, target)
        except BaseException:
            os.unlink(tmp)
            raise
        for pattern in (f"{prefix}-*.json", *stale):  # tables of earlier files: one is enough
            for old in directory.glob(pattern):
                if old != target:
                    old.unlink(missing_ok=True)
    except OSError:
        pass
    return table


def _fingerprint(path: str, size: int) -> int | None:
    """CRC-32 of a regular file's first and last blocks (of all of it when small)."""
    import zlib

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        if size <= FINGERPRINT_WHOLE:
            return zlib.crc32(os.read(fd, FINGERPRINT_WHOLE + 1))
        head = os.read(fd, FINGERPRINT_BLOCK)
        os.lseek(fd, max(size - FINGERPRINT_BLOCK, 0), os.SEEK_SET)
        return zlib.crc32(os.read(fd, FINGERPRINT_BLOCK), zlib.crc32(head))
    except OSError:
        return None
    finally:
        os.close(fd)


def files_key(files: list[tuple[Path, bool]]) -> str:
    """A name for the index of exactly these files in exactly this state."""
    import zlib  # built in and cheap, unlike hashlib; the key only has to tell file states apart

    parts: list = [INDEX_FORMAT, __version__]
    for path, bundled in files:
        name = os.fspath(path)
        if not os.path.isabs(name):
            name = os.path.abspath(name)
        try:
            st = os.stat(name)
        except (OSError, ValueError):
            parts.append([name, bundled, None])
            continue
        item = [name, bundled, st.st_size, st.st_mtime_ns, st.st_ino, st.st_mode]
        if not bundled and stat.S_ISREG(st.st_mode):
            # an in-place edit can keep size, mtime and inode (touch -d, cp -p, rsync --inplace)
            item.append(_fingerprint(name, st.st_size))
        parts.append(item)
    raw = json.dumps(parts).encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}{len(raw):x}"


class _Lock:
    """An exclusive flock on the cache directory's build.lock; released when the process ends."""

    def __init__(self, directory: Path):
        self.path = directory / "build.lock"
        self.fd: int | None = None

    def acquire(self, wait: float, on_wait=None) -> bool:
        try:
            import fcntl
        except ImportError:  # no flock (Windows): builds are not serialised, temporary names still differ
            return True
        import time

        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError:
            return False
        deadline = time.monotonic() + wait
        waited = False
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.release()
                    return False
                if not waited and on_wait is not None:
                    on_wait()
                waited = True
                time.sleep(0.05)
            except OSError:
                self.release()
                return False

    def release(self) -> None:
        if self.fd is not None:
            try:
                os.close(self.fd)  # closing the descriptor releases the flock
            except OSError:
                pass
            self.fd = None


def _is_tmp(name: str) -> bool:
    return name.startswith(".index-") and name.endswith(".tmp")


# the other tables `check` and `search` keep (lexicon.py, rx.py, redflags.py, check.py) are written
# without the build lock: a temporary file of theirs is a leftover once it is this old
OTHER_TMP = (".lexicon-", ".regex-", ".flags-", ".phrases-")
OTHER_TMP_AGE = 600  # seconds


def _is_old_tmp(entry: os.DirEntry, now: float) -> bool:
    if not (entry.name.startswith(OTHER_TMP) and entry.name.endswith(".tmp")):
        return False
    try:
        return now - entry.stat(follow_symlinks=False).st_mtime > OTHER_TMP_AGE
    except OSError:
        return False


class IndexCache:
    """The index for one set of files: opened from the cache directory, or built there, or in memory."""

    def __init__(self, directory: Path | None, files: list[tuple[Path, bool]]):
        self.directory = directory
        self.files = files
        self.key = files_key(files)
        self.target = directory / f"index-{self.key}.sqlite" if directory is not None else None

    # opening ------------------------------------------------------------------------------------------
    def open(self) -> sqlite3.Connection:
        db = None
        if self.directory is not None:
            self._sweep()
            db = self._open_cached()
            if db is None:
                db = self._build_cached()
        if db is None:
            db = self._build_memory()
        return db

    def store(self) -> Store:
        store = Store(self.open(), heal=self.heal, discard=self.discard)
        store.warnings = json.loads(store.meta("warnings") or "[]")
        return store

    def _open_cached(self) -> sqlite3.Connection | None:
        target = self.target
        try:
            st = os.lstat(target)
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        uri = "file:" + str(target).replace("%", "%25").replace("?", "%3f").replace("#", "%23") + "?mode=ro&immutable=1"
        db = None
        try:
            db = sqlite3.connect(uri, uri=True)
            db.execute("PRAGMA cell_size_check=ON")  # notice more kinds of damage as errors, not wrong rows
            meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('complete', 'format')").fetchall())
            if meta.get("complete") == "1" and meta.get("format") == str(INDEX_FORMAT):
                return db
        except sqlite3.Error:
            pass
        if db is not None:
            db.close()
        return None

    # building -----------------------------------------------------------------------------------------
    def _build_memory(self) -> sqlite3.Connection:
        db = sqlite3.connect(":memory:")
        _build_with_progress(db, self.files)
        return db

    def _build_cached(self) -> sqlite3.Connection | None:
        """Build the index into a new temporary file and move it into place; None when the cache is unusable."""
        directory = self.directory
        try:
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return None
        lock = _Lock(directory)
        if not lock.acquire(LOCK_WAIT, on_wait=_waiting_note):
            return None
        try:
            db = self._open_cached()  # another process may have built it while this one waited
            if db is not None:
                return db
            self._sweep(locked=True)
            tmp = self._new_tmp()
            if tmp is None:
                return None
            db = None
            try:
                db = sqlite3.connect(tmp)
                db.execute("PRAGMA journal_mode=MEMORY")
                db.execute("PRAGMA synchronous=OFF")
                _build_with_progress(db, self.files)
                db.close()
                db = None
                os.replace(tmp, self.target)
            except (OSError, sqlite3.Error):
                _close_and_remove(db, tmp)
                return None
            except BaseException:  # DataError, Ctrl-C: leave nothing behind
                _close_and_remove(db, tmp)
                raise
            self._prune()
            return self._open_cached()
        finally:
            lock.release()

    def _new_tmp(self) -> str | None:
        """A new, empty temporary file: O_CREAT|O_EXCL under a random name, so no planted file or link is used."""
        for _attempt in range(5):
            name = str(self.directory / f".index-{self.key}.{os.urandom(6).hex()}.tmp")
            try:
                fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
            except FileExistsError:
                continue
            except OSError:
                return None
            os.close(fd)
            return name
        return None

    def _sweep(self, locked: bool = False) -> None:
        """Remove temporary files left by interrupted builds (only when no build is running)."""
        import time

        now = time.time()
        try:
            with os.scandir(self.directory) as entries:
                found = list(entries)
        except OSError:
            return
        for entry in found:  # never in use: no writer takes this long
            if _is_old_tmp(entry, now):
                try:
                    os.unlink(entry.path)
                except OSError:
                    pass
        leftovers = [e.path for e in found if _is_tmp(e.name)]
        if not leftovers:
            return
        lock = None
        if not locked:
            lock = _Lock(self.directory)
            if not lock.acquire(0):
                return  # a build is running: its file is not a leftover
        try:
            for path in leftovers:
                try:
                    os.unlink(path)
                except OSError:
                    pass
        finally:
            if lock is not None:
                lock.release()

    def _prune(self) -> None:
        """Keep the cache small: only the most recent few indexes."""
        try:
            old = sorted(self.directory.glob("index-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
            for path in old[KEEP:]:
                if path != self.target:
                    path.unlink(missing_ok=True)
        except OSError:
            pass

    # when the index turns out to be damaged or stale -------------------------------------------------
    def discard(self) -> None:
        if self.target is not None:
            try:
                os.unlink(self.target)
            except OSError:
                pass

    def heal(self, exc: Exception) -> sqlite3.Connection:
        """Throw a damaged index away and build a new one (in memory if the cache cannot be used)."""
        reason = str(exc).splitlines()[0][:80] if str(exc) else exc.__class__.__name__
        from .errors import warn

        warn(f"the index cache was damaged ({reason}); rebuilt it")
        self.discard()
        db = self._build_cached() if self.directory is not None else None
        return db if db is not None else self._build_memory()


def _close_and_remove(db, tmp: str) -> None:
    try:
        if db is not None:
            db.close()
    except sqlite3.Error:
        pass
    try:
        os.unlink(tmp)
    except OSError:
        pass


def _waiting_note() -> None:
    if _stderr_is_terminal():
        from .errors import note

        note("waiting for another healthq to finish building the index")


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _progress_reporter(files):
    """A progress bar on stderr while a large index builds, when stderr is a terminal; else None."""
    if not _stderr_is_terminal():
        return None
    size = 0
    for path, bundled in files:
        if not bundled:
            try:
                size += os.stat(path).st_size
            except OSError:
                pass
    if size < PROGRESS_MIN_BYTES:
        return None
    from .render import build_progress

    return build_progress()


def _build_with_progress(db, files) -> None:
    files = [(p if isinstance(p, Path) else Path(p), bundled) for p, bundled in files]  # open_store's are strings
    report = _progress_reporter(files)
    try:
        build(db, files, report)
    finally:
        if report is not None:
            report.close()


def open_store(cli_paths: list[str] | None = None) -> Store:
    # the bundled files as strings: the key needs only their names and states (Paths are made to build)
    files = [(p, True) for p in bundled_paths()] + [(p, False) for p in user_files(cli_paths)]
    directory = cache_dir() if os.environ.get("HEALTHQ_NO_CACHE") != "1" else None
    return IndexCache(directory, files).store()
