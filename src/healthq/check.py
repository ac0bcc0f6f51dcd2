"""From symptoms to conditions: read what a person typed, triage it, rank the conditions that fit.

Pure: returns a Report, prints nothing. The steps:

1. `describe`: all arguments are one description (at most MAX_TEXT characters).
2. `read` (reading.py): words, typo correction for non-words only, symptom phrases from the shared
   vocabulary (data/symptoms.json), NegEx negation, who the patient is, severity and duration.
3. Red flags, apart from any ranking: the written list in data/redflags.json (redflags.py), the
   vocabulary's red-flag symptoms and the combination rules of data/triage.json.
4. `rank`: conditions by the weight of the typed symptoms they explain.
5. `_triage`: the highest of the red flags, the symptoms' own urgency and the level of care the
   best fits need, never below the floors of `_floor` (fail safe).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from . import rx
from ._record import FrozenRecord, Record
from .errors import HealthqError
from .reading import (
    DURATION, MODIFIERS, PSEUDO, TERMINATORS, TRIGGERS, Patient, Reading, correct, duration_weeks, fold_tokens, negation,
    parse_age, patient, phrase_words, tokenise, word,
)
from .sections import LEVEL_KEYS
from .store import bundled_dir
from .text import clean, fold

LEVELS = LEVEL_KEYS  # least to most urgent (sections.py holds the levels)
# How much a typed symptom counts, by its specificity in the vocabulary (1 = common, such as fever;
# 3 = nearly specific to one condition, such as a rash on the palms and soles).
SPECIFICITY = {1: 1.0, 2: 2.0, 3: 3.5}
# A small head start for common conditions, so that with equal evidence the common one comes first.
PRIOR = {"very-common": 0.6, "common": 0.4, "uncommon": 0.2, "rare": 0.0}
# Pregnant or just delivered: the conditions of pregnancy and birth get this head start.
PREGNANCY_BOOST = 0.6
# The article-text signal (BM25 over each condition's names, symptom text and, weighted low, the
# rest of its article, 0-1; textindex.py), worth up to two and a half moderately specific symptoms.
# The articles' own words turned out a better guide than the vocabulary alone: on the 2,474 cases
# of check sets 1-9 that name a condition in the data, the right one was in the top 3 for 74% at
# 1.5 (the weight before), 77% at 3, 78% at 5, 77% at 8 and 76% at 12 (measured 2026-12-03; set 10,
# written later, was not used to choose it).
TEXT_WEIGHT = 5.0
# A red flag that fires counts, for each condition it warns of (the flag's "conditions" in
# data/redflags.json), as much as one nearly specific symptom: the written sign is read surely even
# where the vocabulary misses the words ("her mouth went lopsided" is a stroke sign). Chosen on check
# sets 1-17 (tuned), from ranking them first outright (1e6: top 3 86%, some broad flags such as
# sudden chest pain then push a specific fit out, pneumothorax under three heart conditions) and
# 2, 3.5, 5 and 8 (top 3 86, 87, 87, 86%; top 1 67, 68, 68, 66%), and ranking only the first
# condition a flag names first (top 3 87%, top 1 65%): 3.5 is the weight of a specificity-3
# symptom, so a flag is read as one. Its limit: one word that many articles use ("her mouth went
# lopsided") can give other conditions a text signal above it.
FLAGGED = SPECIFICITY[3]
# Each fired sign votes for the conditions it warns of, its vote split among them: a condition a fired flag names gains
# FLAGGED, and again FLAGGED times its share, the sum over the fired flags naming it of 1/n for a flag that names n
# conditions (a condition the person names has a share of 1). A sign of one condition says more about which it is
# than a sign of many, and several signs of one condition more than one: "37 weeks, terrible headache, just had a
# fit" gives pre-eclampsia 1 + 1/2 (its own sign and pregnancy headache's) and epilepsy 1/2 (the first-fit sign's);
# "had her baby 6 days ago, hasn't slept, secret messages" puts postpartum psychosis before the conditions of the
# general psychosis sign.
def _lift(share: float) -> float:
    return FLAGGED * (1.0 + share)


# The best fit's usual level of care counts only when it explains at least this share of what was typed.
BEST_FIT_SHARE = 40
# A runner-up emergency condition counts when its score is at least this share of the best one's.
RUNNER_UP_SHARE = 0.9
FILLER = {
    "my", "the", "a", "an", "i", "im", "ive", "id", "have", "has", "had", "got", "getting", "been", "having", "very", "really",
    "quite", "bit", "some", "of", "in", "on", "at", "to", "is", "am", "are", "was", "were", "it", "its", "me", "also",
    "keep", "from", "kept", "like", "and", "with", "plus", "or", "but", "then", "when", "since", "for", "after",
    "about", "around", "started", "start", "mild", "slight", "terrible", "awful", "horrible", "s", "that", "this",
    "there", "theres", "just", "so", "be", "he", "she", "they", "him", "her", "his", "their", "them", "we", "our",
    "us", "you", "your", "hes", "shes", "theyre", "maybe", "please", "worried", "scared", "concerned", "hi", "hello",
    "hey", "every", "each", "per",
}
# words that carry no symptom on their own: not reported as unrecognised
QUIET = {
    "little", "lot", "lots", "bad", "feel", "feeling", "feels", "felt", "being", "get", "gets", "sudden", "suddenly",
    "severe", "pain", "lately", "recently", "worse", "days", "weeks", "week", "day", "ago", "x", "times", "morning",
    "night", "hours", "hour", "minutes", "mins", "months", "month", "year", "years", "went", "gone", "goes", "going",
    "came", "come", "comes", "make", "makes", "made", "happened", "happening", "started", "starting", "stopped",
    "keeps", "seems", "seem", "look", "looks", "looking", "notice", "noticed", "noticing", "woke", "waking",
    "morning", "evening", "afternoon", "time", "times", "lot", "today", "week", "weekend", "ok", "okay", "fine",
    "normal", "usual", "new", "old", "really", "pretty", "kind", "sort", "bit", "thing", "things", "stuff", "way",
}
# body places and sides: read as where a symptom is, never as a symptom on their own
PLACE_WORDS = {
    "left", "right", "side", "sides", "upper", "lower", "top", "bottom", "middle", "centre", "center", "both", "one",
    "front", "back", "inside", "outside", "under", "below", "above", "behind", "across", "between", "near", "down",
    "arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "finger", "fingers", "toe", "toes", "head",
    "face", "neck", "shoulder", "shoulders", "chest", "tummy", "stomach", "belly", "body", "skin", "eye", "eyes",
    "ear", "ears", "nose", "mouth", "throat", "jaw", "knee", "knees", "hip", "hips", "ankle", "ankles", "wrist",
    "elbow", "thigh", "calf", "groin", "bum", "all", "over", "whole", "area", "spot", "patch",
}
PATIENT_CONTEXTS = {"pregnant", "given-birth"}  # context symptoms set from reading.patient, not from phrases
# words that say who the patient is (reading.patient reads them)
PATIENT_WORDS = {
    "son", "daughter", "boy", "girl", "child", "kid", "kids", "baby", "toddler", "infant", "newborn", "grandson",
    "granddaughter", "nephew", "niece", "brother", "sister", "husband", "wife", "partner", "mum", "mom", "mother",
    "dad", "father", "nan", "nana", "gran", "granny", "grandma", "grandmother", "grandad", "grandpa", "grandfather",
    "friend", "aged", "age", "old", "pregnant", "pregnancy", "birth", "gave", "given", "postpartum", "postnatal",
    "expecting", "trimester", "weeks", "months", "years", "yr", "yrs", "wk", "wks", "delivered", "delivery",
    "section", "caesarean", "cesarean", "bump", "antenatal", "breastfeeding",
}


class Symptom(FrozenRecord):
    id: str
    name: str
    specificity: int
    parent: str | None
    urgency: str | None
    reason: str | None
    context: bool
    # a sign of later pregnancy (a baby moving less): its emergency holds from this week of pregnancy, or when
    # the weeks are not said; before it, same-day care (NHS "Your baby's movements": felt from 16 to 24 weeks)
    emergency_from_week: int | None

    _fields = __match_args__ = ("id", "name", "specificity", "parent", "urgency", "reason", "context", "emergency_from_week")

    def __init__(self, id: str, name: str, specificity: int, parent: str | None, urgency: str | None,  # noqa: A002
                 reason: str | None, context: bool, emergency_from_week: int | None = None):
        self._set_fields(id, name, specificity, parent, urgency, reason, context, emergency_from_week)

    def urgency_for(self, weeks: int | None) -> str | None:
        """The symptom's urgency for a pregnancy of `weeks` (None: not said)."""
        if self.urgency == "emergency" and self.emergency_from_week and weeks is not None and weeks < self.emergency_from_week:
            return "urgent"
        return self.urgency


