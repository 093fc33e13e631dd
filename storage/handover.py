"""Handover (overdracht): the whole store in one passphrase-protected file, and back.

UI/CLI API (all of it may run on a worker thread; each call opens its own connection):

* ``export_handover(store, out, progress=None) -> ExportResult`` — writes ``out`` atomically;
  ``result.passphrase`` is shown once. Refuses an existing ``out``.
* ``inspect_handover(path, passphrase, progress=None) -> Manifest`` — full verification,
  writes nothing (for a "check file" step before import).
* ``import_handover(vault, path, passphrase, password, ...) -> ImportResult`` — creates a NEW
  store in an empty data folder from the file (own password, keyring entry and a fresh
  recovery code). Never touches an existing store.

``progress(done, total) -> bool`` is called now and then; returning False cancels cleanly.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from storage import audit, container, stats, tempfiles
from storage import messages as M
from storage.container import (
    DAMAGED,
    FORMAT_VERSION,
    KIND_HANDOVER,
    MANIFEST_TABLE,
    BackgroundVerification,
    Manifest,
    OperationCancelled,
    Progress,
    Reporter,
    SnapshotDigest,
    StructureCheck,
    cleanup_stale_temps,
    create_container,
    fsync_file,
    generate_passphrase,
    installation_label,
    kdf_iter,
    low_space,
    normalize_passphrase,
    open_container,
    peek_manifest,
    q,
    real_tables,
    remove_quietly,
    sweep_export_temps,
    temp_sibling,
    verify_container,
    write_failure,
)
from storage.db import Database, connect, memory_security_pragma, raise_if_busy
from storage.errors import (
    CorruptStoreError,
    MigrationError,
    StoreError,
    StoreExistsError,
    StoreIOError,
    io_message,
)
from storage.files import fsync_dir
from storage.migrations import latest_version, migrate
from storage.vault import Store, Vault

# Settings bound to the person or the machine are not carried into a successor's store.
PERSONAL_SETTING_PREFIXES = ("user.", "backup.", "machine.")
# store_meta keys the new store keeps as its own.
OWN_META_KEYS = ("store_id", "created")

OUT_EXISTS = M.HANDOVER_OUT_EXISTS()
BULK_CACHE_MIB = 256  # page cache of the new store while the import copies into it


@dataclass(frozen=True)
class ExportResult:
    passphrase: str
    manifest: Manifest
    path: Path


@dataclass(frozen=True)
class ImportResult:
    recovery_code: str
    manifest: Manifest
    store_id: str


# --- export ---------------------------------------------------------------------------------


def _export_handler(
    tmp: Path, page_size: int, total_pages: int, rep: Reporter
) -> Callable[[], int]:
    def handler() -> int:
        try:
            written = tmp.stat().st_size // max(1, page_size)
        except OSError:
            written = 0
        return 0 if rep.report(min(written, total_pages), total_pages) else 1

    return handler


def write_container(
    src: Database,
    out: Path,
    *,
    kind: str,
    passphrase: str,
    source_store_id: str,
    rep: Reporter,
    source_key: bytes,
    open_source: Callable[[], Database],
    clear: tuple[str, ...] = (),
    extra: dict[str, Any] | None = None,
) -> Manifest:
    """Copy the whole database behind ``src`` into a new container at ``out`` (atomic).

    The container's own connection reads the store (attached with ``source_key``, the raw
    key of ``src``'s file) and keeps the new file open: its key is derived once (issue 16:
    each derivation is 1,000,000 PBKDF2 rounds). The digest is taken from the store on a
    connection of its own (``open_source``) while the copy is made, in the same snapshot,
    instead of reading the whole copy again afterwards. ``clear`` names tables that are
    emptied in the copy.
    """
    if out.exists():
        raise StoreError(OUT_EXISTS)
    if not out.parent.is_dir():
        raise StoreIOError(M.HANDOVER_NO_FOLDER)
    cleanup_stale_temps(out)
    tmp = temp_sibling(out, tempfiles.export_temp_tag(source_store_id))
    schema = int(src.scalar("PRAGMA user_version"))
    c: Database | None = None
    digester: SnapshotDigest | None = None
    try:
        page_size = int(src.scalar("PRAGMA page_size"))
        total_pages = int(src.scalar("PRAGMA page_count"))
        rep.phase(0, 600)
        c = create_container(tmp, passphrase)
        os.chmod(tmp, 0o600)
        digester = SnapshotDigest(open_source, empty=clear)
        _export_into(c, src, source_key, schema, tmp, page_size, total_pages, rep, digester)
        if rep.cancelled:
            raise OperationCancelled()
        try:
            if clear:
                rep.phase(600, 650)
                # secure_delete overwrites the deleted rows, and every page they free, with
                # zeros: nothing of them is left in the file (a test decrypts every page).
                # No VACUUM: on a 350 MB store it rewrote the whole file (5 s).
                c.execute("PRAGMA secure_delete = ON")
                with c.transaction():
                    for table in clear:
                        c.execute(f"DELETE FROM {q(table)}")
            rep.phase(650, 980)
            digest = digester.result(rep)
            manifest = Manifest(
                kind=kind,
                schema_version=schema,
                exported_at=audit.now_utc(),
                source_store_id=source_store_id,
                source_installation=installation_label(),
                counts=stats.counts(c),
                digest=digest,
                extra=extra or {},
            )
            with c.transaction():
                c.execute(
                    f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
                    " STRICT"
                )
                c.execute(
                    f"INSERT INTO {MANIFEST_TABLE} VALUES ('manifest', ?)", (manifest.to_json(),)
                )
        finally:
            c.close()
        fsync_file(tmp)
        if out.exists():
            raise StoreError(OUT_EXISTS)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except sqlcipher.OperationalError as exc:
        _abandon(c, digester, tmp)
        if rep.cancelled or "interrupt" in str(exc).lower():
            raise OperationCancelled() from None
        raise write_failure(exc, out.parent, total_pages * page_size) from None
    except OSError as exc:
        _abandon(c, digester, tmp)
        raise StoreIOError(io_message(exc)) from None
    except BaseException:
        _abandon(c, digester, tmp)
        raise
    rep.finish()
    return manifest


def _abandon(c: Database | None, digester: SnapshotDigest | None, tmp: Path) -> None:
    if digester is not None and digester.ident is not None:
        digester.stop()
    if c is not None:
        c.close()
    remove_quietly(tmp)


def _export_into(
    c: Database,
    src: Database,
    key: bytes,
    schema: int,
    tmp: Path,
    page_size: int,
    total_pages: int,
    rep: Reporter,
    digester: SnapshotDigest,
) -> None:
    """``sqlcipher_export`` from the store file (attached with its raw key) into ``c``;
    ``digester`` (not started) digests the store meanwhile, in the snapshot being copied."""
    c.execute("ATTACH DATABASE ? AS hsrc KEY ?", (str(src.path), "x'" + key.hex() + "'"))
    try:
        c.raw.set_progress_handler(_export_handler(tmp, page_size, total_pages, rep), 2000)
        try:
            # One transaction: one snapshot of the store, and one commit of the copy
            # instead of one per table. Deferred (not ``Database.transaction``'s BEGIN
            # IMMEDIATE, which would take the store's write lock too): the app may go on
            # writing meanwhile.
            c.raw.execute("BEGIN")
            try:
                _pin_snapshots(src, c, digester)
                c.execute("SELECT sqlcipher_export('main', 'hsrc')")
                c.execute(f"PRAGMA main.user_version = {schema}")
                c.raw.execute("COMMIT")
            finally:
                if c.raw.in_transaction:
                    with contextlib.suppress(sqlcipher.DatabaseError):
                        c.raw.execute("ROLLBACK")
        finally:
            c.raw.set_progress_handler(None, 0)
    finally:
        with contextlib.suppress(sqlcipher.DatabaseError):
            c.execute("DETACH DATABASE hsrc")


def _pin_snapshots(src: Database, c: Database, digester: SnapshotDigest) -> None:
    """Begin the copy's read of the store and the digester's in one snapshot: both start
    while ``src`` holds the store's write lock, so no commit comes between them. Writers
    wait only for that moment (the lock is released before the copy starts)."""
    try:
        src.raw.execute("BEGIN IMMEDIATE")
    except sqlcipher.OperationalError as exc:
        raise_if_busy(exc)  # another write held the store longer than the busy timeout
        raise
    try:
        c.scalar("SELECT count(*) FROM hsrc.sqlite_schema")
        digester.start()
        digester.wait_pinned()
    finally:
        src.raw.execute("ROLLBACK")


def _has_drafts(db: Database) -> bool:
    has_table = db.scalar("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'drafts'")
    return has_table is not None and db.scalar("SELECT 1 FROM drafts LIMIT 1") is not None


def export_handover(
    store: Store,
    out: Path,
    *,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> ExportResult:
    """Write the whole store to ``out`` under a new passphrase (shown once by the caller)."""
    phrase = normalize_passphrase(passphrase) if passphrase else generate_passphrase()
    rep = Reporter(progress)
    sweep_export_temps(Path(out).parent, store)
    db = store.open_worker_db()
    try:
        try:
            manifest = write_container(
                db,
                Path(out),
                kind=KIND_HANDOVER,
                passphrase=phrase,
                source_store_id=store.store_id,
                rep=rep,
                # Drafts are the leaving user's unsaved work, not part of the caseload.
                clear=("drafts",) if _has_drafts(db) else (),
                source_key=bytes(store._key),  # noqa: SLF001 - storage-internal
                open_source=store.open_worker_db,
            )
        except BaseException as exc:
            with contextlib.suppress(StoreError, sqlcipher.DatabaseError):
                audit.append(
                    db,
                    actor=store.actor,
                    action="handover_export",
                    object_type="store",
                    object_id=store.store_id,
                    result="afgebroken" if isinstance(exc, OperationCancelled) else "mislukt",
                )
            raise
        audit.append(
            db,
            actor=store.actor,
            action="handover_export",
            object_type="store",
            object_id=store.store_id,
            details=f"schema {manifest.schema_version}; digest {manifest.digest[:16]}",
        )
    finally:
        db.close()
    return ExportResult(phrase, manifest, Path(out))


# --- verify ---------------------------------------------------------------------------------


def inspect_handover(
    path: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    expect_kind: str | None = KIND_HANDOVER,
) -> Manifest:
    """Verify a handover file completely without writing anything."""
    phrase = normalize_passphrase(passphrase)
    c = open_container(Path(path), phrase)
    try:
        manifest = verify_container(
            c,
            expect_kind=expect_kind,
            latest_schema=latest_version(),
            report=Reporter(progress),
            reopen=lambda: open_container(Path(path), phrase),
        )
    finally:
        c.close()
    return manifest


# --- copy between databases -----------------------------------------------------------------


def _same_definition(raw: Any, name: str) -> bool:
    """``name`` has the same columns (names, order, types, constraints) in ``main`` and in
    the attached source ``hsrc``."""
    mine = raw.execute(f"PRAGMA main.table_xinfo({q(name)})").fetchall()
    theirs = raw.execute(f"PRAGMA hsrc.table_xinfo({q(name)})").fetchall()
    return bool(mine) and mine == theirs


def _bulk_copy_attached(
    dst: Database,
    attach: tuple[Path, str, int | None],
    triggers: list[Any],
    order: list[str],
    shapes: dict[str, Any],
    total: int,
    rep: Reporter,
) -> dict[str, int]:
    """The fast path: ATTACH the source and copy each table with INSERT ... SELECT in C.
    Returns the number of rows each table has in ``dst`` afterwards.

    ``dst`` is the new store's file while ``Vault.init`` builds it under a temporary name:
    it only becomes the store by the final rename, and is deleted on any failure. So the
    open initial transaction may be committed here (ATTACH is impossible inside a
    transaction) and a new one is opened before returning to ``Vault.init``.
    """
    path, key, iterations = attach
    raw = dst.raw
    raw.execute("COMMIT")
    # The file is deleted on any failure, so the bulk copy needs no journal: every page is
    # written once, straight into the file, instead of into the WAL and again by the
    # checkpoint; a larger page cache keeps the index b-trees being filled in memory.
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute("PRAGMA journal_mode = OFF")
    raw.execute(f"PRAGMA cache_size = {-1024 * BULK_CACHE_MIB}")
    try:
        if iterations is None:
            raw.execute("ATTACH DATABASE ? AS hsrc KEY ?", (str(path), key))
        else:
            # An existing passphrase file derives its key on ATTACH, with the default
            # iteration count: set it for this one ATTACH (raw-key stores are unaffected).
            default = raw.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]
            raw.execute(f"PRAGMA cipher_default_kdf_iter = {int(iterations)}")
            try:
                raw.execute("ATTACH DATABASE ? AS hsrc KEY ?", (str(path), key))
            finally:
                raw.execute(f"PRAGMA cipher_default_kdf_iter = {int(default)}")
        # Foreign keys off for the copy (outside a transaction, or the pragma is a no-op):
        # only then does SQLite copy a table whose definition matches the source's with
        # its "transfer optimisation" (the stored records of the table and of each index,
        # in order, appended without decoding or re-sorting; what ``sqlcipher_export`` and
        # VACUUM do), instead of one row at a time with every index b-tree searched and
        # every reference looked up. ``foreign_key_check`` below checks them all at once.
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("BEGIN IMMEDIATE")
        for name, _sql in triggers:
            raw.execute(f"DROP TRIGGER {q(name)}")
        done = 0
        copied: dict[str, int] = {}
        raw.set_progress_handler(lambda: 0 if rep.report(done, total) else 1, 20000)
        try:
            for name in order:
                raw.execute(f"DELETE FROM main.{q(name)}")
                if name != "sqlite_sequence" and _same_definition(raw, name):
                    # Same columns in the same order: ``SELECT *`` (no column list) lets
                    # the transfer optimisation apply; it keeps every rowid.
                    sql = f"INSERT INTO main.{q(name)} SELECT * FROM hsrc.{q(name)}"
                else:
                    cols = shapes[name].select_cols
                    col_sql = ", ".join("rowid" if c == "rowid" else q(c) for c in cols)
                    sql = (
                        f"INSERT INTO main.{q(name)} ({col_sql}) "
                        f"SELECT {col_sql} FROM hsrc.{q(name)}"
                    )
                raw.execute(sql)
                copied[name] = int(
                    raw.execute(f"SELECT count(*) FROM main.{q(name)}").fetchone()[0]
                )
                done += copied[name]
                rep.check(done, total)
            if raw.execute("PRAGMA main.foreign_key_check").fetchone() is not None:
                raise CorruptStoreError(DAMAGED)  # as the deferred check at COMMIT did
        finally:
            raw.set_progress_handler(None, 0)
        raw.execute("COMMIT")
    except sqlcipher.OperationalError:
        if rep.cancelled:
            raise OperationCancelled() from None
        raise
    finally:
        if raw.in_transaction:
            with contextlib.suppress(sqlcipher.DatabaseError):
                raw.execute("ROLLBACK")
        with contextlib.suppress(sqlcipher.DatabaseError):
            raw.execute("DETACH DATABASE hsrc")
        raw.execute(f"PRAGMA cache_size = {int(cache)}")
        raw.execute("PRAGMA foreign_keys = ON")
        if str(raw.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower() != "wal":
            raise StoreIOError(M.HANDOVER_COPY_FAILED)
        raw.execute("BEGIN IMMEDIATE")
    return copied


def copy_all(
    dst: Database,
    src: Database,
    *,
    rep: Reporter,
    source_store_id: str,
    attach: tuple[Path, str, int | None] | None = None,
) -> None:
    """Replace the contents of the fresh store ``dst`` with everything in ``src``.

    Runs inside ``dst``'s open transaction. Tables are found from the schema (nothing is
    hard-coded); both sides must have the same schema version. Triggers are dropped during
    the copy (so nothing fires twice) and recreated; foreign keys are checked at commit.
    With ``attach`` = (file, key, kdf_iter) of ``src`` the rows are copied in C (see
    ``_bulk_copy_attached``); without it they go through Python in batches.
    """
    # drafts: personal unsaved work of the old store's user, not part of the caseload
    skip = (MANIFEST_TABLE, "store_meta", "settings", "drafts")
    src_shapes = {s.name: s for s in real_tables(src, skip)}
    dst_shapes = {s.name: s for s in real_tables(dst, skip)}
    if set(src_shapes) != set(dst_shapes) or any(
        set(src_shapes[n].columns) != set(dst_shapes[n].columns) for n in src_shapes
    ):
        raise MigrationError(M.HANDOVER_SCHEMA_MISMATCH)
    triggers = dst.query("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
    # Counted once (the source is not written meanwhile): the progress total, and what
    # the copy must hold at the end.
    src_counts = {n: int(src.scalar(f"SELECT count(*) FROM {q(n)}")) for n in src_shapes}
    total = sum(src_counts.values()) or 1
    copied: dict[str, int] | None = None
    # sqlite_sequence last: inserting rows updates it, then the source's values win.
    order = sorted(src_shapes, key=lambda n: (n == "sqlite_sequence", n))
    if attach is not None and dst.raw.in_transaction:
        copied = _bulk_copy_attached(dst, attach, triggers, order, dst_shapes, total, rep)
    else:
        dst.execute("PRAGMA defer_foreign_keys = ON")
        for name, _sql in triggers:
            dst.execute(f"DROP TRIGGER {q(name)}")
        done = 0
        for name in order:
            shape = dst_shapes[name]
            cols = shape.select_cols
            col_sql = ", ".join("rowid" if c == "rowid" else q(c) for c in cols)
            dst.execute(f"DELETE FROM {q(name)}")
            ins = f"INSERT INTO {q(name)} ({col_sql}) VALUES ({', '.join('?' * len(cols))})"
            cur = src.execute(f"SELECT {col_sql} FROM {q(name)} ORDER BY {shape.order_by()}")
            while rows := cur.fetchmany(2000):
                dst.executemany(ins, rows)
                done += len(rows)
                rep.check(done, total)
    for key, value in src.query("SELECT key, value FROM store_meta"):
        if key not in OWN_META_KEYS:
            dst.execute("INSERT OR IGNORE INTO store_meta VALUES (?, ?)", (key, value))
    for key, value, updated in src.query("SELECT key, value, updated FROM settings"):
        if not key.startswith(PERSONAL_SETTING_PREFIXES):
            dst.execute(
                "INSERT OR IGNORE INTO settings (key, value, updated) VALUES (?, ?, ?)",
                (key, value, updated),
            )
    for _name, sql in triggers:
        dst.execute(sql)
    if src.scalar("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'"):
        # Keep the query planner's statistics (ANALYZE on a big store takes a while).
        dst.execute("ANALYZE sqlite_schema")
        dst.execute("DELETE FROM sqlite_stat1")
        dst.executemany(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
            src.query("SELECT tbl, idx, stat FROM sqlite_stat1"),
        )
    for name, a in src_counts.items():
        if name == "sqlite_sequence" or copied is None or name not in copied:
            b = int(dst.scalar(f"SELECT count(*) FROM {q(name)}"))
        else:
            b = copied[name]
        if a != b:
            raise MigrationError(M.HANDOVER_COPY_FAILED)
    _record_takeover(dst, source_store_id, retire_identity="exchange_identity" in dst_shapes)


def _record_takeover(dst: Database, source_store_id: str, *, retire_identity: bool) -> None:
    """The new store notes the store it was taken over from. The predecessor's exchange
    keys are theirs, not the successor's: wipe the secret keys; the successor's store makes
    its own identity (docs/uitwisselen.md)."""
    dst.execute(
        "INSERT OR REPLACE INTO store_meta VALUES ('handover_source_store_id', ?)",
        (source_store_id,),
    )
    if retire_identity:
        dst.execute(
            "UPDATE exchange_identity SET status = 'vervallen', age_secret = '', "
            "sign_secret = x'' WHERE status = 'actief'"
        )


def _stage_migrated_copy(c: Database, staging: Path) -> tuple[Database, str]:
    """Copy an older-schema container into an encrypted staging file and migrate it."""
    key = secrets.token_bytes(32)
    target = staging / "staged.db"
    c.execute("PRAGMA query_only = OFF")
    c.execute("ATTACH DATABASE ? AS st KEY ?", (str(target), "x'" + key.hex() + "'"))
    try:
        c.execute("SELECT sqlcipher_export('st')")
        c.execute(f"PRAGMA st.user_version = {int(c.scalar('PRAGMA user_version'))}")
    finally:
        with contextlib.suppress(sqlcipher.DatabaseError):
            c.execute("DETACH DATABASE st")
        c.execute("PRAGMA query_only = ON")
    db = connect(target, key)
    try:
        with db.transaction():
            db.execute(f"DROP TABLE IF EXISTS {MANIFEST_TABLE}")
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db, "x'" + key.hex() + "'"


# --- import from a copy of the file (the usual case) ----------------------------------------

NEW_SCHEMA = "hnew"


def _schema_of(db: Database) -> frozenset[tuple[Any, ...]]:
    """Every table, index, trigger and view with its definition; not the manifest, not the
    query planner's statistics."""
    rows = db.query("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    return frozenset(
        tuple(r) for r in rows if r[2] != MANIFEST_TABLE and not str(r[1]).startswith("sqlite_stat")
    )


