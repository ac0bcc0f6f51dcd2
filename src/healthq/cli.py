"""The command line: parse, call the core, hand results to render (or print JSON). Thin on purpose."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import List, Optional

import typer

from . import __version__
from .errors import NO_MATCH, HealthqError, UsageError
from .answers import ArticleAnswer, CompareAnswer, RelatedAnswer, SectionAnswer, no_match
from .sections import BY_KEY, SECTIONS, WHEN

EPILOG_TERM = "TERM is free text: a name, an abbreviation, a lay word or a question, quoted or not."

app = typer.Typer(
    name="healthq",
    help=(
        "Fast, offline answers to everyday health questions, in plain language.\n\n"
        "Examples:\n\n"
        "\b\n"
        "  healthq causes \"recurrent miscarriage\"\n"
        "  healthq symptoms pcos\n"
        "  healthq when \"kidney stones\"\n"
        "  healthq search \"period pain\"\n"
        "  healthq check fever \"stiff neck\" headache\n"
        "  healthq list --category pregnancy --json\n\n"
        "This is information, not a diagnosis. In an emergency call your local emergency number."
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,  # our own options below: they install for the shell named
    context_settings={"help_option_names": ["-h", "--help"]},
)

JSON_HELP = "Print JSON on stdout instead of formatted text."
DATA_HELP = "Add a dataset file on top of the bundled one (repeatable; also HEALTHQ_DATA)."


def _complete_term(incomplete: str):
    try:
        from .store import open_store
        from .text import fold

        store = open_store(None)
        prefix = fold(incomplete)
        out = []
        for norm, _idx, name, _t in store.all_names()[1]:
            if norm.startswith(prefix) and name not in out:  # a title's parts are shown as the title
                out.append(name)
            if len(out) >= 50:
                break
        return out
    except Exception:  # completion must never print a traceback into the shell
        return []


TermArg = typer.Argument(..., help="The condition to look up, in your own words.", metavar="TERM...", autocompletion=_complete_term, show_default=False)
JsonOpt = typer.Option(False, "--json", help=JSON_HELP)
DataOpt = typer.Option(None, "--data", help=DATA_HELP, metavar="PATH")


def _version(value: bool):
    if value:
        print(f"healthq {__version__}")
        raise typer.Exit(0)


def _completion(option: str):
    """Completion options that reach Typer (`healthq --data x --install-completion zsh`); the usual
    form, the option first, is handled before Typer starts (healthq._entry)."""

    def callback(value: Optional[str]):
        if value is not None:
            from .completion import completion_command

            raise typer.Exit(completion_command([option, value]))

    return callback


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", "-V", help="Print the version and exit.", callback=_version, is_eager=True),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback for unexpected errors (before or after the command)."),
    no_pager: bool = typer.Option(False, "--no-pager", help="Never page long output (before or after the command; also HEALTHQ_PAGER=)."),
    data: Optional[List[str]] = typer.Option(None, "--data", help=DATA_HELP, metavar="PATH"),
    install_completion: Optional[str] = typer.Option(
        None, "--install-completion", metavar="[SHELL]", is_eager=True, callback=_completion("--install-completion"),
        help="Install completion for SHELL (bash, zsh, fish, powershell, pwsh); without SHELL, for the shell running.",
    ),
    show_completion: Optional[str] = typer.Option(
        None, "--show-completion", metavar="[SHELL]", is_eager=True, callback=_completion("--show-completion"),
        help="Print the completion script for SHELL (or the shell running), to copy or customise.",
    ),
):
    """Fast, offline answers to everyday health questions."""
    _GLOBAL_DATA[:] = list(data or [])
    _OPTIONS["pager"] = not no_pager


_GLOBAL_DATA: list[str] = []  # --data given before the command name
_OPTIONS = {"pager": True}


def _render():
    """The renderer (imported only for text output), told whether it may page."""
    from . import render

    render.use_pager = _OPTIONS["pager"]
    return render


def _store(data):
    import os

    from .errors import warn
    from .store import open_store

    explicit = _GLOBAL_DATA + list(data or [])
    for path in explicit:  # a path typed on the command line is a mistake to fix, not a warning
        if not os.path.exists(os.path.expanduser(path)):
            raise UsageError(f"--data {path[:200]}: no such file")
    store = open_store(explicit)
    for text in store.warnings:
        warn(text)
    return store


def emit(answer) -> None:
    """Print an answer as JSON on stdout: anything with as_json() (the answer types, Report, Match)
    or plain JSON values. The one place --json output is written."""
    obj = answer.as_json() if hasattr(answer, "as_json") else answer
    text = json.dumps(obj, ensure_ascii=True, indent=2) + "\n"
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        raise
    except OSError as exc:
        from .errors import OutputError

        raise OutputError.from_os_error(exc) from None


def _join(term: list[str]) -> str:
    return " ".join(term)


def _resolve(store, term: list[str], as_json: bool, empty: dict, full: bool = False):
    """The matched entry (with full=True, the whole Answer), or exit 1 with suggestions (under
    --json, the no-match object: `empty` is the answer's shape with nothing in it)."""
    from .search import answer

    return _answered(answer(store, _join(term)), term, as_json, empty, full)


def _answered(res, term: list[str], as_json: bool, empty: dict, full: bool = False):
    """`_resolve` for an Answer already read: the match, or the message and exit code 1."""
    from .errors import message, note

    if res.symptom or res.match is None:
        signs = _warning_signs(_join(term))
        if signs and as_json:
            empty = dict(empty, warning_signs=signs)
    if res.symptom:
        message(f"'{res.symptom}' is a symptom, not a condition. To see what can cause it and how urgent it is, "
                f"try: healthq check \"{(_join(term) if not res.asked else res.terms or _join(term))[:80]}\"")
        if as_json:
            emit(no_match(empty, symptom=res.symptom))
        raise typer.Exit(NO_MATCH)
    if res.match is None:
        from . import crisis

        hint = ""
        if crisis.SHOWN:
            res.others = []  # after the crisis message, unrelated suggestions would only distract
            hint = " The message above says where to get help now."
        elif res.others:
            hint = " Did you mean: " + ", ".join(m.title for m in res.others) + "?"
        else:
            hint = " healthq has no article on that topic; 'healthq list' shows every condition it has."
        if res.ambiguous:
            message(f"'{_join(term)[:80]}' fits several conditions.{hint} 'healthq search {_join(term)[:80]}' lists them all.")
        else:
            message(f"no match for '{((res.terms if res.asked else None) or _join(term))[:80]}'.{hint}")
        if as_json:
            emit(no_match(empty, res.others))
        raise typer.Exit(NO_MATCH)
    if res.note:
        extra = ""
        if res.others:
            extra = " Other matches: " + ", ".join(m.title for m in res.others) + "."
        note(res.note + "." + extra)
    return res if full else res.match


def _warning_signs(text: str) -> list[dict]:
    """When a question finds no article, the red flags its words hold, said first on stderr with
    what to do and the `check` command that reads them fully (see check.warning_signs)."""
    from .check import warning_signs
    from .errors import message

    try:
        signs = warning_signs(text)
    except Exception:  # noqa: BLE001 - a damaged vocabulary must not turn "no match" into a crash
        return []
    if signs:
        top = signs[0]
        label = "an emergency" if top["level"] == "emergency" else "urgent"
        message(f"what you typed may be {label}. {top['reason']} {top['action']} "
                f"For the whole reading: healthq check \"{text[:80]}\"", prefix="Warning")
    return signs


def _related(store, entry) -> list[tuple[str, str]]:
    ids = [r for r in entry.get("related", []) if isinstance(r, str)]
    titles = store.titles(ids)
    return [(rid, titles[rid]) for rid in ids if rid in titles]


def _guess(match, term: list[str]) -> str | None:
    """What the user typed, when the match is not exact: the heading says it is the closest match."""
    return None if match.exact else _join(term)


def _section(section: str, term: list[str], as_json: bool, data) -> None:
    store = _store(data)
    match = _resolve(store, term, as_json, SectionAnswer.empty(section))
    _print_section(store, match, section, as_json, term)


def _print_section(store, match, section: str, as_json: bool, term: list[str]) -> None:
    entry = store.entry(match.idx)
    related = _related(store, entry)
    if as_json:
        emit(SectionAnswer(entry, section, related, match))
        return
    _render().section(entry, section, related, _guess(match, term))


SECTION_COMMANDS = [(s.command, s.key, s.summary, *s.examples) for s in SECTIONS + (WHEN,)]
SECTION_FIELDS = {s.command: s.key for s in SECTIONS + (WHEN,)}  # "risks" -> "risk_factors"


def _make_section_command(name: str, section: str, summary: str, ex1: str, ex2: str):
    def command(term: List[str] = TermArg, as_json: bool = JsonOpt, data: Optional[List[str]] = DataOpt):
        _section(section, term, as_json, data)

    command.__name__ = f"cmd_{name}"
    command.__doc__ = (
        f"{summary}\n\nShows the best-matching condition's {name if name != 'when' else 'when-to-get-help'} section, "
        f"its related topics, its sources and a disclaimer. {EPILOG_TERM}\n\n"
        f"Examples:\n\n\b\n  healthq {ex1}\n  healthq {name} \"{ex2}\"\n  healthq {name} --json pcos"
    )
    app.command(name)(command)


for _spec in SECTION_COMMANDS:
    _make_section_command(*_spec)


@app.command("ask")
def cmd_ask(
    question: List[str] = typer.Argument(..., help="A question in your own words.", metavar="QUESTION...", show_default=False),
    as_json: bool = JsonOpt,
    data: Optional[List[str]] = DataOpt,
):
    """Answer a question: picks the condition and the section it asks about.

    "What causes ...", "how do I get rid of ...", "signs of ...", "should I go to A&E with ...",
    "how is ... diagnosed", "difference between A and B". The same as typing the question with no
    command at all. One line on stderr says what was chosen.

    Examples:

    \b
      healthq ask what causes kidney stones
      healthq how do i get rid of thrush
      healthq "difference between fibroids and ovarian cysts"
      healthq ask --json "signs of a heart attack in women"
    """
    from .errors import note

    store = _store(data)
    ans = _resolve(store, question, as_json, SectionAnswer.empty(None), full=True)
    match = ans.match
    if ans.section == "compare" and ans.other is not None:
        if not as_json:
            note(f"comparing {match.title} and {ans.other.title} (you asked for {ans.asked}).")
        _compare(store, match, ans.other, as_json)
        return
    section = SECTION_FIELDS.get(ans.section, ans.section)
    if section == "show":
        if not as_json:
            note(f"showing the whole article on {match.title}.")
        _show(store, match, as_json, question)
        return
    if not as_json:
        label = SECTION_LABELS.get(section, section)
        note(f"showing {label} of {match.title} (you asked '{ans.asked}').")
    _print_section(store, match, section, as_json, question)


SECTION_LABELS = {key: s.label for key, s in BY_KEY.items()}  # "showing the causes of ..."


@app.command("compare")
def cmd_compare(
    first: str = typer.Argument(..., help="The first condition.", metavar="A", show_default=False),
    second: str = typer.Argument(..., help="The second condition.", metavar="B", show_default=False),
    as_json: bool = JsonOpt,
    data: Optional[List[str]] = DataOpt,
):
    """Two conditions side by side: summary, key symptoms, causes, tests, treatment, when to get help.

    Examples:

    \b
      healthq compare fibroids "ovarian cysts"
      healthq compare cold flu
      healthq compare --json "heart attack" angina
    """
    from .search import Answer, resolve_pair

    store = _store(data)
    # each side is read in the light of the other: "healthq compare ulcer gastritis" is the stomach ulcer
    pair = resolve_pair(store, first, second)
    a, b = (_answered(Answer(r.match, "show", r.note, r.others, ambiguous=r.ambiguous), [typed], as_json,
                      CompareAnswer.empty()) for r, typed in zip(pair, (first, second)))
    _compare(store, a, b, as_json)


def _compare(store, a, b, as_json: bool) -> None:
    ea, eb = store.entry(a.idx), store.entry(b.idx)
    if as_json:
        emit(CompareAnswer(ea, eb))
        return
    from . import render

    render.compare(ea, eb)


@app.command("show")
def cmd_show(term: List[str] = TermArg, as_json: bool = JsonOpt, data: Optional[List[str]] = DataOpt):
    """The whole article about a condition.

    Examples:

    \b
      healthq show endometriosis
      healthq show "polyovarian syndrome"
      healthq show --json uti
    """
    store = _store(data)
    match = _resolve(store, term, as_json, ArticleAnswer.empty())
    _show(store, match, as_json, term)


def _show(store, match, as_json: bool, term: list[str]) -> None:
    entry = store.entry(match.idx)
    if as_json:
        emit(ArticleAnswer(entry))
        return
    _render().article(entry, _related(store, entry), _guess(match, term))


@app.command("related")
def cmd_related(term: List[str] = TermArg, as_json: bool = JsonOpt, data: Optional[List[str]] = DataOpt):
    """Topics related to a condition, with the command to open each.

    Examples:

    \b
      healthq related "recurrent miscarriage"
      healthq related --json pcos
    """
    store = _store(data)
    match = _resolve(store, term, as_json, RelatedAnswer.empty())
    entry = store.entry(match.idx)
    related = _related(store, entry)
    if as_json:
        emit(RelatedAnswer(entry, related))
        return
    _render().related_list(entry, related, _guess(match, term))


@app.command("search")
def cmd_search(
    query: List[str] = typer.Argument(..., help="Words to look for.", metavar="QUERY...", show_default=False),
    limit: int = typer.Option(10, "--limit", "-n", min=1, max=100, help="How many matches to show (1-100)."),
    as_json: bool = JsonOpt,
    data: Optional[List[str]] = DataOpt,
):
    """Ranked matches for a query, each with the name that matched and a score (0-100).

    100 is a whole name typed exactly. Matches scoring under 45 share too little with the query
    and are not listed; when none is left, healthq says it has no article on that topic (exit
    code 1).

    Examples:

    \b
      healthq search "period pain"
      healthq search haemorrhoids --limit 3
      healthq search --json pcos
    """
    from .search import search

    store = _store(data)
    results = search(store, _join(query), limit=limit)  # only results at or above the relevance floor
    compared = _comparison(store, _join(query))
    if compared is not None:  # "fibroids vs cysts": the two conditions first, and the command to compare them
        pair = [m for m in compared if m is not None]
        results = (pair + [m for m in results if m.id not in {p.id for p in pair}])[:max(limit, len(pair))]
    if as_json:
        emit([m.as_json() for m in results])
    else:
        if results:
            _render().matches(_join(query), results)
    if compared is not None and None not in compared:
        from .errors import note

        note(f"'{_join(query)[:80]}' compares two conditions; to see them side by side: "
             f"healthq compare {compared[0].id} {compared[1].id}")
    if not results:
        from .errors import message

        _warning_signs(_join(query))
        message(f"no match for '{_join(query)[:80]}': healthq has no article on that topic. Try other words, or 'healthq list'.")
        raise typer.Exit(NO_MATCH)


def _comparison(store, query: str):
    """For a query that compares two conditions ("A vs B", "difference between A and B"), the two
    matches (either may be None when that side is not found or fits several), else None."""
    import re

    if not re.search(r"\b(?:vs|versus|v|or|compare|compared|comparing|comparison|differences?|tell)\b", query.lower()):
        return None  # no comparing word: the intent reader is not even imported ("search pcos" stays fast)
    from .intent import read_comparison

    intent = read_comparison(query)
    if intent is None:
        return None
    from .search import resolve_pair

    a, b = resolve_pair(store, intent.terms, intent.other or "")
    if a.match is None and b.match is None:
        return None
    if a.match is not None and b.match is not None and a.match.id == b.match.id:
        return None
    return (a.match, b.match)


@app.command("list")
def cmd_list(
    category: Optional[str] = typer.Option(None, "--category", "-c", help="Only this category (name or id, e.g. pregnancy, skin)."),
    as_json: bool = JsonOpt,
    data: Optional[List[str]] = DataOpt,
):
    """Every condition, grouped by category.

    Examples:

    \b
      healthq list
      healthq list --category pregnancy
      healthq list --json
    """
    from .text import fold
    from .validate import CATEGORIES

    store = _store(data)
    chosen = None
    if category is not None:
        wanted = fold(category)
        for key, title in CATEGORIES.items():
            if wanted in (fold(key), fold(title)) or (wanted and fold(title).startswith(wanted)):
                chosen = key
                break
        if chosen is None:
            raise UsageError(f"unknown category '{category[:60]}'; choose one of: " + ", ".join(sorted(store.categories())))
    rows = list(store.summaries(chosen))
    if as_json:
        emit(rows)
        return
    _render().listing(rows, CATEGORIES)


class Sex(str, Enum):
    female = "female"
    male = "male"


@app.command("check")
def cmd_check(
    symptoms: List[str] = typer.Argument(..., help="Symptoms in your own words: several words or one sentence.", metavar="SYMPTOM...", show_default=False),
    age: Optional[str] = typer.Option(None, "--age", help="Age in years (8, 0.5, 2y), months (6m, 18mo), weeks (3w) or days (10d).", metavar="AGE"),
    sex: Optional[Sex] = typer.Option(None, "--sex", case_sensitive=False, help="female or male: leaves out conditions that cannot apply."),
    limit: int = typer.Option(5, "--limit", "-n", min=1, max=50, help="How many conditions to list (1-50)."),
    as_json: bool = JsonOpt,
    data: Optional[List[str]] = DataOpt,
):
    """From symptoms to conditions: how urgently to get help, and which conditions fit.

    Urgent warning signs come first. This is not a diagnosis.

    Examples:

    \b
      healthq check chest pain going into my arm and sweating
      healthq check "sore throat and swollen glands for a week"
      healthq check "my 6 week old has a temperature of 38.4"
      healthq check "tummy pain" "being sick" --age 8
      healthq check "cough but no fever" --age 18mo
      healthq check --json "chest pain" sweating

    All the words are read as one description; quoted phrases stay apart.
    """
    from .check import NothingRecognised, check
    from .reading import parse_age

    years = None
    if age is not None:
        try:
            years = parse_age(age)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    store = _store(data)
    try:
        report = check(store, symptoms, age=years, sex=sex.value if sex else None, limit=limit)
    except NothingRecognised as exc:
        if as_json:
            emit(exc)
        raise
    if as_json:
        emit(report)
        return
    _render().check_report(report)


@app.command("validate")
def cmd_validate(
    paths: List[str] = typer.Argument(..., help="Dataset files to check.", metavar="PATH...", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print the problems as JSON."),
):
    """Check dataset files and report every problem, with file, entry, field and line.

    Exit code 0 when every file is valid, 1 when not.

    Examples:

    \b
      healthq validate my-conditions.json
      healthq validate --json a.json b.json
    """
    from .check import load_vocabulary
    from .store import bundled_files, parse_file, validate_file
    from .validate import Problem, check_links

    problems: list[Problem] = []
    entries: dict[str, dict] = {}
    file_of: dict[str, str] = {}
    for path in bundled_files():
        for e in parse_file(path)[0]:
            entries[e["id"]] = e
    checked = 0
    from pathlib import Path

    for raw in paths:
        path = Path(raw).expanduser()
        checked += 1
        try:
            found, file_problems = validate_file(path)
        except HealthqError as exc:
            line = getattr(exc, "line", None)
            where = f"{path}:{line}:" if line else f"{path}:"
            problems.append(Problem(str(path), "-", "(file)", str(exc).removeprefix(where).lstrip(), line))
            continue
        problems += file_problems
        if not file_problems:
            for e in found:
                entries[e["id"]] = e
                file_of[e["id"]] = str(path)
    vocab = load_vocabulary()
    mine = {k: v for k, v in entries.items() if k in file_of}
    link_problems = check_links(entries, set(vocab.symptoms), file_of)
    problems += [p for p in link_problems if p.entry in mine]
    if as_json:
        emit({"files": checked, "problems": [p.__dict__ for p in problems], "valid": not problems})
    else:
        from .errors import message

        for p in problems:
            print(p.__str__().encode("utf-8", "replace").decode("utf-8"))
        summary = f"{checked} file{'s' if checked != 1 else ''} checked: " + (f"{len(problems)} problem{'s' if len(problems) != 1 else ''}" if problems else "valid")
        message(summary, prefix="Summary")
    if problems:
        raise typer.Exit(NO_MATCH)
