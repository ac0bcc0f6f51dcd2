"""The bundled dataset: structure, links, vocabulary, sources, and the content promises made in the README."""

import json
import re
from collections import defaultdict

import jsonschema
import pytest

from conftest import ROOT, read_entries
from healthq.check import load_vocabulary, tokens
from healthq.store import bundled_files, parse_file
from healthq.text import fold
from healthq.validate import check_entry, check_links

SCHEMA = json.loads((ROOT / "data" / "schema" / "condition.schema.json").read_text(encoding="utf-8"))
FILES = sorted((ROOT / "data" / "conditions").glob("*.json"))
ENTRIES = {e["id"]: e for f in FILES for e in read_entries(f)}
VOCAB = load_vocabulary(ROOT / "data")
# Publishers' own sites: a source must live on one of these.
PUBLISHER_DOMAINS = (
    "nhs.uk", "medlineplus.gov", "cdc.gov", "nih.gov", "who.int", "nice.org.uk", "acog.org", "rcog.org.uk",
    "eshre.eu", "asrm.org", "nhsinform.scot", "mayoclinic.org", "cancer.gov", "cancer.org", "aafp.org",
    "healthychildren.org", "heart.org", "diabetes.org", "asthma.org.uk", "nami.org", "arthritis.org",
    "aad.org", "aao.org", "stroke.org.uk", "bhf.org.uk", "cancerresearchuk.org", "mind.org.uk", "fda.gov",
    "womenshealth.gov", "familydoctor.org", "hhs.gov", "niddk.nih.gov", "versusarthritis.org",
    "bad.org.uk", "rcpsych.ac.uk", "epilepsy.org.uk", "alz.org", "alzheimers.org.uk", "parkinsons.org.uk",
    "mssociety.org.uk", "kidney.org", "nationalmssociety.org", "tommys.org", "miscarriageassociation.org.uk",
    "scts.org", "sja.org.uk", "asthmaandlung.org.uk", "nidirect.gov.uk", "britishlivertrust.org.uk", "cclg.org.uk", "blf.org.uk",
)


def test_there_are_files_and_entries():
    assert FILES, "no bundled condition files"
    assert len(ENTRIES) >= 1


def test_one_file_per_condition_named_by_its_id():
    for f in FILES:
        data = json.loads(f.read_text(encoding="utf-8"))
        assert isinstance(data, dict), f"{f.name} must hold one condition object"
        assert f.stem == data["id"], f"{f.name} holds {data['id']!r}"


def test_validate_rejects_a_one_condition_file_named_otherwise(cli, tmp_path):
    entry = dict(ENTRIES["recurrent-miscarriage"])
    path = tmp_path / "wrong-name.json"
    path.write_text(json.dumps(entry), encoding="utf-8")
    r = cli("validate", str(path))
    assert r.code == 1
    assert "must be the file name" in r.out and "'wrong-name'" in r.out
    right = tmp_path / "recurrent-miscarriage.json"
    right.write_text(json.dumps(entry), encoding="utf-8")
    assert cli("validate", str(right)).code == 0


def test_wheel_and_checkout_see_the_same_files():
    assert [p.name for p in bundled_files()] == [p.name for p in FILES]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_matches_the_json_schema(path):
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), SCHEMA)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_builtin_validator_agrees_with_the_schema(path):
    entries, _spans, lines = parse_file(path)
    problems = [p for n, e in enumerate(entries) for p in check_entry(e, str(path), n + 1, lines[n])]
    assert problems == []


def test_builtin_validator_rejects_what_the_schema_rejects():
    broken = json.loads(json.dumps(ENTRIES["recurrent-miscarriage"]))
    for mutate in (
        lambda e: e.pop("summary"),
        lambda e: e.__setitem__("category", "elsewhere"),
        lambda e: e["codes"].__setitem__("icd10", "n96"),
        lambda e: e["sources"][0].__setitem__("url", "http://insecure.example"),
        lambda e: e["sections"]["causes"].append({"name": "x"}),
        lambda e: e.__setitem__("reviewed", "yesterday"),
        lambda e: e.__setitem__("surprise", 1),
    ):
        entry = json.loads(json.dumps(broken))
        mutate(entry)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate([entry], SCHEMA)
        assert check_entry(entry, "x.json", 1), mutate


