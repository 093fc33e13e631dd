"""Issue 16: the trigger-maintained monthly counts (storage/schema_report.py) always equal
the full computation (storage.report_queries.counts) - over random inserts, updates and
deletes on every table the report reads, destruction, merges, imports and the migration
backfill - and the suppressed report is the same whichever way it was counted."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import demo, demo_care
from desktop import report as rep
from storage import retention, schema_report
from storage.db import Database
from storage.schema_care import CLOSE_REASONS, SHELTER_TYPES
from storage.schema_cases import FORMS, GENDERS, REPORTER_TYPES
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD
from tests.handover_data import fill, handed_over, merged_at_colleague

TODAY = date(2026, 11, 23)
PERIODS = [rep.Period(y) for y in (2023, 2024, 2025, 2026)] + [
    rep.Period(2025, q) for q in (1, 2, 3, 4)
]


def _canon(counts: dict[tuple[str, str], list[tuple[int, str, int]]]) -> dict[object, object]:
    return {k: sorted(v) for k, v in counts.items()}


def assert_consistent(db: Database) -> None:
    """Facts = the full per-record computation; monthly = GROUP BY of the facts; the
    report's counts = the full GROUP BY for every table and period."""
    for measure in ("signals", "dossiers", "placements", "closures"):
        want = sorted(tuple(r) for r in db.query(schema_report.fact_select(measure)))
        got = sorted(
            tuple(r) for r in db.query("SELECT * FROM report_facts WHERE measure = ?", (measure,))
        )
        assert got == want, measure
    stale = db.query(
        "SELECT m.measure, m.dimension, m.ym, m.category, m.n, count(f.rec) FROM report_monthly m "
        "LEFT JOIN report_facts f ON f.measure = m.measure AND f.ym = m.ym AND "
        "CASE m.dimension "
        + " ".join(f"WHEN '{d}' THEN f.{d}" for d in schema_report.DIMS)
        + " END = m.category GROUP BY 1, 2, 3, 4 HAVING m.n <> count(f.rec) OR m.n = 0"
    )
    assert stale == []
    for period in PERIODS:
        assert _canon(rep.monthly_counts(db, period)) == _canon(rep.raw_counts(db, period))
        fast = rep.build(db, period, today=TODAY)
        assert [t.table for t in fast.tables] == [
            t.table for t in _build_from(rep.raw_counts(db, period), period)
        ]


def _build_from(raw: dict[tuple[str, str], list[tuple[int, str, int]]], period: rep.Period):  # type: ignore[no-untyped-def]
    """The report built from the full computation (the code path before issue 16)."""
    original = rep.monthly_counts
    try:
        rep.monthly_counts = lambda db, p: raw  # type: ignore[assignment]
        return rep.build(None, period, today=TODAY).tables  # type: ignore[arg-type]
    finally:
        rep.monthly_counts = original  # type: ignore[assignment]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):  # type: ignore[no-untyped-def]
    vault = Vault(tmp_path_factory.mktemp("report") / "data")
    store, _ = vault.init(NEW_PASSWORD)
    demo.generate(store, 60, notes_per_case=0, today=TODAY)
    demo_care.generate(store, today=TODAY, shelters=6)
    yield store
    store.close()


def test_demo_store_is_consistent_and_backfill_equals_triggers(demo_store) -> None:  # type: ignore[no-untyped-def]
    db = demo_store.db
    assert int(db.scalar("SELECT count(*) FROM report_facts")) > 60
    assert int(db.scalar("SELECT count(*) FROM placements WHERE start_on <> ''")) > 0
    assert_consistent(db)
    before = db.query("SELECT * FROM report_monthly ORDER BY 1, 2, 3, 4")
    with db.transaction():
        schema_report.rebuild(db)  # what the migration's backfill computes
    assert db.query("SELECT * FROM report_monthly ORDER BY 1, 2, 3, 4") == before


OP_NAMES = (
    "dossier_dates",
    "dossier_close",
    "dossier_forms",
    "dossier_person",
    "dossier_delete",
    "person",
    "person_delete",
    "signal",
    "signal_insert",
    "signal_delete",
    "placement",
    "placement_delete",
    "placement_insert",
    "shelter",
    "shelter_delete",
    "closure",
    "closure_delete",
)
OPS = st.lists(st.sampled_from(OP_NAMES), min_size=1, max_size=25)


