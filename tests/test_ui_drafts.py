"""Unsaved editor state survives a lock (issue 13 item 1): Ctrl+L, automatic lock and
paniek keep the drafts inside the store; after unlocking the user is back on the same
dossier and tab with the text restored. Real widgets, real SQLCipher store, real keyring."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop.cases.model import Dossier, Note, Signal
from desktop.session import Session
from storage.vault import Vault
from tests.conftest import PASSWORD, scan_for
from tests.test_ui_shell import ORG, USER, unlock
from ui.cases.screening_page import SignalDialog
from ui.context import ORG_NAME, USER_NAME, AppContext, app_qsettings
from ui.main_window import MainWindow


@pytest.fixture
def existing(vault: Vault) -> Vault:
    store, _code = vault.init(PASSWORD, initial_settings={ORG_NAME: ORG, USER_NAME: USER})
    session = Session(store)
    dossier = session.cases.create_dossier(Dossier(owner=USER))
    session.cases.add_note(
        Note(dossier_id=dossier.id, occurred_on=date(2026, 11, 20), text="Fictieve notitie.")
    )
    session.cases.create_signal(
        Signal(received_on=date(2026, 11, 25), description="Fictief signaal", person_hint="F.")
    )
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


def _open_intake(qtbot, win: MainWindow):  # type: ignore[no-untyped-def]
    session = win.ctx.require_session()
    dossier_id = str(session.db.scalar("SELECT id FROM dossiers LIMIT 1"))
    win.open_dossier(dossier_id, "intake")
    page = win.workspace.page_widgets["dossiers"]  # type: ignore[union-attr]
    view = page.view
    assert view is not None
    tab = view.tab_widgets["intake"]
    return dossier_id, view, tab


def _lock(qtbot, win: MainWindow, how: str) -> None:  # type: ignore[no-untyped-def]
    # The keys go where the user is: an open (modal) dialog, else the sidebar.
    target = QApplication.activeModalWidget() or win.workspace.sidebar
    if QApplication.activeWindow() is None:  # e.g. after a question closed (offscreen)
        target.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=10000)
    if how == "ctrl_l":
        qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    elif how == "panic":
        qtbot.keyClick(
            target,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        win.show_unlock()  # leave the neutral screen as the user would
    else:
        win.idle.start(50)  # automatic lock after a very short idle time
        qtbot.waitUntil(lambda: win.workspace is None, timeout=5000)
    assert win.workspace is None and not win.ctx.is_unlocked


@pytest.mark.parametrize("how", ["ctrl_l", "idle", "panic"])
def test_lock_keeps_intake_draft_and_place(qtbot, window: MainWindow, how: str) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dossier_id, _view, tab = _open_intake(qtbot, window)
    tab.form.languages.setText("ro, en, tigrinya-concept")
    assert tab.form.is_dirty()
    _lock(qtbot, window, how)
    unlock(qtbot, window)
    assert window.workspace is not None and window.workspace.current_key() == "dossiers"
    view = window.workspace.page_widgets["dossiers"].view
    assert view is not None and view.dossier_id == dossier_id
    assert view.tabs.currentWidget() is view.tab_widgets["intake"]
    form = view.tab_widgets["intake"].form
    assert form.languages.text() == "ro, en, tigrinya-concept"
    bar = window.restored_bar
    assert bar is not None and bar.isVisible()
    assert "Niet-opgeslagen wijzigingen zijn teruggezet" in bar.label.text()


def test_save_deletes_draft_and_discard_reverts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    _dossier_id, _view, tab = _open_intake(qtbot, window)
    tab.form.languages.setText("nl")
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    view = window.workspace.page_widgets["dossiers"].view  # type: ignore[union-attr]
    form = view.tab_widgets["intake"].form
    assert form.languages.text() == "nl"
    window.restored_bar.discard_button.click()  # type: ignore[union-attr]
    assert form.languages.text() == ""
    assert window.ctx.require_session().drafts.all() == []
    # Saved: the draft goes as well.
    form.languages.setText("fr")
    form.alias.setText("Fictieve Persoon")
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    view = window.workspace.page_widgets["dossiers"].view  # type: ignore[union-attr]
    assert len(window.ctx.require_session().drafts.all()) == 1
    view.tab_widgets["intake"].save()
    assert view.tab_widgets["intake"].saved_label.text() == "Opgeslagen."
    assert window.ctx.require_session().drafts.all() == []
    assert not view.tab_widgets["intake"].form.is_dirty()


def test_draft_never_reaches_disk_in_plaintext(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    _dossier_id, _view, tab = _open_intake(qtbot, window)
    canary = f"canary-{uuid.uuid4().hex}"
    tab.form.languages.setText(canary)
    _lock(qtbot, window, "ctrl_l")
    settings = app_qsettings()
    settings.sync()
    # The data folder, this test run's temporary folders and the QSettings file.
    roots = [window.ctx.vault.data_dir, tmp_path.parent, Path(settings.fileName())]
    assert scan_for([canary.encode(), canary.encode("utf-16-le")], *roots) == []
    unlock(qtbot, window)  # and it was kept (inside the store)
    view = window.workspace.page_widgets["dossiers"].view  # type: ignore[union-attr]
    assert view.tab_widgets["intake"].form.languages.text() == canary


def _answer(qtbot, text: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click the button ``text`` of the question that is about to open (modal)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r}")

    QTimer.singleShot(0, click)


def _signal_dialog(qtbot, win: MainWindow) -> SignalDialog:  # type: ignore[no-untyped-def]
    dlg = SignalDialog(win.ctx.require_session().cases, win)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_escape_on_filled_new_signal_asks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    empty = _signal_dialog(qtbot, window)
    qtbot.keyClick(empty, Qt.Key.Key_Escape)  # nothing filled in: closes, no question
    assert not empty.isVisible()
    dlg = _signal_dialog(qtbot, window)
    dlg.description.setPlainText("Fictief: gezien bij de bushalte, twee personen.")
    seen: list[str] = []
    _answer(qtbot, "Verder invullen", seen)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert seen and "niet zijn opgeslagen" in seen[0]
    assert dlg.isVisible() and "bushalte" in dlg.description.toPlainText()
    _answer(qtbot, "Weggooien", seen)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert len(seen) == 2 and not dlg.isVisible()


def test_lock_keeps_an_open_new_signal(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dlg = _signal_dialog(qtbot, window)
    dlg.description.setPlainText("Fictief: signaal dat nog niet is opgeslagen.")
    _lock(qtbot, window, "panic")  # no question, no delay
    assert not dlg.isVisible()
    unlock(qtbot, window)
    again = window.signal_dialog
    assert again is not None and again.isVisible()
    assert again.description.toPlainText() == "Fictief: signaal dat nog niet is opgeslagen."
    assert window.restored_bar is not None and window.restored_bar.isVisible()
    again.reporter_name.setText("Fictieve Aanmelder")
    again.save()  # saved: the draft goes
    assert again.created is not None
    assert window.ctx.require_session().drafts.load("signal:new") is None


def _dirty_intake(qtbot, win: MainWindow, alias: str):  # type: ignore[no-untyped-def]
    _dossier_id, _view, tab = _open_intake(qtbot, win)
    tab.form.alias.setText(alias)
    tab.form.languages.setText("ti")
    return tab


def test_close_with_unsaved_work_asks(qtbot, window: MainWindow, existing: Vault) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    tab = _dirty_intake(qtbot, window, "Fictief Alias")
    seen: list[str] = []
    # Annuleren: nothing happens.
    _answer(qtbot, "Annuleren", seen)
    window.close()
    assert seen and window.isVisible() and window.ctx.is_unlocked
    assert tab.form.languages.text() == "ti"
    # Opslaan with an invalid field: the error shows next to it, the window stays open.
    tab.form.alias.setText("")
    _answer(qtbot, "Opslaan", seen)
    window.close()
    assert window.isVisible() and window.ctx.is_unlocked
    assert "Vul een naam of een alias in" in visible_error(tab.form)
    # Opslaan with valid input: saved, closed.
    tab.form.alias.setText("Fictief Alias")
    _answer(qtbot, "Opslaan", seen)
    window.close()
    assert not window.isVisible() and not window.ctx.is_unlocked
    store = existing.unlock(PASSWORD)
    try:
        session = Session(store)
        assert session.drafts.all() == []
        person_langs = store.db.scalar("SELECT count(*) FROM persons")
        assert person_langs == 1
    finally:
        store.close()


def test_close_without_saving_keeps_nothing(qtbot, window: MainWindow, existing: Vault) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    _dirty_intake(qtbot, window, "Niet Bewaren")
    seen: list[str] = []
    _answer(qtbot, "Niet opslaan", seen)
    window.close()
    assert seen and not window.isVisible() and not window.ctx.is_unlocked
    store = existing.unlock(PASSWORD)
    try:
        assert Session(store).drafts.all() == []
        assert store.db.scalar("SELECT count(*) FROM persons") == 0
    finally:
        store.close()


def visible_error(root: QWidget) -> str:
    return "\n".join(
        w.text() for w in root.findChildren(QLabel) if w.text() and "a4262c" in w.styleSheet()
    )


# -- the other editors (issue 13 item 1): the same lock, the same restore -----------------
def _view(win: MainWindow):  # type: ignore[no-untyped-def]
    assert win.workspace is not None
    view = win.workspace.page_widgets["dossiers"].view  # type: ignore[attr-defined]
    assert view is not None
    return view


def _dossier_tab(qtbot, win: MainWindow, key: str):  # type: ignore[no-untyped-def]
    session = win.ctx.require_session()
    dossier_id = str(session.db.scalar("SELECT id FROM dossiers LIMIT 1"))
    win.open_dossier(dossier_id, key)
    view = _view(win)
    assert view.tabs.currentWidget() is view.tab_widgets[key]
    return view.tab_widgets[key]


def _fill_note_box(qtbot, win: MainWindow, text: str) -> Callable[[MainWindow], Any]:  # type: ignore[no-untyped-def]
    tab = _dossier_tab(qtbot, win, "tijdlijn")
    tab.text.setPlainText(text)
    tab.occurred_at.setText("09:15")
    return lambda w: (_view(w).tab_widgets["tijdlijn"], "text")


def _fill_note_correction(qtbot, win: MainWindow, text: str) -> Callable[[MainWindow], Any]:  # type: ignore[no-untyped-def]
    tab = _dossier_tab(qtbot, win, "tijdlijn")
    dlg = _correct_first_note(tab)
    qtbot.waitExposed(dlg)
    dlg.text.setPlainText(text)

    def find(w: MainWindow):  # type: ignore[no-untyped-def]
        return _open_dialog(w, "NoteDialog"), "text"

    return find


def _correct_first_note(tab: Any) -> Any:
    item = next(
        tab.list.topLevelItem(i)
        for i in range(tab.list.topLevelItemCount())
        if tab.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
    )
    tab.list.setCurrentItem(item)
    return tab.correct_current()


def _open_dialog(win: MainWindow, cls: str) -> Any:
    found = [d for d in QApplication.topLevelWidgets() if type(d).__name__ == cls and d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _fill_care(action: str, tab_key: str, field: str):  # type: ignore[no-untyped-def]
    def fill(qtbot, win: MainWindow, text: str) -> Callable[[MainWindow], Any]:  # type: ignore[no-untyped-def]
        tab = _dossier_tab(qtbot, win, tab_key)
        getattr(tab, action)()
        dlg = tab.dialog
        qtbot.waitExposed(dlg)
        dlg.field(field).setPlainText(text)

        def find(w: MainWindow):  # type: ignore[no-untyped-def]
            dialog = _view(w).tab_widgets[tab_key].dialog
            assert dialog is not None and dialog.isVisible()
            return dialog.field(field), None

        return find

    return fill


def _fill_besluit(qtbot, win: MainWindow, text: str) -> Callable[[MainWindow], Any]:  # type: ignore[no-untyped-def]
    page = win.go_to("screening")
    assert page is not None and page.current_signal_id()
    page.reason.setPlainText(text)
    page.action_owner.setText("Fictieve eigenaar")
    win.go_to("vandaag")  # another page in front: the hidden page's draft counts as well
    return lambda w: (w.workspace.page_widgets["screening"], "reason")  # type: ignore[union-attr]


def _fill_letter(qtbot, win: MainWindow, text: str) -> Callable[[MainWindow], Any]:  # type: ignore[no-untyped-def]
    tab = _dossier_tab(qtbot, win, "brieven")
    tab.template.setCurrentIndex(tab.template.findData("toestemmingsverklaring_nl"))
    tab.inputs["consent.purpose_text"].setPlainText(text) if hasattr(
        tab.inputs["consent.purpose_text"], "setPlainText"
    ) else tab.inputs["consent.purpose_text"].setText(text)

    def find(w: MainWindow):  # type: ignore[no-untyped-def]
        letters = _view(w).tab_widgets["brieven"]
        assert letters.template_name() == "toestemmingsverklaring_nl"
        return letters.inputs["consent.purpose_text"], None

    return find


def _fill_settings(qtbot, win: MainWindow, text: str) -> Callable[[MainWindow], Any]:  # type: ignore[no-untyped-def]
    page = win.go_to("settings")
    assert page is not None
    page.org_address.setText(text)
    return lambda w: (w.workspace.page_widgets["settings"], "org_address")  # type: ignore[union-attr]


def _text_of(widget: Any) -> str:
    return str(widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text())


EDITORS = {
    "note_box": _fill_note_box,
    "note_correction": _fill_note_correction,
    "care_request": _fill_care("new_request", "opvang", "notes"),
    "care_aftercare": _fill_care("start", "nazorg", "handed_over"),
    "care_close": _fill_care("close_dossier", "nazorg", "summary"),
    "besluit": _fill_besluit,
    "letter": _fill_letter,
    "settings": _fill_settings,
}


def _check_restored(win: MainWindow, find: Callable[[MainWindow], Any], text: str) -> Any:
    target, attr = find(win)
    widget = getattr(target, attr) if attr else target
    assert _text_of(widget) == text
    bar = win.restored_bar
    assert bar is not None and bar.isVisible()
    assert "Niet-opgeslagen wijzigingen zijn teruggezet" in bar.label.text()
    return target


@pytest.mark.parametrize("editor", list(EDITORS))
def test_lock_keeps_every_editors_draft(qtbot, window: MainWindow, editor: str) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    text = f"Fictief concept ({editor})."
    find = EDITORS[editor](qtbot, window, text)
    how = {"care_request": "panic", "note_correction": "idle"}.get(editor, "ctrl_l")
    _lock(qtbot, window, how)
    assert window.ctx.session is None
    unlock(qtbot, window)
    _check_restored(window, find, text)
    # Still unsaved: a second lock keeps it again, and the draft is back once more.
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    _check_restored(window, find, text)
    # Weggooien: the change goes and nothing of it stays in the store.
    window.restored_bar.discard_button.click()  # type: ignore[union-attr]
    assert window.ctx.require_session().drafts.all() == []


def test_refresh_after_unlock_keeps_the_restored_draft_unsaved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A view refresh (``ctx.changed`` for this dossier) reloads the form from the store: the
    restored draft stays in the fields and still counts as unsaved (lock keeps it, closing
    asks)."""
    unlock(qtbot, window)
    _dossier_id, _shown, tab = _open_intake(qtbot, window)
    tab.form.languages.setText("ro, ti")
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    view = _view(window)
    form = view.tab_widgets["intake"].form
    assert form.languages.text() == "ro, ti" and form.is_dirty()
    # Another tab of the same dossier saves: one change, the whole view reloads.
    signals = view.tab_widgets["signalen"]
    signals.other.setPlainText("Fictief: ander signaal")
    signals.save()
    assert view.data is not None and view.data.dossier.signals_other == "Fictief: ander signaal"
    assert form.languages.text() == "ro, ti" and form.is_dirty()
    # The settings page reloads on a settings change (auto-lock time): typed fields stay.
    settings = window.go_to("settings")
    settings.org_address.setText("Fictieve straat 1")  # type: ignore[union-attr]
    settings.autolock.setValue(7)  # type: ignore[union-attr]
    assert settings.org_address.text() == "Fictieve straat 1" and settings.is_dirty()  # type: ignore[union-attr]
    window.go_to("dossiers")  # the same view, still open
    seen: list[str] = []
    _answer(qtbot, "Annuleren", seen)
    window.close()
    assert seen and window.isVisible()
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    assert _view(window).tab_widgets["intake"].form.languages.text() == "ro, ti"
    page = window.workspace.page_widgets["settings"]  # type: ignore[union-attr]
    assert page.org_address.text() == "Fictieve straat 1" and page.is_dirty()


