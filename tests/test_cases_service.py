"""Service tests for signals, screening, intake and dossiers on real encrypted stores."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from desktop.cases import (
    Actiepunt,
    Besluit,
    CaseService,
    Consent,
    Contact,
    Dossier,
    DossierPartner,
    DossierQuery,
    FieldErrors,
    Note,
    Organisation,
    Person,
    SafetyAssessment,
    ScreeningMeeting,
    Signal,
)
from desktop.events import Change
from storage import audit
from storage.errors import ValidationError
from storage.repos.base import NotFoundError

TODAY = date(2026, 11, 23)


@pytest.fixture
def svc(new_store):
    changes: list[Change] = []
    s = CaseService(new_store, on_change=changes.append, clock=lambda: TODAY)
    s.changes = changes  # type: ignore[attr-defined]
    return s


def actions(store, action=None, object_id=None):
    return audit.entries(store.db, action=action, object_id=object_id)


def test_schema_and_counts(svc, new_store):
    info = new_store.info()
    assert info["schema_version"] >= 2
    for kind in ("persons", "dossiers", "signals", "notes"):
        assert info["counts"][kind] == 0
    svc.create_dossier(Dossier(owner="Anna"), Person(alias="Vlinder"))
    assert new_store.info()["counts"]["dossiers"] == 1
    assert new_store.info()["counts"]["persons"] == 1


def test_create_dossier_with_person_defaults_and_audit(svc, new_store):
    d = svc.create_dossier(
        Dossier(owner="Anna", forms=("arbeid",), bedenktijd_start=date(2026, 11, 1)),
        Person(first_name="Zoë", last_name="de Vries", nationality="RO", languages=("ro", "en")),
    )
    assert len(d.id) == 32 and d.number == "2026-0001"
    assert d.opened_on == TODAY
    assert d.bedenktijd_end == date(2027, 2, 1)  # start + 3 months by default
    assert d.person_name == "de Vries, Zoë"
    assert d.created_by == d.updated_by == "Test Coördinator"
    assert d.created_at and d.updated_at
    d2 = svc.create_dossier(Dossier(), Person(alias="Mus"))
    assert d2.number == "2026-0002" and d2.person_name == "Mus"
    assert actions(new_store, "dossier.create", d.id)
    assert actions(new_store, "person.create", d.person_id)
    # a view is audited
    assert not actions(new_store, "dossier.view", d.id)
    got = svc.get_dossier(d.id)
    assert got == d
    assert len(actions(new_store, "dossier.view", d.id)) == 1
    assert svc.changes[0].touches("dossier")


def test_invalid_input_is_refused_and_nothing_saved(svc, new_store):
    with pytest.raises(FieldErrors) as err:
        svc.create_dossier(
            Dossier(owner="Anna"), Person(first_name="Jan", birth_date=TODAY + timedelta(days=1))
        )
    assert err.value.field == "birth_date"
    assert "toekomst" in str(err.value)
    # dossier invalid after a valid person: the person is not saved either
    with pytest.raises(ValidationError) as err2:
        svc.create_dossier(
            Dossier(bedenktijd_start=date(2026, 10, 1), bedenktijd_end=date(2026, 9, 1)),
            Person(alias="Merel"),
        )
    assert err2.value.field == "bedenktijd_end"
    assert new_store.info()["counts"]["persons"] == 0
    assert new_store.info()["counts"]["dossiers"] == 0
    with pytest.raises(FieldErrors) as err3:
        svc.create_person(Person())
    assert err3.value.field == "alias" and "naam of een alias" in str(err3.value)
    with pytest.raises(FieldErrors) as err4:
        svc.create_dossier(
            Dossier(bedenktijd_start=date(2026, 10, 1), bedenktijd_end=date(2027, 1, 5))
        )
    assert "3 maanden" in str(err4.value)
    # all problems are listed, each with its field
    with pytest.raises(FieldErrors) as err5:
        svc.create_person(Person(alias="x", gender="?", nationality="Nederland"))
    assert {f for f, _ in err5.value.errors} == {"gender", "nationality"}


def test_update_audits_field_names_not_values(svc, new_store):
    d = svc.create_dossier(Dossier(owner="Anna"), Person(first_name="Fatima", last_name="Bakri"))
    d2 = svc.update_dossier(dataclasses.replace(d, owner="Bram", children="twee kinderen"))
    assert d2.owner == "Bram" and d2.updated_at >= d.updated_at
    e = actions(new_store, "dossier.update", d.id)[0]
    assert e.details == "velden: children,owner"
    for entry in actions(new_store):
        assert "Fatima" not in entry.details and "kinderen" not in entry.details
    # renaming the person updates the name shown in the list
    p = svc.get_person(d.person_id)
    svc.update_person(dataclasses.replace(p, last_name="Bakri-Jansen"))
    assert svc.get_dossier(d.id).person_name == "Bakri-Jansen, Fatima"


def test_phase_and_close(svc):
    d = svc.create_dossier(Dossier(), Person(alias="Kraai"))
    assert svc.set_phase(d.id, "opvang").phase == "opvang"
    with pytest.raises(ValidationError):
        svc.set_phase(d.id, "afgesloten")
    with pytest.raises(FieldErrors) as err:
        svc.close_dossier(d.id, TODAY, "  ")
    assert err.value.field == "close_reason"
    closed = svc.close_dossier(d.id, TODAY, "doel bereikt")
    assert (closed.phase, closed.status, closed.closed_on) == ("afgesloten", "gesloten", TODAY)
    with pytest.raises(NotFoundError):
        svc.get_dossier("0" * 32)


def _make_dossiers(svc, n):
    out = []
    owners = ["Anna", "Bram", "Cor"]
    phases = ["intake", "opvang", "begeleiding", "nazorg"]
    forms = [("seksueel",), ("arbeid",), ("arbeid", "crimineel"), ()]
    for i in range(n):
        out.append(
            svc.create_dossier(
                Dossier(
                    owner=owners[i % 3],
                    phase=phases[i % 4],
                    forms=forms[i % 4],
                    opened_on=TODAY - timedelta(days=i),
                    bedenktijd_start=TODAY - timedelta(days=80 - i) if i < 6 else None,
                ),
                Person(first_name=f"Voornaam{i:02d}", last_name=f"Achter{(n - i):02d}"),
            )
        )
    return out


def test_list_paging_keyset_filters_and_audit(svc, new_store):
    made = _make_dossiers(svc, 25)
    seen = []
    page = svc.list_dossiers(DossierQuery(sort="name", descending=False), limit=10)
    seen += page.rows
    while page.after is not None:
        page = svc.list_dossiers(
            DossierQuery(sort="name", descending=False), limit=10, after=page.after
        )
        seen += page.rows
    assert len(seen) == 25 and len({r.id for r in seen}) == 25
    names = [r.person_name for r in seen]
    assert names == sorted(names, key=str.lower)
    # the list query is audited once (first page), not per fetchMore page
    assert len(actions(new_store, "dossier.list")) == 1
    # offset paging gives the same order
    by_offset = svc.list_dossiers(DossierQuery(sort="name", descending=False), limit=5, offset=5)
    assert [r.id for r in by_offset.rows] == [r.id for r in seen[5:10]]
    # filters
    q = DossierQuery(owner="Bram", form="arbeid")
    rows = svc.list_dossiers(q, limit=100).rows
    assert rows and all(r.owner == "Bram" and "arbeid" in r.forms for r in rows)
    assert svc.count_dossiers(q) == len(rows)
    assert {r.phase for r in svc.list_dossiers(DossierQuery(phase="opvang")).rows} == {"opvang"}
    ending = svc.list_dossiers(
        DossierQuery(bedenktijd_within_days=14, sort="bedenktijd_end", descending=False)
    ).rows
    assert ending and all(TODAY <= r.bedenktijd_end <= TODAY + timedelta(days=14) for r in ending)
    assert [r.bedenktijd_end for r in ending] == sorted(r.bedenktijd_end for r in ending)
    # phase sort follows the traject, not the alphabet
    by_phase = svc.list_dossiers(DossierQuery(sort="phase", descending=False), limit=100).rows
    order = ["intake", "opvang", "begeleiding", "nazorg"]
    assert [order.index(r.phase) for r in by_phase] == sorted(
        order.index(r.phase) for r in by_phase
    )
    svc.close_dossier(made[0].id, TODAY, "overgedragen")
    assert svc.count_dossiers(DossierQuery(open_only=True)) == 24
    assert svc.dossier_owners() == ["Anna", "Bram", "Cor"]
    with pytest.raises(ValidationError):
        svc.list_dossiers(DossierQuery(sort="id; DROP TABLE dossiers"))


def test_screening_flow(svc, new_store):
    org = svc.create_organisation(Organisation(name="Politie Eenheid Midden", kind="politie"))
    s1 = svc.create_signal(
        Signal(
            reporter_type="politie",
            reporter_org_id=org.id,
            description="Vrouw bij controle, geen paspoort",
            forms=("seksueel",),
            signal_keys=("moe_mager",),
            urgency="hoog",
            person_hint="M.",
        )
    )
    s2 = svc.create_signal(Signal(reporter_type="anoniem", received_on=TODAY - timedelta(days=3)))
    assert s1.received_on == TODAY and s1.status == "nieuw"
    assert [s.id for s in svc.agenda()] == [s2.id, s1.id]
    meeting = svc.create_meeting(
        ScreeningMeeting(held_on=TODAY, chair="Anna", attendees=("Politie", "Opvang"))
    )
    b = svc.record_besluit(
        Besluit(
            signal_id=s2.id,
            meeting_id=meeting.id,
            kind="meer_informatie",
            info_from="wijkteam",
            info_before=TODAY + timedelta(days=7),
        )
    )
    assert b.decided_on == TODAY
    assert svc.get_signal(s2.id).status == "meer_informatie"
    assert s2.id in [s.id for s in svc.agenda()]  # still on the agenda
    with pytest.raises(FieldErrors) as err:
        svc.record_besluit(Besluit(signal_id=s1.id, meeting_id=meeting.id, kind="doorverwijzen"))
    assert err.value.field == "referred_to"
    assert svc.get_signal(s1.id).status == "nieuw"  # nothing saved half
    svc.record_besluit(Besluit(signal_id=s1.id, meeting_id=meeting.id, kind="intake"))
    assert s1.id not in [s.id for s in svc.agenda()]
    a = svc.add_actiepunt(
        Actiepunt(
            description="Intake plannen",
            owner="Anna",
            due_on=TODAY,
            meeting_id=meeting.id,
            signal_id=s1.id,
        )
    )
    d = svc.start_intake(s1.id, Person(alias="Merel", gender="vrouw"))
    assert d.phase == "intake" and d.forms == ("seksueel",) and d.signal_keys == ("moe_mager",)
    linked = svc.get_signal(s1.id)
    assert linked.dossier_id == d.id and linked.person_id == d.person_id
    assert [x.kind for x in svc.besluiten(meeting_id=meeting.id)] == ["meer_informatie", "intake"]
    assert svc.actiepunten(meeting_id=meeting.id, open_only=True)[0].id == a.id
    done = svc.complete_actiepunt(a.id)
    assert done.done_on == TODAY
    assert svc.actiepunten(meeting_id=meeting.id, open_only=True) == []
    assert actions(new_store, "besluit.create")[0].details in (
        "besluit: intake",
        "besluit: meer_informatie",
    )


def test_today(svc):
    d = svc.create_dossier(Dossier(bedenktijd_start=TODAY - timedelta(days=80)), Person(alias="A"))
    far = svc.create_dossier(
        Dossier(bedenktijd_start=TODAY - timedelta(days=10)), Person(alias="B")
    )
    closed = svc.create_dossier(
        Dossier(bedenktijd_start=TODAY - timedelta(days=85)), Person(alias="C")
    )
    svc.close_dossier(closed.id, TODAY, "vertrokken")
    late = svc.add_actiepunt(
        Actiepunt(description="Bellen", due_on=TODAY - timedelta(days=2), dossier_id=d.id)
    )
    soon = svc.add_actiepunt(Actiepunt(description="Brief", due_on=TODAY + timedelta(days=3)))
    svc.add_actiepunt(Actiepunt(description="Later", due_on=TODAY + timedelta(days=30)))
    follow = svc.add_actiepunt(
        Actiepunt(kind="opvolging", description="Nazorggesprek", due_on=TODAY, dossier_id=d.id)
    )
    done = svc.add_actiepunt(Actiepunt(description="Klaar", due_on=TODAY - timedelta(days=1)))
    svc.complete_actiepunt(done.id)
    sig = svc.create_signal(Signal(reporter_type="wijkteam"))
    t = svc.today()
    assert [a.id for a in t.overdue] == [late.id]
    assert t.overdue[0].dossier_number == d.number
    assert [a.id for a in t.upcoming] == [soon.id]
    assert [a.id for a in t.follow_ups] == [follow.id]
    assert [r.id for r in t.bedenktijd_ending] == [d.id]
    assert far.id not in [r.id for r in t.bedenktijd_ending]
    assert [s.id for s in t.awaiting_screening] == [sig.id]


def test_open_dossier_timeline_and_children(svc, new_store):
    d = svc.create_dossier(Dossier(), Person(alias="Reiger"))
    for i in range(30):
        svc.add_note(
            Note(
                dossier_id=d.id,
                kind="telefoon",
                occurred_on=TODAY - timedelta(days=i),
                text=f"Contactmoment {i}",
            )
        )
    org = svc.create_organisation(
        Organisation(
            name="Opvang Noord", kind="opvang", email="info@example.org", phone="+31 20 123"
        )
    )
    ct = svc.create_contact(Contact(organisation_id=org.id, name="Pieter", role="begeleider"))
    svc.add_partner(
        DossierPartner(dossier_id=d.id, organisation_id=org.id, contact_id=ct.id, role="opvang")
    )
    svc.add_safety_assessment(SafetyAssessment(dossier_id=d.id, level="hoog", notes="dader zoekt"))
    svc.add_consent(
        Consent(dossier_id=d.id, given_by="cliënt", purpose="registratie_comensha", given_on=TODAY)
    )
    before = len(actions(new_store))
    view = svc.open_dossier(d.id, timeline_limit=20)
    assert len(actions(new_store)) == before + 1  # exactly one audit row: dossier.view
    assert actions(new_store)[0].action == "dossier.view"
    assert view.person is not None and view.person.alias == "Reiger"
    assert view.timeline_total == 30 and len(view.timeline) == 20
    assert view.timeline[0].text == "Contactmoment 0"
    more = svc.timeline(d.id, limit=20, before=view.timeline[-1])
    assert [n.text for n in more] == [f"Contactmoment {i}" for i in range(20, 30)]
    assert view.partners[0].contact_id == ct.id
    assert view.safety[0].level == "hoog"
    assert len(view.consents) == 1
    assert [c.name for c in svc.contacts(org.id)] == ["Pieter"]
    with pytest.raises(FieldErrors) as err:
        svc.create_organisation(Organisation(name="X", email="geen-adres"))
    assert err.value.field == "email"
    n = view.timeline[0]
    svc.delete_note(n.id)
    assert svc.open_dossier(d.id).timeline_total == 29


def test_consent_validity(svc):
    d = svc.create_dossier(Dossier(), Person(alias="Uil"))
    org = svc.create_organisation(Organisation(name="COSM Zuid", kind="opvang"))
    with pytest.raises(FieldErrors) as err:
        svc.add_consent(
            Consent(dossier_id=d.id, given_by="cliënt", purpose="verwijzing", given_on=TODAY)
        )
    assert err.value.field == "recipient"
    c = svc.add_consent(
        Consent(
            dossier_id=d.id,
            given_by="cliënt",
            purpose="verwijzing",
            recipient_org_id=org.id,
            given_on=TODAY - timedelta(days=5),
            valid_until=TODAY + timedelta(days=30),
        )
    )
    assert svc.valid_consents(d.id, "verwijzing", recipient_org_id=org.id) == [c]
    assert svc.valid_consents(d.id, "verwijzing", on=TODAY + timedelta(days=31)) == []
    svc.withdraw_consent(c.id)
    assert svc.valid_consents(d.id, "verwijzing") == []
    with pytest.raises(FieldErrors):
        svc.add_consent(
            Consent(
                dossier_id=d.id,
                given_by="ouder",
                given_by_role="ouder",
                given_on=TODAY,
                valid_until=TODAY - timedelta(days=1),
            )
        )


def test_store_verifies_and_audit_holds_no_names(svc, new_store):
    d = svc.create_dossier(Dossier(owner="Anna"), Person(first_name="Zoë", last_name="Smit"))
    svc.add_note(Note(dossier_id=d.id, text="Gesprek over woonsituatie"))
    svc.search("Smit")
    svc.open_dossier(d.id)
    assert new_store.verify().ok
    for e in actions(new_store):
        blob = " ".join((e.details, e.object_id, e.object_type, e.action))
        assert "Smit" not in blob and "Zoë" not in blob and "woonsituatie" not in blob


def test_every_read_of_dossier_data_is_audited(svc, new_store):
    d = svc.create_dossier(Dossier(), Person(alias="Spreeuw"))
    reads = {
        "consent.list": lambda: svc.consents(d.id),
        "partner.list": lambda: svc.partners(d.id),
        "safety.list": lambda: svc.safety_assessments(d.id),
        "actiepunt.list": lambda: svc.actiepunten(dossier_id=d.id),
        "dossier.timeline": lambda: svc.timeline(d.id),
        "person.dossiers": lambda: svc.dossiers_of_person(d.person_id),
        "person.view": lambda: svc.get_person(d.person_id),
    }
    for action, read in reads.items():
        read()
        entries = actions(new_store, action)
        assert len(entries) == 1, action
        assert entries[0].object_id in (d.id, d.person_id)
    svc.today()
    assert actions(new_store, "today.view")


@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_is_complete_for_every_sort_key(svc, descending):
    names = ["de Vries", "De Vries", "Bakker", "bakker", "Ösztürk", "", "Zand"]
    for i in range(21):
        svc.create_dossier(
            Dossier(
                owner=["anna", "Anna", "Bram"][i % 3],
                phase=["intake", "opvang", "nazorg"][i % 3],
                opened_on=TODAY - timedelta(days=i % 4),
                bedenktijd_start=TODAY - timedelta(days=i) if i % 2 else None,
                status="gepauzeerd" if i % 5 == 0 else "lopend",
            ),
            Person(last_name=names[i % 7], alias=f"a{i}"),
        )
    for sort in (
        "number",
        "name",
        "phase",
        "status",
        "opened_on",
        "updated_at",
        "owner",
        "bedenktijd_end",
    ):
        query = DossierQuery(sort=sort, descending=descending)
        everything = svc.list_dossiers(query, limit=1000).rows
        paged, after = [], None
        while True:
            page = svc.list_dossiers(query, limit=4, after=after)
            paged += page.rows
            if page.after is None:
                break
            after = page.after
        assert [r.id for r in paged] == [r.id for r in everything], sort
        assert len({r.id for r in paged}) == 21, sort


def test_person_and_dossier_are_saved_together_or_not_at_all(svc, new_store):
    """The intake form's save: a person named for the first time is created and linked in
    the same transaction as the dossier update; an invalid dossier leaves no person."""
    d = svc.create_dossier(Dossier(owner="Anna"))
    assert d.person_id is None
    bad = dataclasses.replace(
        d, bedenktijd_start=date(2026, 10, 1), bedenktijd_end=date(2026, 9, 1)
    )
    with pytest.raises(ValidationError):
        svc.save_person_and_dossier(Person(alias="Merel"), bad)
    assert new_store.info()["counts"]["persons"] == 0
    person, saved = svc.save_person_and_dossier(Person(alias="Merel"), d)
    assert person.id and saved.person_id == person.id
    person2, _ = svc.save_person_and_dossier(dataclasses.replace(person, alias="Roos"), saved)
    assert person2.id == person.id and svc.get_person(person.id).alias == "Roos"
    assert new_store.info()["counts"]["persons"] == 1


def test_organisation_with_contact_all_or_nothing(svc, new_store):
    org, contact = svc.create_organisation_with_contact(Organisation(name="CoMensha"), "Piet")
    assert contact is not None and contact.organisation_id == org.id
    alone, none = svc.create_organisation_with_contact(Organisation(name="GGD"), "  ")
    assert none is None and alone.id
    before = len(svc.organisations())
    with pytest.raises(ValidationError):  # an invalid organisation: no contact either
        svc.create_organisation_with_contact(Organisation(name=""), "Klaas")
    assert len(svc.organisations()) == before
    assert [c.name for c in svc.all_contacts()] == ["Piet"]
