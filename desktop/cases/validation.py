"""Validation of case records, with Dutch messages per field.

Every ``validate_*`` function collects all problems and raises one ``FieldErrors`` (a
``storage.errors.ValidationError``): ``str(err)`` and ``err.field`` are the first problem,
``err.errors`` lists every ``(field, message)`` so the UI can show each next to its field.
Values are never changed here: input is either accepted exactly or refused.
Messages never contain the value itself (it may be personal data).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date
from functools import cache

from desktop.cases import model as m
from desktop.cases.codes import is_country, is_language
from desktop.resources import load_json
from storage.errors import ValidationError

MIN_DATE = date(1900, 1, 1)
SHORT = 200
MEDIUM = 2_000
LONG = 100_000
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_PHONE = re.compile(r"[0-9+()\-./ ]{3,40}")


class FieldErrors(ValidationError):
    def __init__(self, errors: list[tuple[str, str]]) -> None:
        field, message = errors[0]
        super().__init__(message, field)
        self.errors = errors


@cache
def signal_catalog() -> dict[str, frozenset[str]]:
    """Signal keys per form, from resources/signals.json (editable data)."""
    data = load_json("signals.json")
    return {f["key"]: frozenset(s["key"] for s in f.get("signals", [])) for f in data["forms"]}


@cache
def all_signal_keys() -> frozenset[str]:
    out: set[str] = set()
    for keys in signal_catalog().values():
        out |= keys
    return frozenset(out)


@cache
def risk_factor_keys() -> frozenset[str]:
    return frozenset(r["key"] for r in load_json("signals.json")["risk_factors"])


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year = day.year + month0 // 12
    month = month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class _Checker:
    def __init__(self, today: date) -> None:
        self.today = today
        self.errors: list[tuple[str, str]] = []

    def fail(self, field: str, message: str) -> None:
        if not any(f == field for f, _ in self.errors):
            self.errors.append((field, message))

    def done(self) -> None:
        if self.errors:
            raise FieldErrors(self.errors)

    # -- primitives ----------------------------------------------------------------
    def text(
        self,
        value: object,
        field: str,
        label: str,
        *,
        required: bool = False,
        max_len: int = SHORT,
        multiline: bool = False,
    ) -> None:
        if not isinstance(value, str):
            self.fail(field, f"{label}: ongeldige waarde.")
            return
        if required and not value.strip():
            self.fail(field, f"{label} is verplicht.")
            return
        if len(value) > max_len:
            self.fail(field, f"{label} is te lang (maximaal {max_len} tekens).")
            return
        for ch in value:
            o = ord(ch)
            if 0xD800 <= o <= 0xDFFF or o == 0x7F or o in (0xFFFE, 0xFFFF):
                self.fail(field, f"{label} bevat ongeldige tekens.")
                return
            if o < 32 and not (multiline and ch in "\n\r\t"):
                msg = "ongeldige tekens" if multiline else "een regelovergang of ongeldige tekens"
                self.fail(field, f"{label} bevat {msg}.")
                return

    def choice(self, value: object, field: str, label: str, allowed: Iterable[str]) -> None:
        if value not in tuple(allowed):
            self.fail(field, f"{label}: kies een van de mogelijkheden.")

    def keys(self, values: object, field: str, label: str, allowed: Iterable[str]) -> None:
        if not isinstance(values, tuple) or not all(isinstance(v, str) for v in values):
            self.fail(field, f"{label}: ongeldige waarde.")
            return
        allowed_set = frozenset(allowed)
        if any(v not in allowed_set for v in values):
            self.fail(field, f"{label}: onbekende keuze.")
        elif len(set(values)) != len(values):
            self.fail(field, f"{label}: een keuze staat er dubbel in.")

    def day(
        self,
        value: object,
        field: str,
        label: str,
        *,
        required: bool = False,
        not_future: bool = False,
    ) -> None:
        if value is None:
            if required:
                self.fail(field, f"{label} is verplicht.")
            return
        if not isinstance(value, date):
            self.fail(field, f"{label}: ongeldige datum.")
            return
        if value < MIN_DATE:
            self.fail(field, f"{label} ligt te ver in het verleden.")
        elif not_future and value > self.today:
            self.fail(field, f"{label} ligt in de toekomst.")

    def order(self, first: date | None, second: date | None, field: str, message: str) -> None:
        if isinstance(first, date) and isinstance(second, date) and second < first:
            self.fail(field, message)

    def ref(self, value: object, field: str, label: str, *, required: bool = False) -> None:
        if value is None or value == "":
            if required:
                self.fail(field, f"{label} is verplicht.")
            return
        if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{32}", value):
            self.fail(field, f"{label}: ongeldige verwijzing.")


# -- per record --------------------------------------------------------------------------


def validate_person(p: m.Person, today: date) -> None:
    c = _Checker(today)
    c.text(p.first_name, "first_name", "Voornaam")
    c.text(p.last_name, "last_name", "Achternaam")
    c.text(p.alias, "alias", "Alias")
    if not c.errors and not (p.first_name.strip() or p.last_name.strip() or p.alias.strip()):
        c.fail("alias", "Vul een naam of een alias in.")
    c.day(p.birth_date, "birth_date", "Geboortedatum", not_future=True)
    if p.birth_year_estimated is not None and (
        not isinstance(p.birth_year_estimated, int)
        or isinstance(p.birth_year_estimated, bool)
        or not MIN_DATE.year <= p.birth_year_estimated <= today.year
    ):
        c.fail(
            "birth_year_estimated", "Geschat geboortejaar: vul een jaar in, niet in de toekomst."
        )
    c.choice(p.gender, "gender", "Geslacht", m.GENDERS)
    if p.nationality != "" and not (isinstance(p.nationality, str) and is_country(p.nationality)):
        c.fail("nationality", "Nationaliteit: gebruik de landcode van 2 letters (bijv. NL, RO).")
    if not isinstance(p.languages, tuple) or not all(
        isinstance(x, str) and is_language(x) for x in p.languages
    ):
        c.fail("languages", "Talen: gebruik taalcodes (ISO 639), bijv. nl, en, ro.")
    elif len(set(p.languages)) != len(p.languages):
        c.fail("languages", "Talen: een taal staat er dubbel in.")
    flag: object = p.interpreter_needed  # typed bool, but callers may pass anything
    if not isinstance(flag, bool):
        c.fail("interpreter_needed", "Tolk nodig: ongeldige waarde.")
    c.text(
        p.safe_contact,
        "safe_contact",
        "Veilige contactmogelijkheid",
        max_len=MEDIUM,
        multiline=True,
    )
    c.done()


def validate_dossier(d: m.Dossier, today: date) -> None:
    c = _Checker(today)
    c.text(d.number, "number", "Dossiernummer", max_len=40)
    c.ref(d.person_id, "person_id", "Persoon")
    c.choice(d.phase, "phase", "Fase", m.PHASES)
    c.choice(d.status, "status", "Status", m.STATUSES)
    if d.phase == "afgesloten" and d.status != "gesloten":
        c.fail("status", "Een afgesloten dossier heeft de status 'gesloten'.")
    if d.status == "gesloten" and d.phase != "afgesloten":
        c.fail("phase", "Een gesloten dossier staat in de fase 'afgesloten'.")
    c.text(d.owner, "owner", "Dossierhouder")
    c.day(d.opened_on, "opened_on", "Startdatum", required=True, not_future=True)
    c.day(d.closed_on, "closed_on", "Datum afsluiting", not_future=True)
    c.order(d.opened_on, d.closed_on, "closed_on", "De afsluiting ligt vóór de startdatum.")
    c.text(d.close_reason, "close_reason", "Reden van afsluiting", max_len=MEDIUM, multiline=True)
    if d.phase == "afgesloten":
        if d.closed_on is None:
            c.fail("closed_on", "Datum afsluiting is verplicht bij een afgesloten dossier.")
        if isinstance(d.close_reason, str) and not d.close_reason.strip():
            c.fail("close_reason", "Reden van afsluiting is verplicht.")
    c.keys(d.forms, "forms", "Uitbuitingsvorm", m.FORMS)
    c.keys(d.signal_keys, "signal_keys", "Signalen", all_signal_keys())
    c.text(d.signals_other, "signals_other", "Overige signalen", max_len=LONG, multiline=True)
    c.keys(d.risk_factors, "risk_factors", "Risicofactoren", risk_factor_keys())
    c.choice(d.residence_status, "residence_status", "Verblijfsstatus", m.RESIDENCE)
    c.day(d.bedenktijd_start, "bedenktijd_start", "Begin bedenktijd")
    c.day(d.bedenktijd_end, "bedenktijd_end", "Einde bedenktijd")
    if d.bedenktijd_end is not None and d.bedenktijd_start is None:
        c.fail("bedenktijd_start", "Vul ook het begin van de bedenktijd in.")
    c.order(
        d.bedenktijd_start,
        d.bedenktijd_end,
        "bedenktijd_end",
        "Het einde van de bedenktijd ligt vóór het begin.",
    )
    if (
        isinstance(d.bedenktijd_start, date)
        and isinstance(d.bedenktijd_end, date)
        and d.bedenktijd_start >= MIN_DATE
        and d.bedenktijd_start.year < 9999
        and d.bedenktijd_end > add_months(d.bedenktijd_start, 3)
    ):
        c.fail("bedenktijd_end", "De bedenktijd duurt hooguit 3 maanden.")
    c.day(d.aangifte_on, "aangifte_on", "Datum aangifte", not_future=True)
    c.day(d.informatief_gesprek_on, "informatief_gesprek_on", "Datum informatief gesprek")
    for name, label in (
        ("b8_notes", "B8-gegevens"),
        ("exploiter_relation", "Relatie tot de uitbuiter"),
        ("children", "Kinderen"),
        ("income_insurance", "Inkomen en verzekering"),
    ):
        c.text(getattr(d, name), name, label, max_len=MEDIUM * 5, multiline=True)
    c.done()


def validate_signal(s: m.Signal, today: date) -> None:
    c = _Checker(today)
    c.day(s.received_on, "received_on", "Datum aanmelding", required=True, not_future=True)
    c.choice(s.reporter_type, "reporter_type", "Soort aanmelder", m.REPORTER_TYPES)
    c.text(s.reporter_name, "reporter_name", "Aanmelder")
    c.text(s.reporter_contact, "reporter_contact", "Bereikbaarheid aanmelder")
    c.ref(s.reporter_org_id, "reporter_org_id", "Organisatie aanmelder")
    c.text(s.description, "description", "Wat is gezien", max_len=LONG, multiline=True)
    c.keys(s.forms, "forms", "Vermoedelijke uitbuitingsvorm", m.FORMS)
    c.keys(s.signal_keys, "signal_keys", "Signalen", all_signal_keys())
    c.choice(s.urgency, "urgency", "Urgentie", m.URGENCIES)
    c.text(s.person_hint, "person_hint", "Alias of initialen")
    c.ref(s.person_id, "person_id", "Persoon")
    c.ref(s.dossier_id, "dossier_id", "Dossier")
    c.choice(s.status, "status", "Status", m.SIGNAL_STATUSES)
    c.done()


def validate_meeting(mt: m.ScreeningMeeting, today: date) -> None:
    c = _Checker(today)
    c.day(mt.held_on, "held_on", "Datum overleg", required=True)
    c.text(mt.chair, "chair", "Voorzitter")
    attendees: object = mt.attendees
    if not isinstance(attendees, tuple):
        c.fail("attendees", "Aanwezigen: ongeldige waarde.")
    else:
        for a in attendees:
            c.text(a, "attendees", "Aanwezige", required=True)
    c.text(mt.notes, "notes", "Aantekeningen", max_len=LONG, multiline=True)
    c.done()


def validate_besluit(b: m.Besluit, today: date) -> None:
    c = _Checker(today)
    c.ref(b.signal_id, "signal_id", "Signaal", required=True)
    c.ref(b.meeting_id, "meeting_id", "Screeningsoverleg")
    c.choice(b.kind, "kind", "Besluit", m.DECISIONS)
    c.day(b.decided_on, "decided_on", "Datum besluit", required=True, not_future=True)
    c.text(b.referred_to, "referred_to", "Doorverwijzen naar", required=b.kind == "doorverwijzen")
    c.text(b.info_from, "info_from", "Informatie van", required=b.kind == "meer_informatie")
    c.day(b.info_before, "info_before", "Informatie vóór", required=b.kind == "meer_informatie")
    c.order(
        b.decided_on, b.info_before, "info_before", "'Vóór' ligt vóór de datum van het besluit."
    )
    c.text(
        b.reason,
        "reason",
        "Reden",
        required=b.kind == "geen_actie",
        max_len=MEDIUM * 5,
        multiline=True,
    )
    c.done()


def validate_actiepunt(a: m.Actiepunt, today: date) -> None:
    c = _Checker(today)
    c.choice(a.kind, "kind", "Soort", m.ACTION_KINDS)
    c.text(a.description, "description", "Actiepunt", required=True, max_len=MEDIUM, multiline=True)
    c.text(a.owner, "owner", "Eigenaar")
    c.day(a.due_on, "due_on", "Uiterste datum")
    c.day(a.done_on, "done_on", "Afgerond op", not_future=True)
    for name, label in (
        ("meeting_id", "Overleg"),
        ("signal_id", "Signaal"),
        ("dossier_id", "Dossier"),
    ):
        c.ref(getattr(a, name), name, label)
    c.done()


def validate_note(n: m.Note, today: date) -> None:
    c = _Checker(today)
    c.ref(n.dossier_id, "dossier_id", "Dossier", required=True)
    c.choice(n.kind, "kind", "Soort", m.NOTE_KINDS)
    c.day(n.occurred_on, "occurred_on", "Datum", required=True, not_future=True)
    c.text(n.occurred_at, "occurred_at", "Tijd")
    if isinstance(n.occurred_at, str) and n.occurred_at and not _TIME.fullmatch(n.occurred_at):
        c.fail("occurred_at", "Tijd: gebruik uu:mm, bijvoorbeeld 09:30.")
    c.text(n.text, "text", "Tekst", required=True, max_len=LONG, multiline=True)
    c.done()


def _contact_fields(c: _Checker, phone: str, email: str) -> None:
    c.text(phone, "phone", "Telefoon")
    c.text(email, "email", "E-mail")
    if isinstance(phone, str) and phone and not _PHONE.fullmatch(phone):
        c.fail("phone", "Telefoon: alleen cijfers, spaties en + - ( ).")
    if isinstance(email, str) and email and not _EMAIL.fullmatch(email):
        c.fail("email", "E-mailadres is ongeldig.")


def validate_organisation(o: m.Organisation, today: date) -> None:
    c = _Checker(today)
    c.text(o.name, "name", "Naam", required=True)
    c.choice(o.kind, "kind", "Soort organisatie", m.ORG_KINDS)
    c.text(o.address, "address", "Adres", max_len=MEDIUM, multiline=True)
    _contact_fields(c, o.phone, o.email)
    c.text(o.notes, "notes", "Opmerkingen", max_len=LONG, multiline=True)
    c.done()


def validate_contact(ct: m.Contact, today: date) -> None:
    c = _Checker(today)
    c.ref(ct.organisation_id, "organisation_id", "Organisatie", required=True)
    c.text(ct.name, "name", "Naam", required=True)
    c.text(ct.role, "role", "Functie")
    _contact_fields(c, ct.phone, ct.email)
    c.done()


def validate_partner(p: m.DossierPartner, today: date) -> None:
    c = _Checker(today)
    c.ref(p.dossier_id, "dossier_id", "Dossier", required=True)
    c.ref(p.organisation_id, "organisation_id", "Organisatie", required=True)
    c.ref(p.contact_id, "contact_id", "Contactpersoon")
    c.text(p.role, "role", "Rol")
    c.done()


def validate_consent(x: m.Consent, today: date) -> None:
    c = _Checker(today)
    c.ref(x.dossier_id, "dossier_id", "Dossier", required=True)
    c.ref(x.person_id, "person_id", "Persoon")
    c.text(x.given_by, "given_by", "Toestemming gegeven door", required=True)
    c.choice(x.given_by_role, "given_by_role", "Gegeven als", m.CONSENT_ROLES)
    c.choice(x.purpose, "purpose", "Doel", m.CONSENT_PURPOSES)
    needs_recipient = x.purpose in ("verwijzing", "delen_gegevens") and not x.recipient_org_id
    c.text(x.recipient, "recipient", "Ontvanger", required=needs_recipient)
    c.ref(x.recipient_org_id, "recipient_org_id", "Ontvangende organisatie")
    c.day(x.given_on, "given_on", "Datum toestemming", required=True, not_future=True)
    c.choice(x.form, "form", "Vorm", m.CONSENT_FORMS)
    c.day(x.valid_until, "valid_until", "Geldig tot")
    c.order(x.given_on, x.valid_until, "valid_until", "'Geldig tot' ligt vóór de datum.")
    c.day(x.withdrawn_on, "withdrawn_on", "Ingetrokken op", not_future=True)
    c.order(x.given_on, x.withdrawn_on, "withdrawn_on", "Intrekking ligt vóór de toestemming.")
    c.text(x.notes, "notes", "Opmerkingen", max_len=MEDIUM * 5, multiline=True)
    c.done()


def validate_safety(s: m.SafetyAssessment, today: date) -> None:
    c = _Checker(today)
    c.ref(s.dossier_id, "dossier_id", "Dossier", required=True)
    c.choice(s.level, "level", "Niveau", m.SAFETY_LEVELS)
    c.day(s.assessed_on, "assessed_on", "Datum inschatting", required=True, not_future=True)
    c.text(s.notes, "notes", "Toelichting", max_len=LONG, multiline=True)
    c.done()
