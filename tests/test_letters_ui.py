"""Brieven and Documenten tabs with pytest-qt on a real encrypted store: consent gate
dialog, field picker, preview from memory, the register, documents."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.letters import LetterService
from storage.vault import Vault
from tests.conftest import PASSWORD
from tests.letters_demo import INPUTS, Demo, logo_png, populate
from ui.cases.dossier_tabs import DossierTabContext, extra_tabs
from ui.context import USER_NAME, AppContext
from ui.letters.register_page import RegisterPage
from ui.letters.tabs import DocumentsTab, LettersTab


@pytest.fixture
def env(qtbot, vault: Vault) -> Iterator[tuple[AppContext, Demo]]:  # type: ignore[no-untyped-def]
    store, _ = vault.init(PASSWORD, initial_settings={USER_NAME: "Fictieve Tester"})
    demo = populate(store, logo=True)
    ctx = AppContext(vault, "nl")
    ctx.set_store(store)
    yield ctx, demo
    if ctx.is_unlocked:
        ctx.lock()


def _tab(ctx: AppContext, demo: Demo, cls):  # type: ignore[no-untyped-def]
    return cls(DossierTabContext(ctx, ctx.require_session().cases, demo.dossier_id))


def _combo_to(box: QComboBox, key: str) -> None:
    i = box.findData(key)
    assert i >= 0, key
    box.setCurrentIndex(i)


def test_tabs_are_registered() -> None:
    keys = [spec.key for spec in extra_tabs()]
    assert "brieven" in keys and "documenten" in keys


def test_consent_gate_dialog(qtbot, env) -> None:  # type: ignore[no-untyped-def]
    ctx, demo = env
    tab = _tab(ctx, demo, LettersTab)
    qtbot.addWidget(tab)
    _combo_to(tab.template, "verwijzing_hulpverlening")
    _combo_to(tab.recipient, demo.ggz_id)
    assert "Geen geldige toestemming" in tab.consent_state.text()
    tab.make_button.click()
    gate = tab.gate
    assert gate is not None and gate.isVisible()
    assert not gate.ok.isEnabled()  # no reason yet
    # Cancel: nothing is made.
    gate.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert LetterService(ctx.require_store()).letters(demo.dossier_id) == []
    # Again, with a reason typed on the keyboard.
    tab.make_button.click()
    gate = tab.gate
    assert gate is not None
    qtbot.keyClicks(gate.reason, "Acuut gevaar: vandaag nog hulp nodig.")
    assert gate.ok.isEnabled()
    if os.environ.get("BAKEN_SCREENSHOTS"):
        gate.grab().save(str(Path(os.environ["BAKEN_SCREENSHOTS"]) / "brieven-toestemming.png"))
    gate.ok.click()
    qtbot.waitUntil(lambda: tab.current_letter is not None)
    assert tab.viewer.page_count >= 1
    assert tab.print_button.isEnabled() and tab.save_button.isEnabled()
    svc = LetterService(ctx.require_store())
    [letter] = svc.letters(demo.dossier_id)
    assert letter.reason == "Acuut gevaar: vandaag nog hulp nodig." and letter.consent_id is None
    assert tab.letters.topLevelItemCount() == 1
    assert tab.register.topLevelItemCount() == 1
    assert tab.register.topLevelItem(0).text(1) == "gemaakt"


def test_field_picker_preview_and_save(qtbot, env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, demo = env
    tab = _tab(ctx, demo, LettersTab)
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    _combo_to(tab.template, "verwijsbrief_opvang")
    _combo_to(tab.recipient, demo.shelter_id)
    assert "Geldige toestemming" in tab.consent_state.text()
    # Defaults ticked; untick the birth date, tick the safe contact.
    birth = tab.picker.item_for("client.birth_date")
    safe = tab.picker.item_for("client.safe_contact")
    assert birth is not None and safe is not None
    assert birth.checkState(0) == Qt.CheckState.Checked
    assert safe.checkState(0) == Qt.CheckState.Unchecked
    birth.setCheckState(0, Qt.CheckState.Unchecked)
    safe.setCheckState(0, Qt.CheckState.Checked)
    assert tab.selection is not None
    assert "client.birth_date" not in tab.selection.selected
    assert "client.safe_contact" in tab.selection.selected
    edit = tab.inputs["request.kind"]
    assert isinstance(edit, QLineEdit)
    edit.setText(INPUTS["request.kind"])
    # Preview: from memory, nothing kept, print/save not offered for a concept.
    tab.preview_button.click()
    assert tab.viewer.page_count >= 1
    page = tab.viewer.document.render(0, QSize(210, 297))
    dark = sum(
        1
        for y in range(0, 297, 3)
        for x in range(0, 210, 3)
        if QColor(page.pixel(x, y)).lightness() < 160
    )
    assert dark > 50  # the page has text on it (not a blank render)
    assert tab.current_letter is None and not tab.save_button.isEnabled()
    svc = LetterService(ctx.require_store())
    assert svc.letters(demo.dossier_id) == []
    # Make: consent present, no gate.
    tab.make_button.click()
    assert tab.gate is None
    qtbot.waitUntil(lambda: tab.current_letter is not None)  # made and read back on a worker
    [letter] = svc.letters(demo.dossier_id)
    assert "client.birth_date" not in letter.fields and "client.safe_contact" in letter.fields
    out = tmp_path / "brief.pdf"
    assert tab.save_letter_to(out)
    assert out.read_bytes()[:5] == b"%PDF-"
    actions = sorted(tab.register.topLevelItem(i).text(1) for i in range(2))
    assert actions == ["gemaakt", "opgeslagen"]
    if os.environ.get("BAKEN_SCREENSHOTS"):
        tab.show()
        qtbot.waitExposed(tab)
        qtbot.wait(1500)  # QPdfView renders pages asynchronously
        tab.grab().save(str(Path(os.environ["BAKEN_SCREENSHOTS"]) / "brieven-tab.png"))
    # The overall register page shows the same rows.
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.topLevelItemCount() == 2
    assert "2 verstrekkingen" in page.summary.text()


def test_documents_tab(qtbot, env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, demo = env
    tab = _tab(ctx, demo, DocumentsTab)
    qtbot.addWidget(tab)
    png = tmp_path / "scan.png"
    png.write_bytes(logo_png())
    assert tab.add_file(png, "beschikking")
    assert tab.list.topLevelItemCount() == 1
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    assert tab.viewer.stack.currentIndex() == 2  # the image view
    if os.environ.get("BAKEN_SCREENSHOTS"):
        tab.resize(1000, 500)
        tab.grab().save(str(Path(os.environ["BAKEN_SCREENSHOTS"]) / "documenten-tab.png"))
    assert tab.save_button.isEnabled()
    bad = tmp_path / "virus.pdf"
    bad.write_bytes(b"MZ not a pdf")
    assert not tab.add_file(bad)
    assert "PDF-, JPG- en PNG" in tab.error.text() and tab.list.topLevelItemCount() == 1
    # Locking wipes what is shown.
    ctx.lock()
    assert tab.viewer.stack.currentIndex() == 0 and tab.viewer.image.pixmap().isNull()


def test_inputs_have_labels_and_accessible_names(qtbot, env) -> None:  # type: ignore[no-untyped-def]
    ctx, demo = env
    tab = _tab(ctx, demo, LettersTab)
    qtbot.addWidget(tab)
    buddies = {lbl.buddy() for lbl in tab.findChildren(QLabel) if lbl.buddy() is not None}
    for w in tab.findChildren(QWidget):
        if not isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox)):
            continue
        if isinstance(w.parent(), QComboBox):
            continue
        assert w.accessibleName(), type(w)
        assert w in buddies, w.accessibleName()
    assert tab.picker in buddies and tab.picker.accessibleName()


def test_letterhead_dialog(qtbot, env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.letters.letterhead import LetterheadDialog

    ctx, demo = env
    tab = _tab(ctx, demo, LettersTab)
    qtbot.addWidget(tab)
    tab.letterhead_button.click()
    dlg = tab.letterhead_dialog
    assert isinstance(dlg, LetterheadDialog) and dlg.logo == logo_png()
    dlg.phone.setText("030 999 99 99")
    dlg.signer_role.setText("Coördinator zorg & veiligheid")
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a....")
    assert not dlg.load_logo_file(bad) and dlg.logo == logo_png()
    dlg.remove_logo.click()
    dlg.save()
    lh = LetterService(ctx.require_store()).letterhead()
    assert lh.phone == "030 999 99 99" and lh.logo is None
    assert lh.signer_role == "Coördinator zorg & veiligheid"
