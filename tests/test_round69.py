"""Round 69, through the CLI. From check set 119a and reader R113 (ears, nose and throat, teeth, eyes, medicines and
devices): a gastrostomy (PEG or button) feeding tube that came out is same day, and A&E when it is a PEG, new, came out
with its balloon still up, or with pain, bleeding or sickness (Kent Community Health NHS Trust's leaflet); a blocked
catheter or one passing large clots is same day (HSE); a broken or loose filling, crown, bridge, veneer or denture, and
tooth pain that painkillers ease but that is not going away, are urgent dental problems (NHS emergency dentist page);
an ear infection not getting better with treatment is same day (NHS mastoiditis); a nosebleed said as "20 mins now" is
a long one; pus, pain from light or a headache after an eye injury is A&E (111 Wales eye injuries); a dosette box taken
at once is an overdose; a cut still bleeding after half an hour of pressure is A&E; a collarbone injury is same day
(NHS broken collarbone, 111), not a broken arm, and A&E with trouble breathing or a shoulder swelling fast.
From the second reader of round 68: a choking object that "hasn't come out", or came out with noisy breathing, a new
cough or sickness after it, is not cleared; no poo said as "hasn't been able to poo"; a black eye said as an eye
swollen shut after a blow; something sticking out "of the side of the chest"; a dog that "bit off the tip" of a finger;
a toe bruised, blue and cold; a child who "went into the pool" for a lesson is no near-drowning. Its own second reader's mends are
tested too (guards read the text, not just a word anywhere in it).
A phrase of self-harm is read in its own clause: "a fight with my dad. stubbed a fag out on my leg" is self-harm.
Never invent: "dropped a dumbbell on my foot" is no foot drop, "I did back slaps" no back pain, "a sharp edge" no
anxiety, "hay fever" no fever, and heavy bleeding from a cut is no heavy period."""

from __future__ import annotations

from conftest import check_json, flag_wording_tests, understood

