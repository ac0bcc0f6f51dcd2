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


# From blind check sets 91a and 91b's misses (first runs recorded before these), by kind, and reader R102.

def test_a_neck_that_hurts_to_look_down_with_a_fever_is_a_stiff_neck(cli):
    out = check_json(cli, "--age", "8", "son has a bad headache and a temp, been sick, says his neck hurts when he "
                     "tries to look down")
    assert "stiff-neck-fever" in _flags(out) and out["triage"] == "emergency", out["red_flags"]
    out = check_json(cli, "got flu, temp and headache, my neck aches from lying on the sofa")
    assert "stiff-neck-fever" not in _flags(out), out["red_flags"]


def test_a_varicocele_described_without_sudden_pain_is_not_torsion(cli):
    out = check_json(cli, "--age", "15", "my 15 yr old says one side of his scrotum feels like a bag of worms and "
                     "aches a bit after football, no sudden pain")
    assert out["triage"] != "emergency", out["red_flags"]
    out = check_json(cli, "--age", "15", "my 15 yr old has sudden severe pain in one testicle")
    assert out["triage"] == "emergency"


@pytest.mark.parametrize("text,level", [
    ("found grandad in his chair sweaty and mumbling and now hes hardly waking up", "emergency"),
    ("im hardly waking up in the mornings for work, so tired", None),
])
def test_someone_hardly_waking_is_unresponsive(cli, text, level):
    out = check_json(cli, text)
    assert ("unresponsive" in _flags(out)) is (level == "emergency"), (text, out["red_flags"])


def test_muddled_with_tablets_is_no_new_confusion_but_sudden_muddled_words_are(cli):
    out = check_json(cli, "--age", "85", "mum gets muddled with her tablets, took her next dose early, feels fine")
    assert "new-confusion" not in _flags(out), out["red_flags"]
    out = check_json(cli, "--age", "85", "mum is suddenly confused with her words today")
    assert "new-confusion" in _flags(out) and out["triage"] == "emergency"


def test_red_wee_is_not_put_down_to_beetroot_that_was_not_eaten(cli):
    out = check_json(cli, "his wee was bright red twice yesterday, he says its probably beetroot but he hasnt had any")
    assert "blood-in-urine" in _flags(out), out["red_flags"]
    out = check_json(cli, "had beetroot for tea and now my wee is pink")
    assert "blood-in-urine" not in _flags(out), out["red_flags"]


def test_flu_symptoms_at_65_or_over_are_same_day_without_the_word_flu(cli):
    out = check_json(cli, "My mum is 83, since yesterday shes had a sudden high temp, aching all over and a dry cough")
    assert out["patient"]["age_years"] == 83 and "flu-older-age" in _flags(out), out["patient"]
    assert out["triage"] == "urgent"


@pytest.mark.parametrize("text,age", [("my mum is 83, since yesterday she has had a cough", 83),
                                      ("mum is 3 weeks after her knee replacement, calf swollen", None),
                                      ("my dad 72 after his op has a fever", 72)])
def test_a_clause_after_an_age_leaves_the_age_but_a_time_since_is_none(cli, text, age):
    assert check_json(cli, text)["patient"]["age_years"] == age, text


@pytest.mark.parametrize("text,level", [
    ("my ketones are reading 3.4", "emergency"),
    ("my ketone reading was 1.8 this morning", "urgent"),
    ("keytones 2.5 on the finger prick", "urgent"),
])
def test_a_ketone_reading_alone_says_diabetes(cli, text, level):
    assert check_json(cli, text)["triage"] == level, text


def test_a_ketone_reading_on_a_keto_diet_is_no_dka(cli):
    out = check_json(cli, "on keto, ketones 3.4 on my meter, feel great")
    assert "dka" not in _flags(out), out["red_flags"]


@pytest.mark.parametrize("text,fires", [
    ("its teeth went through my thumb, the dog at the park", True),
    ("the dog got me on the hand with its paw, tiny scratch", False),
])
def test_a_bite_said_teeth_first_and_a_paw_that_is_no_bite(cli, text, fires):
    assert ("animal-bite" in _flags(check_json(cli, text))) is fires, text


def test_wet_nappies_that_smell_normal_are_no_water_infection(cli):
    out = check_json(cli, "--age", "10m", "wet nappies smell normal but hes off his food a bit")
    assert "uti-child" not in _flags(out), out["red_flags"]


@pytest.mark.parametrize("text", ["took a disposable bbq into the tent after, now got a headache and feel sick",
                                  "sat in the car with the engine running in the closed garage, headache now"])
def test_a_burner_brought_inside_or_an_engine_in_a_closed_garage_is_999(cli, text):
    out = check_json(cli, text)
    assert "carbon-monoxide-enclosed" in _flags(out) and out["triage"] == "emergency", (text, out["red_flags"])


def test_a_ball_that_hit_a_knee_is_no_testicle(cli):
    out = check_json(cli, "got hit by the ball on the knee at softball, its swollen")
    assert not [f for f in _flags(out) if f.startswith("testicle")], out["red_flags"]


@pytest.mark.parametrize("command,text,shown", [
    ("check", "honestly ive no wish to keep living like this", True),
    ("check", "the cut i made on my thumb opening a tin is throbbing a bit", False),
])
def test_more_wordings_from_the_reader(cli, command, text, shown):
    assert crisis_shown(cli, command, text) is shown, text


