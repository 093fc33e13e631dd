"""First-run alternative "Overdracht importeren": file, passphrase, new password, recovery code.

``run(ctx, parent)`` is registered in ``ui.first_steps.FIRST_STEP_ALTERNATIVES``. The import runs
off the UI thread through ``run_operation`` (delayed, cancellable progress dialog); the new
store is then unlocked on the UI thread and the fresh recovery code is shown once with the
same panel (print/save sheet, retype check) as the wizard.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import StoreError
from ui.context import ORG_NAME, USER_NAME, AppContext
from ui.messages import message_text
from ui.widgets import (
    PasswordFields,
    RecoveryCodePanel,
    add_row,
    documents_folder,
    error_label,
    form_layout,
    heading,
    paragraph,
    plain,
    show_message,
)

# The session and the vault are loaded when the dialog is used (issue 16: start-up only
# registers it as the wizard's alternative first step).
if TYPE_CHECKING:
    from desktop.session import ImportResult
    from desktop.vault import Store, UnlockKey
    from ui.operations import CancelToken, Operation


class ImportHandoverDialog(QDialog):
    """After ``accepted``, ``store`` is the new, unlocked store."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store: Store | None = None
        self.operation: Operation[Any] | None = None
        self.panel: RecoveryCodePanel | None = None
        self.setWindowTitle(self.tr("Overdracht importeren"))
        self.setMinimumSize(680, 560)
        from desktop.vault import keyring_available

        self.keyring_ok, _problem = keyring_available()

        self.stack = QStackedWidget()
        # -- page 1: file, passphrase, new password --------------------------------------
        first = QWidget()
        layout = QVBoxLayout(first)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Overdracht importeren"), 1.3))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Neemt u het werk van een collega over? Kies het overdrachtsbestand en typ "
                    "de wachtwoordzin over van het overdrachtsblad dat u apart heeft gekregen. "
                    "Baken controleert eerst het hele bestand en maakt dan op deze laptop een "
                    "nieuwe, versleutelde opslag met uw eigen wachtwoord."
                )
            )
        )
        form = form_layout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.browse = QPushButton(self.tr("Bladeren…"))
        self.browse.setAccessibleName(self.tr("Overdrachtsbestand kiezen"))
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse)
        label = add_row(form, self.tr("&Bestand:"), file_row)
        label.setBuddy(self.browse)
        self.file_edit.setAccessibleName(self.tr("Overdrachtsbestand"))
        self.passphrase = QLineEdit()
        self.passphrase.setPlaceholderText(self.tr("tien woorden en een getal"))
        add_row(form, self.tr("&Wachtwoordzin:"), self.passphrase)
        self.phrase_status = paragraph("")
        self.phrase_status.setAccessibleName(self.tr("Controle van de wachtwoordzin"))
        form.addRow("", self.phrase_status)
        self.user_name = QLineEdit()
        add_row(form, self.tr("Uw na&am:"), self.user_name)
        layout.addLayout(form)
        self.fields = PasswordFields(user_inputs=lambda: self.user_name.text().split())
        layout.addWidget(self.fields)
        if not self.keyring_ok:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "<b>Geen bruikbare sleutelbos gevonden.</b> De sleutel hangt dan alleen "
                        "af van uw wachtwoord; kies een extra sterk wachtwoord."
                    )
                )
            )
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.stack.addWidget(first)

        # -- page 2: recovery code (filled after the import) -------------------------------
        self.second = QWidget()
        self.second_layout = QVBoxLayout(self.second)
        self.second_layout.addWidget(heading(self.tr("Overdracht gelukt: uw herstelcode"), 1.3))
        self.stack.addWidget(self.second)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Importeren"))
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Annuleren"))
        self.finish_button = self.buttons.addButton(
            self.tr("&Klaar"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.finish_button.setAccessibleName(self.tr("Klaar"))
        self.finish_button.hide()
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        self.finish_button.clicked.connect(self.accept)

        outer = QVBoxLayout(self)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.buttons)

        self.browse.clicked.connect(self._choose_file)
        self.passphrase.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()

    # -- page 1 ------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        folder = str(documents_folder())  # Documents, or home when there is none
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Overdrachtsbestand kiezen"),
            folder,
            self.tr("Baken-overdracht (*.baken-overdracht *.baken);;Alle bestanden (*)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self._update()

    def passphrase_ok(self) -> bool:
        from desktop.vault import normalize_passphrase

        try:
            normalize_passphrase(self.passphrase.text())
        except StoreError:
            return False
        return True

    def _update(self) -> None:
        from desktop.vault import normalize_passphrase

        text = self.passphrase.text().strip()
        if not text:
            self.phrase_status.setText("")
        else:
            try:
                normalize_passphrase(text)
            except StoreError as exc:
                # Only complain once it looks finished (ten words and a number typed).
                parts = [p for p in text.replace("-", " ").split() if p]
                message = message_text(exc) if len(parts) >= 11 else self.tr("Nog niet volledig.")
                self.phrase_status.setText(message)
                self.phrase_status.setStyleSheet("color: #a4262c;" if len(parts) >= 11 else "")
            else:
                self.phrase_status.setText(self.tr("De wachtwoordzin is geldig."))
                self.phrase_status.setStyleSheet("color: #2e7d32;")
        self.import_button.setEnabled(
            bool(self.file_edit.text())
            and self.passphrase_ok()
            and self.fields.is_complete()
            and self.operation is None
        )

    def start_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        show_message(self.error, "")
        path = Path(self.file_edit.text())
        phrase = self.passphrase.text()
        password = self.fields.password()
        name = self.user_name.text().strip()
        initial = {USER_NAME: name} if name else None
        vault = self.ctx.vault
        password_only = not self.keyring_ok
        from desktop.session import import_handover

        def work(cancel: CancelToken) -> tuple[ImportResult, UnlockKey]:
            result = import_handover(
                vault,
                path,
                phrase,
                password,
                password_only=password_only,
                initial_settings=initial,
                progress=lambda _done, _total: not cancel.cancelled,
            )
            return result, vault.derive_key(password)  # Argon2id here, off the UI thread

        def done(out: tuple[ImportResult, UnlockKey]) -> None:
            self.operation = None
            result, key = out
            try:
                store = vault.open_with_key(key)
            except StoreError as exc:
                show_message(self.error, message_text(exc))
                self._update()
                return
            self._show_recovery(store, result.recovery_code)

        def failed(exc: BaseException) -> None:
            from ui.operations import error_text

            self.operation = None
            show_message(self.error, error_text(exc))
            self._update()

        from ui.operations import run_operation

        self.operation = run_operation(
            self,
            work,
            done,
            label=self.tr("Overdracht controleren en importeren…"),
            on_error=failed,
        )
        self._update()

    # -- page 2 ------------------------------------------------------------------------------
    def _show_recovery(self, store: Store, code: str) -> None:
        self.store = store
        self.fields.clear()
        self.passphrase.clear()
        from desktop.session import Session

        organisation = str(Session(store).settings.get(ORG_NAME, "") or "")
        self.panel = RecoveryCodePanel(
            code,
            organisation=lambda: organisation,
            store_id=store.store_id,
            language=self.ctx.language,
            with_check=True,
        )
        self.second_layout.addWidget(self.panel)
        self.stack.setCurrentWidget(self.second)
        self.import_button.hide()
        self.cancel_button.hide()
        self.finish_button.show()
        self.finish_button.setEnabled(False)
        self.panel.check_changed.connect(
            lambda: self.finish_button.setEnabled(self.panel is not None and self.panel.check_ok())
        )
        if self.panel.check_edit is not None:
            self.panel.check_edit.setFocus()

    def reject(self) -> None:
        # Once the store exists, the only way on is through the recovery-code check.
        if self.store is not None:
            return
        if self.operation is not None:
            self.operation.token.cancel()
        super().reject()

    def done(self, result: int) -> None:
        if self.panel is not None:
            self.panel.forget()
        super().done(result)


def run(ctx: AppContext, parent: QWidget) -> Store | None:
    dialog = ImportHandoverDialog(ctx, parent)
    dialog.exec()
    store, dialog.store = dialog.store, None
    dialog.deleteLater()
    return store


def label() -> str:
    return QCoreApplication.translate("HandoverImport", "&Overdracht importeren…")


def register() -> None:
    """The wizard's alternative first step (``ui.features.install_first_steps``)."""
    from ui.features import install_first_steps

    install_first_steps()


__all__ = ["ImportHandoverDialog", "plain", "register", "run"]
