"""Append-only, hash-chained audit log (NEN 7513 / BIO fields).

Each row's hash covers its own fields and the previous row's hash, so any change,
deletion or insertion in the middle breaks the chain from that row on. UPDATE and
DELETE on the table are refused by triggers. Rows never hold names or free text about
a client: ``object_id`` is a record id, ``details`` a short technical note.

The chain alone cannot tell that rows were cut off the *end*. The head of the log is
therefore also kept outside the table, in ``baken.audit-anchor.json`` next to the store:
the id and hash of the last row, authenticated with HMAC-SHA256 under a key derived from
the store key (HKDF, "baken-audit-anchor-v1"). It is updated after every commit that
added audit rows, never before, so it never runs ahead of the database: after kill -9 it
lags by at most the last transaction, after a power cut by what the OS had not yet
written (updates are not fsynced, see ``SLOT_BYTES``). It is a lower bound, and ``verify``
checks that the log still holds the anchored row with that hash. An anchor the log does not
extend is never overwritten, so the evidence stays until someone looks. Once a store has
an anchor the database remembers it (``store_meta.audit_anchor``), so deleting the file is
found too. Backups carry their own anchor.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import socket
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.db import Database, DatabaseError
from storage.errors import StoreIOError, io_message
from storage.files import atomic_write

GENESIS = "0" * 64
_SEP = "\x1f"


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def origin() -> str:
    try:
        return socket.gethostname()[:64]
    except OSError:  # pragma: no cover
        return "onbekend"


def os_user() -> str:
    try:
        return getpass.getuser()[:64]
    except Exception:  # noqa: BLE001 - no login name available
        return "onbekend"


def row_hash(prev: str, fields: Iterable[str]) -> str:
    h = hashlib.sha256(prev.encode("ascii"))
    h.update(_SEP.join(fields).encode("utf-8"))
    return h.hexdigest()


FIELDS = (
    "ts",
    "actor",
    "on_behalf",
    "action",
    "object_type",
    "object_id",
    "result",
    "origin",
    "details",
)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    ts: str
    actor: str
    on_behalf: str
    action: str
    object_type: str
    object_id: str
    result: str
    origin: str
    details: str


def append(
    db: Database,
    *,
    actor: str,
    action: str,
    object_type: str = "",
    object_id: str = "",
    result: str = "ok",
    on_behalf: str = "",
    details: str = "",
    ts: str | None = None,
) -> None:
    values = (
        ts or now_utc(),
        actor,
        on_behalf,
        action,
        object_type,
        object_id,
        result,
        origin(),
        details,
    )
    with db.transaction():
        prev = db.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1") or GENESIS
        db.execute(
            "INSERT INTO audit_log (ts, actor, on_behalf, action, object_type, object_id, result,"
            " origin, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (*values, prev, row_hash(prev, values)),
        )
        db.audit_written = True


@dataclass(frozen=True)
class ChainResult:
    ok: bool
    rows: int
    first_broken_id: int | None


def verify_chain(db: Database, batch: int = 20000) -> ChainResult:
    """Walk the whole chain; report the first row whose hash or link does not hold."""
    prev = GENESIS
    count = 0
    last_id = 0
    cols = ", ".join(FIELDS)
    while True:
        rows = db.query(
            f"SELECT id, {cols}, prev_hash, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ?",
            (last_id, batch),
        )
        if not rows:
            return ChainResult(True, count, None)
        for row in rows:
            rid = row[0]
            fields = tuple("" if v is None else str(v) for v in row[1:10])
            if row[10] != prev or row_hash(prev, fields) != row[11]:
                return ChainResult(False, count, rid)
            prev = row[11]
            count += 1
            last_id = rid


def entries(
    db: Database,
    *,
    action: str | None = None,
    object_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[AuditEntry]:
    where: list[str] = []
    params: list[str | int] = []
    if action:
        where.append("action = ?")
        params.append(action)
    if object_id:
        where.append("object_id = ?")
        params.append(object_id)
    if since:
        where.append("ts >= ?")
        params.append(since)
    if until:
        where.append("ts < ?")
        params.append(until)
    sql = "SELECT id, " + ", ".join(FIELDS) + " FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ? OFFSET ?"
    rows = db.query(sql, (*params, limit, offset))
    return [AuditEntry(*row) for row in rows]


# --- viewer and bulk helpers (issue 8) -------------------------------------------------


def _filter_sql(
    action: str | None, object_id: str | None, since: str | None, until: str | None
) -> tuple[str, list[str | int]]:
    where: list[str] = []
    params: list[str | int] = []
    for clause, value in (
        ("action = ?", action),
        ("object_id = ?", object_id),
        ("ts >= ?", since),
        ("ts < ?", until),
    ):
        if value:
            where.append(clause)
            params.append(value)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def count_entries(
    db: Database,
    *,
    action: str | None = None,
    object_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """How many rows ``entries`` would page through with the same filters."""
    where, params = _filter_sql(action, object_id, since, until)
    return int(db.scalar("SELECT count(*) FROM audit_log" + where, params) or 0)


def distinct_actions(db: Database) -> list[str]:
    """Every action name present in the log, sorted (for filter lists)."""
    return [str(r[0]) for r in db.query("SELECT DISTINCT action FROM audit_log ORDER BY action")]


def iter_entries(
    db: Database,
    *,
    action: str | None = None,
    object_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
    batch: int = 5000,
) -> Iterator[AuditEntry]:
    """The filtered rows oldest first, fetched in id-keyed batches (for exports)."""
    where, params = _filter_sql(action, object_id, since, until)
    where += (" AND" if where else " WHERE") + " id > ?"
    sql = "SELECT id, " + ", ".join(FIELDS) + " FROM audit_log" + where + " ORDER BY id LIMIT ?"
    last_id = 0
    while True:
        rows = db.query(sql, (*params, last_id, batch))
        if not rows:
            return
        for row in rows:
            yield AuditEntry(*row)
        last_id = rows[-1][0]


def append_many(db: Database, records: Iterable[Sequence[str]], chunk: int = 10000) -> int:
    """Append many rows (each the ``FIELDS`` values in order) in one transaction.

    The chain is computed here exactly as ``append`` does, so the result verifies.
    Meant for bulk loads (imports, benchmarks); returns the number of rows written.
    """
    sql = (
        "INSERT INTO audit_log (ts, actor, on_behalf, action, object_type, object_id, result,"
        " origin, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
    )
    written = 0
    with db.transaction():
        db.audit_written = True
        prev = db.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1") or GENESIS
        pending: list[tuple[str, ...]] = []
        for record in records:
            values = tuple(record)
            if len(values) != len(FIELDS):
                raise ValueError("audit record must hold exactly the FIELDS values")
            digest = row_hash(prev, values)
            pending.append((*values, prev, digest))
            prev = digest
            if len(pending) >= chunk:
                db.executemany(sql, pending)
                written += len(pending)
                pending.clear()
        if pending:
            db.executemany(sql, pending)
            written += len(pending)
    return written


@dataclass
class _Range:
    """What one scan of an id range found; its first row's link is checked by the caller."""

    rows_ok: int = 0
    first_id: int | None = None
    first_prev: str = ""
    last_hash: str = ""
    broken_id: int | None = None