class Vocabulary(Record):
    symptoms: dict[str, Symptom]
    phrases: dict[str, str]  # folded, filler-free words, joined by spaces -> symptom id
    # the same words in sorted order (a phrase in any word order); the kept table leaves out the words whose
    # sorted order is a phrase of the same symptom (any_order finds those in `phrases`)
    sorted_keys: dict[str, str]
    longest: int
    rules: list[dict]
    # "becomes": a symptom read in a context (pregnant, just given birth) means a more specific one
    becomes: dict[str, dict[str, str]]
    words: set[str]  # every word of every phrase: the targets of typo correction
    base: str | None  # the data folder it was loaded from (red flags live beside it)

    _fields = __match_args__ = ("symptoms", "phrases", "sorted_keys", "longest", "rules", "becomes", "words", "base")

    def __init__(self, symptoms: dict[str, Symptom], phrases: dict[str, str], sorted_keys: dict[str, str], longest: int,
                 rules: list[dict] | None = None, becomes: dict[str, dict[str, str]] | None = None,
                 words: set[str] | None = None, base: str | None = None):
        self.symptoms, self.phrases, self.sorted_keys, self.longest = symptoms, phrases, sorted_keys, longest
        self.rules = [] if rules is None else rules
        self.becomes = {} if becomes is None else becomes
        self.words = set() if words is None else words
        self.base = base

    def ancestors(self, sid: str) -> list[str]:
        out = []
        seen = set()
        cur = self.symptoms[sid].parent if sid in self.symptoms else None
        while cur and cur not in seen and cur in self.symptoms:
            out.append(cur)
            seen.add(cur)
            cur = self.symptoms[cur].parent
        return out

    def descendants(self, sid: str) -> list[str]:
        return [s for s in self.symptoms if sid in self.ancestors(s)]

    def phrase(self, key: tuple[str, ...]) -> str | None:
        """The symptom these words (folded, filler-free, in this order) name, if any."""
        return self.phrases.get(" ".join(plain_forms(key)))

    def any_order(self, key: tuple[str, ...]) -> str | None:
        """The symptom these words name in some order."""
        words = " ".join(sorted(plain_forms(key)))
        sid = self.sorted_keys.get(words)
        return sid if sid is not None else self.phrases.get(words)

    def gapped_keys(self, words) -> list[tuple[tuple[str, ...], str]]:
        """Phrases of two or more words, all of them among `words` (the only ones a text of those
        words can hold), longest first: the candidates for reading across gaps. A phrase is split
        only when its first word is there."""
        present = set(words)
        keys = []
        for phrase, sid in self.phrases.items():
            if " " not in phrase or phrase.partition(" ")[0] not in present:
                continue
            key = tuple(phrase.split(" "))
            if all(w in present for w in key) and not any(w in TRIGGERS for w in key):
                keys.append((key, sid))
        return sorted(keys, key=lambda item: (-len(item[0]), item[0]))


# The negating auxiliaries of one verb, read alike in a symptom phrase: a phrase that says a function is missing is the
# same whichever person or tense of it is typed ("hasn't had a poo", "haven't had a poo", "hadn't pooed"), so the
# vocabulary names it once and every form finds it. Only within one verb: "haven't been drinking" (alcohol) is not
# "not drinking" (a baby's feeds), and "no", "never", "can't" are other words.
# Likewise the pronouns that stand for "things" in general: "no interest in anything" is "no interest in things",
# "can't keep anything down" is "can't keep things down" ("nothing" is not among them: it says the opposite).
PLAIN_FORMS = {"hasnt": "havent", "hadnt": "havent", "doesnt": "dont", "didnt": "dont",
               "arent": "isnt", "wasnt": "isnt", "werent": "isnt", "aint": "isnt",
               "anything": "things", "everything": "things"}


def plain_forms(key: tuple[str, ...]) -> tuple[str, ...]:
    """A phrase's words with each negating auxiliary read as the first form of its verb, and "anything" or
    "everything" as "things" (PLAIN_FORMS)."""
    return tuple(PLAIN_FORMS.get(w, w) for w in key) if any(w in PLAIN_FORMS for w in key) else key


def tokens(text: str) -> tuple[str, ...]:
    """A phrase as the words it is matched on: folded like typed text, without filler words."""
    return tuple(w for w in phrase_words(text) if w not in FILLER)


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    base = path or bundled_dir()
    return _load_vocabulary(str(base))


@lru_cache(maxsize=4)
def _load_vocabulary(base: str) -> Vocabulary:
    root = Path(base)
    table = _phrase_table(root / "symptoms.json")  # the symptoms too: symptoms.json is read only to build it
    symptoms: dict[str, Symptom] = {}
    for fields in table["symptoms"]:
        symptoms[fields[0]] = Symptom(*fields)
    rules = json.loads((root / "triage.json").read_text(encoding="utf-8"))
    return Vocabulary(symptoms, table["phrases"], table["sorted"], table["longest"], rules, table["becomes"],
                      words=set(table["words"]), base=base)


def _symptom_fields(item: dict) -> list:
    """A symptom of symptoms.json as the fields of its Symptom, in order."""
    return [item["id"], item["name"], int(item.get("specificity", 1)), item.get("parent"), item.get("urgency"),
            item.get("reason"), bool(item.get("context")), item.get("emergency_from_week")]


def _valid_symptom(fields) -> bool:
    # written out, not a generator over fields[3:6]: this runs for each of 515 symptoms on every check
    return (isinstance(fields, list) and len(fields) == 8 and isinstance(fields[0], str) and isinstance(fields[1], str)
            and type(fields[2]) is int and (fields[3] is None or isinstance(fields[3], str))
            and (fields[4] is None or isinstance(fields[4], str)) and (fields[5] is None or isinstance(fields[5], str))
            and isinstance(fields[6], bool) and (fields[7] is None or type(fields[7]) is int))


def _valid_table(table) -> bool:
    """A kept phrase table as _phrase_table writes it (anything else is built again)."""
    from .cache import only_str  # imported already: this is kept_json's check

    return (isinstance(table, dict) and isinstance(table.get("phrases"), dict) and isinstance(table.get("sorted"), dict)
            and isinstance(table.get("longest"), int) and isinstance(table.get("words"), list)
            and isinstance(table.get("symptoms"), list) and isinstance(table.get("becomes"), dict)
            and only_str(table["phrases"].values()) and only_str(table["sorted"].values())
            and only_str(table["words"]) and all(map(_valid_symptom, table["symptoms"])))


