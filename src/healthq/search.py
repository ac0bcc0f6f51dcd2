"""From what a person typed to ranked conditions. Pure: no printing."""

from __future__ import annotations

import json

from .errors import UsageError
from .text import query_terms

STRONG = 88  # at or above: answer without comment
WEAK = 75  # below: no match, only suggestions
SUGGEST = 52  # below: not even worth suggesting
MAX_QUERY = 500  # characters of the query that are looked at


class Match:
    """One ranked condition: which name matched and how well (0-100)."""

    __slots__ = ("idx", "id", "title", "aliases", "category", "score", "matched", "exact")

    def __init__(self, idx, id, title, aliases, category, score, matched, exact):
        self.idx, self.id, self.title, self.aliases = idx, id, title, aliases
        self.category, self.score, self.matched, self.exact = category, score, matched, exact

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "aliases": self.aliases,
            "category": self.category,
            "score": self.score,
            "matched": self.matched,
        }


def normalise_query(text: str) -> str:
    terms = query_terms(text[: MAX_QUERY * 4])[:MAX_QUERY].strip()
    if not terms:
        raise UsageError("the search term is empty: type a condition, for example 'healthq causes pcos'")
    return terms


def search(store, text: str, limit: int = 10, exact_only: bool = False) -> list[Match]:
    """Ranked matches, best first. Exact title or alias matches score 100; fuzzy ones at most 99.

    With exact_only, an exact match ends the search (no fuzzy pass, no rapidfuzz import).
    """
    terms = normalise_query(text)
    best: dict[int, tuple[float, int, str, bool]] = {}  # idx -> (score, is_title, name, exact)
    for idx, name, is_title in store.exact(terms):
        _keep(best, idx, 100.0, is_title, name, True)
    if len(best) < limit and not (exact_only and best):
        _fuzzy(store, terms, best, limit)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], -kv[1][3], -kv[1][1], kv[0]))[:limit]
    out = []
    for idx, (score, _t, name, exact) in ranked:
        row = store.row(idx)
        out.append(Match(idx, row[1], row[2], json.loads(row[4]), row[3], int(round(score)), name, exact))
    return out


_PREFIXES = ("hyper", "hypo", "brady", "tachy", "pre", "post", "intra", "extra")
_SUFFIXES = ("itis", "osis", "oma", "ectomy", "emia", "uria", "algia", "pathy", "plasia", "trophy")


def _affix(word: str, options) -> str:
    for part in options:
        if word.startswith(part) if options is _PREFIXES else word.endswith(part):
            return part
    return ""


def _different_meaning(query: str, name: str) -> bool:
    """True when a query word and a name word look alike but differ in a meaning-bearing affix.

    Typo tolerance must not turn endometriosis into endometritis, or hypothyroidism into
    hyperthyroidism: they are different diseases.
    """
    for q in query.split():
        for n in name.split():
            if q == n or min(len(q), len(n)) < 5:
                continue
            for options in (_PREFIXES, _SUFFIXES):
                a, b = _affix(q, options), _affix(n, options)
                if a and b and a != b:
                    qs = q[len(a):] if options is _PREFIXES else q[: -len(a)]
                    ns = n[len(b):] if options is _PREFIXES else n[: -len(b)]
                    if qs[:5] == ns[:5] or qs[-5:] == ns[-5:]:
                        return True
    return False


# words that do not tell one condition from another ("Kidney Diseases" is kidney disease)
_MINOR = {
    "and", "the", "with", "for", "from", "about", "during", "after", "what", "how", "why", "disease", "diseases",
    "disorder", "disorders", "syndrome", "problems", "condition", "infection", "infections",
}


