"""Round 50: a negation stops at an "and" that starts a conjunct of its own (in `check` and in the crisis reader);
"temp" is a fever unless a normal reading stands beside it; symptoms of 3 weeks or more are never self-care; red
flags of the kinds check sets 45b-47b (opened) showed missing, narrowed by readers R62-R63. Each wording is new
(not a case of any set); the near-twins share the words and must stay quiet."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_wording_tests, flag_wording_tests


def _read(cli, text):
    """{symptom id: negated} of what `check` read in the text."""
    return {u["id"]: u["negated"] for u in check_json(cli, text)["understood"]}


@pytest.mark.parametrize("text,sid", [
    ("not sweating and talking nonsense", "confusion"),
    ("she has no temperature and a stiff neck", "stiff-neck"),
    ("no cough plus a rash", "rash"),
])
def test_an_and_ends_the_negation_before_it(cli, text, sid):
    assert _read(cli, text).get(sid) is False, (text, _read(cli, text))


@pytest.mark.parametrize("text,sid", [
    ("no fever and he isn't being sick", "vomiting"),  # the conjunct's own negation governs it
    ("no fever and no cough", "cough"),
    ("no cough or sore throat", "sore-throat"),  # "or" keeps the list denied
])
def test_a_conjunct_with_its_own_negation_or_an_or_list_stays_denied(cli, text, sid):
    assert _read(cli, text).get(sid) is True, (text, _read(cli, text))


def test_a_sign_after_a_denied_one_is_an_emergency(cli):
    out = check_json(cli, "grandad sat in the sun all day, he isn't sweating any more and he's talking nonsense")
    assert out["triage"] == "emergency", out["triage"]


@pytest.mark.parametrize("text,normal", [
    ("sore throat and a temp since last night", False),
    ("temp of 38.4 and shivery", False),
    ("temp 37.6 and a runny nose", True),
    ("37.8 temp, blocked nose", True),
    ("her temperature is 36.9 and she has a cough", True),
])
def test_temp_is_a_fever_unless_a_normal_reading_stands_beside_it(cli, text, normal):
    """`normal`: a reading below a fever stands beside the word, so no fever is read; else a fever, not denied."""
    read = _read(cli, text)
    if normal:
        assert "fever" not in read, (text, read)
    else:
        assert read.get("fever") is False, (text, read)


FIRES = {
    ("heart-attack-indigestion-breathless", "emergency"): [
        "my mum is 79 and has had heartburn for two hours, gaviscon did nothing, now shes breathless and dizzy",
        "awful indigestion and i cant catch my breath and feel faint",
        "heartburn that wont shift, short of breath, pain going into my jaw",
        "not pregnant and heartburn, breathless and dizzy, im 67",
    ],
    ("hives-not-settling", "urgent"): [
        "hives all over my legs for four days now",
        "nettle rash that keeps coming back every few days",
        "raised itchy bumps spreading up my arms even with piriton",
        "hives and a temperature of 38.5",
    ],
    ("indigestion-warning-signs", "urgent"): [
        "indigestion for weeks and ive lost weight without trying",
        "burning in the top of my stomach and i get full after a few bites",
        "food keeps getting stuck going down and ive lost weight without trying",
    ],
    ("seizure-long", "emergency"): [
        "my son started fitting 7 minutes ago and hes still shaking",
        "shes still jerking, it began about ten minutes ago",
    ],
    ("diabetic-collapse", "emergency"): [
        "my wife is type 1, very sweaty and muddled and she cant swallow the lucozade",
        "dad takes insulin, he is not answering properly and very pale",
    ],
    ("stroke-speech", "emergency"): [
        "her words came out all mushy this morning",
        "mum is talking like shes had a few but she doesnt drink",
    ],
    ("asthma-worsening", "urgent"): [
        "my asthma has been acting up, using my blue inhaler five times a day",
    ],
    ("dehydration-signs", "urgent"): [
        "toddler has had diarrhoea all day and wet nappies are far fewer than usual",
    ],
}

FLAG_QUIET = {
    "heart-attack-indigestion-breathless": [
        "indigestion after a big curry, no other symptoms",
        "breathless walking up the hill, no chest pain",
        "32 weeks pregnant, heartburn every night and a bit breathless and dizzy",
        "heartburn and breathless and dizzy when i have a panic attack, not pregnant",
        "heartburn and breathless and dizzy when i have a panic attack",
    ],
    "hives-not-settling": [
        "came up in hives after eating prawns this morning",
        "blotchy red rash on her tummy that fades under a glass",
    ],
    "indigestion-warning-signs": [
        "indigestion after a big meal, gaviscon helped",
        "lost a stone on slimming world and feel great",
        "heartburn every day and food sticks when i swallow",
        "sore throat, painful to swallow and a bit of indigestion",
        "tummy bug, indigestion and i keep being sick today",
    ],
    "seizure-long": [
        "he had a fit 10 minutes ago, it lasted under a minute and he is sleepy now",
        "seizure started 20 mins ago, lasted a minute, she is still groggy",
    ],
    "diabetic-collapse": [
        "type 2 diabetic with a sore throat, it hurts to swallow",
    ],
    "stroke-speech": [
        "my toddler loves mushy peas",
        "voice all thick and croaky with this cold",
        "back from the pub and talking like ive had a few, because i have",
    ],
    "asthma-worsening": [
        "i use my preventer inhaler 3 times a day, asthma is fine",
    ],
}

test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, FLAG_QUIET)


# A crisis phrase after "not ... and" is not denied; an itch named after "no ... and" still is (the itch holds the
# message back only when it is really there)
SHOWS = [
    "not hungry and keep cutting my arms",
    "not sleeping and cutting myself again",
    "no energy and i want to kill myself",
    "no eczema and hives ruled out, i keep scratching my arms till they bleed",
]

CRISIS_QUIET = [
    "i have eczema and keep scratching my arms at night",
    "not eating and a sore throat for two days",
]

(test_each_kind_shows_the_message_first, test_in_search_too, test_near_twins_show_no_message,
 test_the_phrases_not_the_model_read_them) = crisis_wording_tests(SHOWS, CRISIS_QUIET, 2)


@pytest.mark.parametrize("text", [
    "no temp, headaches every morning for a few weeks",
    "hoarse voice for a month, no temp",
])
def test_symptoms_of_three_weeks_or_more_are_never_self_care(cli, text):
    out = check_json(cli, text)
    assert out["triage"] != "self-care", (text, out["triage"])


@pytest.mark.parametrize("text", [
    "runny nose this month, no temp",  # "this month" says when, not how long
    "sneezing since last week, no temp",
])
def test_a_when_is_not_a_how_long(cli, text):
    assert check_json(cli, text)["triage"] == "self-care", text


@pytest.mark.parametrize("text", [
    "no fever and he's not breathing",  # "not breathing" is a symptom, not the conjunct's own negation
    "30 weeks pregnant, no bleeding and baby's not moving",
])
def test_a_sign_that_starts_with_not_after_an_and_is_read(cli, text):
    assert check_json(cli, text)["triage"] == "emergency", text


@pytest.mark.parametrize("text", [
    "fever 36 hours and a headache, now a rash",  # a time, not a reading
    "son 36 fever bad headache and the light hurts his eyes",  # an age, not a reading
    "temp 35.1 and shivering",  # a low temperature is no normal reading
])
def test_a_time_an_age_or_a_low_reading_is_no_normal_temperature(cli, text):
    read = _read(cli, text)
    assert read.get("fever") is False, (text, read)


@pytest.mark.parametrize("text", [
    "32 weeks pregnant, no bleeding and baby hasnt moved all day",
    "28 weeks pregnant, no pain and she hasnt kicked since lunch",
])
def test_a_babys_movements_denied_after_another_denial_are_read(cli, text):
    """"hasn't moved" is the sign itself, not the part's own negation: the "no" before does not reach it."""
    assert check_json(cli, text)["triage"] == "emergency", text
