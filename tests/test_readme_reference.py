"""The README's command reference is generated from the Typer app; a stale README fails here."""

import importlib.util
import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "cli_reference.py"


def _module():
    spec = importlib.util.spec_from_file_location("cli_reference", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_command_reference_is_current():
    p = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr + " (run: python scripts/cli_reference.py)"


def test_the_reference_is_the_help_of_every_command(cli):
    ref = _module().reference()
    from healthq.cli import app
    import typer.main

    names = typer.main.get_command(app).list_commands(None)
    assert len(names) >= 14
    for name in names:
        assert f"### `healthq {name}`" in ref
        assert f"Usage: healthq {name} [OPTIONS]" in ref
    assert "--install-completion [SHELL]" in ref and "--sex <female|male>" in ref


def test_a_stale_reference_is_detected(tmp_path, monkeypatch):
    module = _module()
    readme = tmp_path / "README.md"
    readme.write_text(module.updated((ROOT / "README.md").read_text(encoding="utf-8")).replace("Ranked matches", "Ranked hits"), encoding="utf-8")
    monkeypatch.setattr(module, "README", readme)
    assert module.main(["--check"]) == 1
    assert module.main([]) == 0 and module.main(["--check"]) == 0
    assert "Ranked matches" in readme.read_text(encoding="utf-8")
