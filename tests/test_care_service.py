"""Service tests for opvang, hulpverleningsplan, nazorg and afsluiting on real stores."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.care import CareService, derive_phase, weeks_of
from desktop.care import model as c
from desktop.cases import CaseService, Dossier, Organisation, Person
from desktop.events import Change
from storage import audit
from storage.errors import ValidationError

TODAY = date(2026, 11, 23)


@pytest.fixture
def svc(new_store):
    changes: list[Change] = []
    cases = CaseService(new_store, on_change=changes.append, clock=lambda: TODAY)
    s = CareService(new_store, cases, on_change=changes.append, clock=lambda: TODAY)
    s.changes = changes  # type: ignore[attr-defined]
    return s


def shelter(svc, name="Voorbeeld Opvang", kind="cosm", capacity=4, confidential=False):
    org = svc.cases.create_organisation(
        Organisation(name=name, kind="opvang", address="Geheimstraat 7, Voorbeeldstad")
    )
    svc.save_shelter(
        c.ShelterProfile(
            organisation_id=org.id,
            shelter_type=kind,
            capacity=capacity,
            target_groups=("vrouwen",),
            confidential_address=confidential,
        )
    )
    return org.id


def dossier(svc, alias="Vlinder", opened=date(2026, 1, 5)):
    return svc.cases.create_dossier(
        Dossier(owner="Anna", opened_on=opened),
        Person(first_name="Zoë", last_name="Test", alias=alias),
    )


def placed(svc, d, org, start):
    p = svc.request_placement(
        c.Placement(dossier_id=d.id, requested_on=start - timedelta(days=3), organisation_id=org)
    )
    return svc.place(p.id, start)


def test_counts_and_schema(svc, new_store):
    info = new_store.info()
    assert info["schema_version"] >= 4
    assert info["counts"]["placements"] == 0
    org = shelter(svc)
    d = dossier(svc)
    placed(svc, d, org, date(2026, 2, 1))
    counts = new_store.info()["counts"]
    assert counts["placements"] == 1 and counts["shelters"] == 1 and counts["organisations"] == 1


def test_placement_lifecycle_and_phase(svc):
    org_a = shelter(svc, "Opvang A")
    org_b = shelter(svc, "Opvang B", kind="omm")
    d = dossier(svc)
    assert svc.cases.get_dossier(d.id).phase == "intake"
    req = svc.request_placement(
        c.Placement(
            dossier_id=d.id, requested_on=date(2026, 1, 10), requested_type="cosm", urgency="hoog"
        )
    )
    assert req.status == "aanvraag" and req.person_id == d.person_id
    assert [r.waiting_days for r in svc.open_requests()] == [(TODAY - date(2026, 1, 10)).days]
    ok = svc.decide(req.id, accepted=True, on=date(2026, 1, 12), organisation_id=org_a)
    assert ok.status == "toegezegd"
    p = svc.place(req.id, date(2026, 1, 15))
    assert p.status == "geplaatst"
    assert svc.cases.get_dossier(d.id).phase == "opvang"
    assert svc.open_requests() == []
    new = svc.transfer(p.id, org_b, date(2026, 3, 1))
    assert new.previous_id == p.id and new.start_on == date(2026, 3, 1)
    old = svc.placement(p.id)
    assert old.status == "beeindigd" and old.end_reason == "doorplaatsing"
    assert [x.id for x in svc.chain(new.id)] == [p.id, new.id]
    occ = {o.organisation_id: o for o in svc.occupancy()}
    assert occ[org_a].current == 0 and occ[org_b].current == 1
    svc.end_placement(new.id, date(2026, 6, 1), "uitstroom_eigen_woning")
    assert svc.cases.get_dossier(d.id).phase == "begeleiding"


def test_rejection_needs_reason(svc):
    d = dossier(svc)
    org = shelter(svc)
    req = svc.request_placement(c.Placement(dossier_id=d.id, organisation_id=org))
    with pytest.raises(ValidationError) as err:
        svc.decide(req.id, accepted=False)
    assert err.value.field == "decision_reason"
    out = svc.decide(req.id, accepted=False, reason="Vol")
    assert out.status == "afgewezen"


def test_no_overlapping_placements_across_dossiers_of_one_person(svc):
    org_a, org_b = shelter(svc, "A"), shelter(svc, "B")
    d1 = dossier(svc)
    d2 = svc.cases.create_dossier(
        Dossier(owner="Anna", opened_on=date(2026, 1, 5), person_id=d1.person_id)
    )
    placed(svc, d1, org_a, date(2026, 2, 1))
    req = svc.request_placement(
        c.Placement(dossier_id=d2.id, requested_on=date(2026, 2, 2), organisation_id=org_b)
    )
    with pytest.raises(ValidationError) as err:
        svc.place(req.id, date(2026, 3, 1))
    assert err.value.field == "start_on" and "andere opvang" in str(err.value)
    assert svc.placement(req.id).status == "aanvraag"  # nothing saved


def test_end_not_before_start(svc):
    org = shelter(svc)
    d = dossier(svc)
    p = placed(svc, d, org, date(2026, 2, 1))
    with pytest.raises(ValidationError) as err:
        svc.end_placement(p.id, date(2026, 1, 31), "terugkeer")
    assert err.value.field == "end_on"
    with pytest.raises(ValidationError) as err:
        svc.end_placement(p.id, date(2026, 2, 5), "")
    assert err.value.field == "end_reason"


def test_confidential_address_hidden_and_reveal_audited(svc, new_store):
    org = shelter(svc, confidential=True)
    (s,) = svc.shelters()
    assert s.address == c.HIDDEN_ADDRESS
    assert "Geheimstraat" not in repr(s)
    assert svc.address_for_display(org, "Geheimstraat 7") == c.HIDDEN_ADDRESS
    before = len(audit.entries(new_store.db, action="organisation.address_reveal"))
    assert svc.reveal_address(org).startswith("Geheimstraat")
    entries = audit.entries(new_store.db, action="organisation.address_reveal")
    assert len(entries) == before + 1 and entries[-1].object_id == org
    assert "Geheimstraat" not in entries[-1].details


def test_clients_pseudonymised(svc):
    org = shelter(svc)
    d = dossier(svc, alias="")
    placed(svc, d, org, date(2026, 2, 1))
    (cl,) = svc.clients(org)
    assert cl.pseudonym == "Z.T." and cl.dossier_number == d.number
    assert "Zoë" not in repr(cl)


def test_care_plan_scores_series_and_due(svc):
    d = dossier(svc)
    plan = svc.start_plan(d.id, date(2026, 2, 1), {"huisvesting": 1, "veiligheid": 2})
    assert svc.cases.get_dossier(d.id).phase == "begeleiding"
    ev = svc.plan_evaluation(plan.id, date(2026, 5, 1))
    svc.record_evaluation(ev.id, date(2026, 5, 3), {"huisvesting": 3, "veiligheid": 4})
    with pytest.raises(ValidationError) as err:
        svc.record_evaluation(ev.id, date(2026, 5, 3), {"huisvesting": 6})
    assert err.value.field == "score.huisvesting"
    goal = svc.add_goal(c.Goal(plan_id=plan.id, domain="huisvesting", goal="Eigen woning"))
    act = svc.add_action(
        c.CareAction(
            plan_id=plan.id,
            goal_id=goal.id,
            domain="huisvesting",
            what="Inschrijven woningnet",
            who="coördinator",
            due_on=TODAY + timedelta(days=2),
        )
    )
    assert act.dossier_id == d.id
    view = svc.plan_view(d.id)
    assert view is not None
    series = view.series()
    assert [p.score for p in series["huisvesting"]] == [1, 3]
    assert [p.day for p in series["veiligheid"]] == [date(2026, 2, 1), date(2026, 5, 3)]
    svc.plan_evaluation(plan.id, TODAY - timedelta(days=1))
    due = svc.due_items(upcoming_days=7)
    kinds = {(i.kind, i.overdue) for i in due}
    assert ("actie", False) in kinds and ("evaluatie", True) in kinds
    svc.complete_action(act.id)
    assert all(i.kind != "actie" for i in svc.due_items())


def test_nazorg_checkins_reopen_and_close(svc):
    org = shelter(svc)
    d = dossier(svc)
    p = placed(svc, d, org, date(2026, 2, 1))
    with pytest.raises(ValidationError):
        svc.start_aftercare(
            c.Aftercare(
                dossier_id=d.id, handover_to="Wijkteam Noord", handed_over="Plan en contacten"
            )
        )
    svc.end_placement(p.id, date(2026, 6, 1), "uitstroom_eigen_woning")
    view = svc.start_aftercare(
        c.Aftercare(
            dossier_id=d.id,
            started_on=date(2026, 6, 1),
            handover_to="Wijkteam Noord",
            handed_over="Plan en contacten",
        )
    )
    assert [x.planned_on for x in view.checkins] == [
        date(2026, 7, 1),
        date(2026, 9, 1),
        date(2026, 12, 1),
        date(2027, 6, 1),
    ]
    assert svc.cases.get_dossier(d.id).phase == "nazorg"
    svc.record_checkin(view.checkins[0].id, date(2026, 7, 2), "goed")
    with pytest.raises(ValidationError) as err:
        svc.record_checkin(view.checkins[1].id, date(2026, 9, 2), "")
    assert err.value.field == "outcome"
    svc.record_checkin(
        view.checkins[1].id, date(2026, 9, 2), "nieuwe_signalen", "Contact met oude werkgever"
    )
    assert svc.reopen(d.id) == "begeleiding"
    assert svc.cases.get_dossier(d.id).phase == "begeleiding"
    closure = svc.close_dossier(
        c.Closure(
            dossier_id=d.id,
            closed_on=date(2026, 11, 1),
            reason="doel_bereikt",
            summary="Woont zelfstandig.",
        )
    )
    dd = svc.cases.get_dossier(d.id)
    assert dd.phase == "afgesloten" and dd.closed_on == date(2026, 11, 1)
    assert dd.close_reason == "Doel bereikt" and svc.closure(d.id) == closure
    svc.reopen(d.id)
    dd = svc.cases.get_dossier(d.id)
    assert dd.status == "lopend" and dd.closed_on is None


def test_custom_schedule_and_bad_schedule(svc):
    d = dossier(svc)
    with pytest.raises(ValidationError) as err:
        svc.start_aftercare(
            c.Aftercare(dossier_id=d.id, handover_to="X", handed_over="Y", schedule_months="[3,1]")
        )
    assert err.value.field == "schedule_months"
    view = svc.start_aftercare(
        c.Aftercare(
            dossier_id=d.id,
            started_on=date(2026, 1, 31),
            handover_to="X",
            handed_over="Y",
            schedule_months="[1,2]",
        )
    )
    assert [x.planned_on for x in view.checkins] == [date(2026, 2, 28), date(2026, 3, 31)]


def test_derive_phase_table():
    f = dict(
        closed=False, aftercare_active=False, placed=False, had_placement=False, has_plan=False
    )
    assert derive_phase("screening", **f) == "screening"
    assert derive_phase("opvang", **f) == "intake"
    assert derive_phase("intake", **{**f, "placed": True}) == "opvang"
    assert derive_phase("intake", **{**f, "has_plan": True}) == "begeleiding"
    assert derive_phase("opvang", **{**f, "placed": True, "aftercare_active": True}) == "nazorg"
    assert derive_phase("nazorg", **{**f, "closed": True, "aftercare_active": True}) == "afgesloten"


def test_weekly_occupancy(svc):
    org = shelter(svc, capacity=2)
    d1, d2 = dossier(svc, "A"), dossier(svc, "B")
    monday = TODAY - timedelta(days=TODAY.weekday())
    p1 = placed(svc, d1, org, monday - timedelta(days=14))
    svc.end_placement(p1.id, monday - timedelta(days=6), "terugkeer")
    placed(svc, d2, org, monday - timedelta(days=7))
    weeks = svc.weekly_occupancy(org, weeks=4)
    assert [w.occupied for w in weeks] == [0, 1, 2, 1]
    assert weeks[-1].week_start == monday
    assert weeks_of([(monday, monday)], monday, 1)[0].occupied == 0
