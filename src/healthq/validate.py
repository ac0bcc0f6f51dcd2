"""Check condition entries against the documented format (data/schema/condition.schema.json).

Hand-written so that loading data does not pay for a JSON Schema library; the test suite checks
that it agrees with the schema file. Every problem names the file, the entry and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sections import CARE_LEVELS, LEVEL_KEYS, SECTION_KEYS

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ICD10 = re.compile(r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
URL = re.compile(r"^https://\S+$")

CATEGORIES = {
    "pregnancy": "Pregnancy and birth",
    "reproductive": "Periods, womb and ovaries",
    "sexual-health": "Sexual health",
    "breast": "Breast",
    "urinary": "Bladder and urinary",
    "heart": "Heart and circulation",
    "lungs": "Lungs and airways",
    "digestive": "Digestion and liver",
    "hormones": "Hormones and metabolism",
    "brain": "Brain and nerves",
    "mental-health": "Mental health",
    "bones-joints": "Bones, joints and muscles",
    "skin": "Skin",
    "eyes": "Eyes",
    "ear-nose-throat": "Ear, nose and throat",
    "mouth-teeth": "Mouth and teeth",
    "kidney": "Kidneys",
    "mens-health": "Men's health",
    "infections": "Infections",
    "children": "Children",
    "cancer": "Cancer",
    "blood": "Blood",
    "immune": "Immune system and allergy",
    "injuries": "Injuries, heat and first aid",
}
SECTIONS = SECTION_KEYS
TRIAGE = LEVEL_KEYS
PREVALENCE = ("very-common", "common", "uncommon", "rare")
FIELDS = {
    "id", "title", "aliases", "misspellings", "category", "summary", "triage", "prevalence", "applies_to",
    "sections", "when_to_seek_care", "related", "codes", "sources", "reviewed",
}
REQUIRED = FIELDS - {"triage", "prevalence", "applies_to", "misspellings"}
MAX_TEXT = 2000


@dataclass(frozen=True)
class Problem:
    file: str
    entry: str  # the entry's id, or "#N" (its position) when it has no usable id
    field: str  # a dotted path, e.g. "sections.causes[2].detail"
    message: str
    line: int | None = None

    def __str__(self) -> str:
        """One line, safe for a terminal: names from the file never carry escape sequences or line breaks."""
        from .text import one_line

        where = self.file + (f":{self.line}" if self.line else "")
        return one_line(f"{where}: entry {self.entry}: {self.field}: {self.message}")


def _text(value, limit=MAX_TEXT):
    if isinstance(value, str) and len(value) <= limit and value and not value.isspace():
        return None  # the common case first: indexing 100,000 entries calls this millions of times
    if not isinstance(value, str):
        return "must be a string"
    if not value.strip():
        return "must not be empty"
    if len(value) > limit:
        return f"is longer than {limit} characters"
    return None


_SECTION_SET, _CARE_SET, _SOURCE_FIELDS = set(SECTIONS), set(CARE_LEVELS), {"publisher", "title", "url"}
_ITEM_FIELDS = ({"name", "detail", "condition"}, {"name", "detail", "condition", "symptom", "frequency"})


_GOOD_SYMPTOM_IDS: set[str] = set()  # symptom ids already seen to be slugs: a few hundred, used over and over


def _item_ok(item, allowed: set, symptom: bool) -> bool:
    """True when a section item has no problem at all (a fast test; check_entry says what is wrong otherwise)."""
    if item.__class__ is not dict or not item.keys() <= allowed:
        return False
    name, detail = item.get("name"), item.get("detail")
    if not (name.__class__ is str and 0 < len(name) <= MAX_TEXT and not name.isspace()):
        return False
    if not (detail.__class__ is str and 0 < len(detail) <= MAX_TEXT and not detail.isspace()):
        return False
    if "condition" in item and not (isinstance(item["condition"], str) and SLUG.match(item["condition"])):
        return False
    if symptom:
        sid = item.get("symptom")
        if sid.__class__ is not str:
            return False
        if sid not in _GOOD_SYMPTOM_IDS:
            if not SLUG.match(sid):
                return False
            _GOOD_SYMPTOM_IDS.add(sid)
        if "frequency" in item and item["frequency"] not in ("common", "sometimes"):
            return False
    return True


def _items_ok(items: list, symptom: bool) -> bool:
    """True when no item of a section has a problem (one call per section): _item_ok's tests,
    written out in one loop, because the index build runs them for every item of every entry
    (2.4 million at 100,000 conditions) and a call per item cost a fifth of the build."""
    allowed = _ITEM_FIELDS[symptom]
    good_ids = _GOOD_SYMPTOM_IDS
    for item in items:
        if item.__class__ is not dict or not item.keys() <= allowed:
            return False
        name, detail = item.get("name"), item.get("detail")
        if name.__class__ is not str or not 0 < len(name) <= MAX_TEXT or name.isspace():
            return False
        if detail.__class__ is not str or not 0 < len(detail) <= MAX_TEXT or detail.isspace():
            return False
        if "condition" in item and not (isinstance(item["condition"], str) and SLUG.match(item["condition"])):
            return False
        if symptom:
            sid = item.get("symptom")
            if sid.__class__ is not str or (sid not in good_ids and not _item_ok(item, allowed, symptom)):
                return False
            if "frequency" in item and item["frequency"] not in ("common", "sometimes"):
                return False
    return True


def check_entry(entry, file: str, position: int, line: int | None = None) -> list[Problem]:
    """Problems with one entry's own structure (links to other entries are checked by check_links).

    The entry's keys are checked first, then each field present by its check in FIELD_CHECKS, in
    that order; a check is given the entry and `bad(field, message)` to report with.
    """
    problems: list[Problem] = []
    name = f"#{position}"
    if isinstance(entry, dict) and isinstance(entry.get("id"), str) and SLUG.match(entry["id"]):
        name = entry["id"]

    def bad(field, message):
        problems.append(Problem(file, name, field, message, line))

    if not isinstance(entry, dict):
        bad("(entry)", "must be an object")
        return problems
    keys = entry.keys()
    if not REQUIRED <= keys:
        for key in sorted(REQUIRED - keys):
            bad(key, "is missing")
    if not keys <= FIELDS:
        for key in sorted(keys - FIELDS):
            bad(str(key), "is not a known field")
    for field, check in FIELD_CHECKS:
        if field in entry:
            check(entry, bad)
    return problems


def _check_id(entry: dict, bad) -> None:
    eid = entry["id"]
    if not (isinstance(eid, str) and SLUG.match(eid) and len(eid) <= 80):
        bad("id", "must be a slug of lower-case letters, digits and hyphens")


def _check_title(entry: dict, bad) -> None:
    if msg := _text(entry["title"], 200):
        bad("title", msg)


def _check_summary(entry: dict, bad) -> None:
    if msg := _text(entry["summary"], MAX_TEXT):
        bad("summary", msg)


def _check_aliases(entry: dict, bad) -> None:
    if not isinstance(entry["aliases"], list):
        bad("aliases", "must be a list of strings")
        return
    for i, alias in enumerate(entry["aliases"]):
        if msg := _text(alias, 200):
            bad(f"aliases[{i}]", msg)


def _one_of(field: str, allowed):
    """A check that the field is one of a few words."""
    choices = allowed if isinstance(allowed, (tuple, list)) else list(allowed)

    def check(entry: dict, bad) -> None:
        value = entry[field]
        if not (isinstance(value, str) and value in allowed):
            bad(field, "must be one of: " + ", ".join(choices))

    return check


def _object(entry: dict, field: str, bad, required=()) -> dict | None:
    """The field's value when it is an object (each required key missing from it is a problem);
    else None, and the problem said."""
    value = entry[field]
    if not isinstance(value, dict):
        bad(field, "must be an object")
        return None
    for key in required:
        if key not in value:
            bad(f"{field}.{key}", "is missing")
    return value


def _unknown_keys(value: dict, known: set, field: str, bad, message: str) -> None:
    for key in sorted(value.keys() - known) if not value.keys() <= known else ():
        bad(f"{field}.{key}", message)


def _check_applies_to(entry: dict, bad) -> None:
    applies = _object(entry, "applies_to", bad)
    if applies is None:
        return
    _unknown_keys(applies, {"sex", "age_min", "age_max"}, "applies_to", bad, "is not a known field")
    if "sex" in applies and applies["sex"] not in ("female", "male", "any"):
        bad("applies_to.sex", "must be female, male or any")
    for key in ("age_min", "age_max"):
        if key in applies:
            value = applies[key]
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 120:
                bad(f"applies_to.{key}", "must be a whole number from 0 to 120")


def _check_sections(entry: dict, bad) -> None:
    sections = _object(entry, "sections", bad, SECTIONS)
    if sections is None:
        return
    _unknown_keys(sections, _SECTION_SET, "sections", bad, "is not a known section")
    for key in SECTIONS:
        if key not in sections:
            continue
        items = sections[key]
        if not isinstance(items, list) or not items:
            bad(f"sections.{key}", "must be a non-empty list of items")
        elif not _items_ok(items, key == "symptoms"):  # the fast test failed: say what is wrong
            _item_problems(key, items, bad)


def _item_problems(key: str, items: list, bad) -> None:
    """What is wrong with the items of one section (run only when _items_ok found something)."""
    symptom = key == "symptoms"
    allowed = _ITEM_FIELDS[symptom]
    for i, item in enumerate(items):
        if _item_ok(item, allowed, symptom):
            continue
        path = f"sections.{key}[{i}]"
        if not isinstance(item, dict):
            bad(path, "must be an object with name and detail")
            continue
        for extra in sorted(item.keys() - allowed):
            bad(f"{path}.{extra}", "is not a known field")
        for field in ("name", "detail"):
            if field not in item:
                bad(f"{path}.{field}", "is missing")
            elif msg := _text(item[field]):
                bad(f"{path}.{field}", msg)
        if "condition" in item and not (isinstance(item["condition"], str) and SLUG.match(item["condition"])):
            bad(f"{path}.condition", "must be a condition id")
        if symptom:
            if not (isinstance(item.get("symptom"), str) and SLUG.match(item["symptom"])):
                bad(f"{path}.symptom", "must be a symptom id from the vocabulary")
            if "frequency" in item and item["frequency"] not in ("common", "sometimes"):
                bad(f"{path}.frequency", "must be common or sometimes")


def _check_care(entry: dict, bad) -> None:
    care = _object(entry, "when_to_seek_care", bad, CARE_LEVELS)
    if care is None:
        return
    for key in CARE_LEVELS:
        if key not in care:
            continue
        if not isinstance(care[key], list):
            bad(f"when_to_seek_care.{key}", "must be a list of sentences")
        else:
            for i, sentence in enumerate(care[key]):
                if msg := _text(sentence):
                    bad(f"when_to_seek_care.{key}[{i}]", msg)
    _unknown_keys(care, _CARE_SET, "when_to_seek_care", bad, "is not a known level")


def _check_related(entry: dict, bad) -> None:
    related = entry["related"]
    if not isinstance(related, list) or not all(isinstance(r, str) and SLUG.match(r) for r in related):
        bad("related", "must be a list of condition ids")


def _check_codes(entry: dict, bad) -> None:
    codes = entry["codes"]
    if not isinstance(codes, dict):
        bad("codes", "must be an object")
    elif not (isinstance(codes.get("icd10"), str) and ICD10.match(codes["icd10"])):
        bad("codes.icd10", "must be an ICD-10 code such as N96 or E28.2")
    elif not all(isinstance(v, str) for v in codes.values()):
        bad("codes", "every code must be a string")


def _check_sources(entry: dict, bad) -> None:
    sources = entry["sources"]
    if not isinstance(sources, list) or not sources:
        bad("sources", "must list at least one source")
        return
    for i, source in enumerate(sources):
        if not isinstance(source, dict):
            bad(f"sources[{i}]", "must be an object with publisher, title and url")
            continue
        for field in ("publisher", "title", "url"):
            if field not in source:
                bad(f"sources[{i}].{field}", "is missing")
            elif msg := _text(source[field]):
                bad(f"sources[{i}].{field}", msg)
        if isinstance(source.get("url"), str) and not URL.match(source["url"]):
            bad(f"sources[{i}].url", "must be an https:// address")
        for extra in sorted(source.keys() - _SOURCE_FIELDS) if not source.keys() <= _SOURCE_FIELDS else ():
            bad(f"sources[{i}].{extra}", "is not a known field")


def _check_reviewed(entry: dict, bad) -> None:
    if not (isinstance(entry["reviewed"], str) and DATE.match(entry["reviewed"])):
        bad("reviewed", "must be a date such as 2026-11-24")


def _check_misspellings(entry: dict, bad) -> None:
    """`misspellings`: strings, each a new way of typing the entry's name (not its title, an alias
    or another misspelling of it once folded: a copy would only hide which list it belongs to)."""
    from .text import fold

    value = entry["misspellings"]
    if not isinstance(value, list):
        bad("misspellings", "must be a list of strings")
        return
    names = [entry.get("title")] + (entry.get("aliases") if isinstance(entry.get("aliases"), list) else [])
    known = {fold(n) for n in names if isinstance(n, str)}
    for i, typo in enumerate(value):
        if msg := _text(typo, 200):
            bad(f"misspellings[{i}]", msg)
            continue
        folded = fold(typo)
        if folded in known:
            bad(f"misspellings[{i}]", f"{typo!r} is already the title, an alias or a misspelling of this entry")
        known.add(folded)


# Each field's check, in the order problems are reported (after missing and unknown fields).
FIELD_CHECKS = (
    ("id", _check_id),
    ("title", _check_title),
    ("summary", _check_summary),
    ("aliases", _check_aliases),
    ("misspellings", _check_misspellings),
    ("category", _one_of("category", CATEGORIES)),
    ("triage", _one_of("triage", TRIAGE)),
    ("prevalence", _one_of("prevalence", PREVALENCE)),
    ("applies_to", _check_applies_to),
    ("sections", _check_sections),
    ("when_to_seek_care", _check_care),
    ("related", _check_related),
    ("codes", _check_codes),
    ("sources", _check_sources),
    ("reviewed", _check_reviewed),
)


def misspelling_owners(entries: dict[str, dict]) -> dict[str, set[str]]:
    """Folded name -> ids of the entries that use it as a title, an alias or a misspelling."""
    from .text import fold

    owners: dict[str, set[str]] = {}
    for eid, entry in entries.items():
        names = [entry.get("title"), *entry.get("aliases", []), *entry.get("misspellings", [])]
        for name in names:
            if isinstance(name, str):
                owners.setdefault(fold(name), set()).add(eid)
    return owners


def check_links(entries: dict[str, dict], symptom_ids: set[str] | None, file_of: dict[str, str]) -> list[Problem]:
    """Problems with links between entries: related ids, condition links, symptom ids, and a
    misspelling that is another entry's name."""
    from .text import fold

    problems = []
    owners = misspelling_owners(entries)
    for eid, entry in entries.items():
        file = file_of.get(eid, "?")
        for i, typo in enumerate(entry.get("misspellings", [])):
            others = sorted(owners.get(fold(typo), set()) - {eid}) if isinstance(typo, str) else []
            if others:
                problems.append(Problem(file, eid, f"misspellings[{i}]", f"{typo!r} is also a name of {', '.join(others[:3])}: a misspelling must stand for one condition"))
        for i, rid in enumerate(entry.get("related", [])):
            if rid not in entries:
                problems.append(Problem(file, eid, f"related[{i}]", f"no condition has the id {rid!r}"))
            elif rid == eid:
                problems.append(Problem(file, eid, f"related[{i}]", "an entry cannot be related to itself"))
        for key in SECTIONS:
            for i, item in enumerate(entry.get("sections", {}).get(key, [])):
                link = item.get("condition")
                if link and link not in entries:
                    problems.append(Problem(file, eid, f"sections.{key}[{i}].condition", f"no condition has the id {link!r}"))
                if key == "symptoms" and symptom_ids is not None and item.get("symptom") not in symptom_ids:
                    problems.append(Problem(file, eid, f"sections.symptoms[{i}].symptom", f"{item.get('symptom')!r} is not in the symptom vocabulary"))
    return problems
