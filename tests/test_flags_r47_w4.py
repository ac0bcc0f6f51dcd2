"""Round 47, group w4: the urgent (same-day) signs the articles list that the red-flag list did not read.

Each kind has lay wordings that must fire its flag at its level, and near-twins one sign away that must
not fire it. Everything goes through the CLI, as a user would run it."""

import pytest

from conftest import assert_flag_fires, assert_flag_quiet, check_json
from healthq.reading import Patient
from healthq.redflags import _context_ok




FIRES = {
    # NHS Hearing loss: suddenly losing hearing in one or both ears (the articles' wording, after a flight too)
    "sudden-hearing-loss": [
        "You suddenly lose the hearing in one or both ears after a flight or other pressure change",
        "You have sudden hearing loss in one or both ears",
        "i suddenly lost the hearing in my left ear this morning",
        "my dad has suddenly lost most of his hearing in one ear",
        "lost the hearing in my right ear after the flight yesterday and it hasnt come back",
        "sudden deafness in one ear since last night",
    ],
    # NHS Tinnitus: tinnitus that beats in time with your pulse
    "pulsatile-tinnitus": [
        "You hear a whooshing or thumping that beats in time with your pulse",
        "i can hear my heartbeat in my ear all the time",
        "theres a whooshing noise in my right ear that matches my heartbeat",
        "my tinnitus is pulsing with my heart",
        "she says she hears a thumping sound in her head in time with her pulse",
        "got pulsatile tinnitus in one ear",
    ],
    # NHS Chickenpox: an adult with chickenpox; a newborn baby; a weak immune system and near someone with it
    "chickenpox-adult": [
        "I'm 32 and I think I've got chickenpox",
        "my husband has come down with chicken pox",
        "im 25 and covered in chickenpox spots",
        "my wife has chickenpox and feels rough",
    ],
    "chickenpox-newborn": [
        "my 2 week old baby has chickenpox spots",
        "my baby is 10 days old and I think she has chicken pox",
        "newborn has been near her sister who has chickenpox",
        "A baby under 4 weeks old has chickenpox",
    ],
    "chickenpox-weak-immune": [
        "im on methotrexate and my grandson has chickenpox",
        "had a kidney transplant and was near someone with shingles",
        "i'm having chemo and my niece just came out in chicken pox",
        "my immune system is weak and my colleague has chickenpox",
    ],
    # NHS DVT: a painful, swollen, warm or red leg
    "leg-clot": [
        "You have a painful, swollen, warm leg or arm, but no breathlessness or chest pain",
        "You have pain, swelling, warmth and redness in one leg, even without breathlessness",
        "my leg is swollen and warm to the touch since the flight",
        "his left leg is red, hot and swollen",
        "pain and swelling in my right leg since my operation",
        "my thigh is swollen and feels hot",
    ],
    # NHS Angina: diagnosed angina that feels worse, comes more often, lasts longer or comes at rest (111)
    "angina-getting-worse": [
        "Your angina is coming more often, lasting longer or starting with less effort",
        "my angina attacks are happening more often",
        "my dads angina is getting worse, he gets it just walking to the shop now",
        "i'm using my gtn spray a lot more than before",
        "the angina comes on even when im resting now",
    ],
    # NHS trust PEP page: a sexual health clinic (A&E when it is closed) within 72 hours
    "hiv-exposure-pep": [
        "You may have been exposed to HIV in the last 72 hours, for example through sex without a condom or a needle injury",
        "the condom broke last night and hes hiv positive",
        "had unprotected sex with a stranger at the weekend and im worried about hiv",
        "i stepped on a used needle at the beach today",
        "needlestick injury at work from a used syringe",
        "can i get pep, we had sex without a condom yesterday",
    ],
    # NHS trust knee injury page: cannot fully straighten it (locked), or a lot of swelling within 1-2 hours
    "knee-locked-or-fast-swelling": [
        "Your knee is locked and you cannot straighten it, or it swelled up quickly within a few hours of an injury",
        "my knee locked and i cant straighten my leg",
        "her knee is stuck bent and wont straighten",
        "twisted my knee playing football and it ballooned up within an hour",
        "my knee swelled up straight away after i landed on it",
    ],
    # NHS Septic arthritis: severe pain in a joint that started suddenly, swelling around it
    "hot-swollen-joint-sudden": [
        "You have a sudden, very painful, hot, swollen joint",
        "You suddenly get a swollen, hot, painful joint",
        "woke up with my big toe red hot and swollen",
        "my knee suddenly became hot and swollen overnight",
    ],
    # NICE NG143: 3 to 6 months with 39C or more; the age said as a range is read as its lower end
    "fever-3-to-6-months": [
        "A baby aged 3 to 6 months has a temperature of 39°C or higher",
        "Your baby is 3 to 6 months old and has a temperature of 39C or higher",
        "my baby is between 3 and 6 months old and has a temp of 39",
        "our little one is aged 4 to 5 months and feels hot with a temperature of 39.2",
    ],
}

