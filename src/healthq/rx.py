"""Regular expressions for `check` (and the crisis reader every command runs), compiled once and
kept between runs.

`check` reads text with a few hundred patterns (the red-flag list alone is over 100 KB of them).
Python's `re` parses and translates a pattern in Python code, which costs `check` 30-60 ms on
every run; matching, done in C, is fast. This module keeps the translated form (the list of
integers `re` hands to its C engine) in the cache directory, so later runs build each pattern
straight from it. The code is kept as a BLOB of the engine's words, read straight into an array:
the crisis pattern alone is 400 KB of code, which as hexadecimal in JSON cost some 2 ms more to
read and decode on every run that needs it.

That form is CPython's internal format, so the table is keyed by the interpreter's version and
the engine's magic number, and anything unexpected (another Python, a damaged or planted file, an
engine that rejects the code: CPython validates it) falls back to `re.compile`. The table is an
SQLite file of JSON values and bytes, read one pattern at a time: data, never code. Patterns are
the same strings either way, so results cannot differ; only the time to build them does.

A pattern is found by a CRC-32 of its text (an indexed integer column), and the row's own text must
then equal the pattern: with the text itself as the key (format 2), every look-up compared long
patterns stored across overflow pages, about 60 microseconds each where this takes 9, and a
sentence's `check` builds some 95 patterns.
"""

from __future__ import annotations

import re
import sys

MAX_PATTERNS = 2000  # more distinct patterns than healthq has; past it the oldest rows make room (_save)
# The form of the table (in its file name): 2 keeps the code as a BLOB, not hexadecimal in JSON;
# 3 finds a pattern by the CRC-32 of its text (_hash), not by the text as the table's key.
FORMAT = 3

_db = None  # the kept table, opened read-only on first use (False: there is none to read)
_where = None  # its file, which save() adds to
_added: dict[str, list] = {}


def _engine():
    """CPython's regex engine and its parser and translator, or None on any other interpreter."""
    if sys.implementation.name != "cpython":
        return None
    try:
        import _sre

        if sys.version_info >= (3, 11):
            from re import _compiler, _parser
        else:  # pragma: no cover - Python 3.10
            import sre_compile as _compiler
            import sre_parse as _parser
        return _sre, _compiler, _parser
    except ImportError:  # pragma: no cover
        return None


def _path():
    from . import __version__
    from .cache import cache_dir

    directory = cache_dir()
    engine = _engine()
    if directory is None or engine is None:
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{engine[0].MAGIC}"
    return directory / f"regex-{__version__}-{tag}-f{FORMAT}.sqlite"


def _kept(key: str):
    """The kept translation of a pattern ([flags, code, groups, groupindex, indexgroup], the code as
    bytes), or None. Read one pattern at a time: a check needs a few dozen of the few hundred the
    table ends up holding (2 MB and more)."""
    global _db, _where
    if _db is None:
        _db = False
        _where = _path()
        if _where is not None and _where.is_file() and not _where.is_symlink():
            import sqlite3

            try:
                _db = sqlite3.connect(f"file:{_where}?mode=ro", uri=True)
            except (sqlite3.Error, ValueError):
                _db = False
    if _db is False:
        return None
    import json
    import sqlite3

    try:
        row = None
        for found in _db.execute("SELECT key, value, code FROM patterns WHERE hash = ?", (_hash(key),)):
            if found[0] == key:  # another pattern of the same CRC is passed over
                row = found[1:]
                break
        if not row or not isinstance(row[0], str) or not isinstance(row[1], bytes):
            return None
        entry = json.loads(row[0])
        if not (isinstance(entry, list) and len(entry) == 4):
            return None
        flags, groups, groupindex, indexgroup = entry
        return [flags, row[1], groups, groupindex, indexgroup]
    except (sqlite3.Error, ValueError):  # damaged: translate; save() starts the table again
        return None


def _key(pattern: str, flags: int) -> str:
    return f"{flags}:{pattern}"


def _hash(key: str) -> int:
    """The indexed column a key is looked up by (the key itself is compared after)."""
    import zlib

    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


def _build(engine, pattern: str, entry) -> re.Pattern:
    _sre = engine[0]
    flags, code, groups, groupindex, indexgroup = entry
    if not (isinstance(flags, int) and isinstance(groups, int) and isinstance(code, bytes)
            and isinstance(groupindex, dict) and isinstance(indexgroup, list)):
        raise TypeError("not a compiled pattern")
    return _sre.compile(pattern, flags, _unpack(code), groups, groupindex, tuple(indexgroup))


