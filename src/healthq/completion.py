"""Shell completion: `--install-completion [SHELL]` and `--show-completion [SHELL]`.

Installs for the shell named (or, with no name, the shell running), and rejects any other name
with exit code 2 before touching a file. Imported only for these two options.
"""

from __future__ import annotations

import sys

SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
PROG = "healthq"
COMPLETE_VAR = "_HEALTHQ_COMPLETE"  # the variable the installed scripts set to ask for completions


def _current_shell() -> str | None:
    try:
        import shellingham

        return shellingham.detect_shell()[0]
    except Exception:  # noqa: BLE001 - detection is best effort
        return None


def completion_command(args: list[str]) -> int:
    """Handle `--install-completion [SHELL]` / `--show-completion [SHELL]` (args start with the option)."""
    from .errors import OUTPUT_ERROR, USAGE, message

    option, rest = args[0], args[1:]
    choices = ", ".join(SHELLS)
    if len(rest) > 1:
        message(f"{option} takes one shell name ({choices}), not '{' '.join(rest)[:80]}'")
        return USAGE
    named = rest[0] if rest else None
    shell = named if named is not None else _current_shell()
    if shell is None:
        message(f"cannot tell which shell is running; name it, e.g. 'healthq {option} bash' ({choices})")
        return USAGE
    if shell.lower() not in SHELLS:
        which = f"unsupported shell '{shell[:40]}'" if named is not None else f"the shell running ({shell[:40]}) is not supported; name one"
        message(f"{which}; choose one of: {choices}")
        return USAGE
    shell = shell.lower()
    from typer._completion_shared import get_completion_script, install

    if option == "--show-completion":
        sys.stdout.write(get_completion_script(prog_name=PROG, complete_var=COMPLETE_VAR, shell=shell) + "\n")
        return 0
    try:
        _, path = install(shell=shell, prog_name=PROG, complete_var=COMPLETE_VAR)
    except (OSError, __import__("subprocess").SubprocessError) as exc:
        message(f"cannot install {shell} completion: {exc}")
        return OUTPUT_ERROR
    sys.stdout.write(f"{shell} completion installed in {path}\nIt takes effect in a new terminal.\n")
    return 0
