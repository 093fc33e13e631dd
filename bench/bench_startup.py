"""Startup: process start to an interactive unlock window, against a bare PySide6 window.

Both are measured the same way in the same run: wall time from starting a fresh Python
process until the process reports (on stdout) that its event loop runs with the window
shown. Runs are interleaved; the median is reported.

Both run from compiled bytecode, as an installed app does (the bundle ships ``.pyc``;
site-packages and the standard library are compiled at install): a development shell
with ``PYTHONDONTWRITEBYTECODE=1`` would otherwise make every start compile Baken's own
modules from source, which no user's start does. The bytecode goes to a cache under the
run's temporary folder (written by the warm-up). ``startup_uncompiled_s`` is the same
start compiling from source each time (no target).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MARKER = "baken-window-shown"
PASSWORD = "bench-paars-fietsje-onder-de-brug-42"

# metric: (comparison, limit or factor, baseline metric or None)
TARGETS = {
    "startup_to_unlock_window_s": ("<=", 1.5, "bare_pyside6_window_s"),
}

BARE = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("Baken")
w.resize(1100, 720)
w.show()
def done():
    print({MARKER!r}, flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


# The same window started without the command-line layer (desktop.cli and the sub-command
# modules it imports): shows how much of the startup is the GUI itself. No target.
DIRECT = """
import argparse, sys
from ui.app import run
sys.exit(run(argparse.Namespace(data_dir=sys.argv[1], language=None, smoke_test=False)))
"""


def _time_to_marker(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.strip() == MARKER:
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"no window marker from {cmd[:3]}")
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return elapsed


def run(ctx: Any) -> dict[str, float]:
    from storage.vault import Vault

    data = ctx.tmp / "store"
    # Showing the unlock window never runs the KDF, so the store may use the cheap test
    # profile; that saves set-up time only and does not change what is measured.
    from storage import keys

    production = keys.kdf_for_new_slots
    keys.kdf_for_new_slots = lambda: keys.KdfParams(memory_kib=8192, iterations=1, lanes=1)
    try:
        store, _code = Vault(data).init(PASSWORD, password_only=True)
        store.close()
    finally:
        keys.kdf_for_new_slots = production

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["BAKEN_STARTUP_PROBE"] = "1"
    env["XDG_CONFIG_HOME"] = str(ctx.tmp / "config")  # no QSettings from the real profile
    uncompiled = dict(env, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ctx.tmp / "pycache")
    baken = [sys.executable, "-m", "desktop", "--data-dir", str(data)]
    bare = [sys.executable, "-c", BARE]
    direct = [sys.executable, "-c", DIRECT, str(data)]

    rounds = 1 if ctx.quick else 7
    # One warm-up of each so both start with the same file-system cache and bytecode.
    _time_to_marker(bare, env)
    _time_to_marker(baken, env)
    _time_to_marker(direct, env)
    bare_s: list[float] = []
    baken_s: list[float] = []
    direct_s: list[float] = []
    source_s: list[float] = []
    for _ in range(rounds):
        bare_s.append(_time_to_marker(bare, env))
        baken_s.append(_time_to_marker(baken, env))
        if not ctx.quick:
            direct_s.append(_time_to_marker(direct, env))
            source_s.append(_time_to_marker(baken, uncompiled))
    out = {
        "startup_to_unlock_window_s": statistics.median(baken_s),
        "bare_pyside6_window_s": statistics.median(bare_s),
    }
    if direct_s:
        out["startup_gui_without_cli_s"] = statistics.median(direct_s)
        out["startup_uncompiled_s"] = statistics.median(source_s)
    return out
