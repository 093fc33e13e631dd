"""The dossier view: header with the key facts, the phase strip, and tabs (intake,
signalen, toestemming, contacten en ketenpartners, tijdlijn, plus tabs registered by other
features in ``ui.cases.dossier_tabs``)."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
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
    Note,
    Organisation,
    model,
)
from desktop.events import Change
from storage.errors import StoreError, ValidationError
from ui.cases import labels
from ui.cases.common import (
    CheckList,
    DateField,
    FieldForm,
    combo,
    combo_key,
    fmt_date,
)
from ui.cases.dossier_tabs import DossierTabContext, extra_tabs
from ui.cases.intake import IntakeForm, text_box
from ui.context import AppContext
from ui.messages import message_text
from ui.widgets import error_label, show_message


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setAccessibleName(name)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(True)
    return tree


def _save_row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


def age_on(birth: date | None, year: int | None, day: date) -> int | None:
    if birth is not None:
        return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
    if year is not None:
        return day.year - year
    return None


# -- header and phase strip -------------------------------------------------------------


class PhaseStrip(QWidget):
    """signaal → screening → … → afgesloten; the current phase is highlighted."""

    phase_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(model.PHASES):
            if i:
                arrow = QLabel("→")
                arrow.setStyleSheet("color: #6b7a89;")
                row.addWidget(arrow)
            button = QPushButton(labels.phase(key))
            button.setCheckable(True)
            button.setAccessibleName(
                QCoreApplication.translate("DossierView", "Fase %1").replace(
                    "%1", labels.phase(key)
                )
            )
            button.setStyleSheet(
                "QPushButton { padding: 4px 10px; border: 1px solid #b8c4d0;"
                " border-radius: 10px; background: #f3f6f9; }"
                "QPushButton:checked { background: #1f3b57; color: white;"
                " border-color: #1f3b57; }"
                "QPushButton:focus { border: 2px solid #2f7bd1; }"
            )
            button.clicked.connect(lambda _=False, k=key: self.phase_chosen.emit(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.current = ""

    def set_phase(self, phase: str) -> None:
        self.current = phase
        for key, button in self.buttons.items():
            button.setChecked(key == phase)


class CloseDialog(QDialog):
    """Afsluiten: a date and a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dossier afsluiten"))
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.closed_on = DateField()
        self.closed_on.set_value(date.today())
        self.reason = text_box(3)
        self.form.add("closed_on", self.tr("&Datum afsluiting:"), self.closed_on)
        self.form.add(
            "close_reason",
            self.tr("&Reden:"),
            self.reason,
            self.tr("Bijv. doel bereikt, overgedragen, vertrokken/onbekend, weigert hulp"),
        )
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Afsluiten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&nnuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 260)


# -- tabs -----------------------------------------------------------------------------


class IntakeTab(QWidget):
    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        layout = QVBoxLayout(self)
        self.form = IntakeForm(tab.service, tab.ctx.language)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        self.saved_label = QLabel()
        self.save_button = QPushButton(QCoreApplication.translate("DossierView", "Intake &opslaan"))
        self.save_button.clicked.connect(self.save)
        row = _save_row(self.save_button)
        row.insertWidget(0, self.saved_label)
        layout.addLayout(row)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

    def load_view(self, view: DossierView) -> None:
        self.form.set_data(view.person, view.dossier)

    def save(self) -> None:
        if self.form.save() is not None:
            self.saved_label.setText(QCoreApplication.translate("DossierView", "Opgeslagen."))
        else:
            self.saved_label.clear()


