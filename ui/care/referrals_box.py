"""The Opvang page's "Verwijzingen naar deze opvang" (issue 15 item 3): referrals to the
selected shelter (dossier number, sent, status, days waiting) and setting the next status
with its date, as on the dossier's Verwijzingen tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QTreeWidgetItem, QVBoxLayout

from desktop.errors import ValidationError
from desktop.referrals import STATUSES, Referral
from ui.cases.common import DateField, combo, combo_key, fmt_date
from ui.cases.dossier_referrals import status_label
from ui.context import AppContext
from ui.widgets import error_label, list_tree, show_message

ID_ROLE = Qt.ItemDataRole.UserRole


class ReferralsBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(QCoreApplication.translate("OpvangReferrals", "Verwijzingen"))
        self.ctx = ctx
        self.organisation_id: str | None = None
        self.referrals: list[Referral] = []
        layout = QVBoxLayout(self)
        self.list = list_tree(
            [
                QCoreApplication.translate("OpvangReferrals", "Dossier"),
                QCoreApplication.translate("OpvangReferrals", "Verstuurd"),
                QCoreApplication.translate("OpvangReferrals", "Status"),
                QCoreApplication.translate("OpvangReferrals", "Wacht"),
            ],
            QCoreApplication.translate("OpvangReferrals", "Verwijzingen naar deze opvang"),
            fit_columns=True,
        )
        self.list.currentItemChanged.connect(lambda *_a: self._chosen())
        self.list.itemActivated.connect(self._open)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.status = combo((s, status_label(s)) for s in STATUSES)
        self.status.setAccessibleName(
            QCoreApplication.translate("OpvangReferrals", "Nieuwe status")
        )
        self.status_on = DateField()
        self.status_on.setPlaceholderText(QCoreApplication.translate("OpvangReferrals", "vandaag"))
        self.status_on.setAccessibleName(
            QCoreApplication.translate("OpvangReferrals", "Datum van de status (leeg = vandaag)")
        )
        self.set_button = QPushButton(QCoreApplication.translate("OpvangReferrals", "&Vastleggen"))
        self.set_button.setAccessibleDescription(
            QCoreApplication.translate(
                "OpvangReferrals", "Legt de gekozen status vast voor de gekozen verwijzing"
            )
        )
        self.set_button.clicked.connect(self.set_status)
        row.addWidget(self.status, 1)
        row.addWidget(self.status_on)
        row.addWidget(self.set_button)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        self._chosen()

    def show_organisation(self, organisation_id: str | None) -> None:
        self.organisation_id = organisation_id
        self.reload()

    def reload(self) -> None:
        keep = self.current()
        self.list.clear()
        self.referrals = []
        if self.organisation_id is None or not self.ctx.is_unlocked:
            self._chosen()
            return
        session = self.ctx.require_session()
        self.referrals = session.referrals.for_organisation(self.organisation_id)
        today = session.clock()
        for r in self.referrals:
            waiting = r.status in ("verstuurd", "ontvangen")
            item = QTreeWidgetItem(
                self.list,
                [
                    r.dossier_number,
                    fmt_date(r.sent_on),
                    status_label(r.status),
                    str(r.days_waiting(today)) if waiting else "",
                ],
            )
            item.setData(0, ID_ROLE, r.id)
            if keep is not None and r.id == keep.id:
                self.list.setCurrentItem(item)
        self._chosen()

    def current(self) -> Referral | None:
        item = self.list.currentItem()
        rid = item.data(0, ID_ROLE) if item is not None else None
        return next((r for r in self.referrals if r.id == rid), None)

    def _chosen(self) -> None:
        r = self.current()
        self.set_button.setEnabled(r is not None)
        if r is not None:
            self.status.setCurrentIndex(min(STATUSES.index(r.status) + 1, len(STATUSES) - 1))

    def set_status(self) -> None:
        r = self.current()
        if r is None:
            return
        show_message(self.error, "")
        try:
            on = self.status_on.value()
        except ValueError:
            show_message(
                self.error,
                QCoreApplication.translate("OpvangReferrals", "Ongeldige datum (dd-mm-jjjj)."),
            )
            return
        try:
            self.ctx.inline(self.ctx.require_session().referrals.set_status, initiator=self)(
                r.id, combo_key(self.status), on
            )
        except ValidationError as err:
            show_message(self.error, str(err))
            return
        self.status_on.clear()
        self.reload()

    def _open(self, item: QTreeWidgetItem) -> None:
        r = self.current()
        if r is not None:
            self.ctx.open_dossier(r.dossier_id, "verwijzingen")
