"""SQL for referrals (verwijzingen) and their follow-up."""

from __future__ import annotations

from typing import Any

from storage.db import Database
from storage.repos.base import Repo, Row, Table

REFERRALS = Table(
    "referrals",
    (
        "dossier_id",
        "organisation_id",
        "recipient_name",
        "letter_id",
        "status",
        "sent_on",
        "received_on",
        "accepted_on",
        "rejected_on",
        "placed_on",
        "notes",
    ),
)

_JOINED = (
    ", coalesce(o.name, r.recipient_name), coalesce(d.number, ''), coalesce(d.person_name, '')"
    " FROM referrals r LEFT JOIN organisations o ON o.id = r.organisation_id"
    " LEFT JOIN dossiers d ON d.id = r.dossier_id"
)
_EXTRA = ("organisation_name", "dossier_number", "person_name")


def repo(db: Database) -> Repo:
    return Repo(db, REFERRALS)


def _rows(db: Database, where: str, params: tuple[Any, ...]) -> list[Row]:
    cols = ", ".join(f"r.{c}" for c in REFERRALS.all_columns)
    out = []
    for r in db.query(f"SELECT {cols}{_JOINED} WHERE {where}", params):
        out.append(dict(zip((*REFERRALS.all_columns, *_EXTRA), r, strict=True)))
    return out


def dossier_exists(db: Database, dossier_id: str) -> bool:
    return db.scalar("SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)) is not None


def for_dossier(db: Database, dossier_id: str) -> list[Row]:
    return _rows(db, "r.dossier_id = ? ORDER BY r.sent_on DESC, r.created_at DESC", (dossier_id,))


def for_organisation(db: Database, organisation_id: str, limit: int = 500) -> list[Row]:
    """Referrals to one organisation: open ones (oldest first), then the answered ones."""
    return _rows(
        db,
        "r.organisation_id = ? ORDER BY r.status NOT IN ('verstuurd', 'ontvangen'),"
        " r.sent_on, r.id LIMIT ?",
        (organisation_id, limit),
    )


def one(db: Database, referral_id: str) -> Row | None:
    rows = _rows(db, "r.id = ?", (referral_id,))
    return rows[0] if rows else None


def waiting(db: Database, sent_before: str, limit: int = 500) -> list[Row]:
    """Referrals without an answer (verstuurd or ontvangen) sent on or before the date."""
    return _rows(
        db,
        "r.status IN ('verstuurd', 'ontvangen') AND r.sent_on <= ?"
        " ORDER BY r.sent_on, r.id LIMIT ?",
        (sent_before, limit),
    )
