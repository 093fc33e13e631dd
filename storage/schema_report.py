"""Schema step 7: trigger-maintained monthly counts for the monitoring report (issue 16).

Two tables, both without personal data beyond what the report itself counts:

- ``report_facts``: one row per counted record (``measure`` = signals, dossiers,
  placements, closures; ``rec`` = its id) with its month and its category in every
  breakdown of that measure, computed with exactly the expressions of
  ``storage.report_queries.SOURCES`` (the full computation).
- ``report_monthly``: ``(measure, dimension, month, category) -> n``, kept equal to a
  GROUP BY over ``report_facts`` by the triggers on ``report_facts``.

Triggers on every table the expressions read (signals, dossiers, persons, placements,
shelter_profiles, dossier_closures) *recompute* the facts of every record a changed row
can affect, after the change: delete its fact, insert it again from the current state.
Recomputing (instead of adding deltas) makes the invariant simple: after every statement,
the facts are what the full computation would give now. Cascading deletes fire these
triggers too. The report reads ``report_monthly`` (a few hundred rows per year) instead of
joining and grouping every record; ``tests/test_report_monthly.py`` proves both equal
over random inserts, updates, deletes, destructions, merges and imports.
"""

from __future__ import annotations

from collections.abc import Callable

from storage.db import Database
from storage.report_queries import SOURCES
from storage.schema_cases import BEDENKTIJD_SORT_SQL, PHASE_ORDER_SQL

DIMS = ("form", "gender", "age", "nationality", "reporter", "shelter", "reason")
REC = {"signals": "s.id", "dossiers": "d.id", "placements": "x.id", "closures": "d.id"}


def fact_select(measure: str, where: str = "") -> str:
    """SELECT producing ``report_facts`` rows of ``measure`` (optionally only ``where``)."""
    source, on, dims = SOURCES[measure]
    cats = ", ".join(f"coalesce({dims[d]}, '')" if d in dims else "NULL" for d in DIMS)
    extra = f" AND {where}" if where else ""
    return (
        f"SELECT '{measure}', {REC[measure]}, substr({on}, 1, 7), {cats} FROM {source} "
        f"WHERE {on} IS NOT NULL AND {on} <> ''{extra}"
    )


def _refresh(measure: str, ids: str) -> str:
    """Trigger body statements: recompute the facts of ``measure`` for the ids ``ids``
    (an SQL list or subquery, may use OLD/NEW)."""
    return (
        f"DELETE FROM report_facts WHERE measure = '{measure}' AND rec IN ({ids});\n"
        f"INSERT INTO report_facts {fact_select(measure, f'{REC[measure]} IN ({ids})')};\n"
    )


def _dossier_set(ids: str) -> str:
    """Everything that depends on the dossiers ``ids``."""
    return (
        _refresh("dossiers", ids)
        + _refresh("closures", ids)
        + _refresh("placements", f"SELECT id FROM placements WHERE dossier_id IN ({ids})")
    )


# table -> (columns whose update matters, body builder for an id list of that table)
_DEPENDENTS: dict[str, tuple[tuple[str, ...], Callable[[str], str] | None]] = {
    "signals": (
        ("id", "received_on", "forms", "reporter_type"),
        lambda ids: _refresh("signals", ids),
    ),
    "dossiers": (
        ("id", "person_id", "opened_on", "closed_on", "close_reason", "forms"),
        _dossier_set,
    ),
    "persons": (
        ("id", "birth_date", "birth_year_estimated", "gender", "nationality"),
        lambda ids: _dossier_set(f"SELECT id FROM dossiers WHERE person_id IN ({ids})"),
    ),
    "placements": (
        ("id", "dossier_id", "organisation_id", "start_on", "requested_type"),
        lambda ids: _refresh("placements", ids),
    ),
    "shelter_profiles": (
        ("organisation_id", "shelter_type"),
        None,  # keyed by organisation, see below
    ),
    "dossier_closures": (
        ("dossier_id", "reason"),
        None,
    ),
}


def _body(table: str, row: str) -> str:
    """Statements for ``row`` in ("NEW", "OLD", "OLD, NEW" style lists)."""
    refs = ", ".join(f"{r}.id" for r in row.split(","))
    if table == "shelter_profiles":
        orgs = ", ".join(f"{r}.organisation_id" for r in row.split(","))
        return _refresh(
            "placements", f"SELECT id FROM placements WHERE organisation_id IN ({orgs})"
        )
    if table == "dossier_closures":
        return _refresh("closures", ", ".join(f"{r}.dossier_id" for r in row.split(",")))
    build = _DEPENDENTS[table][1]
    assert build is not None
    return build(refs)