def _fresh_schema() -> frozenset[tuple[Any, ...]]:
    """The schema ``migrate`` gives a new store (built in memory)."""
    conn = sqlcipher.connect(":memory:", isolation_level=None, check_same_thread=True)
    try:
        conn.execute(memory_security_pragma())
        db = Database(conn, Path(":memory:"))
        migrate(db)
        return _schema_of(db)
    finally:
        conn.close()


def _export_copy(c: Database, target: Path, key: bytes, rep: Reporter) -> None:
    """``sqlcipher_export`` of the handover file (``c``) into the new store's file
    ``target`` (empty), attached with its raw ``key``: every table and index copied in
    order, as the store's own backup baseline does, no second passphrase derivation, no
    journal (the file is deleted on any failure). Every page the copy reads is checked
    against its HMAC on the way."""
    raw = c.raw

    def run(sql: str) -> None:
        raw.execute(sql).fetchall()  # run to the end: no statement left open

    page_size = int(c.scalar("PRAGMA page_size"))
    total_pages = int(c.scalar("PRAGMA page_count"))
    schema = int(c.scalar("PRAGMA user_version"))
    run("PRAGMA query_only = OFF")
    try:
        raw.execute(
            f"ATTACH DATABASE ? AS {NEW_SCHEMA} KEY ?", (str(target), "x'" + key.hex() + "'")
        )
        try:
            run(f"PRAGMA {NEW_SCHEMA}.journal_mode = OFF")
            raw.set_progress_handler(_export_handler(target, page_size, total_pages, rep), 2000)
            try:
                run(f"SELECT sqlcipher_export('{NEW_SCHEMA}')")
            finally:
                raw.set_progress_handler(None, 0)
            run(f"PRAGMA {NEW_SCHEMA}.user_version = {schema}")
        finally:
            with contextlib.suppress(sqlcipher.DatabaseError):
                raw.execute(f"DETACH DATABASE {NEW_SCHEMA}")
    finally:
        run("PRAGMA query_only = ON")


