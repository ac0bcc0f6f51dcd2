"""The red-flag list and the crisis patterns read the everyday words people use for the same signs:
UK, US and Australian words, idioms, text-speak and misspellings, carers' wording. Each group has
several lay wordings that must force the level, and ordinary phrases with the same words that must
not. Everything goes through the CLI, as a user would run it."""

import pytest

from conftest import check_json




LAY_EMERGENCIES = {
    "collapse": [
        "she fainted and hasn't come round", "dad blacked out and still won't come to",
        "my husband lost consciousness and isn't waking up", "nan keeled over in the kitchen and isn't responding",
        "found my brother slumped on the sofa, barely responsive", "she's drifting in and out of consciousness",
        "grandad is semi conscious and mumbling", "my mate got sparked out in a fight and is still out",
        "mum passed out for about 2 minutes", "he's barely breathing", "he's not reacting to anything we say",
        "she wakes then falls straight back to sleep straight away",
    ],
    "breathing": [
        "i cant breath", "i can barely breathe", "she's fighting for every breath", "too out of breath to talk",
        "breathing is really laboured", "feel like i'm suffocating", "you can see his ribs sucking in with every breath",
        "my baby's nose is flaring when she breathes",
    ],
    "colour": [
        "his lips have gone greyish", "my toddler's lips are going purple", "he's gone grey and clammy",
        "my baby's face is ashen", "his fingernails have gone blue", "her legs look like corned beef and she's burning up",
    ],
    "bleeding": [
        "going through a maxi pad in under an hour", "bleeding like a stuck pig from a cut on my leg",
        "there's a pool of blood on the floor from his arm", "blood is squirting out of the cut",
        "my leg is bleeding profusely", "gave birth last week and passing clots the size of a satsuma",
        "pooing pure blood", "chucking up blood", "black diarrhoea and feel faint",
    ],
    "confusion": [
        "my dad is suddenly talking gibberish", "mum is talking rubbish and doesn't know what day it is",
        "grandad doesn't know his own name today", "my wife is completely incoherent",
    ],
    "agony": [
        "stomach pain, i'm in agony and doubled up", "tummy pain is 10/10", "crying with pain in my tummy",
        "sudden pain in my balls, i'm in agony",
    ],
    "rash and meningitis": [
        "rash doesn't go white when pressed and he's got a temp", "spots stay purple when you press on them",
        "stiff neck and a temperature, she can't stand the light",
    ],
    "stopped peeing": ["she's stopped peeing", "baby's nappy has been bone dry all day", "no wee in his nappy since this morning"],
    "stroke": [
        "her smile is crooked all of a sudden", "drink is dribbling out of one side of his mouth",
        "my left arm feels like a dead weight", "he's mixing up his words",
    ],
    "seizures": ["my son is seizing", "he went stiff and started jerking, foaming at the mouth", "she had a grand mal seizure"],
    "overdose and poisoning": [
        "i took too many", "my friend od'd on tablets", "my toddler drank some domestos", "my son ate a tide pod",
    ],
    "anaphylaxis": [
        "had to use my epipen after eating cashews", "his tongue feels massive after the prawns", "lips ballooned after eating peanuts",
    ],
    "diabetes": ["type 1, being sick and my breath smells like nail polish", "my diabetic dad's sugar has tanked and he's not making sense"],
    "babies": ["my baby has a high pitched cry like a cat", "my baby's soft spot is pushing out"],
    "back": ["bad back and i can't feel the toilet paper when i wipe"],
    "head injury": ["smashed his head on the kerb and keeps throwing up", "took a blow to the head and now he's drowsy"],
}


@pytest.mark.parametrize("text", [t for group in LAY_EMERGENCIES.values() for t in group])
def test_lay_wordings_of_a_red_flag_are_emergencies(cli, text):
    data = check_json(cli, text)
    assert data["triage"] == "emergency", (text, [f["id"] for f in data["red_flags"]])


