"""Round 54: a colour word that names spots, patches or a rash ("white patches round his mouth", "a red blotchy
rash") is no blue or mottled skin; a painless swelling of a baby's scrotum with nothing new, red or hard said is no
torsion; nosebleeds that "stop in a few minutes" on warfarin are no emergency; "much quieter" and "only a few
small movements" late in pregnancy are fewer movements; doses closer together than the leaflet allows, or a second
dose given not knowing of the first, are a medicine mix-up; tummy aches on and off for months are no DKA; a
day's paracetamol "in the last 24 hours" is read as the day's total; sunburn from a sunbed, a wound red with
shivers, a diabetic foot hotter than the other or a wound not felt, an adult who never had chickenpox now in
spots, a sore throat on carbimazole (new flag) and measles near someone not protected (new flag) are same-day. Each wording is new (not a case of any set); the
near-twins share the words and must stay quiet."""

from __future__ import annotations

from conftest import check_json, crisis_wording_tests, flag_wording_tests

FIRES = {
    ("blue-or-mottled", "emergency"): [
        "my 8 month old has gone blotchy and pale and his lips look blue",
        "white lips and really sleepy, she is 2",
    ],
    ("testicle-pain-child", "emergency"): [
        "my 6 week old's scrotum is swollen and he screams when i touch it",
        "baby boy, 2 months, one side of his scrotum swollen, doesnt seem to hurt but it's gone red and hard today",
        "son 9 swollen testicle since this morning, not painful really",
    ],
    ("nosebleed-long", "emergency"): [
        "on warfarin and my nose has been bleeding for 25 minutes",
        "on apixaban, nosebleed that doesnt stop in 10 minutes of pinching",
    ],
    ("fewer-movements", "emergency"): [
        "36 weeks and baby has been much quieter since yesterday",
        "30 weeks, only a couple of small kicks all evening when she is usually wild",
    ],
    ("severe-sunburn", "urgent"): [
        "fell asleep on a sun lounger by the pool, shoulders blistered and i feel dizzy",
    ],
    ("wound-infected", "urgent"): [
        "grazed my knee at football on saturday, now its swollen and im shivering all evening",
    ],
    ("diabetic-foot-infection", "urgent"): [
        "type 2 diabetic, my big toe is redder and warmer than the other foot",
        "diabetes, found a cut on my heel that i didnt even feel",
    ],
    ("chickenpox-adult", "urgent"): [
        "i dont think ive had chickenpox, my kids have it and now i have spots on my tummy",
    ],
    ("antithyroid-medicine-infection", "urgent"): [
        "started carbimazole last month and now my throat is really sore",
        "on propylthiouracil, got a temperature and mouth ulcers",
    ],
    ("measles-contact-at-risk", "urgent"): [
        "on methotrexate for arthritis and my grandson has measles, i looked after him yesterday",
        "my son hasnt had his mmr jabs and a boy at nursery has measles",
    ],
    ("medicine-mix-up", "urgent"): [
        "gave my 4 year old 3 doses of calpol within 2 hours by mistake",
        "my partner gave our son another dose of ibuprofen not knowing i had already given him one",
    ],
}

QUIET = {
    "blue-or-mottled": [
        "my 10 month old has white patches around his mouth that wont wipe off, feeding fine",
        "red blotchy rash around her mouth after strawberries, lips not swollen",
        "white coating on his tongue, 5 months, happy and feeding",
    ],
    "testicle-pain-child": [
        "newborn, 4 weeks, his scrotum is swollen on one side like a balloon, doesnt seem to bother him, not red",
        "my 3 month old has a swollen scrotum, painless, the health visitor noticed it",
    ],
    "testicle-sudden-pain": [
        "newborn, 4 weeks, his scrotum is swollen on one side like a balloon, doesnt seem to bother him, not red",
    ],
    "nosebleed-long": [
        "take rivaroxaban and get small nosebleeds most weeks, they stop in a couple of minutes",
    ],
    "fewer-movements": [
        "32 weeks, the house is much quieter now my mum has gone home, baby kicking as usual",
        "18 weeks, felt just a few little flutters so far, is that normal",
    ],
    "dka": [
        "type 1 diabetic, stomach cramps and bloating on and off for months, worse with bread",
    ],
    "overdose": [
        "took a dose a bit early so its 6 paracetamol in the last 24 hours, feel fine",
    ],
    "severe-sunburn": [
        "used a sunbed for the first time, skin a bit pink, no blisters, feel fine",
    ],
    "antithyroid-medicine-infection": [
        "on carbimazole, a bit of a rash on my arms, no sore throat, no temperature",
    ],
    "measles-contact-at-risk": [
        "had both mmr jabs as a kid, is measles going around school",
        "my daughter has german measles spots, she is 6",
    ],
    "medicine-mix-up": [
        "gave my daughter 2 doses of calpol today, 6 hours apart",
        "took another dose of ibuprofen at lunch, the first was at 7 this morning",
    ],
}

