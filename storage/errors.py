"""Error types of the storage layer.

Every error carries a message from the catalog (``storage/messages.py``): ``err.text`` is a
``Text`` with ``msg_id`` and ``params``, ``str(err)`` its Dutch rendering (the CLI prints
it). The UI shows ``ui.messages.message_text(err)``, translated. Messages never contain
personal data, key material or SQL text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from storage import messages as M
from storage.messages import Message, Msg, Param, Text


class StoreError(Exception):
    """Base class: ``StoreError(M.SOME_ID, name=value)``; ``str()`` is a safe Dutch message."""

    exit_code = 1
    default: ClassVar[Msg] = M.STORE_FAILED

    def __init__(self, message: Message | None = None, /, **params: Param) -> None:
        self.text = Text(self.default if message is None else message, params)
        super().__init__(str(self.text))

    @property
    def msg_id(self) -> str:
        return self.text.msg_id

    @property
    def params(self) -> Mapping[str, Param]:
        return self.text.params


class NoStoreError(StoreError):
    """No store in the data folder."""


class StoreExistsError(StoreError):
    """A store already exists where a new one was requested."""


class WrongSecretError(StoreError):
    """Password, keyring secret or recovery code did not unwrap the key."""

    default = M.WRONG_SECRET


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

    def __init__(
        self, message: Message | None = None, field: str | None = None, /, **params: Param
    ) -> None:
        super().__init__(message, **params)
        self.field = field


def io_message(exc: OSError) -> Msg:
    """The message for an OS error, without the path (paths can hold names)."""
    import errno

    code = exc.errno
    if code == errno.ENOSPC:
        return M.IO_DISK_FULL
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return M.IO_NO_WRITE
    if code == errno.ENOENT:
        return M.IO_MISSING
    return M.IO_FAILED