LAY_CRISIS = [
    "i want to top myself", "i've lost the will to live", "i just want it all to stop", "i'm tired of living",
    "everyone would be better without me", "he's been putting his affairs in order", "i want to disappear",
    "i keep thinking about dying", "i'm done with life", "thinking of jumping off the bridge", "want 2 die",
    "i'm going to od tonight", "i feel sucidal", "no point going on anymore", "i wont be around much longer",
    "i relapsed on sh last night", "you won't have to worry about me anymore",
    # second reading: folded contractions, "don't have the will", "cba", nobody would notice
    "they'd be better without me", "i don't have the will to live", "cba living anymore",
    "nobody would notice if i died", "i need to get my affairs in order", "sick of life at the moment",
    "i jumped off a bridge last night", "i don't see the point in me being here", "i bit myself on purpose",
    # round 47: what self-harm does for the person, feeling numb; better off if I died; death as a relief; asking
    # to be helped to die
    "i scratch my arms till they bleed when i feel numb", "i burn my hand with a lighter because it makes me feel something",
    "my husband says we'd all be better off if he just died", "honestly death would be a relief at this point",
    "dad keeps begging the nurses to help him die", "being dead would be a release",
    # reader R49: a word typed long ("goneeee") still ends the phrase
    "my family would be better off if i were goneeee", "the kids would be better off if i was gonee",
]


@pytest.mark.parametrize("text", LAY_CRISIS)
def test_lay_crisis_wording_shows_the_crisis_message(cli, text):
    data = check_json(cli, text)
    assert data["crisis"] is True and data["triage"] == "emergency", text
    assert cli("search", text).err.startswith("If you are thinking about ending your life")


@pytest.mark.parametrize("text", [
    "passed the exam, bit of a headache", "i'm dying to see you, sore throat", "killing it at work this week, cough",
    "this headache is killing me", "bleeding edge tech gives me a headache", "feeling a bit blue lately, sleeping badly",
    "a bit dizzy when i stand up quickly", "heavy period this month, a bit crampy", "i'm dead tired after work",
    "my hair has gone grey", "i'm so sleepy today after a late night", "my son is seizing the day, sore knee",
    "my back seized up lifting boxes", "the rash fades when i press it", "stopped bleeding after i pressed on it",
    "sore throat and blocked nose", "i took a paracetamol for my headache", "i could sleep forever, so tired",
    "tired of living in london, sore throat", "thinking about dying my hair, headache", "topping myself up with fluids, bit of a cold",
    # second reading: physical pain, injuries, itchy skin, rotas and everyday "no point"
    "terrible toothache, i just want the pain to stop", "twisted my ankle jumping off the bus",
    "eczema is awful, i scratch myself until it bleeds", "there's no point in me going to the gp with this cough",
    "no point going on antibiotics for a cold", "trying to take the pressure off myself, tension headaches",
    "my gp won't be here next week, cough for 3 weeks", "constant urge to sh*t and tummy cramps",
    # round 47's near-twins: a relief that is not death, something felt that is not self-harm, help given
    "it would be a relief to know what this rash is", "my knee brace makes me feel something is wrong with it",
    "the physio helped me feel better, sore shoulder", "the nurses helped him get comfortable, back pain",
    # reader R48: "made me feel sick" is no reason for self-harm, numb feet no feeling, and a death at the end of
    # an illness, asked for at home or said of someone else or a pet, no wish to die
    "banged my knee on the table and it made me feel really sick", "running hurts my knees and makes me feel exhausted after",
    "burning in my feet and when i get numb my toes go white", "we want the hospice nurses to help him die peacefully at home",
    "my wife asked the doctors to help her die at home not in hospital",
    "death would be a mercy for my gran now, she has been bedbound with cancer for months",
    "my dog is suffering and the vet says death would be a release for him",
])
def test_ordinary_phrases_with_the_same_words_are_not_emergencies(cli, text):
    data = check_json(cli, text)
    assert data["triage"] != "emergency" and data["crisis"] is False, (text, [f["id"] for f in data["red_flags"]])


@pytest.mark.parametrize("text", [
    "she didn't faint and she's chatting normally", "i'm not struggling to breathe, just a cough",
    "no blood in the toilet, just loose poo", "his lips aren't blue, he's just cold from swimming",
    "not doubled up, mild tummy ache",
])
def test_negated_lay_wordings_do_not_fire(cli, text):
    assert check_json(cli, text)["triage"] != "emergency", text


