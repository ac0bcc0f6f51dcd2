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

from conftest import assert_flag_fires, assert_flag_quiet, check_json, crisis_shown

# Each wording, the command it is typed into, and whether the crisis message comes first, by kind.
CRISIS_WORDINGS = [
    # Crisis set 54's misses: no wish to live said with "no"/"not", by one's own hand, an illness welcomed as sparing
    # the act, no point going on at one's age, a comma before a new negation.
    ("check", "i am not wish to live more, my head is paining always", True),
    ("check", "stomach pains ever since my wife passed. 79. I've no wish to keep living without her", True),
    ("check", "old man here. knees gone, eyes going, wife gone. ready to go myself, by my own hand", True),
    ("check", "coughing for weeks, probably cancer. good. saves me doing it myself", True),
    ("search", "no point going on at my age", True),
    ("when", "should i see someone about my back, not sleeping much, dont see the point in carrying on", True),
    ("check", "I have no desire to live in London, the rent is too high and I get headaches", False),
    ("search", "no point going on at him about his diet", False),
    ("check", "built the shed by my own hand and now my back aches", False),
    ("check", "great, the landlord will fix the boiler, saves me doing it myself. sore throat though", False),
    ("check", "coach made us run suicides and now my calves keep cramping", False),
    ("search", "jammed my finger on a suicide squeeze bunt", False),
    ("check", "the cut i made on my thumb chopping onions is throbbing", False),
    ("check", "not tired, dont want to die, just sore all over", False),
    # Reader R102's wordings.
    ("check", "honestly ive no wish to keep living like this", True),
    ("check", "the cut i made on my thumb opening a tin is throbbing a bit", False),
    # Crisis set 55's misses: an illness hoped to kill, harm for a hated body, all the means asked if quick.
    ("check", "sore throat for a week, honestly hoping its something that kills me", True),
    ("check", "hope this flu doesnt kill me lol", False),
    ("check", "i hit my arms with a hairbrush most nights cos i hate my body", True),
    ("search", "if i swallow all of nans oxycodone would it be quick", True),
    ("search", "if i take all my annual leave at once will it be quick to get approved", False),
    # Crisis set 56's over-shows: "about to die" as fear, a trip said without a subject.
    ("causes", "panic attacks make me feel like im about to die, heart pounding and cant breathe", False),
    ("check", "im about to die, i have the pills ready", True),
    ("search", "i wont be around next week, away on a work trip, which jabs do i need for india", False),
    ("check", "i wont be around next week, i cant do this anymore", True),
    # Crisis set 58's miss: the height of a fall that would kill.
    ("search", "what height fall would definitely kill me", True),
    ("search", "how many feet before a fall is fatal", True),
    ("search", "what height fall would kill a cat", False),
]


@pytest.mark.parametrize("command,text,shown", CRISIS_WORDINGS)
def test_each_wording_shows_the_crisis_message_first_or_not(cli, command, text, shown):
    assert crisis_shown(cli, command, text) is shown, text


