"""kill -9 in the middle of a stream of committed writes: every committed write survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from storage import audit, settings
from storage.vault import Vault
from tests.conftest import PASSWORD, ROOT

ROUNDS = 12


def test_committed_writes_survive_kill_9(vault: Vault) -> None:
    vault.init(PASSWORD)[0].close()
    rng = random.Random(7)
    next_n = 0
    for _round in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_writer", str(vault.data_dir), str(next_n)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            text=True,
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PASSWORD + "\n")
        proc.stdin.flush()
        wanted = rng.randrange(3, 40)
        last = None
        for _ in range(wanted):
            line = proc.stdout.readline()
            if not line:
                break
            last = int(line)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stderr = proc.stderr.read() if proc.stderr else ""
        assert last is not None, stderr
        store = vault.unlock(PASSWORD, record=False)
        try:
            present = {
                int(k.split(".")[1]) for k in settings.get_all(store.db) if k.startswith("w.")
            }
            # Every write reported as committed is there, with its audit row.
            assert set(range(last + 1)) <= present
            objects = {e.object_id for e in audit.entries(store.db, action="write", limit=10**6)}
            assert {str(i) for i in range(last + 1)} <= objects
            assert store.verify().ok
            next_n = max(present) + 1
        finally:
            store.close(record=False)
    assert next_n > ROUNDS * 3
    final = vault.unlock(PASSWORD)
    assert final.verify().ok
    final.close()
    assert not list(Path(vault.data_dir).glob(".*.new"))
