"""Pure text helpers: normalising what people type, and making data safe to print."""

from __future__ import annotations

import re
import unicodedata

from .rx import later as _later  # compiled on first use: each command needs a few of these

# Characters that must never reach a terminal: C0/C1 controls (but newline and tab),
# bidirectional overrides and isolates, zero-width characters, and lone surrogates.
_UNSAFE = _later(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)
# A whole ANSI/VT escape sequence (CSI, OSC and two-character forms), removed before the lone ESC.
_ESCAPE_SEQ = _later(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]")


def clean(text: str) -> str:
    """Remove escape sequences and invisible or control characters; keep the visible text."""
    if not isinstance(text, str):
        text = str(text)
    if text.isprintable():  # nothing to remove: every character of _UNSAFE, ESC and CSI are unprintable
        return text
    text = _ESCAPE_SEQ.sub("", text)
    text = _UNSAFE.sub("", text)
    return text


_BREAKS = {"\r\n": "\\n", "\n": "\\n", "\r": "\\r", "\u2028": " ", "\u2029": " ", "\t": " "}
_BREAK = _later("\r\n|[\n\r\u2028\u2029\t]")


def one_line(text: str) -> str:
    """clean(), and line breaks shown as a visible \\n: a message is always exactly one line."""
    return _BREAK.sub(lambda m: _BREAKS[m.group()], clean(text))


# Function words: they never name a condition, so they never make a match in search, and
# `check`'s red-flag terms do not count most of them in a gap (redflags.FREE). NLTK's English list
# without its words of place and direction (down, up, out, off, over, under, above, below), which
# do name things ("Down syndrome" is not any syndrome, "itching down there" is not any itching),
# plus the contractions fold() makes ("i'm" -> "im") and a few more question fillers.
STOP_WORDS = frozenset(
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers "
    "herself it its itself they them their theirs themselves what which who whom this that these those am is are "
    "was were be been being have has had having do does did doing a an the and but if or because as until while "
    "of at by for with about against between into through during before after to from in "
    "on again further then once here there when where why how all any both each few more most "
    "other some such no nor not only own same so than too very s t can will just don should now d ll m o re ve y "
    "ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn "
    "im ive id youre whats thats theres cant dont doesnt isnt wont without could would might must shall may "
    "also really please get gets got getting vs versus".split()
)


# British spellings folded to one form so "haemorrhoids" and "hemorrhoids" meet.
_SPELLING = [
    ("oesophag", "esophag"),
    ("oestrogen", "estrogen"),
    ("haem", "hem"),
    ("anaem", "anem"),
    ("aemia", "emia"),
    ("paed", "ped"),
    ("oedema", "edema"),
    ("diarrhoea", "diarrhea"),
    ("rrhoea", "rrhea"),
    ("coeliac", "celiac"),
    ("foetus", "fetus"),
    ("foetal", "fetal"),
    ("gynaec", "gynec"),
    ("leukaem", "leukem"),
    ("ischaem", "ischem"),
    ("praevia", "previa"),
    ("tumour", "tumor"),
    ("behaviour", "behavior"),
    ("labour", "labor"),
    ("colour", "color"),
    ("ae", "e"),
    ("isation", "ization"),
    ("centre", "center"),
    ("litre", "liter"),
    ("fibre", "fiber"),
    ("sulph", "sulf"),
    ("mould", "mold"),
    ("vulval", "vulvar"),
    ("'s", "s"),
]

# A word ending in -ise or -yse is the British form of an American -ize/-yze verb ("organise",
# "paralyse") only when the -ise word is no English word and the -ize word is one, by pyspellchecker's
# American list: "noise", "raise", "bruise", "exercise", "promise" and "otherwise" are words as they
# stand, and folding them ("noize", "raize") hid them from the red-flag terms that spell them ("can't
# raise his arm", "a loud noise when he breathes in", the "exercise" of an exclusion). Only the
# endings before a space or the end of the text are read, as the replacement above was.
_ISE = _later(r"\b([a-z]{2,}[iy])se(?= |$)")


