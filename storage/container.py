"""The passphrase-protected container used for handover and transfer files.

Format (see README, "Overdracht"): the file is a plain SQLCipher 4 database with the default
SQLCipher 4 cipher settings (AES-256-CBC per page, HMAC-SHA512 per page, PBKDF2-HMAC-SHA512)
keyed with a generated passphrase and ``kdf_iter`` = ``KDF_ITER``. A successor can open and
check it with the stock ``sqlcipher`` shell::

    PRAGMA key = 'the-passphrase-words-..-42';
    PRAGMA kdf_iter = 1000000;
    PRAGMA cipher_integrity_check;
    SELECT value FROM baken_manifest;

It holds every table of the store as it was (``sqlcipher_export``) plus one table
``baken_manifest`` with a JSON manifest (format and schema version, export time, source,
counts per kind of record, and a SHA-256 digest over all other tables).

The passphrase is ten words from a fixed Dutch list (873 words, ~97.7 bits) plus a two-digit
check number that catches typing mistakes before the (deliberately slow) key derivation.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import operator
import os
import re
import secrets
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

from storage import audit
from storage import messages as M
from storage.db import Database, memory_security_pragma
from storage.errors import CorruptStoreError, StoreError, StoreIOError, WrongSecretError
from storage.passphrase_words import WORDS

FORMAT = "baken-container"
# 2: the content digest v3 (issue 16); version 1 readers would take a v3 file for damaged,
# with 2 they say it comes from a newer Baken. Files of version 1 (digest v1/v2) still verify.
FORMAT_VERSION = 2
MANIFEST_TABLE = "baken_manifest"
KIND_HANDOVER = "overdracht"
KIND_TRANSFER = "dossieroverdracht"
PASSPHRASE_WORDS = 10
# PBKDF2-HMAC-SHA512 iterations (~0.5 s on the reference machine). The passphrase itself has
# ~98 bits, so this cost is a second line of defence. Fixed: no setting or environment
# variable changes it (the test suite patches ``kdf_iter`` from outside, see tests/testsite/).
KDF_ITER = 1_000_000

Progress = Callable[[int, int], bool]
T = TypeVar("T")

WRONG_PHRASE_MSG = M.CONTAINER_WRONG_PHRASE()
DAMAGED = M.CONTAINER_DAMAGED()
NEWER = M.CONTAINER_NEWER()


class OperationCancelled(StoreError):
    """The user cancelled a long operation; nothing was written."""

    default = M.CONTAINER_CANCELLED


def kdf_iter() -> int:
    return KDF_ITER


# --- passphrases --------------------------------------------------------------------------


def _check_number(words: list[str]) -> int:
    digest = hashlib.sha256(("baken-passphrase-v1|" + "-".join(words)).encode("ascii")).digest()
    return int.from_bytes(digest[:4], "big") % 100


def passphrase_bits() -> float:
    return PASSPHRASE_WORDS * math.log2(len(WORDS))


def generate_passphrase() -> str:
    """Ten random words and a check number, e.g. ``boom-kaas-...-zon-07`` (~97.7 bits)."""
    words = [secrets.choice(WORDS) for _ in range(PASSPHRASE_WORDS)]
    return "-".join(words) + f"-{_check_number(words):02d}"


def normalize_passphrase(text: str) -> str:
    """Lower case, any separators; validates the words and the check number."""
    parts = [p for p in re.split(r"[^a-z0-9]+", text.strip().lower()) if p]
    if len(parts) != PASSPHRASE_WORDS + 1 or not parts[-1].isdigit():
        raise WrongSecretError(M.CONTAINER_PHRASE_FORMAT)
    words, number = parts[:-1], parts[-1]
    known = set(WORDS)
    if any(w not in known for w in words) or int(number) != _check_number(words):
        raise WrongSecretError(M.CONTAINER_PHRASE_TYPO)
    return "-".join(words) + f"-{int(number):02d}"


# --- progress -------------------------------------------------------------------------------


class Reporter:
    """Maps phases of an operation onto one (done, total) scale and raises on cancel."""

    TOTAL = 1000

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._base = 0
        self._span = self.TOTAL
        self.cancelled = False

    def phase(self, start: int, end: int) -> None:
        self._base, self._span = start, end - start

    def report(self, done: float, total: float) -> bool:
        """Report progress within the current phase; False if the user cancelled."""
        if self._progress is None:
            return True
        frac = 0.0 if total <= 0 else min(1.0, max(0.0, done / total))
        ok = bool(self._progress(self._base + int(self._span * frac), self.TOTAL))
        if not ok:
            self.cancelled = True
        return ok

    def check(self, done: float, total: float) -> None:
        if not self.report(done, total):
            raise OperationCancelled()

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.TOTAL, self.TOTAL)


# --- schema helpers -------------------------------------------------------------------------


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class TableShape:
    name: str
    columns: tuple[str, ...]
    rowid: bool  # has a rowid that is not an alias of a declared column
    without_rowid: bool

    @property
    def select_cols(self) -> tuple[str, ...]:
        return (("rowid",) if self.rowid else ()) + self.columns

    def order_by(self) -> str:
        if self.without_rowid:
            return ", ".join(q(c) for c in self.columns)
        return "rowid"


def real_tables(db: Database, exclude: tuple[str, ...] = ()) -> list[TableShape]:
    """Every stored table (not virtual tables, not sqlite_stat*), sorted by name."""
    rows = db.query(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 "
        "AND (name NOT LIKE 'sqlite\\_%' ESCAPE '\\' OR name = 'sqlite_sequence') ORDER BY name"
    )
    shapes = []
    for (name,) in rows:
        if name in exclude:
            continue
        info = db.query(f"PRAGMA table_xinfo({q(name)})")
        cols = tuple(r[1] for r in info if r[6] == 0)  # hidden 0 = ordinary column
        pks = [r for r in info if r[5] > 0]
        wr = bool(db.scalar("SELECT wr FROM pragma_table_list WHERE name = ?", (name,)))
        alias = len(pks) == 1 and str(pks[0][2]).upper() == "INTEGER"
        shapes.append(TableShape(name, cols, rowid=not wr and not alias, without_rowid=wr))
    return shapes


DIGEST_V2 = "v2:"
DIGEST_V3 = "v3:"


def _digest_rows(
    db: Database,
    h: Any,
    shapes: list[TableShape],
    columns: Callable[[TableShape], tuple[str, ...]],
    empty: tuple[str, ...],
    report: Reporter | None,
) -> None:
    """Feed ``h`` every table's header and rows as quoted lines (the v2/v3 line format)."""
    counted = [s for s in shapes if s.name not in empty]
    total = sum(int(db.scalar(f"SELECT count(*) FROM {q(s.name)}")) for s in counted) or 1
    done = 0
    first = operator.itemgetter(0)
    for s in shapes:
        cols = columns(s)
        h.update(repr((s.name, cols)).encode("utf-8"))
        if s.name in empty:
            continue
        quoted = ", ".join(f"quote({q(c) if c != 'rowid' else 'rowid'})" for c in cols)
        # As a BLOB: the line's UTF-8 bytes as SQLite holds them, without a decode to str
        # and an encode back per batch (the same bytes, so the same digest).
        line = f"CAST(concat_ws(',', {quoted}) || char(10) AS BLOB)"
        cur = db.execute(f"SELECT {line} FROM {q(s.name)} ORDER BY {s.order_by()}")
        while rows := cur.fetchmany(5000):
            h.update(b"".join(map(first, rows)))
            done += len(rows)
            if report is not None:
                report.check(done, total)