@pytest.mark.parametrize("text,fires", [
    ("my 2yo had some calpol for a fever of 38.5", False),  # a dose given, not medicine got into
    ("my son had his usual inhaler and ibuprofen for a cough", False),
    ("my 2yo had a whole bottle of calpol", True),
    ("my 3 year old had a handful of my iron tablets", True),
    ("my toddler got into the paracetamol", True),
    # the medicine named in a long noun phrase: a number, whose it is and what it is for
    ("think my 2 year old ate a couple of his nan's water tablets", True),
    ("my 4 year old swallowed three or four of my iron tablets", True),
])
def test_a_child_given_medicine_is_not_a_child_who_swallowed_medicine(cli, text, fires):
    data = check_json(cli, text)
    assert ("child-swallowed-medicine" in {f["id"] for f in data["red_flags"]}) == fires, data["red_flags"]


@pytest.mark.parametrize("text,flag,fires", [
    ("he fainted during football training", "faint-during-exercise", True),
    ("passed out while running for the bus", "faint-during-exercise", True),
    ("felt a bit faint at the gym when i hadnt eaten", "faint-during-exercise", False),  # feeling faint is not fainting
    ("i fell asleep after the football match", "faint-during-exercise", False),
    ("fell off a ladder onto my back and both legs are numb", "back-or-neck-injury-nerve-signs", True),
    ("rear ended at the lights, neck sore and pins and needles in both arms", "back-or-neck-injury-nerve-signs", True),
    ("back pain after lifting a box", "back-or-neck-injury-nerve-signs", False),
])
def test_kinds_of_sign_from_the_nhs_pages(cli, text, flag, fires):
    """NHS: call 999 if someone faints during exercise (Fainting), or for back pain that started
    after a serious accident (Back pain), here with numbness, tingling or weakness in the limbs."""
    data = check_json(cli, text)
    assert (flag in {f["id"] for f in data["red_flags"]}) == fires, data["red_flags"]
    if fires:
        assert data["triage"] == "emergency"


