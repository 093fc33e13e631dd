"""Renewing the recovery code is as safe as the wizard (issue 13 item 2): the new code is
shown whole, printable, checked by retyping; the old code stays valid until the new one is
confirmed (cancel, a lock mid-dialog or a crash before that leave it working)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.errors import WrongSecretError
from storage import audit
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.test_ui_shell import ORG, USER, unlock
from ui.context import ORG_NAME, USER_NAME, AppContext
from ui.main_window import MainWindow
from ui.operations import wait_for
from ui.pages.settings_page import NewRecoverySheetDialog

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def created(vault: Vault) -> tuple[Vault, str]:
    store, code = vault.init(PASSWORD, initial_settings={ORG_NAME: ORG, USER_NAME: USER})
    store.close()
    return vault, code


@pytest.fixture
def window(qtbot, created: tuple[Vault, str]) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ctx = AppContext(created[0], "nl")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.start()
    qtbot.waitExposed(win)
    yield win
    if ctx.is_unlocked:
        win.lock()


def _recovers(vault: Vault, code: str) -> bool:
    try:
        vault.recover(code, NEW_PASSWORD).close()
    except WrongSecretError:
        return False
    return True


def _actions(vault: Vault, password: str) -> list[str]:
    store = vault.unlock(password, record=False)
    try:
        return [e.action for e in audit.entries(store.db)]
    finally:
        store.close(record=False)


def test_prepare_writes_nothing_commit_switches_codes(created: tuple[Vault, str]) -> None:
    vault, old = created
    before = vault.keyfile_path.read_bytes()
    pending = vault.prepare_recovery_code(PASSWORD)
    assert vault.keyfile_path.read_bytes() == before  # memory only
    pending.forget()  # e.g. cancelled, or the process died here
    assert vault.keyfile_path.read_bytes() == before
    pending = vault.prepare_recovery_code(PASSWORD)
    new = pending.code
    vault.commit_recovery_code(pending)
    pending.forget()
    assert vault.keyfile_path.read_bytes() != before
    assert not _recovers(vault, old)
    assert _recovers(vault, new)


def _open_dialog(qtbot, win: MainWindow) -> NewRecoverySheetDialog:  # type: ignore[no-untyped-def]
    dlg = NewRecoverySheetDialog(win.ctx, win)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.password.setText(PASSWORD)
    dlg.make_code()
    wait_for(dlg.operation)  # Argon2id runs on a worker
    assert dlg.panel is not None and dlg.pending is not None
    return dlg


def test_cancel_keeps_the_old_code(qtbot, window: MainWindow, created) -> None:  # type: ignore[no-untyped-def]
    vault, old = created
    unlock(qtbot, window)
    dlg = _open_dialog(qtbot, window)
    assert not dlg.ok_button.isEnabled()  # not before the retype check
    dlg.close_button.click()
    assert not dlg.committed and dlg.panel.code_label.text() == ""  # type: ignore[union-attr]
    window.lock()
    assert _recovers(vault, old)


def test_lock_mid_dialog_keeps_the_old_code(qtbot, window: MainWindow, created) -> None:  # type: ignore[no-untyped-def]
    vault, old = created
    unlock(qtbot, window)
    dlg = _open_dialog(qtbot, window)
    new = dlg.pending.code
    window.lock()  # Ctrl+L / automatic lock: the dialog closes unconfirmed
    assert not dlg.isVisible() and not dlg.committed
    assert _recovers(vault, old)
    assert not _recovers(vault, new)


def test_confirm_after_retype_switches_codes(qtbot, window: MainWindow, created) -> None:  # type: ignore[no-untyped-def]
    vault, old = created
    unlock(qtbot, window)
    dlg = _open_dialog(qtbot, window)
    panel = dlg.panel
    assert panel is not None
    new = dlg.pending.code
    assert ORG.encode() in panel.sheet_pdf() or panel.sheet_pdf().startswith(b"%PDF")
    panel.check_edit.setText("WRONG")  # type: ignore[union-attr]
    assert not dlg.ok_button.isEnabled()
    panel.check_edit.setText(panel.groups[panel.check_index])  # type: ignore[union-attr]
    assert dlg.ok_button.isEnabled()
    dlg.ok_button.click()
    assert dlg.committed and not dlg.isVisible()
    window.lock()
    assert "recovery_code_new" in _actions(vault, PASSWORD)
    assert not _recovers(vault, old)
    assert _recovers(vault, new)


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_code_label_fits_at_1366x768(
    created: tuple[Vault, str], scale: str, tmp_path: Path
) -> None:
    vault, _old = created
    screens = {"screens": [{"name": "s", "x": 0, "y": 0, "width": 1366, "height": 768}]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=scale,
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
    )
    r = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "recovery_fit_probe.py"),
            str(vault.data_dir),
            PASSWORD,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["visible"]
    hint_w, hint_h = out["hint"]
    w, h = out["size"]
    assert w >= hint_w and h >= hint_h, out  # the whole code, top and bottom
    dw, dh = out["dialog"]
    sw, sh = out["screen"]
    assert dw <= sw and dh <= sh, out
