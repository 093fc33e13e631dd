"""Issue 16: what a name hit shows is kept in its ``search_docs`` row (schema step 12,
storage/schema_search.py). After every statement those fields equal what the records give
— over random inserts, updates and deletes of persons and dossiers, a merge, a handover
import and the migration's backfill — and a search shows the same as when it read the
records themselves (the statement before step 12)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import demo
from desktop.cases import CaseService
from storage import migrations, retention, schema_search
from storage import search as fts
from storage.db import Database
from storage.schema_cases import PHASES
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD
from tests.handover_data import fill, handed_over, merged_at_colleague

TODAY = date(2026, 11, 23)

# What a hit showed before step 12: read from the records (the latest dossier with the
# same order the triggers use).
_FROM_RECORDS = (
    "SELECT d.docid, d.kind, d.object_id, coalesce(p.first_name, x.number),"
    " coalesce(p.last_name, x.person_name), coalesce(p.alias, x.phase),"
    " p.birth_date, p.birth_year_estimated,"
    " coalesce((SELECT y.id FROM dossiers y WHERE y.person_id = p.id"
    "  ORDER BY y.opened_on DESC, y.created_at DESC, y.id DESC LIMIT 1), '')"
    " FROM search_docs d"
    " LEFT JOIN persons p ON d.kind = 'person' AND p.id = d.object_id"
    " LEFT JOIN dossiers x ON d.kind = 'dossier' AND x.id = d.object_id"
    " WHERE d.kind IN ('person', 'dossier') ORDER BY d.docid"
)
_KEPT = (
    "SELECT docid, kind, object_id,"
    " CASE kind WHEN 'person' THEN first_name ELSE number END,"
    " CASE kind WHEN 'person' THEN last_name ELSE person_name END,"
    " CASE kind WHEN 'person' THEN alias ELSE phase END,"
    " CASE kind WHEN 'person' THEN birth_date END,"
    " CASE kind WHEN 'person' THEN birth_year_estimated END,"
    " CASE kind WHEN 'person' THEN latest_dossier_id ELSE '' END"
    " FROM search_docs WHERE kind IN ('person', 'dossier') ORDER BY docid"
)


def assert_kept(db: Database) -> None:
    """Every person and dossier has one row, and its fields are the records' values."""
    records = int(
        db.scalar("SELECT (SELECT count(*) FROM persons) + (SELECT count(*) FROM dossiers)")
    )
    assert int(db.scalar("SELECT count(*) FROM search_docs WHERE kind <> 'note'")) == records
    assert db.query(_KEPT) == db.query(_FROM_RECORDS)
    # a dossier's own fields are blank on a person's row and the other way round
    assert not db.query(
        "SELECT docid FROM search_docs WHERE (kind = 'person' AND number || person_name || phase"
        " <> '') OR (kind = 'dossier' AND first_name || last_name || alias || birth_date"
        " || latest_dossier_id <> '') OR (kind = 'note' AND first_name || last_name || alias"
        " || birth_date || latest_dossier_id || number || person_name || phase <> '')"
    )


def _pick(db: Database, table: str, n: int) -> str | None:
    rows = db.query(f"SELECT id FROM {table} ORDER BY id")
    return None if not rows else str(rows[n % len(rows)][0])


def _day(r: random.Random) -> str:
    # few distinct days, so that two dossiers of a person often open on the same day
    return (date(2025, 1, 1) + timedelta(days=r.randint(0, 5))).isoformat()


def _name(r: random.Random) -> str:
    return r.choice(["", "Zoë", "Jan", "de Vries", "محمد", "Nguyễn", "O'Neil", "🙂 Ana"])


