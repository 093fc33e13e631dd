"""Issue 7 UI with pytest-qt: handover import (wizard alternative), export, backups, merge.

Real SQLCipher stores and real handover/backup files in temporary folders; real widgets
offscreen; the background work runs through ui.operations on the real thread pool.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from storage import settings as store_settings
from storage.handover import export_handover
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD
from ui.context import AppContext
from ui.handover.import_dialog import ImportHandoverDialog

TIMEOUT = 60_000


def _export(store, tmp_path: Path):  # type: ignore[no-untyped-def]
    store_settings.put(store.db, "organisation.name", "ZVH Proefregio")
    return export_handover(store, tmp_path / "overdracht.baken-overdracht")


def test_wizard_import_from_real_handover(qtbot, new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exported = _export(new_store, tmp_path)
    source_id = new_store.store_id
    target = Vault(tmp_path / "opvolger")
    ctx = AppContext(target, "nl")
    dialog = ImportHandoverDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    dialog.set_file(exported.path)
    # Live typo feedback: one wrong word is reported, the right phrase accepted.
    words = exported.passphrase.split("-")
    typo = "-".join(["xyzzy", *words[1:]])
    dialog.passphrase.setText(typo)
    assert "typefout" in dialog.phrase_status.text() or "geldige" in dialog.phrase_status.text()
    assert not dialog.import_button.isEnabled()
    dialog.passphrase.setText(exported.passphrase.replace("-", " ").upper())
    assert dialog.phrase_status.text() == "De wachtwoordzin is geldig."
    dialog.fields.new.setText(NEW_PASSWORD)
    dialog.fields.confirm.setText(NEW_PASSWORD)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.store is not None or dialog.error.text() != "", timeout=TIMEOUT)
    assert dialog.error.text() == ""
    store = dialog.store
    assert store is not None and not store.closed
    assert store.store_id != source_id
    panel = dialog.panel
    assert panel is not None and panel.code_label.text().count("-") == 4
    # The recovery code must be checked before "Klaar" can be pressed; Esc does nothing.
    assert not dialog.finish_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    assert panel.check_edit is not None
    panel.check_edit.setText(panel.groups[panel.check_index])
    assert dialog.finish_button.isEnabled()
    dialog.finish_button.click()
    assert panel.code_label.text() == ""
    assert store_settings.get(store.db, "organisation.name") == "ZVH Proefregio"
    actions = [r[0] for r in store.db.query("SELECT action FROM audit_log")]
    assert "handover_import" in actions
    store.close()
    # The new store opens with the new password.
    Vault(tmp_path / "opvolger").unlock(NEW_PASSWORD).close()


def test_import_wrong_file_shows_message_and_nothing_created(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from storage.container import generate_passphrase

    bogus = tmp_path / "kapot.baken-overdracht"
    bogus.write_bytes(b"\0" * 8192)
    target = Vault(tmp_path / "opvolger")
    dialog = ImportHandoverDialog(AppContext(target, "nl"))
    qtbot.addWidget(dialog)
    dialog.set_file(bogus)
    dialog.passphrase.setText(generate_passphrase())
    dialog.fields.new.setText(NEW_PASSWORD)
    dialog.fields.confirm.setText(NEW_PASSWORD)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=TIMEOUT)
    assert dialog.store is None and not target.exists()
    assert dialog.import_button.isEnabled()


def test_wizard_offers_the_alternative_once_registered(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from ui import wizard as wizard_mod
    from ui.handover.import_dialog import register
    from ui.wizard import FirstRunWizard

    before = list(wizard_mod.FIRST_STEP_ALTERNATIVES)
    try:
        register()
        register()  # idempotent
        w = FirstRunWizard(AppContext(vault, "nl"))
        qtbot.addWidget(w)
        button = w.welcome_page.alternative_buttons["handover_import"]
        assert isinstance(button, QWidget)
        assert button.accessibleName() == "Overdracht importeren…"
    finally:
        wizard_mod.FIRST_STEP_ALTERNATIVES[:] = before
