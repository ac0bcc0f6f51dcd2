"""Train the crisis word model (healthq.crisis.model_score, behind crisis.ASK) and write data/crisis-model.bin.

    pip install -e '.[train]'
    python scripts/train_crisis_model.py            # cross-validated figures, then train and write
    python scripts/train_crisis_model.py --dry-run  # the figures only

The model is a logistic regression (scikit-learn, liblinear) over the hashed words and word pairs that
`crisis.model_features` reads, so healthq needs neither scikit-learn nor NumPy to use it. It learns
only from sets that have been run and read (OPENED below, named one by one: a blind set committed
later is never read here by accident):

- the crisis sets: every text with its `crisis` label (100 crisis texts and 60 near-twins each);
- the check sets and the project's own cases: a text whose group or note speaks of the mind, mood,
  self-harm or overdoses has its label in benchmarks/dev/crisis-labels-check.json (593 texts, each read
  and labelled by a helper by the rule of the crisis sets: would a crisis-line worker or GP want to
  check the person is safe); a text whose group or note says nothing of these is not a crisis text;
- the search sets: every query that names no such word is not a crisis text;
- the wordings of the crisis tests (TEST_MODULES): every text a test of the phrases' rounds asserts
  shows the message, or shows none or is no emergency (read from the tests' parametrize lists, by the
  test's name: see _test_wordings), and the SHOWS (crisis) and QUIET lists of the later rounds' modules
  (WORDING_MODULES); tests/test_crisis_model.py is left out, so that its texts stay unseen;
- the training sets (TRAINING_SETS): texts written to be learned from, by a helper who saw no code and
  no test: crisis texts said in ordinary words, and everyday texts that use the words of crisis talk
  for something else (accidents, idioms, errands, other people not wanting things, deaths from
  illness asked about, medicines in ordinary use);
- 1,500 first-person questions about the vocabulary's symptoms (_ASKING), as no crisis texts.

Before training on everything it trains once per crisis set, leaving that set out (and a fifth of the
everyday texts), and prints how many of the left-out set's crisis texts the model alone and the
phrases plus the model take (scored by healthq's own crisis.model_score, its gate included), and how
many of its near-twins and everyday texts they take needlessly. C was chosen by those figures: of 1, 2,
4, 8, 16 and 32, 16 took the most left-out crisis texts (1,184 of 1,300, against 1,059 at 1) for 97 of some
37,700 everyday texts (80 at 1) and 19 of 780 near-twins. Round 52 added crisis sets 21 and 24 and kept C = 16:
1,337 of 1,500 left-out crisis texts for 126 of some 46,200 everyday texts. Round 59 added crisis set 49 and training
set 4 (everyday texts of killing pests and germs, harm done by others, bereavement, idioms and doses, and crisis
texts in the same words).
Those are figures on sets the phrases were written from: the honest measure is a blind set
(benchmarks/crisis_accuracy.py). Deterministic: the same files give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from healthq import crisis  # noqa: E402

BLIND = ROOT / "benchmarks" / "blind"
CRISIS_SETS = [BLIND / f"crisis-blind-{n}.json" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 14, 16, 19, 21, 24,
                                                                 25, 26, 27, 28, 33, 34, 35, 36, 37, 38, 40, 42, 43, 44,
                                                                 45, 46, 47, 49)]
CHECK_SETS = ([BLIND / f"check-blind-{n}{part}.json" for n in range(1, 36) for part in ("", "a", "b")]
              + [BLIND / f"check-blind-{n}.json" for n in ("36a", "36b", "37a", "37b", "38b", "40b", "41a", "41b", "42b",
                                                           "45a", "45b", "46a", "46b", "47a", "47b", "49a", "50a", "50b",
                                                           "51a", "51b", "52b", "53a", "54a", "56a", "56b",
                                                           "48b", "55a", "57a", "57b", "58a", "58b", "59b", "60a",
                                                           "61a", "61b", "62a", "62b", "63a", "63b", "64a", "64b",
                                                           "65a", "65b", "66a", "66b", "67a", "67b", "68a", "68b",
                                                           "69a", "69b", "70a", "70b", "71a", "71b", "72a", "72b",
                                                           "73a", "73b", "74a", "75a", "75b", "77a", "80a")]
              + [ROOT / "benchmarks" / "check_cases.json", ROOT / "benchmarks" / "dev" / "sign-wordings-1.json"])
SEARCH_SETS = [BLIND / f"search-blind-{n}{part}.json" for n in range(1, 21) for part in ("", "a", "b")]
LABELS = ROOT / "benchmarks" / "dev" / "crisis-labels-check.json"
TRAINING_SETS = [ROOT / "benchmarks" / "dev" / f"crisis-train-{n}.json" for n in (1, 2, 3, 4)]
TEST_MODULES = ("test_safety", "test_lay_wording")
# the rounds' wordings, bound by conftest.crisis_wording_tests: SHOWS are crisis texts, QUIET or CRISIS_QUIET not
WORDING_MODULES = ("test_crisis_r48", "test_crisis_r49", "test_round50", "test_round52", "test_round53", "test_round54",
                   "test_round55", "test_round56", "test_round57")
OPENED = CRISIS_SETS + CHECK_SETS + SEARCH_SETS + TRAINING_SETS

THRESHOLD = 0.6  # the probability at which the model says crisis; stored as its log-odds
CRISIS_WEIGHT = 3.0  # a text of a crisis or training set counts three times an everyday one: they are the hard cases
C = 16.0  # inverse regularisation strength: chosen by the leave-one-set-out figures below (1, 2, 4, 8, 16, 32 tried)

_MIND_GROUP = re.compile(r"suicid|self|harm|mental|overdose|crisis|mood|depress|intent", re.I)
_CRISIS_QUERY = re.compile(r"suicid|self.?harm|kill|die|overdose|crisis|cutting", re.I)


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def _check_text(case: dict) -> str:
    text = case.get("text") or case.get("symptoms") or ""
    return " ".join(text) if isinstance(text, list) else text


def _set_name(path: Path) -> str:
    return "c" + path.stem.rsplit("-", 1)[1]


def examples() -> dict[str, list[tuple[str, bool]]]:
    """The labelled texts, by where they come from: 'c1', 'c2'... (crisis sets, by number), 'check', 'search'."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for path in CRISIS_SETS:
        out[_set_name(path)] = [(c["text"], bool(c["crisis"])) for c in _load(path)]
    labels = {c["text"]: bool(c["crisis"]) for c in _load(LABELS)}
    out["check"] = []
    for path in CHECK_SETS:
        for case in _load(path):
            about = f"{case.get('group') or ''} {case.get('note') or ''}"
            text = _check_text(case)
            if text in labels:
                out["check"].append((text, labels[text]))
            elif not _MIND_GROUP.search(about) and not crisis.mentions_crisis(text):
                out["check"].append((text, False))  # (a text the phrases take is never taught as no crisis)
    out["tests"] = _test_wordings()
    out["train"] = [(c["text"], bool(c["crisis"])) for path in TRAINING_SETS for c in _load(path)]
    out["everyday"] = _everyday_first_person()
    out["search"] = [(q, False) for path in SEARCH_SETS for case in _load(path)
                     if (q := case.get("query") or case.get("text")) and not _CRISIS_QUERY.search(q)]
    return out