def _pages_ok(db: Database) -> bool:
    """Every page's HMAC, the whole file (also pages no table uses)."""
    return not db.query("PRAGMA cipher_integrity_check")


def _copy_sound(db: Database) -> bool:
    """The copy's b-trees and row constraints (``btree_ok``) and every reference between its
    rows (it was written with foreign keys off)."""
    if not container.btree_ok(db):
        return False
    return db.raw.execute("PRAGMA foreign_key_check").fetchone() is None


def _strip_for_new_store(db: Database) -> None:
    """What the new store does not take over from the file (as ``copy_all`` leaves out):
    the manifest, the old store's identity, personal settings, the leaving user's drafts."""
    db.execute(f"DROP TABLE {MANIFEST_TABLE}")
    db.executemany("DELETE FROM store_meta WHERE key = ?", [(k,) for k in OWN_META_KEYS])
    db.executemany(
        "DELETE FROM settings WHERE substr(key, 1, ?) = ?",
        [(len(p), p) for p in PERSONAL_SETTING_PREFIXES],
    )
    db.execute("DELETE FROM drafts")


def _builder(
    c: Database,
    source: Path,
    phrase: str,
    stated: Manifest,
    schema: frozenset[tuple[Any, ...]],
    rep: Reporter,
) -> Callable[[Path, bytes], None]:
    """``Vault.init``'s ``build``: the new store's file as a verified copy of the handover
    file under the new store's key. While ``sqlcipher_export`` copies the file into it, a
    second connection checks every page's HMAC of the file on its own thread; then the
    copy itself is verified (b-trees, constraints and every reference on a second thread;
    manifest, counts, digest and schema here): what is verified is what becomes the store,
    which it does only after ``Vault.init`` completes (the copy is deleted on any failure)."""

    def build(target: Path, key: bytes) -> None:
        pages = StructureCheck(lambda: open_container(source, phrase), _pages_ok)
        pages.beside(lambda: _build_checked(target, key))

    def _build_checked(target: Path, key: bytes) -> None:
        rep.phase(0, 300)
        try:
            _export_copy(c, target, key, rep)
        except sqlcipher.DatabaseError as exc:
            if rep.cancelled or "interrupt" in str(exc).lower():
                raise OperationCancelled() from None
            if low_space(exc, target.parent):
                raise write_failure(exc, target.parent) from None
            raise CorruptStoreError(DAMAGED) from None
        rep.phase(300, 960)
        try:
            db = connect(target, key)
            try:
                manifest = verify_container(
                    db,
                    expect_kind=KIND_HANDOVER,
                    latest_schema=latest_version(),
                    report=rep,
                    reopen=lambda: connect(target, key),
                    structure=_copy_sound,
                )
                if manifest != stated or _schema_of(db) != schema:
                    raise CorruptStoreError(DAMAGED)  # the file changed while it was read
                rep.phase(960, 980)
                with db.transaction():
                    _strip_for_new_store(db)
            finally:
                db.close()
        except CorruptStoreError as exc:
            if exc.msg_id == M.DB_CORRUPT.id:  # from storage.db: the same finding
                raise CorruptStoreError(DAMAGED) from None
            raise

    return build


