"""The terminal experience through the real process: pager (in a pty), closed pipes, a full disk,
shell completion in a throwaway HOME, narrow screens and the stderr notes a person reads."""

import fcntl
import json
import os
import pty
import select
import shutil
import struct
import subprocess
import sys
import termios
import time

import pytest

EXE = shutil.which("healthq") or os.path.join(os.path.dirname(sys.executable), "healthq")
pytestmark = pytest.mark.skipif(not os.path.exists(EXE), reason="healthq is not installed as a command")


def _env(extra=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "HEALTHQ_PAGER", "LESS", "COLUMNS", "LINES", *drop)}
    env.update(extra or {})
    return env


def in_pty(args, env=None, rows=24, cols=80, keys=(), timeout=30):
    """Run healthq with stdin, stdout and stderr on a pseudo-terminal of the given size.

    keys are typed one after another, each once the screen has been quiet for half a second.
    """
    keys = [keys] if isinstance(keys, bytes) else list(keys)
    pid, fd = pty.fork()
    if pid == 0:  # child
        try:
            os.execve(EXE, [EXE, *args], env or _env())
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    out, deadline = b"", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            if keys and out:
                os.write(fd, keys.pop(0))
            if os.waitpid(pid, os.WNOHANG) != (0, 0):
                break
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        out += data
    else:  # still running at the deadline: stop it, and fail
        os.killpg(os.getpgid(pid), 9) if pid else None
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 0
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace").replace("\r\n", "\n")


@pytest.fixture
def fake_pager(tmp_path):
    """A pager that records what it was given and the LESS it saw."""
    record = tmp_path / "paged.txt"
    script = tmp_path / "pager.sh"
    script.write_text(f'#!/bin/sh\necho "LESS=$LESS" > "{record}.env"\ncat > "{record}"\n')
    script.chmod(0o755)
    return str(script), record


# --- 1. the pager ---------------------------------------------------------------------------------

def test_long_output_on_a_terminal_goes_through_the_pager_with_less_frx(fake_pager):
    pager, record = fake_pager
    code, screen = in_pty(["show", "pcos"], _env({"PAGER": pager}), rows=24)
    assert code == 0
    paged = record.read_text()
    assert paged.startswith("\x1b[1;4mPolycystic ovary syndrome")  # colours kept for less -R
    assert paged.count("\n") > 100 and "Polycystic" not in screen
    assert (record.parent / "paged.txt.env").read_text().strip() == "LESS=FRX"


def test_the_users_own_less_setting_is_kept(fake_pager):
    pager, record = fake_pager
    in_pty(["show", "pcos"], _env({"PAGER": pager, "LESS": "-R"}))
    assert (record.parent / "paged.txt.env").read_text().strip() == "LESS=-R"


def test_healthq_pager_wins_over_pager(fake_pager):
    pager, record = fake_pager
    code, screen = in_pty(["list"], _env({"PAGER": "/nonexistent/pager", "HEALTHQ_PAGER": pager}))
    assert code == 0 and "Pregnancy and birth" in record.read_text()


@pytest.mark.parametrize("how", [["--no-pager", "show", "pcos"], ["show", "pcos", "--no-pager"], "HEALTHQ_PAGER="])
def test_no_pager_and_empty_healthq_pager_print_directly(fake_pager, how):
    pager, record = fake_pager
    env = {"PAGER": pager}
    args = how
    if how == "HEALTHQ_PAGER=":
        env["HEALTHQ_PAGER"] = ""
        args = ["show", "pcos"]
    code, screen = in_pty(args, _env(env))
    assert code == 0 and not record.exists()
    assert "Polycystic ovary syndrome" in screen and "This is general information" in screen


def test_output_that_fits_the_screen_is_not_paged(fake_pager):
    pager, record = fake_pager
    code, screen = in_pty(["related", "pcos"], _env({"PAGER": pager}), rows=60)
    assert code == 0 and not record.exists() and "Related topics" in screen


