"""Case transfer between colleagues: selected dossiers in a package, merged by record UUID.

Selection (no hard-coded table list): the chosen ``dossiers`` rows, every domain record that
points to them through a declared foreign key (transitively: notes, signals, plans,
placements, letters, ...), and every record those point to (persons, organisations,
contacts, ...) so the package is self-contained. Domain tables are the tables with an
``id`` primary key and an ``updated_at`` column; derived tables (search index, audit log,
settings) are not carried.

Merge: new records are added, identical ones skipped. For a record present on both sides
with different content, the hash recorded at the last exchange decides: changed only in the
package -> update; changed only here -> keep; changed on both sides (or never exchanged) ->
conflict. Conflicts are returned side by side and nothing is merged until each one is
resolved (``resolutions``) — never a silent last-write-wins. Exchange hashes live in
``settings`` under ``transfer.base.<table>.<id>`` (so a handover carries them along).

API: ``export_transfer(store, dossier_ids, out) -> TransferResult``;
``plan_merge(store, path, passphrase) -> MergePlan``;
``apply_merge(store, plan, resolutions=None) -> MergeSummary``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from storage import audit, settings, stats, tempfiles
from storage import messages as M
from storage.container import (
    KIND_TRANSFER,
    Manifest,
    Progress,
    Reporter,
    cleanup_stale_temps,
    content_digest,
    create_container,
    fsync_file,
    generate_passphrase,
    installation_label,
    normalize_passphrase,
    open_container,
    q,
    remove_quietly,
    sweep_export_temps,
    temp_sibling,
    verify_container,
    write_failure,
    write_manifest,
)
from storage.db import Database
from storage.errors import StoreError, StoreIOError, ValidationError, io_message
from storage.files import fsync_dir
from storage.migrations import latest_version
from storage.repos.cases import next_dossier_number
from storage.vault import Store

ROOT_TABLE = "dossiers"
BASE_PREFIX = "transfer.base."
_CHUNK = 400


@dataclass(frozen=True)
class TransferResult:
    passphrase: str
    manifest: Manifest
    path: Path


KIND_CHANGED = "gewijzigd"  # changed on both sides: resolve with "local" or "incoming"
KIND_UNIQUE = "uniek"  # a different local record has the same unique value (e.g. dossier
# number): resolve with "renumber" (dossier numbers only)


@dataclass(frozen=True)
class Conflict:
    table: str
    record_id: str
    fields: tuple[str, ...]
    local: dict[str, Any]
    incoming: dict[str, Any]
    kind: str = KIND_CHANGED

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.record_id)

    @property
    def choices(self) -> tuple[str, ...]:
        if self.kind == KIND_CHANGED:
            return ("local", "incoming")
        if self.table == ROOT_TABLE and self.fields == ("number",):
            return ("renumber",)
        return ()


@dataclass
class MergePlan:
    manifest: Manifest
    add: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    update: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    skipped: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    seen: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, id) -> hash


@dataclass(frozen=True)
class MergeSummary:
    added: int
    updated: int
    skipped: int
    resolved: int


# --- schema discovery -----------------------------------------------------------------------


def domain_tables(db: Database) -> list[str]:
    out = []
    for (name,) in db.query(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
    ):
        info = db.query(f"PRAGMA table_info({q(name)})")
        cols = {r[1] for r in info}
        pk = [r[1] for r in info if r[5] > 0]
        if pk == ["id"] and "updated_at" in cols:
            out.append(name)
    return out


def _fks(db: Database, tables: Iterable[str]) -> list[tuple[str, str, str]]:
    """(child table, child column, parent table) for FKs between domain tables on ``id``."""
    names = set(tables)
    out = []
    for t in names:
        for row in db.query(f"PRAGMA foreign_key_list({q(t)})"):
            parent, col, to = row[2], row[3], row[4]
            if parent in names and to in (None, "id"):
                out.append((t, col, parent))
    return sorted(out)


def parent_first(db: Database, tables: Iterable[str]) -> list[str]:
    """``tables`` ordered so that referenced tables come before the tables pointing to them
    (insert triggers may read the parent, e.g. a dossier copying its person's name)."""
    names = sorted(set(tables))
    deps = {t: {p for c, _col, p in _fks(db, names) if c == t and p != t} for t in names}
    out: list[str] = []
    while deps:
        ready = sorted(t for t, d in deps.items() if not d - set(out))
        if not ready:  # a cycle: keep the rest in name order (FKs are deferred anyway)
            ready = sorted(deps)
        for t in ready:
            out.append(t)
            del deps[t]
    return out


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def select_records(db: Database, dossier_refs: Sequence[str]) -> dict[str, set[str]]:
    """Ids per table for the chosen dossiers (by id or number) and everything they need."""
    tables = domain_tables(db)
    if ROOT_TABLE not in tables:
        raise ValidationError(M.TRANSFER_NO_DOSSIERS, "dossier")
    roots: set[str] = set()
    by_number = "number" in _columns(db, ROOT_TABLE)
    for ref in dossier_refs:
        if by_number:
            row = db.scalar(f"SELECT id FROM {ROOT_TABLE} WHERE id = ? OR number = ?", (ref, ref))
        else:
            row = db.scalar(f"SELECT id FROM {ROOT_TABLE} WHERE id = ?", (ref,))
        if row is None:
            raise ValidationError(M.TRANSFER_UNKNOWN_DOSSIER, "dossier")
        roots.add(str(row))
    fks = _fks(db, tables)
    keep: dict[str, set[str]] = {t: set() for t in tables}
    keep[ROOT_TABLE] |= roots
    frontier: list[tuple[str, set[str]]] = [(ROOT_TABLE, set(roots))]
    while frontier:  # downward: records that point to chosen records
        parent, ids = frontier.pop()
        for child, col, p in fks:
            if p != parent:
                continue
            new: set[str] = set()
            for part in _chunks(sorted(ids)):
                marks = ",".join("?" * len(part))
                for (rid,) in db.query(
                    f"SELECT id FROM {q(child)} WHERE {q(col)} IN ({marks})", tuple(part)
                ):
                    if rid not in keep[child]:
                        new.add(rid)
            if new:
                keep[child] |= new
                frontier.append((child, new))
    changed = True
    while changed:  # upward: records the chosen ones point to (not their other children)
        changed = False
        for child, col, parent in fks:
            for part in _chunks(sorted(keep[child])):
                marks = ",".join("?" * len(part))
                for (pid,) in db.query(
                    f"SELECT DISTINCT {q(col)} FROM {q(child)} WHERE id IN ({marks}) "
                    f"AND {q(col)} IS NOT NULL",
                    tuple(part),
                ):
                    if pid not in keep[parent]:
                        keep[parent].add(pid)
                        changed = True
    return {t: ids for t, ids in keep.items() if ids}


def _columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.query(f"PRAGMA table_xinfo({q(table)})") if r[6] == 0]


