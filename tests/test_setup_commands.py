"""The README's set-up commands and what the app does without a desktop to run on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, run_cli


def test_gui_without_display_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "d"), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1, result.stderr
    assert "geen beeldscherm gevonden" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "d").exists()  # nothing created


def test_display_missing_rules() -> None:
    from ui.app import display_missing

    assert display_missing({}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({}, "win32")
    assert not display_missing({}, "darwin")


def test_dev_sh_run_installs_only_the_app_and_test_installs_bundle_tools() -> None:
    text = (ROOT / "dev.sh").read_text(encoding="utf-8")
    run_block = text.split("    run)", 1)[1].split(";;", 1)[0]
    test_block = text.split("    test)", 1)[1].split(";;", 1)[0]
    assert 'ensure_venv ""' in run_block and "TEST_PKGS" not in run_block
    assert "$BUNDLE_PKGS" in test_block and "$(libpython_pkg)" in test_block
    assert "binutils" in text


def test_ci_runs_the_readme_commands_on_a_fresh_root() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "fresh-machine" in ci
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "./dev.sh run" in readme and "./dev.sh test" in readme


def test_smoke_test_still_starts(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path / "d"), "--smoke-test", timeout=60)
    assert result.returncode == 0, result.stderr
