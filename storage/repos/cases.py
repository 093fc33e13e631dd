"""Table specs and case queries: paged dossier list, Vandaag, timeline, agenda."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from storage.db import Database
from storage.repos.base import Repo, Row, Table, new_id
from storage.schema_cases import BEDENKTIJD_SORT_SQL, PHASE_ORDER_SQL

PERSONS = Table(
    "persons",
    (
        "first_name",
        "last_name",
        "alias",
        "birth_date",
        "birth_year_estimated",
        "gender",
        "nationality",
        "languages",
        "interpreter_needed",
        "safe_contact",
    ),
)
DOSSIERS = Table(
    "dossiers",
    (
        "number",
        "person_id",
        "phase",
        "status",
        "owner",
        "opened_on",
        "closed_on",
        "close_reason",
        "forms",
        "signal_keys",
        "signals_other",
        "risk_factors",
        "residence_status",
        "bedenktijd_start",
        "bedenktijd_end",
        "aangifte_on",
        "informatief_gesprek_on",
        "b8_notes",
        "exploiter_relation",
        "children",
        "income_insurance",
    ),
    readonly=("person_name",),
)
SIGNALS = Table(
    "signals",
    (
        "received_on",
        "reporter_type",
        "reporter_name",
        "reporter_contact",
        "reporter_org_id",
        "description",
        "forms",
        "signal_keys",
        "urgency",
        "person_hint",
        "person_id",
        "dossier_id",
        "status",
    ),
)
MEETINGS = Table("screening_meetings", ("held_on", "chair", "attendees", "notes"))
BESLUITEN = Table(
    "besluiten",
    (
        "signal_id",
        "meeting_id",
        "kind",
        "decided_on",
        "referred_to",
        "info_from",
        "info_before",
        "reason",
    ),
)
ACTIEPUNTEN = Table(
    "actiepunten",
    ("kind", "description", "owner", "due_on", "done_on", "meeting_id", "signal_id", "dossier_id"),
)
NOTES = Table("notes", ("dossier_id", "kind", "occurred_on", "occurred_at", "text"))
ORGANISATIONS = Table(
    "organisations",
    (
        "name",
        "kind",
        "address",
        "phone",
        "email",
        "notes",
        "street",
        "postcode",
        "city",
        "country",
        "website",
    ),
)
CONTACTS = Table("contacts", ("organisation_id", "name", "role", "phone", "email", "notes"))
PARTNERS = Table("dossier_partners", ("dossier_id", "organisation_id", "contact_id", "role"))
CONSENTS = Table(
    "consents",
    (
        "dossier_id",
        "person_id",
        "given_by",
        "given_by_role",
        "purpose",
        "recipient",
        "recipient_org_id",
        "given_on",
        "form",
        "valid_until",
        "withdrawn_on",
        "notes",
    ),
)
SAFETY = Table("safety_assessments", ("dossier_id", "level", "assessed_on", "notes"))

ALL_TABLES = (
    PERSONS,
    DOSSIERS,
    SIGNALS,
    MEETINGS,
    BESLUITEN,
    ACTIEPUNTEN,
    NOTES,
    ORGANISATIONS,
    CONTACTS,
    PARTNERS,
    CONSENTS,
    SAFETY,
)


def repos(db: Database) -> dict[str, Repo]:
    return {t.name: Repo(db, t) for t in ALL_TABLES}


# -- dossier numbers --------------------------------------------------------------------


def last_sequence(db: Database, prefix: str) -> int:
    """The highest number N among dossier numbers ``prefix`` + digits (0 if none)."""
    last = db.scalar(
        "SELECT number FROM dossiers WHERE number >= ? AND number < ? "
        "ORDER BY length(number) DESC, number DESC LIMIT 1",
        (prefix, prefix + "\uffff"),
    )
    if last is None:
        return 0
    tail = str(last)[len(prefix) :]
    return int(tail) if tail.isdigit() else 0


def next_dossier_number(db: Database, prefix: str) -> str:
    """``prefix`` + a 4+ digit sequence, e.g. ``2026-0001`` (uses the unique index)."""
    return f"{prefix}{last_sequence(db, prefix) + 1:04d}"


def analyze(db: Database) -> None:
    """Refresh the query planner's statistics (after bulk loads)."""
    db.execute("ANALYZE")


# -- the dossier list (lazy, paged) ------------------------------------------------------

LIST_COLUMNS = (
    "id",
    "number",
    "person_id",
    "person_name",
    "phase",
    "status",
    "owner",
    "opened_on",
    "closed_on",
    "bedenktijd_end",
    "forms",
    "updated_at",
)

