"""Golden rendering at a pinned width, with and without colour (UPDATE_GOLDEN=1 rewrites the files)."""

import os

import pytest

from conftest import FIXTURES

GOLDEN = FIXTURES.parent / "golden"
CASES = [
    ("causes-80", ["causes", "testitis"], {"COLUMNS": "80"}),
    ("causes-40", ["causes", "testitis"], {"COLUMNS": "40"}),
    ("when-80", ["when", "testitis"], {"COLUMNS": "80"}),
    ("causes-80-colour", ["causes", "testitis"], {"COLUMNS": "80", "FORCE_COLOR": "1"}),
]


@pytest.mark.parametrize("name,args,env", CASES, ids=[c[0] for c in CASES])
def test_golden(cli, monkeypatch, name, args, env):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    r = cli(args[0], "--data", str(FIXTURES / "mini.json"), *args[1:])
    assert r.code == 0, r
    _compare(GOLDEN / f"{name}.txt", r.out)


def _compare(path, out):
    if os.environ.get("UPDATE_GOLDEN") == "1":  # rewrite deliberately, then review the diff
        path.write_text(out, encoding="utf-8")
        pytest.skip(f"rewrote {path.name}")
    assert out == path.read_text(encoding="utf-8")


# Every text command at 40 and 80 columns, plain and coloured, on fixture data only (so a change to
# the bundled data or to check's ranking does not move them): long names, a wide (CJK) title, long ids.
GOLDEN_DATA = FIXTURES / "golden.json"
COMMANDS = [
    ("show", ["show", "testitis"]),
    ("list", ["list"]),
    ("search", ["search", "title", "test"]),
    ("check", ["check", "fever", "stiff neck", "rash", "qwxz"]),
]
FULL = [(f"{cmd}-{cols}{'-colour' if colour else ''}", args, cols, colour)
        for cmd, args in COMMANDS for cols in (40, 80) for colour in (False, True)]


@pytest.mark.parametrize("name,args,columns,colour", FULL, ids=[c[0] for c in FULL])
def test_golden_fixture_only(cli, monkeypatch, name, args, columns, colour):
    import healthq.cache

    monkeypatch.setattr(healthq.cache, "bundled_paths", lambda: [])
    monkeypatch.setenv("COLUMNS", str(columns))
    if colour:
        monkeypatch.setenv("FORCE_COLOR", "1")
    r = cli(*args, "--data", str(GOLDEN_DATA))
    assert r.code == 0, r
    assert ("\x1b[" in r.out) == colour
    _compare(GOLDEN / f"{name}.txt", r.out)


