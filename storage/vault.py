"""The vault: a data folder with an encrypted store and its key file.

``Vault`` creates, unlocks and recovers a store; ``Store`` is an unlocked store. Closing a
``Store`` (locking) closes the database and drops the key it held.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage import audit, datafolder, folderlock, keys, settings, stats, tempfiles
from storage import messages as M
from storage.datafolder import DB_NAME, FAILURES_NAME, KEYFILE_NAME, MAX_RECORDED_FAILURES
from storage.datafolder import default_data_dir as default_data_dir  # re-exported
from storage.db import Database, connect
from storage.errors import (
    CorruptStoreError,
    KeyringSecretMissingError,
    KeyringUnavailableError,
    NoStoreError,
    StoreError,
    StoreExistsError,
    StoreIOError,
    WrongSecretError,
    io_message,
)
from storage.files import atomic_write, fsync_dir
from storage.folderlock import FolderLock
from storage.migrations import latest_version, migrate
from storage.password_policy import require_acceptable
from storage.secrets import OsKeyring

BACKUP_MARK = "backup.json"  # storage.backup.INFO_NAME: the folder is a backup copy

NO_STORE = M.VAULT_NO_STORE()
KEYRING_CHANGED = M.VAULT_KEYRING_CHANGED()


BACKUP_COPY = (
    "Deze map is een back-up, geen gegevensmap in gebruik. Baken opent of herstelt een "
    "back-up niet rechtstreeks op een computer waar deze gegevens in gebruik zijn: dat zou "
    "de back-up veranderen en de sleutelbos van de gegevens in gebruik overschrijven. Er is "
    "niets gewijzigd. Zet de back-up terug met 'baken restore --data-dir <gegevensmap> "
    "<back-upmap>'."
)


SecretStoreFactory = Callable[[], OsKeyring]


class Vault:
    """A data folder. ``access`` is how ``unlock`` takes the folder lock (see
    ``storage.folderlock``): ``READ`` (shared; the default, for checks and exports) or
    ``WRITE`` (the one writer: the app, CLI commands that change the store). ``lock_wait``
    is how long a writer waits for another one (None: ``folderlock.WAIT_SECONDS``; the app
    uses 0 and is refused at once)."""

    def __init__(
        self,
        data_dir: Path,
        keyring_factory: SecretStoreFactory = OsKeyring,
        *,
        access: str = folderlock.READ,
        lock_wait: float | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = self.data_dir / DB_NAME
        self.keyfile_path = self.data_dir / KEYFILE_NAME
        self.failures_path = self.data_dir / FAILURES_NAME
        self._keyring_factory = keyring_factory
        self.access = access
        self.lock_wait = lock_wait

    def lock_folder(self, mode: str | None = None, *, wait: float | None = None) -> FolderLock:
        """Take the data folder's lock (``FolderBusyError`` when another process has it)."""
        mode = mode or self.access
        try:
            return folderlock.acquire(
                self.data_dir, mode, wait=self.lock_wait if wait is None else wait
            )
        except folderlock.FolderBusyError:
            if self.lock_wait == 0 and mode == folderlock.WRITE:
                raise folderlock.FolderBusyError(folderlock.BUSY_APP) from None
            raise

    def _lock_for_open(self, store_id: str, mode: str | None = None) -> FolderLock:
        hold = self.lock_folder(mode)
        try:
            if hold.held and hold.exclusive_now():
                # Nobody else has the folder open: what a killed run left is garbage now.
                tempfiles.sweep_data_folder(self.data_dir)
                tempfiles.sweep_folder(
                    self.data_dir / "backups", tempfiles.backup_temp_re(store_id)
                )
        except BaseException:
            hold.release()
            raise
        return hold

    # -- state -------------------------------------------------------------------------
    def exists(self) -> bool:
        return datafolder.store_exists(self.data_dir)

    def read_keyfile(self, *, strict: bool = True) -> keys.KeyFile:
        if not self.data_dir.is_dir():
            raise NoStoreError(NO_STORE)
        if not self.keyfile_path.exists():
            if self.db_path.exists():
                raise CorruptStoreError(M.VAULT_KEYFILE_MISSING)
            raise NoStoreError(NO_STORE)
        if not self.db_path.exists():
            raise NoStoreError(NO_STORE)
        try:
            raw = self.keyfile_path.read_bytes()
        except OSError as exc:
            raise StoreIOError(io_message(exc)) from None
        return keys.KeyFile.from_bytes(raw, strict=strict)

    def is_backup_copy(self) -> bool:
        return (self.data_dir / BACKUP_MARK).is_file()

    def _store_in_use_here(self, store_id: str) -> bool:
        """True if this machine's keyring holds an entry for ``store_id``."""
        try:
            self._keyring_factory().get(store_id)
        except StoreError:
            return False
        return True

    @property
    def mode(self) -> str:
        return self.read_keyfile().mode

    # -- failed attempts (side file: counts and times only, no personal data) ----------
    def failed_attempts(self) -> list[str]:
        return datafolder.failed_attempts(self.data_dir)

    def delay_seconds(self) -> float:
        """A short growing delay after repeated failures: 0,0,0,1,2,4,8,15,15,..."""
        return datafolder.delay_seconds(self.data_dir)

    def _record_failure(self, kind: str) -> None:
        items = self.failed_attempts()
        items.append(f"{audit.now_utc()}|{kind}")
        with contextlib.suppress(StoreError):
            atomic_write(
                self.failures_path,
                json.dumps({"failures": items[-MAX_RECORDED_FAILURES:]}).encode(),
            )

    def _flush_failures(self, store: Store) -> None:
        items = self.failed_attempts()
        if not items:
            return
        for item in items:
            ts, _, kind = item.partition("|")
            store.audit(kind or "unlock", result="mislukt", details="eerdere poging", ts=ts)
        with contextlib.suppress(OSError):
            self.failures_path.unlink()

    # -- keyring -----------------------------------------------------------------------
    def _keyring_secret(self, kf: keys.KeyFile) -> bytes | None:
        if kf.mode == keys.MODE_PASSWORD_ONLY:
            return None
        kr = self._keyring_factory()
        try:
            secret = kr.get(kf.store_id)
        except KeyringSecretMissingError:
            if kf.keyring_backend and kf.keyring_backend != kr.name:
                raise KeyringSecretMissingError(KEYRING_CHANGED) from None
            raise
        if kf.keyring_check and keys.keyring_check_value(secret) != kf.keyring_check:
            raise KeyringSecretMissingError(KEYRING_CHANGED)
        return secret

    # -- create ------------------------------------------------------------------------
    def init(
        self,
        password: str,
        *,
        password_only: bool = False,
        initial_settings: dict[str, Any] | None = None,
        actor: str | None = None,
        populate: Callable[[Database], None] | None = None,
        audit_action: str = "init",
        build: Callable[[Path, bytes], None] | None = None,
    ) -> tuple[Store, str]:
        """Create a new store. Returns the open store and the recovery code (show once).

        ``populate`` may fill the new database (e.g. from a handover file) before the key
        file is written; if it fails, nothing is left behind. ``build(path, key)`` may
        write the new database file itself (an existing, empty, owner-only file at
        ``path``), encrypted with the 32-byte raw ``key``, instead of an empty one being
        created: a copy of a verified store at the latest schema version (handover import).
        """
        key, code = self.init_key(
            password,
            password_only=password_only,
            initial_settings=initial_settings,
            actor=actor,
            populate=populate,
            audit_action=audit_action,
            build=build,
        )
        return self.open_with_key(key, action=None), code

    def init_key(
        self,
        password: str,
        *,
        password_only: bool = False,
        initial_settings: dict[str, Any] | None = None,
        actor: str | None = None,
        populate: Callable[[Database], None] | None = None,
        audit_action: str = "init",
        build: Callable[[Path, bytes], None] | None = None,
    ) -> tuple[UnlockKey, str]:
        """``init`` without opening the new store: the slow part (two Argon2id derivations,
        the keyring, the new file), safe on a worker thread. Open the returned key with
        ``open_with_key(key, action=None)`` on the thread that will own the store."""
        if self.exists():
            raise StoreExistsError(M.VAULT_EXISTS)
        names = [str(v) for k, v in (initial_settings or {}).items() if k in NAME_SETTINGS]
        require_acceptable(password, names)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreIOError(io_message(exc)) from None
        if not os.access(self.data_dir, os.W_OK):
            raise StoreIOError(M.IO_NO_WRITE)
        hold = self.lock_folder(folderlock.WRITE)
        try:
            return self._init_locked(
                password,
                hold,
                password_only=password_only,
                initial_settings=initial_settings,
                actor=actor,
                populate=populate,
                audit_action=audit_action,
                build=build,
            )
        except BaseException:
            if not self.exists() and hold.exclusive_now():
                with contextlib.suppress(OSError):
                    (self.data_dir / folderlock.LOCK_NAME).unlink()
            hold.release()
            raise

    def _init_locked(
        self,
        password: str,
        hold: FolderLock,
        *,
        password_only: bool,
        initial_settings: dict[str, Any] | None,
        actor: str | None,
        populate: Callable[[Database], None] | None,
        audit_action: str,
        build: Callable[[Path, bytes], None] | None = None,
    ) -> tuple[UnlockKey, str]:
        if self.exists():
            raise StoreExistsError(M.VAULT_EXISTS)
        kr = None if password_only else self._keyring_factory()
        store_id = str(uuid.uuid4())
        created = audit.now_utc()
        db_key = secrets.token_bytes(32)
        keyring_secret = None if password_only else secrets.token_bytes(32)
        code = keys.generate_recovery_code()
        # The two Argon2id slots (the slow part) are derived on a thread of their own while
        # the database is built here: argon2 releases the GIL, so on two cores they cost no
        # time of their own (issue 16: a handover import builds a large database meanwhile).
        slots = _SlotMaker(db_key, store_id, password, keyring_secret, code)
        slots.start()
        tmp_db = self.data_dir / f".{DB_NAME}.{secrets.token_hex(4)}.new"
        keyring_written = False
        try:
            if kr is not None and keyring_secret is not None:
                kr.set(store_id, keyring_secret)
                keyring_written = True
            # Owner-only from the first byte (SQLite would create it with the umask).
            os.close(os.open(tmp_db, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            if build is not None:
                build(tmp_db, db_key)
                db = connect(tmp_db, db_key)
            else:
                db = connect(tmp_db, db_key, create=True)
            try:
                migrate(db)
                with db.transaction():
                    db.execute("INSERT INTO store_meta VALUES ('store_id', ?)", (store_id,))
                    db.execute("INSERT INTO store_meta VALUES ('created', ?)", (created,))
                    _mark_keyfile_version(db)
                    for k, v in (initial_settings or {}).items():
                        settings.put(db, k, v)
                    if populate is not None:
                        populate(db)
                        # A new store: it has no anchor yet, whatever the source had.
                        db.execute("DELETE FROM store_meta WHERE key = ?", (audit.ANCHOR_META,))
                        _mark_keyfile_version(db)
                who = actor or settings.get(db, "user.name") or audit.os_user()
                audit.append(
                    db,
                    actor=who,
                    action=audit_action,
                    object_type="store",
                    object_id=store_id,
                    details="alleen wachtwoord" if password_only else "",
                )
            finally:
                db.close()
            os.chmod(tmp_db, 0o600)
            kf = keys.KeyFile(
                store_id=store_id,
                created=created,
                mode=keys.MODE_PASSWORD_ONLY if password_only else keys.MODE_KEYRING,
                keyring_backend=kr.name if kr else "",
                keyring_check=keys.keyring_check_value(keyring_secret) if keyring_secret else "",
                slots=slots.result(),
            )
            atomic_write(self.keyfile_path, kf.to_bytes(db_key))
            os.replace(tmp_db, self.db_path)
            fsync_dir(self.data_dir)
        except BaseException as exc:
            slots.join()  # nothing runs on after a failed init
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(str(tmp_db) + suffix).unlink()
            if not self.db_path.exists():
                with contextlib.suppress(OSError):
                    self.keyfile_path.unlink()
            if keyring_written and kr is not None:
                with contextlib.suppress(StoreError):
                    kr.delete(store_id)
            if isinstance(exc, OSError):
                raise StoreIOError(io_message(exc)) from None
            raise
        return UnlockKey(kf, db_key, hold), code

    # -- open --------------------------------------------------------------------------
    def _open(
        self,
        kf: keys.KeyFile,
        db_key: bytes,
        *,
        record: bool,
        action: str | None,
        actor: str | None = None,
        lock: FolderLock | None = None,
        read_only_fallback: bool = False,
    ) -> Store:
        """Open the database; the returned store owns ``lock`` (released on close, or
        here if opening fails). ``read_only_fallback``: if the folder cannot be written (disk
        full, read-only medium), open for reading only and write nothing (``read_only``)."""
        read_only = False
        try:
            kf.check_mac(db_key)
            try:
                db = connect(self.db_path, db_key)
            except StoreIOError:
                if not read_only_fallback:
                    raise
                db = connect(self.db_path, db_key, no_shm=True)
                read_only, record, action = True, False, None
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        keeper = audit.AnchorKeeper(self.data_dir / audit.ANCHOR_NAME, db_key, kf.store_id)
        db.after_commit = keeper.update
        try:
            self._check_keyfile_version(db, kf, db_key, record=record)
            if record:
                migrate(
                    db,
                    on_step=lambda m: audit.append(
                        db,
                        actor=actor or audit.os_user(),
                        action="migration",
                        object_type="store",
                        details=f"schema {m.version}",
                    ),
                )
                keeper.ensure(db)
            elif int(db.scalar("PRAGMA user_version")) != latest_version():
                pass  # read-only checks run on the schema as it is
            who = actor or settings.get(db, "user.name") or audit.os_user()
        except BaseException:
            db.close()
            if lock is not None:
                lock.release()
            raise
        store = Store(self, db, db_key, kf, str(who), lock=lock)
        store.read_only = read_only
        store.anchor = keeper
        if record:
            self._flush_failures(store)
            if action:
                store.audit(action, object_type="store", object_id=kf.store_id)
        return store

    def _names(self, db_key: bytes) -> list[str]:
        """Organisation and user names, for the password check (never stored elsewhere)."""
        db = connect(self.db_path, db_key)
        try:
            return [str(v) for k in NAME_SETTINGS if (v := settings.get(db, k))]
        finally:
            db.close()

    def _check_keyfile_version(
        self, db: Database, kf: keys.KeyFile, db_key: bytes, *, record: bool
    ) -> None:
        """Refuse a version 1 key file once the store has had a version 2 one; upgrade."""
        marker = db.scalar("SELECT value FROM store_meta WHERE key = ?", (KEYFILE_META,))
        if kf.legacy and marker is not None and int(marker) >= keys.KEYFILE_VERSION:
            raise CorruptStoreError(keys.KEYFILE_DAMAGED)
        if not record or marker == str(keys.KEYFILE_VERSION):
            return
        if kf.legacy:
            atomic_write(self.keyfile_path, kf.to_bytes(db_key))  # first the file, then
        with db.transaction():  # the marker: a crash in between leaves a valid pair
            _mark_keyfile_version(db)

    def unlock(
        self,
        password: str,
        *,
        record: bool = True,
        actor: str | None = None,
        read_only_fallback: bool = False,
    ) -> Store:
        """Open with password (+ keyring secret). ``record=False`` opens without writing.

        ``read_only_fallback`` (``verify``, ``info``: they show no personal data): when
        nothing can be written, open for reading anyway; ``store.read_only`` is then True and
        the store writes no audit rows (see README, "Schijf vol").

        A backup copy (``backup.json``) opens only read-only: writing would change it.
        """
        if record and self.is_backup_copy():
            raise StoreError(BACKUP_COPY)  # before the password is even derived
        return self.open_with_key(
            self.derive_key(password),
            record=record,
            actor=actor,
            read_only_fallback=read_only_fallback,
        )

    # -- unlock in steps (the slow ones may run on a worker thread) ----------------------
    def hold_folder(self) -> FolderLock:
        """Take the data folder's lock for an unlock now (quick; refused at once when
        another app has the folder open), to hand to ``derive_key`` on a worker."""
        return self._lock_for_open(self.read_keyfile().store_id)

    def derive_key(self, password: str, *, hold: FolderLock | None = None) -> UnlockKey:
        """The slow part of unlocking (Argon2id): no database connection is opened, so it
        may run on any thread. A wrong password is counted as a failed attempt. The data
        folder's lock is taken here and handed on with the key (``open_with_key`` gives it
        to the store; ``UnlockKey.release`` when the key is not used)."""
        kf = self.read_keyfile()
        if hold is None:
            hold = self._lock_for_open(kf.store_id)
        try:
            secret = self._keyring_secret(kf)
            try:
                db_key = keys.open_password_slot(kf, password, secret)
            except WrongSecretError:
                self._record_failure("unlock")
                raise
        except BaseException:
            hold.release()
            raise
        return UnlockKey(kf, db_key, hold)

    def prepare(self, key: UnlockKey, *, actor: str | None = None) -> list[int]:
        """Run pending migrations (with their backup first) on a connection of the calling
        thread, closed again afterwards. Returns the versions applied."""
        if self.is_backup_copy():
            raise StoreError(BACKUP_COPY)
        key.kf.check_mac(key.db_key)
        db = connect(self.db_path, key.db_key)
        keeper = audit.AnchorKeeper(self.data_dir / audit.ANCHOR_NAME, key.db_key, key.kf.store_id)
        db.after_commit = keeper.update  # the migration rows move the audit anchor on
        try:
            return migrate(
                db,
                on_step=lambda m: audit.append(
                    db,
                    actor=actor or audit.os_user(),
                    action="migration",
                    object_type="store",
                    details=f"schema {m.version}",
                ),
            )
        finally:
            db.close()
            keeper.wipe()

    def open_with_key(
        self,
        key: UnlockKey,
        *,
        record: bool = True,
        actor: str | None = None,
        read_only_fallback: bool = False,
        action: str | None = "unlock",
    ) -> Store:
        """Open the store with a derived key on the calling thread (which owns it then).
        ``action``: the audit row of this opening (None after ``init_key``/``recover_key``,
        which audited already or leave it to the caller)."""
        if record and action == "unlock" and self.is_backup_copy():
            key.release()
            raise StoreError(BACKUP_COPY)
        return self._open(
            key.kf,
            key.db_key,
            record=record,
            action=action if record else None,
            actor=actor,
            lock=key.hold,
            read_only_fallback=read_only_fallback,
        )

    def recover(self, code: str, new_password: str, *, password_only: bool = False) -> Store:
        """Open with the recovery code, set a new password and restore the keyring entry.
        (``recover_key`` then ``open_with_key(key, action="recover")``.)"""
        key = self.recover_key(code, new_password, password_only=password_only)
        return self.open_with_key(key, action="recover")

    def recover_key(
        self, code: str, new_password: str, *, password_only: bool = False
    ) -> UnlockKey:
        """The slow part of ``recover`` (two Argon2id derivations, the keyring, the key
        file), safe on a worker thread; no connection is opened.

        A key file damaged elsewhere (e.g. in the password slot) does not block the code: it
        is read leniently and rewritten whole. A file that is well-formed but not authentic
        (MAC) is refused.
        """
        try:
            kf = self.read_keyfile()
            damaged = False
        except CorruptStoreError:
            kf = self.read_keyfile(strict=False)
            damaged = True
        backup_copy = self.is_backup_copy()
        if backup_copy and self._store_in_use_here(kf.store_id):
            raise StoreError(BACKUP_COPY)
        require_acceptable(new_password)
        hold = self._lock_for_open(kf.store_id, folderlock.WRITE)
        try:
            return self._recover_locked(
                kf, code, new_password, password_only, hold, damaged, backup_copy
            )
        except BaseException:
            hold.release()
            raise

    def _recover_locked(
        self,
        kf: keys.KeyFile,
        code: str,
        new_password: str,
        password_only: bool,
        hold: FolderLock,
        damaged: bool,
        backup_copy: bool,
    ) -> UnlockKey:
        try:
            db_key = keys.open_recovery_slot(kf, code)
        except WrongSecretError:
            if damaged:
                raise CorruptStoreError(keys.KEYFILE_DAMAGED) from None
            self._record_failure("recover")
            raise
        if not damaged:
            kf.check_mac(db_key)
        require_acceptable(new_password, self._names(db_key))
        make_password_only = password_only or kf.mode == keys.MODE_PASSWORD_ONLY
        if make_password_only:
            secret = None
            kf.mode = keys.MODE_PASSWORD_ONLY
            kf.keyring_backend = ""
            kf.keyring_check = ""
        else:
            kr = self._keyring_factory()
            try:
                # Another copy of this store on this machine (same store id) may use the
                # entry: keep it, or that copy would refuse its own password afterwards.
                secret = kr.get(kf.store_id)
            except KeyringSecretMissingError:
                secret = secrets.token_bytes(32)
                kr.set(kf.store_id, secret)
            kf.keyring_backend = kr.name
            kf.keyring_check = keys.keyring_check_value(secret)
        kf.slots["password"] = keys.make_password_slot(db_key, kf.store_id, new_password, secret)
        atomic_write(self.keyfile_path, kf.to_bytes(db_key))
        if backup_copy:  # a copy on a new laptop: from now on it is the store in use
            with contextlib.suppress(OSError):
                (self.data_dir / BACKUP_MARK).unlink()
        return UnlockKey(kf, db_key, hold)

    def change_password(self, old: str, new: str) -> None:
        kf = self.read_keyfile()
        if self.is_backup_copy():
            raise StoreError(BACKUP_COPY)
        require_acceptable(new)
        with self._lock_for_open(kf.store_id, folderlock.WRITE):
            self._change_password_locked(kf, old, new)

    def _change_password_locked(self, kf: keys.KeyFile, old: str, new: str) -> None:
        secret = self._keyring_secret(kf)
        try:
            db_key = keys.open_password_slot(kf, old, secret)
        except WrongSecretError:
            self._record_failure("password_change")
            raise
        kf.check_mac(db_key)
        require_acceptable(new, self._names(db_key))
        kf.slots["password"] = keys.make_password_slot(db_key, kf.store_id, new, secret)
        atomic_write(self.keyfile_path, kf.to_bytes(db_key))
        store = self._open(kf, db_key, record=True, action=None)
        try:
            store.audit("password_change", object_type="store", object_id=kf.store_id)
        finally:
            store.close(record=False)

    def new_recovery_code(self, password: str) -> str:
        """Replace the recovery slot (after re-entering the password). Returns the new code.

        In one go (CLI); the app shows the code first and commits after the retype check
        (``prepare_recovery_code`` / ``commit_recovery_code``)."""
        pending = self.prepare_recovery_code(password)
        try:
            self.commit_recovery_code(pending)
            return pending.code
        finally:
            pending.forget()

    def prepare_recovery_code(self, password: str) -> PendingRecoveryCode:
        """Check the password and make a new code and its wrapped slot, in memory only: the
        key file is not touched, so the old code keeps working until ``commit_recovery_code``
        (cancelling, locking or a crash before that changes nothing)."""
        kf = self.read_keyfile()
        if self.is_backup_copy():
            raise StoreError(BACKUP_COPY)
        secret = self._keyring_secret(kf)
        try:
            db_key = keys.open_password_slot(kf, password, secret)
        except WrongSecretError:
            self._record_failure("recovery_code_new")
            raise
        kf.check_mac(db_key)
        code = keys.generate_recovery_code()
        slot = keys.make_recovery_slot(db_key, kf.store_id, code)
        return PendingRecoveryCode(code, kf.store_id, slot, bytearray(db_key))

    def commit_recovery_code(
        self, pending: PendingRecoveryCode, store: Store | None = None
    ) -> None:
        """Write the prepared recovery slot into the key file (atomically, with its MAC) and
        audit ``recovery_code_new``; from now on only the new code recovers. ``store``: the
        open store to audit through (the app); otherwise a short connection of its own."""
        if pending.forgotten:
            raise StoreError(M.VAULT_RECOVERY_FORGOTTEN)
        db_key = bytes(pending.db_key)
        kf = self.read_keyfile()  # anew: e.g. a password changed meanwhile stays changed
        if kf.store_id != pending.store_id:
            raise StoreError(M.VAULT_OTHER_STORE)
        kf.check_mac(db_key)
        with self._lock_for_open(kf.store_id, folderlock.WRITE):
            kf.slots["recovery"] = pending.slot
            atomic_write(self.keyfile_path, kf.to_bytes(db_key))
            if store is not None and not store.closed and store.store_id == kf.store_id:
                store.keyfile = kf
                store.audit("recovery_code_new", object_type="store", object_id=kf.store_id)
                return
            opened = self._open(kf, db_key, record=True, action=None)
            try:
                opened.audit("recovery_code_new", object_type="store", object_id=kf.store_id)
            finally:
                opened.close(record=False)


@dataclass(repr=False)
class PendingRecoveryCode:
    """A new recovery code and its wrapped slot, not yet written (memory only)."""

    code: str
    store_id: str
    slot: keys.Slot
    db_key: bytearray
    forgotten: bool = False

    def forget(self) -> None:
        """Overwrite the key copy (the code string itself cannot be wiped in Python)."""
        for i in range(len(self.db_key)):
            self.db_key[i] = 0
        self.code = ""
        self.forgotten = True


@dataclass(frozen=True, repr=False)
class UnlockKey:
    """A derived database key and its key file, between ``derive_key`` and ``open_with_key``."""

    kf: keys.KeyFile
    db_key: bytes
    hold: FolderLock | None = None

    def release(self) -> None:
        """Give the data folder's lock back when the key will not be opened."""
        if self.hold is not None:
            self.hold.release()


KEYFILE_META = "keyfile_version"
NAME_SETTINGS = ("organisation.name", "user.name")


class _SlotMaker(threading.Thread):
    """The password and recovery slots of a new key file, derived on a thread of their own."""

    def __init__(
        self,
        db_key: bytes,
        store_id: str,
        password: str,
        keyring_secret: bytes | None,
        code: str,
    ) -> None:
        super().__init__(name="baken-key-slots", daemon=True)
        self._args = (db_key, store_id, password, keyring_secret, code)
        self._slots: dict[str, keys.Slot] | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        db_key, store_id, password, keyring_secret, code = self._args
        try:
            self._slots = {
                "password": keys.make_password_slot(db_key, store_id, password, keyring_secret),
                "recovery": keys.make_recovery_slot(db_key, store_id, code),
            }
        except BaseException as exc:  # re-raised on the caller's thread
            self._error = exc

    def result(self) -> dict[str, keys.Slot]:
        self.join()
        if self._error is not None:
            raise self._error
        assert self._slots is not None
        return self._slots


def _mark_keyfile_version(db: Database) -> None:
    db.execute(
        "INSERT OR REPLACE INTO store_meta VALUES (?, ?)",
        (KEYFILE_META, str(keys.KEYFILE_VERSION)),
    )


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class VerifyResult:
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def summary(self) -> str:
        if self.ok:
            parts = "; ".join(f"{c.name}: {c.detail or 'in orde'}" for c in self.checks)
            return f"Controle geslaagd — {parts}."
        bad = "; ".join(f"{c.name}: {c.detail}" for c in self.checks if not c.ok)
        return f"Controle MISLUKT — {bad}."


class Store:
    """An unlocked store. Repositories and services get ``store.db``."""

    def __init__(
        self,
        vault: Vault,
        db: Database,
        key: bytes,
        kf: keys.KeyFile,
        actor: str,
        *,
        lock: FolderLock | None = None,
    ) -> None:
        self.folder_lock = lock
        self.read_only = False  # opened for reading only (nothing could be written)
        self.vault = vault
        self.db: Database = db
        self._key = bytearray(key)
        self.keyfile = kf
        self.store_id = kf.store_id
        self.actor = actor
        self.anchor: audit.AnchorKeeper | None = None

    @property
    def closed(self) -> bool:
        return self.db.closed

    def audit(
        self,
        action: str,
        *,
        object_type: str = "",
        object_id: str = "",
        result: str = "ok",
        details: str = "",
        ts: str | None = None,
        on_behalf: str = "",
    ) -> None:
        audit.append(
            self.db,
            actor=self.actor,
            action=action,
            object_type=object_type,
            object_id=object_id,
            result=result,
            details=details,
            ts=ts,
            on_behalf=on_behalf,
        )

    def open_worker_db(self) -> Database:
        """A second connection (for a worker thread) with the same key."""
        if self.closed:
            raise StoreError(M.VAULT_LOCKED)
        db = connect(self.vault.db_path, bytes(self._key))
        if self.anchor is not None:
            db.after_commit = self.anchor.update
        return db

    def worker(self) -> Store:
        """The same store on a second connection, for one worker thread: open it on that
        thread and close it there with ``close(record=False)``."""
        return Store(self.vault, self.open_worker_db(), bytes(self._key), self.keyfile, self.actor)

    def close(self, *, record: bool = True, action: str = "lock") -> None:
        """Lock: audit, close the database, and overwrite the key held in memory."""
        if self.closed:
            return
        try:
            if record and not self.read_only:
                with contextlib.suppress(StoreError):
                    self.audit(action, object_type="store", object_id=self.store_id)
        finally:
            try:
                self.db.close()
            finally:
                for i in range(len(self._key)):
                    self._key[i] = 0
                if self.anchor is not None:
                    self.anchor.wipe()
                if self.folder_lock is not None:
                    self.folder_lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reporting ---------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        size = 0
        for suffix in ("", "-wal"):
            with contextlib.suppress(OSError):
                size += Path(str(self.vault.db_path) + suffix).stat().st_size
        created = self.db.scalar("SELECT value FROM store_meta WHERE key = 'created'")
        slot = self.keyfile.slots["password"]
        return {
            "schema_version": int(self.db.scalar("PRAGMA user_version")),
            "counts": stats.counts(self.db),
            "db_bytes": size,
            "created": created or self.keyfile.created,
            "store_id": self.store_id,
            "key_mode": self.keyfile.mode,
            "kdf": {"alg": "argon2id", **slot.kdf.to_json()},
            "cipher_version": str(self.db.scalar("PRAGMA cipher_version")),
        }

    def _check_keyfile(self) -> Check:
        """The key file on disk now: authentic (MAC), this store's, every slot well-formed."""
        name = "sleutelbestand"
        try:
            kf = self.vault.read_keyfile()
            if kf.store_id != self.store_id:
                return Check(name, False, "hoort bij andere gegevens")
            kf.check_mac(bytes(self._key))
            marker = self.db.scalar("SELECT value FROM store_meta WHERE key = ?", (KEYFILE_META,))
            if kf.legacy and marker is not None:
                return Check(name, False, "teruggezet naar een oude, onbeveiligde versie")
        except StoreError as exc:
            return Check(name, False, str(exc))
        problems = keys.slot_problems(kf)
        if problems:
            return Check(name, False, "; ".join(problems))
        if kf.legacy:
            return Check(name, True, "oude opmaak; wordt bij de volgende ontgrendeling beveiligd")
        return Check(name, True, "echt, beide sloten in orde")

    def verify(self) -> VerifyResult:
        """Full check. Writes nothing unless every check holds (then one audit row)."""
        checks: list[Check] = []
        try:
            bad = self.db.query("PRAGMA cipher_integrity_check")
            checks.append(
                Check(
                    "versleuteling (HMAC)",
                    not bad,
                    "" if not bad else f"{len(bad)} beschadigde pagina's",
                )
            )
        except CorruptStoreError as exc:
            checks.append(Check("versleuteling (HMAC)", False, str(exc)))
        try:
            rows = self.db.query("PRAGMA integrity_check")
            ok = rows == [("ok",)]
            checks.append(Check("databasestructuur", ok, "" if ok else "fouten gevonden"))
            fk = self.db.query("PRAGMA foreign_key_check")
            checks.append(Check("verwijzingen", not fk, "" if not fk else f"{len(fk)} fouten"))
            chain = audit.verify_chain_fast(self.db)
            checks.append(
                Check(
                    "logboekketen",
                    chain.ok,
                    f"{chain.rows} regels"
                    if chain.ok
                    else f"verbroken bij regel {chain.first_broken_id}",
                )
            )
            if chain.ok:
                end = audit.check_anchor(
                    self.db,
                    self.vault.data_dir / audit.ANCHOR_NAME,
                    audit.anchor_key(bytes(self._key)),
                    self.store_id,
                )
                checks.append(Check("logboekeinde", end.ok, end.detail))
        except (CorruptStoreError, Exception) as exc:  # noqa: BLE001 - report, never crash
            msg = str(exc) if isinstance(exc, StoreError) else "bestand onleesbaar"
            checks.append(Check("databasestructuur", False, msg))
        checks.append(self._check_keyfile())
        result = VerifyResult(tuple(checks))
        if result.ok and not self.read_only:
            self.audit("verify", object_type="store", object_id=self.store_id)
        return result


__all__ = [
    "DB_NAME",
    "KEYFILE_NAME",
    "KeyringUnavailableError",
    "Store",
    "Vault",
    "VerifyResult",
    "default_data_dir",
]
