"""The OS keyring behind one small interface.

Detects "no usable keyring" explicitly: keyring's fail backend, a plaintext or
"alternative" backend, a locked collection, or a backend that differs from the one
recorded when the store was made. Never falls back to storing a secret in a file.
"""

from __future__ import annotations

import base64
import binascii
from types import ModuleType

from storage import messages as M
from storage.errors import KeyringSecretMissingError, KeyringUnavailableError

SERVICE = "Baken"

NO_KEYRING = M.KEYRING_NONE()
LOCKED = M.KEYRING_LOCKED()
MISSING = M.KEYRING_MISSING()

# Backends that are not a real OS secret store and therefore refused.
_REFUSED_PREFIXES = ("keyring.backends.fail", "keyrings.alt", "keyring.backends.null")


def _keyring() -> ModuleType:
    """The keyring package, imported on first use (it costs ~0.25 s at start-up)."""
    import keyring
    import keyring.errors

    return keyring


def backend_name() -> str:
    keyring = _keyring()
    kr = keyring.get_keyring()
    cls = type(kr)
    return f"{cls.__module__}.{cls.__qualname__}"


def _account(store_id: str) -> str:
    return f"store:{store_id}"


class OsKeyring:
    """Reads and writes the per-store secret in the OS keyring."""

    def __init__(self) -> None:
        keyring = _keyring()
        self.name = backend_name()
        if self.name.startswith(_REFUSED_PREFIXES):
            raise KeyringUnavailableError(NO_KEYRING)
        try:
            priority = float(keyring.get_keyring().priority)
        except Exception:  # noqa: BLE001 - a backend that cannot tell its priority is unusable
            priority = 0.0
        if priority <= 0:
            raise KeyringUnavailableError(NO_KEYRING)

    def get(self, store_id: str) -> bytes:
        keyring = _keyring()
        try:
            value = keyring.get_password(SERVICE, _account(store_id))
        except keyring.errors.KeyringLocked:
            raise KeyringUnavailableError(LOCKED) from None
        except keyring.errors.KeyringError:
            raise KeyringUnavailableError(NO_KEYRING) from None
        if value is None:
            raise KeyringSecretMissingError(MISSING)
        try:
            raw = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise KeyringSecretMissingError(MISSING) from None
        if len(raw) != 32:
            raise KeyringSecretMissingError(MISSING)
        return raw

    def set(self, store_id: str, secret: bytes) -> None:
        keyring = _keyring()
        try:
            keyring.set_password(SERVICE, _account(store_id), base64.b64encode(secret).decode())
        except keyring.errors.KeyringLocked:
            raise KeyringUnavailableError(LOCKED) from None
        except keyring.errors.KeyringError:
            raise KeyringUnavailableError(NO_KEYRING) from None

    def delete(self, store_id: str) -> None:
        keyring = _keyring()
        try:
            keyring.delete_password(SERVICE, _account(store_id))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError:
            raise KeyringUnavailableError(NO_KEYRING) from None


def keyring_available() -> tuple[bool, str]:
    """(usable, Dutch explanation when not)."""
    try:
        OsKeyring()
    except KeyringUnavailableError as exc:
        return False, str(exc)
    return True, ""
