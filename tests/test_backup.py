"""Encrypted backups on real SQLCipher files: create, verify, rotate, restore, cancel,
kill -9, schedule/status and the CLI."""

from __future__ import annotations

import json
import os
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.cases.model import Note
from desktop.cases.service import CaseService
from storage import audit, backup, settings
from storage.container import OperationCancelled
from storage.errors import CorruptStoreError, StoreError
from storage.secrets import OsKeyring
from storage.vault import DB_NAME, Vault
from tests.conftest import NEW_PASSWORD, PASSWORD, production_env
from tests.handover_data import CANARY, CANARY_NOTE, fill
from tests.test_handover import _kill_after, _spawn


def test_backup_is_verified_encrypted_and_self_contained(new_store, tmp_path, canary_scan):
    fill(new_store)
    folder = tmp_path / "usb"
    seen = []
    entry = backup.create_backup(
        new_store, folder=folder, progress=lambda d, t: seen.append(d) or True
    )
    assert seen and seen[-1] == 1000
    assert sorted(p.name for p in entry.path.iterdir()) == [
        "backup.json",
        "baken.audit-anchor.json",
        "baken.db",
        "baken.keys.json",
    ]
    assert entry.store_id == new_store.store_id and entry.reason == "handmatig"
    assert not canary_scan([CANARY.encode(), CANARY_NOTE.encode(), b"SQLite format"], folder)
    info = json.loads((entry.path / "backup.json").read_text())
    assert set(info) == {
        "format",
        "format_version",
        "store_id",
        "created",
        "schema_version",
        "reason",
        "mac",
    }
    check = backup.inspect_backup(new_store, entry)
    assert check.ok and check.counts["dossiers"] == 3 and check.counts["notes"] == 12
    assert backup.list_backups_in(folder, new_store.store_id) == [entry]
    assert backup.list_backups_in(folder, "ander") == []
    assert audit.entries(new_store.db, action="backup")[0].result == "ok"
    status = backup.backup_status(new_store)
    assert status.last_ok == entry.created and not status.warning
    # A backup folder is itself a data folder: on a new laptop (no keyring entry for this
    # store) the recovery code opens it, and from then on it is the store in use there.
    code = new_store.recovery_code_for_test
    OsKeyring().delete(new_store.store_id)
    restored = Vault(entry.path).recover(code, NEW_PASSWORD)
    assert restored.info()["counts"]["notes"] == 12
    restored.close()
    assert not (entry.path / "backup.json").exists()


def test_schedule_and_warning(new_store):
    assert backup.backup_due(new_store)  # never backed up
    assert backup.maybe_auto_backup(new_store) is not None
    assert not backup.backup_due(new_store)
    assert backup.maybe_auto_backup(new_store) is None
    later = datetime.now(UTC) + timedelta(days=8)
    status = backup.backup_status(new_store, now=later)
    assert status.warning and status.days_since is not None and status.days_since > 7
    assert backup.backup_due(new_store, now=datetime.now(UTC) + timedelta(days=1, minutes=1))
    with new_store.db.transaction():
        settings.put(new_store.db, backup.SETTING_INTERVAL, 0)
    assert not backup.backup_due(new_store, now=later)
    auto = [e for e in backup.list_backups(new_store) if e.reason == "automatisch"]
    assert len(auto) == 1


def _fake(folder: Path, store_id: str, when: datetime) -> Path:
    name = f"{backup.PREFIX}{store_id.replace('-', '')[:8]}-{backup._stamp(when)}"
    p = folder / name
    p.mkdir(parents=True)
    info = {
        "format": backup.FORMAT,
        "format_version": 1,
        "store_id": store_id,
        "created": backup._iso(when),
        "schema_version": 1,
        "reason": "automatisch",
    }
    (p / "backup.json").write_text(json.dumps(info))
    return p


