"""Round 59, through the CLI. A baby moving less is an emergency from 24 weeks of pregnancy, or when the weeks are
not said (NHS "Your baby's movements"); before 24 weeks, when movements may not yet be felt, it is same-day care,
not 999. Movements felt inside ("fetal movements", "not felt the baby kick", "the baby's movements") say a pregnancy.
"I take 3 tablets for my blood pressure" is a person's daily medicine, not an overdose, while a count taken, swallowed
or "just" taken still is. "Best way to kill" something that is not oneself (nits, germs) is no way to die. From opened check sets 85a's and
85b's misses, by kind: a stretched word ("soooo thirsty") and a dropped g ("burnin", "peein") are read as the word; a
phrase spread over gaps is not read across "and" with a new subject ("burning like mad and i keep bringing up" is no
"burning up"); workshop chemicals and a drink mistaken for water are poisoning; a "genny" is a generator (carbon
monoxide); a child who will not let anyone touch a sore tummy is the NHS's "hurts when you touch it" (999), while
not having pooed for days is not (it is the NHS's "cannot poo or fart"); an extra dose after forgetting or by
mistake is a medicine mix-up (NHS medicine pages: call 111), except 1 or 2 more paracetamol for an adult; a medicine
named alone ("30 warfarin", "20 lithium") is a medicine. From opened check set 86b's misses, by kind: poison ivy is
a plant, not a poison swallowed; a cleaner by job is no cleaning product; a ketone reading in the normal range is no
sign of DKA; lithium's warning signs (NHS Lithium: a doctor or 111 straight away); someone else's medicine named in
several words; and --age 0w with "my 4 day old" is 4 days old (an --age of 0 says only "under one week"). Conditions a person names ("I have COPD", "got AF") count in the ranking as
a red flag's conditions do, unless denied or the name is a symptom's own words ("a cold", "sore throat"). From reader
R101: kicks or movements felt ("not felt her kick", "havent felt any kicks") say a pregnancy; not being able to poo or
fart is 999 with or without pain (NHS Stomach ache); lithium taken years ago is no lithium now, nor is a lithium
battery a medicine; a ketone reading under 3 is no DKA sign on its own, and 1.6 to 2.9 is same-day care (NHS: contact the diabetes team);
"worried all the time" cannot be read as written (the reader drops "worried"), so "all the time" is no anxiety."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_shown


@pytest.mark.parametrize("text", ["im 12 weeks pregnant and havent felt the baby move yet",
                                  "20 weeks with my first, baby not kicking yet, is that ok"])
def test_movements_not_yet_felt_before_24_weeks_are_not_sent_to_999(cli, text):
    out = check_json(cli, text)
    assert out["triage"] == "urgent", (text, out["triage"], [f["id"] for f in out["red_flags"]])


@pytest.mark.parametrize("text", ["30 weeks and the baby is moving less today",
                                  "decreased fetal movement since this morning",
                                  "not felt baby kick since yesterday",
                                  "my baby is not moving"])
def test_a_baby_moving_less_later_or_with_the_weeks_unsaid_is_an_emergency(cli, text):
    assert check_json(cli, text)["triage"] == "emergency", text


def test_movements_felt_inside_say_a_pregnancy(cli):
    out = check_json(cli, "have not felt the baby kick all day")
    assert out["patient"]["pregnant"] is True


@pytest.mark.parametrize("text,overdose", [("i take 3 tablets for my blood pressure", False),
                                           ("i just take 30 tablets of my sertraline", True),
                                           ("he swallowed 5 of my blood pressure tablets", True)])
def test_a_daily_medicine_is_no_overdose_but_a_count_taken_is(cli, text, overdose):
    out = check_json(cli, text)
    assert ("overdose" in [f["id"] for f in out["red_flags"]]) is overdose, (text, out["red_flags"])


@pytest.mark.parametrize("text,shown", [("best way to kill nits in my kids hair", False),
                                        ("best way to kill myself", True),
                                        ("painless way to kill", True)])
def test_a_way_to_kill_something_else_is_no_way_to_die(cli, text, shown):
    assert crisis_shown(cli, "search", text) is shown


# From opened check sets 85a and 85b's misses, by kind (each wording new, not a case of any set).
@pytest.mark.parametrize("text", ["my 9 year old is sooo thirsty, wet the bed twice this week and weeing loads",
                                  "hes been reallyyy thirsty and peein all night, lost weight too"])
def test_thirst_with_peeing_more_in_stretched_or_dialect_words_is_same_day_care(cli, text):
    out = check_json(cli, text)
    assert "diabetes-symptoms" in [f["id"] for f in out["red_flags"]], (text, out["red_flags"])


def test_a_phrase_is_not_read_across_and_with_a_new_subject(cli):
    out = check_json(cli, "my throat is burning like mad and i keep bringing up")
    assert "fever" not in [u["id"] for u in out["understood"]], out["understood"]


def test_a_phrase_is_still_read_across_a_clause_that_says_when(cli):
    out = check_json(cli, "he gets dizzy every time he stands up")
    assert "dizzy-on-standing" in [u["id"] for u in out["understood"]], out["understood"]


@pytest.mark.parametrize("text", ["took a gulp from a bottle thinking it was water but it was brake cleaner, throat burning",
                                  "drank some degreaser by mistake at work"])
def test_a_workshop_chemical_swallowed_is_poisoning(cli, text):
    out = check_json(cli, text)
    assert out["triage"] == "emergency" and "poisoning" in [f["id"] for f in out["red_flags"]], (text, out["red_flags"])


def test_a_generator_in_a_closed_space_with_someone_passing_out_is_carbon_monoxide(cli):
    out = check_json(cli, "running the genny in the garage with the door shut, my mate passed out")
    assert "carbon-monoxide-collapse" in [f["id"] for f in out["red_flags"]], out["red_flags"]


def test_a_child_s_tummy_pain_that_they_will_not_let_anyone_touch_is_an_emergency(cli):
    out = check_json(cli, "my 9 year old has had tummy ache since this morning and she wont let me touch it")
    assert out["triage"] == "emergency", out["red_flags"]


def test_not_having_pooed_for_days_with_a_tummy_ache_is_no_emergency_while_no_fart_is(cli):
    assert check_json(cli, "tummy ache and havent done a poo for 5 days")["triage"] != "emergency"
    assert check_json(cli, "tummy ache and havent done a poo or farted for 2 days")["triage"] == "emergency"


@pytest.mark.parametrize("text", ["took my citalopram twice this morning by mistake",
                                  "forgot i had given him his epilepsy tablets and gave him another dose",
                                  "accidentally took my warfarin twice today"])
def test_an_extra_dose_taken_by_mistake_is_same_day_care(cli, text):
    out = check_json(cli, text)
    assert out["triage"] in ("urgent", "emergency") and "medicine-mix-up" in [f["id"] for f in out["red_flags"]], (
        text, out["red_flags"])


@pytest.mark.parametrize("text", ["i forgot to take my tablets this morning", "can i take another dose of my antibiotic now",
                                  "took another paracetamol 4 hours later"])
def test_a_missed_dose_a_question_or_a_later_paracetamol_is_no_mix_up(cli, text):
    assert "medicine-mix-up" not in [f["id"] for f in check_json(cli, text)["red_flags"]], text


@pytest.mark.parametrize("text", ["took 30 warfarin", "swallowed 20 lithium tonight"])
def test_a_medicine_named_alone_is_read_as_a_medicine(cli, text):
    assert "overdose" in [f["id"] for f in check_json(cli, text)["red_flags"]], text


@pytest.mark.parametrize("text,flag", [("touched poison ivy on a hike, itchy blisters on my legs", "poisoning"),
                                       ("im a cleaner and my hands are red and sore from the gloves", "chemical-on-skin")])
def test_a_plant_or_a_job_named_like_a_poison_is_no_poisoning(cli, text, flag):
    assert flag not in [f["id"] for f in check_json(cli, text)["red_flags"]], text


@pytest.mark.parametrize("text,emergency", [("type 1 diabetic with a cold, ketones 0.3, eating fine", False),
                                            ("type 1 diabetic, ketones 3.4 and being sick", True)])
def test_a_normal_ketone_reading_is_no_sign_of_dka(cli, text, emergency):
    assert (check_json(cli, text)["triage"] == "emergency") is emergency, text


@pytest.mark.parametrize("text,fires", [("on lithium and been sick twice today, now im really unsteady", True),
                                        ("been on lithium for years, always had a slight fine tremor, nothing new", False)])
def test_lithium_s_warning_signs_are_same_day_care(cli, text, fires):
    out = check_json(cli, text)
    assert ("lithium-toxicity" in [f["id"] for f in out["red_flags"]]) is fires, (text, out["red_flags"])


def test_someone_else_s_medicine_named_in_several_words_is_a_mix_up(cli):
    out = check_json(cli, "took one of my wifes water tablets by mistake this morning")
    assert "medicine-mix-up" in [f["id"] for f in out["red_flags"]], out["red_flags"]


def test_an_age_of_0_weeks_gives_way_to_a_baby_s_age_in_days(cli):
    out = cli("check", "--json", "--age", "0w", "my 5 day old looks yellow but is feeding well").json()
    assert out["triage"] == "urgent" and out["patient"]["age_years"] > 0, (out["triage"], out["patient"])
    assert cli("check", "--json", "--age", "0w", "baby looks yellow").json()["triage"] == "emergency"


@pytest.mark.parametrize("text,condition", [
    ("I have COPD and I'm more breathless than usual today, coughing up more phlegm", "copd"),
    ("got AF, heart fluttering on and off this week, no pain", "atrial-fibrillation"),
])
def test_a_condition_the_person_names_counts_in_the_ranking(cli, text, condition):
    out = check_json(cli, text)
    assert condition in [r["id"] for r in out["results"][:3]], (text, [r["id"] for r in out["results"][:3]])


@pytest.mark.parametrize("text,condition", [("no history of asthma, just a cough for two days", "asthma"),
                                            ("sore throat and a temperature", "sore-throat")])
def test_a_denied_name_or_a_symptom_s_words_are_not_a_named_condition(cli, text, condition):
    out = check_json(cli, text)
    assert condition not in [r["id"] for r in out["results"][:1]], (text, [r["id"] for r in out["results"][:3]])


@pytest.mark.parametrize("text", ["babys been really quiet, not felt her kick since this morning",
                                  "havent felt any kicks today"])
def test_kicks_not_felt_are_fewer_movements_in_a_pregnancy(cli, text):
    out = check_json(cli, text)
    assert out["patient"]["pregnant"] is True and out["triage"] == "emergency", (text, out["red_flags"])


@pytest.mark.parametrize("text,emergency", [("he cant poo or fart and his tummy is swollen", True),
                                            ("i cant stop farting", False)])
def test_not_being_able_to_poo_or_fart_is_999(cli, text, emergency):
    assert (check_json(cli, text)["triage"] == "emergency") is emergency, text


@pytest.mark.parametrize("text,flag", [("my mum used to take lithium years ago, now she has diarrhoea", "lithium-toxicity"),
                                       ("my toddler swallowed a lithium button battery", "child-swallowed-medicine")])
def test_lithium_in_the_past_or_in_a_battery_is_no_lithium_medicine(cli, text, flag):
    assert flag not in [f["id"] for f in check_json(cli, text)["red_flags"]], text


@pytest.mark.parametrize("text,level", [("type 1, ketones 0.4 and sugar 12, feel ok", "routine"),
                                        ("type 1, ketones 2.4 and sugar 14, feel ok", "urgent"),
                                        ("type 1, ketones 3.4", "emergency")])
def test_ketones_are_read_by_the_nhs_bands(cli, text, level):
    assert check_json(cli, text)["triage"] == level, text


def test_all_the_time_is_no_anxiety(cli):
    out = check_json(cli, "burning when i pee and i need to go all the time")
    assert "anxiety" not in [u["id"] for u in out["understood"]], out["understood"]


def test_naming_a_condition_moves_the_list_not_the_level(cli):
    """Opened check set 87a: 'I have lupus ... ankles swollen, foamy pee' put lupus first, and its usual level
    (routine) became the answer; the level is now the one the ranking gives without the naming."""
    out = check_json(cli, "got lupus, my ankles have puffed up this week and my wee is frothy")
    assert out["results"][0]["id"] == "lupus" and out["triage"] == "urgent", (out["results"][0]["id"], out["triage"])


@pytest.mark.parametrize("text,fires", [("got punched in the eye at the weekend, still sore and red today", True),
                                        ("whacked my eye on the cupboard door, bit sore", False)])
def test_an_eye_blow_not_better_after_a_day_is_same_day_care(cli, text, fires):
    """Opened check set 87b's urgent miss: 'smacked in the eye ... yesterday, still sore' (NHS Eye injuries: 111 when
    an injury is not better after 24 hours); the verbs of a blow were only 'poked', 'scratched', 'hit'."""
    out = check_json(cli, text)
    assert ("eye-injury-not-better" in [f["id"] for f in out["red_flags"]]) is fires, (text, out["red_flags"])


@pytest.mark.parametrize("text,shown", [
    ("i dont think ill be around much longer, everyone would cope", True),
    ("cant see myself still being here by christmas", True),
    ("dont think ill be here next week, off to spain on holiday", False),
    ("the burns i gave myself on my arm are weeping, do i need a doctor", True),
    ("the burns i did to my arm on the oven are weeping", False),
    ("gonna go up on the roof tonight and not come down", True),
])
def test_opened_crisis_52_kinds(cli, text, shown):
    """Opened crisis set 52's misses, by kind: a denied belief about being alive ("dont think ill still be here next
    week"), burns or cuts one did to oneself, and a jump said as not coming back down."""
    assert crisis_shown(cli, "check", text) is shown, text


