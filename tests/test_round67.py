"""Round 67, through the CLI. From check set 115a (written after round 66, read after its first run) and reader R111:
a tooth knocked out in an accident is a same-day dental emergency (NHS broken or knocked-out tooth: see a dentist
straight away), and a tooth knocked out is not the person knocked out."""

from __future__ import annotations

from conftest import check_json, flag_wording_tests

FLAG_FIRES = [
    ("tooth-knocked-out", "urgent", "my 12 yr old got hit with a hockey stick and his front tooth came right out, its an "
     "adult tooth, I've put it in milk"),
    ("tooth-knocked-out", "urgent", "fell off my bike and knocked two teeth out"),
]
FLAG_QUIET = [
    ("tooth-knocked-out", "my 6 year olds wobbly tooth fell out at dinner"),
    ("unresponsive", "knocked out my front tooth, adult tooth, its in some milk"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


def test_a_person_knocked_out_is_still_unresponsive(cli):
    out = check_json(cli, "my son got knocked out playing rugby and isnt making sense")
    assert out["triage"] == "emergency" and "unresponsive" in {f["id"] for f in out["red_flags"]}
