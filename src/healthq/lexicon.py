"""pyspellchecker's English word list, looked up word by word from a table kept between runs.

The list (about 160,000 words with how often each occurs in its corpus) tells a typing slip from a
real word (`reading.correct`) and an everyday word from a rare one (`search`). Reading it whole
costs about 120 ms (a gzip'd JSON file), and three `check` descriptions in four have a word that
needs it. So the first run copies it into an SQLite table in the cache directory, keyed by the
list file's size and time, and later runs look up only the few words they need. Without a cache
directory, or when the table cannot be read, the list is read whole, as before.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path


def _source() -> Path | None:
    from importlib.util import find_spec

    spec = find_spec("spellchecker")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "en.json.gz"


def read_whole(path: Path | None) -> dict[str, int]:
    """The list as a dict (empty when pyspellchecker or its file is missing or damaged)."""
    if path is None:
        return {}
    import gzip
    import json

    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            counts = json.load(fh)
    except (OSError, ValueError, EOFError):
        return {}
    if not isinstance(counts, dict):
        return {}
    return {w: n for w, n in counts.items() if isinstance(w, str) and isinstance(n, int) and not isinstance(n, bool)}


# pyspellchecker's list is American English: "realising", "colour", "centre", "travelled" and
# "anaemia" are not in it, so a British word would be read as a typing slip and corrected into a
# different word ("without realising" became "without reliving"). A word the list lacks is looked
# up again in its American spelling, by the regular rules that tell the two apart: -ise/-ize (and
# -isation, -ised, -ising), -yse/-yze, -our/-or, -tre/-ter, a doubled l before -ed/-ing/-er, the
# ae/oe of Greek and Latin words, -ence/-ense and -ogue/-og.
_BRITISH = [(re.compile(pattern), into) for pattern, into in (
    (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),
    (r"ys(e|es|ed|ing|er|ers)$", r"yz\1"),
    (r"our(?=[a-z]|$)", "or"),
    (r"tre(s?)$", r"ter\1"),
    (r"ll(ed|ing|er|ers|ery)$", r"l\1"),
    (r"(?:ae|oe)(?=[a-z])", "e"),
    (r"ence$", "ense"),
    (r"ogue(s?)$", r"og\1"),
)]


def american(word: str) -> list[str]:
    """The American spellings a British word may have (none when no rule applies)."""
    forms = []
    for pattern, into in _BRITISH:
        other = pattern.sub(into, word)
        if other != word:
            forms.append(other)
    if len(forms) > 1:  # "colourised": more than one rule at once
        both = word
        for pattern, into in _BRITISH:
            both = pattern.sub(into, both)
        forms.append(both)
    return forms


class Lexicon:
    """Word -> count, for `in` and `.get(word, default)`, from the kept table or a dict; a British
    spelling counts as its American form (see _BRITISH)."""

    def __init__(self, db: sqlite3.Connection | None = None, counts: dict[str, int] | None = None):
        self._db, self._counts, self._seen = db, counts, {}

    def _lookup(self, word: str) -> int | None:
        n = self._lookup_one(word)
        if n is None:
            for other in american(word):
                n = self._lookup_one(other)
                if n is not None:
                    break
        return n

    def _lookup_one(self, word: str) -> int | None:
        if self._counts is not None:
            return self._counts.get(word)
        if word not in self._seen:
            try:
                row = self._db.execute("SELECT n FROM words WHERE word = ?", (word,)).fetchone()
            except (sqlite3.Error, ValueError):  # a damaged table: read the list whole from now on
                self._counts = read_whole(_source())
                return self._counts.get(word)
            self._seen[word] = row[0] if row and isinstance(row[0], int) else None
        return self._seen[word]

    def has_exact(self, word: str) -> bool:
        """Whether the list has this spelling itself (a British spelling does not count as its American form)."""
        return self._lookup_one(word) is not None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not None

    def get(self, word: str, default: int = 0) -> int:
        n = self._lookup(word)
        return default if n is None else n


def open_lexicon() -> Lexicon:
    """The kept table, built on first use; or the whole list when there is no table to keep."""
    from .cache import cache_dir

    source = _source()
    directory = cache_dir()
    if source is None or directory is None:
        return Lexicon(counts=read_whole(source))
    try:
        st = source.stat()
    except OSError:
        return Lexicon(counts={})
    target = directory / f"lexicon-{st.st_size}-{st.st_mtime_ns}.sqlite"
    db = _open(target)
    if db is not None:
        return Lexicon(db=db)
    counts = read_whole(source)
    if counts:
        _build(directory, target, counts)
    return Lexicon(counts=counts)


def _open(target: Path) -> sqlite3.Connection | None:
    if not target.is_file() or target.is_symlink():
        return None
    try:
        db = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        row = db.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone()
        if row and row[0] == 1:
            return db
        db.close()
    except (sqlite3.Error, ValueError):
        pass
    try:
        target.unlink()  # damaged or unfinished: the next run builds it again
    except OSError:
        pass
    return None


def _build(directory: Path, target: Path, counts: dict[str, int]) -> None:
    """Write the table under a fresh temporary name and move it into place (never raises)."""
    import tempfile

    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".lexicon-", suffix=".tmp")  # O_EXCL, random name
        os.close(fd)
    except OSError:
        return
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            db.execute("CREATE TABLE words (word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value)")
            db.executemany("INSERT OR IGNORE INTO words VALUES (?, ?)", sorted(counts.items()))
            db.execute("INSERT INTO meta VALUES ('complete', 1)")
            db.commit()
        finally:
            db.close()
        os.replace(tmp, target)
        for old in directory.glob("lexicon-*.sqlite"):  # tables of earlier lists: one is enough
            if old != target:
                old.unlink(missing_ok=True)
    except (OSError, sqlite3.Error):
        try:
            os.unlink(tmp)
        except OSError:
            pass