_COLUMNS = (*FIELDS, "prev_hash", "hash")
_ROW_SEP = b"\x1e"  # between rows in the aggregated scan (a field holding it: per-row check)

# One aggregated query per id window: SQLite builds every row's message (its prev_hash and
# FIELDS joined by _SEP, NULL as '', exactly like verify_chain's Python) and returns the
# window as one UTF-8 blob of messages and two strings of hashes, so Python makes no row
# objects and only hashes. Table scans by rowid visit the rows in id order, and the three
# aggregates see the same row order.
_BATCH_SQL = (
    "SELECT count(*), CAST(group_concat(concat(prev_hash, "
    + ", char(31), ".join(FIELDS)
    + "), char(30)) AS BLOB), group_concat(ifnull(hash, ''), ','),"
    " group_concat(ifnull(prev_hash, ''), ',') FROM audit_log WHERE id BETWEEN ? AND ?"
)
_HASH = type(hashlib.sha256())


def _aggregate_exact(db: Database) -> bool:
    """May ``_check_window`` be used on this connection?

    Only when SQLite itself guarantees that every value it concatenates is text or NULL (a
    STRICT table with TEXT columns: the store's schema), since an integer, real or blob
    would be rendered differently by SQL than by ``str``. And not under SQLCipher's memory
    security, where every per-row string SQL builds is a locked, wiped allocation (3x
    slower than reading plain columns)."""
    if str(db.scalar("PRAGMA cipher_memory_security")) != "0":
        return False
    strict = db.scalar(
        "SELECT strict FROM pragma_table_list WHERE schema = 'main' AND name = 'audit_log'"
    )
    types = dict(db.query("SELECT name, upper(type) FROM pragma_table_info('audit_log')"))
    return strict == 1 and all(types.get(c) == "TEXT" for c in _COLUMNS)


