"""The SQLCipher connection: raw key, hardened pragmas, explicit transactions."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from storage.errors import CorruptStoreError, NoStoreError, StoreIOError

DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError

CORRUPT = (
    "Het gegevensbestand is beschadigd of buiten Baken om gewijzigd. Baken opent het niet en "
    "heeft niets overschreven. Zet een back-up terug of neem contact op met uw ICT-afdeling."
)


def _raw_key_literal(key: bytes) -> bytes:
    # SQLCipher's raw-key syntax, handed to sqlite3_key() through set_key: never SQL text.
    return b"x'" + key.hex().encode("ascii") + b"'"


class Database:
    """One SQLCipher connection; belongs to the thread that opened it."""

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0

    # -- queries -----------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params)
        except DatabaseError as exc:
            _raise_if_corrupt(exc)
            raise

    def executemany(self, sql: str, rows: Any) -> Any:
        return self._conn.executemany(sql, rows)

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
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
                raise
            else:
                self._conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            with contextlib.suppress(DatabaseError):
                self._conn.execute("ROLLBACK")
            raise
        else:
            try:
                self._conn.execute("COMMIT")
            except sqlcipher.OperationalError as exc:
                with contextlib.suppress(DatabaseError):
                    self._conn.execute("ROLLBACK")
                if "full" in str(exc).lower():
                    raise StoreIOError(
                        "De schijf is vol. De wijziging is niet opgeslagen; maak ruimte vrij."
                    ) from None
                raise
        finally:
            self._depth = 0

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
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None

    @property
    def closed(self) -> bool:
        return self._conn is None


def _raise_if_corrupt(exc: Exception) -> None:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        raise CorruptStoreError(CORRUPT) from None


def connect(path: Path, key: bytes, *, create: bool = False, cache_mib: int = 64) -> Database:
    """Open (or create) the encrypted database at ``path`` with the 32-byte raw ``key``."""
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    if not create and not path.is_file():
        raise NoStoreError("Er is geen Baken-gegevensbestand in deze map.")
    try:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=True)
    except sqlcipher.OperationalError:
        raise StoreIOError(
            "Het gegevensbestand kan niet worden geopend (rechten of map)."
        ) from None
    try:
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(_raw_key_literal(key))
        # First read authenticates page 1 (HMAC); a wrong key or tampered header fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreIOError("De gegevensmap ondersteunt geen WAL-journaal (alleen-lezen?).")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute(f"PRAGMA cache_size = {-1024 * int(cache_mib)}")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise StoreIOError("Geen schrijfrechten op het gegevensbestand of de map.") from None
        raise CorruptStoreError(CORRUPT) from None
    except BaseException:
        conn.close()
        raise
    return Database(conn, path)
