"""The index: a SQLite database of names, symptoms and the byte range of every article.

`build` fills it from the dataset files; `Store` reads it. The index is only ever a cache of the
JSON files: every article is read from its file and checked against the CRC the index recorded
when the entry was validated, so content that was never validated is never shown, and any
database error while reading the index throws it away and rebuilds it (see cache.py).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections import namedtuple
from json.encoder import encode_basestring_ascii

from . import textindex
from .errors import DataError
from .text import fold_many

INDEX_FORMAT = 8  # 8: names folded with -ise kept where it is an English word ("noise"); 7: one row of postings per symptom, each entry's own symptoms in its entries row
# 6: names of kind -1 (misspellings), title parts, the five-column full-text row
BATCH = 2_000  # entries per executemany: few round trips, little memory held

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files(no INTEGER PRIMARY KEY, path TEXT, bundled INTEGER);
CREATE TABLE entries(idx INTEGER PRIMARY KEY, id TEXT UNIQUE, title TEXT, category TEXT, aliases TEXT,
    file INTEGER, start INTEGER, stop INTEGER, triage TEXT, prevalence TEXT, sex TEXT, age_min INTEGER,
    age_max INTEGER, nsym INTEGER, origin TEXT, crc INTEGER, symptoms TEXT);
CREATE TABLE names(norm TEXT, idx INTEGER, name TEXT, is_title INTEGER);
CREATE TABLE words(word TEXT PRIMARY KEY, df INTEGER) WITHOUT ROWID;
CREATE TABLE symptoms(symptom TEXT PRIMARY KEY, postings BLOB);
"""
_INDEXES = (
    "CREATE INDEX names_norm ON names(norm)",
    "CREATE INDEX entries_category ON entries(category)",
)


# One condition's facts as `check` ranks them: a named tuple, so rows are read by name and still
# cost little to make at 100,000 conditions.
Fact = namedtuple("Fact", "idx id title triage prevalence sex age_min age_max nsym category")


class IndexStale(DataError):
    """An article no longer matches what the index recorded: the file changed after indexing."""


