"""Operations: the one way the UI runs work on the session (after Anki's habit).

``op(ctx, parent, fn, on_success, on_failure, slow=..., label=...)`` (or ``ctx.op(...)``)
hands ``fn`` the session. Quick work runs inline on the UI thread; ``slow=True`` runs it
on a worker of the global ``QThreadPool`` with its own session and connection
(``Session.worker()``), with a progress dialog that appears only after 0.5 s and a safe
cancel (the result of a cancelled operation is dropped; ``session.cancelled()`` lets the
work stop early). When the operation ends, the changes it recorded are published once,
merged, with the initiator (``ctx.changed``); then ``on_success(result)`` runs. Errors are
shown in one consistent way (``show_error``) unless ``on_failure`` takes them.

The lower-level ``run_operation`` below runs ``work(cancel)`` without a session (unlock,
restore: there is no open store while they run).

``run_operation(parent, work, on_done, label=...)`` runs ``work(cancel)`` on a worker
thread of the global ``QThreadPool``; ``on_done(result)`` runs on the UI thread. A
progress dialog appears only if the work lasts longer than ``delay_ms`` (0.5 s). Errors
are shown in one consistent way: a ``StoreError`` with its own (safe, Dutch) message,
anything else with a generic message (exception text may hold personal data).

``work`` must never touch widgets, and must use its own database connection
(``store.open_worker_db()``) if it needs the store: SQLite connections belong to one thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.errors import StoreError
from ui.messages import message_text
from ui.qt_compat import emit

if TYPE_CHECKING:
    from desktop.events import Change
    from desktop.session import Session
    from ui.context import AppContext

T = TypeVar("T")


class CancelToken:
    """Set by the progress dialog's cancel button; work checks ``cancelled`` between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()


class _Bridge(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    """Runs one operation's work on a pool thread.

    Nothing the work touches may be freed on this thread: the ``Operation`` (a QObject
    with a timer, living on the UI thread), the work's closure (which may hold widgets)
    and its result or exception. So the UI thread keeps the operation (``_RUNNING``) until
    this thread has dropped every reference it held and set ``released``; the operation
    waits for that (microseconds) before it lets go. Without it, a worker slower than the
    UI thread after the emit dropped the last reference and destroyed the operation here
    (CI: a segmentation fault after repeated failed unlocks).
    """

    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)  # Qt deletes this wrapper on the pool thread: keep it bare
        self._operation: Operation[Any] | None = operation
        self._released = operation._released

    def run(self) -> None:
        try:
            self._run()  # every reference lives in that frame, gone when it returns
        finally:
            self._operation = None  # not the last reference: _RUNNING holds the operation
            self._released.set()  # always: the UI thread waits for it

    def _run(self) -> None:
        operation = self._operation
        assert operation is not None and operation._work is not None
        try:
            result = operation._work(operation.token)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            emit(operation._bridge.failed, exc)
        else:
            emit(operation._bridge.finished, result)


_RUNNING: set[Operation[Any]] = set()