def _apply(db: Database, op: str, r: random.Random) -> None:
    n, m = r.randrange(10**6), r.randrange(10**6)
    stamp = f"2026-01-0{r.randint(1, 3)}T10:00:00Z"
    if op == "person_insert":
        db.execute(
            "INSERT INTO persons (id, created_at, updated_at, created_by, updated_by,"
            " first_name, last_name, alias, birth_date, birth_year_estimated)"
            " VALUES (?, ?, ?, 't', 't', ?, ?, ?, ?, ?)",
            (
                f"p{n:07d}",
                stamp,
                stamp,
                _name(r),
                _name(r),
                _name(r),
                r.choice(["", "1990-04-01", "2001-12-31"]),
                r.choice([None, 1985]),
            ),
        )
    elif op == "dossier_insert":
        p = _pick(db, "persons", m) if m % 5 else None
        db.execute(
            "INSERT INTO dossiers (id, created_at, updated_at, created_by, updated_by, number,"
            " person_id, person_name, phase, opened_on) VALUES (?, ?, ?, 't', 't', ?, ?, ?, ?, ?)",
            (f"d{n:07d}", stamp, stamp, f"T-{n:07d}", p, _name(r), r.choice(PHASES), _day(r)),
        )
    elif op.startswith("person"):
        p = _pick(db, "persons", n)
        if p is None:
            return
        if op == "person_delete":
            db.execute("UPDATE dossiers SET person_id = NULL WHERE person_id = ?", (p,))
            db.execute("DELETE FROM persons WHERE id = ?", (p,))
            return
        values: dict[str, object] = {
            "first_name": _name(r),
            "last_name": _name(r),
            "alias": _name(r),
            "birth_date": r.choice(["", "1979-02-03"]),
            "birth_year_estimated": r.choice([None, 1999]),
            "nationality": "PL",
        }
        _update(db, "persons", p, values, r)
    else:
        d = _pick(db, "dossiers", n)
        if d is None:
            return
        if op == "dossier_delete":
            db.execute("DELETE FROM dossiers WHERE id = ?", (d,))
            return
        values = {
            "number": f"T-{m:07d}",
            "person_name": _name(r),
            "phase": r.choice(PHASES),
            "opened_on": _day(r),
            "created_at": stamp,
            "person_id": _pick(db, "persons", m) if m % 4 else None,
            "owner": "C. Jansen",
        }
        _update(db, "dossiers", d, values, r)


def _update(
    db: Database, table: str, rec: str, values: dict[str, object], r: random.Random
) -> None:
    """UPDATE a random non-empty subset of the columns (a trigger missing one is caught)."""
    cols = r.sample(sorted(values), r.randint(1, len(values)))
    db.execute(
        f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
        [*(values[c] for c in cols), rec],
    )


OPS = st.lists(
    st.sampled_from(
        (
            "person_insert",
            "person_update",
            "person_delete",
            "dossier_insert",
            "dossier_update",
            "dossier_delete",
        )
    ),
    min_size=1,
    max_size=30,
)


class _Rollback(Exception):
    pass


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):  # type: ignore[no-untyped-def]
    vault = Vault(tmp_path_factory.mktemp("docs") / "data")
    store, _ = vault.init(NEW_PASSWORD)
    demo.generate(store, 40, notes_per_case=1, today=TODAY)
    yield store
    store.close()


def test_demo_store_keeps_the_fields_and_the_backfill_gives_the_same(demo_store) -> None:  # type: ignore[no-untyped-def]
    db = demo_store.db
    assert int(db.scalar("SELECT count(*) FROM search_docs WHERE latest_dossier_id <> ''")) > 20
    assert_kept(db)
    before = db.query("SELECT * FROM search_docs ORDER BY docid")
    with db.transaction():
        db.execute(
            "UPDATE search_docs SET first_name = '', last_name = '', alias = '', birth_date = '',"
            " birth_year_estimated = NULL, latest_dossier_id = '', number = '', person_name = '',"
            " phase = ''"
        )
        schema_search.backfill(db)
    assert db.query("SELECT * FROM search_docs ORDER BY docid") == before


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS, r=st.randoms(use_true_random=False))
def test_random_changes_keep_the_fields_equal_to_the_records(demo_store, ops, r) -> None:  # type: ignore[no-untyped-def]
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
            assert_kept(db)
            raise _Rollback
    except _Rollback:
        pass


