"""Round 55, every part through the CLI. Part 1: breathlessness that comes on suddenly is same-day (NHS Pulmonary
embolism; new flag), known angina with sweating, clamminess or faintness is 999 (NHS Heart attack; new flag), a
child's tummy pain over a day is same-day (Healthier Together; new flag), "she dont know where she is", a heart that
"went really fast", blood retched up; crisis kinds from opened crisis set 33. Part 2: bloody diarrhoea, severe tooth
pain, odd talk after a birth, a newborn's age in hours. Parts 3-4: wordings of the emergencies earlier opened sets
still missed (stroke, thunderclap, head injury, adder, sight, tooth swelling, breathing pauses, an older person's
hip, bleeding through towels, pinprick spots, drowsy asthma, a child's severe tummy pain, paracetamol and now sick,
waters, magnets), reader R87's and R88's, and a pregnancy's weeks that are no baby's age. Parts 6-8: a bulging soft
spot, a high-pitched cry, carpal tunnel at night, gallstone pain for hours, a sudden clumsy hand, a text that
begins with the baby, stated causes; crisis kinds from opened sets 34 and 36. Each wording is new (not a case of any
set); the near-twins share the words and must stay quiet."""

from __future__ import annotations

from conftest import crisis_wording_tests, flag_wording_tests

FIRES = {
    ("sudden-breathlessness", "urgent"): [
        "got off a 12 hour flight on tuesday and today i suddenly cant catch my breath walking to the car",
        "leg in plaster for a fortnight, out of nowhere i am short of breath sat on the sofa",
        "32 weeks pregnant and all of a sudden breathless doing nothing",
    ],
    ("angina-with-signs", "emergency"): [
        "my angina came on in the garden and this time im cold and clammy with it",
        "dad has angina, the pain started at tea and now hes gone grey and sweaty",
        "used my gtn spray for the angina but feel light headed and sweating buckets",
    ],
    ("child-tummy-pain-day", "urgent"): [
        "my 6 year old has had a tummy ache for 2 days now, calpol takes the edge off but its back every time",
        "daughter is 12, stomach pain since yesterday afternoon and still there this evening",
    ],
    ("palpitations-with-signs", "emergency"): [
        "my heart was going so fast and i nearly passed out in the queue",
    ],
    ("new-confusion", "emergency"): [
        "grandad is 88, since this morning he dont know where he is and keeps trying to go out",
    ],
    ("vomiting-blood", "emergency"): [
        "been retching all night and now theres blood coming up",
    ],
}

QUIET = {
    "sudden-breathlessness": [
        "sprinting for the train i was suddenly out of breath, fine after a minute",
        "out of breath going up stairs for a couple of months, slowly getting worse",
        "i get panic attacks and suddenly feel short of breath when they start",
    ],
    "angina-with-signs": [
        "i have angina, the spray works in a couple of minutes, and i get night sweats with the menopause",
        "angina only when i walk uphill, eases with rest and my gtn",
    ],
    "child-tummy-pain-day": [
        "my 9 year old gets tummy aches on and off for months, usually on school mornings",
        "my son, 7, had a tummy ache after lunch, gone after a poo",
    ],
    "new-confusion": [
        "my daughter has gone out with her friends and i dont know where she is",
    ],
}

test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)

# --- part 2: from opened 69a and 69b ---
FIRES_2 = {
    ("bloody-diarrhoea", "urgent"): [
        "my 4 year old has had loose poos since monday and today there were red streaks of blood in them",
        "diarrhoea for 2 days and now theres blood mixed in",
    ],
    ("dental-pain-urgent", "urgent"): [
        "molar pain so bad it kept me awake all night, nurofen isnt touching it",
        "wisdom tooth pulled 3 days ago and the pain is getting worse and throbbing",
    ],
    ("postpartum-psychosis", "emergency"): [
        "my partner gave birth 10 days ago and since yesterday she is acting strangely and saying weird things about the neighbours",
    ],
    ("newborn-jaundice-first-day-looks", "emergency"): [
        "my newborn is only about 16 hrs old and his skin already looks yellow",
    ],
}
QUIET_2 = {
    "bloody-diarrhoea": [
        "bright red blood on the toilet paper, poo is normal and firm, i think its piles",
        "diarrhoea since yesterday after a takeaway, no blood, drinking fine",
    ],
    "dental-pain-urgent": [
        "bit of toothache with cold drinks, paracetamol sorts it",
        "had a tooth out yesterday, a bit sore but healing fine",
    ],
    "postpartum-psychosis": [
        "had my baby 2 weeks ago, the feeding advice from the midwife doesnt make sense to me",
    ],
}
test_fires_2, test_near_twins_quiet_2 = flag_wording_tests(FIRES_2, QUIET_2)

