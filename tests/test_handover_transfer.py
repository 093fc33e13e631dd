"""Case transfer between colleagues: selection, merge by UUID, three-way conflicts, unique
dossier numbers, canaries and the CLI (exit 1 and a report on conflicts, nothing merged)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop.cases.model import Dossier, Person
from desktop.cases.service import CaseService
from storage import audit, search, transfer
from storage.container import KIND_TRANSFER, content_digest
from storage.errors import ValidationError
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.handover_data import CANARY, CANARY_NOTE, fill


@pytest.fixture
def pair(new_store, tmp_path):
    """Colleague A (with three dossiers) and an empty colleague B."""
    ids = fill(new_store, dossiers=3, notes=2)
    b, _ = Vault(tmp_path / "collega").init(NEW_PASSWORD)
    yield new_store, b, ids
    b.close()


def _send(a, ids, tmp_path: Path, name: str):
    return transfer.export_transfer(a, ids, tmp_path / name)


def _notes(store, dossier_id):
    return CaseService(store).timeline(dossier_id)


def test_selection_and_first_merge(pair, tmp_path, canary_scan):
    a, b, ids = pair
    res = _send(a, [ids[0]], tmp_path, "p1.baken")
    m = res.manifest
    assert m.kind == KIND_TRANSFER and m.extra["dossiers"] == [ids[0]]
    # only this dossier, its person and its notes — no other clients, no audit log
    assert m.counts["dossiers"] == 1 and m.counts["persons"] == 1 and m.counts["notes"] == 2
    assert m.counts["audit_entries"] == 0
    assert not canary_scan([CANARY.encode(), CANARY_NOTE.encode()], tmp_path / "p1.baken")
    assert audit.entries(a.db, action="transfer_export")[0].object_id == ids[0]

    plan = transfer.plan_merge(b, res.path, res.passphrase)
    assert not plan.conflicts and plan.skipped == 0
    assert {t for t, _ in plan.add} == {"dossiers", "persons", "notes"}
    summary = transfer.apply_merge(b, plan)
    assert summary.added == 4 and summary.updated == 0
    svc = CaseService(b)
    d = svc.get_dossier(ids[0])
    assert d.number == CaseService(a).get_dossier(ids[0]).number
    assert len(_notes(b, ids[0])) == 2
    assert search.search_names(b.db, search.fts_query("Kanariepiet") or "", 10)  # triggers ran
    assert b.verify().ok
    assert audit.entries(b.db, action="transfer_merge")[0].object_id == ids[0]
    # the same package again: everything identical, nothing changes
    before = content_digest(b.db, exclude=("audit_log", "settings"))
    plan2 = transfer.plan_merge(b, res.path, res.passphrase)
    assert not plan2.add and not plan2.update and not plan2.conflicts and plan2.skipped == 4
    transfer.apply_merge(b, plan2)
    assert content_digest(b.db, exclude=("audit_log", "settings")) == before


def test_three_way_merge_and_conflicts(pair, tmp_path, cli, data_dir):
    a, b, ids = pair
    first = _send(a, [ids[1]], tmp_path, "p1.baken")
    transfer.apply_merge(b, transfer.plan_merge(b, first.path, first.passphrase))
    sa, sb = CaseService(a), CaseService(b)
    n_a = sorted(_notes(a, ids[1]), key=lambda n: n.id)
    n_b = sorted(_notes(b, ids[1]), key=lambda n: n.id)
    assert [n.id for n in n_a] == [n.id for n in n_b]
    x, y = n_a[0].id, n_a[1].id
    # A changes note x; B changes nothing -> fast-forward update on B
    sa.update_note(dataclasses.replace(sa_get(sa, ids[1], x), text="A: nieuwe afspraak"))
    second = _send(a, [ids[1]], tmp_path, "p2.baken")
    plan = transfer.plan_merge(b, second.path, second.passphrase)
    assert not plan.conflicts and [r["id"] for _, r in plan.update] == [x]
    transfer.apply_merge(b, plan)
    assert sa_get(sb, ids[1], x).text == "A: nieuwe afspraak"
    # B changes y only -> A's unchanged y does not overwrite it
    sb.update_note(dataclasses.replace(sa_get(sb, ids[1], y), text="B: eigen aanvulling"))
    # both change x -> conflict, shown side by side, nothing merged
    sb.update_note(dataclasses.replace(sa_get(sb, ids[1], x), text="B: andere versie"))
    sa.update_note(dataclasses.replace(sa_get(sa, ids[1], x), text="A: weer anders"))
    third = _send(a, [ids[1]], tmp_path, "p3.baken")
    plan = transfer.plan_merge(b, third.path, third.passphrase)
    assert [(c.table, c.record_id, c.kind) for c in plan.conflicts] == [
        ("notes", x, transfer.KIND_CHANGED)
    ]
    c = plan.conflicts[0]
    assert "text" in c.fields and c.local["text"] == "B: andere versie"
    assert c.incoming["text"] == "A: weer anders"
    with pytest.raises(ValidationError, match="conflict"):
        transfer.apply_merge(b, plan)
    assert sa_get(sb, ids[1], x).text == "B: andere versie"  # nothing merged
    transfer.apply_merge(b, plan, {c.key: "incoming"})
    assert sa_get(sb, ids[1], x).text == "A: weer anders"
    assert sa_get(sb, ids[1], y).text == "B: eigen aanvulling"
    assert b.verify().ok


def sa_get(svc, dossier_id, note_id):
    return next(n for n in svc.timeline(dossier_id) if n.id == note_id)


def test_unique_dossier_number_clash_needs_renumber(pair, tmp_path):
    a, b, ids = pair
    own = CaseService(b).create_dossier(Dossier(owner="B"), Person(first_name="Eigen"))
    incoming_number = CaseService(a).get_dossier(ids[0]).number
    assert own.number == incoming_number  # both stores start at YYYY-0001
    res = _send(a, [ids[0]], tmp_path, "p.baken")
    plan = transfer.plan_merge(b, res.path, res.passphrase)
    [c] = plan.conflicts
    assert c.kind == transfer.KIND_UNIQUE and c.fields == ("number",)
    assert c.choices == ("renumber",) and c.local["id"] == own.id
    with pytest.raises(ValidationError):
        transfer.apply_merge(b, plan, {c.key: "incoming"})
    transfer.apply_merge(b, plan, {c.key: "renumber"})
    got = CaseService(b).get_dossier(ids[0])
    assert got.number != incoming_number and got.number.startswith(incoming_number[:5])
    assert CaseService(b).get_dossier(own.id).number == incoming_number
    assert b.verify().ok


def test_cli_transfer_and_merge(cli, tmp_path, password_file):
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a, _ = Vault(a_dir).init(PASSWORD)
    ids = fill(a, dossiers=2, notes=1)
    a.close()
    b, _ = Vault(b_dir).init(PASSWORD)
    b.close()
    out = tmp_path / "pakket.baken"
    r = cli(
        "transfer",
        "--data-dir",
        str(a_dir),
        "--dossier",
        ids[0],
        "--dossier",
        ids[1],
        "--out",
        str(out),
        "--password-file",
        str(password_file),
    )
    assert r.returncode == 0, r.stderr
    pf = tmp_path / "zin.txt"
    pf.write_text(r.stdout.strip().splitlines()[-1] + "\n")
    r = cli(
        "merge",
        str(out),
        "--data-dir",
        str(b_dir),
        "--passphrase-file",
        str(pf),
        "--password-file",
        str(password_file),
    )
    assert r.returncode == 0, r.stderr
    assert "6 nieuw" in r.stdout  # 2 dossiers, 2 persons, 2 notes
    # B edits a dossier, A edits the same one: conflict -> exit 1, report, nothing merged
    b = Vault(b_dir).unlock(PASSWORD)
    sb = CaseService(b)
    sb.update_dossier(dataclasses.replace(sb.get_dossier(ids[0]), owner="Bram"))
    b.close()
    a = Vault(a_dir).unlock(PASSWORD)
    sa = CaseService(a)
    sa.update_dossier(dataclasses.replace(sa.get_dossier(ids[0]), owner="Anna-Marie"))
    a.close()
    out2 = tmp_path / "pakket2.baken"
    r = cli(
        "transfer",
        "--data-dir",
        str(a_dir),
        "--dossier",
        ids[0],
        "--out",
        str(out2),
        "--password-file",
        str(password_file),
    )
    assert r.returncode == 0, r.stderr
    pf.write_text(r.stdout.strip().splitlines()[-1] + "\n")
    r = cli(
        "merge",
        str(out2),
        "--data-dir",
        str(b_dir),
        "--passphrase-file",
        str(pf),
        "--password-file",
        str(password_file),
    )
    assert r.returncode == 1
    assert f"conflict\tdossiers\t{ids[0]}" in r.stdout and "niets veranderd" in r.stderr
    b = Vault(b_dir).unlock(PASSWORD)
    assert CaseService(b).get_dossier(ids[0]).owner == "Bram"
    b.close()
    r = cli(
        "transfer",
        "--data-dir",
        str(a_dir),
        "--dossier",
        "bestaat-niet",
        "--out",
        str(tmp_path / "x.baken"),
        "--password-file",
        str(password_file),
    )
    assert r.returncode == 2 and "bestaat niet" in r.stderr
