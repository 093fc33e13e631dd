"""Bewaartermijnen: which closed dossiers are past their period, and destroying one.

Destruction deletes every row that belongs to the dossier, found by walking the foreign
keys declared in the schema (``PRAGMA foreign_key_list`` over ``sqlite_master``), so tables
added by later schema steps are covered without a hand-kept list:

- roots: the dossier, and its person when no surviving dossier refers to that person;
- then every row of any table that references a collected row, whatever its ON DELETE
  action (a signal only *linked* to the dossier still describes the person), except rows
  that belong to another, surviving dossier (they keep their own data; SQLite's declared
  action then clears the reference).

Afterwards the FTS5 indexes are merged (``optimize``) so no deleted token survives in a
segment, a ``destructions`` row without personal data is written, and the file is
compacted: ``wal_checkpoint(TRUNCATE)``, ``VACUUM``, checkpoint again. ``secure_delete``
is on for every connection (storage.db), so freed pages are zeroed too.

Audit rows stay: they hold ids only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storage.audit import now_utc
from storage.db import Database
from storage.repos.base import new_id

# dossier columns copied into the destruction record (no personal data)
DUE_COLUMNS = ("id", "number", "opened_on", "closed_on", "close_reason", "years", "due_on")


@dataclass(frozen=True)
class ForeignKey:
    table: str  # the referencing (child) table
    column: str
    parent: str
    parent_column: str
    on_delete: str


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def foreign_keys(db: Database) -> list[ForeignKey]:
    """Every declared foreign key in the main schema."""
    tables = [
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    out = []
    for t in tables:
        for row in db.query(f"PRAGMA foreign_key_list({_quote(t)})"):
            # (id, seq, table, from, to, on_update, on_delete, match)
            out.append(ForeignKey(t, row[3], row[2], row[4] or "id", str(row[6]).upper()))
    return out


def columns(db: Database, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of a table's columns."""
    return [(r[1], str(r[2]).upper()) for r in db.query(f"PRAGMA table_info({_quote(table)})")]


def fts_tables(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5(%' ORDER BY name"
        )
    ]


def text_tables(db: Database) -> list[tuple[str, list[str]]]:
    """Ordinary tables with their TEXT/BLOB columns (for scans in tests and tools)."""
    virtual = set(fts_tables(db))
    out = []
    for (name,) in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ):
        if name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue
        cols = [c for c, t in columns(db, name) if t in ("TEXT", "BLOB", "ANY", "")]
        if cols:
            out.append((name, cols))
    return out


# -- what is due --------------------------------------------------------------------------
def due_dossiers(
    db: Database, today: str, default_years: int, years_by_reason: Mapping[str, int]
) -> list[dict[str, Any]]:
    """Closed dossiers whose retention period (counted from afsluiting) has passed.

    The closing reason is the coded one from the afsluiting (``dossier_closures.reason``)
    when there is one, else the dossier's own ``close_reason`` text."""
    cases = " ".join("WHEN ? THEN ?" for _ in years_by_reason)
    params: list[Any] = []
    for reason, years in years_by_reason.items():
        params += [reason, int(years)]
    years_sql = f"(CASE reason {cases} ELSE ? END)" if cases else "?"
    params.append(int(default_years))
    params.append(today)
    rows = db.query(
        "SELECT id, number, opened_on, closed_on, reason, years, due_on FROM ("
        " SELECT *, date(closed_on, '+' || years || ' years') AS due_on FROM ("
        f"  SELECT *, {years_sql} AS years FROM ("
        "   SELECT d.id, d.number, d.opened_on, d.closed_on,"
        "    coalesce(c.reason, d.close_reason) AS reason"
        "   FROM dossiers d LEFT JOIN dossier_closures c ON c.dossier_id = d.id"
        "   WHERE d.status = 'gesloten' AND d.closed_on <> '')))"
        " WHERE due_on IS NOT NULL AND due_on <= ? ORDER BY due_on, number",
        params,
    )
    return [dict(zip(DUE_COLUMNS, r, strict=True)) for r in rows]


