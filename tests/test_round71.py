"""Round 71, through the CLI. From reader R115 and check set 123a (long-term conditions, treatments, older people, mind
and body): a child with asthma who is wheezy and breathless, coughs or wheezes day and night, is too breathless to run
or play, or has needed the reliever more than 3 times this week (not a habit of weeks) is seen the same day (NHS Frimley Healthier Together);
redness, swelling, pus or heat where a PICC line, central line or port goes in is same day (The Christie); breathless
even sitting up, or too breathless to lie down, is heart failure's 999 sign (NHS); unusually tired or drowsy with
signs of drying out is same day (NHS Dehydration); "weeing a lot and says it burns" is a water infection; "never had
chickenpox ... he has it" in pregnancy is a contact. Quieted: an "eating disorder" is no food eaten before a faint.
Never invent: "it burns" is no burn, and a word typed in capitals (PICC) is an abbreviation, not a slip."""

from __future__ import annotations

from conftest import check_json, flag_wording_tests, understood

FLAG_FIRES = [
    ("child-asthma-amber", "urgent", "my 6 year old has asthma and is too breathless to play football today"),
    ("child-asthma-amber", "urgent", "my 10yo with asthma has been coughing and wheezing day and night since her cold"),
    ("line-site-infection", "urgent", "my daughter's hickman line site is red and oozing"),
    ("line-site-infection", "urgent", "there is pus where my dads portacath goes in"),
    ("line-site-infection", "urgent", "he had a picc line put in for antibiotics and the skin around it is hot and swollen"),
    ("pink-frothy-phlegm", "emergency", "my mum has heart failure and is so breathless she cant lie down, has to sleep sitting up in a chair"),
    ("pink-frothy-phlegm", "emergency", "heart failure and tonight im suddenly very breathless, cant lie flat at all"),
    ("dehydration-not-passing-urine", "urgent", "my nan has had a tummy bug, hardly drinking and is unusually tired today"),
    ("pregnancy-infection-contact", "urgent",
     "12 weeks pregnant and never had chickenpox, my nephew came round yesterday and now my sister says he has it"),
    ("uti-older", "urgent", "grandad is 79, weeing loads and says it stings, and he has a temperature"),
    ("uti-man-words", "urgent", "my husband has been weeing a lot and says it burns"),
    # the second reader of round 71
    ("child-asthma-red", "emergency", "my 7 year old with asthma, 6 puffs of blue inhaler every 4 hours and still getting worse"),
    ("child-asthma-red", "emergency", "my 9yo has asthma and her peak flow is 40% of her best"),
    ("child-asthma-amber", "urgent", "my 11 year old has asthma and his peak flow is only 60% of normal"),
    ("line-site-infection", "urgent", "my central line exit site looks infected"),
    ("line-site-infection", "urgent", "my pic line is red and sore"),
    ("uti-man-words", "urgent", "I'm a man and I need a wee all the time, when I go it burns"),
    ("serious-burn", "emergency", "boiling water went over my arm and it burns so much, the skin has come off"),
    ("allergy-breathing", "emergency", "we sat down to tea and as soon as he started eating problems started, he's wheezing and can't swallow"),
    ("seizure-long", "emergency", "my daughter is having a SIEZURE that won't stop, it's been 6 minutes"),
    ("vomiting-blood", "emergency", "I've been VOMMITING blood this morning"),
    ("pregnancy-infection-contact", "urgent", "22 weeks pregnant and never had chickenpox, my niece who I babysat on Saturday now has it"),
    ("dehydration-not-passing-urine", "urgent", "not drinking since yesterday and very lethargic, he's 88"),
    ("child-asthma-amber", "urgent", "my son has asthma and he's been wheezy and breathless since this morning"),
    ("child-asthma-amber", "urgent", "my 9 year old has needed her blue inhaler more than 3 times this week"),
    ("line-site-infection", "urgent", "the area round my son's Hickman is red and crusty"),
    ("serious-burn", "emergency", "my toddler grabbed the hair straighteners, says it burns and his fingers have blisters"),
    ("serious-burn", "emergency", "my 3 year old fell against the fire guard, red marks on his face and also burns on his legs"),
    ("pink-frothy-phlegm", "emergency", "dad has heart failure, he's breathless even sat in his chair and it came on suddenly this afternoon"),
    ("dehydration-not-passing-urine", "urgent", "my grandad is hardly drinking and gets dizzy when he stands up and it doesnt wear off"),
    ("pregnancy-infection-contact", "urgent",
     "I'm pregnant and I don't think I've had chickenpox, my son's nursery friend has it and they shared toys yesterday"),
]
FLAG_QUIET = [
    ("child-asthma-amber", "im 35 with asthma and too breathless to run for the bus"),
    ("child-asthma-amber", "my son has asthma, uses his blue inhaler before football, fine otherwise"),
    ("child-asthma-amber", "my 9 year old has asthma, had a cold, coughing a bit at night"),
    ("line-site-infection", "i need to book my PICC line flush next week"),
    ("line-site-infection", "port wine stain on my babys face is red"),
    ("line-site-infection", "i was in the midline of the queue and my feet hurt"),
    ("pink-frothy-phlegm", "my grandad has heart failure, ankles a bit swollen in the evening"),
    ("dehydration-not-passing-urine", "been drinking less today, feel a bit tired after work"),
    ("allergy-breathing", "daughter has an eating disorder and fainted once at school, came round in seconds and is fine now"),
    # the second reader of round 71
    ("allergy-breathing", "binge eating at night and I feel faint and dizzy in the mornings"),
    ("line-site-infection", "I work at the port and my hands are sore from the ropes"),
    ("line-site-infection", "my neighbour Dr Hickman said my sore throat is just a virus"),
    ("line-site-infection", "I had a PICC line years ago; today I have a sore knee after running"),
    ("line-site-infection", "my PICC line is fine but I've got red itchy eyes from hay fever"),
    ("child-asthma-amber", "my 10 year old took a pain reliever for his headache, he's been coughing day and night with a cold"),
    ("child-asthma-amber", "my son won't wear his puffer jacket and now he's coughing day and night with a cold"),
    ("child-asthma-amber", "he used to need his inhaler more than 3 times a week but now it's once a month"),
    ("child-asthma-amber", "my 6 yr old coughs a lot at night and gets wheezy and out of breath running about, could it be asthma"),
    ("pink-frothy-phlegm", "I was out of breath when I sat down after climbing the stairs, fine after a minute"),
    ("dehydration-not-passing-urine", "so tired after the night shift and I've got dark wee, forgot to drink"),
    ("uti-child", "my 4 year old weed in the bath then cried that it hurts when I touched her ear"),
    ("serious-burn", "my mouth still burns from a chilli I ate"),
    ("serious-burn", "indigestion, my chest burns after eating big meals"),
    ("chemical-on-skin", "had a massive curry last night, burning in my chest and acid coming up my throat, otherwise feel fine"),
    ("blue-or-mottled", "itchy, white, cracked skin between my toes and it smells a bit. i go to the gym a lot"),
    ("allergy-breathing", "my son's eating habits are poor and he gets out of breath running"),
    # the sweep of every set: the reliever 4 or 5 times a week for weeks is an asthma review (NHS Asthma), and a child
    # not known to have asthma who wheezes at football is not a known asthma's flare
    ("child-asthma-amber", "my son is 9 has asthma, lately using his blue inhaler about 4 times a week and coughing at night"),
    ("child-asthma-amber", "my son 8 coughs at night a lot and gets wheezy and out of breath running at football, been months"),
    ("child-asthma-amber", "my 9 year old has a cough at night and gets wheezy and puffed out when he runs at football, his dad had asthma"),
    ("serious-burn", "caught my finger on the oven tray, small red patch with tiny blister, ran it under cold water 20 mins"),
    ("allergy-breathing", "she's got eating problems and wheezes a bit with her asthma"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


def test_it_burns_is_no_burn(cli):
    assert "burns" not in understood(cli, "im weeing a lot and it burns")
    assert "burns" not in understood(cli, "my throat still burns after being sick")
    assert "burns" in understood(cli, "i have burns on my legs from the bonfire")


def test_an_abbreviation_in_capitals_is_not_respelt(cli):
    out = check_json(cli, "chemo patient, my PICC line is red and swollen around where it goes in")
    assert "craving-ice" not in {u["id"] for u in out["understood"]}
    assert out["triage"] in ("urgent", "emergency"), out["triage"]
    # a slip in a text typed all in capitals is still read, and so is a longer word said loudly
    assert "headache" in understood(cli, "MY HEADACH IS BAD")
    assert "long-seizure" in understood(cli, "my daughter is having a SIEZURE that won't stop, it's been 6 minutes")


def test_an_eating_disorder_faint_that_passed_is_not_sent_to_999(cli):
    out = check_json(cli, "daughter has an eating disorder and fainted once at school, came round in seconds and is fine now")
    assert out["triage"] != "emergency", out["triage"]
    # food eaten before feeling faint is still anaphylaxis's sign
    assert check_json(cli, "ate peanuts and now feel faint")["triage"] == "emergency"
