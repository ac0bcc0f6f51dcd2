"""Everything healthq draws in the terminal. The only module that imports Rich.

Text from the data or from the user is always wrapped in rich.text.Text after clean(): it is never
parsed as markup, and escape sequences or control characters never reach the terminal.
"""

from __future__ import annotations

import os
import sys

from rich.console import Console
from rich.text import Text

from .text import clean

DISCLAIMER = "This is general information, not a diagnosis. If you are worried about your health, talk to a doctor, nurse or pharmacist."
SECTION_TITLES = {
    "causes": "Causes",
    "symptoms": "Symptoms",
    "risk_factors": "Risk factors",
    "diagnosis": "Tests and diagnosis",
    "treatment": "Treatment",
    "prevention": "Prevention",
    "complications": "Complications",
    "when_to_seek_care": "When to get help",
}
CARE = (
    ("emergency", "Emergency: call the emergency number (999, 911, 112) or go to the emergency department now if", "bold red"),
    ("urgent", "Urgent: see a doctor or call a health advice line today if", "bold yellow"),
    ("routine", "Routine: book an appointment with your doctor if", "bold"),
)
TRIAGE_TEXT = {
    "emergency": ("EMERGENCY", "Call the emergency number (999, 911, 112) or go to the emergency department now.", "bold white on red"),
    "urgent": ("URGENT", "See a doctor today, or call a health advice line (NHS 111 in England).", "bold black on yellow"),
    "routine": ("ROUTINE", "Book an appointment with your doctor in the next few days.", "bold"),
    "self-care": ("SELF-CARE", "This can usually be looked after at home. Get help if it gets worse or does not improve.", "bold green"),
}


def _width() -> int | None:
    raw = os.environ.get("COLUMNS")
    if raw is None:
        return None
    try:
        value = int(raw.strip())
    except ValueError:
        return 80 if not sys.stdout.isatty() else None
    return max(20, min(value, 1000))


class _TrimmedLines:
    """A stream wrapper that drops the trailing spaces Rich pads table cells with."""

    def __init__(self, stream):
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        if lines:
            self._stream.write("\n".join(line.rstrip(" ") for line in lines) + "\n")
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self._pending.rstrip(" "))
            self._pending = ""
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self):
        return getattr(self._stream, "encoding", "utf-8")


