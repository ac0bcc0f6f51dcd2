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

    assert ids("heavy bleeding") == {"heavy-bleeding"}  # from where is not said: no period is invented
    assert "heavy-periods" not in ids("cut my leg on a knife, bleeding heavily")
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


# Each combination rule of data/triage.json, as a person would type it. Feeding a rule its own
# symptom ids proved nothing about the words: here the words must be read as the rule's symptoms,
# and the report must reach the rule's level (from the written red-flag list or from the rule).
TYPED_RULES = {
    "heart-attack-signs": "chest pain and sweating",
    "meningitis-signs": "fever and a stiff neck",
    "meningitis-headache": "fever, headache and the light hurts my eyes",
    "sepsis-signs": "fever and confused",
    "ectopic-signs": "I'm pregnant with sharp pain on one side of lower tummy",
    "pregnancy-bleeding-pain": "pregnant, vaginal bleeding and severe stomach pain",
    "pregnancy-bleeding-pain-2": "bleeding in pregnancy and feeling faint",
    "pre-eclampsia-signs": "pregnant with vision problems",
    "pre-eclampsia-headache": "pregnant, headache and swollen ankles",
    "anaphylaxis-signs": "hives and wheezing",
    "pulmonary-embolism-signs": "short of breath and sharp pain when breathing",
    "stroke-headache": "sudden very severe headache and vomiting",
    "testicle-torsion-signs": "pain in my testicle and vomiting",
    "dka-signs": "high blood sugar and vomiting",
    "head-injury-signs": "hit my head and now vomiting",
    "gi-bleed-signs": "blood in my poo and dizzy",
    "abdominal-peritonitis": "tummy pain, fever, vomiting and pain in the lower right tummy",
    "breathing-child": "noisy breathing and short of breath",
    "asthma-attack": "wheezing, short of breath and struggling to breathe",
    "dehydration-infant": "peeing much less than usual and very drowsy",
    "fever-infant-rash": "newborn temperature, and a rash on her tummy",
    "fever-after-travel": "fever after coming back from africa",
    "acute-glaucoma": "eye pain, red eye and blurred vision",
    "hus-signs": "bloody diarrhoea and peeing much less than usual",
    "dehydration-sickness-diarrhoea": "being sick since yesterday and dizzy when I stand up",
    "head-injury-pain-unrelieved": "hit my head yesterday and painkillers aren't working",
    "painkillers-not-helping": "painkillers not helping",
}
RULES = {r["id"]: r for r in json.loads((ROOT / "data" / "triage.json").read_text(encoding="utf-8"))}


def test_every_triage_rule_has_a_typed_case():
    assert set(TYPED_RULES) == set(RULES)


@pytest.mark.parametrize("rule_id", sorted(TYPED_RULES))
def test_each_triage_rule_from_typed_words(cli, rule_id):
    rule = RULES[rule_id]
    data = cli("check", "--json", TYPED_RULES[rule_id]).json()
    read = {u["id"] for u in data["understood"] if not u["negated"]}
    if data["patient"]["pregnant"]:
        read.add("pregnant")
    # a symptom read in its context counts as the plain one (bleeding when pregnant is read as
    # bleeding in pregnancy, so the rule on pregnant + vaginal-bleeding is met through its -2 twin)
    read |= {plain for plain, rewrites in VOCAB.becomes.items() for target in rewrites.values() if target in read}
    assert set(rule.get("all", [])) <= read, (rule_id, read)
    if rule.get("any"):
        assert read & set(rule["any"]), (rule_id, read)
    for group in rule.get("groups", []):
        assert read & set(group), (rule_id, read)
    assert data["triage"] == rule.get("level", "emergency"), (rule_id, data["triage"], data["red_flags"])
    # when the rule itself is reported, it names the typed symptoms that set it off
    for flag in data["red_flags"]:
        if flag["id"] == rule_id and flag["group"] == "symptoms":
            assert flag["symptoms"] and set(flag["symptoms"]) <= read, flag


def test_a_rule_reports_the_symptoms_that_set_it_off(cli):
    data = cli("check", "--json", TYPED_RULES["gi-bleed-signs"]).json()
    (flag,) = [f for f in data["red_flags"] if f["id"] == "gi-bleed-signs"]
    assert flag["symptoms"] == ["blood-in-stool", "dizziness"] and flag["level"] == "emergency"


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

    itch = ["itchy skin", "dark urine"]
    assert check(store, itch).results[0]["id"] != "intrahepatic-cholestasis-of-pregnancy"
    assert check(store, ["pregnant"] + itch).results[0]["id"] == "intrahepatic-cholestasis-of-pregnancy"
    palms = ["pregnant", "itchy hands and feet", "itching worse at night"]
    assert check(store, palms).results[0]["id"] == "intrahepatic-cholestasis-of-pregnancy"


