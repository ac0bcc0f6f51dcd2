"""Round 53: pregnancy read from a positive test said loosely, a due date, "bfp" or a scan only pregnancy has (and
not from a covid test); "seeing spots" is a vision sign, spots on the face or in the pants are not; plural "sicks";
a flag's own "no" stops at a clause break ("no blood, wet nappies fine"); and crisis wordings of not caring whether
one lives, risks taken hoping, means one does not trust oneself with, and a denial taken back. Each wording is new
(not a case of any set); the near-twins share the words and must stay quiet."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_wording_tests, flag_wording_tests

FIRES = {
    ("pregnancy-ectopic-pain", "emergency"): [
        "did a test on sunday and it came up positive, now a sharp pain low down on my right",
        "got my bfp 2 weeks ago and have a stabbing pain on my left side",
        "preggo i think, test yesterday positive, severe cramp on one side",
    ],
    ("pre-eclampsia", "emergency"): [
        "baby due in 5 weeks and i keep seeing spots, bad headache",
        "im due in april and my vision has gone blurry",
        "33 weeks, seeing sparkles",
    ],
    ("pregnancy-bleeding", "urgent"): [
        "early scan booked for next week, spotted a little this morning",
        "10 weeks pregnant and a few spots of brown blood when i wiped",
    ],
    ("baby-cry-green-vomit", "emergency"): [
        "my 3 week old, her last few sicks were dark green",
    ],
    ("green-vomit-any-age", "emergency"): [
        "tummy ache and my sicks have been bright green since lunch",
    ],
    ("no-wet-nappies", "emergency"): [
        "my 4 month old has had no wet nappies since this morning",
    ],
    ("giant-cell-arteritis-vision", "emergency"): [
        "my dad is 80, sore scalp when he combs his hair and jaw aches when chewing, now he cant see properly out of his left eye",
        "pain at my temples for a week and today like a shade over my right eye",
    ],
    ("sudden-vision-loss", "emergency"): [
        "like a shade came down over my eye this morning",
    ],
    ("black-stool-tummy-pain", "emergency"): [
        "black sticky poo since yesterday and bad stomach ache",
    ],
    ("black-stool", "urgent"): [
        "my poo has been black like tar for 2 days, no pain",
    ],
    ("pregnancy-infection-contact", "urgent"): [
        "18 weeks pregnant and i dont think ive had chickenpox, my friends little boy came out in spots after our playdate",
        "my nephew who stayed with us has come out in chickenpox, im 24 weeks and never had it",
    ],
}

QUIET = {
    "pregnancy-ectopic-pain": [
        "covid test came back positive and a sharp pain on my left side when i cough",
        "lateral flow test positive yesterday, stabbing pain in my right side",
        "strep test was positive, severe pain on one side of my throat",
    ],
    "pre-eclampsia": [
        "34 weeks pregnant and spots on my chin, is it hormones",
        "30 weeks pregnant, hot flashes at night",
    ],
    "pregnancy-bleeding": [
        "pregnant and little spots on my back, itchy",
        "26 weeks pregnant, seeing spots on my arms, no bleeding",
    ],
    "no-wet-nappies": [
        "my 5 month old is off his milk a bit, no rash, no temperature, wet nappies fine",
        "my 9 week old has a cold, no vomiting, nappies wet as normal",
    ],
    "overdose": [
        "bad toothache, took 2 paracetamol at 7, 2 at 12 and 2 at 5, so 6 today, is that ok",
        "took 3 paracetamol instead of 2 by mistake, so 7 tablets in total today",
    ],
    "medicine-mix-up": [
        "took 3 paracetamol instead of 2 by mistake, so 7 tablets in total today",
    ],
    "black-stool-tummy-pain": [
        "black poo since starting iron tablets, a bit of tummy ache",
        "my poo has been black for 2 days, no tummy pain at all",
    ],
    "seizure-first-or-unknown": [
        "sharp twinge in my chest for a few seconds, gone now. im 40 and fit",
        "healthy and fit, walk 5 miles a day, now my knee aches",
    ],
    "stroke-arm": [
        "pins and needles and numbness in my right hand at night for weeks, shaking it helps",
    ],
}

test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)


@pytest.mark.parametrize("text,pregnant", [
    # pregnancy said without the word
    ("im due in march and have a headache", True),
    ("got a bfp this week, is it normal to feel sick", True),
    ("dating scan was last week, now i have cramps", True),
    ("did a test last night and it was positive, spotting today", True),
    # other tests, and other things "due"
    ("my covid test was positive and i have a sore throat", False),
    ("lft test positive this morning, cough and fever", False),
    ("my period is due next week and i have cramps", False),
    ("due to the cold weather my knees ache", False),
    ("my urine test was positive for infection, burning when i wee", False),
])
def test_pregnancy_is_read_without_the_word_and_not_from_other_tests(cli, text, pregnant):
    assert check_json(cli, text)["patient"]["pregnant"] is pregnant, text


SHOWS = [
    "honestly i dont care if i live or die anymore, bad back too",
    "wake up every day gutted im still alive",
    "been driving on the motorway with no seatbelt on purpose, dont care if i crash",
    "my grandad asked us to take his rifle because he doesnt trust himself with it",
    "since my wife died the dog is all i have. when the dog goes ill go too",
    "wouldnt mind if this lump was cancer, would save me the trouble of doing it myself",
    "the life insurance is worth more than i am alive",
    "my nan keeps saying she wont be a burden to anyone much longer",
    "i keep thinking of jumping off the bridge near work",
    "i keep thinking about stepping in front of a train on my way home",
    "my son is 17 and says hes done w life",
    "ive had enough of living",
    "no im not suicidal... well maybe, sometimes",
    "since my husband passed away i just want to go and join him",
    "doesnt matter, i wont be here anyway",
]
CRISIS_QUIET = [
    "i dont care if i die my hair blue, is it safe when breastfeeding",
    "disappointed im still here at the walk in centre after 4 hours",
    "i dont care if i get hurt playing rugby, is my ankle ok to play on",
    "kind of hoping its just a cold, sore throat and cough",
    "when he goes to the shop ill go too, can i get my flu jab at the pharmacy",
    "only thing keeping me going is coffee with this cold",
    "i wont be around for it anyway, im on holiday that week, can i move my smear test",
    "im not suicidal, just tired all the time, could it be my thyroid",
    "she's not suicidal well maybe a bit low since the baby, is that normal",
    "tired of fighting this cold, what helps",
    "had enough of living in this damp flat, my sons asthma is worse",
    "my mum died last year, id like to go and join her friends on the memorial walk",
]

(test_crisis_wordings_show_the_message, test_crisis_wordings_in_search_too, test_crisis_near_twins_show_no_message,
 test_crisis_wordings_are_read_by_the_phrases) = crisis_wording_tests(SHOWS, CRISIS_QUIET, 3)


@pytest.mark.parametrize("text", [
    "im done. tired of fighting. got my tablets ready for tonight",
    "my daughter has started cutting her legs again, there was blood on her sheets",
])
def test_two_kinds_of_warning_sign_show_the_message(cli, text):
    from conftest import crisis_shown

    assert crisis_shown(cli, "check", text), text


def test_a_wife_just_delivered_is_read_after_birth_with_her_age_given(cli):
    out = check_json(cli, "--age", "31", "--sex", "female",
                     "my wife had our son 12 days ago, she hasnt slept at all for 3 nights and says the tv is talking to her")
    assert out["patient"]["given_birth_recently"] is True
    assert "postpartum-psychosis" in [f["id"] for f in out["red_flags"]] and out["triage"] == "emergency"


def test_paracetamol_over_the_day_limit_is_still_read(cli):
    out = check_json(cli, "took 2 paracetamol every 3 hours since this morning, so 10 today")
    assert out["triage"] in ("urgent", "emergency"), out["triage"]


PART2_FIRES = {
    ("sudden-vision-loss", "emergency"): [
        "cant see properly out of my left eye since i woke up",
    ],
    ("giant-cell-arteritis-vision", "emergency"): [
        "nan has a sore scalp and her jaw aches chewing, now she cant see her left eye",
    ],
    ("seizure-first-or-unknown", "emergency"): [
        "my son fitted at nursery and is very sleepy now",
    ],
    ("child-swallowed-medicine", "emergency"): [
        "my 2 year old drank a bottle of calpol when i wasnt looking",
    ],
    ("stridor-at-rest", "emergency"): [
        "croup, my son has a squeaky noise breathing in even when hes calm and resting",
    ],
    ("pregnancy-bleeding-with-pain", "emergency"): [
        "10 weeks pregnant, bleeding and bad cramps",
    ],
    ("no-wet-nappies", "emergency"): [
        "my dad is 78 and hasnt had a wee since this morning",
        "been throwing up and i didnt pee since last night",
    ],
    ("cauda-equina", "emergency"): [
        "bad back since lifting, now i cant really feel my bum when i wipe",
    ],
    ("back-pain-bladder", "emergency"): [
        "lower back pain and i havent been able to wee properly since this morning",
    ],
}
PART2_QUIET = {
    "fever-under-3-months": [
        "my 3 week old was born at 39 weeks, her cord stump smells a bit",
    ],
    "pregnancy-late-bleeding": [
        "33 weeks pregnant and my gums bleed when i brush",
        "34 weeks pregnant, scratching my feet till they bleed",
    ],
    "stridor-at-rest": [
        "croup, squeaky breathing when she cries but when shes calm her breathing is quiet and normal",
    ],
    "pregnancy-bleeding-with-pain": [
        "7 weeks pregnant, a little brown spotting and a mild period like ache",
    ],
    "seizure-first-or-unknown": [
        "fit n healthy usually but tired all the time lately",
        "gym fit, headache for 3 days",
        "had a fitting for a crown at the dentist, tooth sore",
    ],
}

test_part2_fires, test_part2_near_twins_quiet = flag_wording_tests(PART2_FIRES, PART2_QUIET)


def test_born_at_39_weeks_is_no_pregnancy_and_no_temperature(cli):
    out = check_json(cli, "my 2 week old was born at 39 wks, has a blocked nose")
    assert out["patient"]["pregnant"] is False and "fever-under-3-months" not in [f["id"] for f in out["red_flags"]]


PART3_FIRES = {
    ("stridor", "urgent"): [
        "my 2 year old makes a whistle sound when he breathes in, only when crying",
    ],
    ("stridor-at-rest", "emergency"): [
        "noisy breathing when calm too not just crying, barking cough",
        "croup noise when she cries and also when resting",
    ],
    ("seizure-first-or-unknown", "emergency"): [
        "my daughter fitted this morning and is now sleepy",
    ],
    ("cauda-equina", "emergency"): [
        "backache and numbness in my private area",
    ],
    ("no-wet-nappies", "emergency"): [
        "my husband didnt pee since this morning",
    ],
}
PART3_QUIET = {
    "stridor-at-rest": [
        "he make whistle sound when breath in only if crying, when calm no sound",
        "croupy cough, a rasping sound when she breathes in but only when upset, fine when calm",
        "stridor only when he is crying, normal breathing when calm",
    ],
    "seizure-first-or-unknown": [
        "my son fits in his old clothes still, but he has tummy ache",
        "i fitted carpet all day and now my back hurts",
        "new glasses fitting, getting headaches",
    ],
    "fever-under-3-months": [
        "my baby 4.2kg born 39+2, spots on her face",
    ],
    "pregnancy-late-bleeding": [
        "pregnant 10 weeks, a little brown spotting",
    ],
    "pregnancy-bleeding-with-pain": [
        "im pregnant 7wk, spotting and mild cramps like period pain",
    ],
}

test_part3_fires, test_part3_near_twins_quiet = flag_wording_tests(PART3_FIRES, PART3_QUIET)


def test_weeks_said_after_pregnant_are_read(cli):
    assert check_json(cli, "pregnant 10 weeks and some spotting")["patient"]["pregnancy_weeks"] == 10


PART4_FIRES = {
    ("chemical-in-eye-said-apart", "emergency"): [
        "cleaning the bathroom with bleach spray, it bounced back, got some in my eye",
    ],
    ("sudden-vision-loss", "emergency"): [
        "my vision went black in one eye suddenly, had cataracts for years",
        "lost the sight in my left eye this morning, diabetic for years",
        "mum keeps bumping into things on her left, says half of what she sees has gone",
        "cant see the left half of things since this morning",
    ],
    ("testicle-pain-child", "emergency"): [
        "my 10 week old has had a swollen scrotum since birth but today it is hard and red and he is vomiting",
    ],
    ("chest-pain-spreading", "emergency"): [
        "on a statin, chest pain and arm ache",
    ],
    ("new-confusion", "emergency"): [
        "nan is confused and agitated since yesterday, she has had arthritis for years",
    ],
    ("statin-muscle-pain", "urgent"): [
        "on simvastatin and my thighs ache and feel weak for no reason",
    ],
    ("stomach-ache-worse-quickly", "urgent"): [
        "tummy pain getting worse quite quickly over the afternoon",
    ],
    ("dka", "emergency"): [
        "type 1 diabetic, been sick 3 times this morning",
    ],
}
PART4_QUIET = {
    "sudden-vision-loss": [
        "my eyesight has gone misty over the past year, lights dazzle me at night, nothing sudden",
    ],
    "retinal-detachment-signs": [
        "floaters in my right eye for years, a bit more noticeable lately, no flashes, no shadow or curtain",
    ],
    "testicle-pain-child": [
        "my 3 month old has had a soft swelling on one side of his scrotum since he was born",
    ],
    "chemical-in-eye-said-apart": [
        "used the cleaning spray, later got an eyelash in my eye",
    ],
    "dka": [
        "started metformin for my diabetes, feel a bit sick after meals",
    ],
    "chemical-on-skin": [
        "itchy red blotches on my arms after i tried a new washing powder",
    ],
    "statin-muscle-pain": [
        "on atorvastatin, legs ache after running a half marathon",
    ],
}

test_part4_fires, test_part4_near_twins_quiet = flag_wording_tests(PART4_FIRES, PART4_QUIET)