def test_escape_on_filled_care_dialog_and_note_correction_asks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    tab = _dossier_tab(qtbot, window, "nazorg")
    tab.close_dossier()
    empty = tab.dialog
    qtbot.waitExposed(empty)
    qtbot.keyClick(empty, Qt.Key.Key_Escape)  # nothing changed: closes, no question
    assert not empty.isVisible()
    tab.close_dossier()
    dlg = tab.dialog
    qtbot.waitExposed(dlg)
    dlg.field("summary").setPlainText("Fictief: doel bereikt.")
    seen: list[str] = []
    _answer(qtbot, "Verder invullen", seen)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert seen and dlg.isVisible() and "doel bereikt" in dlg.field("summary").toPlainText()
    _answer(qtbot, "Weggooien", seen)
    dlg.buttons.button(dlg.buttons.StandardButton.Cancel).click()  # Annuleren asks too
    assert len(seen) == 2 and not dlg.isVisible()
    # The correction of a note: the same question.
    timeline = _dossier_tab(qtbot, window, "tijdlijn")
    note = _correct_first_note(timeline)
    qtbot.waitExposed(note)
    note.text.setPlainText("Fictieve notitie, gecorrigeerd.")
    _answer(qtbot, "Verder invullen", seen)
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert len(seen) == 3 and note.isVisible() and note.editing


