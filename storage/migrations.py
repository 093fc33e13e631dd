"""Versioned schema migrations (``PRAGMA user_version``).

Each step runs in one transaction together with its ``user_version`` bump, so a failed
step leaves the previous schema intact. Before any step runs on an existing store an
encrypted copy of the file is taken (``migration-backups/``).

To add a step: append a ``Migration`` with its number (reserved: 2 cases, 3 letters and
documents, 4 opvang/nazorg, 5 privacy/retention, 6 drafts). Never edit a landed step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storage import messages as M
from storage import (
    schema_addressbook,
    schema_care,
    schema_case_record,
    schema_cases,
    schema_drafts,
    schema_exchange,
    schema_letters,
    schema_privacy,
    schema_report,
    schema_search,
)
from storage.db import Database
from storage.errors import MigrationError
from storage.files import copy_file_durable


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...] = ()
    run: Callable[[Database], None] | None = None


V1_CORE = (
    """CREATE TABLE store_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE settings (
        key     TEXT PRIMARY KEY,
        value   TEXT NOT NULL,
        updated TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        ts          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        on_behalf   TEXT NOT NULL DEFAULT '',
        action      TEXT NOT NULL,
        object_type TEXT NOT NULL DEFAULT '',
        object_id   TEXT NOT NULL DEFAULT '',
        result      TEXT NOT NULL,
        origin      TEXT NOT NULL,
        details     TEXT NOT NULL DEFAULT '',
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX audit_log_object ON audit_log(object_id) WHERE object_id <> ''",
    "CREATE INDEX audit_log_action_ts ON audit_log(action, ts)",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
)

MIGRATIONS: list[Migration] = [
    Migration(1, "core: meta, settings, audit log", V1_CORE),
    Migration(2, "cases", schema_cases.STATEMENTS),
    Migration(3, "letters", schema_letters.STATEMENTS),
    Migration(4, "care", schema_care.STATEMENTS),
    Migration(5, "privacy", schema_privacy.STATEMENTS),
    Migration(6, "drafts", schema_drafts.STATEMENTS),
    Migration(7, "address book", schema_addressbook.STATEMENTS),
    Migration(
        8,
        "report: monthly counts",
        schema_report.STATEMENTS,
        run=schema_report.backfill,
    ),
    Migration(9, "dossier list: status filter with every sort", schema_report.LIST_INDEXES),
    Migration(10, "case record", schema_case_record.STATEMENTS),
    Migration(11, "exchange", schema_exchange.STATEMENTS),
    Migration(
        12,
        "search: what a name hit shows",
        schema_search.STATEMENTS,
        run=schema_search.backfill,
    ),
]


def latest_version() -> int:
    return max(m.version for m in MIGRATIONS)


def current_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def backup_before_migration(db: Database, from_version: int) -> Path:
    """An encrypted copy (same key) of the store, taken before migrating."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = db.path.parent / "migration-backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"baken.v{from_version}.{stamp}.db"
    copy_file_durable(db.path, target)
    return target


def migrate(
    db: Database,
    on_step: Callable[[Migration], None] | None = None,
    migrations: list[Migration] | None = None,
) -> list[int]:
    """Bring the schema to the latest version. Returns the versions applied."""
    steps = sorted(MIGRATIONS if migrations is None else migrations, key=lambda m: m.version)
    current = current_version(db)
    target = steps[-1].version
    if current > target:
        raise MigrationError(M.MIGRATION_NEWER)
    pending = [m for m in steps if m.version > current]
    if not pending:
        return []
    if current > 0:
        backup_before_migration(db, current)
    applied = []
    for step in pending:
        try:
            with db.transaction():
                for sql in step.statements:
                    db.execute(sql)
                if step.run is not None:
                    step.run(db)
                db.execute(f"PRAGMA user_version = {int(step.version)}")
        except MigrationError:
            raise
        except Exception:
            raise MigrationError(M.MIGRATION_FAILED, version=step.version) from None
        applied.append(step.version)
        if on_step is not None:
            on_step(step)
    return applied