def test_ids_are_unique_across_files():
    seen = {}
    for f in FILES:
        for e in read_entries(f):
            assert e["id"] not in seen, f"{e['id']} in {f.name} and {seen[e['id']]}"
            seen[e["id"]] = f.name


def test_every_link_resolves_and_every_symptom_is_in_the_vocabulary():
    assert check_links(ENTRIES, set(VOCAB.symptoms), {}) == []


def _title_names(title: str) -> list[str]:
    """A title and the names it gives: "Hay fever (allergic rhinitis)" is also "hay fever" and
    "allergic rhinitis" ("Head injury (minor and severe)" also gives "minor and severe": harmless)."""
    names = [title]
    if title.endswith(")") and " (" in title:
        head, _, inner = title[:-1].partition(" (")
        names += [head, inner]
    return names


def test_no_alias_is_shared_by_two_conditions():
    """No name leads to two articles: "head injury" was an alias of concussion and the name of the
    head injury article, so `search "head injury"` found two answers scored alike."""
    owners = defaultdict(set)
    for e in ENTRIES.values():
        for name in _title_names(e["title"]) + e["aliases"]:
            owners[fold(name)].add(e["id"])
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_sources_are_named_and_on_publishers_own_sites():
    for e in ENTRIES.values():
        assert len(e["sources"]) >= 2, e["id"]
        for s in e["sources"]:
            host = re.match(r"https://([^/]+)/", s["url"] + "/").group(1).lower()
            assert any(host == d or host.endswith("." + d) for d in PUBLISHER_DOMAINS), (e["id"], s["url"])
            assert s["publisher"].strip() and s["title"].strip()


def test_every_entry_is_reviewed_and_coded():
    for e in ENTRIES.values():
        assert re.match(r"^20\d\d-\d\d-\d\d$", e["reviewed"]), e["id"]
        assert e["codes"]["icd10"], e["id"]


def test_every_entry_has_every_section_and_care_levels():
    for e in ENTRIES.values():
        for key in ("causes", "symptoms", "risk_factors", "diagnosis", "treatment", "prevention", "complications"):
            assert e["sections"][key], (e["id"], key)
        care = e["when_to_seek_care"]
        assert care["urgent"] or care["routine"] or care["emergency"], e["id"]


def test_emergency_advice_says_what_to_do():
    for e in ENTRIES.values():
        for sentence in e["when_to_seek_care"]["emergency"]:
            low = sentence.lower()
            assert any(w in low for w in ("emergency", "999", "911", "112", "a&e", "ambulance", "maternity unit", "now", "immediately", "straight away")), (e["id"], sentence)


def test_recurrent_miscarriage_is_better_than_the_original_article():
    e = ENTRIES["recurrent-miscarriage"]
    causes = " ".join(c["name"] + " " + c["detail"] for c in e["sections"]["causes"]).lower()
    risks = " ".join(c["name"] + " " + c["detail"] for c in e["sections"]["risk_factors"]).lower()
    for term in ("antiphospholipid", "thyroid", "diabetes", "translocation", "uterine septum", "polycystic ovary syndrome", "no cause found"):
        assert term in causes, term
    for term in ("age", "smoking", "alcohol"):
        assert term in risks, term
    assert "about half" in e["summary"].lower() or "half of couples" in causes
    links = {c.get("condition") for c in e["sections"]["causes"]}
    assert {"antiphospholipid-syndrome", "septate-uterus", "polycystic-ovary-syndrome", "hypothyroidism"} <= links
    assert "habitual abortion" in [a.lower() for a in e["aliases"]]


# --- the shared symptom vocabulary --------------------------------------------------------------------