# The flag audit against the sources' own lists (see reviews or the commit messages): each sign in
# everyday words reaches the page's level, and ordinary phrases with the same words do not.
AUDIT_CASES = [
    # broken bones (NHS 111 Wales 'Broken arm or wrist': an odd shape; NI Direct 'Broken bones': deformed)
    ('her wrist looks all misshapen after falling off the trampoline', 'limb-misshapen', True),
    ('fell off the wall and his wrist has gone all wonky', 'limb-misshapen', True),
    ('his ankle is facing sideways after the tackle', 'limb-misshapen', True),
    ('my arm is at a funny angle in this photo', 'limb-misshapen', False),
    ('my wrist has always been a bit crooked since birth', 'limb-misshapen', False),
    ('my arm is at a funny angle in this photo', 'open-or-major-fracture', False),
    # accidents and the spine (SWAST 'When to call 999': major trauma such as a road traffic accident; NICE NG41)
    ('we got t-boned at a junction and my neck is really hurting', 'serious-accident-injury', True),
    ("my son was hit by a car, he's awake but his leg is hurting", 'serious-accident-injury', True),
    ('thrown off her horse, now her neck hurts', 'serious-accident-injury', True),
    ('rear-ended at the lights and now my back hurts', 'serious-accident-injury', True),
    ('crashed on the sofa after work, sore back', 'serious-accident-injury', False),
    ('my laptop crashed and my neck aches from the desk', 'serious-accident-injury', False),
    ('watched a car crash on the news and now i have a headache', 'serious-accident-injury', False),
    ('got rear-ended two weeks ago, neck still a bit stiff', 'serious-accident-injury', False),
    ('fell off my bike and grazed my knee', 'serious-accident-injury', False),
    ('dived into a shallow pool and now his arms are tingling', 'spinal-injury-signs', True),
    ("he fell out of the tree and can't feel his legs", 'spinal-injury-signs', True),
    ("fell asleep on my arm and now it's numb and tingling", 'spinal-injury-signs', False),
    ('my legs are tingling after sitting cross legged', 'spinal-injury-signs', False),
    # babies and children (Asthma + Lung UK: pauses in breathing, sucking in under the ribs: call 999)
    ('my baby stops breathing for a few seconds at a time', 'child-breathing-pauses', True),
    ('my newborn keeps pausing in her breathing', 'child-breathing-pauses', True),
    ('baby has gaps in her breathing of about 10 seconds', 'child-breathing-pauses', True),
    ("my baby holds her breath when she's crying", 'child-breathing-pauses', False),
    ('my toddler snores and sometimes stops breathing for a second', 'child-breathing-pauses', False),
    ('my husband stops breathing in his sleep', 'child-breathing-pauses', False),
    ("baby's tummy sucks in under his ribs when he breathes", 'child-ribs-sucking-in', True),
    ("my toddler's skin is pulling in between his ribs with every breath", 'child-ribs-sucking-in', True),
    ('my daughter sucks her tummy in for photos', 'child-ribs-sucking-in', False),
    # drowning (MedlinePlus 'Near drowning')
    ('we pulled him out of the pool and he keeps coughing and is sleepy', 'near-drowning', True),
    ('she nearly drowned in the sea and is now breathless', 'near-drowning', True),
    ('my daughter swallowed loads of pool water and is now wheezy', 'near-drowning', True),
    ('drowning in paperwork and have a cough', 'near-drowning', False),
    ("my phone nearly drowned in the bath, i've got a cough", 'near-drowning', False),
    ('had a swim in the sea and now a bit of a cough', 'near-drowning', False),
    # electric shock (MedlinePlus 'Electrical injury')
    ('got zapped by the mains wiring and now my heart is racing', 'electric-shock-lay', True),
    ('my toddler stuck a fork in the plug socket', 'electric-shock-lay', True),
    ('got a static shock off the car door', 'electric-shock-lay', False),
    ('the light switch is loose, a bit of a headache', 'electric-shock-lay', False),
    # eye injuries (NHS 'Eye injuries': something hit the eye at speed, a sharp object, a cut: A&E)
    ('something hit my eye at speed while hammering', 'eye-high-speed-injury', True),
    ('a bit of metal flew into my eye grinding', 'eye-penetrating-injury', True),
    ('cut my eye on a branch', 'eye-penetrating-injury', True),
    ('got an eyelash stuck in my eye', 'eye-penetrating-injury', False),
    ('shampoo in my eye and it stings', 'eye-penetrating-injury', False),
    ('my eyes are itchy after mowing the lawn, hay fever', 'eye-high-speed-injury', False),
    # head injury (NHS 'Head injury and concussion': bruising behind the ears, black eyes, balance, hearing: call 999)
    ('after a fall she has bruising behind her ears', 'head-injury-skull-signs', True),
    ('hit his head and now has two black eyes', 'head-injury-skull-signs', True),
    ('fell down the stairs and now has panda eyes', 'head-injury-skull-signs', True),
    ('two black eyes after my nose surgery', 'head-injury-skull-signs', False),
    ("hit head, now can't walk straight and is wobbly", 'head-injury-balance-hearing', True),
    ("banged his head and now he's deaf in one ear", 'head-injury-balance-hearing', True),
    ('banged my knee and feel a bit wobbly', 'head-injury-balance-hearing', False),
    ('fell over, grazed knee, feel fine', 'head-injury-balance-hearing', False),
    # diabetes (St John Ambulance 'Diabetic emergency')
    ("she's diabetic and passed out", 'diabetic-collapse', True),
    ('my dad is diabetic and has collapsed', 'diabetic-collapse', True),
    ('my diabetic mum collapsed last year, now a cold', 'diabetic-collapse', False),
    ('type 1 diabetic, feeling fine, just a sore throat', 'diabetic-collapse', False),
    # pregnancy and after birth (NHS 'Your baby's movements'; NHS 'Postpartum psychosis')
    ("I'm pregnant and my baby hasn't moved today", 'pregnant-baby-not-moving', True),
    ('im pregnant and i havent felt the baby move all day', 'pregnant-baby-not-moving', True),
    ("pregnant and my toddler hasn't moved off the sofa all day with a cold", 'pregnant-baby-not-moving', False),
    ("i'm pregnant and the baby is moving loads", 'pregnant-baby-not-moving', False),
    ('had a baby a week ago and now seeing and hearing things', 'postpartum-hallucinations', True),
    ('gave birth 2 weeks ago and hearing voices', 'postpartum-hallucinations', True),
    ('gave birth 2 weeks ago and can hear the baby crying in the night, tired', 'postpartum-hallucinations', False),
    # new confusion and stroke (NHS 'Sudden confusion'; Stroke Association: sudden dizziness or unsteadiness)
    ("my husband suddenly isn't making sense", 'confusion-not-making-sense', True),
    ("my wife suddenly isn't making any sense", 'confusion-not-making-sense', True),
    ("the instructions aren't making any sense, headache", 'confusion-not-making-sense', False),
    ("suddenly lost balance and feel dizzy, can't walk", 'stroke-sudden-balance', True),
    ('suddenly really dizzy and my legs gave way', 'stroke-sudden-balance', True),
    ('dizzy when i stand up too quickly', 'stroke-sudden-balance', False),
    ('felt a bit dizzy after the spinning ride at the fair, fine now', 'stroke-sudden-balance', False),
    # a head injury and painkillers that do not help (NHS 'Head injury and concussion': a headache that
    # does not go away with painkillers), read from the flag's concepts, so any way of hitting the head
    ("hit my head yesterday and painkillers aren't working", 'head-injury-signs', True),
    ('cracked my head on the cupboard, paracetamol is doing nothing for it', 'head-injury-signs', True),
    ('took a football to the head at training and the ibuprofen has made no difference', 'head-injury-signs', True),
    ('banged my head, took two paracetamol and the headache has gone', 'head-injury-signs', False),
    ('bonked my head on the cupboard, painkillers arent working', 'head-injury-signs', True),
    ('hit my head, nothing is touching the pain', 'head-injury-signs', True),
    ('walked into a door frame and hit my head, still hurts even after paracetamol', 'head-injury-signs', True),
    ('goose egg on head after falling off the sofa and the calpol does nothing', 'head-injury-signs', True),
    # a known kidney stone (Guy's and St Thomas' 'Kidney stone pain (renal colic)': come back to A&E
    # if painkillers do not help, you are sick, cannot pee or have a fever)
    ('sent home from A&E with a kidney stone, the pain is back and the tablets are doing nothing', 'kidney-stone-warning-signs', True),
    ('passing a kidney stone and now shivering and shaking', 'kidney-stone-warning-signs', True),
    ('kidney stone and i have not been able to pee since this morning', 'kidney-stone-warning-signs', True),
    ('kidney stone, painkillers are keeping it under control, no temperature', 'kidney-stone-warning-signs', False),
    ('renal colic, sent home yesterday, been sick 3 times in the past hour', 'kidney-stone-warning-signs', True),
    ('kidney stone and the painkillers dont help at all', 'kidney-stone-warning-signs', True),
    ('kidney stone pain easing with ibuprofen, just feel a bit queasy', 'kidney-stone-warning-signs', False),
    ('worried i might get kidney stones, feel sick after eating', 'kidney-stone-warning-signs', False),
    # sickle cell disease (NHS 'Sickle cell disease'; NICE CG143: a painful episode that needs hospital
    # is an acute medical emergency)
    ('my daughter has sickle cell and her temperature is 38.5', 'sickle-cell-warning-signs', True),
    ('i have sickle cell and my chest hurts and i feel short of breath', 'sickle-cell-warning-signs', True),
    ('HbSS, pain in my legs and the oramorph is not touching it', 'sickle-cell-warning-signs', True),
    ('i have sickle cell trait and a cold with a temperature', 'sickle-cell-warning-signs', False),
    ('sickle cell, mild ache in my arms, took my usual painkillers and it is settling', 'sickle-cell-warning-signs', False),
    ('I have SCD, fever of 38.5 and chills', 'sickle-cell-warning-signs', True),
    ('my daughter has sicke cell and a temp of 38.5', 'sickle-cell-warning-signs', True),
    ('sickle cell, my penis has been hard for 4 hours and it hurts', 'sickle-cell-warning-signs', True),
    ('sickle cell, tired and his lips look really pale', 'sickle-cell-warning-signs', True),
    ('sickle cell, i struggle to get an erection', 'sickle-cell-warning-signs', False),
    ('sickle cell, stomach bloated after christmas dinner', 'sickle-cell-warning-signs', False),
    ("my son has sickle cell, i'm a carrier, he has a temp of 38.5", 'sickle-cell-warning-signs', True),
    ('sickle cell crisis, not coping with the pain at home', 'sickle-cell-warning-signs', True),
    ("i'm a sickle cell carrier and have a temp of 38.5", 'sickle-cell-warning-signs', False),
    ("had a kidney stone last year, now the same pain again and i've got a fever of 39", 'kidney-stone-warning-signs', True),
]


