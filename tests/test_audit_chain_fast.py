"""``audit.verify_chain_fast`` against the per-row reference ``audit.verify_chain``.

The fast check builds each id window's messages in SQL and hashes them in one go; whatever
is done to the table (a changed field, a deleted, swapped or moved row, a forged hash, odd
text), its verdict, row count and first broken row must be the reference's, for every
window size and with the log split over two connections. Real SQLCipher stores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from storage import audit
from storage.db import Database, DatabaseError, write_memory_security_setting
from storage.vault import Store
from tests.conftest import PASSWORD, python_json

ROWS = 120
# Field values the SQL and the Python message builders must render alike (or the window
# falls back to the per-row check): non-ASCII, a 4-byte character, NUL, both separators,
# the row separator of the aggregated scan, commas, empty strings.
ODD = ("é", "𝄞 muziek", "a\x00b", "x\x1fy", "row\x1esep", ",,", "")


def _records(n: int) -> list[tuple[str, ...]]:
    out = []
    for k in range(n):
        odd = ODD[k % len(ODD)] if k % 5 == 0 else ""
        out.append(
            (
                f"2026-05-01T00:{k // 60 % 60:02d}:{k % 60:02d}.000Z",
                "Fictieve Coördinator",
                odd,
                ("dossier.view", "note.create", "search")[k % 3],
                "dossier",
                f"{k * 7919:032x}",
                "ok",
                "laptop-01",
                odd[::-1],
            )
        )
    return out


def _ids(db: Database) -> list[int]:
    return [int(r[0]) for r in db.query("SELECT id FROM audit_log ORDER BY id")]


def _unguard(db: Database) -> None:
    db.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    db.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")


def _forge_hash(db: Database, row_id: int) -> None:
    """Give a row the hash of its own (changed) fields, as a forger would."""
    row = db.query(
        "SELECT prev_hash, " + ", ".join(audit.FIELDS) + " FROM audit_log WHERE id = ?",
        (row_id,),
    )[0]
    digest = audit.row_hash(row[0], row[1:])
    db.execute("UPDATE audit_log SET hash = ? WHERE id = ?", (digest, row_id))


def _rechain(db: Database, ids: list[int]) -> None:
    """Rehash the rows ``ids`` (in order), each linked to the one before it."""
    prev = str(db.scalar("SELECT prev_hash FROM audit_log WHERE id = ?", (ids[0],)))
    for row_id in ids:
        db.execute("UPDATE audit_log SET prev_hash = ? WHERE id = ?", (prev, row_id))
        _forge_hash(db, row_id)
        prev = str(db.scalar("SELECT hash FROM audit_log WHERE id = ?", (row_id,)))


def _swap_with_next(db: Database, row_id: int) -> None:
    nxt = db.scalar("SELECT min(id) FROM audit_log WHERE id > ?", (row_id,))
    if nxt is None:  # the last row: swap with the one before it
        nxt = db.scalar("SELECT max(id) FROM audit_log WHERE id < ?", (row_id,))
    db.execute("UPDATE audit_log SET id = -1 WHERE id = ?", (row_id,))
    db.execute("UPDATE audit_log SET id = ? WHERE id = ?", (row_id, nxt))
    db.execute("UPDATE audit_log SET id = ? WHERE id = -1", (nxt,))


def _move_to_end(db: Database, row_id: int) -> None:
    db.execute(
        "UPDATE audit_log SET id = (SELECT max(id) + 1 FROM audit_log) WHERE id = ?", (row_id,)
    )


def _sql(statement: str) -> Callable[[Database, int], None]:
    return lambda db, row_id: db.execute(statement, {"id": row_id})


TAMPERS: dict[str, Callable[[Database, int], None]] = {
    "field": _sql("UPDATE audit_log SET action = 'getamperd' WHERE id = :id"),
    "field_odd": lambda db, i: db.execute(
        "UPDATE audit_log SET details = ? WHERE id = ?", ("é\x1e\x00", i)
    ),
    "field_forged": lambda db, i: (
        db.execute("UPDATE audit_log SET actor = 'iemand anders' WHERE id = ?", (i,)),
        _forge_hash(db, i),
    ),
    "prev_hash_commas": lambda db, i: (
        db.execute("UPDATE audit_log SET prev_hash = prev_hash || ',' WHERE id = ?", (i,)),
        _forge_hash(db, i),
    ),
    "prev_hash_short": lambda db, i: (
        db.execute("UPDATE audit_log SET prev_hash = substr(prev_hash, 2) WHERE id = ?", (i,)),
        _forge_hash(db, i),
    ),
    "hash_upper": _sql("UPDATE audit_log SET hash = upper(hash) WHERE id = :id"),
    "deleted": _sql("DELETE FROM audit_log WHERE id = :id"),
    "swapped": _swap_with_next,
    "moved_to_end": _move_to_end,
    "duplicated": _sql(
        "INSERT INTO audit_log (id, ts, actor, action, result, origin, prev_hash, hash)"
        " SELECT :id * 1000, ts, actor, action, result, origin, prev_hash, hash"
        " FROM audit_log WHERE id = :id"
    ),
}

BATCHES = (3, 16, 20000)


def _all_results(store: Store) -> list[audit.ChainResult]:
    out = [audit.verify_chain(store.db)]
    for batch in BATCHES:
        out.append(audit.verify_chain_fast(store.db, batch=batch))
        out.append(audit.verify_chain_fast(store.db, batch=batch, open_db=store.open_worker_db))
    return out


@pytest.fixture
def chain(new_store: Store) -> Store:
    audit.append_many(new_store.db, _records(ROWS))
    new_store.audit("read", object_type="dossier", object_id="c" * 32)
    return new_store


def test_fast_path_is_taken_and_ends_on_the_stored_head(chain: Store) -> None:
    db = chain.db
    assert audit._aggregate_exact(db)
    ids = _ids(db)
    first_prev = str(db.scalar("SELECT prev_hash FROM audit_log WHERE id = ?", (ids[0],)))
    # A window without odd separators is decided by the aggregated query alone.
    window = audit._check_window(db, ids[0], ids[0] + 4, first_prev)
    assert window is not None and window[0] == 5
    assert window[1] == db.scalar("SELECT hash FROM audit_log WHERE id = ?", (ids[0] + 4,))
    # A window holding the row separator in a field is left to the per-row check.
    odd = int(db.scalar("SELECT min(id) FROM audit_log WHERE on_behalf = 'row\x1esep'"))
    prev = str(db.scalar("SELECT prev_hash FROM audit_log WHERE id = ?", (odd,)))
    assert audit._check_window(db, odd, odd, prev) is None
    assert audit._check_rows(db, odd, odd, prev, 10).broken_id is None
    good = _all_results(chain)
    assert good[0] == audit.ChainResult(True, len(ids), None)
    assert good.count(good[0]) == len(good), good


@pytest.mark.parametrize("where", ["first", "window_edge", "middle", "after_middle", "last"])
@pytest.mark.parametrize("tamper", sorted(TAMPERS))
def test_fast_agrees_with_reference_on_tampering(chain: Store, tamper: str, where: str) -> None:
    db = chain.db
    ids = _ids(db)
    mid = (ids[0] + ids[-1]) // 2  # where verify_chain_fast splits the log in two
    target = {
        "first": ids[0],
        "window_edge": ids[0] + 16,  # the first row of a window of 16
        "middle": mid,
        "after_middle": mid + 1,
        "last": ids[-1],
    }[where]
    _unguard(db)
    TAMPERS[tamper](db, target)
    got = _all_results(chain)
    assert got.count(got[0]) == len(got), got
    if where == "last" and tamper in ("deleted", "moved_to_end", "field_forged"):
        # Cut off, moved along or rehashed at the end: invisible to the chain (the
        # anchor's part).
        assert got[0].ok
        return
    assert not got[0].ok
    assert got[0].first_broken_id is not None and got[0].first_broken_id >= ids[0]
    assert got[0].rows == len([i for i in _ids(db) if i < got[0].first_broken_id])


def test_fast_agrees_with_reference_on_several_tamperings(chain: Store) -> None:
    """A changed row in the middle, a deleted row and a reordered pair: the first counts."""
    db = chain.db
    ids = _ids(db)
    _unguard(db)
    order = [ids[len(ids) // 2], ids[len(ids) // 4], ids[3 * len(ids) // 4]]
    TAMPERS["field"](db, order[0])
    TAMPERS["deleted"](db, order[1])
    TAMPERS["swapped"](db, order[2])
    got = _all_results(chain)
    assert got.count(got[0]) == len(got), got
    assert got[0].first_broken_id == order[1] + 1  # the row after the deleted one
    assert got[0].rows == ids.index(order[1])


def test_fast_agrees_with_reference_after_a_full_rechain(chain: Store) -> None:
    """The chain is not keyed: a forger who rehashes every later row makes it hold (the
    anchor finds that); both checks must then agree that it holds."""
    db = chain.db
    ids = _ids(db)
    _unguard(db)
    db.execute("UPDATE audit_log SET details = 'herschreven' WHERE id = ?", (ids[40],))
    _rechain(db, ids[40:])
    got = _all_results(chain)
    assert got.count(got[0]) == len(got), got
    assert got[0] == audit.ChainResult(True, len(ids), None)


def test_sparse_ids_are_walked_past_their_gaps(chain: Store) -> None:
    """Rows moved far apart (gaps much larger than a window), chain intact in id order."""
    db = chain.db
    ids = _ids(db)
    _unguard(db)
    for k, row_id in enumerate(reversed(ids[60:])):
        db.execute("UPDATE audit_log SET id = ? WHERE id = ?", (10**9 - k * 10**6, row_id))
    got = _all_results(chain)
    assert got.count(got[0]) == len(got), got
    assert got[0] == audit.ChainResult(True, len(ids), None)


def _rebuild_without_strict(db: Database) -> None:
    """The audit table as a plain (not STRICT) table: any value type can be stored."""
    cols = "id INTEGER PRIMARY KEY, " + ", ".join(
        f"{c} TEXT" for c in (*audit.FIELDS, "prev_hash", "hash")
    )
    db.execute(f"CREATE TABLE audit_log_plain ({cols})")
    db.execute("INSERT INTO audit_log_plain SELECT * FROM audit_log")
    _unguard(db)
    db.execute("DROP TABLE audit_log")
    db.execute("ALTER TABLE audit_log_plain RENAME TO audit_log")


@pytest.mark.parametrize(
    "value",
    [None, 5, 0.1 + 0.2, b"bytes"],
    ids=["null", "integer", "real", "blob"],
)
@pytest.mark.parametrize("rendering", ["python", "sql"])
def test_non_text_values_in_a_plain_table(chain: Store, value: object, rendering: str) -> None:
    """Outside a STRICT table a field may hold NULL, a number or a blob, which ``str`` and
    SQL render differently. With the row's hash forged over either rendering, the fast
    check gives the reference's verdict."""
    db = chain.db
    ids = _ids(db)
    _rebuild_without_strict(db)
    assert not audit._aggregate_exact(db)
    target = ids[50]
    db.execute("UPDATE audit_log SET details = ? WHERE id = ?", (value, target))
    row = db.query(
        "SELECT prev_hash, " + ", ".join(audit.FIELDS) + " FROM audit_log WHERE id = ?",
        (target,),
    )[0]
    python_text = "\x1f".join("" if v is None else str(v) for v in row[1:])
    sql_text = db.scalar(
        "SELECT concat(" + ", char(31), ".join(audit.FIELDS) + ") FROM audit_log WHERE id = ?",
        (target,),
    )
    text = python_text if rendering == "python" else sql_text
    digest = hashlib.sha256((row[0] + text).encode("utf-8")).hexdigest()
    db.execute("UPDATE audit_log SET hash = ? WHERE id = ?", (digest, target))
    db.execute("UPDATE audit_log SET prev_hash = ? WHERE id = ?", (digest, target + 1))
    _rechain(db, ids[ids.index(target) + 1 :])
    got = _all_results(chain)
    assert got.count(got[0]) == len(got), got
    # The reference holds when the hash was forged over Python's rendering (or SQL's is
    # the same: NULL, integer).
    assert got[0].ok == (rendering == "python" or sql_text == python_text)
    assert (sql_text == python_text) == (not isinstance(value, bytes))
    assert got[0].first_broken_id in (None, target)


