"""Round 70, through the CLI. From check sets 119a, 120a and 121a and reader R114 (injuries, skin and bites, sexual
health, bowel and stoma): a stoma that stops working, or with strong cramps, sickness, a lot of blood in the bag, signs
of drying out or a high temperature, is same day (NHS ileostomy risks); something stuck in a nose or ear is seen the
same day (St John Ambulance); emergency contraception after a missed pill, a split condom or no contraception is same
day (NHS); a wrist, arm or hand that swells, bruises or will not move after a fall is same day for an X-ray, and A&E
when it looks the wrong shape or a child will not use it at all (NHS broken arm or wrist); pain low in the tummy with a
changed discharge, bleeding after sex or pain in sex is same day (NHS PID). Widened: light hated in meningitis, water
not kept down, a burn from touching something hot, a flight of stairs, a bite in a fight, sex with someone who has
HIV, an eye that "won't move" after a punch. Quieted: one extra paracetamol at once by mistake (NHS: unlikely to
harm), a blistering rash with nothing hot, tingling genital sores with no back or bladder signs, an ordinary sting, a
tick's ring rash. Never invent: "around the edges" is no one on edge, an adult "not drinking much" no baby off feeds."""

from __future__ import annotations

from conftest import check_json, flag_wording_tests, understood

