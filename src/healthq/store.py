"""The dataset: where it lives, how it is checked, and a cached index that makes look-ups fast.

Source of truth is JSON (the bundled files, then user files from --data and HEALTHQ_DATA).
On first use healthq validates the files and writes a SQLite index to its cache directory,
keyed by each file's path, size and modification time. Later runs open the index, look names up
with SQL, and read only the one article they show, straight from its byte range in the JSON file.
When the cache directory cannot be written, the index is built in memory instead.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

from . import __version__
from .errors import DataError
from .text import fold

INDEX_FORMAT = 4
FTS_THRESHOLD = 50_000  # above this many names, fuzzy search first narrows candidates with a trigram index


def bundled_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent.parent / "data"):
        if (candidate / "conditions").is_dir():
            return candidate
    raise DataError("the bundled dataset is missing: reinstall healthq")


def bundled_files() -> list[Path]:
    return sorted((bundled_dir() / "conditions").glob("*.json"))


def user_files(cli_paths: list[str] | None) -> list[Path]:
    paths: list[str] = []
    env = os.environ.get("HEALTHQ_DATA", "")
    paths += [p for p in env.split(os.pathsep) if p.strip()]
    paths += list(cli_paths or [])
    return [Path(p).expanduser() for p in paths]


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


# --- reading one JSON file with the byte range of every entry -------------------------------------

_WS = " \t\n\r"


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WS:
        i += 1
    return i


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def parse_file(path: Path, raw: bytes | None = None):
    """Parse a dataset file. Returns (entries, spans, lines): spans are byte ranges into the file.

    Raises DataError naming the file (and line) when it is not a JSON array of objects.
    """
    label = str(path)
    if raw is None:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise DataError(f"{label}: no such file") from None
        except IsADirectoryError:
            raise DataError(f"{label}: is a directory, not a JSON file") from None
        except OSError as exc:
            raise DataError(f"{label}: cannot be read ({exc.strerror or exc})") from None
    offset = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = raw[offset:].decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(f"{label}:{line}: is not valid UTF-8") from None
    decoder = json.JSONDecoder()
    i = _skip(text, 0)
    if i == len(text):
        raise DataError(f"{label}: is empty; a dataset file is a JSON array of conditions")
    if text[i] == "{":  # a one-condition file, data/conditions/<id>.json
        try:
            obj, end = decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            raise DataError(f"{label}:{exc.lineno}: is not valid JSON ({exc.msg})") from None
        except RecursionError:
            raise DataError(f"{label}:{_line_of(text, i)}: is nested too deeply") from None
        rest = _skip(text, end)
        if rest != len(text):
            raise DataError(f"{label}:{_line_of(text, rest)}: has text after the closing '}}'")
        start = i + offset if text.isascii() else len(text[:i].encode("utf-8")) + offset
        stop = end + offset if text.isascii() else len(text[:end].encode("utf-8")) + offset
        return [obj], [(start, stop)], [_line_of(text, i)]
    if text[i] != "[":
        raise DataError(
            f"{label}:{_line_of(text, i)}: must be a condition (a JSON object) or a JSON array of conditions"
            f" (it starts with {text[i]!r})"
        )
    i = _skip(text, i + 1)
    entries, spans, lines = [], [], []
    ascii_only = text.isascii()
    char_pos, byte_pos = 0, offset

    def to_byte(pos: int) -> int:
        nonlocal char_pos, byte_pos
        if ascii_only:
            return pos + offset
        byte_pos += len(text[char_pos:pos].encode("utf-8"))
        char_pos = pos
        return byte_pos

    line_no, line_pos = 1, 0
    if i < len(text) and text[i] == "]":
        i = _skip(text, i + 1)
    else:
        while True:
            try:
                obj, end = decoder.raw_decode(text, i)
            except json.JSONDecodeError as exc:
                raise DataError(f"{label}:{exc.lineno}: is not valid JSON ({exc.msg})") from None
            except RecursionError:
                raise DataError(f"{label}:{_line_of(text, i)}: is nested too deeply") from None
            start = to_byte(i)
            stop = to_byte(end)
            entries.append(obj)
            spans.append((start, stop))
            line_no += text.count("\n", line_pos, i)  # counted incrementally: linear in the file size
            line_pos = i
            lines.append(line_no)
            i = _skip(text, end)
            if i < len(text) and text[i] == ",":
                i = _skip(text, i + 1)
                continue
            if i < len(text) and text[i] == "]":
                i = _skip(text, i + 1)
                break
            where = _line_of(text, min(i, len(text)))
            raise DataError(f"{label}:{where}: is not valid JSON (expected ',' or ']' between conditions)")
    if i != len(text):
        raise DataError(f"{label}:{_line_of(text, i)}: has text after the closing ']'")
    return entries, spans, lines


def check_file(path: Path):
    """Parse one dataset file and list every problem in it: each entry's structure, ids used twice,
    and, for a one-condition file, a file name that is not the id. The load path and `validate` both
    use this, so they cannot drift apart.

    Returns (entries, spans, lines, problems); raises DataError when the file cannot be parsed at all.
    """
    from .validate import Problem, check_entry

    entries, spans, lines = parse_file(path)
    problems = []
    seen: dict[str, int] = {}
    for n, entry in enumerate(entries):
        problems += check_entry(entry, str(path), n + 1, lines[n])
        eid = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(eid, str):
            if eid in seen:
                problems.append(Problem(str(path), eid, "id", f"is used twice in this file (first at entry #{seen[eid]})", lines[n]))
            else:
                seen[eid] = n + 1
    if len(entries) == 1 and spans and _is_object_file(path, spans[0]):
        eid = entries[0].get("id") if isinstance(entries[0], dict) else None
        if isinstance(eid, str) and eid != path.stem:
            problems.append(Problem(str(path), eid, "id", f"must be the file name: {path.name} holds one condition, so its id is {path.stem!r}", lines[0]))
    return entries, spans, lines, problems


def _is_object_file(path: Path, span: tuple[int, int]) -> bool:
    """True when the file is one JSON object rather than an array (its only entry starts the file)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(span[0] + 1)
    except OSError:
        return False
    return head[span[0]:span[0] + 1] == b"{" and not head[: span[0]].lstrip(b"\xef\xbb\xbf \t\r\n")


