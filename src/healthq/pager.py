"""Paging long output, as git does. Imported only when output is about to be paged.

The command is $HEALTHQ_PAGER, else $PAGER, else `less -R`; an empty value or `cat` means no pager.
`less` gets LESS=FRX unless the user set LESS: quit at once when the text fits one screen (F),
keep the colours (R), and leave the text on the screen afterwards (X).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys

DEFAULT = "less -R"


def pager_command() -> str | None:
    """The pager to run, or None for none."""
    command = os.environ.get("HEALTHQ_PAGER")
    if command is None:
        command = os.environ.get("PAGER")
    if command is None:
        command = DEFAULT
    command = command.strip()
    return None if command in ("", "cat") else command


def page_text(text: str) -> bool:
    """Show text through the pager. False when no pager could be started: the caller prints it."""
    command = pager_command()
    if command is None:
        return False
    try:
        program = shlex.split(command)[0]
    except (ValueError, IndexError):
        program = ""
    if not program or shutil.which(program) is None:
        from .errors import warn

        warn(f"pager '{command[:60]}' not found; printing directly (set PAGER, or HEALTHQ_PAGER= for none)")
        return False
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")  # lv, the other common pager, keeps colours with -c
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    import signal

    try:
        sys.stdout.flush()
        # a plain command runs directly, so the pager is the only process that reads the keyboard;
        # one with shell syntax (a pipe, a variable) runs through the shell, as git does
        plain = not any(c in command for c in "|&;<>()$`\\\"'*?[]#~=%{}\n")
        argv = shlex.split(command) if plain else command
        process = subprocess.Popen(argv, shell=not plain, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    # While the pager runs, Ctrl-C is the pager's (less uses it to stop a search), as in git
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        try:
            process.stdin.write(text.encode(encoding, "replace"))
            process.stdin.close()
        except OSError:  # the reader quit (q) before reading everything: not an error
            pass
        process.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return True
