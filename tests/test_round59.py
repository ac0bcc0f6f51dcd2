"""Round 59, through the CLI. A baby moving less is an emergency from 24 weeks of pregnancy, or when the weeks are
not said (NHS "Your baby's movements"); before 24 weeks, when movements may not yet be felt, it is same-day care,
not 999. Movements felt inside ("fetal movements", "not felt the baby kick", "the baby's movements") say a pregnancy.
"I take 3 tablets for my blood pressure" is a person's daily medicine, not an overdose, while a count taken, swallowed
or "just" taken still is. "Best way to kill" something that is not oneself (nits, germs) is no way to die."""

from __future__ import annotations

import pytest

from conftest import check_json, crisis_shown


@pytest.mark.parametrize("text", ["im 12 weeks pregnant and havent felt the baby move yet",
                                  "20 weeks with my first, baby not kicking yet, is that ok"])
def test_movements_not_yet_felt_before_24_weeks_are_not_sent_to_999(cli, text):
    out = check_json(cli, text)
    assert out["triage"] == "urgent", (text, out["triage"], [f["id"] for f in out["red_flags"]])


@pytest.mark.parametrize("text", ["30 weeks and the baby is moving less today",
                                  "decreased fetal movement since this morning",
                                  "not felt baby kick since yesterday",
                                  "my baby is not moving"])
def test_a_baby_moving_less_later_or_with_the_weeks_unsaid_is_an_emergency(cli, text):
    assert check_json(cli, text)["triage"] == "emergency", text


def test_movements_felt_inside_say_a_pregnancy(cli):
    out = check_json(cli, "have not felt the baby kick all day")
    assert out["patient"]["pregnant"] is True


@pytest.mark.parametrize("text,overdose", [("i take 3 tablets for my blood pressure", False),
                                           ("i just take 30 tablets of my sertraline", True),
                                           ("he swallowed 5 of my blood pressure tablets", True)])
def test_a_daily_medicine_is_no_overdose_but_a_count_taken_is(cli, text, overdose):
    out = check_json(cli, text)
    assert ("overdose" in [f["id"] for f in out["red_flags"]]) is overdose, (text, out["red_flags"])


@pytest.mark.parametrize("text,shown", [("best way to kill nits in my kids hair", False),
                                        ("best way to kill myself", True),
                                        ("painless way to kill", True)])
def test_a_way_to_kill_something_else_is_no_way_to_die(cli, text, shown):
    assert crisis_shown(cli, "search", text) is shown
