"""A tampered or truncated database is refused, never "repaired", and left untouched."""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from storage import settings
from storage.errors import CorruptStoreError
from storage.vault import Vault
from tests.conftest import PASSWORD

PAGE = 4096


@pytest.fixture
def sealed_store(vault: Vault) -> Vault:
    """A closed store of several pages (settings rows spread over the file)."""
    store, _ = vault.init(PASSWORD)
    with store.db.transaction():
        for i in range(60):
            settings.put(store.db, f"filler.{i}", "x" * 400)
    store.close()
    assert not Path(str(vault.db_path) + "-wal").exists() or (
        Path(str(vault.db_path) + "-wal").stat().st_size == 0
    )
    return vault


def detects(vault: Vault) -> bool:
    """True if opening or verifying refuses the file."""
    try:
        store = vault.unlock(PASSWORD, record=False)
    except CorruptStoreError:
        return True
    try:
        return not store.verify().ok
    except CorruptStoreError:
        return True
    finally:
        store.close(record=False)


def _copy(src: Vault, dst_dir: Path) -> Vault:
    shutil.copytree(src.data_dir, dst_dir)
    return Vault(dst_dir)


def test_every_flipped_byte_is_detected(sealed_store: Vault, tmp_path: Path) -> None:
    original = sealed_store.db_path.read_bytes()
    pages = len(original) // PAGE
    assert pages >= 6
    rng = random.Random(20261123)
    positions = [0, 8, 15, 16, 100, PAGE - 1, PAGE - 64, PAGE - 80, len(original) - 1]
    for page in range(pages):  # at least two random positions on every page
        positions += [page * PAGE + rng.randrange(PAGE) for _ in range(2)]
    for n, pos in enumerate(positions):
        copy = _copy(sealed_store, tmp_path / f"c{n}")
        data = bytearray(original)
        data[pos] ^= 1 << rng.randrange(8)
        copy.db_path.write_bytes(bytes(data))
        tampered = hashlib.sha256(bytes(data)).hexdigest()
        assert detects(copy), f"flip at byte {pos} (page {pos // PAGE}) not detected"
        # Refusal never rewrites the tampered file.
        assert hashlib.sha256(copy.db_path.read_bytes()).hexdigest() == tampered
        shutil.rmtree(copy.data_dir)


@pytest.mark.parametrize("keep", [0, 100, PAGE, PAGE * 3 + 17])
def test_truncated_file_is_refused_untouched(sealed_store: Vault, keep: int) -> None:
    path = sealed_store.db_path
    path.write_bytes(path.read_bytes()[:keep])
    before = path.read_bytes()
    assert detects(sealed_store)
    with pytest.raises(CorruptStoreError, match="beschadigd"):
        sealed_store.unlock(PASSWORD).close()
    assert path.read_bytes() == before


def test_tampered_store_verify_cli_exit_1(sealed_store: Vault, cli, password_file: Path) -> None:
    path = sealed_store.db_path
    data = bytearray(path.read_bytes())
    data[PAGE * 2 + 500] ^= 0x40
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    result = cli(
        "verify", "--data-dir", str(sealed_store.data_dir), "--password-file", str(password_file)
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "MISLUKT" in result.stdout or "beschadigd" in result.stderr
    assert path.read_bytes() == before
