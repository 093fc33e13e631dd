"""Random input in the intake form: either saved exactly as the form shows it, or refused
with a message next to a field and nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop import countries
from desktop.cases import CaseService
from ui.cases.intake import IntakeForm

TODAY = date(2026, 11, 23)

good_dates = st.one_of(
    st.just(""),
    st.dates(min_value=date(1950, 1, 1), max_value=TODAY).map(lambda d: d.strftime("%d-%m-%Y")),
    st.dates(min_value=date(1950, 1, 1), max_value=TODAY).map(lambda d: d.isoformat()),
)
bad_dates = st.one_of(
    st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 12, 31)).map(
        lambda d: d.strftime("%d-%m-%Y")
    ),
    st.text(max_size=12),
)


def mostly(good: st.SearchStrategy[str], bad: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """About four in five values from ``good``."""
    return st.tuples(st.integers(0, 4), good, bad).map(lambda t: t[2] if t[0] == 0 else t[1])


dates = mostly(good_dates, bad_dates)
names = mostly(
    st.text(st.characters(categories=("L", "Zs", "Pd")), min_size=1, max_size=25),
    st.text(max_size=30),
)


@pytest.fixture
def svc(new_store):  # type: ignore[no-untyped-def]
    return CaseService(new_store, clock=lambda: TODAY)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    alias=names,
    nationality=mostly(
        st.sampled_from(["", "nl", "RO", "ng", "Roemenië", "nigeria", "Duitsland"]),
        st.text(max_size=3),
    ),
    languages=mostly(st.sampled_from(["", "ro, en", "pcm", "ti,ar"]), st.text(max_size=8)),
    birth=dates,
    start=dates,
    notes=mostly(st.text(st.characters(categories=("L", "N", "Zs", "P")), max_size=60), st.text()),
)
def test_random_intake_saved_exactly_or_refused(  # type: ignore[no-untyped-def]
    qtbot, svc: CaseService, alias, nationality, languages, birth, start, notes
) -> None:
    form = IntakeForm(svc)
    qtbot.addWidget(form)
    form.alias.setText(alias)
    form.nationality.setEditText(nationality)
    form.languages.setText(languages)
    form.birth_date.setText(birth)
    form.bedenktijd_start.setText(start)
    form.b8_notes.setPlainText(notes)
    before = svc.count_dossiers()
    saved = form.save()
    event("saved" if saved is not None else "refused")
    if saved is None:
        shown = [label.text() for label in (form.general, *form.errors.values()) if label.text()]
        assert shown, "refused without a message"
        assert all(not label.isHidden() for label in form.errors.values() if label.text())
        assert svc.count_dossiers() == before  # nothing saved half
        return
    assert svc.count_dossiers() == before + 1
    person = svc.get_person(saved.person_id or "")
    assert person.alias == form.alias.text().strip()
    # the country picker stores the ISO code of a listed name, a typed name or a typed code
    assert person.nationality == (countries.lookup(form.nationality.currentText()) or "")
    assert ", ".join(person.languages) == ", ".join(
        p.strip().lower() for p in form.languages.text().split(",") if p.strip()
    )
    assert person.birth_date == form.birth_date.value()
    dossier = svc.get_dossier(saved.id)
    assert dossier.bedenktijd_start == form.bedenktijd_start.value()
    assert dossier.b8_notes == form.b8_notes.toPlainText().strip()
