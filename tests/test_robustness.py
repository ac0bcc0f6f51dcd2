"""Hostile input, hostile data, hostile environments: a correct answer or one clean error line, never a traceback."""

import json
import os
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import fixture_entry, hostile_text, write_dataset

COMMANDS = ["causes", "symptoms", "treatment", "diagnosis", "prevention", "risks", "complications", "when", "show", "related", "search", "check"]
PCOS = "Polycystic ovary syndrome"
# Each hostile text with the exit code it must give: (every lookup command, search, check). A text
# that is PCOS under invisible, full-width, bidi, combining or markup characters must answer with
# PCOS in every command; nothing that is not a query may be answered as if it were one. (The link's
# visible word, "click", may be listed by search: mitral valve prolapse is also click-murmur syndrome.)
HOSTILE = [
    ("", 2, 2, 1), (" ", 2, 2, 1), ("\t\n", 2, 2, 1), ("x" * 100_000, 1, 1, 1), ("\x00\x01\x02", 2, 2, 1),
    ("\x1b[31mred\x1b[0m", 1, 1, 0), ("\x1b]8;;https://evil.example\x07click\x1b]8;;\x07", 1, None, None),
    ("[bold]pcos", 0, 0, 0), ("[/]", 2, 2, 1), ("[link=https://evil.example]pcos[/link]", 1, 1, None),
    ("\u202epcos", 0, 0, 0), ("p\u200bc\u200bo\u200bs", 0, 0, 0), ("🤒 fever", 1, 0, 0), ("ＰＣＯＳ", 0, 0, 0),
    ("pcos\u0301\u0301", 0, 0, 0), ("\udcff\udcfe", 2, 2, 1), ("-", 2, 2, 1), ("--", 2, 2, 1),
    ("pcos" + "\u0300" * 500, 0, 0, 0), ("\u0000fever", 1, 0, 0), ("%s%n{0}", 1, 1, 1),
    ("'; DROP TABLE names; --", 1, 1, None),
]
FINDS_PCOS = {"[bold]pcos", "\u202epcos", "p\u200bc\u200bo\u200bs", "ＰＣＯＳ", "pcos\u0301\u0301", "pcos" + "\u0300" * 500}


