"""`check` keeps its translated regular expressions and red-flag terms in the cache directory
(healthq/rx.py, redflags._derived). Whatever is found there, answers are the same as without it."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

EXE = shutil.which("healthq") or os.path.join(os.path.dirname(sys.executable), "healthq")
pytestmark = pytest.mark.skipif(not os.path.exists(EXE), reason="healthq is not installed as a command")

TEXTS = [
    "chest pain going into my arm and sweating",
    "my 6 week old has a temperature of 38.4",
    "i dont want to be here anymore",
    "sore throat for 3 days, no fever",
]


def answers(cache):
    out = []
    for text in TEXTS:
        p = subprocess.run([EXE, "check", "--json", text], capture_output=True, timeout=60,
                           env=dict(os.environ, HEALTHQ_CACHE_DIR=str(cache)))
        assert p.returncode == 0 and b"Traceback" not in p.stderr, (text, p.stderr)
        data = json.loads(p.stdout)
        out.append((data["triage"], [f["id"] for f in data["red_flags"]], [r["id"] for r in data["results"]],
                    p.stderr.decode()))  # the crisis message, for the third text
    return out


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """The answers of a first run, with an empty cache directory: every pattern translated afresh."""
    cache = tmp_path_factory.mktemp("kept")
    got = answers(cache)
    assert [a[0] for a in got[:3]] == ["emergency", "emergency", "emergency"] and got[3][0] in ("routine", "self-care")
    assert "ending your life" in got[2][3] and got[0][3] == ""
    return cache, got


def test_a_second_run_reads_the_kept_table_and_answers_the_same(first):
    cache, got = first
    tables = list(cache.glob("regex-*.sqlite"))
    assert len(tables) == 1
    with sqlite3.connect(tables[0]) as db:
        (kept,) = db.execute("SELECT count(*) FROM patterns").fetchone()
    assert kept > 20  # the patterns of the texts above were kept
    assert list(cache.glob("flags-*.json"))
    assert answers(cache) == got


@pytest.mark.parametrize("damage", ["not json", "wrong types", "invalid engine code", "empty"])
def test_a_damaged_or_planted_table_gives_the_same_answers(first, tmp_path, damage):
    cache, got = first
    copy = tmp_path / "c"
    shutil.copytree(cache, copy)
    for table in copy.glob("regex-*.sqlite"):
        if damage == "not json":
            table.write_bytes(b"\x80\x04 not a database at all" * 100)
        else:
            with sqlite3.connect(table) as db:
                if damage == "wrong types":
                    db.execute("UPDATE patterns SET value = '[1, 2]', code = 'text, not bytes'")
                elif damage == "invalid engine code":  # CPython's engine validates the code it is given
                    db.execute("UPDATE patterns SET code = ?", (bytes.fromhex("0100000002000000"),))
                else:
                    db.execute("DELETE FROM patterns")
    for table in copy.glob("flags-*.json"):
        kept = json.loads(table.read_text(encoding="utf-8"))
        if damage == "not json":
            table.write_bytes(b"\x80\x04 not json")
        elif damage == "wrong types":
            table.write_text(json.dumps({"format": kept["format"], "terms": 3, "words": kept["words"]}))
        elif damage == "invalid engine code":  # a term missing from the kept table is spelled out again,
            terms = list(kept["terms"])  # and one whose entry is damaged
            for t in terms[: len(terms) // 2]:
                del kept["terms"][t]
            for t in terms[len(terms) // 2 :]:
                kept["terms"][t] = [3, None, None] if len(t) % 2 else [*kept["terms"][t][:2], [7]]  # not needles
            table.write_text(json.dumps(kept))
        else:
            table.write_text("{}")
    assert answers(copy) == got


def check_slip(cache):
    """'tightnes' is no English word: read as 'tightness' only if the word list was consulted."""
    p = subprocess.run([EXE, "check", "--json", "tightnes in my chest and a crushing feeling"], capture_output=True,
                       timeout=60, env=dict(os.environ, HEALTHQ_CACHE_DIR=str(cache)))
    assert p.returncode == 0 and b"Traceback" not in p.stderr, p.stderr
    data = json.loads(p.stdout)
    return data["triage"], data["unrecognised"], [u.get("read_as") for u in data["understood"]]


def test_the_english_word_list_is_kept_as_a_table_and_a_damaged_one_is_rebuilt(tmp_path):
    cache = tmp_path / "c"
    first = check_slip(cache)
    assert first[0] == "emergency" and "tightnes" not in first[1]
    tables = list(cache.glob("lexicon-*.sqlite"))
    assert len(tables) == 1 and tables[0].stat().st_size > 1_000_000  # the whole list, about 160,000 words
    assert check_slip(cache) == first
    tables[0].write_bytes(b"SQLite format 3\x00" + b"\x00" * 100 + b"garbage" * 1000)
    assert check_slip(cache) == first  # read whole this time
    assert check_slip(cache) == first
    rebuilt = list(cache.glob("lexicon-*.sqlite"))
    assert len(rebuilt) == 1 and rebuilt[0].stat().st_size > 1_000_000


def test_an_old_temporary_table_is_swept_and_a_fresh_one_is_left(tmp_path):
    cache = tmp_path / "c"
    cache.mkdir()
    old, fresh = cache / ".lexicon-abc.tmp", cache / ".regex-def.tmp"
    old.write_bytes(b"x" * 1000)
    fresh.write_bytes(b"y")
    os.utime(old, (os.path.getmtime(old) - 3600,) * 2)
    p = subprocess.run([EXE, "causes", "pcos"], capture_output=True, timeout=60, env=dict(os.environ, HEALTHQ_CACHE_DIR=str(cache)))
    assert p.returncode == 0
    assert not old.exists() and fresh.exists()


def test_a_row_of_another_pattern_under_the_same_crc_is_passed_over(tmp_path, monkeypatch):
    """rx finds a kept pattern by the CRC-32 of its text, and uses a row only when the row's own text
    is the pattern: a row under the same CRC (a collision, or a planted row) is another pattern."""
    from healthq import rx

    monkeypatch.setenv("HEALTHQ_CACHE_DIR", str(tmp_path))
    for name, value in (("_db", None), ("_where", None), ("_added", {})):
        monkeypatch.setattr(rx, name, value)
    assert rx.compile("b+").fullmatch("bbb")
    rx.save()
    (table,) = tmp_path.glob("regex-*.sqlite")
    with sqlite3.connect(table) as db:
        assert db.execute("SELECT key FROM patterns WHERE hash = ?", (rx._hash("0:b+"),)).fetchall() == [("0:b+",)]
        db.execute("UPDATE patterns SET hash = ?", (rx._hash("0:a+"),))  # b+'s row now under a+'s CRC
    monkeypatch.setattr(rx, "_db", None)
    assert rx._kept("0:a+") is None and rx._kept("0:b+") is None
    pattern = rx.compile("a+")
    assert pattern.fullmatch("aaa") and not pattern.search("bbb")
    rx._db.close()


def test_a_full_table_makes_room_for_what_this_run_needed(tmp_path, monkeypatch):
    """The table of kept patterns is bounded; when it is full of patterns no run needs any more (data that has since
    changed), the oldest rows make room, so the patterns of this run are kept and the next run does not translate
    them again (a full table had kept nothing new, and every run translated its patterns afresh)."""
    from healthq import rx

    monkeypatch.setenv("HEALTHQ_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "MAX_PATTERNS", 5)
    monkeypatch.setattr(rx, "_db", None)
    monkeypatch.setattr(rx, "_added", {})
    for n in range(5):  # a full table of stale patterns
        rx.compile(f"stale{n} (?:a|b)+")
    rx._save()
    path = rx._where
    monkeypatch.setattr(rx, "_db", None)
    monkeypatch.setattr(rx, "_added", {})
    needed = ["needed one (?:x|y)+", "needed two (?:x|y)+"]
    for pattern in needed:
        assert rx.compile(pattern).search(pattern.replace("(?:x|y)+", "xyx"))
    rx._save()
    with sqlite3.connect(path) as db:
        keys = {k for (k,) in db.execute("SELECT key FROM patterns")}
    assert len(keys) == 5
    assert {rx._key(p, 0) for p in needed} <= keys
    assert rx._key("stale4 (?:a|b)+", 0) in keys and rx._key("stale0 (?:a|b)+", 0) not in keys