RAW_VOCAB = json.loads((ROOT / "data" / "symptoms.json").read_text(encoding="utf-8"))


def test_vocabulary_ids_unique_and_parents_exist():
    ids = [s["id"] for s in RAW_VOCAB]
    assert len(ids) == len(set(ids))
    for s in RAW_VOCAB:
        if s.get("parent"):
            assert s["parent"] in ids, s["id"]
        assert s.get("specificity") in (1, 2, 3), s["id"]
        if s.get("urgency") == "emergency":
            assert s.get("reason"), s["id"]


def test_no_two_canonical_symptoms_collide():
    owner = {}
    for s in RAW_VOCAB:
        for phrase in [s["name"]] + s.get("synonyms", []):
            key = tokens(phrase)
            if key in owner and owner[key] != s["id"]:
                pytest.fail(f"{phrase!r} belongs to both {owner[key]} and {s['id']}")
            owner[key] = s["id"]


def test_triage_rules_name_real_symptoms():
    rules = json.loads((ROOT / "data" / "triage.json").read_text(encoding="utf-8"))
    for rule in rules:
        named = rule.get("all", []) + rule.get("any", []) + [x for g in rule.get("groups", []) for x in g]
        assert named and rule["reason"], rule["id"]
        for sid in named:
            assert sid in VOCAB.symptoms, (rule["id"], sid)


def test_readme_counts_are_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{len(ENTRIES)} conditions" in readme
    assert f"{len(RAW_VOCAB)} symptoms" in readme


# --- plain language -------------------------------------------------------------------------------------

