"""Counts per kind of record for ``baken info`` and the handover manifest.

Later schema steps register their kinds here: ``COUNTS["persons"] = "SELECT ..."``.
"""

from __future__ import annotations

from storage import schema_care
from storage.db import Database

COUNTS: dict[str, str] = {
    "audit_entries": "SELECT count(*) FROM audit_log",
    "persons": "SELECT count(*) FROM persons",
    "dossiers": "SELECT count(*) FROM dossiers",
    "signals": "SELECT count(*) FROM signals",
    "notes": "SELECT count(*) FROM notes",
    **schema_care.COUNTS,
    "letters": "SELECT count(*) FROM letters",
    "documents": "SELECT count(*) FROM documents",
    "disclosures": "SELECT count(*) FROM disclosures",
    "destructions": "SELECT count(*) FROM destructions",
}


def counts(db: Database) -> dict[str, int]:
    existing = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type='table'")}
    out: dict[str, int] = {}
    for kind, sql in sorted(COUNTS.items()):
        table = sql.split(" FROM ", 1)[1].split()[0]
        out[kind] = int(db.scalar(sql)) if table in existing else 0
    return out