def dossier_facts(db: Database, dossier_id: str) -> dict[str, Any] | None:
    row = db.query(
        "SELECT d.id, d.number, d.opened_on, d.closed_on, coalesce(c.reason, d.close_reason), "
        "d.status, d.person_id FROM dossiers d "
        "LEFT JOIN dossier_closures c ON c.dossier_id = d.id WHERE d.id = ? OR d.number = ?",
        (dossier_id, dossier_id),
    )
    if not row:
        return None
    keys = ("id", "number", "opened_on", "closed_on", "close_reason", "status", "person_id")
    return dict(zip(keys, row[0], strict=True))


# -- destruction ------------------------------------------------------------------------
def _collect(db: Database, dossier_ids: Sequence[str]) -> list[tuple[str, list[str]]]:
    """(table, ids) steps in discovery order; delete them in reverse."""
    fks = foreign_keys(db)
    doomed = set(dossier_ids)
    persons = set()
    for (pid,) in db.query(
        f"SELECT DISTINCT person_id FROM dossiers WHERE person_id IS NOT NULL "
        f"AND id IN ({','.join('?' * len(doomed))})",
        list(doomed),
    ):
        others = db.scalar(
            f"SELECT count(*) FROM dossiers WHERE person_id = ? "
            f"AND id NOT IN ({','.join('?' * len(doomed))})",
            [pid, *doomed],
        )
        if not others:
            persons.add(pid)
    owned_by_dossier = {
        t: any(c == "dossier_id" for c, _ in columns(db, t)) for t in {f.table for f in fks}
    }
    collected: dict[str, set[str]] = {"persons": set(persons), "dossiers": set(doomed)}
    steps: list[tuple[str, list[str]]] = [
        ("persons", sorted(persons)),
        ("dossiers", sorted(doomed)),
    ]
    queue = [("persons", sorted(persons)), ("dossiers", sorted(doomed))]
    while queue:
        parent, ids = queue.pop(0)
        if not ids:
            continue
        for fk in fks:
            if fk.parent != parent or fk.parent_column != "id":
                continue
            # ids in chunks: SQLite's variable limit is high, but stay modest
            found: list[str] = []
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT id FROM {_quote(fk.table)} WHERE {_quote(fk.column)} IN ({marks})"
                params: list[Any] = list(chunk)
                if owned_by_dossier.get(fk.table) and fk.column != "dossier_id":
                    # never take a row that belongs to a surviving dossier
                    dmarks = ",".join("?" * len(doomed))
                    sql += f" AND (dossier_id IS NULL OR dossier_id IN ({dmarks}))"
                    params += sorted(doomed)
                found += [r[0] for r in db.query(sql, params)]
            have = collected.setdefault(fk.table, set())
            new = sorted(set(found) - have)
            if new:
                have.update(new)
                steps.append((fk.table, new))
                queue.append((fk.table, new))
    return steps


def destroy(
    db: Database,
    dossier_ids: Sequence[str],
    record: Mapping[str, Mapping[str, Any]],
    actor: str,
    destroyed_on: str,
) -> dict[str, int]:
    """Delete the dossiers and every row that belongs to them; write the destruction
    records (``record[dossier_id]`` holds number, opened_on, closed_on, close_reason,
    retention_years, due_on, basis). Returns rows deleted per table. Runs in the caller's
    transaction or its own; call ``compact`` after committing."""
    counts: dict[str, int] = {}
    with db.transaction():
        steps = _collect(db, dossier_ids)
        persons = set(steps[0][1])
        marks = ",".join("?" * len(dossier_ids))
        person_of = dict(
            db.query(f"SELECT id, person_id FROM dossiers WHERE id IN ({marks})", list(dossier_ids))
        )
        for table, ids in reversed(steps):
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                cur = db.execute(
                    f"DELETE FROM {_quote(table)} WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
                counts[table] = counts.get(table, 0) + max(cur.rowcount, 0)
        for fts in fts_tables(db):
            # merge all segments: deleted rows' tokens are dropped from the index b-tree
            db.execute(f"INSERT INTO {_quote(fts)}({_quote(fts)}) VALUES ('optimize')")
        now = now_utc()
        total = sum(counts.values())
        for did in dossier_ids:
            r = record[did]
            db.execute(
                "INSERT INTO destructions (id, created_at, updated_at, created_by, updated_by, "
                "dossier_id, dossier_number, opened_on, closed_on, close_reason, "
                "retention_years, due_on, destroyed_on, basis, person_destroyed, rows_deleted) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id(),
                    now,
                    now,
                    actor,
                    actor,
                    did,
                    str(r.get("number", "")),
                    str(r.get("opened_on", "")),
                    str(r.get("closed_on", "")),
                    str(r.get("close_reason", "")),
                    int(r.get("retention_years", 0)),
                    str(r.get("due_on", "")),
                    destroyed_on,
                    str(r.get("basis", "")),
                    int(person_of.get(did) in persons),
                    total if len(dossier_ids) == 1 else 0,
                ),
            )
    return counts


