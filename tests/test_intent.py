"""The intent reader: which section a question asks for (intent.py's table of question forms), and
comparisons, through the CLI with exit codes; properties of the reader for any text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import hostile_text
from healthq.intent import FORMS, QUESTION, WORD, read_comparison, read_intent, section_from_article

SECTIONS = {"causes", "symptoms", "treatment", "diagnosis", "prevention", "risks", "complications", "when",
            "act", "link", "show", "compare"}


# --- each question form, as health sites title their sections, through `ask --json` -----------------------


@pytest.mark.parametrize("question,condition,section", [
    # when to get help: seriousness, emergencies, "do I need to see a doctor"
    ("is cellulitis an emergency", "cellulitis", "when_to_seek_care"),
    ("can you die from sepsis", "sepsis", "when_to_seek_care"),
    ("how serious is a subarachnoid haemorrhage", "subarachnoid-haemorrhage", "when_to_seek_care"),
    ("is scarlet fever dangerous", "scarlet-fever", "when_to_seek_care"),
    ("croup, when should i take my child to hospital", "croup", "when_to_seek_care"),
    # causes: contagion, inheritance, "how do you catch"
    ("is impetigo contagious", "impetigo", "causes"),
    ("how do you catch hiv", "hiv", "causes"),
    ("is myasthenia gravis hereditary", "myasthenia-gravis", "causes"),
    ("can you get hepatitis e from pork", "hepatitis-e", "causes"),
    # symptoms: "what does X feel like", "check if you have X"
    ("what does tinnitus sound like", "tinnitus", "symptoms"),
    ("what are the first signs of parkinsons", "parkinsons-disease", "symptoms"),
    # treatment: cure, reversal, "go away on its own", "what helps"
    ("is hepatitis b curable", "hepatitis-b", "treatment"),
    ("can heart failure be reversed", "heart-failure", "treatment"),
    ("does shingles go away on its own", "shingles", "treatment"),
    ("warts on hands how to get rid", "warts-and-verrucas", "treatment"),
    # tests: "how is X diagnosed", "how do you get diagnosed"
    ("how is coeliac disease diagnosed", "coeliac-disease", "diagnosis"),
    ("how do you get diagnosed with autism as an adult", "autism", "diagnosis"),
    # prevention: "how to stop getting", "how to avoid"
    ("how can i stop getting kidney stones", "kidney-stones", "prevention"),
    ("how to stop threadworms coming back", "threadworms", "prevention"),
    # taking someone to hospital, however many words name them; going back when it is not better
    ("when should you take a child with croup to hospital", "croup", "when_to_seek_care"),
    ("mastitis not getting better on antibiotics when to go back", "mastitis", "when_to_seek_care"),
    # how long a treatment takes to work; a painkiller is a treatment
    ("how long do antibiotics take to work for a chest infection", "acute-bronchitis", "treatment"),
    ("best painkiller for a tension headache", "tension-headache", "treatment"),
    # the doctors finding out is diagnosis, as "how is X diagnosed" is
    ("how do they tell if a child has appendicitis in a&e", "appendicitis", "diagnosis"),
    # who catches it may be named ("how do toddlers get"); easing and soothing are treating; finding
    # out whether you have it is a test; stopping it before it starts is prevention; needing a doctor
    # and someone to talk to are when to get help; pictures show what it looks like
    ("how do toddlers get hand foot and mouth", "hand-foot-and-mouth-disease", "causes"),
    ("best way to soothe eczema", "eczema", "treatment"),
    ("how can i find out if i have coeliac disease", "coeliac-disease", "diagnosis"),
    ("how to stop hay fever before it starts", "allergic-rhinitis", "prevention"),
    ("does my daughter need a doctor for chickenpox", "chickenpox", "when_to_seek_care"),
    ("feeling suicidal who should i talk to", "suicidal-thoughts", "when_to_seek_care"),
    ("shingles rash pictures", "shingles", "symptoms"),
    # help for an addiction is its treatment (the support it lists), not when to get help
    ("where can i get help for a gambling problem", "gambling-addiction", "treatment"),
])
def test_question_forms_choose_the_section(cli, question, condition, section):
    r = cli("ask", "--json", question)
    assert r.code == 0, r
    assert r.json()["id"] == condition and r.json()["section"] == section


@pytest.mark.parametrize("question,section", [
    ("what is bronchiectasis", "show"),
    ("how long does it take to recover from pneumonia", "show"),  # the course of an illness: the whole article
    ("mesothelioma life expectancy after diagnosis", "show"),  # a question form outweighs a section word
])
def test_questions_about_the_whole_condition_show_the_article(question, section):
    assert read_intent(question).section == section


def test_the_longer_form_takes_the_words():
    """"how can I stop getting X" is prevention, though "how can I stop X" alone is treatment."""
    assert read_intent("how can i stop getting kidney stones").section == "prevention"
    assert read_intent("how can i stop kidney stones hurting").section == "treatment"
    assert read_intent("how do you get diagnosed with autism").section == "diagnosis"
    assert read_intent("how do you get chickenpox").section == "causes"


def test_on_a_tie_the_first_form_wins():
    both = read_intent("what causes gout and how is it diagnosed")
    assert both.section == "causes" and both.terms == "gout"
    assert read_intent("how is gout diagnosed and what causes it").section == "diagnosis"
    # a question form outweighs a section word wherever it stands
    assert read_intent("signs of meningitis, when to see a doctor").section == "when"


def test_a_form_removes_its_words_but_keeps_the_name():
    intent = read_intent("is a leaky heart valve serious")
    assert intent.section == "when" and intent.terms == "leaky heart valve"


def test_every_weight_is_named():
    assert {w for _s, w, _f in FORMS} <= {QUESTION, WORD, 1}
    assert {s for s, _w, _f in FORMS} <= SECTIONS


# --- sections read from the article, by level of care, and by where the condition stands --------------------


@pytest.mark.parametrize("question,section", [
    ("meningitis rash", "symptoms"),  # rash is among meningitis's symptoms
    ("glue ear grommets", "treatment"),  # grommets are its treatment
    ("parkinsins tremor", "symptoms"),  # read through the typo
    ("kidney stones", "show"),  # nothing said about the condition: the whole article
])
def test_words_said_about_a_condition_are_read_in_its_article(cli, question, section):
    r = cli("ask", "--json", question)
    assert r.code == 0, r
    # a section answer names its section; the whole article is the stored entry, with all its sections
    assert r.json().get("section", "show") == section
    assert section != "show" or "sections" in r.json()


def test_a_word_in_every_section_decides_nothing():
    entry = {"sections": {"symptoms": [{"name": "A rash"}], "treatment": [{"name": "Cream for the rash"}]}}
    assert section_from_article(["rash"], entry) is None
    assert section_from_article(["rash"], {"sections": {"symptoms": [{"name": "A rash"}]}}) == "symptoms"
    assert section_from_article(["every", "day"], {"sections": {"prevention": [{"name": "x", "detail": "every day"}]}}) is None


@pytest.mark.parametrize("question,section", [
    ("tia what to do", "when_to_seek_care"),  # an emergency: what to do is get help
    ("nits what to do", "treatment"),  # self-care: what to do is the treatment
])
def test_what_to_do_follows_the_level_of_care(cli, question, section):
    r = cli("ask", "--json", question)
    assert r.code == 0, r
    assert r.json()["section"] == section


@pytest.mark.parametrize("question,condition,section", [
    ("can stress cause a stomach ulcer", "peptic-ulcer", "causes"),  # the condition is the effect
    ("can vitamin d deficiency cause tiredness", "vitamin-d-deficiency", "symptoms"),  # the effect is its symptom
    ("can chronic endometritis cause miscarriage", "chronic-endometritis", "complications"),
])
def test_can_x_cause_y_depends_on_where_the_condition_stands(cli, question, condition, section):
    r = cli("ask", "--json", question)
    assert r.code == 0, r
    assert r.json()["id"] == condition and r.json()["section"] == section


def test_the_note_says_what_was_asked(cli):
    r = cli("ask", "can you die from sepsis")
    assert r.code == 0 and "when to get help of Sepsis" in r.err and "can you die from" in r.err


# --- comparisons ----------------------------------------------------------------------------------------------


def test_search_for_a_comparison_lists_both_and_gives_the_compare_command(cli):
    r = cli("search", "fibroids vs cysts")
    assert r.code == 0, r
    assert "Uterine fibroids" in r.out and "Ovarian cysts" in r.out
    assert "healthq compare uterine-fibroids ovarian-cysts" in r.err
    j = cli("search", "--json", "fibroids vs cysts")
    assert j.code == 0 and [m["id"] for m in j.json()[:2]] == ["uterine-fibroids", "ovarian-cysts"]


@pytest.mark.parametrize("question", ["fibroids vs cysts", "difference between fibroids and ovarian cysts"])
def test_ask_for_a_comparison_compares(cli, question):
    r = cli("ask", "--json", question)
    assert r.code == 0, r
    assert [r.json()[k]["id"] for k in ("a", "b")] == ["uterine-fibroids", "ovarian-cysts"]


def test_an_ambiguous_side_is_read_in_the_other_sides_body_system(cli):
    """'ulcer' alone fits a stomach, a leg and a mouth ulcer as well as each other (exit 1, asked);
    against gastritis it is the stomach ulcer, and the note says why."""
    alone = cli("causes", "ulcer")
    assert alone.code == 1 and "fits several conditions" in alone.err
    r = cli("compare", "--json", "ulcer", "gastritis")
    assert r.code == 0, r
    assert [r.json()[k]["id"] for k in ("a", "b")] == ["peptic-ulcer", "gastritis"]
    text = cli("compare", "ulcer", "gastritis")
    assert text.code == 0 and "same body system as Gastritis" in text.err
    # two of the same body system: the one the other's article links to (fibroids links to womb polyps)
    r = cli("ask", "--json", "polyps vs fibroids")
    assert r.code == 0 and r.json()["a"]["id"] == "endometrial-polyps"


def test_a_side_that_stays_ambiguous_is_asked_about(cli):
    # "stones": bladder and kidney stones, neither in gallstones' body system
    r = cli("compare", "stones", "gallstones")
    assert r.code == 1 and "fits several conditions" in r.err and r.out == ""


def test_a_question_with_or_is_not_a_comparison():
    assert read_comparison("how do i know if im depressed or just sad") is None
    assert read_comparison("cold or flu how do i tell the difference").other == "flu"
    assert read_comparison("pcos") is None


# --- properties -------------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(hostile_text())
def test_any_text_reads_to_a_known_section_without_raising(text):
    intent = read_intent(text)
    assert intent.section in SECTIONS
    assert isinstance(intent.terms, str)


QUESTIONS = ["how is {} diagnosed", "is {} contagious", "what causes {}", "can you die from {}", "{} symptoms",
             "how do i get rid of {}", "is {} serious", "does {} go away on its own", "{} what to do", "what is {}"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(QUESTIONS), st.sampled_from(["gout", "kidney stones", "pcos", "type 2 diabetes", "a leaky heart valve"]))
def test_the_name_survives_the_question(question, name):
    """Whatever question is asked around a name, the name is left to find the condition."""
    intent = read_intent(question.format(name))
    assert intent.section != "show" or question == "what is {}"
    assert all(w in intent.terms.split() for w in name.split() if w != "a")
