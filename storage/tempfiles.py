"""Remove temporary files that a killed Baken run left behind (issue 14, item 13).

Only Baken's own temp-name patterns are touched, and only while the caller holds the data
folder's lock *and* no other process has the folder open (``FolderLock.exclusive_now``), so
a temp file that another running export, backup or restore is still writing is never
removed. Every temp file is encrypted (SQLCipher pages or key-file JSON); removing them is
tidiness and disk space, not secrecy.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from pathlib import Path

_SUFFIX = r"(-journal|-wal|-shm)?"
# In the data folder (and its migration-backups/ and safety-copy folders):
# atomic_write / copy_file_durable:  .<name>.<12 hex>.tmp
# Vault.init:                        .baken.db.<8 hex>.new(-wal|-shm|-journal)
# restore:                           .baken.db.<8 hex>.restore
# handover import staging (folder):  .overdracht-<8 hex>
_DATA_FILES = re.compile(
    r"^\.(?:.+\.[0-9a-f]{12}\.tmp|baken\.db\.[0-9a-f]{8}\.(?:new|restore))" + _SUFFIX + "$"
)
_DATA_DIRS = re.compile(r"^\.overdracht-[0-9a-f]{8}$")


def backup_temp_re(store_id: str) -> re.Pattern[str]:
    """``.baken-backup-<store8>-<stamp>.<8 hex>.tmp`` folders of this store's backups."""
    s8 = re.escape(store_id.replace("-", "")[:8])
    return re.compile(r"^\.baken-backup-" + s8 + r"-\d{8}T\d{9}Z\.[0-9a-f]{8}\.tmp$")


def export_temp_tag(store_id: str) -> str:
    """The tag in an export/transfer temp name: ``.<out>.<12 hex>.baken-<store8>.tmp``."""
    return f"baken-{store_id.replace('-', '')[:8]}.tmp"


def export_temp_re(store_id: str) -> re.Pattern[str]:
    tag = re.escape(export_temp_tag(store_id))
    return re.compile(r"^\..+\.[0-9a-f]{12}\." + tag + _SUFFIX + "$")


def _remove(path: Path) -> int:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        return 0
    return 1


def sweep_folder(folder: Path, *patterns: re.Pattern[str]) -> int:
    """Remove the entries of ``folder`` whose name matches a pattern. Returns how many."""
    removed = 0
    with contextlib.suppress(OSError):
        for p in list(folder.iterdir()):
            if any(pat.match(p.name) for pat in patterns):
                removed += _remove(p)
    return removed


def sweep_data_folder(data_dir: Path) -> int:
    """The data folder's own temp files (caller: lock held, nobody else has it open)."""
    removed = 0
    with contextlib.suppress(OSError):
        for p in list(data_dir.iterdir()):
            pattern = _DATA_DIRS if p.is_dir() else _DATA_FILES
            if pattern.match(p.name):
                removed += _remove(p)
    removed += sweep_folder(data_dir / "migration-backups", _DATA_FILES)
    return removed
