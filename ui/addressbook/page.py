"""Adresboek: organisations (ketenpartners), their contact persons and shelters.

A list with search (name, place, phone, e-mail, contact persons) and a filter by kind; the
selected organisation's address, contact details, contact persons and shelter profile.
Add, change and remove with Dutch validation next to each field. A confidential shelter
address shows as "Geheim adres" everywhere until "Adres tonen" is pressed; the care service
audits every reveal. Listed in ``ui/features.py`` (order 45).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.care import CareService
from desktop.care import model as c
from desktop.cases import CaseService, Contact, Organisation, model
from desktop.errors import StoreError, ValidationError
from desktop.events import Change
from ui.addressbook.dialogs import contact_dialog, organisation_dialog
from ui.care.dialogs import FormDialog, shelter_dialog
from ui.care.opvang_page import fit_columns, tree
from ui.cases import labels
from ui.cases.common import combo, combo_key
from ui.context import AppContext
from ui.drafts import DialogHost
from ui.layout import ReflowSplitter
from ui.page_registry import PageSpec
from ui.widgets import RefreshWhenShown, error_label, heading, show_message, shrink_columns_to_fit

ID_ROLE = Qt.ItemDataRole.UserRole
KEY = "addressbook"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _ask(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("AddressBook", "Adresboek"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _tip_whole_text(item: QTreeWidgetItem) -> None:
    """The whole text of each cell as its tooltip: columns are cut to fit the window (at
    125-150 % a long name or e-mail address ends in "…"), the tooltip still shows it all."""
    for col in range(item.columnCount()):
        if item.text(col):
            item.setToolTip(col, item.text(col))


def _select_row(tree: QTreeWidget, row_id: str) -> bool:
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None and item.data(0, ID_ROLE) == row_id:
            tree.setCurrentItem(item)
            return True
    return False


class AddressBookPage(DialogHost, RefreshWhenShown):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        session = ctx.require_session()
        self.cases: CaseService = session.cases
        self.care: CareService = session.care
        self.orgs: list[Organisation] = []
        self.profiles: dict[str, c.ShelterProfile] = {}
        self.contacts_by_org: dict[str, list[Contact]] = {}
        self.revealed: dict[str, str] = {}  # organisation id -> revealed address (this view)
        self.dialog: FormDialog | None = None
        # Asked before removing (a question box; tests answer it themselves).
        self.confirm: Callable[[str], bool] = lambda text: _ask(self, text)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(QCoreApplication.translate("AddressBook", "Adresboek")), 1)
        self.new_button = QPushButton(
            QCoreApplication.translate("AddressBook", "&Nieuwe organisatie…")
        )
        self.new_button.clicked.connect(lambda: self.new_organisation())
        self.edit_button = QPushButton(QCoreApplication.translate("AddressBook", "&Wijzigen…"))
        self.edit_button.clicked.connect(self.edit_organisation)
        self.remove_button = QPushButton(QCoreApplication.translate("AddressBook", "&Verwijderen…"))
        self.remove_button.clicked.connect(self.remove_organisation)
        for b in (self.new_button, self.edit_button, self.remove_button):
            top.addWidget(b)
        outer.addLayout(top)

        filters = QHBoxLayout()
        search_label = QLabel(QCoreApplication.translate("AddressBook", "&Zoeken:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "AddressBook", "Naam, plaats, telefoon, e-mail of contactpersoon"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(
            QCoreApplication.translate("AddressBook", "Zoeken in het adresboek")
        )
        search_label.setBuddy(self.search)
        self.search.textChanged.connect(self._fill)
        kind_label = QLabel(QCoreApplication.translate("AddressBook", "S&oort:"))
        self.kind = combo(
            [("", QCoreApplication.translate("AddressBook", "Alle soorten"))]
            + [(k, labels.org_kind(k)) for k in model.ORG_KINDS]
        )
        self.kind.setAccessibleName(QCoreApplication.translate("AddressBook", "Soort organisatie"))
        kind_label.setBuddy(self.kind)
        self.kind.currentIndexChanged.connect(self._fill)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind)
        outer.addLayout(filters)
        self.count = QLabel()
        outer.addWidget(self.count)
        self.error = error_label()
        outer.addWidget(self.error)

        # list and details side by side; one above the other in a narrow window (150 %)
        def need() -> int:
            detail = split.widget(1)
            return 500 + (detail.minimumSizeHint().width() if detail is not None else 0)

        split = ReflowSplitter(0.5, need=need)
        outer.addWidget(split, 1)
        self.list = tree(
            [
                QCoreApplication.translate("AddressBook", "Naam"),
                QCoreApplication.translate("AddressBook", "Soort"),
                QCoreApplication.translate("AddressBook", "Plaats"),
                QCoreApplication.translate("AddressBook", "Telefoon"),
                QCoreApplication.translate("AddressBook", "E-mail"),
            ],
            QCoreApplication.translate("AddressBook", "Organisaties"),
        )
        self.list.setSortingEnabled(True)
        self.list.setMinimumHeight(130)  # a few rows when the details stand below it
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list.currentItemChanged.connect(lambda *_: self._show_detail())
        self.list.itemActivated.connect(lambda *_: self.edit_organisation())
        split.addWidget(self.list)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        org_box = QGroupBox(QCoreApplication.translate("AddressBook", "Gegevens"))
        ol = QVBoxLayout(org_box)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(
            QCoreApplication.translate("AddressBook", "Gegevens van de organisatie")
        )
        ol.addWidget(self.detail)
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(QCoreApplication.translate("AddressBook", "Adres"))
        ol.addWidget(self.address)
        self.reveal_button = QPushButton(
            QCoreApplication.translate("AddressBook", "Adres &tonen (wordt gelogd)")
        )
        self.reveal_button.clicked.connect(self.reveal)
        ol.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        dl.addWidget(org_box)

        shelter_box = QGroupBox(QCoreApplication.translate("AddressBook", "Opvangprofiel"))
        sl = QVBoxLayout(shelter_box)
        self.shelter = QLabel()
        self.shelter.setWordWrap(True)
        self.shelter.setTextFormat(Qt.TextFormat.PlainText)
        self.shelter.setAccessibleName(QCoreApplication.translate("AddressBook", "Opvangprofiel"))
        sl.addWidget(self.shelter)
        self.shelter_button = QPushButton(
            QCoreApplication.translate("AddressBook", "Opvang&profiel…")
        )
        self.shelter_button.clicked.connect(self.edit_shelter)
        sl.addWidget(self.shelter_button, 0, Qt.AlignmentFlag.AlignLeft)
        dl.addWidget(shelter_box)

        contacts_box = QGroupBox(QCoreApplication.translate("AddressBook", "Contactpersonen"))
        cl = QVBoxLayout(contacts_box)
        self.contacts = tree(
            [
                QCoreApplication.translate("AddressBook", "Naam"),
                QCoreApplication.translate("AddressBook", "Functie"),
                QCoreApplication.translate("AddressBook", "Telefoon"),
                QCoreApplication.translate("AddressBook", "E-mail"),
            ],
            QCoreApplication.translate("AddressBook", "Contactpersonen"),
        )
        self.contacts.itemActivated.connect(lambda *_: self.edit_contact())
        cl.addWidget(self.contacts, 1)
        row = QHBoxLayout()
        self.add_contact_button = QPushButton(
            QCoreApplication.translate("AddressBook", "&Contactpersoon toevoegen…")
        )
        self.add_contact_button.clicked.connect(self.new_contact)
        self.edit_contact_button = QPushButton(
            QCoreApplication.translate("AddressBook", "W&ijzigen…")
        )
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.remove_contact_button = QPushButton(
            QCoreApplication.translate("AddressBook", "Ve&rwijderen")
        )
        self.remove_contact_button.clicked.connect(self.remove_contact)
        for b in (self.add_contact_button, self.edit_contact_button, self.remove_contact_button):
            row.addWidget(b)
        row.addStretch(1)
        cl.addLayout(row)
        dl.addWidget(contacts_box, 1)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 420])

        ctx.changed.connect(self._changed)
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        if change.touches("organisation", "contact", "shelter", "care"):
            self.refresh_when_shown()

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.mark_fresh()
        try:
            self.orgs = self.cases.organisations()
            self.profiles = {s.organisation_id: s.profile for s in self.care.shelters()}
            self.contacts_by_org = {}
            for ct in self.cases.all_contacts():
                self.contacts_by_org.setdefault(ct.organisation_id, []).append(ct)
        except StoreError as err:
            show_message(self.error, str(err))
            return
        show_message(self.error, "")
        self._fill()

    def confidential(self, org_id: str) -> bool:
        p = self.profiles.get(org_id)
        return p is not None and p.confidential_address

    def _matches(self, org: Organisation, needle: str) -> bool:
        if not needle:
            return True
        hay = [org.name, org.phone, org.email, org.website]
        if not self.confidential(org.id):
            hay += [org.city, org.street, org.postcode, org.address]
        hay += [ct.name for ct in self.contacts_by_org.get(org.id, [])]
        return any(needle in _fold(h) for h in hay if h)

    def _fill(self) -> None:
        current = self.current_id()
        needle = _fold(self.search.text().strip())
        kind = combo_key(self.kind)
        self.list.setSortingEnabled(False)
        self.list.clear()
        select = None
        shown = 0
        for org in self.orgs:
            if kind and org.kind != kind:
                continue
            if not self._matches(org, needle):
                continue
            shown += 1
            place = (
                QCoreApplication.translate("AddressBook", "Geheim adres")
                if self.confidential(org.id)
                else org.city
            )
            item = QTreeWidgetItem(
                self.list, [org.name, labels.org_kind(org.kind), place, org.phone, org.email]
            )
            item.setData(0, ID_ROLE, org.id)
            _tip_whole_text(item)
            if org.id == current:
                select = item
        self.list.setSortingEnabled(True)
        fit_columns(self.list)
        header = self.list.header()
        for col, cap in ((0, 220), (1, 120), (2, 150), (3, 110)):
            header.resizeSection(col, min(self.list.columnWidth(col), cap))
        shrink_columns_to_fit(self.list)  # no horizontal scrolling, also at 125 %
        self.count.setText(
            QCoreApplication.translate("AddressBook", "%1 van %2 organisaties")
            .replace("%1", str(shown))
            .replace("%2", str(len(self.orgs)))
        )
        if select is None and self.list.topLevelItemCount():
            select = self.list.topLevelItem(0)
        if select is not None:
            self.list.setCurrentItem(select)
        self._show_detail()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(0, ID_ROLE))

    def current(self) -> Organisation | None:
        oid = self.current_id()
        return next((o for o in self.orgs if o.id == oid), None)

    def _show_detail(self) -> None:
        org = self.current()
        has = org is not None
        for b in (
            self.edit_button,
            self.remove_button,
            self.shelter_button,
            self.add_contact_button,
        ):
            b.setEnabled(has)
        self.contacts.clear()
        if org is None:
            self.detail.setText(
                QCoreApplication.translate(
                    "AddressBook",
                    "Nog geen organisaties. Voeg ketenpartners en opvanglocaties toe"
                    " met “Nieuwe organisatie…”.",
                )
                if not self.orgs
                else ""
            )
            self.address.clear()
            self.reveal_button.hide()
            self.shelter.clear()
            self._enable_contacts()
            return
        lines = [org.name, labels.org_kind(org.kind)]
        if org.phone:
            lines.append(
                QCoreApplication.translate("AddressBook", "Telefoon: %1").replace("%1", org.phone)
            )
        if org.email:
            lines.append(
                QCoreApplication.translate("AddressBook", "E-mail: %1").replace("%1", org.email)
            )
        if org.website:
            lines.append(
                QCoreApplication.translate("AddressBook", "Website: %1").replace("%1", org.website)
            )
        if org.notes:
            lines.append(org.notes)
        self.detail.setText("\n".join(lines))
        if self.confidential(org.id) and org.id not in self.revealed:
            self.address.setText(QCoreApplication.translate("AddressBook", "Geheim adres"))
            self.reveal_button.show()
        else:
            self.reveal_button.hide()
            text = self.revealed.get(org.id) or "\n".join(org.address_lines(self.ctx.language))
            self.address.setText(
                text or QCoreApplication.translate("AddressBook", "(geen adres bekend)")
            )
        profile = self.profiles.get(org.id)
        if profile is None:
            self.shelter.setText(QCoreApplication.translate("AddressBook", "Geen opvangprofiel."))
            self.shelter_button.setText(
                QCoreApplication.translate("AddressBook", "Opvang&profiel toevoegen…")
            )
        else:
            groups = ", ".join(c.TARGET_GROUP_LABELS.get(g, g) for g in profile.target_groups)
            parts = [
                c.SHELTER_TYPE_LABELS.get(profile.shelter_type, profile.shelter_type),
                QCoreApplication.translate("AddressBook", "Capaciteit: %1 plaatsen").replace(
                    "%1", str(profile.capacity)
                ),
            ]
            if groups:
                parts.append(
                    QCoreApplication.translate("AddressBook", "Doelgroepen: %1").replace(
                        "%1", groups
                    )
                )
            if profile.intake_contact:
                parts.append(
                    QCoreApplication.translate("AddressBook", "Aanmelden bij: %1").replace(
                        "%1", profile.intake_contact
                    )
                )
            self.shelter.setText("\n".join(parts))
            self.shelter_button.setText(
                QCoreApplication.translate("AddressBook", "Opvang&profiel wijzigen…")
            )
        for ct in self.contacts_by_org.get(org.id, []):
            item = QTreeWidgetItem(self.contacts, [ct.name, ct.role, ct.phone, ct.email])
            item.setData(0, ID_ROLE, ct.id)
            _tip_whole_text(item)
        fit_columns(self.contacts)
        first = self.contacts.topLevelItem(0)
        if first is not None:
            self.contacts.setCurrentItem(first)
        self._enable_contacts()

    def _enable_contacts(self) -> None:
        has = self.current_contact() is not None
        self.edit_contact_button.setEnabled(has)
        self.remove_contact_button.setEnabled(has)

    def current_contact(self) -> Contact | None:
        org = self.current()
        item = self.contacts.currentItem()
        if org is None or item is None:
            return None
        cid = str(item.data(0, ID_ROLE))
        return next((ct for ct in self.contacts_by_org.get(org.id, []) if ct.id == cid), None)

    def select(self, org_id: str) -> None:
        _select_row(self.list, org_id)

    def select_contact(self, contact_id: str) -> bool:
        """Make this contact person of the current organisation current."""
        return _select_row(self.contacts, contact_id)

    # -- actions ---------------------------------------------------------------------------
    def _open(
        self,
        dlg: FormDialog,
        after: Callable[[object], None] | None = None,
        *,
        via: str = "",
        target: str = "",
    ) -> None:
        """Open an editor dialog; ``via`` (the method that opened it) and ``target`` (its
        row) name its draft, so a lock keeps what was typed and unlocking opens it again
        the same way (DialogHost)."""
        self.dialog = dlg
        if after is not None:
            dlg.accepted.connect(lambda: after(dlg.result_value))
        if via:
            self.host_dialog(dlg, via, target)
        dlg.open()

    def draft_host_key(self) -> str:
        return "addressbook"

    def draft_host_ctx(self) -> object:
        return self.ctx

    def select_draft_target(self, target: str) -> bool:
        """An organisation id, or ``organisation/contact`` for a contact person."""
        org_id, _, contact_id = target.partition("/")
        self.select(org_id)
        current = self.current()
        if current is None or current.id != org_id:
            return False  # gone meanwhile: the draft stays unused until it expires
        return not contact_id or self.select_contact(contact_id)

    def new_organisation(self, kind: str = "") -> None:
        def created(value: object) -> None:
            if isinstance(value, Organisation):
                self.search.clear()
                self.kind.setCurrentIndex(0)
                self.select(value.id)
                if value.kind == "opvang":  # a shelter: its profile next
                    self.edit_shelter()

        self._open(
            organisation_dialog(
                self, None, self.ctx.inline(self.cases.create_organisation), self.ctx.language, kind
            ),
            created,
            via="new_organisation",
        )

    def edit_organisation(self) -> None:
        org = self.current()
        if org is not None:
            self._open(
                organisation_dialog(
                    self, org, self.ctx.inline(self.cases.update_organisation), self.ctx.language
                ),
                via="edit_organisation",
                target=org.id,
            )

    def remove_organisation(self) -> None:
        org = self.current()
        if org is None:
            return
        question = QCoreApplication.translate(
            "AddressBook",
            "“%1” met contactpersonen en opvangprofiel uit het adresboek verwijderen?",
        ).replace("%1", org.name)
        if not self.confirm(question):
            return
        try:
            self.ctx.inline(self.cases.delete_organisation)(org.id)
        except (ValidationError, StoreError) as err:
            show_message(self.error, str(err))

    def reveal(self) -> None:
        org = self.current()
        if org is None:
            return
        try:
            text = self.ctx.inline(self.care.reveal_address)(org.id)
        except StoreError as err:
            show_message(self.error, str(err))
            return
        self.revealed[org.id] = text
        self._show_detail()

    def edit_shelter(self) -> None:
        org = self.current()
        if org is None:
            return
        profile = self.care.shelter_profile(org.id)
        self._open(
            shelter_dialog(
                self, [(org.id, org.name)], profile, self.ctx.inline(self.care.save_shelter)
            ),
            via="edit_shelter",
            target=org.id,
        )

    def new_contact(self) -> None:
        org = self.current()
        if org is not None:
            self._open(
                contact_dialog(self, org.id, None, self.ctx.inline(self.cases.create_contact)),
                via="new_contact",
                target=org.id,
            )

    def edit_contact(self) -> None:
        org, ct = self.current(), self.current_contact()
        if org is not None and ct is not None:
            self._open(
                contact_dialog(self, org.id, ct, self.ctx.inline(self.cases.update_contact)),
                via="edit_contact",
                target=f"{org.id}/{ct.id}",
            )

    def remove_contact(self) -> None:
        ct = self.current_contact()
        if ct is None:
            return
        if not self.confirm(
            QCoreApplication.translate("AddressBook", "Contactpersoon “%1” verwijderen?").replace(
                "%1", ct.name
            )
        ):
            return
        try:
            self.ctx.inline(self.cases.delete_contact)(ct.id)
        except (ValidationError, StoreError) as err:
            show_message(self.error, str(err))


def _page(ctx: AppContext, parent: QWidget | None) -> QWidget:
    return AddressBookPage(ctx, parent)


PAGE = PageSpec(KEY, lambda: QCoreApplication.translate("Pages", "Adresboek"), _page, 45)
