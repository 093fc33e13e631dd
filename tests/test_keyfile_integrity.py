"""Issue 14/4: every change to baken.keys.json is found by unlock or verify, nothing written."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path

import pytest

from storage import keys
from storage.errors import CorruptStoreError, StoreError, WrongSecretError
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD


def digest_dir(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def refused_or_reported(vault: Vault) -> bool:
    """True if unlocking refuses the store, or verify reports it; never writes."""
    try:
        store = vault.unlock(PASSWORD, record=False)
    except (CorruptStoreError, WrongSecretError):
        return True
    except StoreError:
        return True
    try:
        return not store.verify().ok
    finally:
        store.close(record=False)


@pytest.fixture
def closed_store(vault: Vault) -> tuple[Vault, str]:
    store, code = vault.init(PASSWORD)
    store.close()
    return vault, code


def _flip_positions(raw: bytes) -> list[tuple[int, int]]:
    rng = random.Random(14)
    flips = [(i, 0x01) for i in range(len(raw))]  # every byte, lowest bit
    flips += [(rng.randrange(len(raw)), rng.randrange(1, 256)) for _ in range(300)]
    return flips


def test_every_flipped_byte_of_the_key_file_is_detected(closed_store, tmp_path: Path) -> None:
    vault, _code = closed_store
    path = vault.keyfile_path
    raw = path.read_bytes()
    slot_text = raw.index(b'"recovery"')
    before = digest_dir(vault.data_dir)
    missed: list[int] = []
    flips = _flip_positions(raw)
    for pos, mask in flips:
        bad = bytearray(raw)
        bad[pos] ^= mask
        path.write_bytes(bytes(bad))
        expected = {**before, "baken.keys.json": hashlib.sha256(bad).hexdigest()}
        if not refused_or_reported(vault):
            missed.append(pos)
        assert digest_dir(vault.data_dir) == expected, f"something written after flip at {pos}"
    path.write_bytes(raw)
    print(f"\nkey file: {len(flips) - len(missed)} of {len(flips)} flips detected")
    assert missed == [], f"undetected flips at {missed[:20]} (recovery slot at {slot_text})"
    assert refused_or_reported(vault) is False  # the intact file still opens and verifies


def _tamper(raw: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    """Change the parsed content and recompute the (unkeyed) checksum, as an attacker can."""
    data = json.loads(raw)
    change(data)
    mac = data.pop("mac")
    data.pop("checksum")
    checksum = keys._checksum(data, mac)  # noqa: SLF001
    return (
        json.dumps({**data, "mac": mac, "checksum": checksum}, indent=2, sort_keys=True) + "\n"
    ).encode()


def _new_salt(data: dict) -> None:  # type: ignore[type-arg]
    data["slots"]["recovery"]["salt"] = "AAAAAAAAAAAAAAAAAAAAAA=="


def test_changed_recovery_slot_is_reported_by_verify_cli(closed_store, cli, password_file) -> None:  # type: ignore[no-untyped-def]
    vault, code = closed_store
    raw = vault.keyfile_path.read_bytes()
    for change in (
        _new_salt,
        lambda d: d["slots"]["recovery"]["kdf"].update(iterations=2),
        lambda d: d.update(created="2020-01-01T00:00:00.000Z"),
    ):
        bad = _tamper(raw, change)
        vault.keyfile_path.write_bytes(bad)
        before = digest_dir(vault.data_dir)
        r = cli("verify", "--data-dir", str(vault.data_dir), "--password-file", str(password_file))
        assert r.returncode == 1, r.stdout + r.stderr
        assert "sleutelbestand" in r.stderr + r.stdout
        assert "Traceback" not in r.stderr
        assert digest_dir(vault.data_dir) == before
    # One raw byte flipped inside the recovery slot's wrapped key: exit 1, nothing written.
    vault.keyfile_path.write_bytes(raw)
    pos = raw.index(b'"wrapped_key"', raw.index(b'"recovery"')) + 20
    bad = bytearray(raw)
    bad[pos] = ord("A") if bad[pos] != ord("A") else ord("B")
    vault.keyfile_path.write_bytes(bytes(bad))
    before = digest_dir(vault.data_dir)
    r = cli("verify", "--data-dir", str(vault.data_dir), "--password-file", str(password_file))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert digest_dir(vault.data_dir) == before


def test_recovery_code_still_works_when_the_password_slot_is_damaged(closed_store) -> None:
    vault, code = closed_store
    raw = vault.keyfile_path.read_bytes()
    pos = raw.index(b'"wrapped_key"', raw.index(b'"password"')) + 20
    bad = bytearray(raw)
    bad[pos] ^= 0x01
    vault.keyfile_path.write_bytes(bytes(bad))
    with pytest.raises(CorruptStoreError):
        vault.unlock(PASSWORD)
    assert not vault.failures_path.exists()  # damage is not counted as a wrong password
    vault.recover(code, NEW_PASSWORD).close()
    vault.unlock(NEW_PASSWORD).close()
    assert keys.KeyFile.from_bytes(vault.keyfile_path.read_bytes()).version == 2


def test_recover_refuses_a_forged_key_file(closed_store) -> None:
    vault, code = closed_store
    raw = vault.keyfile_path.read_bytes()
    vault.keyfile_path.write_bytes(_tamper(raw, lambda d: d.update(mode="password-only")))
    before = digest_dir(vault.data_dir)
    with pytest.raises(CorruptStoreError):
        vault.recover(code, NEW_PASSWORD)
    assert digest_dir(vault.data_dir) == before


def _legacy_bytes(kf: keys.KeyFile) -> bytes:
    body = kf._body()  # noqa: SLF001
    body["version"] = keys.LEGACY_KEYFILE_VERSION
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()


def test_version_1_key_file_is_upgraded_and_then_no_downgrade(vault: Vault, tmp_path: Path) -> None:
    store, code = vault.init(PASSWORD)
    store.close()
    kf = vault.read_keyfile()
    legacy = _legacy_bytes(kf)
    # A store from before issue 14: old key file, no marker in the database.
    old = tmp_path / "old"
    shutil.copytree(vault.data_dir, old)
    from storage.db import connect

    kv = Vault(old)
    key = keys.open_password_slot(kf, PASSWORD, kv._keyring_secret(kf))  # noqa: SLF001
    db = connect(kv.db_path, key)
    db.execute("DELETE FROM store_meta WHERE key = 'keyfile_version'")
    db.close()
    kv.keyfile_path.write_bytes(legacy)
    # Read-only opening and verify accept it and leave the key file as it is.
    s = kv.unlock(PASSWORD, record=False)
    assert s.verify().ok
    s.close(record=False)
    assert kv.keyfile_path.read_bytes() == legacy
    # The next unlock that writes upgrades it.
    kv.unlock(PASSWORD).close()
    assert keys.KeyFile.from_bytes(kv.keyfile_path.read_bytes()).version == 2
    # Putting the version 1 file back is now a downgrade: refused.
    kv.keyfile_path.write_bytes(legacy)
    with pytest.raises(CorruptStoreError):
        kv.unlock(PASSWORD)
    kv.recover(code, NEW_PASSWORD).close()  # the way out still works
