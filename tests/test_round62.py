"""Round 62, through the CLI. The no-wet-nappies flag said 999 for any dry nappy, while its own reason (and the NHS
pages the writers cited) set 999 at 12 hours or more: a dry nappy or no wee for a stated time under 12 hours is now
read as the same-day dehydration sign (NHS Diarrhoea and vomiting), and a dry nappy said without a time, or for 12
hours or more, is still 999. From blind check sets 102a's and 102b's misses (first runs recorded before these), by
kind: heat exhaustion still bad "over half hour" after cooling; a blackout "mid run"; a stomach bug with barely any
wee; a pregnancy that is over ("after my pregnancy") is not one now; sleep apnoea's choking and gasping is not
choking on something; a medicine said to be helping is one given, not one a child got into; red, swollen tonsils
are not skin; a panic attack that came and went, said as "the 3rd time this month". From blind crisis set 65's
misses: a life-insurance payout asked about for a death that "looks like an accident"; the height of a fall said
to be "always fatal"; and, quiet, the idiom of hard effort ("i kill myself grinding ranked") and not wanting to
"live forever". From 103a's and 103b's misses: a washing-machine capsule bitten, a tongue "twice the size", paracetamol
in two medicines by their American names (and, when it makes one feel sick, A&E: a new flag), an old furnace, a
child's age read as a count of fits, chilblains' purple toes. Someone else's collapse, not said to have come round,
is 999 (new flag). Suicide or self-harm named as a topic (an essay, statistics, lyrics, training) is asked, not
shown the message. Reader R105's over-calls: sleep apnoea's gasping with snoring is no severe-breathing sign;
swollen tonsils without allergy; a dirty nappy; peeing less; the symptom list's "suicidal thoughts" follow the crisis
reader; early weeks said of oneself beside a pregnancy; stroke-speech's drink exception no longer reads a simile.
From 104a and 104b (read after their first runs): a blood thinner by its brand with a head knock; pelvic girdle pain
said with its movements is no severe pain in pregnancy. From 105a (read after its first run): a croaky voice and a cough
that keeps on after an allergen; "still hasn't come round"; "6mo" as a baby's age."""

from __future__ import annotations

import pytest

from conftest import (assert_asked_not_alarmed, assert_flag_fires, check_json, crisis_shown, crisis_wording_tests,
                      flag_wording_tests)

