"""Privacy page: "Te vernietigen" (bewaartermijnen and vernietiging) and "Inzageverzoek".

Te vernietigen lists the closed dossiers past their retention period; the user ticks the
reviewed ones and confirms in a dialog that names how many and that it cannot be undone.
Afterwards the destruction certificate can be saved (it holds no personal data). The
register below shows what was destroyed, when, on what basis, by whom.

Inzageverzoek makes the AVG art. 15 PDF for the person of a dossier and saves it through
an explicit save dialog after the not-encrypted warning.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.care.model import CLOSE_REASON_LABELS
from desktop.errors import StoreError
from desktop.events import Change
from desktop.files import atomic_write
from desktop.retention import Destruction, RetentionService
from desktop.session import Session
from ui.context import AppContext
from ui.letters.tabs import confirm_unencrypted
from ui.messages import message_text
from ui.operations import Operation, error_text
from ui.page_registry import PageSpec
from ui.widgets import documents_folder, error_label, heading, list_tree, show_message


def _documents() -> Path:
    return documents_folder()


class RetentionTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last: list[Destruction] = []
        self.operation: Operation[Any] | None = None
        ctx.changed.connect(self._on_change)
        self.error = error_label()
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.due = list_tree(
            [self.tr("Dossier"), self.tr("Afgesloten"), self.tr("Reden"), self.tr("Termijn"),
             self.tr("Vernietigen vanaf"), self.tr("Grondslag")],
            self.tr("Te vernietigen"),
        )  # fmt: skip
        self.destroy_button = QPushButton(self.tr("Aangevinkte &vernietigen…"))
        self.destroy_button.clicked.connect(self.ask_destroy)
        self.certificate_button = QPushButton(self.tr("Vernietigingsverklaring &opslaan…"))
        self.certificate_button.clicked.connect(self.save_certificate)
        self.certificate_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Ve&rnieuwen"))
        self.refresh_button.clicked.connect(self.refresh)
        self.register = list_tree(
            [self.tr("Dossier"), self.tr("Afgesloten"), self.tr("Termijn"),
             self.tr("Vernietigd op"), self.tr("Door"), self.tr("Grondslag")],
            self.tr("Vernietigingsregister"),
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.destroy_button)
        buttons.addWidget(self.certificate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy)
        layout.addWidget(self.due, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(QLabel("<b>" + self.tr("Vernietigingsregister") + "</b>"))
        layout.addWidget(self.register, 1)

    def service(self) -> RetentionService:
        return self.ctx.require_session().retention

    def _on_change(self, change: Change) -> None:
        mine = change.initiator is self
        if not mine and change.touches("dossier", "destruction", "settings") and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        try:
            svc = self.service()
            policy = svc.policy()
            due = svc.due()
            done = svc.destructions()
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        extra = len(policy.by_reason)
        self.policy.setText(
            self.tr(
                "Bewaartermijn: {years} jaar na afsluiting ({basis}); %n afwijkende termijnen "
                "per reden van afsluiting. Vink de dossiers aan die u hebt beoordeeld.",
                "",
                extra,
            ).format(years=policy.default.years, basis=policy.default.basis)
        )
        self.due.clear()
        for d in due:
            item = QTreeWidgetItem(
                [d.number, d.closed_on, CLOSE_REASON_LABELS.get(d.close_reason, d.close_reason),
                 self.tr("%n jaar", "", d.years),
                 d.due_on, d.basis]
            )  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.due.addTopLevelItem(item)
        self.register.clear()
        for r in done:
            self.register.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        r.dossier_number,
                        r.closed_on,
                        self.tr("%n jaar", "", r.retention_years),
                        r.destroyed_on,
                        r.destroyed_by,
                        r.basis,
                    ]
                )  # fmt: skip
            )
        for t in (self.due, self.register):
            for c in range(t.columnCount() - 1):
                t.resizeColumnToContents(c)
                t.setColumnWidth(c, t.columnWidth(c) + 16)

    def checked_ids(self) -> list[str]:
        out = []
        for i in range(self.due.topLevelItemCount()):
            item = self.due.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.append(str(item.data(0, Qt.ItemDataRole.UserRole)))
        return out

    def ask_destroy(self) -> None:
        ids = self.checked_ids()
        if not ids:
            show_message(self.error, self.tr("Vink eerst de beoordeelde dossiers aan."))
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Definitief vernietigen"),
            self.tr(
                "%n dossiers worden definitief vernietigd: persoonsgegevens, notities, "
                "plannen, plaatsingen, brieven, documenten en zoekindex. Dit kan niet ongedaan "
                "worden gemaakt. Alleen het dossiernummer, de data, de grondslag en uw naam "
                "blijven in het vernietigingsregister.<br><br>Vernietigen?",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.destroy_dossiers(ids)

    def destroy_dossiers(self, ids: list[str]) -> bool:
        """Destroy on a worker (the VACUUM can take a while); every view hears of it once
        the operation ends. Returns whether it started (``self.operation`` runs it)."""

        def done(records: list[Destruction]) -> None:
            self.operation = None
            self.last = records
            show_message(self.error, "")
            self.certificate_button.setEnabled(bool(self.last))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.operation = None
            show_message(self.error, error_text(exc))
            self.refresh()

        self.operation = self.ctx.op(
            self,
            lambda s: s.retention.destroy(ids),
            done,
            failed,
            slow=True,
            cancellable=False,
            label=self.tr("Dossiers vernietigen en het bestand opschonen…"),
        )
        return self.operation is not None

    def save_certificate(self) -> None:
        if not self.last:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Vernietigingsverklaring opslaan"),
            str(_documents() / "vernietigingsverklaring.pdf"),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if name:
            self.save_certificate_to(Path(name))

    def save_certificate_to(self, path: Path) -> bool:
        try:
            atomic_write(path, self.service().certificate_pdf(self.last), mode=0o600)
        except (StoreError, OSError):
            show_message(self.error, self.tr("De verklaring kon niet worden opgeslagen."))
            return False
        return True


class InzageTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.error = error_label()
        intro = QLabel(
            self.tr(
                "Een betrokkene heeft recht op inzage in alle gegevens die over hem of haar "
                "zijn vastgelegd (AVG artikel 15). Baken maakt één PDF met de persoonsgegevens, "
                "alle dossiers, notities, plannen, plaatsingen, verstrekte brieven en wie het "
                "dossier wanneer heeft ingezien. Het maken wordt vastgelegd in het "
                "verstrekkingenregister."
            )
        )
        intro.setWordWrap(True)
        self.dossier = QLineEdit()
        self.dossier.setAccessibleName(self.tr("Dossiernummer"))
        self.dossier.setPlaceholderText(self.tr("bijv. 2026-0042"))
        label = QLabel(self.tr("&Dossiernummer:"))
        label.setBuddy(self.dossier)
        self.make_button = QPushButton(self.tr("Inzage-PDF &maken en opslaan…"))
        self.make_button.clicked.connect(self.make)
        self.dossier.returnPressed.connect(self.make)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.dossier, 1)
        row.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def person_of(self, number: str) -> str | None:
        return self.ctx.require_session().inzage.person_of_dossier(number.strip())

    def make(self) -> None:
        try:
            person = self.person_of(self.dossier.text())
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        if person is None:
            show_message(self.error, self.tr("Geen dossier met een persoon gevonden."))
            return
        if not confirm_unencrypted(self, self.tr("Het inzageoverzicht")):
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Inzageoverzicht opslaan"),
            str(_documents() / "inzageverzoek.pdf"),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if name:
            self.make_to(person, Path(name))

    def make_to(self, person_id: str, path: Path) -> Operation[Any] | None:
        """Make and save the inzage PDF on a worker; returns the running operation."""

        from ui.pages.audit_labels import action_label, nouns

        parts = nouns()

        def work(session: Session) -> None:
            # The handelingen named as the Logboek names them (not "person.update").
            pdf = session.inzage.report(
                person_id, action_label=action_label, part_label=lambda k: parts.get(k, k)
            )
            atomic_write(path, pdf, mode=0o600)

        def failed(_exc: BaseException) -> None:
            show_message(self.error, self.tr("Het overzicht kon niet worden opgeslagen."))

        show_message(self.error, "")
        return self.ctx.op(
            self, work, None, failed, slow=True, label=self.tr("Inzageoverzicht maken…")
        )


class PrivacyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retention = RetentionTab(ctx)
        self.inzage = InzageTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.retention, self.tr("&Te vernietigen"))
        self.tabs.addTab(self.inzage, self.tr("&Inzageverzoek"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Privacy")))
        layout.addWidget(self.tabs, 1)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.retention.refresh()


# Listed in ui/features.py (the one list of pages).
PAGE = PageSpec(
    "privacy",
    lambda: QCoreApplication.translate("Pages", "Privacy"),
    lambda ctx, parent: PrivacyPage(ctx, parent),
    75,
)