test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)


def test_a_painless_scrotal_swelling_in_a_baby_is_seen_by_a_gp_not_999(cli):
    """NHS Hydrocele: a painless swelling of the scrotum is a GP visit; pain, redness, hardness or a sudden
    change is A&E (the flag still fires then: see FIRES)."""
    out = check_json(cli, "my 5 week old son, his scrotum has been swollen on one side for a while, painless, feeding well")
    assert out["triage"] != "emergency", out["triage"]


# crisis wordings by kind (crisis set 28, opened after its runs, and reader R83); every text new
SHOWS = [
    "my blood pressure tablets run out friday. dont plan on being around much longer so whats the point",
    "he keeps headbutting the wall when hes upset, big bruise on his head",
    "I smash my head against the door till I feel dizzy, is that concussion",
    "i dont want wake up tomorrow, very tired of everything",
    "my daughter has dozens of painkillers stashed in her room and she has been very low",
    "i pick my skin till it bleeds because the pain helps me calm down",
    "sometimes i make cuts on my legs with razor when sad",
    "hanging how painful is it",
    "i am burden for my family, better for them i am gone",
    "my son says nobody would miss me anyway",
    "i have stopped eating to punish myself, feel faint",
    "she keeps sticking needles into her arm when shes angry",
    "took overdose of my sleeping pills last night",
    "wouldnt matter if a car hit me tbh",
    "i just dont see a future for myself anymore",
    "i dont care what happens to me anymore",
    "cant go on no more with this life",
]
CRISIS_QUIET = [
    "i dont plan on being here next summer, we are moving to leeds",
    "my 2 year old headbutts the wall when hes angry",
    "banged my head on the kitchen cupboard door, small lump",
    "dont want wake up the baby, how do i cut her nails",
    "hid the boxes of paracetamol from the grandkids on the top shelf",
    "i do stretches because the pain helps me know where the knot is",
    "the nurse made a cut on my arm with a blade to take a mole off",
    "how long does it take to hang wallpaper",
    "better i dye my hair or not",
    "nobody will miss me at work while im off for my op",
    "acupuncturist stuck needles into my back for the pain",
    "what happens if you overdose on vitamin c",
    "it wouldnt matter if the bus was late",
    "i dont see a future with this job, want a new one",
    "dont care what happens to me at the dentist as long as it stops hurting",
]

(test_crisis_kinds_show_the_message_first, test_crisis_kinds_in_search_too, test_crisis_near_twins_show_no_message,
 test_crisis_wordings_are_read_by_the_phrases) = crisis_wording_tests(SHOWS, CRISIS_QUIET, 3)


def test_an_errand_note_the_phrases_pass_over_gets_the_message_from_the_sure_model(cli):
    """A known cost of the sure model (round 54): the phrases read "left a note ... saying I've gone to the shops"
    as an errand (round 52's near-twin), but the model weighs "left a note" above its sure cut, so the message is
    shown. Showing it needlessly costs little; the level stays the text's own."""
    from healthq import crisis

    text = "left a note for my husband saying ive gone to the shops"
    assert crisis.crisis_reader(text, model=False) is None and crisis.crisis_reader(text) == "sure"
    r = cli("check", "--json", text)
    assert r.err.startswith("If you are thinking about ending your life")
    assert r.json()["crisis"] is False and r.json()["triage"] != "emergency"


