"""Audit viewer backend and ``baken audit``: filters, paging, chain check, CSV export.

Real SQLCipher stores from the fixtures; the CLI runs as a real process.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from desktop import audit_service
from desktop.audit_service import CSV_HEADER, AuditFilter
from storage import audit
from storage.errors import ValidationError
from storage.vault import Store, Vault
from tests.conftest import PASSWORD

DOSSIER_A = "a" * 32
DOSSIER_B = "b" * 32


def _fill(store: Store) -> None:
    """A small, known log: reads and changes on two dossiers over three days."""
    rows = [
        ("2026-03-01T09:00:00.000Z", "read", DOSSIER_A),
        ("2026-03-01T23:59:59.999Z", "change", DOSSIER_A),
        ("2026-03-02T10:00:00.000Z", "read", DOSSIER_B),
        ("2026-03-03T00:00:00.000Z", "print", DOSSIER_A),
        ("2026-03-03T12:00:00.000Z", "read", DOSSIER_A),
    ]
    for ts, action, obj in rows:
        store.audit(action, object_type="dossier", object_id=obj, ts=ts)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_filters_and_paging(new_store: Store) -> None:
    _fill(new_store)
    db = new_store.db
    everything = AuditFilter()
    total = audit_service.count(db, everything)
    assert total == len(audit_service.page(db, everything, limit=1000)) >= 5

    flt = AuditFilter(dossier=DOSSIER_A)
    assert audit_service.count(db, flt) == 4
    first = audit_service.page(db, flt, offset=0, limit=3)
    rest = audit_service.page(db, flt, offset=3, limit=3)
    assert [e.ts for e in first] == [
        "2026-03-03T12:00:00.000Z",
        "2026-03-03T00:00:00.000Z",
        "2026-03-01T23:59:59.999Z",
    ]
    assert [e.ts for e in rest] == ["2026-03-01T09:00:00.000Z"]
    assert {e.object_id for e in first + rest} == {DOSSIER_A}

    # The "until" day is included completely, the next day is not.
    day1 = AuditFilter(since=date(2026, 3, 1), until=date(2026, 3, 1))
    assert [e.action for e in audit_service.page(db, day1)] == ["change", "read"]
    reads = AuditFilter(action="read", since=date(2026, 3, 2))
    assert {(e.object_id, e.ts[:10]) for e in audit_service.page(db, reads)} == {
        (DOSSIER_B, "2026-03-02"),
        (DOSSIER_A, "2026-03-03"),
    }
    assert audit_service.count(db, reads) == 2
    assert {"read", "change", "print"} <= set(audit_service.actions(db))


def test_period_validation() -> None:
    with pytest.raises(ValidationError):
        AuditFilter(since=date(2026, 3, 2), until=date(2026, 3, 1))
    for bad in ("2026-13-01", "1-3-2026", "2026-3-1", "gisteren", ""):
        with pytest.raises(ValidationError) as info:
            audit_service.parse_date(bad, "--since")
        assert "JJJJ-MM-DD" in str(info.value)
    assert audit_service.parse_date("2026-02-28", "x") == date(2026, 2, 28)


def test_csv_export_fixed_header_oldest_first(new_store: Store) -> None:
    _fill(new_store)
    new_store.audit("change", object_type="settings", details="=HYPERLINK(1)")
    out = io.StringIO()
    n = audit_service.export_csv(new_store.db, AuditFilter(dossier=DOSSIER_A), out)
    rows = _rows(out.getvalue())
    assert n == 4
    assert tuple(rows[0]) == CSV_HEADER
    assert [r[1] for r in rows[1:]] == sorted(r[1] for r in rows[1:])
    assert [r[4] for r in rows[1:]] == ["read", "change", "print", "read"]
    assert all(r[6] == DOSSIER_A for r in rows[1:])
    # A cell that a spreadsheet would run as a formula is neutralised.
    out = io.StringIO()
    audit_service.export_csv(new_store.db, AuditFilter(action="change"), out)
    details = [r[9] for r in _rows(out.getvalue())[1:]]
    assert "'=HYPERLINK(1)" in details and "=HYPERLINK(1)" not in details


def _tamper(vault: Vault, row_id: int) -> None:
    """Change one row behind Baken's back: drop the append-only trigger first."""
    store = vault.unlock(PASSWORD, record=False)
    try:
        store.db.execute("DROP TRIGGER audit_log_no_update")
        store.db.execute("UPDATE audit_log SET action = 'getamperd' WHERE id = ?", (row_id,))
    finally:
        store.close(record=False)


