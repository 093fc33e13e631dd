"""SQL for the Logboek's client questions (NEN 7513 "welke cliënt"): the dossier number an
audit row is about, resolved from its object id, and every row about one dossier.

``tables`` maps an audit object type to the table its ids live in (e.g. "note" -> "notes");
a table with a ``dossier_id`` column ties its rows to a dossier. Persons are tied through
``dossiers.person_id``. Destroyed dossiers resolve to nothing (their rows keep only ids).
The audit log itself is never changed here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storage.audit import FIELDS, AuditEntry
from storage.db import Database

_CHUNK = 500


def _dossier_tables(db: Database, tables: Mapping[str, str]) -> dict[str, str]:
    """The object types whose table has a dossier_id column."""
    out: dict[str, str] = {}
    for kind, table in tables.items():
        if not table.isidentifier():
            continue
        cols = {str(r[1]) for r in db.query(f"PRAGMA table_info({table})")}
        if "dossier_id" in cols:
            out[kind] = table
    return out


def dossier_numbers(
    db: Database, refs: Sequence[tuple[str, str]], tables: Mapping[str, str]
) -> dict[tuple[str, str], str]:
    """(object type, object id) -> dossier number(s), for the rows that can be resolved.
    A person with several dossiers gives their numbers joined by ", "."""
    by_kind: dict[str, set[str]] = {}
    for kind, oid in refs:
        if kind and oid:
            by_kind.setdefault(kind, set()).add(oid)
    dossier_tables = _dossier_tables(db, {k: tables[k] for k in by_kind if k in tables})
    out: dict[tuple[str, str], str] = {}
    for kind, ids in by_kind.items():
        if kind == "dossier":
            sql = "SELECT id, number FROM dossiers WHERE id IN ({})"
        elif kind == "person":
            sql = (
                "SELECT person_id, group_concat(number, ', ') FROM "
                "(SELECT person_id, number FROM dossiers WHERE person_id IN ({}) ORDER BY number) "
                "GROUP BY person_id"
            )
        elif kind in dossier_tables:
            sql = (
                f"SELECT t.id, d.number FROM {dossier_tables[kind]} t "
                "JOIN dossiers d ON d.id = t.dossier_id WHERE t.id IN ({})"
            )
        else:
            continue
        id_list = sorted(ids)
        for start in range(0, len(id_list), _CHUNK):
            part = id_list[start : start + _CHUNK]
            marks = ", ".join("?" for _ in part)
            for oid, number in db.query(sql.format(marks), part):
                if number:
                    out[(kind, str(oid))] = str(number)
    return out


def dossier_id_by_number(db: Database, number: str) -> str | None:
    row = db.execute(
        "SELECT id FROM dossiers WHERE number = ? COLLATE NOCASE", (number.strip(),)
    ).fetchone()
    return None if row is None else str(row[0])


def _client_from(
    db: Database,
    dossier_id: str,
    tables: Mapping[str, str],
    action: str | None,
    since: str | None,
    until: str | None,
) -> tuple[str, list[str]]:
    """FROM/WHERE for rows about the dossier itself, its person, or any record that belongs
    to it: the client's ids joined to the log through its object-id index."""
    parts = [
        "SELECT 'dossier' AS kind, ? AS oid",
        ("SELECT 'person', person_id FROM dossiers WHERE id = ? AND person_id IS NOT NULL"),
    ]
    params: list[str] = [dossier_id, dossier_id]
    for kind, table in sorted(_dossier_tables(db, tables).items()):
        parts.append(f"SELECT ?, id FROM {table} WHERE dossier_id = ?")
        params += [kind, dossier_id]
    sql = (
        " FROM (" + " UNION ALL ".join(parts) + ") ids"
        " JOIN audit_log a ON a.object_id = ids.oid AND a.object_type = ids.kind"
        " WHERE a.object_id <> ''"
    )
    for clause, value in (("a.action = ?", action), ("a.ts >= ?", since), ("a.ts < ?", until)):
        if value:
            sql += f" AND {clause}"
            params.append(value)
    return sql, params


def client_entries(
    db: Database,
    dossier_id: str,
    tables: Mapping[str, str],
    *,
    action: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[AuditEntry]:
    """Rows about one client's dossier, newest first."""
    source, params = _client_from(db, dossier_id, tables, action, since, until)
    sql = "SELECT a.id, " + ", ".join(f"a.{f}" for f in FIELDS) + source
    sql += " ORDER BY a.id DESC LIMIT ? OFFSET ?"
    return [AuditEntry(*row) for row in db.query(sql, (*params, limit, offset))]


def count_client_entries(
    db: Database,
    dossier_id: str,
    tables: Mapping[str, str],
    *,
    action: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    source, params = _client_from(db, dossier_id, tables, action, since, until)
    return int(db.scalar("SELECT count(*)" + source, params) or 0)