def _check_window(db: Database, lo: int, hi: int, prev: str) -> tuple[int, str] | None:
    """Rows ``lo..hi`` in one query: (rows, last hash) if every row holds, with ``prev``
    the link the first row must carry; None if not (or not decidable here): then the
    per-row check decides, with the exact verdict and row."""
    try:
        n, messages, hashes, prevs = db.query(_BATCH_SQL, (lo, hi))[0]
    except DatabaseError:  # e.g. text that is not UTF-8: the per-row check reports it
        return None
    if not n:
        return 0, prev
    try:
        messages.decode("utf-8")  # as strict as reading the columns as text
    except UnicodeDecodeError:
        return None
    parts = messages.split(_ROW_SEP)
    if len(parts) != n:  # a field holds _ROW_SEP
        return None
    # Every row's SHA-256 hex digest, joined by ','; no Python bytecode runs per row.
    digests = b"".join(map(_HASH.digest, map(hashlib.sha256, parts))).hex(",", 32)
    # The digests hold no ',', so equal joined strings mean equal values row by row (n
    # hashes, NULL as ''). The first prev_hash is ``prev`` itself when called for a range's
    # first row, else ``prev`` is a digest too; either way the others must be the digests
    # of the rows before them.
    links = prev + "," + digests[: 65 * (n - 1) - 1] if n > 1 else prev
    if hashes != digests or prevs != links:
        return None
    return n, digests[-64:]


def _check_rows(db: Database, lo: int, hi: int, prev: str, batch: int) -> _Range:
    """Rows ``lo..hi`` one by one, as ``verify_chain`` does (``prev``: the first link)."""
    cursor = db.execute(
        "SELECT id, "
        + ", ".join(FIELDS)
        + ", prev_hash, hash FROM audit_log WHERE id BETWEEN ? AND ? ORDER BY id",
        (lo, hi),
    )
    out = _Range(last_hash=prev)
    sha256 = hashlib.sha256
    join = _SEP.join
    count = 0
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            break
        for row in rows:
            fields = row[1:10]
            try:
                message = prev + join(fields)
            except TypeError:  # a NULL or non-text value: hash it as verify_chain does
                message = prev + join("" if v is None else str(v) for v in fields)
            if row[10] != prev or sha256(message.encode("utf-8")).hexdigest() != row[11]:
                out.rows_ok, out.broken_id = count, row[0]
                return out
            prev = row[11]
            count += 1
    out.rows_ok, out.last_hash = count, prev
    return out


def _scan_range(db: Database, lo: int, hi: int, batch: int) -> _Range:
    out = _Range()
    first = db.query(
        "SELECT id, prev_hash FROM audit_log WHERE id BETWEEN ? AND ? ORDER BY id LIMIT 1",
        (lo, hi),
    )
    if not first:
        return out
    out.first_id, out.first_prev = first[0]
    prev = out.first_prev if isinstance(out.first_prev, str) else ""
    aggregate = _aggregate_exact(db)
    count = 0
    start: int | None = out.first_id
    while start is not None and start <= hi:
        end = min(hi, start + batch - 1)
        window = _check_window(db, start, end, prev) if aggregate else None
        if window is None:
            part = _check_rows(db, start, end, prev, batch)
            if part.broken_id is not None:
                out.rows_ok, out.broken_id = count + part.rows_ok, part.broken_id
                return out
            window = part.rows_ok, part.last_hash
        n, prev = window
        count += n
        start = end + 1
        if not n:  # a gap in the ids: go on at the next row there is
            start = db.scalar("SELECT min(id) FROM audit_log WHERE id > ?", (end,))
    out.rows_ok, out.last_hash = count, prev
    return out


