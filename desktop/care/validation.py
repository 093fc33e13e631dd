"""Validation of opvang, plan and nazorg records, with Dutch messages per field.

Same contract as ``desktop.cases.validation``: all problems are collected into one
``FieldErrors`` (a ``ValidationError``); messages never contain the value itself.
"""

from __future__ import annotations

import json
from datetime import date

from desktop.care import model as c
from desktop.cases.validation import LONG, MEDIUM, _Checker

MAX_CAPACITY = 10_000


def validate_shelter(s: c.ShelterProfile, today: date) -> None:
    k = _Checker(today)
    k.ref(s.organisation_id, "organisation_id", "Organisatie", required=True)
    k.choice(s.shelter_type, "shelter_type", "Soort opvang", c.SHELTER_TYPES)
    if isinstance(s.capacity, bool) or not isinstance(s.capacity, int):
        k.fail("capacity", "Capaciteit: vul een heel getal in.")
    elif not 0 <= s.capacity <= MAX_CAPACITY:
        k.fail("capacity", f"Capaciteit ligt tussen 0 en {MAX_CAPACITY}.")
    k.keys(s.target_groups, "target_groups", "Doelgroepen", c.TARGET_GROUPS)
    k.text(s.intake_contact, "intake_contact", "Contact voor aanmelding", max_len=MEDIUM)
    k.text(s.notes, "notes", "Opmerkingen", max_len=LONG, multiline=True)
    k.done()


def validate_placement(p: c.Placement, today: date) -> None:
    k = _Checker(today)
    k.ref(p.dossier_id, "dossier_id", "Dossier", required=True)
    k.ref(p.organisation_id, "organisation_id", "Opvang", required=p.status != "aanvraag")
    k.ref(p.previous_id, "previous_id", "Vorige plaatsing")
    k.choice(p.status, "status", "Status", c.PLACEMENT_STATUSES)
    k.day(p.requested_on, "requested_on", "Datum aanvraag", required=True, not_future=True)
    k.choice(p.requested_type, "requested_type", "Gevraagde soort opvang", c.SHELTER_TYPES)
    k.choice(p.urgency, "urgency", "Urgentie", c.URGENCIES)
    decided = p.status in ("toegezegd", "afgewezen")
    k.day(p.decided_on, "decided_on", "Datum besluit", required=decided, not_future=True)
    k.order(p.requested_on, p.decided_on, "decided_on", "Het besluit ligt vóór de aanvraag.")
    k.text(
        p.decision_reason,
        "decision_reason",
        "Reden van afwijzing",
        required=p.status == "afgewezen",
        max_len=MEDIUM,
        multiline=True,
    )
    placed = p.status in ("geplaatst", "beeindigd")
    k.day(p.start_on, "start_on", "Datum plaatsing", required=placed)
    if not placed and p.start_on is not None:
        k.fail("start_on", "Een plaatsingsdatum hoort bij een geplaatste cliënt.")
    k.order(p.requested_on, p.start_on, "start_on", "De plaatsing ligt vóór de aanvraag.")
    k.day(p.end_on, "end_on", "Einddatum", required=p.status == "beeindigd")
    k.order(p.start_on, p.end_on, "end_on", "De einddatum ligt vóór de plaatsingsdatum.")
    if p.status != "beeindigd" and p.end_on is not None:
        k.fail("end_on", "Een einddatum hoort bij een beëindigde plaatsing.")
    k.choice(p.end_reason, "end_reason", "Reden van beëindiging", c.END_REASONS)
    if p.status == "beeindigd" and not p.end_reason:
        k.fail("end_reason", "Reden van beëindiging is verplicht.")
    if p.status != "beeindigd" and p.end_reason:
        k.fail("end_reason", "Een reden van beëindiging hoort bij een beëindigde plaatsing.")
    k.text(p.notes, "notes", "Opmerkingen", max_len=LONG, multiline=True)
    k.done()


def validate_plan(p: c.CarePlan, today: date) -> None:
    k = _Checker(today)
    k.ref(p.dossier_id, "dossier_id", "Dossier", required=True)
    k.day(p.started_on, "started_on", "Startdatum plan", required=True, not_future=True)
    k.text(p.notes, "notes", "Opmerkingen", max_len=LONG, multiline=True)
    k.done()


def validate_evaluation(e: c.Evaluation, today: date) -> None:
    k = _Checker(today)
    k.ref(e.plan_id, "plan_id", "Plan", required=True)
    if e.kind not in ("intake", "evaluatie"):
        k.fail("kind", "Soort: kies een van de mogelijkheden.")
    k.day(e.planned_on, "planned_on", "Geplande datum", required=e.held_on is None)
    k.day(e.held_on, "held_on", "Gehouden op", not_future=True)
    k.text(e.notes, "notes", "Verslag", max_len=LONG, multiline=True)
    k.done()


