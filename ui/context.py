"""The application context: the vault, the unlocked store (or none) and the one refresh path.

An ``AppContext`` is passed to windows and pages explicitly (no global application object).
It owns the unlocked ``Store`` while the app is unlocked; ``lock()`` closes it and tells
every view to drop what it shows.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from desktop import __version__
from desktop.errors import StoreError
from desktop.setting_keys import (
    AUTOLOCK_DEFAULT,
    AUTOLOCK_MAX,
    AUTOLOCK_MIN,
    AUTOLOCK_MINUTES,
    ORG_ADDRESS,
    ORG_NAME,
    USER_NAME,
    USER_ROLE,
)
from desktop.vault import AppVault
from ui.qt_compat import emit

# The session and the vault are loaded when unlocking starts (issue 16: start-up).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.events import Change
    from desktop.session import Session
    from desktop.vault import Store, Vault
    from ui.operations import Operation

T = TypeVar("T")
P = ParamSpec("P")

__all__ = [
    "AUTOLOCK_DEFAULT",
    "AUTOLOCK_MAX",
    "AUTOLOCK_MIN",
    "AUTOLOCK_MINUTES",
    "ORG_ADDRESS",
    "ORG_NAME",
    "USER_NAME",
    "USER_ROLE",
    "AppContext",
    "app_qsettings",
]

# QSettings holds only non-personal preferences (language, window geometry).
QSETTINGS_LANGUAGE = "ui/language"


def app_qsettings() -> QSettings:
    return QSettings("Baken", "Baken")


class AppContext(QObject):
    """Vault + the session of the open store + the one refresh path + navigation."""

    changed = Signal(object)  # desktop.events.Change, once per operation
    locked = Signal()
    unlocked = Signal()
    about_to_lock = Signal(str)  # action; the store is still open (automatic backup)
    # Navigation (typed, instead of reaching into the window): page key; dossier id + tab.
    page_requested = Signal(str)
    dossier_requested = Signal(str, str)
    signal_requested = Signal(str)

    def __init__(
        self, vault: Vault | AppVault, language: str = "nl", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.language = language
        self.version = __version__
        self._session: Session | None = None
        self._clipboard_text: str | None = None
        self._flush_scheduled = False

    # -- vault -----------------------------------------------------------------------------
    @property
    def vault(self) -> Vault:
        """The vault; the app's (``AppVault``) is made on first use, when unlocking starts."""
        if isinstance(self._vault, AppVault):
            self._vault = self._vault.vault
        return self._vault

    def store_exists(self) -> bool:
        """Is there a store in the data folder (a plain file check)."""
        return self._vault.exists()

    def unlock_delay(self) -> float:
        """Seconds to wait after repeated failed attempts (a plain file read)."""
        return self._vault.delay_seconds()

    # -- session ---------------------------------------------------------------------------
    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def store(self) -> Store | None:
        return None if self._session is None else self._session.store

    @property
    def is_unlocked(self) -> bool:
        return self._session is not None and not self._session.closed

    def require_session(self) -> Session:
        if self._session is None or self._session.closed:
            raise StoreError("De opslag is vergrendeld.")
        return self._session

    def require_store(self) -> Store:
        return self.require_session().store

    def set_store(self, store: Store) -> None:
        """Called after a successful unlock, recovery or first-run set-up."""
        if self._session is not None and self._session.store is not store:
            self._session.close()
        from desktop.session import Session

        session = Session(store)
        session.on_idle_change = self._schedule_flush
        self._session = session
        emit(self.unlocked)

    def lock(self, *, action: str = "lock") -> None:
        """Close the database (drops the key), clear our clipboard data, notify views."""
        if self.is_unlocked:
            emit(self.about_to_lock, action)
        session, self._session = self._session, None
        if session is not None:
            session.on_idle_change = None
            session.close(action=action)
        self._clear_own_clipboard()
        emit(self.locked)
        # Issue 16: free reference cycles that could still hold client data now, and again
        # once the views handed to deleteLater() are gone (tests/test_lock_memory.py).
        gc.collect()
        QTimer.singleShot(0, gc.collect)

    # -- operations (see ui/operations.py for the full helper) ----------------------------
    def op(
        self,
        parent: QWidget | None,
        fn: Callable[[Session], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        **kw: Any,
    ) -> Operation[tuple[T, Change | None]] | None:
        """``ui.operations.op`` bound to this context (quick inline; ``slow=True`` on a
        worker with its own session); changes are published once afterwards."""
        from ui.operations import op

        return op(self, parent, fn, on_success, on_failure, **kw)

    def run(self, fn: Callable[[Session], T], *, initiator: object | None = None) -> T:
        """Quick work inline on the UI thread; errors propagate to the caller; the changes
        are published once when ``fn`` returns (or fails)."""
        session = self.require_session()
        try:
            with session.operation():
                return fn(session)
        finally:
            self.flush_changes(initiator)

    def inline(self, fn: Callable[P, T], *, initiator: object | None = None) -> Callable[P, T]:
        """``fn`` (usually a bound service method) as a quick inline operation: called with
        its own arguments, its changes published once when it returns."""

        def call(*args: P.args, **kwargs: P.kwargs) -> T:
            return self.run(lambda _s: fn(*args, **kwargs), initiator=initiator)

        return call

    # -- settings (inside the encrypted store) --------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        return self.require_session().settings.get(key, default)

    def put_settings(self, values: dict[str, Any]) -> None:
        self.run(lambda s: s.settings.put(values))

    def autolock_minutes(self) -> int:
        return self.require_session().settings.autolock_minutes()

    # -- one refresh path -------------------------------------------------------------------
    def publish(self, change: Change) -> None:
        emit(self.changed, change)

    def flush_changes(self, initiator: object | None = None) -> None:
        """Publish what the session recorded since the last flush, merged, once."""
        self._flush_scheduled = False
        session = self._session
        if session is None:
            return
        change = session.take_changes(initiator)
        if change is not None:
            self.publish(change)

    def _schedule_flush(self) -> None:
        # A change recorded outside an operation: publish on the next turn of the event
        # loop (never from inside the service call that recorded it).
        if not self._flush_scheduled:
            self._flush_scheduled = True
            QTimer.singleShot(0, self, lambda: self.flush_changes())

    # -- navigation -------------------------------------------------------------------------
    def open_page(self, key: str) -> None:
        emit(self.page_requested, key)

    def open_dossier(self, dossier_id: str, tab: str = "") -> None:
        """Show dossier ``dossier_id`` (at tab ``tab``, a key such as "tijdlijn")."""
        emit(self.dossier_requested, dossier_id, tab)

    def open_signal(self, signal_id: str) -> None:
        """Show a signal on the screening page."""
        emit(self.signal_requested, signal_id)

    # -- clipboard ------------------------------------------------------------------------
    def copy_to_clipboard(self, text: str) -> None:
        """Put text on the clipboard and remember it, so locking can remove it again."""
        QGuiApplication.clipboard().setText(text)
        self._clipboard_text = text

    def _clear_own_clipboard(self) -> None:
        if self._clipboard_text is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._clipboard_text:
            clipboard.clear()
        self._clipboard_text = None
