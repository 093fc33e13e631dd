"""Issue 13, the bug list: the bullets that had no test yet, each on a real window over a
real encrypted store (the others are tested where their fix lives; see the table in the
report of the printfix branch).

- "Nazorg starten" while the client is still placed refuses before the form is filled;
- an empty "Nieuw signaal" does not save silently;
- an intake date error shows at its field, in view, and goes once the date is corrected;
- after saving a new signal the selection moves to it;
- "1 record is ..." (not "1 records zijn ...") in the conflict dialog, and every Dutch
  ``%n`` text has a singular form;
- the inzage PDF names the handelingen as the Logboek does, not ``person.update``.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.care import model as c
from desktop.cases import Organisation, Person, Signal
from storage.vault import Vault
from tests import translations
from tests.ui_helpers import Published, unlocked_window
from ui.care.tabs import AftercareTab
from ui.cases.dossier_view import DossierViewWidget
from ui.cases.intake import IntakeDialog
from ui.cases.screening_page import ScreeningPage, SignalDialog
from ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def window(qtbot, vault: Vault) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from unlocked_window(qtbot, vault, size=(1366, 768))


def _shelter(care) -> str:  # type: ignore[no-untyped-def]
    org = care.cases.create_organisation(Organisation(name="Fictieve Opvang", kind="opvang"))
    care.save_shelter(c.ShelterProfile(organisation_id=org.id, shelter_type="cosm", capacity=3))
    return str(org.id)


def test_nazorg_start_refuses_before_the_form_while_the_client_is_placed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    care = Published(window.ctx, window.ctx.require_session().care)
    org = _shelter(care)
    dossier = care.cases.create_dossier(
        c_dossier(), Person(first_name="Fictief", last_name="Geplaatst")
    )
    req = care.request_placement(
        c.Placement(
            dossier_id=dossier.id, requested_on=TODAY - timedelta(days=9), organisation_id=org
        )
    )
    placement = care.place(req.id, TODAY - timedelta(days=7))
    view = window.go_to("dossiers").open_dossier(dossier.id)
    assert isinstance(view, DossierViewWidget)
    nazorg = view.tab_widgets["nazorg"]
    assert isinstance(nazorg, AftercareTab)
    view.tabs.setCurrentWidget(nazorg)
    nazorg.dialog = None
    nazorg.start()
    assert nazorg.dialog is None  # no form to fill in first
    assert nazorg.error.isVisible()
    assert "Beëindig eerst de plaatsing" in nazorg.error.text()
    # Once the stay has ended the form opens (and the old message goes).
    care.end_placement(placement.id, TODAY - timedelta(days=1), "uitstroom_eigen_woning")
    nazorg.start()
    assert nazorg.dialog is not None and nazorg.dialog.isVisible()
    assert not nazorg.error.isVisible()
    nazorg.dialog.reject()


def c_dossier():  # type: ignore[no-untyped-def]
    from desktop.cases import Dossier

    return Dossier(owner="Fictieve Tester", opened_on=TODAY - timedelta(days=30))


def test_an_empty_new_signal_does_not_save_silently(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    cases = window.ctx.require_session().cases
    before = len(cases.agenda())
    dlg = SignalDialog(cases, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.save()  # nothing filled in
    assert dlg.created is None and dlg.isVisible()
    error = dlg.form.errors["description"]
    assert error.isVisible() and "leeg" in error.text()
    assert dlg.focusWidget() is dlg.description or not QApplication.focusWindow()
    assert len(cases.agenda()) == before
    dlg.description.setPlainText("Fictief: twee personen bij de bushalte, steeds opgehaald.")
    assert not error.isVisible()  # the message goes once the field is filled
    dlg.save()
    assert dlg.created is not None and not dlg.isVisible()
    assert len(cases.agenda()) == before + 1


def _in_view(area: QScrollArea, widget) -> bool:  # type: ignore[no-untyped-def]
    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= area.viewport().height()


def test_intake_date_error_shows_at_its_field_in_view_and_goes_when_corrected(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    cases = window.ctx.require_session().cases
    dlg = IntakeDialog(window.ctx, cases, window)
    qtbot.addWidget(dlg)
    dlg.resize(900, 450)
    dlg.show()
    qtbot.waitExposed(dlg)
    form = dlg.form
    area = dlg.findChild(QScrollArea)
    assert area is not None
    field = form.fields["aangifte_on"]
    assert not _in_view(area, field)  # the case this guards: a date far down the form
    form.alias.setText("Fictief K.")
    field.setText("31-02-2026")
    dlg.save()
    qtbot.wait(50)
    error = form.errors["aangifte_on"]
    assert dlg.created is None
    assert error.isVisible() and "ongeldige datum" in error.text()
    assert not form.general.isVisible()  # not at the top of the form
    assert _in_view(area, field) and _in_view(area, error)
    # Corrected: the message goes at once (not only at the next save).
    field.setText("03-02-2026")
    assert not error.isVisible()
    dlg.save()
    assert dlg.created is not None


def test_the_new_signal_is_selected_after_saving(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    cases = Published(window.ctx, window.ctx.require_session().cases)
    old = cases.create_signal(Signal(reporter_type="politie", person_hint="Oud", forms=("arbeid",)))
    page = window.go_to("screening")
    assert isinstance(page, ScreeningPage)
    page.select_signal(old.id)
    assert page.current_signal_id() == old.id

    def fill() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, SignalDialog):
            QTimer.singleShot(20, fill)
            return
        dlg.person_hint.setText("Nieuw")
        dlg.description.setPlainText("Fictief: nieuw signaal.")
        dlg.save()

    QTimer.singleShot(0, fill)
    page.new_signal()
    QApplication.processEvents()
    new = [s for s in cases.agenda() if s.person_hint == "Nieuw"]
    assert len(new) == 1
    assert page.current_signal_id() == new[0].id
    assert page.signal_title.text() != page.tr("Kies een signaal op de agenda.")


def test_one_conflict_is_singular_and_every_dutch_count_has_a_singular() -> None:
    one = QCoreApplication.translate(
        "ConflictDialog",
        "%n records zijn zowel bij u als bij uw collega gewijzigd sinds de vorige uitwisseling.",
        "",
        1,
    )
    assert one.startswith("1 record is ")
    policy = QCoreApplication.translate(
        "RetentionTab",
        "Bewaartermijn: {years} jaar na afsluiting ({basis}); %n afwijkende termijnen per reden "
        "van afsluiting. Vink de dossiers aan die u hebt beoordeeld.",
        "",
        1,
    )
    assert "; 1 afwijkende termijn per reden" in policy
    missing = []
    for msg in translations.messages(translations.ts_path("en")):
        if "%n" not in msg.source or msg.kind in ("vanished", "obsolete"):
            continue
        singular = QCoreApplication.translate(msg.context, msg.source, "", 1)
        plural = QCoreApplication.translate(msg.context, msg.source, "", 2)
        # The same in both: a participle ("1 geladen", "2 geladen") or "jaar" ("7 jaar").
        # Or a bare count in brackets after a heading ("Nog te versturen (%n)").
        same = re.search(r"(%n (ge\w+(d|t|en)\)?|jaar)|\(%n\))$", msg.source)
        if singular.replace("1", "#") == plural.replace("2", "#") and not same:
            missing.append(f"{msg.context}: {msg.source}")
    assert not missing, missing


def test_inzage_pdf_names_actions_as_the_logboek_does(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.audit_labels import action_label

    cases = Published(window.ctx, window.ctx.require_session().cases)
    dossier = cases.create_dossier(c_dossier(), Person(first_name="Fictief", last_name="Inzage"))
    person = cases.get_person(dossier.person_id)
    cases.update_person(person.__class__(**{**person.__dict__, "alias": "Vlinder"}))
    page = window.go_to("privacy")
    out = tmp_path / "inzage.pdf"
    operation = page.inzage.make_to(person.id, out)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.finished and out.exists(), timeout=30_000)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Wie heeft uw gegevens ingezien of gewijzigd" in flat
    assert "person.update" not in flat and "dossier.create" not in flat
    assert "person.create" not in flat
    for action in ("person.update", "dossier.create"):
        words = " ".join(action_label(action).split())
        assert words in flat, (words, flat[-800:])


def test_every_file_dialog_starts_in_a_chosen_folder() -> None:
    """Qt's file dialogs open in Documents (or home), never in the working directory: every
    QFileDialog.get* call in ui/ passes a start folder (the third argument)."""
    import ast

    root = Path(__file__).resolve().parent.parent / "ui"
    calls = []
    bare = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "QFileDialog"
                and node.func.attr.startswith("get")
            ):
                calls.append(node)
                given = len(node.args) >= 3 or any(k.arg == "dir" for k in node.keywords)
                if not given:
                    bare.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    assert len(calls) >= 10
    assert not bare, bare  # (documents_folder itself: tests/test_ui_i18n.py)


def test_dossier_summary_keeps_an_arabic_alias_apart_from_the_age(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """'alias Maryam مريم ✓ · 25 jaar' read left to right, not 'alias Maryam 25 · ✓ مريم jaar'."""
    from PySide6.QtGui import QTextDocument

    from desktop.cases import Dossier

    cases = Published(window.ctx, window.ctx.require_session().cases)
    alias = "Maryam مريم ✓"
    dossier = cases.create_dossier(
        Dossier(owner="Fictieve Tester"),
        Person(
            first_name="مريم",
            last_name="Al-Hassan",
            alias=alias,
            birth_year_estimated=TODAY.year - 25,
        ),
    )
    view = window.go_to("dossiers").open_dossier(dossier.id)
    QApplication.processEvents()
    doc = QTextDocument()
    doc.setHtml(view.facts.text())
    doc.setTextWidth(4000)  # one line
    doc.size()  # lays it out
    text = doc.toPlainText()
    layout = doc.firstBlock().layout()
    assert layout is not None and layout.lineCount() == 1

    def x(needle: str) -> float:
        at = text.index(needle)
        return layout.lineAt(0).cursorToX(at)[0]

    # Visual order left to right: "alias", "Maryam", the Arabic word, the tick, then the age.
    assert x("alias") < x("Maryam") < x("25 jaar")
    assert x("مريم") < x("25 jaar") and x("✓") < x("25 jaar")


def test_the_intake_dialog_fits_the_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """At 150 % (910×512 logical pixels) the 900×780 dialog hung off the screen, its lower
    fields and their messages out of reach; now it scrolls inside the screen."""
    dlg = IntakeDialog(window.ctx, window.ctx.require_session().cases, window)
    qtbot.addWidget(dlg)
    free = dlg.screen().availableGeometry()
    assert free.height() - 40 < 780  # the offscreen screen (less a title bar) is smaller
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.height() <= free.height() - 40