def test_rotation_7_daily_4_weekly_12_monthly(tmp_path):
    sid = "abcdef01-0000-4000-8000-000000000000"
    other = "12345678-0000-4000-8000-000000000000"
    start = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
    rng = random.Random(3)
    made = []
    for day in range(500):
        for k in range(rng.choice([1, 1, 2])):  # sometimes two a day
            when = start - timedelta(days=day, minutes=rng.randrange(600), seconds=k)
            made.append(_fake(tmp_path, sid, when))
    foreign = _fake(tmp_path, other, start - timedelta(days=400))
    unrelated = tmp_path / "mijn-bestanden"
    unrelated.mkdir()
    entries = backup.list_backups_in(tmp_path, sid)
    kept, drop = backup.plan_rotation(entries)
    days = {e.created_dt.date() for e in kept}
    assert len(kept) == len(days)  # at most one per day is kept
    newest_days = sorted({e.created_dt.date() for e in entries}, reverse=True)[:7]
    assert set(newest_days) <= days
    assert entries[0] in kept  # the newest is always kept
    months = {e.created_dt.strftime("%Y-%m") for e in kept}
    assert len(months) == 12
    weeks = {e.created_dt.isocalendar()[:2] for e in kept}
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    removed = backup.rotate(tmp_path, sid)
    assert len(removed) == len(drop)
    assert sorted(e.path for e in backup.list_backups_in(tmp_path, sid)) == sorted(
        e.path for e in kept
    )
    assert foreign.exists() and unrelated.exists()


def test_restore_keeps_safety_copy_and_audits(new_store, vault, tmp_path):
    ids = fill(new_store, dossiers=2, notes=2)
    entry = backup.create_backup(new_store)
    CaseService(new_store).add_note(Note(dossier_id=ids[0], text="na de back-up"))
    assert new_store.info()["counts"]["notes"] == 5
    result = backup.restore_backup(new_store, entry)
    assert new_store.closed  # the UI unlocks again afterwards
    s = vault.unlock(PASSWORD)
    try:
        assert s.info()["counts"]["notes"] == 4
        assert s.verify().ok
        rows = audit.entries(s.db, action="restore")
        assert rows and entry.path.name in rows[0].details
    finally:
        s.close()
    # the replaced store is a usable safety copy with the newer note and the audit trail
    safety = Vault(result.safety_copy).unlock(PASSWORD, record=False)
    try:
        assert safety.info()["counts"]["notes"] == 5
        assert audit.entries(safety.db, action="restore_replaced")
    finally:
        safety.close(record=False)


def test_damaged_or_foreign_backup_refused(new_store, vault, tmp_path):
    fill(new_store, dossiers=1, notes=1)
    entry = backup.create_backup(new_store)
    db = entry.path / DB_NAME
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x10
    db.write_bytes(bytes(data))
    before = vault.db_path.read_bytes()
    check = backup.inspect_backup(new_store, entry)
    assert not check.ok and "beschadigd" in check.message
    with pytest.raises(CorruptStoreError, match="beschadigd"):
        backup.restore_backup(new_store, entry)
    assert not new_store.closed and new_store.verify().ok
    assert vault.db_path.read_bytes()[:4096] == before[:4096]
    assert not list(vault.data_dir.glob(backup.SAFETY_PREFIX + "*"))
    # a backup of another store
    other_store, _ = Vault(tmp_path / "ander").init(PASSWORD)
    other = backup.create_backup(other_store)
    other_store.close()
    with pytest.raises(StoreError, match="andere Baken-gegevens"):
        backup.restore_with_password(vault, other.path, PASSWORD)


def test_cancelled_backup_leaves_nothing(new_store, tmp_path):
    fill(new_store, dossiers=1, notes=1)
    folder = tmp_path / "b"
    with pytest.raises(OperationCancelled):
        backup.create_backup(new_store, folder=folder, progress=lambda d, t: False)
    assert list(folder.iterdir()) == []
    assert audit.entries(new_store.db, action="backup")[0].result == "afgebroken"
    assert backup.backup_status(new_store).last_ok is None