def _hits_from_records(db: Database, match: str, limit: int) -> list[object]:
    """``name_hits`` as it was before step 12: every field read from the records."""
    rows = db.query(
        "SELECT d.kind, d.object_id, p.first_name, p.last_name, p.alias, p.birth_date,"
        " p.birth_year_estimated, (SELECT y.id FROM dossiers y WHERE y.person_id = p.id"
        "  ORDER BY y.opened_on DESC, y.created_at DESC, y.id DESC LIMIT 1),"
        " x.number, x.person_name, x.phase FROM "
        "(SELECT rowid AS docid FROM names_fts WHERE names_fts MATCH ?"
        " ORDER BY rowid DESC LIMIT ?) f JOIN search_docs d ON d.docid = f.docid"
        " LEFT JOIN persons p ON d.kind = 'person' AND p.id = d.object_id"
        " LEFT JOIN dossiers x ON d.kind = 'dossier' AND x.id = d.object_id"
        " ORDER BY f.docid DESC",
        (match, limit),
    )
    out: list[object] = []
    for r in rows:
        if r[0] == "person":
            born = int(r[5][:4]) if r[5][:4].isdigit() else r[6]
            out.append(fts.PersonHit(r[1], r[2], r[3], r[4], born, r[7]))
        else:
            out.append(fts.DossierHit(r[1], r[8], r[9], r[10]))
    return out


def test_name_hits_show_what_the_records_hold(demo_store) -> None:  # type: ignore[no-untyped-def]
    db = demo_store.db
    queries = ["de", "jan", "zo", "van", "DEMO", "demo 0001", "ma", "el"]
    found = 0
    for text in queries:
        match = fts.fts_query(text)
        assert match is not None
        hits = fts.name_hits(db, match, 30)
        found += len(hits)
        assert hits == _hits_from_records(db, match, 30), text
    assert found > 40
    # and a search shows them: a person with a dossier leads to its latest dossier
    person, last_name, latest = db.query(
        "SELECT p.id, p.last_name, d.id FROM persons p JOIN dossiers d ON d.person_id = p.id"
        " WHERE p.last_name <> '' ORDER BY p.id LIMIT 1"
    )[0]
    hits = CaseService(demo_store).search(last_name).persons
    assert (person, latest) in [(h.id, h.dossier_id) for h in hits]


def test_destruction_merge_and_import_keep_the_fields(new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo.generate(new_store, 20, notes_per_case=1, today=TODAY)
    ids = fill(new_store, dossiers=3, notes=1)
    db = new_store.db
    assert_kept(db)

    doomed = [
        str(r[0])
        for r in db.query(
            f"SELECT id FROM dossiers WHERE id NOT IN ({','.join('?' * len(ids))})"
            " AND person_id IS NOT NULL ORDER BY id LIMIT 3",
            ids,
        )
    ]
    record = {
        d: {"number": str(db.scalar("SELECT number FROM dossiers WHERE id = ?", (d,)))}
        for d in doomed
    }
    retention.destroy(db, doomed, record, "test", TODAY.isoformat())
    assert not db.query(
        f"SELECT 1 FROM search_docs WHERE object_id IN ({','.join('?' * len(doomed))})"
        f" OR latest_dossier_id IN ({','.join('?' * len(doomed))})",
        [*doomed, *doomed],
    )
    assert_kept(db)

    with merged_at_colleague(new_store, ids, tmp_path, dossiers=10, today=TODAY) as colleague:
        assert_kept(colleague)

    with handed_over(new_store, tmp_path) as successor:
        assert_kept(successor)
        assert successor.query("SELECT * FROM search_docs ORDER BY docid") == db.query(
            "SELECT * FROM search_docs ORDER BY docid"
        )


def test_the_migration_fills_the_fields_of_an_existing_store(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A store made before step 12 (its triggers, its data) gets every field on migrating."""
    step = next(m for m in migrations.MIGRATIONS if m.statements is schema_search.STATEMENTS)
    monkeypatch.setattr(
        migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m.version < step.version]
    )
    vault = Vault(tmp_path / "data")
    store, _ = vault.init(NEW_PASSWORD)
    try:
        demo.generate(store, 15, notes_per_case=1, today=TODAY)
        columns = [str(r[1]) for r in store.db.query("PRAGMA table_info(search_docs)")]
        assert columns == ["docid", "kind", "object_id"]
        monkeypatch.undo()
        assert migrations.migrate(store.db) == [step.version]
        assert int(store.db.scalar("SELECT count(*) FROM search_docs WHERE first_name <> ''")) > 5
        assert_kept(store.db)
        # the new triggers are in force from here on
        r = random.Random(3)
        with store.db.transaction():
            for op in ("person_insert", "dossier_insert", "dossier_update", "person_update"):
                _apply(store.db, op, r)
        assert_kept(store.db)
    finally:
        store.close()
