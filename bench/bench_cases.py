"""Case metrics on stores made by the demo generator: 100,000 dossiers / ~1,000,000 notes
(the unsuffixed metrics), and the growth rows ``_10k`` (10,000 / ~100,000) and ``_300k``
(300,000 / ~3,000,000): 10 notes per dossier at every size.

- ``search_p95_ms``: as-you-type queries through ``CaseService.search`` (names, dossier
  numbers, note words, typed letter by letter); baselines ``search_p95_ms_fts5_exact``: raw
  FTS5 MATCH (rowids only) on the *full words* being typed, and
  ``search_p95_ms_plain_fts5``: the app's prefix MATCH queries straight on the connection.
  Five passes over the typed sequence (each from a cold start), per query the best of
  the passes, then the p95 over the queries (see ``_measure``).
- ``case_list_first_page_ms``: worst median over typical list queries (sorts and filters),
  first page of 100 rows; baseline ``case_list_plain_sql_ms``: ``SELECT ... LIMIT 100``
  on the same table in rowid order.
- ``open_dossier_ms``: ``CaseService.open_dossier`` on a dossier with 200 timeline entries;
  baseline ``open_dossier_plain_sql_ms``: selecting those 200 notes by dossier id.
- ``rss_mb``: resident memory of a separate process that unlocks the store and shows the
  dossier list in a QTableView (offscreen) with five pages loaded.
- ``report_year_ms_<size>``: ``desktop.report.build`` for the busiest year (growth table;
  the report's target is in bench_report).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.make_store import demo_store
from desktop import report as rep
from desktop.cases import CaseService, DossierQuery, Note
from storage.search import forget_expansions, fts_query, words
from storage.vault import Vault

PASSWORD = "bench-paars-fietsje-onder-de-brug-42"
ROOT = Path(__file__).resolve().parent.parent

TARGETS = {
    "search_p95_ms": [("<=", 16.0, None), ("<=", 3.0, "search_p95_ms_fts5_exact")],
    "search_p95_ms_300k": ("<=", 2.0, "search_p95_ms_10k"),
    "case_list_first_page_ms": ("<=", 100.0, None),
    "case_list_first_page_ms_300k": ("<=", 2.0, "case_list_first_page_ms_10k"),
    "open_dossier_ms": ("<=", 50.0, None),
    "open_dossier_ms_300k": ("<=", 50.0, None),
    "rss_mb": ("<=", 300.0, None),
    "rss_mb_300k": ("<=", 300.0, None),
}
NOTES_PER_DOSSIER = 10
SEARCH_PASSES = 5


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _time_ms(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _typed(word: str) -> list[str]:
    """What the search box holds while ``word`` is typed (from 2 letters on)."""
    return [word[:i] for i in range(2, len(word) + 1)]


def _queries(svc: CaseService) -> list[tuple[str, str]]:
    """(what the search box holds, the full words being typed)."""
    rows = svc.list_dossiers(DossierQuery(sort="number", descending=False), limit=4000).rows
    names = [r.person_name for r in rows[:: max(1, len(rows) // 12)] if r.person_name][:12]
    out: list[tuple[str, str]] = []
    for name in names:
        last = name.split(",")[0].split()[-1].lower()
        out += [(q, last) for q in _typed(last)]
    for word in ("huisbezoek", "bedenktijd", "zorgverzekering", "cliënt", "opvang", "tolk"):
        out += [(q, word) for q in _typed(word)]
    for text in ("zoe", "jan de", "DEMO-00012", "aangifte politie", "werk huis"):
        out.append((text, text))
    return out


RSS_SCRIPT = r"""
import os, sys, json
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView
from storage.vault import Vault
from desktop.cases import CaseService, DossierQuery