def _phrase_table(path: Path) -> dict:
    """Every name and synonym as the words it is matched on, in order (the first phrase wins), the
    same in sorted word order, the longest phrase's length and every word: {"phrases", "sorted",
    "longest", "words"}; and the symptoms' own fields ("symptoms", "becomes"), so that a check does not
    read the whole of symptoms.json (with every synonym) again. Phrases are keyed by their words
    joined by spaces, so the kept table is used as JSON reads it, with nothing rebuilt.

    Folding some 3,000 phrases costs about 100 ms, so the table is kept in the cache directory
    (cache.kept_json: JSON, data, never code), keyed by the vocabulary file's size, modification
    time and healthq's version.
    """
    from .cache import kept_json

    # "phrases2": phrases folded keeping English -ise words (text._ISE); tables of the earlier folding go.
    # "phrases3": "sorted" without the entries `phrases` already gives (see _build_phrase_table); "phrases4": the
    # symptoms' emergency_from_week; "phrases6": negating auxiliaries read alike within their verb (plain_forms);
    # "phrases7": "anything" and "everything" read as "things"
    return kept_json("phrases7", path, lambda: _build_phrase_table(json.loads(path.read_text(encoding="utf-8"))),
                     _valid_table, stale=("phrases-*.json", "phrases2-*.json", "phrases3-*.json", "phrases4-*.json",
                                          "phrases5-*.json", "phrases6-*.json"))


def _build_phrase_table(raw: list) -> dict:
    phrases: dict[str, str] = {}
    typed: set[str] = set()  # every word of the phrases as written, before plain_forms
    for item in raw:
        for phrase in [item["name"], item["id"].replace("-", " ")] + item.get("synonyms", []):
            words = tokens(phrase)
            typed.update(words)
            key = plain_forms(words)
            if key:
                phrases.setdefault(" ".join(key), item["id"])
    in_any_order: dict[str, str] = {}
    for key, sid in phrases.items():
        in_any_order.setdefault(" ".join(sorted(key.split(" "))), sid)
    # Words whose sorted order is itself a phrase of the same symptom are left out: any_order looks
    # there when "sorted" has no entry (the words of a phrase, sorted, always have one), and a third
    # of a table every check decodes goes. (Only words of two or more are looked up in any order.)
    in_any_order = {words: sid for words, sid in in_any_order.items() if phrases.get(words) != sid}
    return {
        "phrases": phrases, "sorted": in_any_order,
        "longest": max((k.count(" ") + 1 for k in phrases), default=1),
        "words": sorted({w for key in phrases for w in key.split(" ") if w.isalpha()} | {w for w in typed if w.isalpha()}),
        "symptoms": [_symptom_fields(item) for item in raw],
        "becomes": {item["id"]: item["becomes"] for item in raw if item.get("becomes")},
    }


class NothingRecognised(HealthqError):
    """No symptom could be read (exit code 1); carries what was read, for the JSON answer."""

    exit_code = 1

    def __init__(self, understood: list[dict], unrecognised: list[str]):
        negated = [u["text"] for u in understood if u["negated"]]
        if negated:
            message = (f"healthq read only symptoms you said you do not have ({', '.join(negated)}); "
                       "type the symptoms you do have, for example 'cough but no fever'")
        else:
            message = "no symptom recognised in what you typed; try plain words such as 'fever', 'tummy pain' or 'cough'"
        super().__init__(message)
        self.understood = understood
        self.unrecognised = unrecognised

    def as_json(self) -> dict:
        """A report with nothing in it but what was read, and the error."""
        return {"triage": None, "triage_reason": None, "red_flags": [], "understood": self.understood,
                "unrecognised": self.unrecognised, "results": [], "error": "no symptom recognised"}


class Report(Record):
    triage: str
    triage_reason: str | None
    red_flags: list[dict]
    understood: list[dict]
    unrecognised: list[str]
    results: list[dict]
    patient: Patient
    modifiers: list[str]
    duration: list[str]
    crisis: bool
    notes: list[str]
    crisis_question: bool  # only the crisis word model read a crisis (its question, or its message when sure, came first)
    crisis_message: bool  # the crisis message itself was shown first (the phrases, or the model when sure)

    _fields = __match_args__ = ("triage", "triage_reason", "red_flags", "understood", "unrecognised", "results", "patient",
                                "modifiers", "duration", "crisis", "notes", "crisis_question",
                                "crisis_message")

    def __init__(self, triage: str, triage_reason: str | None, red_flags: list[dict], understood: list[dict],
                 unrecognised: list[str], results: list[dict], patient: Patient | None = None,
                 modifiers: list[str] | None = None, duration: list[str] | None = None, crisis: bool = False,
                 notes: list[str] | None = None, crisis_question: bool = False, crisis_message: bool | None = None):
        self.triage, self.triage_reason, self.red_flags, self.understood = triage, triage_reason, red_flags, understood
        self.unrecognised, self.results = unrecognised, results
        self.patient = Patient() if patient is None else patient
        self.modifiers = [] if modifiers is None else modifiers
        self.duration = [] if duration is None else duration
        self.crisis = crisis
        self.notes = [] if notes is None else notes
        self.crisis_question = crisis_question
        self.crisis_message = crisis if crisis_message is None else crisis_message

    def as_json(self) -> dict:
        return {
            "triage": self.triage,
            "triage_reason": self.triage_reason,
            "crisis": self.crisis,
            "crisis_question": self.crisis_question,
            "crisis_message": self.crisis_message,
            "red_flags": self.red_flags,
            "understood": self.understood,
            "unrecognised": self.unrecognised,
            "patient": self.patient.as_json(),
            "modifiers": self.modifiers,
            "duration": self.duration,
            "notes": self.notes,
            "results": [
                {
                    "id": r["id"],
                    "title": r["title"],
                    "score": r["score"],
                    "flagged": r["flagged"],
                    "matched": [{"id": i, "name": n} for i, n in zip(r["matched"], r["matched_names"])],
                    "missing": [{"id": i, "name": n} for i, n in zip(r["missing"], r["missing_names"])],
                }
                for r in self.results
            ],
        }


def read_symptoms(vocab: Vocabulary, texts: list[str]) -> tuple[list[dict], list[str]]:
    """Each typed phrase to symptom ids. Returns (understood, unrecognised)."""
    reading = read(vocab, describe(texts)[0])
    return reading_understood(vocab, reading), reading_unrecognised(reading)


MAX_TEXT = 2000  # characters of a description that are read; longer input is cut, and the report says so


def describe(texts: list[str]) -> tuple[str, bool]:
    """All arguments as one description. Quoted phrases stay apart (joined by commas); single words
    typed without quotes are one phrase ("chest pain sweating"). Returns (text, whether it was cut)."""
    # invisible characters go first, as in every other command: "p\u200bc\u200bo\u200bs" is one word
    parts = [c for c in (clean(t) for t in texts if t) if c.strip()]
    joiner = ", " if any(len(t.split()) > 1 for t in parts) else " "
    text = joiner.join(parts)
    if len(text) > MAX_TEXT:
        return text[:MAX_TEXT], True
    return text, False


