"""The installed `healthq` command as a real process: pipes, broken pipes, NO_COLOR, exit codes."""

import os
import shutil
import subprocess
import sys

import pytest

EXE = shutil.which("healthq") or os.path.join(os.path.dirname(sys.executable), "healthq")
pytestmark = pytest.mark.skipif(not os.path.exists(EXE), reason="healthq is not installed as a command")


def run(*args, env=None, **kw):
    full = dict(os.environ)
    full.update(env or {})
    return subprocess.run([EXE, *args], capture_output=True, env=full, timeout=60, **kw)


def test_in_process_tests_import_the_working_tree():
    import healthq
    from conftest import ROOT

    assert os.path.realpath(healthq.__file__).startswith(os.path.realpath(ROOT / "src")), healthq.__file__


def test_piped_output_has_no_colour_and_exit_0():
    p = run("causes", "recurrent miscarriage")
    assert p.returncode == 0
    assert b"Antiphospholipid" in p.stdout and b"\x1b" not in p.stdout
    assert p.stderr == b""


def test_broken_pipe_is_quiet():
    p = subprocess.run(f"'{EXE}' show recurrent miscarriage | head -c 10", shell=True, capture_output=True, timeout=60)
    assert p.stdout.startswith(b"Recurrent")
    assert b"Traceback" not in p.stderr and b"BrokenPipe" not in p.stderr


def test_json_through_a_pipe_is_valid_and_unwrapped():
    import json

    p = run("list", "--json", env={"COLUMNS": "20"})
    assert p.returncode == 0
    rows = json.loads(p.stdout)
    assert rows and {"id", "title", "aliases", "category"} <= rows[0].keys()


def test_no_color_even_when_forced():
    p = run("causes", "recurrent miscarriage", env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert p.returncode == 0 and b"\x1b" not in p.stdout


def test_exit_codes_as_documented():
    assert run("--version").returncode == 0
    assert run("causes", "qwxz plorb zzzzq").returncode == 1
    assert run("causes").returncode == 2
    p = run("causes", "pcos", env={"HEALTHQ_DATA": "/nonexistent/x.json"})
    assert p.returncode in (0, 1) and b"Warning: ignoring" in p.stderr


def test_undecodable_argument_bytes():
    p = subprocess.run([EXE.encode(), b"causes", b"\xff\xfe"], capture_output=True, timeout=60)
    assert p.returncode in (1, 2) and b"Traceback" not in p.stderr


def test_python_dash_m():
    p = subprocess.run([sys.executable, "-m", "healthq", "--version"], capture_output=True, timeout=60)
    assert p.returncode == 0 and p.stdout.startswith(b"healthq ")


def test_c_locale_and_non_ascii_output():
    p = run("causes", "habitual abortion", env={"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""})
    assert p.returncode == 0 and b"Recurrent miscarriage" in p.stdout and b"Traceback" not in p.stderr


def test_unwritable_home_real_process(tmp_path):
    home = tmp_path / "ro-home"
    home.mkdir()
    home.chmod(0o500)
    try:
        p = run("causes", "--json", "pcos", env={"HOME": str(home), "HEALTHQ_CACHE_DIR": "", "XDG_CACHE_HOME": ""})
        assert p.returncode == 0 and b"polycystic-ovary-syndrome" in p.stdout and p.stderr == b""
    finally:
        home.chmod(0o700)