# --- part 3: from reader R87 ---
FIRES_3 = {
    ("new-confusion", "emergency"): ["my grandad suddenly dont know where he is, he was fine at breakfast"],
    ("postpartum-hallucinations", "emergency"): ["after delivery my wife keeps hearing voices nobody else hears"],
    ("bloody-diarrhoea", "urgent"): ["diarhea all day and its got blood in"],
    ("dental-pain-urgent", "urgent"): [
        "back tooth agony, pain killer makes no difference",
        "tooth taken out yesterday and the socket started bleeding again tonight",
    ],
    ("child-tummy-pain-day", "urgent"): ["my 5 year old has had a sore tummy since the day before yesterday"],
}
QUIET_3 = {
    "new-confusion": ["my nan dont know where her glasses are again"],
}
test_fires_3, test_near_twins_quiet_3 = flag_wording_tests(FIRES_3, QUIET_3)

# --- part 4: wordings of emergencies that opened sets of earlier rounds still missed ---
FIRES_4 = {
    ("stroke-speech", "emergency"): ["dad, 74, since teatime his words come out as gibberish"],
    ("stroke-arm", "emergency"): [
        "grandma 80, her left hand wont grip the spoon since an hour ago",
        "my pen keeps slipping out of my right hand again and again this last hour",
    ],
    ("sudden-headache-signs", "emergency"): [
        "she clutched her head, said it went off like an explosion, now being sick",
    ],
    ("thunderclap-headache", "emergency"): ["during sex it felt like my head split open and now the light hurts"],
    ("head-injury-skull-signs", "emergency"): ["fell off my scooter, since then clear fluid dripping from my nose"],
    ("head-injury-signs", "emergency"): ["took a knock in the match and now cant remember the drive home"],
    ("snake-bite", "emergency"): ["something bit my calf on the moor and i saw it slither into the heather, leg swelling"],
    ("sudden-vision-loss", "emergency"): ["felt like someone turned a light off in my right eye for a minute"],
    ("dental-swelling-spreading", "emergency"): ["abscess on my back tooth and now the swelling goes up to my eye"],
    ("child-breathing-pauses", "emergency"): ["6 week old with a snotty cold has gaps in his breathing when asleep"],
    ("hip-fracture-older", "emergency"): ["my dad, 84, tripped on the rug and has a bruise over his hip and groin pain"],
    ("severe-bleeding", "emergency"): ["sliced my hand and it has bled through three tea towels"],
    ("serious-burn", "emergency"): ["bbq fire caught my arm, the skin is white and leathery"],
    ("black-stool-faint", "emergency"): ["black tarry poo today and when i stood up everything went dark"],
    ("waters-breaking", "emergency"): ["30 weeks, thought id wet myself but its still trickling out clear"],
    ("button-battery-magnet", "emergency"): ["my 3 year old swallowed a magnetic bead from a bracelet"],
    ("pinprick-spots-fever", "emergency"): ["my son 2 is burning up and has tiny purple pinpricks on his legs"],
    ("asthma-drowsy-or-faster", "emergency"): ["asthma attack, she is drowsy and her breathing keeps getting faster"],
    ("child-tummy-pain-severe", "emergency"): ["my 8 year old has tummy pain, calpol hasnt touched it and he walks hunched over"],
    ("paracetamol-over-the-dose-unwell", "emergency"): ["been taking way over the dose of paracetamol for my back all week and now i feel sick"],
    ("acute-glaucoma", "emergency"): ["my eye feels like its being pressed from inside, its red and i see rainbow halos"],
    ("testicle-pain-child", "emergency"): ["my son 9 says his privates hurt, one testicle, came on suddenly"],
}
QUIET_4 = {
    "stroke-arm": ["my grip has been weak for months with arthritis in both hands"],
    "stroke-face": ["my lip is numb after the filling at the dentist this morning"],
    "hip-fracture-older": ["85 and slipped on the stairs, banged my elbow, hip and groin fine"],
    "pinprick-spots-fever": ["tiny red pinpricks on her face after a coughing fit, no temperature, she is well"],
    "child-breathing-pauses": ["my baby stops breathing through her nose when it is blocked, so she breathes through her mouth"],
    "head-injury-signs": ["took a knock to my knee at football and cant remember which studs i wore"],
    "asthma-drowsy-or-faster": ["my asthma is fine, the antihistamine made me drowsy"],
}
test_fires_4, test_near_twins_quiet_4 = flag_wording_tests(FIRES_4, QUIET_4)

