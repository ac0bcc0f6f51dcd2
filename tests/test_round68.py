"""Round 68, through the CLI. From check set 116a (injuries, written after round 67, read after its first run): a large
object stuck in the body is left in and taken out in hospital (A&E); after an injury a toe or finger at an odd angle,
blue or grey, or numb is an A&E sign (NHS broken toe, broken finger or thumb), and a finger that will not bend is a
same-day one; a swallowed object with tummy pain, a temperature or no poo is same day, and with vomiting, blood in the
poo or bad pain an emergency (Healthier Together); a scald said as hot liquid splashed on the skin is a burn; grit left
"in it" is something stuck in a wound; a socket still oozing after an extraction is an urgent dental problem.
From reader R112 (injuries): glass, metal or a nail that may still be in a wound is A&E (NHS cuts and grazes; grit in a
graze stays same day), as is a cut with numbness or a part
that will not move; a black eye with blood in the eye, an odd pupil or an eye that will not move is A&E, with signs of
infection same day (NHS black eye); heavy mouth bleeding that will not stop is A&E; a swallowed sharp thing is 999; a
header, brain surgery before, and both eyes bruised count after a head knock; a chipped, cracked or loosened tooth in
an accident is a same-day dental problem. From the second reader of rounds 66-67: a tooth that fell out while eating is
no accident, and a tooth knocked out is no person knocked out; "the privates" of a girl is no testicle; singed eyebrows
and a fire drill are no burn; a boat that "went under" a bridge is no one under the water; a cigarette put out on
someone by another is not self-harm."""

from __future__ import annotations

from conftest import check_json, flag_wording_tests

