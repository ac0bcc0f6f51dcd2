"""A full-text index of each condition's names and symptom text, for ranked retrieval (BM25).

`healthq check` uses it as a second signal beside the symptom vocabulary: a phrase the vocabulary
lacks still counts when a condition's own symptom names or details say it ("throwing up blood"
finds what mentions vomiting blood). Built with the rest of the index in SQLite's FTS5; where
FTS5 is missing the signal is simply absent.
"""

from __future__ import annotations

import sqlite3

TABLE = "condition_text"
# bm25 column weights: a word in a name or symptom name counts more than one in a detail sentence
WEIGHTS = (3.0, 2.0, 1.0)


def create(db: sqlite3.Connection) -> bool:
    """Create the table; False when this SQLite has no FTS5 (the signal is then absent)."""
    try:
        db.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5(names, symptoms, details, tokenize='porter unicode61')")
    except sqlite3.Error:
        return False
    return True


def row(idx: int, entry: dict) -> tuple:
    symptoms = entry["sections"].get("symptoms", [])
    names = " ".join([entry["title"], *entry.get("aliases", [])])
    return (idx, names, " ".join(s["name"] for s in symptoms), " ".join(s["detail"] for s in symptoms))


def insert(db: sqlite3.Connection, rows: list) -> None:
    db.executemany(f"INSERT INTO {TABLE}(rowid, names, symptoms, details) VALUES (?,?,?,?)", rows)


def search(db: sqlite3.Connection, words: list[str], limit: int = 50) -> dict[int, float]:
    """Conditions whose text shares the words, as {idx: relevance 0-1} (1 for the best)."""
    words = sorted({w for w in words if w.isalnum()})
    if not words:
        return {}
    query = " OR ".join(f'"{w}"' for w in words)
    try:
        rows = db.execute(
            f"SELECT rowid, bm25({TABLE}, ?, ?, ?) FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY 2 LIMIT ?",
            (*WEIGHTS, query, limit),
        ).fetchall()
    except sqlite3.Error:
        return {}
    if not rows:
        return {}
    best = -rows[0][1] or 1.0
    return {idx: max(0.0, -score / best) for idx, score in rows}
