"""Bewaartermijnen and vernietiging: due list, refusal, destruction of every trace."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.care import CareService
from desktop.care import model as c
from desktop.cases import CaseService
from desktop.cases import model as m
from desktop.letters.service import LetterRequest, LetterService
from desktop.retention import Policy, RetentionService, Rule
from storage import audit, backup
from storage import retention as rq
from storage.db import connect
from storage.errors import StoreError, ValidationError
from storage.vault import DB_NAME
from tests.conftest import PASSWORD
from tests.letters_demo import TODAY, populate

CANARY = "Kanariezwaluwstaart"
LATER = TODAY + timedelta(days=366 * 21)


def _pdf_with(text: str) -> bytes:
    # a minimal PDF-looking file holding the canary uncompressed
    return b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n"


def _plant(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A dossier full of the canary (person, note, signal, plan, placement, letter,
    document, closure) and a second, surviving dossier. Returns (doomed, survivor)."""
    demo = populate(store)
    cases = CaseService(store, clock=lambda: TODAY)
    care = CareService(store, cases, clock=lambda: TODAY)
    letters = LetterService(store, clock=lambda: TODAY)
    p = cases.get_person(demo.person_id)
    cases.update_person(dataclasses.replace(p, last_name=CANARY))
    cases.add_note(
        m.Note(dossier_id=demo.dossier_id, occurred_on=TODAY, text=f"Gesprek met {CANARY} thuis")
    )
    sig = cases.create_signal(
        m.Signal(
            received_on=TODAY,
            reporter_type="politie",
            description=f"Melding over {CANARY}",
            forms=("arbeid",),
        )
    )
    cases.link_signal(sig.id, dossier_id=demo.dossier_id)
    care.start_plan(demo.dossier_id, TODAY, notes=f"Plan voor {CANARY}")
    care.request_placement(
        c.Placement(dossier_id=demo.dossier_id, requested_on=TODAY, notes=f"{CANARY} opvang")
    )
    letter = letters.make(LetterRequest(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id))
    letters.record_print(letter.id)
    letters.add_document(demo.dossier_id, _pdf_with(CANARY), filename=f"{CANARY}.pdf")
    care.close_dossier(
        c.Closure(
            dossier_id=demo.dossier_id,
            closed_on=TODAY,
            reason="doel_bereikt",
            summary=f"Afgerond met {CANARY}",
        )
    )
    other = cases.create_dossier(
        m.Dossier(opened_on=TODAY - timedelta(days=3), forms=("arbeid",)),
        m.Person(first_name="Blijft", last_name="Bestaan", gender="man"),
    )
    cases.add_note(m.Note(dossier_id=other.id, occurred_on=TODAY, text="Blijvende notitie"))
    return demo.dossier_id, other.id


def test_due_list_policy_and_refusal(new_store) -> None:  # type: ignore[no-untyped-def]
    doomed, survivor = _plant(new_store)
    early = RetentionService(new_store, clock=lambda: TODAY + timedelta(days=365))
    assert early.due() == []
    with pytest.raises(ValidationError):
        early.destroy([doomed])  # not due yet: refused, nothing gone
    assert rq.dossier_facts(new_store.db, doomed) is not None

    svc = RetentionService(new_store, clock=lambda: LATER)
    due = svc.due()
    assert [d.id for d in due] == [doomed]
    assert due[0].years == 20 and due[0].due_on == (TODAY.replace(year=TODAY.year + 20)).isoformat()
    assert "20 jaar" in due[0].basis
    with pytest.raises(ValidationError):
        svc.destroy([survivor])  # open dossier

    # a shorter period for one closing reason makes it due earlier, with its own basis
    svc.set_policy(Policy(Rule(20, "standaard"), {"doel_bereikt": Rule(1, "Wmo-proef")}))
    soon = RetentionService(new_store, clock=lambda: TODAY + timedelta(days=366))
    got = soon.due()
    assert [(d.id, d.years, d.basis) for d in got] == [(doomed, 1, "Wmo-proef")]
    with pytest.raises(ValidationError):
        svc.set_policy(Policy(Rule(0, "x")))
    # a dossier closed without an afsluiting record: its own free-text reason counts
    CaseService(new_store, clock=lambda: TODAY).close_dossier(survivor, TODAY, "verhuisd")
    svc.set_policy(Policy(Rule(20, "standaard"), {"verhuisd": Rule(2, "proef")}))
    later = RetentionService(new_store, clock=lambda: TODAY + timedelta(days=3 * 366))
    assert [(d.id, d.years, d.basis) for d in later.due()] == [(survivor, 2, "proef")]
    actions = [r[0] for r in new_store.db.query("SELECT action FROM audit_log")]
    assert "retention.list" in actions and "setting.change" in actions


