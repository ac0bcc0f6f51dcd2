"""`healthq check` on what people really type: whole-text reading, negation, no invented symptoms,
who the patient is, the red-flag layer, the crisis message in every command, and fail-safe levels.
Everything goes through the CLI, as a user would run it."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, check_json

LEVELS = ["self-care", "routine", "urgent", "emergency"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    import os

    from healthq.store import open_store

    os.environ["HEALTHQ_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    return open_store(None)




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
    # the number in words
    ("my baby is three months old and has a cough", "baby", 3 / 12), ("my six week old has a cough", "baby", 6 / 52),
    ("my two year old has a cough", "child", 2),
    # an age said as a limit reads as just under it (a day less), the way the sources word their limits;
    # a duration or a pregnancy is no age
    ("my baby is under 3 months and has a cough", "baby", 3 / 12 - 1 / 365),
    ("she's less than 8 weeks old and has a cough", None, 8 / 52 - 1 / 365),
    ("coughing for under 3 weeks", None, None), ("less than 12 weeks pregnant with a cough", None, None),
    # a larger limit could be any age below it: the age stays unknown (readers R47, R48), as does an age
    # said of a cough, a rash, a tattoo or a pet, a duration, and "old" said of oneself
    ("my baby is under one year old and has a cough", "baby", None), ("my daughter is less than six years old, cough", "child", None),
    ("the cough is 3 days old", None, None), ("my tattoo is a week old and i have a cough", None, None),
    ("i have had a cough for between 2 and 3 days", None, None), ("i am old and have a cough", None, None),
    ("my nan is frail and old and has a cough", "older relative", None), ("a baby aged 3 to 6 months with a cough", "baby", 3 / 12),
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
    # the age in words, or as the limit the sources give (NICE NG143: "younger than 3 months")
    assert check_json(cli, "my two month old has a temperature of 38.2")["triage"] == "emergency"
    assert check_json(cli, "a baby under 3 months has a temperature of 38C")["triage"] == "emergency"
    assert check_json(cli, "my baby is less than 12 weeks old and her temp is 38.1")["triage"] == "emergency"
    # another person's age named first does not hide the baby's (reader R48)
    for text in ("my two year old has a cold and my 4 week old now has a temp of 38.1",
                 "5 week old baby temp 38.4 can i give calpol, box says its not for babies under 6 months",
                 "she is 4 weeks old and hot, 38.5. we also have a toddler under 3 years with a cough"):
        assert check_json(cli, text)["triage"] == "emergency", text
    # a thing named before the baby's age does not make it the thing's (reader R49), and a baby named beside an
    # older child's age keeps the baby's signs
    for text, level in (("my baby with the cold is 6 weeks old and has a temp of 38.3", "emergency"),
                        ("temp 38.1 cough 4 weeks old baby sleepy", "emergency"),
                        ("our son, who has a chesty cough, is 8 weeks and 38.9", "emergency"),
                        ("my son is less than 8 weeks old with a temp of 38.1, his sister is ten years old", "emergency"),
                        ("my baby has a temp of 38.5 and my four year old has a cold", "urgent")):
        assert check_json(cli, text)["triage"] == level, text
    # and nobody is read as a newborn from "old" said of themselves, a duration or a thing (readers R47, R48)
    for text in ("i am old and have had a temperature of 38 since yesterday", "my nan is frail and old and has a temp of 38.5",
                 "ive had a temperature of 38 for between 2 and 3 days and a sore throat", "temp 38.2, cough, the cough is a week old now",
                 "she is less than 2 weeks post op and has a temperature of 38"):
        assert "fever-under-3-months" not in [f["id"] for f in check_json(cli, text)["red_flags"]], text


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
    "the boiler has been making a noise and we all have headaches and now mum is confused and drowsy",
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


# Round 15: everyday wordings of each emergency sign on the list, paired with a near-miss twin one sign short
# (or an idiom) that must not be an emergency. Synonyms for the key word, the parts in the other order, the
# sign described by what is seen, said of someone else. Before this round 40 of the 289 signs below were
# not emergencies, and 23 of their twins and all 13 ordinary phrases after them were.
ROUND15_PAIRS = [
    # heart
    ("the pain in the middle of my chest is moving up into my jaw", "my jaw aches from grinding my teeth at night"),
    ("dad has a crushing feeling behind his breastbone that goes down his left arm",
     "dad has a dull ache in his left arm after painting the ceiling"),
    ("pain shooting from my chest down both arms", "pain shooting down my leg from my lower back"),
    ("my left arm went dead and my chest is hurting", "my left arm went dead when I slept on it"),
    ("feels like a band tightening round my chest", "feels like a band tightening round my head when i'm stressed"),
    ("like someone is standing on my chest", "like someone is standing on my foot, the bunion is so sore"),
    ("his chest feels like it's being squashed in a vice", "his chest feels a bit wheezy with his cold"),
    ("really heavy weight pressing down in the centre of my chest", "really heavy legs after standing all day"),
    ("husband clutching his chest, grey and sweaty", "husband is sweaty after his run, feels fine"),
    ("my chest hurts and I'm pouring with sweat and feel sick", "i'm pouring with sweat in this heat and feel a bit sick"),
    ("chest is sore and I'm drenched in a cold sweat", "drenched in sweat after hot yoga"),
    ("she has pain across her chest and keeps going dizzy", "she keeps going dizzy when she stands up"),
    ("my left arm and jaw ache and I'm clammy and breathless", "my jaw aches after the dentist"),
    ("pain between his shoulder blades and he's sweating buckets",
     "pain between his shoulder blades after moving furniture"),
    ("mum's jaw is hurting and she's grey and clammy", "mum's jaw is hurting from a tooth"),
    ("it felt like something ripped inside my chest and went straight through to my back",
     "i ripped my jeans climbing over the fence"),
    ("sudden tearing pain between my shoulder blades", "sudden twinge between my shoulder blades when i sneezed"),
    ("like my chest is being torn apart", "like my head is being torn apart by this cold"),
    ("sprayed my angina spray three times and the pain hasn't gone",
     "used my angina spray once and the pain went in a few minutes"),
    ("the gtn isn't touching the chest pain tonight", "need a new prescription for my gtn spray"),
    ("my usual angina but much worse than normal and won't settle",
     "my angina comes on walking uphill and settles with rest"),
    ("my nan is coughing up pink bubbly spit", "my nan is coughing up clear spit"),
    ("bringing up pinkish foamy stuff and can't lie flat to breathe", "bringing up white phlegm with my cold"),
    # stroke
    ("one side of her face has slipped", "one side of her face is swollen from a wisdom tooth"),
    ("his mouth is pulling over to one side and he's dribbling", "he's dribbling because he's teething"),
    ("mum's smile is all crooked since this morning", "mum has always had a crooked smile"),
    ("one side of dad's face looks like it's melting", "dad's face looks red after the sun"),
    ("her face has dropped on the right", "she has dropped a dress size and her face looks thinner"),
    ("his arm just flopped down when he tried to lift it", "his arm aches when he lifts it above his head"),
    ("suddenly she can't grip her cup with her right hand", "she can't grip her cup because of arthritis in her fingers"),
    ("dad's right hand won't do what he tells it", "dad's right hand shakes a bit when he's tired"),
    ("the whole of my left side has gone weak out of nowhere", "my left knee has been weak since the operation"),
    ("all of a sudden she can't move her leg on one side", "she can't move her leg much in the cast"),
    ("his words are all coming out jumbled", "his words are a bit jumbled when he's tired and excited"),
    ("she's trying to talk but it's just noises coming out", "she's trying to talk but her throat is sore"),
    ("mum is talking like she's drunk but she hasn't had a drop",
     "mum is talking like she's drunk because she's had four glasses of wine"),
    ("he can't get the right words out and is saying random words", "he can't get the right words out in french"),
    ("out of nowhere grandad can't walk straight and is seeing two of everything",
     "grandad can't walk far because of his knees"),
    ("the room suddenly started spinning and I keep falling to the left and can't stand",
     "the room spins a bit when I stand up too quickly"),
    ("she suddenly lost her balance and her legs won't hold her", "she lost her balance on the ice and bruised her hip"),
    # eyes
    ("half the sight went in my eye", "half the time I can't find my glasses"),
    ("everything went black in my right eye for a few minutes", "everything went quiet in my right ear after the concert"),
    ("it's like a blind has been pulled down over my left eye",
     "pulled down the blind because the sun hurts my eyes with this migraine"),
    ("he suddenly can't see out of one eye", "he can't see out of one eye without his glasses, same as always"),
    ("my sight went grey in one eye then came back", "my hair went grey in one summer"),
    ("splashed bleach in my eye", "splashed water in my eye"),
    ("my son squirted the toilet cleaner and some went in his eye",
     "my son squirted a water pistol and some went in his eye"),
    ("got cement dust in both eyes and they're burning", "got sawdust in my eye and it's a bit scratchy"),
    ("my eye is in agony and red, i'm being sick with a headache and lights have rings round them",
     "red itchy eyes with my hay fever"),
    ("tender at my temple, my jaw aches chewing and now I'm seeing double",
     "tender at my temple after walking into the door"),
    ("loads of new black specks floating across my eye and flashes at the side",
     "I've had the same couple of floaters for years"),
    ("a dark shadow is creeping across the vision in my right eye", "a dark shadow under my eyes from no sleep"),
    ("a bit of metal flew into my eye while grinding and it's stuck", "a bit of dust blew into my eye in the wind"),
    ("a stone shot up from the strimmer into my eye", "some grass got in my eye while mowing"),
    # sepsis and meningitis
    ("little purple dots that stay when I press a glass on them",
     "little red dots that disappear when I press a glass on them"),
    ("she's got tiny red pinpricks that don't go away when pressed and a fever",
     "she's got tiny red bumps from midge bites"),
    ("i can still see the spots through the side of the glass", "i can still see the spots from my chickenpox scars"),
    ("a rash that looks like bruises all over his legs and he's hot", "bruises all over his legs from football"),
    ("he can't touch his chin to his chest and he's burning up",
     "he can't touch his toes and he's a bit stiff after the gym"),
    ("her neck is rigid and she's screaming at the lights, really hot", "her neck is stiff from sleeping on it funny"),
    ("temperature 39, neck won't bend and bright lights hurt", "temperature 38 and a runny nose"),
    ("his lips have gone a funny purple colour", "his lips have gone purple from the blackcurrant squash"),
    ("her legs look all blotchy and marbled", "her legs look blotchy after a hot bath"),
    ("my son's skin looks like corned beef", "my son loves corned beef sandwiches"),
    ("grandma's fingertips and lips are going bluey", "grandma's fingers go white in the cold"),
    ("i feel like I'm going to die, fever and shivering", "i feel like death warmed up with this cold"),
    ("never felt this ill in my life, burning up and confused", "never felt this tired in my life after the night shift"),
    # infection
    ("shaking uncontrollably with a fever and my heart is going like the clappers", "shaking with nerves before my exam"),
    ("temperature of 39, heart pounding and I'm all muddled", "temperature of 39 and a sore throat"),
    ("he's got a high temp, rigors and hasn't had a wee since yesterday", "he's got a high temp and a runny nose"),
    ("shivering, feverish and breathing really fast", "shivering after getting caught in the rain"),
    ("on chemo and shivering with a temperature", "on chemo and a bit tired"),
    ("dad's having chemotherapy and he's burning up", "dad finished chemotherapy last year and is doing well"),
    # sepsis and stroke
    ("my husband doesn't know my name or where he is", "my husband doesn't know where his keys are"),
    ("she suddenly doesn't know what year it is", "she doesn't know what to get me for my birthday"),
    ("grandad woke up and didn't recognise any of us", "grandad woke up grumpy and didn't want breakfast"),
    ("mum is all over the place, keeps asking where she is and who i am", "mum keeps asking where her glasses are"),
    ("my wife is suddenly away with it, can't tell me her own address", "my wife can't tell me the wifi password"),
    ("dad is talking but none of it makes sense", "dad is talking about the football but none of it makes sense to me"),
    ("mum has dementia and since this morning she's far more muddled and seeing people who aren't there",
     "mum has dementia and has been a bit more forgetful this year"),
    # collapse
    ("he dropped in the kitchen and still hasn't come round", "he dropped a glass in the kitchen"),
    ("my wife went down and isn't responding to her name", "my wife went down with a cold and is in bed"),
    ("she's lying there and won't wake up", "she's lying in and won't get up for school"),
    ("found my brother on the bathroom floor and he won't respond", "found my brother asleep on the sofa"),
    ("he's breathing but won't open his eyes when I shout", "he's breathing through his mouth because his nose is blocked"),
    ("my dad slumped in his chair and we can't rouse him", "my dad slumped in his chair after Sunday lunch and had a nap"),
    ("she went down like a sack of potatoes and is out cold", "she went down with a tummy bug and is off school"),
    ("he passed out at the bus stop and still isn't awake", "he nearly passed out at the bus stop but is fine now"),
    ("my son collapsed in the middle of football training", "my son was exhausted after football training"),
    ("she keeled over halfway through her run", "she felt a bit light headed after her run"),
    ("he went down on the pitch and was out for a bit", "he went down on the pitch with cramp"),
    # falls
    ("mum has been on the floor since last night and can't get up", "mum got up from the floor after she did her exercises"),
    ("grandad had a fall and we can't lift him off the floor", "grandad had a fall last month, he's back to normal"),
    # anaphylaxis
    ("her tongue has gone massive after she ate a cashew", "her tongue is sore after a hot drink"),
    ("my throat is closing up after a wasp sting", "my arm is swollen and itchy after a wasp sting"),
    ("lips blown up like balloons after a prawn curry", "balloons for my son's party gave me a headache"),
    ("his throat feels thick and tight since he had the peanut butter", "his throat feels scratchy since he got a cold"),
    ("he's had peanuts and his voice has gone hoarse and he's wheezing", "he's had peanuts all his life with no problem"),
    ("after the bee sting she's struggling to breathe", "after the bee sting she's got a red lump on her hand"),
    ("gave him his epipen after he ate sesame", "he carries an epipen for his sesame allergy"),
    # breathing
    ("he can only get a couple of words out between breaths", "he can only get a couple of hours sleep between feeds"),
    ("gasping for air and can't talk", "gasping for a cup of tea"),
    ("every breath is a struggle and my lips feel numb", "every breath of cold air makes me cough"),
    ("she's heaving for breath and her chest is sucking in", "she's a bit puffed out after the stairs"),
    ("my husband is wheezing so badly he can't speak", "my husband is wheezing a bit with his cold"),
    ("her blue pump isn't doing anything and she's still wheezing", "her blue pump sorted out her wheeze"),
    ("had 10 puffs of ventolin and still can't breathe properly", "had 2 puffs of ventolin before the match and felt fine"),
    ("the inhaler is making no difference at all", "the inhaler makes a difference when I take it before exercise"),
    ("something's stuck in his throat and he can't cough it out", "something's stuck in his teeth"),
    ("a bit of apple went down the wrong way and she can't breathe or cough",
     "a bit of water went down the wrong way and she coughed it up"),
    ("my baby is gagging and going red, something's lodged in her throat",
     "my baby is gagging on lumpy food but it comes back up"),
    ("horrible high pitched noise when she breathes in even when sitting quietly",
     "horrible cough that sounds like a seal but she's happy and playing"),
    ("he swallowed a marble and is now gagging and coughing", "he swallowed a cherry stone and is fine"),
    ("can't swallow my own spit, drooling, and my throat is agony", "can't swallow big tablets, I have to crush them"),
    ("she inhaled a peanut and now she's wheezing", "she ate a peanut butter sandwich"),
    ("my toddler is making a whistling noise breathing in and is struggling", "my toddler is whistling a tune"),
    ("my daughter is drooling and can't swallow anything with a high temperature", "my daughter is teething and drooling"),
    # bleeding
    ("blood is coming out in spurts from his leg", "blood is coming out in my pee a bit"),
    ("the cut on her arm is pumping blood", "the cut on her arm is scabbing over"),
    ("there's a pool of blood on the floor from his hand", "there's a pool of water on the floor from the leak"),
    ("blood soaking through two tea towels and not slowing", "soaking through my clothes with sweat"),
    ("sliced my thumb right open and it's gushing", "sliced my thumb a little chopping onions, it stopped"),
    ("he's been stabbed in the stomach", "he's stubbed his toe"),
    ("blood squirting out of the cut every time his heart beats", "blood on the tissue after I blew my nose"),
    ("her nose has been pouring blood for 40 minutes", "her nose bled for 5 minutes and stopped"),
    ("nosebleed that's been going for over half an hour", "nosebleeds most mornings in winter"),
    ("bringing up bright red blood", "bringing up phlegm"),
    ("his sick looks like coffee grounds", "his sick smells of coffee"),
    ("threw up and it was full of dark clots", "threw up after a dodgy kebab"),
    ("there's blood in her vomit", "there's blood in her nappy from a nappy rash"),
    ("poo like tar and I nearly passed out on the toilet", "poo is dark from my iron tablets, feel fine"),
    ("the toilet bowl fills with blood when I go", "the toilet bowl is blue from the cleaner"),
    ("passing a lot of blood from my bottom and it won't stop", "a bit of blood on the paper from piles"),
    # lungs
    ("coughing up mouthfuls of blood and can't catch my breath", "coughing up green phlegm and a bit tired"),
    ("my calf is swollen and hot and now I'm breathless", "my calf is sore after the marathon"),
    ("leg has been swollen since the flight and now I've got a sharp chest pain when I breathe in",
     "legs a bit swollen after the long flight"),
    ("coughing blood and my chest hurts when I breathe in", "coughing a lot at night"),
    # head injury
    ("he hit his head on the pavement and has been sick twice",
     "he hit his head on the pavement, small bump, no other problems"),
    ("she banged her head and now she's really drowsy", "she banged her knee and it's bruised"),
    ("clear watery stuff dripping from his nose after he hit his head",
     "clear watery stuff dripping from his nose with a cold"),
    ("fell down the stairs and can't remember what happened", "can't remember where I put my keys"),
    ("took a knock to the head at rugby and now he's seeing double", "took a knock to the knee at rugby"),
    ("my nan is on warfarin and bumped her head on the door", "my nan is on warfarin and bumped her arm on the door"),
    ("my 7 month old rolled off the bed and hit his head on the floor", "my 7 month old rolled over for the first time"),
    ("since the fall there's bruising behind his ear", "bruising on his knee since the fall"),
    ("blood coming out of her ear after she hit her head", "wax coming out of her ear"),
    ("since he banged his head he can't hear out of one ear", "since he had a cold he can't hear out of one ear"),
    # seizures
    ("he went rigid and started jerking, he's never done that before", "he went quiet and started sulking"),
    ("my daughter is shaking all over and her eyes rolled back", "my daughter is shaking with cold after swimming"),
    ("my wife started convulsing on the kitchen floor", "my wife started laughing on the kitchen floor"),
    ("she's been having one fit after another", "she's been having one cold after another"),
    ("his seizure has been going on for ten minutes", "he had his usual short seizure, known epilepsy, back to normal"),
    # overdose and poisoning
    ("she's swallowed a whole packet of her nan's tablets", "she swallowed a tablet the wrong way and coughed"),
    ("took about 30 ibuprofen", "took 2 ibuprofen for period pain"),
    ("he necked a load of pills with vodka", "he had a few vodkas at the party"),
    ("my toddler got into my antidepressants and ate some", "my toddler got into the biscuit tin"),
    ("my son ate some berries from a bush in the park and is being sick", "my son ate some strawberries and is fine"),
    ("she drank some of the white spirit out of a bottle", "she drank some apple juice out of a bottle"),
    ("the boiler is faulty and my wife is drowsy and confused", "the boiler is faulty and the house is cold"),
    ("i think my son swallowed a little round battery from the remote", "the remote needs a new battery"),
    ("my toddler had a mouthful of the washing up liquid", "my toddler had a mouthful of yoghurt"),
    ("he's been drinking antifreeze", "he's been drinking a lot of fizzy pop"),
    ("my daughter chewed one of the dishwasher pods and is coughing", "my daughter chewed her pencil"),
    ("dad picked mushrooms in the woods, cooked them and now he's vomiting",
     "dad bought mushrooms from the shop and cooked them"),
    ("mum took double her heart tablets and now she's dizzy", "mum took her heart tablets this morning as usual"),
    ("my friend has taken loads of sleeping pills", "my friend has taken up running"),
    ("we've all got headaches, the gas fire is old and now grandad has passed out",
     "the gas fire is old and we're getting it serviced"),
    ("my 2 year old had a couple of magnets in his mouth and now I can't find them",
     "my 2 year old loves playing with fridge magnets"),
    # diabetes
    ("type 1 and I keep throwing up and my breath smells like pear drops", "type 1 and my sugars have been fine today"),
    ("my diabetic son is breathing really deep and fast", "my diabetic son is doing well at football"),
    ("her sugar is 2.4 and she's not making sense", "her sugar was 5.4 this morning"),
    ("he's having a hypo and won't take anything, he's gone all confused", "he had a mild hypo but a jelly baby sorted it"),
    ("my diabetic grandad keeled over in the garden", "my diabetic grandad is gardening again"),
    ("my 9 year old is peeing all the time, really thirsty and now he's being sick and breathing fast",
     "my 9 year old is thirsty after football"),
    ("my son's a type 1, his levels are really low and he's too drowsy to eat anything",
     "my son's a type 1 and his levels are steady"),
    ("diabetic wife is sweaty and slurring and sugar is 2.8", "diabetic wife is a bit sweaty in the heat"),
    # burns
    ("the kettle of boiling water went over my toddler's arm", "the kettle takes ages to boil"),
    ("hot fat from the pan went all down my leg and it's gone white", "a drop of hot fat hit my finger, a bit red"),
    ("my face got burnt when the bbq flared up", "my face is a bit red from the sun"),
    ("oven cleaner on my hand and the skin has gone white and burns", "used oven cleaner with gloves on, all fine"),
    ("he got thrown back by the mains while rewiring a plug", "he's rewiring the plug on the lamp"),
    ("got electrocuted by the fence at the farm", "touched the fence at the farm"),
    ("boiling water went all over my baby's chest", "boiling water for my baby's bottle"),
    ("the burn on his leg is bigger than my hand and the skin looks leathery", "the burn on his finger is small and red"),
    ("drain unblocker splashed on my arm and it's red raw and stinging", "drain unblocker didn't work so called a plumber"),
    ("my son put a key in the plug socket and got a shock", "my son put a plastic cover on the plug socket"),
    # bites
    ("got bitten by a snake on the hike", "saw a snake on the hike"),
    ("the dog bit my son's face and it's bleeding a lot", "the dog licked my son's face"),
    ("a stray dog bit my daughter's hand and it's a deep puncture", "a stray dog barked at my daughter"),
    ("an adder got my son on the ankle in the long grass", "my son saw an adder in the long grass"),
    # pregnancy
    ("I'm 10 weeks pregnant and soaking through pads with blood", "I'm 10 weeks pregnant and feel sick in the mornings"),
    ("pregnant and passing big clots", "pregnant and passing wind a lot"),
    ("pregnant, bleeding and cramping badly", "pregnant and my back aches"),
    ("28 weeks pregnant and there's blood in my knickers", "28 weeks pregnant and my ankles are puffy in the evening"),
    ("7 weeks pregnant with a sharp stabbing pain low on my left side", "7 weeks pregnant with sore boobs"),
    ("my period is late and I've got sharp pain on one side and my shoulder tip hurts",
     "my period is late and I'm stressed"),
    ("35 weeks, bad headache and seeing flashing lights", "35 weeks and heartburn every night"),
    ("32 weeks pregnant and my face and hands have suddenly puffed up",
     "32 weeks pregnant and my feet are a bit swollen at night"),
    ("30 weeks and fluid keeps trickling down my legs", "30 weeks and i keep needing to wee"),
    ("36 weeks and I haven't felt him kick all day", "36 weeks and he kicks me all night"),
    ("33 weeks pregnant and the baby has gone very quiet", "33 weeks pregnant and the baby has hiccups"),
    ("pregnant with constant agonising pain in my bump", "pregnant with mild stretching twinges in my bump"),
    ("32 weeks pregnant and having regular tightenings every 5 minutes",
     "32 weeks pregnant and the odd painless tightening"),
    ("I'm 12 weeks pregnant with spotting and a bad cramping pain", "I'm 12 weeks pregnant and constipated"),
    ("just found out I'm pregnant, pain at the tip of my shoulder and on the right low down",
     "just found out I'm pregnant and I'm really happy"),
    ("34 weeks pregnant and there's a gush of water", "34 weeks pregnant and drinking lots of water"),
    # after birth
    ("gave birth last week and I'm passing clots the size of my fist",
     "gave birth last week and my bleeding is getting lighter"),
    ("had my baby 3 days ago and blood is gushing out", "had my baby 3 days ago and feeding is going well"),
    ("had a baby 2 weeks ago and now I can't catch my breath", "had a baby 2 weeks ago and I'm tired"),
    ("gave birth 5 days ago, shivering with a fever and my stitches stink",
     "gave birth 5 days ago and my stitches are healing"),
    ("since the birth my wife is convinced people are watching her through the tv",
     "since the birth my wife is watching a lot of tv"),
    ("had my baby a week ago and I keep hearing voices", "had my baby a week ago and I keep hearing her cry in my sleep"),
    ("my wife had the baby yesterday and she's bleeding heavily and looks pale",
     "my wife had the baby yesterday and she looks tired"),
    ("she had the baby 10 days ago and thinks the baby isn't hers",
     "she had the baby 10 days ago and thinks he looks like his dad"),
    # babies and children
    ("my 5 week old feels really hot and has a temperature of 38.1", "my 5 week old has a temperature of 37.2"),
    ("my baby feels ice cold and floppy", "my baby's hands feel a bit cold"),
    ("my baby hasn't done a wee since yesterday", "my baby hasn't done a poo since yesterday"),
    ("the soft bit on top of my baby's head is bulging out", "the soft bit on top of my baby's head pulses"),
    ("my newborn is spitting up bright green", "my newborn is spitting up milk"),
    ("my baby keeps bringing up green stuff", "my baby keeps bringing up his wind"),
    ("my baby has a high pitched cry like a squeal and won't settle", "my baby squeals with delight"),
    ("my baby keeps stopping breathing for a few seconds", "my baby keeps stopping feeding for a few seconds"),
    ("my 6 week old is burning up", "my 6 week old is feeding well"),
    ("dry nappies since this morning and she's refusing milk", "dirty nappies since this morning"),
    ("baby's tummy is sinking in under her ribs with every breath", "baby's tummy is round after a feed"),
    ("my newborn stops breathing for ten seconds at a time", "my newborn stops crying when I sing"),
    ("my little one is freezing to the touch and mottled", "my little one is freezing after the bath"),
    # children
    ("my 2 year old's ribs are pulling in every time she breathes", "my 2 year old has a runny nose and a cough"),
    ("my toddler is burning up and has gone a grey colour", "my 3 year old has a fever and is playing happily"),
    # testicles
    ("my son woke up screaming with pain in his balls", "my son woke up with a cold"),
    ("sudden agony in my left testicle and I'm throwing up", "a small lump on my left testicle, no pain"),
    ("one of his nuts has gone right up and it's killing him",
     "one of his nuts is slightly bigger than the other, always been like that"),
    ("my 14 year old says his testicle suddenly started hurting really badly", "my 14 year old has a rash on his thigh"),
    # tummy
    ("his tummy is rock hard and he screams when I touch it", "his tummy is a bit bloated after dinner"),
    ("stomach pain so bad I can't stand up straight", "stomach rumbling because I'm hungry"),
    ("my hernia is hard and won't go back in and I'm being sick", "my hernia pops out when I cough but goes back in"),
    ("my husband is throwing up green bile", "my husband is throwing up after the stag do"),
    ("she's curled up in a ball with tummy pain and can't move", "she's curled up with a book"),
    ("belly pain so bad he's rolling around on the floor", "belly laughing so hard he's rolling around on the floor"),
    ("the lump in my groin has gone purple and hurts like hell",
     "the lump in my groin is soft and goes away when I lie down"),
    # back
    ("bad back and I can't feel the loo roll when I wipe", "bad back from gardening"),
    ("back pain and my bum feels numb", "back pain and my bum hurts from sitting"),
    ("bad back and I've wet myself without knowing", "bad back and I've been off work"),
    ("sciatica in both legs and I can't feel anything when I wipe", "sciatica down one leg"),
    ("my back is killing me and I can't tell when I need to wee", "my back is killing me after the move"),
    # brain
    ("headache came on like a bomb going off in my head", "headache after too much screen time"),
    ("sudden headache like being hit with a bat", "headache like a tight band when i'm stressed"),
    ("worst headache of my life hit me out of nowhere while lifting", "worst cold of my life"),
    ("felt like something burst in my head then the worst pain",
     "felt like my head would burst from the noise at the party"),
    # heat and cold
    ("he was labouring in the heat all day and now he's confused and stopped sweating",
     "he was labouring in the heat all day and is tired and thirsty"),
    ("found her outside freezing cold and she's mumbling and drowsy", "found her outside freezing cold waiting for the bus"),
    ("collapsed at the festival in the heat and she's not making sense",
     "at the festival in the heat and she's got a headache"),
    ("he fell in the river, he's freezing, stopped shivering and is slurring",
     "he went paddling in the river and his feet got cold"),
    # environment
    ("after the winter hike his toes are black and hard", "after the winter hike his toes are a bit cold"),
    ("her fingers are white and waxy after being out in the snow", "her fingers are cold after a snowball fight"),
    # suicide and self-harm
    ("cut myself deeper than I meant and it won't stop bleeding", "cut myself shaving and it stopped"),
    ("my son cut his arm on purpose and it's deep and gaping", "my son cut his arm on a fence"),
    # injuries
    ("his shin bone is sticking out through the skin", "his shin is bruised from football"),
    ("you can see the bone in her wrist after the fall", "you can see the bruise on her wrist after the fall"),
    ("his arm has a weird bend in it after he fell off the trampoline",
     "his arm aches a bit after he fell off the trampoline"),
    ("nan fell and her leg is turned out and she can't get up", "nan fell but got up and walked to the chair"),
    ("felt like someone kicked the back of my ankle and now I can't walk on it",
     "back of my ankle is a bit stiff in the mornings"),
    ("my shoulder has popped out of its socket", "my shoulder clicks when I lift it"),
    ("came off his motorbike and his neck hurts", "his motorbike needs a new tyre"),
    ("fell off the roof and can't feel his legs", "fell off the bottom rung of the ladder and grazed his hands"),
    ("fell down the stairs, back pain and pins and needles in both legs", "fell down the stairs, bruised my bum"),
    ("toddler fell from the first floor window", "toddler fell over in the garden"),
    ("stepped on a rusty nail a week ago and now my jaw is locking",
     "stepped on a rusty nail, had my tetanus jab last year"),
    ("heard it snap and his leg is pointing the wrong way", "heard a snap when I stood on a twig"),
    ("after the tackle his ankle is facing sideways", "after the tackle his ankle is a bit stiff"),
    ("dived into the shallow end and now he can't move his arms", "dived into the deep end and swam a length"),
    ("she was knocked off her bike by a van and her tummy hurts", "she got a new bike and a helmet"),
    ("my grandmother slipped in the bathroom, her hip hurts and she can't stand",
     "my grandmother has a hip replacement booked"),
    ("his elbow looks out of place after he fell off the climbing frame",
     "his elbow is grazed after he fell off the climbing frame"),
    ("heard a pop at the back of my heel playing squash and can't push off", "sore heel in the mornings"),
    ("my son fell off the top bunk onto his head", "my son fell out of bed onto the rug and is fine"),
    ("cut my hand on barbed wire two weeks ago and now my neck muscles are in spasm",
     "cut my hand on barbed wire, it's healing"),
    # urinary
    ("haven't been able to pee all day and my bladder is bursting", "need to pee all the time"),
    ("my husband is desperate to wee but nothing comes out and he's in agony",
     "my husband is up three times a night to wee"),
    # mouth
    ("tooth abscess and now my eye is swelling shut", "tooth abscess and a bit of swelling on my gum"),
    ("wisdom tooth infection, my neck is swollen and it's hard to swallow",
     "wisdom tooth coming through and my gum is sore"),
    # mens health
    ("my foreskin is stuck back and the end is swollen", "my foreskin is a bit tight"),
    ("my son's foreskin is pulled back and won't go forward, the tip is purple", "my son's foreskin doesn't pull back yet"),
    # hormones
    ("on hydrocortisone for addison's and throwing up non stop", "on hydrocortisone for addison's and feeling well"),
    ("he has addisons and is so weak he can't stand, keeps fainting", "he has addisons and takes his tablets every day"),
    # skin and wounds
    ("the cut on my leg hurts way worse than it looks and the skin is going purple", "the cut on my leg is healing nicely"),
    ("bite on my arm is agony out of proportion, going black and I've a high fever", "bite on my arm is a bit itchy"),
    # drowning
    ("pulled my son out of the pool and he keeps coughing", "my son keeps coughing after a cold"),
    ("he went under in the sea for a bit and now he's coughing and breathless", "he went in the sea for a swim"),
]
# ordinary speech that went to 999 before round 15: idioms and everyday errands beside the signs they resemble
ROUND15_ORDINARY = [
    "his face fell when I told him", "my mouth is numb after the dentist",
    "my blood pressure is high and my heart is pumping", "she fell asleep by the window",
    "I ripped a muscle in my back at the gym", "my hand is numb after sleeping on it",
    "collecting my tablets from the chemist", "storing my tablets in the fridge", "i'll take myself to a&e",
    "how many days does it take to heal", "how many paracetamol does it take to get rid of a headache",
    "i've been saving up my tablets for the holiday", "i've saved up my pills for the week in a dosette box",
]


@pytest.mark.parametrize("text", [sign for sign, _twin in ROUND15_PAIRS])
def test_round15_wordings_of_each_sign_are_emergencies(cli, text):
    data = check_json(cli, text)
    assert data["triage"] == "emergency", (text, data["understood"])
    flag = next(f for f in data["red_flags"] if f["level"] == "emergency")
    assert flag["reason"] and flag["action"]


# twins the vocabulary's own emergency symptoms still send to 999 (the written list no longer does)
_VOCABULARY_OVERCALLS = {
    "his words are a bit jumbled when he's tired and excited": "the vocabulary's slurred-speech symptom reads 'words jumbled' whatever comes after",
    "my daughter is teething and drooling": "the vocabulary's drooling symptom is read from the one word 'drooling'",
}


@pytest.mark.parametrize("text", [
    pytest.param(twin, marks=pytest.mark.xfail(reason=_VOCABULARY_OVERCALLS[twin], strict=True))
    if twin in _VOCABULARY_OVERCALLS else twin for _sign, twin in ROUND15_PAIRS] + ROUND15_ORDINARY)
def test_round15_near_twins_are_not_emergencies(cli, text):
    data = check_json(cli, text)
    assert data["triage"] != "emergency", (text, data["red_flags"])
    assert not data.get("crisis"), text  # nothing recognised: no triage and no crisis key


# Crisis wording: the means and a plan or a stockpile in either order ('tablets saved up ... take them all
# tonight'), giving a pet away while sorting a will, 'you won't have to worry about me'; each beside its twin.
ROUND15_CRISIS_PAIRS = [
    ("tablets saved up, going to take them all tonight", "tablets saved up for the holiday, going to take them with me"),
    ("I've been saving up my tablets and plan to take them all tonight",
     "I've been saving up for a car and plan to buy one tonight"),
    ("he gave his dog away and is sorting his will, said you won't have to worry about me",
     "he gave his old sofa away and is sorting the garage"),
    ("got enough pills stashed to do it", "got enough pills to last the holiday"),
    ("i've written letters to everyone and i'm ready", "i've written thank you letters to everyone"),
    ("i have a stockpile of painkillers hidden in my drawer", "i have a box of painkillers in my drawer for my back"),
    ("my pills are all saved up in a box and I'm going to take the lot",
     "my pills are in a box with the days of the week on it"),
    ("she gave away her guitar and said she won't be needing it any more",
     "she gave away her old guitar because she bought a new one"),
    ("i've been looking up how many paracetamol it takes",
     "i've been looking up how many paracetamol i can take for a headache"),
    ("got the rope in the garage and im going to do it tonight", "got a new rope for the tow bar in the garage"),
    ("made a plan to end it on friday", "made a plan to end the contract on friday"),
    ("i keep hoarding my meds so i can take them all at once", "i keep forgetting my meds"),
    ("tonight i'll take every tablet in the house", "tonight i'll take a tablet for my headache"),
    ("said goodbye to the kids and gave my wife the bank details, she won't have to worry about me anymore",
     "gave my wife the bank details so she can pay the gas bill"),
    ("he's been sorting his will and giving all his things away", "he's been sorting his will now the baby has arrived"),
    ("i want to take myself out", "i'll take myself off to bed early"),
    ("i cut myself on purpose last night", "i cut myself on a tin opening the beans"),
]


# The NIMH warning signs (crisis._SIGNS): two kinds in one text show the crisis message, one alone does not.
# Each pair is a text with two kinds and its twin with only the first of them.
WARNING_SIGN_PAIRS = [
    ("my sister sent a message saying thanks for everything, look after mum. now her phone is switched off",
     "my sister sent a message saying thanks for everything, she loved the flowers"),
    ("he's given his xbox and his bike away to his mates and now his phone is off",
     "he's given his xbox away to his cousin because he got a new one"),
    ("the rope is in the shed and tonight's the night", "the rope is in the shed for the tyre swing"),
    ("wrote letters for the family and feel weirdly calm now", "wrote letters for the family about the reunion"),
    ("i've decided. i've got everything i need in my bag", "i've got everything i need in my bag for the hospital"),
    ("my dad is standing on the bridge and says he wants it all to stop",
     "my dad is standing on the bridge taking photos of the boats"),
    ("cuts on my legs again, doing it again when things get too much",
     "cuts on my legs from the brambles on my walk"),
    ("my daughter has cuts on her arms and says it helps her cope",
     "my daughter has a rash on her arms and says the cream helps"),
]


# The wish is said with other verbs of wanting; the same words of a hair dye or of leaving a partner are not it.
DESIRE_PAIRS = [
    ("i'd like to not wake up tomorrow, headache and can't sleep", "i'd like to dye my hair red, headache and can't sleep"),
    ("i would love to just die, my back is so bad", "i would love to just lie down, my back is so bad"),
    # 'die my hair' is read as wanting to die: 'i want to die my hair is falling out' is a crisis (R45)
    ("i want to die my hair is falling out in clumps from the chemo", "i want to dye my hair, it is falling out from the chemo"),
    ("i'd like to end it all, can't sleep", "i'd like to end my phone contract, can't sleep"),
    ("i'd like to not wake up tomorrow", "i would love to not wake up with a headache every day"),
    ("i would love to just die, my back is so bad", "i'd love to die peacefully in my sleep one day when i'm old, knee pain"),
    ("i'd like to not be here anymore, sore throat", "i'd like to not be here in this waiting room lol, sore throat"),
    ("id like to die in my sleep tonight, i have the tablets ready", "i'd like to die of embarrassment after that meeting"),
    ("i want to be dead with her, my wife died last month", "i want to be with her, my wife is in hospital"),
    # 'end it with her' is read as a crisis (R44: 'since my wife died i want to end it with her'), even
    # though a relationship is sometimes meant: the safer reading
    ("since my wife died i want to end it with her, be with her again", "since my wife died i want to sell the house"),
]


@pytest.mark.parametrize("text,twin", ROUND15_CRISIS_PAIRS + WARNING_SIGN_PAIRS + DESIRE_PAIRS)
def test_crisis_wordings_and_their_twins(cli, text, twin):
    data = check_json(cli, text)
    assert data["crisis"] is True and data["triage"] == "emergency", text
    data = check_json(cli, twin)
    assert not data.get("crisis") and data["triage"] != "emergency", twin



def test_warning_signs_show_the_crisis_message_in_search_too(cli):
    result = cli("search", "my brother gave his guitar away and now he is not answering his phone")
    assert "Samaritans 116 123" in result.out + result.err, result


@pytest.mark.parametrize("text", ["my friend has been cutting herself", "my son keeps burning himself with a lighter"])
def test_someone_else_self_harming_shows_the_crisis_message(cli, text):
    assert check_json(cli, text)["crisis"] is True, text


@pytest.mark.parametrize("text", ["he cut himself shaving this morning", "my son keeps scratching himself, eczema",
                                  "she has been cutting herself on the brambles"])
def test_someone_else_hurt_by_accident_shows_no_crisis_message(cli, text):
    assert not check_json(cli, text).get("crisis"), text


# Second reading of round 15: what the round's wider terms lost or over-called, each fixed by tying a word
# to the words it belongs with (a garment to the verb before it, "on my arm" to where the cut is, "gone up" to
# the testicle) or by narrowing an exclusion to what it must veto. Section 1: emergencies and crisis wordings
# the round stopped catching (or never caught); each must fire, with the named flag at emergency level.
REVIEW15_CRISIS = [
    # cutting: where on the body it was done is no accident
    "I cut myself on my arm last night", "I cut myself on my legs", "i cut myself on my thighs so no one sees",
    "I cut myself when i was trying to stop the feelings", "i cut myself on my wrists with a razor",
    "i cut myself on my stomach again last night", "I cut myself on the inside of my thigh",
    # a stockpile kept for weeks or months, "in case it gets too much", for a weekend alone
    "i've been hoarding my tablets for weeks", "i've been stockpiling my meds for months now",
    "i've been saving up my tablets in case it gets too much", "saving my pills for the weekend when i'm alone",
    "i've been collecting my tablets in case i need a way out", "she's been stockpiling her insulin",
    # how many it takes "to make you die" or "to stop your heart"
    "how many paracetamol does it take to make you die", "how many sleeping pills does it take to stop your heart",
    "how many tablets does it take to make your heart stop", "how many paracetamol does it take to make your liver fail",
    # "you won't have to worry about me" with a farewell after it
    "you won't have to worry about me for much longer", "you won't have to worry about me after tonight",
    "soon you won't have to worry about me once i'm gone", "you won't have to worry about me when i'm gone",
    "you won't have to worry about me ever again", "nobody will have to worry about me after today's done",
    # missed before round 15 too
    "i won't be around for christmas", "I won't be here by next week", "I won't be around for my son's birthday",
    "I've thought about taking all my tablets", "i keep thinking about taking all my pills",
    "i have pills hidden in my drawer to take when i'm ready", "my tablets are hidden away for when the time comes",
    "I've been stashing my codeine", "he's squirrelled away his pills", "i've saved up a month's worth of sertraline",
    "I'm going to take all my tablets tonight", "I'm planning to take every pill in the cupboard",
    "going to take them all when everyone's asleep", "i've made my will and gave my guitar to my brother",
    "i'm giving my car to my brother and sorting out my will",
    # a plan is still a plan when it says when ("before the kids wake up") or with what
    "I'm going to take them all tonight before the kids wake up", "i'll take them all tonight with water",
]

REVIEW15_EMERGENCIES = [
    # aortic dissection: a garment or a nail named after the pain no longer hides it
    ("sudden ripping pain at the top of my back", "60", "tearing-pain"),
    ("tearing pain between my shoulder blades, came on while I was putting on my dress", "65", "tearing-pain"),
    ("sudden tearing in my back, I was just buying a new top", "66", "tearing-pain"),
    ("tearing pain through to my back, I'd just torn a nail", "60", "tearing-pain"),
    ("my back feels like it's tearing open", "64", "tearing-pain"),
    # stroke arm: lying on a bed or a plaster on a finger does not explain a dead arm
    ("grandad is lying on his bed and suddenly can't lift his left arm", "80", "stroke-arm"),
    ("she was sitting on her chair and suddenly her right arm went dead", "75", "stroke-arm"),
    ("my left arm suddenly went dead, I've got a plaster on my finger", "65", "stroke-arm"),
    ("her arm is in a sling from last week and now her other arm suddenly went weak", "80", "stroke-arm"),
    ("he's in a plaster cast on his leg and now his left arm won't work", "70", "stroke-arm"),
    # sudden loss of sight in someone whose eyes were always good
    ("my vision went black in one eye all of a sudden, he's always had good eyesight", "55", "sudden-vision-loss"),
    ("lost the vision in my right eye this morning, it was the same as always yesterday", "50", "sudden-vision-loss"),
    ("went blind in one eye an hour ago, it's always been fine", "65", "sudden-vision-loss"),
    # sudden confusion in everyday words
    ("my dad suddenly doesn't know where he's at", "78", "new-confusion"),
    ("mum suddenly doesn't know who anyone is", "80", "new-confusion"),
    ("all of a sudden he doesn't know people", "75", "new-confusion"),
    ("nan has dementia and suddenly doesn't know where she's at today", "85", "dementia-sudden-confusion"),
    ("grandad doesn't know who anybody is since this morning", "85", "new-confusion"),
    # hypothermia: found on the floor or lying outside, and cold
    ("nan was found on the floor this morning and she's stone cold", "85", "hypothermia"),
    ("found him lying outside and he's freezing cold", "70", "hypothermia"),
    ("found my dad on the kitchen floor and he's ice cold", "82", "hypothermia"),
    # frostbite in someone with Raynaud's: black, hard, waxy or blistered skin is not Raynaud's
    ("i have raynaud's but after the mountain my toes have gone black and hard", "40", "frostbite"),
    ("my toes are black and hard after the hike, I do have raynauds", "35", "frostbite"),
    # blue or grey after squash the sport, or with wine
    ("his lips are grey and he's cold and clammy, just after his squash game", "50", "blue-or-mottled"),
    ("his lips went blue after playing squash and he can't get his breath", "48", "blue-or-mottled"),
    ("my husband's lips are blue, he had some wine at dinner", "70", "blue-or-mottled"),
    # tied forms that must still catch
    ("he dropped in the kitchen and still hasn't come round", "60", "unresponsive"),
    ("she fainted in the tesco queue and she still hasn't come round", "40", "unresponsive"),
    ("he hasn't come round since he fell", "80", "unresponsive"),
    ("my baby keeps bringing up green stuff", "0", "baby-cry-green-vomit"),
    ("one of his nuts has gone right up and it's killing him", "15", "testicle-sudden-pain"),
    ("he needs a wee but nothing is coming out and his tummy is swollen", "80", "cant-pee"),
    ("he fell through the loft hatch onto the landing", "40", "fall-from-height"),
    ("33 weeks, headache and my hands are puffing up", "30", "pre-eclampsia"),
    ("brought up black clots", "55", "vomiting-blood"),
    ("blood is spraying out of the cut", "40", "severe-bleeding"),
    ("an adder struck my son on the ankle", "8", "snake-bite"),
    ("dragged him out of the river and he's breathing funny", "20", "near-drowning"),
    ("we foraged mushrooms in the forest and now we both have diarrhoea", "40", "poisoning"),
]

# Section 2: ordinary complaints the round sent to 999, and crisis wordings it read into ordinary errands
REVIEW15_NOT_EMERGENCIES = [
    # phlegm brought up or spat up is no vomit (the baby flag keeps both words)
    ("I've got a chest infection and keep bringing up green stuff", "40"), ("i keep spitting up green stuff when i cough", "35"),
    ("bringing up green spit every morning", "50"), ("brought up some green stuff after eating pesto", "30"),
    ("bronchitis and i'm bringing up green every time i cough", "55"),
    # pain or swelling "going to the left side" is no face pulled to one side
    ("toothache and the swelling in my cheek is going to the left side", "30"), ("my face pain is going to the right side now", "40"),
    ("jaw pain going to the right side of my face", "45"),
    # an arm that flops about in sleep
    ("my arm flops around when I'm asleep", "30"), ("his arm flopped over the side of the bed while he slept", "30"),
    # "tore my back" is a strain; "tore back home" is hurrying
    ("tore my back at the gym, it aches", "30"), ("I tore my back lifting the sofa", "35"),
    ("he tore back home and now his back is sore", "20"), ("ripped my back on a nail in the shed, it's a scratch", "40"),
    ("i ripped my top climbing the fence and scraped my back", "16"),
    # a bag clutched or arms clasped to the chest is no chest pain
    ("I clutched my bag to my chest on the bus and felt dizzy", "30"),
    ("holding my chest clasped in my arms I feel sick with nerves", "30"),
    ("the clasp on my necklace irritates my chest and I feel sick", "30"),
    # someone who has not "come round" for a visit, or to wake for school
    ("my friend hasn't come round yet", "30"), ("the plumber never came round", "40"),
    ("i can't get him to wake up for school in the mornings", "14"), ("the nurse hasn't come round with my tablets", "70"),
    # mushrooms seen or picked, and wind with nausea
    ("we picked mushrooms in the woods today", "40"), ("there are mushrooms in the lawn, how do I get rid of them", "40"),
    ("I have bloating, gas and nausea after eating", "30"), ("gas and bloating and feel nauseous", "40"),
    # a testicle ache that started on the stairs
    ("my testicle aches a bit, started when i went up the stairs", "30"),
    ("testicle ache after riding up the hill on my bike", "30"),
    # cystitis: only a few drops or a dribble
    ("UTI, need to wee all the time but only a few drops come out", "30"),
    ("need a pee every ten minutes and only a dribble comes out, it burns", "30"),
    # falling asleep is no fall
    ("my toddler fell asleep in the car and I can't lift her up without waking her", "30"),
    ("she fell asleep on the sofa and i can't get her up to bed", "30"),
    ("the baby fell asleep on me and i can't get up", "30"),
    # the bottom bunk and a stumble in the loft are no fall from a height
    ("my son fell off the bottom bunk and is fine", "6"), ("I fell over in the loft and bruised my knee", "40"),
    # puffing on the stairs is breath, not swelling
    ("32 weeks pregnant, headache and puffing a bit on the stairs", "30"),
    # clots in a period
    ("my period is heavy and it has dark clots", "30"),
    # smaller ones
    ("cut my finger while spraying the roses", "40"), ("read the NHS leaflet and none of it makes sense", "40"),
    ("my son keeps asking what day it is because he loves the calendar", "4"),
    ("got the baby out of the bath and she has a little cough from her cold", "0"), ("the adder struck my dog", "40"),
    # a phone, the tiles, the room are cold; Raynaud's on its own
    ("my phone doesn't know where I'm at", "30"), ("lying on the floor because the tiles are cold", "30"),
    ("he fell on the floor and has a cold", "40"), ("i have raynaud's and my fingers go white in the cold", "40"),
    ("his tongue is blue from a lolly", "5"),
]

REVIEW15_NOT_CRISIS = [
    # a will and gifts in someone else's estate
    "mum is sorting her will and giving us some money for the house", "grandad updated his will and gave his medals to the museum",
    "after writing his will he gave his watch to my son", "dad has written his will and given the car to my brother",
    "nan wrote her will and has given money to the grandchildren",
    # a bowel prep, a course, "with food": a dose the doctor set
    "the doctor said take them all tonight before the scan",
    "the laxatives, i have to take the whole lot tonight before my colonoscopy", "swallow them all tonight, it's the bowel prep",
    "take all of them tonight with food", "i'm going to take the lot tonight, the whole course of antibiotics",
    "I'm going to take all my tablets with me on holiday", "I'm going to take all my tablets back to the chemist",
    # saved for a bad back, on the app, built up in the system, for a trip, in the fridge
    "I've got some painkillers saved for my back", "my tablets are saved up on the app", "my medication is built up in my system",
    "enough pills saved up for the holiday", "I've got enough tablets saved for the trip", "enough insulin saved in the fridge",
    # "you won't have to worry about me" where I will be; "won't be around" with where
    "you won't have to worry about me at the party", "you won't have to worry about me while i'm at work",
    "i won't be around for christmas, i'm working abroad", "my GP won't be here next week",
    # "how many does it take" to ease a headache
    "how many ibuprofen does it take to make a difference", "how many paracetamol does it take to stop a headache",
    # cuts on a thing, or while opening one
    "i cut myself when i was trying to open a parcel", "cut myself on a broken glass at the pub",
]

# Section 3 of the review: checked and fine, kept so
REVIEW15_KEPT_EMERGENCIES = [
    ("he fell and hasn't come to", "40"), ("won't open her eyes even when I shout at her", "2"), ("i can't get him to wake up", "3"),
    ("his arm keeps flopping down when he tries to lift it", "70"), ("she can't keep her arm up, it drifts down", "70"),
    ("he tries to talk but only noises come out", "70"), ("like a black shade across my eye", "60"),
    ("angina pain and my spray is useless today", "70"), ("the soft part on top of her head is raised and she's been sick", "0"),
]
REVIEW15_KEPT_CRISIS = [
    "I've been giving my things away", "they'd be better off without me", "i'm a burden to everyone",
    "I don't want to wake up tomorrow", "I feel like hurting myself", "i keep burning myself with cigarettes on purpose",
    "i'm planning to end it", "i'm going to jump off the bridge", "i've got enough paracetamol to end it",
    "got a stockpile of meds saved up for when i've had enough", "ive been saving my amitriptyline",
    "you wont have to worry about me anymore", "I won't be around much longer",
    "I've written letters to my kids in case anything happens to me", "i'm going to take the lot tonight",
    "i've been looking up how many pills it takes", "i've got a stash of pills put by",
    "I've given my cat to my sister and written my will",
]
REVIEW15_KEPT_ORDINARY = [
    ("her face fell when she heard the news", "40"), ("my arm is numb from lying on it", "40"),
    ("my grandmother didn't recognise me with my new haircut", "30"), ("she doesn't know where she's going on holiday", "30"),
    ("bit my tongue eating a sandwich", "30"), ("i have a soft spot for my baby's head nurse", "30"),
    ("spewing about the food at the wedding", "30"), ("he dropped to the floor to do press ups", "20"),
    ("keeled over laughing", "30"), ("my legs gave way after the marathon", "30"), ("my kid talks like he's drunk when he's tired", "5"),
    ("I could kill for a coffee", "30"), ("dying to see the new film", "30"), ("my phone is dying", "30"),
    ("I want to end the contract", "30"), ("bought a rope for the swing", "30"), ("I won't be needing the inhaler any more", "30"),
    ("how many paracetamol can i take in a day", "30"), ("you won't have to worry about me on the trip", "30"),
    ("gave my old bike away to my nephew", "30"), ("ive stockpiled tablets for my trip abroad", "30"),
    ("saved up my pills in a dosette box", "30"), ("I've hoarded paracetamol in case of another lockdown", "30"),
    ("cut myself shaving this morning", "30"), ("I cut myself on a tin of beans", "30"), ("i cut myself chopping onions", "30"),
    ("i'll take myself to the walk in centre", "30"), ("i've been saving up my tablets for the holiday", "30"),
    ("how many days does it take for antibiotics to work", "30"),
]


# The second reader of the flags' condition links found terms that fired on ordinary words: an object
# left optional ("can't eat" read as too breathless to speak), a bare "it" before "red" read as
# vomited blood, "can't talk to my mum about" read as a stroke. And the optional object let the gap
# take "without" into the match, so the sign itself was read as negated.
FLAG_READER_EMERGENCIES = [
    ("she cant finish a sentence without stopping for breath", "40", "severe-breathing"),
    ("so wheezy he cant talk", "40", "severe-breathing"),
    ("threw up and it was bright red", "40", "vomiting-blood"),
    ("suddenly he cant talk and his face looks odd", "70", "stroke-speech"),
    # a scald told by how it happened, with no burn word (found when the bare "it ... red" went)
    ("my 2 year old pulled the kettle off the counter onto her arm", "2", "serious-burn"),
    ("my son knocked his tea and it went down his arm, big red patch with blisters", "8", "serious-burn"),
]
FLAG_READER_NOT_EMERGENCIES = [
    ("i cant eat anything since yesterday, sore throat", "30"),
    ("washed it out but it is still red and scratchy", "30"),
    ("i cant talk to my mum about my periods", "15"),
    ("he cant talk to me about it, he just shuts down", "40"),
    ("i knocked my coffee over onto the desk, ruined my notes", "40"),
]


@pytest.mark.parametrize("text", REVIEW15_CRISIS + REVIEW15_KEPT_CRISIS)
def test_review15_crisis_wordings_show_the_crisis_message(cli, text):
    data = check_json(cli, text)
    assert data["crisis"] is True and data["triage"] == "emergency", text


@pytest.mark.parametrize("text,age,flag", REVIEW15_EMERGENCIES + FLAG_READER_EMERGENCIES)
def test_second_readers_emergencies_fire_their_flag(cli, text, age, flag):
    data = check_json(cli, text, "--age", age)
    assert data["triage"] == "emergency", (text, data["red_flags"])
    fired = {f["id"]: f for f in data["red_flags"]}
    assert flag in fired and fired[flag]["level"] == "emergency", (text, list(fired))
    assert fired[flag]["reason"] and fired[flag]["action"]


@pytest.mark.parametrize("text,age", REVIEW15_KEPT_EMERGENCIES)
def test_review15_kept_emergencies_are_still_emergencies(cli, text, age):
    data = check_json(cli, text, "--age", age)
    assert data["triage"] == "emergency", (text, data["red_flags"])
    assert any(f["level"] == "emergency" and f["action"] for f in data["red_flags"]), text


@pytest.mark.parametrize("text,age", REVIEW15_NOT_EMERGENCIES + REVIEW15_KEPT_ORDINARY + FLAG_READER_NOT_EMERGENCIES)
def test_second_readers_ordinary_complaints_are_not_emergencies(cli, text, age):
    data = check_json(cli, text, "--age", age)
    assert data["triage"] != "emergency", (text, data["red_flags"])
    assert not data.get("crisis"), text


@pytest.mark.parametrize("text", REVIEW15_NOT_CRISIS)
def test_review15_ordinary_errands_show_no_crisis_message(cli, text):
    r = cli("check", text)
    assert "116 123" not in r.err, text
    assert not check_json(cli, text).get("crisis"), text


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
    tables = list((tmp_path / "c").glob("phrases*-*"))  # the one table of the current name (check._phrase_table)
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
    # the warning signs (crisis._SIGNS) have their own prefilter, crisis._SIGN_FRAGMENTS
    for pattern, fragments in [(p, crisis._FRAGMENTS) for p in crisis._PATTERNS + crisis._PATTERNS_ADDED] + [
            (p, crisis._SIGN_FRAGMENTS) for p in crisis._SIGNS.values()]:
        # derandomized: the same examples on every run, so a gap fails every run rather than one in many
        @settings(max_examples=40, suppress_health_check=list(HealthCheck), deadline=None, database=None,
                  derandomize=True)
        @given(st.from_regex(re.compile(pattern), fullmatch=True))
        def holds_a_fragment(text):
            assert any(f in text for f in fragments), text

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



@pytest.mark.parametrize("text,level", [
    # NHS Eye injuries: get advice from 111 if an eye injury is not better after 24 hours
    ("got some grit in my eye at work yesterday, washed it out but its still sore and watering", "urgent"),
    ("something in my eye since yesterday, still feels like its there", "urgent"),
])
def test_an_eye_injury_not_better_after_a_day_is_seen_today(cli, text, level):
    data = check_json(cli, text)
    assert data["triage"] == level and "eye-injury-not-better" in [f["id"] for f in data["red_flags"]]


@pytest.mark.parametrize("text", ["got shampoo in my eye, rinsed it, fine now",
                                  "dust in my eye this morning, washed it out and it feels ok"])
def test_something_in_the_eye_that_washed_out_is_not_raised(cli, text):
    data = check_json(cli, text)
    assert "eye-injury-not-better" not in [f["id"] for f in data["red_flags"]]


# A negation inside a flag term's gap negates the match (NegEx): the term "neck _4_ stiff" does not read
# "neck not stiff", though the term's own alternatives spell "cannot" and "will not". Each beside the sign.
GAP_NEGATION_PAIRS = [
    ("sore throat and a headache, neck not stiff, no rash", "sore throat and a headache, my neck is stiff", "stiff-neck-fever"),
    ("my eyes feel tired and its gone. no vision problems though", "my vision has gone in one eye", "sudden-vision-loss"),
]


@pytest.mark.parametrize("negated,sign,flag", GAP_NEGATION_PAIRS)
def test_a_negation_inside_a_gap_negates_the_sign(cli, negated, sign, flag):
    assert flag not in [f["id"] for f in check_json(cli, negated, "--age", "30")["red_flags"]], negated
    assert flag in [f["id"] for f in check_json(cli, sign, "--age", "30")["red_flags"]], sign


def test_a_negation_followed_by_a_pseudo_word_in_a_gap_still_counts(cli):
    # "not helping" is no negation (NegEx pseudo-triggers), inside a gap as anywhere else
    data = check_json(cli, "my blue inhaler is not helping at all and i cant finish a sentence", "--age", "30")
    assert data["triage"] == "emergency"


def test_pre_eclampsia_signs_in_the_weeks_after_birth_are_an_emergency(cli):
    # NHS: pre-eclampsia can start for the first time in the weeks after the birth ('or_after_birth')
    data = check_json(cli, "gave birth 5 days ago, a bad headache and flashing lights and my face is swollen")
    assert data["triage"] == "emergency" and "pre-eclampsia" in [f["id"] for f in data["red_flags"]]
    # and the same words with no pregnancy and no birth are not read as pre-eclampsia
    data = check_json(cli, "a bad headache and flashing lights and my face is swollen", "--age", "40", "--sex", "male")
    assert "pre-eclampsia" not in [f["id"] for f in data["red_flags"]]


@pytest.mark.parametrize("text,fires", [
    ("my 10 month old has had diarrhoea and his last wet nappy was 14 hours ago", True),
    ("been sick all day, her last wet nappy was yesterday", True),
    ("she has a cold, her last wet nappy was 2 hours ago", False),
])
def test_the_time_since_the_last_wet_nappy_is_read(cli, text, fires):
    ids = [f["id"] for f in check_json(cli, text)["red_flags"]]
    assert ("no-wet-nappies" in ids) is fires, (text, ids)


# Burns as the NHS page sets them: A&E for burns that blister on the face, hands, arms, feet, legs or
# genitals, large or deep burns and chemical or electrical burns; a small red scald with no blister is
# first aid at home. Each pair: the sign, and its twin one red flag away.
BURN_PAIRS = [
    ("splashed boiling water from the kettle on the back of my hand and it has blistered",
     "splashed boiling water from the kettle on the back of my hand, red patch the size of a 10p, no blisters"),
    ("hot tea went all over my tummy, the burn is bigger than my hand",
     "hot tea on my tummy, a pink stingy patch the size of a 50p"),
    ("got a belt off a live wire changing a socket, small burn on my palm",
     "got a small burn on my palm from the oven tray, no blister"),
]


@pytest.mark.parametrize("sign,twin,age", [(sign, twin, "35") for sign, twin in BURN_PAIRS] + [
    # the heart attack sign without the word chest, and heavy bleeding from the bottom told by the toilet bowl
    ("a squeezing band round my ribs running up into my jaw and down my left arm",
     "my jaw aches from grinding my teeth and my arm is sore from the gym", "60"),
    ("the whole toilet bowl turned red and there were big clots in it",
     "ate beetroot last night and the toilet water went red", "60"),
])
def test_signs_read_as_their_nhs_pages_set_them(cli, sign, twin, age):
    assert check_json(cli, sign, "--age", age)["triage"] == "emergency", sign
    assert check_json(cli, twin, "--age", age)["triage"] != "emergency", twin


def test_a_rash_from_a_new_washing_powder_is_no_chemical_burn(cli):
    data = check_json(cli, "itchy red blotches on my arms since using a new washing powder", "--age", "30")
    assert "chemical-on-skin" not in [f["id"] for f in data["red_flags"]]
    data = check_json(cli, "splashed bleach on my arm and the skin has gone white and burns", "--age", "30")
    assert "chemical-on-skin" in [f["id"] for f in data["red_flags"]]


def test_a_glass_of_water_in_pregnancy_is_not_the_waters_breaking(cli):
    data = check_json(cli, "28 weeks pregnant, drank a big glass of water and now its gone, mild headache")
    assert "waters-breaking" not in [f["id"] for f in data["red_flags"]]
    data = check_json(cli, "28 weeks pregnant and I think my waters have gone")
    assert "waters-breaking" in [f["id"] for f in data["red_flags"]]




# Second reading of the warning-sign, gap-negation and NHS-page changes (flag-review). Each list holds wordings
# the changes got wrong; every one failed before the fix it tests.

# Burns: a child's burn in the possessive ("my son's leg": folded, "sons"), and a large burn said as people say it
# ("all over my chest", "the size of my hand": NHS, a burn bigger than the injured person's hand is large).
@pytest.mark.parametrize("text,age", [
    ("boiling water went all down my son's leg", None),
    ("my daughter's arm got scalded by the kettle", None),
    ("my kids arm got burnt on the oven door", None),
    ("spilled hot coffee all over my chest, it is bright red and really painful", "30"),
    ("burnt my back on the bonfire, the burn is about the size of my hand", "30"),
])
def test_review_burns_on_a_child_or_large_are_emergencies(cli, text, age):
    data = check_json(cli, text, *(["--age", age] if age else []))
    assert data["triage"] == "emergency" and "serious-burn" in [f["id"] for f in data["red_flags"]], text


def test_review_aching_all_over_is_no_large_burn(cli):
    data = check_json(cli, "burnt my finger on the oven tray, small red mark, and i ache all over my body from flu", "--age", "30")
    assert "serious-burn" not in [f["id"] for f in data["red_flags"]]


def test_review_a_new_soap_kit_does_not_hide_a_caustic_soda_burn(cli):
    # the washing-powder exclusion stands aside when a corrosive is named
    data = check_json(cli, "splashed caustic soda on my arm making soap from the new soap kit, skin burning", "--age", "30")
    assert "chemical-on-skin" in [f["id"] for f in data["red_flags"]]


@pytest.mark.parametrize("text,fires", [
    ("33 weeks pregnant and water broke an hour ago", True),
    ("30 weeks pregnant, my water bottle broke and i slipped, now i have back ache", False),
    ("30 weeks pregnant, my water infection has gone but i still have back ache", False),
])
def test_review_waters_breaking(cli, text, fires):
    assert ("waters-breaking" in [f["id"] for f in check_json(cli, text)["red_flags"]]) is fires, text


# NHS Bleeding from the bottom: the TOILET water turning red, or large clots. Not a washed cut, hair dye, a bath bomb
# or a period.
@pytest.mark.parametrize("text,fires", [
    ("big blood clots coming out of my back passage", True),
    ("after i pooed the water went bright red", True),
    ("washed the cut on my knee and the water went red", False),
    ("dyed my hair red and the shower water went red", False),
    ("the bath water turned red from the bath bomb, my skin is itchy", False),
    ("on my period and passing big clots in the toilet", False),
])
def test_review_heavy_bleeding_from_the_bottom(cli, text, fires):
    ids = [f["id"] for f in check_json(cli, text, "--age", "30")["red_flags"]]
    assert ("heavy-rectal-bleeding" in ids) is fires, (text, ids)


def test_review_a_child_dry_through_the_night_is_no_dehydration(cli):
    data = check_json(cli, "potty training, my 3 year old stays 12 hours dry at night now and has a cold", "--age", "3")
    assert "no-wet-nappies" not in [f["id"] for f in data["red_flags"]]


# Jaw and arm pain: a jab explains the sore arm; "I thought it was my teeth" and pain at the gym (exertion) do not
# explain the pain away.
@pytest.mark.parametrize("text,fires", [
    ("thought it was my teeth but now my jaw and left arm ache", True),
    ("at the gym my jaw and left arm started to ache and it will not ease off", True),
    ("fell asleep on the sofa and woke up with a heavy ache in my jaw and left arm", True),
    ("had my covid jab yesterday, my arm is sore and my jaw aches", False),
])
def test_review_jaw_and_arm_pain(cli, text, fires):
    ids = [f["id"] for f in check_json(cli, text, "--age", "60")["red_flags"]]
    assert ("jaw-and-arm-pain" in ids) is fires, (text, ids)


# Pre-eclampsia: "bad" is a bad headache, not a bad night (now that the weeks after birth count too).
@pytest.mark.parametrize("text,fires", [
    ("gave birth 2 weeks ago, had a bad night with the baby and now a headache", False),
    ("30 weeks pregnant, mild headache after a bad night's sleep", False),
    ("35 weeks pregnant, headache for 2 days and it is really bad", True),
    ("gave birth 2 weeks ago and have a really bad headache", True),
])
def test_review_pre_eclampsia_reads_a_bad_headache(cli, text, fires):
    ids = [f["id"] for f in check_json(cli, text)["red_flags"]]
    assert ("pre-eclampsia" in ids) is fires, (text, ids)


# Crisis: wordings the warning-sign reader missed, and everyday texts it read as a crisis.
@pytest.mark.parametrize("text", [
    "my daughter is sitting on the railway line and wont come off",
    "she's cutting herself, i found the blades",
    "i think my son's cutting himself",
    "my 15 year old has been hurting herself on purpose",
    "my son has been giving away all his stuff and said goodbye to his friends",
    "my mum left a note saying sorry and took the car, her phone is off",
    "he sent us a message: thanks for everything, i love you all, this is goodbye",
    "i feel completely trapped, there is no way out and i cant see a future",
    "my daughter has been cutting her arms with a razor and says it helps",
    "she cuts herself sometimes when she is upset",
])
def test_review_crisis_wordings_the_warning_signs_missed(cli, text):
    data = check_json(cli, text)
    assert data["crisis"] is True and data["triage"] == "emergency", text


@pytest.mark.parametrize("text", [
    "my husband was sitting on the edge of the roof fixing the gutter and fell off, his leg is bent",
    "scratched my arms on brambles while gardening and i will be doing it again tomorrow",
    "cut my leg gardening, doing it again tomorrow to finish the hedge",
    "my dad lives on the top floor and he isnt answering his phone, he had a fall yesterday",
    "my daughter has burns on her arm from the oven and says it helps to keep it under cold water",
    "my son has eczema and keeps scratching his arms until they bleed, the urge is too strong",
    "hung the rope swing in the garden and pulled my back, whats the point of physio if it does not help",
    "skipping rope at the gym hurt my ankle, what is the point of exercise",
    "my daughter keeps burning herself with the hair straighteners",
    "my dad keeps burning himself cooking, he is 80 and forgetful",
    "she keeps burning herself out at work and has headaches",
    "walked over the bridge and twisted my ankle, phone is off because the battery died",
    "my mobile is off because it is dead, chest infection and I gave away my old sofa",
    "my phone has been off all week, sorted everything out for the move, bad back",
    "sorry for the trouble, thanks for everything, remember me to your mum, my throat is sore",
])
def test_review_everyday_texts_are_no_crisis(cli, text):
    assert not check_json(cli, text).get("crisis"), text


def test_review_a_negation_before_and_in_a_gap_does_not_negate_the_sign_after_it(cli):
    # "no movement and is drooping": the "no" is the movement's, the face droops (the gap rule read it as negated)
    data = check_json(cli, "one side of her face has no movement and is drooping", "--age", "70")
    assert "stroke-face" in [f["id"] for f in data["red_flags"]] and data["triage"] == "emergency"
    data = check_json(cli, "one side of her face feels odd but it is not drooping", "--age", "70")
    assert "stroke-face" not in [f["id"] for f in data["red_flags"]]


@pytest.mark.parametrize("text", [
    "my mum was eating and now she cant cough or talk, just holding her neck",
    "done back blows and abdominal thrusts on my son and the sweet is still stuck",
])
def test_choking_is_read_without_the_word_choke(cli, text):
    # NHS Choking: someone who cannot cough, speak or breathe, or whose blockage back blows and
    # abdominal thrusts have not cleared, needs 999
    data = check_json(cli, text)
    assert data["triage"] == "emergency" and "choking" in [f["id"] for f in data["red_flags"]], text


def test_self_harm_shown_at_school_is_still_self_harm(cli):
    # "at school" says where the cuts were shown, not what caused them
    text = "my friend showed me cuts on her thigh at school, she says it helps and wants to do it more"
    assert check_json(cli, text)["crisis"] is True



def _ids(cli, text, age=None):
    data = check_json(cli, text, *(("--age", str(age)) if age is not None else ()))
    return data, [f["id"] for f in data["red_flags"]]


def _fires(cli, text, flag, fires=True, age=None, levels=()):
    """Whether `flag` fires on `text` as expected and, when it fires, the level is one of `levels`."""
    data, ids = _ids(cli, text, age)
    assert (flag in ids) is fires, (text, ids)
    if fires and levels:
        assert data["triage"] in levels, (text, data["triage"], ids)


EMERGENCY = ("emergency",)
SAME_DAY = ("urgent", "emergency")


@pytest.mark.parametrize("text,flag", [
    # the "not" is the food's: a comma ends its scope (NegEx), and the sick is blood
    ("being sick and it's not food, it's blood", "vomiting-blood"),
    ("throwing up and it isn't just bile, there's blood in it", "vomiting-blood"),
])
def test_a_negation_in_a_match_stops_at_a_clause_break(cli, text, flag):
    _fires(cli, text, flag, levels=EMERGENCY)


def test_a_negation_in_a_match_still_negates_within_its_clause(cli):
    _fires(cli, "being sick but it is not blood, just food", "vomiting-blood", False)


@pytest.mark.parametrize("text", [
    # a terminating word ("still") that the pattern itself asks for is part of the sign, not the end
    # of a negation's scope: a baby that is never still is moving (review of the NegEx scope change)
    "34 weeks pregnant, baby is never still, kicking all day",
    "32 weeks pregnant and the baby hasnt been still all day, so active",
    # "still kicking" is "still" the adverb: a baby still moving is no still baby (NHS: fewer movements)
    "34 weeks pregnant, baby is still kicking loads, just heartburn",
    "30 weeks pregnant, baby still moving lots, bit of back ache",
])
def test_a_baby_never_still_or_still_kicking_is_not_a_still_baby(cli, text):
    _, ids = _ids(cli, text)
    assert not {"fewer-movements", "pregnant-baby-not-moving"} & set(ids), (text, ids)


@pytest.mark.parametrize("text,emergency", [
    # a lost voice with a sore throat is laryngitis, not the speech of a stroke (NHS Laryngitis, Stroke)
    ("sore throat, cough, can't talk much, voice gone", False),
    ("his speech went all slurred and he can't find his words", True),
    ("she suddenly can't talk, her words come out jumbled", True),
])
def test_a_lost_voice_is_not_stroke_speech(cli, text, emergency):
    _fires(cli, text, "stroke-speech", emergency, age=60)


@pytest.mark.parametrize("text,age,flag", [
    # NHS Stroke: speech suddenly lost or garbled; "can't talk much" is laryngitis only without "suddenly"
    ("grandad suddenly cant talk much, just makes noises", 75, "stroke-speech"),
    ("dad's voice suddenly went strange an hour ago, sounds mumbly", 75, "stroke-speech"),
    # NHS Asthma attacks: too breathless to speak; the stroke flag used to catch this by accident
    ("cant talk for long without getting out of breath, asthma", 30, "severe-breathing"),
    ("cant talk much without getting breathless", 30, "severe-breathing"),
])
def test_speech_lost_suddenly_or_to_breathlessness_is_an_emergency(cli, text, age, flag):
    _fires(cli, text, flag, age=age, levels=EMERGENCY)


@pytest.mark.parametrize("text,fires", [
    # NHS GGC Burns and scalds: smoke or fumes breathed in at a fire, with a cough, a hoarse voice,
    # a sore throat or hard breathing: A&E. A place on fire and firefighters at the scene say so;
    # smoking, a smoke alarm and firefighting as a job do not
    ("neighbour got out of a house fire, coughing, voice gone hoarse", True),
    ("my son breathed in a lot of smoke at the fire and his voice is croaky", True),
    ("kitchen fire last night, I'm wheezing and coughing up black phlegm", True),
    ("firemen carried my dad out of his flat, hes coughing and sounds croaky", True),
    ("house on fire this morning, we all got out, my husband is hoarse and has a sore throat", True),
    ("i smoke 20 a day and have had a cough for a week", False),
    ("the smoke alarm went off when i burnt the toast, i have a cough from a cold", False),
    ("my son wants to be a firefighter and has had a cough for a week", False),
    ("i work for the fire service, sore throat for 3 days", False),
    ("my husband is a firefighter, hes got a chesty cough and a temperature", False),
    ("house fire last year, since then ive had a cough on and off", False),
])
def test_smoke_inhalation_after_a_fire(cli, text, fires):
    _fires(cli, text, "smoke-inhalation", fires, levels=EMERGENCY)


@pytest.mark.parametrize("text,flag,fires,age", [
    # NHS Back pain: an urgent GP appointment or 111 for back pain with a high temperature, weight
    # loss, a lump, pain worse at night or not eased by rest, or at the top of the back; "sore back"
    ("back pain for 3 weeks, worse at night and wakes me up, and night sweats", "back-pain-warning-signs", True, None),
    ("lower back aching and i've lost half a stone without trying", "back-pain-warning-signs", True, None),
    ("sore back and night sweats, feel rough", "back-pain-warning-signs", True, 50),
    ("pain between my shoulder blades, upper back, for weeks, not after an injury", "back-pain-warning-signs", True, 50),
    ("pulled my back lifting boxes, sore when i bend", "back-pain-warning-signs", False, None),
    # NHS Type 1 diabetes (4 Ts): thirst in the words people use, toilet at night; pints of beer are no thirst
    ("my son is drinking litres of water, up weeing all night and has lost weight", "diabetes-symptoms", True, None),
    ("always thirsty, needing a wee all night and exhausted", "diabetes-symptoms", True, 30),
    ("cant stop drinking water, peeing all the time", "diabetes-symptoms", True, 30),
    ("getting up 4 or 5 times a night to pee and my mouth is always dry and im drinking litres", "diabetes-symptoms", True, 30),
    ("drinking lots of water because it is hot, weeing normally", "diabetes-symptoms", False, None),
    ("drank 6 pints last night, hungover, weeing a lot", "diabetes-symptoms", False, 30),
    # NHS Diarrhoea and vomiting, Healthier Together: fewer wet nappies, no wee for 8 hours (12 is
    # the emergency); drier nappies at night in potty training are no dehydration
    ("toddler has a tummy bug, last wet nappy was about 8 hours ago", "dehydration-signs", True, None),
    ("sickness and diarrhoea since yesterday and her nappies are much drier than normal", "dehydration-signs", True, None),
    ("vomiting since last night, last nappy was 9 hours ago", "dehydration-signs", True, 1),
    ("my son has had d and v, his last wee was 8 hours ago", "dehydration-signs", True, 5),
    ("baby with diarrhoea, only had one wet nappy today", "dehydration-signs", True, 0.5),
    ("baby's nappies are lighter than normal and she is being sick", "dehydration-signs", True, 0.5),
    ("she has been sick loads, her nappies arent as wet as normal", "dehydration-signs", True, 1),
    ("potty training and nappies are drier at night now, no illness", "dehydration-signs", False, 3),
    # NHS Animal and human bites: a bite by a person or an animal (111); not a bite on your own
    # tongue or nails, not "bit my head off", not "a bit"
    ("the other lad bit my forearm in a fight and broke the skin", "animal-bite", True, None),
    ("my girlfriend bit my shoulder and its gone red and swollen", "animal-bite", True, None),
    ("was bitten on the arm by a man during a fight", "animal-bite", True, None),
    ("partner got bitten by a lad in a fight, skin's broken", "animal-bite", True, None),
    ("a squirrel bit my arm when i was feeding it", "animal-bite", True, None),
    ("my back has been a bit sore since the weekend", "animal-bite", False, None),
    ("she bit her tongue eating and it is sore", "animal-bite", False, None),
    ("my son bit his nails until they bled", "animal-bite", False, None),
    ("he bit my head off when i asked about it, now i have a headache", "animal-bite", False, None),
    ("my dog is a bit poorly and i feel sick", "animal-bite", False, None),
])
def test_same_day_signs_from_the_nhs_urgent_lists(cli, text, flag, fires, age):
    _fires(cli, text, flag, fires, age=age, levels=SAME_DAY)


@pytest.mark.parametrize("text", [
    # NHS Animal and human bites (as the page reads now): a bite on the hands or feet, or by a person, that broke the
    # skin is for 111 the same day; A&E is for a large or deep wound, the face or head, or bleeding that will not stop.
    # A child bitten on an arm or a leg is same-day care, not 999 ("sons", "daughters" fold the possessive)
    "the neighbours dog bit my sons leg", "a dog bit my daughters arm at the park",
    "my grandsons leg was bitten by a dog this morning", "our cat bit my hand, two little puncture holes, bleeding stopped",
])
def test_a_bite_on_a_limb_or_a_hand_is_same_day_care(cli, text):
    out = check_json(cli, text)
    ids = {f["id"] for f in out["red_flags"]}
    assert "animal-bite" in ids and "serious-bite" not in ids and out["triage"] == "urgent", (text, ids, out["triage"])


@pytest.mark.parametrize("text,fires", [
    # NHS Animal and human bites: a bite on the face or head, a large or deep one, or one that will not stop bleeding
    # goes to A&E; a child named in the possessive or the plural is not bitten ("my daughters dog bit me"); "a bit" is
    # no bite
    ("dog went for my little boys face, bit his cheek", True),
    ("the dog bit my hand, its a deep gash and wont stop bleeding", True),
    ("she was mauled by a dog, bites on her arms and legs", True),
    ("a dog bit me on the arm while i was walking my sons to school, small scratch", False),
    ("my daughters dog bit me on the leg, just a graze", False),
    ("our cat bit my sons teddy", False),
    ("my child is a bit under the weather, runny nose", False),
    ("my child bit her tongue and it is bleeding a bit", False),
])
def test_serious_bite_reads_the_face_or_a_deep_bite(cli, text, fires):
    _fires(cli, text, "serious-bite", fires, levels=EMERGENCY)


@pytest.mark.parametrize("text", [
    # "shattered" is tired and "cracked my neck" is a click: no broken neck or back. The first case
    # was an over-call of the NegEx scope change ("shattered. no rash, neck moves fine")
    "came on suddenly yesterday - temperature 38.5, aching all over, headache, dry cough, shattered. "
    "no rash, neck moves fine, light doesn't bother me. half the office has got it",
    "im shattered, my back is killing me after work",
    "cracked my neck this morning and it feels better, bit stiff",
])
def test_shattered_and_cracked_are_not_a_broken_back(cli, text):
    data, ids = _ids(cli, text, 33)
    assert "open-or-major-fracture" not in ids and data["triage"] != "emergency", (text, ids)


# --- round 18: signs of the NHS pages the flags lacked, and how people word the ones they had ---------

@pytest.mark.parametrize("text,flag,age", [
    # NHS Heart attack: no chest pain at all, most of all in women, older people and diabetes
    ("my dad is 74 and diabetic, he suddenly got really breathless and sweaty and says he feels sick, no pain", "heart-attack-breathless-sweating", 74),
    ("wife went grey, clammy and out of breath sitting on the sofa, says it is just indigestion", "heart-attack-breathless-sweating", 66),
    # NHS Shortness of breath: lips or skin turning very pale, blue or grey
    ("cant catch his breath and he has gone a grey colour", "breathless-pale-grey", 58),
    ("struggling to breathe and she suddenly went deathly pale", "breathless-pale-grey", 40),
    # NHS Heart palpitations: with breathlessness, feeling faint or fainting
    ("heart going like the clappers and i feel like im going to pass out", "palpitations-with-signs", 30),
    ("palpitations since this morning and short of breath", "palpitations-with-signs", 45),
])
def test_round18_heart_and_breathing_signs_are_emergencies(cli, text, flag, age):
    _fires(cli, text, flag, age=age, levels=EMERGENCY)


@pytest.mark.parametrize("text,flag,age", [
    # tired, pale and breathless on the stairs is the anaemia GP visit, not turning pale (NHS Shortness of breath)
    ("tired all the time, people say i look pale, out of breath on the stairs", "breathless-pale-grey", 30),
    ("breathless and sweaty after my run, feel a bit sick", "heart-attack-breathless-sweating", 30),
    ("breathless and sweaty after my run, feel a bit sick", "breathless-with-sickness", 30),
])
def test_round18_everyday_breathlessness_is_no_heart_sign(cli, text, flag, age):
    _fires(cli, text, flag, False, age=age)


@pytest.mark.parametrize("text", [
    # a seizure described without the word (NHS: call 999 for a first fit)
    "he went rigid and then a few seconds later his arms and legs were jerking, never happened before",
    "she jerked all over on the kitchen floor for a minute, first time ever",
    "found him on the floor, he had bit his tongue and wet himself, no history of anything like it",
])
def test_round18_a_fit_in_lay_words_is_a_first_seizure(cli, text):
    _fires(cli, text, "seizure-first-or-unknown", age=24, levels=EMERGENCY)


@pytest.mark.parametrize("text,fires", [
    # waters before 37 weeks: watery or clear fluid, wet knickers; "35+2" is weeks plus days
    ("30 weeks pregnant and leaking watery stuff all morning", True),
    ("35+2 and my knickers keep getting wet with clear fluid", True),
    ("34 weeks, trickle of watery fluid when i stand up", True),
    ("35+2 and a bit of white creamy discharge, no smell", False),
])
def test_round18_waters_breaking_early_in_lay_words(cli, text, fires):
    _fires(cli, text, "waters-breaking", fires, levels=EMERGENCY)


@pytest.mark.parametrize("text,flag", [
    ("tummy pain all day and he screams when he moves, just lying very still on the sofa", "acute-abdomen"),
    ("sudden explosive headache during sex, never had pain like it", "thunderclap-headache"),
])
def test_round18_acute_abdomen_and_thunderclap_in_lay_words(cli, text, flag):
    _fires(cli, text, flag, age=35, levels=EMERGENCY)


@pytest.mark.parametrize("text,fires", [
    # North Tees and Hartlepool NHS FT, Paracetamol safety: 2 extra or over 8 in 24 hours, call 111
    ("took lemsip and paracetamol together today without realising both have paracetamol in", True),
    ("been taking night nurse and only just read that it has paracetamol in it too", True),
    ("took 2 paracetamol this morning for a headache, that is all", False),
])
def test_round18_paracetamol_in_two_medicines_is_same_day(cli, text, fires):
    _fires(cli, text, "paracetamol-double-dosing", fires, levels=SAME_DAY)


def test_round18_a_british_word_is_never_corrected_into_another():
    """pyspellchecker's list is American: "realising", "colour", "centre" were not words to it, so a
    British spelling was "corrected" ("without realising" read as "without reliving")."""
    from healthq.reading import english_counts

    counts = english_counts()
    for word in ("realising", "colour", "centre", "paralysed", "travelling", "oesophagus", "anaemia"):
        assert word in counts, word
    assert "sorisis" not in counts


@pytest.mark.parametrize("text", [
    # said of someone else, or in another form of the verb (the first-person patterns, read through _PERSON)
    "ive been having thoughts about not wanting to be here",
    "my son says he feels trapped and cant see any way out, hes just a burden",
    "my daughter doesnt want to be here anymore",
    "she feels like shes a burden to everyone",
])
def test_round18_crisis_said_of_someone_else_or_in_another_tense(cli, text):
    assert check_json(cli, text).get("crisis"), text


@pytest.mark.parametrize("text", [
    "she doesnt want to go on the school trip",
    "he hasnt said anything about hurting himself, he is just very low",
    "my son is not a burden, he is just unwell",
])
def test_round18_crisis_not_read_into_everyday_or_denied_words(cli, text):
    assert not check_json(cli, text).get("crisis"), text


@pytest.mark.parametrize("text,fires", [
    # NHS Stroke: speech that suddenly goes wrong is FAST; the word-finding term now reads the onset
    ("my dad suddenly can't find the right words", True),
    ("all of a sudden she is struggling to find the right words", True),
    ("I can't find the right words to thank you", False),
    ("he has been struggling to find words for months", False),
])
def test_round18_sudden_word_finding_trouble_is_stroke_speech(cli, text, fires):
    _fires(cli, text, "stroke-speech", fires, age=70, levels=EMERGENCY)


# --- round 18, second reading: where the new wording over-fired on everyday text, or still missed ------------

@pytest.mark.parametrize("text,flag,age", [
    # NHS Heart attack names sweating, breathlessness and sickness, not the sweats of flu, a hot flush, a panic
    # attack, a hangover or a workout; and hair going grey or "feeling blue" is no colour change (Shortness of breath)
    ("menopause hot flushes, sweating at night, sometimes a bit breathless and nauseous", "heart-attack-breathless-sweating", 51),
    ("flu for 3 days, fever and sweats, feel awful, a bit short of breath when i cough", "heart-attack-breathless-sweating", 35),
    ("hungover, sweating, feel sick and out of breath walking up the hill", "heart-attack-breathless-sweating", 28),
    ("had a panic attack, sweating, short of breath and felt sick, it passed after 20 minutes", "heart-attack-breathless-sweating", 24),
    ("im sweating and out of breath from carrying shopping up 4 flights, feel a bit sick", "breathless-with-sickness", 45),
    ("i get out of breath on the stairs and my hair is going grey", "breathless-pale-grey", 62),
    ("anaemic, always tired and very pale, breathless on exertion", "breathless-pale-grey", 27),
    ("short of breath with asthma, my inhaler is blue", "breathless-pale-grey", 20),
    ("he was blue about losing the match and puffed out after", "breathless-pale-grey", 16),
    ("breathless when i walk the dog, the sky was grey and cold", "breathless-pale-grey", 60),
    # an eyelid's flutter or a baby's first movements are no palpitations; a racing heart after a run that settled
    ("baby fluttering movements at 18 weeks pregnant, feel a bit dizzy when standing", "palpitations-with-signs", 29),
    ("eyelid fluttering and twitching for a week, a bit light headed from tiredness", "palpitations-with-signs", 35),
    ("heart racing after my run and out of breath, fine after 5 minutes", "palpitations-with-signs", 25),
    # shaking with chills, nerves or cold, a startle or a jerk falling asleep is no fit
    ("fever and my whole body is shaking with chills, teeth chattering", "seizure-first-or-unknown", 30),
    ("my arms and legs shake when i get anxious", "seizure-first-or-unknown", 25),
    ("limbs twitch when im dropping off to sleep", "seizure-first-or-unknown", 40),
    ("babys arms and legs jerk when she is startled by a loud noise", "seizure-first-or-unknown", 0.1),
    ("her legs went stiff from sitting and she was trembling from nerves", "seizure-first-or-unknown", 60),
    # lying still helps a mild ache; explosive diarrhoea or an explosive row is no thunderclap
    ("mild stomach ache, lying still helps", "acute-abdomen", 30),
    ("stomach ache, my hair has gone grey from stress", "acute-abdomen", 50),
    ("headache and explosive diarrhoea", "thunderclap-headache", 30),
    ("headache after an explosive argument with my brother", "thunderclap-headache", 30),
    ("i have never had a headache like this before, slowly building over 3 days with a cold", "thunderclap-headache", 30),
    # paracetamol: a question, or a check that kept it to one medicine (North Tees: the risk is taking both)
    ("i know lemsip has paracetamol in it so i didnt take any other", "paracetamol-double-dosing", 30),
    ("i checked and both have paracetamol so i only took one", "paracetamol-double-dosing", 30),
    ("not sure if calpol has paracetamol in it, can i give it for a fever", "paracetamol-double-dosing", 3),
])
def test_round18_review_everyday_words_are_no_new_sign(cli, text, flag, age):
    _fires(cli, text, flag, False, age=age)


@pytest.mark.parametrize("text,flag,age", [
    ("my mum is 70, suddenly breathless, sweating buckets and being sick, no chest pain", "heart-attack-breathless-sweating", 70),
    ("breathless, clammy and an awful feeling of doom", "heart-attack-breathless-sweating", 59),
    ("she is gasping and has gone very pale", "breathless-pale-grey", 30),
    ("short of breath and my fingertips went bluish", "breathless-pale-grey", 44),
    ("heart fluttering and im short of breath, been 30 mins", "palpitations-with-signs", 55),
    ("she fell and her arms and legs were thrashing about, first time", "seizure-first-or-unknown", 30),
    # "never had a headache like this" was read as negated ("never"), so the new wording never fired
    ("never had a headache like this, came on suddenly while lifting", "thunderclap-headache", 45),
    ("31 weeks, felt a pop then wetness", "waters-breaking", 30),
    ("been taking night nurse and only just read that it has paracetamol in it too", "paracetamol-double-dosing", 30),
])
def test_round18_review_signs_still_fire(cli, text, flag, age):
    _fires(cli, text, flag, age=age, levels=SAME_DAY)


@pytest.mark.parametrize("text", [
    "on 10+5 mg tablets for blood pressure, headache and a bit of bleeding from my gums",
    "i have 3+2 kids and a fever",
    "the score was 35+2 and now i have some bleeding from a cut",
])
def test_round18_review_plus_days_only_as_weeks_of_pregnancy(cli, text):
    assert not check_json(cli, text)["patient"]["pregnant"], text


@pytest.mark.parametrize("text", [
    "my partner has been talking about killing himself",
    "my son hasnt said much but i found he'd been searching how to kill himself",
    "he didnt say it but he wants to kill himself",
    "he doesnt want to live anymore",
])
def test_round18_review_crisis_said_of_someone_else(cli, text):
    assert check_json(cli, text).get("crisis"), text


@pytest.mark.parametrize("text", [
    "he's a burden on the system according to the council, he needs a carer",
    "my son doesnt want to go on medication for his adhd",
    "my daughter doesnt want to live with her dad any more",
    "he doesnt want to live in a care home",
    "she doesnt want to be here at the hospital, she wants to go home",
    "he doesnt want to exist on takeaways, wants to eat better",
    "my mum doesnt want to be a burden so she wont ask for help with shopping",
    "my son doesnt want to go on anymore with football, his knee hurts",
    "my son didnt want to wake up for school this morning",
])
def test_round18_review_everyday_words_of_someone_else_are_no_crisis(cli, text):
    assert not check_json(cli, text).get("crisis"), text


# --- round 19: signs of the NHS pages that sets 26 and 27 (opened after their runs) showed missing ---------

@pytest.mark.parametrize("text,flag,fires", [
    # NHS Sprains and strains: pain or swelling getting worse after self-care, or a temperature and shivering: 111
    ("twisted my ankle 5 days ago, resting and icing but the swelling is getting worse not better", "injury-getting-worse", True),
    ("sprained my wrist last week, now i have a temperature and feel shivery", "injury-getting-worse", True),
    ("twisted my ankle 5 days ago, getting better every day", "injury-getting-worse", False),
    # NHS Blood in urine: even once, even a little, bright pink, red or dark brown: urgent GP or 111
    ("noticed my wee was pinky red this morning, no pain", "blood-in-urine", True),
    ("pee went red after eating beetroot last night", "blood-in-urine", False),
    ("got shampoo in my eye, rinsed it out with water, bit red", "blood-in-urine", False),
    # NHS Sore throat: a very high temperature, or feeling hot and shivery
    ("sore throat for 3 days and a temp of 39.5, hot and cold shivers", "sore-throat-high-temperature", True),
])
def test_round19_same_day_signs(cli, text, flag, fires):
    _fires(cli, text, flag, fires, age=40, levels=SAME_DAY)


@pytest.mark.parametrize("text,flag,age", [
    # a fit past 5 minutes, or longer than is usual for them (NHS, Epilepsy Society first aid)
    ("he has epilepsy, this fit has gone on way longer than usual and is past 6 minutes now", "seizure-long", 30),
    # noisy breathing in at rest with drooling or not swallowing (NHS Croup: 999)
    ("croup, and even when calm there's a harsh noise when he breathes in, he's dribbling and won't swallow", "stridor-at-rest", 2),
])
def test_round19_emergency_wordings(cli, text, flag, age):
    _fires(cli, text, flag, age=age, levels=EMERGENCY)


def test_round19_a_new_baby_named_makes_the_mother_postpartum(cli):
    """"worried about my wife, baby is 10 days old ... people are watching us through the tv": the
    baby's age was read (the patient became the baby), so the weeks after the birth were not, and
    postpartum psychosis was only the urgent psychosis flag."""
    data, ids = _ids(cli, "worried about my wife, baby is 10 days old. she hasnt slept for days and says "
                          "people are watching us through the tv")
    assert "postpartum-psychosis" in ids and data["triage"] == "emergency", ids


@pytest.mark.parametrize("text,crisis", [
    ("i dont see the point of anything anymore. been looking up ways to do it and bought the stuff today", True),
    ("i cant see the point in living", True),
    ("i dont see the point of this meeting", False),
    ("bought the stuff for the party and looking up ways to do it cheaper", False),
])
def test_round19_crisis_hopeless_plan_and_means(cli, text, crisis):
    assert bool(check_json(cli, text).get("crisis")) is crisis, text


@pytest.mark.parametrize("text,flag", [
    # "noise", "raise", "bruise", "exercise" are English words, not British -ise verbs: folding them to
    # "noize" and "raize" hid them from the terms that spell them (text._ISE)
    ("he suddenly cant raise his arm", "stroke-arm"),
    ("toddler makes a loud noise breathing in even when he is calm", "stridor-at-rest"),
])
def test_round19_english_ise_words_are_not_folded(cli, text, flag):
    from healthq.text import fold

    assert fold("a loud noise, raise, bruise, exercise; realise") == "a loud noise raise bruise exercise realize"
    _fires(cli, text, flag, age=3 if "toddler" in text else 70, levels=EMERGENCY)


# --- round 19 review: the new signs read where they are meant, and not beyond ------------------------------

@pytest.mark.parametrize("text,flag", [
    # NHS Sprains and strains: pain or swelling that does not start to improve, said as people say it
    ("sprained wrist a week ago, still really painful and not improving", "injury-getting-worse"),
    ("my son fell on his wrist 3 days ago, the pain isnt getting any better", "injury-getting-worse"),
    ("pulled a muscle in my calf, its getting worse and worse", "injury-getting-worse"),
    ("rolled my ankle 5 days ago, rested it, still swollen and hasnt improved", "injury-getting-worse"),
    # NHS Blood in urine: blood in pee, in the words people use
    ("peeing blood since this morning", "blood-in-urine"),
    ("pissing blood, no pain", "blood-in-urine"),
    ("urinating blood", "blood-in-urine"),
    ("weeing blood", "blood-in-urine"),
    ("blood in the toilet after i peed, i'm a man", "blood-in-urine"),
    ("my wee has blood in it", "blood-in-urine"),
])
def test_round19_review_same_day_signs_in_lay_words(cli, text, flag):
    _fires(cli, text, flag, age=35, levels=SAME_DAY)


@pytest.mark.parametrize("text,flag", [
    # a virus strain, straining, eye strain, a twisting pain, falling asleep on an arm: no injury
    ("new flu strain going round, i have a fever and a sore throat", "injury-getting-worse"),
    ("straining to poo, my piles are getting more painful", "injury-getting-worse"),
    ("eye strain from screens, eyes sore and getting worse", "injury-getting-worse"),
    ("fell asleep on my arm, pins and needles in my hand, it is getting worse", "injury-getting-worse"),
    ("twisting pain in my stomach that is getting worse", "injury-getting-worse"),
    ("twisted my ankle yesterday, it is improving", "injury-getting-worse"),
    # red food and drink, the time of the month, a blood test or sugar, redness where one pees
    ("drank loads of red cordial and my pee looks red", "blood-in-urine"),
    ("ate rhubarb and blackberries, pee is red", "blood-in-urine"),
    ("time of the month, blood in the toilet when i pee", "blood-in-urine"),
    ("i need to pee a lot and my blood sugar is 15", "blood-in-urine"),
    ("urine infection, my blood pressure is fine", "blood-in-urine"),
    ("my sons pee pee is red and sore at the tip", "blood-in-urine"),
    ("red rash where i pee, itchy", "blood-in-urine"),
    ("it stings when i pee and its red and itchy down there", "blood-in-urine"),
    ("passing blood from my bottom, piles", "blood-in-urine"),
    # "temp*" is no temporary job
    ("sore throat, temporary job, working 40 hours a week", "sore-throat-high-temperature"),
    # longer than usual of the sleep after it, more fits than usual, fine for the past 10 minutes
    ("she had her usual fit this morning, lasted 2 minutes, slept longer than usual afterwards", "seizure-long"),
    ("having seizures more than usual this month, seeing neuro next week", "seizure-long"),
    ("epileptic, tired and sleeping more than usual since starting new seizure meds", "seizure-long"),
    ("she had a seizure, been fine for the past 20 minutes, she has epilepsy", "seizure-long"),
    # teething dribble, a medicine refused
    ("croupy barking cough, noisy breathing when crying, dribbling because teething", "stridor-at-rest"),
    ("croup, noisy breathing in when upset, won't swallow the steroid medicine", "stridor-at-rest"),
])
def test_round19_review_everyday_words_fire_no_new_sign(cli, text, flag):
    _fires(cli, text, flag, False, age=2 if "croup" in text else 35)


@pytest.mark.parametrize("text,flag", [
    ("seizure lasting longer than normal", "seizure-long"),
    ("fit lasted longer than usual, still not himself", "seizure-long"),
    ("he's been fitting for the past 6 minutes", "seizure-long"),
    ("croup, stridor even when sitting calm, dribbling and can't swallow his spit", "stridor-at-rest"),
])
def test_round19_review_emergency_wordings_kept(cli, text, flag):
    _fires(cli, text, flag, age=2 if "croup" in text else 30, levels=EMERGENCY)


@pytest.mark.parametrize("text", [
    # the baby's age alone: the text is about the baby, not a mother in the weeks after the birth
    "my 3 week old baby has colic, cries every evening and is not sleeping at all at night",
    "my 2 week old hasn't slept for days, just cries, mum is fine",
    "our 5 week old baby seems super excited and hyper after feeds",
    "my 2 week old has a swollen face and puffy eyelids",
    "my 4 week old is breathing fast and seems breathless",
    "my 3 week old baby is not sleeping at all at night, my mum says it's normal",
])
def test_round19_review_a_baby_alone_is_no_mother_after_birth(cli, text):
    data, ids = _ids(cli, text)
    assert not data["patient"]["given_birth_recently"], text
    assert not {"postpartum-psychosis", "pre-eclampsia", "postpartum-chest-breathless", "postpartum-infection"} & set(ids), (text, ids)


def test_round19_review_a_mother_named_beside_a_new_baby_is_after_birth(cli):
    data, ids = _ids(cli, "my girlfriend is soaking through pads every hour, baby is 12 days old")
    assert "postpartum-heavy-bleeding" in ids and data["triage"] == "emergency", ids


@pytest.mark.parametrize("text,crisis", [
    ("i dont see the point in living feeling like this", True),
    ("i don't see the point of me being here, bought the stuff", True),
    ("i cant see the point in life anymore", True),
    ("i won't be able to stop myself, i've got everything i need", True),
    ("I don't see the point in going on with the physio, my knee is no better", False),
    ("I cant see the point of me going to the gp, they never help", False),
    ("i don't see the point in life insurance", False),
    ("bought the stuff the pharmacist recommended, feel hopeless about this rash", False),
    ("eczema is so itchy i won't be able to stop myself scratching, feeling hopeless", False),
    ("been googling how to do it, the nasal rinse, feel trapped with this blocked nose", False),
    ("i'm scared i might do it wrong, the injection, no hope of getting it right", False),
])
def test_round19_review_crisis_words_of_errands_are_no_crisis(cli, text, crisis):
    assert bool(check_json(cli, text).get("crisis")) is crisis, text


# --- round 20: what set 29 (opened after its first run) showed missing ----------------------------------------


@pytest.mark.parametrize("text,crisis", [
    # a plan, its affairs in order, and doubt about keeping safe: a crisis, first of all
    ("I've decided tonight's the night. I've written letters for the kids and sorted the will. "
     "I don't think I can keep myself safe any more. not even sure why I'm typing this", True),
    ("i'm not sure i can keep myself safe tonight", True),
    ("she doesn't think she can keep herself safe", True),
    ("i dont feel safe with myself right now", True),
    ("i can't stay safe, everything is too much", True),
    # the same words about something else
    ("i can't stay safe at home with him around", False),
    ("not sure i can keep the baby safe in this heat, she has a rash", False),
    ("sorting out the will after dad died, feeling sad", False),
    ("wrote letters to the council about the damp, my chest is bad", False),
])
def test_round20_keeping_safe_and_affairs_in_order(cli, text, crisis):
    data = check_json(cli, text)
    assert bool(data.get("crisis")) is crisis, text
    if crisis:
        assert data["triage"] == "emergency", text


@pytest.mark.parametrize("text,fires", [
    ("husband got a shock off a damaged extension lead in the garage, threw him back, "
     "his heart is fluttering", True),
    ("got a shock from the extension cable, arm tingling", True),
    ("the old extension lead threw him backwards when he unplugged it", True),
    ("static shock off the car door", False),
    ("tripped over the extension lead and hurt my knee", False),
])
def test_round20_electric_shock_from_a_lead(cli, text, fires):
    _fires(cli, text, "electric-shock-lay", fires, levels=EMERGENCY)


@pytest.mark.parametrize("text,fires", [
    ("friends dog nipped my hand, 2 puncture holes, bled a bit but stopped", True),
    ("got nipped by next doors cat, the skin is broken", True),
    ("my hamster nipped me and drew blood", True),
    ("took the dog out and nipped to the shops, now my knee hurts", False),
    ("nipped out for milk and my dog was sick on the rug", False),
])
def test_round20_a_nip_is_a_bite(cli, text, fires):
    _fires(cli, text, "animal-bite", fires, levels=SAME_DAY)


@pytest.mark.parametrize("text,after_birth", [
    ("my partner had our first baby 2 weeks ago and is bleeding heavily", True),
    ("i had my second baby 3 weeks ago, soaking a pad an hour", True),
    ("she had her first son 10 days ago and has a bad headache", True),
    ("we had our first baby last year and now i have a headache and swollen ankles", False),
    ("i gave birth 2 years ago and still get back pain", False),
])
def test_round20_first_or_second_baby_and_births_long_past(cli, text, after_birth):
    data = check_json(cli, text)
    assert data["patient"]["given_birth_recently"] is after_birth, text


@pytest.mark.parametrize("text,fires", [
    ("my partner had our first baby 2 weeks ago, she's hardly sleeping, talking really fast, "
     "she says she has a special mission", True),
    ("gave birth 10 days ago and my wife keeps talking non stop, thoughts racing, on a mission from god", True),
    ("had our baby 2 weeks ago, my wife is tired and weepy but eating and sleeping when the baby sleeps", False),
])
def test_round20_manic_signs_after_birth(cli, text, fires):
    _fires(cli, text, "postpartum-psychosis", fires, levels=EMERGENCY)


def test_round20_a_mission_from_god_is_a_psychosis_sign(cli):
    _fires(cli, "my brother says he's on a special mission from god and people are following him",
           "psychosis-signs", levels=SAME_DAY)


# --- round 20 review: the new signs said other ways, and their words in everyday sentences -----------------


@pytest.mark.parametrize("text", [
    # doubt about keeping safe in the forms people type (NHS Help for suicidal thoughts; Samaritans)
    "idk if i can keep myself safe tonight",
    "i'm not confident i can keep myself safe",
    "i don't know how much longer i can keep myself safe",
    "i don't think i'll be able to keep myself safe tonight",
    "dont think im able to keep myself safe",
    "i'm struggling to keep myself safe",
    "worried i wont be able to keep myself safe tonight",
    "i dont trust myself to keep safe tonight",
    "not sure i can stay safe tonight",
    "i can't stay safe on my own tonight",
    "i cant stay safe with these thoughts",
    "i cant stay safe at night anymore, the thoughts are too loud",
    "i cannot guarantee my own safety tonight",
    "i'm a danger to myself right now",
    "im scared of what ill do to myself tonight",
    # said of someone else (a parent or partner typing)
    "my son says he cant keep himself safe",
    "she told the crisis team she can't keep herself safe",
    "he doesnt feel safe with himself",
    # a place is no hazard: people in crisis are at work, at school, in the bath or in the car too
    "i dont think i can keep myself safe at work today",
    "not sure i can keep myself safe at school",
    "epileptic, not sure i can keep myself safe in the bath alone",
])
def test_round20_review_keeping_safe_said_other_ways(cli, text):
    data = check_json(cli, text)
    assert data.get("crisis") and data["triage"] == "emergency", text


@pytest.mark.parametrize("text", [
    # a hazard, not oneself: icy roads, the stairs, the bath in a fit, covid
    "my knee keeps giving way, i cant stay safe going up the stairs",
    "with my eyesight i cant stay safe behind the wheel",
    "i cant stay safe cycling to work in the dark",
    "my toddler cant stay safe anywhere, climbs everything, bumped head",
    "not sure i can keep myself safe from covid at work, im asthmatic",
    # someone cared for: dementia, wandering
    "my dad has dementia and i dont think he can keep himself safe at home anymore",
    "nan keeps wandering at night, dont think she can keep herself safe",
    "my dad has dementia and is a danger to himself in the kitchen",
    # letters to a school or an MP, notes for a babysitter, the will of someone who died, a finished course
    "wrote letters to the kids school about the bullying, i feel so hopeless",
    "wrote letters to my kids school, no way out of this bullying",
    "left notes for the kids about tea, feel trapped with this back pain",
    "not sure i can keep myself safe around the dog, he bit me last week",
    "left notes for the babysitter, i have no hope with this insomnia",
    "wrote letters to my mp and the council about the damp, feel trapped in this flat",
    "sorted the will after mum died, feeling hopeless and cant sleep",
    "we sorted the will for nan last week, she feels hopeless about her arthritis",
    "once the antibiotics are finished will the pain stop, i feel hopeless",
])
def test_round20_review_everyday_keep_safe_letters_and_wills_are_no_crisis(cli, text):
    assert not check_json(cli, text).get("crisis"), text


@pytest.mark.parametrize("text", [
    # one's own will put in order, in the words people use, beside a second sign
    "got my will sorted last week, i feel so hopeless",
    "he's updated his will and keeps saying theres no future",
    "wrote a letter for the kids to read after im gone, i feel trapped",
    # keeping safe is a person's care only when they are cared for; wanting to die is a crisis in anyone
    "mum has dementia and keeps saying she wants to kill herself",
])
def test_round20_review_a_will_letters_for_after_and_wanting_to_die_are_a_crisis(cli, text):
    assert check_json(cli, text).get("crisis"), text


@pytest.mark.parametrize("text,fires", [
    # MedlinePlus Electrical injuries: faulty appliances, and a child biting or sucking on a cord
    ("got a shock off the washing machine and my arm is tingling", True),
    ("got a shock from the hoover lead", True),
    ("got a belt off the extension lead", True),
    ("son chewed the charger cable and got a shock", True),
    # flexing a knee, a price, a dog lead, an oven door
    ("my knee jolted with pain when i tried to flex it", False),
    ("pain jolted through my back when i flex forward", False),
    ("i was shocked by the extension lead price lol, anyway sore throat", False),
    ("got a jolt from the dog lead when he pulled and hurt my shoulder", False),
    ("got a shock from the oven door, it was hot, burnt my hand", False),
])
def test_round20_review_electric_shock_from_an_appliance(cli, text, fires):
    _fires(cli, text, "electric-shock-lay", fires, levels=EMERGENCY)


@pytest.mark.parametrize("text,fires", [
    ("dog gave me a nip on the hand, skin broken", True),
    ("got a nip off the neighbours dog, puncture mark", True),
    ("the dogs nipped him on the face", True),
    ("the cat keeps nipping me, broke the skin", True),
    ("the neighbours dogs bit my son on the leg", True),
    ("walking the dog i nipped my finger in the gate, its bruised", False),
    ("my dog nipped at the ball and i fell over it", False),
    ("dog nipped out the back door, chased him and fell", False),
])
def test_round20_review_a_nip_said_other_ways(cli, text, fires):
    _fires(cli, text, "animal-bite", fires, levels=SAME_DAY)


@pytest.mark.parametrize("text,after_birth", [
    # a birth long ago is read where the birth is named, not of anything else had
    ("just given birth, had covid last year, now soaking through pads every hour", True),
    ("had a baby on tuesday, had sepsis 2 years ago, now hot and shivery", True),
    ("had our little girl 2 weeks ago and my wife is bleeding heavily", True),
    ("had our first child 10 days ago, she is bleeding through pads", True),
    # a first baby at 19, a baby scan or shower (in pregnancy), a little girl kept off school
    ("had my second son when i was 19, now bleeding heavily between periods", False),
    ("we had our first baby scan 2 weeks ago and im bleeding", False),
    ("had a baby shower last week, now bleeding, 30 weeks", False),
    ("had our little girl off school today, i have a headache and swollen ankles", False),
])
def test_round20_review_births_named_and_long_past(cli, text, after_birth):
    data = check_json(cli, text)
    assert data["patient"]["given_birth_recently"] is after_birth, text


@pytest.mark.parametrize("text,fires", [
    ("2 weeks postpartum, i cant stop talking and my thoughts are going so fast", True),
    ("my wife had a baby 3 weeks ago and has been talking at 100 miles an hour all night", True),
    ("my wife had our baby a week ago, shes convinced shes on a mission to save the world", True),
    # a toddler, a visitor or a husband talking, a new mum thinking too much (worry, not mania)
    ("had our second baby 3 weeks ago, my toddler talks non stop and im exhausted", False),
    ("had my baby 2 weeks ago, i keep thinking too much about whether shes feeding enough", False),
    ("gave birth 2 weeks ago, thinking non stop about sids, anxious", False),
    ("new mum, my mum talks too much when she visits, headache", False),
    ("had a baby 3 weeks ago, my husband talks too fast for me to follow lol, im tired", False),
])
def test_round20_review_manic_signs_of_the_mother_only(cli, text, fires):
    _fires(cli, text, "postpartum-psychosis", fires, levels=EMERGENCY)


@pytest.mark.parametrize("text", [
    "my brother thinks god has given him a special mission",
    "he says hes on a mission to save the world and hasnt slept",
    "she keeps saying she was chosen for a secret mission",
])
def test_round20_review_a_mission_said_other_ways_is_a_psychosis_sign(cli, text):
    _fires(cli, text, "psychosis-signs", levels=SAME_DAY)


@pytest.mark.parametrize("text,fires", [
    # NHS Animal and human bites: help is needed when the bite breaks the skin; one that did not is cleaned at home
    ("my hamster nipped my finger, didnt break the skin, just a red mark", False),
    ("the dog bit me but it didn't break the skin", False),
    ("my dog bit me, there's no puncture just a scratch", False),
    ("the dog bit me and broke the skin", True),
    ("friends dog nipped my hand, 2 puncture holes, bled a bit", True),
])
def test_round20_a_bite_that_did_not_break_the_skin_is_no_flag(cli, text, fires):
    _fires(cli, text, "animal-bite", fires, levels=SAME_DAY)


def test_round20_can_barely_wake_him_is_unresponsive(cli):
    # a tuned case (set 11) missed since it was written: a person with type 1 diabetes, sweaty and
    # mumbling, whom the family "can barely wake" (NHS Low blood sugar: call 999 if someone is
    # very drowsy or unconscious); with round 20's content it fell from urgent to routine
    _fires(cli, "husband is type 1. found him sweaty and mumbling, we can barely wake him and he can't swallow the juice",
           "unresponsive", levels=EMERGENCY)
    _fires(cli, "my nan could hardly rouse her this morning, she's very confused", "unresponsive", levels=EMERGENCY)


# --- round 21 (not reviewed yet): set 30's missed emergency, opened after its runs ---------------------------


@pytest.mark.parametrize("text,fires", [
    ("about an hour ago the sight in my right eye just went, like a black blind came down over it. no pain at all", True),
    ("the vision in his left eye suddenly went this morning", True),
    ("like a dark curtain came down over my eye", True),
    ("the sight in my eye went back to normal after a few seconds of sparkles", False),
    ("pulled the blind down because the sun hurts my eyes, migraine", False),
])
def test_round21_sight_that_went_in_one_eye(cli, text, fires):
    _fires(cli, text, "sudden-vision-loss", fires, levels=EMERGENCY)


# round 21 review: the blind/curtain/shutter term wants a simile ("like a ...") or "over/across" a part of the
# sight, and the sight in one eye that "went" is read only when "went" ends the clause or a time/suddenness follows
@pytest.mark.parametrize("text,fires", [
    ("it was like the shutters came down on one eye", True),
    ("sight in one eye went all of a sudden while watching telly", True),
    ("my eyesight in the right eye suddenly went and hasn't come back", True),
    ("the sight in my right eye went at 3pm and is still not back", True),
    ("the blind came down in the kitchen and hit me on the head, now I have a headache", False),
    ("the shutter came down on my finger at work, it's bleeding a bit", False),
    ("a roller shutter came down on his hand and his eye is bruised", False),
    ("the vision in my left eye went a bit blurry for a second then cleared", False),
    ("sight in my eye went fuzzy when I rubbed it", False),
    ("the sight in my lazy eye went when I was a child", False),
    ("the sight in my left eye went when I took my contact lens out", False),
    ("the vision in one eye went wobbly with zigzag lights before my migraine then came back after 20 minutes", False),
    ("the vision in my left eye went and came back when I stood up", False),
])
def test_round21_review_blind_and_went_stay_narrow(cli, text, fires):
    _fires(cli, text, "sudden-vision-loss", fires, levels=EMERGENCY)


# Round 22, from blind crisis set 1 (read after its first run): the crisis reader read each wording; it now
# also reads what makes an act self-harm (done on purpose, to oneself when upset), a ligature or noose, the
# ways looked up, a plan, slips of typing in the words that carry it, and someone else's words ("he'll kill
# himself"). Every command reads the same words, so each is checked through `check` and one other command.
ROUND22_CRISIS = [
    "i want to kil myslef", "i wnat to die i cant do this", "i want to dissapear forever and never come back",
    "burnt myself with a lighter on purpose last night", "I took an overdose of my sertraline earlier on purpose",
    "I keep banging my head against the wall on purpose when I'm upset",
    "I hit myself really hard when I get overwhelmed", "my partner burns himself with cigarettes when we argue",
    "tied something round my neck last night but stopped myself", "how to tie a noose", "painless ways to die",
    "my teenager has been searching online for how to hang yourself", "I have a plan for how I'd do it",
    "keep thinking about driving my car into a wall on the way home", "I've been working out how many of my tablets it would take",
    "what's the point in living, nothing is ever going to get better",
    "I'd rather be with him than be here", "my husband says we'd be better off with his life insurance money than with him",
    "my dad said he's going to stop eating and just let himself die", "she told me she has thoughts of ending her life",
    "i've got a really strong urge to cut tonight", "my ex says if I leave him he'll kill himself",
    "i keep thinking about unaliving myself", "found fresh cuts on my son's thighs", "my mum has stopped taking her insulin on purpose",
    "i feel like i'm going to die and honestly i hope i do", "friend posted i'm done with everything, sorry to everyone and isn't answering",
    "voices are telling him he has to hurt himself",
]
ROUND22_NOT_CRISIS = [
    "i want to dye my hair", "how to die my hair red", "gonna die of embarrassment, really bad wind",
    "feel like I'm going to die, crushing chest pain going down my left arm",
    "I've never had any thoughts of ending my life, I just feel flat and tired", "I keep cutting my toenails too short",
    "I'm taking my life in my hands driving in this snow", "urge to cut my hair short",
    "he works so hard he'll kill himself one day", "he will kill himself on that ladder",
    "stopped taking my statins on purpose because of side effects", "I tied a scarf round my neck because it's cold",
    "how many days would it take to heal", "I would rather walk than drive", "I'm done with the cold weather",
    "we'd be better off with a bigger life insurance policy", "the kettle hurt my hand when I burnt myself making tea",
]


@pytest.mark.parametrize("text", ROUND22_CRISIS)
def test_round22_crisis_wordings_show_the_message_in_check_and_search(cli, text):
    assert check_json(cli, text)["crisis"] is True, text
    result = cli("search", text)
    assert (result.out + result.err).count("Samaritans 116 123") >= 1, text


@pytest.mark.parametrize("text", ROUND22_NOT_CRISIS)
def test_round22_near_twins_show_no_crisis_message(cli, text):
    assert not check_json(cli, text).get("crisis"), text
    result = cli("search", text)
    assert "Samaritans 116 123" not in result.out + result.err, text


# Round 22's negation: NegEx's post-negation read narrowly (a body function "fine" or "normal" in a clause of
# its own) and "never ... before" / "never ... like this" as a first time, not a negation
@pytest.mark.parametrize("text,level_is_emergency", [
    ("24 weeks pregnant and had a mild headache this afternoon, mostly gone now. vision fine, no swelling", False),
    ("24 weeks pregnant, bad headache and my vision is blurry", True),
    ("his face drooped and his speech slurred then normal", True),
    ("my arm went numb and weak for ten minutes now fine", True),
    ("my son has never had a fit before and just had one lasting 2 mins", True),
    ("never had a headache like this, it came on suddenly", True),
])
def test_round22_post_negation_and_first_time(cli, text, level_is_emergency):
    assert (check_json(cli, text)["triage"] == "emergency") is level_is_emergency, text


# Round 22's flag fixes from set 30's over-calls (read after its runs), each beside the sign it must still catch
@pytest.mark.parametrize("text,flag,fires", [
    ("small cut on my finger from a knife, stopped bleeding after 10 mins pressing", "severe-bleeding", False),
    ("he got stabbed in the leg and it's pouring", "severe-bleeding", True),
    ("my son bumped his head on the coffee table and has a lump on his forehead", "serious-burn", False),
    ("spilled hot coffee all over my son's chest, big blisters", "serious-burn", True),
    ("hay fever, nasal spray from the chemist for 3 weeks but my eyes are still streaming", "chemical-in-eye", False),
    ("got bleach in my eye while cleaning", "chemical-in-eye", True),
    ("blotchy rash on her back but it goes away when I press a glass on it, temp 38.6", "non-blanching-rash", False),
    ("rash on her back that doesn't go away when I press a glass on it, temp 38.6", "non-blanching-rash", True),
    ("my 3 year old had one of her fever fits again, she's had 2 before, lasted about a minute", "seizure-first-or-unknown", False),
    ("my 3 year old had a fit, the first one ever, lasted about a minute", "seizure-first-or-unknown", True),
])
def test_round22_flags_read_the_sign_not_a_word_beside_it(cli, text, flag, fires):
    _fires(cli, text, flag, fires)


# Round 22: paracetamol taken over a day or two, counted in tablets (NHS: more than the maximum dose is A&E,
# even when the person feels well); a count within the dose is not a flag
@pytest.mark.parametrize("text,fires", [
    ("bad toothache so ive been taking paracetamol every few hours, think its about 12 tablets since yesterday morning. feel fine", True),
    ("been taking paracetamol for my back, about 6 tablets since yesterday", False),
])
def test_round22_paracetamol_counted_over_a_day(cli, text, fires):
    _fires(cli, text, "overdose", fires)


# Round 22: toxic shock syndrome (content batch G3) has its sign read: a tampon, cup, cap or diaphragm with a
# high temperature, sickness, diarrhoea, a rash or dizziness is the NHS page's 111 level; its 999 signs
# (confusion, blotchy skin, a rash that does not fade) are the sepsis flags' and still raise it
@pytest.mark.parametrize("text,fires,level", [
    ("been using tampons, now high temp, vomiting and a rash like sunburn", True, "urgent"),
    ("tampon in, fever and confused, blotchy skin", True, "emergency"),
    ("period pain, using tampons, bit tired", False, None),
])
def test_round22_toxic_shock_signs(cli, text, fires, level):
    _fires(cli, text, "toxic-shock-signs", fires, levels=(level,) if level else ())

# Round 22 review (R28): the round's exceptions read too wide. Fear of dying skipped "I feel like I'm going to
# end it"; a wish after it was only "I hope I do"; the widened denial hid "until this week"; the idiom of "he'll
# kill himself" took the railway line, the pills and "if you don't come back"; and the new patterns fired on a
# dead battery, "rather rent than live with my parents", a mechanic's price, a plan done safely, grief, a life
# taken back, shaving cuts, "didn't do it on purpose", "when I get hot", a string of beads
ROUND22_REVIEW_CRISIS = [
    "I think I'm going to end it tonight", "I feel like i'm gonna end it all", "I'm scared I'm going to end it",
    "feel like I'm going to die and I want to", "i feel like im going to die and i dont care anymore",
    "I think I'm going to die and part of me wants to", "I've never had any thoughts of ending my life until this week",
    "I haven't had any thoughts of suicide for years but they're back now", "I never wanted to die before but now I do",
    "my family would be better off with the life insurance money", "he said he'll kill himself on the railway line tonight",
    "he said he would kill himself with the pills he's been saving", "she'll kill herself if you don't come back, she told me",
]
ROUND22_REVIEW_NOT_CRISIS = [
    "my phone battery is dead so i want to do a reset", "dead tired at work, I hope I do better tomorrow",
    "I'd rather rent than live with my parents", "I'd rather be at home than stay in hospital with this chest infection",
    "the mechanic told me how much it would take", "the physio and I have a plan for how to do it safely",
    "cancer took her life last year and I can't stop crying", "I'm taking my life back after rehab, feeling good",
    "fresh cuts on my thighs from shaving", "I hit my head on the cupboard, didn't do it on purpose",
    "I scratch myself raw when I get hot at night with my eczema", "she hurts herself when she is running, her knees",
    "my daughter put a string of beads round her neck", "he'll kill himself if he keeps working these hours",
    "I've never wanted to die, but now I'm worried about my memory",
]


@pytest.mark.parametrize("text", ROUND22_REVIEW_CRISIS)
def test_round22_review_crisis_past_the_exceptions(cli, text):
    assert check_json(cli, text)["crisis"] is True, text


@pytest.mark.parametrize("text", ROUND22_REVIEW_NOT_CRISIS)
def test_round22_review_new_patterns_stay_narrow(cli, text):
    assert not check_json(cli, text).get("crisis"), text


# ... and the flags: a count of drinks before is no history of fits, "hasn't had one before" is a first fit, fits
# one after another are always an emergency (NHS), a knife still in the body, a hot coffee pot, and a rash
# that "won't really" go or of which only some spots go
@pytest.mark.parametrize("text,flag,fires", [
    ("he hasn't had one before, he just had a seizure and he is drowsy", "seizure-first-or-unknown", True),
    ("my husband had a fit tonight, he had 5 pints before", "seizure-first-or-unknown", True),
    ("my 3 year old had one of her fever fits again, she's had 2 before, lasted about a minute", "seizure-first-or-unknown", False),
    ("her fits keep coming one after another", "seizure-long", True),
    ("my mate has a knife stuck in his leg", "severe-bleeding", True),
    ("the knife is stuck in the toaster", "severe-bleeding", False),
    ("coffee pot fell over onto my baby's face, skin peeling off", "serious-burn", True),
    ("he fell on the coffee machine cable and has a bruise on his face", "serious-burn", False),
    ("spots on her legs won't really go away when I press a glass", "non-blanching-rash", True),
    ("some spots go away when i press but the purple ones don't and she's got a temp", "non-blanching-rash", True),
    ("the rash goes away when I press it, itchy, no fever", "non-blanching-rash", False),
])
def test_round22_review_flags(cli, text, flag, fires):
    _fires(cli, text, flag, fires)


# Round 23, from blind crisis set 2 (read after its runs): a self-harm act with the reason that makes it
# self-harm (on purpose, to feel something, when stressed), marks that are hidden, covered or self-done, the
# means turned on oneself, a method asked about, all of any medicine at once, a life "finished", the reflexive
# written in two words, and farewells said outright
ROUND23_CRISIS = [
    "I scald my hands under the hot tap on purpose to feel something",
    "i keep biting my arm to feel something",  # 'biting' was no prefilter fragment (a hypothesis run found it)
    "scratching my arms till they bleed whenever im stressed",
    "I punch the wall so my knuckles hurt, it's the only thing that helps",
    "how to hide cuts from parents", "got old scars on my wrists and some new cuts, how do I hide them",
    "my 15 year old daughter has cuts all over her forearms and wears long sleeves even in summer",
    "one of my pupils has burns on her arm and says she did them herself",
    "theres a gun in the house and ive been thinking about using it on myself",
    "how long does it take to die from hanging", "can you die from taking all your antidepressants at once",
    "i am feel very sad, i want finish my life", "please help i think to kill me self",
    "my husband said we'd all be better off with him gone", "my son keeps saying he won't need his games soon",
    "I found a goodbye note in her diary", "i feel trapped and theres only one way out of this",
    "I've thought about how I'd do it", "idk if im safe on my own right now", "took an overdose",
    "my wife swallowed a load of her tablets after we argued", "just wanted to say thanks for everything. this is goodbye",
    "I've written letters to my kids and sorted my will, I'm calm about my decision now",
]
ROUND23_NOT_CRISIS = [
    "i scratch my arms when im stressed, eczema flare", "how to hide scars from acne", "how to cover acne scars",
    "cuts on his arm from the cat, he hides them", "i punch the bag at the gym when im angry",
    "i take all my tablets at once in the morning", "goodbye letter to my old team", "only one way out of the car park",
    "I use the cream on myself twice a day", "i want to finish my life story", "my toddler bangs his head when he gets upset",
    "how long does it take to die from sepsis", "can you die from a migraine", "took an overdose of vitamin d by accident",
    "I hit my head on the cupboard, didn't do it on purpose", "this is goodbye to our old house, moving tomorrow",
]


@pytest.mark.parametrize("text", ROUND23_CRISIS)
def test_round23_crisis_wordings_show_the_message(cli, text):
    assert check_json(cli, text)["crisis"] is True, text
    result = cli("search", text)
    assert "Samaritans 116 123" in result.out + result.err, text


@pytest.mark.parametrize("text", ROUND23_NOT_CRISIS)
def test_round23_near_twins_show_no_crisis_message(cli, text):
    assert not check_json(cli, text).get("crisis"), text


# Round 23, from set 31's misses and over-calls (read after its two runs): NegEx's post-negation also reads
# "negative" ("ketones negative"); "side" of the head is no tummy; the appendix pain that suddenly gets worse
# and spreads across the tummy (NHS: 999); someone found cold on her own floor; a child found with tablets
@pytest.mark.parametrize("text,flag,fires,age", [
    ("type 1, sugars running high 14-16 for a few days, thirsty and weeing loads, ketones negative, not being sick", "dka", False, None),
    ("type 1, sugars 25, ketones 3.2 and being sick", "dka", True, None),
    ("every few weeks a throbbing pain on one side of my head, feel sick, light and noise are unbearable", "acute-abdomen", False, None),
    ("pain round my belly button that moved to the bottom right, now it's suddenly got way worse and hurts right across my whole tummy",
     "acute-abdomen", True, None),
    ("found my elderly neighbour on her kitchen floor, heating off, she's ice cold and mumbling", "hypothermia", True, None),
    ("found my 2 year old with nan's blood pressure tablets, a few seem to be missing", "child-swallowed-medicine", True, "2"),
])
def test_round23_set31_signs(cli, text, flag, fires, age):
    _fires(cli, text, flag, fires, age=age)

# Round 23 review (R30): the round's exceptions read narrower and its new patterns read an act on oneself. "my self
# harm" stays "self harm" (not "myself harm"); a toddler's act is skipped only for that act of the child named just
# before it; an itch is no excuse when denied, done with a blade or done to feel something; the routine dose gives way
# to a death named after it; a cause denied ("aren't from the cat") or named before the mark ("acne scars") is read
ROUND23_REVIEW_CRISIS = [
    "my self harm is getting worse", "how do i hide my self harm scars from my parents at the beach",
    "her self harm scars are on her thighs",
    "could i take all my meds at once in the morning and just not wake up",
    "i have a newborn baby and my wife said she wants to kill herself",
    "toddler tantrums all day and my husband says he wants to end his life",
    "my husband hurts himself on purpose when hes angry, we have a 4 year old",
    "my teenage son hits himself when he gets upset, my baby sister is fine",
    "my son has been cutting himself on purpose, he is 15, his baby brother is 2",
    "i scratch my arms until they bleed on purpose, its not eczema",
    "i scratch myself till i bleed to feel something, people think its an itch",
    "scratching my wrists with a compass when im upset, got a rash as well",
    "the scars on my wrist arent from the cat, i did them myself",
    "i have acne scars but the cuts on my arms i did myself and i hide them with long sleeves",
    "my daughter has burns on her arm, she says the iron but i think she does them herself",
    "she says she wants to finish her life", "my surgery scar is healed but ive started cutting over it on purpose",
    "i cut when im stressed", "i wont need my things soon because i wont be here",
    "everyone would be better off with me gone for good", "there is only one way out of this pain",
    "if i jumped off the car park would it be quick",
]
ROUND23_REVIEW_NOT_CRISIS = [
    "my shoulder hurts when im stressed", "i cut my hair short when im upset", "i burn candles when im stressed, its calming",
    "my cat scratches me when im stressed and now its infected", "i bite my lip when im anxious and it bleeds",
    "i hurt my back deliberately lifting heavy weights to build strength",
    "my acne scars on my back, i wear long sleeves at the beach", "scars from my knee operation, how can i hide them",
    "i cover my stretch marks with long sleeves and leggings", "hiding bruises from my husband is getting hard, he hits me",
    "my grandad has bruises all over his arms from his blood thinners and wears long sleeves",
    "would it be quick to recover from a knee replacement", "would it be quick and painless to get my ears pierced",
    "can i take all my vitamins at once", "i took all my tablets at once this morning by mistake, i usually space them out",
    "my dog took an overdose of his painkillers by accident", "took an overdose of vitamins, is that dangerous",
    "how many people die from overdose each year", "risk of death from overdose of paracetamol",
    "goodbye note for my leaving do at work", "only one way out of this debt, i need a budget",
    "idk if im safe on my own with my blood sugar dropping at night", "i want to finish my life coaching course",
    "better off with him gone to university, quieter house", "i wont need them soon, my cast comes off next week",
    "i wont need my glasses soon after laser eye surgery", "my 3 year old hits himself on the head when he gets cross",
]


@pytest.mark.parametrize("text", ROUND23_REVIEW_CRISIS)
def test_round23_review_crisis_wordings_are_read(text):
    from healthq.crisis import mentions_crisis

    assert mentions_crisis(text), text


@pytest.mark.parametrize("text", ROUND23_REVIEW_NOT_CRISIS)
def test_round23_review_near_twins_stay_quiet(text):
    from healthq.crisis import mentions_crisis

    assert not mentions_crisis(text), text


# A "no" that answers a question and is followed by a subject and its verb starts a statement of its own
# (second reading R28 of round 22, on main too): the sign after it is read, and a negation in that statement
# still negates
@pytest.mark.parametrize("text,flag,fires", [
    ("is his speech normal? no it's slurred and his face is drooping", "stroke-speech", True),
    ("her breathing is normal? no she's grunting and her lips are blue", "blue-or-mottled", True),
    ("any rash? no he has a rash that doesn't fade when I press a glass on it", "non-blanching-rash", True),
    ("rash on his tummy? no it doesn't fade... wait, yes it fades under the glass", "non-blanching-rash", False),
])
def test_an_answering_no_starts_a_new_statement(cli, text, flag, fires):
    _fires(cli, text, flag, fires)


def test_an_answering_no_keeps_the_negation_of_its_own_statement(cli):
    data = check_json(cli, "chest pain? no i dont have chest pain, just a cough")
    assert data["triage"] != "emergency", data["red_flags"]


# ... but "can't", "won't", "wouldn't", "hardly" negate without being triggers: after an answering "no" and
# its subject, such a verb that is not itself a symptom ("can't breathe", "won't wake up") leaves the
# negation to the "no" (second reading R31 of round 24)
@pytest.mark.parametrize("text,symptom,negated", [
    ("no I can't feel any chest pain", "chest-pain", True),
    ("no I can't see any rash", "rash", True),
    ("no I wouldn't call it a seizure", "seizure", True),
    ("no he won't have a fever, I checked", "fever", True),
    ("no i wouldnt say chest pain just a cough", "chest-pain", True),
    ("no I honestly cannot feel any numbness", "numbness-tingling", True),
    ("no he can't breathe", "severe-breathing-difficulty", False),
    ("no she just won't wake up", "unconscious", False),
    ("no he can't swallow", "difficulty-swallowing", False),
])
def test_an_answering_no_before_a_negating_verb_still_negates(cli, text, symptom, negated):
    data = check_json(cli, text)
    read = {u["id"]: u["negated"] for u in data["understood"]}
    assert read.get(symptom) is negated, (text, data["understood"])


# Found while crisis round 25 was written (the round itself was not landed: see the README): two ordinary texts
# that showed the crisis message, and so EMERGENCY in `check`. Scratching with an itchy skin named is the itch
# wherever the scratching sits in the matched words ("been scratching ..."), and a racing heart is a symptom.
@pytest.mark.parametrize("text", ["been scratching my arms at night, eczema",
                                  "how much exercise would it take to stop my heart racing at night"])
def test_an_itch_and_a_racing_heart_show_no_crisis_message(cli, text):
    data = check_json(cli, text)
    assert not data.get("crisis") and data["triage"] != "emergency", text


@pytest.mark.parametrize("text", ["been scratching my arms with a compass, she has eczema too",
                                  "been scratching my arms to feel something, eczema"])
def test_scratching_for_self_harm_beside_an_itch_still_shows_it(cli, text):
    assert check_json(cli, text)["crisis"] is True, text
# Being sick or diarrhoea with a sign of dehydration the vocabulary reads (peeing less, dark pee, dizzy when
# standing) is a same-day doctor (NHS "Diarrhoea and vomiting": urgent GP appointment or 111), however the
# signs are worded; being sick with none of them is not.
@pytest.mark.parametrize("text,urgent", [
    ("been throwing up since yesterday, barely weeing and it's really dark", True),
    ("diarrhoea for 2 days and I go dizzy when I stand up", True),
    ("my son has been sick all night and is hardly weeing", True),
    # the signs in more of the words people use for them (R36's list of wordings the vocabulary missed)
    ("been sick for 2 days and nearly fainted standing up", True),
    ("diarrhoea since monday, only peeing a tiny bit", True),
    ("tummy upset and my dad goes dizzy when he stands up now, he keeps being sick", True),
    ("been sick twice since yesterday, keeping water down and peeing normally", False),
])
def test_sickness_or_diarrhoea_with_dehydration_is_urgent(cli, text, urgent):
    data = check_json(cli, text)
    assert (data["triage"] in ("urgent", "emergency")) == urgent, (text, data["triage"], [f["id"] for f in data["red_flags"]])


# A newborn's age is said in hours ("20 hours old"), and a baby who "looks yellow" is a jaundiced baby: the
# NHS sends newborn jaundice to a midwife or GP the same day (urgently in the first 24 hours). Yellow poo,
# wee or sick is not jaundice, and "20 hours" of something else is no age.
@pytest.mark.parametrize("text,age_below_a_week", [
    ("our baby is 20 hours old and has a rash", True),
    ("newborn, 30 hrs old, sleepy", True),
    ("had this headache for 20 hours, old injury to my neck too", False),
])
def test_a_newborns_age_in_hours(cli, text, age_below_a_week):
    age = check_json(cli, text)["patient"]["age_years"]
    assert (age is not None and age < 7 / 365) == age_below_a_week, (text, age)


@pytest.mark.parametrize("text,fires", [
    ("my 4 day old looks quite yellow", True),
    ("baby is 3 days old and her skin has gone yellow", True),
    ("my 6 week old's eyes look yellowish", True),
    ("my 6 month old has gone yellow, he's had a cold with yellow snot", True),
    ("my 5 day old has runny yellow poo", False),
    ("my 3 week old brought up yellow sick", False),
    ("my 8 month old looks orange from all the carrots", False),
])
def test_a_yellow_baby_is_newborn_jaundice(cli, text, fires):
    data = check_json(cli, text)
    assert bool({"newborn-jaundice", "newborn-jaundice-looks"} & {f["id"] for f in data["red_flags"]}) == fires, (text, data["red_flags"])
    if fires:
        assert data["triage"] in ("urgent", "emergency")


def test_a_baby_born_days_ago_is_a_baby_and_the_weeks_after_birth_are_read(cli):
    """'born 2 days ago' is a baby's age when no other age is given; 'my baby was born 10 days ago' names a
    birth as 'had my baby 10 days ago' does, so a headache with blurred vision is read as after-birth
    pre-eclampsia (NHS: it can start after the birth)."""
    data = check_json(cli, "baby born 2 days ago, face yellow, yellow poo")
    assert data["patient"]["who"] == "baby" and data["patient"]["age_years"] < 0.01
    assert data["triage"] in ("urgent", "emergency")
    data = check_json(cli, "my baby was born 10 days ago and i have a bad headache and my vision is blurry")
    assert data["patient"]["given_birth_recently"] and data["triage"] == "emergency"
    data = check_json(cli, "my son was born 3 years ago and i have a headache")
    assert not data["patient"]["given_birth_recently"] and data["triage"] != "emergency"
    # a pregnancy the writer states stays read after a birth is named (R46)
    data = check_json(cli, "im pregnant again and my son was born 5 weeks ago bad tummy pain and bleeding")
    assert data["patient"]["pregnant"] and data["triage"] == "emergency"
    # a birth long past, said another way, is no recent birth (R43)
    for text in ("my son was born with a heart defect 8 years ago, i'm breathless climbing stairs",
                 "my son was born in july, he's 3 now, i've been paranoid and not sleeping",
                 "my son was born at 36 weeks, he's 7 now and has a bad cough"):
        assert not check_json(cli, text)["patient"]["given_birth_recently"], text


@pytest.mark.parametrize("text", ["baby was born this morning and his face looks yellow",
                                  "our baby was born at 3am and now at lunchtime he looks yellow",
                                  "my baby was born yesterday evening and is yellow already",
                                  "baby born yesterday afternoon, looks quite yellow today"])
def test_a_baby_born_this_morning_or_last_night_is_in_the_first_day(cli, text):
    """NICE CG98: jaundice in the first 24 hours is seen within 2 hours; 'born this morning', 'at 3am' or
    'last night' gives no number of hours but says the baby is under a day old (R43)."""
    data = check_json(cli, text)
    assert data["triage"] == "emergency" and data["patient"]["age_years"] < 1 / 365, (text, data["patient"])


def test_jaundice_in_the_first_day_is_seen_within_2_hours(cli):
    """NICE CG98: visible jaundice in the first 24 hours needs a medical review within 2 hours."""
    data = check_json(cli, "my baby is 20 hours old and looks yellow")
    assert data["triage"] == "emergency" and "newborn-jaundice-first-day-looks" in {f["id"] for f in data["red_flags"]}
    assert check_json(cli, "my baby is 4 days old and looks yellow")["triage"] == "urgent"
    # yellow skin is read without the 'looks yellow' wording's exclusions, so yellow poo said as well
    # does not hide it (the two wordings are two flags, as in the urgent pair)
    data = check_json(cli, "my baby was born 10 hours ago, his face is yellow and his poo is yellow too")
    assert data["triage"] == "emergency" and "newborn-jaundice-first-day" in {f["id"] for f in data["red_flags"]}


@pytest.mark.parametrize("text", ["I'm 80 and have flu, it's 24 hours old now", "my tattoo is 24 hours old and red",
                                  "her cough is 24 hours old, bringing up yellow phlegm"])
def test_hours_old_is_a_babys_age_only(cli, text):
    """'24 hours old' of a cold or a tattoo is no age, and never replaces an age in years (R38)."""
    age = check_json(cli, text)["patient"]["age_years"]
    assert age is None or age >= 1, (text, age)


@pytest.mark.parametrize("text", ["i'm 31 and my baby is 20 hours old and looks yellow",
                                  "my wife is 28, our son is 10 hours old and his skin is yellowish",
                                  "my 19 hour old daughter's eyes look yellow",
                                  "baby born 15 hours ago and she's turning yellow"])
def test_a_baby_hours_old_is_the_patient_whoever_else_is_named(cli, text):
    """The baby's age in hours is read however it is said, before a parent's age in years (R39)."""
    data = check_json(cli, text)
    assert data["patient"]["age_years"] is not None and data["patient"]["age_years"] < 1 / 365, (text, data["patient"])
    assert data["triage"] == "emergency", text


# An asthma attack that has eased is a same-day doctor (NHS, Asthma + Lung UK) however it is said: an attack
# "of asthma", a flare-up, asthma that "kicked off", eased, "ok again now", "the pump sorted it". History,
# worry and asthma named without an attack are not raised by it.
@pytest.mark.parametrize("text,fires", [
    ("had an asthma attack on the stairs, 8 puffs and I'm ok again now", True),
    ("my asthma flared up at the match, blue inhaler sorted it", True),
    ("two asthma attacks this week, both went away with my reliever", True),
    ("had an attack of asthma at work, feel better after my pump", True),
    ("used to get asthma attacks as a child, now a sore throat", False),
    ("worried my son will have an asthma attack on the school trip", False),
    ("I have asthma and a runny nose", False),
])
def test_an_eased_asthma_attack_in_its_many_wordings(cli, text, fires):
    data = check_json(cli, text)
    assert ("asthma-attack-settled" in {f["id"] for f in data["red_flags"]}) == fires, (text, data["red_flags"])


def test_an_attack_today_beside_past_ones_still_needs_a_doctor_today(cli):
    """An exclusion for past attacks ("used to", "every time") vetoed the whole text, and so an attack today
    beside a past one (R39); a history with an easing word is now raised to URGENT too, the safer error."""
    data = check_json(cli, "had an asthma attack an hour ago, better now, but i used to get them as a kid too")
    assert data["triage"] in ("urgent", "emergency")


@pytest.mark.parametrize("text", ["asthma attack, 10 puffs done, no better",
                                  "asthma attack right now and i've run out of my inhaler"])
def test_an_attack_no_better_after_10_puffs_or_without_a_reliever_is_999(cli, text):
    assert check_json(cli, text)["triage"] == "emergency", text


def test_an_asthma_attack_still_going_on_is_treated_now(cli):
    """NHS: during an attack, 1 puff every 30 to 60 seconds up to 10, then 999 if no better (R38: 'started 10
    min ago, took 2 puffs, still wheezy' was ROUTINE)."""
    data = check_json(cli, "asthma attack started 10 min ago, took 2 puffs, still wheezy")
    assert data["triage"] in ("urgent", "emergency")
    assert any("10 puffs" in f["action"] for f in data["red_flags"]), data["red_flags"]


# Pain that painkillers do not ease: after a head injury it is A&E (NHS "Head injury and concussion"), and on
# its own a GP (never self-care); toothache for a week that painkillers do not take away is an urgent dental
# appointment (NHS "How to find an NHS dentist in an emergency", round 69). A cough that "isn't shifting" or a lump
# "I'm not touching" is not about painkillers (R40).
@pytest.mark.parametrize("text,level", [
    ("my son banged his head at football, headache since and the calpol isn't touching it", "emergency"),
    ("toothache for a week, painkillers don't help", "urgent"),
    ("my back has ached for a week, painkillers don't help", "routine"),
])
def test_pain_that_painkillers_do_not_ease(cli, text, level):
    data = check_json(cli, text)
    assert data["triage"] == level or (level == "urgent" and data["triage"] == "emergency"), (text, data["triage"])


@pytest.mark.parametrize("text", ["my cough isn't shifting, 2 weeks now", "banged my head, there's a lump, I'm not touching it"])
def test_other_things_not_shifting_or_not_touched_are_not_about_painkillers(cli, text):
    data = check_json(cli, text)
    assert "painkillers-not-helping" not in {u["id"] for u in data["understood"]}, text


@pytest.mark.parametrize("text", ["of. 32 weeks and my waters have gone", "the, 30 weeks and my waters have gone"])
def test_weeks_of_pregnancy_start_a_clause_after_a_word_that_ends_the_last(cli, text):
    """The property above found "of. 32 weeks and my waters have gone" URGENT: the word before the weeks was
    read across the full stop ("of 32 weeks", a duration). The word before counts only in the same clause."""
    data = check_json(cli, text)
    assert data["patient"]["pregnant"] is True and data["triage"] == "emergency", data["triage"]
    assert check_json(cli, "cough for 32 weeks")["patient"]["pregnant"] is False