def _day(r: random.Random) -> str:
    return (date(2023, 1, 1) + timedelta(days=r.randint(0, 4 * 365))).isoformat()


def _forms(r: random.Random) -> str:
    chosen = r.sample(FORMS, r.randint(0, 3))
    return "[" + ",".join(f'"{x}"' for x in chosen) + "]"


class _Rollback(Exception):
    pass


def _pick(db: Database, table: str, n: int, where: str = "") -> str | None:
    rows = db.query(f"SELECT id FROM {table} {where} ORDER BY id")
    return None if not rows else str(rows[n % len(rows)][0])


def _update(
    db: Database, table: str, rec: str, values: dict[str, object], r: random.Random
) -> None:
    """UPDATE a random non-empty subset of ``values``' columns (so that a trigger missing
    one column would be caught)."""
    cols = r.sample(sorted(values), r.randint(1, len(values)))
    db.execute(
        f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*(values[c] for c in cols), rec],
    )


def _apply(db: Database, op: str, r: random.Random) -> None:
    n, m, day, forms = r.randrange(10**6), r.randrange(10**6), _day(r), _forms(r)
    if op.startswith("dossier"):
        d = _pick(db, "dossiers", n)
        if d is None:
            return
        if op == "dossier_dates":
            db.execute("UPDATE dossiers SET opened_on = ? WHERE id = ?", (day, d))
        elif op == "dossier_close":
            closed = "" if m % 3 == 0 else day
            db.execute(
                "UPDATE dossiers SET closed_on = ?, close_reason = ? WHERE id = ?",
                (closed, r.choice([*CLOSE_REASONS, "Iets anders", ""]), d),
            )
        elif op == "dossier_forms":
            db.execute("UPDATE dossiers SET forms = ? WHERE id = ?", (forms, d))
        elif op == "dossier_person":
            p = _pick(db, "persons", m)
            db.execute("UPDATE dossiers SET person_id = ? WHERE id = ?", (p, d))
        else:
            db.execute("DELETE FROM dossiers WHERE id = ?", (d,))  # cascades
    elif op.startswith("person"):
        p = _pick(db, "persons", n)
        if p is None:
            return
        if op == "person_delete":
            db.execute("UPDATE dossiers SET person_id = NULL WHERE person_id = ?", (p,))
            db.execute("DELETE FROM persons WHERE id = ?", (p,))
            return
        values = {
            "gender": r.choice(GENDERS),
            "nationality": r.choice(["", "NL", "PL", "RO", "NG", "VN", "BE"]),
            "birth_date": r.choice(["", day.replace(day[:4], str(r.randint(1950, 2015)))]),
            "birth_year_estimated": r.choice([None, r.randint(1950, 2015)]),
        }
        _update(db, "persons", p, values, r)
    elif op.startswith("signal"):
        s = _pick(db, "signals", n)
        if s is None:
            return
        if op == "signal_delete":
            db.execute("DELETE FROM signals WHERE id = ?", (s,))
        elif op == "signal_insert":
            cols = [r[1] for r in db.query("PRAGMA table_info(signals)") if r[1] != "id"]
            db.execute(
                f"INSERT INTO signals (id, {', '.join(cols)}) SELECT ?, {', '.join(cols)} "
                "FROM signals WHERE id = ?",
                (f"s{m:07d}{n}", s),
            )
            db.execute("UPDATE signals SET received_on = ? WHERE id = ?", (day, f"s{m:07d}{n}"))
        else:
            values = {"received_on": day, "forms": forms, "reporter_type": r.choice(REPORTER_TYPES)}
            _update(db, "signals", s, values, r)
    elif op.startswith("placement"):
        x = _pick(db, "placements", n)
        if x is None:
            return
        if op == "placement_delete":
            db.execute("DELETE FROM placements WHERE id = ?", (x,))
        elif op == "placement_insert":
            d = _pick(db, "dossiers", m)
            cols = [
                r[1]
                for r in db.query("PRAGMA table_info(placements)")
                if r[1] not in ("id", "dossier_id", "previous_id")
            ]
            db.execute(
                f"INSERT INTO placements (id, dossier_id, {', '.join(cols)}) "
                f"SELECT ?, ?, {', '.join(cols)} FROM placements WHERE id = ?",
                (f"x{m:07d}{n}", d, x),
            )
        else:
            org = _pick(db, "organisations", m)
            start = "" if m % 5 == 0 else day
            values = {
                "start_on": start,
                "organisation_id": org,
                "requested_type": r.choice(SHELTER_TYPES),
            }
            if start:
                db.execute("UPDATE placements SET end_on = '' WHERE id = ?", (x,))
            _update(db, "placements", x, values, r)
    elif op.startswith("shelter"):
        sp = _pick(db, "shelter_profiles", n)
        if sp is None:
            return
        if op == "shelter_delete":
            db.execute("DELETE FROM shelter_profiles WHERE id = ?", (sp,))
        else:
            db.execute(
                "UPDATE shelter_profiles SET shelter_type = ? WHERE id = ?",
                (r.choice(SHELTER_TYPES), sp),
            )
    elif op == "closure":
        d = _pick(db, "dossiers", n)
        if d is None:
            return
        db.execute(
            "INSERT INTO dossier_closures (id, created_at, updated_at, created_by, updated_by, "
            "dossier_id, closed_on, reason) VALUES (?, ?, ?, 't', 't', ?, ?, ?) "
            "ON CONFLICT (dossier_id) DO UPDATE SET reason = excluded.reason",
            (f"c{m:07d}{n}", day, day, d, day, r.choice(CLOSE_REASONS)),
        )
    elif op == "closure_delete":
        c = _pick(db, "dossier_closures", n)
        if c is not None:
            db.execute("DELETE FROM dossier_closures WHERE id = ?", (c,))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS, r=st.randoms(use_true_random=False))
