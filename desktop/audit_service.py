"""The audit log viewer's logic (Instellingen → Logboek) and its CSV export.

Filters are a period (dates, inclusive, compared with the UTC timestamps of the log), an
action and a dossier/object id. The chain check walks the whole hash chain and names the
first row that does not hold. Nothing here knows Qt; the UI and ``baken audit`` share it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TextIO, TypedDict

from desktop import csv_output
from desktop import messages as M
from storage import audit, audit_view
from storage.audit import AuditEntry as AuditEntry  # re-exported for the UI
from storage.db import Database
from storage.errors import ValidationError

PAGE_SIZE = 200

# Fixed CSV header (Dutch column names, in this order); a contract for scripts.
CSV_HEADER = (
    "id",
    "tijdstip_utc",
    "gebruiker",
    "namens",
    "actie",
    "objecttype",
    "object_id",
    "resultaat",
    "oorsprong",
    "details",
)

# Spreadsheet programs treat cells starting with these as formulas (CSV injection).
_FORMULA_START = csv_output.FORMULA_START


class _QueryArgs(TypedDict):
    action: str | None
    object_id: str | None
    since: str | None
    until: str | None


@dataclass(frozen=True)
class AuditFilter:
    since: date | None = None  # inclusive
    until: date | None = None  # inclusive (the whole day)
    action: str | None = None
    dossier: str | None = None  # matched against object_id

    def __post_init__(self) -> None:
        if self.since and self.until and self.until < self.since:
            raise ValidationError(M.AUDIT_UNTIL_BEFORE_FROM, "until")

    def query_args(self) -> _QueryArgs:
        return {
            "action": self.action or None,
            "object_id": (self.dossier or "").strip() or None,
            "since": self.since.isoformat() if self.since else None,
            # ts is ISO 8601 text: "< next day" includes every moment of the last day.
            "until": (self.until + timedelta(days=1)).isoformat() if self.until else None,
        }


def parse_date(text: str, field: str) -> date:
    """A YYYY-MM-DD date, or a ValidationError with a Dutch message."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(M.AUDIT_BAD_DATE, field, field=field) from None


def object_tables() -> dict[str, str]:
    """Audit object type -> the table of its ids (from the services' record specs)."""
    from desktop.care.service import CareService
    from desktop.cases.service import CaseService

    out = {kind: table.name for table, kind, _ in CaseService.SPECS.values()}
    out.update({kind: table.name for table, kind, _ in CareService.SPECS.values()})
    out.update({"letter": "letters", "document": "documents"})
    return out


def _client(db: Database, flt: AuditFilter) -> str | None:
    """The dossier id when the dossier filter is a dossier number (the client question)."""
    text = (flt.dossier or "").strip()
    return audit_view.dossier_id_by_number(db, text) if text else None


def page(
    db: Database, flt: AuditFilter, *, offset: int = 0, limit: int = PAGE_SIZE
) -> list[AuditEntry]:
    """One page of matching entries, newest first. A dossier number as the dossier filter
    gives every row about that client (the dossier, its person and its records); any other
    text is matched against the object id as before."""
    dossier_id = _client(db, flt)
    if dossier_id is not None:
        args = flt.query_args()
        return audit_view.client_entries(
            db,
            dossier_id,
            object_tables(),
            action=args["action"],
            since=args["since"],
            until=args["until"],
            limit=limit,
            offset=max(0, offset),
        )
    return audit.entries(db, limit=limit, offset=max(0, offset), **flt.query_args())


def count(db: Database, flt: AuditFilter) -> int:
    dossier_id = _client(db, flt)
    if dossier_id is not None:
        args = flt.query_args()
        return audit_view.count_client_entries(
            db,
            dossier_id,
            object_tables(),
            action=args["action"],
            since=args["since"],
            until=args["until"],
        )
    return audit.count_entries(db, **flt.query_args())


def client_numbers(db: Database, entries: Iterable[AuditEntry]) -> dict[int, str]:
    """Entry id -> the dossier number the row is about, where it can be resolved (never a
    name): the dossier itself, its person, or a record that belongs to a dossier."""
    rows = list(entries)
    found = audit_view.dossier_numbers(
        db, [(e.object_type, e.object_id) for e in rows], object_tables()
    )
    return {
        e.id: found[(e.object_type, e.object_id)]
        for e in rows
        if (e.object_type, e.object_id) in found
    }


def this_computer() -> str:
    """The origin this computer writes into the log (its host name)."""
    return audit.origin()


def local_time(ts: str) -> str:
    """A log timestamp (UTC, ISO 8601) as local time, dd-mm-jjjj hh:mm:ss."""
    try:
        moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    except ValueError:
        return ts
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M:%S")


def actions(db: Database) -> list[str]:
    return audit.distinct_actions(db)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    first_broken_id: int | None

    def summary(self) -> str:
        if self.ok:
            return f"Logboek in orde: de keten van {self.rows} regels is onverbroken."
        return (
            f"Logboek NIET in orde: de keten is verbroken bij regel {self.first_broken_id} "
            f"(na {self.rows} goede regels). Deze regel of een eerdere is gewijzigd, "
            "verwijderd of ingevoegd buiten Baken om."
        )


def check_chain(db: Database, open_db: Callable[[], Database] | None = None) -> ChainReport:
    """Walk the whole chain (same verdict as ``storage.audit.verify_chain``, faster).

    ``open_db`` (e.g. ``store.open_worker_db``) lets half of the log be read in parallel.
    """
    result = audit.verify_chain_fast(db, open_db=open_db)
    return ChainReport(result.ok, result.rows, result.first_broken_id)


_cell = csv_output.safe_cell


def entry_row(entry: AuditEntry) -> list[str]:
    return [
        _cell(v)
        for v in (
            entry.id,
            entry.ts,
            entry.actor,
            entry.on_behalf,
            entry.action,
            entry.object_type,
            entry.object_id,
            entry.result,
            entry.origin,
            entry.details,
        )
    ]


def write_csv(rows: Iterable[AuditEntry], out: TextIO) -> int:
    """Header plus one line per entry (oldest first as given); returns the entry count."""
    return csv_output.write_csv(out, CSV_HEADER, (entry_row(e) for e in rows))


def export_csv(db: Database, flt: AuditFilter, out: TextIO) -> int:
    """Every matching entry, oldest first, as CSV with the fixed header."""
    return write_csv(audit.iter_entries(db, **flt.query_args()), out)