def test_chain_check_names_first_broken_row(vault: Vault) -> None:
    store, _ = vault.init(PASSWORD)
    _fill(store)
    report = audit_service.check_chain(store.db)
    assert report.ok and report.first_broken_id is None
    assert "in orde" in report.summary()
    ids = [r[0] for r in store.db.query("SELECT id FROM audit_log ORDER BY id")]
    target = ids[len(ids) // 2]
    store.close(record=False)

    # The append-only trigger refuses the change as long as it exists.
    store = vault.unlock(PASSWORD, record=False)
    with pytest.raises(Exception, match="append-only"):
        store.db.execute("UPDATE audit_log SET action = 'x' WHERE id = ?", (target,))
    store.close(record=False)

    _tamper(vault, target)
    store = vault.unlock(PASSWORD, record=False)
    try:
        report = audit_service.check_chain(store.db)
        assert not report.ok
        assert report.first_broken_id == target
        assert report.rows == ids.index(target)
        assert f"regel {target}" in report.summary()
    finally:
        store.close(record=False)


def test_append_many_keeps_the_chain(new_store: Store) -> None:
    records = [
        (
            f"2026-04-01T00:00:{i:02d}.000Z",
            "bulk",
            "",
            "read",
            "dossier",
            f"{i:032x}",
            "ok",
            "host",
            "",
        )
        for i in range(50)
    ]
    assert audit.append_many(new_store.db, records, chunk=7) == 50
    new_store.audit("read", object_type="dossier", object_id=DOSSIER_A)
    report = audit_service.check_chain(new_store.db)
    assert report.ok
    assert audit_service.count(new_store.db, AuditFilter(action="read")) == 51
    with pytest.raises(ValueError):
        audit.append_many(new_store.db, [("too", "short")])


# --- CLI ------------------------------------------------------------------------------


@pytest.fixture
def filled(vault: Vault) -> Vault:
    store, _ = vault.init(PASSWORD)
    _fill(store)
    store.close()
    return vault


def test_cli_audit_dossier_csv(cli, filled: Vault, data_dir: Path, password_file: Path) -> None:  # type: ignore[no-untyped-def]
    proc = cli(
        "audit",
        "--data-dir",
        str(data_dir),
        "--password-file",
        str(password_file),
        "--dossier",
        DOSSIER_A,
    )
    assert proc.returncode == 0, proc.stderr
    rows = _rows(proc.stdout)
    assert tuple(rows[0]) == CSV_HEADER
    assert [r[4] for r in rows[1:]] == ["read", "change", "print", "read"]

    proc = cli(
        "audit",
        "--data-dir",
        str(data_dir),
        "--password-file",
        str(password_file),
        "--since",
        "2026-03-02",
        "--until",
        "2026-03-02",
    )
    assert proc.returncode == 0, proc.stderr
    rows = _rows(proc.stdout)
    assert [(r[4], r[6]) for r in rows[1:]] == [("read", DOSSIER_B)]

    # The export itself is logged, with the dossier id (no names).
    store = filled.unlock(PASSWORD, record=False)
    try:
        exports = audit.entries(store.db, action="export", object_id=DOSSIER_A)
        assert len(exports) == 1 and exports[0].object_type == "audit_log"
    finally:
        store.close(record=False)


@pytest.mark.parametrize(
    "extra",
    [
        ("--since", "2026-02-30"),
        ("--until", "23-11-2026"),
        ("--since", "2026-03-05", "--until", "2026-03-01"),
    ],
)
def test_cli_audit_bad_dates_exit_2(
    cli, filled: Vault, data_dir: Path, password_file: Path, extra: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    proc = cli("audit", "--data-dir", str(data_dir), "--password-file", str(password_file), *extra)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "datum" in proc.stderr


def test_cli_verify_names_broken_row(
    cli, filled: Vault, data_dir: Path, password_file: Path
) -> None:  # type: ignore[no-untyped-def]
    store = filled.unlock(PASSWORD, record=False)
    target = int(store.db.scalar("SELECT min(id) FROM audit_log WHERE action = 'change'"))
    store.close(record=False)
    _tamper(filled, target)
    proc = cli("verify", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert proc.returncode == 1
    assert f"verbroken bij regel {target}" in proc.stdout
    # The viewer export still works on a damaged chain (the log is evidence, not hidden).
    proc = cli("audit", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert proc.returncode == 0
    assert "getamperd" in proc.stdout


TAMPERS = [
    "UPDATE audit_log SET ts = '2020-01-01T00:00:00.000Z' WHERE id = :id",
    "UPDATE audit_log SET actor = 'iemand anders' WHERE id = :id",
    "UPDATE audit_log SET object_id = 'ffff' WHERE id = :id",
    "UPDATE audit_log SET details = 'é' WHERE id = :id",
    "UPDATE audit_log SET prev_hash = hash WHERE id = :id",
    "UPDATE audit_log SET hash = prev_hash WHERE id = :id",
    "DELETE FROM audit_log WHERE id = :id",
    "INSERT INTO audit_log (id, ts, actor, action, result, origin, prev_hash, hash)"
    " SELECT :id * 1000, ts, actor, action, result, origin, prev_hash, hash"
    " FROM audit_log WHERE id = :id",
]


@pytest.mark.parametrize(
    ("sql", "where"),
    [(sql, ("first", "middle", "after_middle", "last")[i % 4]) for i, sql in enumerate(TAMPERS)],
)
def test_fast_verify_agrees_with_verify_chain(vault: Vault, sql: str, where: str) -> None:
    store, _ = vault.init(PASSWORD)
    try:
        _fill(store)
        _fill(store)

        def results() -> list[audit.ChainResult]:
            return [
                audit.verify_chain(store.db),
                audit.verify_chain_fast(store.db),
                # split in two id ranges, the second read on its own thread + connection
                audit.verify_chain_fast(store.db, batch=2, open_db=store.open_worker_db),
            ]

        good = results()
        assert good[0].ok and good[0].rows >= 10 and good.count(good[0]) == 3
        ids = [r[0] for r in store.db.query("SELECT id FROM audit_log ORDER BY id")]
        mid = (ids[0] + ids[-1]) // 2
        target = {"first": ids[0], "middle": mid, "after_middle": mid + 1, "last": ids[-1]}[where]
        store.db.execute("DROP TRIGGER audit_log_no_update")
        store.db.execute("DROP TRIGGER audit_log_no_delete")
        store.db.execute(sql, {"id": target})
        got = results()
        assert got.count(got[0]) == 3, got
        assert not got[0].ok and got[0].first_broken_id is not None
        assert got[0].first_broken_id >= target
        report = audit_service.check_chain(store.db, open_db=store.open_worker_db)
        assert report.first_broken_id == got[0].first_broken_id
    finally:
        store.close(record=False)


def test_fast_verify_empty_log(new_store: Store) -> None:
    new_store.db.execute("DROP TRIGGER audit_log_no_delete")
    new_store.db.execute("DELETE FROM audit_log")
    assert audit.verify_chain_fast(new_store.db) == audit.ChainResult(True, 0, None)
