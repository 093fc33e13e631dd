"""Error types of the storage layer.

Every error carries a Dutch, user-facing message that never contains personal data,
key material or SQL text. Callers show ``str(err)`` as is.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base class; ``str()`` is a safe Dutch message."""

    exit_code = 1


class NoStoreError(StoreError):
    """No store in the data folder."""


class StoreExistsError(StoreError):
    """A store already exists where a new one was requested."""


class WrongSecretError(StoreError):
    """Password, keyring secret or recovery code did not unwrap the key."""

    def __init__(self, message: str = "Onjuist wachtwoord of herstelcode.") -> None:
        super().__init__(message)


class KeyringUnavailableError(StoreError):
    """No usable OS keyring (fail backend, locked, or changed)."""


class KeyringSecretMissingError(StoreError):
    """The keyring works but holds no (or another) secret for this store."""


class CorruptStoreError(StoreError):
    """The database or its key file is damaged or was tampered with."""


class WeakPasswordError(StoreError):
    """The chosen password does not meet the minimum."""

    exit_code = 2


class StoreIOError(StoreError):
    """Folder missing, read-only, or disk full."""


class MigrationError(StoreError):
    """A schema migration failed; the previous file is left usable."""


class ValidationError(StoreError):
    """Input refused by a repository or service; ``field`` names the field."""

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def io_message(exc: OSError) -> str:
    """A Dutch message for an OS error, without the path (paths can hold names)."""
    import errno

    code = exc.errno
    if code == errno.ENOSPC:
        return "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer opnieuw."
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "Geen schrijfrechten in de gegevensmap. Er is niets gewijzigd."
    if code == errno.ENOENT:
        return "De gegevensmap of een bestand daarin bestaat niet."
    return "Lezen of schrijven in de gegevensmap is mislukt. Er is niets gewijzigd."
