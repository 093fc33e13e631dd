"""Dossier tabs "Toestemming" (consents) and "Contacten en ketenpartners" (organisations,
contacts, the partners of this dossier), split from ui/cases/dossier_view.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import (
    CaseService,
    Consent,
    Contact,
    DossierPartner,
    DossierView,
    Organisation,
    model,
)
from desktop.errors import ValidationError
from ui.cases import labels
from ui.cases.common import (
    DateField,
    FieldForm,
    combo,
    combo_key,
    fmt_date,
)
from ui.cases.dossier_tabs import DossierTabContext
from ui.widgets import list_tree as _tree
from ui.widgets import save_row as _save_row


class ConsentTab(QWidget):
    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.view: DossierView | None = None
        layout = QVBoxLayout(self)
        self.table = _tree(
            [
                QCoreApplication.translate("DossierView", "Gegeven door"),
                QCoreApplication.translate("DossierView", "Doel"),
                QCoreApplication.translate("DossierView", "Ontvanger"),
                QCoreApplication.translate("DossierView", "Datum"),
                QCoreApplication.translate("DossierView", "Vorm"),
                QCoreApplication.translate("DossierView", "Geldig tot"),
                QCoreApplication.translate("DossierView", "Status"),
            ],
            QCoreApplication.translate("DossierView", "Toestemmingen"),
        )
        layout.addWidget(self.table, 1)
        self.withdraw_button = QPushButton(
            QCoreApplication.translate("DossierView", "Toestemming &intrekken")
        )
        self.withdraw_button.clicked.connect(self.withdraw)
        layout.addLayout(_save_row(self.withdraw_button))
        group = QGroupBox(
            QCoreApplication.translate("DossierView", "Nieuwe toestemming vastleggen")
        )
        box = QVBoxLayout(group)
        self.form = FieldForm()
        self.given_by = QLineEdit()
        self._prefilled = ""
        self.role = combo((k, labels.consent_role(k)) for k in model.CONSENT_ROLES)
        self.purpose = combo((k, labels.consent_purpose(k)) for k in model.CONSENT_PURPOSES)
        self.recipient = QLineEdit()
        self.recipient_org = combo([])
        self.given_on = DateField()
        self.consent_form = combo((k, labels.consent_form(k)) for k in model.CONSENT_FORMS)
        self.valid_until = DateField()
        self.form.add(
            "given_by", QCoreApplication.translate("DossierView", "Gegeven &door:"), self.given_by
        )
        self.form.add(
            "given_by_role", QCoreApplication.translate("DossierView", "&Rol:"), self.role
        )
        self.form.add("purpose", QCoreApplication.translate("DossierView", "D&oel:"), self.purpose)
        self.form.add(
            "recipient_org_id",
            QCoreApplication.translate("DossierView", "Ontvangende org&anisatie:"),
            self.recipient_org,
            QCoreApplication.translate(
                "DossierView", "Uit de ketenpartners; brieven controleren hierop de toestemming"
            ),
        )
        self.form.add(
            "recipient", QCoreApplication.translate("DossierView", "Ontvan&ger:"), self.recipient
        )
        self.form.add(
            "given_on",
            QCoreApplication.translate("DossierView", "Da&tum:"),
            self.given_on,
            QCoreApplication.translate("DossierView", "Leeg = vandaag"),
        )
        self.form.add(
            "form", QCoreApplication.translate("DossierView", "&Vorm:"), self.consent_form
        )
        self.form.add(
            "valid_until",
            QCoreApplication.translate("DossierView", "Geldig &tot:"),
            self.valid_until,
        )
        self.form.setMaximumWidth(720)
        box.addWidget(self.form)
        self.add_button = QPushButton(
            QCoreApplication.translate("DossierView", "Toestemming &toevoegen")
        )
        self.add_button.clicked.connect(self.add)
        box.addLayout(_save_row(self.add_button))
        layout.addWidget(group)

    def load_view(self, view: DossierView) -> None:
        self.view = view
        today = self.tab.service.clock()
        current = combo_key(self.recipient_org)
        self.recipient_org.clear()
        self.recipient_org.addItem(
            QCoreApplication.translate("DossierView", "(geen bepaalde organisatie)"), ""
        )
        for org in self.tab.service.organisations():
            self.recipient_org.addItem(org.name, org.id)
        self.recipient_org.setCurrentIndex(max(self.recipient_org.findData(current), 0))
        self.table.clear()
        for c in view.consents:
            if c.withdrawn_on is not None:
                state = QCoreApplication.translate("DossierView", "Ingetrokken %1").replace(
                    "%1", fmt_date(c.withdrawn_on)
                )
            elif c.valid_on(today):
                state = QCoreApplication.translate("DossierView", "Geldig")
            else:
                state = QCoreApplication.translate("DossierView", "Verlopen")
            item = QTreeWidgetItem(
                self.table,
                [
                    f"{c.given_by} ({labels.consent_role(c.given_by_role)})",
                    labels.consent_purpose(c.purpose),
                    c.recipient,
                    fmt_date(c.given_on),
                    labels.consent_form(c.form),
                    fmt_date(c.valid_until),
                    state,
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
        # Prefill "given by" with the client's name, and keep it in step while untouched.
        name = view.person.display_name if view.person is not None else ""
        if self.given_by.text() in ("", self._prefilled):
            self.given_by.setText(name)
        self._prefilled = name

    def add(self) -> None:
        if self.view is None:
            return
        self.form.clear_errors()
        days = self.form.dates(("given_on", "valid_until"))
        if days is None:
            return
        consent = Consent(
            dossier_id=self.view.dossier.id,
            person_id=self.view.dossier.person_id,
            given_by=self.given_by.text().strip(),
            given_by_role=combo_key(self.role),
            purpose=combo_key(self.purpose),
            recipient=self.recipient.text().strip() or self.recipient_org.currentText()
            if combo_key(self.recipient_org)
            else self.recipient.text().strip(),
            recipient_org_id=combo_key(self.recipient_org) or None,
            given_on=days["given_on"] or self.tab.service.clock(),
            form=combo_key(self.consent_form),
            valid_until=days["valid_until"],
        )
        try:
            self.tab.ctx.inline(self.tab.service.add_consent)(consent)
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.recipient.clear()
        self.given_on.clear()
        self.valid_until.clear()

    def withdraw(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        self.tab.ctx.inline(self.tab.service.withdraw_consent)(
            str(item.data(0, Qt.ItemDataRole.UserRole))
        )


class OrganisationDialog(QDialog):
    """A new ketenpartner (organisation) for the shared directory, with a contact person."""

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.created: Organisation | None = None
        self.contact: Contact | None = None
        self.setWindowTitle(self.tr("Nieuwe ketenpartner"))
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.name = QLineEdit()
        self.kind = combo((k, labels.org_kind(k)) for k in model.ORG_KINDS)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.contact_name = QLineEdit()
        self.form.add("name", self.tr("&Naam organisatie:"), self.name)
        self.form.add("kind", self.tr("&Soort:"), self.kind)
        self.form.add("phone", self.tr("&Telefoon:"), self.phone)
        self.form.add("email", self.tr("&E-mail:"), self.email)
        self.form.add("contact", self.tr("&Contactpersoon:"), self.contact_name)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def save(self) -> None:
        self.form.clear_errors()
        org = Organisation(
            name=self.name.text().strip(),
            kind=combo_key(self.kind),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
        )
        try:
            self.created, self.contact = self.service.create_organisation_with_contact(
                org, self.contact_name.text()
            )
        except ValidationError as err:
            self.created = None
            self.form.show_errors(err)
            return
        self.accept()


class PartnersTab(QWidget):
    """Contacten en ketenpartners of this dossier (from the shared directory)."""

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.view: DossierView | None = None
        layout = QVBoxLayout(self)
        self.table = _tree(
            [
                QCoreApplication.translate("DossierView", "Organisatie"),
                QCoreApplication.translate("DossierView", "Soort"),
                QCoreApplication.translate("DossierView", "Contactpersoon"),
                QCoreApplication.translate("DossierView", "Telefoon"),
                QCoreApplication.translate("DossierView", "Rol"),
            ],
            QCoreApplication.translate("DossierView", "Betrokken ketenpartners"),
        )
        layout.addWidget(self.table, 1)
        self.remove_button = QPushButton(
            QCoreApplication.translate("DossierView", "&Verwijderen uit dossier")
        )
        self.remove_button.clicked.connect(self.remove)
        layout.addLayout(_save_row(self.remove_button))
        group = QGroupBox(QCoreApplication.translate("DossierView", "Ketenpartner toevoegen"))
        box = QVBoxLayout(group)
        self.form = FieldForm()
        self.org = combo([])
        self.contact = combo([])
        self.role = QLineEdit()
        self.role.setPlaceholderText(
            QCoreApplication.translate("DossierView", "bijv. regievoerder, casemanager opvang")
        )
        self.form.add(
            "organisation_id", QCoreApplication.translate("DossierView", "&Organisatie:"), self.org
        )
        self.form.add(
            "contact_id",
            QCoreApplication.translate("DossierView", "&Contactpersoon:"),
            self.contact,
        )
        self.form.add(
            "role", QCoreApplication.translate("DossierView", "&Rol in dit dossier:"), self.role
        )
        self.form.setMaximumWidth(720)
        box.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.new_org_button = QPushButton(
            QCoreApplication.translate("DossierView", "&Nieuwe organisatie…")
        )
        self.new_org_button.clicked.connect(self.new_organisation)
        self.add_button = QPushButton(QCoreApplication.translate("DossierView", "&Toevoegen"))
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.new_org_button)
        buttons.addWidget(self.add_button)
        box.addLayout(buttons)
        layout.addWidget(group)
        self.org.currentIndexChanged.connect(self._load_contacts)
        self._orgs: dict[str, Organisation] = {}

    def _load_orgs(self, select: str | None = None) -> None:
        current = select or combo_key(self.org)
        self._orgs = {o.id: o for o in self.tab.service.organisations()}
        self.org.blockSignals(True)
        self.org.clear()
        for o in self._orgs.values():
            self.org.addItem(f"{o.name} ({labels.org_kind(o.kind)})", o.id)
        index = self.org.findData(current)
        self.org.setCurrentIndex(max(index, 0))
        self.org.blockSignals(False)
        self._load_contacts()

    def _load_contacts(self) -> None:
        self.contact.clear()
        self.contact.addItem(QCoreApplication.translate("DossierView", "(geen)"), "")
        org_id = combo_key(self.org)
        if org_id:
            for c in self.tab.service.contacts(org_id):
                self.contact.addItem(c.name + (f" — {c.role}" if c.role else ""), c.id)

    def load_view(self, view: DossierView) -> None:
        self.view = view
        self._load_orgs()
        contacts: dict[str, Contact] = {}
        self.table.clear()
        for p in view.partners:
            org = self._orgs.get(p.organisation_id)
            if org is None:
                continue
            if p.contact_id and p.organisation_id not in contacts:
                for c in self.tab.service.contacts(p.organisation_id):
                    contacts[c.id] = c
            contact = contacts.get(p.contact_id or "")
            item = QTreeWidgetItem(
                self.table,
                [
                    org.name,
                    labels.org_kind(org.kind),
                    contact.name if contact else "",
                    (contact.phone if contact and contact.phone else org.phone),
                    p.role,
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, p.id)

    def new_organisation(self) -> None:
        dlg = OrganisationDialog(self.tab.service, self)
        if dlg.exec() and dlg.created is not None:
            self._load_orgs(select=dlg.created.id)
            if dlg.contact is not None:
                self.contact.setCurrentIndex(self.contact.findData(dlg.contact.id))

    def add(self) -> None:
        if self.view is None:
            return
        self.form.clear_errors()
        org_id = combo_key(self.org)
        if not org_id:
            self.form.set_error(
                "organisation_id",
                QCoreApplication.translate("DossierView", "Kies een organisatie of maak er een."),
            )
            return
        try:
            self.tab.ctx.inline(self.tab.service.add_partner)(
                DossierPartner(
                    dossier_id=self.view.dossier.id,
                    organisation_id=org_id,
                    contact_id=combo_key(self.contact) or None,
                    role=self.role.text().strip(),
                )
            )
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.role.clear()

    def remove(self) -> None:
        item = self.table.currentItem()
        if item is not None:
            self.tab.ctx.inline(self.tab.service.remove_partner)(
                str(item.data(0, Qt.ItemDataRole.UserRole))
            )