@pytest.mark.parametrize("text,flag,fires", AUDIT_CASES)
def test_signs_from_the_sources_lists_in_everyday_words(cli, text, flag, fires):
    data = check_json(cli, text)
    ids = {f["id"] for f in data["red_flags"]}
    assert (flag in ids) == fires, (text, ids)
    if fires:
        assert data["triage"] == "emergency", (text, ids)
    else:
        assert data["triage"] != "emergency", (text, ids)


@pytest.mark.parametrize("text,flag,fires", [
    # second reading of rounds 12-13: ordinary speech that a lay wording also matched (NHS, NICE NG143)
    ("my husband fell back asleep and woke feeling weak", "back-or-neck-injury-nerve-signs", False),
    ("i fell asleep on the sofa, my back aches and my hands are tingling", "back-or-neck-injury-nerve-signs", False),
    ("fell down the stairs, back pain, legs feel weak", "back-or-neck-injury-nerve-signs", True),
    ("he is running a high temperature and fainted", "faint-during-exercise", False),
    ("i nearly fainted at the gym", "faint-during-exercise", False),
    ("she collapsed while jogging", "faint-during-exercise", True),
    ("the baby is spark out after her feed", "unresponsive", False),
    ("i'm barely awake this morning, bad headache", "unresponsive", False),
    ("my mum is not coming round today", "unresponsive", False),
    ("she fainted and won't come round", "unresponsive", True),
    ("i keep drifting in and out of sleep at night", "unresponsive", False),
    ("my hair looks lifeless and dull", "unresponsive", False),
    ("my ragdoll cat scratched my arm", "unresponsive", False),
    ("i wake up at 3am and fall back asleep straight away", "unresponsive", False),
    ("when i wake him he falls straight back to sleep", "unresponsive", True),
    ("my eczema isn't reacting to anything i put on it", "unresponsive", False),
    ("i fitted the carpet yesterday and now my back hurts", "seizure-first-or-unknown", False),
    ("he fitted for 5 minutes", "seizure-first-or-unknown", True),
    ("my boss was foaming at the mouth about the report", "seizure-first-or-unknown", False),
    ("my toddler was thrashing about in bed with a nightmare", "seizure-first-or-unknown", False),
    ("we had a lot of claret with dinner, headache", "severe-bleeding", False),
    ("my blood pressure keeps going up", "severe-bleeding", False),
    ("bleeding out of my bum a little when i wipe", "severe-bleeding", False),
    ("changing her nappy every hour because of diarrhoea", "severe-bleeding", False),
    ("night sweats, soaked through my pyjamas", "severe-bleeding", False),
    ("i'm bleeding so much it soaked through my pyjamas", "severe-bleeding", True),
    ("i have a massive blood clot in my leg", "severe-bleeding", False),
    ("someone slashed my tyres and i have had palpitations since", "severe-bleeding", False),
    ("he slashed his wrist and it is bleeding", "severe-bleeding", True),
    ("tummy pain since 11/10", "acute-abdomen", False),
    ("headache and i feel like i've been hit by a bus", "thunderclap-headache", False),
    ("a man shouted a slur at me", "stroke-speech", False),
    ("she has a slight slur", "stroke-speech", True),
    ("i get short of breath lying down at night", "severe-breathing", False),
    ("my nose is flaring up with rosacea", "severe-breathing", False),
    ("i'm suffocating in this heat, can't sleep", "severe-breathing", False),
    ("i can't remember the date of my last period", "new-confusion", False),
    ("i can't remember her name", "new-confusion", False),
    ("my mouth ulcer is massive", "anaphylaxis-swelling", False),
    ("her lips are massive after the bee sting", "anaphylaxis-swelling", True),
    ("her nails are painted purple and she has a cold", "blue-or-mottled", False),
    ("i was sitting on the sofa when my heart started racing", "chest-pain-heavy", False),
    ("my legs go numb when i sit on the toilet seat too long", "cauda-equina", False),
    ("black coffee gives me the runs", "black-stool", False),
    ("small nosebleed earlier, now my nose is streaming with a cold", "nosebleed-long", False),
    ("i've taken too much on at work and feel stressed", "overdose", False),
    ("30 weeks pregnant, popped to the shops and bought some water", "waters-breaking", False),
    ("how do i stop peeing so often at night", "no-wet-nappies", False),
    ("he looked green and nauseous", "baby-cry-green-vomit", False),
    ("my baby is squealing and screaming with laughter", "baby-cry-green-vomit", False),
    ("my son wet his bed again since we came back from holiday", "back-pain-bladder", False),
    ("constipated with back ache and no urge to go", "back-pain-bladder", False),
    ("back pain and i've lost the sensation when i need to pee", "back-pain-bladder", True),
    ("my energy levels crashed and i feel sleepy", "hypo-severe", False),
    ("my skin is so dry it is cracking up", "mental-health-crisis", False),
    ("hand sanitiser makes my hands red and sore", "chemical-on-skin", False),
    ("i feel like i can't empty my bladder completely", "cant-pee", False),
    ("my baby is teething and dribbling out of the side of her mouth", "stroke-face", False),
    ("suddenly dropped my phone and smashed the screen", "stroke-arm", False),
    ("my back hurts because i got pissed last night", "kidney-infection-signs", False),
    ("my 2 year old had two of my blood pressure tablets", "child-swallowed-medicine", True),
    ("my son has sickle cell and has been sick and had diarrhoea since last night", "sickle-cell-unwell", True),
    ("my son has sickle cell and his eyes look more yellow than usual", "sickle-cell-unwell", True),
    ("i carry the sickle cell gene and have a tummy bug", "sickle-cell-unwell", False),
    # short forms of time are read as the words ("every 2-3 hrs", "since yday")
    ("been taking 2 paracetamol every 2-3 hrs since yday for toothache", "overdose", True),
    ("taking 2 paracetamol every 4-6 hours for toothache", "overdose", False),
    ("giving him calpol every 2 hrs since last night", "overdose", True),
])
def test_lay_wordings_keep_to_their_sign(cli, text, flag, fires):
    data = check_json(cli, text)
    assert (flag in {f["id"] for f in data["red_flags"]}) == fires, (text, [f["id"] for f in data["red_flags"]])


