"""Round 57, through the CLI. The crisis word model, retrained on the opened crisis sets it had never learned from,
shows the message itself from log-odds 4 (was 6); an injury got doing something ("hurt myself at the gym", "cut
myself with a knife chopping onions") is no self-harm to the phrases, though "hurt myself when I'm stressed" still
is; "no reason for me to live" is a phrase. A count of painkillers taken since a time ("had at least 20 since
yesterday") is more than the safe dose (NHS Paracetamol for adults), and a count within it ("4 since this morning")
is no overdose; blood named in the same clause as a wee is blood in the urine (NHS Blood in urine). Crisis kinds from opened crisis set 42: steering into a lorry, wanting to get
hurt, hoping someone kills one, bleach swallowed by the writer; tablets saved up to be got rid of are no stockpile. Each wording is new (not a case of any set); the near-twins share the words and must stay quiet."""

from __future__ import annotations

from conftest import check_json, crisis_shown, crisis_wording_tests, flag_wording_tests

FIRES = {
    ("paracetamol-over-the-dose", "urgent"): [
        "dads paracetamol box is nearly empty, he has had at least 15 since yesterday lunchtime for his back",
        "ive gone through 12 paracetamol in the last day, toothache is unbearable",
    ],
    # part 6 (reader R96): "paracetamols", plural, is a medicine's name too
    ("overdose", "emergency"): [
        "ive taken 14 paracetamols over the day for my back",
    ],
    ("blood-in-urine", "urgent"): [
        "when i wee there is some blood, no pain",
        "it stings when i pee and theres blood at the end",
    ],
}
QUIET = {
    "paracetamol-over-the-dose": [
        "had 6 paracetamol since yesterday for a cold, still bunged up",
        "took 20 paracetamol tablets to the charity shop by mistake, they were sealed",
    ],
    "blood-in-urine": [
        "had a blood test and a wee sample at the gp today, results friday",
        "my blood pressure is high, and i need a wee all night",
    ],
    "overdose": [
        "had 5 paracetamols today for a cold, still bunged up",
        "taken 4 paracetamol since this morning, fever still 38.5",
        "took 6 paracetamol since breakfast, headache still there",
    ],
}
test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)

SHOWS = [
    "i hurt myself when i get stressed, my arms",
    "i cut myself with a knife last night",
    "hurt myself again, not by accident this time",
    "there is no reason for me to live now",
    # from reader R94: an intent said after the setting; cuts kept hidden
    "hurt myself in the shed with a blade coz i feel numb",
    "i cut my thighs in the bath so it doesnt show",
    # a lot of a medicine swallowed after a row (opened check set 4b's overdose after a break-up lost its question)
    "he downed a handful of his sertraline after we argued last night",
    # kinds from opened crisis set 42 and reader R95 (part 5)
    "every time i drive to work i think how easy it would be to steer into a truck",
    "i keep picking fights because i want to get hurt",
    "i start fights hoping one of them kills me",
    "i drank some bleach an hour ago, please dont tell anyone",
]
CRISIS_QUIET = [
    "i hurt myself at the gym, my knee clicks",
    "hurt myself playing rugby, think i cracked a rib",
    "hurt myself badly when i fell off the ladder",
    "cut myself with a bread knife slicing a bagel, deep",
    "no reason for me to see the gp is there",
    "scratching my legs till they bleed, the eczema is unbearable",
    "cut my arm on the barbed wire so it doesnt show much, is it infected",
    "downed a whole bottle of water after the fight, now i have a stitch",
    "my toddler swallowed a coin after we had a fight about bedtime",
    "my toddler drank some bleach by accident, hes coughing",
    "the coach punished him by making him run laps",
    "not sure ill go through with the surgery",
    "dad has saved up all his old tablets, where can i get rid of them",
    "i dont want to get hurt playing rugby again",
    # reader R95's near-twins of the wider readings part 5 first tried (an idiom, a game, a hobby, a craft, a reason)
    "i punished myself with a 10k run after eating pizza lol",
    "we are planning a surprise party and i need a place so no one finds me",
    "reading up on helium balloons, how long it takes them to go down",
    "my daughter took the blade out of a pencil sharpener for a craft project and cut her palm",
    "swallowed a whole bottle of cough syrup after a row with my boss because my cough was so bad",
]
(test_each_kind_shows_the_message_first, test_in_search_too, test_near_twins_show_no_message,
 test_crisis_wordings_are_read_by_the_phrases) = crisis_wording_tests(SHOWS, CRISIS_QUIET, 2)


def test_an_injury_is_not_read_as_self_harm_so_not_sent_to_999(cli):
    """A sports injury said as "hurt myself" had the crisis message and an emergency; now neither."""
    out = check_json(cli, "i hurt myself at the gym, my knee clicks")
    assert out["crisis"] is False and out["triage"] != "emergency"
    assert not crisis_shown(cli, "search", "hurt myself playing football")


def test_what_the_model_is_sure_of_now_shows_the_message(cli):
    """A text the retrained model scored between 4 and 6 had the question and got the message (round 58's model
    scores it over 6); `check` stays at least URGENT."""
    from healthq import crisis

    text = "looked at the train times and the level crossing near my house"
    assert crisis.crisis_reader(text, model=False) is None
    assert crisis.model_score(text) >= crisis._MODEL_SURE
    assert crisis_shown(cli, "check", text)
    out = check_json(cli, text)
    assert out["crisis_message"] is True and out["triage"] in ("urgent", "emergency")


def test_a_crisis_said_in_word_pairs_passes_the_gate(cli):
    """A text whose crisis features are only pairs ("last night", "my last": no word of it weighs 1.0 alone) had
    nothing; now the pairs pass the gate and the model is sure of it. An everyday "last night" in a text about a
    tummy bug, with words that weigh against a crisis, stays quiet."""
    from healthq import crisis

    text = "this will be my last night here, thanks for all of it"
    weights, _, _ = crisis._model()
    words = [f for f in crisis.model_features(text) if " " not in f and not f.startswith("~")]
    single = max(crisis.model_slot(f)[1] * weights[2 + crisis.model_slot(f)[0]] for f in words)
    assert single < crisis._MODEL_GATE and crisis.crisis_reader(text, model=False) is None
    assert crisis.crisis_reader(text) == "sure" and crisis_shown(cli, "check", text)

    assert "116 123" not in cli("check", "last night i was sick 5 times and had diarrhoea").err