FLAG_FIRES = [
    ("feeding-tube-out", "urgent", "my sons mic-key button fell out this morning, he has had it for three years"),
    ("feeding-tube-out-hospital", "emergency", "my mums PEG tube was pulled out by accident in the care home"),
    ("feeding-tube-out-hospital", "emergency", "the gastrostomy tube came out, it was only fitted 2 weeks ago"),
    ("feeding-tube-out-hospital", "emergency", "his feeding tube came out and the site is bleeding and he is in pain"),
    ("catheter-blocked", "urgent", "my wifes catheter bag is dry and nothing has drained since lunch"),
    ("catheter-blocked", "urgent", "urine leaking around my suprapubic catheter, i think it is blocked"),
    ("dental-repair-broken", "urgent", "my crown came off when i bit into an apple"),
    ("dental-repair-broken", "urgent", "my top denture has cracked in two"),
    ("toothache-not-going-away", "urgent", "paracetamol takes the edge off my toothache but it has been going for over a week"),
    ("ear-infection-not-better", "urgent", "5 days of amoxicillin for her ear infection and its not improving"),
    ("nosebleed-long", "emergency", "nose bleed 25 minutes now and still going even pinching it"),
    ("eye-injury-vision", "emergency", "scratched my eye on a branch and now there's pus coming out"),
    ("eye-injury-vision", "emergency", "hit in the eye with a ball, now bright light hurts and i have a headache"),
    ("overdose", "emergency", "nan took the whole dosette box in one go"),
    ("cut-bleeding-through-pressure", "emergency", "cut my thumb with a knife, been bleeding 40 minutes, pressing a towel on it"),
    ("collarbone-injury", "urgent", "fell off the climbing frame and thinks he broke his collarbone"),
    ("collarbone-injury-chest-signs", "emergency", "landed on my collarbone at rugby and my breathing is getting worse"),
    ("collarbone-injury-chest-signs", "emergency", "hurt my collar bone and the shoulder swelled up within minutes"),
    ("swallowed-object-breathing", "emergency", "he swallowed a marble, it hasn't come out yet and he keeps coughing"),
    ("swallowed-object-breathing", "emergency", "choked on a grape, it came out but her breathing sounds noisy"),
    ("swallowed-object-breathing", "emergency", "swallowed a bead, it has not come out and he is being sick"),
    ("swallowed-object-mild-signs", "urgent", "swallowed a 5p two days ago and she hasn't been able to poo"),
    ("black-eye-a-and-e", "emergency", "got hit in a fight, eye swollen shut and there is blood in the eye"),
    ("object-stuck-in-body", "emergency", "a metal pole is sticking out of the side of his chest after the crash"),
    ("serious-bite", "emergency", "the dog bit off the tip of her finger"),
    ("toe-injury-bent-or-blue", "emergency", "crushed my toe under a weight, bruised and blue and cold"),
    ("wound-sharp-thing-left-in", "emergency", "the needle snapped and part is still in my arm"),
    # the second reader of round 69
    ("open-or-major-fracture", "emergency", "crashed my bike, broke my leg, bone sticking out, and knocked a tooth out"),
    ("severe-bleeding", "emergency", "my gums bleed when i brush. today i sliced my finger and it is pouring blood"),
    ("near-drowning", "emergency", "he went into the canal, we pulled him out, he is being sick"),
    ("wound-numb-or-cant-move", "emergency", "sliced my thumb on a knife, it has been numb and tingling at night since"),
    ("feeding-tube-out-hospital", "emergency", "dads peg tube has been pulled out, no blood"),
    ("feeding-tube-out-hospital", "emergency", "PEG fell out an hour ago and the hole is leaking"),
    ("collarbone-injury-chest-signs", "emergency", "fell on my collarbone and the shoulder has changed shape"),
    ("cut-bleeding-through-pressure", "emergency", "cut my hand, its been bleeding 30 minutes even pressing hard"),
    ("catheter-blocked", "urgent", "nothing draining into the catheter bag since this morning"),
    ("dental-repair-broken", "urgent", "my filling fell out"),
]
FLAG_QUIET = [
    ("feeding-tube-out", "the nasogastric tube came out of her nose"),
    ("feeding-tube-out-hospital", "gastrostomy button fell out, had it for years, balloon down, no pain, nurse coming"),
    ("catheter-blocked", "my catheter is draining fine, how often should i change the bag"),
    ("dental-repair-broken", "the crown of my head is itchy"),
    ("ear-infection-not-better", "my 4yo started antibiotics for an ear infection yesterday and seems better"),
    ("nosebleed-long", "nosebleed for 5 mins this morning, stopped now"),
    ("overdose", "took my dosette box tablets as normal this morning"),
    ("severe-bleeding", "my gums bleed a lot when i brush my teeth"),
    ("broken-arm", "i think i broke my collarbone falling off my bike"),
    ("collarbone-injury", "my collarbones stick out since i lost weight"),
    ("swallowed-object-breathing", "choked on a grape but coughed it out and she is fine now"),
    ("near-drowning", "went into the pool for her swimming lesson, now has a cough and cold"),
    ("open-or-major-fracture", "tooth pulled 2 days ago, empty socket with bone showing, pain is awful"),
    ("anaphylaxis-swelling", "my lips swelled up yesterday but it has gone today, breathing fine"),
    ("black-eye-a-and-e", "my eyes are swollen up from hay fever"),
    ("black-eye-a-and-e", "woke up with my eye swollen shut, i think its a hay fever attack, feel sick"),
    ("overdose", "i had the whole week off work with flu"),
    ("overdose", "took a weeks worth of tablets on holiday with me"),
    ("swallowed-object-breathing",
     "he choked on a grape but coughed it up straight away, he is fine now, has not been sick and breathing normally"),
    ("severe-bleeding", "small cut on my toe has been bleeding for 2 hours, just oozing a little"),
    ("cut-bleeding-through-pressure", "small cut on my toe has been bleeding for 2 hours, just oozing a little"),
    ("dental-repair-broken", "i broke the bridge of my nose playing rugby"),
    ("feeding-tube-out-hospital", "his gastrostomy button came out, i am trained to put a new one in and have a spare"),
    ("feeding-tube-out", "my peg tooth fell out"),
    ("feeding-tube-out", "the tent peg came out in the wind last night"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


def test_no_symptom_is_invented_from_an_everyday_sense(cli):
    assert "foot-drop" not in understood(cli, "dropped a dumbbell on my foot at the gym")
    assert "foot-drop" in understood(cli, "i have a dropped foot since my back operation")
    assert "back-pain" not in understood(cli, "i did back slaps and the sweet came out")
    assert "back-pain" in understood(cli, "did my back in lifting boxes")
    assert "anxiety" not in understood(cli, "my tooth has a sharp edge")
    assert "anxiety" in understood(cli, "i feel on edge all the time")
    assert "fever" not in understood(cli, "my hay fever is bad this week")
    assert "heavy-periods" not in understood(cli, "cut my leg on a saw, bleeding heavily")


def test_a_collarbone_injury_is_same_day_not_an_emergency(cli):
    out = check_json(cli, "came off my bike and I think my collarbone is broken, very painful")
    assert out["triage"] == "urgent", out["triage"]


def test_anothers_name_in_the_sentence_before_does_not_hide_self_harm(cli):
    # the cigarette phrase's guard (put out by another person on me) reads only its own clause
    from healthq.crisis import crisis_reader

    assert crisis_reader("had a row with my dad. stubbed a fag out on my arm") is not None
    assert crisis_reader("my dad stubbed his fag out on my arm") is None
    out = check_json(cli, "argued with my mum. put a cigarette out on my hand")
    assert out["crisis"] is True
