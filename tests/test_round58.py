"""Round 58, through the CLI. Paracetamol counted the way the NHS pages count it: 3 or 4 tablets taken for a pain or a
cold (at most 2 over a dose) or up to 8 spread over the day is no overdose for an adult who feels well (NHS Paracetamol
for adults: 1 or 2 extra tablets are unlikely to harm, within 8 in 24 hours), but the same count with sickness,
yellowing, pain under the ribs or drowsiness after it still is, and a child under 16 (from the words or from --age)
has a smaller dose (NHS Paracetamol for children). A count written after the medicine ("paracetamol 10 tab") is
read, as is a clause that starts with a count ("4 paracetamol and now im being sick") and "od'd"; a misspelt
"paracetmol" is read as paracetamol by the typo step, as every other flag word is. An eye hit by a ball is an eye
injury whoever's eye it is ("my 11 yr olds eye": opened check set 79b's one missed emergency). From opened check set
80a's misses, by kind: weeks since the last period are a missed period; a blow to the side or back of the head; a
fall from a height measured over a metre (NICE NG232); blood in the "coloured bit" of the eye; bleeding signs on a
blood thinner (NHS Warfarin, same day). From opened 81a's and 81b's urgent misses: fewer movements said as a
contrast ("normally kicks loads but tonight hardly anything", "quieter than usual"), and a double negative ("can't
hear nothing out of it") that says the sign rather than denying it. From opened 82b's misses: "can't see nothing
out my eye", a birth said without "my" ("had baby 10 days ago"), and metformin's warning sign (NHS Metformin). From
opened 82a's: a clot in the leg in the weeks after a birth (RCOG), a product named before it was bitten ("a laundry pod
... bit into it"), and double vision that starts suddenly (NHS Double vision, same day). From opened 83b's: a tummy
pain that spreads all over and gets worse (NHS Appendicitis: 999), an American "outlet". Each wording is new (not
a case of any set); the near-twins share the words and must keep their level. The crisis word model, retrained with
the crisis sets opened since (42-47), shows the message from the cut a written rule sets (3); "od'd on my tablets"
is a crisis phrase, as "overdosed on my tablets" is."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_shown, flag_wording_tests

FIRES = {
    ("overdose", "emergency"): [
        # "od'd" after someone named, not a pronoun (tests/test_lay_wording.py has "my friend od'd on tablets")
        "my brother od'd on pills last night",
        # the count written after the medicine's name
        "took paracetamol 12 tab this afternoon for migraine",
        # a typing slip in the medicine's name is read as the name
        "swallowed 16 paracetmol with my tea",
        # within a dose's count, but unwell after it
        "took 4 paracetamol for my back and now i keep being sick",
        "had 3 paracetamol for toothache yesterday and today the whites of my eyes are yellow",
        "took 4 paracetamol for period pain and now i have a pain under my right ribs",
        # more than 4 at once is more than 2 over a dose
        "took 7 paracetamol in one go for my migraine",
        # with drink, or another medicine holding paracetamol
        "had 4 paracetamol for a hangover headache after a bottle of wine",
    ],
    # opened check set 80a's missed emergencies, read by their kind
    ("missed-period-one-sided-pain", "emergency"): [
        "its 7 weeks since my last period and i have a sharp pain on my left side low down",
    ],
    ("head-injury-signs", "emergency"): [
        "got a rugby boot to the back of the head, now he keeps asking what day it is and cant remember the game",
        # reader R98's wordings: no article, a kick in the front of the head
        "knee to the side of head at judo, been sick twice since",
        "kicked in the back of the head at five a side, hes really drowsy",
    ],
    ("fall-from-measured-height", "emergency"): [
        "my daughter fell off the wall, it must be 2 metres, she says shes fine but her back hurts",
        "he fell about 8 feet off the ladder onto the patio",
    ],
    ("eye-injury-vision", "emergency"): [
        "a squash ball hit my eye, theres blood in the coloured part now",
        "took a fist to the eye last night, now its all blurry",
    ],
    ("blood-thinner-bleeding", "urgent"): [
        "im on apixaban and ive got big bruises on my arms for no reason",
        "dad is on warfarin and his nosebleed went on for 20 minutes last night",
        "on rivaroxaban, massive bruises on my thighs with no bang at all",
    ],
    # opened check set 81a's and 81b's urgent misses, read by their kind (the first is an emergency flag)
    ("fewer-movements", "emergency"): [
        "30 weeks, she usually wriggles loads after tea but tonight barely anything",
        "29 weeks pregnant and the baby has been quieter than normal all day",
        # reader R99's wordings
        "27 weeks, normally she is really wriggly at bedtime but tonight barely a kick",
        "35 weeks and bubs is loads quieter than normal",
    ],
    ("sudden-hearing-loss", "urgent"): [
        "woke up and i cant hear nothing out of my left ear, no pain",
    ],
    # opened check set 82b's misses, read by their kind
    ("sudden-vision-loss", "emergency"): ["woke up this morning and i cant see nothing out my left eye"],
    ("postpartum-heavy-bleeding", "emergency"): ["had baby 2 weeks ago and the bleeding has got heavy again with big clots"],
    ("metformin-lactic-acidosis", "urgent"): ["been on metformin a while, now so weak and tired and breathing fast and shallow"],
    # opened check set 82a's misses, read by their kind
    ("leg-clot-after-birth", "emergency"): [
        "gave birth 3 weeks ago and now my right calf is red, hot and swollen",
        # reader R100: a birth said without "my"
        "baby born 9 days ago and my left leg is swollen and warm",
        "i delivered 2 weeks ago, right calf really painful and puffy",
    ],
    ("poisoning", "emergency"): [
        "my toddler found a dishwasher tablet and chewed it, now shes drooling and coughing",
        "my son got hold of the oven cleaner and swallowed a bit",
    ],
    ("sudden-double-vision", "urgent"): ["woke up seeing two of everything, no headache, feel ok otherwise"],
    # opened check set 83b's missed emergencies, read by their kind
    ("acute-abdomen", "emergency"): ["belly ache started by my belly button, now its spread across my whole tummy and way worse"],
    ("electric-shock-lay", "emergency"): ["got a shock off the outlet changing a plug, my fingers are burnt"],
    ("paracetamol-count-child", "emergency"): [
        "my daughter took 4 paracetamol for her headache",
        "took 3 paracetamol for my period pain, i am 13 years old",
    ],
}
QUIET = {
    "missed-period-one-sided-pain": ["its 2 weeks since my last period and i have a dull ache on my left side"],
    "fewer-movements": [
        "33 weeks pregnant, my cough is quieter than usual now",
        "32 weeks, baby is kicking more than usual today",
    ],
    "sudden-hearing-loss": ["i can hear fine, nothing wrong with my ears, just a blocked nose"],
    "sudden-vision-loss": [
        "cant see nothing wrong with my eye in the mirror, just itchy",
        # reader R100: the double negative is no loss of sight unless it names the eye
        "cant see nothing in the dark when i first wake up, normal otherwise",
    ],
    "postpartum-heavy-bleeding": ["had baby scan 2 weeks ago, all fine, spotting with a few clots"],
    "metformin-lactic-acidosis": ["on metformin, a bit tired lately and the odd upset tummy"],
    "leg-clot-after-birth": ["my left calf is swollen and sore after a long flight"],
    "poisoning": ["bought new laundry pods and ate some biscuits after, bit of a cough"],
    "sudden-double-vision": ["i get double vision when im really tired, had it for years"],
    "acute-abdomen": ["period pain spreads across my tummy like it always does, same as usual"],
    "fall-from-measured-height": [
        "fell over on the path about 2 metres from my front door, grazed my hand",
        "my son is 6 feet tall and fell over playing football, sore ankle",
    ],
    "blood-thinner-bleeding": [
        "on warfarin, bruised my shin when i banged it on the bed",
        "on apixaban, had a nosebleed this morning, stopped within 5 minutes",
    ],
    "head-injury-signs": ["sudden headache like being hit with a bat on the back of my head, worst ever"],
    "overdose": [
        # reader R99: "feel odd on" a medicine, and a dose said safe, are no overdose
        "i feel odd on my new blood pressure tablets",
        "he looks a bit odd on his new meds, sleepy after lunch",
        "the pharmacist said i wont od on paracetamol if i stick to 2 every 4 hours",
        "took 4 paracetamol for my headache",
        "had 3 paracetamol for my sore knee",
        "took 4 paracetamol for period pains, still cramping",
        "had 8 paracetamol spread out over the day for flu aches",
        "took 6 paracetamol through the day for my toothache",
    ],
    "paracetamol-count-child": [
        "took 4 paracetamol for my headache",
        "my son is 30 and took 2 paracetamol for his headache",
    ],
}
test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)


@pytest.mark.parametrize("age,level", [("15", "emergency"), ("35", "routine")])
def test_the_age_option_sets_whose_dose_a_count_is_read_against(cli, age, level):
    out = check_json(cli, "--age", age, "took 4 paracetamol for my headache")
    assert out["triage"] == level, out["red_flags"]
    assert ("paracetamol-count-child" in [f["id"] for f in out["red_flags"]]) == (level == "emergency")


def test_a_within_dose_count_for_a_pain_is_not_sent_to_999(cli):
    out = check_json(cli, "took 4 paracetamol for my headache")
    assert out["triage"] != "emergency"
    assert not out["red_flags"]


def test_a_misspelt_medicine_is_echoed_as_typed_and_read_as_the_medicine(cli):
    out = check_json(cli, "took 10 paracetmol since lunch")
    assert out["triage"] == "emergency"
    assert "paracetmol" not in out["unrecognised"]
    assert [f["id"] for f in out["red_flags"]][:1] == ["overdose"]


@pytest.mark.parametrize("text", ["ive written something for my kids to read later",
                                  "i am tired of everything and want it to stop"])
def test_the_model_shows_the_message_from_the_cut_its_rule_sets(cli, text):
    """The cut is the lowest at which the left-out near-twins and everyday texts given the message stay within the
    written limits (scripts/train_crisis_model.py): 3 over the 30 opened crisis sets. A text the phrases leave and the
    model scores between 3 and 4 had the question and now gets the message; `check` stays at least URGENT."""
    from healthq import crisis

    assert crisis.crisis_reader(text, model=False) is None
    assert crisis._MODEL_SURE == 3.0 <= crisis.model_score(text) < 4.0
    assert crisis_shown(cli, "check", text)
    out = check_json(cli, text)
    assert out["crisis_message"] is True and out["triage"] in ("urgent", "emergency")


def test_an_overdose_said_as_od_d_is_read(cli):
    for text in ("i od'd on my tablets last night and feel rough", "she oded on her meds earlier"):
        out = check_json(cli, text)
        assert out["triage"] == "emergency" and "overdose" in [f["id"] for f in out["red_flags"]], text
    quiet = check_json(cli, "i odd feeling in my chest, like fluttering")
    assert "overdose" not in [f["id"] for f in quiet["red_flags"]]


def test_an_eye_hit_with_blurred_sight_is_an_emergency_whoever_owns_the_eye(cli):
    out = check_json(cli, "a cricket ball slammed into my 14 year olds eye, now his sight is blurry")
    assert out["triage"] == "emergency"
    assert "eye-injury-vision" in [f["id"] for f in out["red_flags"]]
    quiet = check_json(cli, "a cricket ball slammed into my 14 year olds eye, it is a bit red but he sees fine")
    assert "eye-injury-vision" not in [f["id"] for f in quiet["red_flags"]]


@pytest.mark.parametrize("text", ["i od'd on my sleeping tablets last night and no one knows",
                                  "she oded on her antidepressants after the row",
                                  "od’d on my meds an hour ago, scared"])
def test_an_overdose_spelt_od_d_is_a_crisis_phrase_as_overdosed_is(cli, text):
    from healthq import crisis

    assert crisis.crisis_reader(text, model=False) == "phrases"
    assert crisis_shown(cli, "check", text)


@pytest.mark.parametrize("text", ["i feel odd on my new tablets", "my son felt odd on his meds, a bit dizzy"])
def test_feeling_odd_on_a_medicine_is_no_overdose(cli, text):
    from healthq import crisis

    assert crisis.crisis_reader(text, model=False) is None


@pytest.mark.parametrize("text", ["mum is 3 weeks after her knee replacement, her left calf is swollen and warm",
                                  "she is 2 days post op and feels hot"])
def test_a_time_since_something_is_no_age(cli, text):
    """The sweep found "mum is 3 weeks after her knee replacement" read as a 3-week-old baby and a mother after a
    birth, so a clot in an adult's leg after surgery went to the after-birth flag."""
    out = check_json(cli, text)
    assert out["patient"]["age_years"] is None
    assert out["patient"]["given_birth_recently"] is False
    assert "leg-clot-after-birth" not in [f["id"] for f in out["red_flags"]]


