import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Tests never touch the user's home, cache or data settings."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HEALTHQ_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("HEALTHQ_DATA", raising=False)
    monkeypatch.delenv("HEALTHQ_DEBUG", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("TERM", "xterm-256color")
    yield


class Result:
    def __init__(self, code, out, err):
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)

    def __repr__(self):
        return f"Result(code={self.code}, out={self.out[:300]!r}, err={self.err[:300]!r})"


@pytest.fixture
def cli(capsys):
    """Run healthq in-process through the console-script entry point; capture exit code, stdout, stderr."""
    from healthq._entry import main

    def run(*args):
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def check_json(cli, *words):
    """`healthq check --json WORDS` through the CLI fixture: its JSON, after checking it exited 0 or 1."""
    r = cli("check", "--json", *words)
    assert r.code in (0, 1), r
    return r.json()


def understood(cli, text):
    """The ids of the symptoms `healthq check` read in `text` (negated ones included)."""
    return {u["id"] for u in check_json(cli, text)["understood"]}


LEVELS = ["self-care", "routine", "urgent", "emergency"]


def assert_flag_fires(cli, flag, level, text, exact=False, age=None):
    """`check` on the text (with `--age` when given) fires the red flag and answers at least at its level (`exact`: at
    that level)."""
    out = check_json(cli, *(("--age", age) if age else ()), text)
    ids = [f["id"] for f in out["red_flags"]]
    assert flag in ids, (text, ids)
    if exact:
        assert out["triage"] == level, (text, out["triage"], ids)
    assert LEVELS.index(out["triage"]) >= LEVELS.index(level), (text, out["triage"])


def assert_flag_quiet(cli, flag, text, age=None):
    """`check` on the text (a near-twin of the flag's sign; with `--age` when given) does not fire the red flag."""
    ids = [f["id"] for f in check_json(cli, *(("--age", age) if age else ()), text)["red_flags"]]
    assert flag not in ids, (text, ids)


def crisis_shown(cli, command, text):
    """Whether the command, given the text, shows the crisis message first (and exits as it should)."""
    r = cli(command, text)
    assert r.code in (0, 1), r
    return r.err.startswith("If you are thinking about ending your life")


def assert_asked_not_alarmed(cli, text):
    """The crisis reader asks about the text (the question with the numbers, crisis.ASK), and `search` shows the
    numbers without the crisis message first: suicide or self-harm named as a topic."""
    from healthq.crisis import crisis_reader

    assert crisis_reader(text) == "model", text
    r = cli("search", text)
    assert not r.err.startswith("If you are thinking about ending your life"), r.err[:120]
    assert "Samaritans" in r.err + r.out, (r.err + r.out)[:200]


def _grouped(rows) -> dict:
    """[(flag, level, text), ...] or [(flag, text), ...] as {(flag, level): [texts]} or {flag: [texts]}."""
    out: dict = {}
    for *key, text in rows:
        out.setdefault(key[0] if len(key) == 1 else tuple(key), []).append(text)
    return out


def flag_wording_tests(fires, quiet, exact=False):
    """The two tests of a round of red-flag wordings, for a test module to bind to its own test names: each text of
    `fires` ({(flag, level): [texts]}, or a list of (flag, level, text)) fires the flag at least at its level (`exact`:
    at that level), and no text of `quiet` ({flag: [texts]}, or a list of (flag, text)) fires its flag."""
    fires = _grouped(fires) if isinstance(fires, list) else fires
    quiet = _grouped(quiet) if isinstance(quiet, list) else quiet

    @pytest.mark.parametrize("flag_level,text", [(k, t) for k, ts in fires.items() for t in ts])
    def fires_at_its_level(cli, flag_level, text):
        assert_flag_fires(cli, *flag_level, text, exact=exact)

    @pytest.mark.parametrize("flag,text", [(k, t) for k, ts in quiet.items() for t in ts])
    def near_twins_quiet(cli, flag, text):
        assert_flag_quiet(cli, flag, text)

    return fires_at_its_level, near_twins_quiet


def crisis_wording_tests(shows, quiet, search_every):
    """The four tests of a round of crisis wordings, for a test module to bind to its own test names: each text of
    `shows` gets the message first in `check`, every `search_every`-th also in `search`, no text of `quiet` gets it,
    and the phrases (not the word model alone) take each text of `shows`."""
    from healthq import crisis

    @pytest.mark.parametrize("text", shows)
    def each_kind_shows_the_message_first(cli, text):
        assert crisis_shown(cli, "check", text), text

    @pytest.mark.parametrize("text", shows[::search_every])
    def in_search_too(cli, text):
        assert crisis_shown(cli, "search", text), text

    @pytest.mark.parametrize("text", quiet)
    def near_twins_show_no_message(cli, text):
        assert not crisis_shown(cli, "check", text), text

    def the_phrases_not_the_model_read_them():
        assert [t for t in shows if crisis.crisis_reader(t, model=False) != "phrases"] == []

    return each_kind_shows_the_message_first, in_search_too, near_twins_show_no_message, the_phrases_not_the_model_read_them


def read_entries(path: Path) -> list:
    """The entries of a dataset file: one object (a one-condition file) or an array of them."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [data] if isinstance(data, dict) else data


def write_dataset(path: Path, entries) -> Path:
    path.write_text(json.dumps(entries, indent=1), encoding="utf-8")
    return path


def fixture_entry(**overrides):
    base = json.loads((FIXTURES / "mini.json").read_text(encoding="utf-8"))[0]
    base.update(overrides)
    return base


# Characters that break text handling: zero-width, bidi marks, overrides and isolates, the BOM,
# escape, NUL, BEL and a combining mark.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x1b\x00\x07\u0301"


def hostile_text(max_parts: int = 12):
    """A Hypothesis strategy for text as it reaches healthq from a terminal or a script: any
    characters, and often the ones st.text() never gives (lone surrogates, which Python makes of
    undecodable bytes in argv; bidi overrides; zero-width characters; escapes), mixed with words
    that do match something."""
    from hypothesis import strategies as st

    return st.lists(st.one_of(
        st.text(max_size=20), st.characters(categories=["Cs"]), st.sampled_from(list(INVISIBLE)),
        st.sampled_from(["pcos", " fever ", "chest pain", "\x1b[31m", "\x1b]8;;x\x07", "[bold]", "ＰＣＯＳ"]),
    ), max_size=max_parts).map("".join)