IDIOM_CASES = [
    # idioms, similes and everyday words the reviewers found setting an emergency (each beside the
    # sign it must still catch): the flag's own words said of something else
    ("shooting pain like an electric shock down my leg", False),
    ("got an electric shock from the plug socket", True),
    ("im diabetic and fit and well otherwise, just a cough", False),
    ("he had a fit and hasnt come round", True),
    ("baby stopped breathing through her nose, blocked nose", False),
    ("my baby has stopped breathing", True),
    ("my finger joints look deformed from arthritis", False),
    ("fell off the wall and his leg is at a funny angle", True),
    ("had my flu shot and my arm is sore", False),
    ("my friend has been shot in the leg", True),
    ("i have always had a crooked smile and now my tooth hurts", False),
    ("her face has dropped on one side", True),
    ("threw up bile after drinking last night", False),
    ("my son is vomiting green", True),
]
REREAD_CASES = [
    # second reading of the flag audit and the idiom fixes: an exclusion that read the whole text
    # hid the real sign said beside it, and three new wordings said something ordinary
    ("touched a live wire and it felt like an electric shock through my chest", True),
    ("got a shock off the kettle and it felt like an electric shock up my arm", True),
    ("i get a jolt of electricity down my leg when i bend over", False),
    ("sciatica feels like a shock of electricity in my buttock", False),
    ("they put him on a stretcher, his leg is bent the wrong way", True),
    ("fell off his bike, i have got a picture, his arm is at a weird angle", True),
    ("grandma has arthritis, she fell and her leg is bent at a weird angle", True),
    ("my arm is at a funny angle in this photo", False),
    ("my fingers are bent at odd angles from rheumatoid arthritis", False),
    ("my mum suddenly isn't making sense", True),
    ("my blood test results aren't making sense to me", False),
    ("it isn't making sense why i feel so tired", False),
    ("my husband keeps vomiting green stuff", True),
    ("i am 40 and being sick and it is bright green", True),
    ("i threw up after drinking a green smoothie", False),
    ("my toddler is breathing and his tummy goes in and out", False),
    ("my baby's skin goes in between his ribs with every breath", True),
    # a coughing or sneezing fit, a fit of coughing or temper, and a tantrum ("threw a fit") are not a
    # seizure; a fit said any other way is, and so is a coughing fit then told as a seizure ("sneezing
    # fits came on with his eyes rolled back"). Five readers found every wider exclusion lowered real fits
    # in run-on sentences ("started fitting the lights were flashing", "trying on her new dress fits
    # started", "non stop fits", "during fit": R43-R46), so clothes that fit and "fitting a kitchen"
    # stay over-calls: the safer error
    ("my son had a coughing fit last night", False),
    ("had a sneezing fit this morning", False),
    ("threw a fit about bedtime and now has a tummy ache", False),
    ("had a fit of coughing and a headache", False),
    ("my baby had a fit", True),
    ("she had a shaking fit and went blue", True),
    ("he has fits in his sleep", True),
    ("she's fitting in her cot", True),
    ("had a coughing fit then a proper fit and went stiff", True),
    # R43: a fit said with "for", "a", "into", "having" or "her" after it is still a fit
    ("my son has been fitting for 5 mins what do i do", True),
    ("she is fitting a bit, twitching face and arm", True),
    ("husband having fit now shaking on floor", True),
    ("my nephew keeps having fits her eyes roll back", True),
    ("she started fitting out of nowhere at the park", True),
    # R44: "a fitting episode", "fits well over five minutes", "two fits together", "fits fine one
    # minute then shaking the next" are fits; only a garment before or a named object after is not
    ("my son had a fitting episode at nursery today, never had one before", True),
    ("11 month old had a fitting turn with a temp of 39.4, first ever", True),
    ("my husband keeps having fits well over five minutes long, never had them before", True),
    ("he had two fits together lasting 10 minutes", True),
    ("she has been having fits fine one minute then shaking the next", True),
    ("my son started fitting the lights on the tree were flashing", True),
    ("she had a fit perfectly fine beforehand, never had one in her life", True),
    ("grandad started fitting the door was locked so we had to break it", True),
    ("my son is having non stop fits please help", True),
    ("he goes grey during fit then sleeps for hours", True),
    ("she was trying on her new dress fits started again first time in years", True),
    ("baby was crying fit started and her eyes went funny to one side", True),
    ("he was sneezing fits came on with his eyes rolled back", True),
    ("3 month old keeps having long coughing fits then a big gasp in, sometimes sick after", False),
]


@pytest.mark.parametrize("text,fires", IDIOM_CASES + REREAD_CASES)
def test_idioms_similes_and_ordinary_words_are_not_the_sign(cli, text, fires):
    data = cli("check", "--json", text).json()
    assert (data["triage"] == "emergency") == fires, (text, [f["id"] for f in data["red_flags"]])