FLAG_FIRES = [
    ("stoma-not-working", "urgent", "my colostomy hasnt put anything out since yesterday and i feel sick"),
    ("stoma-not-working", "urgent", "ileostomy output is really high and watery, im dizzy when i stand up"),
    ("stoma-not-working", "urgent", "theres a lot of blood in my stoma bag"),
    ("stoma-not-working", "urgent", "dads stoma bag has been empty all day and he has bad cramps"),
    ("object-in-nose-or-ear", "urgent", "my 2 year old has pushed a piece of crayon up her nostril"),
    ("object-in-nose-or-ear", "urgent", "think my son has something stuck in his ear, a bit of lego"),
    ("emergency-contraception", "urgent", "i was late starting my new pill packet and we had sex on saturday"),
    ("emergency-contraception", "urgent", "where can i get the morning after pill today"),
    ("emergency-contraception", "urgent", "threw up an hour after my pill and had sex last night"),
    ("arm-injury-swollen", "urgent", "slipped on the ice and landed on my hand, wrist is swollen and bruised"),
    ("arm-injury-swollen", "urgent", "my son fell off his scooter and now he cant bend his elbow"),
    ("limb-deformed-after-injury", "emergency", "she fell off the trampoline and her forearm is at a funny angle"),
    ("limb-deformed-after-injury", "emergency", "my 3 year old fell down the slide and wont move his arm at all"),
    ("pid-signs", "urgent", "pain low down in my stomach and a smelly discharge for a few days"),
    ("pid-signs", "urgent", "pelvic pain and it hurts during sex now"),
    ("stiff-neck-fever", "emergency", "my daughter has a stiff neck and a temperature and hates the light"),
    ("dehydration-signs", "urgent", "been sick all night and i cant even keep water down"),
    ("serious-burn", "emergency", "my toddler touched the oven door and her fingers have blistered"),
    ("fall-from-measured-height", "emergency", "my nan fell down a flight of stairs last night"),
    ("fight-bite", "urgent", "i got bitten on my hand during a fight and the skin is broken"),
    ("hiv-exposure-pep", "urgent", "slept with someone at the weekend and found out they have hiv"),
    ("black-eye-a-and-e", "emergency", "he was punched in the eye and it doesnt move when he looks to the side"),
    # the second reader of round 70: guards that hid real signs, and wordings the new flags missed
    ("serious-burn", "emergency", "my 3 year old burnt her hand on my curling tongs, it has blistered, she also has nappy rash"),
    ("cauda-equina", "emergency", "numbness around my bum when i wipe and i have a few spots down there"),
    ("skin-red-hot-swollen", "urgent", "got stung by a bee two days ago and it is still red, hot and swollen and painful"),
    ("overdose", "emergency", "been taking 2 paracetamol instead of 1 every 2 hours since yesterday"),
    ("overdose", "emergency", "took 4 paracetamol instead of 2 and then 16 ibuprofen"),
    ("battery-magnet-in-nose-or-ear", "emergency", "my daughter has pushed a small magnet up her nose"),
    ("object-in-nose-or-ear", "urgent", "one bead came out but the other one is still stuck up his nostril"),
    ("object-in-nose-or-ear", "urgent", "an insect crawled into my ear and i can feel it moving"),
    ("emergency-contraception", "urgent", "had sex last night and he came inside me, i am not on any contraception"),
    ("limb-deformed-after-injury", "emergency", "fell off the wall onto my wrist, it is swollen and looks like a dinner fork"),
    ("limb-deformed-after-injury", "emergency", "my toddler fell off the bed and now refuses to use his arm at all"),
    ("pid-signs-severe", "emergency", "lower tummy pain with a green discharge, a temperature of 39 and i keep being sick"),
    ("contact-burn-blistered", "emergency", "i grabbed the hot grill pan, my whole palm has gone white and leathery"),
    ("insect-bite-urgent", "urgent", "a wasp got him on the inside of his cheek when he was drinking from a can"),
    ("stiff-neck-fever", "emergency", "he has a stiff neck and keeps asking us to turn the lights off"),
    ("dehydration-signs", "urgent", "she is not able to keep any fluids down since last night"),
    ("fall-from-measured-height", "emergency", "my dad fell all the way down the stairs and hit his head"),
    ("fight-bite", "urgent", "my knuckle was bitten when i broke up a fight, it is swollen"),
]
FLAG_QUIET = [
    ("stoma-not-working", "how often should i change my stoma bag"),
    ("object-in-nose-or-ear", "put olive oil drops in her ear for wax"),
    ("object-in-nose-or-ear", "he pushed a bead up his nose but sneezed it out straight away"),
    ("object-in-nose-or-ear", "feels like something is stuck in my ear since my cold"),
    ("emergency-contraception", "missed a pill yesterday, not had sex since"),
    ("emergency-contraception", "we are trying for a baby and had sex without a condom"),
    ("arm-injury-swollen", "my arm is red and swollen where i had my flu jab"),
    ("arm-injury-swollen", "fell on my wrist, a bit swollen but i can move it fine"),
    ("limb-deformed-after-injury", "my leg looks swollen after the long flight"),
    ("pid-signs", "period pain low down in my tummy, same as every month"),
    ("overdose", "took 3 paracetamol by mistake instead of 2 this morning"),
    ("medicine-mix-up", "took 3 paracetamol by mistake instead of 2 this morning"),
    ("serious-burn", "my 3 year old has a blistering rash on her legs"),
    ("cauda-equina", "tingling and then blisters on my genitals, like cold sores"),
    ("skin-red-hot-swollen", "bee sting on his arm, a bit red and swollen, he is fine"),
    ("spreading-skin-infection", "found a tick last week and now there is a red ring around the bite getting bigger"),
    ("stoma-not-working", "the stoma nurse visited today and she is not working next week"),
    ("stoma-not-working", "my colostomy only works once a day and nothing since breakfast, i feel fine"),
    ("stoma-not-working", "i have a colostomy and feel a bit queasy on my new iron tablets"),
    ("object-in-nose-or-ear", "the nurse stuck a thermometer in his ear and it said 37.9"),
    ("object-in-nose-or-ear", "he ate some sunflower seeds and now has a pain in his ear"),
    ("emergency-contraception", "forgot my blood pressure pills yesterday, does sex raise blood pressure"),
    ("emergency-contraception", "we do not use condoms because i have the copper coil"),
    ("emergency-contraception", "forgot one combined pill yesterday, took it this morning, had sex last night"),
    ("hiv-exposure-pep", "my partner has hiv and is undetectable, can we have sex without a condom"),
    ("pid-signs", "had pid years ago and it was treated, will it affect getting pregnant"),
    ("limb-deformed-after-injury", "i fell over and hurt my wrist, not sure if something is wrong, only a bit sore"),
    ("arm-injury-swollen", "i fell asleep on my arm and my hand is a bit puffed up"),
    ("fall-from-measured-height", "i get out of breath climbing a flight of stairs and had a fall last year"),
    ("fight-bite", "i bit my tongue during a fight at school"),
    ("dehydration-signs", "i cant seem to keep my weight down since the menopause"),
    ("stiff-neck-fever", "stiff neck from sitting at my desk and i hate the lights in the office"),
    ("black-eye-a-and-e", "black eye from a fall and a wobbly tooth that wont move when he pushes it"),
    ("contact-burn-blistered", "caught my finger on the oven tray, a tiny blister, cooled it for 20 minutes"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


def test_no_symptom_is_invented_from_an_everyday_sense(cli):
    assert "anxiety" not in understood(cli, "the skin is sore around the edges of my stoma")
    assert "anxiety" in understood(cli, "been on edge all week")
    assert "poor-feeding" not in understood(cli, "constipated for 5 days and not drinking much water")
    assert "poor-feeding" in understood(cli, "my 2 month old is not drinking her milk")


def test_one_extra_paracetamol_at_once_is_not_an_emergency(cli):
    out = check_json(cli, "took 3 paracetamol instead of 2 by accident, feel fine")
    assert out["triage"] not in ("emergency", "urgent"), out["triage"]
    # a child's dose, or many more than two extra, is not this
    assert check_json(cli, "my 4 year old had 3 paracetamol instead of 1")["triage"] in ("urgent", "emergency")
    assert check_json(cli, "took 12 paracetamol instead of 2")["triage"] == "emergency"


def test_a_swollen_wrist_after_a_fall_is_not_sent_home(cli):
    out = check_json(cli, "my mum is 80, she tripped on the kerb yesterday and her wrist is swollen and sore")
    assert out["triage"] in ("urgent", "emergency"), out["triage"]