def compact(db: Database) -> bool:
    """Push everything out of the WAL, rebuild the file without free pages, truncate the
    WAL again (VACUUM itself goes through the WAL). False when another connection kept
    the checkpoint from completing (old frames may then still sit in the WAL)."""
    first = db.query("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    last = db.query("PRAGMA wal_checkpoint(TRUNCATE)")
    return all(int(r[0][0]) == 0 for r in (first, last) if r)


DESTRUCTION_COLUMNS = (
    "id",
    "created_at",
    "created_by",
    "dossier_id",
    "dossier_number",
    "opened_on",
    "closed_on",
    "close_reason",
    "retention_years",
    "due_on",
    "destroyed_on",
    "basis",
    "person_destroyed",
    "rows_deleted",
)


def destructions(db: Database, limit: int = 1000) -> list[dict[str, Any]]:
    rows = db.query(
        f"SELECT {', '.join(DESTRUCTION_COLUMNS)} FROM destructions "
        "ORDER BY destroyed_on DESC, created_at DESC LIMIT ?",
        (limit,),
    )
    return [dict(zip(DESTRUCTION_COLUMNS, r, strict=True)) for r in rows]


def destruction(db: Database, destruction_id: str) -> dict[str, Any] | None:
    rows = db.query(
        f"SELECT {', '.join(DESTRUCTION_COLUMNS)} FROM destructions WHERE id = ? "
        "OR dossier_id = ? ORDER BY created_at DESC LIMIT 1",
        (destruction_id, destruction_id),
    )
    return dict(zip(DESTRUCTION_COLUMNS, rows[0], strict=True)) if rows else None


def find_text(db: Database, needle: str) -> list[str]:
    """Every table.column holding ``needle`` (case-insensitive) and every FTS index term
    that contains it: a verification tool for destruction (tests, ``verify``)."""
    hits = []
    low = needle.lower()
    for table, cols in text_tables(db):
        for c in cols:
            n = db.scalar(
                f"SELECT count(*) FROM {_quote(table)} WHERE "
                f"instr(lower(CAST({_quote(c)} AS TEXT)), ?) > 0 OR instr({_quote(c)}, ?) > 0",
                (low, needle.encode()),
            )
            if n:
                hits.append(f"{table}.{c}")
    for fts in fts_tables(db):
        vocab = "temp.baken_vocab"
        db.execute(f"DROP TABLE IF EXISTS {vocab}")
        db.execute(f"CREATE VIRTUAL TABLE {vocab} USING fts5vocab(main, {_quote(fts)}, 'row')")
        try:
            n = db.scalar(f"SELECT count(*) FROM {vocab} WHERE instr(term, ?) > 0", (low,))
        finally:
            db.execute(f"DROP TABLE IF EXISTS {vocab}")
        if n:
            hits.append(f"{fts} (index)")
        # deleted rows' tokens linger in segment blocks until merged: look there too (a
        # suffix, since terms are prefix-compressed against their neighbour)
        tail = low[3:] if len(low) > 6 else low
        n = db.scalar(
            f"SELECT count(*) FROM {_quote(fts + '_data')} WHERE instr(block, ?) > 0",
            (tail.encode(),),
        )
        if n:
            hits.append(f"{fts} (segments)")
    return hits
