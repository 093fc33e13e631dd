"""Validation of case records, with a message per field from the catalog.

Every ``validate_*`` function collects all problems and raises one ``FieldErrors`` (a
``storage.errors.ValidationError``): ``str(err)`` and ``err.field`` are the first problem,
``err.errors`` lists every ``(field, message)`` so the UI can show each next to its field.
A message is a ``desktop.messages.Text`` (Dutch ``str`` with catalog id and params; the
field label is a ``LABEL_*`` entry), so the UI shows it translated (``ui.messages``).
Values are never changed here: input is either accepted exactly or refused.
Messages never contain the value itself (it may be personal data).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date
from functools import cache

from desktop import messages as M
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
# Dutch postcode: four digits (not starting with 0), an optional space, two capitals
# (SA, SD and SS are not issued).
_POSTCODE_NL = re.compile(r"[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}")
_WEBSITE = re.compile(r"(https?://)?[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+(:[0-9]{1,5})?(/\S*)?")


class FieldErrors(ValidationError):
    """Every problem of one record; each message is a ``Text`` (Dutch ``str`` with id+params)."""

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

    def fail(self, field: str, message: M.Msg | M.Text, **params: M.Param) -> None:
        if not any(f == field for f, _ in self.errors):
            self.errors.append((field, M.Text(message, params)))

    def done(self) -> None:
        if self.errors:
            raise FieldErrors(self.errors)

    # -- primitives ----------------------------------------------------------------
    def text(
        self,
        value: object,
        field: str,
        label: M.Msg,
        *,
        required: bool = False,
        max_len: int = SHORT,
        multiline: bool = False,
    ) -> None:
        if not isinstance(value, str):
            self.fail(field, M.V_INVALID, label=label)
            return
        if required and not value.strip():
            self.fail(field, M.V_REQUIRED, label=label)
            return
        if len(value) > max_len:
            self.fail(field, M.V_TOO_LONG, label=label, max_len=max_len)
            return
        for ch in value:
            o = ord(ch)
            if 0xD800 <= o <= 0xDFFF or o == 0x7F or o in (0xFFFE, 0xFFFF):
                self.fail(field, M.V_BAD_CHARS, label=label)
                return
            if o < 32 and not (multiline and ch in "\n\r\t"):
                self.fail(field, M.V_BAD_CHARS if multiline else M.V_LINE_BREAK, label=label)
                return

    def choice(self, value: object, field: str, label: M.Msg, allowed: Iterable[str]) -> None:
        if value not in tuple(allowed):
            self.fail(field, M.V_CHOOSE, label=label)

    def keys(self, values: object, field: str, label: M.Msg, allowed: Iterable[str]) -> None:
        if not isinstance(values, tuple) or not all(isinstance(v, str) for v in values):
            self.fail(field, M.V_INVALID, label=label)
            return
        allowed_set = frozenset(allowed)
        if any(v not in allowed_set for v in values):
            self.fail(field, M.V_UNKNOWN_CHOICE, label=label)
        elif len(set(values)) != len(values):
            self.fail(field, M.V_DUPLICATE_CHOICE, label=label)

    def day(
        self,
        value: object,
        field: str,
        label: M.Msg,
        *,
        required: bool = False,
        not_future: bool = False,
    ) -> None:
        if value is None:
            if required:
                self.fail(field, M.V_REQUIRED, label=label)
            return
        if not isinstance(value, date):
            self.fail(field, M.V_BAD_DATE, label=label)
            return
        if value < MIN_DATE:
            self.fail(field, M.V_TOO_OLD, label=label)
        elif not_future and value > self.today:
            self.fail(field, M.V_IN_FUTURE, label=label)

    def order(self, first: date | None, second: date | None, field: str, message: M.Msg) -> None:
        if isinstance(first, date) and isinstance(second, date) and second < first:
            self.fail(field, message)

    def ref(self, value: object, field: str, label: M.Msg, *, required: bool = False) -> None:
        if value is None or value == "":
            if required:
                self.fail(field, M.V_REQUIRED, label=label)
            return
        if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{32}", value):
            self.fail(field, M.V_BAD_REF, label=label)


# -- per record --------------------------------------------------------------------------


def validate_person(p: m.Person, today: date) -> None:
    c = _Checker(today)
    c.text(p.first_name, "first_name", M.LABEL_VOORNAAM)
    c.text(p.last_name, "last_name", M.LABEL_ACHTERNAAM)
    c.text(p.alias, "alias", M.LABEL_ALIAS)
    if not c.errors and not (p.first_name.strip() or p.last_name.strip() or p.alias.strip()):
        c.fail("alias", M.V_PERSON_ALIAS)
    c.day(p.birth_date, "birth_date", M.LABEL_GEBOORTEDATUM, not_future=True)
    if p.birth_year_estimated is not None and (
        not isinstance(p.birth_year_estimated, int)
        or isinstance(p.birth_year_estimated, bool)
        or not MIN_DATE.year <= p.birth_year_estimated <= today.year
    ):
        c.fail("birth_year_estimated", M.V_PERSON_BIRTH_YEAR_ESTIMATED)
    c.choice(p.gender, "gender", M.LABEL_GESLACHT, m.GENDERS)
    if p.nationality != "" and not (isinstance(p.nationality, str) and is_country(p.nationality)):
        c.fail("nationality", M.V_PERSON_NATIONALITY)
    if not isinstance(p.languages, tuple) or not all(
        isinstance(x, str) and is_language(x) for x in p.languages
    ):
        c.fail("languages", M.V_PERSON_LANGUAGES)
    elif len(set(p.languages)) != len(p.languages):
        c.fail("languages", M.V_PERSON_LANGUAGES_TWICE)
    flag: object = p.interpreter_needed  # typed bool, but callers may pass anything
    if not isinstance(flag, bool):
        c.fail("interpreter_needed", M.V_PERSON_INTERPRETER_NEEDED)
    c.text(
        p.safe_contact,
        "safe_contact",
        M.LABEL_VEILIGE_CONTACTMOGELIJKHEID,
        max_len=MEDIUM,
        multiline=True,
    )
    c.done()


def validate_dossier(d: m.Dossier, today: date) -> None:
    c = _Checker(today)
    c.text(d.number, "number", M.LABEL_DOSSIERNUMMER, max_len=40)
    c.ref(d.person_id, "person_id", M.LABEL_PERSOON)
    c.choice(d.phase, "phase", M.LABEL_FASE, m.PHASES)
    c.choice(d.status, "status", M.LABEL_STATUS, m.STATUSES)
    if d.phase == "afgesloten" and d.status != "gesloten":
        c.fail("status", M.V_DOSSIER_STATUS)
    if d.status == "gesloten" and d.phase != "afgesloten":
        c.fail("phase", M.V_DOSSIER_PHASE)
    c.text(d.owner, "owner", M.LABEL_DOSSIERHOUDER)
    c.day(d.opened_on, "opened_on", M.LABEL_STARTDATUM, required=True, not_future=True)
    c.day(d.closed_on, "closed_on", M.LABEL_DATUM_AFSLUITING, not_future=True)
    c.order(d.opened_on, d.closed_on, "closed_on", M.V_DOSSIER_CLOSED_ON)
    c.text(
        d.close_reason, "close_reason", M.LABEL_REDEN_VAN_AFSLUITING, max_len=MEDIUM, multiline=True
    )
    if d.phase == "afgesloten":
        if d.closed_on is None:
            c.fail("closed_on", M.V_DOSSIER_CLOSED_ON_REQUIRED)
        if isinstance(d.close_reason, str) and not d.close_reason.strip():
            c.fail("close_reason", M.V_DOSSIER_CLOSE_REASON)
    c.keys(d.forms, "forms", M.LABEL_UITBUITINGSVORM, m.FORMS)
    c.keys(d.signal_keys, "signal_keys", M.LABEL_SIGNALEN, all_signal_keys())
    c.text(d.signals_other, "signals_other", M.LABEL_OVERIGE_SIGNALEN, max_len=LONG, multiline=True)
    c.keys(d.risk_factors, "risk_factors", M.LABEL_RISICOFACTOREN, risk_factor_keys())
    c.choice(d.residence_status, "residence_status", M.LABEL_VERBLIJFSSTATUS, m.RESIDENCE)
    c.day(d.bedenktijd_start, "bedenktijd_start", M.LABEL_BEGIN_BEDENKTIJD)
    c.day(d.bedenktijd_end, "bedenktijd_end", M.LABEL_EINDE_BEDENKTIJD)
    if d.bedenktijd_end is not None and d.bedenktijd_start is None:
        c.fail("bedenktijd_start", M.V_DOSSIER_BEDENKTIJD_START)
    c.order(
        d.bedenktijd_start,
        d.bedenktijd_end,
        "bedenktijd_end",
        M.V_DOSSIER_BEDENKTIJD_END,
    )
    if (
        isinstance(d.bedenktijd_start, date)
        and isinstance(d.bedenktijd_end, date)
        and d.bedenktijd_start >= MIN_DATE
        and d.bedenktijd_start.year < 9999
        and d.bedenktijd_end > add_months(d.bedenktijd_start, 3)
    ):
        c.fail("bedenktijd_end", M.V_DOSSIER_BEDENKTIJD_MAX)
    c.day(d.aangifte_on, "aangifte_on", M.LABEL_DATUM_AANGIFTE, not_future=True)
    c.day(d.informatief_gesprek_on, "informatief_gesprek_on", M.LABEL_DATUM_INFORMATIEF_GESPREK)
    for name, label in (
        ("b8_notes", M.LABEL_B8_GEGEVENS),
        ("exploiter_relation", M.LABEL_RELATIE_TOT_DE_UITBUITER),
        ("children", M.LABEL_KINDEREN),
        ("income_insurance", M.LABEL_INKOMEN_EN_VERZEKERING),
    ):
        c.text(getattr(d, name), name, label, max_len=MEDIUM * 5, multiline=True)
    c.done()


def validate_signal(s: m.Signal, today: date) -> None:
    c = _Checker(today)
    c.day(s.received_on, "received_on", M.LABEL_DATUM_AANMELDING, required=True, not_future=True)
    c.choice(s.reporter_type, "reporter_type", M.LABEL_SOORT_AANMELDER, m.REPORTER_TYPES)
    c.text(s.reporter_name, "reporter_name", M.LABEL_AANMELDER)
    c.text(s.reporter_contact, "reporter_contact", M.LABEL_BEREIKBAARHEID_AANMELDER)
    c.ref(s.reporter_org_id, "reporter_org_id", M.LABEL_ORGANISATIE_AANMELDER)
    c.text(s.description, "description", M.LABEL_WAT_IS_GEZIEN, max_len=LONG, multiline=True)
    c.keys(s.forms, "forms", M.LABEL_VERMOEDELIJKE_UITBUITINGSVORM, m.FORMS)
    c.keys(s.signal_keys, "signal_keys", M.LABEL_SIGNALEN, all_signal_keys())
    c.choice(s.urgency, "urgency", M.LABEL_URGENTIE, m.URGENCIES)
    c.text(s.person_hint, "person_hint", M.LABEL_ALIAS_OF_INITIALEN)
    c.ref(s.person_id, "person_id", M.LABEL_PERSOON)
    c.ref(s.dossier_id, "dossier_id", M.LABEL_DOSSIER)
    c.choice(s.status, "status", M.LABEL_STATUS, m.SIGNAL_STATUSES)
    c.done()


def validate_signal_form(s: m.Signal, today: date) -> None:
    """``validate_signal`` plus: a signal from the form says something (what was seen, a
    form of exploitation, who reported it or whom it concerns; the date, reporter type and
    urgency have defaults, so an untouched form would otherwise save silently)."""
    errors: list[tuple[str, str]] = []
    try:
        validate_signal(s, today)
    except FieldErrors as err:
        errors.extend(err.errors)
    empty = not (
        s.description.strip()
        or s.forms
        or s.signal_keys
        or s.person_hint.strip()
        or s.reporter_name.strip()
        or s.reporter_contact.strip()
    )
    if empty and not any(field == "description" for field, _ in errors):
        errors.append(("description", M.Text(M.V_SIGNAL_EMPTY, {})))
    if errors:
        raise FieldErrors(errors)


def validate_meeting(mt: m.ScreeningMeeting, today: date) -> None:
    c = _Checker(today)
    c.day(mt.held_on, "held_on", M.LABEL_DATUM_OVERLEG, required=True)
    c.text(mt.chair, "chair", M.LABEL_VOORZITTER)
    attendees: object = mt.attendees
    if not isinstance(attendees, tuple):
        c.fail("attendees", M.V_MEETING_ATTENDEES)
    else:
        for a in attendees:
            c.text(a, "attendees", M.LABEL_AANWEZIGE, required=True)
    c.text(mt.notes, "notes", M.LABEL_AANTEKENINGEN, max_len=LONG, multiline=True)
    c.done()


def validate_besluit(b: m.Besluit, today: date) -> None:
    c = _Checker(today)
    c.ref(b.signal_id, "signal_id", M.LABEL_SIGNAAL, required=True)
    c.ref(b.meeting_id, "meeting_id", M.LABEL_SCREENINGSOVERLEG)
    c.choice(b.kind, "kind", M.LABEL_BESLUIT, m.DECISIONS)
    c.day(b.decided_on, "decided_on", M.LABEL_DATUM_BESLUIT, required=True, not_future=True)
    c.text(
        b.referred_to, "referred_to", M.LABEL_DOORVERWIJZEN_NAAR, required=b.kind == "doorverwijzen"
    )
    c.text(b.info_from, "info_from", M.LABEL_INFORMATIE_VAN, required=b.kind == "meer_informatie")
    c.day(
        b.info_before, "info_before", M.LABEL_INFORMATIE_VOOR, required=b.kind == "meer_informatie"
    )
    c.order(b.decided_on, b.info_before, "info_before", M.V_BESLUIT_INFO_BEFORE)
    c.text(
        b.reason,
        "reason",
        M.LABEL_REDEN,
        required=b.kind == "geen_actie",
        max_len=MEDIUM * 5,
        multiline=True,
    )
    c.done()


def validate_actiepunt(a: m.Actiepunt, today: date) -> None:
    c = _Checker(today)
    c.choice(a.kind, "kind", M.LABEL_SOORT, m.ACTION_KINDS)
    c.text(
        a.description,
        "description",
        M.LABEL_ACTIEPUNT,
        required=True,
        max_len=MEDIUM,
        multiline=True,
    )
    c.text(a.owner, "owner", M.LABEL_EIGENAAR)
    c.day(a.due_on, "due_on", M.LABEL_UITERSTE_DATUM)
    c.day(a.done_on, "done_on", M.LABEL_AFGEROND_OP, not_future=True)
    for name, label in (
        ("meeting_id", M.LABEL_OVERLEG),
        ("signal_id", M.LABEL_SIGNAAL),
        ("dossier_id", M.LABEL_DOSSIER),
    ):
        c.ref(getattr(a, name), name, label)
    c.done()


def validate_note(n: m.Note, today: date) -> None:
    c = _Checker(today)
    c.ref(n.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    c.choice(n.kind, "kind", M.LABEL_SOORT, m.NOTE_KINDS)
    c.day(n.occurred_on, "occurred_on", M.LABEL_DATUM, required=True, not_future=True)
    c.text(n.occurred_at, "occurred_at", M.LABEL_TIJD)
    if isinstance(n.occurred_at, str) and n.occurred_at and not _TIME.fullmatch(n.occurred_at):
        c.fail("occurred_at", M.V_NOTE_TIME)
    c.text(n.text, "text", M.LABEL_TEKST, required=True, max_len=LONG, multiline=True)
    c.done()


def _contact_fields(c: _Checker, phone: str, email: str) -> None:
    c.text(phone, "phone", M.LABEL_TELEFOON)
    c.text(email, "email", M.LABEL_E_MAIL)
    if isinstance(phone, str) and phone and not _PHONE.fullmatch(phone):
        c.fail("phone", M.V_CONTACT_FIELDS_PHONE)
    elif isinstance(phone, str) and phone and sum(ch.isdigit() for ch in phone) < 3:
        c.fail("phone", M.V_CONTACT_FIELDS_PHONE_DIGITS)
    if isinstance(email, str) and email and not _EMAIL.fullmatch(email):
        c.fail("email", M.V_CONTACT_FIELDS_EMAIL)


def validate_contact_details(phone: str, email: str) -> None:
    """Phone number and e-mail address alone (the organisation's own, in Instellingen)."""
    c = _Checker(date.today())
    _contact_fields(c, phone, email)
    c.done()


def validate_organisation(o: m.Organisation, today: date) -> None:
    c = _Checker(today)
    c.text(o.name, "name", M.LABEL_NAAM, required=True)
    c.choice(o.kind, "kind", M.LABEL_SOORT_ORGANISATIE, m.ORG_KINDS)
    c.text(o.address, "address", M.LABEL_ADRES, max_len=MEDIUM, multiline=True)
    c.text(o.street, "street", M.LABEL_STRAAT)
    c.text(o.postcode, "postcode", M.LABEL_POSTCODE, max_len=20)
    c.text(o.city, "city", M.LABEL_PLAATS)
    if o.country and not (isinstance(o.country, str) and is_country(o.country)):
        c.fail("country", M.V_ORG_COUNTRY)
    dutch = o.country in ("", "NL")
    postcode_ok = isinstance(o.postcode, str) and bool(_POSTCODE_NL.fullmatch(o.postcode))
    if o.postcode and dutch and not postcode_ok:
        c.fail("postcode", M.V_ORG_POSTCODE)
    if (o.street or o.postcode) and not o.city:
        c.fail("city", M.V_ORG_CITY)
    _contact_fields(c, o.phone, o.email)
    c.text(o.website, "website", M.LABEL_WEBSITE)
    if isinstance(o.website, str) and o.website and not _WEBSITE.fullmatch(o.website):
        c.fail("website", M.V_ORG_WEBSITE)
    c.text(o.notes, "notes", M.LABEL_OPMERKINGEN, max_len=LONG, multiline=True)
    c.done()


def validate_contact(ct: m.Contact, today: date) -> None:
    c = _Checker(today)
    c.ref(ct.organisation_id, "organisation_id", M.LABEL_ORGANISATIE, required=True)
    c.text(ct.name, "name", M.LABEL_NAAM, required=True)
    c.text(ct.role, "role", M.LABEL_FUNCTIE)
    _contact_fields(c, ct.phone, ct.email)
    c.text(ct.notes, "notes", M.LABEL_OPMERKINGEN, max_len=MEDIUM, multiline=True)
    c.done()


def validate_partner(p: m.DossierPartner, today: date) -> None:
    c = _Checker(today)
    c.ref(p.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    c.ref(p.organisation_id, "organisation_id", M.LABEL_ORGANISATIE, required=True)
    c.ref(p.contact_id, "contact_id", M.LABEL_CONTACTPERSOON)
    c.text(p.role, "role", M.LABEL_ROL)
    c.done()


def validate_consent(x: m.Consent, today: date) -> None:
    c = _Checker(today)
    c.ref(x.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    c.ref(x.person_id, "person_id", M.LABEL_PERSOON)
    c.text(x.given_by, "given_by", M.LABEL_TOESTEMMING_GEGEVEN_DOOR, required=True)
    c.choice(x.given_by_role, "given_by_role", M.LABEL_GEGEVEN_ALS, m.CONSENT_ROLES)
    c.choice(x.purpose, "purpose", M.LABEL_DOEL, m.CONSENT_PURPOSES)
    needs_recipient = x.purpose in ("verwijzing", "delen_gegevens") and not x.recipient_org_id
    c.text(x.recipient, "recipient", M.LABEL_ONTVANGER, required=needs_recipient)
    c.ref(x.recipient_org_id, "recipient_org_id", M.LABEL_ONTVANGENDE_ORGANISATIE)
    c.day(x.given_on, "given_on", M.LABEL_DATUM_TOESTEMMING, required=True, not_future=True)
    c.choice(x.form, "form", M.LABEL_VORM, m.CONSENT_FORMS)
    c.day(x.valid_until, "valid_until", M.LABEL_GELDIG_TOT)
    c.order(x.given_on, x.valid_until, "valid_until", M.V_CONSENT_VALID_UNTIL)
    c.day(x.withdrawn_on, "withdrawn_on", M.LABEL_INGETROKKEN_OP, not_future=True)
    c.order(x.given_on, x.withdrawn_on, "withdrawn_on", M.V_CONSENT_WITHDRAWN_ON)
    c.text(x.notes, "notes", M.LABEL_OPMERKINGEN, max_len=MEDIUM * 5, multiline=True)
    c.done()


def validate_safety(s: m.SafetyAssessment, today: date) -> None:
    c = _Checker(today)
    c.ref(s.dossier_id, "dossier_id", M.LABEL_DOSSIER, required=True)
    c.choice(s.level, "level", M.LABEL_NIVEAU, m.SAFETY_LEVELS)
    c.day(s.assessed_on, "assessed_on", M.LABEL_DATUM_INSCHATTING, required=True, not_future=True)
    c.text(s.notes, "notes", M.LABEL_TOELICHTING, max_len=LONG, multiline=True)
    c.done()