def content_digest(
    db: Database,
    exclude: tuple[str, ...] = (MANIFEST_TABLE,),
    report: Reporter | None = None,
    *,
    empty: tuple[str, ...] = (),
) -> str:
    """SHA-256 over every stored table (name, columns, rows in key order), ``v3:<hex>``.

    Every row is turned into text by SQLite itself: ``quote()`` of each declared column (a
    self-delimiting SQL literal), joined by commas (``concat_ws``: ``quote`` is never NULL),
    one line per row; the lines are hashed in batches. The value can be recomputed with a
    stock sqlcipher shell. Unlike v2, a rowid that is not a declared column is left out (the
    rows are still taken in rowid order): ``sqlcipher_export`` may renumber such rowids
    (it keeps their order), so v3 has the same value in the store and in its copy, and an
    export can digest the store while it copies it (issue 16). ``empty`` tables count as
    having no rows (the copy empties them)."""
    h = hashlib.sha256(b"baken-digest-v3")
    _digest_rows(db, h, real_tables(db, exclude), lambda s: s.columns, empty, report)
    return DIGEST_V3 + h.hexdigest()


def content_digest_v2(
    db: Database, exclude: tuple[str, ...] = (MANIFEST_TABLE,), report: Reporter | None = None
) -> str:
    """The digest of files written before v3 (implicit rowids included); verify only."""
    h = hashlib.sha256(b"baken-digest-v2")
    _digest_rows(db, h, real_tables(db, exclude), lambda s: s.select_cols, (), report)
    return DIGEST_V2 + h.hexdigest()


