"""healthq check: reading symptoms, triage that never misses a red flag, ranking, JSON contract."""

import json

import pytest

from conftest import ROOT
from healthq.check import load_vocabulary, rank, read_symptoms, red_flags
from healthq.store import open_store

VOCAB = load_vocabulary(ROOT / "data")
RAW = json.loads((ROOT / "data" / "symptoms.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    import os

    os.environ["HEALTHQ_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    return open_store(None)


def ids(text):
    understood, _ = read_symptoms(VOCAB, [text])
    return {u["id"] for u in understood if not u["negated"]}


@pytest.mark.parametrize("symptom", RAW, ids=lambda s: s["id"])
def test_every_synonym_resolves_to_its_symptom(symptom):
    # the name is typed too, unless it is a description with commas
    names = [] if "," in symptom["name"] else [symptom["name"]]
    for phrase in names + symptom.get("synonyms", []):
        assert symptom["id"] in ids(phrase), phrase


@pytest.mark.parametrize("typed,expected", [
    ("tummy ache", "abdominal-pain"), ("belly pain", "abdominal-pain"), ("stomach pain", "abdominal-pain"),
    ("can't catch my breath", "shortness-of-breath"), ("pain in my lower right tummy", "right-lower-abdominal-pain"),
    ("diarhea", "diarrhoea"), ("vomitting", "vomiting"), ("headach", "headache"),
])
def test_lay_words_and_typos(typed, expected):
    assert expected in ids(typed)


def test_laterality_matters():
    assert "right-lower-abdominal-pain" in ids("right lower abdominal pain")
    assert "right-lower-abdominal-pain" not in ids("left lower abdominal pain")
    assert "flank-pain" not in ids("right lower abdominal pain")


def test_a_sentence_with_duration_is_read():
    found = ids("sore throat and swollen glands for a week")
    assert {"sore-throat", "swollen-glands"} <= found


def test_words_spread_out_in_a_phrase_are_still_read():
    assert "heavy-periods" in ids("heavy bright red bleeding from the vagina")
    found = ids("ring-shaped itchy red rash on my arm")
    assert "ring-shaped-rash" in found and "itchy-skin" in found
    assert "rash" not in found  # the more specific reading replaces the general one


def test_a_gap_never_skips_a_negation():
    assert "eye-pain" not in ids("my eye is not in pain")


def test_context_makes_a_symptom_more_specific(store):
    from healthq.check import check

    assert ids("heavy bleeding") == {"heavy-periods"}
    report = check(store, ["pregnant", "heavy bleeding"])
    assert "heavy-bleeding-pregnancy" in {u["id"] for u in report.understood}
    assert report.triage == "emergency"
    after_birth = check(store, ["gave birth three days ago", "heavy bleeding soaking pads", "dizzy"])
    assert after_birth.triage == "emergency" and after_birth.results[0]["id"] == "postpartum-haemorrhage"
    # heavy bleeding with no context could be a wound: the safer reading; during a period it is not an emergency
    assert check(store, ["heavy bleeding"]).triage == "emergency"
    assert check(store, ["heavy bleeding during my periods"]).triage != "emergency"


def test_negation_is_not_a_symptom():
    understood, _ = read_symptoms(VOCAB, ["cough but no fever"])
    assert {(u["id"], u["negated"]) for u in understood} == {("cough", False), ("fever", True)}


@pytest.mark.parametrize("symptom", [s for s in RAW if s.get("urgency") == "emergency"], ids=lambda s: s["id"])
def test_each_emergency_symptom_forces_emergency(cli, symptom):
    r = cli("check", "--json", symptom["synonyms"][0])
    assert r.code == 0, r
    data = r.json()
    assert data["triage"] == "emergency", (symptom["id"], data["understood"])
    assert data["red_flags"] and all(f["reason"] for f in data["red_flags"])


RULE_CASES = [
    (["chest pain", "sweating"], "heart-attack-signs"),
    (["fever", "stiff neck", "headache"], "meningitis-signs"),
    (["pregnant", "pain on one side of pelvis"], "ectopic-signs"),
    (["hives", "wheezing"], "anaphylaxis-signs"),
    (["short of breath", "swollen calf"], "pulmonary-embolism-signs"),
    (["fever", "confused"], "sepsis-signs"),
    (["hit my head", "vomiting"], "head-injury-signs"),
    (["pregnant", "headache", "blurred vision"], "pre-eclampsia-headache"),
    (["sudden severe eye pain", "red eye", "halos around lights"], "acute-glaucoma"),
    (["bloody diarrhoea", "peeing very little"], "hus-signs"),
]


@pytest.mark.parametrize("typed,rule", RULE_CASES)
def test_each_red_flag_combination_forces_emergency(cli, typed, rule):
    data = cli("check", "--json", *typed).json()
    assert data["triage"] == "emergency"
    emergency = [f for f in data["red_flags"] if f["level"] == "emergency"]
    assert emergency and all(f["reason"] and f["action"] for f in emergency)


def test_urgent_rules_raise_triage_without_calling_it_an_emergency(cli):
    data = cli("check", "--json", "fever", "back from africa").json()
    assert data["triage"] == "urgent" and data["red_flags"]
    assert {f["level"] for f in data["red_flags"]} == {"urgent"}
    assert "malaria" in data["triage_reason"]


def test_every_triage_rule_is_tested():
    rules = {r["id"] for r in json.loads((ROOT / "data" / "triage.json").read_text(encoding="utf-8"))}
    flagged = set()
    for rule in json.loads((ROOT / "data" / "triage.json").read_text(encoding="utf-8")):
        present = set(rule.get("all", []))
        if rule.get("any"):
            present.add(rule["any"][0])
        for group in rule.get("groups", []):
            present.add(group[0])
        flagged |= {f["id"] for f in red_flags(VOCAB, present)}  # emergency and urgent rules alike
    assert rules <= flagged


def test_check_json_contract(cli):
    r = cli("check", "--json", "fever", "cough")
    assert r.code == 0
    data = r.json()
    assert {"triage", "red_flags", "understood", "unrecognised", "results"} <= data.keys()
    assert data["triage"] in ("emergency", "urgent", "routine", "self-care")
    # the loops below must have something to check: both words read, and conditions listed
    assert [(u["text"], u["id"], u["negated"]) for u in data["understood"]] == [("fever", "fever", False), ("cough", "cough", False)]
    assert all({"text", "id", "name"} <= u.keys() for u in data["understood"])
    assert len(data["results"]) == 5 and data["unrecognised"] == []
    for res in data["results"]:
        assert {"id", "title", "score", "matched", "missing"} <= res.keys()
        assert isinstance(res["score"], int) and 0 <= res["score"] <= 100
        assert res["matched"] and {m["id"] for m in res["matched"]} <= {"fever", "cough"}


def test_nothing_recognised_exits_1(cli):
    r = cli("check", "blorp", "zingle")
    assert r.code == 1
    assert r.err.startswith("Error: no symptom recognised")


def test_nothing_recognised_under_json_still_answers_with_the_contract(cli):
    r = cli("check", "--json", "blorp", "zingle")
    assert r.code == 1
    data = r.json()
    assert data["error"] == "no symptom recognised"
    assert data["triage"] is None and data["results"] == [] and data["red_flags"] == []
    assert data["unrecognised"] == ["blorp", "zingle"]
    assert r.err.startswith("Error: no symptom recognised")


def test_emergency_banner_comes_first_in_text(cli):
    r = cli("check", "chest pain", "sweating")
    assert r.code == 0
    assert r.out.splitlines()[0].strip().startswith("EMERGENCY")


def test_unrecognised_words_are_reported(cli):
    data = cli("check", "--json", "fever", "florbix").json()
    assert "florbix" in data["unrecognised"]


def test_sex_excludes_conditions_that_cannot_apply(store):
    present = {"recurrent-pregnancy-loss", "vaginal-bleeding-pregnancy"}
    female = [r["id"] for r in rank(store, VOCAB, present, None, "female", 20)]
    male = [r["id"] for r in rank(store, VOCAB, present, None, "male", 20)]
    assert "recurrent-miscarriage" in female and "recurrent-miscarriage" not in male


def _rank_of(results, cid):
    order = [r["id"] for r in results]
    return order.index(cid) if cid in order else len(order)


def test_adding_a_symptom_the_condition_has_never_lowers_its_rank(store):
    # for each condition, start from one of its common symptoms and add the others one by one
    for idx in range(min(store.count(), 400)):
        row = store.row(idx)
        typical = [s for s, f in store.symptoms_of(idx) if f == "common" and s in VOCAB.symptoms and not VOCAB.symptoms[s].context]
        present: set = set()
        last = None
        for s in typical[:4]:
            present.add(s)
            results = rank(store, VOCAB, present, None, None, 10_000, explain=False)
            position = _rank_of(results, row[1])
            if last is not None:
                assert position <= last, (row[1], sorted(present))
            last = position


def test_pregnancy_brings_the_conditions_of_pregnancy_forward(store):
    from healthq.check import check

    itch = ["itchy hands and feet", "itching worse at night"]
    assert check(store, itch).results[0]["id"] == "scabies"
    assert check(store, ["pregnant"] + itch).results[0]["id"] == "intrahepatic-cholestasis-of-pregnancy"
