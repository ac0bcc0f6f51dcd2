"""Round 48: red-flag wordings that check sets 41a and 41b (opened for this) showed missing, each widened as a
kind, at the level its source gives: paracetamol counted by the day above the daily most (8 tablets), with
being sick an emergency (nidirect Poisoning); bleeding through a towel or bandage that is being pressed on
(St John Ambulance); a fever on "day 5" (NICE NG143: 5 days or more); contact with chickenpox or measles in
pregnancy by someone who has never had it (NHS Chickenpox: urgent); an ear gone muffled overnight (NHS Hearing
loss: sudden loss, urgent); then, from check set 42b (opened after its first run): a fit "going 7 minutes now"
(NHS: a fit over 5 minutes, 999) and a child sick every time they drink (NHS Diarrhoea and vomiting: cannot
keep fluids down, urgent); and (round 49, check sets 40b and 45a opened) a medicine taken "more than I should",
"still boiling hot" after half an hour of cooling, and poo "dark, almost black". Each: lay wordings that must fire the flag at its level, and near-twins that must
not fire it."""

from conftest import flag_wording_tests

FIRES = {
    ("medicine-over-the-dose", "urgent"): [
        "been taking 10 paracetamol a day for my back",
        "taking twelve co codamol a day since sunday",
        "i have 16 paracetamol tablets every day for my knee",
        "taking 16 of his paracetamol every day",
        # round 49 (check set 40b, opened): more than one "should" or "is supposed to" take
        "been taking co codamol for my back all week, more than im supposed to",
        "had lemsip and paracetamol since friday probably more than i should have",
        "gave her more calpol than youre supposed to, 7.5ml instead of 5",
        "he took more codeine than he should",
    ],
    ("medicine-over-the-dose-unwell", "emergency"): [
        "been having 12 paracetamol a day for toothache and now i keep being sick",
        "taking 10 paracetamol per day for a week and feel sick",
        "taking paracetamol for 3 days more than i should, now my eyes look yellow and im being sick",
    ],
    # round 49 (check set 45a, opened): signs listed with a comma between them, and "still boiling"
    ("heat-exhaustion-not-better", "emergency"): [
        "grandad overheated in the garden, weve cooled him for half an hour and hes still boiling hot",
    ],
    ("black-stool", "urgent"): [
        "my poo has been very dark, nearly black since monday",
    ],
    ("severe-bleeding", "emergency"): [
        "pressed a tea towel on the cut for ten minutes and it's soaked right through",
        "been holding a bandage on his leg wound and it's soaked through",
    ],
    ("fever-five-days", "urgent"): [
        "my son is 2, temperature on day 6 now",
        "fever day 5 still 38.7",
        "her fever is on its fifth day",
    ],
    ("pregnancy-infection-contact", "urgent"): [
        "i'm 24 weeks pregnant and never had chickenpox, my friend's son who has it sat on my lap",
        "pregnant, never caught measles, and I was in contact with a colleague who turned out to have it",
    ],
    ("seizure-long", "emergency"): [
        "she has epilepsy and this seizure has been going 6 minutes",
        "his fit has been going on for about ten minutes",
        "my daughter is fitting, 8 minutes now and still shaking",
    ],
    ("dehydration-signs", "urgent"): [
        "my 3 year old is sick every time he drinks anything",
        "even sips of water come straight back up",
        "every time she has a drink she throws up",
    ],
    ("sudden-hearing-loss", "urgent"): [
        "woke up and my right ear is muffled",
        "suddenly everything in my left ear sounds muffled",
        "overnight my ear went like i'm underwater",
        "my ear went muffled overnight",
    ],
}

QUIET = {
    "seizure-long": [
        "he had a short fit, about 2 minutes, and is now sleepy",
        "my seizure meds have been going well for 6 months",
        "my son has epilepsy, seizure yesterday, today hes got a nosebleed going 10 mins now",
    ],
    "dehydration-signs": [
        "baby brings up a bit of milk after every feed but is happy and gaining weight",
        "was sick once this morning and have kept drinks down since",
    ],
    "medicine-over-the-dose": [
        "i take 2 paracetamol 4 times a day for my back",
        "taking 8 paracetamol a day as the packet says",
        "i take 10 tablets a day for my heart and diabetes",
        "i take my vitamins no more than i should",
        "taking ibuprofen as the packet says never more than i should",
        # readers R55 and R56: another verb takes the "more than I should"
        "since starting sertraline i feel sick and eat more than i should",
        "on metformin and i drink more than i should at weekends",
        "taking my antidepressants and drinking more than i should, feel sick",
        "took my iron tablets and walked more than i should, nauseous",
        "i take sertraline and sleep more than i should, feel sick",
        # reader R59: an amount word after another verb
        "had my paracetamol then ate loads more than i should at christmas, bloated",
        "took my sertraline and drank probably more than i should",
    ],
    "severe-bleeding": [
        "my towel got soaked through in the rain",
        "the cut bled through the plaster overnight",
        "gym towel soaked through with sweat",
        # reader R51
        "wrapped a towel round my hair after the shower and its soaked through",
        "my piercing bled through the gauze overnight is that normal",
        "holding a cold flannel on his forehead for the fever and its soaked through with sweat",
        # reader R52
        "my heel blister bled through my sock on the hike",
        "my c section wound bled through the dressing a bit this morning",
        # reader R53
        "holding a tea towel under the leaking tap and its soaked right through",
        "i pressed kitchen roll on the red wine on the carpet and it soaked through",
        "im holding a dressing on my graze and a tiny bit has bled through",
        # reader R54
        "held a towel on my head after dyeing my hair and its soaked through",
    ],
    "heatstroke": [
        "had a hot bath, boiling hot now but sweating loads",
        # reader R61: a fever or a flush, not heat illness
        "temp of 38.5, burning up, not sweating, aching all over, think its flu",
        "hot flushes, roasting, not sweating just red faced, perimenopause",
    ],
    "heat-exhaustion-not-better": [
        "hot car journey, been out 30 mins and the car is still boiling",
    ],
    "black-stool": [
        "my poo is dark, almost black but im on iron tablets",
        "poo is dark brown, nearly normal again",
    ],
    "fever-five-days": [
        "fever since yesterday, day 2",
        "day 5 of my period and cramps",
    ],
    "pregnancy-infection-contact": [
        "pregnant and never had chickenpox, is the vaccine safe after birth",
    ],
    "sudden-hearing-loss": [
        "my ear has felt muffled for months with wax",
        "muffled hearing since my cold last week",
    ],
}


test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)

