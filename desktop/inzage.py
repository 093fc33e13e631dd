"""Inzageverzoek (AVG art. 15): one PDF with everything stored about a person.

Personal data, every dossier (its fields, signals, notes, consents, safety assessments,
ketenpartners, care plan with goals and actions, placements, nazorg, afsluiting), the
letters sent (from the verstrekkingenregister), documents kept, and who accessed the
person's records when (from the audit log). Made on the letters' briefpapier and recorded
in the verstrekkingenregister (one ``made`` row per dossier, reason "inzageverzoek AVG
art. 15") and in the audit log.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from desktop import countries
from desktop.care import CareService
from desktop.cases import CaseService
from desktop.cases import model as m
from desktop.letters.service import LetterService
from desktop.privacy_pdf import Doc
from storage import audit
from storage import retention as rq
from storage.repos import cases as cq
from storage.repos import letters as lq
from storage.vault import Store

TEMPLATE = "inzageverzoek"
REASON = "Inzageverzoek betrokkene (AVG art. 15)"
META = {"id", "created_at", "updated_at", "created_by", "updated_by"}
AUDIT_LIMIT = 5000

LABELS = {
    "first_name": "Voornaam",
    "last_name": "Achternaam",
    "alias": "Roepnaam/alias",
    "birth_date": "Geboortedatum",
    "birth_year_estimated": "Geschat geboortejaar",
    "gender": "Gender",
    "nationality": "Nationaliteit",
    "languages": "Talen",
    "interpreter_needed": "Tolk nodig",
    "safe_contact": "Veilig contact",
    "number": "Dossiernummer",
    "phase": "Fase",
    "status": "Status",
    "owner": "Regisseur",
    "opened_on": "Geopend",
    "closed_on": "Afgesloten",
    "close_reason": "Reden afsluiting",
    "forms": "Uitbuitingsvorm",
    "signal_keys": "Signalen",
    "signals_other": "Overige signalen",
    "risk_factors": "Risicofactoren",
    "residence_status": "Verblijfsstatus",
    "bedenktijd_start": "Bedenktijd vanaf",
    "bedenktijd_end": "Bedenktijd tot",
    "aangifte_on": "Aangifte",
    "informatief_gesprek_on": "Informatief gesprek",
    "b8_notes": "B8",
    "exploiter_relation": "Relatie uitbuiter",
    "children": "Kinderen",
    "income_insurance": "Inkomen en verzekering",
    "notes": "Notities",
    "summary": "Samenvatting",
    "reason": "Reden",
    "description": "Omschrijving",
    "received_on": "Ontvangen",
    "reporter_type": "Aanmelder",
    "status_": "Status",
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _pairs(obj: Any, skip: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Every stored field of a record (ids and bookkeeping left out), empty ones too so
    the reader sees what is *not* recorded."""
    leave = META | set(skip)
    out = []
    for f in dataclasses.fields(obj):
        if f.name in leave or f.name.endswith("_id"):
            continue
        value = getattr(obj, f.name)
        if f.name in ("nationality", "country") and isinstance(value, str) and value:
            value = f"{countries.name(value)} ({value})"  # the name, with the stored code
        out.append((LABELS.get(f.name, f.name.replace("_", " ").capitalize()), _text(value)))
    return out


