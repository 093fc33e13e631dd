"""Secure exchange (issue 17) between two and three real stores through a shared folder.

Every store is a real SQLCipher file with its own data folder and its own keyring entry
(entries are per store id, so one test keyring serves all three; no separate HOME needed).
Packages are real age files (pyrage) signed with Ed25519; the refusals are produced the way
an attacker or an accident would: another recipient, a forwarded re-encryption, an edited
manifest, a foreign signature, flipped and missing bytes, a second copy.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from desktop import exchange as ex
from desktop.cases.model import Consent, Note, Organisation, Person, Signal
from desktop.cases.service import CaseService
from storage import audit, retention, search, stats
from storage import exchange as xq
from storage.vault import Store, Vault
from tests.conftest import PASSWORD
from tests.handover_data import CANARY, CANARY_NOTE, fill

TODAY = date(2026, 11, 25)


def _store(tmp_path: Path, name: str) -> Store:
    store, _code = Vault(tmp_path / name).init(
        PASSWORD,
        initial_settings={"user.name": f"Collega {name}", "organisation.name": f"Gemeente {name}"},
    )
    return store


@pytest.fixture
def trio(tmp_path):
    """Three colleagues A (with three dossiers), B and C, and a shared team folder."""
    a, b, c = (_store(tmp_path, n) for n in ("a", "b", "c"))
    ids = fill(a, dossiers=3, notes=2)
    share = tmp_path / "teammap"
    share.mkdir()
    yield a, b, c, ids, share
    for s in (a, b, c):
        s.close()


def svc(store: Store) -> ex.ExchangeService:
    return ex.ExchangeService(store, clock=lambda: TODAY)


def befriend(x: Store, y: Store, *, verified: bool = True) -> ex.Contact:
    """x adds y's card (verified by the fingerprint read out on the phone)."""
    card = ex.parse_card(svc(y).own_card().to_json())
    fp = svc(y).own_fingerprint() if verified else None
    return svc(x).add_contact(card, fp).contact


def snapshot(store: Store) -> tuple[object, ...]:
    db = store.db
    return (
        {k: v for k, v in stats.counts(db).items() if k != "audit_entries"},
        xq.packages(db),
        xq.contacts(db, include_removed=True),
        db.query("SELECT key, value FROM settings WHERE key LIKE 'transfer.base.%' ORDER BY key"),
        db.query("SELECT id, updated_at FROM notes ORDER BY id"),
    )


def refused(store: Store, path: Path, reason: str) -> None:
    before = snapshot(store)
    with pytest.raises(ex.PackageRefused) as info:
        svc(store).receive(path)
    assert info.value.reason == reason, str(info.value)
    assert snapshot(store) == before  # nothing changed (only a refusal line in the log)
    assert audit.entries(store.db, action="exchange.receive")[0].result == "geweigerd"


def send(a: Store, contact: ex.Contact, ids: list[str], share: Path, **kw: object) -> ex.Sent:
    return svc(a).send(contact.id, dossiers=ids, outbox=share, reason="spoed, telefonisch", **kw)


def inner_of(store: Store, path: Path) -> tuple[bytes, bytes, bytes]:
    """Decrypt a package with ``store``'s own identity (what a recipient can do)."""
    row = xq.active_identity(store.db, store.store_id)
    assert row is not None
    data = pyrage.decrypt(path.read_bytes(), [x25519.Identity.from_str(row["age_secret"])])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("manifest.json"), z.read("payload.json"), z.read("signature.ed25519")


def reseal(path: Path, to: Store, manifest: bytes, payload: bytes, sig: bytes) -> None:
    recipient = x25519.Recipient.from_str(svc(to).own_card().age_recipient)
    path.write_bytes(pyrage.encrypt(ex._zip(manifest, payload, sig), [recipient]))


# --- identity and contacts --------------------------------------------------------------


