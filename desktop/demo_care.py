"""Demo data for opvang, hulpverleningsplan and nazorg, on top of ``desktop.demo``.

Adds fictional shelters ("Voorbeeld ...", some with a confidential address) and a few other
ketenpartners, then gives the demo dossiers facts that fit their phase: open requests in
intake, current placements (some after a doorplaatsing) in opvang, ended placements and
care plans with evaluations in begeleiding, nazorg with check-ins, and closures with a
summary for closed dossiers. Stays of one person never overlap. Bulk inserts, one
``demo.care`` audit entry with counts.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.care import model as c
from desktop.cases.validation import add_months
from desktop.demo import _Writer
from storage.audit import now_utc
from storage.repos import care as q
from storage.repos import cases as cq
from storage.vault import Store

CHUNK = 5_000
PREFIX = "DEMO-"
TYPE_WEIGHTS = (
    ("cosm", 5),
    ("omm", 3),
    ("vrouwenopvang", 4),
    ("mannenopvang", 2),
    ("maatschappelijke_opvang", 3),
    ("noodbed", 1),
    ("jeugdhulp", 1),
    ("beschermde_opvang", 1),
    ("beschermd_wonen", 1),
)
PLACES = (
    "Noord",
    "Zuid",
    "Oost",
    "West",
    "Centrum",
    "Rivierenland",
    "Kustregio",
    "Heuvelland",
    "Polder",
    "Veenkoloniën",
)
ENDINGS = ("uitstroom_eigen_woning", "uitstroom_eigen_woning", "vertrokken_onbekend", "terugkeer")
CLOSE_KEYS = {label.lower(): key for key, label in c.CLOSE_REASON_LABELS.items()}
ACTIONS = (
    ("financien", "Aanvraag uitkering indienen"),
    ("financien", "Schuldhulpverlening inschakelen"),
    ("huisvesting", "Inschrijven als woningzoekende"),
    ("lichamelijke_gezondheid", "Zorgverzekering regelen"),
    ("lichamelijke_gezondheid", "Afspraak huisarts maken"),
    ("geestelijke_gezondheid", "Verwijzing naar traumabehandeling"),
    ("verblijfsstatus", "Advocaat vreemdelingenrecht inschakelen"),
    ("verblijfsstatus", "Aanvraag verblijfsvergunning B8 volgen"),
    ("veiligheid", "Veiligheidsplan bespreken"),
    ("dagbesteding", "Taalles zoeken"),
    ("sociaal_netwerk", "Contact met familie herstellen"),
    ("justitie", "Informatief gesprek met de politie plannen"),
)
GOALS = {
    "financien": "Een stabiel inkomen",
    "huisvesting": "Een eigen, veilige woonplek",
    "lichamelijke_gezondheid": "Verzekerd en onder behandeling bij een huisarts",
    "geestelijke_gezondheid": "Klachten verminderd",
    "verblijfsstatus": "Verblijf geregeld",
    "veiligheid": "Zich veilig voelen",
    "dagbesteding": "Een vaste dagbesteding",
    "sociaal_netwerk": "Een steunend netwerk",
    "justitie": "Zicht op de strafzaak",
}

# The columns the generator fills (the address book's structured address stays empty).
ORG_COLUMNS = ("name", "kind", "address", "phone", "email", "notes")


@dataclass(frozen=True)
class CareDemoResult:
    shelters: int
    placements: int
    care_plans: int
    evaluations: int
    aftercare: int
    checkins: int
    closures: int
    seconds: float


def _d(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _between(rnd: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rnd.randint(0, (end - start).days))


def generate(
    store: Store,
    *,
    seed: int = 2026,
    today: date | None = None,
    shelters: int | None = None,
    echo: bool = False,
    with_plans: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> CareDemoResult:
    """Add shelters and care facts to the demo dossiers that have none yet
    (``with_plans=False``: placements and nazorg only, e.g. for the occupancy benchmark)."""
    started = time.perf_counter()
    rnd = random.Random(seed + 5)
    day0 = today or date.today()
    db = store.db
    actor = store.actor
    ts = now_utc()
    meta = (ts, ts, actor, actor)
    dossiers = q.demo_dossiers(db, PREFIX)
    n_shelters = shelters or max(8, min(200, len(dossiers) // 500))

    orgs = _Writer(db, cq.ORGANISATIONS, ORG_COLUMNS, meta)
    profiles = _Writer(db, q.SHELTERS, q.SHELTERS.columns, meta)
    placements = _Writer(db, q.PLACEMENTS, q.PLACEMENTS.columns, meta)
    plans = _Writer(db, q.PLANS, q.PLANS.columns, meta)
    evaluations = _Writer(db, q.EVALUATIONS, q.EVALUATIONS.columns, meta)
    scores = _Writer(db, q.SCORES, q.SCORES.columns, meta)
    goals = _Writer(db, q.GOALS, q.GOALS.columns, meta)
    actions = _Writer(db, q.ACTIONS, q.ACTIONS.columns, meta)
    aftercare = _Writer(db, q.AFTERCARE, q.AFTERCARE.columns, meta)
    checkins = _Writer(db, q.CHECKINS, q.CHECKINS.columns, meta)
    closures = _Writer(db, q.CLOSURES, q.CLOSURES.columns, meta)

    # -- ketenpartners --------------------------------------------------------------------
    placed_expected = sum(1 for d in dossiers if d["phase"] == "opvang")
    per_shelter = max(2, round(placed_expected / n_shelters * 1.15) + 1)
    types = [t for t, w in TYPE_WEIGHTS for _ in range(w)]
    shelter_ids: list[tuple[str, str]] = []
    partner_ids: list[str] = []
    with db.transaction():
        for i in range(n_shelters):
            oid = uuid.uuid4().hex
            kind = types[i % len(types)]
            label = c.SHELTER_TYPE_LABELS[kind]
            place = PLACES[i % len(PLACES)]
            name = f"Voorbeeld {label} {place}" + (f" {i // len(PLACES) + 1}" if i >= 10 else "")
            confidential = kind in ("cosm", "vrouwenopvang") or rnd.random() < 0.2
            orgs.add(
                oid,
                name,
                "opvang",
                f"Voorbeeldlaan {i + 1}, Voorbeeldstad",
                "",
                "",
                "fictief (demo)",
            )
            groups = (
                ["vrouwen"]
                if kind == "vrouwenopvang"
                else (["mannen"] if kind == "mannenopvang" else ["vrouwen", "mannen"])
            )
            if kind in ("jeugdhulp", "beschermde_opvang"):
                groups = ["minderjarigen"]
            if kind == "omm":
                groups.append("lvb")
            if rnd.random() < 0.3 and "minderjarigen" not in groups:
                groups.append("met_kinderen")
            profiles.add(
                uuid.uuid4().hex,
                oid,
                kind,
                max(2, int(per_shelter * rnd.uniform(1.1, 1.6))),
                json.dumps(groups),
                "Aanmelden via het intakenummer (fictief)",
                1 if confidential else 0,
                "fictief (demo)",
            )
            shelter_ids.append((oid, kind))
        for name in ("Wijkteam Noord", "Wijkteam Zuid", "Wijkteam Centrum", "Wijkagent Centrum"):
            oid = uuid.uuid4().hex
            kind = "politie" if "agent" in name else "wijkteam"
            orgs.add(oid, f"Voorbeeld {name}", kind, "", "", "", "fictief (demo)")
            partner_ids.append(oid)
        orgs.flush()
        profiles.flush()

    stays: dict[str, list[tuple[date, date | None]]] = {}

    def free(person: str | None, start: date, end: date | None) -> bool:
        if person is None:
            return True
        inf = date.max
        return all(max(s, start) >= min(e or inf, end or inf) for s, e in stays.get(person, []))

    def stay(
        dossier_id: str, person: str | None, start: date, end: date | None, reason: str
    ) -> str | None:
        """One placement (with a doorplaatsing now and then); returns the last id."""
        if not free(person, start, end):
            return None
        if person is not None:
            stays.setdefault(person, []).append((start, end))
        oid, kind = rnd.choice(shelter_ids)
        requested = start - timedelta(days=rnd.randint(0, 14))
        pid = uuid.uuid4().hex
        transfer = None
        span_end = end or day0
        if (span_end - start).days > 30 and rnd.random() < 0.2:
            transfer = start + timedelta(days=rnd.randint(14, (span_end - start).days - 7))
        first_end = transfer or end
        placements.add(
            pid,
            dossier_id,
            person,
            oid,
            None,
            "beeindigd" if first_end else "geplaatst",
            requested.isoformat(),
            kind,
            rnd.choice(("normaal", "normaal", "hoog", "acuut")),
            start.isoformat(),
            "",
            start.isoformat(),
            first_end.isoformat() if first_end else "",
            ("doorplaatsing" if transfer else reason) if first_end else "",
            "",
        )
        if transfer is not None:
            oid2, kind2 = rnd.choice([s for s in shelter_ids if s[0] != oid] or shelter_ids)
            pid2 = uuid.uuid4().hex
            placements.add(
                pid2,
                dossier_id,
                person,
                oid2,
                pid,
                "beeindigd" if end else "geplaatst",
                transfer.isoformat(),
                kind2,
                "normaal",
                transfer.isoformat(),
                "",
                transfer.isoformat(),
                end.isoformat() if end else "",
                reason if end else "",
                "",
            )
            pid = pid2
        return pid

    def plan(dossier_id: str, start: date, until: date, open_: bool) -> None:
        if not with_plans:
            return
        # plans run about a year: older dossiers get a plan that started later
        start = max(start, until - timedelta(days=rnd.randint(120, 420)))
        plan_id = uuid.uuid4().hex
        plans.add(plan_id, dossier_id, start.isoformat(), "fictief (demo)")
        domains = rnd.sample(c.DOMAINS, rnd.randint(5, 10))
        current = {d: rnd.randint(1, 3) for d in domains}
        day = start
        kind = "intake"
        while day <= until:
            eid = uuid.uuid4().hex
            evaluations.add(eid, plan_id, kind, day.isoformat(), day.isoformat(), "")
            for dom, score in current.items():
                scores.add(uuid.uuid4().hex, eid, dom, score)
            current = {
                d: max(1, min(5, s + rnd.choice((-1, 0, 0, 1, 1, 1)))) for d, s in current.items()
            }
            kind = "evaluatie"
            day = add_months(day, 3)
        if open_:
            evaluations.add(uuid.uuid4().hex, plan_id, "evaluatie", day.isoformat(), "", "")
        lowest = sorted(current, key=lambda d: current[d])[:3]
        for dom in lowest:
            gid = uuid.uuid4().hex
            goals.add(
                gid,
                plan_id,
                dom,
                GOALS.get(dom, "Verbetering op dit leefgebied"),
                "open" if open_ else rnd.choice(("bereikt", "bereikt", "niet_bereikt")),
            )
            options = [a for a in ACTIONS if a[0] == dom] or [(dom, "Afspraken maken")]
            for _ in range(rnd.randint(1, 2)):
                what = rnd.choice(options)[1]
                due = day0 + timedelta(days=rnd.randint(-10, 40)) if open_ else until
                done = not open_ or rnd.random() < 0.3
                who_org = rnd.choice(partner_ids) if rnd.random() < 0.4 else None
                actions.add(
                    uuid.uuid4().hex,
                    plan_id,
                    dossier_id,
                    gid,
                    dom,
                    what,
                    "" if who_org else "coördinator",
                    who_org,
                    due.isoformat(),
                    "gedaan" if done else rnd.choice(("open", "open", "bezig")),
                    min(due, day0).isoformat() if done else "",
                )

    def nazorg(dossier_id: str, start: date, ended: date | None) -> None:
        aid = uuid.uuid4().hex
        org = rnd.choice(partner_ids)
        kind = "wijkagent" if org == partner_ids[-1] else "wijkteam"
        aftercare.add(
            aid,
            dossier_id,
            start.isoformat(),
            kind,
            "",
            org,
            start.isoformat(),
            "Hulpverleningsplan, contactpersonen en afspraken (fictief)",
            "[1,3,6,12]",
            ended.isoformat() if ended else "",
        )
        for n in c.DEFAULT_SCHEDULE:
            planned = add_months(start, n)
            held = planned <= day0 and (ended is None or planned <= ended)
            outcome = (
                rnd.choices(("goed", "zorgen", "geen_contact", "nieuwe_signalen"), (70, 20, 8, 2))[
                    0
                ]
                if held
                else ""
            )
            checkins.add(
                uuid.uuid4().hex,
                aid,
                dossier_id,
                planned.isoformat(),
                planned.isoformat() if held else "",
                outcome,
                "Fictief verslag (demo)" if outcome == "zorgen" else "",
            )

    total = len(dossiers)
    for offset in range(0, total, CHUNK):
        with db.transaction():
            for row in dossiers[offset : offset + CHUNK]:
                did, person, phase = row["id"], row["person_id"], row["phase"]
                opened = _d(row["opened_on"]) or day0
                closed = _d(row["closed_on"])
                last = closed or day0
                if phase == "intake" and rnd.random() < 0.25:
                    oid, kind = rnd.choice(shelter_ids)
                    req = _between(rnd, max(opened, day0 - timedelta(days=45)), day0)
                    accepted = rnd.random() < 0.3
                    placements.add(
                        uuid.uuid4().hex,
                        did,
                        person,
                        oid if rnd.random() < 0.8 else None,
                        None,
                        "toegezegd" if accepted else "aanvraag",
                        req.isoformat(),
                        kind,
                        rnd.choice(c.URGENCIES),
                        req.isoformat() if accepted else "",
                        "",
                        "",
                        "",
                        "",
                        "",
                    )
                elif phase == "opvang":
                    start = _between(rnd, opened, day0)
                    stay(did, person, start, None, "")
                    if rnd.random() < 0.6:
                        plan(did, _between(rnd, start, day0), day0, True)
                elif phase in ("begeleiding", "nazorg", "afgesloten"):
                    end: date | None = None
                    if rnd.random() < (0.6 if phase == "afgesloten" else 0.75):
                        start = _between(rnd, opened, last - timedelta(days=14))
                        end = _between(rnd, start + timedelta(days=14), last)
                        reason = rnd.choice(ENDINGS)
                        if end > last or not stay(did, person, start, end, reason):
                            end = None
                    if phase == "begeleiding" or rnd.random() < 0.8:
                        plan(did, _between(rnd, opened, last), last, phase != "afgesloten")
                    if phase == "nazorg":
                        nazorg(did, _between(rnd, end or opened, day0), None)
                    elif phase == "afgesloten" and closed is not None:
                        if rnd.random() < 0.3:
                            begin = _between(rnd, end or opened, closed)
                            nazorg(did, begin, closed)
                        closures.add(
                            uuid.uuid4().hex,
                            did,
                            closed.isoformat(),
                            CLOSE_KEYS.get(row["close_reason"].lower(), "anders"),
                            "Fictieve samenvatting van het traject (demo).",
                        )
            for w in (
                placements,
                plans,
                evaluations,
                scores,
                goals,
                actions,
                aftercare,
                checkins,
                closures,
            ):
                w.flush()
        if progress is not None:
            progress(min(total, offset + CHUNK), total)
    q.analyze(db)
    result = CareDemoResult(
        shelters=profiles.count,
        placements=placements.count,
        care_plans=plans.count,
        evaluations=evaluations.count,
        aftercare=aftercare.count,
        checkins=checkins.count,
        closures=closures.count,
        seconds=time.perf_counter() - started,
    )
    store.audit(
        "demo.care",
        details=f"{result.shelters} opvanglocaties, {result.placements} plaatsingen, "
        f"{result.care_plans} plannen, {result.checkins} nazorgcontacten",
    )
    if echo:
        print(
            f"Opvang en nazorg (fictief): {result.shelters} opvanglocaties, "
            f"{result.placements} plaatsingen, {result.care_plans} hulpverleningsplannen, "
            f"{result.checkins} nazorgcontacten, {result.closures} afsluitingen."
        )
    return result
