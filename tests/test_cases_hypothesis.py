"""Property tests: random field input is either saved exactly or refused with a
ValidationError (a Dutch message and a field name) — never saved altered or half."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.cases import CaseService, Dossier, Note, Person, Signal
from desktop.cases import model as m
from storage.errors import ValidationError

TODAY = date(2026, 11, 23)
META = {"id", "created_at", "updated_at", "created_by", "updated_by", "person_name", "number"}

clean = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=40)
texts = st.one_of(
    clean,
    clean,
    st.text(max_size=60),
    st.sampled_from(["", "Zoë", "  ", "a\nb", "\x00", "O'Brien", "Łukasz Wójcik"]),
)
dates = st.none() | st.dates(min_value=date(1850, 1, 1), max_value=date(2100, 12, 31))
past = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=TODAY)
HYP = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def fields(obj):
    return {k: v for k, v in dataclasses.asdict(obj).items() if k not in META}


def assert_saved_exactly_or_refused(store, create, get, obj, count_kind):
    before = store.info()["counts"][count_kind]
    try:
        saved = create(obj)
    except ValidationError as err:
        assert str(err) and err.field, "a refusal names a field and says why"
        assert store.info()["counts"][count_kind] == before, "nothing saved on refusal"
        event(f"refused: {err.field}")
        return
    event("saved")
    assert fields(get(saved.id)) == fields(obj)
    assert store.info()["counts"][count_kind] == before + 1


@pytest.fixture
def svc(new_store):
    return CaseService(new_store, clock=lambda: TODAY)


@HYP
@given(
    first=texts,
    last=texts,
    alias=texts,
    birth=st.one_of(dates, past),
    year=st.none() | st.integers(min_value=1890, max_value=2030),
    gender=st.sampled_from([*m.GENDERS, *m.GENDERS, "onzin"]),
    nat=st.sampled_from(["", "NL", "RO", "NG", "BG", "VN", "nl", "Nederland"]),
    langs=st.lists(st.sampled_from(["nl", "en", "bin", "pcm", "ro", "ti"]), max_size=3)
    | st.lists(st.sampled_from(["nl", "EN", "xx1", ""]), max_size=2),
    interp=st.booleans(),
    contact=texts,
)
def test_person_saved_exactly_or_refused(
    svc, new_store, first, last, alias, birth, year, gender, nat, langs, interp, contact
):
    p = Person(
        first_name=first,
        last_name=last,
        alias=alias,
        birth_date=birth,
        birth_year_estimated=year,
        gender=gender,
        nationality=nat,
        languages=tuple(langs),
        interpreter_needed=interp,
        safe_contact=contact,
    )
    assert_saved_exactly_or_refused(
        new_store, svc.create_person, lambda i: svc.get_person(i), p, "persons"
    )


@HYP
@given(
    phase=st.sampled_from([*m.PHASES[:-1], *m.PHASES, "fout"]),
    status=st.sampled_from(m.STATUSES),
    owner=texts,
    opened=past,
    closed=st.one_of(dates, st.none()),
    reason=texts,
    forms=st.lists(st.sampled_from([*m.FORMS, "onbekend"]), max_size=3),
    signals=st.lists(st.sampled_from(["moe_mager", "geen_id", "bestaat_niet"]), max_size=2),
    risks=st.lists(st.sampled_from(["lvb", "schulden", "xyz"]), max_size=2),
    residence=st.sampled_from([*m.RESIDENCE, "mars"]),
    bstart=dates,
    bend=dates,
    aangifte=dates,
    free=texts,
)
def test_dossier_saved_exactly_or_refused(
    svc,
    new_store,
    phase,
    status,
    owner,
    opened,
    closed,
    reason,
    forms,
    signals,
    risks,
    residence,
    bstart,
    bend,
    aangifte,
    free,
):
    d = Dossier(
        phase=phase,
        status=status,
        owner=owner,
        opened_on=opened or TODAY,
        closed_on=closed,
        close_reason=reason,
        forms=tuple(forms),
        signal_keys=tuple(signals),
        risk_factors=tuple(risks),
        residence_status=residence,
        bedenktijd_start=bstart,
        bedenktijd_end=bend if bstart is None or bend is not None else None,
        aangifte_on=aangifte,
        children=free,
    )
    if d.bedenktijd_start is not None and d.bedenktijd_end is None:
        d = dataclasses.replace(d, bedenktijd_end=bstart)  # avoid the default in the compare
    assert_saved_exactly_or_refused(
        new_store, svc.create_dossier, lambda i: svc.get_dossier(i), d, "dossiers"
    )


@HYP
@given(
    received=dates,
    rtype=st.sampled_from([*m.REPORTER_TYPES, "buurman"]),
    name=texts,
    desc=st.text(max_size=300),
    urgency=st.sampled_from([*m.URGENCIES, "zeer"]),
    forms=st.lists(st.sampled_from(m.FORMS), max_size=2),
)
def test_signal_saved_exactly_or_refused(
    svc, new_store, received, rtype, name, desc, urgency, forms
):
    s = Signal(
        received_on=received or TODAY,
        reporter_type=rtype,
        reporter_name=name,
        description=desc,
        urgency=urgency,
        forms=tuple(forms),
    )
    assert_saved_exactly_or_refused(
        new_store, svc.create_signal, lambda i: svc.get_signal(i), s, "signals"
    )


@HYP
@given(
    text=st.text(max_size=500),
    kind=st.sampled_from([*m.NOTE_KINDS, "sms"]),
    day=dates,
    at=st.sampled_from(["09:30", "23:59", "00:00", "24:00", "9:30", "12.15", " 10:00"]),
)
def test_note_saved_exactly_or_refused(svc, new_store, text, kind, day, at):
    dossiers = svc.list_dossiers(limit=1).rows
    did = dossiers[0].id if dossiers else svc.create_dossier(Dossier(), Person(alias="N")).id
    n = Note(dossier_id=did, kind=kind, occurred_on=day or TODAY, occurred_at=at, text=text)

    def get(i):
        return next(x for x in svc.timeline(did, limit=10_000) if x.id == i)

    assert_saved_exactly_or_refused(new_store, svc.add_note, get, n, "notes")