def test_random_changes_keep_monthly_counts_equal_to_the_full_computation(
    demo_store, ops, r
) -> None:  # type: ignore[no-untyped-def]
    db = demo_store.db
    try:
        with db.transaction():
            for op in ops:
                try:
                    with db.transaction():  # a savepoint: a refused change leaves nothing
                        _apply(db, op, r)
                except Exception as exc:
                    if "constraint" not in str(exc).lower():
                        raise
            assert_consistent(db)
            raise _Rollback
    except _Rollback:
        pass


def test_destruction_merge_and_import_keep_the_counts(new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo.generate(new_store, 40, notes_per_case=1, today=TODAY)
    demo_care.generate(new_store, today=TODAY, shelters=4)
    ids = fill(new_store, dossiers=3, notes=1)
    db = new_store.db
    assert_consistent(db)

    # destruction (the real storage path): dossiers with placements and closures go
    doomed = [
        str(r[0])
        for r in db.query(
            "SELECT d.id, d.number FROM dossiers d JOIN placements x ON x.dossier_id = d.id "
            "GROUP BY d.id ORDER BY d.id LIMIT 4"
        )
    ]
    record = {
        d: {"number": str(db.scalar("SELECT number FROM dossiers WHERE id = ?", (d,)))}
        for d in doomed
    }
    before = int(db.scalar("SELECT count(*) FROM report_facts"))
    retention.destroy(db, doomed, record, "test", TODAY.isoformat())
    assert int(db.scalar("SELECT count(*) FROM report_facts")) < before
    assert not db.query(
        f"SELECT 1 FROM report_facts WHERE rec IN ({','.join('?' * len(doomed))})", doomed
    )
    assert_consistent(db)

    # merge into a colleague's store (triggers fire on the merged rows)
    with merged_at_colleague(new_store, ids, tmp_path, dossiers=15, today=TODAY) as colleague:
        assert (
            int(colleague.scalar("SELECT count(*) FROM report_facts WHERE rec IN (?, ?, ?)", ids))
            >= 3
        )
        assert_consistent(colleague)

    # handover import: a whole-store copy (triggers dropped during the copy) stays equal
    with handed_over(new_store, tmp_path) as successor:
        assert_consistent(successor)
        assert successor.query("SELECT * FROM report_monthly ORDER BY 1, 2, 3, 4") == db.query(
            "SELECT * FROM report_monthly ORDER BY 1, 2, 3, 4"
        )
