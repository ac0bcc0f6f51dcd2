"""What the article commands answer, each kind with its own JSON shape.

`as_json()` is the answer; `empty()` is the same object with nothing in it, which `no_match()`
turns into the no-match object (every field null or empty, "error" and "suggestions"), so a
script reads the same keys whether or not something matched. check's Report and search's Match
keep their as_json beside them; cli.emit() prints any of these.
"""

from __future__ import annotations

from .sections import CARE_LEVELS


def _related_json(related: list[tuple[str, str]]) -> list[dict]:
    return [{"id": rid, "title": title} for rid, title in related]


class SectionAnswer:
    """One section of one entry (causes, symptoms, ..., when): `healthq causes pcos`."""

    def __init__(self, entry: dict, section: str, related: list[tuple[str, str]], match):
        self.entry, self.section, self.related, self.match = entry, section, related, match

    def items(self) -> list:
        if self.section == "when_to_seek_care":
            care = self.entry.get("when_to_seek_care", {})
            return [{"level": level, "text": s} for level in CARE_LEVELS for s in care.get(level, [])]
        return self.entry["sections"].get(self.section, [])

    def as_json(self) -> dict:
        e = self.entry
        return {
            "id": e["id"], "title": e["title"], "section": self.section, "items": self.items(),
            "related": _related_json(self.related), "sources": e.get("sources", []),
            "reviewed": e.get("reviewed"), "matched": self.match.matched, "score": self.match.score,
        }

    @staticmethod
    def empty(section: str | None) -> dict:
        return {"id": None, "title": None, "section": section, "items": [], "related": [], "sources": []}


class ArticleAnswer:
    """The whole entry, as stored: `healthq show pcos`."""

    def __init__(self, entry: dict):
        self.entry = entry

    def as_json(self) -> dict:
        return self.entry

    @staticmethod
    def empty() -> dict:
        return {"id": None, "title": None}


class RelatedAnswer:
    """An entry's related topics: `healthq related pcos`."""

    def __init__(self, entry: dict, related: list[tuple[str, str]]):
        self.entry, self.related = entry, related

    def as_json(self) -> dict:
        return {"id": self.entry["id"], "title": self.entry["title"], "related": _related_json(self.related)}

    @staticmethod
    def empty() -> dict:
        return {"id": None, "title": None, "related": []}


class CompareAnswer:
    """Two entries side by side: `healthq compare cold flu` (the lists are item names)."""

    FIELDS = ("symptoms", "causes", "diagnosis", "treatment")

    def __init__(self, a: dict, b: dict):
        self.a, self.b = a, b

    @classmethod
    def _one(cls, entry: dict) -> dict:
        out = {"id": entry["id"], "title": entry["title"], "summary": entry["summary"]}
        out.update({key: [i["name"] for i in entry["sections"].get(key, [])] for key in cls.FIELDS})
        out.update({"when_to_seek_care": entry.get("when_to_seek_care", {}), "sources": entry.get("sources", [])})
        return out

    def as_json(self) -> dict:
        return {"a": self._one(self.a), "b": self._one(self.b)}

    @staticmethod
    def empty() -> dict:
        return {"a": None, "b": None}


def no_match(empty: dict, suggestions: list | None = None, symptom: str | None = None) -> dict:
    """The no-match object: an answer's empty shape, "error", the suggestions, and the symptom
    when the query was a symptom rather than a condition."""
    out = dict(empty, error="no match", suggestions=[m.as_json() for m in suggestions or []])
    if symptom is not None:
        out["symptom"] = symptom
    return out