def _rows(db: Database, table: str, ids: Iterable[str]) -> list[dict[str, Any]]:
    cols = _columns(db, table)
    out = []
    for part in _chunks(sorted(ids)):
        marks = ",".join("?" * len(part))
        sel = ", ".join(q(c) for c in cols)
        for row in db.query(
            f"SELECT {sel} FROM {q(table)} WHERE id IN ({marks}) ORDER BY id", tuple(part)
        ):
            out.append(dict(zip(cols, row, strict=True)))
    return out


def row_hash(row: dict[str, Any]) -> str:
    return hashlib.sha256(repr(sorted(row.items())).encode("utf-8")).hexdigest()


# --- export ---------------------------------------------------------------------------------


def export_transfer(
    store: Store,
    dossier_refs: Sequence[str],
    out: Path,
    *,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> TransferResult:
    """Write the chosen dossiers (and what they need) to a transfer package at ``out``."""
    out = Path(out)
    if out.exists():
        raise StoreError(M.HANDOVER_OUT_EXISTS)
    if not out.parent.is_dir():
        raise StoreIOError(M.HANDOVER_NO_FOLDER)
    phrase = normalize_passphrase(passphrase) if passphrase else generate_passphrase()
    rep = Reporter(progress)
    sweep_export_temps(out.parent, store)
    db = store.open_worker_db()
    tmp = temp_sibling(out, tempfiles.export_temp_tag(store.store_id))
    try:
        rep.phase(0, 200)
        keep = select_records(db, dossier_refs)
        rep.check(1, 1)
        schema = int(db.scalar("PRAGMA user_version"))
        cleanup_stale_temps(out)
        bases: dict[tuple[str, str], str] = {}
        try:
            c = create_container(tmp, phrase)
            try:
                rep.phase(200, 800)
                total = sum(len(v) for v in keep.values()) or 1
                done = 0
                with c.transaction():
                    for table in sorted(keep):
                        sql = db.scalar(
                            "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?",
                            (table,),
                        )
                        c.execute(str(sql))
                        rows = _rows(db, table, keep[table])
                        if rows:
                            cols = list(rows[0])
                            c.executemany(
                                f"INSERT INTO {q(table)} ({', '.join(q(x) for x in cols)}) "
                                f"VALUES ({', '.join('?' * len(cols))})",
                                [tuple(r[x] for x in cols) for r in rows],
                            )
                        for r in rows:
                            bases[(table, str(r["id"]))] = row_hash(r)
                        done += len(rows)
                        rep.check(done, total)
                    c.execute(f"PRAGMA user_version = {schema}")
                rep.phase(800, 950)
                manifest = Manifest(
                    kind=KIND_TRANSFER,
                    schema_version=schema,
                    exported_at=audit.now_utc(),
                    source_store_id=store.store_id,
                    source_installation=installation_label(),
                    counts=stats.counts(c),
                    digest=content_digest(c, report=rep),
                    extra={"dossiers": sorted(keep.get(ROOT_TABLE, ()))},
                )
                write_manifest(c, manifest)
            finally:
                c.close()
            os.chmod(tmp, 0o600)
            fsync_file(tmp)
            os.replace(tmp, out)
            fsync_dir(out.parent)
        except sqlcipher.OperationalError as exc:
            remove_quietly(tmp)
            raise write_failure(exc, out.parent) from None
        except OSError as exc:
            remove_quietly(tmp)
            raise StoreIOError(io_message(exc)) from None
        except BaseException:
            remove_quietly(tmp)
            raise
        with db.transaction():
            for (table, rid), h in bases.items():
                settings.put(db, f"{BASE_PREFIX}{table}.{rid}", h)
            for did in manifest.extra["dossiers"]:
                audit.append(
                    db,
                    actor=store.actor,
                    action="transfer_export",
                    object_type="dossier",
                    object_id=did,
                    details=f"digest {manifest.digest[:16]}",
                )
    finally:
        db.close()
    rep.finish()
    return TransferResult(phrase, manifest, out)


# --- merge ----------------------------------------------------------------------------------


def plan_merge(
    store: Store, path: Path, passphrase: str, *, progress: Progress | None = None
) -> MergePlan:
    """Verify a package and work out what merging it would do. Writes nothing."""
    phrase = normalize_passphrase(passphrase)
    rep = Reporter(progress)
    c = open_container(Path(path), phrase)
    db = store.open_worker_db()
    try:
        rep.phase(0, 500)
        manifest = verify_container(
            c, expect_kind=KIND_TRANSFER, latest_schema=latest_version(), report=rep
        )
        plan = MergePlan(manifest)
        local_tables = set(domain_tables(db))
        rep.phase(500, 900)
        tables = [t for t in domain_tables(c) if t in local_tables]
        for i, table in enumerate(tables):
            local_cols = set(_columns(db, table))
            cols = [x for x in _columns(c, table) if x in local_cols]
            sel = ", ".join(q(x) for x in cols)
            for row in c.query(f"SELECT {sel} FROM {q(table)} ORDER BY id"):
                inc = dict(zip(cols, row, strict=True))
                rid = str(inc["id"])
                loc_row = db.query(f"SELECT {sel} FROM {q(table)} WHERE id = ?", (rid,))
                h_in = row_hash(inc)
                if not loc_row:
                    plan.add.append((table, inc))
                    plan.seen[(table, rid)] = h_in
                    continue
                loc = dict(zip(cols, loc_row[0], strict=True))
                if loc == inc:
                    plan.skipped += 1
                    plan.seen[(table, rid)] = h_in
                    continue
                base = settings.get(db, f"{BASE_PREFIX}{table}.{rid}")
                h_loc = row_hash(loc)
                if base is not None and h_loc == base:
                    plan.update.append((table, inc))
                    plan.seen[(table, rid)] = h_in
                elif base is not None and h_in == base:
                    plan.skipped += 1  # changed here only: keep ours
                else:
                    diff = tuple(k for k in cols if loc.get(k) != inc.get(k))
                    plan.conflicts.append(Conflict(table, rid, diff, loc, inc))
            rep.check(i + 1, len(tables))
        _dry_run(db, plan)
    finally:
        db.close()
        c.close()
    rep.finish()
    return plan


def _unique_clashes(db: Database, table: str, row: dict[str, Any]) -> list[Conflict]:
    """Local records with another id but the same value in a unique index of ``table``."""
    out = []
    for idx in db.query(f"PRAGMA index_list({q(table)})"):
        if not idx[2] or idx[3] == "pk":
            continue
        cols = tuple(r[2] for r in db.query(f"PRAGMA index_info({q(idx[1])})"))
        if not cols or any(c is None or c not in row for c in cols):
            continue
        where = " AND ".join(f"{q(c)} IS ?" for c in cols)
        found = db.query(
            f"SELECT id FROM {q(table)} WHERE {where} AND id <> ?",
            (*[row[c] for c in cols], row["id"]),
        )
        if found:
            local = _rows(db, table, [str(found[0][0])])
            out.append(
                Conflict(table, str(row["id"]), cols, local[0] if local else {}, row, KIND_UNIQUE)
            )
    return out


def _dry_run(db: Database, plan: MergePlan) -> None:
    """Find unique-value clashes of the additions; then try the whole merge and roll back."""
    for table, row in plan.add:
        plan.conflicts.extend(_unique_clashes(db, table, row))
    if plan.conflicts:
        return
    try:
        with db.transaction():
            _write(db, plan, {})
            raise _Rollback
    except _Rollback:
        pass
    except sqlcipher.IntegrityError:
        plan.conflicts.append(
            Conflict("", "", ("(ontbrekende verwijzing of uniek kenmerk)",), {}, {}, "fout")
        )


class _Rollback(Exception):
    pass


def _write_one(db: Database, table: str, row: dict[str, Any], *, insert: bool) -> None:
    cols = list(row)
    if insert:
        db.execute(
            f"INSERT INTO {q(table)} ({', '.join(q(x) for x in cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})",
            tuple(row[x] for x in cols),
        )
    else:
        sets = ", ".join(f"{q(x)} = ?" for x in cols if x != "id")
        db.execute(
            f"UPDATE {q(table)} SET {sets} WHERE id = ?",
            (*[row[x] for x in cols if x != "id"], row["id"]),
        )


def _write(
    db: Database, plan: MergePlan, resolutions: dict[tuple[str, str], str]
) -> tuple[int, int]:
    db.execute("PRAGMA defer_foreign_keys = ON")
    rank = {t: i for i, t in enumerate(parent_first(db, {t for t, _ in plan.add}))}
    added = 0
    renumbered = {c.record_id: c for c in plan.conflicts if resolutions.get(c.key) == "renumber"}
    for table, row in sorted(plan.add, key=lambda tr: rank[tr[0]]):
        if table == ROOT_TABLE and str(row["id"]) in renumbered:
            number = str(row["number"])
            prefix = number[: len(number.rstrip("0123456789"))]
            row = {**row, "number": next_dossier_number(db, prefix)}
        _write_one(db, table, row, insert=True)
        added += 1
    updated = 0
    for table, row in plan.update:
        _write_one(db, table, row, insert=False)
        updated += 1
    for conflict in plan.conflicts:
        if conflict.kind == KIND_CHANGED and resolutions.get(conflict.key) == "incoming":
            _write_one(db, conflict.table, conflict.incoming, insert=False)
            updated += 1
    return added, updated


def apply_merge(
    store: Store,
    plan: MergePlan,
    resolutions: dict[tuple[str, str], str] | None = None,
) -> MergeSummary:
    """Merge a planned package. Every conflict needs a resolution ("local" or "incoming");
    otherwise nothing is merged. All in one transaction."""
    res = resolutions or {}
    open_conflicts = [c for c in plan.conflicts if (c.table, c.record_id) not in res]
    if open_conflicts:
        raise ValidationError(M.TRANSFER_OPEN_CONFLICTS, "conflicts", count=len(open_conflicts))
    if any(res[c.key] not in c.choices for c in plan.conflicts):
        raise ValidationError(
            M.TRANSFER_BAD_CHOICE,
            "conflicts",
        )
    db = store.open_worker_db()
    try:
        with db.transaction():
            added, updated = _write(db, plan, res)
            seen = dict(plan.seen)
            for c in plan.conflicts:
                if c.kind == KIND_CHANGED:
                    chosen = c.incoming if res[c.key] == "incoming" else c.local
                    seen[c.key] = row_hash(chosen)
            for (table, rid), h in seen.items():
                settings.put(db, f"{BASE_PREFIX}{table}.{rid}", h)
            for did in plan.manifest.extra.get("dossiers", []):
                audit.append(
                    db,
                    actor=store.actor,
                    action="transfer_merge",
                    object_type="dossier",
                    object_id=str(did),
                    details=(
                        f"van {plan.manifest.source_store_id[:8]}; +{added} ~{updated} "
                        f"={plan.skipped} conflicten {len(plan.conflicts)}"
                    ),
                )
    except sqlcipher.IntegrityError:
        raise StoreError(M.TRANSFER_MERGE_FAILED) from None
    finally:
        db.close()
    return MergeSummary(added, updated, plan.skipped, len(plan.conflicts))
