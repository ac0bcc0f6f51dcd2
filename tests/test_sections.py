"""The registry of sections and care levels (healthq.sections) is what every command follows."""

import pytest

from conftest import FIXTURES
from healthq.sections import CARE_LEVELS, LEVELS, SECTIONS, SHOW_ORDER, WHEN

MINI = str(FIXTURES / "mini.json")


@pytest.mark.parametrize("section", SECTIONS + (WHEN,), ids=lambda s: s.command)
def test_each_section_has_its_command_heading_and_json(cli, section):
    r = cli(section.command, "--data", MINI, "testitis")
    assert r.code == 0 and r.out.startswith(f"Testitis — {section.title}"), r
    data = cli(section.command, "--json", "--data", MINI, "testitis").json()
    assert data["section"] == section.key and data["items"]


def test_show_prints_every_section_in_its_order(cli):
    out = cli("show", "--data", MINI, "testitis").out.splitlines()
    titles = [s.title for s in sorted(SECTIONS, key=lambda s: s.show)] + [WHEN.title]
    assert [line for line in out if line in titles] == titles
    assert set(SHOW_ORDER) == {s.key for s in SECTIONS}


def test_validate_requires_every_section_and_care_level(cli, tmp_path):
    import json

    from conftest import fixture_entry, write_dataset

    for key in [s.key for s in SECTIONS]:
        entry = fixture_entry(related=[])
        del entry["sections"][key]
        r = cli("validate", "--json", str(write_dataset(tmp_path / f"{key}.json", [entry])))
        assert any(p["field"] == f"sections.{key}" and p["message"] == "is missing" for p in r.json()["problems"]), key
    for level in CARE_LEVELS:
        entry = fixture_entry(related=[])
        del entry["when_to_seek_care"][level]
        r = cli("validate", "--json", str(write_dataset(tmp_path / f"{level}.json", [entry])))
        assert any(p["field"] == f"when_to_seek_care.{level}" for p in r.json()["problems"]), level
    entry = fixture_entry(related=[], triage="critical")
    r = cli("validate", "--json", str(write_dataset(tmp_path / "triage.json", [entry])))
    (problem,) = [p for p in r.json()["problems"] if p["field"] == "triage"]
    assert problem["message"] == "must be one of: " + ", ".join(level.key for level in LEVELS)
    assert json.dumps(CARE_LEVELS) == '["emergency", "urgent", "routine"]'  # shown most urgent first


def test_when_lists_the_care_levels_most_urgent_first(cli):
    out = " ".join(cli("when", "--data", MINI, "testitis").out.split())  # a long heading wraps
    headings = [level.care for level in reversed(LEVELS) if level.care]
    positions = [out.index(h) for h in headings]
    assert positions == sorted(positions)
    items = cli("when", "--json", "--data", MINI, "testitis").json()["items"]
    assert [i["level"] for i in items] == ["emergency", "urgent", "routine"]
