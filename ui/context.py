"""The application context: the vault, the unlocked store (or none) and the one refresh path.

An ``AppContext`` is passed to windows and pages explicitly (no global application object).
It owns the unlocked ``Store`` while the app is unlocked; ``lock()`` closes it and tells
every view to drop what it shows.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from desktop import __version__
from desktop.events import Change
from storage import settings as store_settings
from storage.errors import StoreError
from storage.vault import Store, Vault

# Settings inside the encrypted database (organisation and user are personal-ish data).
ORG_NAME = "organisation.name"
ORG_ADDRESS = "organisation.address"
USER_NAME = "user.name"
USER_ROLE = "user.role"
AUTOLOCK_MINUTES = "ui.autolock_minutes"

AUTOLOCK_DEFAULT = 5
AUTOLOCK_MAX = 15
AUTOLOCK_MIN = 1

# QSettings holds only non-personal preferences (language, window geometry).
QSETTINGS_LANGUAGE = "ui/language"


def app_qsettings() -> QSettings:
    return QSettings("Baken", "Baken")


class AppContext(QObject):
    """Vault + the open store + change notifications."""

    changed = Signal(object)  # desktop.events.Change
    locked = Signal()
    unlocked = Signal()
    about_to_lock = Signal(str)  # action; the store is still open (automatic backup)

    def __init__(self, vault: Vault, language: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.language = language
        self.version = __version__
        self._store: Store | None = None
        self._clipboard_text: str | None = None

    # -- store ---------------------------------------------------------------------------
    @property
    def store(self) -> Store | None:
        return self._store

    @property
    def is_unlocked(self) -> bool:
        return self._store is not None and not self._store.closed

    def require_store(self) -> Store:
        if self._store is None or self._store.closed:
            raise StoreError("De opslag is vergrendeld.")
        return self._store

    def set_store(self, store: Store) -> None:
        """Called after a successful unlock, recovery or first-run set-up."""
        if self._store is not None and self._store is not store:
            self._store.close()
        self._store = store
        self.unlocked.emit()

    def lock(self, *, action: str = "lock") -> None:
        """Close the database (drops the key), clear our clipboard data, notify views."""
        if self.is_unlocked:
            self.about_to_lock.emit(action)
        store, self._store = self._store, None
        if store is not None:
            with contextlib.suppress(StoreError):
                store.close(action=action)
        self._clear_own_clipboard()
        self.locked.emit()
        # Issue 16: free reference cycles that could still hold client data now, and again
        # once the views handed to deleteLater() are gone (tests/test_lock_memory.py).
        gc.collect()
        QTimer.singleShot(0, gc.collect)

    # -- settings (inside the encrypted store) --------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        return store_settings.get(self.require_store().db, key, default)

    def put_settings(self, values: dict[str, Any]) -> None:
        store = self.require_store()
        with store.db.transaction():
            for key, value in values.items():
                store_settings.put(store.db, key, value)
            store.audit("settings_change", object_type="settings", details=",".join(sorted(values)))
        if USER_NAME in values and values[USER_NAME]:
            store.actor = str(values[USER_NAME])
        self.publish(Change.of("settings"))

    def autolock_minutes(self) -> int:
        try:
            value = int(self.setting(AUTOLOCK_MINUTES, AUTOLOCK_DEFAULT))
        except (TypeError, ValueError):
            value = AUTOLOCK_DEFAULT
        return max(AUTOLOCK_MIN, min(AUTOLOCK_MAX, value))

    # -- one refresh path -------------------------------------------------------------------
    def publish(self, change: Change) -> None:
        self.changed.emit(change)

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
