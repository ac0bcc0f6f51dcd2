"""Errors that reach the user as one line, the exit codes they map to (documented in README),
and the one function that prints a message on stderr."""

OK = 0
NO_MATCH = 1  # nothing matched the query, or `validate` found problems
USAGE = 2  # bad command line
DATA_ERROR = 3  # a dataset could not be used, or the installation is broken
INTERNAL = 4  # a bug: the message asks for --debug
INTERRUPTED = 130  # Ctrl-C


class HealthqError(Exception):
    """An expected failure: printed as `Error: <message>` with its exit code."""

    exit_code = DATA_ERROR

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(HealthqError):
    exit_code = USAGE


class DataError(HealthqError):
    """A dataset that cannot be used; `line` is the line of the file it names, when known."""

    exit_code = DATA_ERROR

    def __init__(self, message: str, exit_code: int | None = None, line: int | None = None):
        super().__init__(message, exit_code)
        self.line = line


def message(text: str, prefix: str = "Error") -> None:
    """One message on stderr, `Prefix: text`, plain (no Rich: error paths and --json stay light).

    Escape sequences and control characters are removed and line breaks shown as \\n, so text from
    the user or the data (a query, a path, a field name) can never forge a second line. On a
    terminal the message is wrapped between words; piped, it stays one line.
    """
    import sys

    from .text import one_line

    line = f"{prefix}: {one_line(text)}" if prefix else one_line(text)
    try:
        sys.stderr.write(for_stderr(line) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, UnicodeError):
        pass


def warn(text: str) -> None:
    """`Warning: text` on stderr, through message()."""
    message(text, prefix="Warning")


def note(text: str) -> None:
    """`Note: text` on stderr, through message()."""
    message(text, prefix="Note")


def for_stderr(text: str) -> str:
    """A message made safe for stderr; on a terminal, wrapped between words to its width.

    Piped or redirected, a message stays one line, so scripts and logs can match it whole.
    """
    import os
    import sys

    from .text import clean

    text = clean(text)
    try:
        if not sys.stderr.isatty():
            return text
        columns = os.environ.get("COLUMNS", "").strip()
        width = int(columns) if columns.isdigit() else os.get_terminal_size(sys.stderr.fileno()).columns
    except (AttributeError, ValueError, OSError):
        return text
    if width < 20 or len(text) <= width:
        return text
    import textwrap

    return "\n".join(textwrap.wrap(text, width=width, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False))


OUTPUT_ERROR = 74  # stdout cannot be written (a full disk, a device error): EX_IOERR in sysexits.h


class OutputError(HealthqError):
    """Writing to stdout failed for a reason other than a closed pipe."""

    exit_code = OUTPUT_ERROR

    @classmethod
    def from_os_error(cls, exc: OSError) -> "OutputError":
        reason = (exc.strerror or str(exc) or exc.__class__.__name__).strip()
        return cls(f"cannot write output: {reason[:1].lower() + reason[1:]}")
