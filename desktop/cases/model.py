"""Domain types for signals, screening, intake and dossiers, and their row codec.

Every record has ``id`` (uuid4 hex), ``created_at``/``updated_at`` (ISO UTC) and
``created_by``/``updated_by`` (the author). Leave ``id`` empty to create. Missing dates are
``None``; multi-valued fields are tuples of keys.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from desktop.text import isolate, join_isolated
from storage.repos.timeline import KINDS as TIMELINE_KINDS
from storage.schema_cases import (
    ACTION_KINDS,
    CONSENT_FORMS,
    CONSENT_PURPOSES,
    CONSENT_ROLES,
    DECISIONS,
    FORMS,
    GENDERS,
    NOTE_KINDS,
    ORG_KINDS,
    PHASES,
    REPORTER_TYPES,
    RESIDENCE,
    SAFETY_LEVELS,
    SIGNAL_STATUSES,
    STATUSES,
    URGENCIES,
)

__all__ = [
    "ACTION_KINDS",
    "CONSENT_FORMS",
    "CONSENT_PURPOSES",
    "CONSENT_ROLES",
    "DECISIONS",
    "FORMS",
    "GENDERS",
    "NOTE_KINDS",
    "ORG_KINDS",
    "PHASES",
    "REPORTER_TYPES",
    "RESIDENCE",
    "SAFETY_LEVELS",
    "SIGNAL_STATUSES",
    "STATUSES",
    "TIMELINE_KINDS",
    "URGENCIES",
]

# Dutch labels for the UI (the keys are stored).
PHASE_LABELS = {
    "signaal": "Signaal",
    "screening": "Screening",
    "intake": "Intake",
    "opvang": "Opvang",
    "begeleiding": "Begeleiding",
    "nazorg": "Nazorg",
    "afgesloten": "Afgesloten",
}
STATUS_LABELS = {"lopend": "Lopend", "gepauzeerd": "Gepauzeerd", "gesloten": "Gesloten"}
DECISION_LABELS = {
    "intake": "Intake",
    "opvang": "Opvang regelen",
    "doorverwijzen": "Doorverwijzen",
    "meer_informatie": "Meer informatie nodig",
    "geen_actie": "Geen actie",
}
RESIDENCE_LABELS = {
    "": "Onbekend",
    "nl": "Nederlands",
    "eu": "EU-burger",
    "non_eu": "Niet-EU",
    "asiel": "Asielprocedure",
    "ongedocumenteerd": "Ongedocumenteerd",
}


@dataclass(frozen=True, kw_only=True)
class Record:
    id: str = ""
    created_at: str = ""
    updated_at: str = ""
    created_by: str = ""
    updated_by: str = ""


@dataclass(frozen=True, kw_only=True)
class Person(Record):
    first_name: str = ""
    last_name: str = ""
    alias: str = ""
    birth_date: date | None = None
    birth_year_estimated: int | None = None
    gender: str = "onbekend"
    nationality: str = ""  # ISO 3166-1 alpha-2, "" = onbekend
    languages: tuple[str, ...] = ()  # ISO 639
    interpreter_needed: bool = False
    safe_contact: str = ""

    @property
    def display_name(self) -> str:
        """First and last name (else the alias) for showing next to other text: a part
        with right-to-left letters is a bidi isolate (desktop/text.py), so "2026-0001 — "
        plus the name keeps its order; plain Latin names are returned as they are."""
        name = join_isolated((self.first_name.strip(), self.last_name.strip()))
        return name or isolate(self.alias)

    @property
    def pseudonym(self) -> str:
        """Alias, else initials: for printed agendas and decisions."""
        if self.alias:
            return self.alias
        parts = [p for p in (self.first_name, self.last_name) if p]
        return "".join(p[0].upper() + "." for p in parts) or "onbekend"


@dataclass(frozen=True, kw_only=True)
class Dossier(Record):
    number: str = ""  # assigned on create when empty (YYYY-NNNN)
    person_id: str | None = None
    person_name: str = ""  # read-only, kept by the database
    phase: str = "intake"
    status: str = "lopend"
    owner: str = ""
    opened_on: date | None = None  # defaults to today on create
    closed_on: date | None = None
    close_reason: str = ""
    forms: tuple[str, ...] = ()
    signal_keys: tuple[str, ...] = ()
    signals_other: str = ""
    risk_factors: tuple[str, ...] = ()
    residence_status: str = ""
    bedenktijd_start: date | None = None
    bedenktijd_end: date | None = None  # defaults to start + 3 months
    aangifte_on: date | None = None
    informatief_gesprek_on: date | None = None
    b8_notes: str = ""
    exploiter_relation: str = ""
    children: str = ""
    income_insurance: str = ""


@dataclass(frozen=True, kw_only=True)
class Signal(Record):
    received_on: date | None = None
    reporter_type: str = "anders"
    reporter_name: str = ""
    reporter_contact: str = ""
    reporter_org_id: str | None = None
    description: str = ""
    forms: tuple[str, ...] = ()
    signal_keys: tuple[str, ...] = ()
    urgency: str = "normaal"
    person_hint: str = ""  # alias or initials while no person is linked
    person_id: str | None = None
    dossier_id: str | None = None
    status: str = "nieuw"  # set by besluiten


@dataclass(frozen=True, kw_only=True)
class ScreeningMeeting(Record):
    held_on: date | None = None
    chair: str = ""
    attendees: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Besluit(Record):
    signal_id: str = ""
    meeting_id: str | None = None
    kind: str = "intake"
    decided_on: date | None = None
    referred_to: str = ""  # doorverwijzen naar ...
    info_from: str = ""  # meer informatie nodig van ...
    info_before: date | None = None  # ... vóór
    reason: str = ""  # geen actie, met reden


@dataclass(frozen=True, kw_only=True)
class Actiepunt(Record):
    kind: str = "actie"  # actie | opvolging (follow-up)
    description: str = ""
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None
    meeting_id: str | None = None
    signal_id: str | None = None
    dossier_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class Note(Record):
    dossier_id: str = ""
    kind: str = "notitie"
    occurred_on: date | None = None
    occurred_at: str = ""  # local time of day "HH:MM"; empty for notes from before it existed
    text: str = ""
    revisions: int = 0  # earlier versions kept (0 = never corrected); read-only


@dataclass(frozen=True, kw_only=True)
class TimelineEntry:
    """One line of the tijdlijn: a note (``note`` set) or an event from another record.
    ``kind`` is one of ``TIMELINE_KINDS``; ``title``/``detail`` are the source's own values
    (keys such as a decision or consent purpose, an organisation name, a letter title)."""

    kind: str
    day: date | None
    at: str  # local time of day "HH:MM", or "" when the source has a date only
    created_at: str
    object_id: str
    title: str
    detail: str
    author: str
    note: Note | None = None

    @property
    def key(self) -> tuple[str, str, str, str]:
        """The keyset cursor (newest first = descending)."""
        return (self.day.isoformat() if self.day else "", self.at, self.created_at,
                self.object_id)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class NoteRevision:
    """A superseded version of a note: as it was written (``written_*``), and when and by
    whom it was replaced (``replaced_*``)."""

    revision: int  # 1 = the original
    kind: str
    occurred_on: date | None
    occurred_at: str
    text: str
    written_at: str
    written_by: str
    replaced_at: str
    replaced_by: str


@dataclass(frozen=True, kw_only=True)
class Organisation(Record):
    name: str = ""
    kind: str = "anders"
    address: str = ""  # free text (older stores); the structured fields below come first
    phone: str = ""
    email: str = ""
    notes: str = ""
    street: str = ""  # street and number
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, "" = not given (read as NL)
    website: str = ""

    def address_lines(self, language: str = "nl") -> tuple[str, ...]:
        """The postal address as lines (street; postcode and city; the country when not
        NL); the free-text address when no structured field is filled in."""
        if self.street or self.postcode or self.city:
            lines = [self.street, "  ".join(x for x in (self.postcode, self.city) if x)]
            if self.country and self.country != "NL":
                from desktop import countries

                lines.append(countries.name(self.country, language).upper())
            return tuple(x for x in lines if x)
        return tuple(x.strip() for x in self.address.splitlines() if x.strip())


@dataclass(frozen=True, kw_only=True)
class Contact(Record):
    organisation_id: str = ""
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class DossierPartner(Record):
    dossier_id: str = ""
    organisation_id: str = ""
    contact_id: str | None = None
    role: str = ""


@dataclass(frozen=True, kw_only=True)
class Consent(Record):
    dossier_id: str = ""
    person_id: str | None = None
    given_by: str = ""
    given_by_role: str = "client"
    purpose: str = "registratie_comensha"
    recipient: str = ""
    recipient_org_id: str | None = None
    given_on: date | None = None
    form: str = "schriftelijk"
    valid_until: date | None = None
    withdrawn_on: date | None = None
    notes: str = ""

    def valid_on(self, day: date) -> bool:
        if self.given_on is None or self.given_on > day:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= day:
            return False
        return self.valid_until is None or self.valid_until >= day


@dataclass(frozen=True, kw_only=True)
class SafetyAssessment(Record):
    dossier_id: str = ""
    level: str = "midden"
    assessed_on: date | None = None
    notes: str = ""


# -- read models -------------------------------------------------------------------------


@dataclass(frozen=True)
class DossierQuery:
    """Filters and sort for the dossier list. ``bedenktijd_within_days``: bedenktijd
    ends between today and today + N days."""

    status: str | None = None
    phase: str | None = None
    form: str | None = None
    owner: str | None = None
    bedenktijd_within_days: int | None = None
    open_only: bool = False  # exclude status 'gesloten'
    text: str = ""  # part of the dossier number or the person's name (case-insensitive)
    sort: str = "updated_at"  # number|name|phase|status|opened_on|updated_at|owner|bedenktijd_end
    descending: bool = True


@dataclass(frozen=True)
class DossierRow:
    id: str
    number: str
    person_id: str | None
    person_name: str
    phase: str
    status: str
    owner: str
    opened_on: date | None
    closed_on: date | None
    bedenktijd_end: date | None
    forms: tuple[str, ...]
    updated_at: str
    key: tuple[Any, str]  # pass as ``after`` to get the next page


@dataclass(frozen=True)
class DossierPage:
    rows: list[DossierRow]
    after: tuple[Any, str] | None  # cursor for the next page; None when this was the last


@dataclass(frozen=True)
class DossierView:
    """Everything the dossier screen shows, loaded at once (one audit entry)."""

    dossier: Dossier
    person: Person | None
    signals: list[Signal]
    consents: list[Consent]
    safety: list[SafetyAssessment]
    partners: list[DossierPartner]
    actions: list[Actiepunt]
    timeline: list[Note]
    timeline_total: int
    entries: list[TimelineEntry] = field(default_factory=list)  # notes and events, newest first
    entries_total: int = 0


@dataclass(frozen=True)
class TodayAction:
    id: str
    kind: str
    description: str
    owner: str
    due_on: date
    meeting_id: str | None
    signal_id: str | None
    dossier_id: str | None
    dossier_number: str
    person_name: str


@dataclass(frozen=True)
class Today:
    day: date
    overdue: list[TodayAction]
    upcoming: list[TodayAction]
    follow_ups: list[TodayAction]  # opvolging (follow-up) items due today or overdue
    bedenktijd_ending: list[DossierRow]
    awaiting_screening: list[Signal]


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person | dossier | note
    id: str
    title: str  # person name, dossier number + name, or dossier number for a note
    detail: str  # a note's excerpt ("" for persons and dossiers: see born and phase)
    dossier_id: str | None  # where a click leads (None for a person without dossier)
    born: int | None = None  # a person's birth year (or estimated year); the UI words it
    phase: str = ""  # a dossier's phase key; the UI shows its label in the user's language


@dataclass(frozen=True)
class SearchResults:
    persons: list[SearchHit] = field(default_factory=list)
    dossiers: list[SearchHit] = field(default_factory=list)
    notes: list[SearchHit] = field(default_factory=list)

    @property
    def all(self) -> list[SearchHit]:
        return [*self.persons, *self.dossiers, *self.notes]


# -- codec: dataclass <-> row dict ------------------------------------------------------

R = TypeVar("R", bound=Record)


_KINDS: dict[type, dict[str, str]] = {}


def _kinds(cls: type) -> dict[str, str]:
    known = _KINDS.get(cls)
    if known is not None:
        return known
    hints = typing.get_type_hints(cls)
    out: dict[str, str] = {}
    for f in dataclasses.fields(cls):
        t = hints[f.name]
        args = typing.get_args(t)
        if t is bool:
            out[f.name] = "bool"
        elif t is date or (isinstance(t, types.UnionType) and date in args):
            out[f.name] = "date"
        elif typing.get_origin(t) is tuple:
            out[f.name] = "list"
        else:
            out[f.name] = "plain"
    _KINDS[cls] = out
    return out


def to_row(obj: Record, columns: tuple[str, ...]) -> dict[str, Any]:
    kinds = _kinds(type(obj))
    row: dict[str, Any] = {}
    for col in columns:
        value = getattr(obj, col)
        kind = kinds[col]
        if kind == "date":
            row[col] = value.isoformat() if value is not None else ""
        elif kind == "list":
            row[col] = json.dumps(list(value), ensure_ascii=False)
        elif kind == "bool":
            row[col] = 1 if value else 0
        else:
            row[col] = value
    return row


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    kinds = _kinds(cls)
    values: dict[str, Any] = {}
    for name, kind in kinds.items():
        if name not in row:
            continue
        raw = row[name]
        if kind == "date":
            values[name] = date.fromisoformat(raw) if raw else None
        elif kind == "list":
            values[name] = tuple(json.loads(raw))
        elif kind == "bool":
            values[name] = bool(raw)
        else:
            values[name] = raw
    return cls(**values)


def dossier_row(row: dict[str, Any]) -> DossierRow:
    def d(v: str) -> date | None:
        return date.fromisoformat(v) if v else None

    key = row.get("_key") or ("", row["id"])
    return DossierRow(
        id=row["id"],
        number=row["number"],
        person_id=row["person_id"],
        person_name=row["person_name"],
        phase=row["phase"],
        status=row["status"],
        owner=row["owner"],
        opened_on=d(row["opened_on"]),
        closed_on=d(row["closed_on"]),
        bedenktijd_end=d(row["bedenktijd_end"]),
        forms=tuple(json.loads(row["forms"])),
        updated_at=row["updated_at"],
        key=(key[0], key[1]),
    )
