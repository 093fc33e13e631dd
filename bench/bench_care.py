"""Opvang metrics on a demo store with 100,000 dossiers and 200 shelters (demo data without
notes and without care plans, which the overview does not read).

- ``occupancy_overview_ms``: median of ``CareService.occupancy()`` (one row per shelter:
  capacity, current clients, open requests and the longest wait; audited as the screen
  does); baseline ``occupancy_overview_ms_plain_sql``: the bare ``GROUP BY`` count of
  current placements per shelter on the same connection.
- ``weekly_occupancy_ms``: median of the 26-week chart over all shelters together;
  baseline ``weekly_occupancy_ms_plain_sql``: selecting the same stays without the app.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta
from typing import Any

from desktop import demo, demo_care
from desktop.care import CareService
from storage.repos import care as q
from storage.vault import Vault

PASSWORD = "bench-paars-fietsje-onder-de-brug-42"

TARGETS = {
    "occupancy_overview_ms": ("<=", 100.0, None),
}


def _median_ms(fn: Any, n: int) -> float:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run(ctx: Any) -> dict[str, float]:
    cases, shelters = (200, 5) if ctx.quick else (100_000, 200)
    out: dict[str, float] = {}
    vault = Vault(ctx.tmp / "care-store")
    store, _ = vault.init(PASSWORD)
    try:
        demo.generate(store, cases, notes_per_case=0)
        # placements, nazorg and closures only: care plans do not change the overview
        result = demo_care.generate(store, shelters=shelters, with_plans=False)
        out["care_demo_placements"] = result.placements
        out["care_demo_shelters"] = result.shelters
        out["care_demo_s"] = result.seconds
        svc = CareService(store)
        rows = svc.occupancy()
        assert len(rows) == shelters, len(rows)
        out["occupancy_current_total"] = sum(r.current for r in rows)
        n = 5 if ctx.quick else 30
        out["occupancy_overview_ms"] = _median_ms(svc.occupancy, n)
        out["occupancy_overview_ms_plain_sql"] = _median_ms(lambda: q.occupancy_plain(store.db), n)
        out["weekly_occupancy_ms"] = _median_ms(lambda: svc.weekly_occupancy(None, 26), n)
        today = date.today()
        monday = today - timedelta(days=today.weekday() + 7 * 25)
        out["weekly_occupancy_ms_plain_sql"] = _median_ms(
            lambda: q.stays(store.db, None, monday.isoformat(), today.isoformat()), n
        )
    finally:
        store.close()
    return out
