"""A full disk and a read-only folder: a clear Dutch message and nothing half-written.

Uses a real small tmpfs (needs root, as in CI); as a normal user the read-only case falls
back to file permissions and the full-disk case is skipped.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import settings
from storage.errors import StoreIOError
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD


@contextlib.contextmanager
def tmpfs(path: Path, size_kib: int) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(path)],
        capture_output=True,
    )
    if r.returncode != 0:
        pytest.skip("kan geen tmpfs aankoppelen (geen root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def _fill(folder: Path) -> None:
    with contextlib.suppress(OSError), open(folder / "vulling.bin", "wb") as fh:
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
            os.fsync(fh.fileno())


def test_init_on_full_disk_leaves_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "vol", 2048) as mnt:
        _fill(mnt)
        filler = mnt / "vulling.bin"
        os.truncate(filler, filler.stat().st_size - 8192)
        vault = Vault(mnt / "data")
        with pytest.raises(StoreIOError, match="schijf is vol|Lezen of schrijven"):
            vault.init(PASSWORD)
        left = sorted(p.name for p in (mnt / "data").iterdir()) if (mnt / "data").exists() else []
        assert left == []


def test_write_on_full_disk_keeps_store_whole(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "vol", 4096) as mnt:
        vault = Vault(mnt / "data")
        store, _ = vault.init(PASSWORD)
        settings.put(store.db, "voor", "bewaard")
        _fill(mnt)
        with pytest.raises(StoreIOError, match="schijf is vol"), store.db.transaction():
            for i in range(2000):
                settings.put(store.db, f"groot.{i}", "y" * 2000)
        store.close(record=False)
        (mnt / "vulling.bin").unlink()
        again = vault.unlock(PASSWORD)
        assert settings.get(again.db, "voor") == "bewaard"
        assert settings.get_all(again.db, "groot.") == {}  # all or nothing
        assert again.verify().ok
        again.close()


def test_read_only_folder(tmp_path: Path) -> None:
    vault = Vault(tmp_path / "data")
    vault.init(PASSWORD)[0].close()
    before = {p.name: p.read_bytes() for p in vault.data_dir.iterdir()}
    if os.geteuid() == 0:
        mnt = tmp_path / "ro"
        mnt.mkdir()
        r = subprocess.run(
            ["mount", "--bind", "-o", "ro", str(vault.data_dir), str(mnt)], capture_output=True
        )
        if r.returncode != 0:
            pytest.skip("kan geen alleen-lezen koppeling maken")
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mnt)], check=False)
        target = Vault(mnt)
    else:
        vault.data_dir.chmod(0o500)
        target = vault
    try:
        with pytest.raises(StoreIOError, match="schrijfrechten|alleen-lezen"):
            target.change_password(PASSWORD, NEW_PASSWORD)
        with pytest.raises(StoreIOError, match="schrijfrechten|alleen-lezen"):
            target.unlock(PASSWORD)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", "-l", str(tmp_path / "ro")], check=False)
        else:
            vault.data_dir.chmod(0o700)
    assert {p.name: p.read_bytes() for p in vault.data_dir.iterdir()} == before