def test_a_row_separator_in_a_field_cannot_pass_for_two_rows(chain: Store) -> None:
    """The last row's details hold the aggregated scan's row separator, and its hash is
    forged as the two digests the split would give, joined by ','. The reference refuses
    it, and so must the fast check (it counts the parts)."""
    db = chain.db
    last = _ids(db)[-1]
    _unguard(db)
    db.execute("UPDATE audit_log SET details = 'voor\x1ena' WHERE id = ?", (last,))
    row = db.query(
        "SELECT prev_hash, " + ", ".join(audit.FIELDS) + " FROM audit_log WHERE id = ?",
        (last,),
    )[0]
    message = (row[0] + "\x1f".join(row[1:])).encode("utf-8")
    forged = ",".join(hashlib.sha256(part).hexdigest() for part in message.split(b"\x1e"))
    db.execute("UPDATE audit_log SET hash = ? WHERE id = ?", (forged, last))
    got = _all_results(chain)
    assert got.count(got[0]) == len(got), got
    assert got[0] == audit.ChainResult(False, len(_ids(db)) - 1, last)


def test_text_that_is_not_utf8_fails_both_checks_alike(chain: Store) -> None:
    db = chain.db
    target = _ids(db)[30]
    _unguard(db)
    db.execute("UPDATE audit_log SET details = CAST(X'FF' AS TEXT) WHERE id = ?", (target,))
    errors = []
    for check in (
        lambda: audit.verify_chain(db),
        lambda: audit.verify_chain_fast(db),
        lambda: audit.verify_chain_fast(db, batch=3, open_db=chain.open_worker_db),
    ):
        with pytest.raises(DatabaseError) as info:
            check()
        errors.append(type(info.value))
    assert len(set(errors)) == 1