# --- part 5: from reader R88 ---
FIRES_5 = {
    ("stroke-arm", "emergency"): ["keep dropping things out of my left hand since dinner and my arm feels heavy"],
    ("head-injury-signs", "emergency"): ["my daughter fell off her bike without a helmet and has been sick since"],
    ("waters-breaking", "emergency"): ["33 weeks and my waters are dribbling out"],
    ("child-tummy-pain-severe", "emergency"): ["my 10 year old has tummy pain, the calpol isnt doing anything and he is bent over"],
}
QUIET_5 = {
    "stroke-arm": [
        "my hand wont grip the jar lids because of arthritis, slowly worse over months",
        "dragging my leg because of a sprained ankle from football",
    ],
    "stroke-speech": ["my voice sounds drunk but i took a sleeping tablet an hour ago"],
    "asthma-drowsy-or-faster": ["i have asthma and feel drowsy because i took an antihistamine for hay fever"],
}
test_fires_5, test_near_twins_quiet_5 = flag_wording_tests(FIRES_5, QUIET_5)


# --- part 6: from opened 70a, 70b, 71a, 71b ---
FIRES_6 = {
    ("bulging-fontanelle", "emergency"): ["my 4 month old, the soft part on top of head is pushing up and hard today"],
    ("baby-cry-green-vomit", "emergency"): ["baby 3 months crying with a strange high voice all evening"],
    ("gallstone-pain-long", "urgent"): ["pain under my right ribs since last night after a takeaway, still there, comes in waves"],
    ("stroke-arm", "emergency"): ["my thumb and first two fingers went numb suddenly this morning and my hand is weak"],
}
QUIET_6 = {
    "stroke-arm": [
        "for months my thumb and first two fingers go numb at night and wake me up, shaking my hand helps",
        "tingly thumb and index finger at night for weeks, i have to shake it",
    ],
    "gallstone-pain-long": ["pain under my right ribs after a fry up, about an hour then it goes, no temp"],
}
test_fires_6, test_near_twins_quiet_6 = flag_wording_tests(FIRES_6, QUIET_6)

# --- part 7: from reader R89 ---
FIRES_7 = {
    ("stroke-arm", "emergency"): [
        "my left hand went clumsy all of a sudden, keep missing the keys",
        "my fingers went numb suddenly about 20 minutes ago",
        "weak hand suddenly, face fine",
        "suddenly my hand wont do what i tell it",
    ],
    ("stroke-speech", "emergency"): ["grip went weak this morning and my speech is a bit off"],
    ("baby-cry-green-vomit", "emergency"): ["baby crying in a strange high voice since teatime"],
}
QUIET_7 = {
    "stroke-arm": [
        "my leg drags because i twisted my ankle at football",
        "my arm goes dead when i sleep on it, fine after a shake",
        "my hands go numb in the cold, raynauds",
    ],
    "stroke-speech": ["took a sleeping tablet and now my voice sounds drunk"],
    "asthma-drowsy-or-faster": ["gave him an antihistamine and my asthmatic son is drowsy"],
}
test_fires_7, test_near_twins_quiet_7 = flag_wording_tests(FIRES_7, QUIET_7)


# --- part 10: from opened 73a and 73b (run first on the merged round) ---
FIRES_10 = {
    ("acute-abdomen", "emergency"): [
        "thought it was period pain but now the pain has spread across my whole tummy and it feels hard as a board",
    ],
    ("cut-bleeding-through-pressure", "emergency"): [
        "cut my hand on a tin, been pressing a cloth on it for 10 minutes and its still bleeding",
        "sliced my thumb, holding a tea towel on it but blood keeps soaking through",
    ],
    ("postpartum-psychosis", "emergency"): ["my wife had our son a week ago and now says he is not her real baby"],
    ("earache-urgent", "urgent"): ["earache for 3 days and now yellow stuff is leaking out of my ear and i cant hear"],
}
QUIET_10 = {
    "stridor-at-rest": ["the telly is too loud for my wife and i struggle to hear in noisy pubs"],
    "earache-urgent": ["mild earache since yesterday with a cold, calpol helps, no temperature"],
    "cut-bleeding-through-pressure": [
        "cut my finger, pressed on it for 5 minutes and it stopped",
        "my towel got soaked through in the rain and i have a cut on my knee from the fall",
    ],
}
test_fires_10, test_near_twins_quiet_10 = flag_wording_tests(FIRES_10, QUIET_10)