def _stem(word: str) -> str:
    """Plural to singular, roughly: injuries/injury, stones/stone, boxes/box."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    return [w for w in text.split() if len(w) >= 3 and w not in _MINOR]


def _same_word(a: str, b: str) -> bool:
    """One word typed for another: a typo, a plural, an ending ("low"/"lower"), not a different word."""
    from rapidfuzz import fuzz

    for x, y in ((a, b), (_stem(a), _stem(b))):
        if x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x))):
            return True
        if fuzz.ratio(x, y) >= (90 if min(len(x), len(y)) <= 5 else 87):  # diabetis/diabetes, not rubella/rubeola
            return True
    return False


def _word_cap(query: str, name: str) -> float:
    """The highest score a fuzzy match may keep, given which words the query and the name share.

    A query word the name lacks ("male" infertility, "pulmonary" hypertension, "gall"bladder
    cancer) means a different condition: a suggestion at most. A name word the query lacks
    ("hay" fever for "fever") means the query may fit other conditions too: never a sure answer.
    """
    q, n = _words(query), _words(name)
    if any(not any(_same_word(a, b) for b in n) for a in q):
        return WEAK - 1
    if any(not any(_same_word(b, a) for a in q) for b in n):
        return STRONG - 1
    return 100.0


def _keep(best, idx, score, is_title, name, exact):
    old = best.get(idx)
    if old is None or (score, exact, is_title) > (old[0], old[3], old[1]):
        best[idx] = (score, is_title, name, exact)


def _fuzzy(store, terms: str, best, limit: int) -> None:
    from rapidfuzz import fuzz, process

    from .store import FTS_THRESHOLD

    pool = None
    if store.name_count() > FTS_THRESHOLD:
        pool = store.trigram_candidates(terms)
    if pool is None:
        pool = store.all_names()
    norms, rows = pool
    if not norms:
        return
    short = len(terms) <= 4
    scorer = fuzz.ratio if short else fuzz.WRatio
    for _norm, score, pos in process.extract(terms, norms, scorer=scorer, processor=None, limit=limit * 6, score_cutoff=40):
        _n, idx, name, is_title = rows[pos]
        if not short:
            if 2 * len(_n) < len(terms):
                # a short name found inside a long query ("rpl" in a random string) is no evidence
                score = fuzz.ratio(terms, _n)
            elif score < 90:
                # below a near-certain WRatio, weigh plain similarity in, so loose partial matches rank lower
                score = 0.75 * score + 0.25 * fuzz.ratio(terms, _n)
        if _different_meaning(terms, _n):
            score = min(score, WEAK - 1)  # a suggestion at most, never the answer
        else:
            score = min(score, _word_cap(terms, _n))
        _keep(best, idx, min(score, 99.0), is_title, name, False)


class Resolution:
    """The condition to show (or None), other candidates, and a note for stderr when unsure."""

    __slots__ = ("match", "others", "note", "ambiguous")

    def __init__(self, match: Match | None, others: list, note: str | None, ambiguous: bool = False):
        self.match, self.others, self.note, self.ambiguous = match, others, note, ambiguous


def resolve(store, text: str) -> Resolution:
    """The one condition a section command should show, or None with suggestions."""
    matches = search(store, text, limit=6, exact_only=True)
    if not matches or matches[0].score < WEAK:
        return Resolution(None, [m for m in matches if m.score >= SUGGEST][:3], None)
    top = matches[0]
    others = [m for m in matches[1:] if m.score >= WEAK][:3]
    if not top.exact and others and others[0].score >= top.score - 3:
        # "cancer", "bleeding": several conditions fit as well as each other; answering with one
        # of them would answer a different question, so ask instead
        return Resolution(None, [top] + others, None, ambiguous=True)
    if not top.exact and top.score < STRONG and len(_words(normalise_query(text))) <= 1 < len(_words(query_terms(top.matched))):
        # one word found inside a longer name ("snoring" in "snoring and gasping at night") is a
        # guess: suggest it, do not answer with it
        return Resolution(None, [top] + others, None)
    if top.exact or top.score >= STRONG:  # (close runners-up were asked about above)
        note = None if top.exact else f"showing {top.title} (closest match: '{top.matched}', score {top.score})"
        return Resolution(top, others if not top.exact else [], note)
    note = f"best match is {top.title} ('{top.matched}', score {top.score}); not sure that is what you meant"
    return Resolution(top, others, note)


class Answer:
    """What a free-text question asks: the condition (or two, to compare), the section, and doubt."""

    __slots__ = ("match", "other", "section", "note", "others", "symptom", "asked", "ambiguous", "terms")

    def __init__(self, match, section, note=None, others=(), other=None, symptom=None, asked=None, ambiguous=False):
        self.match, self.section, self.note, self.others = match, section, note, list(others)
        self.other, self.symptom, self.asked, self.ambiguous = other, symptom, asked, ambiguous
        self.terms = None  # the words that named the condition, once the question words are removed

    def as_json(self) -> dict:
        return {
            "section": self.section,
            "asked": self.asked,
            "match": self.match.as_json() if self.match else None,
            "other": self.other.as_json() if self.other else None,
            "note": self.note,
            "symptom": self.symptom,
            "suggestions": [m.as_json() for m in self.others],
        }


def answer(store, question: str) -> Answer:
    """Read a question: which section it asks for, and which condition (or two, to compare)."""

    normalise_query(question)  # the same usage error for an empty question
    from .text import fold

    direct = resolve(store, question) if query_terms(question) == fold(question) else None
    if direct is not None and direct.match is not None and direct.match.exact:  # a name, not a question
        out = Answer(direct.match, "show", None)
        out.terms = question
        return out
    from .intent import read_intent

    intent = read_intent(question)
    if intent.section == "compare":
        a, b = resolve(store, intent.terms), resolve(store, intent.other or "")
        if a.match and b.match and a.match.id != b.match.id:
            note = "; ".join(n for n in (a.note, b.note) if n) or None
            return Answer(a.match, "compare", note, other=b.match, asked=intent.asked)
        intent = read_intent(question.replace(" or ", " ").replace(" vs ", " ").replace(" versus ", " "))
        if intent.section == "compare":
            intent.section = "show"
    res = resolve(store, intent.terms) if intent.terms.strip() else resolve(store, question)
    if res.match is None and not res.ambiguous and intent.terms != query_terms(question):
        whole = direct if direct is not None else resolve(store, question)
        if whole.match is not None:
            res = whole
    out = Answer(res.match, intent.section, res.note, res.others, asked=intent.asked, ambiguous=res.ambiguous)
    if res.match is None or (res.note and not res.match.exact):
        symptom = symptom_named(intent.terms)
        if symptom:
            out = Answer(None, intent.section, None, symptom=symptom, asked=intent.asked)
    out.terms = intent.terms
    return out


def symptom_named(text: str) -> str | None:
    """The symptom a query names, when it is one of the symptom vocabulary's names (not a condition)."""
    from .check import load_vocabulary, tokens

    vocab = load_vocabulary()
    key = tokens(text)
    sid = vocab.phrases.get(key) if key else None
    if sid is None or vocab.symptoms[sid].context:
        return None
    return vocab.symptoms[sid].name
