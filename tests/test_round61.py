"""Round 61, through the CLI. A second reader compared round 60's two new flags with their NHS pages: fuel burnt in a
closed space is read said either way round ("slept in the caravan with the gas heater on"), but not an electric or car
heater, an engine in its own car, or a barbecue carried in a car; the stomach-ulcer signs are each enough alone (as the
NHS lists them: worse, not going away, can't eat, full after a little, weight loss, hard to swallow), said of the gut
too, but not a skin burn on the belly or burning when peeing. From blind check set 96a's misses (its first run recorded
before any change), by kind: a gout attack with a temperature, worse pain or being unable to eat (NHS Gout: urgent);
"low back" pain with a fever (NHS Back pain: urgent); peeing often with a stinging wee and no thirst is a water
infection, not ketoacidosis; "heavy" as the weight of a thing lifted is no heavy feeling; the side of the chest is no
tummy. From blind crisis set 59's misses: hitting oneself when one fails said with the failure first, marks "from
hitting myself", knowing "which drugs would do it"; a natural death's place ("wants to die at home, not in hospital")
is no crisis."""

from __future__ import annotations

import pytest

from conftest import assert_flag_fires, check_json, crisis_shown, flag_wording_tests

FLAG_FIRES = [
    # the reader's carbon monoxide wordings: the place first, a burner still lit, a barbecue brought inside
    ("carbon-monoxide-enclosed", "emergency", "slept in the caravan with the gas heater on, woke up with a headache "
     "and feel sick"),
    ("carbon-monoxide-enclosed", "emergency", "fell asleep in the tent with the bbq still lit, now dizzy and sick"),
    ("carbon-monoxide-enclosed", "emergency", "brought the barbecue inside because of rain, now headache"),
    ("carbon-monoxide-enclosed", "emergency", "there was a disposable barbecue in the tent and now we all have "
     "headaches"),
    # reader R103: a barbie, said the Australian way
    ("carbon-monoxide-enclosed", "emergency", "cooked on the barbie inside the caravan cos of the wind and now we've "
     "all got headaches"),
    # the stomach-ulcer signs, each alone
    ("stomach-ulcer-signs", "urgent", "burning pain in the top of my stomach that is getting worse"),
    ("stomach-ulcer-signs", "urgent", "burning pain in my gut for weeks and I cant eat"),
    ("stomach-ulcer-signs", "urgent", "burning tummy pain for weeks, its hard to swallow now"),
    ("stomach-ulcer-signs", "urgent", "gnawing stomach pain up high and food feels stuck when i swallow"),
    ("stomach-ulcer-signs", "urgent", "thought it was a stomach bug but the burning pain in my tummy is getting worse "
     "after 3 weeks"),
    # 96a: gout with a warning sign, low back pain with a fever
    ("gout-warning-signs", "urgent", "I get gout in my big toe but this attack is way worse than normal and still "
     "getting worse. I'm hot and shivery and can't eat anything"),
    ("gout-warning-signs", "urgent", "gout in my knee again and now i have a temperature of 38.9"),
    # 97b's urgent misses (read after its first run): a wasp that "got" a child by the eye; a knock walking into a
    # door frame on warfarin (NHS Head injury: A&E when on blood thinners)
    ("insect-bite-urgent", "urgent", "wasp got my 7 yr old right next to her eye, whole eyelid has puffed up and "
     "shut, breathing fine otherwise"),
    ("head-injury-signs", "emergency", "nan (81) is on warfarin and walked into the door frame, she's got a proper "
     "black eye now but can see fine"),
    # 98b's emergency miss (read after its first run): the medicine named, then "drank most of the bottle"
    ("child-swallowed-medicine", "emergency", "toddler got the calpol out of the cupboard and drank most of the "
     "bottle, it was nearly full. shes 2. not sick or anything yet"),
    # 99a's emergency miss: a medicine mix-up followed by drowsiness or a slow pulse (new flag)
    ("medicine-mix-up-unwell", "emergency", "70 yo. think i took my heart tablets and water tablets twice this "
     "morning, forgot id already had them, maybe even 3 times. now very dizzy and drowsy and my pulse feels slow"),
    ("medicine-mix-up", "urgent", "took my blood pressure tablet twice by mistake, feel fine"),
    # 99b's urgent miss: hives with puffy eyelids (NHS Hives: swelling under the skin, same day; the lips, mouth,
    # tongue or throat, 999), and a second reader's wordings of the new flags
    ("hives-eye-swelling", "urgent", "daughter's come out in hives all over after eating prawns and her eyelids "
     "are a bit puffy, breathing fine and talking normally"),
    ("hives-face-swelling", "emergency", "hives and my lips are swelling up"),
    ("gout-warning-signs", "urgent", "gout attack in my ankle, pain worsening and no appetite"),
    ("medicine-mix-up-unwell", "emergency", "double dosed my blood pressure tablets this morning, really dizzy"),
    ("medicine-mix-up-unwell", "emergency", "accidentally took 2 extra paracetamol, now collapsed"),
    # reader R104: a mix-up said as tablets "mixed up"
    ("medicine-mix-up-unwell", "emergency", "nan got her tablets mixed up and took grandads, she just collapsed"),
    ("medicine-mix-up-unwell", "emergency", "grandad got his meds mixed up and passed out"),
    # check sets 101a's and 101b's misses (read after their first runs): heat exhaustion no better after half an
    # hour of cooling, hot dry skin that stopped sweating; a child who might have had some medicine; tummy pain moved
    # from the middle to the right; an older man not drinking, hardly peeing, dizzy on standing (NHS Dehydration)
    ("heat-exhaustion-not-better", "emergency", "been laying asphalt all day in the heat, sat in the shade with water "
     "for half an hour and still feel awful"),
    ("heatstroke", "emergency", "skin is hot and dry in this heat, I stopped sweating"),
    ("heatstroke", "emergency", "laying asphalt in the heat and now not thinking straight"),
    ("child-swallowed-medicine", "emergency", "my 3 year old might have had a spoonful or two of his big sisters "
     "hayfever medicine, the lid was off. he seems totally fine and playing"),
    ("lower-right-pain", "urgent", "my son is 8, tummy ache started in the middle this morning and has moved over to "
     "the right side. he can walk about and calpol took the edge off"),
    ("dehydration-not-passing-urine", "urgent", "grandpa is 88 and isn't drinking much, his pee is dark and he's "
     "hardly been today, and he gets dizzy every time he stands up and it doesn't settle"),
    # a second reader of the last two new flags: one eye, "in 9 hours", hardly peeing
    ("hives-eye-swelling", "urgent", "hives and my eye is swelling up"),
    ("dehydration-not-passing-urine", "urgent", "haven't gone to the toilet in 9 hours, not drinking much, dark pee"),
    ("dehydration-not-passing-urine", "urgent", "mum is barely drinking and hardly peeing"),
    ("back-pain-warning-signs", "urgent", "Aching low back for a few days with no injury. Now I've got a fever of "
     "38.7 and I'm shivery"),
]
FLAG_QUIET = [
    ("carbon-monoxide-enclosed", "had the heater on in the car and felt sick"),
    ("carbon-monoxide-enclosed", "put the electric heater on in the shed and now i have a headache"),
    ("carbon-monoxide-enclosed", "took the bbq in the car to the beach, got a headache from the sun"),
    ("carbon-monoxide-enclosed", "left the engine on in the car at the services, now have a headache"),
    ("carbon-monoxide-enclosed", "had a bbq outside then went in the tent, got a headache from too much sun"),
    ("carbon-monoxide-enclosed", "sat in my car with the engine running to keep warm and now ive got a headache"),
    ("dka-undiagnosed", "im weeing all the time and it burns, no extra thirst, feel a bit sick"),
    ("dka-undiagnosed", "weeing loads and it stings, not thirsty, bit of tummy ache"),
    ("stomach-ulcer-signs", "burns on my belly from the hot water bottle, getting worse"),
    ("stomach-ulcer-signs", "burning when i pee and stomach ache, keep being sick"),
    ("gout-warning-signs", "had gout years ago, now got a cold with a temperature"),
    ("gout-warning-signs", "gout flare in my ankle, third day, same as usual"),
    ("dka-undiagnosed", "stinging when I wee and needing to go constantly, bit of an ache low in my tummy. no "
     "temperature. 28F"),
    ("chest-pain-heavy", "Pain on the left side of my chest since heavy bench press yesterday. It hurts when I press "
     "on it or twist, otherwise I feel completely fine"),
    ("stroke-arm", "Pain on the left side of my chest since heavy bench press yesterday"),
    ("stroke-arm", "lifting heavy boxes at work and now my left side hurts low down"),
    ("acute-abdomen", "Pain on the left side of my chest since the gym. It hurts when I press on it"),
    # reader R103 and check set 97a: a brush that fell off a shelf onto a face; swollen glands are no swollen throat
    ("head-injury-signs", "nan walked into the door frame and stubbed her toe"),
    ("insect-bite-urgent", "the wasp got stuck in my hair, next to my eye"),
    ("child-swallowed-medicine", "gave my 2 year old calpol and she drank it all happily"),
    ("medicine-mix-up-unwell", "took my blood pressure tablet twice by mistake, feel fine"),
    # 98a's and 98b's over-calls: chilblains after the cold; thirst and sickness in the heat without peeing a lot; a
    # short fever fit in a child who has had them before (NHS Febrile seizures: GP or 111)
    ("non-blanching-rash", "itchy red-purple swollen patches on my toes since the cold snap, they burn when I warm "
     "them up"),
    ("dka-undiagnosed", "10yo came in from sports day with a headache, really thirsty and sweaty, felt a bit sick. we "
     "got her in the shade with a drink and a cold flannel and 20 mins later shes feeling much better"),
    ("seizure-first-or-unknown", "daughter had a febrile convulsion last year, tonight she had a short one again with "
     "this cold, stopped within a minute and shes back to her normal self"),
    ("seizure-first-or-unknown", "my 3yo has had febrile fits before. she's got a temp with an ear infection and just "
     "had a short fit, under a minute, and is back to her normal self now, chatting and drinking"),
    ("hives-face-swelling", "hives all over, face not swollen"),
    ("hives-face-swelling", "daughter's come out in hives all over after eating prawns and her eyelids are a bit "
     "puffy"),
    ("gout-warning-signs", "my gout keeps getting worse over the years"),
    ("gout-warning-signs", "colchicine for gout makes me feel sick"),
    ("gout-warning-signs", "gout in my big toe, red swollen and hot to the touch"),
    ("medicine-mix-up-unwell", "took my sleeping tablet twice by mistake, feel sleepy"),
    ("medicine-mix-up-unwell", "gave him his antihistamine twice, he's drowsy"),
    # a reliever working less well than it used to is asthma to review, not a failing reliever (NHS Asthma: see a GP)
    ("reliever-not-working", "my inhaler isnt working as well as it used to, using it more often"),
    ("heat-exhaustion-not-better", "hot day at the beach, felt dizzy, rested in the shade for half an hour and feel "
     "fine now"),
    ("child-swallowed-medicine", "my grandad (86) might have taken his simvastatin twice last night, he forgot he'd "
     "already had it. he feels fine"),
    ("dka", "type 1, sugar was 15 after a big birthday dinner, checked ketones and theyre 0.2, feel fine"),
    ("dehydration-not-passing-urine", "my pee is a bit dark this morning, drinking more water now"),
    ("dehydration-not-passing-urine", "dehydrated and dizzy so I'm not going to work"),
    ("stroke-face", "my hairbrush hit me in the face when it fell off the shelf"),
    ("anaphylaxis-swelling", "sore throat and swollen glands for 2 days, swallowing is ok and i'm eating and drinking"),
]


