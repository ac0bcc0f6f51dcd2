"""Round 51: "&" is read as "and"; diarrhoea and vomiting said as "d and v"; a seizure's length said as a range
("6 or 7 mins", "6-7 minutes"); a COPD flare said in the list's own words for breathlessness; pain under the right
ribs with a temperature (NHS Gallstones: 999). Each wording is new (not a case of any set); the near-twins share
the words and must stay quiet."""

from __future__ import annotations

import pytest

from conftest import check_json, flag_wording_tests

FIRES = {
    ("seizure-long", "emergency"): [
        "my daughter has epilepsy and shes fitting right now, its been going 6 or 7 mins",
        "he has epilepsy, the seizure has been going on 8-10 minutes and hes still jerking",
        "known epileptic, her fit lasted 4 to 8 minutes this time",
        "she has epilepsy, her seizure went on 5+ mins today",
    ],
    ("dehydration-signs", "urgent"): [
        "d&v for 3 days now and feel rough",
        "D and V since the weekend, only weed once today",
        "tummy bug, d n v, just peed twice since yesterday morning",
        "baby has had diarrhoea since yesterday and is wetting fewer nappies",
    ],
    ("copd-flare-not-improving", "urgent"): [
        "i have copd and for 2 days ive been more puffed out than normal",
        "emphysema, coughing a lot more this week and more phlegm",
    ],
    ("gallbladder-pain-fever", "emergency"): [
        "pain under my right ribs since last night and now shivering and hot",
        "upper right tummy pain for hours and my eyes have gone yellow",
        "my gallstone pain is back and ive got a temp of 38.5",
    ],
    ("severe-bleeding", "emergency"): [
        "sliced my thumb on a tin lid, held a tea towel on it 15 mins and its still gushing through",
        "deep cut on my leg from the mower, pressing a cloth on it for 10 mins and blood still coming thru",
    ],
    ("young-child-fall-sick", "emergency"): [
        "my 3 year old fell off the top bunk and has been sick twice and is very sleepy",
        "my 18 month old rolled off the changing table and keeps vomiting",
    ],
    ("head-injury-signs", "emergency"): [
        "had a few pints then fell and banged my head on the bar, bit of a lump",
        "hit my head on the car door last night and cant really remember the drive home",
        "smacked my head on a beam and now im seeing double",
    ],
    ("eye-injury-vision", "emergency"): [
        "my son was poked in the eye by a twig, blood in the eye and he wont open it",
        "my son got hit in the eye with a golf ball and says everything is blurry",
        "elbowed in the eye at football, cant see properly out of it",
    ],
    ("electric-shock-plug", "emergency"): [
        "my daughter poked a hairclip in the plug socket and got a zap, small burn on her finger",
        "got a massive shock off the mains wire while changing a light",
    ],
    ("chest-injury-breathless", "emergency"): [
        "fell off a ladder onto my ribs yesterday and now getting more and more breathless",
        "tackled hard at rugby, ribs killing me, now coughing up blood",
    ],
    ("insect-bite-urgent", "urgent"): [
        "wasp stung me on the ankle yesterday and now its red and swollen about 15cm across",
        "my daughter was stung by a bee on her eyelid and its puffing up",
        "horsefly bite on my leg now has pus and im shivery",
    ],
    ("smoke-inhalation", "emergency"): [
        "small fire in the kitchen, grandad was breathing the smoke for a few minutes and now his voice is hoarse and hes coughing",
    ],
    ("chemical-on-skin", "emergency"): [
        "oven cleaner dripped on my ankle, skin has gone white and burning",
    ],
    ("breathless-more-than-usual", "urgent"): [
        "a lot more breathless than usual since yesterday, even getting dressed",
        "my breathing has got worse since this morning",
    ],
    ("piles-fever-or-pus", "urgent"): [
        "my piles are really sore and now i feel hot and shivery",
        "pus leaking from my bum and a temp of 38",
    ],
}

