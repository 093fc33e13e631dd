"""The benchmark harness runs (quick sizes) and writes metric -> number with baselines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, production_env


@pytest.mark.slow
def test_bench_store_quick(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = production_env()
    r = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "bench_store", "--output", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    data = json.loads(out.read_text())
    for metric in (
        "unlock_s",
        "argon2id_kdf_s",
        "open_raw_key_ms",
        "open_plain_sqlite_ms",
        "verify_s_per_100mb",
        "sha256_read_s_per_100mb",
    ):
        assert isinstance(data[metric], float) and data[metric] > 0, metric
    # The production KDF was measured, not the test shortcut.
    assert data["argon2id_kdf_s"] > 0.05
    assert "unlock_s" in r.stdout


@pytest.mark.slow
def test_bench_exchange_quick(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--quick",
            "--only",
            "bench_exchange",
            "--output",
            str(out),
        ],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    data = json.loads(out.read_text())
    for metric in ("send_s", "receive_s", "age_encrypt_s", "age_decrypt_s", "receive_s_memsec_on"):
        assert isinstance(data[metric], float) and data[metric] > 0, metric
    assert data["exchange_notes"] == 50
