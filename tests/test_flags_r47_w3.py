"""Round 47, group w3: red flags for the articles' own emergency signs that the flag list did not read
(benchmarks/care_lines.py). Each kind has everyday wordings that must raise its flag at the flag's level,
and near-twins one sign away that must not raise it. Everything goes through the CLI, as a user runs it."""

import pytest

from conftest import assert_flag_fires, assert_flag_quiet, check_json




FIRES = {
    # neutropenic sepsis: blood cancers, bone marrow failure, low white cells (Blood Cancer UK)
    "blood-cancer-fever": [
        "my mum has leukaemia and a temperature of 38.5",
        "he has myeloma and is shivering with a fever",
        "my son has aplastic anaemia and a fever",
        "my white count is low and i'm burning up",
        "she has lymphoma and is shaking and feels awful",
        "I have MDS and suddenly feel really unwell, temp 38.3",
    ],
    # cancer treatment in the articles' words (chemo-fever, widened)
    "chemo-fever": [
        "my dad's on radiotherapy for prostate cancer and has a temperature of 38.2",
        "having treatment for bladder cancer and i'm shivery with a temperature",
        "she's on immunotherapy and has a fever",
        "I'm having treatment for breast cancer and feel very unwell and shivery",
    ],
    # sepsis: someone with an infection who says they might die (sense-of-doom, widened)
    "sense-of-doom": [
        "Someone with an infection says they feel like they might die",
        "my gran has a uti and keeps saying she's dying",
        "he's got pneumonia and thinks he might die",
        "she has a chest infection and says she feels like she's going to die",
        "my leg wound is infected and i honestly feel like i'm going to die",
    ],
    "twins-moving-less": [
        "the babies are moving less today",
        "i can't feel the twins moving since this morning",
        "twin 2 hasn't moved all day",
        "Your babies are moving less than usual, or you cannot feel them moving",
        "i've hardly felt the babies kick today",
    ],
    "asthma-puffs-no-better": [
        "still wheezy after 10 puffs of ventolin",
        "done my asthma action plan and still struggling",
        "my son's done 10 puffs of his blue inhaler and is still breathless",
        "had ten puffs of my reliever, no better",
        "followed her action plan and she's getting worse",
    ],
    "svt-episode-long": [
        "i have svt and this episode has lasted 45 minutes",
        "my svt won't stop, tried the valsalva and ice water nothing works",
        "my svt has been going for half an hour",
        "svt attack lasting longer than usual and the usual tricks aren't working",
    ],
    "pericarditis-warning": [
        "i've got pericarditis and i'm really breathless and dizzy",
        "my husband has pericarditis and has gone cold and clammy",
        "diagnosed with pericarditis last week, now feel faint",
        "pericarditis and my heart is racing",
    ],
    "ohss-warning": [
        "im having ivf and my tummy has swollen up fast and i can hardly pee",
        "had egg collection 3 days ago and now i'm short of breath",
        "on fertility injections and my belly is swelling really quickly",
        "ivf, my stomach has ballooned overnight and i'm barely weeing",
    ],
    "heat-exhaustion-not-better": [
        "i had heat exhaustion and i'm still not better after half an hour in the shade drinking water",
        "my son got too hot at the festival, we cooled him down and after 30 minutes he's still dizzy and sick",
        "Someone with heat exhaustion is not better after 30 minutes of cooling and fluids",
        "dad overheated in the garden, been in the cool with water for 40 minutes and still not better",
    ],
    "no-wet-nappies": [
        "Someone has peed very little or not at all for 12 hours or more and feels unwell",
        "my dad has peed hardly or not at all in the last day",
        "she's weed not at all for 14 hours",
        "he hasn't peed for 14 hours and he's really unwell",
    ],
    "known-aneurysm-sudden-pain": [
        "i have a known aaa and have sudden pain in my back",
        "my dad had his aneurysm repaired last year and now has sudden severe tummy pain",
        "i have marfan syndrome and sudden chest pain",
        "my sister has turner syndrome and suddenly has a ripping pain in her back",
    ],
    "labour-signs-preterm-words": [
        "i have a cervical stitch and i'm having contractions",
        "my waters broke and i'm only 32 weeks",
        "regular tightenings and i'm not yet 37 weeks",
        "period pains coming and going every 10 minutes, worried it's early labour",
    ],
    "gbs-waters-or-labour": [
        "i'm gbs positive and my waters just broke",
        "I carry group B strep and I think I'm in labour",
        "strep b in my last swab, contractions have started",
        "my wife has GBS and her waters have gone",
    ],
    "waters-coloured-or-smelly": [
        "my waters broke and they're green",
        "my waters have gone and it smells funny",
        "think my waters broke, it's brownish",
        "her waters went and the fluid isn't clear",
    ],
    "labour-or-waters-fever": [
        "my waters have gone and i have a temperature",
        "in labour and shivering with a fever",
        "my wife's waters broke yesterday and now she's burning up",
        "I'm in labour and my temp is 38.2",
    ],
}

