"""Start-up (issue 16): the unlock window shows before the vault's libraries load, the rest
loads on a background thread, and unlocking works however early the user presses Enter.

Each start runs as a fresh process (``ui.app.run``, as ``baken`` does), on a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import PASSWORD, ROOT

# A check scheduled before ui.app.run() runs in the first turn of its event loop, before
# the preload that run() schedules: what is loaded then is what the unlock window cost.
SHOWN = """
import json, sys
from argparse import Namespace
from PySide6.QtCore import QTimer
from ui.app import make_app, run

app = make_app()

def check():
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
    print(json.dumps({
        "visible": window.isVisible(),
        "unlock_view": window.stack.currentWidget() is window.unlock_view,
        "modules": sorted(sys.modules),
    }), flush=True)
    app.quit()

QTimer.singleShot(0, check)
sys.exit(run(Namespace(data_dir=sys.argv[1], language=None, smoke_test=False)))
"""

# Type the password and press Enter in the first turn of the event loop (``early``: before
# the preload starts; ``during``: just after it started), then wait for the workspace.
ENTER = """
import sys, time
from argparse import Namespace
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from ui.app import make_app, run

app = make_app()
when, password = sys.argv[2], sys.argv[3]

def enter():
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
    loaded = "storage.vault" in sys.modules
    QTest.keyClicks(window.unlock_view.password, password)
    QTest.keyClick(window.unlock_view.password, Qt.Key.Key_Return)
    deadline = time.monotonic() + 60

    def poll():
        if window.ctx.is_unlocked and window.workspace is not None:
            from PySide6.QtGui import QFontDatabase
            from ui.handover.auto_backup import AutoBackup
            from ui.exchange.inbox import InboxWatcher
            fonts = "Noto Sans Arabic" in QFontDatabase.families()
            wired = window.ctx.findChild(AutoBackup) is not None and (
                window.ctx.findChild(InboxWatcher) is not None)
            print("unlocked", "vault-loaded-before" if loaded else "vault-not-loaded-before",
                  "fallback-fonts" if fonts else "no-fallback-fonts",
                  "features-wired" if wired else "features-missing", flush=True)
            app.quit()
        elif window.unlock_view.operation is None:  # finished without unlocking
            print("refused", window.unlock_view.error.text(), flush=True)
            app.quit()
        elif time.monotonic() > deadline:
            print("timeout", window.unlock_view.error.text(), flush=True)
            app.quit()
        else:
            QTimer.singleShot(10, poll)

    poll()

if when == "early":
    QTimer.singleShot(0, enter)
