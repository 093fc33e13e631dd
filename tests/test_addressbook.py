"""Adresboek on real parts: a real SQLCipher store (migration 7), real widgets with pytest-qt,
letters read back with pdftotext."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desktop.care import CareService
from desktop.care import model as c
from desktop.cases import CaseService, Contact, Dossier, DossierPartner, Organisation, Person
from desktop.letters import LetterRequest, LetterService
from storage import settings
from storage.errors import ValidationError
from storage.vault import Vault
from tests.conftest import PASSWORD
from tests.letters_demo import INPUTS, TODAY, populate
from tests.test_letters_service import flat, pdf_text
from tests.ui_helpers import Published, unlocked_window
from ui.addressbook.dialogs import normalise_postcode
from ui.addressbook.page import AddressBookPage
from ui.care.dialogs import FormDialog
from ui.context import USER_NAME
from ui.countries import CountryCombo
from ui.main_window import MainWindow


def audit_actions(store) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(r[0]) for r in store.db.query("SELECT action FROM audit_log ORDER BY id")]


# -- schema, validation, service ---------------------------------------------------------------


def test_migration_adds_address_columns(new_store) -> None:  # type: ignore[no-untyped-def]
    cols = {r[1] for r in new_store.db.query("PRAGMA table_info(organisations)")}
    assert {"street", "postcode", "city", "country", "website"} <= cols
    assert "notes" in {r[1] for r in new_store.db.query("PRAGMA table_info(contacts)")}
    assert int(new_store.db.scalar("PRAGMA user_version")) >= 7


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"postcode": "123 AB"}, "postcode"),
        ({"postcode": "0123 AB"}, "postcode"),
        ({"postcode": "1234 ab"}, "postcode"),  # the screen writes capitals; the service refuses
        ({"postcode": "1234 SS"}, "postcode"),
        ({"city": ""}, "city"),
        ({"email": "info@"}, "email"),
        ({"phone": "--"}, "phone"),
        ({"phone": "bel mij"}, "phone"),
        ({"website": "geen site"}, "website"),
        ({"country": "XX"}, "country"),
    ],
)
def test_address_validation_per_field(new_store, changes, field) -> None:  # type: ignore[no-untyped-def]
    svc = CaseService(new_store)
    good = Organisation(
        name="De Haven",
        kind="opvang",
        street="Havenstraat 1",
        postcode="1234 AB",
        city="Zuiderveen",
        country="NL",
        phone="+31 (0)50-123 4567",
        email="intake@dehaven.nl",
        website="https://www.dehaven.nl/aanmelden",
    )
    assert svc.create_organisation(good).postcode == "1234 AB"
    with pytest.raises(ValidationError) as err:
        svc.create_organisation(dataclasses.replace(good, **changes))
    assert err.value.field == field
    assert changes.get(field, "") == "" or str(changes[field]) not in str(err.value)


def test_foreign_postcode_is_not_checked_as_dutch(new_store) -> None:  # type: ignore[no-untyped-def]
    svc = CaseService(new_store)
    org = svc.create_organisation(
        Organisation(
            name="Salvation Army",
            street="1 Champion Park",
            postcode="SE5 8FJ",
            city="London",
            country="GB",
        )
    )
    assert org.address_lines() == ("1 Champion Park", "SE5 8FJ  London", "VERENIGD KONINKRIJK")
    assert org.address_lines("en") == ("1 Champion Park", "SE5 8FJ  London", "UNITED KINGDOM")


def test_postcode_written_as_on_letters() -> None:
    assert normalise_postcode(" 1234ab ", "NL") == "1234 AB"
    assert normalise_postcode("1234 ab", "") == "1234 AB"
    assert normalise_postcode("se5 8fj", "GB") == "se5 8fj"
    assert normalise_postcode("12a", "NL") == "12a"


def test_delete_organisation_refused_while_in_use_then_removed_with_contacts(new_store) -> None:  # type: ignore[no-untyped-def]
    svc = CaseService(new_store)
    org = svc.create_organisation(Organisation(name="Wijkteam Oost", kind="wijkteam"))
    ct = svc.create_contact(Contact(organisation_id=org.id, name="A. de Vries"))
    d = svc.create_dossier(Dossier(owner="T"), Person(alias="Vink"))
    partner = svc.add_partner(DossierPartner(dossier_id=d.id, organisation_id=org.id))
    with pytest.raises(ValidationError) as err:
        svc.delete_organisation(org.id)
    assert "ketenpartner in 1 dossier" in str(err.value)
    assert svc.get_organisation(org.id).name == "Wijkteam Oost"  # nothing removed
    svc.remove_partner(partner.id)
    svc.delete_organisation(org.id)
    assert svc.organisations() == [] and svc.all_contacts() == []
    assert "organisation.delete" in audit_actions(new_store)
    del ct


# -- letters: recipient block and letterhead --------------------------------------------------


def test_letter_recipient_block_and_letterhead_from_the_address_book(new_store) -> None:  # type: ignore[no-untyped-def]
    demo = populate(new_store)
    cases = CaseService(new_store)
    shelter = cases.get_organisation(demo.shelter_id)
    cases.update_organisation(
        dataclasses.replace(
            shelter, street="Kadeweg 12", postcode="9711 AB", city="Groningen", country="NL"
        )
    )
    settings.put(new_store.db, "organisation.phone", "050 123 45 67")
    settings.put(new_store.db, "organisation.email", "zorgcoordinatie@zuiderveen.nl")
    svc = LetterService(new_store, clock=lambda: TODAY)
    letter = svc.make(
        LetterRequest(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id, inputs=INPUTS)
    )
    text = pdf_text(svc.letter_pdf(letter.id))
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    # recipient block: name, contact person, street, postcode + city (no country for NL)
    i = lines.index(shelter.name)
    assert "J. Bakker" in lines[i + 1]
    assert "Kadeweg 12" in lines[i + 2 : i + 4]
    assert any(x.startswith("9711 AB") and "Groningen" in x for x in lines[i + 2 : i + 5])
    assert "Postbus 456" not in text  # the structured address replaces the old free text
    body = flat(text)
    assert "050 123 45 67" in body and "zorgcoordinatie@zuiderveen.nl" in body
    assert "Telefoon —" not in body


def test_letter_to_an_organisation_with_one_contact_has_its_attn(new_store) -> None:  # type: ignore[no-untyped-def]
    demo = populate(new_store)
    cases = CaseService(new_store)
    ggz = next(o for o in cases.organisations() if o.name == "GGZ Noorderlicht")
    cases.create_contact(Contact(organisation_id=ggz.id, name="M. Jansen"))
    svc = LetterService(new_store, clock=lambda: TODAY)
    req = LetterRequest(demo.dossier_id, "verwijzing_hulpverlening", ggz.id, inputs=INPUTS)
    text = flat(pdf_text(svc.preview(req).pdf))
    assert "t.a.v. M. Jansen" in text and "Vaartweg 10" in text


# -- the page ---------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, vault: Vault) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from unlocked_window(qtbot, vault, size=(1366, 768))


def _fill(dlg: FormDialog, **values: str) -> None:
    for name, value in values.items():
        w = dlg.field(name)
        if isinstance(w, CountryCombo):
            w.setEditText(value)
        elif isinstance(w, QLineEdit):
            w.setText(value)
        else:
            w.setPlainText(value)


def _error(dlg: FormDialog, name: str) -> str:
    label = dlg.form.errors[name]
    return label.text() if label.isVisible() else ""


def test_fresh_store_shelter_from_the_address_book_then_placement(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    assert "addressbook" in window.workspace.page_keys()  # type: ignore[union-attr]
    page = window.go_to("addressbook")
    assert isinstance(page, AddressBookPage)
    assert "Nog geen organisaties" in page.detail.text()
    page.new_organisation("opvang")
    dlg = page.dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.field("kind").currentData() == "opvang"
    assert dlg.field("country").currentText() == "Nederland"
    _fill(
        dlg,
        name="Opvang De Haven",
        street="Kadeweg 12",
        postcode="97 11",
        city="Groningen",
        email="intake@",
        phone="050 123 4567",
    )
    dlg.accept()
    assert dlg.isVisible()
    assert "4 cijfers" in _error(dlg, "postcode")
    assert dlg.height() >= dlg.sizeHint().height()  # grown: no field cut off
    assert "E-mailadres" in _error(dlg, "email")
    assert _error(dlg, "phone") == ""
    assert window.ctx.require_session().cases.organisations() == []  # nothing saved half
    _fill(dlg, postcode="9711ab", email="intake@dehaven.nl")
    dlg.accept()
    assert not dlg.isVisible()
    org = window.ctx.require_session().cases.organisations()[0]
    assert org.postcode == "9711 AB" and org.country == "NL"
    # a shelter: its profile dialog follows
    shelter_dlg = page.dialog
    assert shelter_dlg is not None and shelter_dlg is not dlg and shelter_dlg.isVisible()
    shelter_dlg.field("capacity").setValue(6)
    shelter_dlg.field("confidential_address").setChecked(True)
    shelter_dlg.field("intake_contact").setText("Intake 050 765 4321")
    shelter_dlg.accept()
    assert not shelter_dlg.isVisible()
    qtbot.waitUntil(lambda: "Capaciteit: 6" in page.shelter.text())
    # confidential: hidden in the list and the detail until the audited click
    item = page.list.topLevelItem(0)
    assert item is not None and item.text(2) == "Geheim adres"
    assert page.address.text() == "Geheim adres" and page.reveal_button.isVisible()
    shown = " ".join(w.text() for w in page.findChildren(QLabel))
    assert "Kadeweg" not in shown
    store = window.ctx.require_store()
    before = audit_actions(store).count("organisation.address_reveal")
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert "Kadeweg 12" in page.address.text() and "9711 AB  Groningen" in page.address.text()
    assert audit_actions(store).count("organisation.address_reveal") == before + 1
    # the care service now offers it for a placement
    care: CareService = window.ctx.require_session().care
    assert [s.name for s in care.shelters()] == ["Opvang De Haven"]
    assert care.shelters()[0].address == c.HIDDEN_ADDRESS


def test_search_filter_contacts_and_remove(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cases = Published(window.ctx, window.ctx.require_session().cases)
    politie = cases.create_organisation(
        Organisation(name="Politie Noord", kind="politie", city="Zwolle")
    )
    cases.create_organisation(
        Organisation(name="Gemeente Zuiderveen", kind="gemeente", city="Zuiderveen")
    )
    cases.create_contact(Contact(organisation_id=politie.id, name="Zoë Brouwer"))
    page = window.go_to("addressbook")
    assert isinstance(page, AddressBookPage)
    assert page.list.topLevelItemCount() == 2
    qtbot.keyClicks(page.search, "zoe")  # a contact person, accents ignored
    assert page.list.topLevelItemCount() == 1 and page.current_id() == politie.id
    assert page.contacts.topLevelItemCount() == 1
    page.search.clear()
    page.kind.setCurrentIndex(page.kind.findData("gemeente"))
    assert page.list.topLevelItemCount() == 1
    assert page.list.topLevelItem(0).text(0) == "Gemeente Zuiderveen"  # type: ignore[union-attr]
    # a column cut to fit still shows the whole text as its tooltip
    assert page.list.topLevelItem(0).toolTip(0) == "Gemeente Zuiderveen"  # type: ignore[union-attr]
    assert page.count.text() == "1 van 2 organisaties"
    page.kind.setCurrentIndex(0)
    # add a contact person through the dialog, with validation next to the field
    page.select(politie.id)
    page.new_contact()
    dlg = page.dialog
    assert dlg is not None
    _fill(dlg, name="", email="x")
    dlg.accept()
    assert "verplicht" in _error(dlg, "name") and _error(dlg, "email")
    _fill(dlg, name="K. Visser", email="k.visser@politie.nl")
    dlg.accept()
    assert not dlg.isVisible()
    assert page.contacts.topLevelItemCount() == 2
    # remove: asked first; "no" keeps it
    page.confirm = lambda text: False
    page.remove_organisation()
    assert len(window.ctx.require_session().cases.organisations()) == 2
    page.confirm = lambda text: True
    page.select(politie.id)
    page.remove_organisation()
    assert [o.name for o in window.ctx.require_session().cases.organisations()] == [
        "Gemeente Zuiderveen"
    ]
    assert page.list.topLevelItemCount() == 1


def test_opvang_page_on_a_fresh_store_opens_the_address_book_dialog(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from ui.care.opvang_page import OpvangPage

    page = window.go_to("opvang")
    assert isinstance(page, OpvangPage)
    page.new_shelter()
    dlg = page.dialog
    assert dlg is not None and dlg.objectName() == "organisation_dialog"
    assert dlg.field("kind").currentData() == "opvang"
    _fill(dlg, name="Safe House Oost", city="Enschede")
    dlg.accept()
    profile_dlg = page.dialog
    assert profile_dlg is not None and profile_dlg is not dlg
    profile_dlg.field("capacity").setValue(3)
    profile_dlg.accept()
    qtbot.waitUntil(lambda: page.shelters.topLevelItemCount() == 1)


def test_placement_dialog_without_shelters_points_to_the_address_book(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from ui.care.tabs import PlacementsTab

    cases = Published(window.ctx, window.ctx.require_session().cases)
    d = cases.create_dossier(Dossier(owner="Fictieve Tester"), Person(alias="Vink"))
    window.ctx.open_dossier(d.id)
    qtbot.waitUntil(lambda: bool(window.findChildren(PlacementsTab)))
    tab = window.findChildren(PlacementsTab)[0]
    tab.new_request()
    dlg = tab.dialog
    assert dlg is not None
    button = dlg.findChild(QPushButton, "addressbook_button")
    assert button is not None and "Adresboek" in dlg.findChild(QLabel, "addressbook_hint").text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    qtbot.waitUntil(lambda: window.workspace.current_key() == "addressbook")  # type: ignore[union-attr]


def test_settings_phone_and_email_validated_and_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.go_to("settings")
    page.org_name.setText("Zorg- en Veiligheidshuis")  # type: ignore[union-attr]
    page.org_phone.setText("bel")  # type: ignore[union-attr]
    assert page.save() is False  # type: ignore[union-attr]
    assert "Telefoon" in page.error.text()  # type: ignore[union-attr]
    page.org_phone.setText("050 123 45 67")  # type: ignore[union-attr]
    page.org_email.setText("zvh@zuiderveen.nl")  # type: ignore[union-attr]
    assert page.save() is True  # type: ignore[union-attr]
    head = window.ctx.require_session().letters.letterhead()
    assert head.phone == "050 123 45 67" and head.email == "zvh@zuiderveen.nl"


def test_country_combo_in_english_and_by_name() -> None:
    box = CountryCombo("en")
    box.set_code("DE")
    assert box.currentText() == "Germany" and box.code() == "DE"
    box.setEditText("Duitsland")  # a Dutch name typed in the English UI still works
    assert box.code() == "DE"
    box.setEditText("Atlantis")
    assert box.code() == "Atlantis"
    nl = CountryCombo("nl")
    nl.set_code("DE")
    assert nl.currentText() == "Duitsland"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_address_book_mnemonics_are_unique(qtbot, vault: Vault, language: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QApplication

    from ui.app import install_translators
    from ui.context import AppContext

    app = QApplication.instance()
    install_translators(app, language)  # type: ignore[arg-type]
    try:
        store, _ = vault.init(PASSWORD, initial_settings={USER_NAME: "Fictieve Tester"})
        ctx = AppContext(vault, language)
        ctx.set_store(store)
        page = AddressBookPage(ctx)
        qtbot.addWidget(page)
        texts = [lbl.text() for lbl in page.findChildren(QLabel) if lbl.buddy() is not None]
        texts += [b.text() for b in page.findChildren(QAbstractButton)]
        keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
        assert len(keys) >= 9 and len(keys) == len(set(keys)), texts
        if language == "en":
            assert "Address book" in [w.text() for w in page.findChildren(QLabel)]
        ctx.lock()
    finally:
        install_translators(app, "nl")  # type: ignore[arg-type]