def _ise_to_ize(m: re.Match) -> str:
    stem = m.group(1)
    return stem + ("ze" if _american_ize(stem) else "se")


_ize_cache: dict[str, bool] = {}


def _american_ize(stem: str) -> bool:
    if stem not in _ize_cache:
        from .reading import english_counts

        lexicon = english_counts()
        _ize_cache[stem] = not lexicon.has_exact(stem + "se") and lexicon.has_exact(stem + "ze")
    return _ize_cache[stem]


# every British spelling above contains one of these: a quick test before thirty replacements
_SIGNALS = ("ae", "oe", "ou", "tre", "bre", "is", "ys", "ph", "val", "'")


def _has_signal(t: str) -> bool:
    return ("ae" in t or "oe" in t or "ou" in t or "tre" in t or "bre" in t or "is" in t or "ys" in t or "ph" in t
            or "val" in t or "'" in t)

_QUESTION = _later(
    r"^(?:(?:what|whats|what's|which|how|why|when|where|who|is|are|can|could|does|do|should|tell me)\b\s*)+"
    r"(?:(?:is|are|the|a|an|to|i|you|my|it|of|for|about)\b\s*)*"
    r"(?:(?:causes?|symptoms?|signs?|treatments?|treat|cure|diagnose[sd]?|diagnosis|prevent|prevention|"
    r"risks?|risk factors?|complications?|happens?|mean|means|get|know if i have|tell if i have)\b\s*)*"
    r"(?:(?:of|for|in|with|the|a|an|to|about|if|i|have|my)\b\s*)*"
)
_LEADING = _later(
    r"^(?:(?:causes?|symptoms?|signs?|treatments?|treating|diagnosis|prevention|preventing|risks?|"
    r"complications?)\s+(?:of|for)\s+)+"
)
_TRAILING = _later(r"\s+(?:causes?|symptoms?|treatments?|signs?|risks?|diagnosis|prevention)$")
_NON_WORD = _later(r"[^\w\s+-]|_")
_SPACE = _later(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip accents and width forms, fold British spellings; keep letters, digits, spaces."""
    if text.isascii():  # the common case, and the same result: ASCII has no accents or width forms
        if not text.isprintable():
            text = clean(text)
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", clean(text))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
        text = text.replace("\u2019", "'")
    text = " " + text.replace("&", " and ") + " "
    if _has_signal(text):  # without one, no British spelling can be in the text
        for british, american in _SPELLING:
            text = text.replace(british, american)
        if "se " in text:
            text = _ISE.sub(_ise_to_ize, text)
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.replace("-", " ").split())  # split() and \s both mean str.isspace()


def fold_many(texts: list[str]) -> list[str]:
    """[fold(t) for t in texts], with each step run once over all of them: building the index folds
    every name of every entry, and one pass over a batch costs far less than a pass per name.

    Printable ASCII texts (nearly all names) are joined with " \n " and folded together: no step
    changes or crosses a line break, and each text keeps the spaces fold() pads it with. Any other
    text is folded alone.
    """
    out: list[str | None] = [None] * len(texts)
    plain = []
    for i, text in enumerate(texts):
        if text.isascii() and text.isprintable():
            plain.append(i)
        else:
            out[i] = fold(text)
    if plain:
        joined = " " + " \n ".join([texts[i] for i in plain]).lower().replace("&", " and ") + " "
        if _has_signal(joined):
            for british, american in _SPELLING:
                joined = joined.replace(british, american)
            if "se " in joined:
                joined = _ISE.sub(_ise_to_ize, joined)
        joined = _NON_WORD.sub(" ", joined).replace("-", " ")
        for i, part in zip(plain, joined.split("\n")):
            out[i] = " ".join(part.split())
    return out  # type: ignore[return-value]


def query_terms(text: str) -> str:
    """Fold a free-text question to the condition name it asks about ("what causes piles?" -> "piles")."""
    folded = fold(text)
    stripped = _QUESTION.sub("", folded)
    stripped = _LEADING.sub("", stripped)
    stripped = _TRAILING.sub("", stripped).strip()
    return stripped or folded