# a test whose name says its texts show no crisis message, or are no emergency (and so no crisis either)
_QUIET_TEST = ("no_crisis", "not_emergenc", "stay_quiet", "stay_narrow", "not_read_into", "by_accident", "are_not",
               "show_no", "are_no_")


# First-person ways of asking about a symptom: the crisis texts are in the first person far more than the
# other texts, and without these the model learned "i want", "ive been" and "i dont" as crisis words.
_ASKING = (
    "ive had {} for a few days, should i see someone", "i dont know if {} is serious", "my mum has {}, what should we do",
    "i want to get rid of {}", "been getting {} on and off, i just want it sorted", "i keep getting {}, is it normal",
    "ive been having {} since last week and i dont know what to do", "can i treat {} myself or do i need the gp",
    "i just want this {} to stop", "is {} something to worry about",
)


def _everyday_first_person() -> list[tuple[str, bool]]:
    """Not crisis texts: a symptom of the vocabulary in each of the _ASKING ways, 1,500 in all (seeded)."""
    import random

    symptoms = json.loads((ROOT / "data" / "symptoms.json").read_text(encoding="utf-8"))
    symptoms = symptoms.get("symptoms", symptoms) if isinstance(symptoms, dict) else symptoms
    names = sorted({s["name"] for s in symptoms if isinstance(s, dict) and "name" in s and not _CRISIS_QUERY.search(s["name"])})
    pick = random.Random(0)
    return [(pick.choice(_ASKING).format(pick.choice(names)), False) for _ in range(1500)]