def read(vocab: Vocabulary, text: str, age: float | None = None) -> Reading:
    """Read a description: words, typo correction, symptoms, negation, the patient, detail words."""
    from . import redflags

    tokens = tokenise(text)
    correct(tokens, vocab.words | redflags.flag_words(str(_data_dir(vocab))), FILLER | QUIET)
    folded, offsets = fold_tokens(tokens)
    r = Reading(text, tokens, folded, offsets)
    r.matches = _match_phrases(vocab, tokens, folded, offsets)
    consumed = {k for positions, _sid in r.matches for k in positions}
    # the one word a symptom phrase skipped between its own words ("and" in "pins and needles"), not a phrase's gaps
    inside = frozenset(k for positions, _sid in r.matches if positions[-1] - positions[0] == len(positions)
                       for k in range(positions[0] + 1, positions[-1]) if k not in positions)
    r.negated = negation(tokens, consumed, inside)
    plain = folded.replace(" . ", " ")
    r.patient = patient(plain, text.lower(), age)
    r.modifiers = [name for name, rx in MODIFIERS.items() if rx.search(folded)]
    age_words = fold(r.patient.age_from or "") if r.patient.age_from != "--age" else ""
    r.duration = [m.group(0).strip() for m in DURATION.finditer(plain)
                  if m.group(0).strip() and m.group(0).strip() not in age_words]
    return r


def _match_phrases(vocab, tokens, folded: str, offsets: list[int]):
    """Symptom phrases over the words of each clause, longest first, then phrases spread over gaps. `folded` and
    `offsets` are the tokens as the red-flag list reads them (fold_tokens), for the words both must read alike."""
    matches: list[tuple[tuple[int, ...], str]] = []
    by_clause: dict[int, list[int]] = {}
    for i, t in enumerate(tokens):
        if word(t) not in FILLER:
            by_clause.setdefault(t.clause, []).append(i)
    for kept_idx in by_clause.values():
        kept = [word(tokens[i]) for i in kept_idx]
        found: list[tuple[tuple[int, ...], str]] = []
        i = 0
        while i < len(kept):
            hit = None
            for n in range(min(vocab.longest, len(kept) - i), 0, -1):
                key = tuple(kept[i : i + n])
                if n == 1 and key[0] in TRIGGERS:
                    continue
                sid = _lookup(vocab, key)
                if sid is None and n > 1 and any(w in PAIN_WORDS for w in key):
                    sid = _lookup(vocab, tuple("pain" if w in PAIN_WORDS else w for w in key))
                if sid:
                    hit = (n, sid)
                    break
            if hit:
                n, sid = hit
                found.append((tuple(range(i, i + n)), sid))
                i += n
            else:
                i += 1
        read_at = {k for positions, _sid in found for k in positions}
        if any(w not in TRIGGERS and w not in QUIET for k, w in enumerate(kept) if k not in read_at):
            # "and" and a new subject between two kept words ("burning like mad and i keep bringing up") start another
            # clause: a phrase spread over gaps is not read across it ("burning ... up"), while one across a clause
            # that says when is ("dizzy every time he stands up")
            subject_before = {k for k in range(1, len(kept_idx))
                              if any(tokens[j].norm in SUBJECTS and tokens[j - 1].norm in JOINING
                                     for j in range(kept_idx[k - 1] + 1, kept_idx[k]))}
            found = _gapped(vocab, kept, found, subject_before)
        matches += [(tuple(kept_idx[k] for k in positions), sid) for positions, sid in found]
    matches = [(positions, sid) for positions, sid in matches
               if not _normal_reading(tokens, positions, sid) and not _not_a_fit(vocab, tokens, positions, sid, folded, offsets)
               and not _manner_denied(tokens, positions)]
    return sorted(matches + _temperatures(vocab, tokens, {k for positions, _sid in matches for k in positions}))


# how something is done, said after a symptom phrase that starts with a negation ("not breathing funny", "not responding
# well to the antibiotics"): the manner is denied, not the function ("not breathing" alone is read as said)
_MANNERS = frozenset("funny funnily weird weirdly strange strangely odd oddly fast faster quickly heavily heavy hard harder "
                     "noisily noisy loud loudly differently well".split())


# (typed slips such as "antibotics" reach here already corrected by `correct`, so only the words are listed)
_TREATMENTS = ("antibiotic", "treatment", "medication", "medicine", "meds", "tablet", "inhaler", "painkiller", "paracetamol",
               "ibuprofen", "calpol", "steroid", "cream", "physio", "therapy", "drops")


def _manner_denied(tokens, positions) -> bool:
    """Whether a phrase read with its own negation ("not breathing") is followed at once by a manner word, or by
    "to" and a treatment ("not responding to the antibiotics")."""
    first, after = positions[0], positions[-1] + 1
    if word(tokens[first]) not in TRIGGERS or after >= len(tokens) or tokens[after].clause != tokens[first].clause:
        return False
    if word(tokens[after]) in _MANNERS:
        return True
    rest = [word(t) for t in tokens[after: after + 4] if t.clause == tokens[first].clause]
    return rest[:1] == ["to"] and any(w.startswith(_TREATMENTS) for w in rest[1:3])


# Symptom words that also have an everyday sense, and the red-flag concept that decides which sense was meant, so
# the symptom and the flags read them alike: (the symptom, its first word, most words in the phrase) -> the concept.
_READ_BY_CONCEPT = {
    ("seizure", "fit", 1): "seizure",  # "otherwise fit and healthy", "keep fit", "a fit of the giggles": no fit
    ("vomiting-after-head-injury", "knocked", 4): "unresponsive",  # "knocked out my front tooth": no one knocked out
    ("foot-drop", "dropped", 2): "foot_drop_said",  # "dropped a dumbbell on my foot": no foot drop
    ("foot-drop", "drop", 2): "foot_drop_said",  # "drop the kids off, my foot aches": likewise
    ("back-pain", "did", 3): "back_done_in",  # "I did back slaps": no back pain
    ("anxiety", "edge", 1): "on_edge_said",  # "the tooth has a sharp edge": no one is on edge
    ("bite-sting", "sting", 1): "insect_sting_said",  # "my eyes sting", "the burn stings a bit": no insect sting
    ("burns", "burns", 1): "burns_noun",  # "weeing a lot and it burns", "my throat still burns": no burn
}


def _not_a_fit(vocab, tokens, positions, sid, folded: str, offsets: list[int]) -> bool:
    """Whether a symptom read from a word with an everyday sense ("fit", "knocked out") is that everyday sense: the
    red-flag list's own concept decides (_READ_BY_CONCEPT). The word said in the plural is the same word, as _lookup
    reads it ("fits"; "around the edges" is no one on edge)."""
    first = word(tokens[positions[0]])
    name = next((c for (s, w, most), c in _READ_BY_CONCEPT.items()
                 if s == sid and w in (first, _singular(first)) and len(positions) <= most), None)
    if name is None:
        return False
    from .redflags import concept

    return concept(str(_data_dir(vocab)), name).match(folded, offsets[positions[0]]) is None


_READING_FILLER = {"is", "was", "of", "at", "about", "around", "reading", "now", "only", "just", "a", "says", "said"}
_READING_WORDS = {"temp", "temps", "temperature", "temperatures"}
# a number followed by one of these is a time or an age, not a reading ("fever 36 hours", "temp 35 mins after")
_NOT_A_READING = {"hour", "hours", "hr", "hrs", "h", "min", "mins", "minute", "minutes", "day", "days", "week", "weeks",
                  "wk", "wks", "month", "months", "year", "years", "yr", "yrs", "yo", "old", "am", "pm", "ml", "mg", "kg"}


