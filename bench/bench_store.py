"""Store metrics: unlock time with the production KDF, raw-key open time, verify speed."""

from __future__ import annotations

import hashlib
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from storage import keys
from storage.db import connect
from storage.migrations import MIGRATIONS
from storage.vault import Vault

PASSWORD = "bench-paars-fietsje-onder-de-brug-42"

# metric: (comparison, limit or factor, baseline metric or None)
TARGETS = {
    "unlock_s": [("<=", 0.8, None), ("<=", 1.3, "argon2id_kdf_s")],
    "open_raw_key_ms": [("<=", 5.0, None), ("<=", 2.0, "open_plain_sqlite_ms")],
}


def _median(fn: Any, n: int) -> float:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _probe(path: Path, mode: str, key: bytes, n: int = 15) -> float:
    result = subprocess.run(
        [sys.executable, "-m", "bench.open_probe", str(path), mode, str(n)],
        input=key.hex() + "\n",
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return float(result.stdout.strip())


def run(ctx: Any) -> dict[str, float]:
    out: dict[str, float] = {}
    vault = Vault(ctx.tmp / "store")
    store, _ = vault.init(PASSWORD)
    key = bytes(store._key)
    store.close()
    assert keys.kdf_for_new_slots() == keys.DEFAULT_KDF

    # Baseline: the bare Argon2id derivation with the same parameters.
    params = vault.read_keyfile().slots["password"].kdf
    salt = secrets.token_bytes(16)
    out["argon2id_kdf_s"] = _median(lambda: keys.argon2id(b"x" * 20, salt, params), 3)
    out["unlock_s"] = _median(lambda: vault.unlock(PASSWORD, record=False).close(record=False), 3)

    # Opening with the raw key (no KDF) up to a usable connection (schema loaded). Each
    # variant runs in a fresh process: SQLCipher's cipher_memory_security is process-wide
    # (once on, every allocation is locked and wiped). "app" = Baken's shipped settings
    # (memory security off, issue 16); "memsec-on" = the optional setting, for the README.
    plain = ctx.tmp / "plain.sqlite"
    conn = sqlcipher.connect(str(plain))
    for migration in MIGRATIONS:
        for statement in migration.statements:
            conn.execute(statement)
    conn.commit()
    conn.close()
    out["open_raw_key_ms"] = _probe(vault.db_path, "app", key)
    out["open_raw_key_ms_memsec_on"] = _probe(vault.db_path, "memsec-on", key)
    out["open_plain_sqlite_ms"] = _probe(plain, "plain", b"")

    # Verify speed on a store of some size, scaled per 100 MB; baseline = hashing the file.
    size_mb = 4 if ctx.quick else 64
    db = connect(vault.db_path, key)
    with db.transaction():
        db.execute("CREATE TABLE bench_blob (id INTEGER PRIMARY KEY, data BLOB) STRICT")
        chunk = 256 * 1024
        for i in range(size_mb * 4):
            db.execute("INSERT INTO bench_blob VALUES (?, ?)", (i, os.urandom(chunk)))
    db.close()
    mb = vault.db_path.stat().st_size / 1e6
    store = vault.unlock(PASSWORD, record=False)
    start = time.perf_counter()
    assert store.verify().ok
    verify_s = time.perf_counter() - start
    store.close(record=False)
    start = time.perf_counter()
    hashlib.sha256(vault.db_path.read_bytes()).hexdigest()
    hash_s = time.perf_counter() - start
    out["verify_s_per_100mb"] = verify_s * 100 / mb
    out["sha256_read_s_per_100mb"] = hash_s * 100 / mb
    return out