test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET, exact=True)


@pytest.mark.parametrize("text,flag", [
    ("really thirsty and weeing loads, tummy pain and being sick", "dka-undiagnosed"),
    ("chest feels heavy and tight, sweating", "chest-pain-heavy"),
    ("my left arm feels heavy and numb suddenly", "stroke-arm"),
    ("sharp pain on the left side of my tummy, hurts when i press", "acute-abdomen"),
    ("his face fell on the left side", "stroke-face"),
    ("type 1, checked ketones and theyre 3.4, feel sick", "dka"),
    ("purple spots on his feet that dont fade, temp 39, been out in the cold", "non-blanching-rash"),
    ("really thirsty, weeing loads and being sick after football", "dka-undiagnosed"),
    ("my 2 year old just had a fit with a high temperature, first time ever", "seizure-first-or-unknown"),
    ("child had a febrile fit, lasted 6 minutes", "seizure-first-or-unknown"),
    ("he hasn't had one before, he just had a seizure and he is drowsy", "seizure-first-or-unknown"),
    ("he has never had febrile fits before, he just had one with a temp", "seizure-first-or-unknown"),
    ("no febrile fits before, just had a fit with a temp", "seizure-first-or-unknown"),
    ("tongue swollen and swollen glands", "anaphylaxis-swelling"),
    ("my throat and lips are swollen after eating nuts", "anaphylaxis-swelling"),
])
def test_the_signs_the_narrowed_readings_keep_are_still_999(cli, text, flag):
    assert_flag_fires(cli, flag, "emergency", text, exact=True)


