"""Offscreen screenshots of every screen: ``./dev.sh screenshots`` (= python -m tests.screenshots).

Writes PNGs into ``screenshots/`` (git-ignored), in Dutch and, for a few screens, English.
Uses a throw-away data folder with a fast test KDF and clearly fictional names.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from tests.testsite import baken_test_profile  # noqa: E402 - cheap KDF for a throw-away store

baken_test_profile.install()
# Never touch the real keyring of the machine: screens show the "no keyring" variant.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
_TMP = Path(tempfile.mkdtemp(prefix="baken-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")  # keep QSettings out of the real profile

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "paars-fietsje-onder-de-brug-42"
ORG = "Zorg- en Veiligheidshuis Regio Voorbeeld"
USER = "Fictieve Coördinator"


def settle(app: QApplication, ms: int = 60) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(app: QApplication, widget: QWidget, out: Path, name: str) -> Path:
    settle(app)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return path


def take_all(out: Path, language: str, app: QApplication) -> None:
    from storage.vault import Vault
    from ui.app import install_translators
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.pages.help_page import HelpDialog
    from ui.pages.settings_page import (
        ChangePasswordDialog,
        NewRecoverySheetDialog,
        SettingsPage,
    )
    from ui.unlock import RecoveryDialog
    from ui.wizard import FirstRunWizard

    install_translators(app, language)
    sfx = "" if language == "nl" else f"_{language}"
    data = Path(tempfile.mkdtemp(prefix="data-", dir=_TMP))

    # First-run wizard
    ctx = AppContext(Vault(data / "new"), language)
    wizard = FirstRunWizard(ctx)
    wizard.resize(760, 600)
    wizard.show()
    shoot(app, wizard, out, f"01_wizard_welkom{sfx}")
    wizard.next()
    wizard.org_page.org_name.setText(ORG)
    wizard.org_page.org_address.setText("Voorbeeldstraat 1, 1234 AB Voorbeeldstad")
    wizard.org_page.user_name.setText(USER)
    shoot(app, wizard, out, f"02_wizard_organisatie{sfx}")
    wizard.next()
    wizard.password_page.fields.new.setText("welkom123")
    shoot(app, wizard, out, f"03_wizard_wachtwoord_zwak{sfx}")
    wizard.password_page.fields.new.setText(PASSWORD)
    wizard.password_page.fields.confirm.setText(PASSWORD)
    wizard.password_page.password_only.setChecked(True)
    shoot(app, wizard, out, f"04_wizard_wachtwoord_sterk{sfx}")
    wizard.next()
    from ui.operations import wait_for

    wait_for(wizard.creating)
    shoot(app, wizard, out, f"05_wizard_herstelcode{sfx}")
    panel = wizard.recovery_page.panel
    assert panel is not None and panel.check_edit is not None
    panel.check_edit.setText(panel.groups[panel.check_index])
    shoot(app, wizard, out, f"06_wizard_herstelcode_gecontroleerd{sfx}")
    wizard.accept()
    settle(app)
    ctx.lock()

    # Main window: unlock, wrong password, recovery dialog
    window = MainWindow(ctx)
    window.resize(1100, 720)
    window.start()
    shoot(app, window, out, f"10_ontgrendelen{sfx}")
    window.unlock_view.password.setText("verkeerd-wachtwoord")
    window.unlock_view.try_unlock()
    window.unlock_view.wait()
    shoot(app, window, out, f"11_ontgrendelen_fout{sfx}")
    rec = RecoveryDialog(ctx, window)
    rec.show()
    shoot(app, rec, out, f"12_herstelcode_gebruiken{sfx}")
    rec.close()

    window.unlock_view._start_wait(0)
    window.unlock_view.password.setText(PASSWORD)
    window.unlock_view.try_unlock()
    window.unlock_view.wait()
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    shoot(app, window, out, f"20_instellingen{sfx}")
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    shoot(app, window, out, f"21_instellingen_onder{sfx}")
    # Every page in the registry (later features add theirs), in sidebar order.
    assert window.workspace is not None
    for index, key in enumerate(window.workspace.page_keys()):
        if key == "settings":
            continue
        window.go_to(key)
        shoot(app, window, out, f"22_{index:02d}_pagina_{key}{sfx}")

    dlg = ChangePasswordDialog(ctx, window)
    dlg.show()
    dlg.fields.new.setText("kort")
    shoot(app, dlg, out, f"30_wachtwoord_wijzigen{sfx}")
    dlg.close()
    sheet = NewRecoverySheetDialog(ctx, window)
    sheet.show()
    shoot(app, sheet, out, f"31_nieuw_herstelblad{sfx}")
    sheet.password.setText(PASSWORD)
    sheet.make_code()
    shoot(app, sheet, out, f"32_nieuw_herstelblad_code{sfx}")
    sheet.close()

    help_dialog = HelpDialog(language, window)
    help_dialog.show()
    for index in range(help_dialog.help.tabs.count()):
        help_dialog.help.tabs.setCurrentIndex(index)
        shoot(app, help_dialog, out, f"4{index}_hulp_f1_tab{index + 1}{sfx}")
    help_dialog.close()

    window.panic()
    shoot(app, window, out, f"50_paniek_neutraal{sfx}")
    window.close()
    settle(app)


# -- case screens (issue 4), on demo data ---------------------------------------------------


def _case_window(app: QApplication, language: str):  # type: ignore[no-untyped-def]
    """An unlocked main window on a store filled by ``baken demo``'s generator."""
    from desktop import demo
    from desktop.cases import CaseService, Dossier, Note, Person
    from storage.vault import Vault
    from ui.cases.search_hook import install_search
    from ui.context import AppContext
    from ui.main_window import MainWindow

    vault = Vault(Path(tempfile.mkdtemp(prefix="cases-", dir=_TMP)))
    store, _ = vault.init(
        PASSWORD, initial_settings={"user.name": USER, "organisation.name": ORG}, password_only=True
    )
    demo.generate(store, 300, notes_per_case=6)
    svc = CaseService(store)
    zoe = svc.create_dossier(
        Dossier(owner=USER), Person(first_name="Zoë", last_name="Fictief", alias="Vlinder")
    )
    svc.add_note(Note(dossier_id=zoe.id, text="Zoe belde: wil graag een gesprek met een tolk."))
    store.close()
    ctx = AppContext(vault, language)
    window = MainWindow(ctx)
    install_search(window)
    window.resize(1200, 760)
    window.start()
    window.unlock_view.password.setText(PASSWORD)
    window.unlock_view.try_unlock()
    window.unlock_view.wait()
    settle(app)
    return window