QUIET = {
    "seizure-long": [
        "my son has epilepsy, his fit lasted about 2 minutes and he is back to normal",
        "she has epilepsy, last seizure was 6 or 7 months ago, should her meds be changed",
    ],
    "dehydration-signs": [
        "d and v yesterday but keeping drinks down today and weeing normally",
        "night shift, only weed once today which is normal for me",
    ],
    "young-child-fall-sick": [
        "my 2 year old fell off the sofa onto the rug, cried for a minute and now playing happily",
        "my 2 year old fell off the bed, was sick once after crying hard, now playing happily",
        "my 3 year old fell off a chair, no bump, then was car sick on the way home",
    ],
    "eye-injury-vision": [
        "toddler poked me in the eye, its watering a bit but my vision is fine",
    ],
    "electric-shock-plug": [
        "got a shock when i saw the electric bill",
        "static shock off the car door",
    ],
    "chest-injury-breathless": [
        "bruised my ribs falling off my bike, sore when i laugh but breathing normally",
        "chest infection for a week and getting more breathless",
    ],
    "insect-bite-urgent": [
        "few mozzie bites on my legs from holiday, itchy but fine",
        "stinging when i wee since yesterday",
    ],
    "breathless-more-than-usual": [
        "getting more out of breath on the stairs over the last few months",
        "not more breathless than usual, just a cough",
    ],
    "piles-fever-or-pus": [
        "piles again, itchy and bleeding a bit on the paper, no temperature",
    ],
    "allergy-breathing": [
        "barking cough at night and a hoarse voice, eating and drinking normally",
        "hoarse voice since the weekend but eating fine",
    ],
    "unresponsive": [
        "high temperature and aching all over, no breathing problems",
    ],
    "severe-bleeding": [
        "cut my finger, held a tissue on it for 5 mins and it stopped",
    ],
    "vomiting-blood": [
        "d&v since yesterday and now theres blood in the poo",
    ],
    "copd-flare-not-improving": [
        "copd, breathing the same as usual, just want to know about the flu jab",
    ],
    "gallbladder-pain-fever": [
        "pain under my right ribs after a fatty tea, lasted an hour and went, no temperature",
        "had my gallbladder out 3 years ago, what can i eat",
    ],
}

test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)


@pytest.mark.parametrize("text", [
    "temp 38.3, dry cough and headache since yesterday, otherwise fit and healthy",
    "im fit and well, sore throat for 2 days",
    "keep fit class last night and now my calf hurts",
])
def test_fit_as_in_healthy_is_no_seizure(cli, text):
    out = check_json(cli, text)
    assert "seizure" not in [u["id"] for u in out["understood"]], text
    assert out["triage"] != "emergency", (text, out["triage"], [f["id"] for f in out["red_flags"]])


@pytest.mark.parametrize("text", ["my son had a fit 10 minutes ago", "fits and a temp of 39"])
def test_a_fit_is_still_a_seizure(cli, text):
    out = check_json(cli, text)
    assert "seizure" in [u["id"] for u in out["understood"]] and out["triage"] == "emergency", text


@pytest.mark.parametrize("typed,spelled", [
    ("chest pain & sweating", "chest pain and sweating"),
    ("no fever & a stiff neck", "no fever and a stiff neck"),
    ("d&v 3 days, dizzy when i stand", "d and v 3 days, dizzy when i stand"),
])
def test_an_ampersand_reads_as_and(cli, typed, spelled):
    a, b = check_json(cli, typed), check_json(cli, spelled)
    assert a["triage"] == b["triage"], (typed, a["triage"], b["triage"])
    assert [f["id"] for f in a["red_flags"]] == [f["id"] for f in b["red_flags"]], typed
    assert [(u["id"], u["negated"]) for u in a["understood"]] == [(u["id"], u["negated"]) for u in b["understood"]]


def test_the_ampersand_is_echoed_as_typed_and_never_listed_as_unread(cli):
    out = check_json(cli, "d&v for 3 days & dizzy")
    assert out["unrecognised"] == [], out["unrecognised"]
    assert out["red_flags"][0]["symptoms"] == ["d&v for 3 days"], out["red_flags"]