# urgent flags: the level their sources give
URGENT = {
    "medicine-over-the-dose": [
        "i've taken more paracetamol than the packet says for 3 days",
        "i went over the max dose of paracetamol",
        "I think I took more than the recommended dose of co-codamol today",
        "my dad took more paracetamol than he should have yesterday but feels fine",
    ],
    "limp-or-hot-joint": [
        "my daughter has a fever and won't use her arm",
        "my son has a temperature and cries when i move his leg",
        "toddler with a high temp, won't put weight on her leg",
        "my knee is hot, swollen and really painful and i have a fever",
    ],
}


@pytest.mark.parametrize("flag,text", [(f, t) for f, ts in FIRES.items() for t in ts])
def test_the_sign_raises_its_emergency_flag(cli, flag, text):
    assert_flag_fires(cli, flag, "emergency", text)


@pytest.mark.parametrize("flag,text", [(f, t) for f, ts in URGENT.items() for t in ts])
def test_the_sign_raises_its_urgent_flag(cli, flag, text):
    assert_flag_fires(cli, flag, "urgent", text)


def test_more_than_the_dose_and_being_sick_is_an_emergency(cli):
    data = check_json(cli, "took more than the recommended dose of paracetamol and now i'm being sick")
    ids = [f["id"] for f in data["red_flags"]]
    assert "medicine-over-the-dose-unwell" in ids and data["triage"] == "emergency", ids


def test_more_than_the_dose_alone_is_urgent_as_the_source_says(cli):
    data = check_json(cli, "i went over the max dose of paracetamol")
    assert data["triage"] == "urgent", [f["id"] for f in data["red_flags"]]


NOT = {
    "blood-cancer-fever": [
        "i have leukaemia and a sore throat",
        "my uncle had lymphoma years ago and is fine, just has a cough",
    ],
    "sense-of-doom": ["i'm so embarrassed i could die", "i've got flu and feel like i could die"],
    "twins-moving-less": ["my twins are moving house next week", "my twin toddlers have been moving less since they had a cold"],
    "asthma-puffs-no-better": [
        "had 10 puffs and feel much better now",
        "my action plan says to take 10 puffs if it gets worse",
        "had an asthma attack last night, settled after 8 puffs of blue inhaler, still tight this morning",
    ],
    "svt-episode-long": [
        "i have svt, had an episode yesterday that stopped after 2 minutes",
        "i've had svt for 20 years, it usually stops in a minute",
        "I have AF. My heart has been racing and irregular for about 3 hours now and isn't settling",
    ],
    "pericarditis-warning": ["had pericarditis last year, all fine now", "pericarditis pain is easing with ibuprofen"],
    "ohss-warning": ["on ivf injections and feel a bit bloated", "had ivf last year, now pregnant and well"],
    "heat-exhaustion-not-better": [
        "got too hot in the sun, had some water and felt better after 30 minutes",
        "headache not better after 30 minutes of paracetamol",
    ],
    "known-aneurysm-sudden-pain": ["i have marfan syndrome and my back has ached for years", "my aaa scan is due next month"],
    "labour-signs-preterm-words": [
        "i get premature ventricular contractions",
        "my daughter was born premature and now has tummy cramps coming and going",
    ],
    "gbs-waters-or-labour": ["i had gbs in my last pregnancy, now 20 weeks and well", "what is group b strep"],
    "waters-coloured-or-smelly": ["my water bottle smells funny", "green discharge, not pregnant"],
    "labour-or-waters-fever": ["my waters broke, clear fluid, i'm 39 weeks", "labour ward tour next week, i have a cold"],
    "medicine-over-the-dose": [
        "can i take more paracetamol than the packet says if my tooth is killing me",
        "is it safe to take more than the recommended dose of ibuprofen",
    ],
}


@pytest.mark.parametrize("flag,text", [(f, t) for f, ts in NOT.items() for t in ts])
def test_a_near_twin_does_not_raise_the_flag(cli, flag, text):
    assert_flag_quiet(cli, flag, text)