def shot_vandaag(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    window.go_to("today")  # type: ignore[attr-defined]
    shoot(app, window, out, f"60_vandaag{sfx}")


def shot_screening(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    window.go_to("screening")  # type: ignore[attr-defined]
    shoot(app, window, out, f"61_signalen_screening{sfx}")


def shot_dossiers(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    page = window.go_to("dossiers")  # type: ignore[attr-defined]
    page.show_list()
    shoot(app, window, out, f"62_dossiers{sfx}")


def shot_dossier_view(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    page = window.go_to("dossiers")  # type: ignore[attr-defined]
    view = page.open_dossier(page.model.row_at(0).id)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        shoot(app, window, out, f"63_dossier_tab{index + 1}{sfx}")
    page.show_list()


def shot_intake_errors(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    from ui.cases.intake import IntakeDialog

    dlg = IntakeDialog(window.ctx, window.ctx.require_session().cases, window)  # type: ignore[attr-defined]
    dlg.show()
    dlg.form.nationality.setEditText("Atlantis")
    dlg.form.bedenktijd_start.setText("01-10-2026")
    dlg.form.bedenktijd_end.setText("01-09-2026")
    dlg.save()
    shoot(app, dlg, out, f"64_nieuw_dossier_fouten{sfx}")
    dlg.close()


def shot_signal_dialog(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    from ui.cases.screening_page import SignalDialog

    dlg = SignalDialog(window.ctx.require_session().cases, window)  # type: ignore[attr-defined]
    dlg.show()
    shoot(app, dlg, out, f"65_nieuw_signaal{sfx}")
    dlg.close()


def shot_search(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    popup = window.search_hook.open()  # type: ignore[attr-defined]
    popup.edit.setText("zoe")
    popup.search_now()
    shoot(app, popup, out, f"66_zoeken{sfx}")
    popup.close()


def shot_report(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    window.go_to("report")  # type: ignore[attr-defined]
    shoot(app, window, out, f"67_rapportage{sfx}")


def shot_privacy(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    window.go_to("privacy")  # type: ignore[attr-defined]
    shoot(app, window, out, f"68_privacy{sfx}")


def shot_handover(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    """Issue 7: the page, the passphrase shown once, a conflict, the import dialog."""
    from storage.container import generate_passphrase
    from storage.transfer import Conflict, MergePlan
    from ui.handover.import_dialog import ImportHandoverDialog
    from ui.handover.merge import ConflictDialog
    from ui.handover.passphrase import PassphraseDialog

    page = window.go_to("handover")  # type: ignore[attr-defined]
    page.backup_now()
    QApplication.processEvents()
    settle(app, 1500)
    shoot(app, window, out, f"69_overdracht_backups{sfx}")
    dlg = PassphraseDialog(generate_passphrase(), transfer=False, parent=window)
    dlg.show()
    shoot(app, dlg, out, f"69a_wachtwoordzin{sfx}")
    dlg.reject()
    conflict = Conflict(
        "notes",
        "a" * 32,
        ("text", "updated_at"),
        {"text": "Zoe belde: afspraak dinsdag.", "updated_at": "2026-11-20"},
        {"text": "Zoe belde: afspraak woensdag met tolk.", "updated_at": "2026-11-21"},
    )
    plan = MergePlan(None, add=[], update=[], skipped=12, conflicts=[conflict])  # type: ignore[arg-type]
    cdlg = ConflictDialog(plan, window)
    cdlg.show()
    shoot(app, cdlg, out, f"69b_conflicten{sfx}")
    cdlg.reject()
    idlg = ImportHandoverDialog(window.ctx, window)  # type: ignore[attr-defined]
    idlg.show()
    idlg.passphrase.setText("boom kaas")
    shoot(app, idlg, out, f"69c_overdracht_importeren{sfx}")
    idlg.reject()


def _address_book_data(window: QWidget) -> None:
    from desktop.care import model as care_model
    from desktop.cases import Contact, Organisation

    ctx = window.ctx  # type: ignore[attr-defined]
    session = ctx.require_session()
    cases, care = session.cases, session.care
    if any(o.name == "Opvang De Haven" for o in cases.organisations()):
        return
    haven = cases.create_organisation(
        Organisation(
            name="Opvang De Haven",
            kind="opvang",
            street="Kadeweg 12",
            postcode="9711 AB",
            city="Groningen",
            country="NL",
            phone="050 123 4567",
            email="intake@dehaven.example",
            website="www.dehaven.example",
        )
    )
    care.save_shelter(
        care_model.ShelterProfile(
            organisation_id=haven.id,
            shelter_type="cosm",
            capacity=8,
            target_groups=("vrouwen",),
            intake_contact="Intake 050 765 4321",
            confidential_address=True,
        )
    )
    cases.create_contact(Contact(organisation_id=haven.id, name="J. Bakker", role="intake"))
    politie = cases.create_organisation(
        Organisation(
            name="Politie Noord-Nederland, AVIM",
            kind="politie",
            street="Postbus 100",
            postcode="9700 AC",
            city="Groningen",
            phone="0900 8844",
        )
    )
    cases.create_contact(Contact(organisation_id=politie.id, name="K. Visser", role="rechercheur"))
    cases.create_organisation(
        Organisation(
            name="CoMensha",
            kind="comensha",
            street="Postbus 1110",
            postcode="3800 BC",
            city="Amersfoort",
            email="info@comensha.example",
        )
    )
    ctx.flush_changes()


def shot_addressbook(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    _address_book_data(window)
    page = window.go_to("addressbook")  # type: ignore[attr-defined]
    page.select(next(o.id for o in page.orgs if o.name == "Opvang De Haven"))
    shoot(app, window, out, f"80_adresboek{sfx}")
    page.reveal()
    shoot(app, window, out, f"81_adresboek_adres_getoond{sfx}")
    page.edit_organisation()
    dlg = page.dialog
    dlg.field("postcode").setText("97 11")
    dlg.field("email").setText("intake@")
    dlg.accept()
    shoot(app, dlg, out, f"82_adresboek_organisatie_fouten{sfx}")
    dlg.reject()


def shot_audit(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    window.go_to("audit")  # type: ignore[attr-defined]
    shoot(app, window, out, f"85_logboek{sfx}")


def shot_case_record(app: QApplication, window: QWidget, out: Path, sfx: str) -> None:
    """Issue 15: the tijdlijn with events, a corrected note in its reading view, the
    Verwijzingen tab, and the transfer picker filtered."""
    from desktop.cases import Note

    session = window.ctx.require_session()  # type: ignore[attr-defined]
    page = window.go_to("dossiers")  # type: ignore[attr-defined]
    did = page.model.row_at(0).id
    long_text = "Gesprek met cliënte over huisvesting en werk.\n" + "\n".join(
        f"Afspraak {i}: samen met de opvang verder kijken naar een plek." for i in range(1, 9)
    )
    note = session.cases.add_note(Note(dossier_id=did, kind="gesprek", text=long_text))
    session.cases.update_note(Note(**{**note.__dict__, "text": long_text + "\nAanvulling."}))
    orgs = session.cases.organisations()
    if orgs:
        session.referrals.create(did, orgs[0].id)
    view = page.open_dossier(did)
    timeline = view.tab_widgets["tijdlijn"]
    view.tabs.setCurrentWidget(timeline)
    shoot(app, window, out, f"63t_tijdlijn_gebeurtenissen{sfx}")
    dlg = timeline.note_dialog(note.id)
    dlg.show()
    shoot(app, dlg, out, f"63n_notitie_lezen{sfx}")
    dlg.close()
    view.tabs.setCurrentWidget(view.tab_widgets["verwijzingen"])
    shoot(app, window, out, f"63v_verwijzingen{sfx}")
    page.show_list()
    handover = window.go_to("handover")  # type: ignore[attr-defined]
    handover.picker.owner.setCurrentIndex(1)
    handover.picker.check_all_shown()
    from PySide6.QtWidgets import QScrollArea

    area = next((a for a in handover.findChildren(QScrollArea)), None) or window.findChild(
        QScrollArea
    )
    if area is not None:
        area.ensureWidgetVisible(handover.picker, 0, 0)
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    shoot(app, window, out, f"69d_overdragen_kiezer{sfx}")


def take_cases(out: Path, language: str, app: QApplication) -> None:
    sfx = "" if language == "nl" else f"_{language}"
    window = _case_window(app, language)
    for shot in (
        shot_vandaag,
        shot_screening,
        shot_dossiers,
        shot_dossier_view,
        shot_intake_errors,
        shot_signal_dialog,
        shot_search,
        shot_report,
        shot_privacy,
        shot_handover,
        shot_addressbook,
        shot_audit,
        shot_case_record,
    ):
        shot(app, window, out, sfx)
    window.close()
    settle(app)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Schermafdrukken van alle schermen")
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--language", choices=["nl", "en", "all"], default="all")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from ui.fonts import register_fonts

    register_fonts(app)  # as ui.app.make_app does
    languages = ["nl", "en"] if args.language == "all" else [args.language]
    for language in languages:
        take_all(out, language, app)
        take_cases(out, language, app)
        __import__("tests.screenshots_care", fromlist=["*"]).take_care(out, language, app, _TMP)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