def test_identity_card_and_fingerprint(trio, tmp_path):
    a, _b, _c, _ids, _share = trio
    s = svc(a)
    fp = s.own_fingerprint()
    assert re.fullmatch(r"(\d{5} ){7}\d{5}", fp)
    assert svc(a).own_fingerprint() == fp  # stored, not regenerated
    card_path = tmp_path / "kaart.json"
    card = s.export_card(card_path)
    text = card_path.read_text(encoding="utf-8")
    d = json.loads(text)
    assert d["name"] == "Collega a" and d["organisation"] == "Gemeente Teststad"
    assert d["fingerprint"] == fp == card.fingerprint
    row = xq.active_identity(a.db, a.store_id)
    assert row is not None
    assert "AGE-SECRET-KEY" not in text and row["age_secret"] not in text
    assert base64.b64encode(bytes(row["sign_secret"])).decode() not in text
    assert ex.parse_card(text) == card
    tampered = text.replace(d["age_recipient"], str(x25519.Identity.generate().to_public()))
    with pytest.raises(ex.ValidationError):
        ex.parse_card(tampered)  # its own fingerprint no longer matches
    assert [e.action for e in audit.entries(a.db, action="exchange.identity_create")]


def test_add_contact_requires_matching_fingerprint(trio):
    a, b, _c, _ids, _share = trio
    card = svc(b).own_card()
    wrong = "12345 " * 7 + "12345"
    with pytest.raises(ex.FingerprintMismatch):
        svc(a).add_contact(card, wrong)
    assert svc(a).contacts() == []
    # spacing and dashes do not matter when reading it back
    spoken = card.fingerprint.replace(" ", "-")
    c = svc(a).add_contact(card, spoken).contact
    assert c.status == "geverifieerd" and c.fingerprint == card.fingerprint
    assert [x.id for x in svc(a).contacts()] == [c.id]
    svc(a).remove_contact(c.id)
    assert svc(a).contacts() == []
    actions = [e.action for e in audit.entries(a.db) if e.action.startswith("exchange.contact")]
    assert sorted(actions) == ["exchange.contact_add", "exchange.contact_remove"]


def test_new_keys_for_known_contact_refused_until_verified_again(trio):
    a, b, _c, ids, share = trio
    ab = befriend(a, b)
    ba = befriend(b, a)
    # A's store gets other keys (e.g. rebuilt): same store id, new card
    age = x25519.Identity.generate()
    sign = Ed25519PrivateKey.generate()
    new_card = dataclasses.replace(
        svc(a).own_card(),
        age_recipient=str(age.to_public()),
        sign_public=sign.public_key().public_bytes_raw(),
    )
    pkg = send(a, ab, ids[:1], share).path
    res = svc(b).add_contact(new_card, None)  # arrives unverified
    assert not res.created and res.contact.status == "gewijzigd"
    assert res.contact.fingerprint == ba.fingerprint  # old keys kept, not replaced silently
    assert res.contact.pending_fingerprint == new_card.fingerprint
    refused(b, pkg, ex.UNVERIFIED_SENDER)
    with pytest.raises(ex.FingerprintMismatch):
        svc(b).verify_contact(ba.id, ba.fingerprint)  # the old code does not verify the new card
    v = svc(b).verify_contact(ba.id, new_card.fingerprint)
    assert v.status == "geverifieerd" and v.fingerprint == new_card.fingerprint
    assert audit.entries(b.db, action="exchange.contact_changed")
    assert audit.entries(b.db, action="exchange.contact_rekey")
    refused(b, pkg, ex.UNVERIFIED_SENDER)  # signed with the old key: no longer verified


# --- sending and receiving --------------------------------------------------------------


