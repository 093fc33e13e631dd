"""Handover and backup on a store of 10,000 dossiers / 500,000 notes (demo generator).

- ``export_s``: ``export_handover`` (sqlcipher_export into the passphrase container with the
  production KDF, manifest counts and the SHA-256 content digest over every table).
  Baseline ``raw_sqlcipher_export_s``: a bare ``ATTACH ... KEY`` + ``sqlcipher_export`` of
  the same store in the same run (no digest, no manifest, no fsync).
- ``import_s``: ``import_handover`` into an empty folder (``sqlcipher_export`` of the file
  into the new store's file under its own key while every page's HMAC of the file is
  checked; then the copy verified: b-trees and constraints, references, manifest, counts,
  digest, schema; two Argon2id slots meanwhile, keyring entry, recovery code).
  Baseline: ``raw_sqlcipher_export_s`` again (one bare encrypted copy of the data).
- ``backup_s``: ``create_backup`` (online backup API page copy + HMAC/structure/audit-chain
  verification of the copy). Baseline ``backup_plain_copy_s``: copying the database file.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from desktop import demo
from storage import backup, handover
from storage.audit import now_utc
from storage.repos import cases as q
from storage.repos.base import Repo
from storage.vault import Vault

PASSWORD = "bench-paars-fietsje-onder-de-brug-42"
NEW_PASSWORD = "bench-zeven-blauwe-kraanvogels-bij-dageraad"
ROOT = Path(__file__).resolve().parent.parent

TARGETS = {
    "export_s": ("<=", 2.0, "raw_sqlcipher_export_s"),
    "import_s": [("<=", 15.0, None), ("<=", 3.0, "raw_sqlcipher_export_s")],
    "backup_s": ("<=", 5.0, None),
}


def _timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def fill(data_dir: Path, cases: int, notes: int) -> tuple[int, int]:
    """Create the store (fictional demo data) — in a separate process, see ``run``."""
    vault = Vault(data_dir)
    store, _ = vault.init(PASSWORD)
    try:
        # Dossiers (with persons, signals, a few notes) from the demo generator in slices of
        # 1,000 (one transaction each), then the remaining notes in transactions of 10,000
        # through the notes repository.
        made_dossiers = made_notes = 0
        while made_dossiers < cases:
            result = demo.generate(
                store, min(1000, cases - made_dossiers), notes_per_case=2, seed=made_dossiers
            )
            made_dossiers += result.dossiers
            made_notes += result.notes
        dossier_ids = [r["id"] for r in Repo(store.db, q.DOSSIERS).where({}, limit=cases * 2)]
        notes_repo = Repo(store.db, q.NOTES)
        rnd = random.Random(7)
        ts = now_utc()
        words = ("opvang", "huisvesting", "bedenktijd", "tolk", "aangifte", "werk", "gesprek")
        while made_notes < cases * notes:
            n = min(10_000, cases * notes - made_notes)
            rows = [
                (
                    uuid.uuid4().hex,
                    ts,
                    ts,
                    "bench",
                    "bench",
                    rnd.choice(dossier_ids),
                    "notitie",
                    f"2026-{rnd.randint(1, 11):02d}-{rnd.randint(1, 28):02d}",
                    f"{rnd.randint(8, 17):02d}:{rnd.randint(0, 59):02d}",
                    " ".join(rnd.choice(words) for _ in range(12)) + f" {made_notes + i}",
                )
                for i in range(n)
            ]
            with store.db.transaction():
                notes_repo.bulk_insert(rows, q.NOTES.columns)
            made_notes += n
        q.analyze(store.db)
    finally:
        store.close()
    return made_dossiers, made_notes


def run(ctx: Any) -> dict[str, float]:
    # BAKEN_BENCH_HANDOVER_SCALE (e.g. 0.2) shrinks the full run on a slow machine.
    scale = float(os.environ.get("BAKEN_BENCH_HANDOVER_SCALE", "1"))
    cases, notes = (40, 5) if ctx.quick else (int(10_000 * scale), 50)
    out: dict[str, float] = {}
    vault = Vault(ctx.tmp / "store")
    # The store is built by a child process (fictional data only). Everything measured
    # below runs here, with the shipped settings (memory security off, issue 16).
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "bench.bench_handover", str(vault.data_dir), str(cases), str(notes)],
        capture_output=True,
        text=True,
        timeout=3600,
        env=env,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise RuntimeError("filling the store failed: " + proc.stderr[-2000:])
    made = json.loads(proc.stdout.strip().splitlines()[-1])
    os.sync()  # the new store written out first: no writeback queued under the timings
    out["handover_dossiers"] = made["dossiers"]
    out["handover_notes"] = made["notes"]
    out["handover_db_mb"] = vault.db_path.stat().st_size / 1e6
    store = vault.unlock(PASSWORD)
    try:
        # -- baseline: bare sqlcipher_export of the same store ---------------------------
        raw_target = ctx.tmp / "raw-export.db"
        conn = store.db.raw

        def raw_export() -> None:
            conn.execute(
                "ATTACH DATABASE ? AS rawx KEY ?",
                (str(raw_target), "x'" + secrets.token_hex(32) + "'"),  # raw key: copy only
            )
            conn.execute("SELECT sqlcipher_export('rawx')")
            conn.execute("DETACH DATABASE rawx")

        out["raw_sqlcipher_export_s"], _ = _timed(raw_export)
        raw_target.unlink()

        # -- export -----------------------------------------------------------------------
        target = ctx.tmp / "overdracht.baken"
        out["export_s"], res = _timed(lambda: handover.export_handover(store, target))
        out["export_file_mb"] = target.stat().st_size / 1e6

        # -- backup -----------------------------------------------------------------------
        out["backup_s"], _ = _timed(lambda: backup.create_backup(store, folder=ctx.tmp / "bk"))
        copy_target = ctx.tmp / "plain-copy.db"
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        out["backup_plain_copy_s"], _ = _timed(lambda: shutil.copyfile(vault.db_path, copy_target))
        copy_target.unlink()
    finally:
        store.close()

    # -- import -------------------------------------------------------------------------
    successor = Vault(ctx.tmp / "opvolger")
    out["import_s"], _ = _timed(
        lambda: handover.import_handover(successor, target, res.passphrase, NEW_PASSWORD)
    )
    return out


if __name__ == "__main__":
    import storage.db

    storage.db.MEMORY_SECURITY = False  # the default; see storage/db.py
    d, n = fill(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
    print(json.dumps({"dossiers": d, "notes": n}))
