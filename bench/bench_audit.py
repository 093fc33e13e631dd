"""Audit log metrics: verifying the hash chain of 1,000,000 rows (issue 8).

``audit_verify_s``: the chain check of "Logboek controleren" (``audit_service.check_chain``
= ``storage.audit.verify_chain_fast``) over the whole log of an encrypted store (read,
decrypt, re-hash, compare). ``audit_verify_chain_s``: the original
``storage.audit.verify_chain`` (used by ``baken verify``) on the same store, for reference.
Baseline ``audit_sha256_rows_s``: the same chain of SHA-256 hashes over the same rows'
fields in plain Python, without the database.
The machine is shared, so ``audit_verify_cpu_s`` (CPU time of a one-thread check) and
``audit_sha256_rows_cpu_s`` show what an idle machine would take. ``audit_scan_cpu_s``: CPU
seconds of SQLite alone reading and decrypting every row of the log (no Python per row), so
``audit_verify_cpu_s`` ~ ``audit_scan_cpu_s`` + building the messages in SQL + hashing them.
Also reported: ``audit_insert_rows_s`` (bulk load through ``audit.append_many``).
Quick mode: 10,000 rows.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from typing import Any

from desktop import audit_service
from storage import audit
from storage.vault import Vault

PASSWORD = "bench-paars-fietsje-onder-de-brug-42"

# metric: (comparison, limit or factor, baseline metric or None)
TARGETS = {"audit_verify_s": ("<=", 5.0, None)}

ACTIONS = ("dossier.view", "note.create", "dossier.update", "search", "letter.print", "lock")
CHUNK = 20_000


def _records(start: int, n: int) -> list[tuple[str, ...]]:
    """Realistic rows: one per ~10 s from 2026-01-01, ids only, no names."""
    out = []
    for k in range(start, start + n):
        secs = k * 10
        day, rem = divmod(secs, 86400)
        ts = (
            f"2026-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}T"
            f"{rem // 3600:02d}:{rem // 60 % 60:02d}:{rem % 60:02d}.{k % 1000:03d}Z"
        )
        action = ACTIONS[k % len(ACTIONS)]
        out.append(
            (
                ts,
                "Fictieve Coördinator",
                "",
                action,
                action.split(".")[0],
                uuid.UUID(int=k * 7919 + 1).hex,
                "ok",
                "laptop-zvh-01",
                "velden: status" if action == "dossier.update" else "",
            )
        )
    return out


def _hash_chain(prev: str, records: list[tuple[str, ...]]) -> str:
    sep = "\x1f"
    for fields in records:
        h = hashlib.sha256(prev.encode("ascii"))
        h.update(sep.join(fields).encode("utf-8"))
        prev = h.hexdigest()
    return prev


def run(ctx: Any) -> dict[str, float]:
    rows = 10_000 if ctx.quick else 1_000_000
    vault = Vault(ctx.tmp / "store")
    store, _ = vault.init(PASSWORD)
    try:
        hash_s = hash_cpu_s = insert_s = 0.0
        prev = str(store.db.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))
        for start in range(0, rows, CHUNK):
            records = _records(start, min(CHUNK, rows - start))
            t0, c0 = time.perf_counter(), time.thread_time()
            prev = _hash_chain(prev, records)
            hash_s += time.perf_counter() - t0
            hash_cpu_s += time.thread_time() - c0
            t0 = time.perf_counter()
            audit.append_many(store.db, records)
            insert_s += time.perf_counter() - t0
        # The plain-Python chain ends where the stored one does: same rows, same hashes.
        last = store.db.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
        assert last == prev, "bulk-loaded chain differs from the plain-Python chain"
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        total = int(store.db.scalar("SELECT count(*) FROM audit_log"))
    finally:
        store.close(record=False)

    # Verify on a freshly unlocked store (cold page cache of SQLCipher).
    store = vault.unlock(PASSWORD, record=False)
    try:
        t0 = time.perf_counter()
        result = audit_service.check_chain(store.db, open_db=store.open_worker_db)
        verify_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        legacy = audit.verify_chain(store.db)
        legacy_s = time.perf_counter() - t0
        # CPU seconds of a one-thread check: what the wall time would be on an idle core.
        c0 = time.thread_time()
        single = audit.verify_chain_fast(store.db)
        verify_cpu_s = time.thread_time() - c0
        c0 = time.thread_time()
        store.db.scalar("SELECT sum(length(hash)) FROM audit_log")
        scan_cpu_s = time.thread_time() - c0
    finally:
        store.close(record=False)
    assert result.ok and result.rows == total, result
    assert legacy.ok and legacy.rows == total, legacy
    assert single == legacy
    return {
        "audit_verify_s": verify_s,
        "audit_verify_chain_s": legacy_s,
        "audit_verify_cpu_s": verify_cpu_s,
        "audit_scan_cpu_s": scan_cpu_s,
        "audit_sha256_rows_s": hash_s,
        "audit_sha256_rows_cpu_s": hash_cpu_s,
        "audit_insert_rows_s": insert_s,
        "audit_rows": float(total),
    }