def import_handover(
    vault: Vault,
    path: Path,
    passphrase: str,
    password: str,
    *,
    password_only: bool = False,
    initial_settings: dict[str, Any] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Create a new store in ``vault``'s (empty) data folder from a handover file.

    Verifies the whole file before a store exists. A current file (the schema a new store
    gets here) is copied into the new store's temporary file under the new key while its
    pages are checked, and that copy is then verified itself (``_builder``); a current
    file with a schema of its own is verified on a second connection while its rows are
    copied into a freshly migrated store; an older or refused file is verified first. The
    temporary file becomes the store only when every check held (it is deleted otherwise).
    Returns the new recovery code (show once). The new store is closed again; the caller
    unlocks it on its own thread with ``vault.unlock``.
    """
    if vault.exists():
        raise StoreExistsError(M.HANDOVER_FOLDER_NOT_EMPTY)
    phrase = normalize_passphrase(passphrase)
    rep = Reporter(progress)
    made_dir = not vault.data_dir.exists()
    c = open_container(Path(path), phrase)
    staging: Path | None = None
    src: Database = c
    attach: tuple[Path, str, int | None] = (Path(path), phrase, kdf_iter())
    background: BackgroundVerification | None = None
    build: Callable[[Path, bytes], None] | None = None
    try:
        stated = peek_manifest(c)
        current = (
            stated is not None
            and stated.kind == KIND_HANDOVER
            and stated.format_version <= FORMAT_VERSION
            and stated.schema_version == latest_version()
        )
        schema = _fresh_schema() if current else frozenset()
        if current and stated is not None and _schema_of(c) == schema:
            # The usual case: the new store is a copy of the file under its own key, the
            # file's pages checked meanwhile and the copy verified (see ``_builder``).
            manifest = stated
            build = _builder(c, Path(path), phrase, stated, schema, rep)
        elif current and stated is not None:
            # A schema of its own (objects the new store does not have): verify on a
            # second connection while the rows are copied into the new store, which becomes
            # the store only after the verification held (the copy is deleted otherwise).
            # The copy reports the progress.
            background = BackgroundVerification(
                lambda: open_container(Path(path), phrase),
                expect_kind=KIND_HANDOVER,
                latest_schema=latest_version(),
            )
            background.start()
            manifest = stated
            rep.phase(0, 980)
        else:  # refused, or an older schema: verify first (then migrate a staged copy)
            rep.phase(0, 300)
            manifest = verify_container(
                c,
                expect_kind=KIND_HANDOVER,
                latest_schema=latest_version(),
                report=rep,
                reopen=lambda: open_container(Path(path), phrase),
            )
            if manifest.schema_version < latest_version():
                rep.phase(300, 400)
                vault.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
                staging = vault.data_dir / f".overdracht-{secrets.token_hex(4)}"
                staging.mkdir(mode=0o700)
                src, raw_key = _stage_migrated_copy(c, staging)
                attach = (src.path, raw_key, None)
            rep.phase(400, 980)

        def populate(db: Database) -> None:
            if build is not None:  # the rows are in place already, verified
                _record_takeover(db, manifest.source_store_id, retire_identity=True)
            else:
                copy_all(db, src, rep=rep, source_store_id=manifest.source_store_id, attach=attach)
            if background is not None and background.result(rep) != manifest:
                raise CorruptStoreError(DAMAGED)  # the file changed while it was read
            who = (initial_settings or {}).get("user.name") or audit.os_user()
            audit.append(
                db,
                actor=str(who),
                action="handover_import",
                object_type="store",
                object_id=manifest.source_store_id,
                details=(
                    f"schema {manifest.schema_version}->{latest_version()}; "
                    f"digest {manifest.digest[:16]}"
                ),
            )

        try:
            store, code = vault.init(
                password,
                password_only=password_only,
                initial_settings=initial_settings,
                populate=populate,
                build=build,
            )
        except (sqlcipher.DatabaseError, StoreError) as exc:
            if rep.cancelled:
                raise OperationCancelled() from None
            if background is not None:
                # A damaged file may break the copy before its verification tells: the
                # verification's verdict is the one to report.
                background.result()
            if isinstance(exc, sqlcipher.OperationalError):
                size = Path(path).stat().st_size
                raise write_failure(exc, vault.data_dir.parent, size) from None
            if isinstance(exc, sqlcipher.DatabaseError):
                raise CorruptStoreError(DAMAGED) from None
            raise
        store_id = store.store_id
        store.close(record=False)
    finally:
        if background is not None:
            background.stop()  # at once if it finished; interrupted if the import failed
        if src is not c:
            src.close()
        c.close()
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if made_dir and not vault.exists():
            with contextlib.suppress(OSError):
                vault.data_dir.rmdir()
    rep.finish()
    return ImportResult(code, manifest, store_id)
