"""Opvang, plan and nazorg screens with pytest-qt on a real encrypted store: a full traject
signal → intake → placement → doorplaatsing → plan with two evaluations → nazorg →
afsluiting, the Opvang page (bezetting, open requests, audited address reveal), and the
keyboard/accessibility basics."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.cases import Organisation, Person, Signal
from storage import audit
from storage.vault import Vault
from tests.ui_helpers import Published, unlocked_window
from ui.care.opvang_page import OpvangPage
from ui.care.tabs import AftercareTab, PlacementsTab, PlanTab
from ui.cases.dossier_view import DossierViewWidget
from ui.cases.dossiers_page import DossiersPage
from ui.context import AppContext
from ui.main_window import MainWindow

TODAY = date.today()


def d(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).strftime("%d-%m-%Y")


@pytest.fixture
def window(qtbot, vault: Vault) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from unlocked_window(qtbot, vault)


def _combo_to(box: QComboBox, key: str) -> None:
    i = box.findData(key)
    assert i >= 0, key
    box.setCurrentIndex(i)


def test_full_traject(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx: AppContext = window.ctx
    care = Published(ctx, ctx.require_session().care)
    cases = care.cases
    a = cases.create_organisation(
        Organisation(name="Fictieve COSM", kind="opvang", address="Geheimweg 1")
    )
    b = cases.create_organisation(Organisation(name="Fictieve OMM", kind="opvang"))
    wijkteam = cases.create_organisation(Organisation(name="Fictief Wijkteam", kind="wijkteam"))

    # Opvang page: registered; add shelter profiles through the dialog
    page = window.go_to("opvang")
    assert isinstance(page, OpvangPage)
    for org, kind, secret in ((a, "cosm", True), (b, "omm", False)):
        page.new_shelter()
        dlg = page.dialog
        assert dlg is not None
        _combo_to(dlg.field("organisation_id"), org.id)
        _combo_to(dlg.field("shelter_type"), kind)
        dlg.field("capacity").setValue(2)
        dlg.field("confidential_address").setChecked(secret)
        dlg.accept()
        assert not dlg.isVisible()
    assert page.shelters.topLevelItemCount() == 2

    # Signal → intake (the case screens are tested elsewhere; here through the service)
    sig = cases.create_signal(
        Signal(received_on=TODAY - timedelta(days=200), reporter_type="politie", forms=("arbeid",))
    )
    dossier = cases.start_intake(sig.id, Person(first_name="Fictief", last_name="Traject"))
    cases.update_dossier(
        dataclass_replace(cases.get_dossier(dossier.id), opened_on=TODAY - timedelta(days=200))
    )

    dossiers = window.go_to("dossiers")
    assert isinstance(dossiers, DossiersPage)
    view = dossiers.open_dossier(dossier.id)
    assert isinstance(view, DossierViewWidget)
    assert view.strip.buttons["intake"].isChecked()
    titles = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    mine = [t for t in titles if t in ("Opvang", "Hulpverleningsplan", "Nazorg en afsluiting")]
    assert mine == ["Opvang", "Hulpverleningsplan", "Nazorg en afsluiting"]

    # Placement: aanvraag → plaatsen; the phase strip follows (opvang)
    tab = view.tab_widgets["opvang"]
    assert isinstance(tab, PlacementsTab)
    view.tabs.setCurrentWidget(tab)
    tab.new_request()
    dlg = tab.dialog
    assert dlg is not None
    dlg.field("requested_on").setText(d(190))
    _combo_to(dlg.field("requested_type"), "cosm")
    _combo_to(dlg.field("organisation_id"), a.id)
    dlg.accept()
    assert tab.list.topLevelItemCount() == 1 and tab.place_button.isEnabled()
    tab.place()
    dlg = tab.dialog
    dlg.field("start_on").setText(d(195))  # before the request: refused next to the field
    dlg.accept()
    assert dlg.isVisible() and "vóór de aanvraag" in dlg.form.errors["start_on"].text()
    dlg.field("start_on").setText(d(185))
    dlg.accept()
    assert not dlg.isVisible()
    assert cases.get_dossier(dossier.id).phase == "opvang"
    assert view.strip.buttons["opvang"].isChecked()

    # Doorplaatsing to the OMM
    assert tab.transfer_button.isEnabled()
    tab.transfer()
    dlg = tab.dialog
    _combo_to(dlg.field("organisation_id"), b.id)
    dlg.field("end_on").setText(d(120))
    dlg.accept()
    assert not dlg.isVisible()
    assert tab.list.topLevelItemCount() == 2
    assert tab.list.topLevelItem(1).text(0).startswith("↳")
    assert tab.list.topLevelItem(0).text(5) == "Doorplaatsing"

    # Opvang page shows the client pseudonymised at the OMM, the COSM address hidden
    page = window.go_to("opvang")
    assert isinstance(page, OpvangPage)
    for i in range(page.shelters.topLevelItemCount()):
        item = page.shelters.topLevelItem(i)
        if item.text(0) == "Fictieve OMM":
            page.shelters.setCurrentItem(item)
            assert item.text(3) == "1"
    assert page.clients.topLevelItem(0).text(0) == "F.T."
    assert page.chart.points[-1].occupied == 1
    for i in range(page.shelters.topLevelItemCount()):
        if page.shelters.topLevelItem(i).text(0) == "Fictieve COSM":
            page.shelters.setCurrentItem(page.shelters.topLevelItem(i))
    assert page.address.text() == "Geheim adres" and page.reveal_button.isEnabled()
    before = len(audit.entries(ctx.require_store().db, action="organisation.address_reveal"))
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert page.address.text() == "Geheimweg 1"
    after = audit.entries(ctx.require_store().db, action="organisation.address_reveal")
    assert len(after) == before + 1 and after[-1].object_id == a.id

    # Plan with intake scores and two evaluations; the chart shows the series
    window.go_to("dossiers")
    plan = view.tab_widgets["hulpverleningsplan"]
    assert isinstance(plan, PlanTab)
    view.tabs.setCurrentWidget(plan)
    assert plan.start_button.isVisible()
    plan.start_plan()
    dlg = plan.dialog
    dlg.field("held_on").setText(d(180))
    dlg.scores.boxes["huisvesting"].setValue(1)  # type: ignore[attr-defined]
    dlg.scores.boxes["veiligheid"].setValue(2)  # type: ignore[attr-defined]
    dlg.accept()
    assert not dlg.isVisible()
    for n, (held, score) in enumerate(((90, 3), (30, 4))):
        plan.plan_evaluation()
        dlg = plan.dialog
        dlg.field("planned_on").setText(d(held + 2))
        dlg.accept()
        assert not dlg.isVisible(), dlg.form.general.text()
        plan.hold_evaluation()
        dlg = plan.dialog
        assert dlg.scores.boxes["huisvesting"].value() == (1, 3)[n]  # type: ignore[attr-defined]
        dlg.field("held_on").setText(d(held))
        dlg.scores.boxes["huisvesting"].setValue(score)  # type: ignore[attr-defined]
        dlg.accept()
        assert not dlg.isVisible()
    assert [p.score for p in plan.chart.series["huisvesting"]] == [1, 3, 4]
    assert "Huisvesting: 1 → 4" in plan.chart.accessibleDescription()
    plan.add_action()
    dlg = plan.dialog
    _combo_to(dlg.field("domain"), "financien")
    dlg.field("what").setPlainText("Aanvraag uitkering indienen")
    dlg.field("who").setText("coördinator")
    dlg.field("due_on").setText((TODAY + timedelta(days=3)).strftime("%d-%m-%Y"))
    dlg.accept()
    assert any(i.kind == "actie" for i in care.due_items())

    # End the stay, start nazorg (phase nazorg), record a check-in, close
    view.tabs.setCurrentWidget(tab)
    tab.list.setCurrentItem(tab.list.topLevelItem(1))
    tab.end()
    dlg = tab.dialog
    dlg.field("end_on").setText(d(20))
    _combo_to(dlg.field("end_reason"), "uitstroom_eigen_woning")
    dlg.accept()
    assert cases.get_dossier(dossier.id).phase == "begeleiding"
    nazorg = view.tab_widgets["nazorg"]
    assert isinstance(nazorg, AftercareTab)
    view.tabs.setCurrentWidget(nazorg)
    nazorg.start()
    dlg = nazorg.dialog
    _combo_to(dlg.field("handover_org_id"), wijkteam.id)
    dlg.field("handover_on").setText(d(45))
    dlg.field("handed_over").setPlainText("Plan, afspraken en contactpersonen.")
    dlg.accept()
    assert not dlg.isVisible()  # (nazorg may start before the stay ended in the past)
    assert nazorg.checkins.topLevelItemCount() == 4
    assert view.strip.buttons["nazorg"].isChecked()
    nazorg.record()
    dlg = nazorg.dialog
    dlg.field("held_on").setText(d(10))
    _combo_to(dlg.field("outcome"), "goed")
    dlg.field("concerns").setPlainText("Woont zelfstandig.")
    dlg.accept()
    assert nazorg.checkins.topLevelItem(0).text(2) == "Gaat goed"
    nazorg.close_dossier()
    dlg = nazorg.dialog
    _combo_to(dlg.field("reason"), "doel_bereikt")
    dlg.accept()  # no summary yet
    assert dlg.isVisible() and "Samenvatting is verplicht" in dlg.form.errors["summary"].text()
    dlg.field("summary").setPlainText("Doelen bereikt; overgedragen aan het wijkteam.")
    dlg.accept()
    assert not dlg.isVisible()
    final = cases.get_dossier(dossier.id)
    assert final.phase == "afgesloten" and final.closed_on == TODAY
    assert view.strip.buttons["afgesloten"].isChecked()
    assert "Afgesloten" in nazorg.closure.text()
    # "nieuwe signalen" reopens with one click
    nazorg.reopen(confirm=False)
    assert cases.get_dossier(dossier.id).phase == "begeleiding"
    assert cases.get_dossier(dossier.id).status == "lopend"


def dataclass_replace(obj, **changes):  # type: ignore[no-untyped-def]
    import dataclasses

    return dataclasses.replace(obj, **changes)


def test_inputs_have_labels_and_accessible_names(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx: AppContext = window.ctx
    care = Published(ctx, ctx.require_session().care)
    org = care.cases.create_organisation(Organisation(name="Fictieve Opvang", kind="opvang"))
    page = window.go_to("opvang")
    assert isinstance(page, OpvangPage)
    page.new_shelter()
    dlg = page.dialog
    assert dlg is not None
    inputs = [
        w
        for w in dlg.findChildren(QWidget)
        if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox))
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
    ]
    assert inputs
    buddies = {lbl.buddy() for lbl in dlg.findChildren(QLabel) if lbl.buddy() is not None}
    for w in inputs:
        assert w.accessibleName(), type(w)
        assert w in buddies, w.accessibleName()
    _combo_to(dlg.field("organisation_id"), org.id)
    dlg.accept()
    assert care.shelter_profile(org.id) is not None
    assert page.chart.accessibleName() == "Bezetting per week"