@pytest.mark.parametrize("text,flag,fires", [
    ("appendix pain moved and now its suddenly across my whole tummy and much worse", "acute-abdomen", True),
    ("lost the hearing in my left ear suddenly last night", "sudden-hearing-loss", True),
    ("lost the hearing in my left ear over the last few years", "sudden-hearing-loss", False),
])
def test_opened_check_88b_kinds(cli, text, flag, fires):
    """Opened check set 88b's misses, by kind: a tummy pain suddenly all over and worse said in that order (NHS
    Appendicitis: 999), and hearing lost with 'suddenly' or 'last night' after it (NHS Hearing loss: same day)."""
    assert (flag in [f["id"] for f in check_json(cli, text)["red_flags"]]) is fires, text


@pytest.mark.parametrize("text,shown", [
    ("there's a cut on my leg that i did myself and it keeps opening up", True),
    ("how do you treat a burn you did to yourself with a lighter", True),
    ("a cut on my thumb i did myself chopping carrots", False),
    ("my daughter has a scratch on her knee she did herself falling off the trampoline", False),
])
def test_opened_crisis_53_kinds(cli, text, shown):
    """Opened crisis set 53's misses, by kind: one mark (a cut, a burn, a scratch) said to be done to oneself or
    "yourself", as several marks were; not one done in a task or a fall."""
    assert crisis_shown(cli, "check", text) is shown, text


