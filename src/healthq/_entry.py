"""The `healthq` console script: fast paths first, then the CLI, and one place that maps errors to exit codes."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:  # the reader closed the pipe: not an error
        _silence_stdout()
        return 0
    except OSError as exc:  # the output did not fit (a full disk is not a bug), or stdout is unusable
        from .errors import OutputError

        error = OutputError.from_os_error(exc)
        _say(f"Error: {error}")
        _silence_stdout()
        return error.exit_code
    except ValueError:  # stdout closed by the caller
        return 0


def _main(argv: list[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args in (["--version"], ["-V"]):
        from . import __version__

        sys.stdout.write(f"healthq {__version__}\n")
        return 0
    args = _hoist(args)
    core = [a for a in args if a not in GLOBAL_FLAGS]
    if core and core[0] in ("--install-completion", "--show-completion"):
        from .completion import completion_command

        return completion_command(core)
    if "_HEALTHQ_COMPLETE" in os.environ:  # the shell asking for completions: Typer's completion classes
        from typer._completion_classes import completion_init

        completion_init()
    debug = "--debug" in args or os.environ.get("HEALTHQ_DEBUG") == "1"
    return run(args, debug)


GLOBAL_FLAGS = ("--debug", "--no-pager")


def _hoist(args: list[str]) -> list[str]:
    """Global flags typed after the command (`healthq show pcos --no-pager`) move before it.

    Only before `--`: after it every word is a term.
    """
    end = args.index("--") if "--" in args else len(args)
    flags = [a for a in args[:end] if a in GLOBAL_FLAGS]
    if not flags:
        return args
    return flags + [a for a in args[:end] if a not in GLOBAL_FLAGS] + args[end:]


def _say(text: str) -> None:
    """One message on stderr; never fails."""
    try:
        from .errors import for_stderr

        sys.stderr.write(for_stderr(text) + "\n")
    except (OSError, ValueError, UnicodeError):
        pass


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run(args: list[str], debug: bool) -> int:
    from .errors import INTERNAL, INTERRUPTED, USAGE, HealthqError, OutputError

    say = _say

    try:
        import typer

        from .cli import app

        result = app(args=args, prog_name="healthq", standalone_mode=False)
        if result == INTERRUPTED:  # Typer returns Ctrl-C as the exit code 130
            say("Interrupted.")
        return result if isinstance(result, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except HealthqError as exc:
        say(f"Error: {exc}")
        if isinstance(exc, OutputError):
            _silence_stdout()  # what is left in the buffer must not fail again at exit
        return exc.exit_code
    except typer.Abort:
        say("Interrupted.")
        return INTERRUPTED
    except typer.TyperException as exc:  # Click's usage errors: one line, then where to get help
        if type(exc).__name__ == "NoArgsIsHelpError" and getattr(exc, "ctx", None) is not None:
            sys.stdout.write(exc.ctx.get_help() + "\n")  # bare `healthq`: the help, not an error
            return 0  # (a failed write goes up to main, which handles it)
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        ctx = getattr(exc, "ctx", None)
        where = ctx.command_path if ctx is not None else "healthq"
        say(f"Error: {message.strip()}")
        say(f"Try '{where} --help'.")
        return getattr(exc, "exit_code", USAGE) or USAGE
    except KeyboardInterrupt:
        say("Interrupted.")
        return INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except SystemExit as exc:
        if _unpacify():  # Click answers a closed pipe with exit 1; a reader that stopped is not an error
            _silence_stdout()
            return 0
        raise
    except OSError as exc:
        if _stdout_failed() or (exc.filename is None and exc.errno in _output_errnos()):  # any write to stdout that failed for a reason other than a closed pipe
            error = OutputError.from_os_error(exc)
            say(f"Error: {error}")
            _silence_stdout()
            return error.exit_code
        if debug:
            raise
        say(f"Error: internal error ({exc.__class__.__name__}): {exc}. Run again with --debug for details and please report it.")
        return INTERNAL
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a message
        if debug:
            raise
        say(f"Error: internal error ({exc.__class__.__name__}): {exc}. Run again with --debug for details and please report it.")
        return INTERNAL


def _output_errnos() -> set:
    """A write that failed for lack of room or a device error (a file that cannot be opened has a name)."""
    import errno

    return {errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EIO}


def _unpacify() -> bool:
    """Undo Click's closed-pipe wrappers on stdout and stderr; True when there were any."""
    found = False
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if type(stream).__name__ == "PacifyFlushWrapper":
            setattr(sys, name, stream.wrapped)
            found = True
    return found


def _stdout_failed() -> bool:
    """Whether stdout is what failed: its buffer cannot be written either."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return False
    except OSError:
        return True
    except ValueError:
        return False
    return False


def console_main() -> None:
    sys.exit(main())
