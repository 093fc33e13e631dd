"""The error types the UI may catch, re-exported so that nothing above desktop/ imports
storage/. Messages stay as they are (``str(exc)``)."""

from __future__ import annotations

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
from storage.repos.base import NotFoundError

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