@pytest.mark.parametrize("text,flag,fires", [
    ("my son has autism and cant tell us, hes holding his tummy, the pain is worse and he wont let us near it",
     "acute-abdomen", True),
    ("my dad is 84 with a tummy bug and keeps bringing up sips of water", "dehydration-signs", True),
    ("barky cough and a croaky voice but shes fine, eating her breakfast", "allergy-breathing", False),
])
def test_opened_check_89b_and_87b_kinds(cli, text, flag, fires):
    """Opened check set 89b's misses, by kind: pain shown by holding the tummy (someone who does not talk), and sips
    of water brought back up (NHS D&V: same day); and the one self-care case of 87b the round sent to 999 (the
    dropped g made "eatin her toast" an allergy's trigger): an ordinary meal being eaten is none."""
    assert (flag in [f["id"] for f in check_json(cli, text)["red_flags"]]) is fires, text


@pytest.mark.parametrize("text,fires", [
    ("my 12 yr old keeps getting up in the night to wee and is drinking water constantly, lost weight", True),
    ("hes drinking water all day in this heat, gets up in the night for a wee sometimes", False),
])
def test_thirst_and_night_peeing_said_with_a_word_between_are_diabetes_symptoms(cli, text, fires):
    """Check set 90b's urgent miss (opened after the merge): 'getting up in the night to wee, drinking squash
    constantly, lost weight' (NHS Type 1 diabetes: an urgent GP appointment); drinking in the heat is not."""
    out = check_json(cli, text)
    assert ("diabetes-symptoms" in [f["id"] for f in out["red_flags"]]) is fires, (text, out["red_flags"])
