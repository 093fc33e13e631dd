"""The error types the UI may catch, re-exported so that nothing above desktop/ imports
storage/. Messages stay as they are (``str(exc)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.errors import (
    CorruptStoreError,
    KeyringSecretMissingError,
    KeyringUnavailableError,
    MigrationError,
    NoStoreError,
    StoreError,
    StoreExistsError,
    StoreIOError,
    ValidationError,
    WeakPasswordError,
    WrongSecretError,
)

if TYPE_CHECKING:
    from storage.repos.base import NotFoundError


def __getattr__(name: str) -> object:
    """``NotFoundError`` on first use: storage.repos.base loads SQLCipher, which the
    unlock window does not need (issue 16: start-up)."""
    if name == "NotFoundError":
        from storage.repos.base import NotFoundError

        return NotFoundError
    raise AttributeError(name)  # as for any missing module attribute


__all__ = [
    "CorruptStoreError",
    "KeyringSecretMissingError",
    "KeyringUnavailableError",
    "MigrationError",
    "NoStoreError",
    "NotFoundError",
    "StoreError",
    "StoreExistsError",
    "StoreIOError",
    "ValidationError",
    "WeakPasswordError",
    "WrongSecretError",
]