def test_colour_only_when_asked(cli, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = cli("causes", "--data", str(FIXTURES / "mini.json"), "testitis").out
    assert "\x1b[" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    plain = cli("causes", "--data", str(FIXTURES / "mini.json"), "testitis").out
    assert "\x1b[" not in plain


def test_related_topics_show_title_and_command(cli):
    r = cli("causes", "--data", str(FIXTURES / "mini.json"), "testitis")
    assert "Related topics" in r.out
    line = next(line for line in r.out.splitlines() if "Testosis" in line and "•" in line)
    assert "healthq show testosis" in line


@pytest.mark.parametrize("columns", ["40", "80", "200"])
def test_related_commands_are_never_split_across_lines(cli, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    out = cli("related", "menopause").out
    related = {r["id"] for r in cli("related", "--json", "menopause").json()["related"]}
    shown = {line.split("healthq show ", 1)[1].strip() for line in out.splitlines() if "healthq show" in line}
    assert len(related) >= 5
    assert shown == related  # every command is whole: "healthq show" and the full id on one line
    assert all(len(line) <= int(columns) for line in out.splitlines() if "healthq show" not in line)


@pytest.mark.parametrize("columns", [40, 60, 80, 100])
def test_wide_titles_never_split_the_show_command(cli, monkeypatch, columns):
    """A CJK character takes two cells: measured with len(), the title looked short enough to share
    a line with its command, and the command was folded across two lines."""
    from rich.cells import cell_len

    monkeypatch.setenv("COLUMNS", str(columns))
    r = cli("related", "--data", str(GOLDEN_DATA), "testitis")
    assert r.code == 0
    lines = r.out.splitlines()
    wide = next(i for i, line in enumerate(lines) if "多囊" in line)
    assert any(line.strip().endswith("healthq show wide-title-test") for line in lines[wide:wide + 3])
    assert all(cell_len(line) <= columns for line in lines if "healthq show" not in line)
    # a line with a command fits the screen, or the terminal folds it and splits the command; only a
    # command longer than the screen may overflow, alone on its line
    assert all(cell_len(line) <= columns or line.strip().startswith("healthq show") for line in lines), lines
    commands = [line.split("healthq show ", 1)[1] for line in lines if "healthq show " in line]
    assert sorted(commands) == sorted(["testosis", "long-named-test-condition-for-wrapping", "wide-title-test"])


def test_the_number_colour_does_not_bleed_into_the_item(cli, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    out = cli("causes", "--data", str(FIXTURES / "mini.json"), "testitis").out
    assert "\x1b[1;36m1. \x1b[0m\x1b[1mA made-up germ\x1b[0m" in out  # number bold cyan, name bold only
    assert "\x1b[1;36mA made-up germ" not in out and "\x1b[1;36mhealthq tests" not in out


@pytest.mark.parametrize("columns", [50, 64, 70])
def test_list_rows_with_wide_titles_fit_the_screen(cli, monkeypatch, columns):
    """list measured the CJK title with len(): at 50 to 78 columns its row looked like it fitted
    and the terminal folded it in two, the id split from its title at a random place."""
    import healthq.cache
    from rich.cells import cell_len

    monkeypatch.setattr(healthq.cache, "bundled_paths", lambda: [])
    monkeypatch.setenv("COLUMNS", str(columns))
    r = cli("list", "--data", str(GOLDEN_DATA))
    assert r.code == 0, r
    lines = r.out.splitlines()
    assert any("多囊" in line for line in lines)
    assert all(cell_len(line) <= columns for line in lines), [line for line in lines if cell_len(line) > columns]
    assert "wide-title-test" in [line.split()[-1] for line in lines if line.strip()]  # the id is whole


@pytest.mark.parametrize("age,shown", [("6w", "6 weeks"), ("12w", "12 weeks"), ("3m", "3 months"), ("18mo", "18 months"), ("5", "5 years")])
def test_the_patient_line_gives_the_age_in_the_unit_a_parent_uses(cli, age, shown):
    """Weeks under 3 months, months under 2 years, then years; exactly 3 months is '3 months'."""
    r = cli("check", "--age", age, "fever")
    assert r.code == 0, r
    assert f"Patient: age {shown}\n" in r.out, r.out


def test_compare_fills_a_wide_screen(cli, monkeypatch):
    """At 80 columns or more compare is a table as wide as the screen, and no wider. The short
    fixture articles at 200 columns are what tell `expand=False` apart: long ones fill any screen."""
    from rich.cells import cell_len

    short = ["--data", str(FIXTURES / "mini.json"), "testitis", "testosis"]
    for columns, args in ((80, ["cold", "flu"]), (120, ["cold", "flu"]), (200, short)):
        monkeypatch.setenv("COLUMNS", str(columns))
        r = cli("compare", *args)
        assert r.code == 0, r
        lines = r.out.splitlines()
        assert cell_len(lines[0]) == columns and lines[0].startswith("┏"), lines[0]
        assert all(cell_len(line) <= columns for line in lines)


def test_a_related_line_that_just_fits_stays_one_line_and_one_cell_more_splits(cli, monkeypatch):
    """Mutations: the fit test of a related line moved by one (`+ 3`, or `<` for `<=`): a line one cell
    too wide went past the screen's edge, where the terminal folds the command; a line that fitted
    exactly had its command put on a line of its own."""
    mini = str(FIXTURES / "mini.json")
    whole = "• Testosis  healthq show testosis"
    for columns, one_line in ((len(whole), True), (len(whole) - 1, False)):
        monkeypatch.setenv("COLUMNS", str(columns))
        lines = cli("causes", "--data", mini, "testitis").out.splitlines()
        assert (whole in lines) is one_line, (columns, lines)
        assert all(len(line) <= columns for line in lines), (columns, lines)
        assert any(line.strip() == "healthq show testosis" for line in lines) is not one_line, (columns, lines)
