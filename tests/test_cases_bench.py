"""The cases benchmark runs in quick mode and reports every metric with its baseline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, production_env


@pytest.mark.slow
def test_bench_cases_quick(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    r = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "bench_cases", "--output", str(out)],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    data = json.loads(out.read_text())
    for metric in (
        "search_p95_ms",
        "search_p95_ms_plain_fts5",
        "search_p95_ms_fts5_exact",
        "search_p95_ms_10k",
        "search_p95_ms_300k",
        "case_list_first_page_ms_10k",
        "case_list_first_page_ms_300k",
        "open_dossier_ms_300k",
        "rss_mb_300k",
        "report_year_ms_10k",
        "report_year_ms_100k",
        "report_year_ms_300k",
        "case_list_first_page_ms",
        "case_list_plain_sql_ms",
        "open_dossier_ms",
        "open_dossier_plain_sql_ms",
        "rss_mb",
    ):
        assert isinstance(data[metric], float) and data[metric] > 0, metric
    assert data["demo_dossiers"] == 300
    assert data["demo_dossiers_10k"] == 100 and data["demo_dossiers_300k"] == 600
    assert "search_p95_ms_300k" in r.stdout and "x search_p95_ms_10k" in r.stdout
