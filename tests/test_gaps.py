"""How far apart a red flag's parts may be: a gap `_N_` and a "near" distance count the words that
are not function words, within one clause; exclusions (`unless`) are read at their written
distances. Each test runs a small list of its own through the same reader `check` uses."""

import json

import pytest

from healthq import check, redflags


@pytest.fixture
def flags_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHQ_CACHE_DIR", str(tmp_path / "cache"))

    def make(*flags):
        base = tmp_path / f"data{len(list(tmp_path.glob('data*')))}"
        base.mkdir()
        full = [{"group": "test", "level": "emergency", "reason": "r", "action": "a",
                 "source": {"publisher": "NHS", "title": "t", "url": "https://www.nhs.uk/"}, **f} for f in flags]
        (base / "redflags.json").write_text(json.dumps({"about": "", "concepts": {}, "flags": full}), encoding="utf-8")
        return str(base)

    return make


def fired(base: str, text: str) -> list[str]:
    reading = check.read(check.load_vocabulary(), text)
    found, _read = redflags.evaluate(reading, base)
    return [flag.id for flag, _spans in found]


def test_a_gap_does_not_count_function_words(flags_dir):
    base = flags_dir({"id": "faint", "all": ["fainted _2_still hasnt come round"]})
    assert fired(base, "she fainted in the queue and she still hasn't come round") == ["faint"]
    assert fired(base, "she fainted at work by the big queue and still hasn't come round") == []  # 3 counted words


def test_a_widened_gap_stays_within_one_clause(flags_dir):
    base = flags_dir({"id": "faint", "all": ["fainted _2_still hasnt come round"]})
    assert fired(base, "she fainted in the queue. and she still hasn't come round") == []
    assert fired(base, "she fainted . still hasn't come round") == ["faint"]  # the written gap may, as before


@pytest.mark.parametrize("text", ["he collapsed at home and might be breathing", "he collapsed at home and still breathing"])
def test_modal_verbs_and_scope_ending_words_are_counted(flags_dir, text):
    base = flags_dir({"id": "t", "all": ["collapsed _1_breathing"]})
    assert fired(base, "he collapsed at home and is breathing") == ["t"]  # at, and, is are free: one counted word
    assert fired(base, text) == []  # "might" and "still" are counted: two words


def test_a_near_distance_does_not_count_function_words(flags_dir):
    base = flags_dir({"id": "chest", "all": [{"near": ["chest", "pain"], "within": 2}]})
    assert fired(base, "my chest is where the awful pain is") == ["chest"]
    assert fired(base, "my chest hurts, the awful pain is in my arm") == []  # another clause


def test_an_exclusion_is_not_widened(flags_dir):
    base = flags_dir({"id": "t", "all": ["chest pain"], "unless": ["gym _1_yesterday"]})
    assert fired(base, "chest pain after the gym yesterday") == []
    # the exclusion would match if its gap were widened ("in the morning": one counted word)
    assert fired(base, "chest pain at the gym in the morning yesterday") == ["t"]


def test_function_words_that_carry_meaning_are_counted():
    assert {"the", "in", "she", "and", "my"} <= redflags.FREE
    assert not {"not", "no", "never", "dont", "cant", "but", "still", "might", "could"} & redflags.FREE


def test_a_faint_with_no_coming_round_said_at_a_sentence_s_distance_is_an_emergency(cli):
    r = cli("check", "--json", "my mum fainted in the tesco queue and she still hasn't come round after 2 minutes")
    assert r.json()["triage"] == "emergency"


def test_a_term_written_as_an_inlined_concept_reads_as_the_term_itself(tmp_path, monkeypatch):
    """`{=name}` alone is the concept's text read as the flag's own term (its gap widened past function words), so two
    flags can share one term (medicine-mix-up and medicine-mix-up-unwell); a `{name}` is spelled out at its written
    width."""
    monkeypatch.setenv("HEALTHQ_CACHE_DIR", str(tmp_path / "cache"))
    base = tmp_path / "data"
    base.mkdir()
    common = {"group": "test", "level": "emergency", "reason": "r", "action": "a",
              "source": {"publisher": "NHS", "title": "t", "url": "https://www.nhs.uk/"}}
    flags = [{**common, "id": "inline", "all": ["{=late}"]}, {**common, "id": "nested", "all": ["{late}"]}]
    (base / "redflags.json").write_text(json.dumps({"about": "", "concepts": {"late": "fainted _2_still hasnt come round"},
                                                    "flags": flags}), encoding="utf-8")
    assert fired(str(base), "she fainted in the queue and she still hasn't come round") == ["inline"]
    assert sorted(fired(str(base), "she fainted and still hasn't come round")) == ["inline", "nested"]
