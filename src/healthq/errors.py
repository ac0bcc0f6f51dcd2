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
    exit_code = DATA_ERROR


def message(text: str, prefix: str = "Error") -> None:
    """One line on stderr, `Prefix: text`, plain (no Rich: error paths and --json stay light).

    Escape sequences and control characters are removed and line breaks shown as \\n, so text from
    the user or the data (a query, a path, a field name) can never forge a second line.
    """
    import sys

    from .text import one_line

    try:
        sys.stderr.write(f"{prefix}: {one_line(text)}\n" if prefix else one_line(text) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, UnicodeError):
        pass