def test_a_pregnancy_in_weeks_is_no_babys_age(cli):
    """"I'm 20 weeks pregnant" gives the weeks of a pregnancy, not the age of a 20-week-old baby (which had made a
    pregnant woman with a temperature a baby with a fever)."""
    from conftest import check_json

    for text in ("im 20 weeks pregnant and have a temperature of 38.5", "i am 12 wks gone, bad headache"):
        patient = check_json(cli, text)["patient"]
        assert patient.get("age_years") is None and patient.get("pregnant") is True, (text, patient)

SHOWS = [
    "honestly i want to stop living, every day is the same grey",
    "i cant go on living like this",
    "i want to switch off for good and not feel anything",
    "if i didnt wake up in the morning i wouldnt mind at all",
    "how many of my sleeping tablets to never wake up again",
    "whats the best way to go quietly so my kids dont find out",
    "some nights i drive to the bridge and lean on the railing for an hour",
    "been going up to the top of the multi storey and standing on the ledge, just looking down",
    "highest bridge around here",
    "on the drive to work i keep thinking about letting go of the wheel on the bend",
    "been cycling through red lights on purpose, dont care if i survive it",
    "i press a hot knife against my arm when it gets too much",
    "ive chosen the date now, after my sons wedding, so its fine",
    "ive been putting my tramadol aside for weeks",
    # from opened crisis set 34
    "im stopping my heart tablets and letting the disease take me, ive had enough",
    "once im gone my kids will be better off and can stop worrying about me",
    "overdose on amitriptyline how many",
    "mum says shell be joining dad soon and has been handing out her jewellery to the grandkids",
    # from reader R87
    "honestly i dont care anymore if i survive the night",
    "held a lighter to my wrist again tonight",
    "went up on top of the multi storey last night and thought about jumping",
    # signs, two kinds together: letters written and all made ready for tonight; a bridge and letting go
    "wrote letters to my family and have everything ready for tonight",
    "at the bridge again, keep thinking about just letting go",
    # from reader R88
    "i know how and when im going to do it",
    "stood on the bridge thinking about letting go of everything",
    # from opened crisis set 36
    "i did harm to myself with a blade last night",
    "why do i punch myself when i make a mistake",
    "if i drive into the wall on purpose it will look like an accident",
    "been buying co codamol from different chemists so nobody notices",
    "grandad keeps talking about joining nan and has been hiding his heart tablets",
    "gave my bike and all my games away, i wont need them",
    "no i actually do want to die",
    # from opened 73b
    "she said it would be better if she and the baby werent here",
]

CRISIS_QUIET = [
    "i cant keep living with my mum, she drives me up the wall",
    "i dont care if i get hurt playing rugby, its part of the game",
    "how many hours of sleep do i need to not wake up tired",
    "put my tablets aside for the morning so i dont forget",
    "we have set a date for the wedding, can stress cause hives?",
    "roofer here, standing on the edge of the roof all day and my knees ache",
    "best way to go about getting a gp appointment",
    "i keep thinking im going to die when my heart races at night, it settles after a minute",
    "can you let it take me to the hospital in the morning",
    "once im gone the house goes to my son, how do i make a will",
    "joining mum soon for lunch, any tips for hay fever on the walk",
    "i cant go on living with my flatmates, they never clean",
    "lit a cigarette and put it out in the ashtray, is smoking making my cough worse",
    "i know how im going to do it, the party theme is sorted",
    "got everything ready for tonight's party, can i drink on antibiotics",
    "i dont need my inhaler anymore, can i throw it away",
    "i want to die my hair purple, will it irritate my scalp",
    "my toddler hits himself when he gets upset, is that normal",
    "bought ibuprofen in two shops because the first ran out",
]

(test_each_kind_shows_the_message_first, test_in_search_too, test_near_twins_show_no_message,
 test_crisis_wordings_are_read_by_the_phrases) = crisis_wording_tests(SHOWS, CRISIS_QUIET, 3)
