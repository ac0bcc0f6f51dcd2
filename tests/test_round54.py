"""Round 54: a colour word that names spots, patches or a rash ("white patches round his mouth", "a red blotchy
rash") is no blue or mottled skin; a painless swelling of a baby's scrotum with nothing new, red or hard said is no
torsion; nosebleeds that "stop in a few minutes" on warfarin are no emergency; "much quieter" and "only a few
small movements" late in pregnancy are fewer movements; doses closer together than the leaflet allows, or a second
dose given not knowing of the first, are a medicine mix-up. Each wording is new (not a case of any set); the
near-twins share the words and must stay quiet."""

from __future__ import annotations

from conftest import check_json, flag_wording_tests

FIRES = {
    ("blue-or-mottled", "emergency"): [
        "my 8 month old has gone blotchy and pale and his lips look blue",
        "white lips and really sleepy, she is 2",
    ],
    ("testicle-pain-child", "emergency"): [
        "my 6 week old's scrotum is swollen and he screams when i touch it",
        "baby boy, 2 months, one side of his scrotum swollen, doesnt seem to hurt but it's gone red and hard today",
        "son 9 swollen testicle since this morning, not painful really",
    ],
    ("nosebleed-long", "emergency"): [
        "on warfarin and my nose has been bleeding for 25 minutes",
        "on apixaban, nosebleed that doesnt stop in 10 minutes of pinching",
    ],
    ("fewer-movements", "emergency"): [
        "36 weeks and baby has been much quieter since yesterday",
        "30 weeks, only a couple of small kicks all evening when she is usually wild",
    ],
    ("medicine-mix-up", "urgent"): [
        "gave my 4 year old 3 doses of calpol within 2 hours by mistake",
        "my partner gave our son another dose of ibuprofen not knowing i had already given him one",
    ],
}

QUIET = {
    "blue-or-mottled": [
        "my 10 month old has white patches around his mouth that wont wipe off, feeding fine",
        "red blotchy rash around her mouth after strawberries, lips not swollen",
        "white coating on his tongue, 5 months, happy and feeding",
    ],
    "testicle-pain-child": [
        "newborn, 4 weeks, his scrotum is swollen on one side like a balloon, doesnt seem to bother him, not red",
        "my 3 month old has a swollen scrotum, painless, the health visitor noticed it",
    ],
    "testicle-sudden-pain": [
        "newborn, 4 weeks, his scrotum is swollen on one side like a balloon, doesnt seem to bother him, not red",
    ],
    "nosebleed-long": [
        "take rivaroxaban and get small nosebleeds most weeks, they stop in a couple of minutes",
    ],
    "fewer-movements": [
        "32 weeks, the house is much quieter now my mum has gone home, baby kicking as usual",
        "18 weeks, felt just a few little flutters so far, is that normal",
    ],
    "medicine-mix-up": [
        "gave my daughter 2 doses of calpol today, 6 hours apart",
        "took another dose of ibuprofen at lunch, the first was at 7 this morning",
    ],
}

test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)


def test_a_painless_scrotal_swelling_in_a_baby_is_seen_by_a_gp_not_999(cli):
    """NHS Hydrocele: a painless swelling of the scrotum is a GP visit; pain, redness, hardness or a sudden
    change is A&E (the flag still fires then: see FIRES)."""
    out = check_json(cli, "my 5 week old son, his scrotum has been swollen on one side for a while, painless, feeding well")
    assert out["triage"] != "emergency", out["triage"]
