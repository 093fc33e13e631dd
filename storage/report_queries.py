"""Aggregate counts for the monitoring report: one GROUP BY per (measure, breakdown).

Every query returns ``(bucket, category, count)`` for records whose date falls in
``[start, end)``; the bucket is the quarter (1-4) or the month (1-12) of that date. No
record-level data leaves this module; suppression happens in desktop.report before
anything is shown or exported.
"""

from __future__ import annotations

from storage.db import Database

EU = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip


def _form(col: str) -> str:
    """One category per record even when several forms are recorded."""
    return (
        f"(CASE WHEN json_array_length({col}) = 0 THEN 'onbekend' "
        f"WHEN json_array_length({col}) > 1 THEN 'meerdere' "
        f"ELSE json_extract({col}, '$[0]') END)"
    )


def _age(on: str) -> str:
    """Age band at the date ``on``, from the birth date or the estimated birth year."""
    years = (
        f"(CASE WHEN p.birth_date <> '' THEN "
        f"CAST(substr({on}, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) "
        f"- (substr({on}, 6, 5) < substr(p.birth_date, 6, 5)) "
        f"WHEN p.birth_year_estimated IS NOT NULL THEN "
        f"CAST(substr({on}, 1, 4) AS INTEGER) - p.birth_year_estimated END)"
    )
    return (
        f"(CASE WHEN {years} IS NULL THEN 'onbekend' WHEN {years} < 18 THEN '0-17' "
        f"WHEN {years} < 23 THEN '18-22' WHEN {years} < 30 THEN '23-29' "
        f"WHEN {years} < 40 THEN '30-39' WHEN {years} < 50 THEN '40-49' ELSE '50+' END)"
    )


NATIONALITY = (
    "(CASE WHEN coalesce(p.nationality, '') = '' THEN 'onbekend' "
    "WHEN p.nationality = 'NL' THEN 'nl' "
    f"WHEN p.nationality IN ({', '.join(repr(c) for c in EU)}) THEN 'eu' ELSE 'niet_eu' END)"
)
GENDER = "coalesce(p.gender, 'onbekend')"

# measure -> (FROM clause, date column, {dimension: category SQL})
SOURCES: dict[str, tuple[str, str, dict[str, str]]] = {
    "signals": (
        "signals s",
        "s.received_on",
        {"form": _form("s.forms"), "reporter": "s.reporter_type"},
    ),
    "dossiers": (
        "dossiers d LEFT JOIN persons p ON p.id = d.person_id",
        "d.opened_on",
        {
            "form": _form("d.forms"),
            "gender": GENDER,
            "age": _age("d.opened_on"),
            "nationality": NATIONALITY,
        },
    ),
    "placements": (
        "placements x JOIN dossiers d ON d.id = x.dossier_id "
        "LEFT JOIN persons p ON p.id = d.person_id "
        "LEFT JOIN shelter_profiles sp ON sp.organisation_id = x.organisation_id",
        "x.start_on",
        {
            "shelter": "coalesce(sp.shelter_type, x.requested_type)",
            "form": _form("d.forms"),
            "gender": GENDER,
            "age": _age("x.start_on"),
        },
    ),
    "closures": (
        "dossiers d LEFT JOIN persons p ON p.id = d.person_id "
        "LEFT JOIN dossier_closures c ON c.dossier_id = d.id",
        "d.closed_on",
        {
            "reason": "coalesce(c.reason, d.close_reason)",
            "form": _form("d.forms"),
            "gender": GENDER,
        },
    ),
}


def counts(
    db: Database, measure: str, dimension: str, start: str, end: str, bucket: str
) -> list[tuple[int, str, int]]:
    """(bucket, category, count) for ``measure`` by ``dimension`` in ``[start, end)``;
    ``bucket`` is ``"quarter"`` or ``"month"``."""
    source, on, dims = SOURCES[measure]
    category = dims[dimension]
    month = f"CAST(substr({on}, 6, 2) AS INTEGER)"
    b = f"(({month} + 2) / 3)" if bucket == "quarter" else month
    sql = (
        f"SELECT {b} AS b, {category} AS cat, count(*) FROM {source} "
        f"WHERE {on} >= ? AND {on} < ? AND {on} <> '' GROUP BY b, cat"
    )
    return [(int(r[0]), str(r[1] or ""), int(r[2])) for r in db.query(sql, (start, end))]


def monthly_counts(
    db: Database, measure: str, dimension: str, start: str, end: str, bucket: str
) -> list[tuple[int, str, int]]:
    """The same as ``counts`` (proved by tests/test_report_monthly.py), read from the
    trigger-maintained ``report_monthly`` table (storage/schema_report.py)."""
    month = "CAST(substr(ym, 6, 2) AS INTEGER)"
    b = f"(({month} + 2) / 3)" if bucket == "quarter" else month
    rows = db.query(
        f"SELECT {b} AS b, category, sum(n) FROM report_monthly "
        "WHERE measure = ? AND dimension = ? AND ym >= ? AND ym < ? GROUP BY b, category "
        "HAVING sum(n) > 0",
        (measure, dimension, start[:7], end[:7]),
    )
    return [(int(r[0]), str(r[1]), int(r[2])) for r in rows]


def years_with_data(db: Database) -> list[int]:
    """Years in which anything the report counts happened (for the period chooser)."""
    rows = db.query(
        "SELECT DISTINCT y FROM ("
        " SELECT substr(received_on, 1, 4) AS y FROM signals"
        " UNION SELECT substr(opened_on, 1, 4) FROM dossiers"
        " UNION SELECT substr(closed_on, 1, 4) FROM dossiers WHERE closed_on <> '')"
        " WHERE y GLOB '[0-9][0-9][0-9][0-9]' ORDER BY y"
    )
    return [int(r[0]) for r in rows]