def _unpack(code: bytes) -> list[int]:
    """The engine's code from its bytes (the words in this machine's order, as array writes them)."""
    from array import array

    words = array("I")
    if words.itemsize != 4:  # pragma: no cover - no such CPython build in use
        raise TypeError("unexpected word size")
    words.frombytes(code)
    return words.tolist()


def _translate(engine, pattern: str, flags: int) -> list:
    _sre, _compiler, _parser = engine
    parsed = _parser.parse(pattern, flags)
    from array import array

    code = array("I", [int(c) for c in _compiler._code(parsed, flags)]).tobytes()
    state = parsed.state
    indexgroup: list = [None] * state.groups
    for name, i in state.groupdict.items():
        indexgroup[i] = name
    return [int(flags | state.flags), code, state.groups - 1, dict(state.groupdict), indexgroup]


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name `re` gives it
    """`re.compile(pattern, flags)`, from the kept translation when there is one."""
    engine = _engine()
    if engine is None or flags & re.DEBUG or engine[0].CODESIZE != 4:
        return re.compile(pattern, flags)
    flags = int(flags)
    key = _key(pattern, flags)
    entry = _kept(key)
    if entry is not None:
        try:
            return _build(engine, pattern, entry)
        except Exception:  # noqa: BLE001 - a bad entry: translate it again (and keep it right)
            pass
    try:
        entry = _translate(engine, pattern, flags)
        compiled = _build(engine, pattern, entry)
    except Exception:  # noqa: BLE001 - an engine this module does not understand
        return re.compile(pattern, flags)
    if len(_added) < MAX_PATTERNS:
        if not _added:
            import atexit

            atexit.register(save)
        _added[key] = entry
    return compiled


class Later:
    """`re.compile(pattern, flags)`, done the first time the pattern is used (by `compile` above, from
    the kept translation when there is one), and then the compiled pattern's methods as its own. For a
    module's patterns that most runs never use: compiling costs 0.05-0.6 ms each, and crisis.py and
    text.py, imported by every command, have 35 of them; a sentence's check uses about 15."""

    _METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "finditer", "findall", "pattern", "flags",
                "groups", "groupindex")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)

    def __getattr__(self, name: str):
        if name == "_args":  # not set up (a copy made without __init__)
            raise AttributeError(name)
        compiled = compile(*self._args)
        self.__dict__.update((m, getattr(compiled, m)) for m in self._METHODS)
        return getattr(compiled, name)


def later(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern compiled on first use (see Later)."""
    return Later(pattern, flags)  # type: ignore[return-value] - it stands in for one


def save() -> None:
    """Add the patterns translated in this run to the kept table (at exit; never raises, not even for a Ctrl-C
    that lands while it writes: the table is a cache, written in one transaction, and the next run builds what
    this one did not keep)."""
    try:
        _save()
    except KeyboardInterrupt:
        pass


def _save() -> None:
    path = _where
    if not _added or path is None or path.is_symlink():
        return
    import json
    import os
    import sqlite3

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:  # created private, as the other kept files are, and never through a link
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))
        except FileExistsError:
            pass
        db = sqlite3.connect(str(path), timeout=1.0)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS patterns (hash INTEGER NOT NULL, key TEXT NOT NULL, value TEXT, code BLOB)")
            db.execute("CREATE INDEX IF NOT EXISTS patterns_hash ON patterns (hash)")
            rows = [(_hash(k), k, json.dumps([v[0], *v[2:]], separators=(",", ":")), v[1]) for k, v in _added.items()]
            # in one transaction: a pattern another run kept meanwhile is replaced, not kept twice
            db.executemany("DELETE FROM patterns WHERE hash = ? AND key = ?", [row[:2] for row in rows])
            (count,) = db.execute("SELECT count(*) FROM patterns").fetchone()
            if count + len(rows) > MAX_PATTERNS:
                # full (patterns of data that has since changed, kept by earlier runs): the oldest rows make room,
                # so that what this run needed is kept; one still in use is translated and kept again when next needed
                db.execute("DELETE FROM patterns WHERE rowid IN (SELECT rowid FROM patterns ORDER BY rowid LIMIT ?)",
                           (count + len(rows) - MAX_PATTERNS,))
            db.executemany("INSERT INTO patterns VALUES (?, ?, ?, ?)", rows)
            db.commit()
        finally:
            db.close()
        _added.clear()
    except sqlite3.DatabaseError:  # not a database (damaged or planted): the next run starts afresh
        try:
            path.unlink()
        except OSError:
            pass
    except (OSError, sqlite3.Error, ValueError):
        pass
    try:
        for old in [*path.parent.glob("regex-*.sqlite"), *path.parent.glob("regex-*.json")]:
            if old != path:  # tables of other versions (and the JSON ones before): one is enough
                old.unlink(missing_ok=True)
    except OSError:
        pass