def _test_wordings() -> list[tuple[str, bool]]:
    """The texts of the crisis tests' parametrize lists: a test named for the crisis message is a crisis
    text unless the name says its texts show none (_QUIET_TEST); a test of no emergency is none; a
    `crisis` argument gives the answer itself; a (text, twin) pair is a crisis text and its twin."""
    import importlib
    import inspect

    sys.path.insert(0, str(ROOT / "tests"))
    out = []
    for module in TEST_MODULES:
        for name, test in inspect.getmembers(importlib.import_module(module), inspect.isfunction):
            quiet = any(mark in name for mark in _QUIET_TEST)
            if not name.startswith("test") or not (quiet or "crisis" in name):
                continue
            for mark in getattr(test, "pytestmark", []):
                if mark.name != "parametrize":
                    continue
                names = mark.args[0]
                names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
                if "text" not in names or not set(names) <= {"text", "twin", "crisis", "age"}:
                    continue  # a test of which flag fires is about the flag, not the message
                for values in mark.args[1]:
                    values = getattr(values, "values", values)  # pytest.param(...)
                    if len(names) == 1 and not isinstance(values, tuple):
                        values = (values,)
                    row = dict(zip(names, values))
                    if "twin" in row:
                        out += [(row["text"], True), (row["twin"], False)]
                    elif "crisis" in row:
                        out.append((row["text"], bool(row["crisis"])))
                    else:
                        out.append((row["text"], not quiet))
    for module in WORDING_MODULES:
        loaded = importlib.import_module(module)
        out += [(text, True) for text in loaded.SHOWS]
        out += [(text, False) for text in getattr(loaded, "CRISIS_QUIET", None) or loaded.QUIET]  # (a QUIET beside it is of flags)
    return out


def _matrix(texts: list[str]):
    from scipy.sparse import csr_matrix

    rows, cols, values = [], [], []
    for i, text in enumerate(texts):
        for feature in sorted(crisis.model_features(text)):
            slot, sign = crisis.model_slot(feature)
            rows.append(i)
            cols.append(slot)
            values.append(sign)
    return csr_matrix((values, (rows, cols)), shape=(len(texts), 1 << crisis._MODEL_BITS))


def _fit(labelled: list[tuple[str, bool, float]]):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, solver="liblinear", max_iter=5000, class_weight="balanced", random_state=0)
    model.fit(_matrix([t for t, _, _ in labelled]), [y for _, y, _ in labelled],
              sample_weight=[w for _, _, w in labelled])
    return model.coef_[0], float(model.intercept_[0])


def _table(weights, bias: float) -> array:
    """The model file's table: the bias, the threshold as a log-odds, then the weights."""
    return array("f", [bias, math.log(THRESHOLD / (1 - THRESHOLD))] + [float(w) for w in weights])


def _scores(weights, bias: float, texts: list[str]) -> list[float | None]:
    """What healthq's own reader (crisis.model_score, with its gate) scores each text with these weights."""
    table = _table(weights, bias)
    saved = crisis._model_cache
    crisis._model_cache = (table, float(table[1]), float(table[0]))
    try:
        return [crisis.model_score(t) for t in texts]
    finally:
        crisis._model_cache = saved


def _taken(scores: list[float | None], cut: float) -> list[bool]:
    """Whether each score reaches the cut (None: the gate kept the model silent)."""
    return [score is not None and score >= cut for score in scores]


# log-odds at which the model might show the message itself (crisis._MODEL_SURE)
SURE_CUTS = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0)
# crisis._MODEL_SURE is the lowest cut at which the message goes to at most 1 in 100 left-out near-twins and 1 in
# 1,000 left-out everyday texts (of those the phrases leave): a few lines of helplines shown to someone who did not
# need them is the cost accepted for each crisis text that gets the message rather than the question.
NEAR_TWINS_SHOWN = 0.01
EVERYDAY_SHOWN = 0.001