def test_never_paged_when_piped_or_json(fake_pager):
    pager, record = fake_pager
    p = subprocess.run([EXE, "show", "pcos"], capture_output=True, env=_env({"PAGER": pager}), timeout=60)
    assert p.returncode == 0 and p.stdout.startswith(b"Polycystic") and not record.exists()
    code, screen = in_pty(["show", "--json", "pcos"], _env({"PAGER": pager}))
    assert code == 0 and not record.exists() and '"id": "polycystic-ovary-syndrome"' in screen


def test_a_missing_pager_warns_and_prints_directly():
    code, screen = in_pty(["show", "pcos"], _env({"PAGER": "/nonexistent/pager"}))
    assert code == 0, screen
    assert screen.startswith("Warning: pager '/nonexistent/pager' not found; printing directly"), screen
    assert "Polycystic ovary syndrome" in screen


@pytest.mark.skipif(shutil.which("less") is None, reason="less is not installed")
def test_real_less_shows_the_top_and_q_quits_with_exit_0():
    code, screen = in_pty(["show", "pcos"], _env(), rows=24, keys=b"q")
    assert code == 0
    assert "Polycystic ovary syndrome" in screen  # the title is on the first screen, not scrolled away
    assert "Traceback" not in screen


# --- 2. a closed pipe is not an error -------------------------------------------------------------

OUTPUTS = [
    ["list"], ["search", "cancer"], ["check", "fever"], ["show", "pcos"], ["causes", "pcos"], ["related", "pcos"],
    ["list", "--json"], ["show", "--json", "pcos"], ["check", "fever", "--json"], ["--help"], ["causes", "--help"],
    [], ["--version"], ["--show-completion", "zsh"],
]
BUFFERING = [{"PYTHONUNBUFFERED": "1"}, {}]  # each write reaches the pipe at once, or only when the buffer fills


@pytest.mark.parametrize("buffering", BUFFERING, ids=["unbuffered", "buffered"])
@pytest.mark.parametrize("args", OUTPUTS, ids=[" ".join(a) or "bare" for a in OUTPUTS])
def test_every_command_exits_0_when_the_reader_closes_the_pipe(args, buffering):
    p = subprocess.Popen([EXE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(buffering, drop=["PYTHONUNBUFFERED"]))
    p.stdout.close()  # the reader is gone before healthq writes a byte
    err = p.stderr.read()
    assert p.wait(timeout=60) == 0, err
    assert err == b""


# --- 6. a full disk is not a bug ------------------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("buffering", BUFFERING, ids=["unbuffered", "buffered"])
@pytest.mark.parametrize("args", OUTPUTS, ids=[" ".join(a) or "bare" for a in OUTPUTS])
def test_a_full_disk_says_so_with_exit_74(args, buffering):
    with open("/dev/full", "w") as full:
        p = subprocess.run([EXE, *args], stdout=full, stderr=subprocess.PIPE, env=_env(buffering, drop=["PYTHONUNBUFFERED"]), timeout=60)
    assert p.returncode == 74
    assert p.stderr.decode() == "Error: cannot write output: no space left on device\n"


# --- 3. completion for the shell named, in a throwaway HOME ---------------------------------------

def _files(home):
    return sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())


@pytest.mark.parametrize("shell,expected", [
    ("bash", [".bash_completions/healthq.sh", ".bashrc"]),
    ("zsh", [".zfunc/_healthq", ".zshrc"]),
    ("fish", [".config/fish/completions/healthq.fish"]),
])
def test_install_completion_for_the_shell_named(tmp_path, shell, expected):
    home = tmp_path / "home"
    home.mkdir()
    p = subprocess.run([EXE, "--install-completion", shell], capture_output=True, env=_env({"HOME": str(home), "SHELL": "/bin/bash"}), timeout=60)
    assert p.returncode == 0, p.stderr
    assert _files(home) == expected
    assert p.stdout.decode().startswith(f"{shell} completion installed in {home}")


