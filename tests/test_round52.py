"""Round 52: wounds that went bad or hold something, fight bites, children's nosebleeds, a rib injury then a chest
infection, testicular pain in boys, poisoning said as a sip, a chewed plant or a child found with a cleaning product,
a fracture bent like a fork, the toilet bowl red; and non-signs narrowed (a painless testicle swelling, an arm that
cannot be lifted for pain, Raynaud's, "breathing fine", snoring pauses). Crisis phrases are read to each clause end.
Each wording is new (not a case of any set); the near-twins share the words and must stay quiet."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_wording_tests, flag_wording_tests

FIRES = {
    ("wound-infected", "urgent"): [
        "grazed my elbow on friday and now theres yellow pus and its warm to the touch",
        "the bite on my hand from the hamster has gone red and hot and there's a red line going up my wrist",
        "stitches in my shin look infected and smell funny",
    ],
    ("wound-something-stuck", "urgent"): [
        "fell on the path and theres still gravel in the graze that wont come out",
        "trod on a broken glass, cut on my heel and i think a bit of glass is still in there",
    ],
    ("fight-bite", "urgent"): [
        "hit a bloke in the mouth last night and split my knuckle on his teeth",
        "cut my hand on someones tooth in a fight, small wound over the knuckle",
    ],
    ("nosebleed-under-2", "emergency"): [
        "my 14 month old has had a nosebleed, stopped now",
        "my 9 month old has blood trickling from her nose",
    ],
    ("child-nosebleeds-often", "urgent"): [
        "my daughter keeps getting nosebleeds and has bruises on her legs",
        "my son has nosebleeds every other day and his grandad has haemophilia",
    ],
    ("rib-injury-chest-infection", "urgent"): [
        "bruised my ribs falling down the stairs last week and now i have a temperature",
        "cracked rib from rugby, now coughing up green phlegm",
    ],
    ("testicle-pain-child", "emergency"): [
        "my son says his testicle hurts",
        "my 11 year old has a swollen painful ball",
    ],
    ("testicle-sudden-pain", "emergency"): [
        "my testicle is so painful i can't walk",
        "swelling in my testicle after falling on the crossbar",
    ],
    ("poisoning", "emergency"): [
        "my 2 year old had a swig of the bathroom cleaner",
        "found my toddler with the dishwasher liquid, some round her mouth",
        "toddler was chewing on a foxglove in the garden",
    ],
    ("open-or-major-fracture", "emergency"): [
        "fell on the ice and my wrist looks bent like a fork",
        "my son fell off the swing and his arm is a funny shape",
    ],
    ("heavy-rectal-bleeding", "emergency"): [
        "after a poo the toilet was all red and i feel faint",
        "passed big clots into the toilet bowl",
    ],
    ("asthma-attack-settled", "urgent"): [
        "had an asthma attack this morning, 8 puffs of the blue inhaler and now breathing fine",
    ],
    ("child-swallowed-medicine", "emergency"): [
        "my son eat some of his nan's heart tablets i think",
        "left my iron tablets on the side and my 2 year old has eaten some",
        "my 2 year old drank some of the big kids medicine",
    ],
    ("paracetamol-over-the-dose", "urgent"): [
        "been taking lemsip and paracetamol together for 2 days, way over the max i think, feel ok",
        "took double the dose of co-codamol all weekend for my tooth",
        "been taking night nurse and 2 paracetamol on top of each dose since yesterday",
    ],
    ("fewer-movements", "emergency"): [
        "30 weeks pregnant, baby has been really quiet since this morning",
        "im 36 weeks and only felt one or two little kicks since breakfast",
    ],
    ("tetanus-prone-wound", "urgent"): [
        "a rusty nail went straight into my heel, i never had a tetanus jab",
    ],
    ("cord-prolapse", "emergency"): [
        "39 weeks, my waters broke and i can see the cord hanging down",
    ],
    ("thunderclap-headache", "emergency"): [
        "got a headache like id been whacked with a bat, went from nothing to the worst ever in seconds",
    ],
    ("choking", "emergency"): [
        "a sweet went down wrong, she has gone quiet and cant make any noise, grabbing at her throat",
    ],
    ("baby-cry-green-vomit", "emergency"): [
        "my 4 week old keeps being sick after feeds and the last time it was bright green",
    ],
    ("no-wet-nappies", "emergency"): [
        "my 10 month old has a tummy bug and her last wet nappy was last night",
    ],
    ("medicine-mix-up", "urgent"): [
        "took my wifes tablets this morning by accident instead of mine",
    ],
    ("diabetic-foot-gangrene", "emergency"): [
        "type 2 diabetic, the ulcer on my big toe is going black",
    ],
    ("diabetic-foot-infection", "urgent"): [
        "im diabetic and the sore on my heel smells and is oozing",
    ],
}

QUIET = {
    "wound-infected": [
        "graze on my knee is scabbing over nicely, no pus",
        "how do i tell if a cut is infected",
        "i cut down on bread and now my gut infection is better",
    ],
    "wound-something-stuck": [
        "cut my finger on glass but i rinsed it and nothing is in it",
    ],
    "fight-bite": [
        "my tooth broke eating a toffee",
        "cut my lip on my own teeth when i fell",
    ],
    "child-nosebleeds-often": [
        "i keep getting nosebleeds in the dry weather",
    ],
    "rib-injury-chest-infection": [
        "sore ribs from coughing with a chest infection",
    ],
    "testicle-sudden-pain": [
        "found a small painless lump on my testicle a few weeks ago",
        "my scrotum has been a bit swollen for a month, no pain",
    ],
    "poisoning": [
        "had a plant based burger and now have wind",
        "cleaned the kitchen with bleach, now my hands are dry",
    ],
    "heavy-rectal-bleeding": [
        "on my period and the toilet bowl is all red",
    ],
    "stroke-arm": [
        "cant lift my arm above my head without it hurting since i fell",
        "numb fingers at night, i shake my hand and it goes",
        "frozen shoulder, cant raise my arm",
    ],
    "frostbite": [
        "my fingers go white then purple when its cold, every winter",
    ],
    "swallowed-object-breathing": [
        "my 2 year old swallowed a button, hes breathing fine and eating",
    ],
    "stridor-at-rest": [
        "my wife snores so loud and sometimes stops breathing in her sleep, then gasps",
    ],
    "paracetamol-over-the-dose": [
        "took 1 extra paracetamol by accident, 5 today instead of 4",
        "can i take double the dose of calpol if she has a high temp",
    ],
    "back-or-neck-injury-nerve-signs": [
        "whiplash from a crash last month, neck stiff, no pins and needles or numbness in my arms",
    ],
    "unresponsive": [
        "thirsty all the time and weeing a lot, not breathing funny or anything",
        "dad is not responding well to the antibiotics, still coughing",
    ],
    "cord-prolapse": [
        "30 weeks pregnant, scan says the cord is round the baby's neck",
    ],
    "child-swallowed-medicine": [
        "my 2 yr old has had a temp for 3 days, eating less but drinking, calpol brings it down",
        "my 3 year old is still drinking and playing after some calpol",
    ],
    "medicine-mix-up": [
        "i took ibuprofen instead of paracetamol for my headache",
    ],
    "testicle-sudden-pain": [
        "got hit by the ball in the stomach, really bad pain",
    ],
    "overdose": [
        "took 1 extra paracetamol by accident, 5 today instead of 4",
    ],
    "stroke-arm": [
        "sat on the loo for ages and my leg went dead and tingly, fine now, face and arms fine",
    ],
    "seizure-long": [
        "my son has epilepsy, he had his usual short seizure, about a minute, and his breathing is fine now",
    ],
}

test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)

SHOWS = [
    "been getting migraines. looked up how many of my tablets it would take. anyway can i take ibuprofen with them?",
    "what's the point of waking up tomorrow",
    "i dont see the point in waking up anymore",
    "my son has been taking his dads sleeping pills hoping not to wake up, also he has a cough",
    "my neighbour keeps saying he doesn't want to go on and there's nothing left for him since his wife died",
    "my brother drives like a maniac now and says if he crashes so be it",
    "my friend takes pills from work to use on herself",
    "nan has stopped her heart tablets so she can be with grandad",
    "i cant take any more, theres no way out",
]
CRISIS_QUIET = [
    "what time should i take my sleeping tablet so i dont wake up groggy",
    "how many paracetamol would it take to get rid of a headache",
    "there's no point waking up early on a sunday",
    "i keep my tablets in a weekly pill box so i dont forget them",
    "why do i keep cutting myself shaving",
    "if the old laptop crashes so be it, i have a backup",
    "theres no way out of this phone contract and it is stressing me, headaches",
]

(test_crisis_wordings_show_the_message, test_crisis_wordings_in_search_too, test_crisis_near_twins_show_no_message,
 test_crisis_wordings_are_read_by_the_phrases) = crisis_wording_tests(SHOWS, CRISIS_QUIET, 2)


@pytest.mark.parametrize("text", [
    "my little one has a rash",
    "our little one is off her food",
])
def test_my_little_one_is_a_child(cli, text):
    assert check_json(cli, text)["patient"]["who"] == "child", text


@pytest.mark.parametrize("text", [
    "back pain after lifting, no pins and needles or numbness in my legs",
    "neck sore since a fall, no pins and needles or weakness",
])
def test_a_negation_runs_over_the_and_inside_a_symptom_name(cli, text):
    out = check_json(cli, text)
    assert all(u["negated"] for u in out["understood"] if u["text"] in ("pins and needles", "numbness", "weakness")), out["understood"]
    assert out["triage"] != "emergency", (text, [f["id"] for f in out["red_flags"]])


def test_a_benign_reading_does_not_hide_a_stroke_sign_beside_it(cli):
    out = check_json(cli, "carpal tunnel for months but today sudden numbness in my face and other arm")
    assert out["triage"] == "emergency" and "stroke-arm" in [f["id"] for f in out["red_flags"]], out["red_flags"]


def test_and_between_two_symptoms_still_ends_a_negation(cli):
    out = check_json(cli, "no fever and a cough for 2 days")
    assert [(u["text"], u["negated"]) for u in out["understood"]] == [("fever", True), ("cough", False)]


def test_a_closing_phrase_is_read_at_a_clause_end_not_only_at_the_end(cli):
    """The same words with another sentence after them still show the message first."""
    alone = "ive worked out how many of my pills it would take"
    for text in (alone, alone + ". anyway, is a headache for 4 days normal?"):
        out = check_json(cli, text)
        assert out["crisis"] is True and out["triage"] == "emergency", text