def test_round_trip_register_and_canary(trio, canary_scan):
    a, b, _c, ids, share = trio
    ab = befriend(a, b)
    befriend(b, a)
    sent = send(a, ab, ids[:2], share)
    assert re.fullmatch(r"[0-9a-f]{32}\.baken-pakket", sent.path.name)
    assert sent.counts["dossiers"] == 2 and sent.counts["notes"] == 4
    assert not canary_scan([CANARY.encode(), CANARY_NOTE.encode(), b"Kanariepiet"], share)
    # verstrekkingenregister: one row per dossier, with the reason
    regs = a.db.query("SELECT dossier_id, template, reason, consent_id FROM disclosures")
    assert sorted(r[0] for r in regs) == sorted(ids[:2])
    assert {(r[1], r[2], r[3]) for r in regs} == {("uitwisselpakket", "spoed, telefonisch", None)}
    assert len(audit.entries(a.db, action="exchange.send")) == 2
    got = svc(b).receive(sent.path)
    assert got.summary.added > 0 and got.sender.name == "Collega a"
    cases = CaseService(b)
    assert cases.get_dossier(ids[0]).person_name
    texts = {n.text for n in cases.timeline(ids[0]) if hasattr(n, "text")}
    assert CANARY_NOTE in texts
    assert [p["direction"] for p in xq.packages(b.db)] == ["ontvangen"]
    assert b.verify().ok
    # A changes a note and sends again: the three-way merge updates it (no conflict)
    note = next(n for n in CaseService(a).timeline(ids[0]) if getattr(n, "text", "") == CANARY_NOTE)
    CaseService(a).update_note(dataclasses.replace(note, text="bijgewerkte notitie"))
    again = svc(b).receive(send(a, ab, ids[:1], share).path)
    assert again.summary.updated == 1
    assert "bijgewerkte notitie" in {getattr(n, "text", "") for n in cases.timeline(ids[0])}


def test_sender_can_reopen_but_not_receive_own_package(trio):
    a, b, _c, ids, share = trio
    ab = befriend(a, b)
    pkg = send(a, ab, ids[:1], share).path
    manifest, _payload, _sig = inner_of(a, pkg)  # encrypted to the sender as well
    assert json.loads(manifest)["recipient"]["fingerprint"] == ab.fingerprint
    refused(a, pkg, ex.NOT_ADDRESSED)