FLAG_FIRES = [
    # a dry nappy or no wee for a stated time under 12 hours: same day
    ("dehydration-signs", "urgent", "my 1 yr old has diarrhoea, hes alert and playing but i realised hes not had a "
     "wet nappy for about 9 hours and his lips look a bit dry"),
    ("dehydration-signs", "urgent", "my 3yo has a tummy bug and hasnt had a wee in 8 or 9 hours but he's awake and "
     "chatting"),
    ("dehydration-signs", "urgent", "baby with bronchiolitis, 9 hours without a wet nappy"),
    ("dehydration-signs", "urgent", "my 9 month old has a tummy bug, her nappy has been dry for about 8 hours which "
     "isnt like her"),
    # a dry nappy with no time said, or 12 hours or more, or a time given for something else: still 999
    ("no-wet-nappies", "emergency", "toddler has had sickness and runny poos since yesterday, hasnt had a wet nappy "
     "for about 13 hours now"),
    ("no-wet-nappies", "emergency", "no wet nappy since yesterday, she was sick 3 hours ago"),
    ("no-wet-nappies", "emergency", "baby had a cold, no wet nappy for 12 hours"),
    ("no-wet-nappies", "emergency", "my 2 year old hasnt had a wet nappy all day"),
    # 102a: still horrendous over half an hour after cooling; a blackout mid run; barely peeing with a stomach bug
    ("heat-exhaustion-not-better", "emergency", "been on a roof all day in the sun, came in and lay down with water n "
     "a fan over half hour ago and still feel horrendous, head pounding"),
    ("faint-during-exercise", "emergency", "went down mid run at parkrun, just blacked out, ppl said i was out maybe "
     "20 secs. feel ok ish now"),
    ("dehydration-signs", "urgent", "stomach bug 3 days, been drinking dioralyte but still barely peeing and go dizzy "
     "when i stand up"),
    # someone else's collapse, not said to have come round (new flag: SWAST When to call 999, loss of consciousness)
    ("collapse-now", "emergency", "my dad has collapsed"),
    ("collapse-now", "emergency", "mum just collapsed in the kitchen"),
    ("collapse-now", "emergency", "grandad collapsed"),
    # 103a and 103b's misses (read after their first runs): a washing-machine capsule bitten; only weeing a tiny
    # bit with a tummy bug; a tongue "twice the size"; paracetamol in two medicines by its American names, and
    # feeling sick with it (new flag: the page's "go to A&E if you feel unwell"); an old furnace
    ("poisoning", "emergency", "my 18 month old bit into a washing machine capsule, got the gel in his mouth, hes "
     "coughing a lot"),
    ("dehydration-signs", "urgent", "9yo had a tummy bug since yesterday, been on dioralyte all day but still only "
     "weeing a tiny bit"),
    ("anaphylaxis-swelling", "emergency", "woke up with my tongue twice the size and my voice has gone all hoarse, "
     "ive been on ramipril for 2 yrs"),
    ("paracetamol-double-dosing", "urgent", "been taking tylenol 4 times a day plus percocet at night, the "
     "pharmacist says percocet has acetaminophen in it too. feel fine"),
    ("paracetamol-double-dosing-unwell", "emergency", "I'm 74 and have been taking 2 Tylenol extra strength 4 times "
     "a day for my hip, plus Percocet at night, for 3 days. Pharmacist just told me the Percocet has acetaminophen "
     "in it too. Feel a bit queasy"),
    ("paracetamol-double-dosing-unwell", "emergency", "took lemsip and paracetamol together didnt realise lemsip "
     "has paracetamol in it, now feel sick"),
    ("carbon-monoxide-collapse", "emergency", "we both woke up with pounding headaches, worse at home, we have an "
     "old furnace. she just passed out for a few seconds"),
    ("seizure-long", "emergency", "she has had 2 seizures in the last hour"),
    ("anaphylaxis-swelling", "emergency", "my tonsils and throat are swollen after eating peanuts"),
    ("severe-breathing", "emergency", "baby snores and keeps gasping in her sleep and going blue"),
    ("no-wet-nappies", "emergency", "she hasnt peed all day and has a temp"),
    # 104b's emergency miss and 104a's over-call (read after their first runs): a head knock on a blood thinner named
    # by its brand (NHS Head injury: A&E on blood thinners), shared as {blood_thinner}; pelvic girdle pain in pregnancy
    ("head-injury-signs", "emergency", "my mother in law (84) slipped in the bathroom and hit her head on the sink "
     "about an hour ago. she's on Eliquis for her heart. she has a bump but says she's fine"),
    ("head-injury-signs", "emergency", "hit my head on a cupboard door, im on xarelto"),
    ("pregnancy-severe-pain", "emergency", "28 weeks pregnant and sharp pain in my pelvis"),
    # 105a's emergency and urgent misses (read after its first run): a croaky voice at the end of the words and a
    # cough that keeps on after an allergen; a faint that "still hasn't come round"; a baby "6mo" refusing her bottles
    ("allergy-breathing", "emergency", "my son is 6 and allergic to nuts, he had a bite of his friends cereal bar "
     "that had cashews in. came out in hives round his mouth so we gave him piriton. now he keeps coughing and his "
     "voice has gone croaky"),
    ("unresponsive", "emergency", "my daughter fainted in the kitchen, she's 15. we've laid her down with her legs "
     "up but she still hasn't come round and it's been over a minute"),
    ("baby-not-feeding", "urgent", "6mo with a sicky bug since yesterday, had a few wet nappies, but since this "
     "morning she's refusing her bottles completely"),
    # the narrowed flags still read their signs
    ("choking", "emergency", "my son is choking on a grape and cant breathe or cough"),
    ("child-swallowed-medicine", "emergency", "my toddler swallowed some of nanas tablets"),
    ("skin-red-hot-swollen", "urgent", "the skin on my shin is red, hot, swollen and really painful"),
]
FLAG_QUIET = [
    ("no-wet-nappies", "2yo tummy bug no wet nappy 9 hours still chatty"),
    ("no-wet-nappies", "my 10 week old hasnt had a wet nappy for 8 hours"),
    # reader R105's over-calls: a dirty nappy is no wet one, and peeing less is not none; snoring with gasping in
    # sleep; swollen tonsils with no allergy
    ("no-wet-nappies", "no dirty nappy for 2 days but plenty of wet ones"),
    ("no-wet-nappies", "havent peed much today, been drinking coffee all morning"),
    ("severe-breathing", "husband snores like a train and keeps choking and gasping in his sleep"),
    ("anaphylaxis-swelling", "tonsils are red and swollen, sore throat 2 days"),
    ("collapse-now", "i just collapsed into bed after work"),
    ("collapse-now", "i collapsed at work yesterday but feel fine now"),
    ("collapse-now", "my friend collapsed at the party, he came round after a minute"),
    ("collapse-now", "my lung collapsed last year"),
    ("paracetamol-double-dosing-unwell", "took lemsip and paracetamol together didnt realise lemsip has "
     "paracetamol in it, feel fine"),
    # 103a and 103b's over-calls: a child's age is no count of fits; chilblains' purple toes after the cold
    ("seizure-long", "my son is 2 and had a febrile seizure last month (checked at hospital, all fine). he has a temp "
     "of 38.4 with a cold now, no fit, playing"),
    ("blue-or-mottled", "80, toes go itchy, red and swollen after I've been out in the cold, sometimes purplish. skin "
     "not broken, not diabetic"),
    ("skin-red-hot-swollen", "80, toes go itchy, red and swollen after I've been out in the cold, sometimes purplish"),
    ("pregnancy-severe-pain", "24 wks pregnant and i get a sharp ache at the front of my pelvis when i walk or turn "
     "over in bed"),
    ("allergy-breathing", "allergic to cats, sneezing and a bit of a cough"),
    ("baby-not-feeding", "had a cough for 6mo, now off my food"),
    # 102a and 102b's over-calls, by kind
    ("choking", "partner says i stop breathing in my sleep then gasp and choke, i snore loads and im knackered all "
     "day"),
    ("child-swallowed-medicine", "daughter 16 has had a sore throat for 2 days, tonsils look red and swollen with "
     "white spots, temp 38. she can swallow drinks fine and paracetamol is helping"),
    ("skin-red-hot-swollen", "daughter 16 has had a sore throat for 2 days, tonsils look red and swollen with white "
     "spots, temp 38"),
    ("pregnancy-bleeding", "Bright red blood on the loo roll when I wipe after a poo and a small sore lump at my bum. "
     "I had piles after my pregnancy and it feels the same. Been a few days."),
    ("sepsis-signs", "out of nowhere heart pounding, shaking, couldnt breathe and my hands went tingly, thought i was "
     "dying. lasted bout 10 mins then went. 3rd time this month. 26"),
    ("sense-of-doom", "out of nowhere heart pounding, shaking, couldnt breathe and my hands went tingly, thought i "
     "was dying. lasted bout 10 mins then went. 3rd time this month. 26"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET, exact=True)


def test_a_pregnancy_since_it_began_is_still_one(cli):
    out = check_json(cli, "bleeding and bad cramping today, ive had spotting on and off since my pregnancy began")
    assert any(f["id"].startswith("pregnancy-") for f in out["red_flags"]), out["red_flags"]


CRISIS_SHOWS = [
    "my wife still gets the life insurance if it looks like an accident right",
    "will my life insurance pay out if my death looks like an accident",
    "does the insurance pay out if i die and it looks like an accident",
    "just curious, what height of fall is always fatal",
    "which floor is fatal",
    "what height is a fall always fatal",
    "how high does a bridge need to be to be always fatal",
]
CRISIS_QUIET = [
    "my car insurance claim, the policy pays if it looks like an accident",
    "does life insurance pay out if it was an accident at work",
    "what height of fall is fatal for a cat",
    "what height fall is fatal for toddlers from windows",
    "im killing myself working 3 jobs and my back hurts",
    "song that goes i dont wanna live forever",
]

(test_each_crisis_kind_shows_the_message_first, test_in_search_too, test_near_twins_show_no_message,
 test_the_phrases_not_the_model_read_them) = crisis_wording_tests(CRISIS_SHOWS, CRISIS_QUIET, search_every=2)


@pytest.mark.parametrize("text", ["i want to kill myself working here", "i dont want to live like this forever"])
def test_the_idioms_narrowed_still_leave_a_wish_to_die(cli, text):
    assert crisis_shown(cli, "check", text), text


@pytest.mark.parametrize("text", [
    "suicide statistics uk for my school essay",
    "suicide prevention training for teachers",
    "what does self harm mean, health class homework",
    "themes of suicide in romeo and juliet for my english essay",
])
def test_suicide_or_self_harm_named_as_a_topic_is_asked_not_alarmed(cli, text):
    assert_asked_not_alarmed(cli, text)  # the question with the numbers, not the message


@pytest.mark.parametrize("text", [
    "im thinking about suicide, cant focus on my essay",
    "my essay on suicide is due and honestly i want to die",
    "i self harm, is there a course to help",
    "my son is at risk of suicide",
])
def test_a_wish_or_act_beside_a_topic_still_shows_the_message(cli, text):
    assert crisis_shown(cli, "search", text), text


def test_a_slur_likened_to_drink_with_none_drunk_is_still_a_stroke_sign(cli):
    # the stroke-speech flag's drink exception read a simile ("slurring like ive had 6 pints but i havent had a drop")
    text = ("55 m was making a brew and suddenly my left leg and arm felt like they belonged to somebody else, "
            "dropped the kettle, the wife says im slurring like ive had 6 pints but i havent had a drop")
    assert_flag_fires(cli, "stroke-speech", "emergency", text)


def test_the_symptom_lists_suicidal_thoughts_follow_the_crisis_reader(cli):
    out = check_json(cli, "--age", "70", "dont want to live forever lol, getting old sucks")
    assert out["triage"] == "urgent", out["triage"]  # asked about, not 999 (the phrases read no wish to die)
    assert check_json(cli, "i want to kill myself")["triage"] == "emergency"


def test_early_weeks_said_of_oneself_beside_a_pregnancy_are_its_weeks(cli):
    out = check_json(cli, "spotting since my pregnancy began, im 8 weeks")
    assert out["patient"]["pregnancy_weeks"] == 8, out["patient"]
    assert out["patient"]["age_years"] is None, out["patient"]
