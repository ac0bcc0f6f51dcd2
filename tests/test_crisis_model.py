"""The crisis word model (crisis.model_score): what it adds to the phrases, and that it never stops a command.

The phrases are the first reader: what they take gets the crisis message and, in `check`, an emergency. A
text they do not take is weighed by the model: what it takes surely (log-odds at least crisis._MODEL_SURE)
gets the crisis message, and what it takes less surely a question with the numbers (crisis.ASK), first, in
every command; in `check` either is at least URGENT. These texts say it in ordinary words that no phrase
holds: the model is what reads them (the phrases alone must not take them, or the test would prove nothing).
"""

from __future__ import annotations

import pytest

from healthq import crisis

IN_ORDINARY_WORDS = [
    "I swallowed a lot of my citalopram tonight because I just wanted to stop feeling this way",
    "I hold my hand over the candle till it blisters",
    "I haven't eaten in days on purpose, I want to be gone",
    "I stopped taking my heart tablets so I can see my wife again",
    "i wrote a note. its in my drawer",
    "i keep thinking about the bridge near work",
    "bought a gun, told everyone it's for the farm but that's not why",
    "I'm so tired of everything, I just want it to stop",
]
# of those, the texts the model is sure of (crisis_reader "sure": the message) and those it asks about
SURE = [IN_ORDINARY_WORDS[i] for i in (0, 2, 3, 4, 5, 6)]
ASKS = [t for t in IN_ORDINARY_WORDS if t not in SURE]

EVERYDAY = [
    "period pain", "what causes kidney stones?", "this headache is killing me", "dying for a wee",
    "my phone died", "cut myself chopping onions", "I took 12 paracetamol by accident",
    "tired all the time and no energy", "my dad died last month and I can't sleep",
    "hanging basket fell on my head", "piles", "recurrent miscarriage",
]


def _crisis_shown(cli, command, text):
    r = cli(command, text)
    assert r.code in (0, 1), r
    return r.err.startswith("If you are thinking about ending your life")


@pytest.mark.parametrize("command", ["check", "search", "show", "when"])
@pytest.mark.parametrize("text", ASKS)
def test_the_model_asks_first_for_crisis_said_in_ordinary_words(cli, command, text):
    r = cli(command, text)
    assert r.err.startswith(crisis.ASK) and "116 123" in crisis.ASK and "988" in crisis.ASK and "999" in crisis.ASK
    assert not r.err.startswith("If you are thinking about ending your life"), text


@pytest.mark.parametrize("command", ["check", "search", "show", "when"])
@pytest.mark.parametrize("text", SURE)
def test_the_model_shows_the_message_first_when_it_is_sure(cli, command, text):
    r = cli(command, text)
    assert _crisis_shown(cli, command, text) and crisis.ASK not in r.err, text


@pytest.mark.parametrize("text", IN_ORDINARY_WORDS)
def test_those_texts_are_the_models_own(text):
    assert not crisis.mentions_crisis(text)
    assert crisis.crisis_reader(text) == ("sure" if text in SURE else "model"), text


def test_the_sure_cut_is_what_turns_the_question_into_the_message(cli, monkeypatch):
    """The same text, read by the same weights, gets the question when the cut is above its log-odds."""
    text = SURE[0]
    assert crisis.model_score(text) >= crisis._MODEL_SURE
    monkeypatch.setattr(crisis, "_MODEL_SURE", crisis.model_score(text) + 0.01)
    crisis._phrases_take.cache_clear()
    r = cli("search", text)
    assert r.err.startswith(crisis.ASK) and not _crisis_shown(cli, "search", text)
    assert crisis.model_score(ASKS[0]) < crisis._MODEL_SURE


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_show_no_message_and_no_question(cli, text):
    r = cli("check", text)
    assert "116 123" not in r.err, text


def test_a_negated_phrase_weighs_apart_from_the_phrase():
    said = crisis.model_features("I hurt myself")
    denied = crisis.model_features("I would never hurt myself")
    assert "hurt" in said and "hurt" not in denied and "~hurt" in denied
    assert "hurt" in crisis.model_features("I can't sleep, I hurt all over")  # the negation ends with its clause


def test_the_model_reads_someone_else_as_the_first_person():
    assert crisis.model_features("she wants to disappear") >= {"disappear", "to disappear"}
    assert "i want" not in crisis.model_features("she wants to disappear")  # two function words: no pair


def test_function_words_weigh_only_in_pairs():
    features = crisis.model_features("cut myself shaving")
    assert "myself" not in features and {"cut", "shaving", "cut myself", "myself shaving"} <= features


def test_the_shipped_weights_load():
    crisis._model_cache = None
    weights, threshold, _ = crisis._model()
    assert weights is not None and len(weights) == 2 + (1 << crisis._MODEL_BITS)
    assert 0 < threshold < 5


@pytest.mark.parametrize("content", [b"", b"\x00" * 11, b"\xff" * (4 * (2 + (1 << crisis._MODEL_BITS)) + 4),
                                     b"\x00" * (4 * (2 + (1 << crisis._MODEL_BITS)))])