def _syllables(word: str) -> int:
    w = word.lower().strip(".,;:!?()'\"")
    n = len(re.findall(r"[aeiouy]+", w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and n > 1:
        n -= 1
    return max(1, n)


def reading_grade(text: str) -> float:
    """Flesch-Kincaid grade level: a rough, repeatable estimate of the school grade a text needs."""
    sentences = max(1, len(re.findall(r"[.!?:](\s|$)", text)))
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return 0.39 * len(words) / sentences + 11.8 * sum(map(_syllables, words)) / len(words) - 15.59


def _entry_text(e: dict) -> str:
    parts = [e["summary"]]
    parts += [i["name"] + ". " + i["detail"] for items in e["sections"].values() for i in items]
    parts += [s for sents in e["when_to_seek_care"].values() for s in sents]
    return " ".join(p if p.rstrip().endswith((".", "!", "?")) else p + "." for p in parts)


def test_reading_grade_estimate_tells_plain_from_technical():
    assert reading_grade("Drink plenty of water. Rest at home.") < 4
    assert reading_grade(
        "Pharmacological thromboprophylaxis necessitates individualised consideration of haemorrhagic contraindications."
    ) > 16


def test_every_entry_reads_at_about_grade_8():
    grades = {eid: reading_grade(_entry_text(e)) for eid, e in ENTRIES.items()}
    hard = {eid: round(g, 1) for eid, g in grades.items() if g > 9}
    assert hard == {}, "entries above grade 9"
    assert sum(grades.values()) / len(grades) <= 8


def test_context_rewrites_name_real_symptoms_and_contexts():
    for s in RAW_VOCAB:
        for context, target in s.get("becomes", {}).items():
            assert VOCAB.symptoms[context].context, (s["id"], context)
            assert target in VOCAB.symptoms and target != s["id"], (s["id"], target)


def test_review_log_covers_every_entry():
    """Every entry was read by a second reader: reviews/log.jsonl has a line for it, naming the pages compared."""
    logged = {}
    for line in (ROOT / "reviews" / "log.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            logged.setdefault(row["id"], []).append(row)
    assert set(ENTRIES) - set(logged) == set()
    for eid, rows in logged.items():
        assert all(r["reviewer"] and re.match(r"^20\d\d-\d\d-\d\d$", r["date"]) and isinstance(r["changes"], list) for r in rows), eid
        assert any(r["pages"] for r in rows), eid


# --- misspellings: searched, never a name ---------------------------------------------------------------


def _with(**fields):
    entry = json.loads(json.dumps(ENTRIES["recurrent-miscarriage"]))
    entry.update(fields)
    return entry


@pytest.mark.parametrize("value,message", [
    ("reccurent miscarriage", "must be a list of strings"),
    ([3], "must be a string"),
    ([""], "must not be empty"),
    (["Recurrent Miscarriage"], "already the title"),
    (["habitual abortion"], "already the title"),
    (["reccurent miscarriage", "Reccurent  miscarriage"], "already the title"),
])
def test_the_validator_checks_misspellings(value, message):
    problems = check_entry(_with(misspellings=value), "x.json", 1)
    assert any(p.field.startswith("misspellings") and message in p.message for p in problems), problems


def test_a_misspelling_may_not_be_another_entrys_name():
    entries = dict(ENTRIES, **{"recurrent-miscarriage": _with(misspellings=["maleria", "reccurent miscarriage"])})
    problems = [p for p in check_links(entries, None, {}) if p.field.startswith("misspellings")]
    assert sorted((p.entry, p.field) for p in problems) == [("malaria", "misspellings[0]"), ("recurrent-miscarriage", "misspellings[0]")]
    assert any("also a name of malaria" in str(p) for p in problems)


def test_the_schema_takes_misspellings_and_the_validator_agrees():
    entry = _with(misspellings=["reccurent miscarriage"])
    jsonschema.validate([entry], SCHEMA)
    assert check_entry(entry, "x.json", 1) == []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([_with(misspellings="reccurent")], SCHEMA)


def test_misspellings_recovered_from_review_are_kept_apart_from_aliases():
    assert "diabeties" in ENTRIES["type-2-diabetes"]["misspellings"]
    assert "maleria" in ENTRIES["malaria"]["misspellings"]
    assert {"schitzophrenia", "skitzophrenia"} <= set(ENTRIES["schizophrenia"]["misspellings"])
    for e in ENTRIES.values():
        assert not {fold(m) for m in e.get("misspellings", [])} & {fold(a) for a in [e["title"], *e["aliases"]]}, e["id"]


def test_a_red_flag_symptom_is_never_read_from_one_word_of_a_longer_synonym():
    """check reads a synonym by its words less fillers ("bit", "scared", "getting"): a synonym of a
    symptom that raises the level must keep two words, or it fires on one ("scared of water" read
    "water": 'swallowed some pool water' was rabies; "snake bit me" read "snake")."""
    from healthq.reading import phrase_words

    broad = [(s["id"], syn) for s in RAW_VOCAB if s.get("urgency")
             for syn in [s["name"], *s.get("synonyms", [])] if len(tokens(syn)) == 1 and len(phrase_words(syn)) > 1]
    assert broad == []


def test_no_synonym_is_read_without_the_feeling_word_that_makes_it_a_symptom():
    """check drops "worried", "scared" and "concerned" from what is typed ("I'm worried about my cough"), so a synonym
    that holds one is read by its other words alone: "worried all the time" was read from any "all the time" ("i need
    to go all the time" was anxiety), "scared to talk to people" from "talk to people". Such a synonym cannot be
    read as written."""
    from healthq.reading import phrase_words

    feelings = {"worried", "scared", "concerned"}
    unreadable = [(s["id"], syn) for s in RAW_VOCAB for syn in [s["name"], *s.get("synonyms", [])]
                  if feelings & set(phrase_words(syn))]
    assert unreadable == []


def test_every_red_flag_names_conditions_that_exist():
    """A flag's "conditions" (what its sign warns of) are ranked up by check: each must be an entry."""
    flags = json.loads((ROOT / "data" / "redflags.json").read_text(encoding="utf-8"))["flags"]
    assert all(isinstance(f.get("conditions"), list) for f in flags)
    unknown = [(f["id"], c) for f in flags for c in f["conditions"] if c not in ENTRIES]
    assert unknown == []
    assert sum(bool(f["conditions"]) for f in flags) > len(flags) / 2