def digest_of(stated: str) -> Callable[..., str]:
    """The digest function that wrote ``stated`` (a manifest's digest)."""
    if stated.startswith(DIGEST_V3):
        return content_digest
    if stated.startswith(DIGEST_V2):
        return content_digest_v2
    return content_digest_v1


def content_digest_v1(
    db: Database, exclude: tuple[str, ...] = (MANIFEST_TABLE,), report: Reporter | None = None
) -> str:
    """The digest of files written before issue 16 (``repr`` of every row); verify only."""
    shapes = real_tables(db, exclude)
    total = sum(int(db.scalar(f"SELECT count(*) FROM {q(s.name)}")) for s in shapes) or 1
    h = hashlib.sha256(b"baken-digest-v1")
    done = 0
    for s in shapes:
        h.update(repr((s.name, s.select_cols)).encode("utf-8"))
        cols = ", ".join(q(c) if c != "rowid" else "rowid" for c in s.select_cols)
        cur = db.execute(f"SELECT {cols} FROM {q(s.name)} ORDER BY {s.order_by()}")
        while rows := cur.fetchmany(5000):
            h.update("".join(map(repr, rows)).encode("utf-8"))
            done += len(rows)
            if report is not None:
                report.check(done, total)
    return h.hexdigest()


# --- manifest -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Manifest:
    kind: str
    schema_version: int
    exported_at: str
    source_store_id: str
    source_installation: str
    counts: dict[str, int]
    digest: str
    format_version: int = FORMAT_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "format_version": self.format_version,
                "kind": self.kind,
                "schema_version": self.schema_version,
                "exported_at": self.exported_at,
                "source": {
                    "store_id": self.source_store_id,
                    "installation": self.source_installation,
                },
                "counts": self.counts,
                "digest": {"alg": "sha256", "value": self.digest},
                "cipher": {"container": "sqlcipher4", "kdf": "pbkdf2-hmac-sha512"},
                "extra": self.extra,
            },
            sort_keys=True,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        try:
            d = json.loads(text)
            if d["format"] != FORMAT:
                raise ValueError
            return cls(
                kind=str(d["kind"]),
                schema_version=int(d["schema_version"]),
                exported_at=str(d["exported_at"]),
                source_store_id=str(d["source"]["store_id"]),
                source_installation=str(d["source"]["installation"]),
                counts={str(k): int(v) for k, v in d["counts"].items()},
                digest=str(d["digest"]["value"]),
                format_version=int(d["format_version"]),
                extra=dict(d.get("extra") or {}),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            raise CorruptStoreError(DAMAGED) from None


def installation_label() -> str:
    return f"{audit.origin()} (Baken)"


# --- opening and writing containers ---------------------------------------------------------


def _is_full(exc: BaseException) -> bool:
    return "full" in str(exc).lower()


def disk_full_error() -> StoreIOError:
    return StoreIOError(M.CONTAINER_DISK_FULL)


def low_space(exc: BaseException, folder: Path, needed: int = 0) -> bool:
    """Whether a failed write is a full disk. SQLite reports a full disk during a page
    write as "disk I/O error", so a folder with too little space left counts as full."""
    if _is_full(exc):
        return True
    try:
        return shutil.disk_usage(folder).free < needed + (1 << 20)
    except OSError:
        return False


def write_failure(exc: BaseException, folder: Path, needed: int = 0) -> StoreIOError:
    """A Dutch message for a failed write (a full disk, see ``low_space``, or another)."""
    if low_space(exc, folder, needed):
        return disk_full_error()
    return StoreIOError(M.CONTAINER_WRITE_FAILED)


def open_container(path: Path, passphrase: str, *, readonly: bool = True) -> Database:
    """Open a container file with its (normalised) passphrase; refuse damage clearly."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise StoreIOError(M.CONTAINER_FILE_MISSING) from None
    except OSError:
        raise StoreIOError(M.CONTAINER_FILE_UNREADABLE) from None
    if size < 4096 or size % 4096:
        raise CorruptStoreError(DAMAGED)
    uri = path.resolve().as_uri() + ("?mode=ro" if readonly else "")
    try:
        conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    except sqlcipher.OperationalError:
        raise StoreIOError(M.CONTAINER_FILE_UNOPENABLE) from None
    try:
        conn.execute(memory_security_pragma())
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(passphrase.encode("utf-8"))
        conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter())}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher.DatabaseError:
            raise WrongSecretError(WRONG_PHRASE_MSG) from None
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA foreign_keys = OFF")
        if readonly:
            conn.execute("PRAGMA query_only = ON")
    except StoreError:
        conn.close()
        raise
    except sqlcipher.DatabaseError:
        conn.close()
        raise CorruptStoreError(DAMAGED) from None
    except BaseException:
        conn.close()
        raise
    return Database(conn, path)


def create_container(path: Path, passphrase: str) -> Database:
    """A new, empty container file at ``path`` (which must not exist)."""
    if path.exists():
        raise StoreIOError(M.CONTAINER_TEMP_EXISTS)
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=True)
    try:
        conn.execute(memory_security_pragma())
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(passphrase.encode("utf-8"))
        conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter())}")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA trusted_schema = OFF")
    except BaseException:
        conn.close()
        raise
    return Database(conn, path)


def write_manifest(c: Database, manifest: Manifest) -> None:
    with c.transaction():
        c.execute(
            f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"
        )
        c.execute(f"INSERT INTO {MANIFEST_TABLE} VALUES ('manifest', ?)", (manifest.to_json(),))


def _structure_ok(db: Database) -> bool:
    """Every page's HMAC (the whole file), then the b-tree structure."""
    if db.query("PRAGMA cipher_integrity_check"):
        return False
    return btree_ok(db)


def btree_ok(db: Database) -> bool:
    """The b-tree structure of every table and index, and every row's NOT NULL, CHECK and
    STRICT type constraints (``quick_check``: the digest covers every row, so the slow
    index-against-table cross-check of ``integrity_check`` is left out)."""
    return bool(db.query("PRAGMA quick_check") == [("ok",)])


class _ConnectionThread(threading.Thread):
    """A read of the whole file on a connection of its own, on its own thread; ``_interrupt``
    interrupts it from the caller's thread. Subclasses do the work in ``_work``; an
    exception is kept (``error``) for the caller's thread, after ``_failed`` saw it."""

    def __init__(self, open_db: Callable[[], Database], name: str) -> None:
        super().__init__(name=name, daemon=True)
        self._open = open_db
        self._db: Database | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self.error: BaseException | None = None

    def _work(self, db: Database) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        self.error = exc

    def run(self) -> None:
        try:
            db = self._open()
            with self._lock:
                self._db = db
                stopped = self._stopped
            try:
                if not stopped:
                    self._work(db)
            finally:
                with self._lock:
                    self._db = None
                db.close()
        except BaseException as exc:  # re-raised on the caller's thread
            self._failed(exc)

    def _interrupt(self) -> None:  # not ``_stop``: threading.Thread has its own
        with self._lock:
            self._stopped = True
            if self._db is not None:
                self._db.raw.interrupt()


class StructureCheck(_ConnectionThread):
    """``_structure_ok`` on a second connection to the same file, on its own thread, while
    the caller computes the digest: both are reads of the whole file and SQLite releases the
    GIL while it works, so on two cores the two passes take the time of the longer one."""

    def __init__(
        self, reopen: Callable[[], Database], structure: Callable[[Database], bool]
    ) -> None:
        super().__init__(reopen, "baken-container-check")
        self._structure = structure
        self.result: bool | None = None

    def _work(self, db: Database) -> None:
        self.result = self._structure(db)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, (sqlcipher.DatabaseError, CorruptStoreError)):
            with self._lock:
                if not self._stopped:  # an interrupt by ``stop`` is no finding
                    self.result = False
        self.error = exc

    def stop(self) -> None:
        self._interrupt()

    def finish(self) -> bool | None:
        """True: sound; False: damaged; None: stopped before it could tell."""
        self.join()
        if self.result is None and self.error is not None and not self._stopped:
            raise self.error
        return self.result

    def beside(self, work: Callable[[], T]) -> T:
        """``work()`` on the caller's thread while this check runs on its own. A damaged
        file is reported as damaged whichever failed first: when ``work`` fails, the check
        is stopped and its finding, if it had one, takes precedence."""
        self.start()
        try:
            out = work()
        except BaseException:
            self.stop()
            if self.finish() is False:
                raise CorruptStoreError(DAMAGED) from None
            raise
        if not self.finish():
            raise CorruptStoreError(DAMAGED)
        return out


