"""Drafts of open editors: kept inside the encrypted store, never outside it, and they expire."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.cases import CaseService
from desktop.cases import model as m
from desktop.drafts import Draft, DraftService, Location
from desktop.retention import RetentionService
from storage import container, handover
from storage.errors import ValidationError
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD, scan_for
from tests.sqlcipher_pages import decrypted_pages

CANARY = "Conceptkanarie Wielewaal"


def _dossier(store) -> str:  # type: ignore[no-untyped-def]
    cases = CaseService(store, clock=lambda: date(2026, 11, 30))
    d = cases.create_dossier(
        m.Dossier(opened_on=date(2026, 11, 1), forms=("arbeid",)),
        m.Person(first_name="Els", last_name="Concept", gender="vrouw"),
    )
    return d.id


def test_round_trip_survives_lock_and_unlock(new_store, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    dossier_id = _dossier(new_store)
    svc = DraftService(new_store)
    n = svc.save_all(
        [
            Draft(f"intake:{dossier_id}", "intake", {"languages": f"Pools, {CANARY}"}, dossier_id),
            Draft("signal:new", "signal", {"description": "half af", "forms": ["arbeid"]}),
        ]
    )
    assert n == 2
    svc.remember_location(Location("dossiers", dossier_id, "intake"))
    new_store.close()

    store = vault.unlock(PASSWORD)
    try:
        again = DraftService(store)
        got = again.load(f"intake:{dossier_id}")
        assert got is not None and got.payload == {"languages": f"Pools, {CANARY}"}
        assert got.dossier_id == dossier_id and got.saved_at
        assert again.load("signal:new").payload["forms"] == ["arbeid"]  # type: ignore[union-attr]
        assert again.last_location() == Location("dossiers", dossier_id, "intake")
        assert again.discard("signal:new") and again.load("signal:new") is None
        # the audit log says drafts were kept, never what they hold
        rows = store.db.query("SELECT action, details FROM audit_log WHERE action LIKE 'drafts.%'")
        assert rows == [("drafts.save", "lock n=2")]
        assert CANARY not in repr(store.db.query("SELECT * FROM audit_log"))
    finally:
        store.close()


def test_no_plaintext_outside_the_store(new_store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    DraftService(new_store).save(Draft("note:x", "note", {"text": CANARY}))
    new_store.close()
    assert scan_for([CANARY.encode(), CANARY.encode("utf-16-le")], data_dir) == []


def test_saving_is_all_or_nothing(new_store) -> None:  # type: ignore[no-untyped-def]
    svc = DraftService(new_store)
    with pytest.raises(ValidationError):
        svc.save_all([Draft("a", "note", {"text": "goed"}), Draft("b", "note", {"bad": object()})])
    assert svc.all() == []


def test_old_drafts_expire(new_store) -> None:  # type: ignore[no-untyped-def]
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    old = DraftService(new_store, clock=lambda: now - timedelta(days=31))
    old.save(Draft("old", "note", {"text": "oud"}))
    fresh = DraftService(new_store, clock=lambda: now)
    fresh.save(Draft("new", "note", {"text": "nieuw"}))
    assert fresh.expire() == 1
    assert [d.key for d in fresh.all()] == ["new"]


def test_destruction_removes_the_dossiers_drafts(new_store) -> None:  # type: ignore[no-untyped-def]
    from desktop.care import CareService
    from desktop.care import model as c

    today = date(2026, 11, 30)
    cases = CaseService(new_store, clock=lambda: today)
    dossier_id = _dossier(new_store)
    CareService(new_store, cases, clock=lambda: today).close_dossier(
        c.Closure(dossier_id=dossier_id, closed_on=today, reason="doel_bereikt", summary="Klaar")
    )
    svc = DraftService(new_store)
    svc.save(Draft(f"note:{dossier_id}", "note", {"text": CANARY}, dossier_id))
    svc.remember_location(Location("dossiers", dossier_id, "tijdlijn"))
    number = new_store.db.scalar("SELECT number FROM dossiers WHERE id = ?", (dossier_id,))
    RetentionService(new_store, clock=lambda: today + timedelta(days=366 * 21)).destroy([number])
    assert svc.all() == []
    loc = svc.last_location()
    assert loc is not None and loc.dossier_id == "" and loc.tab == ""


def test_handover_does_not_carry_drafts(new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _dossier(new_store)
    DraftService(new_store).save(Draft("note:x", "note", {"text": CANARY}))
    long = " ".join(f"{CANARY} {i}" for i in range(800))  # ~20 kB: overflow pages
    DraftService(new_store).save(Draft("note:y", "note", {"text": long}))
    res = handover.export_handover(new_store, tmp_path / "o.baken")
    target = Vault(tmp_path / "opvolger")
    imported = handover.import_handover(
        target, res.path, res.passphrase, NEW_PASSWORD, initial_settings={"user.name": "O"}
    )
    assert imported.recovery_code
    store = target.unlock(NEW_PASSWORD)
    try:
        assert DraftService(store).all() == []
        assert store.db.scalar("SELECT count(*) FROM dossiers") == 1
    finally:
        store.close()
    c = handover.open_container(res.path, res.passphrase)
    try:
        assert c.scalar("SELECT count(*) FROM drafts") == 0
    finally:
        c.close()
    # Not in any page of the file either (free pages, unused space in a page): every page
    # decrypted. The person's name shows that the decryption itself works.
    pages = b"".join(decrypted_pages(res.path, res.passphrase, container.kdf_iter()))
    assert b"Concept" in pages  # the person's last name (in a live row)
    assert b"Wielewaal" not in pages and CANARY.encode("utf-8") not in pages
