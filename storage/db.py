"""The SQLCipher connection: raw key, hardened pragmas, explicit transactions."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from storage import messages as M
from storage.errors import CorruptStoreError, NoStoreError, StoreError, StoreIOError

DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError

CORRUPT = M.DB_CORRUPT()


# SQLCipher's memory security (every allocation locked in RAM and wiped on free) is
# process-wide: the first connection decides it for the whole process. Baken runs with it
# on. Only the benchmark's throw-away data generator (a separate process handling
# fictional data) switches it off, because it makes bulk writes ~17x slower.
MEMORY_SECURITY = True


# How long a statement waits for another connection's write transaction (or a checkpoint)
# before SQLite gives up with "database is locked"; what is left then is StoreBusyError.
BUSY_TIMEOUT_MS = 15_000
BUSY = (
    "De gegevens zijn op dit moment bezet door een ander Baken-venster of -opdracht die een "
    "grote wijziging opslaat. Er is niets gewijzigd; probeer het over een minuut opnieuw."
)


class StoreBusyError(StoreError):
    """Another connection kept the store locked for longer than the busy timeout."""


def _raise_if_busy(exc: Exception) -> None:
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

    # -- queries -----------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params)
        except DatabaseError as exc:
            _raise_if_corrupt(exc)
            _raise_if_busy(exc)
            _raise_if_io(exc, self.path.parent)
            raise

    def executemany(self, sql: str, rows: Any) -> Any:
        try:
            return self._conn.executemany(sql, rows)
        except DatabaseError as exc:
            _raise_if_corrupt(exc)
            _raise_if_busy(exc)
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
            _raise_if_busy(exc)
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
                _raise_if_busy(exc)
                _raise_if_io(exc, self.path.parent)
                raise
        finally:
            self._depth = 0
        if self.audit_written:
            self.audit_written = False
            if self.after_commit is not None:
                with contextlib.suppress(Exception):
                    self.after_commit(self)

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
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}")
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
        _raise_if_busy(exc)
        _raise_if_io(exc, path.parent)
        raise CorruptStoreError(CORRUPT) from None
    except BaseException:
        conn.close()
        raise
    return Database(conn, path)
