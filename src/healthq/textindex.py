"""The full-text index: one FTS5 row per condition, its names and its article text (BM25).

Columns, in order:

- `names`: the title, the aliases and the id's words, folded as typed queries are (fold()), so
  "haemorrhoids" and "hemorrhoids" meet;
- `misspellings`: the entry's `misspellings` field, folded: searched, never shown;
- `symptoms`, `details`: the symptom items' names and details;
- `body`: the summary and the other sections' item names and details.

`search` ranks candidates over all five (search.py holds its weights); `check` ranks over names,
symptoms, details and, weighted low, the body: a second signal beside the symptom vocabulary, so a
phrase the vocabulary lacks still counts when a condition's own text says it ("throwing up blood"
finds what mentions vomiting blood). Built with the rest of the index; where SQLite has no FTS5 the signal is
absent and search falls back to whole names.
"""

from __future__ import annotations

import sqlite3

TABLE = "condition_text"
COLUMNS = ("names", "misspellings", "symptoms", "details", "body")
# `check`'s bm25 column weights: a word in a name or symptom name counts more than one in a detail
# sentence, and the rest of the article (causes, risk factors, what helps) counts a little: it says
# what comes with a condition ("after a fall", "on a night out", "a rusty nail"). Chosen on the
# 3,034 cases of check sets 1-11 that name a condition in the data: the right one in the top 3 for
# 76.9% with the rest of the article left out, 78.3% at 0.15, 79.3% at 0.3, 79.1% at 0.5 and 77.9%
# at 1 (2026-12-03; set 12 was written afterwards to measure it). Misspellings do not take part.
CHECK_COLUMNS = "{names symptoms details body}"
CHECK_WEIGHTS = (3.0, 0.0, 2.0, 1.0, 0.3)
SEPARATOR = " ; "  # between two names in one column: not a token, so no phrase spans it in meaning


def create(db: sqlite3.Connection) -> bool:
    """Create the table; False when this SQLite has no FTS5 (the signal is then absent).

    The table is written once, in one transaction, so segments are not merged while it fills
    (automerge 0, and crisismerge far above the number of segments a build makes): merging them as
    it went cost a quarter of the insert time, and a query over the unmerged segments of 100,000
    conditions takes no longer. (detail=column, which drops word positions, saved a little more
    but made bm25() six times slower: `check` ranks thousands of rows at that scale.)
    """
    try:
        db.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5({', '.join(COLUMNS)}, tokenize='porter unicode61')")
        db.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('automerge', 0)")
        db.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('crisismerge', 1000)")
    except sqlite3.Error:
        return False
    return True


def row(idx: int, entry: dict, norms: list[str] | None = None, typos: list[str] | None = None) -> tuple:
    """One condition's row. `norms` are its folded names, `typos` its folded misspellings (the
    index build fills both in later, when it has folded a whole batch of names at once).

    A sentence repeated within one article is indexed once: it says nothing new, and bulk data
    repeats boilerplate (the synthetic benchmark repeats one detail sentence in every item).
    """
    sections = entry["sections"]
    symptoms = sections.get("symptoms", [])
    body = [entry["summary"]]
    body += [text for key, items in sections.items() if key != "symptoms" for item in items for text in (item["name"], item["detail"])]
    return (
        idx,
        SEPARATOR.join(norms or ()),
        SEPARATOR.join(typos or ()),
        " ".join([s["name"] for s in symptoms]),
        " ".join(dict.fromkeys([s["detail"] for s in symptoms])),
        " ".join(dict.fromkeys(body)),
    )


def insert(db: sqlite3.Connection, rows: list) -> None:
    db.executemany(f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) VALUES (?,?,?,?,?,?)", rows)


def _quoted(words) -> str:
    return " OR ".join(f'"{w}"' for w in words)


def search(db: sqlite3.Connection, words: list[str], limit: int = 50) -> dict[int, float]:
    """`check`: conditions whose names, symptom text and article share the words, as {idx: relevance 0-1} (1 for the best)."""
    words = sorted({w for w in words if w.isalnum()})
    if not words:
        return {}
    query = f"{CHECK_COLUMNS} : ({_quoted(words)})"
    try:
        rows = db.execute(
            f"SELECT rowid, bm25({TABLE}, ?, ?, ?, ?, ?) FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY 2 LIMIT ?",
            (*CHECK_WEIGHTS, query, limit),
        ).fetchall()
    except sqlite3.Error:
        return {}
    if not rows:
        return {}
    best = -rows[0][1] or 1.0
    return {idx: max(0.0, -score / best) for idx, score in rows}


def rank(db: sqlite3.Connection, words: list[str], weights: tuple, limit: int) -> list[tuple[int, float]]:
    """`search`: (idx, bm25 relevance, higher is better) of the conditions that share any word, best first."""
    words = sorted({w for w in words if w.isalnum()})
    if not words:
        return []
    rows = db.execute(
        f"SELECT rowid, bm25({TABLE}, ?, ?, ?, ?, ?) FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY 2 LIMIT ?",
        (*weights, _quoted(words), limit),
    ).fetchall()
    return [(idx, -score) for idx, score in rows]


def count(db: sqlite3.Connection, word: str, columns: str = "") -> int:
    """How many conditions have the word (in `columns`, an FTS5 column filter such as '{names}', or anywhere)."""
    if not word.isalnum():
        return 0
    query = f'{columns} : "{word}"' if columns else f'"{word}"'
    return db.execute(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH ?", (query,)).fetchone()[0]


def having(db: sqlite3.Connection, word: str, idxs: list[int], columns: str) -> set[int]:
    """Which of the conditions `idxs` have the word in `columns`."""
    if not word.isalnum() or not idxs:
        return set()
    marks = ",".join("?" * len(idxs))
    rows = db.execute(
        f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? AND rowid IN ({marks})", (f'{columns} : "{word}"', *idxs)
    ).fetchall()
    return {r[0] for r in rows}


def misspellings(db: sqlite3.Connection, idxs: list[int]) -> dict[int, list[str]]:
    """The folded misspellings of these conditions."""
    if not idxs:
        return {}
    marks = ",".join("?" * len(idxs))
    rows = db.execute(f"SELECT rowid, misspellings FROM {TABLE} WHERE rowid IN ({marks})", idxs).fetchall()
    return {r[0]: [m for m in r[1].split(SEPARATOR) if m] for r in rows if r[1]}