# Red flags: (flag, level, text, age) that fire at exactly that level, and (flag, text, age) that stay quiet.
FLAG_FIRES = [
    # Left from round 59: a dog that "got me on the hand", teeth first; smelly wet nappies; fuel burnt inside.
    ("animal-bite", "urgent", "neighbours dog got me on the hand when i went to stroke it, teeth went through the skin",
     None),
    ("animal-bite", "urgent", "its teeth went through my thumb, the dog at the park", None),
    ("uti-child", "urgent", "10 month old has had a fever of 39 since yesterday, her diapers smell really strong and "
     "she's so fussy", "10m"),
    ("carbon-monoxide-enclosed", "emergency",
     "running a genny in the tent at the campsite and now got a headache and feel sick", None),
    ("carbon-monoxide-enclosed", "emergency", "cooked on the disposable bbq inside the tent cos of the rain, now dizzy",
     None),
    ("carbon-monoxide-enclosed", "emergency",
     "took a disposable bbq into the tent after, now got a headache and feel sick", None),
    ("carbon-monoxide-enclosed", "emergency",
     "sat in the car with the engine running in the closed garage, headache now", None),
    # Check sets 91a and 91b's misses.
    ("stiff-neck-fever", "emergency", "son has a bad headache and a temp, been sick, says his neck hurts when he tries "
     "to look down", "8"),
    ("unresponsive", "emergency", "found grandad in his chair sweaty and mumbling and now hes hardly waking up", None),
    ("new-confusion", "emergency", "mum is suddenly confused with her words today", "85"),
    ("paracetamol-over-the-dose-unwell", "emergency", "dad looked at his paracetamol box, he's had 12 of the 500mg "
     "ones since yesterday lunchtime, says he feels ok just a bit sick", "80"),
    # Check sets 92a and 92b's misses: an American reliever, barely able to talk with a wheeze.
    ("reliever-not-working", "emergency",
     "my albuterol isnt doing anything, used it loads in the last hour and still wheezy", None),
    ("severe-breathing", "emergency", "asthma flare, I'm wheezing and can barely talk", None),
    ("severe-breathing", "emergency", "wheezing so bad i can hardly walk to the kitchen or talk", None),
    # Check sets 93a and 93b's misses: a rash that does not fade, a painful eye with contacts, a weak arm, lochia.
    ("non-blanching-rash", "emergency", "did the glass test and it didnt fade", "9m"),
    ("non-blanching-rash", "emergency", "pressed a glass on the spots and can still see them", "9m"),
    ("stroke-arm", "emergency", "woke up and my right arm is numb and weak, I can't lift it", "30"),
    ("postpartum-heavy-bleeding", "emergency",
     "had my baby 5 days ago, bleeding like a heavy period and soaking a pad every hour", None),
    # Check set 95b's miss: a headache that came in a split second.
    ("thunderclap-headache", "emergency",
     "headache came on in a split second while i was carrying the shopping up the stairs", None),
]
FLAG_QUIET = [
    ("animal-bite", "my cat got me on the arm with her claws, just a scratch", None),
    ("animal-bite", "the dog got me on the hand with its paw, tiny scratch", None),
    ("uti-child", "wet nappies smell normal but hes off his food a bit", "10m"),
    ("carbon-monoxide-enclosed", "we had a bbq in the garden and now i have a headache", None),
    ("stiff-neck-fever", "got flu, temp and headache, my neck aches from lying on the sofa", None),
    ("unresponsive", "im hardly waking up in the mornings for work, so tired", None),
    ("new-confusion", "mum gets muddled with her tablets, took her next dose early, feels fine", "85"),
    ("blood-in-urine", "had beetroot for tea and now my wee is pink", None),
    ("dka", "on keto, ketones 3.4 on my meter, feel great", None),
    ("non-blanching-rash", "spots on his tummy that fade when I press a glass on them. still feeding fine", "9m"),
    ("non-blanching-rash", "rash on his tummy, did the glass test and it faded", "9m"),
    ("stroke-arm", "woke up with my hand numb and tingly, I'd been lying on that arm all night, shook it and it's "
     "back to normal", "30"),
    ("postpartum-heavy-bleeding", "had my baby 5 days ago, still bleeding like a heavy period but its going darker "
     "now", None),
    ("thunderclap-headache", "tension headache at the back of my head after a long day at the computer", None),
]


@pytest.mark.parametrize("flag,level,text,age", FLAG_FIRES)
def test_each_sign_fires_its_flag_at_its_level(cli, flag, level, text, age):
    assert_flag_fires(cli, flag, level, text, exact=True, age=age)


@pytest.mark.parametrize("flag,text,age", FLAG_QUIET)
def test_each_near_twin_leaves_the_flag_quiet(cli, flag, text, age):
    assert_flag_quiet(cli, flag, text, age=age)


