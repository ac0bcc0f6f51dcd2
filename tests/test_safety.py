"""`healthq check` on what people really type: whole-text reading, negation, no invented symptoms,
who the patient is, the red-flag layer, the crisis message in every command, and fail-safe levels.
Everything goes through the CLI, as a user would run it."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT

LEVELS = ["self-care", "routine", "urgent", "emergency"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    import os

    from healthq.store import open_store

    os.environ["HEALTHQ_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    return open_store(None)


def check_json(cli, *words):
    r = cli("check", "--json", *words)
    assert r.code in (0, 1), r
    return r.json()


def test_unquoted_words_are_one_description(cli):
    quoted = check_json(cli, "chest pain sweating")
    unquoted = check_json(cli, "chest", "pain", "sweating")
    assert unquoted["triage"] == quoted["triage"] == "emergency"
    assert {u["id"] for u in unquoted["understood"]} == {u["id"] for u in quoted["understood"]} >= {"chest-pain", "sweating"}
    assert check_json(cli, "face", "drooping", "slurred", "speech")["triage"] == "emergency"


@pytest.mark.parametrize("text", [
    "cough but no fever", "cough but don't have a fever", "cough but don\u2019t have a fever", "cough, doesn't have a fever",
    "cough and I haven't had a fever", "cough, haven't got a fever", "cough without fever", "cough, never had a fever",
    "cough but didn\u2019t have a fever", "cough but hasn't had any fever",
])
def test_every_contraction_and_curly_apostrophe_negates(cli, text):
    data = check_json(cli, text)
    read = {(u["id"], u["negated"]) for u in data["understood"]}
    assert ("cough", False) in read
    assert ("fever", False) not in read, read


def test_negation_stops_at_but_and_covers_lists(cli):
    read = {(u["id"], u["negated"]) for u in check_json(cli, "no cough or fever but a sore throat")["understood"]}
    assert {("cough", True), ("fever", True), ("sore-throat", False)} <= read


def test_only_negated_symptoms_say_so(cli):
    r = cli("check", "no chest pain")
    assert r.code == 1 and "do not have" in r.err and "chest pain" in r.err
    data = cli("check", "--json", "no chest pain").json()
    assert data["understood"] and all(u["negated"] for u in data["understood"])


@pytest.mark.parametrize("text,forbidden", [
    ("it burns when I wee", {"burns", "sunburn"}), ("worst tummy pain ever", {"fever"}),
    ("after eating peanuts", {"sweating"}), ("sore when pressed", {"low-mood"}),
    ("he keeps giving his stuff away", {"blocked-nose"}), ("my baby has a rash", {"given-birth"}),
    ("there is a noise in my ear", set()),
])
def test_ordinary_words_never_become_symptoms(cli, text, forbidden):
    data = check_json(cli, text)
    ids = {u["id"] for u in data["understood"]}
    assert not (ids & forbidden), ids
    assert all(u["text"].lower() in text.lower() for u in data["understood"]), "the echo must be what was typed"


@pytest.mark.parametrize("text,symptom", [
    ("been chucking up all night", "vomiting"), ("the trots since tuesday", "diarrhoea"),
    ("can't keep fluids down", "severe-vomiting"), ("peeing blood", "blood-in-urine"),
    ("knackered all the time", "fatigue"), ("itchy down there", "vulval-itching"),
    ("out of puff on the stairs", "shortness-of-breath"), ("baby is off her milk", "poor-feeding"),
    ("no wet diapers today", "pee-less"), ("been feeling giddy", "dizziness"),
    ("cough that won't shift", "long-cough"), ("mozzie bites on my legs", "bite-sting"),
    ("sore boobs before my period", "breast-pain"), ("she's burning up", "fever"),
])
def test_everyday_wordings_are_read_as_their_symptom(cli, text, symptom):
    read = {(u["id"], u["negated"]) for u in check_json(cli, text)["understood"]}
    assert (symptom, False) in read, read


@pytest.mark.parametrize("text,forbidden", [
    ("can't breathe through my nose", {"severe-breathing-difficulty"}), ("the discharge has no smell", {"loss-of-smell"}),
    ("my child has a limp", {"floppy-baby"}), ("fingers going blue in the cold", {"mottled-skin"}),
    ("slept at a funny angle and my neck hurts", {"deformed-limb"}), ("i can't stand the smell of coffee", {"deformed-limb"}),
    ("my blood pressure is a bit low", {"low-mood"}), ("temp 37.5 and a cough", {"fever"}),
])
def test_lay_phrases_do_not_take_another_symptoms_words(cli, text, forbidden):
    ids = {u["id"] for u in check_json(cli, text)["understood"]}
    assert not (ids & forbidden), ids


def test_typos_of_non_words_are_corrected_and_say_so(cli):
    data = check_json(cli, "vomitting and diarhea")
    ids = {u["id"]: u for u in data["understood"]}
    assert "vomiting" in ids and "diarrhoea" in ids
    assert "vomitting" in ids["vomiting"]["text"] and "read_as" in ids["vomiting"]


def test_echo_keeps_the_typed_spelling(cli):
    r = cli("check", "my tummy HURTS and there's a weird noize")
    assert "tummy HURTS" in r.out or "noize" in r.out
    assert "noise" not in r.out.replace("noize", "")


@pytest.mark.parametrize("age,years", [("6m", 0.5), ("18mo", 1.5), ("3w", 3 / 52), ("0.5", 0.5), ("10d", 10 / 365), ("8", 8.0)])
def test_age_takes_months_weeks_and_days(cli, age, years):
    data = check_json(cli, "--age", age, "cough")
    assert data["patient"]["age_years"] == pytest.approx(years, abs=0.01)


@pytest.mark.parametrize("age", ["banana", "-3", "200", "6x"])
def test_a_bad_age_is_a_usage_error(cli, age):
    r = cli("check", "--age", age, "cough")
    assert r.code == 2 and r.err.startswith("Error: --age") and "\n" == r.err[-1] and r.err.count("\n") == 1


@pytest.mark.parametrize("text,who,years", [
    ("my 6 week old has a cough", "baby", 6 / 52), ("my son, 8, has a cough", "child", 8),
    ("my son (8) has a cough", "child", 8), ("my baby has a cough", "baby", None),
    ("my mum has a cough", "someone else", None), ("my nan (87) has a cough", "older relative", 87),
    # "yo" for years old, a pronoun and an age, an age in brackets after who it is
    ("my 3yo has a cough", "child", 3), ("13yo with a cough", None, 13), ("she's 7 wks and has a cough", None, 7 / 52),
    ("dad (83) has a cough", "someone else", 83), ("My wife (66) has a cough", "someone else", 66),
    # a temperature or a number of tablets is not an age
    ("she's 38.5 and has a cough", None, None), ("gave my gran 2 paracetamol for her cough", "older relative", None),
    # typed as a fragment, without "my"; a time ago is not an age
    ("baby 6 weeks has a cough", "baby", 6 / 52), ("son 8 has a cough", "child", 8),
    ("my sister 2 weeks ago had a cough", "someone else", None),
])
def test_the_patient_is_read_from_the_words(cli, text, who, years):
    p = check_json(cli, text)["patient"]
    assert p["who"] == who
    assert (p["age_years"] is None) if years is None else p["age_years"] == pytest.approx(years, abs=0.01)


@pytest.mark.parametrize("text", ["temp 38.6 and a cough", "her temperature is 39", "he's 38.5 degrees and shivery",
                                  "102F and achy", "38.5C since last night"])
def test_a_temperature_of_38_or_more_is_read_as_a_fever(cli, text):
    understood = check_json(cli, text)["understood"]
    assert any(u["id"] == "fever" and not u["negated"] for u in understood), understood


@pytest.mark.parametrize("text", ["it is 39 degrees outside and i have a headache", "she's 38 and has a headache",
                                  "coughing 100 times a day", "temp 37.5 and a cough"])
def test_other_numbers_are_not_a_fever(cli, text):
    assert all(u["id"] != "fever" for u in check_json(cli, text)["understood"])


def test_a_baby_typed_as_a_fragment_with_a_temperature_is_an_emergency(cli):
    data = check_json(cli, "baby 5 wks 38.2")
    assert data["triage"] == "emergency" and data["patient"]["who"] == "baby"


@pytest.mark.parametrize("text,weeks", [("34 weeks pregnant and a headache", 34), ("34/40, headache", 34), ("i'm pregnant, headache", None)])
def test_pregnancy_is_context(cli, text, weeks):
    p = check_json(cli, text)["patient"]
    assert p["pregnant"] and p["pregnancy_weeks"] == weeks


def test_weeks_said_of_oneself_are_a_pregnancy_not_an_age(cli):
    p = check_json(cli, "im 32 weeks and my baby hasnt moved today")["patient"]
    assert p["pregnant"] and p["pregnancy_weeks"] == 32 and p["age_years"] is None
    # said of a baby, the weeks stay its age (and may still be a pregnancy: both readings are kept)
    data = check_json(cli, "my baby is 12 weeks and has a temp of 38")
    assert data["patient"]["age_years"] == pytest.approx(12 / 52, abs=0.01) and data["triage"] == "emergency"


def test_a_baby_under_three_months_with_a_fever_is_an_emergency(cli):
    assert check_json(cli, "my 6 week old has a temperature of 38.4")["triage"] == "emergency"
    assert check_json(cli, "--age", "6w", "temperature 38.4")["triage"] == "emergency"
    assert check_json(cli, "--age", "2", "temperature 38.4")["triage"] != "emergency"


# One or more everyday wordings for each red-flag group the issue lists; each must be an emergency
# with a reason and what to do. These were written with the rules; the blind sets measure the rest.
RED_FLAGS = [
    "chest pain going into my arm", "my chest feels tight and heavy", "face drooped for ten minutes then went back to normal",
    "cant lift my left arm and my speech is slurred", "fever and a rash that doesn't fade under a glass",
    "stiff neck, fever and the light hurts my eyes", "lips swelling after eating peanuts", "blue inhaler isn't helping",
    "can't finish a sentence, so breathless", "my toddler is choking on a grape", "bleeding won't stop even with pressure",
    "hit my head and now keep being sick", "having a fit for more than 5 minutes", "took 20 paracetamol an hour ago",
    "my son swallowed bleach", "throwing up blood", "black tarry poo and feel faint", "numb bum and privates with back pain",
    "sudden loss of vision in one eye", "got oven cleaner in my eye", "swollen painful calf and short of breath",
    "sudden tearing pain going through to my back", "worst headache of my life came on suddenly",
    "my dad is suddenly confused and not making sense", "collapsed in the heat and not sweating",
    "found him outside, very cold and drowsy", "sudden agonising pain in my testicle", "worst tummy pain ever, rock hard",
    "8 weeks pregnant and sharp pain on one side", "30 weeks pregnant, headache and blurred vision",
    "32 weeks and my waters have gone", "34 weeks pregnant and the baby is moving less",
    "soaking a pad every hour since the birth", "my baby is floppy and grunting", "baby hasn't had a wet nappy all day",
    "the soft spot on my baby's head is bulging", "burnt my hand badly with boiling water and it blistered",
    "bitten by a snake", "got an electric shock from a socket", "diabetic, vomiting and breath smells fruity",
    "my blood sugar is 2.1 and not coming up after sweets",
    # added with the second round of the written list (open fractures, angina, hernias, posterior stroke,
    # preterm labour, sepsis, swallowed objects, retention, spreading dental swelling, acute glaucoma)
    "fell off a ladder and there's bone poking through the skin on my shin", "i think my hip is broken",
    "used my gtn spray twice and the chest pain is still there", "my hernia has gone hard and i can't push it back in",
    "all of a sudden the room is spinning, i'm seeing double and can't walk straight",
    "33 weeks pregnant with contractions every ten minutes", "shivering, temperature 39 and my heart is racing",
    "my 2 year old swallowed a bead and now his breathing is noisy", "i haven't been able to pee since last night",
    "tooth abscess and now the swelling is under my jaw and it's hard to swallow",
    "really painful red eye, headache and I've been sick, seeing halos round lights",
    "my grandad isn't responding", "took a whole packet of sertraline", "my 3 year old bit into a dishwasher tablet",
    "the boiler has been making a noise and we all have headaches and feel sick",
    "bleeding from a cut on my arm won't stop",
    # third and fourth rounds: carbon monoxide, paraphimosis, frostbite, batteries, broken hips,
    # fever on chemotherapy, giant cell arteritis with sight changes
    "gas fire in the lounge, we all feel dizzy and my wife has collapsed", "my foreskin is stuck back and the tip is going purple",
    "toes went white and hard after a night on the mountain, can't feel them", "my toddler may have swallowed a watch battery",
    "grandma fell, her leg looks shorter and turned outwards", "on chemo and my temperature is 38.3",
    "pain at my temples, jaw aches when I chew and now my sight is blurry",
    # fifth round
    "on apixaban and my nosebleed still hasn't stopped after 30 minutes", "did 10 puffs of my inhaler and it's doing nothing",
    "dark curtain over my left eye, I'm very short sighted", "bitten on the leg by what i think was an adder",
    "been sick and it looked like coffee granules", "hot oil from the chip pan went over my arm, the skin is white",
    "felt a pop at the back of my ankle and can't stand on tiptoe", "taking paracetamol every 2 hours plus lemsip for 3 days",
    # sixth round: clinical shorthand, long fits worded as a range, long lies after a fall, sudden change
    # in dementia, fluid on the lungs, necrotising fasciitis, adrenal crisis
    "cp going into my jaw and clammy", "she's epileptic and has been fitting for 8 or 9 minutes, it isn't stopping",
    "nan had a fall and has been lying on the kitchen floor all night", "grandad has dementia and since lunch he suddenly doesn't know where he is",
    "coughing up pink frothy spit and can't breathe lying down", "graze on my knee hurts far worse than it looks and it's gone purple",
    "i have addison's and keep throwing up, can't keep my tablets down",
    # seventh round: a punch and clear fluid from the nose, can't keep someone awake, stroke signs in
    # translated English, a pale blotchy toddler with a fever, strange beliefs after a birth
    "got headbutted and now clear fluid is running from my ear", "dad took his pills twice and we can't keep him awake",
    "my father his face go down on one side and he not can talk", "my 2 year old is pale and blotchy with a temperature of 39",
    "had my baby 10 days ago and keep saying the baby is evil",
    # eighth round: pressure with no pain word, pain before the word head, a first antibiotic dose, a bump
    # on the forehead on a blood thinner, a fall from a window, a limb bent the wrong way, asking the same
    # questions after a knock, a reliever called "the blue one"
    "feels like an elephant is sitting on my chest and it's spreading to my jaw, clammy",
    "sudden pain at the back of my head like a hammer blow, been sick",
    "took my first penicillin tablet and now my lips are swelling and i feel faint",
    "bumped my forehead on the cupboard and i'm on rivaroxaban", "my 4 year old fell out of an upstairs window",
    "his arm is bent the wrong way after he fell off his bike", "hit her head at netball and keeps asking the same questions",
    "used the blue one 10 times and it's not helping, can only say a few words",
    # round 9: tetanus after a wound, a detached retina, a dislocated joint (the articles' own emergency lines)
    "cut my hand on a rusty gate last week and now my jaw's gone stiff", "a grey curtain is coming down over my vision",
    "suddenly loads of new floaters in my right eye", "i think i've dislocated my kneecap, it's off to the side",
]


@pytest.mark.parametrize("text", RED_FLAGS)
def test_each_red_flag_group_forces_emergency_with_reason_and_action(cli, text):
    data = check_json(cli, text)
    assert data["triage"] == "emergency", (text, data["understood"])
    flag = next(f for f in data["red_flags"] if f["level"] == "emergency")
    assert flag["reason"] and flag["action"]
    r = cli("check", text)
    assert r.out.lstrip().startswith("EMERGENCY") and "What to do:" in r.out


def test_the_red_flag_list_names_a_source_for_every_flag():
    raw = json.loads((ROOT / "data" / "redflags.json").read_text(encoding="utf-8"))
    for flag in raw["flags"]:
        assert flag["level"] in ("emergency", "urgent")
        assert flag["source"]["url"].startswith("https://") and flag["source"]["publisher"] and flag["reason"] and flag["action"]


@pytest.mark.parametrize("text", [
    "chest pain but no sweating, not short of breath, it hurts when I press on my ribs",
    "i bumped my head, no sickness, not drowsy, feel fine",
    "small burn on my finger from the kettle",
    "i bought a rope for the swing", "said goodbye to my friend at the airport",
    # sixth round's near twins: a fall without a long lie, dementia changing slowly, Addison's without sickness
    "tripped on the step yesterday and got straight back up, bruised knee",
    "mum has dementia and has been slowly more forgetful over the past year",
    "i have addison's disease and a runny nose, eating and drinking fine",
    # seventh round's near twins: a pale child without a fever or cold hands, a mild headache, a punch with no head injury signs
    "my 3 year old looks a bit pale today but is playing happily", "mild headache after a long day at the screen",
    "got punched in the arm at football, bit of a bruise",
    # eighth round's near twins
    "fell off the bottom step, grazed knee, walking fine",
    "honestly i'm fine, just really tired of this cough",
    "pain when i wee, no temperature, no back pain",
    "dark shadows under my eyes from not sleeping", "dislocated my shoulder years ago and it aches in the cold",
    "had a few floaters for years, no change",
])
def test_near_twins_without_the_red_flag_are_not_emergencies(cli, text):
    assert check_json(cli, text)["triage"] != "emergency"


CRISIS = ["I don't want to be here anymore", "everyone would be better off without me", "i've been cutting myself",
          "thinking about ending it all", "i want to kill myself", "suicide",
          # the warning signs of the NHS and Samaritans pages, in indirect words
          "my sister sent me a message saying goodbye", "I've been saving up my tablets", "got a rope today",
          "i can't hold on any longer", "i feel like such a burden", "started cutting my arms again",
          # the steps of the Columbia suicide severity screen, in indirect words
          "i wouldn't mind if i didn't wake up", "how many of these pills would it take", "got the tablets lined up",
          "i'm going to do it tonight", "he's standing on the edge of the bridge", "the voices tell me to jump", "i want to kms",
          # giving things away because they will not be needed, and the means going missing
          "she gave her sister all her jewellery and said she won't need it anymore", "my mum's sleeping pills have gone missing",
          # passive thoughts of not being alive (C-SSRS: the wish to be dead)
          "lately i'd rather not be alive", "honestly i'd sooner be dead",
          # hedges are no negation, and thoughts of a way to die
          "i don't really want to be here anymore", "it would be easier if i didn't wake up", "thought about stepping in front of a train",
          # said of someone else: the same words with he, she or they
          "my husband keeps saying we'd be better off without him", "she said it'd be easier if she didn't wake up",
          # typed shorthand
          "everyone would be better off w/o me"]

# Same-day (urgent) signs from the NHS 'ask for an urgent GP appointment or call 111' lists: at least urgent,
# never left at routine or self-care.
URGENT = [
    "burning when i wee and pain in my back with a temperature", "can't keep any water down since this morning",
    "been vomiting for 3 days", "whites of my eyes have gone yellow", "woke up deaf in one ear",
    "the redness around the cut on my hand is spreading", "tooth is throbbing and my cheek is swollen",
    "using my blue inhaler every 3 hours", "my 4 year old has had a fever for 6 days", "my toddler is breathing faster than normal",
    "my 5 year old won't put weight on his leg and has a temperature", "red painful eye and bright light hurts it",
    "keep hearing voices that nobody else can hear", "back from Nigeria last week and now a fever and chills",
    "i think i have shingles", "i just can't cope anymore", "twisted my ankle and can't put any weight on it",
    "my son might have eaten some of my vitamins", "on and off pain in my chest", "gaping cut that might need stitches",
    "boiler is old and i keep getting headaches at home", "sunburn has blistered and i have chills", "on methotrexate with a sore throat",
    "20 weeks pregnant and my nephew has chickenpox", "i'm 80 and think i have flu", "swelling behind my son's ear after an earache",
    "straight lines look wavy in one eye", "blood sugar over 20 since yesterday", "always thirsty and peeing loads",
    "lower tummy pain and a temperature of 38", "boil on my nose and a fever", "one side of my face won't move",
    "sore throat much worse on one side and i can't open my mouth", "stood on a rusty nail in the garden",
    "eyelid swollen and red with a temperature",
    "mum took her blood pressure tablets twice by mistake", "had a heart attack last year and now my heart is fluttering",
    "blisters in a band on one side of my back",
    # sixth round: a UTI in a man or a child, red hot swollen skin, feeling something is seriously wrong,
    # a typing slip of a red-flag word
    "my husband says it stings when he pees", "my 6 year old cries when she wees", "my shin is red, hot and swollen and it hurts",
    "i just feel like something is seriously wrong, shivery and sick", "tightnes across my chest when i walk uphill",
    # seventh round: cloudy smelly wee with back pain and shivers, headaches that wake you or are worse on
    # coughing, a COPD flare not helped by the rescue pack, a UTI at 80, infected stitches after a birth
    "pain in my side under the ribs, shivery, and my wee is cloudy", "headache every morning that wakes me and is worse when i cough",
    "i have copd and the rescue pack hasn't helped, phlegm still green", "gave birth 2 weeks ago and my stitches smell and are oozing",
    # eighth round: an asthma attack that settled still needs seeing the same day
    "had an asthma attack this morning, it settled after 10 puffs",
]


@pytest.mark.parametrize("text", URGENT)
def test_same_day_signs_are_at_least_urgent_with_a_reason(cli, text):
    data = check_json(cli, text)
    assert data["triage"] in ("urgent", "emergency"), (text, data["understood"])
    assert any(f["level"] in ("urgent", "emergency") and f["action"] for f in data["red_flags"]), text


@pytest.mark.parametrize("command", ["check", "search", "causes", "show", "when", "symptoms", "treatment", "related"])
@pytest.mark.parametrize("text", CRISIS[:3])
def test_the_crisis_message_comes_first_in_every_command(cli, command, text):
    r = cli(command, text)
    assert r.err.startswith("If you are thinking about ending your life"), (command, r.err[:80])
    assert "116 123" in r.err and "988" in r.err and "999" in r.err


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_wording_is_an_emergency_in_check(cli, text):
    data = check_json(cli, text)
    assert data["crisis"] is True and data["triage"] == "emergency"


def test_validate_file_names_are_not_read_as_a_crisis(cli):
    r = cli("validate", str(ROOT / "data" / "conditions" / "self-harm.json"))
    assert r.code == 0 and "Samaritans" not in r.out + r.err
    assert "Samaritans" in cli("show", "self-harm").out


def test_no_crisis_message_for_ordinary_words(cli):
    for text in ("this headache is killing me", "i would never hurt myself, just feeling low", "cut my finger"):
        assert "116 123" not in cli("check", text).err


def test_when_suicide_does_not_suggest_unrelated_conditions(cli):
    r = cli("when", "suicide")
    assert "116 123" in r.err and "Did you mean" not in r.err


@pytest.mark.parametrize("text", ["severe cough", "cough and a weird tingly glorp", "--age 4m cough", "pregnant and a cough"])
def test_fail_safe_levels_never_say_self_care(cli, text):
    args = text.split(" ", 2) if text.startswith("--") else [text]
    data = check_json(cli, *args)
    assert data["triage"] != "self-care", data["triage_reason"]


def test_long_input_is_cut_and_says_so(cli):
    data = check_json(cli, "cough " * 2000)
    assert data["notes"] and "characters were read" in data["notes"][0]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.'", max_size=60), st.sampled_from(RED_FLAGS))
def test_adding_a_red_flag_never_lowers_the_level(cli, text, flag):
    from healthq.errors import HealthqError

    before = None
    r = cli("check", "--json", text) if text.strip() else None
    if r is not None and r.code == 0:
        before = r.json()["triage"]
    after = check_json(cli, (text + ". " if text.strip() else "") + flag)["triage"]
    assert after == "emergency"
    if before is not None:
        assert LEVELS.index(after) >= LEVELS.index(before)
    assert HealthqError  # imported to be sure the package loaded in-process


def test_every_emergency_case_in_the_benchmark_is_an_emergency(store):
    """The hand-written cases (benchmarks/check_cases.json): every emergency is triaged emergency."""
    from healthq.check import check

    cases = json.loads((ROOT / "benchmarks" / "check_cases.json").read_text(encoding="utf-8"))
    missed = [c["symptoms"] for c in cases if c["triage"] == "emergency" and check(store, c["symptoms"], age=c.get("age"), sex=c.get("sex")).triage != "emergency"]
    assert missed == []


def test_the_cached_phrase_table_is_data_and_a_damaged_one_is_rebuilt(cli, tmp_path, monkeypatch):
    from healthq.check import _load_vocabulary

    monkeypatch.setenv("HEALTHQ_CACHE_DIR", str(tmp_path / "c"))
    _load_vocabulary.cache_clear()
    assert check_json(cli, "chest pain going into my arm")["triage"] == "emergency"
    tables = list((tmp_path / "c").glob("phrases-*"))
    assert len(tables) == 1 and tables[0].suffix == ".json"
    tables[0].write_bytes(b"\x80\x04not json at all")
    _load_vocabulary.cache_clear()
    assert check_json(cli, "chest pain going into my arm")["triage"] == "emergency"
    _load_vocabulary.cache_clear()


def test_sex_from_the_option_sets_the_context_of_a_flag(cli):
    """A water infection is same-day care for a man (NHS): --sex male says so even when the words do not."""
    man = check_json(cli, "burning when i pee and going all the time", "--sex", "male", "--age", "40")
    assert man["triage"] in ("urgent", "emergency") and "uti-man" in {f["id"] for f in man["red_flags"]}
    woman = check_json(cli, "burning when i pee and going all the time", "--sex", "female", "--age", "40")
    assert "uti-man" not in {f["id"] for f in woman["red_flags"]}


def test_a_typing_slip_of_a_red_flag_word_is_read_as_that_word(cli):
    data = check_json(cli, "tightnes in my chest")
    assert "tightnes" not in data["unrecognised"]
    assert data["triage"] in ("urgent", "emergency")


def test_an_age_given_with_the_option_sets_the_context_of_an_older_persons_flag(cli):
    """A water infection at 80 is same-day care (NHS): the age comes from --age."""
    older = check_json(cli, "burning when i wee", "--age", "80")
    younger = check_json(cli, "burning when i wee", "--age", "30", "--sex", "female")
    assert "uti-older" in {f["id"] for f in older["red_flags"]}
    assert "uti-older" not in {f["id"] for f in younger["red_flags"]}


def test_a_positive_test_or_a_missed_period_is_read_as_possibly_pregnant(cli):
    data = check_json(cli, "missed my period, sharp pain low on the right side of my tummy")
    assert data["patient"]["pregnant"] is True and data["triage"] == "emergency"
    data = check_json(cli, "pregnancy test was negative, sharp pain low on the right side of my tummy")
    assert data["patient"]["pregnant"] is False


def test_every_crisis_pattern_holds_one_of_the_prefilter_fragments():
    """The crisis reader skips its patterns when the text holds none of crisis._FRAGMENTS, so a
    pattern that can match without one would never be tried: a crisis wording silently missed.
    Text generated to match each pattern (hypothesis reads the regular expression) must hold one."""
    import re

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from healthq import crisis

    missed = []
    for pattern in crisis._PATTERNS:
        @settings(max_examples=30, suppress_health_check=list(HealthCheck), deadline=None, database=None)
        @given(st.from_regex(re.compile(pattern), fullmatch=True))
        def holds_a_fragment(text):
            assert any(f in text for f in crisis._FRAGMENTS), text

        try:
            holds_a_fragment()
        except AssertionError as exc:
            missed.append((pattern[:60], str(exc)[:80]))
    assert not missed, missed


def test_a_pregnant_person_saying_my_baby_stays_pregnant(cli):
    """'my baby' in a pregnant person's words is the baby they carry: the pregnancy is kept (and
    the pregnancy flags read), while 'my baby bumped his head' is still not a pregnancy."""
    data = cli("check", "--json", "im pregnant and my baby hasnt moved today").json()
    assert data["patient"]["pregnant"] is True and "fewer-movements" in [f["id"] for f in data["red_flags"]]
    assert cli("check", "--json", "my baby bumped his head").json()["patient"]["pregnant"] is False


@pytest.mark.parametrize("text", ["baby's tummy is swollen", "babys temp is 38.2"])
def test_a_baby_named_by_a_possessive_is_the_patient(cli, text):
    """'baby's tummy' typed without 'my' still says who the patient is (a baby, so the infant flags
    and the fail-safe rules for babies apply); a possessive used of something else does not."""
    assert cli("check", "--json", text).json()["patient"]["who"] == "baby"
    assert cli("check", "--json", "i was a babys size as a child").json()["patient"]["who"] != "baby"


@pytest.mark.parametrize("args", [
    ["ask", "my dads face is drooping on one side what should i do"],
    ["when", "my dads face is drooping on one side"],
    ["search", "dads face drooping on one side and slurring"],
])
def test_an_emergency_described_to_another_command_is_warned_about_before_no_match(cli, args):
    """A question with no article to answer it still runs the red-flag list: an emergency in its
    words is said first, with what to do and the check command, never only 'no match'."""
    r = cli(*args)
    assert r.code == 1
    assert r.err.startswith("Warning: what you typed may be an emergency.") and "999" in r.err
    assert "healthq check" in r.err


def test_the_warning_signs_are_in_the_no_match_json_and_absent_for_ordinary_words(cli):
    data = cli("ask", "--json", "crushing chest pain going down my arm").json()
    assert data["error"] == "no match" and data["warning_signs"][0]["level"] == "emergency"
    r = cli("ask", "--json", "zzqq blorp")
    assert "warning_signs" not in r.json() and "Warning" not in r.err
