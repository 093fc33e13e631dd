"""Validation of opvang, plan and nazorg records, with a catalog message per field.

Same contract as ``desktop.cases.validation``: all problems are collected into one
``FieldErrors`` (a ``ValidationError``); messages never contain the value itself.
"""

from __future__ import annotations

import json
from datetime import date

from desktop import messages as M
from desktop.care import model as c
from desktop.cases.validation import LONG, MEDIUM, _Checker

MAX_CAPACITY = 10_000


def validate_shelter(s: c.ShelterProfile, today: date) -> None:
    k = _Checker(today)
    k.ref(s.organisation_id, "organisation_id", M.LABEL_ORGANISATIE, required=True)
    k.choice(s.shelter_type, "shelter_type", M.LABEL_SOORT_OPVANG, c.SHELTER_TYPES)
    if isinstance(s.capacity, bool) or not isinstance(s.capacity, int):
        k.fail("capacity", M.V_SHELTER_CAPACITY)
    elif not 0 <= s.capacity <= MAX_CAPACITY:
        k.fail("capacity", M.V_SHELTER_CAPACITY_RANGE, max=MAX_CAPACITY)
    k.keys(s.target_groups, "target_groups", M.LABEL_DOELGROEPEN, c.TARGET_GROUPS)
    k.text(s.intake_contact, "intake_contact", M.LABEL_CONTACT_VOOR_AANMELDING, max_len=MEDIUM)
    k.text(s.notes, "notes", M.LABEL_OPMERKINGEN, max_len=LONG, multiline=True)
    k.done()