def test_the_painful_pink_eye_with_contacts_fires_the_eye_flag(cli):
    assert_flag_fires(cli, "painful-red-eye", "urgent", "both eyes pink and gritty but now my right one is really "
                      "painful and bright light hurts it, i wear contacts", age="30")


@pytest.mark.parametrize("text,level", [
    ("type 1 diabetic, ketones on my meter 1.2 and feel a bit sick", "routine"),
    ("type 1 diabetic, ketones reading 2.1 on the meter", "urgent"),
    ("type 1 diabetic, ketones on my meter 3.4", "emergency"),
    # A reading alone says diabetes.
    ("my ketones are reading 3.4", "emergency"),
    ("my ketone reading was 1.8 this morning", "urgent"),
    ("keytones 2.5 on the finger prick", "urgent"),
])
def test_a_ketone_reading_sets_the_level_however_it_is_said(cli, text, level):
    out = check_json(cli, text)
    assert out["triage"] == level, (text, out["triage"], out["red_flags"])


def test_smelly_wet_nappies_are_read_as_cloudy_smelly_pee(cli):
    out = check_json(cli, "--age", "10m", "10 month old has had a fever of 39 since yesterday, her diapers smell "
                     "really strong and she's so fussy")
    assert "cloudy-urine" in [u.get("id") for u in out["understood"]]


def test_a_varicocele_described_without_sudden_pain_is_not_torsion(cli):
    out = check_json(cli, "--age", "15", "my 15 yr old says one side of his scrotum feels like a bag of worms and "
                     "aches a bit after football, no sudden pain")
    assert out["triage"] != "emergency", out["red_flags"]
    assert check_json(cli, "--age", "15", "my 15 yr old has sudden severe pain in one testicle")["triage"] == "emergency"


def test_red_wee_is_not_put_down_to_beetroot_that_was_not_eaten(cli):
    assert_flag_fires(cli, "blood-in-urine", "urgent",
                      "his wee was bright red twice yesterday, he says its probably beetroot but he hasnt had any")


def test_flu_symptoms_at_65_or_over_are_same_day_without_the_word_flu(cli):
    text = "My mum is 83, since yesterday shes had a sudden high temp, aching all over and a dry cough"
    assert check_json(cli, text)["patient"]["age_years"] == 83
    assert_flag_fires(cli, "flu-older-age", "urgent", text, exact=True)


@pytest.mark.parametrize("text,age", [("my mum is 83, since yesterday she has had a cough", 83),
                                      ("mum is 3 weeks after her knee replacement, calf swollen", None),
                                      ("my dad 72 after his op has a fever", 72)])
def test_a_clause_after_an_age_leaves_the_age_but_a_time_since_is_none(cli, text, age):
    assert check_json(cli, text)["patient"]["age_years"] == age, text


def test_a_ball_that_hit_a_knee_is_no_testicle(cli):
    out = check_json(cli, "got hit by the ball on the knee at softball, its swollen")
    assert not [f["id"] for f in out["red_flags"] if f["id"].startswith("testicle")], out["red_flags"]


@pytest.mark.parametrize("text,fires", [
    ("on naproxen for my back, gnawing pain in the top of my tummy for weeks, getting worse and cant face food", True),
    ("burning stomach for a fortnight and i keep being sick", True),
    ("bit of a burning stomach after a curry last night, fine now", False),
    ("heartburn getting worse for a few weeks", False),
])
def test_stomach_ulcer_signs_with_a_warning_are_same_day_by_the_ulcer_flags(cli, text, fires):
    out = check_json(cli, text)
    ulcer = {"indigestion-warning-signs", "stomach-ulcer-signs"} & {f["id"] for f in out["red_flags"]}
    assert bool(ulcer) is fires, (text, out["red_flags"])
    if fires:
        assert out["triage"] in ("urgent", "emergency")