def test_refusals(trio):
    a, b, c, ids, share = trio
    ab = befriend(a, b)
    befriend(b, a)
    pkg = send(a, ab, ids[:1], share).path
    # not addressed to this store (C knows and verified A, but the package is for B)
    befriend(c, a)
    refused(c, pkg, ex.NOT_ADDRESSED)
    # B re-encrypts the (validly signed) package to C: the signed manifest names B
    befriend(c, b)
    forwarded = share / "doorgestuurd.baken-pakket"
    reseal(forwarded, c, *inner_of(b, pkg))
    refused(c, forwarded, ex.NOT_ADDRESSED)
    # edited manifest, same signature -> bad signature
    m, p, sig = inner_of(b, pkg)
    d = json.loads(m)
    d["counts"]["notes"] = 99
    edited = share / "bewerkt.baken-pakket"
    reseal(edited, b, ex._canonical(d), p, sig)
    refused(b, edited, ex.BAD_SIGNATURE)
    # signed by someone else with A's name and key in the manifest -> bad signature
    forged = share / "vervalst.baken-pakket"
    reseal(forged, b, m, p, Ed25519PrivateKey.generate().sign(m))
    refused(b, forged, ex.BAD_SIGNATURE)
    # other payload under the original manifest and signature -> damaged
    swapped = share / "verwisseld.baken-pakket"
    reseal(swapped, b, m, p.replace(CANARY_NOTE.encode(), b"x" * len(CANARY_NOTE)), sig)
    refused(b, swapped, ex.DAMAGED)
    # flipped byte, truncated, empty, random
    blob = pkg.read_bytes()
    for name, data in (
        ("flip", blob[:300] + bytes([blob[300] ^ 1]) + blob[301:]),
        ("kort", blob[: len(blob) - 17]),
        ("half", blob[: len(blob) // 2]),
        ("leeg", b""),
        ("rommel", b"age-encryption.org/v1\n-> X25519 zz\n" + bytes(200)),
    ):
        bad = share / f"{name}.baken-pakket"
        bad.write_bytes(data)
        refused(b, bad, ex.DAMAGED)
    # unknown sender: C sends to B, but B does not know C
    cb = befriend(c, b)
    fill(c, dossiers=1, notes=1, tag="c")
    cid = str(c.db.scalar("SELECT id FROM dossiers LIMIT 1"))
    from_c = svc(c).send(cb.id, dossiers=[cid], outbox=share, reason="test")
    refused(b, from_c.path, ex.UNKNOWN_SENDER)
    # unverified sender: B has C's card but did not compare the fingerprint
    befriend(b, c, verified=False)
    refused(b, from_c.path, ex.UNVERIFIED_SENDER)
    # removed contact: nothing accepted any more
    ba_id = svc(b).contacts()[0].id
    assert svc(b).contact(ba_id).name == "Collega a"
    # the original is accepted once, then it is a replay (also as a copy with another name)
    assert svc(b).receive(pkg).summary.added > 0
    refused(b, pkg, ex.REPLAY)
    copy = share / "kopie.baken-pakket"
    copy.write_bytes(pkg.read_bytes())
    refused(b, copy, ex.REPLAY)
    svc(b).remove_contact(ba_id)
    refused(b, send(a, ab, ids[1:2], share).path, ex.UNKNOWN_SENDER)


def test_conflict_refused_and_nothing_applied(trio):
    a, b, _c, ids, share = trio
    ab = befriend(a, b)
    befriend(b, a)
    svc(b).receive(send(a, ab, ids[:1], share).path)
    for store, text in ((a, "versie van A"), (b, "versie van B")):
        cs = CaseService(store)
        note = next(n for n in cs.timeline(ids[0]) if getattr(n, "text", "") == CANARY_NOTE)
        cs.update_note(dataclasses.replace(note, text=text))
    pkg = send(a, ab, ids[:1], share).path
    incoming = svc(b).open_package(pkg)
    assert [c.table for c in incoming.plan.conflicts] == ["notes"]
    refused(b, pkg, ex.CONFLICTS)
    assert "versie van B" in {getattr(n, "text", "") for n in CaseService(b).timeline(ids[0])}
    # resolved (as the app's conflict dialog does): applied once, then a replay
    got = svc(b).accept(svc(b).open_package(pkg), {incoming.plan.conflicts[0].key: "incoming"})
    assert got.summary.resolved == 1
    assert "versie van A" in {getattr(n, "text", "") for n in CaseService(b).timeline(ids[0])}
    refused(b, pkg, ex.REPLAY)


def test_consent_gate(trio):
    a, b, _c, ids, share = trio
    cs = CaseService(a, clock=lambda: TODAY)
    org = cs.create_organisation(Organisation(name="Gemeente b", kind="gemeente"))
    ab = befriend(a, b)
    assert ab.organisation_id == org.id  # linked by the card's organisation name
    before = snapshot(a)
    with pytest.raises(ex.SharingNotCovered):
        svc(a).send(ab.id, dossiers=ids[:1], outbox=share)
    assert list(share.iterdir()) == [] and snapshot(a) == before
    cs.add_consent(
        Consent(
            dossier_id=ids[0],
            given_by="cliënt",
            purpose="delen_gegevens",
            recipient_org_id=org.id,
            given_on=date(2026, 11, 20),
        )
    )
    consent_id = svc(a).sharing_consent(ids[0], ab.id)
    assert consent_id is not None
    sent = svc(a).send(ab.id, dossiers=ids[:1], outbox=share)
    assert sent.consents == {ids[0]: consent_id}
    row = a.db.query("SELECT consent_id, reason, recipient_org_id FROM disclosures")
    assert row == [(consent_id, "", org.id)]
    # a second dossier without consent still needs a reason
    with pytest.raises(ex.SharingNotCovered):
        svc(a).send(ab.id, dossiers=ids[:2], outbox=share)
    cs.add_consent(
        Consent(
            dossier_id=ids[1],
            given_by="cliënt",
            purpose="delen_gegevens",
            recipient_org_id=org.id,
            given_on=date(2026, 11, 1),
            withdrawn_on=date(2026, 11, 10),
        )
    )
    assert svc(a).sharing_consent(ids[1], ab.id) is None  # withdrawn


def test_signal_package(trio):
    a, b, _c, _ids, share = trio
    sig = CaseService(a, clock=lambda: TODAY).create_signal(
        Signal(received_on=TODAY, reporter_type="anders", description="signaal-kanarie-5512")
    )
    ab = befriend(a, b)
    befriend(b, a)
    sent = svc(a).send(ab.id, signals=[sig.id], outbox=share, reason="melding aan zc")
    assert sent.counts == {"signals": 1}
    got = svc(b).receive(sent.path)
    assert got.kind == ex.KIND_SIGNALS and got.summary.added == 1
    assert b.db.scalar("SELECT description FROM signals WHERE id = ?", (sig.id,)) == (
        "signaal-kanarie-5512"
    )
    assert audit.entries(a.db, action="exchange.send")[0].object_type == "signal"


def test_three_stores_forward_through_a_colleague(trio, canary_scan):
    a, b, c, ids, share = trio
    ab, _ba = befriend(a, b), befriend(b, a)
    bc, _cb = befriend(b, c), befriend(c, b)
    svc(b).receive(send(a, ab, ids[:1], share).path)
    svc(c).receive(send(b, bc, ids[:1], share).path)
    assert CaseService(c).get_dossier(ids[0]).number == CaseService(a).get_dossier(ids[0]).number
    # C cannot open anything A sent to B
    for p in share.iterdir():
        manifest_for_b = xq.package_known(b.db, p.stem)
        if manifest_for_b and not xq.package_known(c.db, p.stem):
            refused(c, p, ex.NOT_ADDRESSED)
    assert not canary_scan([CANARY.encode(), CANARY_NOTE.encode()], share)
    assert all(s.verify().ok for s in (a, b, c))


def test_payload_encoding_keeps_bytes_and_text():
    rows = {"documents": [{"id": "x", "blob": b"\x00\xff pdf", "n": 3, "t": "é", "z": None}]}
    schema, tables = ex.decode_payload(ex.encode_payload(6, rows))
    cols, data = tables["documents"]
    assert schema == 6 and dict(zip(cols, data[0], strict=True)) == rows["documents"][0]


def test_handover_import_replaces_identity(trio, tmp_path):
    from storage import handover

    a, b, _c, _ids, _share = trio
    before = svc(a).own_fingerprint()
    befriend(a, b)
    out = tmp_path / "overdracht.baken"
    res = handover.export_handover(a, out)
    new = handover.import_handover(Vault(tmp_path / "opvolger"), out, res.passphrase, PASSWORD)
    store = Vault(tmp_path / "opvolger").unlock(PASSWORD)
    try:
        assert store.store_id == new.store_id != a.store_id
        rows = store.db.query(
            "SELECT status, age_secret, length(sign_secret) FROM exchange_identity"
        )
        assert rows == [("vervallen", "", 0)]  # the predecessor's secret keys are gone
        assert svc(store).own_fingerprint() != before
        assert [c.name for c in svc(store).contacts()] == ["Collega b"]  # contacts carried
    finally:
        store.close()


# --- hypothesis: whatever the notes hold, they arrive as they were -----------------------


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    texts=st.lists(
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200).filter(
            lambda t: t.strip() != ""
        ),
        min_size=1,
        max_size=6,
    )
)
def test_hypothesis_round_trip(trio, texts):
    a, b, _c, ids, share = trio
    if not svc(a).contacts():
        befriend(a, b)
        befriend(b, a)
    ab = svc(a).contacts()[0]
    cs = CaseService(a, clock=lambda: TODAY)
    made = [cs.add_note(Note(dossier_id=ids[2], text=t)) for t in texts]
    got = svc(b).receive(send(a, ab, [ids[2]], share).path)
    assert got.summary.resolved == 0
    for n in made:
        assert b.db.scalar("SELECT text FROM notes WHERE id = ?", (n.id,)) == n.text