FLAG_FIRES = [
    ("object-stuck-in-body", "emergency", "fell on the garden fence and theres a bit of metal poking out of his thigh"),
    ("object-stuck-in-body", "emergency", "a stick is sticking out of my daughters leg after she fell out of the tree"),
    ("toe-injury-bent-or-blue", "emergency", "kicked the skirting board and my little toe is sticking out sideways"),
    ("toe-injury-bent-or-blue", "emergency", "dropped a paving slab on my foot, the big toe has gone cold and numb"),
    ("finger-injury-bent-or-blue", "emergency", "trapped my finger in the car door and the tip has gone blue"),
    ("finger-injury-stiff", "urgent", "caught my thumb on the goalpost yesterday and i still cant bend it properly"),
    ("swallowed-object-mild-signs", "urgent", "my 3 year old swallowed a 20p and now says her tummy hurts"),
    ("swallowed-object-breathing", "emergency", "my son swallowed a coin and has been sick twice"),
    ("child-burn", "urgent", "my 6yo splashed hot tea on his hand, red but no blisters"),
    ("wound-something-stuck", "urgent", "fell over on the path and the graze on my knee still has bits of gravel in it"),
    ("dental-pain-urgent", "urgent", "had a molar pulled this morning and the gap is still oozing blood"),
    ("wound-sharp-thing-left-in", "emergency", "stepped on a nail in the garage and the tip broke off, part of it is still in my foot"),
    ("wound-numb-or-cant-move", "emergency", "sliced my palm on a broken jar and now my little finger is numb"),
    ("black-eye-a-and-e", "emergency", "got punched in the eye last night, black eye and the pupil looks a funny shape"),
    ("black-eye-urgent", "urgent", "black eye from a squash ball three days ago and now the lid is hot and oozing yellow stuff"),
    ("mouth-bleeding-heavy", "emergency", "wisdom tooth out at lunch and my mouth keeps filling with blood, pressing for an hour"),
    ("swallowed-object-breathing", "emergency", "my toddler swallowed an open safety pin"),
    ("serious-bite", "emergency", "the neighbours dog bit the end of my sons finger off"),
    ("head-injury-signs", "emergency", "clash of heads at football and now hes acting really odd and irritable"),
    ("head-injury-signs", "emergency", "had brain surgery last year and just banged my head hard on a cupboard"),
    ("head-injury-skull-signs", "emergency", "fell down the stairs and now both of her eyes are going purple"),
    ("tooth-injured", "urgent", "fell off the swing and chipped her adult front tooth, it hurts"),
    ("tooth-knocked-out", "urgent", "my son knocked out his two front adult teeth on the trampoline"),
    ("finger-injury-stiff", "urgent", "shut my finger in the drawer, it's swollen and bruised"),
    ("wound-sharp-thing-left-in", "emergency", "came off my bike and theres a bit of metal stuck deep in my knee, wont come out"),
    ("near-drowning", "emergency", "my son was in the pool and went under for a few seconds, now coughing a lot"),
    ("near-drowning", "emergency", "she fell in the pond and was underwater for a bit, now keeps coughing"),
    ("collarbone-injury-chest-signs", "emergency", "came off my bike onto my collarbone and now i'm short of breath"),
    ("black-eye-a-and-e", "emergency", "black eye from a fall and she's been sick twice since"),
    ("toe-injury-bent-or-blue", "emergency", "stubbed my toe on the bed and now it's tingling and cold"),
    ("unresponsive", "emergency", "she hit her head and was knocked out, her tooth is loose"),
    ("eye-penetrating-injury", "emergency", "my son poked himself in the eye with a pencil"),
    ("child-burn", "urgent", "my 3 year old grabbed the oven door and has blisters on his palm"),
]
FLAG_QUIET = [
    ("object-stuck-in-body", "got a tiny splinter in my finger from the garden bench"),
    ("toe-injury-bent-or-blue", "stubbed my toe, its bruised but straight and I can walk fine"),
    ("finger-injury-bent-or-blue", "my fingers go white and numb in the cold weather"),
    ("finger-injury-stiff", "jammed my finger at netball, a bit sore but I can bend it fine"),
    ("swallowed-object-mild-signs", "my 2 year old swallowed a small bead, eating and playing as normal"),
    ("child-burn", "my 6 year old has a tummy ache and a hot water bottle on her tummy helps"),
    ("tooth-knocked-out", "my nans tooth fell out while she was eating toffee"),
    ("unresponsive", "my 12yo knocked out her front adult tooth at hockey, its in milk"),
    ("testicle-sudden-pain", "my 8 year old daughter fell on the bike seat and hurt the privates"),
    ("serious-burn", "i singed my eyebrows lighting the bbq, face is fine"),
    ("serious-burn", "caught in the fire drill at work and now i have a headache"),
    ("wound-numb-or-cant-move", "diabetic with numb feet and a small cut on my toe for weeks"),
    ("wound-something-stuck", "my son grazed his knee, bit of gravel in it which ive rinsed out, bleeding stopped"),
    ("wound-sharp-thing-left-in", "cut my hand on a broken glass, picked the bits out and it has stopped bleeding"),
    ("serious-burn", "my 5 year old touched the oven door, small red patch on his finger"),
    ("head-injury-signs", "banged my head 3 weeks ago, still get headaches and feel irritable"),
    ("near-drowning", "canal boat trip, we went under a low bridge, now I feel sick"),
    ("toe-injury-bent-or-blue", "dropped a tin on my toe and its gone a bit blue from the bruise"),
    ("finger-injury-bent-or-blue", "caught my finger in the door, it's bruised and a bit blue"),
    ("black-eye-a-and-e", "my eye is swollen up from hay fever and bright light hurts"),
    ("mouth-bleeding-heavy", "my gum is swollen and the pain has not stopped for hours"),
    ("swallowed-object-mild-signs", "swallowed a coin yesterday, it hasnt come out in his poo yet, hes fine"),
    ("object-stuck-in-body", "there's a pen sticking out of my back pocket and my back hurts"),
    ("serious-bite", "my dog bit a bit off his toy"),
    ("finger-injury-bent-or-blue", "my fingers wake me with pins and needles and I drop things"),
    ("eye-penetrating-injury", "poked my eye with a twig gardening 2 days ago, still gritty and watering"),
    ("swallowed-object-breathing", "my toddler choked on a bit of apple but coughed it out straight away, now breathing and crying normally"),
    ("finger-injury-bent-or-blue", "caught a rugby ball, finger swollen and i cant bend it, not pointing a weird way"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


def test_a_scald_said_as_splashed_liquid_is_not_self_care(cli):
    out = check_json(cli, "my 7 year old splashed boiling water from the pan on her arm, red and sore, no blisters")
    assert out["triage"] in ("urgent", "emergency")


def test_a_cigarette_put_out_on_someone_by_another_is_not_self_harm(cli):
    from healthq.crisis import crisis_reader

    assert crisis_reader("my mate put his cigarette out on my arm as a joke") is None
    assert crisis_reader("i put my cigarette out on my arm again last night") is not None
    assert crisis_reader("she puts fags out on her wrist") is not None  # another's self-harm is still read
    assert crisis_reader("someone stubbed a cigarette out on my hand in a fight") is None


def test_ctrl_c_handed_on_inside_another_error_is_an_interruption(monkeypatch, capsys):
    # Python 3.11 wraps a KeyboardInterrupt raised in __set_name__ (a class being made while a module imports) in a
    # RuntimeError; anywhere in a run, that is the user pressing Ctrl-C (exit 130, "Interrupted."), not a traceback
    from healthq import _entry

    def interrupted_while_importing(argv):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as exc:
            raise RuntimeError("Error calling __set_name__ on 'cached_property' instance") from exc

    monkeypatch.setattr(_entry, "_main", interrupted_while_importing)
    assert _entry.main(["causes", "pcos"]) == 130
    assert capsys.readouterr().err.strip().endswith("Interrupted.")

    def a_real_bug(argv):
        raise RuntimeError("a real bug")

    monkeypatch.setattr(_entry, "_main", a_real_bug)
    try:
        _entry.main(["causes", "pcos"])
    except RuntimeError:
        pass
    else:
        raise AssertionError("a bug that is not Ctrl-C must not be reported as an interruption")
