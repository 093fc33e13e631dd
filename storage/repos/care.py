"""Table specs and queries for opvang, hulpverleningsplan and nazorg (schema step 4)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storage.db import Database
from storage.repos.base import Repo, Row, Table

SHELTERS = Table(
    "shelter_profiles",
    (
        "organisation_id",
        "shelter_type",
        "capacity",
        "target_groups",
        "intake_contact",
        "confidential_address",
        "notes",
    ),
)
PLACEMENTS = Table(
    "placements",
    (
        "dossier_id",
        "person_id",
        "organisation_id",
        "previous_id",
        "status",
        "requested_on",
        "requested_type",
        "urgency",
        "decided_on",
        "decision_reason",
        "start_on",
        "end_on",
        "end_reason",
        "notes",
    ),
)
PLANS = Table("care_plans", ("dossier_id", "started_on", "notes"))
EVALUATIONS = Table("care_evaluations", ("plan_id", "kind", "planned_on", "held_on", "notes"))
SCORES = Table("care_scores", ("evaluation_id", "domain", "score"))
GOALS = Table("care_goals", ("plan_id", "domain", "goal", "status"))
ACTIONS = Table(
    "care_actions",
    (
        "plan_id",
        "dossier_id",
        "goal_id",
        "domain",
        "what",
        "who",
        "who_org_id",
        "due_on",
        "status",
        "done_on",
    ),
)
AFTERCARE = Table(
    "aftercare",
    (
        "dossier_id",
        "started_on",
        "handover_kind",
        "handover_to",
        "handover_org_id",
        "handover_on",
        "handed_over",
        "schedule_months",
        "ended_on",
    ),
)
CHECKINS = Table(
    "aftercare_checkins",
    ("aftercare_id", "dossier_id", "planned_on", "held_on", "outcome", "concerns"),
)
CLOSURES = Table("dossier_closures", ("dossier_id", "closed_on", "reason", "summary"))

ALL_TABLES = (
    SHELTERS,
    PLACEMENTS,
    PLANS,
    EVALUATIONS,
    SCORES,
    GOALS,
    ACTIONS,
    AFTERCARE,
    CHECKINS,
    CLOSURES,
)


def repos(db: Database) -> dict[str, Repo]:
    return {t.name: Repo(db, t) for t in ALL_TABLES}


def _rows(table: Table, rows: list[Sequence[Any]]) -> list[Row]:
    return [dict(zip(table.all_columns, r, strict=True)) for r in rows]


# -- placements ------------------------------------------------------------------------------


def overlapping_placements(
    db: Database,
    *,
    person_id: str | None,
    dossier_id: str,
    start_on: str,
    end_on: str,
    exclude_id: str = "",
) -> int:
    """Placements (placed or ended) of the same client whose stay overlaps
    ``[start_on, end_on)``; ``end_on == ''`` means open-ended. A stay that ends on the day
    another starts does not overlap (a doorplaatsing on one day)."""
    if end_on and end_on <= start_on:
        return 0  # an empty stay overlaps nothing
    who, value = ("person_id", person_id) if person_id else ("dossier_id", dossier_id)
    return int(
        db.scalar(
            f"SELECT count(*) FROM placements WHERE {who} = ? AND id <> ? "
            "AND status IN ('geplaatst', 'beeindigd') AND start_on <> '' "
            "AND (? = '' OR start_on < ?) "
            "AND (end_on = '' OR end_on > ?) "
            "AND NOT (end_on <> '' AND end_on = start_on)",
            (value, exclude_id, end_on, end_on, start_on),
        )
    )


def placements_of_dossier(db: Database, dossier_id: str) -> list[Row]:
    return _rows(
        PLACEMENTS,
        db.query(
            f"{PLACEMENTS.select} WHERE dossier_id = ? ORDER BY requested_on, created_at",
            (dossier_id,),
        ),
    )


OCCUPANCY_COLUMNS = (
    "organisation_id",
    "name",
    "shelter_type",
    "capacity",
    "confidential_address",
    "current",
    "open_requests",
    "oldest_request_on",
)


def occupancy(db: Database, today: str) -> list[Row]:
    """One row per shelter: capacity, current clients, open requests and the oldest one."""
    rows = db.query(
        """SELECT o.id, o.name, s.shelter_type, s.capacity, s.confidential_address,
            (SELECT count(*) FROM placements p
              WHERE p.organisation_id = o.id AND p.status = 'geplaatst'
                AND p.start_on <= ?1 AND p.start_on <> ''),
            (SELECT count(*) FROM placements p
              WHERE p.organisation_id = o.id AND p.status IN ('aanvraag', 'toegezegd')),
            coalesce((SELECT min(p.requested_on) FROM placements p
              WHERE p.organisation_id = o.id AND p.status IN ('aanvraag', 'toegezegd')), '')
        FROM shelter_profiles s JOIN organisations o ON o.id = s.organisation_id
        ORDER BY o.name COLLATE NOCASE, o.id""",
        (today,),
    )
    return [dict(zip(OCCUPANCY_COLUMNS, r, strict=True)) for r in rows]


def occupancy_plain(db: Database) -> list[tuple[Any, ...]]:
    """Baseline for the benchmark: the bare aggregate of current placements."""
    return db.query(
        "SELECT organisation_id, count(*) FROM placements WHERE status = 'geplaatst' "
        "GROUP BY organisation_id"
    )


CLIENT_COLUMNS = (
    "placement_id",
    "dossier_id",
    "dossier_number",
    "first_name",
    "last_name",
    "alias",
    "start_on",
    "previous_id",
)


def current_clients(db: Database, organisation_id: str, today: str) -> list[Row]:
    rows = db.query(
        """SELECT p.id, p.dossier_id, d.number, coalesce(pe.first_name, ''),
            coalesce(pe.last_name, ''), coalesce(pe.alias, ''), p.start_on, p.previous_id
        FROM placements p JOIN dossiers d ON d.id = p.dossier_id
        LEFT JOIN persons pe ON pe.id = d.person_id
        WHERE p.organisation_id = ? AND p.status = 'geplaatst' AND p.start_on <= ?
          AND p.start_on <> ''
        ORDER BY p.start_on, p.id""",
        (organisation_id, today),
    )
    return [dict(zip(CLIENT_COLUMNS, r, strict=True)) for r in rows]


REQUEST_COLUMNS = (
    "placement_id",
    "dossier_id",
    "dossier_number",
    "organisation_id",
    "organisation_name",
    "status",
    "requested_on",
    "requested_type",
    "urgency",
)


def open_requests(db: Database, organisation_id: str | None = None, limit: int = 1000) -> list[Row]:
    where = "p.status IN ('aanvraag', 'toegezegd')"
    params: list[Any] = []
    if organisation_id is not None:
        where += " AND p.organisation_id = ?"
        params.append(organisation_id)
    rows = db.query(
        f"""SELECT p.id, p.dossier_id, d.number, p.organisation_id, coalesce(o.name, ''),
            p.status, p.requested_on, p.requested_type, p.urgency
        FROM placements p JOIN dossiers d ON d.id = p.dossier_id
        LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE {where} ORDER BY p.requested_on, p.id LIMIT ?""",
        (*params, limit),
    )
    return [dict(zip(REQUEST_COLUMNS, r, strict=True)) for r in rows]


def stays(db: Database, organisation_id: str | None, from_: str, until: str) -> list[Row]:
    """(start_on, end_on) of stays overlapping [from_, until] — for the weekly chart."""
    where = (
        "status IN ('geplaatst', 'beeindigd') AND start_on <> '' AND start_on <= ? "
        "AND (end_on = '' OR end_on >= ?)"
    )
    params: list[Any] = [until, from_]
    if organisation_id is not None:
        where = "organisation_id = ? AND " + where
        params.insert(0, organisation_id)
    rows = db.query(f"SELECT start_on, end_on FROM placements WHERE {where}", tuple(params))
    return [{"start_on": r[0], "end_on": r[1]} for r in rows]


def shelter_capacity(db: Database, organisation_id: str | None) -> int:
    if organisation_id is None:
        return int(db.scalar("SELECT coalesce(sum(capacity), 0) FROM shelter_profiles"))
    return int(
        db.scalar(
            "SELECT coalesce(sum(capacity), 0) FROM shelter_profiles WHERE organisation_id = ?",
            (organisation_id,),
        )
    )


# -- care plans -----------------------------------------------------------------------------


def scores_of_plan(db: Database, plan_id: str) -> list[Row]:
    """(evaluation id, date, domain, score) ordered by date."""
    rows = db.query(
        """SELECT e.id, CASE WHEN e.held_on <> '' THEN e.held_on ELSE e.planned_on END AS day,
            s.domain, s.score
        FROM care_scores s JOIN care_evaluations e ON e.id = s.evaluation_id
        WHERE e.plan_id = ? ORDER BY day, e.created_at""",
        (plan_id,),
    )
    return [{"evaluation_id": r[0], "day": r[1], "domain": r[2], "score": r[3]} for r in rows]


def replace_scores(
    db: Database, evaluation_id: str, scores: dict[str, int], meta: tuple[str, str, str, str]
) -> None:
    import uuid

    db.execute("DELETE FROM care_scores WHERE evaluation_id = ?", (evaluation_id,))
    db.executemany(
        "INSERT INTO care_scores (id, created_at, updated_at, created_by, updated_by, "
        "evaluation_id, domain, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(uuid.uuid4().hex, *meta, evaluation_id, d, s) for d, s in sorted(scores.items())],
    )


# -- Vandaag --------------------------------------------------------------------------------

DUE_COLUMNS = ("kind", "id", "dossier_id", "dossier_number", "person_name", "what", "who", "due_on")


def due_items(db: Database, until: str, limit: int = 500) -> list[Row]:
    """Open care actions, planned evaluations and planned nazorg check-ins due on or
    before ``until``, earliest first (dossiers that are closed are left out)."""
    rows = db.query(
        """SELECT * FROM (
            SELECT 'actie', a.id, a.dossier_id, d.number, d.person_name, a.what,
                CASE WHEN a.who <> '' THEN a.who ELSE coalesce(o.name, '') END, a.due_on
            FROM care_actions a JOIN dossiers d ON d.id = a.dossier_id
            LEFT JOIN organisations o ON o.id = a.who_org_id
            WHERE a.status IN ('open', 'bezig') AND a.due_on <> '' AND a.due_on <= ?1
              AND d.status <> 'gesloten'
            UNION ALL
            SELECT 'evaluatie', e.id, p.dossier_id, d.number, d.person_name, '', '',
                e.planned_on
            FROM care_evaluations e JOIN care_plans p ON p.id = e.plan_id
            JOIN dossiers d ON d.id = p.dossier_id
            WHERE e.held_on = '' AND e.planned_on <> '' AND e.planned_on <= ?1
              AND d.status <> 'gesloten'
            UNION ALL
            SELECT 'nazorg', c.id, c.dossier_id, d.number, d.person_name, '', '', c.planned_on
            FROM aftercare_checkins c JOIN dossiers d ON d.id = c.dossier_id
            JOIN aftercare n ON n.id = c.aftercare_id
            WHERE c.held_on = '' AND c.planned_on <= ?1 AND n.ended_on = ''
        ) ORDER BY 8, 1, 2 LIMIT ?2""",
        (until, limit),
    )
    return [dict(zip(DUE_COLUMNS, r, strict=True)) for r in rows]


# -- phase facts -----------------------------------------------------------------------------


def phase_facts(db: Database, dossier_id: str, today: str) -> dict[str, bool]:
    row = db.execute(
        """SELECT
            EXISTS(SELECT 1 FROM placements WHERE dossier_id = ?1 AND status = 'geplaatst'
                   AND start_on <> '' AND start_on <= ?2),
            EXISTS(SELECT 1 FROM placements WHERE dossier_id = ?1
                   AND status IN ('geplaatst', 'beeindigd')),
            EXISTS(SELECT 1 FROM care_plans WHERE dossier_id = ?1),
            EXISTS(SELECT 1 FROM aftercare WHERE dossier_id = ?1 AND ended_on = '')""",
        (dossier_id, today),
    ).fetchone()
    return {
        "placed": bool(row[0]),
        "had_placement": bool(row[1]),
        "has_plan": bool(row[2]),
        "aftercare_active": bool(row[3]),
    }


# -- demo data ------------------------------------------------------------------------------

DEMO_DOSSIER_COLUMNS = ("id", "person_id", "phase", "opened_on", "closed_on", "close_reason")


def demo_dossiers(db: Database, prefix: str) -> list[Row]:
    """Dossiers whose number starts with ``prefix`` (demo data), without care facts yet."""
    rows = db.query(
        "SELECT id, person_id, phase, opened_on, closed_on, close_reason FROM dossiers "
        "WHERE number >= ? AND number < ? "
        "AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.dossier_id = dossiers.id) "
        "AND NOT EXISTS (SELECT 1 FROM care_plans c WHERE c.dossier_id = dossiers.id) "
        "AND NOT EXISTS (SELECT 1 FROM aftercare a WHERE a.dossier_id = dossiers.id) "
        "AND NOT EXISTS (SELECT 1 FROM dossier_closures x WHERE x.dossier_id = dossiers.id) "
        "ORDER BY number",
        (prefix, prefix + "\uffff"),
    )
    return [dict(zip(DEMO_DOSSIER_COLUMNS, r, strict=True)) for r in rows]


def analyze(db: Database) -> None:
    for t in ALL_TABLES:
        db.execute(f"ANALYZE {t.name}")
