"""The audit log viewer's logic (Instellingen → Logboek) and its CSV export.

Filters are a period (dates, inclusive, compared with the UTC timestamps of the log), an
action and a dossier/object id. The chain check walks the whole hash chain and names the
first row that does not hold. Nothing here knows Qt; the UI and ``baken audit`` share it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TextIO, TypedDict

from desktop import csv_output
from desktop import messages as M
from storage import audit
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


def page(
    db: Database, flt: AuditFilter, *, offset: int = 0, limit: int = PAGE_SIZE
) -> list[AuditEntry]:
    """One page of matching entries, newest first."""
    return audit.entries(db, limit=limit, offset=max(0, offset), **flt.query_args())


def count(db: Database, flt: AuditFilter) -> int:
    return audit.count_entries(db, **flt.query_args())


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