def test_a_count_of_the_ones_named_by_strength_is_a_paracetamol_count(cli):
    out = check_json(cli, "--age", "80", "dad looked at his paracetamol box, he's had 12 of the 500mg ones since "
                     "yesterday lunchtime, says he feels ok just a bit sick")
    assert "paracetamol-over-the-dose-unwell" in _flags(out) and out["triage"] == "emergency", out["red_flags"]


# From crisis set 55's misses (opened after its first run; each had only the word model's question), by kind.
@pytest.mark.parametrize("command,text,shown", [
    ("check", "sore throat for a week, honestly hoping its something that kills me", True),
    ("check", "hope this flu doesnt kill me lol", False),
    ("check", "i hit my arms with a hairbrush most nights cos i hate my body", True),
    ("search", "if i swallow all of nans oxycodone would it be quick", True),
    ("search", "if i take all my annual leave at once will it be quick to get approved", False),
])
def test_an_illness_hoped_to_kill_a_body_hated_and_all_the_means_asked_if_quick(cli, command, text, shown):
    assert crisis_shown(cli, command, text) is shown, text


# From check sets 92a's and 92b's misses (opened after their first runs), by kind.
@pytest.mark.parametrize("text,flag", [
    ("my albuterol isnt doing anything, used it loads in the last hour and still wheezy", "reliever-not-working"),
    ("asthma flare, I'm wheezing and can barely talk", "severe-breathing"),
    ("wheezing so bad i can hardly walk to the kitchen or talk", "severe-breathing"),
])
def test_an_american_reliever_and_barely_able_to_talk_are_an_asthma_emergency(cli, text, flag):
    out = check_json(cli, text)
    assert flag in _flags(out) and out["triage"] == "emergency", (text, out["red_flags"])


@pytest.mark.parametrize("text,fires", [
    ("on naproxen for my back, gnawing pain in the top of my tummy for weeks, getting worse and cant face food", True),
    ("burning stomach for a fortnight and i keep being sick", True),
    ("bit of a burning stomach after a curry last night, fine now", False),
    ("heartburn getting worse for a few weeks", False),
])
def test_stomach_ulcer_signs_with_a_warning_are_same_day_by_the_ulcer_flags(cli, text, fires):
    out = check_json(cli, text)
    ulcer = {"indigestion-warning-signs", "stomach-ulcer-signs"} & set(_flags(out))
    assert bool(ulcer) is fires, (text, out["red_flags"])
    if fires:
        assert out["triage"] in ("urgent", "emergency")


# From crisis set 56's over-shows (seen in its first run's verbose list), by kind.
@pytest.mark.parametrize("command,text,shown", [
    ("causes", "panic attacks make me feel like im about to die, heart pounding and cant breathe", False),
    ("check", "im about to die, i have the pills ready", True),
    ("search", "i wont be around next week, away on a work trip, which jabs do i need for india", False),
    ("check", "i wont be around next week, i cant do this anymore", True),
])
def test_fear_of_dying_and_a_trip_are_no_crisis(cli, command, text, shown):
    assert crisis_shown(cli, command, text) is shown, text


# From check sets 93a's and 93b's misses (read after their first runs), by kind.
@pytest.mark.parametrize("text,flag,fires", [
    ("spots on his tummy that fade when I press a glass on them. still feeding fine", "non-blanching-rash", False),
    ("rash on his tummy, did the glass test and it faded", "non-blanching-rash", False),
    ("did the glass test and it didnt fade", "non-blanching-rash", True),
    ("pressed a glass on the spots and can still see them", "non-blanching-rash", True),
    ("both eyes pink and gritty but now my right one is really painful and bright light hurts it, i wear contacts",
     "painful-red-eye", True),
    ("woke up with my hand numb and tingly, I'd been lying on that arm all night, shook it and it's back to normal",
     "stroke-arm", False),
    ("woke up and my right arm is numb and weak, I can't lift it", "stroke-arm", True),
])
def test_a_rash_that_fades_a_pink_painful_eye_and_an_arm_slept_on(cli, text, flag, fires):
    out = check_json(cli, "--age", "30" if "eye" in text or "arm" in text else "9m", text)
    assert (flag in _flags(out)) is fires, (text, out["red_flags"])


def test_bleeding_like_a_period_days_after_birth_is_no_haemorrhage_flag_unless_it_is_heavier(cli):
    out = check_json(cli, "had my baby 5 days ago, still bleeding like a heavy period but its going darker now")
    assert "postpartum-heavy-bleeding" not in _flags(out), out["red_flags"]
    out = check_json(cli, "had my baby 5 days ago, bleeding like a heavy period and soaking a pad every hour")
    assert "postpartum-heavy-bleeding" in _flags(out) and out["triage"] == "emergency"


# After the round: check set 95b's emergency miss and crisis set 58's miss (read after their first runs), by kind.
@pytest.mark.parametrize("text,fires", [
    ("headache came on in a split second while i was carrying the shopping up the stairs", True),
    ("tension headache at the back of my head after a long day at the computer", False),
])
def test_a_headache_that_came_on_in_a_split_second_is_thunderclap(cli, text, fires):
    out = check_json(cli, text)
    assert ("thunderclap-headache" in _flags(out)) is fires, (text, out["red_flags"])
    if fires:
        assert out["triage"] == "emergency"


@pytest.mark.parametrize("text,shown", [("what height fall would definitely kill me", True),
                                        ("how many feet before a fall is fatal", True),
                                        ("what height fall would kill a cat", False)])
def test_the_height_of_a_fall_that_would_kill(cli, text, shown):
    assert crisis_shown(cli, "search", text) is shown, text
