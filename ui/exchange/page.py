"""Uitwisselen: this store's contact card (fingerprint + QR code), contacts, and the inbox.

A first, small page on top of ``desktop.exchange`` (issue 17): the card with its QR code
and a sleutelkaart to print, the verified contacts, and the team-folder inbox — packages
are verified and shown (sender, dossiers) before the user applies one. Folder choice, the
periodic inbox check with the Vandaag notice, and the aandachtsfunctionaris wizard mode
follow once the session refactor of ui/ has landed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import StoreError
from desktop.exchange import ExchangeService, Incoming, parse_card
from desktop.keycard import qr_modules
from ui.context import AppContext
from ui.messages import message_text
from ui.page_registry import PageSpec
from ui.widgets import documents_folder, error_label, heading, show_message


class QrView(QWidget):
    """Draws a QR matrix (``desktop.keycard.qr_modules``) with a quiet zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.modules: list[list[bool]] = []
        self.setMinimumSize(180, 180)

    def set_modules(self, modules: list[list[bool]]) -> None:
        self.modules = modules
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(220, 220)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        side = min(self.width(), self.height())
        p.fillRect(0, 0, side, side, QColor("white"))
        n = len(self.modules)
        if not n:
            return
        cell = side / (n + 8)
        for r, row in enumerate(self.modules):
            for c, dark in enumerate(row):
                if dark:
                    p.fillRect(QRectF((c + 4) * cell, (r + 4) * cell, cell, cell), QColor("black"))


class ExchangePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: list[Incoming] = []
        self._loaded = False
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Uitwisselen")))
        self.error = error_label()
        lay.addWidget(self.error)

        card_row = QHBoxLayout()
        self.qr = QrView()
        card_row.addWidget(self.qr)
        info = QVBoxLayout()
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.fingerprint.font()
        font.setFamily("DejaVu Sans Mono")
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.fingerprint.setFont(font)
        info.addWidget(QLabel(self.tr("Uw vingerafdruk (lees hem voor aan uw collega):")))
        info.addWidget(self.fingerprint)
        info.addWidget(self.who)
        buttons = QHBoxLayout()
        self.save_card = QPushButton(self.tr("Contactkaart opslaan…"))
        self.save_card.clicked.connect(self._choose_card_file)
        self.save_keycard = QPushButton(self.tr("Sleutelkaart (PDF) opslaan…"))
        self.save_keycard.clicked.connect(self._choose_keycard_file)
        buttons.addWidget(self.save_card)
        buttons.addWidget(self.save_keycard)
        buttons.addStretch(1)
        info.addLayout(buttons)
        info.addStretch(1)
        card_row.addLayout(info, 1)
        lay.addLayout(card_row)

        lay.addWidget(heading(self.tr("Contacten"), 1.2))
        self.contacts = QTableWidget(0, 4)
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Organisatie"), self.tr("Vingerafdruk"), self.tr("Status")]
        )
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.contacts)
        self.add_contact = QPushButton(self.tr("Contactkaart toevoegen…"))
        self.add_contact.clicked.connect(self._choose_contact_card)
        lay.addWidget(self.add_contact, 0, Qt.AlignmentFlag.AlignLeft)

        lay.addWidget(heading(self.tr("Inbox"), 1.2))
        self.inbox_label = QLabel()
        self.inbox_label.setWordWrap(True)
        lay.addWidget(self.inbox_label)
        self.packages = QTableWidget(0, 3)
        self.packages.setHorizontalHeaderLabels(
            [self.tr("Van"), self.tr("Dossiers"), self.tr("Aantallen")]
        )
        self.packages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.packages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packages.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.packages)
        row = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("Inbox bekijken"))
        self.scan_button.clicked.connect(self.scan)
        self.apply_button = QPushButton(self.tr("Gekozen pakket toepassen"))
        self.apply_button.clicked.connect(self.apply_selected)
        row.addWidget(self.scan_button)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        lay.addLayout(row)
        ctx.changed.connect(self._on_change)

    # -- data ---------------------------------------------------------------------------
    def service(self) -> ExchangeService:
        return ExchangeService(self.ctx.require_store(), on_change=self.ctx.publish)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def _on_change(self, change: object) -> None:
        if self._loaded and getattr(change, "touches", lambda *k: False)("exchange_contact"):
            self.refresh()

    def refresh(self) -> None:
        try:
            svc = self.service()
            card = svc.own_card()
            contacts = svc.contacts()
            inbox, _outbox = svc.folders()
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        show_message(self.error, "")
        # two lines of four groups: readable aloud, and the page fits a 125 % screen
        groups = card.fingerprint.split()
        half = (len(groups) + 1) // 2
        self.fingerprint.setText(" ".join(groups[:half]) + "\n" + " ".join(groups[half:]))
        self.fingerprint.setAccessibleName(card.fingerprint)
        self.who.setText(", ".join(x for x in (card.name, card.organisation, card.role) if x))
        self.qr.set_modules(qr_modules(card))
        self.contacts.setRowCount(len(contacts))
        for i, c in enumerate(contacts):
            values = (c.name, c.organisation, c.fingerprint, c.status)
            for j, v in enumerate(values):
                self.contacts.setItem(i, j, QTableWidgetItem(v))
        self.inbox_label.setText(
            self.tr("Inboxmap: %1").replace("%1", str(inbox))
            if inbox
            else self.tr("Nog geen inboxmap ingesteld (baken receive --inbox MAP werkt altijd).")
        )

    # -- actions ------------------------------------------------------------------------
    def _choose_card_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Contactkaart opslaan"), str(documents_folder() / "contactkaart.json")
        )
        if path:
            self.save_card_to(Path(path))

    def save_card_to(self, path: Path) -> None:
        try:
            self.service().export_card(path)
            show_message(self.error, "")
        except StoreError as exc:
            show_message(self.error, message_text(exc))

    def _choose_keycard_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Sleutelkaart opslaan"), str(documents_folder() / "sleutelkaart.pdf")
        )
        if path:
            self.save_keycard_to(Path(path))

    def save_keycard_to(self, path: Path) -> None:
        try:
            self.service().export_keycard(path)
            show_message(self.error, "")
        except StoreError as exc:
            show_message(self.error, message_text(exc))

    def _choose_contact_card(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Contactkaart van een collega"), str(documents_folder())
        )
        if not path:
            return
        fingerprint, ok = QInputDialog.getText(
            self,
            self.tr("Vingerafdruk vergelijken"),
            self.tr("Vingerafdruk zoals uw collega hem voorleest (8 groepen van 5 cijfers):"),
        )
        if ok:
            self.add_card(Path(path), fingerprint)

    def add_card(self, path: Path, fingerprint: str) -> bool:
        try:
            card = parse_card(path.read_text(encoding="utf-8-sig"))
            self.service().add_contact(card, fingerprint)
        except OSError:
            show_message(self.error, self.tr("De contactkaart kan niet worden gelezen."))
            return False
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return False
        show_message(self.error, "")
        self.refresh()
        return True

    def scan(self, folder: Path | None = None) -> None:
        try:
            result = self.service().scan_inbox(folder)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        self.pending = result.pending
        self.packages.setRowCount(len(self.pending))
        for i, inc in enumerate(self.pending):
            who = ", ".join(x for x in (inc.sender.name, inc.sender.organisation) if x)
            dossiers = "; ".join(f"{n} {name} ({what})" for n, name, what in inc.dossiers_preview())
            counts = ", ".join(f"{k} {v}" for k, v in sorted(inc.counts.items()))
            for j, v in enumerate((who, dossiers, counts)):
                self.packages.setItem(i, j, QTableWidgetItem(v))
        if self.pending:
            self.packages.selectRow(0)
        parts = [self.tr("%n pakket(ten) klaar", "", len(self.pending))]
        if result.refused:
            parts.append(self.tr("%n geweigerd", "", len(result.refused)))
        show_message(self.error, "")
        self.inbox_label.setText("; ".join(parts))

    def apply_selected(self) -> None:
        rows = self.packages.selectionModel().selectedRows()
        if not rows or not self.pending:
            return
        incoming = self.pending[rows[0].row()]
        try:
            self.service().accept(incoming)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        self.scan(incoming.path.parent)


PAGE = PageSpec(
    "exchange",
    lambda: QCoreApplication.translate("Pages", "Uitwisselen"),
    lambda ctx, parent: ExchangePage(ctx, parent),
    77,
)