def test_itching_worse_at_night_is_not_read_as_scabies_burrows(store):
    # the general sign, shared by scabies and cholestasis of pregnancy, is not the burrows of scabies
    understood, _ = read_symptoms(VOCAB, ["itching worse at night"])
    assert [u["id"] for u in understood] == ["itching-worse-at-night"]


def test_an_age_in_the_text_is_not_read_as_how_long_it_has_lasted(cli):
    """"my 3 year old" is the age, not a duration: the report's detail line says only "for 2 days".
    Mutant (2026-12-03 mutation run): the age's words no longer taken out of the durations
    (`age_from != "--age"` -> `==`), and "3 year" was reported as how long the fever had lasted."""
    data = cli("check", "--json", "my 3 year old has had a fever for 2 days").json()
    assert data["patient"]["age_years"] == 3 and data["duration"] == ["for 2 days"], data
    text = cli("check", "my 3 year old has had a fever for 2 days").out
    assert "  Detail: for 2 days\n" in text, text


@pytest.mark.parametrize("text", ["swallowed some pool water but fine now", "saw a snake in the garden",
                                  "my blood thinner dose was changed", "my breath is getting shorter when i climb stairs"])
def test_one_word_of_a_longer_synonym_is_not_that_symptom(cli, text):
    r = cli("check", "--json", text)
    data = r.json()
    assert data.get("triage") != "emergency"
    assert not {"fear-of-water", "snake-bite", "weight-loss", "height-loss"} & {u["id"] for u in data.get("understood", [])}


@pytest.mark.parametrize("text,condition", [
    # signs the written red-flag list reads although the symptom vocabulary has no word for them
    ("his face has dropped on one side and he cant lift his arm", "stroke"),
    ("her face went droopy on one side and her words came out wrong", "stroke"),
    ("purple spots that dont fade when i press a glass on them", "meningitis"),
])
def test_a_fired_red_flag_ranks_the_conditions_it_warns_of(cli, text, condition):
    data = cli("check", "--json", text).json()
    assert data["triage"] == "emergency"
    top3 = [r["id"] for r in data["results"][:3]]
    assert condition in top3
    assert data["results"][top3.index(condition)]["flagged"] is True
    assert any(condition in f["conditions"] for f in data["red_flags"])


def test_without_a_red_flag_no_condition_is_flagged(cli):
    data = cli("check", "--json", "runny nose and sneezing for two days").json()
    assert data["red_flags"] == [] and data["results"]
    assert not any(r["flagged"] for r in data["results"])


def test_age_limits_are_whole_years(cli):
    """newborn-jaundice applies to age 0 (age_max 0): a 5-day-old is 0 years old, not past it."""
    data = cli("check", "--json", "my 5 day old looks yellow, the whites of her eyes too").json()
    assert data["results"][0]["id"] == "newborn-jaundice"


def test_words_in_any_order_read_as_the_full_sorted_table_reads_them():
    """The kept phrase table leaves out of "sorted" the words whose sorted order is a phrase of the same
    symptom (any_order finds them in the phrases): every lookup answers as the full table did."""
    from healthq.check import _build_phrase_table, tokens

    raw = json.loads((ROOT / "data" / "symptoms.json").read_text(encoding="utf-8"))
    table = _build_phrase_table(raw)
    vocab = load_vocabulary()
    assert vocab.sorted_keys == table["sorted"] and len(table["sorted"]) < len(table["phrases"]) * 3 // 4
    full: dict[str, str] = {}
    for key, sid in table["phrases"].items():
        full.setdefault(" ".join(sorted(key.split(" "))), sid)
    assert len(full) > len(table["sorted"])
    asked = set(full)
    for key in table["phrases"]:  # and words that are no phrase in any order: a word changed, one left off
        words = key.split(" ")
        asked.add(" ".join(sorted(words[:-1] + ["zzz"])))
        if len(words) > 2:
            asked.add(" ".join(sorted(words[1:])))
    for words in asked:
        if " " in words:
            assert vocab.any_order(tuple(words.split(" "))) == full.get(words), words
    assert tokens("pain chest")  # the words of a phrase typed in another order
    assert vocab.any_order(("pain", "chest")) == full[" ".join(sorted(("pain", "chest")))]
