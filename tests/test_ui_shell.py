"""The desktop shell driven with pytest-qt: wizard, unlock, recovery, lock, auto-lock, paniek.

Real widgets offscreen, real SQLCipher stores in a temporary folder, the real (private)
gnome-keyring from conftest, real PDFs read back with pdftotext.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from storage import audit, keys
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD
from ui.context import (
    AUTOLOCK_MAX,
    AUTOLOCK_MINUTES,
    ORG_NAME,
    USER_NAME,
    AppContext,
)
from ui.main_window import MainWindow
from ui.operations import wait_for
from ui.pages.settings_page import ChangePasswordDialog, SettingsPage
from ui.wizard import PAGE_ORG, PAGE_PASSWORD, PAGE_RECOVERY, FirstRunWizard

ORG = "ZVH Proefregio"
USER = "Fictieve Tester"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without a usable keyring (keyring's own 'fail' backend)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def existing(vault: Vault) -> Vault:
    store, _code = vault.init(PASSWORD, initial_settings={ORG_NAME: ORG, USER_NAME: USER})
    store.close()
    return vault


@pytest.fixture
def window(qtbot, existing: Vault) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    ctx = AppContext(existing, "nl")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    if ctx.is_unlocked:
        win.lock()


def unlock(qtbot, win: MainWindow, password: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    win.unlock_view.password.setText(password)
    qtbot.keyClick(win.unlock_view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.workspace is not None)


def visible_texts(root: QWidget) -> str:
    parts = []
    for w in [root, *root.findChildren(QWidget)]:
        for attr in ("text", "toPlainText"):
            fn = getattr(w, attr, None)
            if callable(fn):
                with contextlib.suppress(TypeError):
                    parts.append(str(fn()))
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


# --- first run ---------------------------------------------------------------------------


def test_wizard_end_to_end_with_keyring(qtbot, vault: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(vault, "nl")
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == 0
    wizard.next()
    assert wizard.currentId() == PAGE_ORG
    assert not wizard.org_page.isComplete()
    qtbot.keyClicks(wizard.org_page.org_name, ORG)
    qtbot.keyClicks(wizard.org_page.user_name, USER)
    assert wizard.org_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_PASSWORD
    page = wizard.password_page
    assert page.keyring_ok and not page.password_only.isVisible()

    qtbot.keyClicks(page.fields.new, "welkom123")
    assert page.fields.meter.value() < 3
    assert not page.isComplete()
    page.fields.new.setText(PASSWORD)
    assert page.fields.meter.value() >= 3
    assert not page.isComplete(), "confirmation still empty"
    page.fields.confirm.setText(PASSWORD + "x")
    assert "niet gelijk" in page.fields.match.text()
    page.fields.confirm.setText(PASSWORD)
    assert page.isComplete()
    assert not vault.exists()
    wizard.next()  # commit page: creates the store, on a worker
    assert wizard.creating is not None and wizard.currentId() == PAGE_PASSWORD
    assert not page.isEnabled(), "no second click or edit while the store is made"
    wizard.reject()  # Escape meanwhile does not leave a half-finished first start
    assert wizard.isVisible()
    wait_for(wizard.creating)
    assert vault.exists()
    assert wizard.currentId() == PAGE_RECOVERY
    assert page.fields.new.text() == ""

    rec = wizard.recovery_page
    assert rec.panel is not None and rec.panel.check_edit is not None
    code = rec.panel.code_label.text()
    assert keys.normalize_recovery_code(code)  # a valid code with check character
    assert not rec.isComplete()
    rec.panel.check_edit.setText("ZZZZZ")
    assert not rec.isComplete()
    assert "klopt niet" in rec.panel.check_status.text()
    rec.panel.check_edit.setText(code.split("-")[rec.panel.check_index].lower())
    assert rec.isComplete()

    sheet = tmp_path / "herstelblad.pdf"
    rec.panel.save_sheet(sheet)
    text = pdf_text(sheet)
    assert code in text and ORG in text and "herstelblad" in text.lower()

    from PySide6.QtWidgets import QWizard

    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert ctx.is_unlocked
    assert ctx.setting(ORG_NAME) == ORG and ctx.setting(USER_NAME) == USER
    assert ctx.require_store().keyfile.mode == keys.MODE_KEYRING
    assert rec.panel.code_label.text() == "", "the code is dropped from the widgets"
    ctx.lock()
    # The code shown once really recovers the store.
    store = vault.recover(code, NEW_PASSWORD)
    store.close()


def test_wizard_without_keyring_needs_explicit_opt_in(qtbot, vault: Vault, no_keyring) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(vault, "nl")
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.org_page.org_name.setText(ORG)
    wizard.org_page.user_name.setText(USER)
    wizard.next()
    page = wizard.password_page
    assert not page.keyring_ok
    assert page.password_only.isVisible()
    assert "sleutelbos" in page.keyring_note.text()
    page.fields.new.setText(PASSWORD)
    page.fields.confirm.setText(PASSWORD)
    assert not page.isComplete(), "no keyring: only the documented opt-in may proceed"
    page.password_only.setChecked(True)
    assert page.isComplete()
    wizard.next()
    wait_for(wizard.creating)
    assert wizard.store is not None
    assert wizard.store.keyfile.mode == keys.MODE_PASSWORD_ONLY
    wizard.store.close()
    wizard.store = None


# --- unlock ------------------------------------------------------------------------------


def test_unlock_wrong_then_right(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win = window
    assert win.stack.currentWidget() is win.unlock_view
    assert win.lock_label.text() == "Vergrendeld"
    win.unlock_view.password.setText("dit-is-niet-het-wachtwoord")
    assert win.unlock_view.try_unlock() is True  # started: the key is derived on a worker
    assert "Bezig met ontgrendelen" in win.unlock_view.error.text()
    assert not win.unlock_view.password.isEnabled()  # the screen stays responsive, busy
    qtbot.waitUntil(lambda: "Onjuist wachtwoord" in win.unlock_view.error.text())
    assert win.unlock_view.password.isEnabled()
    assert not win.ctx.is_unlocked and win.workspace is None
    assert len(win.ctx.vault.failed_attempts()) == 1
    unlock(qtbot, win)
    assert win.ctx.is_unlocked
    assert USER in win.user_label.text()
    assert "Ontgrendeld" in win.lock_label.text()
    assert win.unlock_view.password.text() == ""
    assert win.workspace is not None
    assert win.workspace.current_key() == win.workspace.page_keys()[0], "starts on the first page"
    page = win.go_to("settings")
    assert isinstance(page, SettingsPage) and page.org_name.text() == ORG
    assert win.ctx.vault.failed_attempts() == [], "failures flushed into the audit log"


def test_growing_delay_after_repeated_failures(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.unlock_view
    for _ in range(3):
        view._start_wait(0)
        view.password.setText("fout-fout-fout")
        view.try_unlock()
        view.wait()
    assert window.ctx.vault.delay_seconds() >= 1
    assert view.remaining_wait() > 0
    assert not view.unlock_button.isEnabled()
    assert "wachten" in view.wait_label.text()
    view.password.setText(PASSWORD)
    assert view.try_unlock() is False, "the right password must also wait"
    assert not window.ctx.is_unlocked
    qtbot.waitUntil(view.unlock_button.isEnabled, timeout=10000)
    assert view.remaining_wait() == 0
    assert view.try_unlock() is True
    view.wait()
    assert window.ctx.is_unlocked


def test_recovery_dialog_sets_new_password(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault = Vault(data_dir)
    store, code = vault.init(PASSWORD, initial_settings={USER_NAME: USER})
    store.close()
    ctx = AppContext(vault, "nl")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start()
    win.unlock_view.forgot.click()
    dlg = win.unlock_view.recovery_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.code.setText(code.lower().replace("-", " "))
    dlg.fields.new.setText(NEW_PASSWORD)
    assert not dlg.ok_button.isEnabled()
    dlg.fields.confirm.setText(NEW_PASSWORD)
    assert dlg.ok_button.isEnabled()
    dlg.ok_button.click()
    assert dlg.operation is not None and not dlg.code.isEnabled()  # Argon2id on a worker
    qtbot.waitUntil(lambda: win.workspace is not None)
    assert ctx.is_unlocked
    win.lock()
    with pytest.raises(Exception, match="Onjuist"):
        vault.unlock(PASSWORD)
    vault.unlock(NEW_PASSWORD).close()


def test_recovery_dialog_wrong_code_message(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.unlock_view.open_recovery()
    dlg = window.unlock_view.recovery_dialog
    assert dlg is not None
    dlg.code.setText("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    dlg.fields.new.setText(NEW_PASSWORD)
    dlg.fields.confirm.setText(NEW_PASSWORD)
    dlg.ok_button.click()
    wait_for(dlg.operation)
    assert dlg.isVisible()
    assert "herstelcode" in dlg.error.text().lower()
    assert not window.ctx.is_unlocked
    dlg.reject()


# --- lock --------------------------------------------------------------------------------


def test_ctrl_l_locks_and_returns_to_same_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.go_to("security")
    store = window.ctx.store
    workspace = window.workspace
    assert store is not None and workspace is not None
    qtbot.keyClick(workspace.sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(workspace))
    assert store.closed and not window.ctx.is_unlocked
    assert window.stack.currentWidget() is window.unlock_view
    assert ORG not in visible_texts(window)
    unlock(qtbot, window)
    assert window.workspace is not None and window.workspace.current_key() == "security"


def test_menu_lock_action(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    assert window.lock_action.isEnabled()
    window.lock_action.trigger()
    assert not window.ctx.is_unlocked and not window.lock_action.isEnabled()


def test_auto_lock_empties_views_and_dialogs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    dlg = ChangePasswordDialog(window.ctx, page)
    dlg.show()
    window.ctx.copy_to_clipboard("ZVH-geheim-123")
    assert ORG in visible_texts(window)
    workspace = window.workspace
    window.idle.start(300)  # the setting is in minutes; a short timeout for the test
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=10000)
    assert window.workspace is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(workspace))
    assert not shiboken6.isValid(dlg), "the dialog with personal data is gone too"
    assert not shiboken6.isValid(page)
    assert window.stack.currentWidget() is window.unlock_view
    assert ORG not in visible_texts(window)
    assert not [w for w in window.findChildren(SettingsPage) if not w.isHidden()]
    assert QGuiApplication.clipboard().text() != "ZVH-geheim-123"


def test_activity_postpones_auto_lock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.idle.start(1500)
    # Keys that do no work of their own (Shift), so a loaded machine cannot stretch the
    # gaps between them past the timeout: 6 x 500 ms = 3 s of activity > 1.5 s timeout.
    for _ in range(6):
        qtbot.wait(500)
        qtbot.keyClick(window.workspace.sidebar, Qt.Key.Key_Shift)  # type: ignore[union-attr]
    assert window.ctx.is_unlocked, "input within the timeout keeps Baken unlocked"
    qtbot.waitUntil(lambda: not window.ctx.is_unlocked, timeout=6000)


def test_autolock_setting_default_and_maximum(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    assert window.ctx.autolock_minutes() == 5
    assert window.idle.timer.interval() == 5 * 60_000
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    assert page.autolock.maximum() == AUTOLOCK_MAX == 15
    page.autolock.setValue(40)
    assert page.autolock.value() == 15
    assert window.ctx.setting(AUTOLOCK_MINUTES) == 15
    assert window.idle.timer.interval() == 15 * 60_000
    assert page.autolock.text() == "15 minuten"
    page.autolock.setValue(1)
    assert page.autolock.text() == "1 minuut"  # Qt numerus forms (baken_nl.qm)
    page.autolock.setValue(15)
    window.ctx.put_settings({AUTOLOCK_MINUTES: 99})  # a bad stored value is clamped too
    assert window.ctx.autolock_minutes() == 15


def test_panic_shortcut_shows_neutral_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.show_help()
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    qtbot.keyClick(
        window.workspace.sidebar,  # type: ignore[union-attr]
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not window.ctx.is_unlocked and window.workspace is None
    qtbot.wait(20)  # deferred deletion of the workspace
    assert window.stack.currentWidget() is window.neutral_view
    assert window.menuBar().isHidden() and window.statusBar().isHidden()
    assert not window.help_dialog.isVisible()
    assert "Baken" not in window.windowTitle()
    assert ORG not in visible_texts(window) and USER not in visible_texts(window)
    qtbot.keyClick(window.neutral_view, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.unlock_view
    assert not window.menuBar().isHidden()


def test_lock_is_audited(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.panic()
    unlock(qtbot, window)
    window.lock()
    store = window.ctx.vault.unlock(PASSWORD, record=False)
    try:
        actions = [e.action for e in audit.entries(store.db)]
    finally:
        store.close(record=False)
    assert actions.count("unlock") == 2
    assert "lock_panic" in actions and "lock" in actions


# --- help, settings, change password -----------------------------------------------------


def test_f1_help_from_unlock_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.unlock_view.password, Qt.Key.Key_F1)
    dlg = window.help_dialog
    assert dlg is not None and dlg.isVisible()
    numbers = [dlg.help.channels.item(r, 1).text() for r in range(dlg.help.channels.rowCount())]
    for n in ("112", "0900-8844", "0800-5151", "0800-7000", "0800-2000", "0800-0188"):
        assert n in numbers
    assert dlg.help.signals.topLevelItemCount() == 4
    assert "Mensensmokkel" in visible_texts(dlg)
    assert not window.ctx.is_unlocked


def test_settings_save_updates_status_bar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    page.user_name.setText("")
    assert page.save() is False and page.error.isVisible()
    page.user_name.setText("Andere Tester")
    page.save_button.click()
    assert window.ctx.setting(USER_NAME) == "Andere Tester"
    assert "Andere Tester" in window.user_label.text()


def test_change_password_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dlg = ChangePasswordDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.old.setText("niet-het-oude-wachtwoord")
    dlg.fields.new.setText(NEW_PASSWORD)
    dlg.fields.confirm.setText(NEW_PASSWORD)
    assert dlg.ok_button.isEnabled()
    dlg.apply()
    assert dlg.operation is not None and not dlg.ok_button.isEnabled()  # on a worker
    wait_for(dlg.operation)
    assert "klopt niet" in dlg.error.text() and dlg.ok_button.isEnabled()
    dlg.old.setText(PASSWORD)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, lambda: _close_message_boxes())
    dlg.apply()
    wait_for(dlg.operation)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted)
    window.lock()
    window.ctx.vault.unlock(NEW_PASSWORD).close()


def _close_message_boxes() -> None:
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w.inherits("QMessageBox"):
            w.accept()  # type: ignore[attr-defined]


def test_new_recovery_sheet_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.settings_page import NewRecoverySheetDialog

    unlock(qtbot, window)
    dlg = NewRecoverySheetDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.password.setText("fout-wachtwoord")
    dlg.make_code()
    wait_for(dlg.operation)
    assert dlg.panel is None and "klopt niet" in dlg.error.text()
    dlg.password.setText(PASSWORD)
    dlg.make_code()
    wait_for(dlg.operation)
    assert dlg.panel is not None
    code = dlg.panel.code_label.text()
    assert ORG in dlg.panel.sheet_pdf().decode("latin-1", "ignore") or code
    dlg.panel.check_edit.setText(dlg.panel.groups[dlg.panel.check_index])  # retype check
    dlg.ok_button.click()  # confirmed: only now is the new code written
    assert dlg.committed and dlg.panel.code_label.text() == ""
    window.lock()
    window.ctx.vault.recover(code, NEW_PASSWORD).close()


def test_every_input_has_label_and_accessible_name(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    roots: list[QWidget] = [window]
    window.go_to("settings")
    window.show_help()
    assert window.help_dialog is not None
    roots.append(window.help_dialog)
    dlg = ChangePasswordDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    roots.append(dlg)
    missing = []
    for root in roots:
        buddies = {id(lbl.buddy()) for lbl in root.findChildren(QLabel) if lbl.buddy()}
        for field in root.findChildren(QLineEdit):
            if field.parent() is not None and field.parent().inherits("QAbstractSpinBox"):
                continue
            if not field.accessibleName() or id(field) not in buddies:
                missing.append(f"{type(root).__name__}: {field.objectName() or field}")
        for button in root.findChildren(QAbstractButton):
            if not button.text() and not button.accessibleName():
                continue
    assert not missing, missing


# --- the app entry point ------------------------------------------------------------------


def test_smoke_test_flag_with_and_without_store(cli, existing: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    result = cli("--data-dir", str(existing.data_dir), "--smoke-test", timeout=60)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 30
    fresh = tmp_path / "leeg"
    result = cli("--data-dir", str(fresh), "--smoke-test", "--language", "en", timeout=60)
    assert result.returncode == 0, result.stderr
    assert not (fresh / "baken.db").exists(), "the wizard creates nothing until confirmed"


def test_status_bar_shows_last_backup(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.events import Change
    from storage import backup

    unlock(qtbot, window)
    assert window.backup_label.text() == "Nog geen back-up"
    backup.create_backup(window.ctx.require_store(), folder=tmp_path / "backups")
    window.ctx.publish(Change.of("backup"))
    text = window.backup_label.text()
    assert text.startswith("Laatste back-up: ")
    assert re.fullmatch(r"Laatste back-up: \d\d-\d\d-\d{4} \d\d:\d\d", text), text
    window.lock()
    assert window.backup_label.text() == ""


def test_context_lock_from_elsewhere_drops_the_views(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.ctx.lock()
    assert window.workspace is None
    assert window.stack.currentWidget() is window.unlock_view


def test_wizard_has_no_dead_alternative_buttons(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from ui import wizard as wizard_mod

    assert wizard_mod.FIRST_STEP_ALTERNATIVES == []
    w = FirstRunWizard(AppContext(vault, "nl"))
    qtbot.addWidget(w)
    assert w.welcome_page.alternative_buttons == {}


def test_wizard_first_step_alternative_finishes_with_its_store(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """How the handover issue plugs in "Overdracht importeren" without editing the wizard."""
    from ui import wizard as wizard_mod

    def import_handover(ctx: AppContext, parent: QWidget):  # type: ignore[no-untyped-def]
        store, _code = ctx.vault.init(PASSWORD, initial_settings={USER_NAME: USER})
        return store

    alt = wizard_mod.FirstStepAlternative(
        "handover", lambda: "Overdracht &importeren", import_handover
    )
    wizard_mod.FIRST_STEP_ALTERNATIVES.append(alt)
    try:
        ctx = AppContext(vault, "nl")
        w = FirstRunWizard(ctx)
        qtbot.addWidget(w)
        w.show()
        button = w.welcome_page.alternative_buttons["handover"]
        assert button.accessibleName() == "Overdracht importeren"
        button.click()
        assert w.result() == QDialog.DialogCode.Accepted
        assert ctx.is_unlocked and ctx.setting(USER_NAME) == USER
        ctx.lock()
    finally:
        wizard_mod.FIRST_STEP_ALTERNATIVES.remove(alt)


def test_language_choice_order(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.app import choose_language
    from ui.context import QSETTINGS_LANGUAGE, app_qsettings

    settings = app_qsettings()
    settings.remove(QSETTINGS_LANGUAGE)
    assert choose_language(None) == "nl", "Dutch is the default"
    settings.setValue(QSETTINGS_LANGUAGE, "en")
    try:
        assert choose_language(None) == "en"
        assert choose_language("nl") == "nl", "--language wins"
        settings.setValue(QSETTINGS_LANGUAGE, "xx")
        assert choose_language(None) == "nl"
    finally:
        settings.remove(QSETTINGS_LANGUAGE)


def test_qsettings_hold_nothing_personal(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.context import app_qsettings

    unlock(qtbot, window)
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    page.language.setCurrentIndex(page.language.findData("en"))
    window.close()
    settings = app_qsettings()
    settings.sync()
    blob = Path(settings.fileName()).read_bytes()
    assert ORG.encode() not in blob and USER.encode() not in blob
    assert b"language=en" in blob
    settings.remove("ui/language")


def test_keyring_entry_gone_points_to_recovery(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """New user profile / wiped keyring: a clear message, and the recovery code gets back in."""
    from storage.secrets import OsKeyring

    vault = Vault(data_dir)
    store, code = vault.init(PASSWORD, initial_settings={USER_NAME: USER})
    store_id = store.store_id
    store.close()
    OsKeyring().delete(store_id)
    ctx = AppContext(vault, "nl")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start()
    win.unlock_view.password.setText(PASSWORD)
    win.unlock_view.try_unlock()
    win.unlock_view.wait()
    assert "herstelcode" in win.unlock_view.error.text().lower()
    win.unlock_view.open_recovery()
    dlg = win.unlock_view.recovery_dialog
    assert dlg is not None
    dlg.code.setText(code)
    dlg.fields.new.setText(NEW_PASSWORD)
    dlg.fields.confirm.setText(NEW_PASSWORD)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: win.workspace is not None)
    win.lock()
    vault.unlock(NEW_PASSWORD).close()  # the keyring entry is back


def test_security_explanation_reachable_while_locked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.security_page import SecurityPage

    assert window.security_action.isEnabled()
    window.security_action.trigger()
    dlg = window.security_dialog
    assert dlg is not None and dlg.isVisible()
    page = dlg.findChild(SecurityPage)
    assert page is not None and "Ctrl+Shift+L" in page.toPlainText()
    window.panic()
    assert not dlg.isVisible(), "paniek closes it too"
