"""Helper process for test_writer_lock: keeps a store open the way the app or a command does.

``python -m tests.lock_holder DATA_DIR MODE HOLD_S`` (password on stdin). MODE ``app`` opens
like the app (the one writer, refused at once), ``read`` like a reading CLI command. Prints
``ready`` once open, then commits numbered writes forever and prints each number only after
its COMMIT returned; with HOLD_S > 0 each write transaction stays open that many seconds
(a long write such as a big import) and a 1 s gap follows.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from storage import settings
from storage.vault import Vault


def main() -> None:
    data_dir, mode, hold = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    password = sys.stdin.readline().rstrip("\n")
    app = mode == "app"
    vault = Vault(data_dir, access="write", lock_wait=0) if app else Vault(data_dir)
    store = vault.unlock(password)
    print("ready", flush=True)
    n = 0
    while True:
        with store.db.transaction():
            settings.put(store.db, f"h.{n:06d}", "x" * (n % 500))
            store.audit("write", object_type="test", object_id=str(n))
            if hold:
                time.sleep(hold)
        print(n, flush=True)
        n += 1
        if hold:
            time.sleep(1.0)  # a gap in which other processes get their turn


if __name__ == "__main__":
    main()