def assert_clean(r, code=None):
    """One clean outcome: the expected exit code (or a documented one), no traceback, no escape
    sequence or bidi override reaching the terminal, and an error line whenever it fails."""
    if code is None:
        assert r.code in (0, 1, 2), r
    else:
        assert r.code == code, r
    assert "Traceback" not in r.err and "Traceback" not in r.out
    assert "\x1b" not in r.out and "\x1b" not in r.err
    assert "\u202e" not in r.out and "\u202e" not in r.err
    if r.code != 0:
        assert r.err.strip(), r


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("text,lookup,search,check", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_query_text(cli, command, text, lookup, search, check):
    args = [command, "--", text] if text.startswith("-") else [command, text]
    r = cli(*args)
    expected = {"search": search, "check": check}.get(command, lookup)
    assert_clean(r, expected)
    if text in FINDS_PCOS:
        assert PCOS in r.out.replace("\n", " "), r


def test_the_pcos_spellings_are_hostile_texts():
    assert FINDS_PCOS <= {text for text, *_ in HOSTILE}
    assert all(code == 0 for text, *codes in HOSTILE if text in FINDS_PCOS for code in codes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=st.sampled_from(COMMANDS), text=hostile_text(), as_json=st.booleans())
def test_any_text_to_any_command(cli, command, text, as_json):
    args = [command] + (["--json"] if as_json else []) + ["--", text]
    r = cli(*args)
    assert_clean(r)
    if as_json and r.out:
        json.loads(r.out)  # stdout under --json is always valid JSON


def test_leading_dash_is_a_usage_error_with_a_hint(cli):
    r = cli("causes", "-pcos")
    assert r.code == 2 and r.err.startswith("Error: ")


MARKUP = "[bold]Bold?[/bold] [link=https://evil.example]x[/link] [/] \x1b[2J\x1b]0;title\x07 \u202eevil"


def test_markup_and_escapes_in_every_data_field_are_shown_as_text(cli, tmp_path):
    entry = fixture_entry()
    entry["title"] = "Testitis " + MARKUP
    entry["summary"] = MARKUP
    for section in entry["sections"].values():
        for item in section:
            item["name"] += " " + MARKUP
            item["detail"] += " " + MARKUP
    entry["when_to_seek_care"]["urgent"].append(MARKUP)
    entry["sources"][0]["title"] = MARKUP
    entry["related"] = []
    path = write_dataset(tmp_path / "evil.json", [entry])
    for command in ("show", "causes", "when", "related", "search"):
        r = cli(command, "--data", str(path), "testitis")
        assert r.code == 0, r
        assert "[bold]Bold?[/bold]" in r.out and "[link=https://evil.example]x[/link]" in r.out
        assert "\x1b" not in r.out and "\u202e" not in r.out and "\x07" not in r.out
    r = cli("list", "--data", str(path))
    assert r.code == 0 and "\x1b" not in r.out


@pytest.mark.parametrize("content", [
    b"", b"   ", b"not json", b"{}", b"[1, 2]", b"[{}]", b"[" * 100_000, b"\xff\xfe[]", b'[{"id": "x"}',
    b'[{"id": 5, "title": []}]', b"[] trailing",
])
def test_broken_user_files_never_break_the_bundled_data(cli, tmp_path, content):
    path = tmp_path / "user.json"
    path.write_bytes(content)
    r = cli("causes", "--json", "--data", str(path), "recurrent miscarriage")
    assert r.code == 0, r
    assert r.json()["id"] == "recurrent-miscarriage"
    assert r.err.startswith(f"Warning: ignoring {path}") and len(r.err.strip().splitlines()) == 1
    assert path.read_bytes() == content
    v = cli("validate", str(path))
    assert v.code == 1 and "Traceback" not in v.err + v.out


def test_duplicate_ids_and_broken_links_in_user_data(cli, tmp_path):
    a = fixture_entry()
    path = write_dataset(tmp_path / "dup.json", [a, a])
    r = cli("validate", str(path))
    assert r.code == 1 and "is used twice" in r.out
    b = fixture_entry(related=["nowhere-at-all"])
    b["aliases"] = ["zz broken link entry"]
    path = write_dataset(tmp_path / "link.json", [b])
    r = cli("causes", "--data", str(path), "zz broken link entry")
    assert r.code == 0  # a broken related link is left out of the answer, not fatal


def test_very_large_user_file(cli, tmp_path):
    entries = []
    for n in range(3000):
        e = fixture_entry(id=f"bulk-{n}", title=f"Bulk condition {n}", aliases=[f"bulk alias {n}"], related=[])
        e["sections"]["causes"][1].pop("condition")
        entries.append(e)
    path = write_dataset(tmp_path / "big.json", entries)
    r = cli("causes", "--json", "--data", str(path), "bulk condition 2999")
    assert r.code == 0 and r.json()["id"] == "bulk-2999"


@pytest.mark.parametrize("env", [
    {"NO_COLOR": "1"}, {"TERM": "dumb"}, {"COLUMNS": "1"}, {"COLUMNS": "0"}, {"COLUMNS": "wide"}, {"COLUMNS": "-5"},
    {"COLUMNS": "40"}, {"COLUMNS": "200"}, {"LANG": "C", "LC_ALL": "C"},
])
def test_environments(cli, monkeypatch, env):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    r = cli("causes", "recurrent miscarriage")
    assert r.code == 0, r
    words = " ".join(r.out.split())  # narrow screens wrap the lines, never the words
    assert words.startswith("Recurrent miscarriage") and "Antiphospholipid" in words, r
    assert "\x1b" not in r.out


def test_forty_columns_never_wider_than_forty(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    r = cli("causes", "recurrent miscarriage")
    # URLs are printed unbroken (the terminal wraps them) so they can be copied; everything else fits
    assert max(len(line) for line in r.out.splitlines() if not line.startswith("  https://")) <= 40


@pytest.mark.parametrize("kind", ["missing", "unwritable", "file"])
def test_unusable_cache_or_home_still_answers(cli, monkeypatch, tmp_path, kind):
    target = tmp_path / "cachedir"
    if kind == "unwritable":
        target.mkdir()
        target.chmod(stat.S_IRUSR | stat.S_IXUSR)
    elif kind == "file":
        target.write_text("not a directory")
    else:
        target = tmp_path / "does" / "not" / "exist"
    monkeypatch.setenv("HEALTHQ_CACHE_DIR", str(target))
    monkeypatch.setenv("HOME", str(tmp_path / "no-home"))
    try:
        r = cli("causes", "--json", "recurrent miscarriage")
        assert r.code == 0 and r.json()["id"] == "recurrent-miscarriage"
        assert r.err == ""
    finally:
        if kind == "unwritable":
            target.chmod(stat.S_IRWXU)


def test_corrupt_cache_is_rebuilt(cli, monkeypatch, tmp_path):
    cache = tmp_path / "cache2"
    monkeypatch.setenv("HEALTHQ_CACHE_DIR", str(cache))
    assert cli("causes", "--json", "pcos").code in (0, 1)
    for f in cache.glob("index-*.sqlite"):
        f.write_bytes(b"garbage" * 100)
    r = cli("causes", "--json", "recurrent miscarriage")
    assert r.code == 0 and r.json()["id"] == "recurrent-miscarriage"


def test_internal_errors_are_one_line_unless_debug(cli, monkeypatch):
    import healthq.search as search

    def boom(*a, **k):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(search, "resolve", boom)
    r = cli("causes", "pcos")
    assert r.code == 4
    assert r.err.startswith("Error: internal error (RuntimeError): simulated bug") and "Traceback" not in r.err
    with pytest.raises(RuntimeError):
        cli("--debug", "causes", "pcos")


def test_ctrl_c_exits_130(cli, monkeypatch):
    import healthq.search as search

    def interrupt(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(search, "resolve", interrupt)
    r = cli("causes", "pcos")
    assert r.code == 130 and r.err.strip() == "Interrupted."
