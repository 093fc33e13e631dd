"""Address book dialogs: an organisation (ketenpartner, shelter) with its address and a
contact person. Every validation message appears next to its field; a save is one
operation (``save`` is a ``ctx.inline`` service call)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.cases import Contact, Organisation, model
from ui.care.dialogs import FormDialog, text_box
from ui.cases import labels
from ui.cases.common import combo, combo_key, set_combo
from ui.countries import CountryCombo


def normalise_postcode(text: str, country: str) -> str:
    """A Dutch postcode as written on letters ("1234ab" -> "1234 AB"); others as typed."""
    raw = text.strip()
    if country in ("", "NL"):
        compact = raw.replace(" ", "").upper()
        if len(compact) == 6 and compact[:4].isdigit() and compact[4:].isalpha():
            return f"{compact[:4]} {compact[4:]}"
    return raw


def organisation_dialog(
    parent: QWidget,
    org: Organisation | None,
    save: Callable[[Organisation], Any],
    language: str = "nl",
    kind: str = "",
) -> FormDialog:
    """New (``org`` None, optionally of ``kind``) or edit an organisation."""
    dlg = FormDialog(
        QCoreApplication.translate("AddressBook", "Organisatie wijzigen")
        if org is not None
        else QCoreApplication.translate("AddressBook", "Nieuwe organisatie"),
        QCoreApplication.translate("AddressBook", "&Opslaan"),
        parent,
    )
    dlg.setObjectName("organisation_dialog")
    f = dlg.form
    name = QLineEdit()
    f.add("name", QCoreApplication.translate("AddressBook", "&Naam:"), name)
    kind_box = combo((k, labels.org_kind(k)) for k in model.ORG_KINDS)
    f.add("kind", QCoreApplication.translate("AddressBook", "&Soort:"), kind_box)
    f.add_section(QCoreApplication.translate("AddressBook", "Adres"))
    street = QLineEdit()
    f.add("street", QCoreApplication.translate("AddressBook", "S&traat en huisnummer:"), street)
    postcode = QLineEdit()
    postcode.setMaximumWidth(120)
    postcode.setPlaceholderText("1234 AB")
    f.add("postcode", QCoreApplication.translate("AddressBook", "&Postcode:"), postcode)
    city = QLineEdit()
    f.add("city", QCoreApplication.translate("AddressBook", "Pl&aats:"), city)
    country = CountryCombo(language)
    f.add("country", QCoreApplication.translate("AddressBook", "&Land:"), country)
    f.add_section(QCoreApplication.translate("AddressBook", "Contact"))
    phone = QLineEdit()
    phone.setPlaceholderText("020 123 4567")
    f.add("phone", QCoreApplication.translate("AddressBook", "&Telefoon:"), phone)
    email = QLineEdit()
    email.setPlaceholderText("info@voorbeeld.nl")
    f.add("email", QCoreApplication.translate("AddressBook", "&E-mail:"), email)
    website = QLineEdit()
    website.setPlaceholderText("www.voorbeeld.nl")
    f.add("website", QCoreApplication.translate("AddressBook", "&Website:"), website)
    notes = text_box(3)
    f.add("notes", QCoreApplication.translate("AddressBook", "&Opmerkingen:"), notes)
    holder = notes.parentWidget()
    if holder is not None:  # the form's height-for-width rows must not squeeze the box
        holder.setMinimumHeight(notes.maximumHeight())

    base = org or Organisation(kind=kind or "anders", country="NL")
    name.setText(base.name)
    set_combo(kind_box, base.kind)
    street.setText(base.street)
    postcode.setText(base.postcode)
    city.setText(base.city)
    country.set_code(base.country or "NL")
    phone.setText(base.phone)
    email.setText(base.email)
    website.setText(base.website)
    notes.setPlainText(base.notes)
    if org is not None and org.address and not (org.street or org.postcode or org.city):
        # An address from before the address book: shown so it can be split into fields.
        street.setPlaceholderText(org.address.replace("\n", ", "))

    def submit() -> Any:
        code = country.code()
        return save(
            dataclasses.replace(
                base,
                name=name.text().strip(),
                kind=combo_key(kind_box),
                street=street.text().strip(),
                postcode=normalise_postcode(postcode.text(), code),
                city=city.text().strip(),
                country=code,
                phone=phone.text().strip(),
                email=email.text().strip(),
                website=website.text().strip(),
                notes=notes.toPlainText().strip(),
            )
        )

    dlg.submit = submit
    return dlg


def contact_dialog(
    parent: QWidget,
    organisation_id: str,
    contact: Contact | None,
    save: Callable[[Contact], Any],
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("AddressBook", "Contactpersoon wijzigen")
        if contact is not None
        else QCoreApplication.translate("AddressBook", "Nieuwe contactpersoon"),
        QCoreApplication.translate("AddressBook", "&Opslaan"),
        parent,
    )
    dlg.setObjectName("contact_dialog")
    f = dlg.form
    name = QLineEdit()
    f.add("name", QCoreApplication.translate("AddressBook", "&Naam:"), name)
    role = QLineEdit()
    f.add("role", QCoreApplication.translate("AddressBook", "&Functie:"), role)
    phone = QLineEdit()
    f.add("phone", QCoreApplication.translate("AddressBook", "&Telefoon:"), phone)
    email = QLineEdit()
    f.add("email", QCoreApplication.translate("AddressBook", "&E-mail:"), email)
    notes = text_box(2)
    f.add("notes", QCoreApplication.translate("AddressBook", "&Opmerkingen:"), notes)
    base = contact or Contact(organisation_id=organisation_id)
    name.setText(base.name)
    role.setText(base.role)
    phone.setText(base.phone)
    email.setText(base.email)
    notes.setPlainText(base.notes)

    def submit() -> Any:
        return save(
            dataclasses.replace(
                base,
                name=name.text().strip(),
                role=role.text().strip(),
                phone=phone.text().strip(),
                email=email.text().strip(),
                notes=notes.toPlainText().strip(),
            )
        )

    dlg.submit = submit
    return dlg