def validate_scores(scores: dict[str, int], today: date) -> None:
    k = _Checker(today)
    for domain, score in scores.items():
        if domain not in c.DOMAINS:
            k.fail("scores", "Onbekend leefgebied.")
        elif isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
            k.fail(f"score.{domain}", f"{c.DOMAIN_LABELS[domain]}: score ligt tussen 1 en 5.")
    k.done()


def validate_goal(g: c.Goal, today: date) -> None:
    k = _Checker(today)
    k.ref(g.plan_id, "plan_id", "Plan", required=True)
    k.choice(g.domain, "domain", "Leefgebied", c.DOMAINS)
    k.text(g.goal, "goal", "Doel", required=True, max_len=MEDIUM, multiline=True)
    k.choice(g.status, "status", "Status", c.GOAL_STATUSES)
    k.done()


def validate_action(a: c.CareAction, today: date) -> None:
    k = _Checker(today)
    k.ref(a.plan_id, "plan_id", "Plan", required=True)
    k.ref(a.dossier_id, "dossier_id", "Dossier", required=True)
    k.ref(a.goal_id, "goal_id", "Doel")
    k.choice(a.domain, "domain", "Leefgebied", c.DOMAINS)
    k.text(a.what, "what", "Wat", required=True, max_len=MEDIUM, multiline=True)
    k.text(a.who, "who", "Wie")
    k.ref(a.who_org_id, "who_org_id", "Ketenpartner")
    k.day(a.due_on, "due_on", "Uiterlijk op")
    k.choice(a.status, "status", "Status", c.ACTION_STATUSES)
    k.day(a.done_on, "done_on", "Gedaan op", not_future=True)
    if a.status == "gedaan" and a.done_on is None:
        k.fail("done_on", "Vul in wanneer de actie is gedaan.")
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
    k.ref(a.dossier_id, "dossier_id", "Dossier", required=True)
    k.day(a.started_on, "started_on", "Start nazorg", required=True, not_future=True)
    k.choice(a.handover_kind, "handover_kind", "Overgedragen aan", c.HANDOVER_KINDS)
    k.text(a.handover_to, "handover_to", "Naam ontvanger", required=not a.handover_org_id)
    k.ref(a.handover_org_id, "handover_org_id", "Ketenpartner")
    k.day(a.handover_on, "handover_on", "Datum warme overdracht", required=True)
    k.text(
        a.handed_over,
        "handed_over",
        "Wat is overgedragen",
        required=True,
        max_len=LONG,
        multiline=True,
    )
    if parse_schedule(a.schedule_months) is None:
        k.fail("schedule_months", "Schema: oplopende aantallen maanden, bijvoorbeeld 1, 3, 6, 12.")
    k.day(a.ended_on, "ended_on", "Nazorg beëindigd op", not_future=True)
    k.order(a.started_on, a.ended_on, "ended_on", "Het einde ligt vóór de start van de nazorg.")
    k.done()


def validate_checkin(x: c.CheckIn, today: date) -> None:
    k = _Checker(today)
    k.ref(x.aftercare_id, "aftercare_id", "Nazorg", required=True)
    k.ref(x.dossier_id, "dossier_id", "Dossier", required=True)
    k.day(x.planned_on, "planned_on", "Gepland op", required=True)
    k.day(x.held_on, "held_on", "Gehouden op", not_future=True)
    k.choice(x.outcome, "outcome", "Uitkomst", c.CHECKIN_OUTCOMES)
    if x.held_on is not None and not x.outcome:
        k.fail("outcome", "Kies de uitkomst van het contact.")
    if x.held_on is None and x.outcome:
        k.fail("held_on", "Vul in wanneer het contact was.")
    k.text(x.concerns, "concerns", "Zorgen en afspraken", max_len=LONG, multiline=True)
    k.done()


def validate_closure(x: c.Closure, today: date) -> None:
    k = _Checker(today)
    k.ref(x.dossier_id, "dossier_id", "Dossier", required=True)
    k.day(x.closed_on, "closed_on", "Datum afsluiting", required=True, not_future=True)
    k.choice(x.reason, "reason", "Reden van afsluiting", c.CLOSE_REASONS)
    k.text(x.summary, "summary", "Samenvatting", required=True, max_len=MEDIUM * 2, multiline=True)
    k.done()