def test_missing_or_damaged_weights_leave_the_phrases_and_no_traceback(cli, monkeypatch, tmp_path, content):
    """A model file that is absent, short or too long is not read, and one of zeros has no crisis word: the
    phrases still show the message, and only they do."""
    monkeypatch.setattr(crisis, "_model_cache", None)
    if content:
        (tmp_path / "bad.bin").write_bytes(content)
        monkeypatch.setattr(crisis, "_MODEL_FILE", str(tmp_path / "bad.bin"))
    else:
        monkeypatch.setattr(crisis, "_MODEL_FILE", "no-such-model.bin")
    assert crisis._model()[0] is None or crisis.model_score(IN_ORDINARY_WORDS[0]) is None
    assert _crisis_shown(cli, "check", "I want to kill myself")
    assert "116 123" not in cli("check", IN_ORDINARY_WORDS[0]).err
    assert cli("search", "period pain").code == 0


def test_a_crisis_only_the_model_reads_leaves_the_level_to_the_phrases_and_flags(cli):
    """The model weighs words, not what they are about: its question does not make an emergency of "my son's
    temperature is up again tonight". A crisis the phrases read is still one."""
    r = cli("check", "--json", "i swallowed a lot of my citalopram tonight because i wanted to stop feeling this way")
    assert r.err.startswith("If you are thinking about ending your life")  # the model is sure of it
    assert r.json()["crisis"] is False and r.json()["crisis_question"] is True and r.json()["crisis_message"] is True
    assert r.json()["triage"] == "emergency"  # the overdose flag, not the model
    r = cli("check", "--json", "i keep thinking about the bridge near work")  # sure, and no flag
    assert r.json()["crisis_message"] is True and r.json()["triage"] == "urgent"
    r = cli("check", "--json", ASKS[-1])  # asked, not sure
    assert r.json()["crisis_message"] is False and r.json()["crisis_question"] is True
    r = cli("check", "--json", "my son's temperature is up again tonight and he's off his food")
    assert r.json()["triage"] != "emergency" and not r.json()["crisis"]
    data = cli("check", "--json", "I want to kill myself").json()
    assert data["crisis"] is True and data["triage"] == "emergency" and data["crisis_question"] is False
    assert data["crisis_message"] is True
    assert cli("check", "--json", "fever and a cough").json()["crisis_question"] is False


def test_the_question_says_what_to_do_for_someone_else_and_after_an_act():
    assert "someone you are worried about" in crisis.ASK and "already taken something" in crisis.ASK
    assert all(n in crisis.ASK for n in ("116 123", "988", "85258", "999", "911", "112", "A&E"))


def test_first_person_questions_about_a_symptom_are_no_crisis(cli):
    """'i want', 'ive been', 'i dont' are how a crisis text is often written, and how most questions are."""
    for text in ("i've got a rash and i want to know what to do", "ive been having headaches and i dont know why",
                 "I want to stop smoking", "i want to lose weight", "i dont want to take antibiotics"):
        assert "116 123" not in cli("check", text).err, text


def test_the_command_name_and_option_values_are_not_read_as_what_was_typed():
    from healthq._entry import typed_words

    assert typed_words(["check", "--age", "30", "--sex", "male", "i", "feel", "low"]) == ["i", "feel", "low"]
    assert typed_words(["--data", "mine.json", "causes", "kms"]) == ["kms"]
    assert typed_words(["what", "causes", "kidney", "stones"]) == ["what", "causes", "kidney", "stones"]
    assert typed_words(["search", "--", "--age"]) == ["--age"]


def test_the_command_names_are_the_apps():
    from healthq._entry import COMMANDS
    from healthq.cli import app

    assert sorted(COMMANDS) == sorted(c.name for c in app.registered_commands)


@pytest.mark.parametrize("text", IN_ORDINARY_WORDS)
def test_a_crisis_only_the_model_reads_is_never_less_than_urgent_in_check(cli, text):
    """The model cannot say how near the danger is, so `check` gives what the NHS gives thoughts of suicide
    without immediate danger (an urgent GP appointment or 111) and never less; the flags may say more."""
    data = cli("check", "--json", text).json()
    assert data["crisis_question"] is True and data["crisis"] is False, text
    assert data["triage"] in ("urgent", "emergency"), (text, data["triage"])


def test_a_text_already_urgent_keeps_its_own_reason_under_the_question(cli):
    """The question is shown first; a medical reason for URGENT is not replaced by the question's (R36: "his
    temperature is up again tonight" lost its febrile-seizure reason). A lower level takes the question's."""
    data = cli("check", "--json", IN_ORDINARY_WORDS[1]).json()  # burns: urgent of itself
    assert data["crisis_question"] is True and data["triage"] == "urgent"
    assert "wanting to die" not in data["triage_reason"], data["triage_reason"]


def test_a_crisis_only_the_model_reads_and_no_symptom_still_gets_a_level(cli):
    """'i wrote a note. its in my drawer' names no symptom: without the model it is 'nothing recognised'
    (exit 1); with the model's question it gets URGENT and its reason, not a bare error."""
    r = cli("check", "--json", "i wrote a note. its in my drawer")
    assert r.code == 0 and r.json()["triage"] == "urgent", r
    reason = r.json()["triage_reason"]
    assert all(n in reason for n in ("111", "116 123", "988", "999", "already hurt yourself")), reason
