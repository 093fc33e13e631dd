"""Case screens with pytest-qt on a real encrypted store: intake, dossier view, screening
decision, Vandaag, search (Zoë with "zoe") and locking that empties every view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.cases import Actiepunt, CaseService, Dossier, Person
from storage.vault import Vault
from tests.conftest import PASSWORD
from tests.ui_helpers import Published, unlocked_window
from ui.cases.dossier_view import DossierViewWidget
from ui.cases.dossiers_page import DossiersPage
from ui.cases.intake import IntakeDialog, IntakeForm
from ui.cases.screening_page import MeetingDialog, ScreeningPage, SignalDialog
from ui.cases.search import SearchPopup
from ui.cases.search_hook import install_search
from ui.cases.today_page import TodayPage
from ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def window(qtbot, vault: Vault) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from unlocked_window(qtbot, vault, search=True)


def _svc(win: MainWindow) -> CaseService:
    return Published(win.ctx, win.ctx.require_session().cases)  # type: ignore[return-value]


def test_pages_registered_with_vandaag_first(window: MainWindow) -> None:
    assert window.workspace is not None
    keys = window.workspace.page_keys()
    assert keys[:3] == ["today", "screening", "dossiers"]
    assert window.workspace.sidebar.item(0).text() == "Vandaag"


def test_intake_validation_next_to_field_then_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.go_to("dossiers")
    assert isinstance(page, DossiersPage)
    before = page.model.rowCount()
    dlg = IntakeDialog(window.ctx, page.service, page)
    qtbot.addWidget(dlg)
    dlg.show()
    form = dlg.form
    # No name or alias, a birth date in the future, a bad date text, bedenktijd end < start
    qtbot.keyClicks(form.birth_date, (TODAY + timedelta(days=3)).strftime("%d-%m-%Y"))
    qtbot.keyClicks(form.bedenktijd_start, "01-10-2026")
    qtbot.keyClicks(form.bedenktijd_end, "01-09-2026")
    qtbot.keyClicks(form.nationality.lineEdit(), "Atlantis")
    dlg.save()
    assert dlg.isVisible() and dlg.created is None
    assert form.errors["alias"].isVisible()
    assert "naam of een alias" in form.errors["alias"].text()
    assert "toekomst" in form.errors["birth_date"].text()
    assert "vóór het begin" in form.errors["bedenktijd_end"].text()
    assert "kies een land" in form.errors["nationality"].text()
    assert _svc(window).count_dossiers() == 0  # nothing saved half

    form.opened_on.setText("31-02-2026")
    dlg.save()
    assert "ongeldige datum" in form.errors["opened_on"].text()

    form.birth_date.clear()
    form.opened_on.clear()
    form.bedenktijd_end.clear()  # defaults to start + 3 months
    form.nationality.setEditText("")
    qtbot.keyClicks(form.nationality.lineEdit(), "roemen")
    popup = form.nationality.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert form.nationality.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.nationality.currentText() == "Roemenië"
    qtbot.keyClicks(form.alias, "Vlinder")
    qtbot.keyClicks(form.birth_year, "2001")
    form.forms.boxes["arbeid"].setChecked(True)
    dlg.save()
    assert dlg.created is not None
    assert not any(label.isVisible() for label in form.errors.values())
    saved = _svc(window).get_dossier(dlg.created.id)
    person = _svc(window).get_person(saved.person_id or "")
    assert person.alias == "Vlinder" and person.nationality == "RO"
    assert person.birth_year_estimated == 2001
    assert saved.forms == ("arbeid",)
    assert saved.bedenktijd_end == date(2027, 1, 1)
    # the one refresh path reloaded the list
    assert page.model.rowCount() == before + 1
    assert page.model.row_of(saved.id) >= 0
    assert page.count_label.text().startswith(f"{before + 1} dossier")


def test_nationality_is_a_country_name_on_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    d = _svc(window).create_dossier(
        Dossier(owner="Fictieve Tester"), Person(alias="Merel", nationality="NG")
    )
    window.ctx.open_dossier(d.id)

    def view() -> DossierViewWidget | None:
        return next(
            (v for v in window.findChildren(DossierViewWidget) if v.dossier_id == d.id), None
        )

    qtbot.waitUntil(lambda: view() is not None)
    widget = view()
    assert widget is not None
    header = " ".join(lbl.text() for lbl in widget.findChildren(QLabel))
    assert "Nigeria" in header and "· NG" not in header
    form = widget.findChild(IntakeForm)
    assert form is not None and form.nationality.currentText() == "Nigeria"
    assert form.nationality.code() == "NG"


def test_dossier_view_note_phase_and_intake_edit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    svc = _svc(window)
    d = svc.create_dossier(
        Dossier(owner="Fictieve Tester"), Person(first_name="Mila", last_name="Dekker")
    )
    page = window.go_to("dossiers")
    assert isinstance(page, DossiersPage)
    # Enter on the list row opens the dossier
    row = page.model.row_of(d.id)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    view = page.view
    assert isinstance(view, DossierViewWidget) and view.dossier_id == d.id
    assert d.number in view.title.text() and "Mila Dekker" in view.title.text()
    assert view.strip.buttons["intake"].isChecked()
    assert [view.tabs.tabText(i).replace("&", "") for i in range(7)] == [
        "Intake",
        "Signalen",
        "Veiligheid",
        "Toestemming",
        "Ketenpartners",
        "Actiepunten",
        "Tijdlijn",
    ]

    timeline = view.tab_widgets["tijdlijn"]
    view.tabs.setCurrentWidget(timeline)
    timeline.add()  # empty text: message next to the field, nothing saved
    assert "Tekst is verplicht" in timeline.form.errors["text"].text()
    timeline.text.setPlainText("Gesprek met cliënte over huisvesting.")
    qtbot.keyClick(timeline.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # the note, and the intake (the dossier opened) as an event on the tijdlijn
    assert timeline.list.topLevelItemCount() == 2 and len(timeline.notes) == 1
    assert "huisvesting" in timeline.list.topLevelItem(0).text(2)
    assert timeline.list.topLevelItem(1).text(1) == "Intake (dossier geopend)"
    assert timeline.text.toPlainText() == ""

    # Later phases follow from facts: the strip opens the tab that records them.
    qtbot.mouseClick(view.strip.buttons["opvang"], Qt.MouseButton.LeftButton)
    assert svc.get_dossier(d.id).phase == "intake"
    assert view.strip.buttons["intake"].isChecked()
    assert view.tabs.currentWidget() is view.tab_widgets["opvang"]
    assert "Opvang" in view.error.text()
    qtbot.mouseClick(view.strip.buttons["afgesloten"], Qt.MouseButton.LeftButton)
    nazorg = view.tab_widgets["nazorg"]
    assert view.tabs.currentWidget() is nazorg
    assert nazorg.dialog is not None and nazorg.dialog.isVisible()  # the closing form
    nazorg.dialog.reject()
    assert svc.get_dossier(d.id).phase == "intake"

    intake = view.tab_widgets["intake"]
    intake.form.bedenktijd_start.setText("01-11-2026")
    intake.form.bedenktijd_end.setText("01-05-2027")
    intake.save()
    assert "hooguit 3 maanden" in intake.form.errors["bedenktijd_end"].text()
    intake.form.bedenktijd_end.clear()
    intake.form.first_name.setText("Milou")
    intake.save()
    assert svc.get_person(d.person_id or "").first_name == "Milou"
    assert svc.get_dossier(d.id).bedenktijd_end == date(2027, 2, 1)
    assert "Milou Dekker" in view.title.text()

    from desktop.cases import Organisation

    org = svc.create_organisation(Organisation(name="CoMensha", kind="comensha"))
    consent = view.tab_widgets["toestemming"]
    consent.recipient_org.setCurrentIndex(consent.recipient_org.findData(org.id))
    consent.add()
    assert consent.table.topLevelItemCount() == 1
    assert consent.table.topLevelItem(0).text(6) == "Geldig"
    assert consent.table.topLevelItem(0).text(2) == "CoMensha"
    valid = svc.valid_consents(d.id, "registratie_comensha", recipient_org_id=org.id)
    assert len(valid) == 1 and valid[0].given_by == "Milou Dekker"

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.list_widget


def test_screening_signal_besluit_and_actiepunt(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.go_to("screening")
    assert isinstance(page, ScreeningPage)
    assert page.agenda.topLevelItemCount() == 0
    dlg = SignalDialog(page.service, page)
    qtbot.addWidget(dlg)
    dlg.received_on.setText((TODAY + timedelta(days=2)).strftime("%d-%m-%Y"))
    dlg.save()
    assert "toekomst" in dlg.form.errors["received_on"].text()
    dlg.received_on.setText(TODAY.strftime("%d-%m-%Y"))
    dlg.reporter_type.setCurrentIndex(dlg.reporter_type.findData("wijkteam"))
    qtbot.keyClicks(dlg.person_hint, "S.")
    qtbot.keyClicks(dlg.description, "Jonge vrouw wordt elke avond met de auto opgehaald.")
    dlg.forms.boxes["seksueel"].setChecked(True)
    dlg.urgency.setCurrentIndex(dlg.urgency.findData("hoog"))
    dlg.save()
    assert dlg.created is not None
    # a dialog without the context: its change is published on the next event-loop turn
    qtbot.waitUntil(lambda: page.agenda.topLevelItemCount() == 1)
    assert page.agenda.topLevelItem(0).text(2) == "S."

    meeting = MeetingDialog(page.service, page)
    qtbot.addWidget(meeting)
    meeting.attendees.setText("Politie, Arbeidsinspectie, Opvang")
    meeting.save()
    assert meeting.created is not None
    page._load_meetings(select=meeting.created.id)
    assert "Politie" in page.attendees_label.text()

    page.agenda.setCurrentItem(page.agenda.topLevelItem(0))
    page.kind.setCurrentIndex(page.kind.findData("geen_actie"))
    page.record_besluit()
    assert "Reden is verplicht" in page.besluit_form.errors["reason"].text()
    page.kind.setCurrentIndex(page.kind.findData("meer_informatie"))
    assert page.info_from.isEnabled() and not page.referred_to.isEnabled()
    page.info_from.setText("Wijkteam")
    page.info_before.setText((TODAY + timedelta(days=7)).strftime("%d-%m-%Y"))
    page.record_besluit()
    assert "Meer informatie" in page.besluit_done.text()
    # more information needed: the signal stays on the agenda, status changed
    assert page.agenda.topLevelItemCount() == 1
    assert page.agenda.topLevelItem(0).text(5) == "Wacht op informatie"

    page.action_text.setText("Navragen bij de school")
    page.action_owner.setText("Fictieve Tester")
    page.action_due.setText((TODAY - timedelta(days=1)).strftime("%d-%m-%Y"))
    qtbot.keyClick(page.action_text, Qt.Key.Key_Return)
    assert page.action_list.topLevelItemCount() == 1

    page.agenda.setCurrentItem(page.agenda.topLevelItem(0))
    page.kind.setCurrentIndex(page.kind.findData("doorverwijzen"))
    page.referred_to.setText("Veilig Thuis")
    page.record_besluit()
    assert page.agenda.topLevelItemCount() == 0
    besluiten = page.service.besluiten(meeting_id=meeting.created.id)
    assert [b.kind for b in besluiten] == ["meer_informatie", "doorverwijzen"]
    assert besluiten[1].referred_to == "Veilig Thuis"

    today = window.go_to("today")
    assert isinstance(today, TodayPage)
    assert today.lists["overdue"].topLevelItemCount() == 1
    assert "school" in today.lists["overdue"].topLevelItem(0).text(1)


def test_vandaag_enter_opens_dossier(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    svc = _svc(window)
    start = TODAY - timedelta(days=80)
    d = svc.create_dossier(
        Dossier(bedenktijd_start=start, opened_on=start),
        Person(alias="Roos"),
    )
    svc.add_actiepunt(
        Actiepunt(description="Bel de advocaat", due_on=TODAY + timedelta(days=2), dossier_id=d.id)
    )
    page = window.go_to("today")
    assert isinstance(page, TodayPage)
    tree = page.lists["bedenktijd"]
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(2) == "Roos"
    assert page.lists["upcoming"].topLevelItemCount() == 1
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.workspace is not None and window.workspace.current_key() == "dossiers"
    dossiers = window.workspace.page_widgets["dossiers"]
    assert isinstance(dossiers, DossiersPage)
    assert isinstance(dossiers.view, DossierViewWidget) and dossiers.view.dossier_id == d.id


def test_search_finds_zoe_with_zoe_and_opens_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    svc = _svc(window)
    zoe = svc.create_dossier(Dossier(), Person(first_name="Zoë", last_name="Janssen"))
    svc.create_dossier(Dossier(), Person(first_name="Noor", last_name="Bakker"))
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_hook.popup  # type: ignore[attr-defined]
    assert isinstance(popup, SearchPopup) and popup.isVisible()
    qtbot.keyClicks(popup.edit, "zoe")
    qtbot.waitUntil(lambda: popup.list.count() > 0, timeout=10000)
    texts = [popup.list.item(i).text() for i in range(popup.list.count())]
    assert any("Zoë Janssen" in t for t in texts)
    assert not any("Noor" in t for t in texts)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert popup.edit.text() == "" and popup.list.count() == 0  # forgotten on close
    assert window.workspace is not None and window.workspace.current_key() == "dossiers"
    page = window.workspace.page_widgets["dossiers"]
    assert isinstance(page, DossiersPage) and isinstance(page.view, DossierViewWidget)
    assert page.view.dossier_id == zoe.id


@pytest.mark.parametrize(
    ("language", "born", "phase"),
    [("nl", "geboren 1994", "Opvang"), ("en", "born 1994", "Shelter")],
)
def test_search_lines_speak_the_users_language(  # type: ignore[no-untyped-def]
    qtbot, qapp, window: MainWindow, language: str, born: str, phase: str
) -> None:
    """A person's birth year and a dossier's phase after their titles are in the UI's
    language (the service's Dutch lines showed "geboren" and "Opvang" in English too)."""
    from ui.app import install_translators

    svc = _svc(window)
    svc.create_dossier(
        Dossier(phase="opvang"),
        Person(first_name="Zoë", last_name="Janssen", birth_date=date(1994, 5, 1)),
    )
    install_translators(qapp, language)
    try:
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        popup = window.search_hook.popup  # type: ignore[attr-defined]
        qtbot.keyClicks(popup.edit, "janss")
        qtbot.waitUntil(lambda: popup.list.count() >= 4, timeout=10000)
        texts = [popup.list.item(i).text() for i in range(popup.list.count())]
        assert any("Zoë Janssen" in t and t.endswith(f"· {born}") for t in texts), texts
        assert any("Janssen, Zoë" in t and t.endswith(f"· {phase}") for t in texts), texts
    finally:
        install_translators(qapp, "nl")


def test_lock_clears_every_model_and_the_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    svc = _svc(window)
    d = svc.create_dossier(Dossier(), Person(first_name="Zoë", last_name="Janssen"))
    page = window.go_to("dossiers")
    assert isinstance(page, DossiersPage)
    page.open_dossier(d.id)
    today = window.go_to("today")
    screening = window.go_to("screening")
    assert isinstance(today, TodayPage) and isinstance(screening, ScreeningPage)
    model = page.model
    assert model.rowCount() == 1
    popup = window.search_hook.open()  # type: ignore[attr-defined]
    assert popup is not None
    popup.edit.setText("zoe")
    popup.search_now()
    assert popup.list.count() > 0
    window.lock()
    assert model.rowCount() == 0 and model.service is None
    assert page.view is None
    assert popup.list.count() == 0 and popup.edit.text() == "" and not popup.isVisible()
    assert all(t.topLevelItemCount() == 0 for t in today.lists.values())
    assert screening.agenda.topLevelItemCount() == 0
    assert window.workspace is None
    assert not window.search_hook.action.isEnabled()  # type: ignore[attr-defined]
    assert window.ctx.session is None  # the services went with the session
    # unlock again: fresh pages and a service on the new store
    window.unlock_view.password.setText(PASSWORD)
    qtbot.keyClick(window.unlock_view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)
    again = window.go_to("dossiers")
    assert isinstance(again, DossiersPage) and again is not page
    assert again.model.rowCount() == 1
    assert window.ctx.require_session().cases.store is window.ctx.store


def test_every_input_has_label_and_accessible_name(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    svc = _svc(window)
    d = svc.create_dossier(Dossier(), Person(alias="Test"))
    roots: list[QWidget] = []
    for key in ("today", "screening", "dossiers"):
        page = window.go_to(key)
        assert page is not None
        roots.append(page)
    dossiers = window.go_to("dossiers")
    assert isinstance(dossiers, DossiersPage)
    roots.append(dossiers.open_dossier(d.id))
    for dlg in (
        IntakeDialog(window.ctx, svc, window),
        SignalDialog(svc, window),
        MeetingDialog(svc, window),
        SearchPopup(window.ctx, window),
    ):
        qtbot.addWidget(dlg)
        roots.append(dlg)
    missing = []
    for root in roots:
        buddies = {id(lbl.buddy()) for lbl in root.findChildren(QLabel) if lbl.buddy()}
        fields: list[QWidget] = [
            *root.findChildren(QLineEdit),
            *root.findChildren(QPlainTextEdit),
            *root.findChildren(QComboBox),
        ]
        for field in fields:
            parent = field.parent()
            if parent is not None and (
                parent.inherits("QAbstractSpinBox") or parent.inherits("QComboBox")
            ):
                continue
            if not field.accessibleName() or id(field) not in buddies:
                missing.append(
                    f"{type(root).__name__}: {type(field).__name__} {field.accessibleName()!r}"
                )
    assert not missing, missing


def test_intake_besluit_starts_intake_from_the_signal(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.cases import Signal

    svc = _svc(window)
    signal = svc.create_signal(
        Signal(reporter_type="politie", person_hint="K.", forms=("crimineel",), urgency="hoog")
    )
    page = window.go_to("screening")
    assert isinstance(page, ScreeningPage)
    page.select_signal(signal.id)
    page.kind.setCurrentIndex(page.kind.findData("intake"))
    page.record_besluit()
    dlg = page.intake_dialog
    assert isinstance(dlg, IntakeDialog) and dlg.isVisible()
    assert dlg.form.forms.selected() == ("crimineel",)
    assert dlg.form.alias.text() == "K."
    dlg.form.alias.setText("Kiki")
    dlg.save()
    assert dlg.created is not None
    linked = svc.get_signal(signal.id)
    assert linked.dossier_id == dlg.created.id and linked.status == "besloten"
    assert window.workspace is not None and window.workspace.current_key() == "dossiers"
    dossiers = window.workspace.page_widgets["dossiers"]
    assert isinstance(dossiers, DossiersPage) and isinstance(dossiers.view, DossierViewWidget)
    assert dossiers.view.dossier_id == dlg.created.id
    signals_tab = dossiers.view.tab_widgets["signalen"]
    assert signals_tab.reports.topLevelItemCount() == 1  # the aanmelding is in the dossier


def test_agenda_print_is_pseudonymised(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from desktop.cases import Signal

    svc = _svc(window)
    d = svc.create_dossier(Dossier(), Person(first_name="Zoë", last_name="Janssen"))
    linked = svc.create_signal(
        Signal(
            reporter_type="politie",
            reporter_name="Agent Fictief",
            reporter_contact="06-12345678",
            description="Woont aan de Voorbeeldstraat 12",
            forms=("arbeid",),
        )
    )
    svc.link_signal(linked.id, person_id=d.person_id, dossier_id=d.id)
    svc.create_signal(Signal(reporter_type="anoniem", person_hint="K.", urgency="acuut"))
    page = window.go_to("screening")
    assert isinstance(page, ScreeningPage)

    def text() -> str:
        pdf = page.agenda_pdf()
        assert pdf.startswith(b"%PDF")
        return subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode()

    out = text()
    assert "Z.J." in out and "K." in out and "Politie" in out and "ACUUT" in out
    for secret in ("Zoë", "Janssen", "Agent Fictief", "06-12345678", "Voorbeeldstraat"):
        assert secret not in out
    page.with_description.setChecked(True)
    assert "Voorbeeldstraat" in text()  # only when asked for


def test_safety_and_actiepunten_tabs_and_vandaag_done(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    svc = _svc(window)
    d = svc.create_dossier(Dossier(), Person(alias="Lotus"))
    page = window.go_to("dossiers")
    assert isinstance(page, DossiersPage)
    view = page.open_dossier(d.id)
    assert isinstance(view, DossierViewWidget)
    safety = view.tab_widgets["veiligheid"]
    safety.level.setCurrentIndex(safety.level.findData("hoog"))
    safety.assessed_on.setText((TODAY + timedelta(days=1)).strftime("%d-%m-%Y"))
    safety.add()
    assert "toekomst" in safety.form.errors["assessed_on"].text()
    safety.assessed_on.clear()
    safety.notes.setPlainText("Uitbuiter zoekt haar; adres geheim houden.")
    safety.add()
    assert safety.list.topLevelItemCount() == 1
    assert "veiligheid: Hoog" in view.facts.text()

    actions = view.tab_widgets["actiepunten"]
    actions.add()
    assert "Actiepunt is verplicht" in actions.form.errors["description"].text()
    actions.description.setPlainText("Plaatsing COSM aanvragen")
    actions.due_on.setText((TODAY - timedelta(days=2)).strftime("%d-%m-%Y"))
    actions.add()
    assert actions.list.topLevelItemCount() == 1
    assert "1 open actiepunt" in view.facts.text() and "actiepunten" not in view.facts.text()

    today = window.go_to("today")
    assert isinstance(today, TodayPage)
    overdue = today.lists["overdue"]
    assert overdue.topLevelItemCount() == 1
    assert not today.done_button.isEnabled()
    overdue.setCurrentItem(overdue.topLevelItem(0))
    assert today.done_button.isEnabled()
    qtbot.mouseClick(today.done_button, Qt.MouseButton.LeftButton)
    assert overdue.topLevelItemCount() == 0
    assert svc.actiepunten(dossier_id=d.id)[0].done_on == TODAY
    assert view.dirty  # hidden: reloads when shown again
    window.go_to("dossiers")
    assert not view.dirty
    assert actions.list.topLevelItemCount() == 0
    actions.show_done.setChecked(True)
    assert actions.list.topLevelItemCount() == 1


def test_hidden_pages_catch_up_when_shown_and_views_are_audited(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from storage import audit

    db = window.ctx.require_store().db
    svc = _svc(window)
    today = window.go_to("today")
    assert isinstance(today, TodayPage)
    window.go_to("dossiers")
    views_before = audit.count_entries(db, action="today.view")
    d = svc.create_dossier(Dossier(), Person(alias="Iris"))
    svc.add_actiepunt(Actiepunt(description="Bellen", due_on=TODAY, dossier_id=d.id))
    assert today.dirty and audit.count_entries(db, action="today.view") == views_before
    window.go_to("today")
    assert not today.dirty and today.lists["upcoming"].topLevelItemCount() == 1
    assert audit.count_entries(db, action="today.view") == views_before + 1
    # opening a dossier is audited with its id (never the name)
    assert audit.count_entries(db, action="dossier.view", object_id=d.id) == 0
    today.lists["upcoming"].setCurrentItem(today.lists["upcoming"].topLevelItem(0))
    qtbot.keyClick(today.lists["upcoming"], Qt.Key.Key_Return)
    opened = audit.entries(db, action="dossier.view", object_id=d.id)
    assert opened and not any("Iris" in repr(e) for e in opened)


def test_other_dossiers_of_the_person_and_markup_is_escaped(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    svc = _svc(window)
    first = svc.create_dossier(
        Dossier(opened_on=TODAY - timedelta(days=400)),
        Person(first_name="<b>Eva</b>", alias="<i>Roos</i>"),
    )
    second = svc.create_dossier(Dossier(person_id=first.person_id))
    page = window.go_to("dossiers")
    assert isinstance(page, DossiersPage)
    view = page.open_dossier(second.id)
    assert isinstance(view, DossierViewWidget)
    assert view.title.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Eva</b>" in view.title.text()
    assert "&lt;i&gt;Roos&lt;/i&gt;" in view.facts.text()
    assert view.others.isVisibleTo(view) and first.number in view.others.text()
    view.others.linkActivated.emit(first.id)
    assert isinstance(page.view, DossierViewWidget) and page.view.dossier_id == first.id
    assert second.number in page.view.others.text()


def test_timeline_loads_older_notes_in_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.cases import Note

    svc = _svc(window)
    d = svc.create_dossier(Dossier(opened_on=TODAY - timedelta(days=300)), Person(alias="Bloem"))
    with svc.db.transaction():
        for i in range(230):
            svc.add_note(
                Note(dossier_id=d.id, occurred_on=TODAY - timedelta(days=i), text=f"Notitie {i}")
            )
    page = window.go_to("dossiers")
    assert isinstance(page, DossiersPage)
    view = page.open_dossier(d.id)
    assert isinstance(view, DossierViewWidget)
    timeline = view.tab_widgets["tijdlijn"]
    view.tabs.setCurrentWidget(timeline)
    timeline.show_kind.setCurrentIndex(timeline.show_kind.findData("=n"))  # notes only
    assert timeline.list.topLevelItemCount() == 200
    assert "30 oudere regels" in timeline.more.text() and timeline.more_button.isVisible()
    qtbot.mouseClick(timeline.more_button, Qt.MouseButton.LeftButton)
    assert timeline.list.topLevelItemCount() == 230
    texts = [timeline.list.topLevelItem(i).text(2) for i in range(230)]
    assert texts[0] == "Notitie 0" and texts[-1] == "Notitie 229"
    assert len(set(texts)) == 230
    assert not timeline.more_button.isVisible()


def test_main_window_installs_search_once(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    hook = window.search_hook  # type: ignore[attr-defined]
    assert install_search(window) is hook
    ctrl_k = [a for a in window.actions() if QKeySequence("Ctrl+K") in a.shortcuts()]
    assert ctrl_k == [hook.action]


def test_today_shows_care_items_and_opens_the_dossier(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.care import model as care_model

    svc = _svc(window)
    d = svc.create_dossier(Dossier(opened_on=TODAY - timedelta(days=30)), Person(alias="Iris"))
    care = Published(window.ctx, window.ctx.require_session().care)
    plan = care.start_plan(d.id, TODAY - timedelta(days=20), {"huisvesting": 1})
    care.add_action(
        care_model.CareAction(
            plan_id=plan.id,
            domain="huisvesting",
            what="Inschrijven woningnet",
            who="coördinator",
            due_on=TODAY + timedelta(days=3),
        )
    )
    care.plan_evaluation(plan.id, TODAY - timedelta(days=1))
    page = window.go_to("today")
    assert isinstance(page, TodayPage)
    tree = page.lists["care"]
    texts = sorted(tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount()))
    assert texts == ["Evaluatie hulpverleningsplan", "Inschrijven woningnet"]
    assert "(2)" in page.headings["care"].text()
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    dossiers = window.workspace.page_widgets["dossiers"]  # type: ignore[union-attr]
    assert isinstance(dossiers, DossiersPage) and dossiers.view is not None
    assert dossiers.view.dossier_id == d.id


def test_today_warns_when_the_last_backup_is_old(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from storage import settings
    from storage.backup import SETTING_LAST_OK

    page = window.go_to("today")
    assert isinstance(page, TodayPage)
    assert page.backup_warning.isHidden()  # a store made today needs no warning yet
    store = window.ctx.require_store()
    old = (datetime.now(UTC) - timedelta(days=10)).isoformat()
    settings.put(store.db, SETTING_LAST_OK, old)
    page.refresh()
    assert not page.backup_warning.isHidden()
    assert "7 dagen" in page.backup_warning.text()
    settings.put(store.db, SETTING_LAST_OK, datetime.now(UTC).isoformat())
    page.refresh()
    assert page.backup_warning.isHidden()


def test_navigation_through_the_context_opens_a_dossier_at_a_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Views ask the context (``ctx.open_dossier(id, tab=...)``), never the window."""
    d = _svc(window).create_dossier(Dossier(), Person(alias="Noor"))
    window.go_to("today")
    window.ctx.open_dossier(d.id, "tijdlijn")
    assert window.workspace is not None and window.workspace.current_key() == "dossiers"
    dossiers = window.go_to("dossiers")
    assert isinstance(dossiers, DossiersPage)
    view = dossiers.view
    assert isinstance(view, DossierViewWidget) and view.dossier_id == d.id
    assert view.tabs.currentWidget() is view.tab_widgets["tijdlijn"]
