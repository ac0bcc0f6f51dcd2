"""Round 56, through the CLI. Same-day signs that the opened sets of many rounds still sent home, each read in more of
the ways people put it: a child's headache on waking, that wakes them, with vomiting or a squint (NHS Headaches; new
flag); a calf swollen, warm or fatter than the other (NHS DVT); redness spreading past a pen line (NHS Cellulitis);
hearing in one ear gone since yesterday (NHS Hearing loss); a gum boil that leaks or tastes foul (NHS Dental
abscess); a tingling patch then blisters on one side or by the eye (NHS Shingles; new flag); a chest infection that
is getting worse, with shivers or breathlessness, in pregnancy or at 65 or over (NHS Chest infection; new flags).
Sight or hearing that has gone "gradually" is no sudden loss. Crisis kinds from opened crisis sets 35 and 37, and
their over-calls: a rope burn, an errand one would "rather die than" do, a question asked and denied. Each wording
is new (not a case of any set); the near-twins share the words and must stay quiet."""

from __future__ import annotations

from conftest import check_json, crisis_wording_tests, flag_wording_tests

FIRES = {
    ("child-headache-signs", "urgent"): [
        "my 8 year old keeps waking up with a sore head and was sick this morning",
        "son is 6, headache every morning before school this week",
        "my daughter is 10, she has a headache and her eyes have started pointing different ways",
    ],
    ("leg-clot", "urgent"): [
        "right calf is swollen and warm since the weekend, i didnt hurt it",
        "my left leg has been aching for days and now its fatter than the other one",
    ],
    ("spreading-skin-infection", "urgent"): [
        "bite on my ankle went red, i drew round it last night and this morning its spread past the line",
    ],
    ("sudden-hearing-loss", "urgent"): [
        "the hearing in my right ear has just gone since this morning",
        "lost the hearing in one ear since last night, no cold",
    ],
    ("dental-abscess", "urgent"): [
        "theres a sore bump on my gum above a back tooth and it leaks something salty",
    ],
    ("shingles-signs", "urgent"): [
        "tingling on the left side of my ribs for 3 days, now a rash of blisters there",
        "my forehead has been burning and prickling and now theres blisters near my eye",
    ],
    ("chest-infection-worse", "urgent"): [
        "chest infection 5 days and its getting worse, shivery last night",
        "chesty cough since the weekend and today i feel really unwell",
        "34 weeks pregnant with a chest infection",
    ],
}

QUIET = {
    "child-headache-signs": [
        "my 7 year old has a tummy bug, been sick and has a headache with it",
        "my son is 9, headache after a long day at school, fine after tea",
    ],
    "sudden-vision-loss": [
        "my eyesight has gone gradually misty over the years, lights glare at night",
    ],
    "sudden-hearing-loss": [
        "my hearing has gone slowly over the years, the telly is always too loud",
    ],
    "leg-clot": [
        "both calves ache after my run, bit tight",
    ],
    "shingles-signs": [
        "my 3 year old has chickenpox blisters round his eyes",
        "tingling on my lip then a cold sore blister came up",
    ],
    "chest-infection-worse": [
        "chesty cough for a week, getting better now",
        "chest infection, on antibiotics, feeling much better today",
    ],
}

test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)

FIRES_3 = {
    ("child-burn", "urgent"): [
        "my 5 year old brushed her arm on the radiator, small pink mark, no blister",
        "son is 8, burnt his finger on a sparkler, its red and sore",
    ],
}
QUIET_3 = {
    "child-burn": [
        "my 6 year old says it burns when he wees",
        "my 7 year old got a bit sunburnt at the park",
        "my 12 year old burnt her finger on the oven, small red mark",
        "my 4 year old says his mouth burns after the curry, too spicy",
    ],
}
test_fires_3, test_near_twins_quiet_3 = flag_wording_tests(FIRES_3, QUIET_3)


def test_a_pregnancy_that_is_over_is_not_one_now(cli):
    """"Had this before when I was pregnant" names a pregnancy that is over: no pregnancy flag for bleeding from piles
    now; but weeks said beside it ("had a miscarriage in my last pregnancy, im 8 weeks") keep the reading."""
    out = check_json(cli, "bright red blood on the paper after a hard poo, itchy bum, had this before when i was pregnant")
    assert out["patient"].get("pregnant") is not True and not [f for f in out["red_flags"] if f["id"].startswith("pregnancy")]
    out = check_json(cli, "spotting when i wipe, had a miscarriage in my last pregnancy, im 8 weeks")
    assert out["patient"].get("pregnant") is True
    # the weeks of the past pregnancy are not this one's: waters at 34 weeks are before 37 (999), not after
    out = check_json(cli, "waters gone i think, 34 weeks, clear fluid, in my last pregnancy at 39 weeks it was the same")
    assert "waters-breaking" in [f["id"] for f in out["red_flags"]] and out["triage"] == "emergency"