# --- edges: explicit organisation, secret export, failed writes, broken references --------


def test_explicit_organisation_link_and_unknown_one(trio):
    a, b, _c, _ids, _share = trio
    org = CaseService(a).create_organisation(Organisation(name="Zorg Anders", kind="zorg"))
    card = svc(b).own_card()
    with pytest.raises(ex.ValidationError):
        svc(a).add_contact(card, card.fingerprint, organisation_id="bestaat-niet")
    assert svc(a).contacts() == []
    c = svc(a).add_contact(card, card.fingerprint, organisation_id=org.id).contact
    assert c.organisation_id == org.id


def test_age_identity_export_opens_packages_for_this_store(trio, tmp_path):
    a, b, _c, ids, share = trio
    ab = befriend(a, b)
    pkg = send(a, ab, ids[:1], share).path
    key_file = tmp_path / "sleutel.txt"
    svc(b).export_age_identity(key_file)
    assert key_file.stat().st_mode & 0o777 == 0o600
    secret = [ln for ln in key_file.read_text().splitlines() if ln.startswith("AGE-SECRET")][0]
    inner = pyrage.decrypt(pkg.read_bytes(), [x25519.Identity.from_str(secret)])
    assert zipfile.ZipFile(io.BytesIO(inner)).namelist() == [
        "manifest.json",
        "payload.json",
        "signature.ed25519",
    ]
    assert audit.entries(b.db, action="exchange.secret_export")


