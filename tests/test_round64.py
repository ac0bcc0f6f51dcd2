"""Round 64, through the CLI. From blind check sets 108b, 109a and 109b and crisis set 72 (read after their first
runs), by kind, and from reader R107 and a second reader checking the new rules against their pages: heatstroke's
signs after heat said in another sentence (NHS: 999 for confusion, no sweating while too hot, 40C or more, a fit or
collapse); not being able to pee at all, however the negation is said, and a blocked catheter (acute retention:
A&E); a dosette box found empty, "taken the lot" of a medicine, tablets counted after the day they were taken since
(overdose); a diabetic who is sweaty or was given juice and is confused, slurring or drowsy (a severe hypo: 999, sugar
first if they can swallow); blood in the phlegm said after it (same day). "He must have taken the lot", a guess at a
confused parent's mistake, is no crisis. Symptom phrases read "anything" and "everything" as "things" ("no interest
in anything" is loss of interest), and "hasn't opened his bowels" is constipation."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_shown, flag_wording_tests

FLAG_FIRES = [
    ("heatstroke-signs-in-heat", "emergency", "nan is 86 and its 33 degrees, her flat is roasting. shes red hot, not "
     "sweating at all, confused and talking rubbish"),
    ("heatstroke-signs-in-heat", "emergency", "heatwave all week. this afternoon my dad collapsed in the garden"),
    ("heatstroke-signs-in-heat", "emergency", "kid was left in a hot car for ages. temp is now 40.5"),
    ("heatstroke-signs-in-heat", "emergency", "been out in the sun gardening all day. temp now 40.1 and i feel awful"),
    ("heat-exhaustion-not-better", "emergency", "the flat is sweltering. had her in the shade with water for over half "
     "an hour and shes no better"),
    ("cant-pee", "emergency", "grandad hasn't been able to pee at all since 10pm last night, desperate to go"),
    ("cant-pee", "emergency", "he wasnt able to wee all night and his belly is swollen"),
    ("cant-pee", "emergency", "his catheter bag is empty and not draining since this morning"),
    ("overdose", "emergency", "found his dosette box for the whole week empty this morning, he seems dozy"),
    ("overdose", "emergency", "been taking advil 400 for my back since yesterday, lost count, maybe 12 to 14 tabs"),
    ("hypo-signs-diabetic", "emergency", "my husband is type 1 and hes sweaty, confused and slurring his words"),
    ("hypo-signs-diabetic", "emergency", "mum is on gliclazide, gave her juice but shes too drowsy to drink it"),
    ("coughing-blood", "urgent", "chesty cough for 10 days with green phlegm, now theres streaks of blood in it"),
    ("coughing-blood", "urgent", "green phlegm for days, this morning it had some blood in"),
]
FLAG_QUIET = [
    ("heatstroke-signs-in-heat", "2 year old with a cold, temp 40 tonight, drinking and playing"),
    ("heatstroke-signs-in-heat", "its 30 degrees outside, just went for a jog and im a bit out of breath, fine now"),
    ("heatstroke-signs-in-heat", "its 40 degrees outside today, staying in with the fan on, feel fine"),
    ("cant-pee", "weak flow when i pee, takes ages to get started"),
    ("overdose", "been taking ibuprofen for my knee since last week, about 20 tablets so far"),
    ("overdose", "his dosette box is full for the week, he missed one dose yesterday"),
    ("hypo-signs-diabetic", "type 2 diabetic, bit sweaty after mowing the lawn, feel fine"),
    ("coughing-blood", "cough with green phlegm for a week, no blood"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


def test_a_guess_at_a_confused_parents_mistake_is_no_crisis(cli):
    text = ("My dad has Alzheimer's. I've just found his dosette box for the whole week empty, he must have taken "
            "the lot this morning. He seems dozy.")
    assert not crisis_shown(cli, "check", text)
    out = check_json(cli, text)
    assert out["triage"] == "emergency" and "overdose" in {f["id"] for f in out["red_flags"]}


@pytest.mark.parametrize("text", ["i have already taken the lot", "ive taken the tablets, all of them, i want to die"])
def test_taking_the_lot_said_of_oneself_still_shows_the_message(cli, text):
    assert crisis_shown(cli, "check", text), text


@pytest.mark.parametrize(("text", "symptom"), [
    ("felt low and teary every day for a month, no interest in anything", "loss-of-interest"),
    ("not enjoying anything any more", "loss-of-interest"),
    ("dad hasn't opened his bowels for 4 days and feels bloated", "constipation"),
])
def test_everyday_forms_of_a_symptom_phrase_are_read(cli, text, symptom):
    understood = {u["id"]: u["negated"] for u in check_json(cli, text)["understood"]}
    assert understood.get(symptom) is False, understood


def test_an_adults_missing_pee_is_not_called_a_childs(cli):
    out = check_json(cli, "grandad is 82, hasn't been able to pee at all since last night and is in agony")
    assert out["triage"] == "emergency"
    reason = out["triage_reason"]
    assert "adult" in reason or "urinary retention" in reason, reason  # not a reason about a child only
    assert "urinary-retention" in [r["id"] for r in out["results"][:3]]


def test_a_severe_hypo_ranks_hypoglycaemia_first(cli):
    out = check_json(cli, "my husband is type 1 and hes sweaty, confused and slurring his words. tried giving him "
                          "juice but hes too drowsy to drink it")
    assert out["triage"] == "emergency"
    assert out["results"][0]["id"] == "hypoglycaemia", [r["id"] for r in out["results"]]


@pytest.mark.parametrize("text", ["how many days without my insulin before it's all over for me",
                                  "if i stop taking my meds how long until im dead"])
def test_going_without_ones_own_medicines_until_the_end_shows_the_message(cli, text):
    assert crisis_shown(cli, "search", text), text


@pytest.mark.parametrize("text", ["how long can a type 1 diabetic survive without insulin",
                                  "if i stop my tablets before the operation will it be ok"])
def test_questions_about_going_without_medicines_show_no_message(cli, text):
    assert not crisis_shown(cli, "search", text), text


@pytest.mark.parametrize("text", [
    "been feeling flat for about a month, not enjoying anything, sleeping badly, no thoughts of hurting myself",
    "for the last month i just feel flat, no interest in anything, not sleeping well. no thoughts of hurting myself",
])
def test_low_mood_without_thoughts_of_harm_is_a_gp_appointment_not_same_day(cli, text):
    # NHS Depression: see a GP if low for more than 2 weeks; the same day only with thoughts of suicide or self-harm,
    # which the crisis reader reads (the ranking's self-harm or suicidal thoughts set no level)
    out = check_json(cli, text)
    assert out["triage"] == "routine", (out["triage"], out["triage_reason"])
    assert not out["crisis"]


def test_low_mood_with_self_harm_still_shows_the_message(cli):
    out = check_json(cli, "low mood, no interest in anything, been cutting myself again")
    assert out["triage"] == "emergency" and out["crisis"]


def test_an_older_persons_sudden_tummy_and_back_pain_with_faintness_is_a_burst_aneurysm(cli):
    # 110b: NHS/nidirect Abdominal aortic aneurysm: 999 for sudden severe tummy or lower back pain with dizziness,
    # sweaty or clammy skin, a fast heartbeat or fainting
    out = check_json(cli, "my grandad (74) suddenly got really bad pain in his back and tummy, hes gone grey and "
                          "sweaty and nearly fainted")
    assert out["triage"] == "emergency"
    assert "burst-aaa-signs" in {f["id"] for f in out["red_flags"]}
    assert out["results"][0]["id"] == "abdominal-aortic-aneurysm", [r["id"] for r in out["results"]]


@pytest.mark.parametrize("text", ["im 70 and my lower back aches after gardening, bit sweaty from the work",
                                  "im 30, sudden really bad pain in my lower back and tummy, sweaty"])
def test_an_aching_back_or_a_younger_person_is_not_that_sign(cli, text):
    assert "burst-aaa-signs" not in {f["id"] for f in check_json(cli, text)["red_flags"]}


def test_dehydration_no_better_after_fluids_is_same_day(cli):
    # 110a: NHS Dehydration: an urgent GP appointment or 111 when symptoms do not improve with treatment
    out = check_json(cli, "Mum's 81 and got dried out in this heatwave. We've been getting fluids into her all day but "
                          "her wee is still dark and she's still got a headache and a dry mouth.")
    assert out["triage"] == "urgent", out["triage"]
    assert "dehydration-not-passing-urine" in {f["id"] for f in out["red_flags"]}


def test_fingers_that_go_white_every_winter_are_not_frostbite_even_when_work_is_hard(cli):
    # 110a: Raynaud's (NHS: see a GP), not frostbite; "hard" to do a job is not hard skin
    out = check_json(cli, "every winter my fingers go white then blue in the cold, then red and throbbing when they "
                          "warm up. it's getting worse and making it hard to do my job outdoors")
    assert "frostbite" not in {f["id"] for f in out["red_flags"]}
    assert out["triage"] != "emergency"
    assert out["results"][0]["id"] == "raynauds-phenomenon", [r["id"] for r in out["results"]]


FLAG_FIRES_2 = [
    ("hypothermia-signs-after-cold", "emergency", "grandad has dementia and wandered out in the frost last night in "
     "his pyjamas, we found him an hour later shivering, confused and his hands are freezing"),
    ("hypothermia-signs-after-cold", "emergency", "the heating has been broken for days. nan is slurring her words"),
]
FLAG_QUIET_2 = [
    ("hypothermia-signs-after-cold", "walked the dog in the snow, feet freezing, shivering a bit now, warming up"),
    ("hypothermia-signs-after-cold", "fell in the canal last night, got out fine, now just tired and sleepy"),
]

test_cold_signs_fire_at_their_level, test_cold_near_twins_leave_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES_2, FLAG_QUIET_2)


@pytest.mark.parametrize(("flag", "text"), [
    ("dehydration-not-passing-urine", "had loads of water since this morning and still got a dry mouth and a headache"),
    ("dehydration-not-passing-urine", "still dehydrated after drinking water all day, lips dry, headache wont go"),
    ("hypo-signs-diabetic", "we gave my diabetic mum sugar and she is drowsy and confused now"),
    ("hypothermia-signs-after-cold", "elderly father fell and lay there all night in the cold, now very confused"),
    ("hypothermia-signs-after-cold", "found my neighbour in his cold flat, very pale cold skin and not really responding"),
])
def test_reader_r108s_wordings_fire_their_flag(cli, flag, text):
    assert flag in {f["id"] for f in check_json(cli, text)["red_flags"]}, text


@pytest.mark.parametrize("text", ["i'll just go without my meds till it's all over",
                                  "gonna stop my insulin and let it finish me"])
def test_reader_r108s_wordings_of_going_without_medicines_show_the_message(cli, text):
    assert crisis_shown(cli, "search", text), text
