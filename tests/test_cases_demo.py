"""Demo data: fictional, valid by the same rules as user input, visible in every view."""

from __future__ import annotations

from datetime import date

from desktop import demo
from desktop.cases import CaseService, DossierQuery
from desktop.cases import validation as v
from storage import settings

TODAY = date(2026, 11, 23)


def test_demo_data_is_valid_and_fictional(new_store):
    result = demo.generate(new_store, 60, notes_per_case=4, today=TODAY)
    assert result.dossiers == 60 and result.notes > 0
    assert settings.get(new_store.db, "demo.data") is True
    svc = CaseService(new_store, clock=lambda: TODAY)
    rows = svc.list_dossiers(DossierQuery(sort="number", descending=False), limit=100).rows
    assert len(rows) == 60 and all(r.number.startswith("DEMO-") for r in rows)
    authors: set[str] = set()
    for row in rows:
        view = svc.open_dossier(row.id)
        v.validate_dossier(view.dossier, TODAY)
        assert view.person is not None
        v.validate_person(view.person, TODAY)
        assert view.person.safe_contact == "fictief (demo)"
        for note in view.timeline:
            v.validate_note(note, TODAY)
            authors.add(note.created_by)
            assert note.occurred_at  # every demo entry has a time of day
        for s in view.signals:
            v.validate_signal(s, TODAY)
    assert len(authors) >= 3 and authors - {new_store.actor}  # several colleagues wrote notes
    t = svc.today()
    assert t.awaiting_screening  # some new signals
    some_name = rows[0].person_name.split(",")[0].split()[0]
    assert svc.search(some_name).all
    assert new_store.verify().ok
    # a second run continues the numbering
    demo.generate(new_store, 5, notes_per_case=0, today=TODAY)
    assert svc.count_dossiers() == 65
