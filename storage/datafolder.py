"""The files of a data folder and what can be told about it without a key.

Plain file checks (no SQLCipher, no cryptography, no keyring), so the app's unlock window
can show before ``storage.vault`` and its native libraries are loaded (issue 16: start-up).
``storage.vault.Vault`` uses these same names and functions.
"""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "baken.db"
KEYFILE_NAME = "baken.keys.json"
FAILURES_NAME = "unlock-failures.json"
MAX_RECORDED_FAILURES = 100


def default_data_dir() -> Path:
    env = os.environ.get("BAKEN_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("Baken", appauthor=False, roaming=False))


def store_exists(data_dir: Path) -> bool:
    """A key file or a database in the folder (a damaged pair still counts: unlocking
    then says what is wrong, and the first-run set-up never overwrites it)."""
    return (data_dir / KEYFILE_NAME).exists() or (data_dir / DB_NAME).exists()


def failed_attempts(data_dir: Path) -> list[str]:
    """The failed unlock attempts recorded in the side file (times and kinds only)."""
    try:
        text = (data_dir / FAILURES_NAME).read_text("utf-8")
    except OSError:
        return []
    import json  # only once a failure was recorded

    try:
        data = json.loads(text)
        items = data.get("failures", [])
        return [str(x) for x in items][:MAX_RECORDED_FAILURES]
    except (ValueError, AttributeError):
        return []


def delay_seconds(data_dir: Path) -> float:
    """A short growing delay after repeated failures: 0,0,0,1,2,4,8,15,15,..."""
    n = len(failed_attempts(data_dir))
    if n < 3:
        return 0.0
    return float(min(15, 2 ** (n - 3)))