def test_failed_send_leaves_nothing(trio, tmp_path):
    a, b, _c, ids, share = trio
    ab = befriend(a, b)
    before = snapshot(a)
    taken = share / "bestaat.baken-pakket"
    taken.write_bytes(b"van iemand anders")
    with pytest.raises(ex.StoreError):
        svc(a).send(ab.id, dossiers=ids[:1], out=taken, reason="x")
    with pytest.raises(ex.StoreIOError):
        svc(a).send(ab.id, dossiers=ids[:1], out=tmp_path / "geen-map" / "p", reason="x")
    assert taken.read_bytes() == b"van iemand anders"
    assert sorted(p.name for p in share.iterdir()) == ["bestaat.baken-pakket"]
    assert snapshot(a) == before
    assert not a.db.query("SELECT 1 FROM disclosures")


def test_records_outside_the_named_dossiers_refused(trio):
    a, b, _c, ids, share = trio
    ab = befriend(a, b)
    befriend(b, a)
    svc(b).receive(send(a, ab, ids[:1], share).path)  # B now has dossier 0
    # A (verified) tries to slip a note into dossier 0 inside a package naming dossier 1
    pkg = send(a, ab, ids[1:2], share).path
    m, p, _sig = inner_of(b, pkg)
    d = json.loads(m)
    payload = json.loads(p)
    notes = payload["tables"]["notes"]
    col = notes["columns"].index("dossier_id")
    notes["rows"][0][col] = ids[0]
    p2 = ex._canonical(payload)
    d["payload"]["sha256"] = hashlib.sha256(p2).hexdigest()
    m2 = ex._canonical(d)
    row = xq.active_identity(a.db, a.store_id)
    assert row is not None
    sig = Ed25519PrivateKey.from_private_bytes(bytes(row["sign_secret"])).sign(m2)
    sneaky = share / "sluiproute.baken-pakket"
    reseal(sneaky, b, m2, p2, sig)
    refused(b, sneaky, ex.DAMAGED)


