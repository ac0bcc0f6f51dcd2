"""Round 49: kinds of crisis wording that crisis set 14 showed the phrases missing, and a negation that reached
across a sentence. A "no" or "not" ends with its clause (NegEx): "no appetite. want to die" was read as if the
wish were denied. Also: "haven't wanted to live" (the negated want in any tense), not feeling like living, a way
of dying talked or joked about, an act against one's own body when one hates oneself, marks said to be one's own
doing, self-harm back after a time free of it, a pain that ends only if one ends it, the people around said to
manage without one, and a pet put in another's name (a kind of putting affairs in order); a "didn't" or "won't"
of a thing ends at a new subject, as a "no" does. Each wording is new (not a case of any set); the near-twins share the
words and must stay quiet."""

from __future__ import annotations

from healthq import crisis

from conftest import crisis_wording_tests

SHOWS = [
    # a negation ends with its clause
    "no appetite. want to die",
    "not sleeping, not eating, want to end it all",
    "never feel happy anymore. thinking about killing myself",
    "not coping! i want to kill myself",
    "no energy; cutting myself again",
    # the negated want in any tense, and not feeling like living
    "i havent wanted to be alive for months",
    "she hasnt wanted to live since the divorce",
    "dont feel like living anymore",
    "he doesnt feel like being alive",
    # a way of dying talked or joked about
    "my brother keeps talking about jumping off the bridge",
    "she keeps joking about stepping in front of a bus, i think she means it",
    # an act against one's own body when one hates oneself
    "whenever i hate myself i bite my arms",
    "i scratch my legs when i hate myself",
    "hate myself so much i punch the wall",
    # marks said to be one's own doing; self-harm back after a time free of it
    "the burns on my arm are from me",
    "scratches all up my legs, i did them last night",
    "relapsed last week after a year clean from self harm",
    "was clean from cutting for months until tonight",
    # a pain that ends only if one ends it
    "its not going to stop until i end it myself",
    # the people around said to manage without one
    "my family would manage without me honestly",
    "theyd cope without me",
    # two kinds of warning sign: affairs put in order (life insurance, a house in another's name) and a goodbye
    "dads been flat for weeks, hes put the dog in my name and said thanks for everything",
    # readers R55 and R56: what the first version lost (a "no" before ended the negation at a new subject; text-speak
    # "2" read past a clause end; a "|" before a digit) and a dash between spaces as a clause end
    "how am i? no. won't lie, i want to die",
    "sleep? not really. didnt sleep, i want to end my life",
    "i dont want... 2 b here anymore",
    "she doesnt... want to be here anymore",
    "no headache - just want to kill myself",
    # reader R57: a clause end inside "my self - harm" or "her - self" parted the words (read as a whole now)
    "my self - harm is back, cut last night",
    "i cant stop my self - harming, every night",
    "she said she wants to kill her - self",
    "i struggle with my self... harm... again",
    # a "didn't" or "won't" of a thing ends at a new subject, as a "no" does
    "didnt sleep, i want to die",
    "wont lie, i want to end my life",
    # reader R58: a full stop slipped into "me.self", and wordings both trees missed
    "i want to kill me.self",
    "she keeps cutting her.self",
    "i only cut when i hate myself",
    "sh|3 weeks clean|relapsed",
    "havent felt like living in months",
    "hell be fine without me",
    # crisis set 16 (opened): more kinds
    "ive been working out how id do it and when everyone is out",
    "thought about it a lot, what id take",
    "honestly dying would be a relief",
    "whats the point of living anymore",
    "would anyone even notice if i was gone",
    "no one would notice if i just didnt wake up",
    "wondering if anyone would care if i died",
    "found a pencil sharpener taken apart for the blade in her room",
    "i punch the door till my knuckles split",
    "i burn my arm with the lighter because i want it to hurt",
    "how long does a paracetamol overdose take to kill you",
    "told the nurse it was an accident. it wasnt",
    "gave the dog to my brother and said thanks for everything",
    "the scars under it are from me, last week, with a razor",
]