def console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    no_colour = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    width = _width()
    tty = False
    try:
        tty = stream.isatty()
    except (ValueError, OSError):
        pass
    if width is None and not tty:
        width = 80
    return Console(
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
            self.lines.extend(text.wrap(self.out, self.width, overflow="fold"))

    def flush(self) -> None:
        self.out.print(Text("\n").join(self.lines), soft_wrap=True)


def page() -> _Page:
    return _Page(console())


def t(value, style: str = "") -> Text:
    return Text(clean(value), style=style)


def _wrap(out, text: str, first: str, rest: str, style: str = "") -> None:
    """Print text wrapped to the console width with a hanging indent (cheaper than a Rich table)."""
    import textwrap

    width = max(out.width, len(rest) + 10)
    lines = textwrap.wrap(clean(text), width=width, initial_indent=first, subsequent_indent=rest,
                          break_long_words=True, break_on_hyphens=False) or [first.rstrip()]
    for line in lines:
        head = len(first) if line.startswith(first) else len(rest)
        row = Text(line[:head], style="bold cyan" if first.strip() else "")
        row.append(line[head:], style=style)
        out.print(row, overflow="fold")
        first = rest


def _items(out, items, numbered: bool) -> None:
    count = len(items)
    pad = len(str(count)) + 2 if numbered else 2
    for n, item in enumerate(items, 1):
        mark = (f"{n}.".rjust(pad - 1) + " ") if numbered else "• "
        _wrap(out, item.get("name", ""), mark, " " * pad, "bold")
        if item.get("condition"):
            _wrap(out, f"→ healthq show {item['condition']}", " " * pad, " " * pad, "dim")
        if item.get("detail"):
            _wrap(out, item["detail"], " " * pad, " " * pad)


def _care(out, care: dict) -> None:
    for key, heading, style in CARE:
        sentences = care.get(key) or []
        if not sentences:
            continue
        out.print(t(heading + ":", style))
        _items(out, [{"name": s} for s in sentences], numbered=False)


def _heading(out, title: str, section: str | None) -> None:
    text = Text()
    text.append(clean(title), style="bold underline")
    if section:
        text.append(" — " + SECTION_TITLES[section], style="bold")
    out.print(text)


def _related(out, related: list[tuple[str, str]]) -> None:
    if not related:
        return
    out.print()
    out.print(t("Related topics", "bold"))
    for rid, title in related:
        command = f"healthq show {clean(rid)}"
        if len(clean(title)) + len(command) + 4 <= out.width:
            line = Text("• ")
            line.append(clean(title))
            line.append(f"  {command}", style="dim")
            out.print(line, overflow="fold")
        else:  # the command on a line of its own, never split, so it can be copied whole
            _wrap(out, clean(title), "• ", "  ")
            out.print(t(f"  {command}", "dim"), soft_wrap=True)


def _sources(out, entry: dict) -> None:
    out.print()
    out.print(t(f"Sources (reviewed {entry.get('reviewed', 'unknown')})", "bold"))
    for src in entry.get("sources", []):
        _wrap(out, f"{src.get('publisher', '')}: {src.get('title', '')}", "• ", "  ")
        url = Text("  ")
        url.append(clean(src.get("url", "")), style="blue")
        out.print(url, soft_wrap=True)  # unbroken, so it can be copied or clicked


def _footer(out) -> None:
    out.print()
    out.print(t(DISCLAIMER, "italic"))


NUMBERED = ("causes", "risk_factors", "complications")  # lists where the order and count matter


def _close(out, entry: dict, related: list[tuple[str, str]]) -> None:
    """Every answer ends the same way: related topics, sources with the review date, the disclaimer."""
    _related(out, related)
    _sources(out, entry)
    _footer(out)
    out.flush()


def section(entry: dict, section: str, related: list[tuple[str, str]]) -> None:
    out = page()
    _heading(out, entry["title"], section)
    out.print()
    if section == "when_to_seek_care":
        _care(out, entry.get("when_to_seek_care", {}))
    else:
        _items(out, entry["sections"].get(section, []), numbered=section in NUMBERED)
    _close(out, entry, related)


def article(entry: dict, related: list[tuple[str, str]]) -> None:
    out = page()
    _heading(out, entry["title"], None)
    if entry.get("aliases"):
        out.print(t("Also called: " + ", ".join(entry["aliases"]), "dim"))
    out.print()
    out.print(t(entry.get("summary", "")))
    for key in ("symptoms", "causes", "risk_factors", "diagnosis", "treatment", "prevention", "complications"):
        out.print()
        out.print(t(SECTION_TITLES[key], "bold"))
        _items(out, entry["sections"].get(key, []), numbered=key in NUMBERED)
    out.print()
    out.print(t(SECTION_TITLES["when_to_seek_care"], "bold"))
    _care(out, entry.get("when_to_seek_care", {}))
    codes = entry.get("codes", {})
    if codes:
        out.print()
        out.print(t("Codes: " + ", ".join(f"{k.upper()} {v}" for k, v in codes.items()), "dim"))
    _close(out, entry, related)


def related_list(entry: dict, related: list[tuple[str, str]]) -> None:
    out = page()
    _heading(out, entry["title"], None)
    if not related:
        out.print(t("No related topics."))
    _related(out, related)
    out.flush()


def matches(query: str, results) -> None:
    from rich.table import Table

    out = console()
    table = Table(title=None, show_edge=False, pad_edge=False, expand=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Condition", ratio=2)
    table.add_column("Matched", ratio=2)
    table.add_column("Score", justify="right", no_wrap=True)
    for n, m in enumerate(results, 1):
        table.add_row(str(n), t(m.title, "bold"), t(m.matched), str(m.score))
    out.print(table)
    if results:
        out.print(t(f"Open one: healthq show {results[0].id}", "dim"))


def listing(rows: list[dict], category_titles: dict[str, str]) -> None:
    out = console()
    current = None
    for row in sorted(rows, key=lambda r: (category_titles.get(r["category"], r["category"]), r["title"].lower())):
        if row["category"] != current:
            current = row["category"]
            if current is not None:
                out.print()
            out.print(t(category_titles.get(current, current), "bold"))
        line = Text("  ")
        line.append(clean(row["title"]))
        line.append(f"  {clean(row['id'])}", style="dim")
        out.print(line)
    out.print()
    out.print(t(f"{len(rows)} conditions. Open one: healthq show ID", "dim"))


def _age_text(years: float) -> str:
    if years < 1 / 12 * 3:
        return f"{round(years * 52)} weeks"
    if years < 2:
        return f"{round(years * 12)} months"
    return f"{years:g} years"


def check_report(report) -> None:
    from rich.table import Table

    out = console()
    label, advice, style = TRIAGE_TEXT[report.triage]
    banner = Text()
    banner.append(f" {label} ", style=style)
    banner.append(" " + advice, style="bold")
    out.print(banner)
    for flag in report.red_flags:
        mark = "!" if flag["level"] == "emergency" else ">"
        _wrap(out, flag["reason"], f"  {mark} ", "    ", "red" if flag["level"] == "emergency" else "yellow")
        _wrap(out, "What to do: " + flag["action"], "    ", "    ", "bold")
        if flag.get("symptoms"):
            _wrap(out, "You said: " + "; ".join(f"'{w}'" for w in flag["symptoms"][:4]), "    ", "    ", "dim")
    if report.triage_reason and not report.red_flags:
        out.print(t("  " + report.triage_reason, "dim"))
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
        line = f"  • {item['text']} → {item['name']}"
        if item["negated"]:
            line = f"  × {item['text']} → not: {item['name']}"
        if item.get("read_as"):
            line += f" (read {item['read_as']})"
        out.print(t(line, "dim" if item["negated"] else None))
    detail = report.modifiers + report.duration
    if detail:
        out.print(t("  Detail: " + ", ".join(detail)))
    for item in report.unrecognised:
        out.print(t(f"  ? {item} (not understood)", "yellow"))
    for note in report.notes:
        out.print(t(f"  Note: {note}", "yellow"))
    out.print()
    if report.results:
        table = Table(show_edge=False, pad_edge=False)
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column("Condition", ratio=2)
        table.add_column("Fits", ratio=3)
        table.add_column("Not mentioned", ratio=3)
        for n, r in enumerate(report.results, 1):
            table.add_row(str(n), t(r["title"], "bold"), t(", ".join(r["matched_names"])), t(", ".join(r["missing_names"][:4]), "dim"))
        out.print(t("Conditions that fit (most likely first)", "bold"))
        out.print(table)
        out.print(t(f"Read more: healthq show {report.results[0]['id']}", "dim"))
    else:
        out.print(t("No condition in the dataset fits these symptoms well."))
    out.print()
    out.print(t(DISCLAIMER, "italic"))




def compare(a: dict, b: dict) -> None:
    """Two conditions side by side (stacked on narrow screens): what tells them apart."""
    out = console()
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
        out.print(table)
    else:
        for entry, side in ((a, 1), (b, 2)):
            out.print(t(entry["title"], "bold underline"))
            for row in rows:
                _wrap(out, row[side], f"{row[0]}: ", "  ")
            out.print()
    out.print(t(f"Read more: healthq show {a['id']}   healthq show {b['id']}", "dim"), overflow="ignore", crop=False)
    out.print()
    out.print(t(DISCLAIMER, "italic"))


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
