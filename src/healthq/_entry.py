"""The `healthq` console script: fast paths first, then the CLI, and one place that maps errors to exit codes.

Nothing here may assume that an import succeeded: Ctrl-C can arrive during any import at start-up,
and a dependency can be missing or broken. Every outcome is one line on stderr and a documented
exit code, never a traceback (unless --debug asks for one).
"""

from __future__ import annotations

import os
import sys

INTERRUPTED = 130  # also in errors.py; repeated so Ctrl-C is handled before anything is imported


def main(argv: list[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        _say("Interrupted.")
        return INTERRUPTED
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
    except Exception as exc:
        if _interrupted(exc):  # Ctrl-C that struck while a class was being made, handed on inside another error
            _say("Interrupted.")
            return INTERRUPTED
        raise


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
    """One line on stderr, even when healthq's own modules could not be imported."""
    try:
        from .errors import message

        message(text, prefix="")
    except KeyboardInterrupt:
        raise
    except Exception:  # noqa: BLE001 - the last resort must not fail
        try:
            sys.stderr.write(text.replace("\n", "\\n").replace("\x1b", "") + "\n")
        except (OSError, ValueError, UnicodeError):
            pass


def _interrupted(exc: BaseException) -> bool:
    """Ctrl-C that Python handed on inside another exception: a KeyboardInterrupt raised while a class
    is made (Python 3.11 wraps an error in __set_name__, as in Rich's dataclasses, in a RuntimeError
    caused by it) is still the user pressing Ctrl-C, not a bug."""
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, KeyboardInterrupt):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run(args: list[str], debug: bool) -> int:
    try:
        from .errors import DATA_ERROR, INTERNAL, USAGE, HealthqError, OutputError
        from .index import IndexStale
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken installation
        if _interrupted(exc):
            raise KeyboardInterrupt from None
        _say(f"Error: healthq is not installed properly ({exc.__class__.__name__}: {exc}); reinstall healthq")
        return 3
    _crisis_first(args, _say)
    try:
        import typer  # noqa: F401 - a missing or broken typer is reported here

        from .cli import app
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - typer missing or broken
        if _interrupted(exc):
            raise KeyboardInterrupt from None
        if debug:
            raise
        _say(
            f"Error: healthq cannot start: the typer library is missing or broken ({exc.__class__.__name__}: {exc}); "
            "reinstall healthq, for example 'pip install --force-reinstall healthq'"
        )
        return DATA_ERROR

    args = _route_question(app, args)
    every = list(app.registered_commands)
    app.registered_commands[:] = _only_the_command(every, args)
    try:
        return _invoke(app, args, debug)
    finally:
        app.registered_commands[:] = every  # in-process callers (the tests) run again with all of them


def _only_the_command(commands: list, args: list[str]) -> list:
    """The command a run needs: Typer builds a Click command, with every parameter converted, for each
    registered command on every run (about 18 ms for all of healthq's), and a run uses one. With no
    command named (help, completion) or a word that is not one (Typer suggests the closest), all."""
    first = _first_word(args)
    if first is None:
        return commands
    mine = [c for c in commands if c.name == args[first]]
    return mine or commands


def _invoke(app, args: list[str], debug: bool) -> int:
    from .errors import DATA_ERROR, INTERNAL, USAGE, HealthqError, OutputError  # imported by run already
    from .index import IndexStale
    import typer

    Exit, Abort, ClickException = typer.Exit, typer.Abort, typer.TyperException
    for attempt in (0, 1):
        try:
            result = app(args=args, prog_name="healthq", standalone_mode=False)
            if result == INTERRUPTED:  # Typer returns Ctrl-C as the exit code 130
                _say("Interrupted.")
            return result if isinstance(result, int) else 0
        except IndexStale as exc:
            if attempt == 0:
                continue  # the stale index was thrown away: answer again from a fresh one
            _say(f"Error: {exc}")
            return exc.exit_code
        except Exit as exc:
            return exc.exit_code
        except HealthqError as exc:
            _say(f"Error: {exc}")
            if isinstance(exc, OutputError):
                _silence_stdout()  # what is left in the buffer must not fail again at exit
            return exc.exit_code
        except Abort:
            _say("Interrupted.")
            return INTERRUPTED
        except ClickException as exc:  # Click's usage errors: one line, then where to get help
            if type(exc).__name__ == "NoArgsIsHelpError" and getattr(exc, "ctx", None) is not None:
                sys.stdout.write(exc.ctx.get_help() + "\n")  # bare `healthq`: the help, not an error
                return 0  # (a failed write goes up to main, which handles it)
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            ctx = getattr(exc, "ctx", None)
            where = ctx.command_path if ctx is not None else "healthq"
            _say(f"Error: {message.strip()}")
            _say(f"Try '{where} --help'.")
            return getattr(exc, "exit_code", USAGE) or USAGE
        except KeyboardInterrupt:
            raise
        except BrokenPipeError:
            _silence_stdout()
            return 0
        except SystemExit:
            if _unpacify():  # Click answers a closed pipe with exit 1; a reader that stopped is not an error
                _silence_stdout()
                return 0
            raise
        except OSError as exc:
            if _stdout_failed() or (exc.filename is None and exc.errno in _output_errnos()):
                error = OutputError.from_os_error(exc)  # a write to stdout failed, not for a closed pipe
                _say(f"Error: {error}")
                _silence_stdout()
                return error.exit_code
            if debug:
                raise
            _say(f"Error: internal error ({exc.__class__.__name__}): {exc}. Run again with --debug for details and please report it.")
            return INTERNAL
        except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a message
            if _interrupted(exc):
                raise KeyboardInterrupt from None
            if debug:
                raise
            _say(f"Error: internal error ({exc.__class__.__name__}): {exc}. Run again with --debug for details and please report it.")
            return INTERNAL
    return INTERNAL


def _first_word(args: list[str]) -> int | None:
    """Where the command (or the question) starts, after the global options; None when there is none
    or when help, the version or completion is asked for first."""
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--data":
            i += 2
            continue
        if a in GLOBAL_FLAGS:
            i += 1
            continue
        if not a.startswith("-"):
            return i
        if a in ("--help", "-h", "--version", "-V", "--install-completion", "--show-completion"):
            return None
        i += 1
    return None


def _route_question(app, args: list[str]) -> list[str]:
    """`healthq what causes kidney stones?`: words that are not a command are a question for `ask`.

    A first word that looks like a mistyped command ("cuases") is left for Typer to reject as an
    unknown command (with a suggestion), not read as a question.
    """
    first = _first_word(args)
    if first is None:
        return args
    names = [c.name for c in app.registered_commands if c.name]
    word = args[first]
    if word in names:
        return args
    import difflib

    if " " not in word and difflib.get_close_matches(word.lower(), names, n=1, cutoff=0.75):
        return args
    return args[:first] + ["ask"] + args[first:]


# The command names (tests/test_crisis_model.py holds them to the app's) and the options that take a value:
# neither is what the person typed about themselves, and the crisis word model weighs every word it is given.
COMMANDS = ("causes", "symptoms", "treatment", "diagnosis", "prevention", "risks", "complications", "when", "ask",
            "compare", "show", "related", "search", "list", "check", "validate")
_VALUE_OPTIONS = ("--data", "--limit", "-n", "--category", "-c", "--age", "--sex")


def typed_words(args: list[str]) -> list[str]:
    """The words typed about oneself: not the command name, an option or an option's value; after `--`, every word."""
    first = _first_word(args)
    words: list[str] = []
    skip = False
    for i, a in enumerate(args):
        if a == "--":
            return words + args[i + 1:]
        if skip or a in _VALUE_OPTIONS:
            skip = not skip and a in _VALUE_OPTIONS
            continue
        if a.startswith("-") or (i == first and a in COMMANDS):
            continue
        words.append(a)
    return words


def _crisis_first(args: list[str], say) -> None:
    """Any command: words about wanting to die or self-harm get the crisis message before anything else (the
    phrases, or the crisis word model when it is sure), and words only the model reads so, less surely, get
    its question (crisis.ASK)."""
    from . import crisis

    first = _first_word(args)
    # validate's arguments are file names ("self-harm.json"), not what someone feels
    words = [] if first is not None and args[first] == "validate" else typed_words(args)
    reader = crisis.crisis_reader(*words) if words else None
    crisis.SHOWN = reader in ("phrases", "sure")
    if crisis.SHOWN:
        say(crisis.MESSAGE)
    elif reader == "model":
        say(crisis.ASK)


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
    try:
        code = main()
    except KeyboardInterrupt:
        _say("Interrupted.")
        code = INTERRUPTED
    _no_collection_at_exit()
    sys.exit(code)


def _no_collection_at_exit() -> None:
    """The run is over: spare the interpreter's shutdown the cyclic garbage collector. At exit Python
    runs full collections that walk every object still alive (the libraries' modules, `check`'s
    tables): 13-19 ms of CPU time in a `check` (benchmarks/startup.py), only to free memory the
    process hands back anyway. Frozen objects are still freed as their modules are cleared, atexit
    handlers still run and every stream is still flushed; only cycles among them are left to the
    operating system."""
    try:
        import gc

        gc.freeze()
    except Exception:  # noqa: BLE001 - an interpreter without it only exits more slowly
        pass