def verify_chain_fast(
    db: Database,
    batch: int = 20000,
    open_db: Callable[[], Database] | None = None,
) -> ChainResult:
    """``verify_chain`` with the same result, faster on large logs.

    The rows are checked in id windows of ``batch`` rows, each in one aggregated query
    (``_check_window``: SQLite builds the messages, Python only hashes them); a window that
    does not hold, or cannot be checked that way, is checked row by row (``_check_rows``),
    which gives the exact verdict and row. Each row carries its predecessor's hash, so id
    ranges can also be checked apart and joined by comparing each range's first link with
    the previous range's last hash. With ``open_db`` (a factory for a second connection,
    e.g. ``Store.open_worker_db``) the second half is read on a thread of its own: SQLite
    reads, decrypts and concatenates a whole window without holding the GIL, so only the
    hashing of the two halves shares it.
    """
    lo, hi = db.query("SELECT ifnull(min(id), 0), ifnull(max(id), -1) FROM audit_log")[0]
    bounds = [(lo, hi)]
    results: list[_Range | BaseException | None] = [None]
    worker: threading.Thread | None = None
    if open_db is not None and hi - lo > 2 * batch:
        mid = (lo + hi) // 2
        bounds = [(lo, mid), (mid + 1, hi)]
        results = [None, None]

        def second_half() -> None:
            try:
                other = open_db()
                try:
                    results[1] = _scan_range(other, mid + 1, hi, batch)
                finally:
                    other.close()
            except BaseException as exc:  # noqa: BLE001 - re-raised on the calling thread
                results[1] = exc

        worker = threading.Thread(target=second_half, name="audit-verify", daemon=True)
        worker.start()
    try:
        results[0] = _scan_range(db, bounds[0][0], bounds[0][1], batch)
    finally:
        if worker is not None:
            worker.join()
    prev = GENESIS
    total = 0
    for part in results:
        if isinstance(part, BaseException):
            raise part
        assert part is not None
        if part.first_id is None:
            continue
        if part.first_prev != prev:
            return ChainResult(False, total, part.first_id)
        if part.broken_id is not None:
            return ChainResult(False, total + part.rows_ok, part.broken_id)
        total += part.rows_ok
        prev = part.last_hash
    return ChainResult(True, total, None)


# --- the anchor: the head of the log, kept outside the table (issue 14) -------------------

ANCHOR_NAME = "baken.audit-anchor.json"
ANCHOR_META = "audit_anchor"  # store_meta: this store has (had) an anchor
_ANCHOR_FORMAT = "baken-audit-anchor"


class AnchorError(Exception):
    """The anchor file exists but is damaged, foreign or forged."""


@dataclass(frozen=True)
class Anchor:
    last_id: int
    last_hash: str


def anchor_key(db_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"baken-audit-anchor-v1"
    ).derive(bytes(db_key))


def _anchor_body(store_id: str, anchor: Anchor, seq: int) -> dict[str, Any]:
    return {
        "format": _ANCHOR_FORMAT,
        "version": 1,
        "store_id": store_id,
        "seq": seq,
        "last_id": anchor.last_id,
        "last_hash": anchor.last_hash,
    }


