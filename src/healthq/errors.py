"""Errors that reach the user as one line, and the exit codes they map to (documented in README)."""

OK = 0
NO_MATCH = 1  # nothing matched the query, or `validate` found problems
USAGE = 2  # bad command line
DATA_ERROR = 3  # a dataset could not be used
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
    """One line on stderr, plain text (no Rich: error paths and --json stay light)."""
    import sys

    from .text import clean

    print(f"{prefix}: {clean(text)}", file=sys.stderr)
