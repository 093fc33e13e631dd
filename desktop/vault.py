"""Opening a store from above storage/: the vault (data folder), unlocking in steps, the
keyring check and the password policy. The UI and the CLI use these names; they are
storage's own objects, re-exported so that nothing above desktop/ imports storage/.

Unlocking in steps: ``vault.derive_key(password)`` (Argon2id, slow, any thread),
``vault.prepare(key)`` (pending migrations with their backup, on a connection of the
calling thread) and ``vault.open_with_key(key)`` (on the thread that will own the store).

Start-up (issue 16): importing this module loads none of storage's keys, database or
keyring code (SQLCipher, cryptography, Argon2): the re-exported names are loaded on first
use. The app's window starts with an ``AppVault`` (plain file checks: is there a store,
how long to wait after failed attempts) and ``preload()`` loads the rest on a background
thread once the unlock window shows, while the user types.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage import datafolder
from storage.datafolder import default_data_dir

if TYPE_CHECKING:
    from storage import password_policy
    from storage.container import normalize_passphrase
    from storage.secrets import keyring_available
    from storage.vault import Store, UnlockKey, Vault, VerifyResult

__all__ = [
    "AppVault",
    "Store",
    "UnlockKey",
    "Vault",
    "VerifyResult",
    "default_data_dir",
    "keyring_available",
    "normalize_passphrase",
    "password_policy",
    "preload",
]

_LAZY = frozenset(
    {
        "Store",
        "UnlockKey",
        "Vault",
        "VerifyResult",
        "keyring_available",
        "normalize_passphrase",
        "password_policy",
    }
)
# One loader at a time: the UI thread asking for the vault while the preload runs waits
# for it instead of importing the same modules concurrently.
_load_lock = threading.Lock()


def _load() -> None:
    with _load_lock:
        if "Vault" in globals():
            return
        from storage import password_policy
        from storage.container import normalize_passphrase
        from storage.secrets import keyring_available
        from storage.vault import Store, UnlockKey, Vault, VerifyResult

        globals().update(
            password_policy=password_policy,
            normalize_passphrase=normalize_passphrase,
            keyring_available=keyring_available,
            Store=Store,
            UnlockKey=UnlockKey,
            VerifyResult=VerifyResult,
            Vault=Vault,  # last: its presence means all are there
        )


def __getattr__(name: str) -> object:
    """The storage names, imported on first use (PEP 562)."""
    if name not in _LAZY:
        raise AttributeError(name)  # as for any missing module attribute
    _load()
    return globals()[name]


class AppVault:
    """The app's data folder before ``storage.vault`` is loaded. What the unlock window
    asks are plain file checks; ``vault`` makes the real ``Vault`` on first use (when
    unlocking starts), waiting for a running ``preload()`` first."""

    def __init__(self, data_dir: Path, **vault_args: Any) -> None:
        self.data_dir = Path(data_dir)
        self._vault_args = vault_args
        self._vault: Vault | None = None

    def exists(self) -> bool:
        return datafolder.store_exists(self.data_dir)

    def delay_seconds(self) -> float:
        return datafolder.delay_seconds(self.data_dir)

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            _load()
            from storage.vault import Vault

            self._vault = Vault(self.data_dir, **self._vault_args)
        return self._vault


_preload_thread: threading.Thread | None = None


def _preload() -> None:
    # A failure here shows again (and is handled) where the UI first uses the module.
    with contextlib.suppress(Exception):
        _load()
        # What unlocking uses next: the session, the error types, the keyring package.
        import keyring  # noqa: F401 (storage.secrets imports it on first use: ~60 ms)

        from desktop import errors, session  # noqa: F401

        errors.NotFoundError  # noqa: B018 (loads storage.repos.base)


def preload() -> threading.Thread:
    """Load the vault, the session and the keyring package on a background thread (once);
    returns the thread (``join()`` it before the interpreter exits)."""
    global _preload_thread
    if _preload_thread is None:
        _preload_thread = threading.Thread(target=_preload, name="baken-preload", daemon=True)
        _preload_thread.start()
    return _preload_thread
