"""Round 65, through the CLI. From blind check set 111a and crisis sets 72 and 74 (read after their first runs), by
kind, and from check sets 112a and 112b and reader R109 (by kind, after their first runs): a pregnant woman who says she never had chickenpox (or measles, rubella, slapped cheek) and tells of spots in
another sentence, hers or a child's she was with (NHS: call the GP, midwife or 111 the same day); death welcomed when
said as what an illness might do ("don't care if it kills me, I'd welcome it") and ending it threatened if suffering
does not stop ("if it doesn't, I'll finish it myself"), death prayed for, a pain hoped to be a heart attack, and how
long "till it's over" without one's own insulin show the crisis message; a game's "suicide mission" does not. A
stiff neck said as hurting to move, an erection still hard hours after a tablet, a heart rate given as a number, a slow
pulse with faintness, a tongue "going huge", skin coming away in sheets after a new medicine and diarrhoea for weeks
are read as their signs, as are a home blood pressure of 180/120 or more, and a racing heart with dizziness that has
stopped (same day). Another's words reported (an insult, bullying, a threat: "told me to kys") are not the person's
wish: they get at most the question, unless the person goes on to agree ("and i might")."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_shown, flag_wording_tests

FLAG_FIRES = [
    ("pregnancy-infection-contact", "urgent", "I'm 20 weeks pregnant and never had chickenpox. Spent the afternoon with "
     "my nephew and his spots came out this evening. I feel fine"),
    ("pregnancy-infection-contact", "urgent", "My nephew came out in spots last night and I held him all day. I'm 28 "
     "weeks pregnant and I've never had chickenpox"),
    ("pregnancy-infection-contact", "urgent", "32 weeks pregnant. never had measles as far as i know. the little boy i "
     "childmind has a rash and a high temp"),
    # check set 112a (first run before this was written): a stiff neck said as "hurts to move", light made him scream
    ("stiff-neck-fever", "emergency", "my 7yo has been throwing up since lunch, now he says his neck hurts to move"),
    ("stiff-neck-fever", "emergency", "she has a temperature and screams when the light is on, and a stiff neck"),
    # check set 112b: an erection still hard hours after an erection tablet (priapism: A&E)
    ("priapism", "emergency", "took a viagra last night and its still hard 5 hours later and now it really hurts"),
    # reader R109, by kind: a racing heart given as a number with faintness, a slow heart with faintness or sweat
    # (NHS heart rhythm problems and heart block: 999), a tongue "going huge", skin coming away in sheets after a new
    # medicine, diarrhoea for weeks (NHS: 111 after 7 days)
    ("palpitations-with-signs", "emergency", "heart going like 200 a min and i nearly passed out on the stairs"),
    ("slow-pulse-with-signs", "emergency", "feeling faint, heart very slow about 35 per minute, dizzy"),
    ("slow-pulse-with-signs", "emergency", "mums pulse is 38 and shes sweaty and grey"),
    ("anaphylaxis-swelling", "emergency", "tongue going huge after new blood pressure tablets"),
    ("severe-skin-reaction", "emergency", "skin peeling off in sheets with blisters after starting a new antibiotic"),
    ("dehydration-signs", "urgent", "diarrhoea for 2 weeks no better"),
    # check set 113a: a home blood pressure of 180/120 or more (American Heart Association: 911 with chest pain,
    # breathlessness, back pain, numbness, weakness, sight or speech changes; else a doctor soon), and a racing heart
    # with dizziness that has stopped (NHS heart rhythm problems: urgent GP appointment or 111)
    ("bp-very-high-with-signs", "emergency", "Blood pressure monitor says 214/126, did it again 5 min later and got "
     "209/124. I've got pain in my chest and my vision's gone blurry"),
    ("bp-very-high", "urgent", "home BP machine says 186/121, rested 5 min and took it again 184/120. no headache, "
     "no chest pain, feel totally normal"),
    ("palpitations-passed", "urgent", "heart suddenly raced for about 20 min last night, watch said 160s, I felt a bit "
     "dizzy and short of breath with it. it stopped on its own and I feel fine now"),
    ("palpitations-with-signs", "emergency", "my apple watch says 182 and i feel dizzy, sitting on the sofa"),
    # a second reader: fainting during exercise is never put down to the exercise
    ("palpitations-with-signs", "emergency", "heart was pounding during my run and i passed out, felt fine after"),
    # reader R110, by kind: breathlessness said as struggling to catch one's breath; "hr" before a number is a heart
    # rate; a head that cannot be turned and a child crying when the neck is moved; lights hurting the eyes; skin
    # coming away; a medicine the Stevens-Johnson page names
    ("bp-very-high-with-signs", "emergency", "bp was 190 over 110 and im struggling to catch my breath"),
    ("palpitations-with-signs", "emergency", "fitbit saying HR 142 resting and im really dizzy"),
    ("slow-pulse-with-signs", "emergency", "watch says hr 42 and i keep feeling sick and dizzy"),
    ("stiff-neck-fever", "emergency", "cant turn my head without it killing me, fever 39"),
    ("stiff-neck-fever", "emergency", "hurts to bend my neck forward and lights are hurting my eyes"),
    ("stiff-neck-fever", "emergency", "toddler cries when i move his neck, very hot and been sick"),
    ("severe-skin-reaction", "emergency", "skin coming away in big sheets after new antibiotics"),
    ("severe-skin-reaction", "emergency", "blisters everywhere and skin peeling off since i started allopurinol last week"),
    # check set 113b: a week's tablets taken out of the dosette box at once
    ("overdose", "emergency", "mum has dementia and I think she's taken the whole week's tablets out of her dosette box at "
     "once this afternoon. she seems ok at the moment"),
]
FLAG_QUIET = [
    ("pregnancy-infection-contact", "I'm 20 weeks pregnant and never had chickenpox, can I have the jab after the baby?"),
    ("pregnancy-infection-contact", "32 weeks pregnant and i never had measles. is the mmr safe to have after birth"),
    ("priapism", "took a viagra last night, it worked and went down after an hour"),
    ("palpitations-with-signs", "heart rate 170 on my run, felt fine after"),
    ("palpitations-with-signs", "pulse 72 and blood pressure 150 over 90, bit dizzy when i stand"),
    ("slow-pulse-with-signs", "resting heart rate is 42, i cycle a lot, feel great"),
    ("slow-pulse-with-signs", "im 42 and my heart feels slow when i wake up"),
    ("severe-skin-reaction", "blisters on my heel from new shoes and the skin came off"),
    ("dehydration-signs", "had diarrhoea for 2 days, now better"),
    # reader R109: a squash ball in the eye is not a testicle
    ("testicle-pain", "got hit in the eye with a squash ball and now cant see properly and it hurts loads"),
    ("bp-very-high", "my bp was 150/95 at the pharmacy, feel fine"),
    ("bp-very-high-with-signs", "bp 192 over 110 and I double checked it, bit of a headache"),
    ("palpitations-with-signs", "Blood pressure monitor says 214/126, did it again 5 min later and got 209/124"),
    ("palpitations-with-signs", "heart suddenly raced for a few minutes last night and I felt dizzy. it stopped on its "
     "own and I feel fine now"),
    # R110: a racing heart going on now is not told it has stopped; a marathon runner's resting rate is no temperature;
    # "hr" with "of" is an hour
    ("palpitations-passed", "heart pounding out of my chest and feel like im going to pass out"),
    ("heatstroke", "my resting hr is 42 but im a marathon runner and feel fine"),
    ("slow-pulse-with-signs", "hr 12 of my fast and feeling a bit dizzy"),
    ("overdose", "I take my tablets from my dosette box every morning, one day at a time"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


@pytest.mark.parametrize("text", [
    "fever and bad cough for a week, dont care if it kills me, id honestly welcome it",
    "when does the chemo sickness stop, because if it doesnt ill finish it myself",
    "if the pain doesn't stop soon I'll finish myself off",
    # from crisis 75 (first run before these were written), by kind: death prayed for, a pain hoped to be a heart attack,
    # how long till it is over without one's insulin
    "back pain so bad i pray for death",
    "chest pain on left side, i hope its a heart attack tbh, would welcome it",
    "type 1, if i just stop my insulin how long till its over. i want it over",
    "if this pain doesnt stop ill finish it myself",
    # crisis 77 (first run before these were written), by kind: agreeing with another's words of death; hitting oneself
    # until the skin is purple
    "my sister said 'it should have been you that died not mum' and i think shes right",
    "they call me fat pig at work. i make myself sick and punch my thighs till theyre purple",
])
def test_death_welcomed_or_threatened_if_suffering_goes_on_shows_the_message(cli, text):
    assert crisis_shown(cli, "check", text), text


@pytest.mark.parametrize("text", [
    # another's words reported (crisis sets 74-76): an insult, bullying, a threat
    "someone in a game chat told me to kys, how do i report them, it made me angry",
    "boss said id be better off dead than late again, so stressed i cant sleep",
    "kids at school told my son to go die, he came home crying, what do i do",
    "my ex keeps saying he will kill me if i leave, im scared",
    "bullies keep telling my son to go kill himself, he has a tummy ache every morning",
    "played the suicide mission in mass effect all night, now cant sleep even though im exhausted",
    "if the builder doesn't stop soon I'll finish it myself",
    "if it doesn't work I'll finish it myself tomorrow",
    "chest pain on the left, I hope it's not a heart attack",
    "praying for the end of this heatwave",
    "I'm praying this is the end and I can go home tomorrow after the op",
    # crisis 77: a diet is not dying; hard training; a game's taunt
    "my daughter told me she wants to diet before prom, she's 16 and already slim",
    "coach says i'm killing myself in training, shin pain 3 weeks",
    "in fortnite my mate keeps telling me to kill myself so i respawn faster lol, is 6 hrs gaming a night why i cant sleep",
    "if I stop my insulin before the op, how long till it's over?",
])
def test_games_jobs_and_others_words_show_no_message(cli, text):
    assert not crisis_shown(cli, "check", text), text


@pytest.mark.parametrize("text", [
    "everyone tells me to kys and i might",
    "my brother said i should kill myself and maybe hes right",
    "i told my mum i want to die",
    "my friend told me she wants to kill herself",
    "the voices keep telling me to kill myself",
])
def test_ones_own_wish_said_beside_anothers_words_still_shows_the_message(cli, text):
    assert crisis_shown(cli, "check", text), text
