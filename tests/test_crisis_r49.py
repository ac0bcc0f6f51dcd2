"""Round 49: kinds of crisis wording that crisis set 14 showed the phrases missing, and a negation that reached
across a sentence. A "no" or "not" ends with its clause (NegEx): "no appetite. want to die" was read as if the
wish were denied. Also: "haven't wanted to live" (the negated want in any tense), not feeling like living, a way
of dying talked or joked about, an act against one's own body when one hates oneself, marks said to be one's own
doing, self-harm back after a time free of it, not waking up as a thing one would not mind, a pain that ends only
if one ends it, the people around said to manage without one, and life insurance or things put in another's name
(a kind of putting affairs in order). Each wording is new (not a case of any set); the near-twins share the
words and must stay quiet."""

from __future__ import annotations

import pytest

from healthq import crisis

from conftest import crisis_shown

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
    "she jokes about stepping in front of a bus but i think she means it",
    # an act against one's own body when one hates oneself
    "whenever i hate myself i bite my arms",
    "i scratch my legs when i hate myself",
    "hate myself so much i punch the wall",
    # marks said to be one's own doing; self-harm back after a time free of it
    "the burns on my arm are from me",
    "scratches all up my legs, i did them last night",
    "relapsed last week after a year clean from self harm",
    "was clean from cutting for months until tonight",
    # not waking up as a thing one would not mind; a pain that ends only if one ends it
    "if i never woke up i wouldnt care",
    "its not going to stop until i end it myself",
    # the people around said to manage without one
    "my family would manage without me honestly",
    "theyd cope without me",
    # two kinds of warning sign: affairs put in order (life insurance, a house in another's name) and a goodbye
    "dads been flat for weeks, hes put the house in my name and said thanks for everything",
    "checked my life insurance pays out, love you all",
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
]


@pytest.mark.parametrize("text", SHOWS)
def test_each_kind_shows_the_message_first(cli, text):
    assert crisis_shown(cli, "check", text), text


@pytest.mark.parametrize("text", SHOWS[::5])
def test_in_search_too(cli, text):
    assert crisis_shown(cli, "search", text), text


@pytest.mark.parametrize("text", QUIET)
def test_near_twins_show_no_message(cli, text):
    assert not crisis_shown(cli, "check", text), text


def test_the_phrases_not_the_model_read_them():
    """The message is the phrases' (the model would only ask): each wording is taken by a phrase."""
    assert [t for t in SHOWS if crisis.crisis_reader(t, model=False) != "phrases"] == []


def test_a_negation_reaches_back_only_to_the_start_of_its_clause():
    """The clause ends are marked where the text is folded and taken out again before the phrases are read:
    a sentence's end, not a decimal point or a time; a comma only before a new 'want'."""
    marked = crisis._fold_marked("No sleep, no food, want to die. It was 38.5 at 10:30!")
    assert marked == " no sleep no food | want to die | it was 38 5 at 10 30 | "
    assert crisis._unmark(marked) == (" no sleep no food want to die it was 38 5 at 10 30 ", (17, 29, 50))
    assert crisis._fold("No thoughts of suicide, self harm or plans") == " no thoughts of suicide self harm or plans "
