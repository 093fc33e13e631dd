"""The encrypted store and its keys: every requirement of the key design, on real files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from storage import audit, keys, migrations
from storage.db import connect
from storage.errors import (
    CorruptStoreError,
    KeyringSecretMissingError,
    KeyringUnavailableError,
    MigrationError,
    NoStoreError,
    StoreExistsError,
    WeakPasswordError,
    WrongSecretError,
)
from storage.secrets import SERVICE
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD


def digest_dir(folder: Path, skip: tuple[str, ...] = ("unlock-failures.json",)) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name not in skip
    }


@pytest.fixture
def fail_keyring():  # type: ignore[no-untyped-def]
    """Make the process see keyring's 'fail' backend, as on a machine without a keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def actions(store) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.action for e in audit.entries(store.db)]


# --- requirement 1: the database file alone cannot be opened ------------------------------


def test_database_file_alone_cannot_be_opened(new_store, data_dir: Path) -> None:
    new_store.close()
    db_file = data_dir / "baken.db"
    head = db_file.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    for attempt in (None, PASSWORD):
        conn = sqlcipher.connect(str(db_file))
        if attempt is not None:
            conn.execute(f"PRAGMA key = '{attempt}'")
        with pytest.raises(sqlcipher.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()


def test_key_file_holds_no_key_material_in_the_clear(new_store, data_dir: Path) -> None:
    raw_key = bytes(new_store._key)
    blob = (data_dir / "baken.keys.json").read_bytes()
    assert raw_key not in blob and raw_key.hex().encode() not in blob
    assert PASSWORD.encode() not in blob
    data = json.loads(blob)
    assert set(data["slots"]) == {"password", "recovery"}
    assert data["slots"]["password"]["kdf"]["alg"] == "argon2id"


# --- requirement 2: password AND keyring secret -------------------------------------------


def test_unlock_needs_keyring_secret(new_store, vault: Vault) -> None:
    store_id = new_store.store_id
    new_store.close()
    keyring.delete_password(SERVICE, f"store:{store_id}")
    with pytest.raises(KeyringSecretMissingError, match="herstelcode"):
        vault.unlock(PASSWORD)


def test_changed_keyring_secret_is_explained(new_store, vault: Vault) -> None:
    store_id = new_store.store_id
    new_store.close()
    import base64

    keyring.set_password(SERVICE, f"store:{store_id}", base64.b64encode(b"z" * 32).decode())
    with pytest.raises(KeyringSecretMissingError) as info:
        vault.unlock(PASSWORD)
    assert "sleutelbos" in str(info.value).lower()


def test_weak_password_refused_at_setup(vault: Vault, data_dir: Path) -> None:
    for weak in ("", "kort", "wachtwoord", "1234567890", "Amsterdam2026"):
        with pytest.raises(WeakPasswordError):
            vault.init(weak)
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_pragmas_are_hardened(new_store) -> None:
    db = new_store.db
    assert str(db.scalar("PRAGMA journal_mode")).lower() == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA secure_delete") == 1
    assert db.scalar("PRAGMA temp_store") == 2  # MEMORY
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert str(db.scalar("PRAGMA cipher_memory_security")) == "0"  # default: off (issue 16)
    assert str(db.scalar("PRAGMA cipher_version")).startswith("4.")
    with pytest.raises(sqlcipher.OperationalError):
        db.raw.load_extension("/nonexistent/ext")


# --- requirement 3: recovery code --------------------------------------------------------


def test_recovery_on_a_new_laptop_sets_new_password(
    new_store, vault: Vault, tmp_path: Path
) -> None:
    code = new_store.recovery_code_for_test
    store_id = new_store.store_id
    new_store.close()
    # "New laptop": only the data folder travels; the keyring entry is gone.
    keyring.delete_password(SERVICE, f"store:{store_id}")
    moved = Vault(tmp_path / "moved")
    import shutil

    shutil.copytree(vault.data_dir, moved.data_dir)
    with pytest.raises(WrongSecretError):
        moved.recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", NEW_PASSWORD)
    store = moved.recover(code, NEW_PASSWORD)
    assert "recover" in actions(store)
    store.close()
    again = moved.unlock(NEW_PASSWORD)
    assert again.store_id == store_id
    again.close()
    with pytest.raises(WrongSecretError):
        moved.unlock(PASSWORD)


def test_change_password_keeps_database_key(new_store, vault: Vault) -> None:
    code = new_store.recovery_code_for_test
    new_store.close()
    before = vault.read_keyfile().slots["recovery"]
    vault.change_password(PASSWORD, NEW_PASSWORD)
    after = vault.read_keyfile()
    assert after.slots["recovery"] == before  # the database was not re-keyed
    with pytest.raises(WrongSecretError):
        vault.unlock(PASSWORD)
    store = vault.unlock(NEW_PASSWORD)
    assert "password_change" in actions(store)
    store.close()
    # The old recovery code still opens the same database.
    assert keys.open_recovery_slot(after, code)


def test_new_recovery_code_replaces_old(new_store, vault: Vault) -> None:
    old = new_store.recovery_code_for_test
    new_store.close()
    new = vault.new_recovery_code(PASSWORD)
    assert new != old
    kf = vault.read_keyfile()
    with pytest.raises(WrongSecretError):
        keys.open_recovery_slot(kf, old)
    assert keys.open_recovery_slot(kf, new)


# --- requirement 4: no usable keyring ----------------------------------------------------


def test_no_keyring_is_refused_in_plain_dutch(vault: Vault, data_dir: Path, fail_keyring) -> None:
    with pytest.raises(KeyringUnavailableError, match="geen bruikbare sleutelbos"):
        vault.init(PASSWORD)
    assert not (data_dir / "baken.db").exists()
    assert not (data_dir / "baken.keys.json").exists()


def test_no_keyring_never_replaces_existing_store(new_store, vault: Vault, fail_keyring) -> None:
    data_dir = vault.data_dir
    new_store.close()
    before = digest_dir(data_dir)
    with pytest.raises(KeyringUnavailableError):
        vault.unlock(PASSWORD)
    with pytest.raises(StoreExistsError):
        vault.init(PASSWORD)
    assert digest_dir(data_dir) == before


def test_password_only_mode_is_explicit_opt_in(vault: Vault, fail_keyring) -> None:
    store, _code = vault.init(PASSWORD, password_only=True)
    assert store.info()["key_mode"] == "password-only"
    assert any(e.details == "alleen wachtwoord" for e in audit.entries(store.db))
    store.close()
    vault.unlock(PASSWORD).close()


# --- bad input ---------------------------------------------------------------------------


def test_wrong_password_changes_nothing_and_is_audited_later(new_store, vault: Vault) -> None:
    new_store.close()
    before = digest_dir(vault.data_dir)
    for _ in range(4):
        with pytest.raises(WrongSecretError, match="Onjuist wachtwoord"):
            vault.unlock("niet-het-goede-wachtwoord")
    assert digest_dir(vault.data_dir) == before
    side = (vault.data_dir / "unlock-failures.json").read_text()
    assert "niet-het-goede" not in side and "Coördinator" not in side
    assert len(vault.failed_attempts()) == 4
    assert vault.delay_seconds() >= 2
    store = vault.unlock(PASSWORD)
    failed = [e for e in audit.entries(store.db) if e.result == "mislukt"]
    assert len(failed) == 4 and all(e.action == "unlock" for e in failed)
    assert not (vault.data_dir / "unlock-failures.json").exists()
    assert vault.delay_seconds() == 0
    store.close()


def test_missing_folder_and_missing_key_file(vault: Vault, new_store) -> None:
    with pytest.raises(NoStoreError, match="Baken"):
        Vault(vault.data_dir / "bestaat-niet").unlock(PASSWORD)
    new_store.close()
    (vault.data_dir / "baken.keys.json").rename(vault.data_dir / "elders.json")
    with pytest.raises(CorruptStoreError, match="sleutelbestand"):
        vault.unlock(PASSWORD)
    with pytest.raises(StoreExistsError):
        vault.init(PASSWORD)  # never a new empty store over existing data


def test_init_refuses_existing_store_unchanged(new_store, vault: Vault) -> None:
    new_store.close()
    before = digest_dir(vault.data_dir)
    with pytest.raises(StoreExistsError, match="niets gewijzigd"):
        vault.init(NEW_PASSWORD)
    assert digest_dir(vault.data_dir) == before


def test_damaged_key_file_refused(new_store, vault: Vault) -> None:
    new_store.close()
    path = vault.data_dir / "baken.keys.json"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(CorruptStoreError, match="beschadigd"):
        vault.unlock(PASSWORD)


# --- audit -------------------------------------------------------------------------------


def test_audit_records_lifecycle_with_origin(new_store, vault: Vault) -> None:
    new_store.close()
    with pytest.raises(WrongSecretError):
        vault.unlock("verkeerd-wachtwoord-123")
    vault.change_password(PASSWORD, NEW_PASSWORD)
    store = vault.unlock(NEW_PASSWORD)
    got = actions(store)
    for expected in ("init", "lock", "unlock", "password_change"):
        assert expected in got
    rows = audit.entries(store.db)
    assert all(r.origin and r.ts and r.actor for r in rows)
    assert rows[0].actor == "Test Coördinator"
    assert audit.verify_chain(store.db).ok
    store.close()


def test_audit_log_is_append_only_and_chain_detects_edits(new_store) -> None:
    db = new_store.db
    with pytest.raises(sqlcipher.IntegrityError):
        db.execute("UPDATE audit_log SET actor = 'iemand anders'")
    with pytest.raises(sqlcipher.IntegrityError):
        db.execute("DELETE FROM audit_log")
    # Someone with the key who drops the trigger still breaks the hash chain.
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET details = 'vervalst' WHERE id = 1")
    result = new_store.verify()
    assert not result.ok
    assert "logboekketen" in result.summary()


# --- migrations --------------------------------------------------------------------------


def test_failed_migration_leaves_previous_file_usable(new_store, vault: Vault) -> None:
    db = new_store.db
    version = migrations.current_version(db)
    broken = migrations.Migration(
        version + 1,
        "broken",
        ("CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT", "THIS IS NOT SQL"),
    )
    with pytest.raises(MigrationError, match="ongewijzigd"):
        migrations.migrate(db, migrations=[*migrations.MIGRATIONS, broken])
    assert migrations.current_version(db) == version
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    backups = list((vault.data_dir / "migration-backups").glob("*.db"))
    assert len(backups) == 1
    copy = connect(backups[0], bytes(new_store._key))
    assert copy.scalar("PRAGMA user_version") == version
    copy.close()
    assert new_store.verify().ok


def test_successful_migration_is_audited(new_store, vault: Vault) -> None:
    db = new_store.db
    version = migrations.current_version(db)
    step = migrations.Migration(version + 1, "extra", ("CREATE TABLE extra (id TEXT) STRICT",))
    applied = migrations.migrate(
        db,
        on_step=lambda m: audit.append(db, actor="t", action="migration", details=str(m.version)),
        migrations=[*migrations.MIGRATIONS, step],
    )
    assert applied == [version + 1]
    assert "migration" in actions(new_store)
    assert list((vault.data_dir / "migration-backups").glob("*.db"))


def test_newer_schema_is_refused(new_store) -> None:
    new_store.db.execute("PRAGMA user_version = 999")
    with pytest.raises(MigrationError, match="nieuwere versie"):
        migrations.migrate(new_store.db)


def test_store_files_are_owner_only(new_store, vault: Vault) -> None:
    import stat

    new_store.close()
    for path in (vault.db_path, vault.keyfile_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(vault.data_dir.stat().st_mode) & 0o077 == 0


def test_init_derives_the_slots_beside_the_database_and_a_failure_leaves_nothing(
    vault, monkeypatch
):
    """Issue 16: the two Argon2id slots are derived on a thread of their own while the new
    database is built; a failing derivation fails the init and leaves no store behind."""
    import threading

    seen: list[str] = []
    real = keys.make_recovery_slot

    def recovery_slot(*args):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(keys, "make_recovery_slot", recovery_slot)
    store, code = vault.init(PASSWORD)
    store.close()
    assert seen == ["baken-key-slots"]
    vault.recover(code, PASSWORD).close()  # the slot made there opens the store

    other = Vault(vault.data_dir.parent / "ander")

    def broken(*args):  # type: ignore[no-untyped-def]
        raise MemoryError

    monkeypatch.setattr(keys, "make_recovery_slot", broken)
    with pytest.raises(MemoryError):
        other.init(PASSWORD)
    assert not other.exists()
    assert [p.name for p in other.data_dir.iterdir()] == []
    assert not [t for t in threading.enumerate() if t.name == "baken-key-slots"]