@pytest.mark.parametrize("args", [
    ["--install-completion", "banana"], ["--show-completion", "banana"], ["--install-completion", "zsh", "fish"],
    ["--debug", "--install-completion", "tcsh"],
])
def test_an_unknown_shell_is_rejected_and_no_file_changes(tmp_path, args):
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text("# mine\n")
    p = subprocess.run([EXE, *args], capture_output=True, env=_env({"HOME": str(home), "SHELL": "/bin/bash"}), timeout=60)
    assert p.returncode == 2 and p.stdout == b""
    assert p.stderr.decode().startswith("Error: ") and "bash, zsh, fish, powershell, pwsh" in p.stderr.decode()
    assert _files(home) == [".bashrc"] and (home / ".bashrc").read_text() == "# mine\n"


def test_show_completion_prints_the_script_for_the_shell_named(tmp_path):
    p = subprocess.run([EXE, "--show-completion", "zsh"], capture_output=True, env=_env({"HOME": str(tmp_path)}), timeout=60)
    assert p.returncode == 0 and b"compdef _healthq_completion healthq" in p.stdout
    p = subprocess.run([EXE, "--show-completion", "fish"], capture_output=True, env=_env({"HOME": str(tmp_path)}), timeout=60)
    assert p.returncode == 0 and p.stdout.startswith(b"complete --command healthq")
    assert list(tmp_path.iterdir()) == []


def test_installed_completion_still_completes_condition_names():
    env = _env({"_HEALTHQ_COMPLETE": "complete_bash", "COMP_WORDS": "healthq causes habit", "COMP_CWORD": "2"})
    p = subprocess.run([EXE], capture_output=True, env=env, timeout=60)
    assert b"habitual abortion" in p.stdout.splitlines()


# --- 4. mistakes that used to be accepted ---------------------------------------------------------

def test_debug_and_no_pager_are_accepted_after_the_command():
    # (that --debug then shows the traceback is tested in process: test_cli.py)
    p = subprocess.run([EXE, "causes", "pcos", "--debug", "--no-pager"], capture_output=True, env=_env(), timeout=60)
    assert p.returncode == 0 and b"Polycystic" in p.stdout
    p = subprocess.run([EXE, "causes", "--", "--debug"], capture_output=True, env=_env(), timeout=60)
    assert p.returncode in (1, 2) and b"Traceback" not in p.stderr  # after --, a word to look up


# --- 5. stderr notes on a narrow terminal ---------------------------------------------------------

def test_notes_on_a_terminal_wrap_between_words():
    code, screen = in_pty(["--no-pager", "causes", "angna"], _env(), cols=40)
    assert code == 0
    lines = screen.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Note: "))
    note = []
    for line in lines[start:]:
        if note and not line.startswith("  "):
            break
        note.append(line)
    assert len(note) >= 2 and all(len(line) <= 40 for line in note)
    text = " ".join(line.strip() for line in note)
    assert text.startswith("Note: showing Angina (closest match: 'Angina', score")


def test_notes_stay_one_line_when_stderr_is_not_a_terminal():
    p = subprocess.run([EXE, "causes", "angna"], capture_output=True, env=_env({"COLUMNS": "40"}), timeout=60)
    assert p.returncode == 0 and len(p.stderr.decode().splitlines()) == 1


def test_pager_and_completion_code_is_not_imported_unless_used():
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "healthq", "causes", "pcos"], capture_output=True, env=_env(), timeout=60)
    assert p.returncode == 0
    imported = p.stderr.decode()
    assert "healthq.render" in imported  # the probe sees healthq's own modules
    assert "healthq.pager" not in imported and "healthq.completion" not in imported


@pytest.mark.skipif(shutil.which("less") is None, reason="less is not installed")
def test_ctrl_c_in_the_pager_belongs_to_the_pager():
    code, screen = in_pty(["show", "pcos"], _env(), rows=24, keys=[b"\x03", b"q"])
    assert code == 0 and "Interrupted" not in screen and "Traceback" not in screen