def _anchor_mac(key: bytes, body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


# The file holds two fixed-size slots (one JSON line each, padded with spaces). An update
# overwrites the older slot in place, without fsync: that costs well under a millisecond,
# and whatever a crash or power cut leaves (the old or the new content of a slot, at worst
# one torn slot) is an anchor that lags, never one that runs ahead.
SLOT_BYTES = 512


def _slot_bytes(key: bytes, store_id: str, anchor: Anchor, seq: int) -> bytes:
    body = _anchor_body(store_id, anchor, seq)
    line = json.dumps({**body, "mac": _anchor_mac(key, body)}, sort_keys=True).encode()
    return line + b" " * (SLOT_BYTES - 1 - len(line)) + b"\n"


def _parse_slot(raw: bytes, key: bytes, store_id: str) -> tuple[int, Anchor] | None:
    try:
        data = json.loads(raw.decode("utf-8"))
        seq = int(data["seq"])
        anchor = Anchor(int(data["last_id"]), str(data["last_hash"]))
        mac = data["mac"]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    body = _anchor_body(store_id, anchor, seq)
    if (
        not isinstance(mac, str)
        or {**body, "mac": mac} != data
        or not hmac.compare_digest(_anchor_mac(key, body), mac)
        or raw != _slot_bytes(key, store_id, anchor, seq)
    ):
        return None
    return seq, anchor


def _read_slots(path: Path, key: bytes, store_id: str) -> list[tuple[int, Anchor] | None] | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        raise AnchorError("onleesbaar") from None
    if len(raw) != 2 * SLOT_BYTES:
        return [None, None]
    return [_parse_slot(raw[i * SLOT_BYTES : (i + 1) * SLOT_BYTES], key, store_id) for i in (0, 1)]


def write_anchor(path: Path, key: bytes, store_id: str, anchor: Anchor) -> None:
    """A fresh anchor file (both slots), written durably: temp file, fsync, rename."""
    raw = _slot_bytes(key, store_id, anchor, 1) + _slot_bytes(key, store_id, anchor, 2)
    atomic_write(path, raw)


def advance_anchor(path: Path, key: bytes, store_id: str, anchor: Anchor) -> None:
    """Move the anchor on: overwrite the older slot in place (see ``SLOT_BYTES``)."""
    slots = _read_slots(path, key, store_id)
    if slots is None or not any(slots):
        write_anchor(path, key, store_id, anchor)
        return
    seqs = [slot[0] if slot else -1 for slot in slots]
    older = 0 if seqs[0] <= seqs[1] else 1
    data = _slot_bytes(key, store_id, anchor, max(seqs) + 1)
    try:
        with open(path, "r+b", buffering=0) as fh:  # portable (no os.pwrite on Windows)
            fh.seek(older * SLOT_BYTES)
            fh.write(data)
    except OSError as exc:
        raise StoreIOError(io_message(exc)) from None


def read_anchor(path: Path, key: bytes, store_id: str, *, strict: bool = False) -> Anchor | None:
    """The newest authentic slot, or None if there is no file. Raises ``AnchorError``.

    ``strict`` (a backup's anchor, written once): both slots authentic and equal."""
    slots = _read_slots(path, key, store_id)
    if slots is None:
        return None
    valid = [slot for slot in slots if slot is not None]
    if not valid:
        raise AnchorError("beschadigd of gewijzigd")
    if strict and (len(valid) != 2 or valid[0][1] != valid[1][1]):
        raise AnchorError("beschadigd of gewijzigd")
    return max(valid, key=lambda slot: slot[0])[1]


def head(db: Database) -> Anchor | None:
    row = db.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    return Anchor(int(row[0][0]), str(row[0][1])) if row else None


def extends(db: Database, anchor: Anchor) -> bool:
    """True if the log still holds the anchored row, with the anchored hash."""
    return bool(
        db.scalar("SELECT hash FROM audit_log WHERE id = ?", (anchor.last_id,)) == anchor.last_hash
    )


def has_anchor_marker(db: Database) -> bool:
    return db.scalar("SELECT 1 FROM store_meta WHERE key = ?", (ANCHOR_META,)) is not None


@dataclass(frozen=True)
class AnchorCheck:
    ok: bool
    detail: str


def check_anchor(db: Database, path: Path, key: bytes, store_id: str) -> AnchorCheck:
    """Does the log still reach the anchored head? (Run after ``verify_chain`` held.)"""
    try:
        anchor = read_anchor(path, key, store_id)
    except AnchorError as exc:
        return AnchorCheck(False, f"anker {exc}")
    if anchor is None:
        if has_anchor_marker(db):
            return AnchorCheck(False, "anker ontbreekt (logboek mogelijk ingekort)")
        return AnchorCheck(True, "nog geen anker")
    if extends(db, anchor):
        return AnchorCheck(True, f"reikt tot regel {anchor.last_id}")
    present = head(db)
    have = present.last_id if present else 0
    if have < anchor.last_id:
        return AnchorCheck(
            False, f"logboek ingekort: regel {anchor.last_id} verwacht, laatste is {have}"
        )
    return AnchorCheck(False, f"logboek gewijzigd: regel {anchor.last_id} is niet de verankerde")


class AnchorKeeper:
    """Keeps one store's anchor file current; ``Database.after_commit`` calls ``update``."""

    def __init__(self, path: Path, db_key: bytes, store_id: str) -> None:
        self.path = path
        self.store_id = store_id
        self._key = bytearray(anchor_key(db_key))

    def update(self, db: Database) -> None:
        current = head(db)
        if current is None or not any(self._key):
            return
        key = bytes(self._key)
        try:
            old = read_anchor(self.path, key, self.store_id)
        except AnchorError:
            return  # keep a damaged or forged anchor as evidence for verify
        if old is None:
            if has_anchor_marker(db):
                return  # a missing anchor is evidence too
        elif old == current or not extends(db, old):
            return
        advance_anchor(self.path, key, self.store_id, current)

    def ensure(self, db: Database) -> None:
        """First anchor of a store (new, or from before anchors): write it, then mark."""
        if has_anchor_marker(db):
            return
        current = head(db)
        if current is not None:
            write_anchor(self.path, bytes(self._key), self.store_id, current)
        with db.transaction():
            db.execute("INSERT OR REPLACE INTO store_meta VALUES (?, '1')", (ANCHOR_META,))

    def wipe(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0