# --- part 2: families of over-calls in the opened sets, read by their pages ---
FIRES_2 = {
    ("chest-pain-heavy", "emergency"): [
        "tight chest on the stairs for weeks, goes off when i stop, but this time it came on sitting watching tv",
        "chest gets tight walking the dog, goes when i rest, now its spreading into my jaw",
        "heavy chest walking uphill, normally stops when i stand still but its not going away tonight",
    ],
    ("chest-pain-any", "urgent"): [
        "tightness across my chest walking up to the station, eases off a minute after i stop, been like this a month",
    ],
    ("stroke-arm", "emergency"): [
        "suddenly cant lift my left arm and my shoulder has ached for weeks",
        "numbness going down my left leg and my face has dropped on that side",
    ],
    ("stroke-face", "emergency"): [
        "had bells palsy years ago, today my face dropped again and my arm is weak",
    ],
    ("sense-of-doom", "emergency"): [
        "keep getting these attacks where i feel like im dying, and now i have a temperature and shivers",
    ],
    ("overdose", "emergency"): [
        "took 16 paracetamol at 3.30 this afternoon",
        "dad took all 7 days of his tablets at once by mistake",
        "she has had a weeks worth of her pills in one go",
    ],
    ("blue-or-mottled", "emergency"): [
        "his skin looks grey and clammy and he is breathing fast",
    ],
    ("chest-pain-not-going", "emergency"): [
        "chest pain that wont go, had it about half an hour",
        "my chest has hurt constantly since 5am",
        "pain across my chest since breakfast and it has not eased",
        "pain in the middle of my chest for 40 minutes now, not shifting",
        "get chest pain on the stairs for weeks but since this morning its constant",
        "chest pain and it is still not easing off",
    ],
    ("chest-pain-heavy", "emergency"): [
        "chest tight walking uphill goes when i rest, but now it comes on with less and less effort",
    ],
    ("testicle-sudden-pain", "emergency"): [
        "took a ball to the nuts at cricket and now they are swollen and in agony",
    ],
    ("paracetamol-double-dosing", "urgent"): [
        "took 2 co-codamol at lunch and then 2 paracetamol at 2, didnt think",
        "my dad had night nurse and paracetamol together last night",
    ],
}
QUIET_2 = {
    "chest-pain-heavy": [
        "tightness across my chest walking up to the station, eases off a minute after i stop, been like this a month",
        "when i climb the stairs at work my chest feels tight, goes away after a couple of minutes sat down, fine otherwise",
        "chest heavy on the treadmill, stops within a few minutes of stopping, been a fortnight",
    ],
    "stroke-arm": [
        "sciatica, shooting pain and numbness going down the back of my right leg for 2 weeks",
        "my shoulder has been stiff and sore for 3 months and i cant lift my arm to hang washing",
    ],
    "stroke-face": [
        "diagnosed with bells palsy 4 weeks ago, had the steroids, still cant close my eye properly, nothing new",
        "my top lip swelled up after a bee sting and has gone down now",
    ],
    "sense-of-doom": [
        "i keep getting panic attacks, heart racing and feel like im going to die, they pass in 10 minutes, every week",
    ],
    "allergy-breathing": [
        "my 3 year old has a croaky voice and a cold, eating and playing fine",
    ],
    "overdose": [
        "type 1, sugar was 3.2 so i had 4 glucose tablets, now 5.8",
        "temperature 38.6 this morning, had 2 paracetamol",
        "my son has had a temperature of 39 every day for 5 days despite calpol",
        "took 2 co-codamol 30/500 for my back",
    ],
    "blue-or-mottled": [
        "white flaky skin on my scalp, itchy",
        "grey dry patches on my elbows",
    ],
    "unresponsive": [
        "my hands go numb when im out in the cold",
    ],
    "paracetamol-double-dosing": [
        "can i take co-codamol and paracetamol together",
    ],
    "chest-pain-not-going": [
        "constant chest wall pain for 3 weeks when i press on my ribs, had it checked",
        "chest pain an hour after a big meal, comes and goes",
        "chest pain for 2 minutes when i ran for the bus, gone now",
    ],
    "anaphylaxis-swelling": [
        "my lip swelled up after eating prawns but has gone down now, can breathe fine",
        "top lip was swollen this morning, back to normal now, breathing fine and tongue fine",
    ],
    "testicle-pain": [
        "lips tingling and itchy after eating nuts",
        "allergic to nuts, throat feels a bit tight",
    ],
}
test_fires_2, test_near_twins_quiet_2 = flag_wording_tests(FIRES_2, QUIET_2)


