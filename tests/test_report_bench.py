"""The report benchmark runs in quick mode and reports its baseline."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import bench_report
from bench.__main__ import Context


@pytest.mark.slow
def test_bench_report_quick(tmp_path: Path) -> None:
    got = bench_report.run(Context(tmp=tmp_path, quick=True))
    assert got["report_dossiers"] >= 200
    for metric in ("report_year_ms", "report_year_ms_raw_group_by", "report_csv_ms"):
        assert got[metric] > 0, metric
    assert set(bench_report.TARGETS) == {"report_year_ms"}
    assert ("<=", 0.25, "report_year_ms_raw_group_by") in bench_report.TARGETS["report_year_ms"]