def cross_validate(data: dict[str, list[tuple[str, bool]]]) -> None:
    everyday = data["check"] + data["search"]
    ordinary = [t for t, y in everyday if not y]
    names = [_set_name(path) for path in CRISIS_SETS]
    sure = {cut: [0, 0, 0] for cut in SURE_CUTS}  # left-out crisis texts, near-twins, everyday texts the phrases leave
    left = [0, 0, 0]
    for k, held in enumerate(names, 1):
        # every fifth everyday text not in crisis is held out with the set, by turns
        out_ordinary = ordinary[k - 1::5]
        kept = set(range(k - 1, len(ordinary), 5))
        train = [(t, y, CRISIS_WEIGHT) for name in names + ["tests", "train"] if name != held
                 for t, y in data[name]]
        train += [(t, y, 1.0) for t, y in everyday if y] + [(t, y, 1.0) for t, y in data["everyday"]]
        train += [(t, False, 1.0) for i, t in enumerate(ordinary) if i not in kept]
        weights, bias = _fit(train)
        texts = [t for t, _ in data[held]]
        truth = [y for _, y in data[held]]
        threshold = _table(weights, bias)[1]
        scores = _scores(weights, bias, texts)  # each text scored once, for the threshold and for every cut
        model = _taken(scores, threshold)
        phrases = [crisis.mentions_crisis(t) for t in texts]
        either = [a or b for a, b in zip(model, phrases)]

        def count(said, want):
            return sum(1 for s, y in zip(said, truth) if s and y == want)

        extra_scores = _scores(weights, bias, out_ordinary)
        extra = _taken(extra_scores, threshold)
        extra_phrases = [crisis.mentions_crisis(t) for t in out_ordinary]
        extra_either = [a or b for a, b in zip(extra, extra_phrases)]
        for kind, left_scores in ((0, [s for s, y, p in zip(scores, truth, phrases) if y and not p]),
                                  (1, [s for s, y, p in zip(scores, truth, phrases) if not y and not p]),
                                  (2, [s for s, p in zip(extra_scores, extra_phrases) if not p])):
            left[kind] += len(left_scores)
            for cut in SURE_CUTS:
                sure[cut][kind] += sum(_taken(left_scores, cut))
        print(f"left out crisis set {held[1:]}: crisis texts taken: phrases {count(phrases, True)}, model {count(model, True)}, "
              f"either {count(either, True)} of {truth.count(True)}; near-twins taken: phrases "
              f"{count(phrases, False)}, model {count(model, False)}, either {count(either, False)} of "
              f"{truth.count(False)}; everyday texts taken: model {sum(extra)}, either {sum(extra_either)} of "
              f"{len(out_ordinary)}")
    for cut in SURE_CUTS:
        print(f"left out, texts the phrases leave, scored at least {cut:g}: crisis texts {sure[cut][0]} of {left[0]}, "
              f"near-twins {sure[cut][1]} of {left[1]}, everyday texts {sure[cut][2]} of {left[2]}")
    within = [cut for cut in SURE_CUTS
              if sure[cut][1] <= NEAR_TWINS_SHOWN * left[1] and sure[cut][2] <= EVERYDAY_SHOWN * left[2]]
    print(f"the lowest cut that shows the message to at most {NEAR_TWINS_SHOWN:.0%} of the left-out near-twins and "
          f"{EVERYDAY_SHOWN:.1%} of the everyday texts: {min(within):g}" if within else "no cut keeps within the limits")
    print(f"crisis._MODEL_SURE is {crisis._MODEL_SURE:g}" + ("" if within and min(within) == crisis._MODEL_SURE
                                                             else ": not the rule's cut, set it again"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validated figures only")
    args = parser.parse_args()
    data = examples()
    for name, items in data.items():
        print(f"{name}: {sum(y for _, y in items)} crisis texts, {sum(not y for _, y in items)} others")
    cross_validate(data)
    if args.dry_run:
        return
    train = [(t, y, 1.0 if name in ("check", "search") else CRISIS_WEIGHT) for name, items in data.items() for t, y in items]
    weights, bias = _fit(train)
    table = _table(weights, bias)
    if sys.byteorder == "big":
        table.byteswap()
    path = ROOT / "data" / crisis._MODEL_FILE
    path.write_bytes(table.tobytes())
    print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes, {len(train)} texts)")


if __name__ == "__main__":
    main()
