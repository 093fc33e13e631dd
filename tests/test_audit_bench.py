"""The audit benchmark runs in quick mode: a valid bulk-loaded chain, verified, with baseline."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import bench_audit
from bench.__main__ import Context


@pytest.mark.slow
def test_bench_audit_quick(tmp_path: Path) -> None:
    got = bench_audit.run(Context(tmp=tmp_path, quick=True))
    assert got["audit_rows"] >= 10_000
    for metric in (
        "audit_verify_s",
        "audit_sha256_rows_s",
        "audit_verify_cpu_s",
        "audit_scan_cpu_s",
    ):
        assert got[metric] > 0, metric
    assert set(bench_audit.TARGETS) == {"audit_verify_s"}
