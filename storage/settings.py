"""Key/value settings stored inside the encrypted database (never in QSettings)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from storage.audit import now_utc
from storage.db import Database


def get(db: Database, key: str, default: Any = None) -> Any:
    raw = db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    if raw is None:
        return default
    return json.loads(raw)


def get_all(db: Database, prefix: str = "") -> dict[str, Any]:
    rows = db.query(
        "SELECT key, value FROM settings WHERE key LIKE ? ESCAPE '\\'",
        (prefix.replace("%", "\\%").replace("_", "\\_") + "%",),
    )
    return {k: json.loads(v) for k, v in rows}


def put(db: Database, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO settings (key, value, updated) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
        (key, json.dumps(value, ensure_ascii=False), now_utc()),
    )


def put_many(db: Database, items: Iterable[tuple[str, Any]]) -> None:
    """``put`` for many keys in one statement (e.g. the transfer's exchange hashes)."""
    ts = now_utc()
    db.executemany(
        "INSERT INTO settings (key, value, updated) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
        [(k, json.dumps(v, ensure_ascii=False), ts) for k, v in items],
    )