def validate_file(path: Path):
    """Every problem in one file. DataError if it cannot be parsed."""
    entries, _spans, _lines, problems = check_file(path)
    return entries, problems


# --- the index ---------------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE files(no INTEGER PRIMARY KEY, path TEXT, bundled INTEGER);
CREATE TABLE entries(idx INTEGER PRIMARY KEY, id TEXT UNIQUE, title TEXT, category TEXT, aliases TEXT,
    file INTEGER, start INTEGER, stop INTEGER, triage TEXT, prevalence TEXT, sex TEXT, age_min INTEGER,
    age_max INTEGER, nsym INTEGER, origin TEXT);
CREATE TABLE names(norm TEXT, idx INTEGER, name TEXT, is_title INTEGER);
CREATE TABLE symptoms(symptom TEXT, idx INTEGER, freq TEXT);
"""
_INDEXES = """
CREATE INDEX names_norm ON names(norm);
CREATE INDEX symptoms_symptom ON symptoms(symptom);
CREATE INDEX entries_category ON entries(category);
"""


class Store:
    """Read access to the index and the articles behind it."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.warnings: list[str] = []
        self._names_cache: tuple | None = None

    # entries ----------------------------------------------------------------------------------------
    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM entries").fetchone()[0]

    def name_count(self) -> int:
        return int(self.meta("names") or 0)

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def row(self, idx: int):
        return self.db.execute(
            "SELECT idx, id, title, category, aliases, file, start, stop, origin FROM entries WHERE idx=?", (idx,)
        ).fetchone()

    def idx_of(self, eid: str) -> int | None:
        row = self.db.execute("SELECT idx FROM entries WHERE id=?", (eid,)).fetchone()
        return row[0] if row else None

    def titles(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return dict(self.db.execute(f"SELECT id, title FROM entries WHERE id IN ({marks})", ids).fetchall())

    def entry(self, idx: int) -> dict:
        row = self.row(idx)
        if row is None:
            raise DataError(f"entry {idx} is not in the index")
        file_no, start, stop = row[5], row[6], row[7]
        path = self.db.execute("SELECT path FROM files WHERE no=?", (file_no,)).fetchone()[0]
        try:
            with open(path, "rb") as fh:
                fh.seek(start)
                raw = fh.read(stop - start)
            return json.loads(raw.decode("utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError(f"{path}: changed while healthq was reading it ({exc.__class__.__name__}); run the command again") from None

    def summaries(self, category: str | None = None):
        sql = "SELECT id, title, aliases, category FROM entries"
        args: tuple = ()
        if category:
            sql += " WHERE category=?"
            args = (category,)
        for eid, title, aliases, cat in self.db.execute(sql + " ORDER BY title COLLATE NOCASE", args):
            yield {"id": eid, "title": title, "aliases": json.loads(aliases), "category": cat}

    def categories(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT category, count(*) FROM entries GROUP BY category").fetchall())

    # names --------------------------------------------------------------------------------------------
    def exact(self, norm: str):
        return self.db.execute("SELECT idx, name, is_title FROM names WHERE norm=?", (norm,)).fetchall()

    def all_names(self):
        if self._names_cache is None:
            rows = self.db.execute("SELECT norm, idx, name, is_title FROM names").fetchall()
            self._names_cache = ([r[0] for r in rows], rows)
        return self._names_cache

    def trigram_candidates(self, norm: str, limit: int = 4000):
        grams = {norm[i : i + 3] for i in range(max(len(norm) - 2, 0))}
        grams = [g for g in grams if len(g) == 3 and '"' not in g]
        if not grams or self.meta("fts") != "1":
            return None
        query = " OR ".join(f'"{g}"' for g in sorted(grams))
        try:
            rows = self.db.execute(
                "SELECT n.norm, n.idx, n.name, n.is_title FROM names_fts f JOIN names n ON n.rowid=f.rowid "
                "WHERE names_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.Error:
            return None
        return ([r[0] for r in rows], rows)

    # symptoms (for `check`) -------------------------------------------------------------------------
    def conditions_with(self, symptom_ids: list[str]):
        if not symptom_ids:
            return []
        marks = ",".join("?" * len(symptom_ids))
        return self.db.execute(
            f"SELECT s.idx, s.symptom, s.freq FROM symptoms s WHERE s.symptom IN ({marks})", symptom_ids
        ).fetchall()

    def text_matches(self, words: list[str]) -> dict[int, float]:
        """Conditions whose names and symptom text share these words (BM25), {idx: 0-1}."""
        from . import textindex

        return textindex.search(self.db, words)

    def condition_facts(self, idxs: list[int]):
        out = {}
        for start in range(0, len(idxs), 500):
            chunk = idxs[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT idx, id, title, triage, prevalence, sex, age_min, age_max, nsym, category FROM entries WHERE idx IN ({marks})", chunk
            ):
                out[row[0]] = row
        return out

    def symptoms_of(self, idx: int) -> list[tuple[str, str]]:
        return self.db.execute("SELECT symptom, freq FROM symptoms WHERE idx=?", (idx,)).fetchall()


def _key(files: list[tuple[Path, bool]]) -> str:
    parts = [INDEX_FORMAT, __version__]
    for path, bundled in files:
        try:
            st = path.stat()
            parts.append([str(path.resolve()), bundled, st.st_size, st.st_mtime_ns, st.st_ino])
        except OSError:
            parts.append([str(path), bundled, None])
    import zlib  # built in and cheap, unlike hashlib; the key only has to tell file states apart

    raw = json.dumps(parts).encode()
    return f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}{len(raw):x}"


def _build(db: sqlite3.Connection, files: list[tuple[Path, bool]]) -> None:
    db.executescript(_SCHEMA)
    warnings: list[str] = []
    chosen: dict[str, tuple] = {}  # id -> (file_no, entry, span, origin)
    overridden: list[str] = []
    for file_no, (path, bundled) in enumerate(files):
        try:
            entries, spans, _lines, problems = check_file(path)
            if problems:
                more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
                raise DataError(f"{problems[0]}{more}")
        except DataError as exc:
            if bundled:
                raise DataError(f"the bundled dataset is broken: {exc}") from None
            warnings.append(f"ignoring {path}: {exc}; run 'healthq validate {path}' for every problem")
            continue
        db.execute("INSERT INTO files VALUES (?,?,?)", (file_no, str(path.resolve()), int(bundled)))
        for entry, span in zip(entries, spans):
            if entry["id"] in chosen and not bundled:
                overridden.append(f"{entry['id']} (from {path})")
            chosen[entry["id"]] = (file_no, entry, span, "bundled" if bundled else str(path))
    name_rows, symptom_rows, entry_rows = [], [], []
    for idx, (eid, (file_no, entry, span, origin)) in enumerate(chosen.items()):
        applies = entry.get("applies_to") or {}
        symptoms = entry["sections"]["symptoms"]
        entry_rows.append((
            idx, eid, entry["title"], entry["category"], json.dumps(entry["aliases"]), file_no, span[0], span[1],
            entry.get("triage", "routine"), entry.get("prevalence", "uncommon"), applies.get("sex", "any"),
            applies.get("age_min"), applies.get("age_max"), len({s["symptom"] for s in symptoms}), origin,
        ))
        seen_norms = set()
        for name, is_title in [(entry["title"], 1)] + [(a, 0) for a in entry["aliases"]] + [(eid.replace("-", " "), 0)]:
            norm = fold(name)
            if norm and norm not in seen_norms:
                seen_norms.add(norm)
                name_rows.append((norm, idx, name, is_title))
        best: dict[str, str] = {}
        for s in symptoms:
            freq = s.get("frequency", "common")
            if best.get(s["symptom"]) != "common":
                best[s["symptom"]] = freq
        symptom_rows += [(sid, idx, freq) for sid, freq in best.items()]
    db.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", entry_rows)
    db.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows)
    db.executemany("INSERT INTO symptoms VALUES (?,?,?)", symptom_rows)
    from . import textindex

    textindex.build(db, [(idx, item[1]) for idx, item in enumerate(chosen.values())])
    db.executescript(_INDEXES)
    fts = "0"
    if len(name_rows) > FTS_THRESHOLD:
        try:
            db.execute("CREATE VIRTUAL TABLE names_fts USING fts5(norm, content='names', content_rowid='rowid', tokenize='trigram')")
            db.execute("INSERT INTO names_fts(rowid, norm) SELECT rowid, norm FROM names")
            fts = "1"
        except sqlite3.Error:
            fts = "0"
    if overridden:
        shown = ", ".join(overridden[:3]) + (f" and {len(overridden) - 3} more" if len(overridden) > 3 else "")
        warnings.append(f"your data replaces the bundled entries for {shown}")
    db.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [("warnings", json.dumps(warnings)), ("names", str(len(name_rows))), ("fts", fts), ("complete", "1")],
    )
    db.commit()


def open_store(cli_paths: list[str] | None = None) -> Store:
    files = [(p, True) for p in bundled_files()] + [(p, False) for p in user_files(cli_paths)]
    key = _key(files)
    directory = cache_dir()
    db = None
    if directory is not None and os.environ.get("HEALTHQ_NO_CACHE") != "1":
        target = directory / f"index-{key}.sqlite"
        db = _open_cached(target)
        if db is None:
            db = _build_cached(directory, target, files)
    if db is None:
        db = sqlite3.connect(":memory:")
        _build(db, files)
    store = Store(db)
    store.warnings = json.loads(store.meta("warnings") or "[]")
    return store


def _open_cached(target: Path) -> sqlite3.Connection | None:
    if not target.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{target}?mode=ro&immutable=1", uri=True)
        row = db.execute("SELECT value FROM meta WHERE key='complete'").fetchone()
        if row and row[0] == "1":
            return db
        db.close()
    except sqlite3.Error:
        pass
    return None


def _build_cached(directory: Path, target: Path, files) -> sqlite3.Connection | None:
    """Build the index into a temporary file and move it into place; None when the cache is unusable."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        tmp = directory / f".{target.name}.{os.getpid()}.tmp"
        db = sqlite3.connect(tmp)
    except (OSError, sqlite3.Error):
        return None
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        _build(db, files)
        db.close()
        os.replace(tmp, target)
        _prune(directory, keep=target)
    except DataError:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error):
        try:
            db.close()
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return None
    return _open_cached(target)


def _prune(directory: Path, keep: Path, limit: int = 8) -> None:
    """Keep the cache small: only the most recent few indexes."""
    try:
        old = sorted(directory.glob("index-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
        for path in old[limit:]:
            if path != keep:
                path.unlink(missing_ok=True)
    except OSError:
        pass


def warn(message: str) -> None:
    from .text import clean

    print(f"Warning: {clean(message)}", file=sys.stderr)
