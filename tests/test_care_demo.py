"""Care demo data: valid by the same rules as user input, consistent with the phases, no
overlapping stays, counted by ``baken info`` and created by ``baken demo``."""

from __future__ import annotations

import json
from datetime import date

from desktop import demo, demo_care
from desktop.care import CareService
from desktop.care import validation as cv
from desktop.cases import CaseService, DossierQuery
from storage.db import Database
from tests.conftest import PASSWORD

TODAY = date(2026, 11, 23)


def test_demo_care_valid_and_consistent(new_store):
    demo.generate(new_store, 250, notes_per_case=0, today=TODAY)
    r = demo_care.generate(new_store, today=TODAY)
    assert r.shelters >= 8 and r.placements > 40 and r.care_plans > 40 and r.checkins > 0
    counts = new_store.info()["counts"]
    assert counts["placements"] == r.placements and counts["care_plans"] == r.care_plans
    assert counts["aftercare_checkins"] == r.checkins
    cases = CaseService(new_store, clock=lambda: TODAY)
    svc = CareService(new_store, cases, clock=lambda: TODAY)
    shelters = svc.shelters()
    assert any(s.profile.confidential_address for s in shelters)
    assert all("Voorbeeld" in s.name for s in shelters)
    transfers = 0
    rows = cases.list_dossiers(DossierQuery(sort="number", descending=False), limit=500).rows
    for row in rows:
        ps = svc.placements(row.id)
        for p in ps:
            cv.validate_placement(p, TODAY)
            transfers += p.previous_id is not None
        placed = [p for p in ps if p.status == "geplaatst"]
        if row.phase == "opvang":
            assert len(placed) <= 1
        else:
            assert not placed
        view = svc.plan_view(row.id)
        if view is not None:
            cv.validate_plan(view.plan, TODAY)
            for ev in view.evaluations:
                cv.validate_evaluation(ev, TODAY)
            for a in view.actions:
                cv.validate_action(a, TODAY)
        nz = svc.aftercare_view(row.id)
        if nz is not None:
            cv.validate_aftercare(nz.aftercare, TODAY)
            for x in nz.checkins:
                cv.validate_checkin(x, TODAY)
        if row.phase == "afgesloten":
            closure = svc.closure(row.id)
            assert closure is not None and closure.closed_on == row.closed_on
            cv.validate_closure(closure, TODAY)
    assert transfers > 0
    occ = svc.occupancy()
    assert sum(o.current for o in occ) > 0
    assert svc.due_items()  # actions and check-ins for Vandaag
    assert new_store.verify().ok
    # a second run leaves dossiers that have facts alone (only bare ones may get a request)
    again = demo_care.generate(new_store, today=TODAY)
    assert again.closures == 0
    assert again.care_plans < r.care_plans / 10 and again.placements < r.placements / 4


def test_no_overlap_in_demo(new_store):
    demo.generate(new_store, 300, notes_per_case=0, today=TODAY)
    demo_care.generate(new_store, today=TODAY)
    db: Database = new_store.db
    bad = db.scalar(
        "SELECT count(*) FROM placements a JOIN placements b ON a.person_id = b.person_id "
        "AND a.id < b.id WHERE a.start_on <> '' AND b.start_on <> '' "
        "AND max(a.start_on, b.start_on) < min(CASE WHEN a.end_on = '' THEN '9999' "
        "ELSE a.end_on END, CASE WHEN b.end_on = '' THEN '9999' ELSE b.end_on END)"
    )
    assert bad == 0


def test_cli_demo_includes_care(cli, vault, data_dir, password_file):
    store, _ = vault.init(PASSWORD)
    store.close()
    common = ("--data-dir", str(data_dir), "--password-file", str(password_file))
    r = cli("demo", *common, "--cases", "60", "--notes-per-case", "0")
    assert r.returncode == 0, r.stderr
    assert "Opvang en nazorg (fictief)" in r.stdout
    r = cli("info", *common)
    counts = json.loads(r.stdout)["counts"]
    for kind in ("placements", "care_plans", "aftercare_checkins", "organisations", "shelters"):
        assert counts[kind] > 0, kind
