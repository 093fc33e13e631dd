"""The SQLCipher connection: raw key, hardened pragmas, explicit transactions."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from storage import messages as M
from storage.errors import CorruptStoreError, NoStoreError, StoreError, StoreIOError
from storage.files import atomic_write

DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError

CORRUPT = M.DB_CORRUPT()


# SQLCipher's memory security (every allocation locked in RAM and wiped on free) is
# process-wide: the first connection decides it for the whole process. It is OFF by default
# (SQLCipher's own default since 4.5): it wipes only SQLite's allocations while the same
# plaintext lives in Python strings and Qt widgets, and costs 4-50x on the hot paths; the
# whole process is protected instead (desktop/hardening.py). Organisations that prefer it
# switch it on in ``baken.settings.json`` in the data folder (``{"memory_security": true}``,
# no personal data); it takes effect from the next start. ``None`` = not decided yet: the
# first connection reads the setting next to the database it opens.
MEMORY_SECURITY: bool | None = None
SETTINGS_NAME = "baken.settings.json"


def read_memory_security_setting(folder: Path) -> bool:
    """The ``memory_security`` preference stored in ``folder`` (False when absent/invalid)."""
    try:
        data = json.loads((folder / SETTINGS_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("memory_security") is True


def write_memory_security_setting(folder: Path, on: bool) -> None:
    """Store the preference (effective from the next start of Baken)."""
    path = folder / SETTINGS_NAME
    try:
        data = json.loads(path.read_text("utf-8"))
        data = data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        data = {}
    data["memory_security"] = bool(on)
    atomic_write(path, (json.dumps(data, indent=2, sort_keys=True) + "\n").encode(), mode=0o600)


def memory_security(folder: Path | None = None) -> bool:
    """The process-wide choice, decided once (from ``folder``'s setting) before the first
    connection and then fixed for the life of the process."""
    global MEMORY_SECURITY
    if MEMORY_SECURITY is None:
        MEMORY_SECURITY = read_memory_security_setting(folder) if folder is not None else False
    return MEMORY_SECURITY


def memory_security_pragma() -> str:
    return f"PRAGMA cipher_memory_security = {'ON' if memory_security() else 'OFF'}"


# How long a statement waits for another connection's write transaction (or a checkpoint)
# before SQLite gives up with "database is locked"; what is left then is StoreBusyError.
BUSY_TIMEOUT_MS = 15_000
BUSY = (
    "De gegevens zijn op dit moment bezet door een ander Baken-venster of -opdracht die een "
    "grote wijziging opslaat. Er is niets gewijzigd; probeer het over een minuut opnieuw."
)


class StoreBusyError(StoreError):
    """Another connection kept the store locked for longer than the busy timeout."""


def raise_if_busy(exc: Exception) -> None:
    """A locked or busy database as ``StoreBusyError`` (a Dutch message); else nothing."""
    text = str(exc).lower()
    if "database is locked" in text or "database is busy" in text or "table is locked" in text:
        raise StoreBusyError(BUSY) from None


def _raw_key_literal(key: bytes) -> bytes:
    # SQLCipher's raw-key syntax, handed to sqlite3_key() through set_key: never SQL text.
    return b"x'" + key.hex().encode("ascii") + b"'"


class Database:
    """One SQLCipher connection; belongs to the thread that opened it."""

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0
        # Called after a COMMIT that added audit rows (storage.audit sets the flag): keeps the
        # audit anchor next to the store up to date. Its failure never fails the commit.
        self.after_commit: Callable[[Database], None] | None = None
        self.audit_written = False
        self._relaxed = False
        # Per-connection memos of modules above (e.g. storage.search's as-you-type state);
        # they may hold client data, so closing the connection empties them.
        self.memo: dict[str, Any] = {}

    # -- queries -----------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params)
        except DatabaseError as exc:
            _raise_if_corrupt(exc)
            raise_if_busy(exc)
            _raise_if_io(exc, self.path.parent)
            raise

    def executemany(self, sql: str, rows: Any) -> Any:
        try:
            return self._conn.executemany(sql, rows)
        except DatabaseError as exc:
            _raise_if_corrupt(exc)
            raise_if_busy(exc)
            _raise_if_io(exc, self.path.parent)
            raise

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        return list(self.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception. Nests as a savepoint."""
        if self._depth:
            name = f"sp{self._depth}"
            self._conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                # If even this fails (disk full), the outer ROLLBACK undoes it all; the
                # original error is the one to report.
                with contextlib.suppress(DatabaseError):
                    self._conn.execute(f"ROLLBACK TO {name}")
                    self._conn.execute(f"RELEASE {name}")
                raise
            else:
                self._conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as exc:
            raise_if_busy(exc)
            _raise_if_io(exc, self.path.parent)
            raise
        self._depth = 1
        try:
            yield self
        except BaseException:
            self.audit_written = False
            with contextlib.suppress(DatabaseError):
                self._conn.execute("ROLLBACK")
            raise
        else:
            try:
                self._conn.execute("COMMIT")
            except sqlcipher.OperationalError as exc:
                self.audit_written = False
                with contextlib.suppress(DatabaseError):
                    self._conn.execute("ROLLBACK")
                raise_if_busy(exc)
                _raise_if_io(exc, self.path.parent)
                raise
        finally:
            self._depth = 0
        if self.audit_written:
            self.audit_written = False
            # Not after a relaxed commit: its WAL frames may not be on disk yet, and an anchor
            # that reached the disk before them would, after a power cut, claim rows the log
            # no longer has (a false "logboek ingekort"). The next ordinary audited commit
            # (fsynced: the whole WAL, these frames too) moves the anchor past them; locking
            # writes one.
            if self.after_commit is not None and not self._relaxed:
                with contextlib.suppress(Exception):
                    self.after_commit(self)

    @contextlib.contextmanager
    def relaxed_sync(self) -> Iterator[Database]:
        """Commits inside are atomic and survive a crash of Baken, but are not fsynced:
        WAL mode with ``synchronous = NORMAL``; the next ordinary commit or checkpoint makes
        them durable. Only for records of reads on the as-you-type path (the ``search``
        audit row, issue 16), where an fsync per keystroke cost 2/3 of the search time; a
        power failure may lose the last of those rows, never half of one, never data. Such a
        commit does not move the audit anchor (see ``transaction``), so the anchor never runs
        ahead of what is on disk."""
        if self._depth:
            yield self
            return
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._relaxed = True
        try:
            yield self
        finally:
            self._relaxed = False
            self._conn.execute("PRAGMA synchronous = FULL")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @property
    def raw(self) -> Any:
        """The underlying DB-API connection, for storage-internal use (backup API)."""
        return self._conn

    def close(self) -> None:
        if self._conn is None:
            return
        with contextlib.suppress(DatabaseError):
            # Fold the WAL in if nobody else reads right now; never wait for other readers.
            self._conn.execute("PRAGMA busy_timeout = 100")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None
        self.memo.clear()

    @property
    def closed(self) -> bool:
        return self._conn is None


DISK_FULL = M.DB_DISK_FULL()
READ_ONLY = M.DB_READ_ONLY()


IO_FAILED = M.IO_FAILED()
_IO_WORDS = ("full", "readonly", "read-only", "disk i/o error", "unable to open")


def io_failure_message(folder: Path) -> str:
    """Tell a full disk from a read-only folder when SQLite only says "disk I/O error"."""
    try:
        if shutil.disk_usage(folder).free < 512 * 1024:
            return DISK_FULL
        if os.statvfs(folder).f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
            return READ_ONLY
    except OSError:
        pass
    return IO_FAILED


def _raise_if_io(exc: Exception, folder: Path | None = None) -> None:
    text = str(exc).lower()
    if "full" in text:
        raise StoreIOError(DISK_FULL) from None
    if any(word in text for word in _IO_WORDS):
        raise StoreIOError(io_failure_message(folder) if folder else READ_ONLY) from None


def _raise_if_corrupt(exc: Exception) -> None:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        raise CorruptStoreError(CORRUPT) from None


def connect(
    path: Path, key: bytes, *, create: bool = False, cache_mib: int = 64, no_shm: bool = False
) -> Database:
    """Open (or create) the encrypted database at ``path`` with the 32-byte raw ``key``.

    ``no_shm`` (reading when nothing can be written: a full disk) keeps the WAL index in
    this process's memory (exclusive locking mode, so no ``-shm`` file has to grow) and
    refuses every write (``query_only``)."""
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    if not create and not path.is_file():
        raise NoStoreError(M.DB_NO_FILE)
    if not create and path.stat().st_size < 512:
        # An empty or cut-off file would otherwise be taken for a new, empty database.
        raise CorruptStoreError(CORRUPT)
    try:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=True)
        if hasattr(conn, "enable_load_extension"):
            conn.enable_load_extension(False)
    except sqlcipher.OperationalError:
        raise StoreIOError(M.DB_UNOPENABLE) from None
    try:
        memory_security(path.parent)
        conn.execute(memory_security_pragma())
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(_raw_key_literal(key))
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # before the first read
        if no_shm:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        # First read authenticates page 1 (HMAC); a wrong key or tampered header fails here.
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if not create and not tables:
            raise CorruptStoreError(CORRUPT)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreIOError(M.DB_NO_WAL)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute(f"PRAGMA cache_size = {-1024 * int(cache_mib)}")
        if no_shm:
            conn.execute("PRAGMA query_only = ON")
    except CorruptStoreError:
        conn.close()
        raise
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise_if_busy(exc)
        _raise_if_io(exc, path.parent)
        raise CorruptStoreError(CORRUPT) from None
    except BaseException:
        conn.close()
        raise
    return Database(conn, path)