@pytest.mark.slow
def test_kill_9_during_backup(vault, tmp_path):
    store, _ = vault.init(PASSWORD)
    fill(store, dossiers=3, notes=5)
    store.close()
    folder = tmp_path / "b"
    proc = _spawn("backup", vault.data_dir, folder, PASSWORD + "\n")
    _kill_after(proc)
    assert backup.list_backups_in(folder) == []
    s = vault.unlock(PASSWORD)
    try:
        assert s.verify().ok
        entry = backup.create_backup(s, folder=folder)  # clears the stale temp folder
        assert [p.name for p in folder.iterdir()] == [entry.path.name]
    finally:
        s.close()


def test_cli_backup_list_and_restore(cli, data_dir, password_file, tmp_path):
    r = cli("init", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert r.returncode == 0, r.stderr
    folder = tmp_path / "share"
    r = cli(
        "backup",
        "--data-dir",
        str(data_dir),
        "--to",
        str(folder),
        "--password-file",
        str(password_file),
    )
    assert r.returncode == 0, r.stderr
    [bdir] = [p for p in folder.iterdir()]
    r = cli(
        "backup",
        "--data-dir",
        str(data_dir),
        "--to",
        str(folder),
        "--list",
        "--password-file",
        str(password_file),
    )
    assert r.returncode == 0 and bdir.name in r.stdout and "audit_entries" in r.stdout
    r = cli(
        "restore", str(bdir), "--data-dir", str(data_dir), "--password-file", str(password_file)
    )
    assert r.returncode == 0, r.stderr
    assert "veiligheidskopie" in r.stdout
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("helemaal-niet-het-goede-wachtwoord\n")
    r = cli("restore", str(bdir), "--data-dir", str(data_dir), "--password-file", str(wrong))
    assert r.returncode == 1
    # the current database is destroyed: restore still works from the backup's own key file
    (data_dir / DB_NAME).write_bytes(b"\0" * 8192)
    r = cli(
        "restore", str(bdir), "--data-dir", str(data_dir), "--password-file", str(password_file)
    )
    assert r.returncode == 0, r.stderr
    r = cli("verify", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert r.returncode == 0, r.stderr


@pytest.mark.slow
def test_bench_handover_quick(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = tmp_path / "results.json"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--quick",
            "--only",
            "bench_handover",
            "--output",
            str(out),
        ],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    data = json.loads(out.read_text())
    for metric in (
        "export_s",
        "import_s",
        "backup_s",
        "raw_sqlcipher_export_s",
        "backup_plain_copy_s",
    ):
        assert isinstance(data[metric], float) and data[metric] > 0, metric
    assert data["handover_dossiers"] == 40 and data["handover_notes"] == 200


def test_full_disk_backup_leaves_nothing(new_store, tmp_path):
    from storage.errors import StoreIOError
    from tests.test_io_errors import _fill, tmpfs

    fill(new_store, dossiers=3, notes=3)
    with tmpfs(tmp_path / "vol", 1024) as mnt:
        _fill(mnt)
        filler = mnt / "vulling.bin"
        os.truncate(filler, filler.stat().st_size - 16384)
        with pytest.raises(StoreIOError, match="schijf is vol|Lezen of schrijven"):
            backup.create_backup(new_store, folder=mnt)
        assert sorted(p.name for p in mnt.iterdir()) == ["vulling.bin"]
    assert backup.backup_status(new_store).last_error
    assert new_store.verify().ok


def test_backup_while_another_reader_holds_the_wal(new_store, tmp_path):
    """With the WAL pinned by another reader the page-by-page fallback copies the snapshot."""
    fill(new_store, dossiers=2, notes=2)
    with new_store.db.transaction():
        settings.put(new_store.db, "organisation.name", "Na de laatste checkpoint")
    reader = new_store.open_worker_db()
    try:
        reader.execute("BEGIN")
        assert reader.scalar("SELECT count(*) FROM settings") > 0  # pins the WAL
        entry = backup.create_backup(new_store, folder=tmp_path / "b")
    finally:
        reader.execute("COMMIT")
        reader.close()
    check = backup.inspect_backup(new_store, entry)
    assert check.ok and check.counts["notes"] == 4
    restored = Vault(entry.path).unlock(PASSWORD, record=False)
    try:
        assert settings.get(restored.db, "organisation.name") == "Na de laatste checkpoint"
    finally:
        restored.close(record=False)