@pytest.mark.parametrize("text", [
    "daughter had a febrile convulsion last year, tonight she had a short one again with this cold, stopped within a "
    "minute and shes back to her normal self",
    "my 3yo has had febrile fits before. she's got a temp with an ear infection and just had a short fit, under a "
    "minute, and is back to her normal self now, chatting and drinking",
])
def test_a_short_fever_fit_in_a_child_who_has_had_them_before_is_same_day(cli, text):
    assert check_json(cli, text)["triage"] == "urgent", text


@pytest.mark.parametrize("text", [
    "my son had a febrile fit, hes had them before, lasted about a minute and hes back to normal now",
    "daughter has a temp and had a short seizure, she had febrile convulsions last yr too, over in 2 mins and shes "
    "fine now",
    "known febrile convulsions, short fit about 1 min with a temp, now back to normal",
])
def test_a_febrile_history_said_without_a_count_is_read_too(cli, text):
    assert check_json(cli, text)["triage"] == "urgent", text


def test_a_denied_effort_of_breathing_is_no_breathing_emergency(cli):
    out = check_json(cli, "--age", "5m", "5 month old has bronchiolitis, the doc said so. shes feeding well, plenty of "
                     "wet nappies, bit snuffly but not working hard to breathe")
    assert "severe-breathing" not in [f["id"] for f in out["red_flags"]], out["red_flags"]
    assert_flag_fires(cli, "severe-breathing", "emergency", "inhaler not working, working hard to breathe")
    assert_flag_fires(cli, "reliever-not-working", "emergency", "his inhaler is not working")