def _normal_reading(tokens, positions, sid) -> bool:
    """Whether a word for temperature read as fever ("temp", "temperature") names a normal reading, 36 to 37.x C
    (97 to 99 F): the number just after it ("temp 37.5", "her temperature is 36.8") or a decimal reading just
    before it ("37.9 temp"), not a time or an age ("temp 36 hours after the op"), with no fever-range number in
    the words after it ("temperature 37.9 yesterday, 40 today" is a fever)."""
    if sid != "fever" or len(positions) != 1 or word(tokens[positions[0]]) not in _READING_WORDS:
        return False
    i = positions[0]
    words = [word(t) for t in tokens]
    after = [w for w in words[i + 1: i + 7] if w.isdigit() and len(w) >= 2]
    if any(38 <= int(w) <= 43 or 100 <= int(w) <= 109 for w in after):
        return False
    j = i + 1
    while j < len(words) and j <= i + 3 and words[j] in _READING_FILLER:
        j += 1
    if j < len(words) and words[j].isdigit() and len(words[j]) >= 2:
        k = j + 2 if j + 1 < len(words) and words[j + 1].isdigit() and len(words[j + 1]) == 1 else j + 1
        if k < len(words) and words[k] in _NOT_A_READING:
            return False
        n = int(words[j])
    elif i >= 2 and words[i - 1].isdigit() and len(words[i - 1]) == 1 and words[i - 2].isdigit() and len(words[i - 2]) == 2:
        n = int(words[i - 2])  # "37.9 temp": a reading with its decimal part
    else:
        return False
    return 36 <= n <= 37 or 97 <= n <= 99


# A body temperature of 38 C (100.4 F) or more is a fever (NHS, "High temperature (fever) in
# adults"; NICE NG143 for children): a number is read as a temperature when a word for temperature
# comes just before it in the same clause ("temp 38.6", "temperature is 39"), or when a unit follows
# it ("39 degrees", "102F", "38.5C") and nothing in the clause says it is the air or water.
TEMPERATURE_WORDS = {"temp", "temps", "temperature", "temperatures", "fever", "thermometer", "reading", "hot"}
TEMPERATURE_UNITS = {"c", "degrees", "degree", "deg", "f", "celsius", "fahrenheit"}
NOT_A_BODY = {"outside", "weather", "heatwave", "sun", "room", "house", "car", "water", "bath", "shower", "oven",
              "pool", "sea", "today", "forecast", "office"}
_NUMBER_UNIT = rx.compile(r"(\d{2,3})(c|f)")  # "102f"
_DECIMAL_UNIT = rx.compile(r"\d{1,2}[cf]")  # the decimal part with the unit glued on: "38.5C" is 38, 5c


def _temperatures(vocab, tokens, taken: set[int]) -> list[tuple[tuple[int, ...], str]]:
    if "fever" not in vocab.symptoms:
        return []
    out = []
    for i, t in enumerate(tokens):
        w = word(t)
        if i in taken:
            continue
        glued = _NUMBER_UNIT.fullmatch(w)
        if not (w.isdigit() or glued):
            continue
        n = int(glued.group(1) if glued else w)
        if not (38 <= n <= 43 or 100 <= n <= 109):
            continue
        # the unit may follow the decimal part ("38.5 degrees" is 38, 5, degrees)
        after = i + 2 if i + 2 < len(tokens) and word(tokens[i + 1]).isdigit() and len(word(tokens[i + 1])) == 1 else i + 1
        unit = [after] if after < len(tokens) and word(tokens[after]) in TEMPERATURE_UNITS else []
        if not unit and i + 1 < len(tokens) and _DECIMAL_UNIT.fullmatch(word(tokens[i + 1])):
            unit = [i + 1]
        before = [j for j in range(max(0, i - 3), i) if tokens[j].clause == t.clause and word(tokens[j]) in TEMPERATURE_WORDS]
        clause = {word(x) for x in tokens if x.clause == t.clause}
        if before or ((unit or glued) and not clause & NOT_A_BODY):
            fahrenheit = (glued and glued.group(2) == "f") or (unit and word(tokens[unit[0]]) in ("f", "fahrenheit"))
            if n == 100 and not before and not fahrenheit:
                continue  # 100 is a fever only in Fahrenheit, said so
            positions = [j for j in before if j not in taken] + [i] + (list(range(i + 1, unit[0] + 1)) if unit else [])
            out.append((tuple(sorted(positions)), "fever"))
    return out


# "my tummy hurts", "aching knees": a place with a word for pain reads as "<place> pain" when the
# vocabulary has no phrase with that very word
PAIN_WORDS = {"hurts", "hurting", "hurt", "aches", "aching", "achy", "ache", "sore", "painful", "agony", "killing"}


def _singular(w: str) -> str:
    """The word without a plural "s" ("poos" -> "poo", "fits" -> "fit"); short words and "-ss" words are left."""
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _lookup(vocab: Vocabulary, key: tuple[str, ...]) -> str | None:
    sid = vocab.phrase(key)
    if sid is None and len(key) > 1:
        sid = vocab.any_order(key)
    if sid is None and _singular(key[-1]) != key[-1]:
        # a phrase's last word said in the plural names the same symptom ("runny poos", "runny poops"): the
        # vocabulary lists the singular, and the plural is looked up only when nothing has it as typed. Not a symptom
        # with its own level of care: the plural of such an event tells of episodes, not of one now ("3 hypos this
        # week", "2 falls this year")
        sid = vocab.phrase(key[:-1] + (_singular(key[-1]),))
        if sid is not None and vocab.symptoms[sid].urgency:
            sid = None
    return sid


def reading_understood(vocab: Vocabulary, reading: Reading) -> list[dict]:
    """How each symptom phrase was read: the words exactly as typed, the symptom, and whether negated."""
    out: list[dict] = []
    for positions, sid in reading.matches:
        first, last = reading.tokens[positions[0]], reading.tokens[positions[-1]]
        text = reading.text[first.start : last.end]
        negated = reading.negated[positions[0]]
        if any(u["id"] == sid and u["negated"] == negated for u in out):
            continue
        item = {"text": text, "id": sid, "name": vocab.symptoms[sid].name, "negated": negated}
        corrected = [f"{reading.tokens[k].text} as {reading.tokens[k].read}" for k in positions if reading.tokens[k].read]
        if corrected:
            item["read_as"] = "; ".join(corrected)
        out.append(item)
    return out


def reading_unrecognised(reading: Reading, also_read: set[int] = frozenset()) -> list[str]:
    """Words that carry meaning but were read as nothing: echoed exactly as typed."""
    read_at = {k for positions, _sid in reading.matches for k in positions} | set(also_read)
    out = []
    for i, t in enumerate(reading.tokens):
        w = word(t)
        if i in read_at or w in FILLER or w in QUIET or w in TRIGGERS or w in TERMINATORS or w in PSEUDO:
            continue
        if w in PLACE_WORDS or w in PATIENT_WORDS or w.isdigit() or any(ch.isdigit() for ch in w) or len(w) == 1:
            continue
        if any(w in m for m in reading.duration) or any(w in name.split() for name in reading.modifiers):
            continue
        if _detail_word(w):
            continue
        out.append(t.text)
    return out


def _detail_word(w: str) -> bool:
    return any(rx.search(w) for rx in MODIFIERS.values())


SUBJECTS = frozenset(("i", "he", "she", "they", "we", "you", "im", "hes", "shes", "theyre", "youre", "ive"))  # not "were"
JOINING = frozenset(("and", "but", "so", "then", "yet"))
MAX_GAP = 2  # words a phrase may skip: "heavy [bright red] bleeding", "ring-shaped [itchy red] rash"


