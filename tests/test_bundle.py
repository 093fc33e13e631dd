"""The PyInstaller one-folder bundle builds, reports its version, opens a store and starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, ROOT


@pytest.mark.slow
def test_bundle_builds_and_starts(tmp_path: Path) -> None:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.fail("PyInstaller ontbreekt: ./dev.sh test installeert .[dev,build]")
    dist, work = tmp_path / "dist", tmp_path / "build"
    r = subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    exe = dist / "baken" / "baken"
    assert (dist / "baken" / "_internal" / "resources" / "signals.json").exists()

    r = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("baken "), r.stderr

    # The bundled program opens a store made by the source tree, through the real keyring.
    from storage.vault import Vault

    data = tmp_path / "data"
    Vault(data).init(PASSWORD)[0].close()
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD + "\n")
    r = subprocess.run(
        [str(exe), "verify", "--data-dir", str(data), "--password-file", str(pw)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "geslaagd" in r.stdout

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [str(exe), "--smoke-test", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert r.returncode == 0, r.stderr[-3000:]