def test_broken_reference_refused_with_nothing_merged(trio):
    a, b, _c, ids, share = trio
    ab = befriend(a, b)
    befriend(b, a)
    # a validly signed package whose note points to a dossier that is neither in it nor here
    note = a.db.query(
        "SELECT id, created_at, updated_at, created_by, updated_by, dossier_id, kind, "
        "occurred_on, text FROM notes LIMIT 1"
    )[0]
    cols = ["id", "created_at", "updated_at", "created_by", "updated_by", "dossier_id", "kind"]
    cols += ["occurred_on", "text"]
    rows = {"notes": [dict(zip(cols, note, strict=True))]}
    payload = ex.encode_payload(int(a.db.scalar("PRAGMA user_version")), rows)
    s = svc(a)
    ident = s._identity()
    manifest = {
        "format": ex.PACKAGE_FORMAT,
        "format_version": 1,
        "package_id": "f" * 32,
        "created_at": "2026-11-25T10:00:00Z",
        "kind": ex.KIND_DOSSIERS,
        "schema_version": int(a.db.scalar("PRAGMA user_version")),
        "sender": {
            "store_id": a.store_id,
            "fingerprint": ident.fingerprint,
            "age_recipient": ident.age_recipient,
            "ed25519_public": base64.b64encode(ident.sign_public).decode(),
        },
        "recipient": {"store_id": b.store_id, "fingerprint": ab.fingerprint},
        "counts": {"notes": 1},
        "dossiers": [note[5]],  # named, but its row is not in the package
        "signals": [],
        "payload": {
            "name": "payload.json",
            "sha256": hashlib.sha256(payload).hexdigest(),
        },
    }
    pkg = share / "kapotte-verwijzing.baken-pakket"
    pkg.write_bytes(s._seal(manifest, payload, svc(b).own_card().age_recipient))
    before = snapshot(b)
    with pytest.raises(ex.StoreError) as info:
        svc(b).receive(pkg)
    assert "niets samengevoegd" in str(info.value)  # apply_merge failed and rolled back
    assert snapshot(b) == before
    assert not xq.package_known(b.db, "f" * 32)
    assert ids  # the dossiers themselves were never sent


def test_changes_reported_once_per_operation(trio):
    a, b, _c, ids, share = trio
    seen: list[object] = []
    sa = ex.ExchangeService(a, clock=lambda: TODAY, on_change=seen.append)
    sb = ex.ExchangeService(b, clock=lambda: TODAY, on_change=seen.append)
    ab = sa.add_contact(sb.own_card(), sb.own_fingerprint()).contact
    sb.add_contact(sa.own_card(), sa.own_fingerprint())
    assert [c.kinds for c in seen] == [frozenset({"exchange_contact"})] * 2  # type: ignore[attr-defined]
    seen.clear()
    sb.receive(sa.send(ab.id, dossiers=ids[:1], outbox=share, reason="x").path)
    sent, got = seen
    assert sent.touches("disclosure") and ids[0] in sent.ids  # type: ignore[attr-defined]
    assert got.touches("dossier", "note") and ids[0] in got.ids  # type: ignore[attr-defined]


def test_aandachtsfunctionaris_signal_leaves_the_store(trio):
    a, b, _c, _ids, share = trio  # B acts as the aandachtsfunctionaris, A as the coordinator
    cs = CaseService(b, clock=lambda: TODAY)
    person = cs.create_person(Person(first_name="Meldpersoon", last_name="Kanarie"))
    sig = cs.create_signal(
        Signal(reporter_type="anders", description="af-kanarie-8841", person_id=person.id)
    )
    ba = befriend(b, a)
    befriend(a, b)
    with pytest.raises(ex.ValidationError):  # only signals can be handed over and removed
        svc(b).send(ba.id, dossiers=["x"], outbox=share, reason="melding", remove_signals=True)
    sent = svc(b).send(ba.id, signals=[sig.id], outbox=share, reason="melding", remove_signals=True)
    assert sent.counts == {"signals": 1, "persons": 1}
    # gone here: signal, its person, their search entries; the receipt stays
    assert b.db.scalar("SELECT count(*) FROM signals") == 0
    assert b.db.scalar("SELECT count(*) FROM persons") == 0
    assert not search.search_names(b.db, search.fts_query("Meldpersoon") or "", 10)
    for canary in ("Meldpersoon", "Kanarie", "af-kanarie-8841"):  # not even in FTS segments
        assert retention.find_text(b.db, canary) == [], canary
    (receipt,) = xq.packages(b.db)
    assert receipt["package_id"] == sent.package_id and receipt["counts"] == sent.counts
    assert "Kanarie" not in json.dumps(receipt) and "af-kanarie" not in json.dumps(receipt)
    assert audit.entries(b.db, action="exchange.signal_handed_over")[0].object_id == sig.id
    assert b.verify().ok
    # arrived at the coordinator
    svc(a).receive(sent.path)
    assert a.db.scalar("SELECT description FROM signals WHERE id = ?", (sig.id,)) == (
        "af-kanarie-8841"
    )