@pytest.mark.parametrize("text", ["dont remember nothing after i hit my head on the cupboard door",
                                  "i dont remember what happened after i banged my head on the wall"])
def test_not_remembering_what_happened_is_the_sign_not_a_denial(cli, text):
    """Reader R99: "don't remember nothing after I hit my head" negated the head injury (routine). Not remembering
    what happened is memory loss, and the injury still happened; "don't recall any chest pain" stays a denial."""
    out = check_json(cli, text)
    assert out["triage"] == "emergency"
    assert "head-injury-signs" in [f["id"] for f in out["red_flags"]]
    denial = check_json(cli, "i dont recall any chest pain, just tired")
    assert [u["text"] for u in denial["understood"] if u["negated"]] == ["chest pain"]


# Check sets 84a and 84b (written after round 58 was merged) each missed one emergency at their first run, on main
# too: a child's rash that "doesn't go away" under a glass, said with "purply" spots, and a stroke told in
# second-language English. Read by their kind, with near-twins.
FIRES_84 = {
    ("non-blanching-rash", "emergency"): [
        "my daughter has a high temp and purplish spots on her legs, i put a glass on them and they dont go away",
    ],
    ("stroke-face", "emergency"): ["my husband face is fall down on one side since ten minutes"],
    ("stroke-speech", "emergency"): ["my father words not coming correct since this morning, he is confuse"],
    ("stroke-arm", "emergency"): ["grandma suddenly cannot hold the spoon with her right hand"],
}
QUIET_84 = {
    "non-blanching-rash": ["pressed a glass on the spots and they do go away, its just a heat rash"],
    "stroke-arm": ["i cant hold the pen with my right hand since i sprained my wrist at netball"],
}
test_fires_84, test_near_twins_quiet_84 = flag_wording_tests(FIRES_84, QUIET_84)
