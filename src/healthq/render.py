"""Everything healthq draws in the terminal. The only module that imports Rich.

Text from the data or from the user is always wrapped in rich.text.Text after clean(): it is never
parsed as markup, and escape sequences or control characters never reach the terminal.
"""

from __future__ import annotations

import os
import sys

from rich.console import Console
from rich.text import Text

from .sections import BY_KEY, CARE_LEVELS, LEVEL, SHOW_ORDER, WHEN
from .text import clean

DISCLAIMER = "This is general information, not a diagnosis. If you are worried about your health, talk to a doctor, nurse or pharmacist."


def _width() -> int | None:
    raw = os.environ.get("COLUMNS")
    if raw is None:
        return None
    try:
        value = int(raw.strip())
    except ValueError:
        return 80 if not sys.stdout.isatty() else None
    return max(20, min(value, 1000))


use_pager = True  # the CLI sets this from --no-pager


def _output_error(exc: OSError):
    from .errors import OutputError

    return OutputError.from_os_error(exc)


class _TrimmedLines:
    """A stream wrapper that drops the trailing spaces Rich pads table cells with.

    A failed write (a full disk, a device error) becomes OutputError, with its own exit code; a
    closed pipe stays BrokenPipeError, which is not an error (exit 0).
    """

    def __init__(self, stream):
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        if lines:
            try:
                self._stream.write("\n".join(line.rstrip(" ") for line in lines) + "\n")
            except BrokenPipeError:
                raise
            except OSError as exc:
                raise _output_error(exc) from None
        return len(text)

    def flush(self) -> None:
        try:
            if self._pending:
                self._stream.write(self._pending.rstrip(" "))
                self._pending = ""
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _output_error(exc) from None

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self):
        return getattr(self._stream, "encoding", "utf-8")


class _Held:
    """Output held back while it may still go to the pager: it looks like the terminal it stands for."""

    def __init__(self, stream):
        self._stream = stream
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self):
        return getattr(self._stream, "encoding", "utf-8")


def _may_page() -> bool:
    """Paging is possible: stdout is a terminal, and neither --no-pager nor HEALTHQ_PAGER= turned it off."""
    if not use_pager or os.environ.get("TERM") == "dumb":
        return False
    setting = os.environ.get("HEALTHQ_PAGER")
    if setting is not None and not setting.strip():
        return False
    try:
        return sys.stdout.isatty()
    except (ValueError, OSError):
        return False


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich exits with status 1 here; a reader that closed the pipe early is not an error
        self.quiet = True
        raise BrokenPipeError


def finish(out: Console) -> None:
    """End a command's output: page it when it was held back and is taller than the screen."""
    held = getattr(out, "_held", None)
    out.file.flush()
    if held is None:
        return
    text = "".join(held.parts)
    held.parts.clear()
    if text.count("\n") >= out.height:
        from .pager import page_text

        if page_text(text):
            return
    out._held = None
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _output_error(exc) from None


def console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    held = None
    if not stderr and _may_page():
        held = stream = _Held(stream)
    no_colour = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    width = _width()
    tty = False
    try:
        tty = stream.isatty()
    except (ValueError, OSError):
        pass
    if width is None and not tty:
        width = 80
    out = _Console(
        file=_TrimmedLines(stream),
        width=width,
        color_system=None if no_colour else "auto",
        no_color=no_colour,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
        legacy_windows=False,
        force_terminal=None,
    )
    out._held = held
    return out


NARROW = 60  # below this width, tables become stacked lists: a table column would cut words


class _Page:
    """Collects lines (wrapped once, here) and prints them in one call: far cheaper than a print per line."""

    def __init__(self, out: Console):
        self.out = out
        self.width = out.width
        self.lines: list[Text] = []

    def print(self, text: Text | None = None, overflow: str | None = None, soft_wrap: bool = False) -> None:
        if text is None:
            self.lines.append(Text())
        elif soft_wrap or ("\n" not in text.plain and text.cell_len <= self.width):
            self.lines.append(text)
        else:
            for line in text.wrap(self.out, self.width, overflow="fold"):
                line.rstrip()  # no trailing space before a colour reset either
                self.lines.append(line)

    def table(self, table) -> None:
        """A Rich table, in order with the lines around it."""
        self._print_lines()
        self.out.print(table)

    def _print_lines(self) -> None:
        if self.lines:
            self.out.print(Text("\n").join(self.lines), soft_wrap=True)
            self.lines = []

    def flush(self) -> None:
        self._print_lines()
        finish(self.out)


