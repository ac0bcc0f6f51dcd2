"""The index's symptom postings (one row per symptom) agree with the articles they were built from,
after a user file replaces bundled entries and a broken user file is left out."""

import copy
import json
import sqlite3

from conftest import ROOT, write_dataset
from healthq.index import Store, build
from healthq.store import bundled_files


def _expected(store: Store):
    """(idx, symptom, freq) of every condition, worked out from the articles themselves."""
    rows, per_entry = [], {}
    for (idx,) in store.db.execute("SELECT idx FROM entries").fetchall():
        best: dict[str, str] = {}
        for item in store.entry(idx)["sections"]["symptoms"]:
            if best.get(item["symptom"]) != "common":
                best[item["symptom"]] = item.get("frequency", "common")
        per_entry[idx] = list(best.items())
        rows += [(idx, sid, freq) for sid, freq in best.items()]
    return sorted(rows, key=lambda r: (r[1], r[0])), per_entry


def test_postings_match_the_articles_after_replacement_and_a_broken_file(tmp_path):
    cold = json.loads((ROOT / "data" / "conditions" / "common-cold.json").read_text(encoding="utf-8"))
    mine = copy.deepcopy(cold)  # replaces the bundled entry, with other symptoms
    mine["sections"]["symptoms"] = [
        {"name": "Rash", "detail": "A rash.", "symptom": "rash", "frequency": "sometimes"},
        {"name": "Cough", "detail": "A cough.", "symptom": "cough"},
        {"name": "Rash again", "detail": "Common this time.", "symptom": "rash", "frequency": "common"},
    ]
    new = copy.deepcopy(cold)
    new["id"], new["title"], new["aliases"] = "made-up-cold", "Made-up cold", ["made up cold"]
    good = write_dataset(tmp_path / "good.json", [mine, new])
    broken_entry = copy.deepcopy(new)
    broken_entry["id"], broken_entry["title"] = "another-cold", "Another cold"
    del broken_entry["summary"]
    broken = write_dataset(tmp_path / "broken.json", [dict(new, id="third-cold", title="Third cold"), broken_entry])
    files = [(p, True) for p in bundled_files()] + [(good, False), (broken, False)]
    db = sqlite3.connect(":memory:")
    build(db, files)
    store = Store(db)
    assert store.idx_of("third-cold") is None and store.idx_of("made-up-cold") is not None
    expected, per_entry = _expected(store)
    symptom_ids = sorted({r[1] for r in expected})
    assert [tuple(r) for r in store.conditions_with(symptom_ids)] == expected
    for idx, pairs in per_entry.items():
        assert [tuple(p) for p in store.symptoms_of(idx)] == pairs
    replaced = store.idx_of("common-cold")
    assert [tuple(p) for p in store.symptoms_of(replaced)] == [("rash", "common"), ("cough", "common")]
    assert (replaced, "rash", "common") in store.conditions_with(["rash"])
    assert store.conditions_with(["no-such-symptom"]) == []


def test_aliases_are_written_as_json_dumps_writes_them():
    from healthq.index import _json_strings

    for strings in ([], ["a"], ['say "ah"', "é and ü", "back\\slash", "line\nbreak", "\u2028", "\U0001f600", "tab\t"]):
        assert _json_strings(strings) == json.dumps(strings)