def test_team_folder_scan_shows_before_applying(trio):
    a, b, c, ids, share = trio
    ab, ac = befriend(a, b), befriend(a, c)
    befriend(b, a)
    sb = svc(b)
    sb.set_folders(share, share)
    assert sb.folders() == (share, share)
    send(a, ab, ids[:1], share)
    send(a, ab, ids[1:2], share)
    send(a, ac, ids[2:], share)  # for a colleague
    (share / "kapot.baken-pakket").write_bytes(b"age-encryption.org/v1\n")
    before = snapshot(b)
    scan = sb.scan_inbox()
    assert snapshot(b) == before  # looking applies nothing
    assert len(scan.pending) == 2 and scan.skipped == 1
    assert [r for _p, r in scan.refused] == [ex.DAMAGED]
    ((sender, n),) = scan.by_sender()
    assert sender.name == "Collega a" and n == 2
    assert scan.pending[0].counts["dossiers"] == 1  # what it holds, before applying
    ((number, name, what),) = scan.pending[0].dossiers_preview()
    assert number and name and what == "nieuw"
    sb.accept(scan.pending[0])
    again = sb.scan_inbox()
    assert len(again.pending) == 1 and again.skipped == 2


def test_keycard_pdf_shows_fingerprint_and_qr(trio, tmp_path):
    import subprocess

    from desktop.keycard import qr_modules, qr_text

    a, _b, _c, _ids, _share = trio
    s = svc(a)
    out = tmp_path / "sleutelkaart.pdf"
    card = s.export_keycard(out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    groups = card.fingerprint.split()
    assert " ".join(groups[:4]) in text and " ".join(groups[4:]) in text
    assert "Collega a" in text and "geen geheim" in text
    assert ex.parse_card(qr_text(card)) == card  # the QR holds the card itself
    m = qr_modules(card)
    assert len(m) >= 21 and all(len(r) == len(m) for r in m) and m[0][0]  # finder pattern
    assert audit.entries(a.db, action="exchange.keycard_export")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_hypothesis_any_damage_is_refused(trio, data):
    """Whatever byte changes or cut, a package is refused with nothing changed, never a crash."""
    a, b, _c, ids, share = trio
    if not svc(a).contacts():
        befriend(a, b)
        befriend(b, a)
        send(a, svc(a).contacts()[0], ids[:1], share)
    (pkg,) = [p for p in share.iterdir() if p.stem != "kapot"]
    blob = pkg.read_bytes()
    pos = data.draw(st.integers(0, len(blob) - 1))
    mode = data.draw(st.sampled_from(["flip", "cut", "insert"]))
    if mode == "flip":
        bad = blob[:pos] + bytes([blob[pos] ^ data.draw(st.integers(1, 255))]) + blob[pos + 1 :]
    elif mode == "cut":
        bad = blob[:pos]
    else:
        bad = blob[:pos] + data.draw(st.binary(min_size=1, max_size=8)) + blob[pos:]
    target = share / "kapot.baken-pakket"
    target.write_bytes(bad)
    before = snapshot(b)
    with pytest.raises(ex.PackageRefused) as info:
        svc(b).receive(target)
    assert info.value.reason in (ex.DAMAGED, ex.NOT_ADDRESSED)
    assert snapshot(b) == before