def page() -> _Page:
    return _Page(console())


def t(value, style: str = "") -> Text:
    return Text(clean(value), style=style)


_GLUE = "\x00"  # joins the words of a command while wrapping, so it is never split


def _fit(text: str, width: int, first: str, rest: str, keep: str = "") -> list[tuple[str, str]]:
    """Word-wrap text by display cells (wide CJK characters count two) with a hanging indent.

    Returns (indent, line) pairs. Lines break only between words; a word longer than a whole line is
    folded, except `keep` (a command to copy), which is never split.
    """
    from rich.cells import cell_len, chop_cells

    text = " ".join(text.split())
    if keep and keep in text:
        text = text.replace(keep, keep.replace(" ", _GLUE))
    out: list[tuple[str, str]] = []
    indent, words, used = first, [], cell_len(first)
    rest_len = cell_len(rest)
    for word in text.split(" "):
        if not word:
            continue
        whole = _GLUE in word
        word = word.replace(_GLUE, " ")
        size = cell_len(word)
        if words and used + 1 + size <= width:
            words.append(word)
            used += 1 + size
            continue
        if words:
            out.append((indent, " ".join(words)))
            indent, words, used = rest, [], rest_len
        while not whole and used + size > width and width - used > 0:
            head = chop_cells(word, width - used)[0]
            out.append((indent, head))
            word = word[len(head):]
            size = cell_len(word)
            indent, used = rest, rest_len
        words.append(word)
        used += size
    if words or not out:
        out.append((indent, " ".join(words)))
    return out


def _wrap(out, text: str, first: str, rest: str, style: str = "", mark_style: str = "bold cyan", keep: str = "") -> None:
    """Print text wrapped to the console width with a hanging indent (cheaper than a Rich table).

    Only the mark (the number or bullet in `first`) takes mark_style; the text takes style.
    """
    width = max(out.width, len(rest) + 10)
    for indent, line in _fit(clean(text), width, first, rest, keep):
        row = Text()
        row.append(indent, style=mark_style if indent.strip() else "")
        row.append(line, style=style)
        out.print(row, soft_wrap=True)


def _items(out, items, numbered: bool) -> None:
    count = len(items)
    pad = len(str(count)) + 2 if numbered else 2
    for n, item in enumerate(items, 1):
        mark = (f"{n}.".rjust(pad - 1) + " ") if numbered else "• "
        _wrap(out, item.get("name", ""), mark, " " * pad, "bold")
        if item.get("condition"):
            command = f"healthq show {clean(item['condition'])}"
            if pad + 2 + len(command) <= out.width:
                out.print(t(f"{' ' * pad}→ {command}", "dim"), soft_wrap=True)
            else:  # too long to follow the arrow: the command alone, indented as far as it fits, never split
                out.print(t(" " * max(0, min(pad, out.width - len(command))) + command, "dim"), soft_wrap=True)
        if item.get("detail"):
            _wrap(out, item["detail"], " " * pad, " " * pad)


def _care(out, care: dict) -> None:
    for key in CARE_LEVELS:
        sentences = care.get(key) or []
        if not sentences:
            continue
        out.print(t(LEVEL[key].care + ":", LEVEL[key].care_style))
        _items(out, [{"name": s} for s in sentences], numbered=False)


def _heading(out, title: str, section: str | None, guess: str | None = None) -> None:
    """The title, the section, and, when healthq is not sure of the match, what it was asked."""
    text = Text()
    text.append(clean(title), style="bold underline")
    if section:
        text.append(" — " + BY_KEY[section].title, style="bold")
    if guess:
        text.append(f" (closest match to '{clean(guess)[:80]}')", style="yellow")
    out.print(text)


