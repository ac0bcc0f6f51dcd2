"""The red-flag prefilter must never hide a match: a pattern is skipped only when its text lacks
every "needle", so every needle set must be a true necessary condition. Checked on every case text
of every benchmark set (about 2,000 ways people really wrote), and on hand-made edge patterns."""

import json
import re

import pytest

from conftest import ROOT


def _texts():
    out = []
    for path in sorted((ROOT / "benchmarks").rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if isinstance(data, list):
            out += [c.get("text") or c.get("symptoms") for c in data if isinstance(c, dict)]
    return [t if isinstance(t, str) else " ".join(t) for t in out if t]


def test_needles_never_hide_a_match():
    from healthq.check import load_vocabulary, read
    from healthq.redflags import _Lazy, load_flags
    from healthq.store import bundled_dir

    texts = _texts()
    assert len(texts) > 1000
    vocab = load_vocabulary()
    folded = [read(vocab, t).folded for t in texts]
    patterns = [lazy for flag in load_flags(str(bundled_dir())) for term in flag.all + flag.any + flag.unless
                for lazy in term[1:] if isinstance(lazy, _Lazy)]
    with_needles = [p for p in patterns if p.needles]
    assert len(with_needles) > len(patterns) // 2  # the prefilter does apply to most patterns
    for p in with_needles:
        rx = re.compile(p.source)
        for text in folded:
            if rx.search(text):
                assert any(n in text for n in p.needles), (p.source[:80], p.needles, text)


@pytest.mark.parametrize("pattern,expected", [
    (r"\bhernia\b", ["hernia"]),
    (r"\b(?:hernia|lump)\b", ["hernia", "lump"]),
    (r"\b(?:chok[a-z]*|food (?:[a-z]+ ){0,3}stuck)\b", ["chok", "food "]),
    (r"\b(?:a|bc)\b", None),  # a needle shorter than 3 letters is not worth checking
    (r"\b(?:x?pain)\b", ["pain"]),
    (r"\b(?:(?:sharp )?pain|ache)\b", ["ache", "pain"]),
    (r"\b[a-z]+\b", None),
])
def test_needles_are_read_from_the_parse_tree(pattern, expected):
    from healthq.redflags import _needles

    assert _needles(pattern) == expected
