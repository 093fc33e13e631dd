"""Opvang, hulpverleningsplan, nazorg and afsluiting: the API the screens call.

Every edit is validated (``FieldErrors`` with Dutch messages), runs in one transaction with
its audit entry and is reported through ``on_change``. Showing a confidential shelter
address is an explicit ``reveal_address`` call and is always audited. Client lists of a
shelter are pseudonymised (alias or initials plus dossier number).

The dossier's phase follows from facts (``derive_phase``): after every placement, nazorg,
reopen or closing step the service recomputes it and moves the dossier through
``CaseService.set_phase`` / ``close_dossier`` — the phase strip is never edited by hand
for these phases.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any, TypeVar

from desktop import messages as M
from desktop.care import model as c
from desktop.care import validation as v
from desktop.cases import CaseService
from desktop.cases import model as cm
from desktop.cases.validation import add_months
from desktop.events import Change
from desktop.records import RecordService
from storage.audit import now_utc
from storage.errors import ValidationError
from storage.repos import care as q
from storage.repos import cases as cq
from storage.repos.base import NotFoundError, Repo, Table
from storage.vault import Store

R = TypeVar("R", bound=cm.Record)

_SPECS: dict[type[Any], tuple[Table, str, Callable[[Any, date], None]]] = {
    c.ShelterProfile: (q.SHELTERS, "shelter", v.validate_shelter),
    c.Placement: (q.PLACEMENTS, "placement", v.validate_placement),
    c.CarePlan: (q.PLANS, "care_plan", v.validate_plan),
    c.Evaluation: (q.EVALUATIONS, "evaluation", v.validate_evaluation),
    c.Goal: (q.GOALS, "goal", v.validate_goal),
    c.CareAction: (q.ACTIONS, "care_action", v.validate_action),
    c.Aftercare: (q.AFTERCARE, "aftercare", v.validate_aftercare),
    c.CheckIn: (q.CHECKINS, "checkin", v.validate_checkin),
    c.Closure: (q.CLOSURES, "closure", v.validate_closure),
}

EARLY_PHASES = ("signaal", "screening", "intake")


def derive_phase(
    current: str,
    *,
    closed: bool,
    aftercare_active: bool,
    placed: bool,
    had_placement: bool,
    has_plan: bool,
) -> str:
    """The phase a dossier is in, from facts: closed → afgesloten; open nazorg → nazorg;
    a current placement → opvang; a care plan or an ended placement → begeleiding;
    otherwise the early phase it was in (signaal/screening/intake)."""
    if closed:
        return "afgesloten"
    if aftercare_active:
        return "nazorg"
    if placed:
        return "opvang"
    if has_plan or had_placement:
        return "begeleiding"
    return current if current in EARLY_PHASES else "intake"


def pseudonym(first_name: str, last_name: str, alias: str) -> str:
    if alias:
        return alias
    initials = "".join(p[0].upper() + "." for p in (first_name, last_name) if p)
    return initials or "onbekend"


def weeks_of(
    stays: Sequence[tuple[date, date | None]], first_monday: date, weeks: int
) -> list[c.WeekPoint]:
    """Highest number of simultaneous stays on any day of each week. A stay covers
    ``[start, end)`` (the day of leaving does not count); ``end`` None = still there."""
    last = first_monday + timedelta(days=7 * weeks)
    delta = [0] * (7 * weeks + 1)
    for start, end in stays:
        s = max(start, first_monday)
        e = min(end, last) if end is not None else last
        if e <= s:
            continue
        delta[(s - first_monday).days] += 1
        delta[(e - first_monday).days] -= 1
    out: list[c.WeekPoint] = []
    running = 0
    for w in range(weeks):
        peak = 0
        for d in range(7):
            running += delta[w * 7 + d]
            peak = max(peak, running)
        out.append(c.WeekPoint(first_monday + timedelta(days=7 * w), peak))
    return out


class CareService(RecordService):
    """Use one instance per unlocked store, on the thread that owns ``store.db``."""

    SPECS = _SPECS

    def __init__(
        self,
        store: Store,
        cases: CaseService | None = None,
        *,
        on_change: Callable[[Change], None] | None = None,
        clock: Callable[[], date] = date.today,
    ) -> None:
        self.store = store
        self.db = store.db
        self.cases = cases or CaseService(store, on_change=on_change, clock=clock)
        self.on_change = on_change
        self.clock = clock
        self._repos = q.repos(self.db)

    # -- plumbing ------------------------------------------------------------------------
    @property
    def actor(self) -> str:
        return self.store.actor

    def _audit(self, action: str, kind: str = "", object_id: str = "", details: str = "") -> None:
        self.store.audit(action, object_type=kind, object_id=object_id, details=details)

    def _changed(self, *kinds: str, ids: Sequence[str] = ()) -> None:
        if self.on_change is not None:
            self.on_change(Change.of(*kinds, ids=tuple(i for i in ids if i)))

    def _repo(self, table: Table) -> Repo:
        return self._repos[table.name]

    def _get(self, cls: type[R], record_id: str) -> R:
        rec = self._repo(_SPECS[cls][0]).get(record_id)
        if rec is None:
            raise NotFoundError()
        return cm.from_row(cls, rec)

    def _where(self, cls: type[R], order_by: str = "created_at", **cond: Any) -> list[R]:
        rows = self._repo(_SPECS[cls][0]).where(cond, order_by=order_by)
        return [cm.from_row(cls, r) for r in rows]

    def _dossier(self, dossier_id: str) -> cm.Dossier:
        rec = self._repo_cases(cq.DOSSIERS).get(dossier_id)
        if rec is None:
            raise NotFoundError(M.DOSSIER_GONE)
        return cm.from_row(cm.Dossier, rec)

    def _repo_cases(self, table: Table) -> Repo:
        return Repo(self.db, table)

    # -- phase ---------------------------------------------------------------------------
    def sync_phase(self, dossier_id: str) -> str:
        """Recompute the dossier's phase from its facts and store it when it changed."""
        d = self._dossier(dossier_id)
        facts = q.phase_facts(self.db, dossier_id, self.clock().isoformat())
        phase = derive_phase(d.phase, closed=d.status == "gesloten", **facts)
        if phase != d.phase and phase != "afgesloten":
            self.cases.set_phase(dossier_id, phase)
        return phase

    # -- shelters ------------------------------------------------------------------------
    def save_shelter(self, profile: c.ShelterProfile) -> c.ShelterProfile:
        if not profile.id:
            existing = self.shelter_profile(profile.organisation_id)
            if existing is not None:
                profile = dataclasses.replace(
                    profile,
                    id=existing.id,
                    created_at=existing.created_at,
                    created_by=existing.created_by,
                )
        out = self._update(profile) if profile.id else self._create(profile)
        self._changed("shelter", "organisation", ids=[out.organisation_id])
        return out

    def shelter_profile(self, organisation_id: str) -> c.ShelterProfile | None:
        rows = self._where(c.ShelterProfile, organisation_id=organisation_id)
        return rows[0] if rows else None

    def shelters(self) -> list[c.Shelter]:
        """Every organisation with a shelter profile; confidential addresses hidden."""
        profiles = {p.organisation_id: p for p in self._where(c.ShelterProfile)}
        orgs = self._repo_cases(cq.ORGANISATIONS).get_many(list(profiles))
        out = [
            c.Shelter(
                oid,
                orgs[oid]["name"],
                c.HIDDEN_ADDRESS if p.confidential_address else _address_text(orgs[oid]),
                p,
            )
            for oid, p in profiles.items()
            if oid in orgs
        ]
        return sorted(out, key=lambda s: (s.name.casefold(), s.organisation_id))

    def address_for_display(self, organisation_id: str, address: str) -> str:
        """What any screen shows as an organisation's address (hidden when confidential)."""
        p = self.shelter_profile(organisation_id)
        return c.HIDDEN_ADDRESS if p is not None and p.confidential_address else address

    def reveal_address(self, organisation_id: str) -> str:
        """The real address of a shelter; every call is audited."""
        rec = self._repo_cases(cq.ORGANISATIONS).get(organisation_id)
        if rec is None:
            raise NotFoundError()
        p = self.shelter_profile(organisation_id)
        confidential = p is not None and p.confidential_address
        self._audit(
            "organisation.address_reveal",
            "organisation",
            organisation_id,
            "geheim adres" if confidential else "adres",
        )
        return _address_text(rec)

    # -- placements ----------------------------------------------------------------------
    def _check_overlap(self, p: c.Placement) -> None:
        if p.status not in ("geplaatst", "beeindigd") or p.start_on is None:
            return
        n = q.overlapping_placements(
            self.db,
            person_id=p.person_id,
            dossier_id=p.dossier_id,
            start_on=p.start_on.isoformat(),
            end_on=p.end_on.isoformat() if p.end_on else "",
            exclude_id=p.id,
        )
        if n:
            raise ValidationError(
                M.CARE_ALREADY_PLACED,
                "start_on",
            )

    def _check_shelter(self, p: c.Placement) -> None:
        if p.organisation_id and self.shelter_profile(p.organisation_id) is None:
            raise ValidationError(M.CARE_NO_SHELTER_PROFILE, "organisation_id")

    def _with_person(self, p: c.Placement) -> c.Placement:
        return dataclasses.replace(p, person_id=self._dossier(p.dossier_id).person_id)

    def _save_placement(self, p: c.Placement, action: str = "update") -> c.Placement:
        p = self._with_person(p)
        with self.db.transaction():
            self._check_shelter(p)
            self._check_overlap(p)
            out = self._update(p, action=action) if p.id else self._create(p)
            self.sync_phase(out.dossier_id)
        self._changed("placement", "dossier", ids=[out.id, out.dossier_id])
        return out

    def request_placement(self, p: c.Placement) -> c.Placement:
        """A new aanvraag (date defaults to today)."""
        if p.requested_on is None:
            p = dataclasses.replace(p, requested_on=self.clock())
        return self._save_placement(dataclasses.replace(p, status=p.status or "aanvraag"))

    def update_placement(self, p: c.Placement) -> c.Placement:
        return self._save_placement(p)

    def placement(self, placement_id: str) -> c.Placement:
        return self._get(c.Placement, placement_id)

    def decide(
        self,
        placement_id: str,
        *,
        accepted: bool,
        on: date | None = None,
        reason: str = "",
        organisation_id: str | None = None,
    ) -> c.Placement:
        p = self.placement(placement_id)
        if p.status != "aanvraag":
            raise ValidationError(M.CARE_ALREADY_DECIDED, "status")
        p = dataclasses.replace(
            p,
            status="toegezegd" if accepted else "afgewezen",
            decided_on=on or self.clock(),
            decision_reason=reason,
            organisation_id=organisation_id or p.organisation_id,
        )
        return self._save_placement(p, "decide")

    def place(
        self, placement_id: str, start_on: date | None = None, organisation_id: str | None = None
    ) -> c.Placement:
        p = self.placement(placement_id)
        if p.status not in ("aanvraag", "toegezegd"):
            raise ValidationError(M.CARE_PLACE_ONLY_OPEN, "status")
        day = start_on or self.clock()
        p = dataclasses.replace(
            p,
            status="geplaatst",
            start_on=day,
            decided_on=p.decided_on or day,
            organisation_id=organisation_id or p.organisation_id,
        )
        return self._save_placement(p, "place")

    def end_placement(self, placement_id: str, end_on: date, reason: str) -> c.Placement:
        p = self.placement(placement_id)
        if p.status != "geplaatst":
            raise ValidationError(M.CARE_END_ONLY_RUNNING, "status")
        p = dataclasses.replace(p, status="beeindigd", end_on=end_on, end_reason=reason)
        return self._save_placement(p, "end")

    def transfer(
        self, placement_id: str, to_organisation_id: str, on: date, notes: str = ""
    ) -> c.Placement:
        """Doorplaatsing: end the current stay on ``on`` and start the next one (same day)
        in another shelter, linked to the previous one. All or nothing."""
        p = self.placement(placement_id)
        if p.status != "geplaatst":
            raise ValidationError(M.CARE_MOVE_ONLY_RUNNING, "status")
        if to_organisation_id == p.organisation_id:
            raise ValidationError(M.CARE_MOVE_OTHER_SHELTER, "organisation_id")
        with self.db.transaction():
            self.end_placement(placement_id, on, "doorplaatsing")
            new = c.Placement(
                dossier_id=p.dossier_id,
                organisation_id=to_organisation_id,
                previous_id=p.id,
                status="geplaatst",
                requested_on=on,
                requested_type=(
                    self.shelter_profile(to_organisation_id) or c.ShelterProfile()
                ).shelter_type,
                urgency=p.urgency,
                decided_on=on,
                start_on=on,
                notes=notes,
            )
            out = self._save_placement(new, "transfer")
        return out

    def placements(self, dossier_id: str) -> list[c.Placement]:
        return [cm.from_row(c.Placement, r) for r in q.placements_of_dossier(self.db, dossier_id)]

    def chain(self, placement_id: str) -> list[c.Placement]:
        """The placement and its predecessors (oldest first)."""
        out: list[c.Placement] = []
        seen: set[str] = set()
        pid: str | None = placement_id
        while pid and pid not in seen:
            seen.add(pid)
            p = self.placement(pid)
            out.append(p)
            pid = p.previous_id
        return list(reversed(out))

    # -- bezetting -----------------------------------------------------------------------
    def occupancy(self, *, audit: bool = True) -> list[c.ShelterOccupancy]:
        today = self.clock()
        rows = q.occupancy(self.db, today.isoformat())
        if audit:
            self._audit("opvang.overview", "shelter", details=f"{len(rows)} opvanglocaties")
        return [
            c.ShelterOccupancy(
                organisation_id=r["organisation_id"],
                name=r["name"],
                shelter_type=r["shelter_type"],
                capacity=r["capacity"],
                confidential_address=bool(r["confidential_address"]),
                current=r["current"],
                open_requests=r["open_requests"],
                longest_wait_days=(today - date.fromisoformat(r["oldest_request_on"])).days
                if r["oldest_request_on"]
                else None,
            )
            for r in rows
        ]

    def clients(self, organisation_id: str) -> list[c.ShelterClient]:
        """Current clients of one shelter, pseudonymised (audited)."""
        rows = q.current_clients(self.db, organisation_id, self.clock().isoformat())
        self._audit("opvang.clients", "organisation", organisation_id, f"{len(rows)} cliënten")
        return [
            c.ShelterClient(
                placement_id=r["placement_id"],
                dossier_id=r["dossier_id"],
                dossier_number=r["dossier_number"],
                pseudonym=pseudonym(r["first_name"], r["last_name"], r["alias"]),
                start_on=date.fromisoformat(r["start_on"]) if r["start_on"] else None,
                transferred=r["previous_id"] is not None,
            )
            for r in rows
        ]

    def open_requests(self, organisation_id: str | None = None) -> list[c.OpenRequest]:
        today = self.clock()
        out = []
        for r in q.open_requests(self.db, organisation_id):
            requested = date.fromisoformat(r["requested_on"])
            out.append(
                c.OpenRequest(
                    placement_id=r["placement_id"],
                    dossier_id=r["dossier_id"],
                    dossier_number=r["dossier_number"],
                    organisation_id=r["organisation_id"],
                    organisation_name=r["organisation_name"],
                    status=r["status"],
                    requested_on=requested,
                    requested_type=r["requested_type"],
                    urgency=r["urgency"],
                    waiting_days=max(0, (today - requested).days),
                )
            )
        return out

    def weekly_occupancy(
        self, organisation_id: str | None = None, weeks: int = 26
    ) -> list[c.WeekPoint]:
        """The last ``weeks`` weeks (ending with the current one), Monday first."""
        today = self.clock()
        monday = today - timedelta(days=today.weekday()) - timedelta(days=7 * (weeks - 1))
        until = monday + timedelta(days=7 * weeks - 1)
        rows = q.stays(self.db, organisation_id, monday.isoformat(), until.isoformat())
        stays = [
            (
                date.fromisoformat(r["start_on"]),
                date.fromisoformat(r["end_on"]) if r["end_on"] else None,
            )
            for r in rows
        ]
        return weeks_of(stays, monday, weeks)

    def capacity(self, organisation_id: str | None = None) -> int:
        return q.shelter_capacity(self.db, organisation_id)

    # -- hulpverleningsplan ---------------------------------------------------------------
    def start_plan(
        self,
        dossier_id: str,
        started_on: date | None = None,
        intake_scores: dict[str, int] | None = None,
        notes: str = "",
    ) -> c.CarePlan:
        """Create the dossier's plan with an intake evaluation (held on the start date)."""
        day = started_on or self.clock()
        if intake_scores:
            v.validate_scores(intake_scores, self.clock())
        with self.db.transaction():
            if self._where(c.CarePlan, dossier_id=dossier_id):
                raise ValidationError(M.CARE_PLAN_EXISTS, "dossier_id")
            plan = self._create(c.CarePlan(dossier_id=dossier_id, started_on=day, notes=notes))
            ev = self._create(
                c.Evaluation(plan_id=plan.id, kind="intake", planned_on=day, held_on=day)
            )
            if intake_scores:
                self._put_scores(ev.id, intake_scores)
            self.sync_phase(dossier_id)
        self._changed("care_plan", "dossier", ids=[plan.id, dossier_id])
        return plan

    def _put_scores(self, evaluation_id: str, scores: dict[str, int]) -> None:
        ts = now_utc()
        q.replace_scores(self.db, evaluation_id, scores, (ts, ts, self.actor, self.actor))

    def plan_view(self, dossier_id: str) -> c.PlanView | None:
        plans = self._where(c.CarePlan, dossier_id=dossier_id)
        if not plans:
            return None
        plan = plans[0]
        self._audit("care_plan.view", "care_plan", plan.id)
        evaluations = self._where(c.Evaluation, "planned_on, created_at", plan_id=plan.id)
        scores: dict[str, dict[str, int]] = {}
        for r in q.scores_of_plan(self.db, plan.id):
            scores.setdefault(r["evaluation_id"], {})[r["domain"]] = r["score"]
        return c.PlanView(
            plan=plan,
            evaluations=evaluations,
            scores=scores,
            goals=self._where(c.Goal, "domain, created_at", plan_id=plan.id),
            actions=self._where(c.CareAction, "due_on, created_at", plan_id=plan.id),
        )

    def plan_evaluation(self, plan_id: str, planned_on: date) -> c.Evaluation:
        plan = self._get(c.CarePlan, plan_id)
        if planned_on < (plan.started_on or planned_on):
            raise ValidationError(M.CARE_EVALUATION_BEFORE_PLAN, "planned_on")
        out = self._create(c.Evaluation(plan_id=plan_id, planned_on=planned_on))
        self._changed("care_plan", ids=[plan_id, plan.dossier_id])
        return out

    def record_evaluation(
        self, evaluation_id: str, held_on: date, scores: dict[str, int], notes: str = ""
    ) -> c.Evaluation:
        v.validate_scores(scores, self.clock())
        ev = self._get(c.Evaluation, evaluation_id)
        plan = self._get(c.CarePlan, ev.plan_id)
        if plan.started_on is not None and held_on < plan.started_on:
            raise ValidationError(M.CARE_EVALUATION_BEFORE_PLAN, "held_on")
        with self.db.transaction():
            out = self._update(dataclasses.replace(ev, held_on=held_on, notes=notes), action="hold")
            self._put_scores(evaluation_id, scores)
        self._changed("care_plan", ids=[plan.id, plan.dossier_id])
        return out

    def add_goal(self, goal: c.Goal) -> c.Goal:
        out = self._create(goal)
        self._changed("care_plan", ids=[out.plan_id])
        return out

    def update_goal(self, goal: c.Goal) -> c.Goal:
        out = self._update(goal)
        self._changed("care_plan", ids=[out.plan_id])
        return out

    def add_action(self, action: c.CareAction) -> c.CareAction:
        plan = self._get(c.CarePlan, action.plan_id)
        out = self._create(dataclasses.replace(action, dossier_id=plan.dossier_id))
        self._changed("care_plan", "care_action", ids=[out.plan_id, out.dossier_id])
        return out

    def update_action(self, action: c.CareAction) -> c.CareAction:
        out = self._update(action)
        self._changed("care_plan", "care_action", ids=[out.plan_id, out.dossier_id])
        return out

    def complete_action(self, action_id: str, on: date | None = None) -> c.CareAction:
        a = self._get(c.CareAction, action_id)
        return self.update_action(
            dataclasses.replace(a, status="gedaan", done_on=on or self.clock())
        )

    # -- nazorg --------------------------------------------------------------------------
    def check_aftercare_can_start(self, dossier_id: str) -> None:
        """Raise the ValidationError ``start_aftercare`` would, before any form is filled:
        nazorg already running, the dossier closed, or the client still placed."""
        if self._where(c.Aftercare, dossier_id=dossier_id):
            raise ValidationError(M.CARE_AFTERCARE_RUNNING, "dossier_id")
        if self._dossier(dossier_id).status == "gesloten":
            raise ValidationError(M.CARE_DOSSIER_CLOSED, "dossier_id")
        if any(p.status == "geplaatst" for p in self.placements(dossier_id)):
            raise ValidationError(M.CARE_END_PLACEMENT_FIRST, "dossier_id")

    def start_aftercare(self, aftercare: c.Aftercare) -> c.AftercareView:
        """Record the warme overdracht and plan check-ins after each scheduled month."""
        a = aftercare
        if a.started_on is None:
            a = dataclasses.replace(a, started_on=self.clock())
        if a.handover_on is None:
            a = dataclasses.replace(a, handover_on=a.started_on)
        v.validate_aftercare(a, self.clock())
        months = v.parse_schedule(a.schedule_months) or c.DEFAULT_SCHEDULE
        assert a.started_on is not None
        with self.db.transaction():
            self.check_aftercare_can_start(a.dossier_id)
            out = self._create(
                dataclasses.replace(a, schedule_months=json.dumps(list(months))),
                details=f"overdracht: {a.handover_kind}",
            )
            checkins = [
                self._create(
                    c.CheckIn(
                        aftercare_id=out.id,
                        dossier_id=a.dossier_id,
                        planned_on=add_months(a.started_on, n),
                    )
                )
                for n in months
            ]
            self.sync_phase(a.dossier_id)
        self._changed("aftercare", "dossier", ids=[out.id, a.dossier_id])
        return c.AftercareView(out, checkins)

    def aftercare_view(self, dossier_id: str) -> c.AftercareView | None:
        rows = self._where(c.Aftercare, dossier_id=dossier_id)
        if not rows:
            return None
        return c.AftercareView(
            rows[0], self._where(c.CheckIn, "planned_on", aftercare_id=rows[0].id)
        )

    def record_checkin(
        self, checkin_id: str, held_on: date, outcome: str, concerns: str = ""
    ) -> c.CheckIn:
        x = self._get(c.CheckIn, checkin_id)
        out = self._update(
            dataclasses.replace(x, held_on=held_on, outcome=outcome, concerns=concerns),
            action="hold",
        )
        self._changed("aftercare", ids=[out.id, out.dossier_id])
        return out

    def end_aftercare(self, dossier_id: str, on: date | None = None) -> c.Aftercare:
        rows = self._where(c.Aftercare, dossier_id=dossier_id)
        if not rows:
            raise NotFoundError(M.CARE_NO_AFTERCARE)
        with self.db.transaction():
            out = self._update(
                dataclasses.replace(rows[0], ended_on=on or self.clock()), action="end"
            )
            self.sync_phase(dossier_id)
        self._changed("aftercare", "dossier", ids=[out.id, dossier_id])
        return out

    def reopen(self, dossier_id: str) -> str:
        """On "nieuwe signalen": end the nazorg, reopen a closed dossier and move it back to
        begeleiding (the traject starts again). Returns the new phase."""
        with self.db.transaction():
            d = self._dossier(dossier_id)
            for a in self._where(c.Aftercare, dossier_id=dossier_id):
                if a.ended_on is None:
                    self._update(dataclasses.replace(a, ended_on=self.clock()), action="end")
            if d.status == "gesloten":
                self.cases.update_dossier(
                    dataclasses.replace(
                        d, phase="begeleiding", status="lopend", closed_on=None, close_reason=""
                    )
                )
            self.sync_phase(dossier_id)
            self.cases.set_phase(dossier_id, "begeleiding")
            self._audit("dossier.reopen", "dossier", dossier_id, "nieuwe signalen")
        self._changed("aftercare", "dossier", ids=[dossier_id])
        return "begeleiding"

    # -- afsluiting ----------------------------------------------------------------------
    def close_dossier(self, closure: c.Closure) -> c.Closure:
        """Close with reason, date and summary; the date starts the bewaartermijn."""
        x = closure
        if x.closed_on is None:
            x = dataclasses.replace(x, closed_on=self.clock())
        v.validate_closure(x, self.clock())
        with self.db.transaction():
            d = self._dossier(x.dossier_id)
            if d.opened_on is not None and x.closed_on is not None and x.closed_on < d.opened_on:
                raise ValidationError(M.CARE_CLOSURE_BEFORE_START, "closed_on")
            for p in self.placements(x.dossier_id):
                if p.status == "geplaatst":
                    raise ValidationError(M.CARE_END_PLACEMENT_FIRST, "dossier_id")
            old = self._where(c.Closure, dossier_id=x.dossier_id)
            if old:
                out = self._update(
                    dataclasses.replace(
                        x, id=old[0].id, created_at=old[0].created_at, created_by=old[0].created_by
                    ),
                    action="update",
                )
            else:
                out = self._create(x, details=f"reden: {x.reason}")
            self.cases.close_dossier(x.dossier_id, x.closed_on, c.CLOSE_REASON_LABELS[x.reason])
        self._changed("closure", "dossier", ids=[out.id, x.dossier_id])
        return out

    def closure(self, dossier_id: str) -> c.Closure | None:
        rows = self._where(c.Closure, dossier_id=dossier_id)
        return rows[0] if rows else None

    # -- Vandaag -------------------------------------------------------------------------
    def due_items(self, *, upcoming_days: int = 7) -> list[c.DueItem]:
        """Care actions, planned evaluations and nazorg check-ins due within
        ``upcoming_days`` (and everything overdue), earliest first — for Vandaag."""
        today = self.clock()
        rows = q.due_items(self.db, (today + timedelta(days=upcoming_days)).isoformat())
        out = []
        for r in rows:
            due = date.fromisoformat(r["due_on"])
            out.append(
                c.DueItem(
                    kind=r["kind"],
                    id=r["id"],
                    dossier_id=r["dossier_id"],
                    dossier_number=r["dossier_number"],
                    person_name=r["person_name"],
                    what=r["what"],
                    who=r["who"],
                    due_on=due,
                    overdue=due < today,
                )
            )
        self._audit("care.due", details=f"{len(out)} items")
        return out


def due_for_today(store: Store, *, upcoming_days: int = 7) -> list[c.DueItem]:
    """For the Vandaag page: ``desktop.care.due_for_today(ctx.require_store())``."""
    return CareService(store).due_items(upcoming_days=upcoming_days)


def _address_text(row: dict[str, Any]) -> str:
    """An organisation row's postal address as lines (structured fields first)."""
    org = cm.from_row(cm.Organisation, row)
    return "\n".join(org.address_lines())