def _related(out, related: list[tuple[str, str]]) -> None:
    from rich.cells import cell_len

    if not related:
        return
    out.print()
    out.print(t("Related topics", "bold"))
    for rid, title in related:
        command = f"healthq show {clean(rid)}"
        if cell_len(clean(title)) + len(command) + 4 <= out.width:
            line = Text("• ")
            line.append(clean(title))
            line.append(f"  {command}", style="dim")
            out.print(line, soft_wrap=True)
        else:  # the command on a line of its own, never split, so it can be copied whole
            _wrap(out, clean(title), "• ", "  ", mark_style="")
            out.print(t(f"  {command}", "dim"), soft_wrap=True)


def _sources(out, entry: dict) -> None:
    out.print()
    out.print(t(f"Sources (reviewed {entry.get('reviewed', 'unknown')})", "bold"))
    for src in entry.get("sources", []):
        _wrap(out, f"{src.get('publisher', '')}: {src.get('title', '')}", "• ", "  ", mark_style="")
        url = Text("  ")
        url.append(clean(src.get("url", "")), style="blue")
        out.print(url, soft_wrap=True)  # unbroken, so it can be copied or clicked


def _footer(out) -> None:
    out.print()
    out.print(t(DISCLAIMER, "italic"))


def _close(out, entry: dict, related: list[tuple[str, str]]) -> None:
    """Every answer ends the same way: related topics, sources with the review date, the disclaimer."""
    _related(out, related)
    _sources(out, entry)
    _footer(out)
    out.flush()


def section(entry: dict, section: str, related: list[tuple[str, str]], guess: str | None = None) -> None:
    out = page()
    _heading(out, entry["title"], section, guess)
    out.print()
    if section == "when_to_seek_care":
        _care(out, entry.get("when_to_seek_care", {}))
    else:
        _items(out, entry["sections"].get(section, []), numbered=BY_KEY[section].numbered)
    _close(out, entry, related)


def article(entry: dict, related: list[tuple[str, str]], guess: str | None = None) -> None:
    out = page()
    _heading(out, entry["title"], None, guess)
    if entry.get("aliases"):
        out.print(t("Also called: " + ", ".join(entry["aliases"]), "dim"))
    out.print()
    out.print(t(entry.get("summary", "")))
    for key in SHOW_ORDER:
        out.print()
        out.print(t(BY_KEY[key].title, "bold"))
        _items(out, entry["sections"].get(key, []), numbered=BY_KEY[key].numbered)
    out.print()
    out.print(t(WHEN.title, "bold"))
    _care(out, entry.get("when_to_seek_care", {}))
    codes = entry.get("codes", {})
    if codes:
        out.print()
        out.print(t("Codes: " + ", ".join(f"{k.upper()} {v}" for k, v in codes.items()), "dim"))
    _close(out, entry, related)


def related_list(entry: dict, related: list[tuple[str, str]], guess: str | None = None) -> None:
    out = page()
    _heading(out, entry["title"], None, guess)
    if not related:
        out.print(t("No related topics."))
    _related(out, related)
    out.flush()


def _command_line(out, lead: str, command: str) -> None:
    """'Open one: healthq show ID': wrapped between words, the command never split."""
    _wrap(out, f"{lead} {command}", "", "", "dim", keep=command)


def matches(query: str, results) -> None:
    out = page()
    if out.width < NARROW:  # stacked: a narrow table column would cut names
        pad = len(str(len(results))) + 2
        for n, m in enumerate(results, 1):
            _wrap(out, m.title, f"{n}.".rjust(pad - 1) + " ", " " * pad, "bold")
            _wrap(out, f"matched {m.matched}, score {m.score}", " " * pad, " " * pad, "dim")
    else:
        from rich.table import Table

        table = Table(title=None, show_edge=False, pad_edge=False, expand=False)
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column("Condition", ratio=2, overflow="fold")
        table.add_column("Matched", ratio=2, overflow="fold")
        table.add_column("Score", justify="right", no_wrap=True)
        for n, m in enumerate(results, 1):
            table.add_row(str(n), t(m.title, "bold"), t(m.matched), str(m.score))
        out.table(table)
    if results:
        _command_line(out, "Open one:", f"healthq show {clean(results[0].id)}")
    out.flush()