def test_a_decimal_point_is_no_clause_break():
    """"3.4" is one number: its point neither ends a clause (which splits negation and phrase scopes) nor makes
    two counts of tablets."""
    from healthq import check as c

    v = c.load_vocabulary()
    r = c.read(v, "had a hypo at 3.4, had some glucose tablets", None)
    assert "3 4" in r.folded and "3 . 4" not in r.folded
    assert " . " in c.read(v, "took 2 tablets. now fine", None).folded


def test_out_in_the_cold_is_no_unconscious_patient(cli):
    """The vocabulary read "out cold" in any order: chilblains "after being out in the cold" were a 999 call."""
    out = check_json(cli, "itchy red swollen toes after being out in the cold, they burn when i warm up")
    assert "unconscious" not in [u["id"] for u in out["understood"]] and out["triage"] != "emergency"
    assert check_json(cli, "he is out cold and we cant wake him")["triage"] == "emergency"


# --- part 3: from opened 65a and 65b ---
FIRES_3 = {
    ("acute-abdomen", "emergency"): [
        "thought it was trapped wind but now my whole tummy is rigid and agony when i move",
        "stomach pain all over and hard like a board, hurts to cough",
    ],
    ("dehydration-signs", "urgent"): [
        "my 3 year old brings back every drink, even tiny sips, since lunch",
    ],
    ("statin-muscle-pain", "urgent"): [
        "on rosuvastatin, my arms and legs ache like ive been to the gym but i havent",
    ],
    ("eye-injury-not-better", "urgent"): [
        "got sawdust in my left eye yesterday, rinsed it but still scratchy and red today",
    ],
}
QUIET_3 = {
    "acute-abdomen": [
        "bit of tummy ache and bloating, trapped wind after a big dinner",
    ],
    "statin-muscle-pain": [
        "on atorvastatin, sore thighs after my first spin class yesterday",
    ],
}
test_fires_3, test_near_twins_quiet_3 = flag_wording_tests(FIRES_3, QUIET_3)


def test_a_denied_list_of_thoughts_is_no_crisis(cli):
    """NegEx scope over a list: "no thoughts of hurting myself or ending things" denies both (opened 65b)."""
    from healthq import crisis

    assert crisis.crisis_reader("low for months, no thoughts of hurting myself or ending things", model=False) is None
    assert crisis.crisis_reader("i keep having thoughts of hurting myself or ending things") == "phrases"


# --- part 4: from opened 66a and 66b ---
FIRES_4 = {
    ("angina-getting-worse", "urgent"): [
        "had angina for years, only ever walking, but tonight it came on sitting in bed",
        "my angina is coming on more often this week and i need my gtn spray every day",
    ],
    ("breathless-after-surgery", "emergency"): [
        "had a c section 10 days ago and suddenly feel short of breath walking to the kitchen",
        "knee replacement 2 weeks ago, out of nowhere i cant catch my breath",
    ],
    ("trapped-hernia", "emergency"): [
        "my hernia has gone hard and i cant push it back in",
    ],
    ("stroke-arm", "emergency"): [
        "right hand went numb and weak suddenly and now her face has dropped on one side",
    ],
}
QUIET_4 = {
    "angina-getting-worse": [
        "angina diagnosed last year, comes on walking up hills like always, gtn spray works",
    ],
    "breathless-after-surgery": [
        "had my gallbladder out 3 weeks ago, a bit breathless walking up hills since i stopped the gym",
    ],
    "trapped-hernia": [
        "lump in my groin that goes away when i lie down, doesnt hurt and i can push it back in",
    ],
    "stroke-arm": [
        "my thumb and first two fingers tingle and go numb at night for weeks, shaking the hand helps, no face droop, speech fine",
    ],
}
test_fires_4, test_near_twins_quiet_4 = flag_wording_tests(FIRES_4, QUIET_4)
