"""All SQL for drafts (see ``storage/schema_drafts.py``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from storage.db import Database

_COLUMNS = "id, kind, dossier_id, payload, saved_at, saved_by"


@dataclass(frozen=True)
class DraftRow:
    key: str
    kind: str
    dossier_id: str | None
    payload: dict[str, Any]
    saved_at: str
    saved_by: str


def _row(r: tuple[Any, ...]) -> DraftRow:
    return DraftRow(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5])


def put(
    db: Database,
    *,
    key: str,
    kind: str,
    dossier_id: str | None,
    payload: dict[str, Any],
    saved_at: str,
    saved_by: str,
) -> None:
    db.execute(
        f"INSERT INTO drafts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, dossier_id = excluded.dossier_id, "
        "payload = excluded.payload, saved_at = excluded.saved_at, saved_by = excluded.saved_by",
        (key, kind, dossier_id, json.dumps(payload, ensure_ascii=False), saved_at, saved_by),
    )


def get(db: Database, key: str) -> DraftRow | None:
    rows = db.query(f"SELECT {_COLUMNS} FROM drafts WHERE id = ?", (key,))
    return _row(rows[0]) if rows else None


def all_rows(db: Database) -> list[DraftRow]:
    return [_row(r) for r in db.query(f"SELECT {_COLUMNS} FROM drafts ORDER BY saved_at, id")]


def delete(db: Database, key: str) -> bool:
    return int(db.execute("DELETE FROM drafts WHERE id = ?", (key,)).rowcount) > 0


def delete_older_than(db: Database, saved_before: str) -> int:
    return int(db.execute("DELETE FROM drafts WHERE saved_at < ?", (saved_before,)).rowcount)


def dossier_exists(db: Database, dossier_id: str) -> bool:
    return db.scalar("SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)) is not None
