"""Round 66, through the CLI. From reader R111 (emergencies main missed, read against their pages) and crisis set 78
(read after its first run), by kind: a face caught by flames with a hoarse voice (NHS burns: A&E); no poo "or even"
wind (a blocked bowel: 999); vape liquid swallowed (NHS poisoning); a kick "in the privates" with agony and vomiting
(testicle pain: A&E); a tooth abscess with the eye on that side swelling (NHS dental abscess: A&E); a child under the
water in a pool, then coughing and sleepy (MedlinePlus near drowning); not feeling safe alone with the means beside it,
and cigarettes put out on oneself (the crisis message)."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_shown, flag_wording_tests

FLAG_FIRES = [
    ("serious-burn", "emergency", "face got caught by the flames when lighting the bonfire, my voice is going hoarse and "
     "coughing black stuff"),
    ("cannot-poo-or-fart", "emergency", "havent pooed or even farted for 3 days, throwing up and my tummy is massive"),
    ("poisoning", "emergency", "my little girl licked the liquid out of a vape refill and now shes being sick and pale"),
    ("testicle-sudden-pain", "emergency", "my son got kicked in the privates playing football hours ago, still in agony "
     "and throwing up"),
    ("dental-swelling-spreading", "emergency", "dental abscess and now my eye on that side is swelling shut with a fever"),
    ("near-drowning", "emergency", "toddler fell in the pool and was under for a few seconds, now coughing loads and a "
     "bit sleepy"),
]
FLAG_QUIET = [
    ("serious-burn", "sat by the bonfire all night, voice is hoarse from singing"),
    ("cannot-poo-or-fart", "havent pooed for 3 days but farting loads, bit bloated"),
    ("poisoning", "trying to quit, is vape liquid safer than smoking"),
    ("near-drowning", "went under anaesthetic for my knee op yesterday, bit of a cough now"),
    ("dental-swelling-spreading", "dental abscess, throbbing, my eye on that side is fine"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


@pytest.mark.parametrize("text", [
    "my brother says he doesnt feel safe on his own right now, theres a rope in his room",
    "rash and sores on my arm where ive been stubbing cigarettes out on myself",
])
def test_not_safe_alone_with_the_means_and_cigarettes_on_oneself_show_the_message(cli, text):
    assert crisis_shown(cli, "check", text), text
    assert check_json(cli, text)["triage"] == "emergency"


@pytest.mark.parametrize("text", [
    "i stubbed my cigarette out on the wall and burnt my finger",
    "i dont feel safe on my own at night since the burglary, can anxiety cause chest tightness",
])
def test_an_ashtray_and_a_fear_of_burglars_show_no_message(cli, text):
    assert not crisis_shown(cli, "check", text), text
