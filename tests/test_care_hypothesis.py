"""Property tests for the date rules of opvang and nazorg: end never before start, no
overlapping stays for one client (checked against a brute-force model), the weekly
occupancy against day-by-day counting, and the nazorg schedule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.care import CareService, weeks_of
from desktop.care import model as c
from desktop.care.validation import validate_placement
from desktop.cases import CaseService, Dossier, Organisation, Person
from desktop.cases.validation import add_months
from storage.errors import ValidationError

TODAY = date(2026, 11, 23)
BASE = date(2026, 1, 1)
HYP = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
days = st.integers(min_value=0, max_value=300)


@given(start=days, length=st.integers(min_value=-30, max_value=60))
@settings(max_examples=200, deadline=None)
def test_end_not_before_start(start, length):
    s = BASE + timedelta(days=start)
    p = c.Placement(
        dossier_id="a" * 32,
        organisation_id="b" * 32,
        status="beeindigd",
        requested_on=BASE,
        start_on=s,
        end_on=s + timedelta(days=length),
        end_reason="terugkeer",
    )
    if length < 0:
        with pytest.raises(ValidationError) as err:
            validate_placement(p, TODAY)
        assert err.value.field == "end_on"
    else:
        validate_placement(p, TODAY)


@pytest.fixture
def care(new_store):
    cases = CaseService(new_store, clock=lambda: TODAY)
    svc = CareService(new_store, cases, clock=lambda: TODAY)
    orgs = []
    for name in ("A", "B", "C"):
        org = cases.create_organisation(Organisation(name=f"Opvang {name}", kind="opvang"))
        svc.save_shelter(c.ShelterProfile(organisation_id=org.id, capacity=10))
        orgs.append(org.id)
    svc.orgs = orgs  # type: ignore[attr-defined]
    return svc


stays_st = st.lists(
    st.tuples(days, st.none() | st.integers(min_value=0, max_value=90)), min_size=1, max_size=5
)


def overlaps(a: tuple[int, int | None], b: tuple[int, int | None]) -> bool:
    inf = 10**9
    a_end = inf if a[1] is None else a[0] + a[1]
    b_end = inf if b[1] is None else b[0] + b[1]
    return max(a[0], b[0]) < min(a_end, b_end)


@HYP
@given(stays=stays_st)
def test_no_overlapping_stays_matches_model(care, stays):
    d = care.cases.create_dossier(Dossier(opened_on=BASE), Person(alias="Hyp"))
    accepted: list[tuple[int, int | None]] = []
    for i, (start, length) in enumerate(stays):
        req = care.request_placement(
            c.Placement(dossier_id=d.id, requested_on=BASE, organisation_id=care.orgs[i % 3])
        )
        start_on = BASE + timedelta(days=start)
        # place() stores an open-ended stay first, so it is refused exactly when
        # [start, ∞) overlaps an accepted stay; ending it later only shrinks it
        expect_ok = not any(overlaps((start, None), a) for a in accepted)
        try:
            p = care.place(req.id, start_on)
            ok = True
        except ValidationError as err:
            assert err.field == "start_on"
            assert care.placement(req.id).status == "aanvraag"  # nothing saved
            ok = False
        assert ok == expect_ok
        if ok and length is not None:
            care.end_placement(p.id, start_on + timedelta(days=length), "terugkeer")
        if ok:
            accepted.append((start, length))
    # the stored stays never overlap pairwise
    stored = [
        (p.start_on, p.end_on)
        for p in care.placements(d.id)
        if p.status in ("geplaatst", "beeindigd")
    ]
    for i, a in enumerate(stored):
        for b in stored[i + 1 :]:
            a_end = a[1] or date.max
            b_end = b[1] or date.max
            assert not (max(a[0], b[0]) < min(a_end, b_end) and a[0] != a_end and b[0] != b_end)


@given(
    stays=st.lists(st.tuples(st.integers(-20, 60), st.none() | st.integers(0, 40)), max_size=8),
    weeks=st.integers(1, 8),
)
@settings(max_examples=200, deadline=None)
def test_weeks_of_matches_day_by_day(stays, weeks):
    monday = date(2026, 6, 1)
    real = [
        (monday + timedelta(days=s), None if n is None else monday + timedelta(days=s + n))
        for s, n in stays
    ]
    out = weeks_of(real, monday, weeks)
    for w, point in enumerate(out):
        peak = 0
        for d in range(7):
            day = monday + timedelta(days=7 * w + d)
            peak = max(peak, sum(1 for s, e in real if s <= day and (e is None or day < e)))
        assert point.occupied == peak and point.week_start == monday + timedelta(days=7 * w)


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    months=st.lists(st.integers(1, 120), min_size=1, max_size=6, unique=True).map(sorted),
)
@settings(max_examples=200, deadline=None)
def test_schedule_dates_after_start_and_increasing(start, months):
    planned = [add_months(start, n) for n in months]
    assert all(p > start for p in planned)
    assert planned == sorted(planned) and len(set(planned)) == len(planned)