def _triggers() -> list[str]:
    out = []
    for table, (columns, _build) in _DEPENDENTS.items():
        out.append(
            f"CREATE TRIGGER report_{table}_ai AFTER INSERT ON {table} BEGIN\n"
            f"{_body(table, 'NEW')}END"
        )
        out.append(
            f"CREATE TRIGGER report_{table}_au AFTER UPDATE OF {', '.join(columns)} "
            f"ON {table} BEGIN\n{_body(table, 'OLD,NEW')}END"
        )
        out.append(
            f"CREATE TRIGGER report_{table}_ad AFTER DELETE ON {table} BEGIN\n"
            f"{_body(table, 'OLD')}END"
        )
    return out


def _monthly_triggers() -> list[str]:
    add = "\n".join(
        "INSERT INTO report_monthly (measure, dimension, ym, category, n) "
        f"SELECT NEW.measure, '{d}', NEW.ym, NEW.{d}, 1 WHERE NEW.{d} IS NOT NULL "
        "ON CONFLICT (measure, dimension, ym, category) DO UPDATE SET n = n + 1;"
        for d in DIMS
    )
    sub = "\n".join(
        f"UPDATE report_monthly SET n = n - 1 WHERE measure = OLD.measure AND dimension = '{d}' "
        f"AND ym = OLD.ym AND category = OLD.{d};"
        for d in DIMS
    )
    return [
        f"CREATE TRIGGER report_facts_ai AFTER INSERT ON report_facts BEGIN\n{add}\nEND",
        f"CREATE TRIGGER report_facts_ad AFTER DELETE ON report_facts BEGIN\n{sub}\n"
        "DELETE FROM report_monthly WHERE measure = OLD.measure AND ym = OLD.ym AND n = 0;\nEND",
        """CREATE TRIGGER report_facts_no_update BEFORE UPDATE ON report_facts
           BEGIN SELECT RAISE(ABORT, 'report facts are recomputed, never updated'); END""",
    ]


STATEMENTS: tuple[str, ...] = (
    f"""CREATE TABLE report_facts (
        measure TEXT NOT NULL,
        rec TEXT NOT NULL,
        ym TEXT NOT NULL,
        {", ".join(f"{d} TEXT" for d in DIMS)},
        PRIMARY KEY (measure, rec)
    ) STRICT, WITHOUT ROWID""",
    """CREATE TABLE report_monthly (
        measure TEXT NOT NULL,
        dimension TEXT NOT NULL,
        ym TEXT NOT NULL,
        category TEXT NOT NULL,
        n INTEGER NOT NULL CHECK (n >= 0),
        PRIMARY KEY (measure, dimension, ym, category)
    ) STRICT, WITHOUT ROWID""",
    *_monthly_triggers(),
    *_triggers(),
)

VERSION = 7
NAME = "report: trigger-maintained monthly counts"


# Schema step 8 (issue 16): the dossier list filtered by status in any sort order. Without
# these the status index finds every dossier with that status and sorts them all: the first
# page cost grew with the caseload (255 ms at 300,000 dossiers). With the status as the
# index prefix the page is read in order and stops after 100 rows.
LIST_INDEXES: tuple[str, ...] = tuple(
    f"CREATE INDEX dossiers_status_{name} ON dossiers(status, {expr}{tail})"
    for name, expr, tail in (
        ("number", "number", ""),
        ("name", "person_name COLLATE NOCASE", ", id"),
        ("phase", PHASE_ORDER_SQL, ", id"),
        ("opened", "opened_on", ", id"),
        ("updated", "updated_at", ", id"),
        ("owner", "owner COLLATE NOCASE", ", id"),
        ("bedenktijd", BEDENKTIJD_SORT_SQL, ", id"),
    )
) + ("ANALYZE dossiers",)


def backfill(db: Database) -> None:
    """Compute the facts (and so the monthly counts) of every existing record."""
    for measure in SOURCES:
        db.execute(f"INSERT INTO report_facts {fact_select(measure)}")


def rebuild(db: Database) -> None:
    """Recompute everything from scratch (e.g. after a bulk copy); inside a transaction."""
    db.execute("DELETE FROM report_monthly")
    db.execute("DELETE FROM report_facts")
    backfill(db)