else:  # re-posted: runs after run()'s own first timer (the preload) has started
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, enter))
sys.exit(run(Namespace(data_dir=sys.argv[1], language=None, smoke_test=False)))
"""

# Loaded only once unlocking starts (or by the background preload after the window shows).
NOT_BEFORE_THE_WINDOW = (
    "storage.vault",
    "storage.db",
    "storage.keys",
    "storage.audit",
    "storage.container",
    "storage.backup",
    "storage.handover",
    "sqlcipher3",
    "cryptography",
    "argon2",
    "keyring",
    "platformdirs",
    "desktop.session",
    "desktop.drafts",
    "desktop.commands",
    "desktop.cli_cases",
    "ui.drafts",
    "ui.workspace",
    "ui.wizard",
    "desktop.exchange",
    "pyrage",
)


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": args[0] + "-cfg"}
    env.pop("BAKEN_STARTUP_PROBE", None)  # the benchmark's probe would quit first
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


@pytest.fixture
def store_dir(vault) -> Path:  # type: ignore[no-untyped-def]
    store, _code = vault.init(PASSWORD, password_only=True)
    store.close()
    return Path(vault.data_dir)


def test_the_unlock_window_shows_before_the_vault_loads(store_dir: Path) -> None:
    out = _run(SHOWN, str(store_dir))
    assert out.returncode == 0, out.stderr[-2000:]
    shown = json.loads(out.stdout.strip().splitlines()[-1])
    assert shown["visible"] and shown["unlock_view"]
    loaded = set(shown["modules"])
    early = sorted(
        name
        for name in loaded
        if any(name == m or name.startswith(m + ".") for m in NOT_BEFORE_THE_WINDOW)
    )
    assert early == [], early
    assert "PySide6.QtWidgets" in loaded  # the check itself saw the real window


@pytest.mark.parametrize("when", ["early", "during"])
def test_enter_at_once_unlocks(store_dir: Path, when: str) -> None:
    """The user types the password and presses Enter before (or while) the vault loads:
    the unlock waits for it and opens the store, no error, no traceback."""
    out = _run(ENTER, str(store_dir), when, PASSWORD)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1].startswith("unlocked"), out.stdout
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
    assert "fallback-fonts" in out.stdout.split()  # registered once the window showed
    # automatic backups and the inbox watcher are wired in the loop's first turn, before
    # an unlock started even earlier can finish
    assert "features-wired" in out.stdout.split()
    if when == "early":
        assert "vault-not-loaded-before" in out.stdout  # the race this test is about


def test_enter_at_once_with_a_wrong_password_is_refused(store_dir: Path) -> None:
    out = _run(ENTER, str(store_dir), "early", "niet-het-wachtwoord")
    assert out.returncode == 0, out.stderr[-2000:]
    assert "refused" in out.stdout and "Onjuist wachtwoord" in out.stdout, out.stdout


def test_app_vault_answers_as_the_vault_does(tmp_path: Path) -> None:
    """The unlock window's plain file checks give the real Vault's answers."""
    from desktop.vault import AppVault
    from storage import datafolder
    from storage.vault import Vault

    folder = tmp_path / "d"
    folder.mkdir()
    app, real = AppVault(folder), Vault(folder)
    assert (app.exists(), app.delay_seconds()) == (real.exists(), real.delay_seconds())
    assert not app.exists()
    (folder / datafolder.KEYFILE_NAME).write_text("{}")
    assert app.exists() and real.exists()
    (folder / datafolder.KEYFILE_NAME).unlink()
    (folder / datafolder.DB_NAME).write_bytes(b"x")
    assert app.exists() and real.exists()
    for n in range(8):
        (folder / datafolder.FAILURES_NAME).write_text(json.dumps({"failures": ["t|x"] * n}))
        assert app.delay_seconds() == real.delay_seconds() == [0, 0, 0, 1, 2, 4, 8, 15][n]
    (folder / datafolder.FAILURES_NAME).write_text("{damaged")
    assert app.delay_seconds() == real.delay_seconds() == 0.0
    # The vault it makes is the real one, with the app's access arguments.
    made = AppVault(folder, access="write", lock_wait=0).vault
    assert isinstance(made, Vault) and made.access == "write" and made.lock_wait == 0


TOKENS = [
    "--data-dir",
    "--data-dir=x y",
    "--data-dir=",
    "D",
    "",
    "--language",
    "nl",
    "en",
    "xx",
    "--language=en",
    "--smoke-test",
    "--smoke",
    "--data",
    "-x",
    "info",
    "--",
    "--help",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=6))
def test_the_app_options_read_without_a_parser_as_argparse_reads_them(argv: list[str]) -> None:
    """The GUI's fast path (no parser built) reads exactly what the full parser reads, and
    leaves everything else (abbreviations, errors, commands) to it."""
    from desktop import cli

    plain = cli._plain_app_options(argv)
    if plain is None:
        return
    full = cli.build_parser().parse_args(argv)  # accepted, not an error
    assert getattr(full, "func", None) is None  # no command: the app starts
    assert (full.data_dir, full.language, full.smoke_test) == (
        plain.data_dir,
        plain.language,
        plain.smoke_test,
    )
    assert cli._gui_args(argv) == plain