QUIET = [
    "i would never kill myself. i just feel tired all the time",
    "no thoughts of harming myself. sleeping badly though",
    "not suicidal. just exhausted and achy",
    "dont feel like living in the city anymore",
    "we dont feel like living with my parents",
    "talking about jumping off the diving board at the pool",
    "he said he drove into a wall on the ice last winter",
    "i hit my head on the cupboard and hate myself for being clumsy",
    "the cuts on my hands are from the brambles",
    "the scratches are from me gardening",
    "relapsed with my smoking after 6 months",
    "if i dont wake up on time i wont mind missing breakfast",
    "the team will cope without me while im on leave",
    "the kids would be fine without me for a weekend",
    "put the car in my name for the insurance",
    "updated my life insurance after the baby was born",
    # readers R55 and R56: over-calls of the first version
    "dont feel like living off takeaways anymore, ibs",
    "the marks on the babys bum are from me using the wrong wipes",
    "two small cuts on my fingers, i did them last night chopping onions",
    "the scratches on my hands are from me trimming the roses",
    "the scars on my arm are from me when i was 15, can laser help",
    "hospital for a hernia op tomorrow, the kids will be fine without me and their dad is off work",
    "my husband would cope without me if i get admitted",
    "learner driver, my instructor keeps joking about me driving into a wall",
    "my brother always jokes about driving into a tree in gta",
    "my son keeps talking about jumping off the pier into the sea with his mates",
    "whenever i hate myself i hit the gym hard",
    "cos i hate myself i cut carbs for a week",
    "i bite my nails when i hate myself",
    "if she didnt wake up again tonight i wouldnt mind, shes teething",
    "diagnosed with diabetes, checking my life insurance, feeling hopeless about it all",
    # reader R57: over-calls of the mended version
    "no longer feel like living as a student, want my own flat",
    "my son doesnt feel like living under our roof anymore, hes 19",
    "always on about walking into a lamp post when she was texting",
    "talking about driving into the wall at the go karts",
    "still talking about crashing into a tree on the ski slope last winter",
    "when i hate myself i cut and colour my hair",
    "when i hate myself i burn more calories at the gym",
    "cuts on my hands, i did them when i was gardening",
    "if he didnt wake up tomorrow i wouldnt mind, hes a nightmare flatmate",
    "my husband would cope without me anyway while im in hospital for the gallbladder op",
    "broke my streak of cutting out sugar",
    "transferred my savings into her name for the mortgage, feel so hopeless about money",
    # reader R58
    "the cuts on my legs are from me, i shave badly",
    "not self harming. cuts on my thighs are from me though, the razor slipped",
    "when i hate myself i scratch my head and overthink everything",
    "because i hate myself i hurt more when people are rude",
    "my wife will be fine without me maybe for one night",
    "dont feel like living the dream at work today",
    "grandad keeps talking about stepping off the bus at the wrong stop",
    "dad still talks about crashing into a tree when he was 17",
    # crisis set 16 kinds: near-twins
    "dyeing my hair would be fine for the wedding",
    "whats the point of being here if the gp wont see me",
    "would anyone notice if i took a day off sick",
    "the pencil sharpener broke, can i get the blade out to fix it",
    "told the teacher it was an accident and it was, he tripped",
    "gave the dog to the kennels for the week while we are away",
    "giving away all the baby clothes, were done having kids, wont be needing any of it",
    "the burns on my hand are from me though, touched the oven tray",
    "cuts on my fingers i did them yesterday but its just from the hedge",
    "how long does it take for an overdose of iron to show in a toddler",
    # reader R60: over-calls of the first version of these
    "planning how ill do it on the day, revise the night before",
    "finally worked out how to do it, boiler pressure was just low lol",
    "thought about it and what id take is a hoodie and snacks for the festival",
    "dying would be easier than learning german grammar honestly lol",
    "dying would be nice for my hair, which colour",
    "would anyone notice if i was gone for the afternoon, thinking of skipping work",
    "would anyone notice if i died my hair pink",
    "took the sharpener apart for the blade to fix my model plane",
    "punched the bag till my knuckles split, boxing",
    "told mum it was an accident, it wasnt, i punched my brother",
    "scars on my knee are from me though, fell off my bike as a kid",
    "how long does a tylenol overdose take to kill the liver, pharmacology exam tomorrow",
]


(test_each_kind_shows_the_message_first, test_in_search_too, test_near_twins_show_no_message,
 test_the_phrases_not_the_model_read_them) = crisis_wording_tests(SHOWS, QUIET, search_every=5)


def test_a_negation_reaches_back_only_to_the_start_of_its_clause():
    """The clause ends are marked where the text is folded and taken out again before the phrases are read:
    a sentence's end, not a decimal point or a time; a comma only before a new 'want'."""
    marked = crisis._fold("No sleep, no food, want to die. It was 38.5 at 10:30!", marks=True)
    assert marked == " no sleep no food | want to die | it was 38 5 at 10 30 | "
    assert crisis._unmark(marked) == (" no sleep no food want to die it was 38 5 at 10 30 ", (17, 29, 50))
    assert crisis._fold("No thoughts of suicide, self harm or plans") == " no thoughts of suicide self harm or plans "
    assert crisis._fold("sh|2 weeks clean") == " sh 2 weeks clean "


def test_a_clause_takes_a_negation_away_and_never_adds_one():
    """Negated in its clause and in the whole text before it: "no. didnt sleep, i want to die" (the whole text
    ends the "didnt" at the new subject) shows the message; denials said in their own sentences stay quiet."""
    assert crisis.mentions_crisis("no. didnt sleep, i want to die")
    assert not crisis.mentions_crisis("not suicidal. never self harmed. just tired")
    assert not crisis.mentions_crisis("no thoughts of ending my life, no plans, just low")