def _gapped(vocab, kept, matches, subject_before: set[int] = frozenset()):
    """Read phrases whose words are spread out, longest first, when words are left over.

    A phrase may skip up to MAX_GAP words (never a negation, nor a new subject: `subject_before`, the kept words
    that a subject pronoun comes before) and may take over words already read
    when it says more about them: it contains all of that reading's words, or it is a more
    specific form of that symptom ("ring-shaped rash" over "red rash").
    """
    owner = {k: m for m in matches for k in m[0]}
    plain = list(plain_forms(tuple(kept)))  # the words as the phrase table holds them
    for key, sid in vocab.gapped_keys(plain):
        if len(key) > len(kept):
            continue
        found = _subsequence(plain, key, subject_before)
        if not found:
            continue
        taken = {owner[k] for k in found if k in owner}
        if not any(k not in owner for k in found):
            continue  # nothing new
        if not all(set(m[0]) <= set(found) or m[1] in vocab.ancestors(sid) for m in taken):
            continue
        matches = [m for m in matches if m not in taken] + [(found, sid)]
        owner = {k: m for m in matches for k in m[0]}
    return matches


def _subsequence(kept, key, subject_before: set[int] = frozenset()):
    """Positions of key's words in kept, in order, skipping at most MAX_GAP words, no negation and no new subject."""
    for start in (k for k, w in enumerate(kept) if w == key[0]):
        positions, k, gaps = [start], start, 0
        for w in key[1:]:
            nxt = next((j for j in range(k + 1, min(len(kept), k + 2 + MAX_GAP - gaps)) if kept[j] == w), None)
            if nxt is None or any(kept[j] in TRIGGERS for j in range(k + 1, nxt)) or any(j in subject_before for j in range(k + 1, nxt + 1)):
                break
            gaps += nxt - k - 1
            positions.append(nxt)
            k = nxt
        else:
            return tuple(positions)
    return None


def _has(vocab, present: set[str], sid: str) -> bool:
    """A typed symptom satisfies a rule's symptom when it is that symptom or a more specific one."""
    return any(p == sid or sid in vocab.ancestors(p) for p in present)


def red_flags(vocab: Vocabulary, present: set[str], weeks: int | None = None) -> list[dict]:
    """The symptoms that are emergencies on their own (for a pregnancy of `weeks`, when said) and the rules of
    triage.json that the symptoms meet."""
    flags = []
    for sid in sorted(present):
        sym = vocab.symptoms[sid]
        if sym.urgency_for(weeks) == "emergency":
            flags.append({"id": sid, "symptoms": [sid], "reason": sym.reason or f"{sym.name} needs emergency care."})
    for rule in vocab.rules:
        if not all(_has(vocab, present, s) for s in rule.get("all", [])):
            continue
        if rule.get("any") and not any(_has(vocab, present, s) for s in rule["any"]):
            continue
        if not all(any(_has(vocab, present, s) for s in group) for group in rule.get("groups", [])):
            continue
        involved = sorted(s for s in present if any(s == r or r in vocab.ancestors(s) for r in rule.get("all", []) + rule.get("any", []) + [x for g in rule.get("groups", []) for x in g]))
        flags.append({"id": rule["id"], "symptoms": involved, "reason": rule["reason"], "level": rule.get("level", "emergency")})
    return flags


CRISIS_SYMPTOM = "suicidal-thoughts"  # the symptom the crisis reader, not the symptom list, judges (check())
CRISIS_CONDITIONS = frozenset({"self-harm", "suicidal-thoughts"})  # likewise the conditions (_triage)

QUESTION_REASON = ("Some of your words can be about wanting to die or harming yourself. If they are, talk to someone "
                   "today: an urgent GP appointment, 111 (option 2 in England for mental health), Samaritans 116 123, "
                   "or 988 in the US. If you might act on it, or have already hurt yourself or taken something, call "
                   "999 or go to A&E now.")


def check(store, texts: list[str], age: float | None = None, sex: str | None = None, limit: int = 5,
          vocab: Vocabulary | None = None) -> Report:
    from . import redflags

    vocab = vocab or load_vocabulary()
    text, cut = describe(texts)
    reading = read(vocab, text, age)
    reading.patient.sex = sex
    # pregnancy and the weeks after birth come from reading.patient (which knows "my baby" is not
    # a birth); other contexts (recent travel) are read like symptoms
    understood = [u for u in reading_understood(vocab, reading) if u["id"] not in PATIENT_CONTEXTS]
    context = _context_ids(vocab, reading.patient) | {
        u["id"] for u in understood if vocab.symptoms[u["id"]].context and not u["negated"]}
    _in_context(vocab, understood, context)
    fired, flag_read = redflags.evaluate(reading, str(_data_dir(vocab)))
    unrecognised = reading_unrecognised(reading, flag_read)
    present = {u["id"] for u in understood if not u["negated"] and not vocab.symptoms[u["id"]].context}
    crisis = any(f.crisis for f, _spans in fired)
    from .crisis import crisis_reader

    model_read = None if crisis else crisis_reader(reading.text)
    crisis_question = model_read in ("model", "sure")
    words = _content_words(reading)
    text_hits = store.text_matches(words) if words else {}
    if not present and not fired and not text_hits and not crisis_question:
        raise NothingRecognised(understood, unrecognised)
    flags = [f.as_json(_flag_words(reading, spans)) for f, spans in fired]
    # the symptom list's words read thoughts of suicide or self-harm where the crisis phrases did not (a topic, an idiom:
    # "dont want to live forever lol, getting old sucks"): the crisis reader's judgment stands, and the words are asked
    # about (at least same day, with the numbers), not called an emergency
    asked = {CRISIS_SYMPTOM} if not crisis and CRISIS_SYMPTOM in present else set()
    crisis_question = crisis_question or bool(asked)
    if not any(f["level"] == "emergency" for f in flags):  # the written list already said it otherwise
        seen = {f["id"] for f in flags}
        flags += [_vocab_flag(f) for f in red_flags(vocab, (present - asked) | context, reading.patient.pregnancy_weeks)
                  if f["id"] not in seen]
    flags.sort(key=lambda f: -LEVELS.index(f["level"]))
    named = _named(store, vocab, reading)
    share: dict[str, float] = dict.fromkeys(named, 1.0)  # the conditions named or warned of, by _lift
    warned: set[str] = set()  # the conditions the red flags that fired warn of
    for f, _spans in fired:
        warned.update(f.conditions)
        for c in f.conditions:
            share[c] = share.get(c, 0.0) + 1.0 / len(f.conditions)
    results = rank(store, vocab, present | context, reading.patient.age, sex, limit, pregnant=reading.patient.pregnant,
                   text=text_hits, flagged=share)
    triage, reason = _triage(vocab, present - asked, flags, results, reading.patient.pregnancy_weeks, named - warned)
    notes: list[str] = []
    if cut:
        notes.append(f"Only the first {MAX_TEXT} characters were read.")
    floor, why = _floor(reading, unrecognised, results)
    if LEVELS.index(floor) > LEVELS.index(triage):
        triage, reason = floor, why
    # Only the word model read wanting to die or self-harm: it cannot say how near the danger is, so the level is the
    # one the NHS gives thoughts of suicide without immediate danger (an urgent GP appointment or 111, option 2 for
    # mental health), never lower; a text already urgent keeps its own reason (the question is shown first). The
    # phrases, which read a plan or an act, make it an emergency instead.
    if crisis_question and LEVELS.index(triage) < LEVELS.index("urgent"):
        triage, reason = "urgent", QUESTION_REASON
    return Report(triage, reason, flags, understood, unrecognised, results, reading.patient, reading.modifiers,
                  reading.duration, crisis, notes, crisis_question, crisis or model_read == "sure")


def warning_signs(text: str, vocab: Vocabulary | None = None) -> list[dict]:
    """The red flags (urgent or emergency, most urgent first) that a text typed to another command
    holds: the same written list `check` runs, over the same reading. `search`, `ask` and the
    section commands run it when they have no article to answer with, so an emergency described in
    a question ("my dad's face is drooping on one side what should i do") is never met with only
    "no match". The crisis flag is left out: every command already shows the crisis message first."""
    from . import redflags

    vocab = vocab or load_vocabulary()
    reading = read(vocab, describe([text])[0])
    fired, _read = redflags.evaluate(reading, str(_data_dir(vocab)))
    flags = [f.as_json(_flag_words(reading, spans)) for f, spans in fired if not f.crisis]
    return sorted(flags, key=lambda f: -LEVELS.index(f["level"]))


