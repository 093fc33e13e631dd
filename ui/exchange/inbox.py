"""The team-folder inbox (issue 17 item 6): checked at unlock and every few minutes.

One ``InboxWatcher`` per context (``watcher(ctx)``). While Baken is unlocked and an inbox
folder is set (Instellingen -> Uitwisselen), it scans the folder off the UI thread
(``ctx.op(..., slow=True)``: a worker session with its own connection); a scan verifies
and plans every package but applies nothing. ``updated`` tells Vandaag and the
Uitwisselen page; a package is applied only from the Uitwisselen page, after the user has
seen what it holds. Locking stops the timer and drops what the last scan found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.context import AppContext
from ui.qt_compat import emit

if TYPE_CHECKING:
    from desktop.events import Change
    from desktop.exchange import Contact, InboxScan, Incoming
    from ui.operations import Operation

INTERVAL_MS = 3 * 60_000  # "every few minutes"
NEVER_MS = 2**31 - 1  # a background scan never shows a progress dialog


class InboxWatcher(QObject):
    updated = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("inboxWatcher")
        self.ctx = ctx
        self.result: InboxScan | None = None
        self.running: Operation[Any] | None = None
        self.failed = False  # the last scan could not read the folder (it tries again)
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.scan)
        ctx.unlocked.connect(self._on_unlocked)
        ctx.locked.connect(self._on_locked)
        ctx.changed.connect(self._on_change)
        if ctx.is_unlocked:
            self._on_unlocked()

    # -- what the last scan found ---------------------------------------------------------
    @property
    def pending(self) -> list[Incoming]:
        return [] if self.result is None else list(self.result.pending)

    def by_sender(self) -> list[tuple[Contact, int]]:
        return [] if self.result is None else self.result.by_sender()

    def forget(self, incoming: Incoming) -> None:
        """A package was applied (or refused on applying): no longer pending."""
        if self.result is not None:
            self.result.pending = [
                p for p in self.result.pending if p.package_id != incoming.package_id
            ]
            emit(self.updated)

    # -- scanning -------------------------------------------------------------------------
    def _on_unlocked(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self, self.scan)

    def _on_locked(self) -> None:
        self.timer.stop()
        if self.running is not None:
            self.running.token.cancel()
        self.running = None
        self.result = None
        emit(self.updated)

    def _on_change(self, change: Change) -> None:
        # new folders chosen, a contact verified (their packages become readable)
        if change.touches("settings", "exchange_contact") and self.ctx.is_unlocked:
            self.scan()

    def scan(self) -> None:
        """Start a scan on a worker (one at a time; a request meanwhile runs afterwards)."""
        if not self.ctx.is_unlocked:
            return
        if self.running is not None:
            self._again = True
            return
        self._again = False

        def done(result: InboxScan) -> None:
            self.running = None
            self.failed = False
            self.result = result
            emit(self.updated)
            if self._again:
                self.scan()

        def failed(_exc: BaseException) -> None:
            # an unreachable share (network, sync client): keep what was shown, try later
            self.running = None
            self.failed = True
            emit(self.updated)

        self.running = self.ctx.op(
            None,
            lambda s: s.exchange.scan_inbox(),
            done,
            failed,
            slow=True,
            initiator=self,
            delay_ms=NEVER_MS,
            cancellable=False,
        )

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Tests: process events until no scan runs (True) or the time is up."""
        import time

        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + timeout_s
        while self.running is not None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        return self.running is None


def watcher(ctx: AppContext) -> InboxWatcher:
    """The context's inbox watcher (made on first use)."""
    found = ctx.findChild(InboxWatcher, "inboxWatcher")
    return found if isinstance(found, InboxWatcher) else InboxWatcher(ctx)
