"""Issue 15 item 2 (service side): notes with a time of day, corrections with their history
kept and audited, the search index following the current text; on real encrypted stores."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.cases import CaseService, Dossier, FieldErrors, Note, Person
from storage import audit
from storage.migrations import MIGRATIONS, current_version

TODAY = date(2026, 11, 23)


@pytest.fixture
def svc(new_store):
    return CaseService(new_store, clock=lambda: TODAY, time_of_day=lambda: "14:05")


@pytest.fixture
def dossier(svc):
    return svc.create_dossier(Dossier(owner="Anna"), Person(alias="Vlinder"))


def _actions(store, object_id):
    return [e.action for e in audit.entries(store.db, object_id=object_id)]


def test_migration_8_is_applied(new_store) -> None:
    assert current_version(new_store.db) == max(m.version for m in MIGRATIONS) >= 8
    cols = [r[1] for r in new_store.db.query("PRAGMA table_info(note_revisions)")]
    assert {"note_id", "revision", "text", "written_by"} <= set(cols)


def test_new_note_of_today_gets_the_time_now_older_dates_keep_none(svc, dossier) -> None:
    now = svc.add_note(Note(dossier_id=dossier.id, text="Gebeld"))
    assert (now.occurred_on, now.occurred_at) == (TODAY, "14:05")
    given = svc.add_note(Note(dossier_id=dossier.id, occurred_at="08:15", text="Vroeg"))
    assert given.occurred_at == "08:15"
    old = svc.add_note(
        Note(dossier_id=dossier.id, occurred_on=TODAY - timedelta(days=3), text="Eerder")
    )
    assert old.occurred_at == ""
    # newest first, by date and then by time of day
    assert [n.text for n in svc.timeline(dossier.id)] == ["Gebeld", "Vroeg", "Eerder"]
    with pytest.raises(FieldErrors) as err:
        svc.add_note(Note(dossier_id=dossier.id, occurred_at="25:00", text="x"))
    assert [f for f, _ in err.value.errors] == ["occurred_at"]


def test_timeline_pages_by_date_time_and_creation(svc, dossier) -> None:
    for i in range(7):
        svc.add_note(Note(dossier_id=dossier.id, occurred_at=f"0{i}:00", text=f"n{i}"))
    first = svc.timeline(dossier.id, limit=3)
    rest = svc.timeline(dossier.id, limit=10, before=first[-1])
    assert [n.text for n in first + rest] == [f"n{i}" for i in range(6, -1, -1)]


def test_correction_keeps_the_original_is_audited_and_search_follows(
    svc, dossier, new_store
) -> None:
    note = svc.add_note(Note(dossier_id=dossier.id, text="Gesprek met Appelboom"))
    assert note.revisions == 0
    anna = svc.update_note(Note(**{**note.__dict__, "text": "Gesprek met Perenboom"}))
    assert anna.revisions == 1 and anna.text == "Gesprek met Perenboom"
    again = svc.update_note(Note(**{**anna.__dict__, "occurred_at": "09:00"}))
    assert again.revisions == 2
    # unchanged: no new version, no audit row
    same = svc.update_note(again)
    assert same.revisions == 2
    history = svc.note_history(note.id)
    assert [(h.revision, h.text, h.occurred_at) for h in history] == [
        (1, "Gesprek met Appelboom", "14:05"),
        (2, "Gesprek met Perenboom", "14:05"),
    ]
    assert history[0].written_by == note.created_by and history[0].replaced_by
    assert svc.get_note(note.id).revisions == 2
    assert svc.timeline(dossier.id)[0].revisions == 2
    acts = _actions(new_store, note.id)
    assert acts.count("note.revise") == 2 and "note.history" in acts and "note.view" in acts
    # the search index follows the current text only
    assert svc.search("Perenboom").notes
    assert not svc.search("Appelboom").notes
    # a correction cannot move a note to another dossier
    other = svc.create_dossier(Dossier(owner="Anna"), Person(alias="Mier"))
    moved = svc.update_note(Note(**{**again.__dict__, "dossier_id": other.id, "text": "x"}))
    assert moved.dossier_id == dossier.id


def test_invalid_correction_saves_nothing(svc, dossier, new_store) -> None:
    note = svc.add_note(Note(dossier_id=dossier.id, text="Eerste versie"))
    with pytest.raises(FieldErrors):
        svc.update_note(Note(**{**note.__dict__, "text": ""}))
    assert svc.note_history(note.id) == []
    assert svc.get_note(note.id).text == "Eerste versie"


def test_deleting_the_note_removes_its_revisions(svc, dossier, new_store) -> None:
    note = svc.add_note(Note(dossier_id=dossier.id, text="Versie een"))
    svc.update_note(Note(**{**note.__dict__, "text": "Versie twee"}))
    assert new_store.db.scalar("SELECT count(*) FROM note_revisions") == 1
    svc.delete_note(note.id)
    assert new_store.db.scalar("SELECT count(*) FROM note_revisions") == 0


def test_timeline_unions_events_newest_first_filterable_and_paged(new_store) -> None:
    from desktop.care import model as c
    from desktop.care.service import CareService
    from desktop.cases import Besluit, Consent, Signal

    svc = CaseService(new_store, clock=lambda: TODAY, time_of_day=lambda: "10:00")
    care = CareService(new_store, svc, clock=lambda: TODAY)
    org = svc.create_organisation(m_org("Opvang De Haven"))
    care.save_shelter(c.ShelterProfile(organisation_id=org.id, shelter_type="cosm", capacity=3))
    day = TODAY - timedelta(days=20)
    sig = svc.create_signal(Signal(reporter_type="wijkteam", received_on=day))
    svc.record_besluit(Besluit(signal_id=sig.id, kind="intake", decided_on=day + timedelta(1)))
    d = svc.start_intake(sig.id, Person(alias="Mier"))
    consent = svc.add_consent(
        Consent(
            dossier_id=d.id,
            given_by="Mier",
            purpose="verwijzing",
            recipient_org_id=org.id,
            recipient="Opvang De Haven",
            given_on=day + timedelta(3),
        )
    )
    svc.withdraw_consent(consent.id, day + timedelta(10))
    req = care.request_placement(c.Placement(dossier_id=d.id, requested_on=day + timedelta(4)))
    care.place(req.id, day + timedelta(5), organisation_id=org.id)
    care.end_placement(req.id, day + timedelta(12), "uitstroom_eigen_woning")
    svc.add_note(Note(dossier_id=d.id, text="Gesprek vandaag"))

    entries, total = svc.timeline_entries(d.id)
    kinds = [e.kind for e in entries]
    assert total == len(entries)
    assert kinds[0] == "notitie" and entries[0].note is not None
    assert entries[0].at == "10:00"
    for k in ("signaal", "besluit", "intake", "toestemming", "toestemming_ingetrokken",
              "plaatsing_aanvraag", "plaatsing", "plaatsing_einde"):  # fmt: skip
        assert k in kinds, k
    assert kinds.index("plaatsing_einde") < kinds.index("plaatsing") < kinds.index("signaal")
    days = [e.day for e in entries]
    assert days == sorted(days, reverse=True)
    placed = next(e for e in entries if e.kind == "plaatsing")
    assert placed.title == "Opvang De Haven"
    # filter by kind
    only, n = svc.timeline_entries(d.id, ("plaatsing", "plaatsing_einde"))
    assert {e.kind for e in only} == {"plaatsing", "plaatsing_einde"} and n == 2
    # keyset paging gives the same order as one page
    first, _ = svc.timeline_entries(d.id, limit=3)
    rest, _ = svc.timeline_entries(d.id, limit=100, before=first[-1])
    assert [e.key for e in first + rest] == [e.key for e in entries]
    with pytest.raises(Exception):  # noqa: B017, PT011
        svc.timeline_entries(d.id, ("onzin",))
    # the dossier view carries the first page
    view = svc.open_dossier(d.id)
    assert [e.key for e in view.entries] == [e.key for e in entries]
    assert view.entries_total == total


def m_org(name: str):  # type: ignore[no-untyped-def]
    from desktop.cases import Organisation

    return Organisation(name=name, kind="opvang")