class Store:
    """Read access to the index and the articles behind it.

    `heal`, when given, is called once with the first sqlite3.DatabaseError: it throws the damaged
    index away and returns a new connection; the failed query is then run again.
    """

    def __init__(self, db: sqlite3.Connection, heal=None, discard=None):
        self.db = db
        db.row_factory = sqlite3.Row
        self.warnings: list[str] = []
        self._names_cache: tuple | None = None
        self._has_text: bool | None = None
        self._counts: dict = {}
        self._words: dict | None = None
        self._heal = heal
        self._discard = discard

    # every query goes through here, so a damaged index is noticed wherever it is read
    def _all(self, sql: str, args=()) -> list:
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
            return self.db.execute(sql, args).fetchall()

    def _one(self, sql: str, args=()):
        rows = self._all(sql, args)
        return rows[0] if rows else None

    def _recover(self, exc: sqlite3.DatabaseError) -> None:
        heal, self._heal = self._heal, None
        if heal is None:
            raise exc
        self.db = heal(exc)
        self.db.row_factory = sqlite3.Row
        self._names_cache, self._has_text, self._counts, self._words = None, None, {}, None

    # entries ----------------------------------------------------------------------------------------
    def count(self) -> int:
        if "entries" not in self._counts:
            self._counts["entries"] = self._one("SELECT count(*) AS n FROM entries")["n"]
        return self._counts["entries"]

    def name_count(self) -> int:
        return int(self.meta("names") or 0)

    def meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key=?", (key,))
        return row["value"] if row else None

    def row(self, idx: int):
        """One entry's index row: idx, id, title, category, aliases (JSON), file, start, stop, origin."""
        sql = "SELECT idx, id, title, category, aliases, file, start, stop, origin FROM entries WHERE idx=?"
        row = self._one(sql, (idx,))
        if row is None and self._heal is not None and 0 <= idx < self.count():
            self._recover(sqlite3.DatabaseError("an entry is missing from the index"))
            row = self._one(sql, (idx,))
        return row

    def idx_of(self, eid: str) -> int | None:
        row = self._one("SELECT idx FROM entries WHERE id=?", (eid,))
        return row["idx"] if row else None

    def titles(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {r["id"]: r["title"] for r in self._all(f"SELECT id, title FROM entries WHERE id IN ({marks})", ids)}

    def entry(self, idx: int) -> dict:
        """The article, read from its byte range in its file and checked against the index's CRC."""
        import zlib

        row = self._one(
            "SELECT e.id, e.start, e.stop, e.crc, f.path FROM entries e JOIN files f ON f.no = e.file WHERE e.idx=?", (idx,)
        )
        if row is None:
            raise DataError(f"entry {idx} is not in the index")
        path, start, stop = row["path"], row["start"], row["stop"]
        try:
            with open(path, "rb") as fh:
                fh.seek(start)
                raw = fh.read(stop - start)
        except OSError as exc:
            raise DataError(f"{path}: changed while healthq was reading it ({exc.strerror or exc.__class__.__name__}); run the command again") from None
        entry = None
        if len(raw) == stop - start and zlib.crc32(raw) == row["crc"]:
            try:
                entry = json.loads(raw.decode("utf-8"))
            except ValueError:
                entry = None
        if not isinstance(entry, dict) or entry.get("id") != row["id"]:
            if self._discard is not None:
                self._discard()
            raise IndexStale(f"{path}: changed since healthq indexed it; run the command again")
        return entry

    def summaries(self, category: str | None = None):
        sql = "SELECT id, title, aliases, category FROM entries"
        args: tuple = ()
        if category:
            sql += " WHERE category=?"
            args = (category,)
        for r in self._all(sql + " ORDER BY title COLLATE NOCASE", args):
            yield {"id": r["id"], "title": r["title"], "aliases": json.loads(r["aliases"]), "category": r["category"]}

    def categories(self) -> dict[str, int]:
        return {r["category"]: r["n"] for r in self._all("SELECT category, count(*) AS n FROM entries GROUP BY category")}

    # names --------------------------------------------------------------------------------------------
    def exact(self, norm: str):
        return self._all("SELECT idx, name, is_title FROM names WHERE norm=?", (norm,))

    def all_names(self):
        """(norms, rows): every name that may be shown (no misspellings), rows being (norm, idx, name,
        kind) tuples (plain tuples: fast)."""
        if self._names_cache is None:
            rows = self._plain("SELECT norm, idx, name, is_title FROM names WHERE is_title >= 0")
            self._names_cache = ([r[0] for r in rows], rows)
        return self._names_cache

    def _plain(self, sql: str, args=()) -> list:
        """Rows as plain tuples (fast for many rows), with the same one-time healing as _all."""
        for attempt in (0, 1):
            try:
                cur = self.db.cursor()
                cur.row_factory = None
                return cur.execute(sql, args).fetchall()
            except sqlite3.DatabaseError as exc:
                if attempt:
                    raise
                self._recover(exc)
        return []

    # full text (for `search`) ----------------------------------------------------------------------------
    def has_text(self) -> bool:
        """True when the index has its full-text table (SQLite built with FTS5)."""
        if self._has_text is None:
            self._has_text = self.meta("fts") == "1"
        return self._has_text

    def _text(self, fn, *args):
        from . import textindex

        try:
            return getattr(textindex, fn)(self.db, *args)
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
            return getattr(textindex, fn)(self.db, *args)

    def text_rank(self, words: list[str], weights: tuple, limit: int) -> list[tuple[int, float]]:
        """(idx, bm25 relevance) of conditions that share any of the words, best first."""
        return self._text("rank", words, weights, limit)

    def text_count(self, word: str, columns: str = "") -> int:
        """How many conditions have the word (in `columns`, an FTS5 column filter, or anywhere)."""
        key = (word, columns)
        if key not in self._counts:
            self._counts[key] = self._text("count", word, columns)
        return self._counts[key]

    def text_having(self, word: str, idxs: list[int], columns: str) -> set[int]:
        return self._text("having", word, idxs, columns)

    def misspellings_of(self, idxs: list[int]) -> dict[int, list[str]]:
        return self._text("misspellings", idxs)

    def word_df(self, word: str) -> int:
        """How many conditions have the word in a shown name (0: the word is in no name)."""
        key = ("df", word)
        if key not in self._counts:
            row = self._plain("SELECT df FROM words WHERE word=?", (word,))
            self._counts[key] = row[0][0] if row else 0
        return self._counts[key]

    def name_words(self, low: int, high: int) -> dict[str, int]:
        """The words of shown names from `low` to `high` letters long, with their df: the
        vocabulary typos are corrected to."""
        key = (low, high)
        if self._words is None or self._words[0] != key:
            rows = self._plain("SELECT word, df FROM words WHERE length(word) BETWEEN ? AND ?", key)
            self._words = (key, dict(rows))
        return self._words[1]

    def names_of(self, idxs: list[int]) -> dict[int, list[tuple[str, str, int]]]:
        """idx -> [(norm, name shown, kind)] for these conditions, misspellings included: the same
        names the index build wrote, made again from the entries' rows (a few hundred folds: cheaper
        than an index on names(idx) in every build)."""
        rows = {r[0]: r for r in self._plain(
            f"SELECT idx, id, title, aliases FROM entries WHERE idx IN ({','.join('?' * len(idxs))})", idxs)} if idxs else {}
        typos = self.misspellings_of(list(rows)) if rows and self.has_text() else {}
        raw = []
        for idx, (_i, eid, title, aliases) in rows.items():
            named = [(title, title, KIND_TITLE)] + [(a, a, KIND_ALIAS) for a in json.loads(aliases)]
            named += [(eid.replace("-", " "), eid.replace("-", " "), KIND_ALIAS)] + [(p, title, KIND_PART) for p in title_parts(title)]
            raw += [(idx, name, shown, kind) for name, shown, kind in named]
        out: dict[int, list] = {}
        seen = set()
        for norm, (idx, _name, shown, kind) in zip(fold_many([r[1] for r in raw]), raw):
            if norm and (idx, norm) not in seen:
                seen.add((idx, norm))
                out.setdefault(idx, []).append((norm, shown, kind))
        for idx, folded in typos.items():
            for norm in folded:
                if (idx, norm) not in seen:
                    seen.add((idx, norm))
                    out.setdefault(idx, []).append((norm, rows[idx][2], KIND_MISSPELLING))
        return out

    # symptoms (for `check`) -------------------------------------------------------------------------
    def conditions_with(self, symptom_ids: list[str]):
        """(idx, symptom, freq) rows for every condition that lists one of the symptoms, by symptom
        and then idx (a row per condition: symptom_postings gives them a symptom at a time)."""
        out = []
        for sid, values in sorted(self.symptom_postings(symptom_ids).items()):
            common, sometimes = (sid, "common"), (sid, "sometimes")
            out += [(v >> 1, *(sometimes if v & 1 else common)) for v in values]
        return out

    def symptom_postings(self, symptom_ids: list[str]) -> dict[str, array]:
        """symptom -> its postings (see _unpack): the conditions that list it, as idx * 2, plus 1
        when they have it only sometimes, in increasing order. Each symptom's conditions are one
        row: at 100,000 conditions a common symptom has thousands, and one row each cost `check`
        more than the rest of its ranking."""
        if not symptom_ids:
            return {}
        marks = ",".join("?" * len(symptom_ids))
        sql = f"SELECT symptom, postings FROM symptoms WHERE symptom IN ({marks})"
        for attempt in (0, 1):
            out = {}
            for sid, blob in self._plain(sql, symptom_ids):
                values = _unpack(blob)
                if values is None:
                    break
                out[sid] = values
            else:
                return out
            if attempt or self._heal is None:
                raise sqlite3.DatabaseError("the index's symptom postings are damaged")
            self._recover(sqlite3.DatabaseError("the index's symptom postings are damaged"))
        return {}

    def text_matches(self, words: list[str]) -> dict[int, float]:
        """Conditions whose names, symptom text and article share these words (BM25), {idx: 0-1}."""
        from . import textindex

        return textindex.search(self.db, words)

    def condition_facts(self, idxs: list[int]):
        """idx -> row of idx, id, title, triage, prevalence, sex, age_min, age_max, nsym, category.

        Every idx comes from the index itself, so one missing means the index is damaged.
        """
        out = self._facts(idxs)
        if len(out) < len(set(idxs)) and self._heal is not None:
            self._recover(sqlite3.DatabaseError("entries are missing from the index"))
            out = self._facts(idxs)
        return out

    def _facts(self, idxs: list[int]):
        out = {}
        for start in range(0, len(idxs), 900):  # SQLite before 3.32 takes at most 999 parameters
            chunk = idxs[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for row in self._plain(  # plain tuples: `check` reads thousands at scale
                f"SELECT idx, id, title, triage, prevalence, sex, age_min, age_max, nsym, category FROM entries WHERE idx IN ({marks})", chunk
            ):
                out[row[0]] = Fact._make(row)
        return out

    def symptoms_of(self, idx: int) -> list:
        """(symptom, freq) pairs of one condition, in the order its article lists them."""
        row = self._one("SELECT symptoms FROM entries WHERE idx=?", (idx,))
        if row is None or not row["symptoms"]:
            return []
        pairs = [pair.split(" ") for pair in row["symptoms"].split("\n")]
        return [(pair[0], pair[1]) for pair in pairs if len(pair) == 2]


def _unpack(blob) -> "array | None":
    """A row of postings: idx * 2 + 1 for a symptom the condition has only sometimes, idx * 2 when
    it is common; 32-bit little-endian integers in increasing order. None when damaged."""
    if not isinstance(blob, bytes) or len(blob) % 4:
        return None
    values = array("i")
    values.frombytes(blob)
    if sys.byteorder != "little":
        values.byteswap()
    return values


# --- building ------------------------------------------------------------------------------------------


def _pack(values) -> bytes:
    """The blob _unpack reads."""
    if sys.byteorder != "little":
        values = array("i", values)
        values.byteswap()
    return values.tobytes()


# the kinds of name (names.is_title): higher wins when two entries share a folded name
KIND_TITLE, KIND_ALIAS, KIND_PART, KIND_MISSPELLING = 3, 2, 1, -1


def title_parts(title: str) -> list[str]:
    """A title's own names: "Acute bronchitis (chest infection)" is also "acute bronchitis" and "chest infection"."""
    if "(" not in title or not title.rstrip().endswith(")"):
        return []
    outer, _, inner = title.rstrip()[:-1].partition("(")
    return [part for part in (outer.strip(), inner.strip()) if part]


def _rows(entry: dict, idx: int, file_no: int, span, origin: str, crc: int, names: list, postings: dict, text=None) -> tuple:
    """The index rows of one valid entry: the entry row is returned; its names (not yet folded:
    _flush folds a whole batch at once) and, with `text` (a list), its full-text row are appended,
    and its idx is added to the postings of each of its symptoms (symptom -> array of idx * 2 + 1
    if only sometimes).

    Names are (name, idx, name shown, kind), the kinds being KIND_TITLE, KIND_ALIAS (also the id's
    words), KIND_PART (a part of a title "A (B)", shown as the title; an explicit alias of another
    entry outranks it) and KIND_MISSPELLING (shown as the title: a misspelling is searched, never
    shown).
    """
    eid = entry["id"]
    applies = entry.get("applies_to") or {}
    items = entry["sections"]["symptoms"]
    title = entry["title"]
    names.append((title, idx, title, KIND_TITLE))
    names += [(alias, idx, alias, KIND_ALIAS) for alias in entry["aliases"]]
    words = eid.replace("-", " ")
    names.append((words, idx, words, KIND_ALIAS))
    for part in title_parts(title):
        names.append((part, idx, title, KIND_PART))
    for typo in entry.get("misspellings", ()):
        names.append((typo, idx, title, KIND_MISSPELLING))
    if text is not None:
        text.append(textindex.row(idx, entry))
    best: dict[str, str] = {}
    for s in items:
        freq = s.get("frequency", "common")
        if best.get(s["symptom"]) != "common":
            best[s["symptom"]] = freq
    common, sometimes = idx * 2, idx * 2 + 1
    for sid, freq in best.items():
        found = postings.get(sid)
        if found is None:
            found = postings[sid] = array("i")
        found.append(common if freq == "common" else sometimes)
    return (
        idx, eid, title, entry["category"], _json_strings(entry["aliases"]), file_no, span[0], span[1],
        entry.get("triage", "routine"), entry.get("prevalence", "uncommon"), applies.get("sex", "any"),
        applies.get("age_min"), applies.get("age_max"), len(best), origin, crc,
        "\n".join([f"{sid} {freq}" for sid, freq in best.items()]),
    )


def _json_strings(strings: list) -> str:
    """json.dumps of a list of strings, the same text, without an encoder made per call."""
    return "[" + ", ".join(map(encode_basestring_ascii, strings)) + "]"


class _Progress:
    """Calls report(done, total) as bytes are indexed; a no-op without a reporter."""

    def __init__(self, report, total: int):
        self.report, self.total, self.done = report, max(total, 1), 0

    def advance(self, n: int) -> None:
        self.done += n
        if self.report is not None:
            self.report(min(self.done, self.total), self.total)


def build(db: sqlite3.Connection, files, report=None) -> None:
    """Validate every file and write the index. A broken user file is left out with a warning;
    a broken bundled file is a DataError. report(done, total), if given, is called as work is done.

    Entries are read one at a time and turned into rows at once, so only the rows of a batch are
    held in memory; garbage collection is paused, since nothing built here forms a cycle and the
    collector's passes over millions of young objects cost more than the rest of the build.
    A user file of PIPELINE_MIN_BYTES or more is read, checked and made into rows by a second
    process while this one writes them (buildproc.py): the same rows, in the same order, on two
    cores. (A writer thread that inserted one batch while the next was parsed was tried: it cost
    more than it saved, the GIL being held while rows are bound.)
    """
    import gc
    import os

    sizes = []
    for path, _bundled in files:
        try:
            sizes.append(os.stat(path).st_size)
        except OSError:
            sizes.append(0)
    # reading and checking is about 3/4 of the work, the search indexes the rest
    progress = _Progress(report, int(sum(sizes) * 4 / 3))
    was_enabled = gc.isenabled()
    gc.disable()
    db.isolation_level = None  # transactions are managed here
    try:
        db.execute("PRAGMA cache_size=-131072")  # 128 MiB: the full-text index merges its segments in memory
        db.executescript(_SCHEMA)
        from . import textindex

        state = _Build(db, progress, textindex.create(db))
        warnings: list[str] = []
        db.execute("BEGIN")
        for file_no, (path, bundled) in enumerate(files):
            if not bundled:
                db.execute("SAVEPOINT user_file")
                saved = state.save()
            try:
                piped = not bundled and sizes[file_no] >= PIPELINE_MIN_BYTES
                if not piped:
                    state.add_file(path, bundled, file_no)
                else:
                    from .buildproc import ChildFailed

                    try:
                        state.add_file(path, bundled, file_no, piped=True)
                    except ChildFailed:  # the second process died or failed: the file again, in this one
                        db.execute("ROLLBACK TO user_file")
                        state.restore(saved)
                        progress.done = saved[-1]
                        state.add_file(path, bundled, file_no)
            except DataError as exc:
                if bundled:
                    raise DataError(f"the bundled dataset is broken: {exc}") from None
                db.execute("ROLLBACK TO user_file")
                db.execute("RELEASE user_file")
                state.restore(saved)
                progress.advance(sizes[file_no])
                warnings.append(f"ignoring {path}: {exc}; run 'healthq validate {path}' for every problem")
                continue
            if not bundled:
                db.execute("RELEASE user_file")
        postings, name_words, name_count, has_text = state.postings, state.name_words, state.name_count, state.has_text
        if state.replaced:  # names and symptoms of entries a later file replaced
            db.execute("DELETE FROM names WHERE idx NOT IN (SELECT idx FROM entries)")
            live = {r[0] for r in db.execute("SELECT idx FROM entries")}
            for sid, found in postings.items():
                postings[sid] = array("i", [v for v in found if v >> 1 in live])
            if has_text:
                db.execute("DELETE FROM condition_text WHERE rowid NOT IN (SELECT idx FROM entries)")
            name_count = db.execute("SELECT count(*) FROM names").fetchone()[0]
            name_words = {}
            for idx, norms in db.execute("SELECT idx, group_concat(norm, ' ') FROM names WHERE is_title >= 0 GROUP BY idx"):
                for word in set(norms.split()):
                    name_words[word] = name_words.get(word, 0) + 1
        db.executemany("INSERT INTO words VALUES (?,?)", sorted(name_words.items()))
        db.executemany("INSERT INTO symptoms VALUES (?,?)", [(sid, _pack(found)) for sid, found in sorted(postings.items()) if found])
        rest = progress.total - progress.done
        steps = len(_INDEXES)
        fts = "1" if has_text else "0"  # the full-text index exists (search.py falls back to whole names without it)
        for sql in _INDEXES:
            db.execute(sql)
            progress.advance(rest // steps)
        overridden = state.overridden
        if overridden:
            shown = ", ".join(overridden[:3]) + (f" and {len(overridden) - 3} more" if len(overridden) > 3 else "")
            warnings.append(f"your data replaces the bundled entries for {shown}")
        db.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [("warnings", json.dumps(warnings)), ("names", str(name_count)), ("fts", fts), ("format", str(INDEX_FORMAT)), ("complete", "1")],
        )
        db.execute("COMMIT")
        progress.advance(progress.total)
    finally:
        if db.in_transaction:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        if was_enabled:
            gc.enable()


PIPELINE_MIN_BYTES = 1 << 20  # user files this large are read and checked by a second process (buildproc.py)


class _Build:
    """What a build has written so far, across its files: the entries' ids, the symptom postings,
    the words of names, the entries a later file replaced, and the counts."""

    def __init__(self, db: sqlite3.Connection, progress: _Progress, has_text: bool):
        self.db, self.progress, self.has_text = db, progress, has_text
        self.ids: dict[str, int] = {}  # id -> idx of the entry that answers for it
        self.postings: dict[str, array] = {}  # symptom -> idx * 2 (+ 1 if only sometimes) of the entries that list it
        self.name_words: dict[str, int] = {}  # word -> how many conditions have it in a shown name
        self.overridden: list[str] = []
        self.next_idx = 0
        self.name_count = 0
        self.replaced = False

    def save(self) -> tuple:
        """The state before a user file, to go back to if the file is left out (progress.done last)."""
        return (dict(self.ids), self.next_idx, self.name_count, len(self.overridden), self.replaced, self.progress.done)

    def restore(self, saved: tuple) -> None:
        ids, self.next_idx, self.name_count, kept, self.replaced, _done = saved
        self.ids = dict(ids)
        del self.overridden[kept:]

    def add_file(self, path, bundled: bool, file_no: int, piped: bool = False) -> None:
        """Write one file's rows: made here, or with `piped` by a second process where one can be
        used (buildproc.py; ChildFailed if it dies). DataError when the file has a problem (its rows
        are then written in part: the caller rolls them back)."""
        db, ids = self.db, self.ids
        args = (path, bundled, file_no, "bundled" if bundled else str(path), self.next_idx, ids, self.has_text)
        child = None
        if piped:
            from . import buildproc

            child = buildproc.start(_file_rows, args)
        file_words: dict[str, int] = {}  # merged into name_words once the whole file is good
        file_postings: dict[str, bytes] = {}
        try:
            for message in child if child is not None else _file_rows(*args):
                if message[0] == "end":
                    file_postings = message[1]
                    break
                _rows_, deletes, entry_rows, name_rows, text_rows, advance = message
                # names are folded here, in the writing process: the reading one has more to do
                names = _prepare(name_rows, text_rows, file_words)
                for eid in deletes:  # entries of an earlier file that this one replaces
                    if not bundled:
                        self.overridden.append(f"{eid} (from {path})")
                    db.execute("DELETE FROM entries WHERE id=?", (eid,))
                    self.replaced = True
                for row in entry_rows:
                    ids[row[1]] = row[0]
                _write(db, entry_rows, names, text_rows)
                self.next_idx += len(entry_rows)
                self.name_count += len(names)
                self.progress.advance(advance)
                # dropped before the next batch is made, so its memory is used again at once
                del message, deletes, entry_rows, name_rows, text_rows, names
        finally:
            if child is not None:
                child.close()
        db.execute("INSERT INTO files VALUES (?,?,?)", (file_no, str(path), int(bundled)))
        name_words = self.name_words
        for word, n in file_words.items():
            name_words[word] = name_words.get(word, 0) + n
        postings = self.postings
        for sid, packed in file_postings.items():  # this file's idxs are higher than every earlier one's
            found = postings.get(sid)
            if found is None:
                found = postings[sid] = array("i")
            found.frombytes(packed)


def _file_rows(path, bundled: bool, file_no: int, origin: str, first_idx: int, ids, has_text: bool):
    """The rows of one file, as messages: ("rows", deletes, entry rows, names, full-text rows, bytes
    done) for each batch of BATCH entries (names not yet folded, full-text rows without their names:
    see _prepare), `deletes` being the ids of an earlier file's entries that the batch replaces;
    then ("end", postings as bytes) when the whole file is valid; DataError with the first problem
    (and how many more) when it is not.

    Only reads `ids` (id -> idx of the entries written before this file). The index build and its
    second process (buildproc.py) both run this, so the rows cannot differ between them.
    """
    import zlib

    from .datafile import check_entries, read_data

    raw = read_data(path)
    problems: list = []
    deletes, entry_rows, name_rows, text_rows = [], [], [], []
    postings: dict[str, array] = {}
    idx = first_idx
    done = 0
    for entry, start, stop, _line, found in check_entries(path, raw):
        if found or problems:
            problems += found
            if bundled:
                break
            continue
        eid = entry["id"]
        if eid in ids:
            deletes.append(eid)
        crc = zlib.crc32(memoryview(raw)[start:stop])
        entry_rows.append(_rows(entry, idx, file_no, (start, stop), origin, crc, name_rows, postings,
                                text_rows if has_text else None))
        idx += 1
        if len(entry_rows) >= BATCH:
            yield ("rows", deletes, entry_rows, name_rows, text_rows, stop - done)
            deletes, entry_rows, name_rows, text_rows = [], [], [], []
            done = stop
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise DataError(f"{problems[0]}{more}")
    yield ("rows", deletes, entry_rows, name_rows, text_rows, len(raw) - done)
    yield ("end", {sid: found.tobytes() for sid, found in postings.items()})


def _prepare(name_rows: list, text_rows: list, words: dict) -> list:
    """A batch's names as they are written, folded here, the whole batch at once; each entry's
    distinct folded names fill the names columns of its full-text row (in `text_rows`), and each
    word of its shown names adds one to `words` (word -> how many conditions have it in a name)."""
    norms = fold_many([n[0] for n in name_rows])
    names = []
    per_entry: dict[int, tuple[list, list]] = {}
    last, seen, plain, typos = None, set(), [], []
    for norm, (_raw, idx, shown, kind) in zip(norms, name_rows):  # an entry's names are together
        if idx != last:
            last, seen, plain, typos = idx, set(), [], []
            per_entry[idx] = (plain, typos)
        if norm and norm not in seen:
            seen.add(norm)
            names.append((norm, idx, shown, kind))
            (plain if kind >= 0 else typos).append(norm)
    get = words.get
    for plain, _typos in per_entry.values():
        for word in set(" ".join(plain).split()):
            words[word] = get(word, 0) + 1
    if text_rows:
        sep = textindex.SEPARATOR
        for n, row in enumerate(text_rows):
            plain, typos = per_entry.get(row[0], ((), ()))
            text_rows[n] = (row[0], sep.join(plain), sep.join(typos), *row[3:])
    return names


def _write(db, entry_rows: list, names: list, text_rows: list) -> None:
    db.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", entry_rows)
    db.executemany("INSERT INTO names VALUES (?,?,?,?)", names)
    if text_rows:
        textindex.insert(db, text_rows)