class SnapshotDigest(_ConnectionThread):
    """``content_digest`` of a store on a connection of its own, on its own thread, in the
    same snapshot as a copy that the caller makes meanwhile (issue 16: an export digests
    the store while ``sqlcipher_export`` copies it, instead of reading the copy again).

    The caller holds the store's write lock, begins its own read of the store, calls
    ``start`` and then ``wait_pinned``: this thread begins its read transaction before the
    lock is released, so no commit can come between the two snapshots."""

    def __init__(self, open_db: Callable[[], Database], *, empty: tuple[str, ...] = ()) -> None:
        super().__init__(open_db, "baken-export-digest")
        self._empty = empty
        self._pinned = threading.Event()
        self._fraction = 0.0
        self.digest: str | None = None

    def _seen(self, done: int, total: int) -> bool:
        self._fraction = done / total if total else 1.0
        return True

    def _work(self, db: Database) -> None:
        db.raw.execute("BEGIN")  # deferred: a read transaction, no lock on writers
        try:
            db.scalar("SELECT count(*) FROM sqlite_schema")  # the snapshot starts here
            self._pinned.set()
            self.digest = content_digest(db, report=Reporter(self._seen), empty=self._empty)
        finally:
            with contextlib.suppress(sqlcipher.DatabaseError):
                db.raw.execute("ROLLBACK")

    def run(self) -> None:
        try:
            super().run()
        finally:
            self._pinned.set()  # also when opening failed: ``result`` reports the error

    def wait_pinned(self) -> None:
        self._pinned.wait()

    def stop(self) -> None:
        """Interrupt the digest (the copy failed or was cancelled) and wait for the thread."""
        self._interrupt()
        self.join()

    def result(self, rep: Reporter | None = None) -> str:
        """Wait for the digest (progress and cancel through ``rep``)."""
        while self.is_alive():
            self.join(0.05)
            if rep is not None and not rep.report(self._fraction, 1.0):
                self.stop()
                raise OperationCancelled()
        if self.error is not None:
            raise self.error
        if self.digest is None:  # stopped before it finished
            raise OperationCancelled()
        # Report the end of the digest also when it was done before the copy: the caller
        # hears of progress (and may cancel) before the file is completed.
        if rep is not None and not rep.report(1.0, 1.0):
            raise OperationCancelled()
        return self.digest