@pytest.mark.parametrize("answer", ["Opslaan", "Niet opslaan"])
def test_close_with_an_open_care_dialog_asks(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, existing: Vault, answer: str
) -> None:
    unlock(qtbot, window)
    tab = _dossier_tab(qtbot, window, "opvang")
    tab.new_request()
    dlg = tab.dialog
    qtbot.waitExposed(dlg)
    dlg.field("notes").setPlainText("Fictief: plek nodig voor twee nachten.")
    note_box = _view(window).tab_widgets["tijdlijn"]  # another tab of the same view
    note_box.text.setPlainText("Fictief: gebeld met de opvang.")
    seen: list[str] = []
    _answer(qtbot, answer, seen)
    window.close()
    assert seen and "niet zijn opgeslagen" in seen[0]
    assert not window.isVisible() and not window.ctx.is_unlocked
    store = existing.unlock(PASSWORD)
    try:
        assert Session(store).drafts.all() == []  # saved, or thrown away: nothing kept
        placements = store.db.scalar("SELECT count(*) FROM placements")
        notes = store.db.scalar("SELECT count(*) FROM notes")
        assert (placements, notes) == ((1, 2) if answer == "Opslaan" else (0, 1))
    finally:
        store.close()


def test_no_draft_of_any_editor_reaches_disk(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every editor holds a canary at the lock: the data folder, the temporary folders (this
    test's own TMPDIR for Python and Qt), the home folder and the QSettings file never contain
    it (encrypted in the store only), and it is back after unlock."""
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    unlock(qtbot, window)
    canaries = {name: f"canary-{name}-{uuid.uuid4().hex}" for name in EDITORS}
    finds = {}
    for name in ("note_box", "besluit", "letter", "settings", "care_request"):
        finds[name] = EDITORS[name](qtbot, window, canaries[name])
    _lock(qtbot, window, "panic")
    settings = app_qsettings()
    settings.sync()
    roots = [window.ctx.vault.data_dir, tmp_path.parent, temp, Path(settings.fileName())]
    if os.environ.get("BAKEN_TEST_HOME"):  # the test run's own home folder (keyring, config)
        roots.append(Path(os.environ["BAKEN_TEST_HOME"]))
    needles = [canaries[n].encode(enc) for n in finds for enc in ("utf-8", "utf-16-le")]
    assert scan_for(needles, *roots) == []
    unlock(qtbot, window)
    for name, find in finds.items():
        target, attr = find(window)
        widget = getattr(target, attr) if attr else target
        assert _text_of(widget) == canaries[name], name


def test_leaving_a_dossier_keeps_its_unsaved_work(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """ "Terug naar de lijst" (or another dossier) closes the view: its unsaved intake and
    an open care dialog are kept in the store and back, with the bar, when it opens again."""
    unlock(qtbot, window)
    dossier_id, view, tab = _open_intake(qtbot, window)
    tab.form.languages.setText("ar, fr")
    care = view.tab_widgets["nazorg"]
    care.start()
    qtbot.waitExposed(care.dialog)
    care.dialog.field("handed_over").setPlainText("Fictief: dossier en afspraken.")
    page = window.workspace.page_widgets["dossiers"]  # type: ignore[union-attr]
    page.show_list()
    assert page.view is None and not care.dialog.isVisible()
    keys = {d.key for d in window.ctx.require_session().drafts.all()}
    assert f"intake:{dossier_id}" in keys and f"nazorg:{dossier_id}|start|" in keys
    window.open_dossier(dossier_id, "intake")
    again = _view(window)
    assert again.tab_widgets["intake"].form.languages.text() == "ar, fr"
    dialog = again.tab_widgets["nazorg"].dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.field("handed_over").toPlainText() == "Fictief: dossier en afspraken."
    assert again.restored_bar is not None and again.restored_bar.isVisible()


def test_lock_keeps_an_open_new_dossier_and_intake_after_besluit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.cases.intake import IntakeDialog

    unlock(qtbot, window)
    page = window.go_to("dossiers")
    dlg = IntakeDialog(window.ctx, window.ctx.require_session().cases, page)
    dlg.show()  # (parented to the page: goes with the workspace at the lock)
    qtbot.waitExposed(dlg)
    dlg.form.alias.setText("Fictief Nieuw")
    screening = window.go_to("screening")
    signal_id = screening.current_signal_id()  # type: ignore[union-attr]
    signal = window.ctx.require_session().cases.get_signal(signal_id)
    intake = screening.start_intake(signal)  # type: ignore[union-attr]
    qtbot.waitExposed(intake)
    intake.form.languages.setText("ti")
    _lock(qtbot, window, "ctrl_l")
    assert not dlg.isVisible() and not intake.isVisible()
    unlock(qtbot, window)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, IntakeDialog) and w.isVisible()
    ]
    by_signal = {d.form.signal_id: d for d in dialogs}
    assert set(by_signal) == {None, signal_id}
    assert by_signal[None].form.alias.text() == "Fictief Nieuw"
    assert by_signal[signal_id].form.languages.text() == "ti"
    assert window.restored_bar is not None and window.restored_bar.isVisible()
    by_signal[None].save()  # saved: its kept draft goes, the other stays
    assert by_signal[None].created is not None
    keys = {d.key for d in window.ctx.require_session().drafts.all()}
    assert keys == {f"intake:new:{signal_id}"}


def test_choosing_a_template_alone_is_no_unsaved_work(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    tab = _dossier_tab(qtbot, window, "brieven")
    tab.template.setCurrentIndex(tab.template.findData("verwijzing_hulpverlening"))
    assert not tab.is_dirty() and tab.draft() is None
    tab.inputs["request.text"].setPlainText("Fictief: hulpvraag.")
    assert tab.is_dirty() and tab.draft() is not None


def test_lock_keeps_a_shelter_profile_being_made(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.cases.model import Organisation

    unlock(qtbot, window)
    window.ctx.require_session().cases.create_organisation(
        Organisation(name="Fictieve Opvang", kind="opvang")
    )
    page = window.go_to("opvang")
    page.new_shelter()  # type: ignore[union-attr]
    dlg = page.dialog  # type: ignore[union-attr]
    qtbot.waitExposed(dlg)
    dlg.field("capacity").setValue(12)
    dlg.field("intake_contact").setText("Fictief: 010 000 0000")
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    again = window.workspace.page_widgets["opvang"].dialog  # type: ignore[union-attr]
    assert again is not None and again.isVisible() and again is not dlg
    assert again.field("capacity").value() == 12
    assert again.field("intake_contact").text() == "Fictief: 010 000 0000"
    again.accept()  # saved: the profile exists, its draft is gone
    assert window.ctx.require_session().drafts.all() == []
    assert window.ctx.require_session().care.shelters()


def test_an_editor_put_back_by_hand_drops_its_kept_draft(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    _dossier_id, _shown, tab = _open_intake(qtbot, window)
    tab.form.languages.setText("nl, en")
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    form = _view(window).tab_widgets["intake"].form
    assert form.languages.text() == "nl, en" and window.ctx.require_session().drafts.all()
    form.languages.setText("")  # as saved: nothing unsaved any more
    assert not form.is_dirty()
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    assert window.ctx.require_session().drafts.all() == []
    assert window.restored_bar is None or not window.restored_bar.isVisible()


def test_lock_keeps_the_address_book_dialogs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Adresboek: a new organisation and a contact person being changed are kept through a
    lock and open again after unlock, filled in, on the right organisation and contact."""
    from desktop.cases.model import Contact, Organisation

    unlock(qtbot, window)
    cases = window.ctx.require_session().cases
    org = cases.create_organisation(Organisation(name="Fictieve Stichting"))
    cases.create_contact(Contact(organisation_id=org.id, name="Eerste Contact"))
    ct = cases.create_contact(Contact(organisation_id=org.id, name="Tweede Contact"))
    page = window.go_to("addressbook")
    page.refresh()  # type: ignore[union-attr]
    page.new_organisation()  # type: ignore[union-attr]
    dlg = page.dialog  # type: ignore[union-attr]
    qtbot.waitExposed(dlg)
    dlg.field("name").setText("Kanarie Adresboek 4417")
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    page = window.workspace.page_widgets["addressbook"]  # type: ignore[union-attr]
    again = page.dialog
    assert again is not None and again.isVisible() and again is not dlg
    assert again.field("name").text() == "Kanarie Adresboek 4417"
    again.done(0)  # thrown away (the question Escape asks is tested elsewhere): draft gone
    assert window.ctx.require_session().drafts.all() == []
    # a contact person being changed: back on the same organisation and contact
    page.select(org.id)
    assert page.current() is not None and page.current().id == org.id, [
        page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())
    ]
    assert page.select_contact(ct.id), [
        page.contacts.topLevelItem(i).text(0) for i in range(page.contacts.topLevelItemCount())
    ]
    page.edit_contact()
    dlg = page.dialog
    qtbot.waitExposed(dlg)
    dlg.field("role").setText("Kanarie functie 9921")
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    page = window.workspace.page_widgets["addressbook"]  # type: ignore[union-attr]
    again = page.dialog
    assert again is not None and again.isVisible()
    assert again.field("role").text() == "Kanarie functie 9921"
    assert again.field("name").text() == "Tweede Contact"
    again.accept()  # saved: the change is stored, its draft is gone
    stored = [c for c in cases_after(window).contacts(org.id) if c.id == ct.id]
    assert stored[0].role == "Kanarie functie 9921"
    assert window.ctx.require_session().drafts.all() == []


def cases_after(win: MainWindow) -> Any:
    return win.ctx.require_session().cases


def test_lock_keeps_a_signal_being_corrected(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Signaal wijzigen on Signalen & screening: kept through a lock, open again after
    unlock on the same signal, filled in; saving stores the correction, the draft goes."""
    from desktop.cases import Signal

    unlock(qtbot, window)
    cases = window.ctx.require_session().cases
    cases.create_signal(Signal(description="Fictief: eerste signaal.", reporter_type="politie"))
    sig = cases.create_signal(
        Signal(description="Fictief: tweede signaal.", reporter_type="politie")
    )
    page = window.go_to("screening")
    page.refresh()  # type: ignore[union-attr]
    page.select_signal(sig.id)  # type: ignore[union-attr]
    dlg = page.edit_signal()  # type: ignore[union-attr]
    assert dlg is not None
    qtbot.waitExposed(dlg)
    dlg.description.setPlainText("Fictief: gecorrigeerd, nog niet opgeslagen 5530.")
    _lock(qtbot, window, "ctrl_l")
    unlock(qtbot, window)
    again = next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.objectName() == "signalDialog"
        ),
        None,
    )
    assert again is not None and again.existing is not None and again.existing.id == sig.id
    assert again.description.toPlainText() == "Fictief: gecorrigeerd, nog niet opgeslagen 5530."
    again.save()
    assert again.created is not None
    session = window.ctx.require_session()
    assert session.cases.get_signal(sig.id).description == (
        "Fictief: gecorrigeerd, nog niet opgeslagen 5530."
    )
    assert session.drafts.load(f"signal:{sig.id}") is None