NAMED_LONGEST = 4  # words in the longest condition name looked for in the text


def _named(store, vocab: Vocabulary, reading: Reading) -> set[str]:
    """The conditions a person names as theirs or as what they fear ("I have COPD", "type 2 diabetic", "is it
    sepsis"): a condition's name or alias said in the words, not negated. They count in the ranking as a red flag's
    conditions do (FLAGGED): what people already know they have is the likeliest fit of what they describe. A
    one-word name that is also a word of the symptom vocabulary ("cold", "burn", "flu") says a symptom, not a
    diagnosis, and is not read as one; nor is a name that is a symptom phrase ("sore throat", "period pain")."""
    words = [word(t) for t in reading.tokens]
    named: set[int] = set()
    for i in range(len(words)):
        for n in range(min(NAMED_LONGEST, len(words) - i), 0, -1):
            span = range(i, i + n)
            if any(reading.negated[k] for k in span) or len({reading.tokens[k].clause for k in span}) > 1:
                continue
            content = [words[k] for k in span if words[k] not in FILLER]
            if (len(content) < 2 and (not content or content[0] in vocab.words or len(content[0]) < 2)) \
                    or " ".join(content) in vocab.phrases:
                continue  # a symptom's words ("a cold", "sore throat", "pins and needles"): the symptom, not a name
            rows = store.exact(" ".join(words[k] for k in span))
            if rows:
                named.update(r["idx"] for r in rows)
                break
    if not named:
        return set()
    return {fact.id for fact in store.condition_facts(sorted(named)).values()}


def _content_words(reading: Reading) -> list[str]:
    """The typed words that can say something about a condition: not negated, not filler, not detail."""
    out = []
    for i, t in enumerate(reading.tokens):
        w = word(t)
        if reading.negated[i] or len(w) < 3 or not w.isalpha():
            continue
        if w in FILLER or w in QUIET or w in TRIGGERS or w in TERMINATORS or w in PATIENT_WORDS or w in PSEUDO:
            continue
        out.append(w)
    return out


def _data_dir(vocab: Vocabulary) -> Path:
    return Path(vocab.base) if vocab.base else bundled_dir()


def _context_ids(vocab: Vocabulary, p: Patient) -> set[str]:
    out = set()
    if p.pregnant and "pregnant" in vocab.symptoms:
        out.add("pregnant")
    if p.postpartum and "given-birth" in vocab.symptoms:
        out.add("given-birth")
    return out


def _flag_words(reading: Reading, spans) -> list[str]:
    """The typed words that fired a flag, exactly as typed."""
    out = []
    for lo, hi in sorted(set(spans)):
        piece = reading.text[reading.tokens[lo].start : reading.tokens[hi].end]
        if piece not in out:
            out.append(piece)
    return out


def _vocab_flag(flag: dict) -> dict:
    level = flag.get("level", "emergency")
    action = "Call 999 (or your local emergency number) or go to A&E now." if level == "emergency" else "Call your GP or 111 today."
    return {"id": flag["id"], "group": "symptoms", "level": level, "symptoms": flag["symptoms"], "reason": flag["reason"],
            "action": action, "source": None}


def _floor(reading: Reading, unrecognised: list[str], results: list[dict]) -> tuple[str, str | None]:
    """The lowest level healthq will give, whatever the ranking says (fail safe).

    Severe, sudden or worsening symptoms: same-day advice at least. Never self-care when words were
    left unread, for a baby under 1, in pregnancy or the 6 weeks after birth, or when one of the
    three best fits usually needs urgent or emergency care.
    """
    p = reading.patient
    if "severe" in reading.modifiers:
        return "urgent", "You described it as severe: get advice today (GP, 111 or a pharmacist), sooner if it gets worse."
    if p.age is not None and p.age < 0.25:
        return "urgent", "Babies under 3 months old should be checked by a doctor the same day when they are unwell."
    if p.infant or (p.age is not None and p.age < 1):
        return "routine", "Babies under 1 should be checked by a doctor or health visitor when they are unwell."
    if p.pregnant or p.postpartum:
        return "routine", "In pregnancy and the 6 weeks after birth, tell your midwife or GP about new symptoms."
    if any(LEVELS.index(r["triage"]) >= LEVELS.index("urgent") for r in results[:3]):
        return "routine", "One of the conditions that fit usually needs a doctor; book an appointment if it does not clear up."
    if any(duration_weeks(d) >= LASTED_WEEKS for d in reading.duration):
        return "routine", "It has gone on for weeks: see a doctor if it has not cleared up."
    if unrecognised:
        return "routine", "Some words were not understood, so healthq will not say this is safe to treat at home."
    return "self-care", None


# Symptoms that have lasted 3 weeks or more are for a doctor to look at, not for self-care alone: the NHS pages
# say so of a cough, a hoarse voice, a mouth ulcer, indigestion, diarrhoea, back pain and headaches that keep
# coming back (see a GP if it lasts more than 3 weeks, or is no better after a few weeks).
LASTED_WEEKS = 3


def _in_context(vocab, understood: list[dict], context: set[str]) -> None:
    """Read symptoms in their context: heavy bleeding when pregnant is heavy bleeding in pregnancy."""
    for u in understood:
        target = next((t for c, t in vocab.becomes.get(u["id"], {}).items() if c in context), None)
        if target:
            u["id"], u["name"] = target, vocab.symptoms[target].name


def _weight(vocab, sid):
    return SPECIFICITY.get(vocab.symptoms[sid].specificity, 1.0)


# Facts are read for this many conditions at a time, those that could score highest first (see rank).
FACTS_BATCH = 64
# A condition's bound sums its symptom weights in another order than its score does; float sums
# in another order can differ in the last bits, so a bound is only trusted to this relative error.
ROUNDING = 1e-9
PRIOR_DEFAULT = 0.2  # the prior of a condition whose prevalence the index does not know