def error_text(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return message_text(exc)
    return QCoreApplication.translate(
        "Operations",
        "Er ging iets mis. Er is niets gewijzigd dat niet al was opgeslagen. "
        "Probeer het opnieuw; blijft het misgaan, neem dan contact op met uw ICT-afdeling.",
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Operations", "Baken"), error_text(exc))


class Operation(QObject, Generic[T]):
    """One running background operation. Keep it or ignore it; it keeps itself alive."""

    done = Signal()

    def __init__(
        self,
        parent_widget: QWidget | None,
        work: Callable[[CancelToken], T],
        on_done: Callable[[T], None],
        *,
        label: str,
        on_error: Callable[[BaseException], None] | None = None,
        delay_ms: int = 500,
        cancellable: bool = True,
    ) -> None:
        super().__init__()
        self.token = CancelToken()
        self.finished = False
        self.progress: QProgressDialog | None = None
        self._parent_widget = parent_widget
        self._on_done = on_done
        self._on_error = on_error
        self._label = label
        self._cancellable = cancellable
        self._work: Callable[[CancelToken], T] | None = work
        self._released = threading.Event()  # set by the pool thread once it holds nothing
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._bridge.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self._timer.start(delay_ms)
        if parent_widget is not None:
            # The view went away (e.g. Baken locked): stop the work, deliver nothing.
            parent_widget.destroyed.connect(self._parent_gone)
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))

    def _parent_gone(self) -> None:
        self._parent_widget = None
        self.progress = None  # it was a child of the destroyed view
        self.token.cancel()

    def _show_progress(self) -> None:
        if self.finished:
            return
        dlg = QProgressDialog(self._label, "", 0, 0, self._parent_widget)
        dlg.setWindowTitle(QCoreApplication.translate("Operations", "Even geduld"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        if self._cancellable:
            dlg.setCancelButtonText(QCoreApplication.translate("Operations", "Annuleren"))
            dlg.canceled.connect(self.token.cancel)
        else:
            dlg.setCancelButton(None)
        dlg.setAccessibleName(self._label)
        dlg.show()
        self.progress = dlg

    def _close(self) -> None:
        self._released.wait()  # the pool thread has let go of everything (see _Runnable)
        self._work = None  # what the work held (client data, widgets) goes now, on this thread
        self.finished = True
        self._timer.stop()
        if self._parent_widget is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._parent_widget.destroyed.disconnect(self._parent_gone)
        if self.progress is not None:
            if self._cancellable:
                self.progress.canceled.disconnect(self.token.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        _RUNNING.discard(self)
        emit(self.done)

    def _finished(self, result: T) -> None:
        self._close()
        if self.token.cancelled:
            return
        self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if self.token.cancelled:
            return
        if self._on_error is not None:
            self._on_error(exc)
        else:
            show_error(self._parent_widget, exc)


def wait_for(operation: Operation[Any] | None) -> None:
    """Block in a local event loop until ``operation`` has delivered (tests, window close)."""
    if operation is None or operation.finished:
        return
    loop = QEventLoop()
    operation.done.connect(loop.quit)
    loop.exec()


def run_operation(
    parent: QWidget | None,
    work: Callable[[CancelToken], T],
    on_done: Callable[[T], None],
    *,
    label: str,
    on_error: Callable[[BaseException], None] | None = None,
    delay_ms: int = 500,
    cancellable: bool = True,
) -> Operation[T]:
    return Operation(
        parent,
        work,
        on_done,
        label=label,
        on_error=on_error,
        delay_ms=delay_ms,
        cancellable=cancellable,
    )


def op(
    ctx: AppContext,
    parent: QWidget | None,
    fn: Callable[[Session], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    slow: bool = False,
    label: str = "",
    initiator: object | None = None,
    cancellable: bool = True,
    delay_ms: int = 500,
) -> Operation[tuple[T, Change | None]] | None:
    """Run ``fn(session)``; publish its changes once; then ``on_success(result)``.

    Inline (default) returns None after everything ran. ``slow=True`` returns the running
    ``Operation`` (keep it to cancel or wait in tests). ``initiator`` defaults to
    ``parent``: a view may skip refreshing what it did itself.
    """
    who = parent if initiator is None else initiator

    def failed(exc: BaseException) -> None:
        if on_failure is not None:
            on_failure(exc)
        else:
            show_error(parent, exc)

    try:
        session = ctx.require_session()
    except StoreError as exc:
        failed(exc)
        return None
    if not slow:
        try:
            with session.operation():
                result = fn(session)
        except Exception as exc:  # noqa: BLE001 - shown in the one consistent way
            ctx.flush_changes(who)  # what was saved before the error is still shown
            failed(exc)
            return None
        ctx.flush_changes(who)
        if on_success is not None:
            on_success(result)
        return None

    # Changes the worker committed, published when the operation ends (also when it was
    # cancelled or failed after committing something: every view must still hear of it).
    collected: list[Change | None] = []

    def work(token: CancelToken) -> tuple[T, Change | None]:
        worker = session.worker()  # on this thread: the connection belongs to it
        worker.cancelled = lambda: token.cancelled
        try:
            with worker.operation():
                return fn(worker), None
        finally:
            collected.append(worker.take_changes())
            worker.close()

    def settled() -> None:
        changes, collected[:] = list(collected), []
        if ctx.session is session and not session.closed:
            for change in changes:
                session.absorb(change)
            ctx.flush_changes(who)

    def done(out: tuple[T, Change | None]) -> None:
        if on_success is not None:
            on_success(out[0])

    operation = run_operation(
        parent,
        work,
        done,
        label=label or QCoreApplication.translate("Operations", "Bezig…"),
        on_error=failed,
        delay_ms=delay_ms,
        cancellable=cancellable,
    )
    operation.done.connect(settled)  # emitted before the result is delivered
    return operation
