"""Search: how people type, and properties that must hold for any text."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthq.errors import UsageError
from healthq.search import resolve, search
from healthq.store import open_store
from healthq.text import clean, fold, query_terms


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    import os

    os.environ["HEALTHQ_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    return open_store(None)


@pytest.mark.parametrize("typed,expected", [
    ("what causes kidney stones?", "kidney stones"),
    ("symptoms of gout", "gout"),
    ("How do I treat period pain", "period pain"),
    ("gout symptoms", "gout"),
    ("Haemorrhoids", "hemorrhoids"),
    ("Coeliac disease", "celiac disease"),
    ("ＰＣＯＳ", "pcos"),
    ("What are the causes of recurrent miscarriage?", "recurrent miscarriage"),
])
def test_questions_are_reduced_to_the_condition(typed, expected):
    assert query_terms(typed) == expected


def test_british_and_american_spellings_meet():
    for gb, us in [("anaemia", "anemia"), ("oesophagus", "esophagus"), ("diarrhoea", "diarrhea"), ("tumour", "tumor"), ("dysmenorrhoea", "dysmenorrhea"), ("paediatric", "pediatric")]:
        assert fold(gb) == fold(us)


def test_exact_alias_scores_100_and_comes_first(store):
    results = search(store, "habitual abortion", limit=5)
    assert results[0].id == "recurrent-miscarriage" and results[0].score == 100 and results[0].exact


def test_empty_query_is_a_usage_error(store):
    for text in ("", "   ", "???", "\x1b[0m"):
        with pytest.raises(UsageError):
            search(store, text)


def test_nonsense_is_no_match(store):
    assert resolve(store, "qwxz plorb zzzzq").match is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_search_never_raises_and_scores_are_sorted(store, text):
    try:
        results = search(store, text, limit=10)
    except UsageError:
        assert not query_terms(text)
        return
    scores = [m.score for m in results]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= s <= 100 for s in scores)
    assert len({m.id for m in results}) == len(results)


@given(st.text(max_size=200))
def test_clean_leaves_no_control_or_escape_characters(text):
    out = clean(text)
    assert "\x1b" not in out and "\x9b" not in out
    assert all(ch in "\n\t" or not (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) for ch in out)
    assert not any(0xD800 <= ord(ch) <= 0xDFFF or 0x202A <= ord(ch) <= 0x202E for ch in out)


@pytest.mark.parametrize("query,name", [
    ("endometriosis", "endometritis"), ("hyperthyroidism", "hypothyroidism"), ("hypothyroid", "hyperthyroid"),
    ("cervicitis", "cervicosis"), ("tachycardia", "bradycardia"),
])
def test_lookalike_words_with_different_meanings_are_never_the_answer(query, name):
    from healthq.search import _different_meaning

    assert _different_meaning(query, name)


def test_typos_are_still_forgiven():
    from healthq.search import _different_meaning

    for query, name in [("fibriods", "fibroids"), ("misscarriage", "miscarriage"), ("polycistic", "polycystic"), ("hashimotos", "hashimotos")]:
        assert not _different_meaning(query, name)


def test_endometriosis_does_not_open_endometritis(store):
    res = resolve(store, "endometriosis")
    assert res.match is None or res.match.id != "chronic-endometritis"


@pytest.mark.parametrize("word", ["cancer", "bleeding"])
def test_a_word_that_fits_many_conditions_asks_instead_of_answering(cli, word):
    r = cli("causes", word)
    assert r.code == 1 and r.out == ""
    assert "fits several conditions" in r.err and "Did you mean:" in r.err
    data = cli("causes", "--json", word).json()
    assert data["error"] == "no match" and len(data["suggestions"]) >= 2


@pytest.mark.parametrize("word", ["cough", "shortness of breath", "weight loss", "palpitations"])
def test_a_symptom_is_not_a_condition(cli, word):
    r = cli("causes", word)
    assert r.code == 1 and r.out == ""
    assert "is a symptom, not a condition" in r.err and f'healthq check "{word}"' in r.err
    assert cli("causes", "--json", word).json()["symptom"]


def test_a_clear_typo_is_still_answered(cli):
    r = cli("causes", "heart atack")
    assert r.code == 0 and r.out.startswith("Heart attack")


@pytest.mark.parametrize("query,wrong", [
    ("male infertility", "female-infertility"), ("pulmonary hypertension", "high-blood-pressure"),
    ("gallbladder cancer", "bladder-cancer"), ("rubella", "measles"), ("down syndrome", "bppv"),
])
def test_a_query_word_the_name_lacks_means_another_condition(store, query, wrong):
    res = resolve(store, query)
    assert res.match is None or res.match.id != wrong


@pytest.mark.parametrize("word,longer", [("apnoea", "obstructive-sleep-apnoea"), ("fibrillation", "atrial-fibrillation")])
def test_one_word_inside_a_longer_name_is_suggested_not_answered(store, word, longer):
    res = resolve(store, word)
    assert res.match is None and res.others[0].id == longer


@pytest.mark.parametrize("query,expected", [
    ("diabetis", "type-2-diabetes"), ("hemorroids", "haemorrhoids"), ("pain in my lower back", "low-back-pain"),
    ("chiken pox", "chickenpox"), ("kidny stones", "kidney-stones"),
])
def test_typos_plurals_and_word_endings_are_still_answered(store, query, expected):
    res = resolve(store, query)
    assert res.match is not None and res.match.id == expected


def test_every_title_and_alias_opens_its_own_entry(store):
    import json

    from conftest import ROOT, read_entries

    wrong = []
    for path in sorted((ROOT / "data" / "conditions").glob("*.json")):
        for entry in read_entries(path):
            for name in [entry["title"]] + entry["aliases"]:
                res = resolve(store, name)
                if res.match is None or res.match.id != entry["id"]:
                    wrong.append((name, entry["id"], res.match.id if res.match else None))
    assert wrong == []
