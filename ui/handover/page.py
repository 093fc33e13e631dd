"""Page "Overdracht en back-ups": handover export, backups (now, list, check, restore),
transfer of selected dossiers and merging a colleague's package (with a conflict dialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.events import Change
from desktop.session import (
    BackupCheck,
    BackupEntry,
    ExportResult,
    MergePlan,
    MergeSummary,
    RestoreResult,
    Session,
    TransferResult,
)
from ui.context import AppContext
from ui.handover.merge import ConflictDialog, MergeFileDialog
from ui.handover.passphrase import PassphraseDialog
from ui.messages import message_text
from ui.operations import Operation, run_operation
from ui.page_registry import PageSpec
from ui.widgets import documents_folder, heading, paragraph, plain


def _progress(session: Session):  # type: ignore[no-untyped-def]
    return lambda _done, _total: not session.cancelled()


def _documents() -> str:
    return str(documents_folder())


def inform(parent: QWidget | None, text: str) -> QMessageBox:
    """A non-blocking message (the work is done; nothing waits for the answer)."""
    box = QMessageBox(QMessageBox.Icon.Information, "Baken", text, parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(plain(text))
    return button


class HandoverPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation[Any] | None = None
        self.confirm_box: QMessageBox | None = None
        self.info_box: QMessageBox | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.last_check: BackupCheck | None = None
        self.last_summary: MergeSummary | None = None
        self.entries: list[BackupEntry] = []

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Overdracht en back-ups")))

        # -- backups ----------------------------------------------------------------------
        backups = QGroupBox(self.tr("Back-ups"))
        b = QVBoxLayout(backups)
        b.addWidget(
            paragraph(
                self.tr(
                    "Baken maakt elke dag automatisch een versleutelde back-up (bij ontgrendelen "
                    "of vergrendelen) en bewaart er 7 dagelijkse, 4 wekelijkse en 12 maandelijkse. "
                    "Kies bij voorkeur een map op een netwerkschijf of USB-stick."
                )
            )
        )
        self.status_label = paragraph("")
        self.status_label.setAccessibleName(self.tr("Status van de back-ups"))
        b.addWidget(self.status_label)
        folder_row = QHBoxLayout()
        folder_caption = QLabel(self.tr("Back-upmap:"))
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Back-upmap"))
        self.folder_button = _button(self.tr("Map &kiezen…"))
        folder_caption.setBuddy(self.folder_button)
        folder_row.addWidget(folder_caption)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        b.addLayout(folder_row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gemaakt op"), self.tr("Soort"), self.tr("Map")]
        )
        self.table.setAccessibleName(self.tr("Lijst van back-ups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        b.addWidget(self.table)
        self.check_label = paragraph("")
        self.check_label.setAccessibleName(self.tr("Uitkomst van de controle"))
        b.addWidget(self.check_label)
        row = QHBoxLayout()
        self.backup_button = _button(self.tr("Nu back-&up maken"))
        self.inspect_button = _button(self.tr("&Controleren"))
        self.restore_button = _button(self.tr("&Herstellen…"))
        for w in (self.backup_button, self.inspect_button, self.restore_button):
            row.addWidget(w)
        row.addStretch(1)
        b.addLayout(row)
        layout.addWidget(backups)

        # -- transfer of selected dossiers ------------------------------------------------
        transfer = QGroupBox(self.tr("Dossiers overdragen aan een collega"))
        t = QVBoxLayout(transfer)
        t.addWidget(
            paragraph(
                self.tr(
                    "Vink de dossiers aan die een collega overneemt. Baken maakt een versleuteld "
                    "pakket met die dossiers (met personen, notities, plannen, plaatsingen en "
                    "brieven) en een eigen wachtwoordzin. Een pakket van een collega voegt u "
                    "samen met uw gegevens; wat aan beide kanten is gewijzigd, kiest u zelf."
                )
            )
        )
        dossier_caption = QLabel(self.tr("&Dossiers:"))
        self.dossier_list = QListWidget()
        self.dossier_list.setAccessibleName(self.tr("Dossiers om over te dragen"))
        self.dossier_list.setMinimumHeight(140)
        dossier_caption.setBuddy(self.dossier_list)
        t.addWidget(dossier_caption)
        t.addWidget(self.dossier_list)
        row = QHBoxLayout()
        self.transfer_button = _button(self.tr("Aangevinkte dossiers &exporteren…"))
        self.merge_button = _button(self.tr("Pakket van een collega &samenvoegen…"))
        row.addWidget(self.transfer_button)
        row.addWidget(self.merge_button)
        row.addStretch(1)
        t.addLayout(row)
        layout.addWidget(transfer)

        # -- handover of everything -------------------------------------------------------
        handover = QGroupBox(self.tr("Overdracht aan een opvolger"))
        h = QVBoxLayout(handover)
        h.addWidget(
            paragraph(
                self.tr(
                    "Stopt u met dit werk? De overdracht is <b>één bestand met alle gegevens</b> "
                    "van Baken: alle dossiers, brieven, het logboek en de instellingen. Uw "
                    "opvolger opent het met een wachtwoordzin die Baken nu maakt en maar één "
                    "keer toont. Geef bestand en wachtwoordzin apart van elkaar door."
                )
            )
        )
        row = QHBoxLayout()
        self.export_button = _button(self.tr("&Overdracht exporteren…"))
        row.addWidget(self.export_button)
        row.addStretch(1)
        h.addLayout(row)
        layout.addWidget(handover)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.folder_button.clicked.connect(self._choose_folder)
        self.backup_button.clicked.connect(self.backup_now)
        self.inspect_button.clicked.connect(self.inspect_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.transfer_button.clicked.connect(self._choose_transfer_file)
        self.merge_button.clicked.connect(self._choose_merge_file)
        self.export_button.clicked.connect(self._choose_export_file)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.ctx.changed.connect(self._on_change)
        self.refresh()
        self.load_dossiers()

    # -- common ------------------------------------------------------------------------------
    def _busy(self) -> bool:
        return self.operation is not None

    def _run(
        self,
        work: Callable[[Session], Any],
        on_done: Callable[[Any], None],
        label: str,
    ) -> Operation[Any] | None:
        def finished(result: Any) -> None:
            self.operation = None
            self._update_buttons()
            on_done(result)

        def failed(exc: BaseException) -> None:
            from ui.operations import show_error

            self.operation = None
            self._update_buttons()
            show_error(self, exc)

        self.operation = self.ctx.op(self, work, finished, failed, slow=True, label=label)
        self._update_buttons()
        return self.operation

    def _update_buttons(self) -> None:
        busy = self._busy()
        selected = self.selected_entry() is not None
        for w in (self.backup_button, self.export_button, self.transfer_button, self.merge_button):
            w.setEnabled(not busy)
        self.inspect_button.setEnabled(selected and not busy)
        self.restore_button.setEnabled(selected and not busy)

    def _on_change(self, change: Change) -> None:
        if not self.ctx.is_unlocked:
            return
        if change.touches("settings", "backup"):
            self.refresh()
        if change.touches("dossier"):
            self.load_dossiers()

    def refresh(self) -> None:
        backup = self.ctx.require_session().backup
        self.folder_label.setText(str(backup.folder()))
        status = backup.status()
        if status.last_ok:
            text = self.tr("Laatste geslaagde back-up: %1.").replace(
                "%1", status.last_ok[:16].replace("T", " ")
            )
        else:
            text = self.tr("Er is nog geen back-up gemaakt.")
        if status.warning:
            text = "<b>" + text + " " + self.tr("Maak nu een back-up.") + "</b>"
        if status.last_error:
            text += " " + self.tr("De laatste poging mislukte: %1").replace(
                "%1", str(status.last_error)
            )
        self.status_label.setText(text)
        self.entries = backup.list()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            local = entry.created_dt.astimezone().strftime("%Y-%m-%d %H:%M")
            self.table.setItem(row, 0, QTableWidgetItem(local))
            self.table.setItem(row, 1, QTableWidgetItem(self._reason(entry.reason)))
            self.table.setItem(row, 2, QTableWidgetItem(entry.path.name))
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _reason(self, reason: str) -> str:
        return {
            "automatisch": self.tr("automatisch"),
            "handmatig": self.tr("handmatig"),
        }.get(reason, reason)

    def selected_entry(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    # -- backups -----------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        current = Path(self.folder_label.text())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Back-upmap kiezen"), str(current if current.is_dir() else _documents())
        )
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        self.ctx.op(self, lambda s: s.backup.set_folder(folder), on_failure=self._failed_refresh)

    def _failed_refresh(self, exc: BaseException) -> None:
        from ui.operations import show_error

        show_error(self, exc)
        self.refresh()

    def backup_now(self) -> None:
        def work(session: Session) -> BackupEntry:
            return session.backup.create(progress=_progress(session), reason="handmatig")

        def done(_entry: BackupEntry) -> None:
            # The change "backup" is published by the operation (this page, the status bar).
            self.check_label.setText(self.tr("De back-up is gemaakt en gecontroleerd."))

        self._run(work, done, self.tr("Back-up maken…"))

    def inspect_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return

        def done(check: BackupCheck) -> None:
            self.last_check = check
            if check.ok:
                counts = ", ".join(f"{k}: {v}" for k, v in sorted(check.counts.items()) if v)
                self.check_label.setText(
                    self.tr("Deze back-up is in orde. Inhoud: %1").replace("%1", counts or "-")
                )
            else:
                self.check_label.setText(
                    "<b>"
                    + self.tr("Deze back-up is beschadigd: %1").replace(
                        "%1", message_text(check.message)
                    )
                    + "</b>"
                )

        self._run(lambda s: s.backup.check(entry), done, self.tr("Back-up controleren…"))

    def confirm_restore(self, entry: BackupEntry) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Back-up terugzetten"))
        when = entry.created_dt.astimezone().strftime("%Y-%m-%d %H:%M")
        box.setText(
            self.tr(
                "Wilt u de back-up van %1 terugzetten? Alles wat u daarna heeft vastgelegd, is "
                "dan niet meer in Baken te zien. De huidige gegevens blijven bewaard als "
                "veiligheidskopie. Baken wordt daarna vergrendeld; ontgrendel met uw wachtwoord."
            ).replace("%1", when)
        )
        yes = box.addButton(self.tr("&Terugzetten"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        self.confirm_box = box
        box.exec()
        self.confirm_box = None
        return box.clickedButton() is yes

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.confirm_restore(entry):
            return
        from desktop.errors import StoreError
        from ui.operations import show_error

        try:
            backup = self.ctx.require_session().backup
            ticket = backup.begin_restore(entry)
        except StoreError as exc:
            show_error(self, exc)
            return
        window = self.window()  # survives the lock below; this page does not

        def done(_result: RestoreResult) -> None:
            inform(
                window,
                QCoreApplication.translate(
                    "HandoverPage",
                    "De back-up is teruggezet. Ontgrendel Baken met uw wachtwoord.",
                ),
            )

        def failed(exc: BaseException) -> None:
            show_error(window, exc)

        self.restore_operation = run_operation(
            window,
            lambda cancel: backup.finish_restore(
                ticket, progress=lambda _d, _t: not cancel.cancelled
            ),
            done,
            label=self.tr("Back-up terugzetten…"),
            on_error=failed,
            delay_ms=0,
            cancellable=False,
        )
        self.ctx.lock(action="lock")

    # -- handover export ---------------------------------------------------------------------
    def _choose_export_file(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Overdracht exporteren"),
            self.tr(
                "U maakt één bestand met <b>alle</b> gegevens van Baken, voor uw opvolger. "
                "Doe dit alleen als u het werk overdraagt. Doorgaan?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Overdracht opslaan"),
            str(Path(_documents()) / "overdracht.baken-overdracht"),
            self.tr("Baken-overdracht (*.baken-overdracht)"),
        )
        if name:
            self.start_export(Path(name))

    def _show_passphrase(self, passphrase: str, *, transfer: bool) -> None:
        dialog = PassphraseDialog(passphrase, transfer=transfer, parent=self)
        self.passphrase_dialog = dialog
        dialog.finished.connect(self._passphrase_closed)
        dialog.open()

    def _passphrase_closed(self) -> None:
        dialog, self.passphrase_dialog = self.passphrase_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def start_export(self, out: Path) -> None:
        def work(session: Session) -> ExportResult:
            return session.handover.export(out, progress=_progress(session))

        self._run(
            work,
            lambda r: self._show_passphrase(r.passphrase, transfer=False),
            self.tr("Overdracht exporteren…"),
        )

    # -- transfer ----------------------------------------------------------------------------
    def load_dossiers(self) -> None:
        from desktop.text import isolate

        self.dossier_list.clear()
        page = self.ctx.require_session().cases.list_dossiers(limit=1000)
        for row in sorted(page.rows, key=lambda r: r.number):
            text = f"{row.number}  {isolate(row.person_name)}".strip()
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.dossier_list.addItem(item)

    def checked_dossiers(self) -> list[str]:
        out = []
        for i in range(self.dossier_list.count()):
            item = self.dossier_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _choose_transfer_file(self) -> None:
        if not self.checked_dossiers():
            QMessageBox.information(
                self, self.tr("Baken"), self.tr("Vink eerst één of meer dossiers aan.")
            )
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Overdrachtspakket opslaan"),
            str(Path(_documents()) / "dossiers.baken-pakket"),
            self.tr("Baken-pakket (*.baken-pakket)"),
        )
        if name:
            self.start_transfer(self.checked_dossiers(), Path(name))

    def start_transfer(self, dossier_ids: list[str], out: Path) -> None:
        def work(session: Session) -> TransferResult:
            return session.transfer.export(dossier_ids, out, progress=_progress(session))

        self._run(
            work,
            lambda r: self._show_passphrase(r.passphrase, transfer=True),
            self.tr("Dossiers exporteren…"),
        )

    def _choose_merge_file(self) -> None:
        dialog = MergeFileDialog(self)
        if dialog.exec() == MergeFileDialog.DialogCode.Accepted and dialog.path is not None:
            self.start_merge(dialog.path, dialog.passphrase.text())

    def start_merge(self, path: Path, passphrase: str) -> None:
        def work(session: Session) -> MergePlan:
            return session.transfer.plan_merge(path, passphrase, progress=_progress(session))

        self._run(work, self._plan_ready, self.tr("Pakket controleren…"))

    def _plan_ready(self, plan: MergePlan) -> None:
        self.merge_plan = plan
        if plan.conflicts:
            dialog = ConflictDialog(plan, self)
            self.conflict_dialog = dialog
            dialog.accepted.connect(lambda: self.apply_plan(plan, dialog.resolutions()))
            dialog.open()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Pakket samenvoegen"),
            self.tr(
                "Het pakket is in orde (nieuw: %1, bijgewerkt: %2, al gelijk: %3). Samenvoegen?"
            )
            .replace("%1", str(len(plan.add)))
            .replace("%2", str(len(plan.update)))
            .replace("%3", str(plan.skipped)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.apply_plan(plan, {})

    def apply_plan(self, plan: MergePlan, resolutions: dict[tuple[str, str], str]) -> None:
        def done(summary: MergeSummary) -> None:
            # The merge recorded its change (with the dossier ids): published already.
            self.last_summary = summary
            self.info_box = inform(
                self,
                self.tr("Samengevoegd (nieuw: %1, bijgewerkt: %2, conflicten opgelost: %3).")
                .replace("%1", str(summary.added))
                .replace("%2", str(summary.updated))
                .replace("%3", str(summary.resolved)),
            )

        self._run(
            lambda s: s.transfer.apply_merge(plan, resolutions), done, self.tr("Samenvoegen…")
        )


def _factory(ctx: AppContext, parent: QWidget | None) -> QWidget:
    return HandoverPage(ctx, parent)


# Listed in ui/features.py (the one list of pages).
PAGE = PageSpec(
    "handover",
    lambda: QCoreApplication.translate("Pages", "Overdracht en back-ups"),
    _factory,
    85,
)