def test_destroy_leaves_no_trace_in_db_wal_or_later_backup(  # type: ignore[no-untyped-def]
    new_store, vault, data_dir: Path, tmp_path: Path, canary_scan
) -> None:
    doomed, survivor = _plant(new_store)
    before = rq.find_text(new_store.db, CANARY)  # the canary is really there first
    assert {"persons.last_name", "notes.text", "names_fts (segments)"} <= set(before), before
    number = rq.dossier_facts(new_store.db, doomed)["number"]  # type: ignore[index]

    svc = RetentionService(new_store, clock=lambda: LATER)
    done = svc.destroy([number])
    assert [d.dossier_number for d in done] == [number] and done[0].person_destroyed

    db = new_store.db
    assert rq.find_text(db, CANARY) == []
    assert rq.find_text(db, "kanariez") == []  # not even a prefix in an FTS index
    assert rq.dossier_facts(db, doomed) is None
    for table, n in [("letters", 0), ("documents", 0), ("disclosures", 0), ("placements", 0)]:
        assert db.scalar(f"SELECT count(*) FROM {table}") == n
    # the survivor is untouched, the search index still works for it
    assert rq.dossier_facts(db, survivor) is not None
    assert CaseService(new_store).search("Blijvende").notes
    # the record holds no personal data; the audit keeps ids
    rec = rq.destructions(db)[0]
    assert rec["dossier_number"] == number and CANARY not in repr(rec)
    assert (
        db.scalar(
            "SELECT count(*) FROM audit_log WHERE action = 'retention.destroy' AND object_id = ?",
            (doomed,),
        )
        == 1
    )
    assert audit.verify_chain(db).ok

    # certificate
    pdf = svc.certificate_pdf(done)
    cert = tmp_path / "cert.pdf"
    cert.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(cert), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Verklaring van vernietiging" in text and number in text and CANARY not in text

    # a backup made afterwards: no canary in plaintext nor inside once decrypted
    entry = backup.create_backup(new_store, folder=tmp_path / "bk")
    wal = Path(str(vault.db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    needles = [CANARY.encode(), CANARY.encode("utf-16-le"), CANARY.lower().encode()]
    assert canary_scan(needles, data_dir, tmp_path / "bk") == []
    key = backup._key(new_store)
    bdb = connect(entry.path / DB_NAME, key)
    try:
        assert rq.find_text(bdb, CANARY) == []
        assert bdb.scalar("SELECT count(*) FROM dossiers WHERE id = ?", (survivor,)) == 1
    finally:
        bdb.close()
    new_store.close()
    store = vault.unlock(PASSWORD)
    try:
        assert rq.find_text(store.db, CANARY) == []
    finally:
        store.close()


def test_cli_retention_list_confirm_destroy(  # type: ignore[no-untyped-def]
    cli, new_store, data_dir: Path, password_file: Path, tmp_path: Path
) -> None:
    doomed, _ = _plant(new_store)
    # make it due today: close date far back is impossible, so use a 1-year rule and
    # move the closure back in time
    new_store.db.execute(
        "UPDATE dossiers SET closed_on = ? WHERE id = ?",
        ((date.today() - timedelta(days=800)).isoformat(), doomed),
    )
    RetentionService(new_store).set_policy(Policy(Rule(20, "x"), {"doel_bereikt": Rule(1, "y")}))
    number = rq.dossier_facts(new_store.db, doomed)["number"]  # type: ignore[index]
    new_store.close()
    base = ("retention", "--data-dir", str(data_dir), "--password-file", str(password_file))
    r = cli(*base)
    assert r.returncode == 0, r.stderr
    assert number in r.stdout and doomed in r.stdout
    r = cli(*base, "--destroy", doomed)
    assert r.returncode == 2 and "--confirm" in r.stderr
    cert = tmp_path / "c.pdf"
    r = cli(*base, "--destroy", doomed, "--confirm", "--certificate", str(cert))
    assert r.returncode == 0, r.stderr
    assert f"vernietigd: {number}" in r.stdout and cert.read_bytes().startswith(b"%PDF")
    r = cli(*base)
    assert r.returncode == 0 and number not in r.stdout
    r = cli(*base, "--destroy", doomed, "--confirm")
    assert r.returncode == 1


def test_compaction_blocked_by_a_reader_is_retried(new_store, vault) -> None:  # type: ignore[no-untyped-def]
    doomed, _ = _plant(new_store)
    svc = RetentionService(new_store, clock=lambda: LATER)
    reader = new_store.open_worker_db()
    try:
        reader.execute("BEGIN")
        reader.scalar("SELECT count(*) FROM notes")  # holds a read snapshot: no VACUUM now
        with pytest.raises(StoreError, match="opgeschoond"):
            svc.destroy([doomed])
        assert rq.dossier_facts(new_store.db, doomed) is None  # the destruction itself held
        reader.execute("ROLLBACK")
    finally:
        reader.close()
    assert svc.due() == []  # the next look at the list compacts
    pending = "SELECT value FROM settings WHERE key = 'retention.compact_pending'"
    assert new_store.db.scalar(pending) == "false"
    assert rq.find_text(new_store.db, CANARY) == []
    wal = Path(str(vault.db_path) + "-wal")
    assert new_store.db.scalar("PRAGMA freelist_count") == 0
    assert not wal.exists() or wal.stat().st_size < 64 * 1024
