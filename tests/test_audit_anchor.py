"""Issue 14/12: rows cut off the end of the audit log are found (the anchor)."""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from storage import audit, keys
from storage.vault import Vault
from tests.conftest import PASSWORD


def _raw_key(vault: Vault) -> bytes:
    kf = vault.read_keyfile()
    return keys.open_password_slot(kf, PASSWORD, vault._keyring_secret(kf))  # noqa: SLF001


def _cut_tail(vault: Vault, rows: int) -> None:
    """What someone holding the key could do with a plain SQLCipher shell."""
    conn = sqlcipher.connect(str(vault.db_path))
    conn.set_key(b"x'" + _raw_key(vault).hex().encode() + b"'")
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_delete'"
    ).fetchone()[0]
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - ?", (rows,))
    conn.execute(sql)  # and hide the traces
    conn.commit()
    conn.close()


def _store_with_rows(vault: Vault, n: int = 12) -> None:
    store, _ = vault.init(PASSWORD)
    for i in range(n):
        store.audit("view", object_type="dossier", object_id=str(i))
    store.close()


def test_cut_tail_is_reported_by_verify(vault: Vault, cli, password_file: Path) -> None:  # type: ignore[no-untyped-def]
    _store_with_rows(vault)
    store = vault.unlock(PASSWORD, record=False)
    assert store.verify().ok
    store.close(record=False)
    _cut_tail(vault, 3)
    store = vault.unlock(PASSWORD, record=False)
    result = store.verify()
    store.close(record=False)
    assert not result.ok
    raw = _open_raw(vault)
    assert audit.verify_chain(raw).ok  # the hash chain alone does not see it
    raw.close()
    assert "logboek ingekort" in result.summary()
    # The CLI says so too (exit 1), and an ordinary unlock does not erase the evidence.
    vault.unlock(PASSWORD).close()
    r = cli("verify", "--data-dir", str(vault.data_dir), "--password-file", str(password_file))
    assert r.returncode == 1 and "logboek ingekort" in r.stdout, r.stdout + r.stderr


def _open_raw(vault: Vault):  # type: ignore[no-untyped-def]
    from storage.db import connect

    return connect(vault.db_path, _raw_key(vault))


def test_deleted_anchor_is_reported(vault: Vault) -> None:
    _store_with_rows(vault, 2)
    (vault.data_dir / audit.ANCHOR_NAME).unlink()
    store = vault.unlock(PASSWORD, record=False)
    result = store.verify()
    store.close(record=False)
    assert not result.ok and "anker ontbreekt" in result.summary()


def test_forged_anchor_is_reported(vault: Vault) -> None:
    _store_with_rows(vault, 2)
    path = vault.data_dir / audit.ANCHOR_NAME
    path.write_bytes(path.read_bytes().replace(b'"last_id": ', b'"last_id": 1'))
    store = vault.unlock(PASSWORD, record=False)
    result = store.verify()
    store.close(record=False)
    assert not result.ok and "logboekeinde" in result.summary()


def test_a_lagging_anchor_is_no_alarm_and_catches_up(vault: Vault) -> None:
    """After kill -9 the anchor may miss the last transaction: that is not tampering."""
    _store_with_rows(vault, 2)
    path = vault.data_dir / audit.ANCHOR_NAME
    older = path.read_bytes()
    store = vault.unlock(PASSWORD)
    store.audit("view", object_type="dossier", object_id="x")
    path.write_bytes(older)  # as if the process died between COMMIT and the anchor write
    result = store.verify()
    assert result.ok, result.summary()
    store.audit("view", object_type="dossier", object_id="y")
    head = audit.head(store.db)
    store.close()
    key = audit.anchor_key(_raw_key(vault))
    anchor = audit.read_anchor(path, key, vault.read_keyfile().store_id)
    assert anchor is not None and head is not None and anchor.last_id >= head.last_id


def test_anchor_follows_commits_not_rollbacks(new_store) -> None:  # type: ignore[no-untyped-def]
    path = new_store.vault.data_dir / audit.ANCHOR_NAME
    before = path.read_bytes()
    try:
        with new_store.db.transaction():
            new_store.audit("view", object_type="dossier", object_id="z")
            raise RuntimeError("roll back")
    except RuntimeError:
        pass
    assert path.read_bytes() == before
    with new_store.db.transaction():
        new_store.audit("view", object_type="dossier", object_id="z")
    assert path.read_bytes() != before
    assert new_store.verify().ok


def test_one_torn_slot_is_no_alarm(vault: Vault) -> None:
    """A power cut can tear at most the slot being written; the other one still counts."""
    _store_with_rows(vault, 3)
    path = vault.data_dir / audit.ANCHOR_NAME
    raw = bytearray(path.read_bytes())
    assert len(raw) == 2 * audit.SLOT_BYTES
    for slot in (0, 1):  # tear either one: the other is still authentic
        torn = bytearray(raw)
        torn[slot * audit.SLOT_BYTES + 10 : slot * audit.SLOT_BYTES + 60] = b"\0" * 50
        path.write_bytes(bytes(torn))
        store = vault.unlock(PASSWORD, record=False)
        result = store.verify()
        store.close(record=False)
        assert result.ok, result.summary()
    # Both slots damaged: that is reported.
    path.write_bytes(b"\0" * (2 * audit.SLOT_BYTES))
    store = vault.unlock(PASSWORD, record=False)
    result = store.verify()
    store.close(record=False)
    assert not result.ok and "anker beschadigd" in result.summary()
