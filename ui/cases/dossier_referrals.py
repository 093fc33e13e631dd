"""Dossier tab "Verwijzingen" (issue 15 item 3): every referral of the dossier with its
status and the date of each step; set the next status (with its date) or record a referral
made without a letter. A referral letter made on the Brieven tab appears here by itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.events import Change
from desktop.referrals import STATUSES, Referral, ReferralService
from ui.cases.common import DateField, FieldForm, combo, combo_key, fmt_date
from ui.cases.dossier_tabs import DossierTabContext, DossierTabSpec
from ui.widgets import error_label, list_tree, show_message

ID_ROLE = Qt.ItemDataRole.UserRole


def status_label(key: str) -> str:
    names = {
        "verstuurd": QCoreApplication.translate("Referrals", "Verstuurd"),
        "ontvangen": QCoreApplication.translate("Referrals", "Ontvangen"),
        "geaccepteerd": QCoreApplication.translate("Referrals", "Geaccepteerd"),
        "afgewezen": QCoreApplication.translate("Referrals", "Afgewezen"),
        "geplaatst": QCoreApplication.translate("Referrals", "Geplaatst"),
    }
    return names.get(key, key)


class ReferralsTab(QWidget):
    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.referrals: list[Referral] = []
        layout = QVBoxLayout(self)
        self.list = list_tree(
            [
                QCoreApplication.translate("Referrals", "Organisatie"),
                QCoreApplication.translate("Referrals", "Status"),
                *(status_label(s) for s in STATUSES),
                QCoreApplication.translate("Referrals", "Brief"),
            ],
            QCoreApplication.translate("Referrals", "Verwijzingen van dit dossier"),
        )
        self.list.setColumnWidth(0, 220)
        self.list.setColumnWidth(1, 110)
        for col in range(2, 2 + len(STATUSES)):  # at least the header's own width
            self.list.setColumnWidth(col, max(95, self.list.header().sectionSizeHint(col)))
        self.list.currentItemChanged.connect(lambda *_a: self._chosen())
        layout.addWidget(self.list, 1)

        status_box = QGroupBox(QCoreApplication.translate("Referrals", "Status bijwerken"))
        srow = QHBoxLayout(status_box)
        self.status = combo((s, status_label(s)) for s in STATUSES)
        self.status.setAccessibleName(QCoreApplication.translate("Referrals", "Nieuwe status"))
        self.status_on = DateField()
        self.status_on.setAccessibleName(
            QCoreApplication.translate("Referrals", "Datum van de status (leeg = vandaag)")
        )
        self.status_on.setPlaceholderText(QCoreApplication.translate("Referrals", "vandaag"))
        status_label_w = QLabel(QCoreApplication.translate("Referrals", "&Nieuwe status:"))
        status_label_w.setBuddy(self.status)
        on_label = QLabel(QCoreApplication.translate("Referrals", "&op:"))
        on_label.setBuddy(self.status_on)
        self.set_button = QPushButton(QCoreApplication.translate("Referrals", "Status &vastleggen"))
        self.set_button.clicked.connect(self.set_status)
        for w in (status_label_w, self.status, on_label, self.status_on):
            srow.addWidget(w)
        srow.addStretch(1)
        srow.addWidget(self.set_button)
        layout.addWidget(status_box)
        self.error = error_label()
        layout.addWidget(self.error)

        new_box = QGroupBox(
            QCoreApplication.translate("Referrals", "Verwijzing zonder brief vastleggen")
        )
        nbox = QVBoxLayout(new_box)
        self.form = FieldForm()
        self.organisation = combo([])
        self.organisation.setAccessibleName(QCoreApplication.translate("Referrals", "Organisatie"))
        self.sent_on = DateField()
        self.form.add(
            "organisation_id",
            QCoreApplication.translate("Referrals", "O&rganisatie:"),
            self.organisation,
        )
        self.form.add(
            "sent_on",
            QCoreApplication.translate("Referrals", "Verwe&zen op:"),
            self.sent_on,
            QCoreApplication.translate("Referrals", "Leeg = vandaag"),
        )
        nbox.addWidget(self.form)
        self.add_button = QPushButton(
            QCoreApplication.translate("Referrals", "Verwijzing &toevoegen")
        )
        self.add_button.clicked.connect(self.add)
        arow = QHBoxLayout()
        arow.addStretch(1)
        arow.addWidget(self.add_button)
        nbox.addLayout(arow)
        layout.addWidget(new_box)
        tab.ctx.changed.connect(self._on_change)
        self.reload()

    def _service(self) -> ReferralService:
        return self.tab.ctx.require_session().referrals

    def reload(self) -> None:
        if not self.tab.ctx.is_unlocked:
            return
        current = self.current_id()
        self.referrals = self._service().for_dossier(self.tab.dossier_id)
        self.list.clear()
        for r in self.referrals:
            item = QTreeWidgetItem(
                self.list,
                [
                    r.organisation_name or "—",
                    status_label(r.status),
                    *(fmt_date(r.on(s)) for s in STATUSES),
                    "✓" if r.letter_id else "",
                ],
            )
            item.setData(0, ID_ROLE, r.id)
            item.setToolTip(0, r.organisation_name)
            if r.id == current:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        if self.organisation.count() == 0:
            self.organisation.addItem(
                QCoreApplication.translate("Referrals", "(kies een organisatie)"), ""
            )
            for org in self.tab.service.organisations():
                self.organisation.addItem(org.name, org.id)
        self._chosen()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def _chosen(self) -> None:
        rid = self.current_id()
        r = next((x for x in self.referrals if x.id == rid), None)
        self.set_button.setEnabled(r is not None)
        self.status.setEnabled(r is not None)
        if r is not None:
            # propose the next step
            index = min(STATUSES.index(r.status) + 1, len(STATUSES) - 1)
            self.status.setCurrentIndex(index)

    def set_status(self) -> None:
        rid = self.current_id()
        if rid is None:
            return
        show_message(self.error, "")
        try:
            on = self.status_on.value()
        except ValueError:
            show_message(
                self.error, QCoreApplication.translate("Referrals", "Ongeldige datum (dd-mm-jjjj).")
            )
            return
        try:
            self.tab.ctx.inline(self._service().set_status, initiator=self)(
                rid, combo_key(self.status), on
            )
        except ValidationError as err:
            show_message(self.error, str(err))
            return
        self.status_on.clear()
        self.reload()

    def add(self) -> None:
        self.form.clear_errors()
        days = self.form.dates(("sent_on",))
        if days is None:
            return
        try:
            self.tab.ctx.inline(self._service().create, initiator=self)(
                self.tab.dossier_id,
                combo_key(self.organisation) or None,
                sent_on=days["sent_on"],
            )
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.sent_on.clear()
        self.organisation.setCurrentIndex(0)
        self.reload()

    def _on_change(self, change: Change) -> None:
        if change.initiator is self or not self.tab.ctx.is_unlocked:
            return
        if self.tab.dossier_id in change.ids and change.touches("referral", "letter"):
            self.reload()


TABS = [
    DossierTabSpec(
        "verwijzingen",
        lambda: QCoreApplication.translate("Tabs", "Verwijzingen"),
        lambda tab, parent: ReferralsTab(tab, parent),
        92,
    ),
]
