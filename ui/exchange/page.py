"""Uitwisselen: this store's contact card (fingerprint + QR code), contacts, and the inbox.

On top of ``desktop.exchange`` (issue 17): the card with its QR code and a sleutelkaart to
print, the verified contacts, sending dossiers to one of them (to the outbox folder when
one is set), and the team-folder inbox — checked at unlock and every few minutes by
``ui.exchange.inbox``; packages are verified and shown (sender, dossiers, counts) and
applied only when the user picks one, a package with conflicts through the merge's
conflict dialog (dossier numbers, readable field names), applying only what was chosen.
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
from desktop.exchange import ExchangeService, Incoming, Received, read_card
from desktop.keycard import qr_modules
from desktop.text import isolate
from ui.context import AppContext
from ui.exchange.inbox import watcher
from ui.exchange.report_page import local_time
from ui.exchange.send_dialog import SendDialog
from ui.handover.merge import ConflictDialog
from ui.messages import message_text
from ui.page_registry import PageSpec
from ui.widgets import documents_folder, error_label, heading, scrolling_body, show_message


class QrView(QWidget):
    """Draws a QR matrix (``desktop.keycard.qr_modules``) with a quiet zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.modules: list[list[bool]] = []
        self.setMinimumSize(150, 150)

    def set_modules(self, modules: list[list[bool]]) -> None:
        self.modules = modules
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(170, 170)

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


def _day(value: object) -> str:
    """A stored ISO date as dd-mm-jjjj (as the rest of the UI shows dates)."""
    from datetime import date

    try:
        return date.fromisoformat(str(value)[:10]).strftime("%d-%m-%Y")
    except ValueError:
        return ""


class ExchangePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: list[Incoming] = []
        self._loaded = False
        # the page scrolls instead of pushing the window taller than a 125 % screen
        self.scroll_area, lay = scrolling_body(self, "exchangeScroll")
        lay.addWidget(heading(self.tr("Uitwisselen")))
        self.error = error_label()
        lay.addWidget(self.error)
        # the inbox first: the daily work; the own card and contacts are set up once
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
        self.packages.setWordWrap(False)
        self.packages.setMinimumHeight(130)
        self.packages.setMaximumHeight(260)
        self.packages.setAccessibleName(self.tr("Pakketten in de inbox"))
        self.packages.itemSelectionChanged.connect(self._show_details)
        lay.addWidget(self.packages, 1)
        # what the chosen package holds, in full, before it is applied
        self.details = QLabel()
        self.details.setObjectName("packageDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.details)
        row = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("Inbox bekijken"))
        self.scan_button.clicked.connect(self.scan)
        self.apply_button = QPushButton(self.tr("Gekozen pakket toepassen"))
        self.apply_button.clicked.connect(self.apply_selected)
        row.addWidget(self.scan_button)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        lay.addLayout(row)

        lay.addWidget(heading(self.tr("Uw contactkaart"), 1.2))
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
        self.contacts.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.contacts.setWordWrap(False)
        self.contacts.setMinimumHeight(110)
        self.contacts.setMaximumHeight(160)
        self.contacts.setAccessibleName(self.tr("Contacten"))
        lay.addWidget(self.contacts)
        self.add_contact = QPushButton(self.tr("Contactkaart toevoegen…"))
        self.add_contact.clicked.connect(self._choose_contact_card)
        self.send_button = QPushButton(self.tr("Dossiers versturen…"))
        self.send_button.clicked.connect(self.open_send_dialog)
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.add_contact)
        contact_row.addWidget(self.send_button)
        contact_row.addStretch(1)
        lay.addLayout(contact_row)

        self.conflict_dialog: ConflictDialog | None = None
        self.send_dialog: SendDialog | None = None
        self.last_received: Received | None = None
        self.watcher = watcher(ctx)
        self.watcher.updated.connect(self._show_watched)
        ctx.changed.connect(self._on_change)

    # -- data ---------------------------------------------------------------------------
    def service(self) -> ExchangeService:
        return self.ctx.require_session().exchange

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()
            self._show_watched()

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
            values = (c.name, c.organisation, c.fingerprint, self._status(c.status))
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
            card = read_card(path)
            self.ctx.run(lambda s: s.exchange.add_contact(card, fingerprint), initiator=self)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return False
        show_message(self.error, "")
        self.refresh()
        return True

    def open_send_dialog(self) -> None:
        svc = self.service()
        dialog = SendDialog(self.ctx, svc.contacts(), svc.folders()[1], self)
        self.send_dialog = dialog
        dialog.open()

    def scan(self, folder: Path | None = None) -> None:
        """Look in the inbox now: the team folder through the watcher (off the UI thread),
        or ``folder`` at once (a folder chosen by hand, tests)."""
        if folder is None:
            self.watcher.scan()
            return
        try:
            result = self.service().scan_inbox(folder)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        self._show_pending(result.pending, len(result.refused))

    def _show_watched(self) -> None:
        result = self.watcher.result
        if result is None:
            return
        self._show_pending(result.pending, len(result.refused))
        if self.watcher.failed:
            self.inbox_label.setText(
                self.tr(
                    "De inboxmap kan nu niet worden gelezen; Baken probeert het straks opnieuw."
                )
            )

    def _show_pending(self, pending: list[Incoming], refused: int) -> None:
        self.pending = list(pending)
        self.packages.setRowCount(len(self.pending))
        for i, inc in enumerate(self.pending):
            who = ", ".join(x for x in (inc.sender.name, inc.sender.organisation) if x)
            dossiers = "; ".join(
                [f"{n} {name} ({self._what(what)})" for n, name, what in inc.dossiers_preview()]
                + self._signals(inc)
            )
            counts = self._counts(inc.counts)
            for j, v in enumerate((who, dossiers, counts)):
                self.packages.setItem(i, j, QTableWidgetItem(v))
        if self.pending:
            self.packages.selectRow(0)
        self._show_details()
        parts = [self.tr("%n pakket(ten) klaar", "", len(self.pending))]
        if refused:
            parts.append(self.tr("%n geweigerd", "", refused))
        show_message(self.error, "")
        self.inbox_label.setText("; ".join(parts))

    def _show_details(self) -> None:
        rows = self.packages.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.pending):
            self.details.setText("")
            return
        inc = self.pending[rows[0].row()]
        who = ", ".join(x for x in (inc.sender.name, inc.sender.organisation) if x)
        lines = [
            self.tr("Van %1, gemaakt %2: %3.")
            .replace("%1", isolate(who))
            .replace("%2", local_time(str(inc.manifest.get("created_at", ""))))
            .replace("%3", self._counts(inc.counts))
        ]
        preview = inc.dossiers_preview()
        lines += [f"{n} {isolate(name)} ({self._what(what)})" for n, name, what in preview[:20]]
        lines += self._signals(inc)[:20]
        if len(preview) > 20:
            lines.append(self.tr("en nog %n dossiers", "", len(preview) - 20))
        if inc.plan.conflicts:
            lines.append(
                self.tr(
                    "%n conflicten: u kiest per record bij het toepassen.",
                    "",
                    len(inc.plan.conflicts),
                )
            )
        self.details.setText("\n".join(lines))

    def _signals(self, inc: Incoming) -> list[str]:
        """Signals without a dossier in a package (an aandachtsfunctionaris's report)."""
        out = []
        for table, row in inc.plan.add + inc.plan.update:
            if table == "signals" and not row.get("dossier_id"):
                hint = str(row.get("person_hint") or "")
                out.append(
                    self.tr("Signaal van %1 %2")
                    .replace("%1", _day(row.get("received_on")))
                    .replace("%2", isolate(hint))
                    .strip()
                )
        return sorted(out)

    def _status(self, status: str) -> str:
        return {
            "geverifieerd": self.tr("geverifieerd"),
            "ongeverifieerd": self.tr("niet geverifieerd"),
            "gewijzigd": self.tr("nieuwe sleutel, opnieuw verifiëren"),
        }.get(status, status)

    def _counts(self, counts: dict[str, int]) -> str:
        names = {
            "dossiers": self.tr("%n dossiers", "", counts.get("dossiers", 0)),
            "persons": self.tr("%n personen", "", counts.get("persons", 0)),
            "notes": self.tr("%n notities", "", counts.get("notes", 0)),
            "signals": self.tr("%n signalen", "", counts.get("signals", 0)),
        }
        parts = [names[k] for k in ("dossiers", "persons", "notes", "signals") if counts.get(k)]
        rest = sum(v for k, v in counts.items() if k not in names)
        if rest:
            parts.append(self.tr("%n andere gegevens", "", rest))
        return ", ".join(parts)

    def _what(self, what: str) -> str:
        return {
            "nieuw": self.tr("nieuw"),
            "bijgewerkt": self.tr("bijgewerkt"),
            "conflict": self.tr("conflict"),
        }.get(what, what)

    def apply_selected(self) -> None:
        """Apply the package chosen in the list (what it holds is shown there); one with
        conflicts opens the conflict dialog first and applies only the choices made."""
        rows = self.packages.selectionModel().selectedRows()
        if not rows or not self.pending:
            return
        incoming = self.pending[rows[0].row()]
        if incoming.plan.conflicts:
            numbers = self.service().dossier_numbers(incoming)
            dialog = ConflictDialog(incoming.plan, self, dossier_numbers=numbers)
            self.conflict_dialog = dialog
            dialog.accepted.connect(lambda: self.apply(incoming, dialog.resolutions()))
            dialog.open()
            return
        self.apply(incoming, None)

    def apply(self, incoming: Incoming, resolutions: dict[tuple[str, str], str] | None) -> None:
        def done(received: Received) -> None:
            self.last_received = received
            self._applied(incoming)

        def failed(exc: BaseException) -> None:
            show_message(self.error, message_text(exc))
            self._applied(incoming)  # refused (e.g. received meanwhile): look again

        self.ctx.op(
            self,
            lambda s: s.exchange.accept(incoming, resolutions),
            done,
            failed,
            slow=True,
            label=self.tr("Pakket toepassen…"),
        )

    def _applied(self, incoming: Incoming) -> None:
        self.watcher.forget(incoming)
        self.pending = [p for p in self.pending if p.package_id != incoming.package_id]
        self._show_pending(self.pending, 0)
        if incoming.path.parent != (self.service().folders()[0] or incoming.path.parent):
            return
        self.watcher.scan()


PAGE = PageSpec(
    "exchange",
    lambda: QCoreApplication.translate("Pages", "Uitwisselen"),
    lambda ctx, parent: ExchangePage(ctx, parent),
    77,
)
