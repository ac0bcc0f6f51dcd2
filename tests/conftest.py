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
