"""Encrypted backups: consistent copies of the live store, rotation, listing, restore.

A backup is a folder ``baken-backup-<store8>-<UTC stamp>`` in the backup folder (default
``<data dir>/backups``; setting ``backup.folder``, e.g. a network share or USB stick) holding
``baken.db`` (the encrypted bytes copied under a consistent read snapshot, or page by page
with SQLite's online backup API when the WAL is busy: the same SQLCipher key and protection
as the store), ``baken.keys.json`` (the key file at that moment)
and ``backup.json`` (format, store id, time, schema version, reason — no personal data),
``baken.audit-anchor.json`` (the head of the copy's audit log, see ``storage.audit``).
Format version 2 authenticates ``backup.json`` with HMAC-SHA256 under a key derived from
the store key (HKDF, "baken-backup-info-v1"); ``verify_backup`` is the one check of a
backup (metadata, key file, database, anchor) used by the listing and before a restore.
Such a folder is itself a valid data folder: ``baken recover --data-dir <folder>`` opens it
with the recovery code on a new laptop.

UI/CLI API (worker-thread safe: each call opens its own connection):

* ``create_backup(store, folder=None, progress=None, reason="handmatig") -> BackupEntry``
* ``maybe_auto_backup(store, progress=None) -> BackupEntry | None`` (at unlock or close)
* ``backup_status(store) -> BackupStatus`` (status bar; ``warning`` after 7 days)
* ``list_backups(store) -> list[BackupEntry]``; ``inspect_backup(store, entry) -> BackupCheck``
* ``restore_backup(store, entry, progress=None) -> RestoreResult`` — after the user confirmed.
  Locks ``store``; the caller unlocks again afterwards. The replaced store is kept as a
  safety copy in ``<data dir>/herstel-veiligheidskopie-<stamp>/``. In the UI split it:
  ``ticket = begin_restore(store, entry)`` on the UI thread (audit + lock, fast), then
  ``finish_restore(ticket, progress)`` in a worker.
* Threads: ``backup_due``, ``backup_status``, ``list_backups``, ``begin_restore`` and
  ``maybe_auto_backup`` use ``store.db`` (the store's own thread); ``create_backup``,
  ``inspect_backup`` and ``finish_restore`` open their own connections (worker threads).
* ``restore_with_password(vault, backup_dir, password)`` — for the CLI, also when the
  current store can no longer be opened.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlcipher3 import dbapi2 as sqlcipher

from storage import audit, folderlock, settings, stats, tempfiles
from storage import messages as M
from storage.container import (
    OperationCancelled,
    Progress,
    Reporter,
    fsync_file,
    write_failure,
)
from storage.db import BUSY_TIMEOUT_MS, Database, connect
from storage.errors import (
    CorruptStoreError,
    NoStoreError,
    StoreError,
    StoreIOError,
    WrongSecretError,
    io_message,
)
from storage.files import atomic_write, copy_file_durable, fsync_dir
from storage.keys import KeyFile, slot_problems
from storage.vault import DB_NAME, KEYFILE_NAME, Store, Vault

FORMAT = "baken-backup"
FORMAT_VERSION = 2
LEGACY_FORMAT_VERSION = 1  # before issue 14: backup.json not authenticated, no anchor
INFO_NAME = "backup.json"
PREFIX = "baken-backup-"
SAFETY_PREFIX = "herstel-veiligheidskopie-"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
WARN_AFTER_DAYS = 7

SETTING_FOLDER = "backup.folder"
SETTING_INTERVAL = "backup.interval_days"  # 0 = no automatic backups
SETTING_LAST_OK = "backup.last_ok"
SETTING_LAST_ERROR = "backup.last_error"

BACKUP_DAMAGED = M.BACKUP_DAMAGED()
OTHER_STORE = M.BACKUP_OTHER_STORE()

_NAME_RE = re.compile(r"^baken-backup-([0-9a-f]{8})-(\d{8}T\d{9}Z)$")


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    created: str  # ISO 8601 UTC
    store_id: str
    schema_version: int
    reason: str

    @property
    def created_dt(self) -> datetime:
        return datetime.fromisoformat(self.created.replace("Z", "+00:00"))


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    counts: dict[str, int]
    schema_version: int
    message: str


@dataclass(frozen=True)
class BackupStatus:
    last_ok: str | None
    days_since: float | None
    warning: bool
    last_error: str | None


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupEntry
    safety_copy: Path


# --- helpers --------------------------------------------------------------------------------


def _key(store: Store) -> bytes:
    # Storage-internal: the raw database key the store holds (never leaves this package).
    return bytes(store._key)  # noqa: SLF001


def _db_size(store: Store) -> int:
    try:
        return store.vault.db_path.stat().st_size
    except OSError:
        return 0


def _stamp(dt: datetime) -> str:
    return dt.strftime("%Y%m%dT%H%M%S") + f"{dt.microsecond // 1000:03d}Z"


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def default_folder(store: Store) -> Path:
    return store.vault.data_dir / "backups"


def backup_folder(store: Store, db: Database | None = None) -> Path:
    value = settings.get(db or store.db, SETTING_FOLDER)
    return Path(value) if value else default_folder(store)


def set_backup_folder(store: Store, folder: Path | None) -> None:
    """Set (or with None reset) the backup folder; it must exist and be writable."""
    with store.db.transaction():
        if folder is None:
            store.db.execute("DELETE FROM settings WHERE key = ?", (SETTING_FOLDER,))
        else:
            if not folder.is_dir() or not os.access(folder, os.W_OK):
                raise StoreIOError(M.BACKUP_FOLDER_UNUSABLE)
            settings.put(store.db, SETTING_FOLDER, str(folder))
        store.audit("backup_folder", object_type="store", object_id=store.store_id)


def _cancel_progress(rep: Reporter) -> Callable[[int, int, int], None]:
    def cb(_status: int, remaining: int, total: int) -> None:
        rep.check(total - remaining, total)

    return cb


def _verify_db(
    path: Path,
    key: bytes,
    store_id: str | None = None,
    *,
    full: bool = True,
    anchor_dir: Path | None = None,
) -> BackupCheck:
    """Open a backup copy with ``key``; check HMACs, structure and audit chain. Read only.

    ``full=False`` (right after writing a copy) checks the HMAC of every page only: that
    proves the copy holds exactly the pages the store wrote. ``inspect_backup`` (before a
    restore) adds the structure check and the audit chain."""
    try:
        db = connect(path, key)
    except (CorruptStoreError, NoStoreError, StoreIOError):
        return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
    try:
        if db.query("PRAGMA cipher_integrity_check"):
            return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
        if full and db.query("PRAGMA integrity_check") != [("ok",)]:
            return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
        if full and not audit.verify_chain_fast(db).ok:
            return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
        sid = db.scalar("SELECT value FROM store_meta WHERE key = 'store_id'")
        if store_id is not None and sid != store_id:
            return BackupCheck(False, {}, 0, OTHER_STORE)
        if anchor_dir is not None:
            try:
                anchor = audit.read_anchor(
                    anchor_dir / audit.ANCHOR_NAME, audit.anchor_key(key), str(sid), strict=True
                )
            except audit.AnchorError:
                anchor = None
            if anchor is None or anchor != audit.head(db):
                return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
        return BackupCheck(
            True, stats.counts(db), int(db.scalar("PRAGMA user_version")), M.BACKUP_OK()
        )
    except (CorruptStoreError, sqlcipher.DatabaseError):
        return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
    finally:
        db.close()


def _info_key(key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"baken-backup-info-v1"
    ).derive(key)


def _info_mac(key: bytes, info: dict[str, Any]) -> str:
    canonical = json.dumps(info, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(_info_key(key), canonical, hashlib.sha256).hexdigest()


def _info_bytes(info: dict[str, Any]) -> bytes:
    return (json.dumps(info, indent=2, sort_keys=True) + "\n").encode()


def _info_authentic(path: Path, key: bytes) -> bool:
    """backup.json: version 2 byte-exact and with a valid MAC (version 1: well-formed)."""
    try:
        raw = (path / INFO_NAME).read_bytes()
        info = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(info, dict):
        return False
    if info.get("format_version") == LEGACY_FORMAT_VERSION:
        return raw == (json.dumps(info, indent=2) + "\n").encode()
    if info.get("format_version") != FORMAT_VERSION:
        return False
    mac = info.pop("mac", None)
    return (
        isinstance(mac, str)
        and hmac.compare_digest(_info_mac(key, info), mac)
        and raw == _info_bytes({**info, "mac": mac})
    )


def verify_backup(path: Path, key: bytes, store_id: str) -> BackupCheck:
    """The one verification of a backup folder, read only: its metadata (authentic), its
    key file (authentic, this store's, both slots well-formed), its database (opens with
    ``key``, HMAC of every page, structure, audit chain) and its audit anchor."""
    entry = _read_entry(path)
    if entry is None or not _info_authentic(path, key):
        return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
    if entry.store_id != store_id:
        return BackupCheck(False, {}, 0, OTHER_STORE)
    try:
        kf = KeyFile.from_bytes((path / KEYFILE_NAME).read_bytes())
        kf.check_mac(key)
    except (OSError, StoreError):
        return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
    if kf.store_id != store_id or slot_problems(kf):
        return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
    legacy = _format_version(path) == LEGACY_FORMAT_VERSION
    check = _verify_db(path / DB_NAME, key, store_id, anchor_dir=None if legacy else path)
    if check.ok and check.schema_version != entry.schema_version:
        return BackupCheck(False, {}, 0, BACKUP_DAMAGED)
    return check


def _format_version(path: Path) -> int:
    try:
        return int(json.loads((path / INFO_NAME).read_text("utf-8"))["format_version"])
    except (OSError, ValueError, KeyError, TypeError):
        return -1


# --- create ---------------------------------------------------------------------------------


def _snapshot_copy(src: Database, db_path: Path, target: Path, key: bytes, rep: Reporter) -> int:
    """Copy one consistent snapshot of the store to ``target`` (same key). Returns the schema.

    Fast path: checkpoint the WAL into the file, then hold a read transaction that sees an
    empty WAL. Such a reader holds WAL read-lock 0, and no checkpoint may write into the
    database file while it does, so the (already encrypted) bytes can be copied as they
    are. If other connections keep the WAL busy, the online backup API copies page by page.
    """
    wal = Path(str(db_path) + "-wal")
    # Do not wait long for other readers: if the WAL stays busy, the page copy below is
    # just as consistent.
    src.execute("PRAGMA busy_timeout = 1000")
    try:
        busy = src.query("PRAGMA wal_checkpoint(TRUNCATE)")[0][0]
    finally:
        src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    src.execute("BEGIN")
    try:
        src.scalar("SELECT count(*) FROM sqlite_schema")
        schema = int(src.scalar("PRAGMA user_version"))
        frozen = not busy and (not wal.exists() or wal.stat().st_size == 0)
        if frozen:
            size = db_path.stat().st_size
            done = 0
            with open(db_path, "rb") as fin, open(target, "xb") as fout:
                os.chmod(target, 0o600)
                while block := fin.read(4 << 20):
                    fout.write(block)
                    done += len(block)
                    rep.check(done, size)
                fout.flush()
                os.fsync(fout.fileno())
        else:
            dst = connect(target, key, create=True)
            try:
                src.raw.backup(dst.raw, pages=1024, progress=_cancel_progress(rep))
            finally:
                dst.close()
    finally:
        with contextlib.suppress(sqlcipher.DatabaseError):
            src.execute("COMMIT")
    return schema


def _write_anchor_of_copy(folder: Path, key: bytes, store_id: str) -> None:
    """The anchor of the copy itself: exactly the head of the copied audit log."""
    db = connect(folder / DB_NAME, key)
    try:
        current = audit.head(db)
    finally:
        db.close()
    if current is not None:
        audit.write_anchor(folder / audit.ANCHOR_NAME, audit.anchor_key(key), store_id, current)


def _cleanup_stale(folder: Path, store: Store) -> None:
    """Temp folders of this store's killed backups; never while another process of this
    store runs (it may be writing one of them right now)."""
    hold = store.folder_lock
    if hold is None or hold.exclusive_now():
        tempfiles.sweep_folder(folder, tempfiles.backup_temp_re(store.store_id))


def create_backup(
    store: Store,
    *,
    folder: Path | None = None,
    progress: Progress | None = None,
    reason: str = "handmatig",
    rotate_after: bool = True,
) -> BackupEntry:
    """Make a verified, encrypted backup of the live store (consistent snapshot)."""
    rep = Reporter(progress)
    src = store.open_worker_db()
    try:
        target_root = Path(folder) if folder else backup_folder(store, src)
        try:
            target_root.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreIOError(io_message(exc)) from None
        now = datetime.now(UTC)
        name = f"{PREFIX}{store.store_id.replace('-', '')[:8]}-{_stamp(now)}"
        final = target_root / name
        tmp = target_root / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            _cleanup_stale(target_root, store)
            if final.exists():
                raise StoreError(M.BACKUP_SAME_TIME)
            tmp.mkdir(mode=0o700)
            key = _key(store)
            rep.phase(0, 700)
            schema = _snapshot_copy(src, store.vault.db_path, tmp / DB_NAME, key, rep)
            rep.phase(700, 950)
            check = _verify_db(tmp / DB_NAME, key, store.store_id, full=False)
            if not check.ok:
                raise StoreIOError(M.BACKUP_UNVERIFIED)
            rep.check(1, 1)
            atomic_write(tmp / KEYFILE_NAME, store.vault.keyfile_path.read_bytes())
            _write_anchor_of_copy(tmp, key, store.store_id)
            info: dict[str, Any] = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "store_id": store.store_id,
                "created": _iso(now),
                "schema_version": schema,
                "reason": reason,
            }
            info["mac"] = _info_mac(key, info)
            atomic_write(tmp / INFO_NAME, _info_bytes(info))
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(OSError):
                    (tmp / (DB_NAME + suffix)).unlink()
            fsync_file(tmp / DB_NAME)
            fsync_dir(tmp)
            os.replace(tmp, final)
            fsync_dir(target_root)
        except BaseException as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            result = "afgebroken" if isinstance(exc, OperationCancelled) else "mislukt"
            with contextlib.suppress(StoreError, sqlcipher.DatabaseError), src.transaction():
                settings.put(src, SETTING_LAST_ERROR, _iso(datetime.now(UTC)))
                audit.append(
                    src,
                    actor=store.actor,
                    action="backup",
                    object_type="store",
                    object_id=store.store_id,
                    result=result,
                    details=reason,
                )
            if isinstance(exc, sqlcipher.OperationalError):
                raise write_failure(exc, target_root, _db_size(store)) from None
            if isinstance(exc, OSError):
                raise StoreIOError(io_message(exc)) from None
            raise
        entry = BackupEntry(final, _iso(now), store.store_id, schema, reason)
        with src.transaction():
            settings.put(src, SETTING_LAST_OK, entry.created)
            audit.append(
                src,
                actor=store.actor,
                action="backup",
                object_type="store",
                object_id=store.store_id,
                details=f"{reason}; {name}",
            )
        if rotate_after:
            rotate(target_root, store.store_id, now=now)
    finally:
        src.close()
    rep.finish()
    return entry


# --- status and schedule --------------------------------------------------------------------


def backup_status(store: Store, now: datetime | None = None) -> BackupStatus:
    now = now or datetime.now(UTC)
    last = settings.get(store.db, SETTING_LAST_OK)
    err = settings.get(store.db, SETTING_LAST_ERROR)
    if not last:
        created = store.db.scalar("SELECT value FROM store_meta WHERE key = 'created'")
        age = _days_between(created, now) if created else None
        return BackupStatus(None, None, age is None or age > WARN_AFTER_DAYS, err)
    days = _days_between(last, now)
    return BackupStatus(str(last), days, days is None or days > WARN_AFTER_DAYS, err)


def _days_between(iso: Any, now: datetime) -> float | None:
    try:
        then = datetime.fromisoformat(str(iso).replace("Z", "+00:00"))
    except ValueError:
        return None
    return (now - then).total_seconds() / 86400


def backup_due(store: Store, now: datetime | None = None) -> bool:
    interval = settings.get(store.db, SETTING_INTERVAL, 1)
    if not interval:
        return False
    status = backup_status(store, now)
    return status.days_since is None or status.days_since >= float(interval)


def maybe_auto_backup(store: Store, *, progress: Progress | None = None) -> BackupEntry | None:
    """The scheduled backup: at unlock or close, if the interval (default a day) has passed."""
    if not backup_due(store):
        return None
    return create_backup(store, progress=progress, reason="automatisch")


# --- listing and rotation -------------------------------------------------------------------


def _read_entry(path: Path) -> BackupEntry | None:
    if not _NAME_RE.match(path.name) or not path.is_dir():
        return None
    try:
        info = json.loads((path / INFO_NAME).read_text("utf-8"))
        if info.get("format") != FORMAT:
            return None
        return BackupEntry(
            path=path,
            created=str(info["created"]),
            store_id=str(info["store_id"]),
            schema_version=int(info["schema_version"]),
            reason=str(info.get("reason", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_backups_in(folder: Path, store_id: str | None = None) -> list[BackupEntry]:
    """Backups in ``folder`` (of ``store_id`` if given), newest first."""
    if not folder.is_dir():
        return []
    out = []
    for p in folder.iterdir():
        entry = _read_entry(p)
        if entry is not None and (store_id is None or entry.store_id == store_id):
            out.append(entry)
    return sorted(out, key=lambda e: e.created, reverse=True)


def list_backups(store: Store) -> list[BackupEntry]:
    return list_backups_in(backup_folder(store), store.store_id)


def plan_rotation(entries: list[BackupEntry]) -> tuple[list[BackupEntry], list[BackupEntry]]:
    """Grandfather-father-son: newest per day (7 days), ISO week (4), month (12)."""
    newest_first = sorted(entries, key=lambda e: e.created, reverse=True)
    keep: set[Path] = set()
    for count, key in (
        (KEEP_DAILY, lambda d: d.date().isoformat()),
        (KEEP_WEEKLY, lambda d: f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}"),
        (KEEP_MONTHLY, lambda d: d.strftime("%Y-%m")),
    ):
        seen: list[str] = []
        for e in newest_first:
            k = key(e.created_dt)
            if k not in seen:
                if len(seen) >= count:
                    break
                seen.append(k)
                keep.add(e.path)
    kept = [e for e in newest_first if e.path in keep]
    drop = [e for e in newest_first if e.path not in keep]
    return kept, drop


def rotate(folder: Path, store_id: str, now: datetime | None = None) -> list[Path]:
    """Delete backups of this store that fall outside the rotation. Returns what went."""
    _kept, drop = plan_rotation(list_backups_in(folder, store_id))
    removed = []
    for e in drop:
        shutil.rmtree(e.path, ignore_errors=True)
        if not e.path.exists():
            removed.append(e.path)
    if removed:
        fsync_dir(folder)
    return removed


def inspect_backup(store: Store, entry: BackupEntry) -> BackupCheck:
    """Verify one backup (``verify_backup``) and count its records."""
    return verify_backup(entry.path, _key(store), store.store_id)


# --- restore --------------------------------------------------------------------------------


def _swap_in(
    vault: Vault, backup_dir: Path, key: bytes, store_id: str, actor: str, rep: Reporter
) -> RestoreResult:
    entry = _read_entry(backup_dir)
    if entry is None:
        raise CorruptStoreError(BACKUP_DAMAGED)
    if entry.store_id != store_id:
        raise StoreError(OTHER_STORE)
    rep.phase(0, 400)
    check = verify_backup(backup_dir, key, store_id)
    if not check.ok:
        raise CorruptStoreError(check.message)
    rep.check(1, 1)
    data = vault.data_dir
    now = datetime.now(UTC)
    safety = data / f"{SAFETY_PREFIX}{_stamp(now)}"
    tmp_db = data / f".{DB_NAME}.{secrets.token_hex(4)}.restore"
    _checkpoint_quietly(vault.db_path, key)
    try:
        rep.phase(400, 700)
        if vault.db_path.exists():
            safety.mkdir(mode=0o700)
            copy_file_durable(vault.db_path, safety / DB_NAME)
            if vault.keyfile_path.exists():
                copy_file_durable(vault.keyfile_path, safety / KEYFILE_NAME)
            if (data / audit.ANCHOR_NAME).exists():
                copy_file_durable(data / audit.ANCHOR_NAME, safety / audit.ANCHOR_NAME)
        rep.check(1, 1)
        rep.phase(700, 950)
        copy_file_durable(backup_dir / DB_NAME, tmp_db)
        rep.check(1, 1)
        for suffix in ("-wal", "-shm"):
            stale = Path(str(vault.db_path) + suffix)
            if stale.exists():
                if safety.is_dir():
                    os.replace(stale, safety / (DB_NAME + suffix))
                else:
                    stale.unlink()
        own_keyfile_ok = False
        with contextlib.suppress(StoreError, OSError):
            own_keyfile_ok = KeyFile.from_bytes(vault.keyfile_path.read_bytes()).store_id == (
                store_id
            )
        if not own_keyfile_ok:
            atomic_write(vault.keyfile_path, (backup_dir / KEYFILE_NAME).read_bytes())
        # The anchor goes with the log it describes (before the database: a crash in
        # between leaves an anchor the current log still extends).
        if (backup_dir / audit.ANCHOR_NAME).exists():
            copy_file_durable(backup_dir / audit.ANCHOR_NAME, data / audit.ANCHOR_NAME)
        else:
            with contextlib.suppress(FileNotFoundError):
                (data / audit.ANCHOR_NAME).unlink()
        os.replace(tmp_db, vault.db_path)
        fsync_dir(data)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp_db.unlink()
        if isinstance(exc, OSError):
            raise StoreIOError(io_message(exc)) from None
        raise
    db = connect(vault.db_path, key)
    try:
        audit.append(
            db,
            actor=actor,
            action="restore",
            object_type="store",
            object_id=store_id,
            details=f"{backup_dir.name}; veiligheidskopie {safety.name}",
        )
    finally:
        db.close()
    rep.finish()
    return RestoreResult(entry, safety)


def _checkpoint_quietly(db_path: Path, key: bytes) -> None:
    """Fold the WAL into the file before it is copied, so the safety copy is whole on its
    own. Nobody else has the store open (the exclusive folder lock); a damaged current file
    is copied as it is."""
    with contextlib.suppress(StoreError, sqlcipher.DatabaseError, OSError):
        db = connect(db_path, key)
        try:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()


@dataclass(frozen=True)
class RestoreTicket:
    """A locked store, ready for ``finish_restore`` on a worker thread. ``lock`` is the
    exclusive hold on the data folder (nobody else has the store open until the swap is
    done); ``finish_restore`` releases it."""

    vault: Vault
    entry: BackupEntry
    store_id: str
    actor: str
    key: bytes = field(repr=False)
    lock: folderlock.FolderLock | None = field(default=None, repr=False)


def begin_restore(store: Store, entry: BackupEntry) -> RestoreTicket:
    """On the store's own thread, after the user confirmed: audit and lock the store.

    Refuses (``FolderBusyError``, nothing changed) while another Baken process has the store
    open: its later commits would be lost with the replaced file."""
    if entry.store_id != store.store_id:
        raise StoreError(OTHER_STORE)
    hold = store.vault.lock_folder(folderlock.EXCLUSIVE)
    try:
        key = _key(store)
        store.audit(
            "restore_replaced",
            object_type="store",
            object_id=store.store_id,
            details=entry.path.name,
        )
        ticket = RestoreTicket(store.vault, entry, store.store_id, store.actor, key, hold)
        store.close(record=False)
    except BaseException:
        hold.release()
        raise
    return ticket


def finish_restore(ticket: RestoreTicket, *, progress: Progress | None = None) -> RestoreResult:
    """Any thread: verify the backup, keep a safety copy, swap the backup in."""
    hold = ticket.lock or ticket.vault.lock_folder(folderlock.EXCLUSIVE)
    try:
        return _swap_in(
            ticket.vault,
            ticket.entry.path,
            ticket.key,
            ticket.store_id,
            ticket.actor,
            Reporter(progress),
        )
    finally:
        hold.release()


def restore_backup(
    store: Store, entry: BackupEntry, *, progress: Progress | None = None
) -> RestoreResult:
    """Restore ``entry`` over the current store (only after the user confirmed), in one go.

    Verifies the backup first (a damaged one is refused while the store stays open); the
    current store is locked and kept as a safety copy. The UI uses ``inspect_backup`` and
    ``begin_restore`` on its thread and ``finish_restore`` in a worker instead.
    """
    check = inspect_backup(store, entry)
    if not check.ok:
        raise CorruptStoreError(check.message)
    return finish_restore(begin_restore(store, entry), progress=progress)


def restore_with_password(
    vault: Vault, backup_dir: Path, password: str, *, progress: Progress | None = None
) -> RestoreResult:
    """CLI restore: unlock the current store (or, if that is gone or damaged, the backup's
    own key file) with ``password`` and restore ``backup_dir`` over it."""
    entry = _read_entry(Path(backup_dir))
    if entry is None:
        raise CorruptStoreError(BACKUP_DAMAGED)
    try:
        store = vault.unlock(password)
    except (CorruptStoreError, NoStoreError):
        store = None
    if store is not None:
        if store.store_id != entry.store_id:
            store.close()
            raise StoreError(OTHER_STORE)
        try:
            return restore_backup(store, entry, progress=progress)
        finally:
            store.close()  # still open only if the restore was refused before the swap
    # The current store cannot be opened: open the backup itself (read only) for the key.
    try:
        bstore = Vault(Path(backup_dir), access=folderlock.NONE).unlock(password, record=False)
    except WrongSecretError:
        raise WrongSecretError(M.BACKUP_WRONG_PASSWORD) from None
    key, actor = _key(bstore), bstore.actor
    bstore.close(record=False)
    with vault.lock_folder(folderlock.EXCLUSIVE):
        return _swap_in(vault, Path(backup_dir), key, entry.store_id, actor, Reporter(progress))
