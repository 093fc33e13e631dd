"""Melden: the one working page of an aandachtsfunctionaris store (issue 17 item 5).

Such a store reports signals to one zorgcoördinator (chosen and verified in the first-run
wizard): a signal form (the screening page's ``SignalDialog``), the coordinator's card,
the signals not yet sent, a send button and the receipts of what was sent. Once a package
is written its signals leave this store (``ExchangeService.report_signals``); a receipt
keeps only the package id, time, recipient and the number of signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import Signal
from desktop.events import Change
from desktop.exchange import PACKAGE_SUFFIX, Contact, Receipt, Sent
from ui.cases import labels
from ui.cases.common import fmt_date
from ui.cases.screening_page import SignalDialog
from ui.context import AppContext
from ui.messages import message_text
from ui.page_registry import PageSpec
from ui.widgets import (
    documents_folder,
    error_label,
    heading,
    paragraph,
    scrolling_body,
    show_message,
)


def local_time(utc_iso: str) -> str:
    """'2026-12-01T19:40:00Z' -> local 'dd-mm-jjjj hh:mm' (or the text as it is)."""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(utc_iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return utc_iso
    return when.strftime("%d-%m-%Y %H:%M")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    table.setMinimumHeight(120)
    return table


class ReportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportPage")
        self.waiting: list[Signal] = []
        self.receipts: list[Receipt] = []
        self.coordinator: Contact | None = None
        self.last_sent: Sent | None = None
        self.signal_dialog: SignalDialog | None = None
        self._loaded = False
        # the page scrolls instead of squeezing its texts on a 150 % screen
        self.scroll_area, lay = scrolling_body(self, "reportScroll")
        lay.setContentsMargins(24, 16, 24, 16)
        lay.setSpacing(10)
        lay.addWidget(heading(self.tr("Signalen melden")))
        lay.addWidget(
            paragraph(
                self.tr(
                    "U meldt signalen bij de zorgcoördinator. Een verstuurd signaal staat daarna "
                    "niet meer op deze computer; alleen een ontvangstbewijs zonder "
                    "persoonsgegevens blijft."
                )
            )
        )
        self.error = error_label()
        lay.addWidget(self.error)

        box = QGroupBox(self.tr("Zorgcoördinator"))
        v = QVBoxLayout(box)
        self.coordinator_label = QLabel()
        self.coordinator_label.setWordWrap(True)
        self.coordinator_label.setAccessibleName(self.tr("Zorgcoördinator"))
        self.coordinator_fp = QLabel()
        self.coordinator_fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.coordinator_fp.setAccessibleName(self.tr("Vingerafdruk van de zorgcoördinator"))
        v.addWidget(self.coordinator_label)
        v.addWidget(self.coordinator_fp)
        lay.addWidget(box)

        top = QHBoxLayout()
        self.waiting_heading = heading(self.tr("Nog te versturen"), 1.2)
        top.addWidget(self.waiting_heading, 1)
        self.new_button = QPushButton(self.tr("&Nieuw signaal…"))
        self.new_button.setAccessibleName(self.tr("Nieuw signaal"))
        self.new_button.clicked.connect(self.new_signal)
        top.addWidget(self.new_button)
        lay.addLayout(top)
        self.waiting_table = _table(
            [self.tr("Aanmelding"), self.tr("Urgentie"), self.tr("Alias of initialen")],
            self.tr("Signalen die nog niet zijn verstuurd"),
        )
        lay.addWidget(self.waiting_table, 1)
        row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("&Versturen naar de zorgcoördinator"))
        self.send_button.setAccessibleName(self.tr("Versturen naar de zorgcoördinator"))
        self.send_button.clicked.connect(self.choose_and_send)
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        row.addWidget(self.send_button)
        row.addWidget(self.where_label, 1)
        lay.addLayout(row)

        lay.addWidget(heading(self.tr("Verstuurd (ontvangstbewijzen)"), 1.2))
        self.receipt_table = _table(
            [self.tr("Verstuurd op"), self.tr("Aan"), self.tr("Signalen"), self.tr("Pakket")],
            self.tr("Ontvangstbewijzen van verstuurde signalen"),
        )
        lay.addWidget(self.receipt_table, 1)
        ctx.changed.connect(self._on_change)

    # -- data ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def _on_change(self, change: Change) -> None:
        if (
            self._loaded
            and self.ctx.is_unlocked
            and change.touches("signal", "exchange_package", "exchange_contact", "settings")
        ):
            self.refresh()

    def refresh(self) -> None:
        def load(s):  # type: ignore[no-untyped-def]
            x = s.exchange
            return x.coordinator(), s.cases.agenda(), x.receipts(), x.folders()[1]

        self.ctx.op(self, load, self._show, lambda exc: show_message(self.error, message_text(exc)))

    def _show(self, data: tuple[Contact | None, list[Signal], list[Receipt], Path | None]) -> None:
        self.coordinator, self.waiting, self.receipts, outbox = data
        c = self.coordinator
        if c is None:
            self.coordinator_label.setText(self.tr("Nog geen zorgcoördinator ingesteld."))
            self.coordinator_fp.setText("")
        else:
            who = ", ".join(x for x in (c.name, c.organisation, c.role) if x)
            self.coordinator_label.setText(who)
            self.coordinator_fp.setText(
                self.tr("Vingerafdruk: %1 (%2)")
                .replace("%1", c.fingerprint)
                .replace("%2", self.tr("geverifieerd") if c.status == "geverifieerd" else c.status)
            )
        self.waiting_table.setRowCount(len(self.waiting))
        for i, s in enumerate(self.waiting):
            values = (fmt_date(s.received_on), labels.urgency(s.urgency), s.person_hint or "—")
            for j, v in enumerate(values):
                self.waiting_table.setItem(i, j, QTableWidgetItem(v))
        self.waiting_table.selectAll()
        self.waiting_heading.setText(self.tr("Nog te versturen (%n)", "", len(self.waiting)))
        self.send_button.setEnabled(bool(self.waiting) and c is not None)
        self.where_label.setText(
            self.tr("Naar de uitboxmap: %1").replace("%1", str(outbox))
            if outbox
            else self.tr("U kiest waar het pakket komt (geen uitboxmap ingesteld).")
        )
        self.outbox = outbox
        self.receipt_table.setRowCount(len(self.receipts))
        for i, r in enumerate(self.receipts):
            cells = (local_time(r.at), r.recipient, str(r.signals), r.package_id[:12])
            for j, v in enumerate(cells):
                self.receipt_table.setItem(i, j, QTableWidgetItem(v))

    # -- actions ------------------------------------------------------------------------
    def new_signal(self) -> None:
        dialog = SignalDialog(self.ctx.require_session().cases, self)
        self.signal_dialog = dialog
        dialog.finished.connect(lambda _r: self.ctx.flush_changes())
        dialog.open()

    def selected_signals(self) -> list[str]:
        rows = sorted({i.row() for i in self.waiting_table.selectionModel().selectedRows()})
        return [self.waiting[r].id for r in rows if r < len(self.waiting)]

    def choose_and_send(self) -> None:
        ids = self.selected_signals()
        if not ids:
            return
        out: Path | None = None
        if not getattr(self, "outbox", None):
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Pakket voor de zorgcoördinator opslaan"),
                str(documents_folder() / ("melding" + PACKAGE_SUFFIX)),
                self.tr("Baken-pakket (*.baken-pakket)"),
            )
            if not name:
                return
            out = Path(name)
        self.send(ids, out)

    def send(self, signal_ids: list[str], out: Path | None = None) -> None:
        """Write the package (to ``out``, else the outbox); the signals then leave here."""

        def done(sent: Sent) -> None:
            self.last_sent = sent
            show_message(self.error, "")

        self.ctx.op(
            self,
            lambda s: s.exchange.report_signals(signal_ids, out=out),
            done,
            lambda exc: show_message(self.error, message_text(exc)),
        )


PAGE = PageSpec(
    "melden",
    lambda: QCoreApplication.translate("Pages", "Signalen melden"),
    lambda ctx, parent: ReportPage(ctx, parent),
    10,
)

__all__ = ["PAGE", "ReportPage"]