def listing(rows: list[dict], category_titles: dict[str, str]) -> None:
    from rich.cells import cell_len

    out = page()
    current = None
    for row in sorted(rows, key=lambda r: (category_titles.get(r["category"], r["category"]), r["title"].lower())):
        if row["category"] != current:
            if current is not None:  # a blank line between categories, none before the first
                out.print()
            current = row["category"]
            out.print(t(category_titles.get(current, current), "bold"))
        title, rid = clean(row["title"]), clean(row["id"])
        if 2 + cell_len(title) + 2 + len(rid) <= out.width:
            line = Text("  ")
            line.append(title)
            line.append(f"  {rid}", style="dim")
            out.print(line, soft_wrap=True)
        else:  # the id on a line of its own, never split, so it can be copied whole
            _wrap(out, title, "  ", "    ")
            out.print(t(f"    {rid}", "dim"), soft_wrap=True)
    out.print()
    _command_line(out, f"{len(rows)} conditions. Open one:", "healthq show ID")
    out.flush()


def _age_text(years: float) -> str:
    if years < 1 / 12 * 3:
        return f"{round(years * 52)} weeks"
    if years < 2:
        return f"{round(years * 12)} months"
    return f"{years:g} years"


def check_report(report) -> None:
    out = page()
    level = LEVEL[report.triage]
    label, advice, style = level.banner, level.advice, level.banner_style
    lead = " " * (len(label) + 3)  # wrapped advice lines start under the first word of the advice
    for n, (indent, line) in enumerate(_fit(advice, max(out.width, len(lead) + 10), lead, lead)):
        banner = Text()
        if n == 0:
            banner.append(f" {label} ", style=style)
            banner.append(" ")
        else:
            banner.append(indent)
        banner.append(line, style="bold")
        out.print(banner, soft_wrap=True)
    for flag in report.red_flags:
        mark = "!" if flag["level"] == "emergency" else ">"
        style = "red" if flag["level"] == "emergency" else "yellow"
        _wrap(out, flag["reason"], f"  {mark} ", "    ", style, mark_style=style)
        _wrap(out, "What to do: " + flag["action"], "    ", "    ", "bold", mark_style="")
        if flag.get("symptoms"):
            _wrap(out, "You said: " + "; ".join(f"'{w}'" for w in flag["symptoms"][:4]), "    ", "    ", "dim", mark_style="")
    if report.triage_reason and not report.red_flags:
        _wrap(out, report.triage_reason, "  ", "  ", "dim", mark_style="")
    out.print()
    out.print(t("How healthq read what you typed", "bold"))
    p = report.patient
    who = []
    if p.who:
        who.append(f"about your {p.who}" if p.who != "someone else" else "about someone else")
    if p.age is not None:
        who.append(f"age {_age_text(p.age)}" + (f" (from '{p.age_from}')" if p.age_from not in (None, "--age") else ""))
    if p.pregnant:
        who.append("pregnant" + (f", {p.pregnancy_weeks} weeks" if p.pregnancy_weeks else ""))
    if p.postpartum:
        who.append("gave birth in the last 6 weeks")
    if who:
        out.print(t("  Patient: " + "; ".join(who)))
    for item in report.understood:
        if item["negated"]:
            line, mark = f"{item['text']} → not: {item['name']}", "  × "
        else:
            line, mark = f"{item['text']} → {item['name']}", "  • "
        if item.get("read_as"):
            line += f" (read {item['read_as']})"
        _wrap(out, line, mark, "    ", "dim" if item["negated"] else "", mark_style="")
    detail = report.modifiers + report.duration
    if detail:
        _wrap(out, "Detail: " + ", ".join(detail), "  ", "    ", mark_style="")
    for item in report.unrecognised:
        _wrap(out, f"{item} (not understood)", "  ? ", "    ", "yellow", mark_style="yellow")
    for note in report.notes:
        _wrap(out, f"Note: {note}", "  ", "    ", "yellow", mark_style="")
    out.print()
    if report.results:
        out.print(t("Conditions that fit (most likely first)", "bold"))
        # a stacked list at every width: a table column cuts names at 80 columns or less, and
        # drawing a table (and importing rich.table) cost `check` about a tenth of its start-up
        pad = len(str(len(report.results))) + 2
        for n, r in enumerate(report.results, 1):
            _wrap(out, r["title"], f"{n}.".rjust(pad - 1) + " ", " " * pad, "bold")
            if r["matched_names"]:
                _wrap(out, "Fits: " + ", ".join(r["matched_names"]), " " * pad, " " * pad)
            if r["flagged"]:
                _wrap(out, "A warning sign above points to it", " " * pad, " " * pad)
            if r["missing_names"]:
                _wrap(out, "Not mentioned: " + ", ".join(r["missing_names"][:4]), " " * pad, " " * pad, "dim")
        _command_line(out, "Read more:", f"healthq show {clean(report.results[0]['id'])}")
    else:
        out.print(t("No condition in the dataset fits these symptoms well."))
    out.print()
    out.print(t(DISCLAIMER, "italic"))
    out.flush()