def test_a_chest_infection_at_65_or_over_is_same_day(cli):
    """The age given with --age meets the flag's age limit (NHS Chest infection: 65 or over); at 40 it stays quiet."""
    out = check_json(cli, "--age", "72", "chest infection for 3 days, coughing up yellow stuff")
    assert "chest-infection-older" in [f["id"] for f in out["red_flags"]] and out["triage"] in ("urgent", "emergency")
    out = check_json(cli, "--age", "40", "chest infection for 3 days, coughing up yellow stuff")
    assert "chest-infection-older" not in [f["id"] for f in out["red_flags"]]


SHOWS = [
    "ive kept my tramadol put away for when i decide its time",
    "giving my xbox to my little brother, i wont need it after sunday",
    "god can take me whenever he wants",
    "i think is better i am not alive",
    "not suicidal or anything, well maybe a bit tbh",
    "why does my son cut himself",
    "been standing on the bridge working out if the drop is high enough",
    "she locks herself in the toilet for hours and has plasters all over her arms",
    "i havent told anyone, ive been hurting myself with a hot hair straightener",
    "my gp asked if i had thoughts of ending my life and i have, every night",
    # from opened crisis set 38
    "started sh-ing again last week",
    "idc if i die, i drive like a maniac now",
    "gave my bike and my speaker to my best friend, wont be needing them",
    "i held my hand on the radiator on purpose so it burns",
    "she has marks all over her arms, she told me she does it to feel something",
    "he posted a final message on snap and isnt answering his phone",
    "im 81, honestly id rather the cancer just took me",
    "how long after taking 40 paracetamol does it start",
    # from reader R91
    "i wish i would just not wake up in the morning",
    "gave my sister my jewellery and my tablets, i wont be needing the stuff",
    "i leave cuts on my legs to feel something",
    "am i gonna die if i take all of these",
    # from opened crisis set 40
    "booked a room for saturday and im not planning on checking out",
    "been looking at which tree in the park would take my weight",
    "i scratch my wrists till they bleed",
    "she digs her nails into her arms until they bleed",
    "i pray every night not to wake up",
    "whats the quietest way to go",
    "keeps begging the nurses for something to end it",
    "i keep a blade in my room for when it gets bad",
    "we would all have an easier life if i was gone",
    "lying awake wishing to be taken in my sleep",
    "my son has rows of little cuts on his arms and says the dog did it",
    "she says it wont matter after sunday and has deleted all her socials",
    # from reader R92
    "put a bag over my head last night and took it off at the last second",
    "i stand at the platform edge and think about stepping in front",
    "no reason to keep going since my wife died",
    "sitting in the closed garage with the engine running again",
    "how many of my tablets would do it, asking for me",
    "im going to jump tomorrow",
    "burnt my arms again last night",
    "i dont want live no more",
    # after the merge: a goodbye left for after, a plan and the means said together
    "recorded videos for my daughters to watch when im gone",
    "made a plan and got the means now",
]

CRISIS_QUIET = [
    "got a rope burn from the climbing wall, how do i treat it",
    "id rather die than go to the gym, how else can i lose weight",
    "i wont need my crutches after friday",
    "giving my old books to my little sister, is dust bad for asthma",
    "my toddler locks himself in the bathroom for ages",
    "am i going to die from this chest infection, im so scared",
    "dad cant go on much longer with his hip, how long is the waiting list",
    "i use a heat pad on purpose so it burns a little, for my back pain",
    "the branch wouldnt take my weight and i fell off, sore ankle",
    "i bang my head on the door frame every morning, im 6 foot 5",
    "whats the easiest way to go to the airport from leeds",
    "the cat did it, scratched my hand, is it infected",
    "idc if i die on this rollercoaster lol",
    "an easier life if i was gone from this job",
    "taking us both out of this cold to portugal",
    "which branch would take my weight for a rope swing",
    "burnt my arm again on the oven tray, how do i stop it blistering",
    "made a plan and booked flights, we have the means to afford it, will the heat affect my asthma",
]

(test_each_kind_shows_the_message_first, test_in_search_too, test_near_twins_show_no_message,
 test_crisis_wordings_are_read_by_the_phrases) = crisis_wording_tests(SHOWS, CRISIS_QUIET, 3)


def test_a_question_asked_and_denied_is_no_phrase():
    """"Asked whether I had thoughts of hurting myself and I don't" is a denial to the phrases (which had read it as
    a crisis). The word model, which weighs the words and not what they are about, may still read it so and show the
    message: the safer side, left to it."""
    from healthq import crisis

    assert crisis.crisis_reader("the nurse asked whether i had thoughts of hurting myself and i dont, i cant sleep", model=False) is None
    assert crisis.crisis_reader("the nurse asked whether i had thoughts of hurting myself and i do, most nights", model=False) == "phrases"
