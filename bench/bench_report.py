"""Monitoring report on a demo store of 100,000 dossiers (with care facts).

- ``report_year_ms``: median over repeated runs of ``desktop.report.build`` for the busiest
  year (the trigger-maintained monthly counts of issue 16, categories, small-cell
  suppression of all tables); baseline ``report_year_ms_raw_group_by``: the full GROUP BY
  computation over the records (``report.raw_counts``), in the same run on the same store.
- ``report_csv_ms``: building plus writing the CSV (what ``baken report`` does after unlock).
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import date
from typing import Any

from desktop import demo, demo_care
from desktop import report as rep
from storage.vault import Vault

PASSWORD = "bench-rapport-zonder-namen-2026"
TODAY = date(2026, 11, 23)

TARGETS = {
    "report_year_ms": [("<=", 200.0, None), ("<=", 0.25, "report_year_ms_raw_group_by")],
}


def _median_ms(fn: Any, runs: int) -> float:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return statistics.median(out)


def run(ctx: Any) -> dict[str, float]:
    cases = 200 if ctx.quick else 100_000
    runs = 3 if ctx.quick else 7
    vault = Vault(ctx.tmp / "store")
    store, _ = vault.init(PASSWORD)
    try:
        demo.generate(store, cases, notes_per_case=0, today=TODAY)
        demo_care.generate(store, today=TODAY)
        store.db.execute("ANALYZE")
        db = store.db
        period = rep.Period(TODAY.year - 1)  # a full year of data
        rep.build(db, period)  # warm the page cache for both measurements alike
        raw_ms = _median_ms(lambda: rep.raw_counts(db, period), runs)
        year_ms = _median_ms(lambda: rep.build(db, period), runs)

        def csv_run() -> None:
            rep.write_csv(rep.build(db, period), io.StringIO())

        csv_ms = _median_ms(csv_run, runs)
        dossiers = float(db.scalar("SELECT count(*) FROM dossiers"))
    finally:
        store.close()
    return {
        "report_year_ms": year_ms,
        "report_year_ms_raw_group_by": raw_ms,
        "report_csv_ms": csv_ms,
        "report_dossiers": dossiers,
    }
