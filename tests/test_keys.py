"""Key slots, KDF parameters and recovery codes (storage/keys.py)."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import keys
from storage.errors import CorruptStoreError, WrongSecretError
from tests.conftest import ROOT


def _keyfile(
    password: str = "pw", secret: bytes | None = b"k" * 32
) -> tuple[keys.KeyFile, bytes, str]:
    db_key = secrets.token_bytes(32)
    code = keys.generate_recovery_code()
    kf = keys.KeyFile(
        store_id="s-1",
        created="2026-11-23T00:00:00Z",
        mode=keys.MODE_KEYRING,
        keyring_backend="test",
        keyring_check=keys.keyring_check_value(secret) if secret else "",
        slots={
            "password": keys.make_password_slot(db_key, "s-1", password, secret),
            "recovery": keys.make_recovery_slot(db_key, "s-1", code),
        },
    )
    return kf, db_key, code


def test_production_kdf_is_memory_hard_argon2id() -> None:
    p = keys.DEFAULT_KDF
    assert p.memory_kib >= 64 * 1024
    assert p.iterations >= 2
    # In this process the test profile is patched in from tests/testsite (never a switch).
    assert keys.kdf_for_new_slots() == keys.TEST_PROFILE  # type: ignore[attr-defined]
    assert keys.kdf_for_new_slots() != keys.DEFAULT_KDF


_PROBE = (
    "from storage import container, keys; "
    "print(keys.kdf_for_new_slots() == keys.DEFAULT_KDF, container.kdf_iter())"
)


def test_no_environment_variable_weakens_the_shipped_kdf() -> None:
    """Issue 14/11: the shipped program reads no switch that lowers its key derivation."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["BAKEN_INSECURE_FAST_KDF"] = "1"  # the old switch: must do nothing now
    r = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["True", "1000000"]
    for folder in ("storage", "desktop", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            assert "INSECURE" not in path.read_text("utf-8"), path


def test_cli_children_get_the_test_profile(cli, data_dir, password_file) -> None:  # type: ignore[no-untyped-def]
    r = cli("init", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert r.returncode == 0, r.stderr
    r = cli("info", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["kdf"]["memory_kib"] == 8192


def test_password_slot_needs_password_and_keyring_secret() -> None:
    kf, db_key, _ = _keyfile("goed wachtwoord", b"k" * 32)
    assert keys.open_password_slot(kf, "goed wachtwoord", b"k" * 32) == db_key
    with pytest.raises(WrongSecretError):
        keys.open_password_slot(kf, "fout wachtwoord", b"k" * 32)
    with pytest.raises(WrongSecretError):
        keys.open_password_slot(kf, "goed wachtwoord", b"x" * 32)
    with pytest.raises(WrongSecretError):
        keys.open_password_slot(kf, "goed wachtwoord", None)


def test_recovery_slot_opens_with_code_in_any_reasonable_typing() -> None:
    kf, db_key, code = _keyfile()
    assert keys.open_recovery_slot(kf, code) == db_key
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keys.open_recovery_slot(kf, sloppy) == db_key


def test_recovery_code_shape_and_check_character() -> None:
    code = keys.generate_recovery_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [5, 5, 5, 5, 5]
    raw = code.replace("-", "")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    # One hashed check character catches a typo 31 times in 32 (a typo it misses is then
    # refused by the key derivation, with the plainer "wrong code" message): of the 31
    # one-character typos at a position, nearly all are caught here.
    typos = [raw[:3] + c + raw[4:] for c in alphabet if c != raw[3]]
    caught = []
    for typo in typos:
        try:
            keys.normalize_recovery_code(typo)
        except WrongSecretError as exc:
            assert "typefout" in str(exc) or "geldige" in str(exc)
            caught.append(typo)
    assert len(caught) >= 25, len(caught)
    with pytest.raises(WrongSecretError, match="25 tekens"):
        keys.normalize_recovery_code(raw[:-2])


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=40))
def test_arbitrary_recovery_input_never_crashes(text: str) -> None:
    kf, _, _ = _keyfile()
    with pytest.raises(WrongSecretError):
        keys.open_recovery_slot(kf, text)


def test_keyfile_round_trip_and_tamper_refused() -> None:
    kf, db_key, _ = _keyfile("Canary-Wachtwoord-7731")
    raw = kf.to_bytes(db_key)
    again = keys.KeyFile.from_bytes(raw)
    assert keys.open_password_slot(again, "Canary-Wachtwoord-7731", b"k" * 32) == db_key
    assert (
        b"Canary-Wachtwoord" not in raw and db_key not in raw and db_key.hex().encode() not in raw
    )
    for bad in (b"", b"{", b"[]", raw[: len(raw) // 2], raw.replace(b'"password"', b'"x"')):
        with pytest.raises(CorruptStoreError):
            keys.KeyFile.from_bytes(bad)


def test_flipped_ciphertext_in_slot_is_wrong_secret_not_garbage() -> None:
    kf, _, _ = _keyfile("pw")
    slot = kf.slots["password"]
    flipped = bytearray(slot.wrapped)
    flipped[5] ^= 0x01
    slot.wrapped = bytes(flipped)
    with pytest.raises(WrongSecretError):
        keys.open_password_slot(kf, "pw", b"k" * 32)