def rank(store, vocab: Vocabulary, present: set[str], age, sex, limit, explain: bool = True, pregnant: bool | None = None,
         text: dict[int, float] | None = None, flagged: dict[str, float] | None = None) -> list[dict]:
    """Conditions that fit, best first. With explain=False, skip working out the missing symptoms.

    A score is the weight of the typed symptoms a condition explains, plus the text signal, a prior
    for how common it is and the pregnancy boost, times 0.3 when the age is outside its range. The
    symptom part comes from the postings alone; with it, each condition's highest possible score
    (the text signal as found, the largest prior and boost, no age penalty) is known before its
    facts are read. Facts are read best bound first, and no more once the bound of the next
    condition is below the `limit`-th score found: nothing after it can reach the results, so the
    results are those of scoring every condition (at 100,000 conditions, "fever, cough" reads some
    ten thousand conditions' facts without this). The conditions a fired red flag names (`flagged`,
    ids with the share _lift reads) gain _lift in their bound and their order key (not in the score shown).
    """
    evidence = [s for s in present if not vocab.symptoms[s].context]
    total = sum(_weight(vocab, s) for s in evidence) or 1.0
    # which condition symptoms count for each typed symptom, and how much
    credit: dict[str, dict[str, float]] = {}
    for s in evidence:
        credit[s] = {s: 1.0}
        for a in vocab.ancestors(s):
            credit[s].setdefault(a, 0.7)
        for d in vocab.descendants(s):
            credit[s].setdefault(d, 0.6)
    best, first = _evidence(store, credit)
    text = text or {}
    pregnant = "pregnant" in present if pregnant is None else pregnant
    # pregnant or just delivered: the conditions of pregnancy and birth come first when evidence is close
    obstetric = pregnant or "given-birth" in present
    bound = dict.fromkeys(text, 0.0)
    for s, values in best.items():
        w = _weight(vocab, s)
        get = bound.get
        for idx, v in values.items():
            bound[idx] = get(idx, 0.0) + w * v
    most = max(max(PRIOR.values()), PRIOR_DEFAULT) + (PREGNANCY_BOOST if obstetric else 0.0)
    for idx in text:
        bound[idx] += TEXT_WEIGHT * text[idx]
    tier = {store.idx_of(cid): _lift(v) for cid, v in (flagged or {}).items()}  # the idxs of the conditions flagged
    tier.pop(None, None)
    for idx, lift in tier.items():
        bound[idx] = bound.get(idx, 0.0) + lift
    order = sorted(bound, key=bound.__getitem__, reverse=True)
    scored: list[tuple] = []
    cut = None  # the limit-th best score so far
    for start in range(0, len(order), FACTS_BATCH):
        if cut is not None and (bound[order[start]] + most) * (1 + ROUNDING) < cut:
            break
        batch = order[start : start + FACTS_BATCH]
        facts = store.condition_facts(batch)
        for idx in batch:
            fact = facts[idx]  # an index row, read by name
            cid, title, triage, prevalence, csex = fact.id, fact.title, fact.triage, fact.prevalence, fact.sex
            age_min, age_max, category = fact.age_min, fact.age_max, fact.category
            if sex and csex in ("female", "male") and csex != sex:
                continue
            if pregnant and csex == "male":
                continue
            explained = _explained(best, first, idx)
            gained = sum(_weight(vocab, s) * v for s, v in explained.items())
            raw = gained + TEXT_WEIGHT * text.get(idx, 0.0) + PRIOR.get(prevalence, PRIOR_DEFAULT) + (PREGNANCY_BOOST if obstetric and category == "pregnancy" else 0.0)
            # limits are whole years of age: age_max 0 is every baby under one, 5 includes a child of 5 1/2
            if age is not None and ((age_min is not None and age < age_min) or (age_max is not None and int(age) > age_max)):
                raw *= 0.3
            scored.append((raw + tier.get(idx, 0.0), raw, gained, idx, cid, title, triage, sorted(explained)))
        scored.sort(key=lambda r: (-r[0], r[4]))
        if 0 < limit <= len(scored):
            del scored[limit:]
            cut = scored[-1][0]
    results = []
    for _key, raw, gained, idx, cid, title, triage, matched in scored[:limit]:
        typical = [s for s, f in store.symptoms_of(idx) if f == "common"] if explain else []
        covered = {c for s in matched for c in credit[s]}
        missing = [s for s in typical if s not in covered and s in vocab.symptoms]
        results.append({
            "id": cid, "title": title, "score": int(round(100 * min(gained / total, 1.0))), "raw": raw,
            "flagged": idx in tier, "lift": tier.get(idx, 0.0),
            "triage": triage, "matched": matched, "matched_names": [vocab.symptoms[s].name for s in matched],
            "missing": missing, "missing_names": [vocab.symptoms[s].name for s in missing],
        })
    return results


def _evidence(store, credit: dict[str, dict[str, float]]):
    """The symptom evidence of every condition, from the postings, a whole symptom's conditions at a
    time. Returns (best, first): for each typed symptom s, best[s] maps each condition that has any
    of s's condition symptoms to the most credit one gives (times 0.75 for a symptom it has only
    sometimes), and first[s] maps it to the position, in sorted order, of the first of them."""
    lookup = sorted({c for m in credit.values() for c in m})
    position = {sid: p for p, sid in enumerate(lookup)}
    split = {}
    for sid, values in store.symptom_postings(lookup).items():
        split[sid] = ([v >> 1 for v in values if not v & 1], [v >> 1 for v in values if v & 1])
    best: dict[str, dict[int, float]] = {}
    first: dict[str, dict[int, int]] = {}
    for s, m in credit.items():
        mine = sorted((sid for sid in m if sid in split), key=position.__getitem__, reverse=True)
        groups = sorted(((m[sid] * factor, idxs) for sid in mine for factor, idxs in zip((1.0, 0.75), split[sid])),
                        key=lambda g: g[0])
        values: dict[int, float] = {}
        for value, idxs in groups:  # ascending: the most credit is written last
            values.update(dict.fromkeys(idxs, value))
        places: dict[int, int] = {}
        for sid in mine:  # last position first: the first is written last
            places.update(dict.fromkeys(split[sid][0], position[sid]))
            places.update(dict.fromkeys(split[sid][1], position[sid]))
        best[s], first[s] = values, places
    return best, first


def _explained(best, first, idx) -> dict[str, float]:
    """The typed symptoms a condition explains, and how much, in the order its condition symptoms
    come (by id, then the typed order): the order in which its score adds them up."""
    found = [s for s in best if idx in best[s]]
    found.sort(key=lambda s: first[s][idx])
    return {s: best[s][idx] for s in found}


def _triage(vocab, present, flags, results, weeks: int | None = None, named: set[str] = frozenset()) -> tuple[str, str | None]:
    level, reason = "self-care", None
    for flag in flags:  # sorted, most urgent first
        if LEVELS.index(flag["level"]) > LEVELS.index(level):
            level, reason = flag["level"], flag["reason"]
    for s in present:
        urgency = vocab.symptoms[s].urgency_for(weeks)
        if urgency and LEVELS.index(urgency) > LEVELS.index(level):
            sym = vocab.symptoms[s]
            level, reason = urgency, f"{sym.name[0].upper()}{sym.name[1:]} should be checked by a doctor today."
    # The conditions that fit raise the level to urgent at most: an emergency is called only on the
    # written signs (red flags), never on a guess about which condition it is. Self-harm and suicidal thoughts set
    # no level here: the crisis reader reads those words, with their negations and near-twins, and check() gives its
    # judgment the level (the message: emergency; the question: urgent); the ranking has only the low mood, lost
    # interest and poor sleep they share with depression ("feel flat, no interest in anything, no thoughts of hurting
    # myself" is a GP appointment, not the same day).
    results = [r for r in results if r["id"] not in CRISIS_CONDITIONS]
    if results:
        top = results[0]
        if named:
            # a condition the person named is listed higher, but the level is the one the ranking gives without the
            # naming: what is named may be what they already have ("I have lupus ... ankles swollen, foamy pee" is
            # same day for glomerulonephritis, whatever lupus usually needs)
            top = min(results, key=lambda r: (-(r["raw"] + (r["lift"] if r["id"] not in named else 0.0)), r["id"]))
        top_level = min(LEVELS.index(top["triage"]), LEVELS.index("urgent"))
        if top["score"] >= BEST_FIT_SHARE and top_level > LEVELS.index(level):
            level = LEVELS[top_level]
            reason = (f"The best fit, {top['title']}, usually needs this level of care."
                      if top["triage"] != "emergency" else
                      f"Your symptoms fit {top['title']}, which can be an emergency: get medical advice today, and call 999 if it gets worse.")
        for r in results[1:3]:
            if LEVELS.index(level) < LEVELS.index("urgent") and r["triage"] == "emergency" and r["raw"] >= RUNNER_UP_SHARE * top["raw"] and len(r["matched"]) >= 2:
                level, reason = "urgent", f"Your symptoms also fit {r['title']}, which can be an emergency: get medical advice today."
                break
    elif level == "self-care":
        level = "routine"
    return level, reason