def compare(a: dict, b: dict) -> None:
    """Two conditions side by side (stacked on narrow screens): what tells them apart."""
    out = page()
    rows = [
        ("In short", a["summary"], b["summary"]),
        ("Key symptoms", _names(a, "symptoms"), _names(b, "symptoms")),
        ("Causes", _names(a, "causes"), _names(b, "causes")),
        ("Tests", _names(a, "diagnosis"), _names(b, "diagnosis")),
        ("Treatment", _names(a, "treatment"), _names(b, "treatment")),
        ("Emergency", _emergency_lines(a), _emergency_lines(b)),
    ]
    if out.width >= 80:
        from rich.table import Table

        table = Table(show_lines=True, pad_edge=False, expand=True)
        table.add_column("", style="bold", ratio=1)
        table.add_column(t(a["title"], "bold"), ratio=3)
        table.add_column(t(b["title"], "bold"), ratio=3)
        for label, left, right in rows:
            table.add_row(t(label), t(left), t(right))
        out.table(table)
    else:
        for entry, side in ((a, 1), (b, 2)):
            out.print(t(entry["title"], "bold underline"))
            for row in rows:
                _wrap(out, row[side], f"{row[0]}: ", "  ")
            out.print()
    _command_line(out, "Read more:", f"healthq show {clean(a['id'])}")
    _command_line(out, "Read more:", f"healthq show {clean(b['id'])}")
    out.print()
    out.print(t(DISCLAIMER, "italic"))
    out.flush()


def _names(entry: dict, key: str, limit: int = 6) -> str:
    items = [i["name"] for i in entry["sections"].get(key, [])]
    return "; ".join(items[:limit]) + (" ..." if len(items) > limit else "")


def _emergency_lines(entry: dict) -> str:
    lines = entry.get("when_to_seek_care", {}).get("emergency", [])
    return " ".join(lines[:2]) if lines else "No emergency signs listed; see the article."


class _BuildProgress:
    """A transient progress bar on stderr while the index builds; called as report(done, total)."""

    def __init__(self):
        import time

        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

        self._time = time.monotonic
        self._progress = Progress(
            TextColumn("Building the index of your data"), BarColumn(), TaskProgressColumn(), TimeElapsedColumn(),
            console=Console(file=sys.stderr, highlight=False, markup=False, emoji=False, no_color=bool(os.environ.get("NO_COLOR"))),
            transient=True, auto_refresh=False,
        )
        self._task = None
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if self._task is None:
            self._progress.start()
            self._task = self._progress.add_task("index", total=total)
        self._progress.update(self._task, completed=done, total=total)
        now = self._time()
        if now - self._last >= 0.1 or done >= total:
            self._last = now
            self._progress.refresh()

    def close(self) -> None:
        if self._task is not None:
            self._progress.stop()
            self._task = None


def build_progress() -> _BuildProgress:
    return _BuildProgress()