def verify_container(
    db: Database,
    *,
    expect_kind: str | None,
    latest_schema: int,
    report: Reporter | None = None,
    reopen: Callable[[], Database] | None = None,
    structure: Callable[[Database], bool] | None = None,
) -> Manifest:
    """Check HMACs, structure, manifest, counts and digest. Raises on any mismatch.

    With ``reopen`` (a second read-only connection to the same container) the HMAC and
    structure checks run on it in parallel with the digest; the outcome is the same, in
    the same order of precedence (a damaged file is reported as damaged). ``structure``
    replaces those checks (default ``_structure_ok``: every page's HMAC, then the b-trees)."""
    structure = structure or _structure_ok
    if reopen is None:
        try:
            if not structure(db):
                raise CorruptStoreError(DAMAGED)
        except sqlcipher.DatabaseError:
            raise CorruptStoreError(DAMAGED) from None
        return _verify_contents(db, expect_kind, latest_schema, report)
    return StructureCheck(reopen, structure).beside(
        lambda: _verify_contents(db, expect_kind, latest_schema, report)
    )


def _verify_contents(
    db: Database, expect_kind: str | None, latest_schema: int, report: Reporter | None
) -> Manifest:
    from storage import stats

    try:
        raw = db.scalar(f"SELECT value FROM {MANIFEST_TABLE} WHERE key = 'manifest'")
        if not isinstance(raw, str):
            raise CorruptStoreError(DAMAGED)
        manifest = Manifest.from_json(raw)
        if manifest.format_version > FORMAT_VERSION or manifest.schema_version > latest_schema:
            raise CorruptStoreError(NEWER)
        if int(db.scalar("PRAGMA user_version")) != manifest.schema_version:
            raise CorruptStoreError(DAMAGED)
        if expect_kind is not None and manifest.kind != expect_kind:
            raise CorruptStoreError(M.CONTAINER_WRONG_KIND)
        actual = stats.counts(db)
        if any(k in actual and actual[k] != v for k, v in manifest.counts.items()):
            raise CorruptStoreError(DAMAGED)
        if digest_of(manifest.digest)(db, report=report) != manifest.digest:
            raise CorruptStoreError(DAMAGED)
    except sqlcipher.DatabaseError:
        raise CorruptStoreError(DAMAGED) from None
    return manifest


