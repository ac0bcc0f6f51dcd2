"""Round 60, through the CLI. From blind crisis set 54's misses, by kind (its first run recorded before any change):
no wish to live said with "no" or "not" before it, as in a second language ("i am not wish to live more"); dying "by
my own hand"; an illness welcomed as sparing one the act ("probably cancer. good. saves me doing it myself"); "no
point going on at my age". A comma before a new negation ends the one before it, so "not eating much, don't see
the point in carrying on" says the second. A sports drill ("run suicides", "a suicide squeeze bunt") is no crisis,
nor is a cut made chopping onions. Left items from round 59: a ketone reading under 3 is no DKA sign however it is
said ("ketones on my meter 1.2"); a dog that "got me on the hand" has bitten; strong-smelling wet nappies are smelly
pee (a baby's water infection: NHS); a generator, barbecue or engine burning inside a tent, caravan or garage with a
headache or sickness is 999 (NHS Carbon monoxide poisoning: high levels, A&E)."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_shown


@pytest.mark.parametrize("command,text", [
    ("check", "i am not wish to live more, my head is paining always"),
    ("check", "stomach pains ever since my wife passed. 79. I've no wish to keep living without her"),
    ("check", "old man here. knees gone, eyes going, wife gone. ready to go myself, by my own hand"),
    ("check", "coughing for weeks, probably cancer. good. saves me doing it myself"),
    ("search", "no point going on at my age"),
    ("when", "should i see someone about my back, not sleeping much, dont see the point in carrying on"),
])
def test_a_wish_to_die_said_these_ways_shows_the_crisis_message(cli, command, text):
    assert crisis_shown(cli, command, text), text


@pytest.mark.parametrize("command,text", [
    ("check", "I have no desire to live in London, the rent is too high and I get headaches"),
    ("search", "no point going on at him about his diet"),
    ("check", "built the shed by my own hand and now my back aches"),
    ("check", "great, the landlord will fix the boiler, saves me doing it myself. sore throat though"),
    ("check", "coach made us run suicides and now my calves keep cramping"),
    ("search", "jammed my finger on a suicide squeeze bunt"),
    ("check", "the cut i made on my thumb chopping onions is throbbing"),
    ("check", "not tired, dont want to die, just sore all over"),
])
def test_the_near_twins_do_not(cli, command, text):
    assert not crisis_shown(cli, command, text), text


def _flags(out):
    return [f["id"] for f in out["red_flags"]]


@pytest.mark.parametrize("text,level", [
    ("type 1 diabetic, ketones on my meter 1.2 and feel a bit sick", "routine"),
    ("type 1 diabetic, ketones reading 2.1 on the meter", "urgent"),
    ("type 1 diabetic, ketones on my meter 3.4", "emergency"),
])
def test_a_ketone_reading_sets_the_level_however_it_is_said(cli, text, level):
    out = check_json(cli, text)
    assert out["triage"] == level, (text, out["triage"], _flags(out))


def test_a_dog_that_got_someone_on_the_hand_has_bitten(cli):
    out = check_json(cli, "neighbours dog got me on the hand when i went to stroke it, teeth went through the skin")
    assert "animal-bite" in _flags(out) and out["triage"] == "urgent", out["red_flags"]
    out = check_json(cli, "my cat got me on the arm with her claws, just a scratch")
    assert "animal-bite" not in _flags(out), out["red_flags"]


def test_strong_smelling_wet_nappies_with_a_fever_are_a_water_infection_sign(cli):
    out = check_json(cli, "--age", "10m", "10 month old has had a fever of 39 since yesterday, her diapers smell "
                     "really strong and she's so fussy")
    assert "uti-child" in _flags(out) and out["triage"] == "urgent", out["red_flags"]
    assert "cloudy-urine" in [u.get("id") for u in out["understood"]]


@pytest.mark.parametrize("text,fires", [
    ("running a genny in the tent at the campsite and now got a headache and feel sick", True),
    ("cooked on the disposable bbq inside the tent cos of the rain, now dizzy", True),
    ("we had a bbq in the garden and now i have a headache", False),
])
def test_a_fuel_burning_inside_a_tent_or_garage_with_symptoms_is_999(cli, text, fires):
    out = check_json(cli, text)
    assert ("carbon-monoxide-enclosed" in _flags(out)) is fires, (text, out["red_flags"])
    if fires:
        assert out["triage"] == "emergency"
