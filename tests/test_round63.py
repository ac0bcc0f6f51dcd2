"""Round 63, through the CLI. From blind crisis sets 67, 68 and 69 (opened after their first runs), by kind: looking up
the tallest bridges near one; letters written to one's family "so they understand"; dying said to be "the only way
out"; and, asked rather than shown the message, suicide or self-harm named as something taught, examined, reported or
sung (a lesson plan, a nursing exam, a poster, a newspaper, karaoke, an awareness day). The carbon monoxide signs
follow their page: a boiler, fumes, a named carbon monoxide or a CO alarm with a headache, dizziness or sickness is
same-day care (NHS: 111 if you think you have it), and with breathlessness or chest pain, as with collapse or
confusion, 999 (the signs of a high level). The symptom list reads the negating auxiliaries of one verb alike
("hasn't had a poo", "havent pooed"), a symptom said in the plural, and "not pregnant" as a status, not a symptom.
Bites follow the NHS page as it reads now (A&E for the face or head, a large or deep wound, bleeding that will not
stop; same day for hands, feet, a person's bite, a child's limb). From blind check sets 106a, 106b, 107b and 108a
(read after their first runs): a person's teeth that broke the skin; a baby's fall from a bouncer onto tiles; a
reliever needed again after two or three hours; sudden delirium in dementia told by its signs; a shin "bent in the
middle"; "nobody has passed out". Fired red flags vote for the conditions they warn of, split among them."""

from __future__ import annotations

import pytest

from conftest import assert_asked_not_alarmed, check_json, crisis_wording_tests, flag_wording_tests