def validate_placement(p: c.Placement, today: date) -> None:
    k = _Checker(today)
    k.ref(p.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    k.ref(p.organisation_id, "organisation_id", M.LABEL_OPVANG, required=p.status != "aanvraag")
    k.ref(p.previous_id, "previous_id", M.LABEL_VORIGE_PLAATSING)
    k.choice(p.status, "status", M.LABEL_STATUS, c.PLACEMENT_STATUSES)
    k.day(p.requested_on, "requested_on", M.LABEL_DATUM_AANVRAAG, required=True, not_future=True)
    k.choice(p.requested_type, "requested_type", M.LABEL_GEVRAAGDE_SOORT_OPVANG, c.SHELTER_TYPES)
    k.choice(p.urgency, "urgency", M.LABEL_URGENTIE, c.URGENCIES)
    decided = p.status in ("toegezegd", "afgewezen")
    k.day(p.decided_on, "decided_on", M.LABEL_DATUM_BESLUIT, required=decided, not_future=True)
    k.order(p.requested_on, p.decided_on, "decided_on", M.V_PLACEMENT_DECIDED_ON)
    k.text(
        p.decision_reason,
        "decision_reason",
        M.LABEL_REDEN_VAN_AFWIJZING,
        required=p.status == "afgewezen",
        max_len=MEDIUM,
        multiline=True,
    )
    placed = p.status in ("geplaatst", "beeindigd")
    k.day(p.start_on, "start_on", M.LABEL_DATUM_PLAATSING, required=placed)
    if not placed and p.start_on is not None:
        k.fail("start_on", M.V_PLACEMENT_START_ON_NOT_PLACED)
    k.order(p.requested_on, p.start_on, "start_on", M.V_PLACEMENT_START_ON)
    k.day(p.end_on, "end_on", M.LABEL_EINDDATUM, required=p.status == "beeindigd")
    k.order(p.start_on, p.end_on, "end_on", M.V_PLACEMENT_END_ON)
    if p.status != "beeindigd" and p.end_on is not None:
        k.fail("end_on", M.V_PLACEMENT_END_ON_NOT_ENDED)
    k.choice(p.end_reason, "end_reason", M.LABEL_REDEN_VAN_BEEINDIGING, c.END_REASONS)
    if p.status == "beeindigd" and not p.end_reason:
        k.fail("end_reason", M.V_PLACEMENT_END_REASON)
    if p.status != "beeindigd" and p.end_reason:
        k.fail("end_reason", M.V_PLACEMENT_END_REASON_NOT_ENDED)
    k.text(p.notes, "notes", M.LABEL_OPMERKINGEN, max_len=LONG, multiline=True)
    k.done()


def validate_plan(p: c.CarePlan, today: date) -> None:
    k = _Checker(today)
    k.ref(p.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    k.day(p.started_on, "started_on", M.LABEL_STARTDATUM_PLAN, required=True, not_future=True)
    k.text(p.notes, "notes", M.LABEL_OPMERKINGEN, max_len=LONG, multiline=True)
    k.done()


def validate_evaluation(e: c.Evaluation, today: date) -> None:
    k = _Checker(today)
    k.ref(e.plan_id, "plan_id", M.LABEL_PLAN, required=True)
    if e.kind not in ("intake", "evaluatie"):
        k.fail("kind", M.V_EVALUATION_KIND)
    k.day(e.planned_on, "planned_on", M.LABEL_GEPLANDE_DATUM, required=e.held_on is None)
    k.day(e.held_on, "held_on", M.LABEL_GEHOUDEN_OP, not_future=True)
    k.text(e.notes, "notes", M.LABEL_VERSLAG, max_len=LONG, multiline=True)
    k.done()


def validate_scores(scores: dict[str, int], today: date) -> None:
    k = _Checker(today)
    for domain, score in scores.items():
        if domain not in c.DOMAINS:
            k.fail("scores", M.V_SCORES_UNKNOWN_DOMAIN)
        elif isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
            k.fail(f"score.{domain}", M.V_SCORES_RANGE, domain=c.DOMAIN_LABELS[domain])
    k.done()


def validate_goal(g: c.Goal, today: date) -> None:
    k = _Checker(today)
    k.ref(g.plan_id, "plan_id", M.LABEL_PLAN, required=True)
    k.choice(g.domain, "domain", M.LABEL_LEEFGEBIED, c.DOMAINS)
    k.text(g.goal, "goal", M.LABEL_DOEL, required=True, max_len=MEDIUM, multiline=True)
    k.choice(g.status, "status", M.LABEL_STATUS, c.GOAL_STATUSES)
    k.done()


def validate_action(a: c.CareAction, today: date) -> None:
    k = _Checker(today)
    k.ref(a.plan_id, "plan_id", M.LABEL_PLAN, required=True)
    k.ref(a.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    k.ref(a.goal_id, "goal_id", M.LABEL_DOEL)
    k.choice(a.domain, "domain", M.LABEL_LEEFGEBIED, c.DOMAINS)
    k.text(a.what, "what", M.LABEL_WAT, required=True, max_len=MEDIUM, multiline=True)
    k.text(a.who, "who", M.LABEL_WIE)
    k.ref(a.who_org_id, "who_org_id", M.LABEL_KETENPARTNER)
    k.day(a.due_on, "due_on", M.LABEL_UITERLIJK_OP)
    k.choice(a.status, "status", M.LABEL_STATUS, c.ACTION_STATUSES)
    k.day(a.done_on, "done_on", M.LABEL_GEDAAN_OP, not_future=True)
    if a.status == "gedaan" and a.done_on is None:
        k.fail("done_on", M.V_ACTION_DONE_ON)
    k.done()


def parse_schedule(text: str) -> tuple[int, ...] | None:
    try:
        values = json.loads(text)
    except (ValueError, TypeError):
        return None
    if (
        not isinstance(values, list)
        or not values
        or len(values) > 24
        or not all(isinstance(v, int) and not isinstance(v, bool) and 0 < v <= 120 for v in values)
        or sorted(set(values)) != values
    ):
        return None
    return tuple(values)


def validate_aftercare(a: c.Aftercare, today: date) -> None:
    k = _Checker(today)
    k.ref(a.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    k.day(a.started_on, "started_on", M.LABEL_START_NAZORG, required=True, not_future=True)
    k.choice(a.handover_kind, "handover_kind", M.LABEL_OVERGEDRAGEN_AAN, c.HANDOVER_KINDS)
    k.text(a.handover_to, "handover_to", M.LABEL_NAAM_ONTVANGER, required=not a.handover_org_id)
    k.ref(a.handover_org_id, "handover_org_id", M.LABEL_KETENPARTNER)
    k.day(a.handover_on, "handover_on", M.LABEL_DATUM_WARME_OVERDRACHT, required=True)
    k.text(
        a.handed_over,
        "handed_over",
        M.LABEL_WAT_IS_OVERGEDRAGEN,
        required=True,
        max_len=LONG,
        multiline=True,
    )
    if parse_schedule(a.schedule_months) is None:
        k.fail("schedule_months", M.V_AFTERCARE_SCHEDULE_MONTHS)
    k.day(a.ended_on, "ended_on", M.LABEL_NAZORG_BEEINDIGD_OP, not_future=True)
    k.order(a.started_on, a.ended_on, "ended_on", M.V_AFTERCARE_ENDED_ON)
    k.done()


def validate_checkin(x: c.CheckIn, today: date) -> None:
    k = _Checker(today)
    k.ref(x.aftercare_id, "aftercare_id", M.LABEL_NAZORG, required=True)
    k.ref(x.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    k.day(x.planned_on, "planned_on", M.LABEL_GEPLAND_OP, required=True)
    k.day(x.held_on, "held_on", M.LABEL_GEHOUDEN_OP, not_future=True)
    k.choice(x.outcome, "outcome", M.LABEL_UITKOMST, c.CHECKIN_OUTCOMES)
    if x.held_on is not None and not x.outcome:
        k.fail("outcome", M.V_CHECKIN_OUTCOME)
    if x.held_on is None and x.outcome:
        k.fail("held_on", M.V_CHECKIN_HELD_ON)
    k.text(x.concerns, "concerns", M.LABEL_ZORGEN_EN_AFSPRAKEN, max_len=LONG, multiline=True)
    k.done()


def validate_closure(x: c.Closure, today: date) -> None:
    k = _Checker(today)
    k.ref(x.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    k.day(x.closed_on, "closed_on", M.LABEL_DATUM_AFSLUITING, required=True, not_future=True)
    k.choice(x.reason, "reason", M.LABEL_REDEN_VAN_AFSLUITING, c.CLOSE_REASONS)
    k.text(
        x.summary,
        "summary",
        M.LABEL_SAMENVATTING,
        required=True,
        max_len=MEDIUM * 2,
        multiline=True,
    )
    k.done()
