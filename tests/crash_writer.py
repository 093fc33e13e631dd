"""Helper process for test_crash: commits numbered writes and reports each after COMMIT."""

from __future__ import annotations

import sys
from pathlib import Path

from storage import settings
from storage.vault import Vault


def main() -> None:
    data_dir, start = Path(sys.argv[1]), int(sys.argv[2])
    password = sys.stdin.readline().rstrip("\n")
    store = Vault(data_dir).unlock(password)
    n = start
    while True:
        with store.db.transaction():
            settings.put(store.db, f"w.{n:06d}", "x" * (n % 700))
            store.audit("write", object_type="test", object_id=str(n))
        print(n, flush=True)  # only after COMMIT returned
        n += 1


if __name__ == "__main__":
    main()
