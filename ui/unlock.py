"""Unlock screen, recovery dialog and the neutral (paniek) screen."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import StoreError, WrongSecretError
from ui.context import AppContext
from ui.messages import message_text
from ui.qt_compat import emit
from ui.widgets import (
    PasswordFields,
    add_row,
    error_label,
    form_layout,
    heading,
    insert_row,
    paragraph,
    plain,
    show_message,
)

# The vault itself is loaded when unlocking starts (issue 16: start-up).
if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QMouseEvent

    from desktop.vault import Store, UnlockKey
    from ui.operations import CancelToken, Operation


class UnlockView(QWidget):
    """Password field, clear wrong-password message, growing delay, recovery path."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unlockView")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = QFrame()
        card.setObjectName("unlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)
        card.setMinimumWidth(420)
        card.setStyleSheet(
            "#unlockCard { background: palette(base); border: 1px solid #c8d0d8;"
            " border-radius: 8px; }"
        )
        box = QVBoxLayout(card)
        box.setContentsMargins(28, 24, 28, 24)
        box.setSpacing(12)
        box.addWidget(heading(self.tr("Baken is vergrendeld")))
        box.addWidget(paragraph(self.tr("Voer uw wachtwoord in om uw gegevens te openen.")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = form_layout()
        add_row(form, self.tr("&Wachtwoord:"), self.password)
        box.addLayout(form)
        self.error = error_label()
        box.addWidget(self.error)
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.wait_label.hide()
        box.addWidget(self.wait_label)
        row = QHBoxLayout()
        self.forgot = QPushButton(self.tr("Wachtwoord &vergeten? Herstelcode gebruiken"))
        self.forgot.setFlat(True)
        self.forgot.setStyleSheet("QPushButton { color: #1f5f9f; text-decoration: underline; }")
        self.forgot.setAccessibleName(plain(self.forgot.text()))
        self.unlock_button = QPushButton(self.tr("&Ontgrendelen"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(plain(self.unlock_button.text()))
        row.addWidget(self.forgot)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        box.addLayout(row)

        center = QHBoxLayout()
        center.addStretch(1)
        center.addWidget(card, 3)
        center.addStretch(1)
        outer.addLayout(center)
        outer.addStretch(3)

        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.forgot.clicked.connect(self.open_recovery)
        self._wait_until = 0.0
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_wait)
        self.recovery_dialog: RecoveryDialog | None = None
        self.operation: Operation[UnlockKey] | None = None

    def reset(self) -> None:
        self.password.clear()
        show_message(self.error, "")
        self._start_wait(self.ctx.unlock_delay() if self.ctx.store_exists() else 0.0)
        self.password.setFocus()

    # -- delay after repeated failures ----------------------------------------------------
    def _start_wait(self, seconds: float) -> None:
        self._wait_until = time.monotonic() + seconds if seconds > 0 else 0.0
        self._update_wait()
        if seconds > 0:
            self._tick.start()

    def remaining_wait(self) -> float:
        return max(0.0, self._wait_until - time.monotonic())

    def _update_wait(self) -> None:
        left = self.remaining_wait()
        if left <= 0:
            self._tick.stop()
            self.wait_label.hide()
            self.unlock_button.setEnabled(True)
            return
        self.unlock_button.setEnabled(False)
        self.wait_label.setText(
            self.tr("Na herhaalde fouten even wachten: nog %1 s.").replace(
                "%1", str(int(left + 0.99))
            )
        )
        self.wait_label.show()

    # -- unlocking ------------------------------------------------------------------------
    def try_unlock(self) -> bool:
        """Start unlocking; returns whether it started. The key derivation (Argon2id) and
        a pending migration (with its backup first) run on a worker, so this screen stays
        responsive and shows progress; the store is then opened with the derived key on the
        UI thread, which owns the connection from then on."""
        if self.remaining_wait() > 0 or self.operation is not None:
            return False
        from ui.operations import error_text, run_operation

        password = self.password.text()
        if not password:
            show_message(self.error, self.tr("Vul uw wachtwoord in."))
            return False
        vault = self.ctx.vault
        try:
            hold = vault.hold_folder()  # another Baken window: refused at once, here
        except StoreError as exc:
            self._failed(message_text(exc))
            return False
        show_message(self.error, self.tr("Bezig met ontgrendelen…"))
        self.error.setStyleSheet("color: palette(text);")
        self._set_busy(True)

        def work(_cancel: CancelToken) -> UnlockKey:
            try:
                key = vault.derive_key(password, hold=hold)
            except BaseException:
                hold.release()
                raise
            try:
                vault.prepare(key)  # migrations and their backup, on this worker's connection
            except BaseException:
                key.release()
                raise
            return key

        def done(key: UnlockKey) -> None:
            self.operation = None
            self._set_busy(False)
            self.error.setStyleSheet("color: #a4262c; font-weight: bold;")
            try:
                store = vault.open_with_key(key)
            except StoreError as exc:
                self._failed(str(exc))
                return
            self.password.clear()
            show_message(self.error, "")
            self.ctx.set_store(store)

        def failed(exc: BaseException) -> None:
            self.operation = None
            self._set_busy(False)
            if isinstance(exc, WrongSecretError):
                self._failed(self.tr("Onjuist wachtwoord. Probeer het opnieuw."))
            else:
                self._failed(error_text(exc))

        self.operation = run_operation(
            self,
            work,
            done,
            label=self.tr("Ontgrendelen…"),
            on_error=failed,
            cancellable=False,
        )
        return True

    def _set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self.remaining_wait() <= 0)
        self.forgot.setEnabled(not busy)

    def wait(self) -> None:
        """Block (in a local event loop) until a running unlock has finished."""
        operation = self.operation
        if operation is None or operation.finished:
            return
        loop = QEventLoop()
        operation.done.connect(loop.quit)
        loop.exec()

    def _failed(self, message: str) -> None:
        self.error.setStyleSheet("color: #a4262c; font-weight: bold;")
        show_message(self.error, message)
        self.password.selectAll()
        self.password.setFocus()
        self._start_wait(self.ctx.unlock_delay())

    def open_recovery(self) -> None:
        dlg = RecoveryDialog(self.ctx, self)
        self.recovery_dialog = dlg
        dlg.finished.connect(self._recovery_done)
        dlg.open()

    def _recovery_done(self) -> None:
        dlg, self.recovery_dialog = self.recovery_dialog, None
        if dlg is not None:
            store = dlg.store
            dlg.store = None
            dlg.deleteLater()
            if store is not None:
                self.password.clear()
                show_message(self.error, "")
                self.ctx.set_store(store)


class RecoveryDialog(QDialog):
    """Recovery code + new password -> the store is unlocked again (same as `baken recover`)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store: Store | None = None
        self.operation: Operation[UnlockKey] | None = None
        self.setWindowTitle(self.tr("Herstelcode gebruiken"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Typ de herstelcode van uw herstelblad over (25 tekens; hoofdletters en "
                    "streepjes maken niet uit) en kies een nieuw wachtwoord. De herstelcode "
                    "blijft daarna geldig."
                )
            )
        )
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.fields = PasswordFields()
        insert_row(self.fields.form, 0, self.tr("Herstel&code:"), self.code)
        layout.addWidget(self.fields)
        # The code comes first (it was created after the password fields, so the focus went
        # to "Nieuw wachtwoord").
        self.setTabOrder(self.code, self.fields.new)
        self.setTabOrder(self.fields.new, self.fields.confirm)
        self.code.setFocus()
        from desktop.vault import keyring_available

        self.keyring_ok, _problem = keyring_available()
        self.password_only = QCheckBox(
            self.tr("Geen sleutelbos op deze computer: bewust 'alleen wachtwoord' gebruiken")
        )
        self.password_only.setAccessibleName(plain(self.password_only.text()))
        self.password_only.setVisible(not self.keyring_ok)
        layout.addWidget(self.password_only)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("He&rstellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.recover)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._update)
        self.code.textChanged.connect(self._update)
        self.password_only.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = bool(self.code.text().strip()) and self.fields.is_complete()
        if not self.keyring_ok and not self.password_only.isChecked():
            ok = False
        self.ok_button.setEnabled(ok)

    def recover(self) -> None:
        """Two Argon2id derivations and the new key file on a worker (responsive, delayed
        progress); the store is opened on the UI thread, which owns it."""
        if self.operation is not None:
            return
        from ui.operations import error_text, run_operation

        show_message(self.error, "")
        vault = self.ctx.vault
        code, password = self.code.text(), self.fields.password()
        password_only = self.password_only.isChecked()
        self._set_busy(True)

        def done(key: UnlockKey) -> None:
            self.operation = None
            self._set_busy(False)
            try:
                self.store = vault.open_with_key(key, action="recover")
            except StoreError as exc:
                show_message(self.error, message_text(exc))
                return
            self.fields.clear()
            self.code.clear()
            self.accept()

        def failed(exc: BaseException) -> None:
            self.operation = None
            self._set_busy(False)
            show_message(self.error, error_text(exc))

        self.operation = run_operation(
            self,
            lambda _cancel: vault.recover_key(code, password, password_only=password_only),
            done,
            label=self.tr("Herstellen…"),
            on_error=failed,
            cancellable=False,
        )

    def _set_busy(self, busy: bool) -> None:
        for w in (self.code, self.fields, self.password_only, self.ok_button):
            w.setEnabled(not busy)
        if not busy:
            self._update()

    def reject(self) -> None:
        if self.operation is not None:
            return  # the key file is being rewritten: wait for the outcome
        super().reject()


class NeutralView(QWidget):
    """The paniek screen: nothing about Baken's content; any key or click leads to unlock."""

    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neutralView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#neutralView { background: #e9ecef; }")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        hint = QLabel(self.tr("Druk op een toets om verder te gaan."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: #8a9099;")
        layout.addWidget(hint)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Vergrendeld"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            emit(self.leave)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        emit(self.leave)
