"""Fictional demo data for letter tests, the PNG renders and the benchmark."""

from __future__ import annotations

import base64
import struct
import zlib
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.cases import CaseService
from desktop.cases import model as m
from storage import settings
from storage.vault import Store

TODAY = date(2026, 11, 23)

LETTERHEAD = {
    "organisation.name": "Gemeente Zuiderveen",
    "organisation.address": "Zorg- en Veiligheidshuis Zuiderveen\nPostbus 1234\n9700 AB Zuiderveen",
    "organisation.phone": "050 123 45 67",
    "organisation.email": "zorgcoordinatie@zuiderveen.example",
    "letters.signer_name": "M. de Vries",
    "letters.signer_role": "Zorgcoördinator mensenhandel",
}


@dataclass(frozen=True)
class Demo:
    dossier_id: str
    person_id: str
    shelter_id: str  # a COSM shelter with a valid consent (verwijzing)
    ggz_id: str  # a GGZ provider without consent
    comensha_id: str  # CoMensha, consent for registration without recipient
    consent_id: str
    comensha_consent_id: str


def logo_png() -> bytes:
    """A small generated PNG (a beacon-like mark: blue bar with a light band) for the
    letterhead; built with zlib so no image library is needed."""
    w, h = 180, 60
    rows = []
    for y in range(h):
        row = bytearray([0])  # filter: none
        for x in range(w):
            in_mark = x < 60
            band = 24 <= y < 36
            if in_mark and band:
                row += bytes((0xF2, 0xB7, 0x05))
            elif in_mark:
                row += bytes((0x1F, 0x3A, 0x5F))
            else:
                row += bytes((0xFF, 0xFF, 0xFF))
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def populate(store: Store, *, today: date = TODAY, logo: bool = False) -> Demo:
    with store.db.transaction():
        for k, v in LETTERHEAD.items():
            settings.put(store.db, k, v)
        if logo:
            settings.put(store.db, "organisation.logo", base64.b64encode(logo_png()).decode())
    svc = CaseService(store, clock=lambda: today)
    person = svc.create_person(
        m.Person(
            first_name="Adaeze",
            last_name="Okonkwo",
            alias="Ada",
            birth_date=date(1999, 4, 12),
            gender="vrouw",
            nationality="NG",
            languages=("en", "pcm"),
            interpreter_needed=True,
            safe_contact="Alleen via de zorgcoördinator bellen",
        )
    )
    dossier = svc.create_dossier(
        m.Dossier(
            person_id=person.id,
            phase="opvang",
            opened_on=today - timedelta(days=20),
            forms=("seksueel", "arbeid"),
            risk_factors=("eerder_geweld", "schulden"),
            residence_status="ongedocumenteerd",
            bedenktijd_start=today - timedelta(days=14),
            aangifte_on=today - timedelta(days=3),
            b8_notes="Aangifte gedaan bij de politie; B8-vergunning aangevraagd via de IND.",
            exploiter_relation=(
                "Ja. De uitbuiter heeft haar telefoonnummer en heeft familie in Nigeria "
                "benaderd. Adres geheim houden."
            ),
            children="Geen kinderen in Nederland.",
            income_insurance="Geen inkomen; Rvb-aanvraag loopt, nog niet verzekerd.",
        )
    )
    shelter = svc.create_organisation(
        m.Organisation(
            name="COSM-opvang De Haven",
            kind="opvang",
            address="Postbus 456\n1000 AB Amsterdam",
            phone="020 555 12 34",
        )
    )
    ggz = svc.create_organisation(
        m.Organisation(
            name="GGZ Noorderlicht", kind="zorg", address="Vaartweg 10\n9700 CD Zuiderveen"
        )
    )
    comensha = svc.create_organisation(
        m.Organisation(name="CoMensha", kind="comensha", address="Postbus 1110\n3800 BC Amersfoort")
    )
    contact = svc.create_contact(
        m.Contact(organisation_id=shelter.id, name="J. Bakker", role="intakecoördinator")
    )
    svc.add_partner(
        m.DossierPartner(
            dossier_id=dossier.id, organisation_id=shelter.id, contact_id=contact.id, role="opvang"
        )
    )
    svc.add_partner(
        m.DossierPartner(dossier_id=dossier.id, organisation_id=ggz.id, role="behandeling")
    )
    svc.add_safety_assessment(
        m.SafetyAssessment(
            dossier_id=dossier.id,
            level="hoog",
            assessed_on=today - timedelta(days=2),
            notes="Geen contact met oude netwerk; telefoon vervangen.",
        )
    )
    consent = svc.add_consent(
        m.Consent(
            dossier_id=dossier.id,
            person_id=person.id,
            given_by="Adaeze Okonkwo",
            purpose="verwijzing",
            recipient_org_id=shelter.id,
            given_on=today - timedelta(days=5),
            valid_until=today + timedelta(days=180),
        )
    )
    c2 = svc.add_consent(
        m.Consent(
            dossier_id=dossier.id,
            person_id=person.id,
            given_by="Adaeze Okonkwo",
            purpose="registratie_comensha",
            given_on=today - timedelta(days=5),
        )
    )
    return Demo(dossier.id, person.id, shelter.id, ggz.id, comensha.id, consent.id, c2.id)


INPUTS = {
    "care.needs": "Slaapproblemen en herbelevingen; huisarts is op de hoogte. Geen verslaving.",
    "request.kind": "COSM-plek, bij voorkeur buiten de regio",
    "request.from": "zo snel mogelijk, uiterlijk 1 december 2026",
    "request.text": (
        "Cliënt verblijft nu in een noodbed van de politie. Zij heeft een eigen kamer nodig "
        "en begeleiding bij het starten van de B8-procedure. Een tolk Engels volstaat voor "
        "de intake.\n\nZij heeft aangegeven dat zij graag in contact blijft met haar "
        "huidige zorgcoördinator tijdens de opvang."
    ),
    "consent.purpose_text": "Aanmelding voor opvang en begeleiding na de aanmelding.",
    "consent.data_text": (
        "Naam, geboortedatum, verblijfsstatus, veiligheidsrisico en zorgbehoeften."
    ),
}
