"""Issue 14/5: a changed backup is never listed as good nor restored; a backup copy cannot
take over the live store's keyring entry."""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from storage import audit, backup
from storage.errors import CorruptStoreError, StoreError
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD


def digest_dir(folder: Path, skip: str = "backups") -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and skip not in p.relative_to(folder).parts
    }


@pytest.fixture
def with_backup(vault: Vault, tmp_path: Path):  # type: ignore[no-untyped-def]
    store, code = vault.init(PASSWORD)
    for i in range(5):
        store.audit("view", object_type="dossier", object_id=str(i))
    entry = backup.create_backup(store, folder=tmp_path / "usb")
    yield store, entry, code
    store.close()


FILES = ("backup.json", "baken.keys.json", audit.ANCHOR_NAME)


def test_every_flip_in_a_backups_small_files_is_found(with_backup) -> None:  # type: ignore[no-untyped-def]
    store, entry, _ = with_backup
    assert backup.inspect_backup(store, entry).ok
    rng = random.Random(5)
    totals = {}
    for name in FILES:
        path = entry.path / name
        raw = path.read_bytes()
        flips = [(i, 0x01) for i in range(len(raw))]
        flips += [(rng.randrange(len(raw)), rng.randrange(1, 256)) for _ in range(100)]
        missed = []
        for pos, mask in flips:
            bad = bytearray(raw)
            bad[pos] ^= mask
            path.write_bytes(bytes(bad))
            if backup.inspect_backup(store, entry).ok:
                missed.append(pos)
        path.write_bytes(raw)
        totals[name] = (len(flips) - len(missed), len(flips))
        assert missed == [], f"{name}: undetected flips at {missed[:20]}"
    print("\nbackup flips detected:", totals)
    assert backup.inspect_backup(store, entry).ok


def test_a_damaged_backup_is_listed_as_damaged_and_not_restored(  # type: ignore[no-untyped-def]
    with_backup, cli, password_file: Path
) -> None:
    store, entry, _ = with_backup
    store.close()
    data = store.vault.data_dir
    for name in FILES:
        path = entry.path / name
        raw = path.read_bytes()
        bad = bytearray(raw)
        bad[len(raw) // 2] ^= 0x04
        path.write_bytes(bytes(bad))
        r = cli(
            "backup",
            "--list",
            "--data-dir",
            str(data),
            "--password-file",
            str(password_file),
            "--to",
            str(entry.path.parent),
        )
        assert r.returncode == 0, r.stderr
        listed = [line for line in r.stdout.splitlines() if str(entry.path) in line]
        assert all("beschadigd" in line for line in listed), r.stdout
        before = digest_dir(data)
        r = cli(
            "restore",
            "--data-dir",
            str(data),
            "--password-file",
            str(password_file),
            str(entry.path),
        )
        assert r.returncode == 1, r.stdout + r.stderr
        assert "Traceback" not in r.stderr
        # Nothing replaced and no safety copy made (the live log records the attempt).
        after = digest_dir(data)
        assert sorted(after) == sorted(before), name
        assert after["baken.keys.json"] == before["baken.keys.json"]
        path.write_bytes(raw)
    # Intact again: restore goes ahead.
    r = cli(
        "restore", "--data-dir", str(data), "--password-file", str(password_file), str(entry.path)
    )
    assert r.returncode == 0, r.stderr
    r = cli("verify", "--data-dir", str(data), "--password-file", str(password_file))
    assert r.returncode == 0 and "logboekeinde" in r.stdout, r.stdout + r.stderr


def test_restore_api_refuses_a_forged_backup_json(with_backup) -> None:  # type: ignore[no-untyped-def]
    store, entry, _ = with_backup
    path = entry.path / "backup.json"
    path.write_bytes(path.read_bytes().replace(b'"handmatig"', b'"automatisch"'))
    before = digest_dir(store.vault.data_dir)
    with pytest.raises(CorruptStoreError):
        backup.restore_backup(store, entry)
    assert not store.closed
    assert digest_dir(store.vault.data_dir) == before


def test_recover_on_a_backup_copy_leaves_the_live_store_alone(  # type: ignore[no-untyped-def]
    with_backup, cli, tmp_path: Path
) -> None:
    """Same machine, real keyring: the copies share a store id (and so a keyring entry)."""
    store, entry, code = with_backup
    store.close()
    data = store.vault.data_dir
    secrets_file = tmp_path / "recover.txt"
    secrets_file.write_text(f"{code}\n{NEW_PASSWORD}\n{NEW_PASSWORD}\n")
    before = digest_dir(entry.path)
    r = cli("recover", "--data-dir", str(entry.path), "--password-file", str(secrets_file))
    assert r.returncode == 1, r.stdout + r.stderr
    assert "back-up" in r.stderr and "baken restore" in r.stderr and "Traceback" not in r.stderr
    assert digest_dir(entry.path) == before
    with pytest.raises(StoreError, match="back-up"):
        Vault(entry.path).unlock(PASSWORD)  # opening it for writing is refused too
    with pytest.raises(StoreError, match="back-up"):
        Vault(entry.path).change_password(PASSWORD, "nog-een-ander-lang-wachtwoord-88")
    assert digest_dir(entry.path) == before
    # The live store still opens with its own password.
    pw = tmp_path / "pw-live.txt"
    pw.write_text(PASSWORD + "\n")
    r = cli("verify", "--data-dir", str(data), "--password-file", str(pw))
    assert r.returncode == 0, r.stdout + r.stderr
    # A plain copy of the data folder (not marked as a backup) may be recovered; the live
    # store keeps working because the existing keyring entry is kept.
    copy = tmp_path / "kopie"
    shutil.copytree(data, copy)
    r = cli("recover", "--data-dir", str(copy), "--password-file", str(secrets_file))
    assert r.returncode == 0, r.stderr
    r = cli("verify", "--data-dir", str(data), "--password-file", str(pw))
    assert r.returncode == 0, r.stdout + r.stderr
    Vault(copy).unlock(NEW_PASSWORD).close()