SORT_KEYS: dict[str, str] = {
    "number": "number",
    "name": "person_name COLLATE NOCASE",
    "phase": PHASE_ORDER_SQL,
    "status": "status",
    "opened_on": "opened_on",
    "updated_at": "updated_at",
    "owner": "owner COLLATE NOCASE",
    "bedenktijd_end": BEDENKTIJD_SORT_SQL,
}


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _dossier_where(filters: Mapping[str, Any]) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if filters.get("status"):
        where.append("status = ?")
        params.append(filters["status"])
    if filters.get("exclude_status"):
        where.append("status <> ?")
        params.append(filters["exclude_status"])
    if filters.get("phase"):
        where.append("phase = ?")
        params.append(filters["phase"])
    if filters.get("form"):
        # forms is a JSON array of simple keys; the quoted key cannot occur otherwise.
        where.append("instr(forms, ?) > 0")
        params.append(f'"{filters["form"]}"')
    if filters.get("owner") is not None:
        where.append("owner = ?")
        params.append(filters["owner"])
    if filters.get("person_id"):
        where.append("person_id = ?")
        params.append(filters["person_id"])
    if filters.get("text"):
        # a substring of the number or the name; LIKE wildcards in the text are literal
        pattern = "%" + _like_escape(str(filters["text"])) + "%"
        where.append("(number LIKE ? ESCAPE '\\' OR person_name LIKE ? ESCAPE '\\')")
        params.extend((pattern, pattern))
    if filters.get("bedenktijd_from"):
        where.append(f"{BEDENKTIJD_SORT_SQL} >= ?")
        params.append(filters["bedenktijd_from"])
    if filters.get("bedenktijd_until"):
        where.append(f"{BEDENKTIJD_SORT_SQL} <= ?")
        params.append(filters["bedenktijd_until"])
    return where, params