FLAG_FIRES = [
    ("animal-bite", "urgent", "got bitten on the hand in a fight, his teeth broke the skin"),
    ("animal-bite", "urgent", "my toddler got bit at nursery and the other kids teeth went through the skin"),
    ("young-child-fall-sick", "emergency", "my 9 month old rolled off the changing mat on the counter and fell onto the "
     "kitchen floor, been sick twice since"),
    ("young-child-fall-sick", "emergency", "2 year old tipped out of her car seat onto the tiles, now really drowsy"),
    ("young-child-fall-sick", "emergency", "my 2 year old fell off the sofa and keeps nodding off"),
    ("asthma-worsening", "urgent", "his ventolin helps but wears off after about 2 hours"),
    ("asthma-worsening", "urgent", "wheezy, blue inhaler works but i need it again after 3 hours"),
    ("carbon-monoxide-collapse", "emergency", "our boiler is old and we all feel breathless and my chest hurts"),
    ("carbon-monoxide-symptoms", "urgent", "headaches every morning since the new gas fire went in, fine at work"),
    ("carbon-monoxide-symptoms", "urgent", "the carbon monoxide alarm went off and we all have headaches"),
    ("carbon-monoxide-symptoms", "urgent", "think its carbon monoxide, my son feels dizzy and sick"),
    ("carbon-monoxide-collapse", "emergency", "carbon monoxide alarm went off and my dad is confused and drowsy"),
    ("carbon-monoxide-symptoms", "urgent", "the old boiler is on all day and i feel weak and achy"),
    # NHS Animal and human bites: A&E for the face or head, a large or deep wound, bleeding that will not stop
    ("serious-bite", "emergency", "a dog bit my daughter on the chin, there is a gash"),
    ("serious-bite", "emergency", "bitten on the forehead by the neighbours dog"),
    ("serious-bite", "emergency", "the dog bit my hand and its bleeding heavily and wont stop"),
    # 107b: a sudden change in someone with dementia, seeing people who are not there, picking at her clothes
    ("dementia-sudden-confusion", "emergency", "dad has dementia and since this morning hes suddenly seeing people in "
     "the room who arent there and picking at his sheets"),
    ("dementia-sudden-confusion", "emergency", "nan has alzheimers, much worse since last night, she cant follow "
     "anything we say"),
    ("asthma-worsening", "urgent", "my son needed his blue inhaler again an hour later, still coughing"),
    # 108a: a shin "bent in the middle"
    ("open-or-major-fracture", "emergency", "fell off the trampoline and her shin looks bent in the middle"),
    ("head-injury-baby", "emergency", "my 4 month old slipped out of her bouncer onto the hard floor, crying but feeding"),
]
FLAG_QUIET = [
    ("animal-bite", "his teeth didnt break the skin, just a red mark"),
    ("young-child-fall-sick", "my 3 year old fell over onto the grass and has been sick twice with a tummy bug"),
    ("asthma-worsening", "used my blue inhaler again 3 hours ago before football, fine since"),
    ("poisoning", "headaches every morning since the new gas fire went in, fine at work"),
    ("poisoning", "worried about carbon monoxide, what are the symptoms"),
    ("poisoning", "the carbon monoxide alarm went off and we all have headaches"),
    ("carbon-monoxide-collapse", "keep getting headaches at home, old gas fire, nobody has passed out or anything"),
    ("serious-bite", "our cat bit my hand, two little puncture holes, bleeding stopped"),
    ("serious-bite", "another kid at nursery bit my son on the arm and broke the skin"),
    ("broken-arm", "another kid at nursery bit my 3yo on the arm and its broken the skin"),
    ("animal-bite", "my brother bit my arm for a joke, no marks really"),
    ("dementia-sudden-confusion", "mum has had dementia for years, slowly getting worse, sometimes picks at her "
     "clothes"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


@pytest.mark.parametrize("text", [
    "our boiler is really old and we have all had headaches and felt sick for a week",
    "the co alarm went off last night, we both had headaches and felt a bit dizzy, fine now",
])
def test_carbon_monoxide_with_mild_symptoms_is_same_day_care_not_999(cli, text):
    # NHS Carbon monoxide poisoning: 111 if you think you have it; 999 for the signs of a high level (collapse,
    # confusion, breathlessness, chest pain), which carbon-monoxide-collapse reads
    out = check_json(cli, text)
    assert out["triage"] == "urgent", (out["triage"], [f["id"] for f in out["red_flags"]])
    assert "carbon-monoxide-symptoms" in {f["id"] for f in out["red_flags"]}


CRISIS_SHOWS = [
    "cant sleep for the ringing in my ears, been looking up the tallest bridges near me",
    "searching for the highest cliffs around here",
    "wrote letters to my family tonight so they understand",
    "ive written notes for my kids so they know why",
    "dying is the only way out for me",
    "death feels like the only option now",
    "suicide seems the only answer",
    "debts everywhere, i dont see any way out other than not being here",
    "chest pain again tonight. good. hope this one finishes me off",
    "how long would it take with the car engine running in the garage with the door shut",
    "held my hand on the hob on purpose, its blistered",
    "the documentary about suicide made me want to do it too",
]
CRISIS_QUIET = [
    "what are the tallest buildings near me to visit",
    "wrote a letter to my son so he understands the rules of the house",
    "death is the only way out of this game level",
    "karaoke night, sang suicide is painless and lost my voice",
    "highest cliffs near me for a walk with the dog this weekend",
    "suicide headache treatment, oxygen for cluster headaches",
]

(test_each_crisis_kind_shows_the_message_first, test_in_search_too, test_near_twins_show_no_message,
 test_the_phrases_not_the_model_read_them) = crisis_wording_tests(CRISIS_SHOWS, CRISIS_QUIET, search_every=2)


@pytest.mark.parametrize("text", [
    "lesson plan on self harm awareness year 9",
    "nursing exam warning signs of suicide list",
    "cdc suicide prevention facts for a school poster",
    "how should newspapers report a celebrity suicide",
    "when is world suicide prevention day",
    "risk factors for suicide in older adults, for my nursing essay",
    "doing a school project on self harm, how common is it",
    "my school project is on self harm, what are the warning signs",
    "suicide is painless guitar chords",
])
def test_suicide_or_self_harm_taught_or_reported_is_asked_not_alarmed(cli, text):
    assert_asked_not_alarmed(cli, text)  # the question with the numbers, not the message


@pytest.mark.parametrize("text", [
    "i have a lesson plan on suicide to write and i want to die",
    "my exams are tomorrow and im planning suicide",
    "my son is at risk of suicide, the school made a poster",
])
def test_a_wish_or_risk_beside_a_lesson_still_shows_the_message(cli, text):
    from conftest import crisis_shown

    assert crisis_shown(cli, "search", text), text


@pytest.mark.parametrize("text", [
    "havent pooed for 4 days and bloated", "hasnt had a poo for 4 days", "she hadnt pooed for days and tummy ache",
])
def test_a_missing_poo_is_constipation_whichever_negation_says_it(cli, text):
    understood = {u["id"]: u["negated"] for u in check_json(cli, text)["understood"]}
    assert understood.get("constipation") is False, understood


def test_not_pregnant_is_a_status_not_a_symptom(cli):
    out = check_json(cli, "burning when i wee and needing to go all the time, no temp, not pregnant")
    ids = {u["id"] for u in out["understood"]}
    assert "infertility" not in ids and "frequent-urination" in ids, ids
    assert "urinary-tract-infection" in [r["id"] for r in out["results"][:3]], [r["id"] for r in out["results"][:3]]


@pytest.mark.parametrize("text", ["runny poos since yesterday", "a couple of runny poops today"])
def test_a_symptom_said_in_the_plural_is_read(cli, text):
    understood = {u["id"] for u in check_json(cli, text)["understood"]}
    assert "diarrhoea" in understood, understood


@pytest.mark.parametrize("text,condition", [
    # the fired signs vote for the conditions they warn of, split among them: one condition's own sign counts more
    ("my partner is 37 weeks, had a terrible headache all day and just had a fit on the sofa", "pre-eclampsia"),
    ("my sister had her baby 6 days ago, hasnt slept in 3 nights and says the tv is sending her secret messages",
     "postpartum-psychosis"),
    ("32 weeks pregnant, bleeding bright red, soaked a pad, tummy rock hard and constant pain", "placental-abruption"),
])
def test_a_sign_of_one_condition_ranks_it_in_the_top_three(cli, text, condition):
    top = [r["id"] for r in check_json(cli, text)["results"][:3]]
    assert condition in top, top
