"""The `healthq` console script: fast paths first, then the CLI, and one place that maps errors to exit codes."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args in (["--version"], ["-V"]):
        from . import __version__

        sys.stdout.write(f"healthq {__version__}\n")
        return 0
    debug = "--debug" in args or os.environ.get("HEALTHQ_DEBUG") == "1"
    code = run(args, debug)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except (OSError, ValueError):
        pass
    return code


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run(args: list[str], debug: bool) -> int:
    from .errors import INTERNAL, INTERRUPTED, USAGE, HealthqError
    from .text import clean

    def say(text: str) -> None:
        try:
            sys.stderr.write(clean(text) + "\n")
        except (OSError, ValueError, UnicodeError):
            pass

    _crisis_first(args, say)
    try:
        import typer

        from .cli import app

        args = _route_question(app, args)
        result = app(args=args, prog_name="healthq", standalone_mode=False)
        if result == INTERRUPTED:  # Typer returns Ctrl-C as the exit code 130
            say("Interrupted.")
        return result if isinstance(result, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except HealthqError as exc:
        say(f"Error: {exc}")
        return exc.exit_code
    except typer.Abort:
        say("Interrupted.")
        return INTERRUPTED
    except typer.TyperException as exc:  # Click's usage errors: one line, then where to get help
        if type(exc).__name__ == "NoArgsIsHelpError" and getattr(exc, "ctx", None) is not None:
            sys.stdout.write(exc.ctx.get_help() + "\n")  # bare `healthq`: the help, not an error
            return 0
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
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a message
        if debug:
            raise
        say(f"Error: internal error ({exc.__class__.__name__}): {exc}. Run again with --debug for details and please report it.")
        return INTERNAL


def _route_question(app, args: list[str]) -> list[str]:
    """`healthq what causes kidney stones?`: words that are not a command are a question for `ask`."""
    first = next((i for i, a in enumerate(args) if not a.startswith("-")), None)
    if first is None:
        return args
    names = {c.name for c in app.registered_commands} | {"--help"}
    if args[first] in names or any(a in ("--help", "-h", "--version", "-V", "--install-completion", "--show-completion") for a in args[:first]):
        return args
    if any(a.startswith("--data") for a in args[:first]):
        return args[:first] + ["ask"] + args[first:]
    return ["ask"] + args


def _crisis_first(args: list[str], say) -> None:
    """Any command: words about wanting to die or self-harm get the crisis message before anything else."""
    from . import crisis

    words = [a for a in args if not a.startswith("-")]
    crisis.SHOWN = bool(words) and crisis.mentions_crisis(*words)
    if crisis.SHOWN:
        say(crisis.MESSAGE)


def console_main() -> None:
    sys.exit(main())