def test_a_stinging_wee_with_frequency_is_a_water_infection_not_999(cli):
    out = check_json(cli, "stinging when I wee and needing to go constantly, bit of an ache low in my tummy. no "
                     "temperature. 28F")
    assert out["triage"] != "emergency", out["red_flags"]


@pytest.mark.parametrize("command,text,shown", [
    ("check", "every time i fail a test i punch myself in the head, headache and a lump now", True),
    ("check", "every time i fail a test i kick myself", False),
    ("check", "bruises on my thighs from hitting myself with a hairbrush, how long till they fade", True),
    ("check", "bruise on my head from hitting myself on the cupboard door", False),
    ("check", "lump from hitting myself with the hammer by accident", False),
    ("search", "night shift nurse, i know exactly which drugs would do it and i think about it every drive home", True),
    ("search", "which tablets would do it for a migraine", False),
    ("search", "my grandad wants to die at home not in hospital, how do we arrange it", False),
    ("check", "i want to die at home tonight", True),
    # reader R103: a failure said as a bad grade; a knock with a door; a natural death's place said last; a car kept
    # warm
    ("check", "every time i get a bad grade i slap myself really hard in the face", True),
    ("check", "got a bruise from hitting myself with the car door by accident", False),
    ("check", "got a bruise from hitting myself with the cupboard door", False),
    ("check", "nan is dying and wants to die in her own bed", False),
    ("check", "sat in my car with the engine running to keep warm and now ive got a headache", False),
    ("check", "sat in the car in the garage with the engine running", True),
    # crisis set 60's misses: how much is deadly asked with the means kept; harm with a razor "like i do"
    ("when", "when does too much sertraline become deadly, i have 2 boxes saved", True),
    ("when", "when does paracetamol become deadly, i have saved the receipts", False),
    ("search", "what makes someone keep hurting themselves with a razor like i do", True),
    # crisis set 63's over-shows: a suicide someone grieves, said as a death; where one would like to die, planned
    ("search", "my son died by suicide 2 years ago, support groups for parents", False),
    ("check", "since my brother took his own life I cant sleep or eat, is this normal grief", False),
    ("search", "how to tell my 8 year old that her dad killed himself", False),
    ("check", "since my brother took his own life i think about doing the same", True),
    ("check", "lost my dad to suicide and now i think about it too", True),
    ("check", "he nearly killed himself last night, took a load of pills", True),
    ("search", "after his suicide attempt hes home now, how do i support him", True),
    ("check", "i lost my job and now i think about suicide", True),
    # reader R104 and crisis set 64: doing the same, or joining the one who died, said beside the grief; "committed
    # suicide" said of someone else; someone's suicide; the rates of suicide asked for an essay
    ("check", "my brother took his own life and i want to do the same", True),
    ("check", "my brother took his own life and i feel like doing the same", True),
    ("check", "my cousin killed herself and i want to join her", True),
    ("check", "my mum committed suicide 2 years ago and i still feel numb", False),
    ("search", "i want to commit suicide", True),
    ("search", "grief after a friends suicide", False),
    ("search", "my friends suicide attempt scared me", True),
    ("search", "suicide rates in men over 50 uk statistics for my essay", False),
])
def test_each_wording_shows_the_crisis_message_first_or_not(cli, command, text, shown):
    assert crisis_shown(cli, command, text) is shown, text


@pytest.mark.parametrize("command,text", [
    ("check", "my brother took his own life in March and I can't sleep or eat"),
    ("search", "my son died by suicide 2 years ago, support groups for parents"),
])
def test_someone_bereaved_by_suicide_is_asked_with_the_numbers_not_shown_the_message(cli, command, text):
    r = cli(command, text)
    assert r.code in (0, 1), r
    assert r.err.startswith("If any of this is about wanting to die"), r.err[:200]
    assert "Samaritans 116 123" in r.err
