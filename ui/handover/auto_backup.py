"""Automatic backups: after unlocking and before locking, when one is due (default daily).

After unlock the backup runs in a worker (delayed, cancellable progress dialog); locking
cancels it. Before a lock (not a paniek lock, which must be instant) a due backup runs in a
worker too, and the lock waits for it in a local event loop; the progress dialog appears
after 0.5 s and can be cancelled. Failures are not shown as a dialog: ``create_backup``
records them and the page "Overdracht en back-ups" shows the status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop.errors import StoreError
from ui.context import AppContext

if TYPE_CHECKING:  # the session is loaded when unlocking starts (issue 16: start-up)
    from desktop.session import BackupEntry, Session
    from ui.operations import Operation

NO_BACKUP_ON = {"lock_panic"}


class AutoBackup(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.operation: Operation[Any] | None = None
        self.made: list[BackupEntry] = []
        ctx.unlocked.connect(self._on_unlocked)
        ctx.about_to_lock.connect(self._before_lock)

    def _due(self) -> bool:
        session = self.ctx.session
        if session is None or session.closed:
            return False
        try:
            return session.backup.due()
        except StoreError:
            return False

    def _start(self, *, delay_ms: int = 500) -> Operation[Any] | None:
        if self.operation is not None or not self._due():
            return None

        def work(session: Session) -> BackupEntry:
            return session.backup.create(
                progress=lambda _d, _t: not session.cancelled(), reason="automatisch"
            )

        def done(entry: BackupEntry) -> None:
            self.operation = None
            self.made.append(entry)

        def failed(_exc: BaseException) -> None:
            self.operation = None  # recorded by create_backup; shown on the page

        operation = self.ctx.op(
            QApplication.activeWindow(),
            work,
            done,
            failed,
            slow=True,
            label=QCoreApplication.translate("AutoBackup", "Automatische back-up maken…"),
            delay_ms=delay_ms,
            initiator=self,
        )
        if operation is None:
            return None
        operation.done.connect(lambda: setattr(self, "operation", None))
        self.operation = operation
        return operation

    def _on_unlocked(self) -> None:
        QTimer.singleShot(0, self._start)

    def _before_lock(self, action: str) -> None:
        if action in NO_BACKUP_ON:
            if self.operation is not None:
                self.operation.token.cancel()
            return
        operation = self.operation or self._start()
        if operation is None or operation.finished:
            return
        loop = QEventLoop()
        operation.done.connect(loop.quit)
        if not operation.finished:
            loop.exec()


def install(ctx: AppContext) -> AutoBackup:
    return AutoBackup(ctx)