LEVEL = {fid: "urgent" for fid in FIRES}

NOT_FIRES = {
    "sudden-hearing-loss": ["my hearing has slowly got worse over the years",
                            "my ears popped on the flight but i can hear fine"],
    "pulsatile-tinnitus": ["ringing in my ears after a gig last night", "throbbing toothache in time with my heartbeat",
                           "my heart is pounding and i feel anxious"],
    "chickenpox-adult": ["my son has chickenpox", "I had chickenpox as a child and now have a rash",
                         "You are unsure whether you or your child has had chickenpox or the vaccine",
                         "my 6 year old has chicken pox, how long is she off school"],
    "chickenpox-newborn": ["my 8 month old has chickenpox", "my 3 year old has chickenpox spots"],
    "chickenpox-weak-immune": ["im on chemo and got the chickenpox vaccine years ago",
                               "im on methotrexate and have a sore knee"],
    "leg-clot": ["my legs are swollen at the end of the day", "my leg aches after the gym",
                 # sciatica: pain down one leg, no swelling, warmth or redness (R47 sweep)
                 "shooting pain from my bum down the back of my left leg for 6 weeks, no numbness down below"],
    "angina-getting-worse": ["my angina has been well controlled for years", "my angina is better since the new tablets"],
    "hiv-exposure-pep": ["had unprotected sex 3 weeks ago and now it burns when i pee",
                         "pricked my finger with a needle while sewing",
                         "we had unprotected sex last night, trying for a baby"],
    "knee-locked-or-fast-swelling": ["my knee clicks when i climb the stairs",
                                     "my knee is a bit stiff in the mornings but i can straighten it fine"],
    "hot-swollen-joint-sudden": ["my knee has been a bit swollen and warm for months",
                                 "sprained my ankle, it is swollen and red"],
    "fever-3-to-6-months": ["my 8 month old has a temperature of 39", "a baby aged 6 to 9 months has a temperature of 39"],
}


@pytest.mark.parametrize("fid,text", [(f, t) for f, ts in FIRES.items() for t in ts])
def test_lay_wordings_fire_the_flag_at_its_level(cli, fid, text):
    assert_flag_fires(cli, fid, LEVEL[fid], text)  # every LEVEL is urgent: urgent or emergency


@pytest.mark.parametrize("fid,text", [(f, t) for f, ts in NOT_FIRES.items() for t in ts])
def test_near_twins_do_not_fire_the_flag(cli, fid, text):
    assert_flag_quiet(cli, fid, text)


@pytest.mark.parametrize("age,who,ok", [
    (None, None, True),  # the person typing, no age: not known to be a child
    (34, None, True), (16, "someone else", True),
    (None, "someone else", True),  # "my husband"
    (15, None, False), (0.5, "baby", False),
    (None, "child", False), (None, "baby", False),  # a child or baby whose age was not given
])
def test_not_child_context(age, who, ok):
    assert _context_ok({"not_child": True}, Patient(age=age, who=who)) is ok


@pytest.mark.parametrize("text,years", [
    ("a baby aged 3 to 6 months has a temperature of 39", 0.25),
    ("my baby is between 3 and 6 months old and has a temp of 39", 0.25),
    ("your baby is 3 to 6 months old and has a temperature", 0.25),
    ("children aged 5 to 12 years with a cough", 5),
])
def test_an_age_said_as_a_range_is_read_as_its_lower_end(cli, text, years):
    assert check_json(cli, text)["patient"]["age_years"] == pytest.approx(years, abs=0.01)


@pytest.mark.parametrize("text", ["ive had a cough for 3 to 4 weeks", "sore throat on and off for 2 to 3 days"])
def test_a_duration_said_as_a_range_is_no_age(cli, text):
    assert check_json(cli, text)["patient"]["age_years"] is None
