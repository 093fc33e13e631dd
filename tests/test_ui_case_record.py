"""Issue 15 item 2 with pytest-qt: a note opens in full in its reading view (Enter or
double-click on the timeline row), can be corrected there with its history kept and shown,
and every entry has a time of day. Real store, real widgets offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from storage import audit
from ui.cases.dossier_view import DossierViewWidget, TimelineTab
from ui.cases.note_view import NoteDialog
from ui.context import AppContext

LONG = "Eerste regel van het gesprek.\n" + "\n".join(f"Regel {i} met details." for i in range(40))


def _view(qtbot, new_store):  # type: ignore[no-untyped-def]
    from tests.handover_data import fill

    [dossier_id] = fill(new_store, dossiers=1, notes=2)
    ctx = AppContext(new_store.vault, "nl")
    ctx.set_store(new_store)
    view = DossierViewWidget(ctx, ctx.require_session().cases, dossier_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    timeline = view.tab_widgets["tijdlijn"]
    assert isinstance(timeline, TimelineTab)
    view.tabs.setCurrentWidget(timeline)
    return ctx, view, timeline


def test_long_note_opens_in_full_and_is_corrected_with_history(qtbot, new_store) -> None:  # type: ignore[no-untyped-def]
    ctx, view, timeline = _view(qtbot, new_store)
    reloads: list[int] = []
    original = view.reload
    view.reload = lambda: (reloads.append(1), original())  # type: ignore[method-assign]
    timeline.text.setPlainText(LONG)
    timeline.occurred_at.setText("9:5")  # not a time: message at the field, nothing saved
    timeline.add()
    assert "uu:mm" in timeline.form.errors["occurred_at"].text()
    timeline.occurred_at.clear()
    timeline.add()
    row = timeline.list.topLevelItem(0)
    assert row.text(2) == "Eerste regel van het gesprek. …"  # one line, not the whole note
    assert len(row.text(0)) == len("01-12-2026 14:05")  # date and time of day
    note_id = row.data(0, Qt.ItemDataRole.UserRole)

    # Enter on the row opens the reading view (modal); it shows the whole text
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NoteDialog)
        seen.append(dialog.text.toPlainText())
        dialog.reject()

    timeline.list.setCurrentItem(row)
    timeline.list.setFocus()
    QTimer.singleShot(0, look)
    qtbot.keyClick(timeline.list, Qt.Key.Key_Return)
    assert seen == [LONG]
    assert audit.count_entries(new_store.db, action="note.view") == 1

    dialog = timeline.note_dialog(note_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.history_box.isVisibleTo(dialog) and not dialog.editing
    dialog.start_correction()
    dialog.text.setPlainText("Gecorrigeerd: gesprek over huisvesting.")
    dialog.occurred_at.setText("25:61")
    dialog.save()  # refused: nothing saved, still editing
    assert dialog.editing and "uu:mm" in dialog.form.errors["occurred_at"].text()
    assert audit.count_entries(new_store.db, action="note.revise") == 0
    dialog.occurred_at.setText("08:30")
    dialog.save()
    assert not dialog.editing
    assert dialog.changed_label.isVisibleTo(dialog) and "Gewijzigd" in dialog.changed_label.text()
    assert dialog.history.topLevelItemCount() == 1
    assert dialog.history.topLevelItem(0).text(0) == "Origineel"
    assert dialog.revision_text.toPlainText() == LONG  # the original stays readable
    assert audit.count_entries(new_store.db, action="note.revise") == 1

    # the timeline row follows without reloading the dossier
    moved = next(
        timeline.list.topLevelItem(i)
        for i in range(timeline.list.topLevelItemCount())
        if timeline.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == note_id
    )
    assert moved.text(2) == "Gecorrigeerd: gesprek over huisvesting."
    assert "(gewijzigd)" in moved.text(1) and moved.text(0).endswith("08:30")
    assert reloads == []
    assert timeline.list.topLevelItemCount() == len(timeline.entries) == timeline.total
    # a fresh open shows the marker too
    view.reload()
    again = timeline.notes[[n.id for n in timeline.notes].index(note_id)]
    assert again.revisions == 1
    ctx.lock()


def test_screening_action_point_shows_and_edits_in_the_dossier_and_links_vandaag(
    qtbot, new_store
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from desktop.cases import Actiepunt, Person, ScreeningMeeting, Signal
    from ui.cases.dossier_extra import ActionsTab
    from ui.cases.today_page import TARGET_ROLE, TodayPage

    ctx = AppContext(new_store.vault, "nl")
    ctx.set_store(new_store)
    svc = ctx.require_session().cases
    today = date.today()
    sig = svc.create_signal(Signal(reporter_type="wijkteam", description="Signaal"))
    meeting = svc.create_meeting(ScreeningMeeting(held_on=today, attendees=("Politie",)))
    action = svc.add_actiepunt(
        Actiepunt(
            description="Navragen bij de werkgever",
            owner="B. Yilmaz",
            due_on=today + timedelta(days=2),
            meeting_id=meeting.id,
            signal_id=sig.id,
        )
    )
    dossier = svc.start_intake(sig.id, Person(alias="Mier"))

    # Vandaag links the action point to the dossier the signal became
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    [upcoming] = svc.today().upcoming
    assert upcoming.dossier_id == dossier.id and upcoming.dossier_number == dossier.number
    from PySide6.QtWidgets import QTreeWidget

    targets = []
    for tree in page.findChildren(QTreeWidget):
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item.data(0, TARGET_ROLE) is not None:
                targets.append(tuple(item.data(0, TARGET_ROLE)))
    assert ("dossier", dossier.id) in targets and ("signal", sig.id) not in targets

    # the dossier's Actiepunten tab shows it (from the screening) and edits it
    view = DossierViewWidget(ctx, svc, dossier.id)
    qtbot.addWidget(view)
    view.show()
    tab = view.tab_widgets["actiepunten"]
    assert isinstance(tab, ActionsTab)
    assert tab.list.topLevelItemCount() == 1
    row = tab.list.topLevelItem(0)
    assert row.text(2) == "Navragen bij de werkgever" and row.text(5) == "Screening"
    tab.edit_item(row)
    tab.description.setPlainText("Navragen bij de werkgever en de huisbaas")
    tab.add()
    [saved] = [a for a in svc.actiepunten(signal_id=sig.id) if a.id == action.id]
    assert saved.description.endswith("huisbaas") and saved.dossier_id is None
    assert tab.list.topLevelItem(0).text(2) == "Navragen bij de werkgever en de huisbaas"
    assert tab.editing is None and tab.list.topLevelItemCount() == 1
    ctx.lock()


def test_timeline_shows_events_and_filters_by_kind(qtbot, new_store) -> None:  # type: ignore[no-untyped-def]
    ctx, _v, timeline = _view(qtbot, new_store)
    kinds = [
        timeline.list.topLevelItem(i).text(1) for i in range(timeline.list.topLevelItemCount())
    ]
    assert "Intake (dossier geopend)" in kinds and len(timeline.notes) == 2
    timeline.show_kind.setCurrentIndex(timeline.show_kind.findData("intake"))
    assert timeline.list.topLevelItemCount() == 1 == timeline.total
    assert timeline.notes == []
    timeline.text.setPlainText("Notitie terwijl alleen de intake getoond wordt")
    timeline.add()  # saved, but the filter hides notes
    assert timeline.list.topLevelItemCount() == 1
    timeline.show_kind.setCurrentIndex(timeline.show_kind.findData("=n"))
    assert len(timeline.notes) == 3 == timeline.list.topLevelItemCount()
    timeline.show_kind.setCurrentIndex(0)
    assert timeline.list.topLevelItemCount() == 4
    ctx.lock()


def test_saved_signal_shows_its_aanmelder_and_can_be_edited(qtbot, new_store) -> None:  # type: ignore[no-untyped-def]
    from desktop.cases import Signal
    from ui.cases.screening_page import ScreeningPage

    ctx = AppContext(new_store.vault, "nl")
    ctx.set_store(new_store)
    svc = ctx.require_session().cases
    sig = svc.create_signal(
        Signal(
            reporter_type="wijkteam",
            reporter_name="J. Jansen",
            reporter_contact="010-1234567",
            description="Eerste beschrijving",
        )
    )
    page = ScreeningPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.select_signal(sig.id)
    assert page.signal_reporter.text() == "Aanmelder: J. Jansen · 010-1234567"
    dlg = page.edit_signal_dialog()
    assert dlg is not None and dlg.windowTitle() == "Signaal wijzigen"
    qtbot.addWidget(dlg)
    assert dlg.reporter_name.text() == "J. Jansen"
    assert dlg.description.toPlainText() == "Eerste beschrijving"
    dlg.received_on.setText("01-01-2999")
    dlg.save()  # refused next to the field, nothing saved
    assert "toekomst" in dlg.form.errors["received_on"].text()
    assert svc.get_signal(sig.id).received_on == sig.received_on
    dlg.received_on.set_value(sig.received_on)
    dlg.reporter_contact.setText("06-11112222")
    dlg.description.setPlainText("Aangevulde beschrijving")
    dlg.save()
    assert dlg.created is not None and dlg.created.id == sig.id
    saved = svc.get_signal(sig.id)
    assert (saved.reporter_contact, saved.description) == ("06-11112222", "Aangevulde beschrijving")
    qtbot.waitUntil(lambda: "06-11112222" in page.signal_reporter.text(), timeout=5000)
    ctx.lock()
