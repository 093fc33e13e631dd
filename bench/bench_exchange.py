"""Secure exchange (issue 17): one package of 100 dossiers with 5,000 notes.

- ``send_s``: ``ExchangeService.send`` — select the records, encode the payload, sign the
  manifest (Ed25519), encrypt to recipient + sender (age), write the file durably, record
  the verstrekkingenregister rows, exchange hashes and the package log.
- ``receive_s``: ``ExchangeService.receive`` into an empty colleague's store — decrypt,
  verify signature/addressee/sender/payload digest/replay, plan the three-way merge (with
  its dry run) and apply it in one transaction.
- Baselines in the same run: ``age_encrypt_s`` / ``age_decrypt_s`` — bare ``pyrage``
  encrypt/decrypt of the same plaintext (the package's inner ZIP) to the same two
  recipients; everything above that is Baken's own work.
- ``send_s`` / ``receive_s`` are measured with the shipped default: SQLCipher's
  ``cipher_memory_security`` off (storage/db.py).
- ``send_s_memsec_on`` / ``receive_s_memsec_on``: the same, measured in a child process
  with memory security on (it is process-wide; the ``baken.settings.json`` choice). Most of
  ``receive_s_memsec_on`` is the full-text index of the arriving notes (FTS5 triggers,
  thousands of small allocations, each locked and wiped while memory security is on).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from bench.bench_handover import PASSWORD, fill
from desktop.exchange import ExchangeService, parse_card
from storage import exchange as xq
from storage.vault import Vault

TARGETS = {
    "send_s": ("<=", 2.0, None),
    "receive_s": ("<=", 2.0, None),
}


def _timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


ROOT = Path(__file__).resolve().parent.parent


def run(ctx: Any) -> dict[str, float]:
    import storage.db

    storage.db.MEMORY_SECURITY = False  # the shipped default, whatever ran before
    out = measure(ctx.tmp / "shipped", ctx.quick)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    args = [sys.executable, "-m", "bench.bench_exchange", str(ctx.tmp / "on")]
    proc = subprocess.run(
        args + (["quick"] if ctx.quick else []),
        capture_output=True,
        text=True,
        timeout=1800,
        env=env,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise RuntimeError("memsec-on run failed: " + proc.stderr[-2000:])
    on = json.loads(proc.stdout.strip().splitlines()[-1])
    out["send_s_memsec_on"] = on["send_s"]
    out["receive_s_memsec_on"] = on["receive_s"]
    return out


def measure(tmp: Path, quick: bool) -> dict[str, float]:
    cases, notes = (10, 5) if quick else (100, 50)  # 100 dossiers x 50 = 5,000 notes
    out: dict[str, float] = {}
    tmp.mkdir(parents=True)
    fill(tmp / "a", cases, notes)
    a = Vault(tmp / "a").unlock(PASSWORD)
    b, _ = Vault(tmp / "b").init(PASSWORD)
    share = tmp / "teammap"
    share.mkdir()
    try:
        sa, sb = ExchangeService(a), ExchangeService(b)
        ab = sa.add_contact(parse_card(sb.own_card().to_json()), sb.own_fingerprint()).contact
        sb.add_contact(parse_card(sa.own_card().to_json()), sa.own_fingerprint())
        ids = [str(r[0]) for r in a.db.query("SELECT id FROM dossiers ORDER BY number")]
        out["exchange_dossiers"] = len(ids)
        out["exchange_notes"] = int(a.db.scalar("SELECT count(*) FROM notes"))

        out["send_s"], sent = _timed(
            lambda: sa.send(ab.id, dossiers=ids, outbox=share, reason="benchmark")
        )
        path: Path = sent.path
        out["package_mb"] = path.stat().st_size / 1e6

        out["receive_s"], got = _timed(lambda: sb.receive(path))
        assert got.summary.added >= out["exchange_notes"], got.summary

        # -- baseline: bare age encrypt/decrypt of the same plaintext ---------------------
        b_row = xq.active_identity(b.db, b.store_id)
        a_row = xq.active_identity(a.db, a.store_id)
        assert a_row is not None and b_row is not None
        ident = x25519.Identity.from_str(b_row["age_secret"])
        inner = pyrage.decrypt(path.read_bytes(), [ident])
        with zipfile.ZipFile(io.BytesIO(inner)) as z:
            out["payload_mb"] = z.getinfo("payload.json").file_size / 1e6
        recipients = [
            x25519.Recipient.from_str(b_row["age_recipient"]),
            x25519.Recipient.from_str(a_row["age_recipient"]),
        ]
        out["age_encrypt_s"], blob = _timed(lambda: pyrage.encrypt(inner, recipients))
        out["age_decrypt_s"], _ = _timed(lambda: pyrage.decrypt(blob, [ident]))
    finally:
        a.close()
        b.close()
    return out


if __name__ == "__main__":
    import storage.db

    storage.db.MEMORY_SECURITY = True
    print(json.dumps(measure(Path(sys.argv[1]), len(sys.argv) > 2)))
