"""The dossier's tijdlijn as one query: notes and events from every source (signal received,
screening decision, intake, consent given and withdrawn, placement requested / started /
ended, letters, other disclosures, nazorg start and contacts, closure), newest first with a
keyset cursor like the notes list.

Each source yields (day, at, created_at, kind, object_id, title, detail, author); ``at`` is
the local time of day where the source has one (notes; letters and disclosures from their
UTC timestamps), else ''. Only the branches of the requested kinds are queried.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storage.db import Database
from storage.repos.base import Row

COLUMNS = ("day", "at", "created_at", "kind", "object_id", "title", "detail", "author")

# kind -> SELECT yielding COLUMNS for one dossier (one "?" = the dossier id)
_SOURCES: dict[str, str] = {
    "notitie": "SELECT occurred_on, occurred_at, created_at, 'notitie', id, text, kind,"
    " created_by FROM notes WHERE dossier_id = ?",
    "signaal": "SELECT received_on, '', created_at, 'signaal', id, reporter_type,"
    " substr(description, 1, 300), created_by FROM signals WHERE dossier_id = ?",
    "besluit": "SELECT b.decided_on, '', b.created_at, 'besluit', b.id, b.kind,"
    " trim(b.referred_to || ' ' || b.reason), b.created_by FROM besluiten b"
    " JOIN signals s ON s.id = b.signal_id WHERE s.dossier_id = ?",
    "intake": "SELECT opened_on, '', created_at, 'intake', id, number, '', created_by"
    " FROM dossiers WHERE id = ? AND opened_on <> ''",
    "toestemming": "SELECT given_on, '', created_at, 'toestemming', id, purpose,"
    " trim(given_by || ' → ' || recipient), created_by FROM consents WHERE dossier_id = ?",
    "toestemming_ingetrokken": "SELECT withdrawn_on, '', updated_at, 'toestemming_ingetrokken',"
    " id, purpose, given_by, updated_by FROM consents WHERE dossier_id = ? AND withdrawn_on <> ''",
    "plaatsing_aanvraag": "SELECT p.requested_on, '', p.created_at, 'plaatsing_aanvraag', p.id,"
    " coalesce(o.name, ''), p.status, p.created_by FROM placements p"
    " LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.dossier_id = ?",
    "plaatsing": "SELECT p.start_on, '', p.created_at, 'plaatsing', p.id, coalesce(o.name, ''),"
    " '', p.updated_by FROM placements p LEFT JOIN organisations o ON o.id = p.organisation_id"
    " WHERE p.dossier_id = ? AND p.start_on <> ''",
    "plaatsing_einde": "SELECT p.end_on, '', p.updated_at, 'plaatsing_einde', p.id,"
    " coalesce(o.name, ''), p.end_reason, p.updated_by FROM placements p"
    " LEFT JOIN organisations o ON o.id = p.organisation_id"
    " WHERE p.dossier_id = ? AND p.end_on <> ''",
    "brief": "SELECT date(l.created_at, 'localtime'), strftime('%H:%M', l.created_at,"
    " 'localtime'), l.created_at, 'brief', l.id, coalesce(nullif(l.title, ''), l.template),"
    " coalesce(o.name, l.recipient_name), l.created_by FROM letters l"
    " LEFT JOIN organisations o ON o.id = l.recipient_org_id WHERE l.dossier_id = ?",
    "verstrekking": "SELECT date(d.disclosed_at, 'localtime'), strftime('%H:%M',"
    " d.disclosed_at, 'localtime'), d.created_at, 'verstrekking', d.id, d.action,"
    " coalesce(o.name, d.recipient_name), d.created_by FROM disclosures d"
    " LEFT JOIN organisations o ON o.id = d.recipient_org_id"
    " WHERE d.dossier_id = ? AND d.action <> 'made'",
    "nazorg": "SELECT started_on, '', created_at, 'nazorg', id, handover_kind, handover_to,"
    " created_by FROM aftercare WHERE dossier_id = ?",
    "nazorg_contact": "SELECT held_on, '', updated_at, 'nazorg_contact', id, outcome,"
    " substr(concerns, 1, 300), updated_by FROM aftercare_checkins"
    " WHERE dossier_id = ? AND held_on <> ''",
    "afsluiting": "SELECT closed_on, '', created_at, 'afsluiting', id, reason,"
    " substr(summary, 1, 300), created_by FROM dossier_closures WHERE dossier_id = ?",
}

KINDS: tuple[str, ...] = tuple(_SOURCES)


def _union(kinds: Sequence[str], dossier_id: str) -> tuple[str, list[Any]]:
    chosen = [k for k in KINDS if k in set(kinds)]
    if not chosen:
        return "", []
    sql = " UNION ALL ".join(_SOURCES[k] for k in chosen)
    return sql, [dossier_id] * len(chosen)


def entries(
    db: Database,
    dossier_id: str,
    kinds: Sequence[str] = KINDS,
    *,
    limit: int = 200,
    before: Sequence[Any] | None = None,
) -> list[Row]:
    """One page, newest first; ``before`` = (day, at, created_at, object_id) of the last
    entry shown."""
    union, params = _union(kinds, dossier_id)
    if not union:
        return []
    sql = _named(union)
    if before is not None:
        sql += " WHERE (day, at, created_at, object_id) < (?, ?, ?, ?)"
        params.extend(before)
    sql += " ORDER BY day DESC, at DESC, created_at DESC, object_id DESC LIMIT ?"
    params.append(int(limit))
    return [dict(zip(COLUMNS, r, strict=True)) for r in db.query(sql, params)]


def _named(union: str) -> str:
    # The first branch's column names are the union's; name them through a CTE.
    return f"WITH t({', '.join(COLUMNS)}) AS ({union}) SELECT {', '.join(COLUMNS)} FROM t"


def count(db: Database, dossier_id: str, kinds: Sequence[str] = KINDS) -> int:
    union, params = _union(kinds, dossier_id)
    if not union:
        return 0
    return int(db.scalar(f"SELECT count(*) FROM ({_named(union)})", params))