class Model(QAbstractTableModel):
    def __init__(self, svc):
        super().__init__()
        self.svc, self.rows, self.after, self.done = svc, [], None, False
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)
    def columnCount(self, parent=QModelIndex()):
        return 4
    def data(self, index, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (r.number, r.person_name, r.phase, r.owner)[index.column()]
    def canFetchMore(self, parent=QModelIndex()):
        return not self.done
    def fetchMore(self, parent=QModelIndex()):
        page = self.svc.list_dossiers(DossierQuery(), limit=100, after=self.after)
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
        self.rows += page.rows
        self.endInsertRows()
        self.after, self.done = page.after, page.after is None

app = QApplication([])
store = Vault(Path(sys.argv[1])).unlock(sys.stdin.readline().rstrip("\n"))
model = Model(CaseService(store))
view = QTableView()
view.setModel(model)
view.resize(1000, 700)
view.show()
for _ in range(5):
    if model.canFetchMore():
        model.fetchMore()
    app.processEvents()
rss = 0
with open("/proc/self/status") as fh:
    for line in fh:
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
print(json.dumps({"rss_mb": rss, "rows": len(model.rows)}))
store.close()
"""


def _rss_mb(data_dir: Path) -> float:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, str(data_dir)],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise RuntimeError("rss measurement failed: " + proc.stderr[-2000:])
    return float(json.loads(proc.stdout.strip().splitlines()[-1])["rss_mb"])


def _measure(data_dir: Path, *, baselines: bool) -> dict[str, float]:
    """Every case metric on one store; with ``baselines`` also the same-run baselines."""
    out: dict[str, float] = {}
    store = Vault(data_dir).unlock(PASSWORD)  # shipped settings (memory security off)
    try:
        svc = CaseService(store)
        today = date.today()

        # -- open a dossier with 200 timeline entries ------------------------------
        target = svc.list_dossiers(DossierQuery(sort="number"), limit=1).rows[0]
        have = len(svc.timeline(target.id, limit=1000))
        for i in range(max(0, 200 - have)):
            svc.add_note(
                Note(
                    dossier_id=target.id,
                    kind="telefoon",
                    occurred_on=today - timedelta(days=i % 300),
                    text=f"Contactmoment {i}: afspraak over opvang en bedenktijd.",
                )
            )
        view = svc.open_dossier(target.id)
        assert len(view.timeline) == 200, len(view.timeline)
        samples = [_time_ms(lambda: svc.open_dossier(target.id)) for _ in range(30)]
        out["open_dossier_ms"] = statistics.median(samples)
        raw = store.db.raw
        if baselines:
            plain = [
                _time_ms(
                    lambda: raw.execute(
                        "SELECT * FROM notes WHERE dossier_id = ? "
                        "ORDER BY occurred_on DESC LIMIT 200",
                        (target.id,),
                    ).fetchall()
                )
                for _ in range(30)
            ]
            out["open_dossier_plain_sql_ms"] = statistics.median(plain)

        # -- dossier list, first page -------------------------------------------
        variants = [
            DossierQuery(),
            DossierQuery(sort="name", descending=False),
            DossierQuery(sort="number", descending=False),
            DossierQuery(phase="opvang", sort="name", descending=False),
            DossierQuery(form="arbeid", sort="opened_on"),
            DossierQuery(owner="C. Jansen", open_only=True),
            DossierQuery(bedenktijd_within_days=14, sort="bedenktijd_end", descending=False),
            DossierQuery(status="gepauzeerd", form="crimineel", sort="phase"),
        ]
        medians = []
        for vq in variants:
            times = [_time_ms(lambda vq=vq: svc.list_dossiers(vq, limit=100)) for _ in range(7)]
            medians.append(statistics.median(times))
        out["case_list_first_page_ms"] = max(medians)
        out["case_list_default_first_page_ms"] = medians[0]
        if baselines:
            out["case_list_plain_sql_ms"] = statistics.median(
                [
                    _time_ms(lambda: raw.execute("SELECT * FROM dossiers LIMIT 100").fetchall())
                    for _ in range(7)
                ]
            )

        # -- search as you type -------------------------------------------------
        # SEARCH_PASSES passes over the typed sequence; each pass types from a cold start
        # (the expansions and candidates kept while typing are forgotten) and runs the
        # app's sequence and the baselines' in turn, alternating which goes first. Per
        # query the best of the passes (timeit's convention: what is slower than that is
        # other processes on this shared machine), then the p95 over the queries. Both
        # sides are treated alike.
        pairs = _queries(svc)
        queries = [typed for typed, _full in pairs]
        svc.search(queries[0])  # warm up

        def raw_fts(match: str | None) -> None:
            if match is None:
                return
            raw.execute(
                "SELECT rowid FROM names_fts WHERE names_fts MATCH ? ORDER BY rowid DESC LIMIT 30",
                (match,),
            ).fetchall()
            raw.execute(
                "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT 10",
                (match,),
            ).fetchall()

        def exact(full: str) -> str | None:
            found = words(full)[:8]
            return " ".join(f'"{w}"' for w in found) if found else None

        sequences: dict[str, Any] = {
            "app": lambda: [_time_ms(lambda q=q: svc.search(q)) for q in queries],
        }
        if baselines:
            sequences["exact"] = lambda: [
                _time_ms(lambda f=f: raw_fts(exact(f))) for _q, f in pairs
            ]
            sequences["plain"] = lambda: [
                _time_ms(lambda q=q: raw_fts(fts_query(q))) for q in queries
            ]
        samples: dict[str, list[list[float]]] = {name: [] for name in sequences}
        for n in range(SEARCH_PASSES):
            forget_expansions(store.db)
            order = list(sequences) if n % 2 == 0 else list(reversed(sequences))
            for name in order:
                samples[name].append(sequences[name]())

        def per_query(name: str) -> list[float]:
            return [min(times) for times in zip(*samples[name], strict=True)]

        app_times = per_query("app")
        out["search_p95_ms"] = _p95(app_times)
        out["search_median_ms"] = statistics.median(app_times)
        out["search_queries"] = len(queries)
        if baselines:
            out["search_p95_ms_fts5_exact"] = _p95(per_query("exact"))
            out["search_p95_ms_plain_fts5"] = _p95(per_query("plain"))

        # -- the yearly report (growth table) ------------------------------------
        period = rep.Period(today.year - 1)
        rep.build(store.db, period)
        out["report_year_ms"] = statistics.median(
            [_time_ms(lambda: rep.build(store.db, period)) for _ in range(5)]
        )
    finally:
        store.close()
    out["rss_mb"] = _rss_mb(data_dir)
    return out


def run(ctx: Any) -> dict[str, float]:
    sizes = (
        [("10k", 100), ("", 300), ("300k", 600)]
        if ctx.quick
        else [("10k", 10_000), ("", 100_000), ("300k", 300_000)]
    )
    only = os.environ.get("BAKEN_BENCH_CASES_SIZES")  # e.g. "10k,300k" for a partial run
    out: dict[str, float] = {}
    for suffix, cases in sizes:
        if only is not None and (suffix or "100k") not in only.split(","):
            continue
        folder = ctx.tmp / f"store{suffix or '100k'}"
        result = demo_store(folder, cases, NOTES_PER_DOSSIER, PASSWORD)
        got = _measure(folder, baselines=not suffix)
        name = "_" + (suffix or "100k")
        if not suffix:
            out["demo_dossiers"] = result["dossiers"]
            out["demo_notes"] = result["notes"]
            out["demo_s"] = result["s"]
            out.update(got)
            out["report_year_ms_100k"] = got.pop("report_year_ms")
            del out["report_year_ms"]
        else:
            out[f"demo_dossiers{name}"] = result["dossiers"]
            out[f"demo_notes{name}"] = result["notes"]
            out[f"demo_s{name}"] = result["s"]
            for key in ("search_p95_ms", "search_median_ms", "case_list_first_page_ms"):
                out[key + name] = got[key]
            for key in ("open_dossier_ms", "report_year_ms", "rss_mb"):
                out[key + name] = got[key]
        shutil.rmtree(folder, ignore_errors=True)
    return out