MEMSEC = r"""
import json, sys
from pathlib import Path
from storage import audit
from storage.vault import Vault
store = Vault(Path(sys.argv[1])).unlock(sys.stdin.readline().rstrip("\n"), record=False)
db = store.db
db.execute("DROP TRIGGER audit_log_no_update")
db.execute("UPDATE audit_log SET action = 'getamperd' WHERE id = ?", (int(sys.argv[2]),))
results = [audit.verify_chain(db), audit.verify_chain_fast(db, batch=7),
           audit.verify_chain_fast(db, batch=7, open_db=store.open_worker_db)]
print(json.dumps({"pragma": str(db.scalar("PRAGMA cipher_memory_security")),
                  "aggregate": audit._aggregate_exact(db),
                  "results": [[r.ok, r.rows, r.first_broken_id] for r in results]}))
store.close(record=False)
"""


def test_memory_security_keeps_the_per_row_check(chain: Store, data_dir: Path) -> None:
    """Under SQLCipher's memory security (process-wide, so in a process of its own) the
    per-row check is used, with the same verdict."""
    target = _ids(chain.db)[70]
    chain.close(record=False)
    write_memory_security_setting(data_dir, True)
    out = python_json(MEMSEC, str(data_dir), str(target), input=PASSWORD + "\n")
    assert out["pragma"] == "1" and out["aggregate"] is False
    assert out["results"] == [[False, target - 1, target]] * 3