def dossier_page(
    db: Database,
    filters: Mapping[str, Any],
    *,
    sort: str = "updated_at",
    descending: bool = True,
    limit: int = 100,
    after: Sequence[Any] | None = None,
    offset: int = 0,
) -> list[Row]:
    """One page of the dossier list. ``after`` = the ``_key`` of the last row seen (keyset
    paging: constant cost however deep); ``offset`` works too but grows with depth.
    Every row carries ``_key`` = (sort value, id) for the next call."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort}")
    expr = SORT_KEYS[sort]
    where, params = _dossier_where(filters)
    direction = "DESC" if descending else "ASC"
    if after is not None:
        # Expanded keyset condition: unlike a row value, it uses the sort index as a range
        # also for collated and expression sort keys.
        op = "<" if descending else ">"
        where.append(f"({expr}) {op}= ? AND (({expr}) {op} ? OR id {op} ?)")
        params.extend((after[0], after[0], after[1]))
    sql = f"SELECT {', '.join(LIST_COLUMNS)}, {expr.split(' COLLATE')[0]} FROM dossiers"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {expr} {direction}, id {direction} LIMIT ? OFFSET ?"
    rows = db.query(sql, (*params, int(limit), int(offset)))
    out = []
    n = len(LIST_COLUMNS)
    for r in rows:
        d = dict(zip(LIST_COLUMNS, r[:n], strict=True))
        d["_key"] = (r[n], r[0])
        out.append(d)
    return out


def dossier_count(db: Database, filters: Mapping[str, Any]) -> int:
    where, params = _dossier_where(filters)
    sql = "SELECT count(*) FROM dossiers"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return int(db.scalar(sql, params))


def dossier_owners(db: Database) -> list[str]:
    return [r[0] for r in db.query("SELECT DISTINCT owner FROM dossiers ORDER BY owner")]


# -- Vandaag -----------------------------------------------------------------------------

_ACTION_COLS = (
    "a.id, a.kind, a.description, a.owner, a.due_on, a.meeting_id, a.signal_id,"
    " coalesce(a.dossier_id, s.dossier_id), coalesce(d.number, ''), coalesce(d.person_name, '')"
)
# An action point of a signal belongs to the signal's dossier once the signal became one.
_ACTION_FROM = (
    "actiepunten a LEFT JOIN signals s ON s.id = a.signal_id"
    " LEFT JOIN dossiers d ON d.id = coalesce(a.dossier_id, s.dossier_id)"
)
ACTION_ROW = (
    "id",
    "kind",
    "description",
    "owner",
    "due_on",
    "meeting_id",
    "signal_id",
    "dossier_id",
    "dossier_number",
    "person_name",
)


def dossier_actions(db: Database, dossier_id: str) -> list[Row]:
    """The dossier's actiepunten: its own and those of its signals (from the
    screeningsoverleg, made before the signal became this dossier), by due date."""
    rows = db.query(
        f"{ACTIEPUNTEN.select} WHERE dossier_id = ? OR signal_id IN"
        " (SELECT id FROM signals WHERE dossier_id = ?) ORDER BY due_on, created_at",
        (dossier_id, dossier_id),
    )
    return [dict(zip(ACTIEPUNTEN.all_columns, r, strict=True)) for r in rows]


def open_actions_due(
    db: Database, *, before: str | None, from_: str | None, limit: int = 500
) -> list[Row]:
    """Open actiepunten with a due date in [from_, before) (either bound optional)."""
    where = ["a.done_on = ''", "a.due_on <> ''"]
    params: list[Any] = []
    if from_ is not None:
        where.append("a.due_on >= ?")
        params.append(from_)
    if before is not None:
        where.append("a.due_on < ?")
        params.append(before)
    rows = db.query(
        f"SELECT {_ACTION_COLS} FROM {_ACTION_FROM}"
        f" WHERE {' AND '.join(where)} ORDER BY a.due_on, a.id LIMIT ?",
        (*params, limit),
    )
    return [dict(zip(ACTION_ROW, r, strict=True)) for r in rows]


def bedenktijd_ending(db: Database, from_: str, until: str, limit: int = 500) -> list[Row]:
    rows = db.query(
        f"SELECT {', '.join(LIST_COLUMNS)} FROM dossiers "
        f"WHERE {BEDENKTIJD_SORT_SQL} BETWEEN ? AND ? AND status <> 'gesloten' "
        f"ORDER BY {BEDENKTIJD_SORT_SQL}, id LIMIT ?",
        (from_, until, limit),
    )
    return [dict(zip(LIST_COLUMNS, r, strict=True)) for r in rows]


def awaiting_screening(db: Database, limit: int = 1000) -> list[Row]:
    """Signals without a final besluit (new, or waiting for more information)."""
    rows = db.query(
        f"{SIGNALS.select} WHERE status <> 'besloten' ORDER BY received_on, id LIMIT ?",
        (limit,),
    )
    return [dict(zip(SIGNALS.all_columns, r, strict=True)) for r in rows]


# -- timeline ----------------------------------------------------------------------------


def timeline(
    db: Database, dossier_id: str, *, limit: int = 200, before: Sequence[Any] | None = None
) -> list[Row]:
    """Notes of a dossier, newest first; ``before`` = (occurred_on, occurred_at,
    created_at) of the last entry shown, for the next page. Each row carries
    ``revisions``: how many earlier versions the note has (0 = never corrected)."""
    sql = f"{NOTES.select} WHERE dossier_id = ?"
    params: list[Any] = [dossier_id]
    if before is not None:
        sql += " AND (occurred_on, occurred_at, created_at) < (?, ?, ?)"
        params.extend(before)
    sql += " ORDER BY occurred_on DESC, occurred_at DESC, created_at DESC LIMIT ?"
    params.append(limit)
    rows = [dict(zip(NOTES.all_columns, r, strict=True)) for r in db.query(sql, params)]
    counts = revision_counts(db, [r["id"] for r in rows])
    for r in rows:
        r["revisions"] = counts.get(r["id"], 0)
    return rows


def revision_counts(db: Database, note_ids: Sequence[str]) -> dict[str, int]:
    if not note_ids:
        return {}
    marks = ", ".join("?" for _ in note_ids)
    rows = db.query(
        f"SELECT note_id, count(*) FROM note_revisions WHERE note_id IN ({marks}) GROUP BY note_id",
        list(note_ids),
    )
    return {str(r[0]): int(r[1]) for r in rows}


NOTE_REVISION_COLUMNS = (
    "revision",
    "kind",
    "occurred_on",
    "occurred_at",
    "text",
    "written_at",
    "written_by",
    "created_at",
    "created_by",
)


def add_note_revision(
    db: Database, note_id: str, values: Mapping[str, Any], actor: str, now: str
) -> int:
    """Keep a superseded version of a note (``values``: kind, occurred_on, occurred_at, text,
    written_at, written_by); returns its revision number (1 = the original)."""
    number = int(
        db.scalar(
            "SELECT coalesce(max(revision), 0) + 1 FROM note_revisions WHERE note_id = ?",
            (note_id,),
        )
    )
    own = ("kind", "occurred_on", "occurred_at", "text", "written_at", "written_by")
    cols = (
        "id",
        "updated_at",
        "updated_by",
        "note_id",
        "revision",
        *own,
        "created_at",
        "created_by",
    )
    params = [new_id(), now, actor, note_id, number, *(values[c] for c in own), now, actor]
    db.execute(
        f"INSERT INTO note_revisions ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        params,
    )
    return number


def note_revisions(db: Database, note_id: str) -> list[Row]:
    """Earlier versions of a note, oldest (the original) first."""
    rows = db.query(
        f"SELECT {', '.join(NOTE_REVISION_COLUMNS)} FROM note_revisions WHERE note_id = ?"
        " ORDER BY created_at, revision",
        (note_id,),
    )
    return [dict(zip(NOTE_REVISION_COLUMNS, r, strict=True)) for r in rows]


def note_count(db: Database, dossier_id: str) -> int:
    return int(db.scalar("SELECT count(*) FROM notes WHERE dossier_id = ?", (dossier_id,)))


def organisation_usage(db: Database, organisation_id: str) -> dict[str, int]:
    """How often an organisation is referred to where removing it is refused (RESTRICT):
    as a ketenpartner of a dossier and as the shelter of a placement."""
    partners = int(
        db.scalar(
            "SELECT count(*) FROM dossier_partners WHERE organisation_id = ?", (organisation_id,)
        )
    )
    placements = int(
        db.scalar("SELECT count(*) FROM placements WHERE organisation_id = ?", (organisation_id,))
    )
    return {"partners": partners, "placements": placements}