class SignalsTab(QWidget):
    """Observed signals per form (checklists from resources/signals.json) + the linked
    aanmeldingen."""

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.dossier: model.Dossier | None = None
        layout = QVBoxLayout(self)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        self.lists: list[CheckList] = []
        for form_key, form_label, signals in labels.signal_forms(tab.ctx.language):
            group = QGroupBox(form_label)
            box = QVBoxLayout(group)
            if signals:
                checks = CheckList(signals, columns=2)
                checks.setAccessibleName(form_label)
                self.lists.append(checks)
                box.addWidget(checks)
            else:
                box.addWidget(
                    QLabel(
                        QCoreApplication.translate(
                            "DossierView", "Geen vaste lijst: beschrijf wat u ziet hieronder."
                        )
                    )
                )
            group.setObjectName(f"signals_{form_key}")
            inner_layout.addWidget(group)
        self.other_form = FieldForm()
        self.other = text_box(3)
        self.other_form.add(
            "signals_other",
            QCoreApplication.translate("DossierView", "&Overige signalen:"),
            self.other,
        )
        inner_layout.addWidget(self.other_form)
        self.reports = _tree(
            [
                QCoreApplication.translate("DossierView", "Ontvangen"),
                QCoreApplication.translate("DossierView", "Aanmelder"),
                QCoreApplication.translate("DossierView", "Urgentie"),
                QCoreApplication.translate("DossierView", "Status"),
                QCoreApplication.translate("DossierView", "Wat is gezien"),
            ],
            QCoreApplication.translate("DossierView", "Aanmeldingen bij dit dossier"),
        )
        self.reports.setMinimumHeight(110)
        inner_layout.addWidget(
            QLabel(QCoreApplication.translate("DossierView", "<b>Aanmeldingen bij dit dossier</b>"))
        )
        inner_layout.addWidget(self.reports)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.save_button = QPushButton(
            QCoreApplication.translate("DossierView", "Signalen &opslaan")
        )
        self.save_button.clicked.connect(self.save)
        layout.addLayout(_save_row(self.save_button))

    def load_view(self, view: DossierView) -> None:
        self.dossier = view.dossier
        for checks in self.lists:
            checks.set_keys(view.dossier.signal_keys)
        self.other.setPlainText(view.dossier.signals_other)
        self.reports.clear()
        for s in view.signals:
            QTreeWidgetItem(
                self.reports,
                [
                    fmt_date(s.received_on),
                    labels.reporter(s.reporter_type)
                    + (f" — {s.reporter_name}" if s.reporter_name else ""),
                    labels.urgency(s.urgency),
                    labels.signal_status(s.status),
                    " ".join(s.description.split())[:120],
                ],
            )

    def save(self) -> None:
        if self.dossier is None:
            return
        keys: list[str] = []
        for checks in self.lists:
            keys.extend(k for k in checks.selected() if k not in keys)
        self.other_form.clear_errors()
        try:
            self.tab.service.update_dossier(
                dataclasses.replace(
                    self.dossier,
                    signal_keys=tuple(keys),
                    signals_other=self.other.toPlainText().strip(),
                )
            )
        except ValidationError as err:
            self.other_form.show_errors(err)


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
            self.tab.service.add_consent(consent)
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
        self.tab.service.withdraw_consent(str(item.data(0, Qt.ItemDataRole.UserRole)))


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
            with self.service.db.transaction():
                self.created = self.service.create_organisation(org)
                if self.contact_name.text().strip():
                    self.contact = self.service.create_contact(
                        Contact(
                            organisation_id=self.created.id, name=self.contact_name.text().strip()
                        )
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
            self.tab.service.add_partner(
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
            self.tab.service.remove_partner(str(item.data(0, Qt.ItemDataRole.UserRole)))


class TimelineTab(QWidget):
    """Notes and contact moments, newest first, with a quick "add note" form."""

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.view: DossierView | None = None
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        top = QHBoxLayout()
        self.kind = combo((k, labels.note_kind(k)) for k in model.NOTE_KINDS)
        self.kind.setMaximumWidth(220)
        self.occurred_on = DateField()
        self.text = text_box(3)
        self.text.setPlaceholderText(
            QCoreApplication.translate(
                "DossierView", "Wat is er gebeurd of besproken? (Ctrl+Enter voegt toe)"
            )
        )
        self.form.add("kind", QCoreApplication.translate("DossierView", "&Soort:"), self.kind)
        self.form.add(
            "occurred_on",
            QCoreApplication.translate("DossierView", "&Datum:"),
            self.occurred_on,
            QCoreApplication.translate("DossierView", "Leeg = vandaag"),
        )
        self.form.add("text", QCoreApplication.translate("DossierView", "&Notitie:"), self.text)
        top.addWidget(self.form, 1)
        layout.addLayout(top)
        self.add_button = QPushButton(
            QCoreApplication.translate("DossierView", "Notitie &toevoegen")
        )
        self.add_button.clicked.connect(self.add)
        layout.addLayout(_save_row(self.add_button))
        QShortcut(QKeySequence("Ctrl+Return"), self.text, self.add)
        self.list = _tree(
            [
                QCoreApplication.translate("DossierView", "Datum"),
                QCoreApplication.translate("DossierView", "Soort"),
                QCoreApplication.translate("DossierView", "Tekst"),
                QCoreApplication.translate("DossierView", "Door"),
            ],
            QCoreApplication.translate("DossierView", "Tijdlijn"),
        )
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setColumnWidth(0, 95)
        self.list.setColumnWidth(1, 120)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(3, 150)
        layout.addWidget(self.list, 1)
        more_row = QHBoxLayout()
        self.more = QLabel()
        self.more_button = QPushButton(
            QCoreApplication.translate("DossierView", "&Oudere notities laden")
        )
        self.more_button.clicked.connect(self.load_older)
        more_row.addWidget(self.more, 1)
        more_row.addWidget(self.more_button)
        layout.addLayout(more_row)
        self.notes: list[Note] = []
        self.total = 0

    def load_view(self, view: DossierView) -> None:
        self.view = view
        self.list.clear()
        self.notes = []
        self.total = view.timeline_total
        self._append(view.timeline)

    def _append(self, notes: list[Note]) -> None:
        for n in notes:
            item = QTreeWidgetItem(
                self.list,
                [fmt_date(n.occurred_on), labels.note_kind(n.kind), n.text.strip(), n.created_by],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, n.id)
            item.setToolTip(2, n.text)
        self.notes.extend(notes)
        hidden = max(self.total - len(self.notes), 0)
        show_message(
            self.more,
            QCoreApplication.translate("DossierView", "%1 oudere notities niet getoond.").replace(
                "%1", str(hidden)
            )
            if hidden > 0
            else "",
        )
        self.more_button.setVisible(hidden > 0)

    def load_older(self) -> None:
        """The next page of older notes (keyset paging from the last one shown)."""
        if self.view is None or not self.notes:
            return
        older = self.tab.service.timeline(self.view.dossier.id, before=self.notes[-1])
        self._append(older)
        if not older:
            self.more_button.hide()

    def add(self) -> None:
        if self.view is None:
            return
        self.form.clear_errors()
        days = self.form.dates(("occurred_on",))
        if days is None:
            return
        try:
            self.tab.service.add_note(
                Note(
                    dossier_id=self.view.dossier.id,
                    kind=combo_key(self.kind),
                    occurred_on=days["occurred_on"],
                    text=self.text.toPlainText().strip(),
                )
            )
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.text.clear()
        self.occurred_on.clear()


def _builtin_tabs() -> list[tuple[str, str, Callable[[DossierTabContext], QWidget]]]:
    from ui.cases.dossier_extra import ActionsTab, SafetyTab

    return [
        ("intake", QCoreApplication.translate("DossierView", "&Intake"), IntakeTab),
        ("signalen", QCoreApplication.translate("DossierView", "&Signalen"), SignalsTab),
        ("veiligheid", QCoreApplication.translate("DossierView", "Veili&gheid"), SafetyTab),
        ("toestemming", QCoreApplication.translate("DossierView", "&Toestemming"), ConsentTab),
        (
            "contacten",
            QCoreApplication.translate("DossierView", "&Ketenpartners"),
            PartnersTab,
        ),
        ("actiepunten", QCoreApplication.translate("DossierView", "&Actiepunten"), ActionsTab),
        ("tijdlijn", QCoreApplication.translate("DossierView", "Tij&dlijn"), TimelineTab),
    ]


# -- the view -------------------------------------------------------------------------


class DossierViewWidget(QWidget):
    back_requested = Signal()
    open_requested = Signal(str)  # another dossier of the same person

    def __init__(
        self,
        ctx: AppContext,
        service: CaseService,
        dossier_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.dossier_id = dossier_id
        self.data: DossierView | None = None
        self.dirty = False
        self.setObjectName("dossierView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.back_button = QPushButton(
            QCoreApplication.translate("DossierView", "← Terug naar de &lijst")
        )
        self.back_button.setAccessibleDescription(
            QCoreApplication.translate("DossierView", "Alt+Pijl links of Esc")
        )
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAccessibleName(QCoreApplication.translate("DossierView", "Kerngegevens"))
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        self.others = QLabel()
        self.others.setTextFormat(Qt.TextFormat.RichText)
        self.others.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.others.setAccessibleName(
            QCoreApplication.translate("DossierView", "Andere dossiers van deze persoon")
        )
        self.others.linkActivated.connect(self.open_requested.emit)
        self.others.hide()
        layout.addWidget(self.others)
        self.strip = PhaseStrip()
        self.strip.phase_chosen.connect(self.choose_phase)
        layout.addWidget(self.strip)
        self.error = error_label()
        layout.addWidget(self.error)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(
            QCoreApplication.translate("DossierView", "Onderdelen van het dossier")
        )
        tab_ctx = DossierTabContext(ctx, service, dossier_id)
        self.tab_widgets: dict[str, QWidget] = {}
        for key, title, factory in _builtin_tabs():
            widget = factory(tab_ctx)
            self.tab_widgets[key] = widget
            self.tabs.addTab(widget, title)
        for spec in extra_tabs():
            try:
                widget = spec.factory(tab_ctx, None)
            except StoreError:
                continue
            self.tab_widgets[spec.key] = widget
            self.tabs.addTab(widget, spec.title())
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        ctx.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.dirty = False
        try:
            self.data = self.service.open_dossier(self.dossier_id)
        except StoreError as err:
            show_message(self.error, message_text(err))
            return
        self._show_header(self.data)
        for widget in self.tab_widgets.values():
            loader = getattr(widget, "load_view", None)
            if callable(loader):
                loader(self.data)

    def _show_header(self, view: DossierView) -> None:
        d, p = view.dossier, view.person
        name = (
            p.display_name if p else QCoreApplication.translate("DossierView", "(persoon onbekend)")
        )
        self.title.setText(f"{d.number} — {name}")
        today = self.service.clock()
        facts: list[str] = []
        if p is not None:
            if p.alias and p.alias != name:
                facts.append(
                    QCoreApplication.translate("DossierView", "alias %1").replace(
                        "%1", html.escape(p.alias)
                    )
                )
            age = age_on(p.birth_date, p.birth_year_estimated, today)
            if age is not None:
                facts.append(
                    QCoreApplication.translate("DossierView", "%1 jaar").replace("%1", str(age))
                )
            facts.append(labels.gender(p.gender))
            if p.nationality:
                facts.append(html.escape(p.nationality))
            if p.languages:
                facts.append(html.escape(", ".join(p.languages)))
            if p.interpreter_needed:
                facts.append(QCoreApplication.translate("DossierView", "<b>tolk nodig</b>"))
        if d.forms:
            facts.append(", ".join(labels.form(f) for f in d.forms))
        facts.append(labels.residence(d.residence_status))
        facts.append(labels.status(d.status))
        if d.owner:
            facts.append(
                QCoreApplication.translate("DossierView", "dossierhouder %1").replace(
                    "%1", html.escape(d.owner)
                )
            )
        if d.bedenktijd_end is not None and d.status != "gesloten":
            days = (d.bedenktijd_end - today).days
            text = QCoreApplication.translate("DossierView", "bedenktijd tot %1").replace(
                "%1", fmt_date(d.bedenktijd_end)
            )
            if 0 <= days <= 14:
                left = QCoreApplication.translate("DossierView", "nog %1 d.").replace(
                    "%1", str(days)
                )
                text = f"<span style='color:#a4262c'><b>{text} ({left})</b></span>"
            facts.append(text)
        if view.safety:
            facts.append(
                QCoreApplication.translate("DossierView", "veiligheid: %1").replace(
                    "%1", labels.safety_level(view.safety[0].level)
                )
            )
        open_actions = [a for a in view.actions if a.done_on is None]
        if open_actions:
            facts.append(
                QCoreApplication.translate("DossierView", "%1 open actiepunten").replace(
                    "%1", str(len(open_actions))
                )
            )
        self.facts.setText(" · ".join(facts))
        others = [r for r in (self.service.dossiers_of_person(p.id) if p else []) if r.id != d.id]
        if others:
            links = ", ".join(
                f"<a href='{r.id}'>{html.escape(r.number)}</a> ({labels.phase(r.phase).lower()})"
                for r in others[:8]
            )
            self.others.setText(
                QCoreApplication.translate(
                    "DossierView", "Andere dossiers van deze persoon: %1"
                ).replace("%1", links)
            )
        self.others.setVisible(bool(others))
        self.strip.set_phase(d.phase)

    # Later phases follow from facts recorded on the care tabs (placement, plan, nazorg,
    # afsluiting), not from clicking the strip: the strip then opens the tab that records them.
    FACT_TABS = {
        "opvang": "opvang",
        "begeleiding": "hulpverleningsplan",
        "nazorg": "nazorg",
        "afgesloten": "nazorg",
    }

    def choose_phase(self, phase: str) -> None:
        if self.data is None:
            return
        show_message(self.error, "")
        tab = self.tab_widgets.get(self.FACT_TABS.get(phase, ""))
        if tab is not None:
            self.strip.set_phase(self.data.dossier.phase)
            self.tabs.setCurrentWidget(tab)
            if phase == "afgesloten" and hasattr(tab, "close_dossier"):
                tab.close_dossier()
            else:
                show_message(
                    self.error,
                    QCoreApplication.translate(
                        "DossierView",
                        "Deze fase volgt uit wat u vastlegt: gebruik het tabblad '%1'.",
                    ).replace("%1", self.tabs.tabText(self.tabs.indexOf(tab)).replace("&", "")),
                )
            return
        try:
            if phase == "afgesloten":
                dlg = CloseDialog(self)
                if not dlg.exec():
                    self.strip.set_phase(self.data.dossier.phase)
                    return
                try:
                    closed = dlg.closed_on.value()
                except ValueError:
                    closed = None
                self.service.close_dossier(
                    self.dossier_id, closed, dlg.reason.toPlainText().strip()
                )
            elif phase != self.data.dossier.phase:
                self.service.set_phase(self.dossier_id, phase)
        except ValidationError as err:
            show_message(self.error, message_text(err))
            self.strip.set_phase(self.data.dossier.phase)

    def _on_change(self, change: Change) -> None:
        if self.data is None or not self.ctx.is_unlocked:
            return
        ids = {self.dossier_id, self.data.dossier.person_id or ""}
        if change.ids & ids or change.touches("organisation", "contact"):
            if self.isVisible():
                self.reload()
            else:
                self.dirty = True  # reload (and audit the view) when shown again

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.dirty:
            self.reload()