class InzageService:
    """Use one instance per unlocked store, on the thread that owns ``store.db``."""

    def __init__(self, store: Store, *, clock: Callable[[], date] = date.today) -> None:
        self.store = store
        self.db = store.db
        self.clock = clock
        self.cases = CaseService(store, clock=clock)
        self.care = CareService(store, self.cases, clock=clock)
        self.letters = LetterService(store, clock=clock)

    def person_of_dossier(self, id_or_number: str) -> str | None:
        """The person of a dossier (by id or number), or None."""
        facts = rq.dossier_facts(self.db, id_or_number) if id_or_number else None
        return None if facts is None else facts["person_id"]

    def report(
        self,
        person_id: str,
        *,
        action_label: Callable[[str], str] = str,
        part_label: Callable[[str], str] = str,
    ) -> bytes:
        """The inzage PDF; recorded as a disclosure per dossier and audited.

        ``action_label`` / ``part_label`` name an audit action and object type as the
        Logboek does (the UI passes its labels; the default is the technical name)."""
        person = self.cases.get_person(person_id)
        dossiers = [self.cases.get_dossier(r.id) for r in self.cases.dossiers_of_person(person_id)]
        doc = Doc(
            "Overzicht van uw gegevens",
            f"Inzageverzoek (AVG artikel 15) - opgemaakt op {self.clock().isoformat()}",
            letterhead=self.letters.letterhead(),
            footer="Vertrouwelijk - inzageverzoek AVG art. 15",
        )
        doc.para(
            "Dit overzicht bevat alle gegevens die over u zijn vastgelegd, met wie uw dossier "
            "heeft ingezien of gewijzigd en welke brieven over u zijn verstrekt."
        )
        doc.section("Persoonsgegevens")
        doc.pairs(_pairs(person))
        object_ids = [person_id]
        for d in dossiers:
            object_ids.append(d.id)
            self._dossier(doc, d)
        doc.section("Wie heeft uw gegevens ingezien of gewijzigd")
        rows = [["Tijdstip (UTC)", "Gebruiker", "Handeling", "Onderdeel"]]
        entries = []
        for oid in object_ids:
            entries += audit.entries(self.db, object_id=oid, limit=AUDIT_LIMIT)
        for e in sorted(entries, key=lambda e: e.id):
            rows.append(
                [
                    e.ts[:19].replace("T", " "),
                    e.actor,
                    action_label(e.action),
                    part_label(e.object_type) if e.object_type else "",
                ]
            )
        doc.table(rows, None)
        pdf = doc.render()
        self._record(person_id, [d.id for d in dossiers], len(entries))
        return pdf

    def _dossier(self, doc: Doc, d: Any) -> None:
        doc.section(f"Dossier {d.number}")
        doc.pairs(_pairs(d, skip={"person_name"}))
        rows = cq.repos(self.db)["signals"].where({"dossier_id": d.id}, order_by="received_on")
        for s in (m.from_row(m.Signal, r) for r in rows):
            doc.section(f"Melding {_text(s.received_on)}")
            doc.pairs(_pairs(s))
        notes = self.cases.timeline(d.id, limit=100_000)
        if notes:
            doc.section("Notities")
            doc.table(
                [["Datum", "Soort", "Tekst"]]
                + [[_text(n.occurred_on), n.kind, n.text] for n in reversed(notes)],
                [25 * 2.834, 25 * 2.834, 120 * 2.834],
            )
        for title, items in (
            ("Toestemming", self.cases.consents(d.id)),
            ("Veiligheidsinschatting", self.cases.safety_assessments(d.id)),
        ):
            for item in items:
                doc.section(title)
                doc.pairs(_pairs(item))
        plan = self.care.plan_view(d.id)
        if plan is not None:
            doc.section("Hulpverleningsplan")
            doc.pairs(_pairs(plan.plan))
            for g in plan.goals:
                doc.pairs(_pairs(g))
            for a in plan.actions:
                doc.pairs(_pairs(a))
        for p in self.care.placements(d.id):
            doc.section("Opvang / plaatsing")
            doc.pairs(_pairs(p))
        after = self.care.aftercare_view(d.id)
        if after is not None:
            doc.section("Nazorg")
            doc.pairs(_pairs(after.aftercare))
            for ci in after.checkins:
                doc.pairs(_pairs(ci))
        closure = self.care.closure(d.id)
        if closure is not None:
            doc.section("Afsluiting")
            doc.pairs(_pairs(closure))
        sent = [x for x in self.letters.disclosures(d.id) if x.template != TEMPLATE]
        if sent:
            doc.section("Verstrekte brieven en documenten")
            doc.table(
                [["Datum", "Handeling", "Aan", "Sjabloon", "Grondslag"]]
                + [
                    [
                        x.disclosed_at[:10],
                        {"made": "gemaakt", "printed": "afgedrukt", "saved": "opgeslagen"}.get(
                            x.action, x.action
                        ),
                        x.recipient_name,
                        x.template or "document",
                        "toestemming" if x.consent_id else x.reason,
                    ]
                    for x in sent
                ]
            )
        docs = self.letters.documents(d.id)
        if docs:
            doc.section("Bewaarde documenten")
            doc.table(
                [["Ontvangen", "Soort", "Bestandsnaam", "Notities"]]
                + [[_text(x.received_on), x.kind, x.filename, x.notes] for x in docs]
            )

    def _record(self, person_id: str, dossier_ids: list[str], audit_rows: int) -> None:
        repo = lq.repos(self.db)["disclosures"]
        with self.db.transaction():
            for did in dossier_ids:
                repo.insert(
                    {
                        "disclosed_at": audit.now_utc(),
                        "action": "made",
                        "dossier_id": did,
                        "recipient_name": "Betrokkene (inzageverzoek)",
                        "template": TEMPLATE,
                        "fields": '["alles"]',
                        "reason": REASON,
                    },
                    self.store.actor,
                )
            self.store.audit(
                "inzage.export",
                object_type="person",
                object_id=person_id,
                details=f"dossiers: {len(dossier_ids)}; logregels: {audit_rows}",
            )
