"""Issue 7 UI with pytest-qt: handover import (wizard alternative), export, backups, merge.

Real SQLCipher stores and real handover/backup files in temporary folders; real widgets
offscreen; the background work runs through ui.operations on the real thread pool.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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


# --- page "Overdracht en back-ups" ---------------------------------------------------------


def _page(qtbot, store):  # type: ignore[no-untyped-def]
    from ui.handover.page import HandoverPage

    ctx = AppContext(store.vault, "nl")
    ctx.set_store(store)
    page = HandoverPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    return ctx, page


def test_export_shows_passphrase_once_and_file_imports(qtbot, new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from storage.handover import import_handover

    _ctx, page = _page(qtbot, new_store)
    out = tmp_path / "uit.baken-overdracht"
    page.start_export(out)
    qtbot.waitUntil(lambda: page.passphrase_dialog is not None, timeout=TIMEOUT)
    dialog = page.passphrase_dialog
    assert dialog is not None and out.exists()
    shown = dialog.phrase_label.text()
    words = list(dialog.words)
    assert len(words) == 11 and all(w in shown for w in words)
    # Printable sheet, made in memory: the words are on it.
    pdf = tmp_path / "blad.pdf"
    pdf.write_bytes(dialog.sheet_pdf())
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert all(w in text for w in words)
    pdf.unlink()
    # Retype check gates "Klaar".
    assert not dialog.done_button.isEnabled()
    dialog.check_edit.setText("fout")
    assert not dialog.done_button.isEnabled()
    dialog.check_edit.setText(words[dialog.check_index])
    assert dialog.done_button.isEnabled()
    dialog.done_button.click()
    assert dialog.phrase_label.text() == ""
    qtbot.waitUntil(lambda: page.passphrase_dialog is None)
    result = import_handover(Vault(tmp_path / "opvolger"), out, "-".join(words), NEW_PASSWORD)
    assert result.manifest.source_store_id == new_store.store_id


def test_backup_now_then_restore(qtbot, new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.conftest import PASSWORD

    folder = tmp_path / "usb"
    folder.mkdir()
    ctx, page = _page(qtbot, new_store)
    assert "nog geen back-up" in page.status_label.text()
    page.set_folder(folder)
    assert page.folder_label.text() == str(folder)
    assert not page.restore_button.isEnabled()
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.operation is None, timeout=TIMEOUT)
    assert "Laatste geslaagde back-up" in page.status_label.text()
    assert any(p.is_dir() for p in folder.iterdir())
    # A change after the backup, which the restore takes away again.
    store_settings.put(new_store.db, "organisation.name", "Na de back-up")
    page.table.selectRow(0)
    assert page.restore_button.isEnabled()
    page.inspect_button.click()
    qtbot.waitUntil(lambda: page.last_check is not None, timeout=TIMEOUT)
    assert page.last_check is not None and page.last_check.ok
    assert "in orde" in page.check_label.text()

    # Cancelling the confirmation changes nothing.
    def answer(button_text: str) -> None:
        box = page.confirm_box
        assert box is not None
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(50, lambda: answer("Annuleren"))
    page.restore_button.click()
    assert ctx.is_unlocked
    QTimer.singleShot(50, lambda: answer("Terugzetten"))
    page.restore_button.click()
    assert not ctx.is_unlocked  # locked at once; the swap runs in a worker
    qtbot.waitUntil(
        lambda: any(
            w.isVisible() and "teruggezet" in getattr(w, "text", lambda: "")()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=TIMEOUT,
    )
    store = Vault(new_store.vault.data_dir).unlock(PASSWORD)
    try:
        assert store_settings.get(store.db, "organisation.name") != "Na de back-up"
        actions = [r[0] for r in store.db.query("SELECT action FROM audit_log")]
        assert "restore" in actions
    finally:
        store.close()


def test_merge_with_one_conflict_resolved(qtbot, new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from desktop.cases.service import CaseService
    from storage import transfer
    from tests.handover_data import fill
    from ui.handover.merge import ConflictDialog

    ids = fill(new_store, dossiers=2, notes=2)
    b, _ = Vault(tmp_path / "collega").init(NEW_PASSWORD)
    a = new_store
    first = transfer.export_transfer(a, [ids[1]], tmp_path / "p1.baken-pakket")
    transfer.apply_merge(b, transfer.plan_merge(b, first.path, first.passphrase))
    sa, sb = CaseService(a), CaseService(b)
    x = sorted(sa.timeline(ids[1]), key=lambda n: n.id)[0].id

    def note(svc, nid):  # type: ignore[no-untyped-def]
        return next(n for n in svc.timeline(ids[1]) if n.id == nid)

    sb.update_note(dataclasses.replace(note(sb, x), text="B: andere versie"))
    sa.update_note(dataclasses.replace(note(sa, x), text="A: weer anders"))

    ctx_b, page = _page(qtbot, b)
    picker = page.picker
    assert picker.model.rowCount() == 1
    # B exports its dossier from the page too (transfer of selected dossiers).
    picker.model.setData(
        picker.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert page.checked_dossiers() == [ids[1]]

    third = transfer.export_transfer(a, [ids[1]], tmp_path / "p3.baken-pakket")
    page.start_merge(third.path, third.passphrase)
    qtbot.waitUntil(lambda: getattr(page, "conflict_dialog", None) is not None, timeout=TIMEOUT)
    dialog = page.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    [conflict] = dialog.plan.conflicts
    # Side by side: the changed field with both values.
    texts = [
        w.item(r, c).text()
        for w in dialog.findChildren(type(page.table))
        for r in range(w.rowCount())
        for c in range(3)
    ]
    assert "B: andere versie" in texts and "A: weer anders" in texts
    assert not dialog.ok.isEnabled()
    dialog.choose(conflict.key, "incoming")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=TIMEOUT)
    assert page.last_summary is not None and page.last_summary.resolved == 1
    assert note(sb, x).text == "A: weer anders"
    ctx_b.lock()
    a.close()


# --- automatic backups ----------------------------------------------------------------------


def test_automatic_backup_after_unlock(qtbot, new_store) -> None:  # type: ignore[no-untyped-def]
    from storage import backup as bk
    from ui.handover.auto_backup import install

    ctx = AppContext(new_store.vault, "nl")
    auto = install(ctx)
    changes = []
    ctx.changed.connect(changes.append)
    ctx.set_store(new_store)
    qtbot.waitUntil(lambda: len(auto.made) == 1, timeout=TIMEOUT)
    assert [e.reason for e in bk.list_backups(new_store)] == ["automatisch"]
    assert any(c.touches("backup") for c in changes)
    assert not bk.backup_due(new_store)
    ctx.lock()  # not due any more: no second backup before the lock
    assert len(auto.made) == 1


def test_automatic_backup_before_lock_but_not_on_paniek(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from storage import backup as bk
    from tests.conftest import PASSWORD
    from ui.handover.auto_backup import install

    store, _code = vault.init(PASSWORD)
    ctx = AppContext(vault, "nl")
    auto = install(ctx)
    ctx.set_store(store)
    ctx.lock(action="lock_panic")  # before the unlock backup started: none at all
    qtbot.wait(50)
    assert auto.made == [] and store.closed

    store = vault.unlock(PASSWORD)
    ctx.set_store(store)
    ctx.lock()  # the lock waits for the due backup, then closes the store
    assert len(auto.made) == 1 and store.closed
    qtbot.wait(50)
    store = vault.unlock(PASSWORD)
    try:
        assert [e.reason for e in bk.list_backups(store)] == ["automatisch"]
    finally:
        store.close()