def peek_manifest(db: Database) -> Manifest | None:
    """The manifest as the file states it, unverified (None when it cannot be read)."""
    try:
        raw = db.scalar(f"SELECT value FROM {MANIFEST_TABLE} WHERE key = 'manifest'")
        return Manifest.from_json(raw) if isinstance(raw, str) else None
    except (sqlcipher.DatabaseError, StoreError):
        return None


class BackgroundVerification(_ConnectionThread):
    """``verify_container`` on its own connection and thread, while the caller already
    works on the file (an import copies it into a new store that only becomes the store
    once ``result`` returned). SQLite releases the GIL while it reads, so on two cores the
    verification and the copy overlap. No progress is reported from this thread."""

    def __init__(
        self, open_db: Callable[[], Database], *, expect_kind: str | None, latest_schema: int
    ) -> None:
        super().__init__(open_db, "baken-container-verify")
        self._expect_kind = expect_kind
        self._latest = latest_schema
        self.manifest: Manifest | None = None

    def _work(self, db: Database) -> None:
        self.manifest = verify_container(
            db, expect_kind=self._expect_kind, latest_schema=self._latest
        )

    def stop(self) -> None:
        """Interrupt the verification (the caller gave up) and wait for the thread."""
        self._interrupt()
        self.join()

    def result(self, rep: Reporter | None = None) -> Manifest:
        """Wait for the verification (cancellable through ``rep``); the verified manifest,
        or the error that refused the file."""
        while self.is_alive():
            self.join(0.05)
            if rep is not None and not rep.report(1, 1):
                self.stop()
                raise OperationCancelled()
        if self.error is not None:
            raise self.error
        if self.manifest is None:
            raise CorruptStoreError(DAMAGED)
        return self.manifest


def temp_sibling(target: Path, tag: str = "tmp") -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.{tag}")


def remove_quietly(*paths: Path) -> None:
    for p in paths:
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(p) + suffix).unlink()


def sweep_export_temps(folder: Path, store: Any) -> None:
    """Temp files of this store's killed exports/transfers in ``folder`` (any target name),
    only while no other process has the store open (it could be writing one right now)."""
    from storage import tempfiles

    hold = getattr(store, "folder_lock", None)
    if hold is not None and hold.exclusive_now():
        tempfiles.sweep_folder(folder, tempfiles.export_temp_re(store.store_id))


def cleanup_stale_temps(target: Path) -> None:
    """Remove temp files a killed earlier run left for this exact target (all encrypted)."""
    with contextlib.suppress(OSError):
        for p in target.parent.glob(f".{glob_escape(target.name)}.*.tmp*"):
            with contextlib.suppress(OSError):
                p.unlink()


def glob_escape(name: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", name)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
