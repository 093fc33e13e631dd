"""Field values for letters: plain text per field key, taken from a dossier.

Every value is plain text; the renderer escapes it. A field whose value is unknown gives
``""`` (printed as a dash), never the word "None".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop import countries
from desktop.cases import model as m
from desktop.letters.templates import labels


@dataclass(frozen=True)
class Letterhead:
    """The sender, from the organisation settings (inside the encrypted store)."""

    organisation: str = ""
    address: str = ""  # lines separated by newlines or ", "
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # PNG or JPEG
    signer_name: str = ""
    signer_role: str = ""


@dataclass(frozen=True)
class Recipient:
    name: str = ""
    address: str = ""
    attn: str = ""  # contact person


@dataclass(frozen=True)
class LetterData:
    """Everything a letter may draw from; the field picker decides what is shown."""

    dossier: m.Dossier
    person: m.Person | None
    letterhead: Letterhead
    recipient: Recipient
    today: date
    language: str = "nl"
    safety: m.SafetyAssessment | None = None
    partners: tuple[str, ...] = ()  # "Name (role)"
    consent: m.Consent | None = None
    consent_recipient_name: str = ""
    reason: str = ""
    inputs: Mapping[str, str] = field(default_factory=dict)
    risk_factor_labels: Mapping[str, str] = field(default_factory=dict)


def dutch_date(day: date | None, language: str = "nl") -> str:
    """``23 november 2026`` (or ``23 November 2026`` in English); ``""`` for None."""
    if day is None:
        return ""
    months = labels()[language]["months"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _lab(language: str, group: str, key: str) -> str:
    table: dict[str, str] = labels()[language].get(group, {})
    return table.get(key, key)


def _country(language: str, code: str) -> str:
    if not code:
        return ""
    name = labels()["countries"].get(language, {}).get(code)
    return str(name) if name else countries.name(code, language)


def _language_name(language: str, code: str) -> str:
    name = labels()["languages"].get(language, {}).get(code)
    return str(name) if name else code


def _age(person: m.Person | None, today: date, language: str) -> str:
    if person is None:
        return ""
    L = labels()[language]
    if person.birth_date is not None:
        b = person.birth_date
        years = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
        return f"{years} {L['years']}"
    if person.birth_year_estimated:
        return f"{today.year - person.birth_year_estimated} {L['years']} ({L['estimated']})"
    return ""


def person_name(person: m.Person | None) -> str:
    if person is None:
        return ""
    full = " ".join(p for p in (person.first_name, person.last_name) if p)
    return full or person.alias


def consent_statement(d: LetterData) -> str:
    L = labels()[d.language]
    c = d.consent
    if c is None:
        if d.reason:
            return str(L["no_consent_statement"]).format(reason=d.reason)
        return ""
    recipient = d.consent_recipient_name or c.recipient
    until = ""
    if c.valid_until is not None:
        until = str(L["consent_until"]).format(
            until_word=L["until"], date=dutch_date(c.valid_until, d.language)
        )
    return str(L["consent_statement"]).format(
        given_on=dutch_date(c.given_on, d.language),
        form=_lab(d.language, "consent_form", c.form),
        role=_lab(d.language, "role", c.given_by_role),
        purpose=_lab(d.language, "purpose", c.purpose),
        recipient=str(L["consent_recipient"]).format(name=recipient) if recipient else "",
        until=until,
    )


def _yes_no(d: LetterData, value: bool) -> str:
    return str(labels()[d.language]["yes" if value else "no"])


def _bedenktijd(d: LetterData) -> str:
    ds = d.dossier
    if ds.bedenktijd_start is None and ds.bedenktijd_end is None:
        return ""
    return str(labels()[d.language]["bedenktijd"]).format(
        start=dutch_date(ds.bedenktijd_start, d.language) or "?",
        end=dutch_date(ds.bedenktijd_end, d.language) or "?",
    )


def _signer(d: LetterData) -> str:
    lh = d.letterhead
    return ", ".join(p for p in (lh.signer_name, lh.signer_role) if p)


_SOURCES: dict[str, Callable[[LetterData], str]] = {
    "verwijzer.name": _signer,
    "verwijzer.organisation": lambda d: d.letterhead.organisation,
    "verwijzer.phone": lambda d: d.letterhead.phone,
    "verwijzer.email": lambda d: d.letterhead.email,
    "recipient.name": lambda d: d.recipient.name,
    "client.name": lambda d: person_name(d.person),
    "client.alias": lambda d: d.person.alias if d.person else "",
    "client.birth_date": lambda d: dutch_date(d.person.birth_date, d.language) if d.person else "",
    "client.age": lambda d: _age(d.person, d.today, d.language),
    "client.gender": lambda d: _lab(d.language, "gender", d.person.gender) if d.person else "",
    "client.nationality": lambda d: _country(d.language, d.person.nationality) if d.person else "",
    "client.languages": lambda d: (
        ", ".join(_language_name(d.language, c) for c in d.person.languages) if d.person else ""
    ),
    "client.interpreter": lambda d: _yes_no(d, d.person.interpreter_needed) if d.person else "",
    "client.safe_contact": lambda d: d.person.safe_contact if d.person else "",
    "dossier.number": lambda d: d.dossier.number,
    "dossier.opened_on": lambda d: dutch_date(d.dossier.opened_on, d.language),
    "status.residence": lambda d: _lab(d.language, "residence", d.dossier.residence_status),
    "status.bedenktijd": _bedenktijd,
    "status.aangifte": lambda d: dutch_date(d.dossier.aangifte_on, d.language),
    "status.informatief_gesprek": lambda d: dutch_date(
        d.dossier.informatief_gesprek_on, d.language
    ),
    "status.b8_notes": lambda d: d.dossier.b8_notes,
    "case.forms": lambda d: ", ".join(_lab(d.language, "forms", f) for f in d.dossier.forms),
    "case.comensha_sector": lambda d: ", ".join(
        _lab(d.language, "comensha_sector", f) for f in d.dossier.forms
    ),
    "case.exploiter": lambda d: d.dossier.exploiter_relation,
    "safety.level": lambda d: _lab(d.language, "safety", d.safety.level) if d.safety else "",
    "safety.notes": lambda d: d.safety.notes if d.safety else "",
    "care.risk_factors": lambda d: ", ".join(
        d.risk_factor_labels.get(k, k) for k in d.dossier.risk_factors
    ),
    "situation.children": lambda d: d.dossier.children,
    "situation.income_insurance": lambda d: d.dossier.income_insurance,
    "partners.list": lambda d: "\n".join(d.partners),
    "consent.statement": consent_statement,
}


def known_keys() -> frozenset[str]:
    return frozenset(_SOURCES)


def value(key: str, d: LetterData, *, is_input: bool = False) -> str:
    """The plain-text value of one field (inputs come from ``d.inputs``)."""
    if is_input or key not in _SOURCES:
        return str(d.inputs.get(key, "")).strip()
    return _SOURCES[key](d).strip()


def risk_factor_labels(signals_json: Mapping[str, Any], language: str) -> dict[str, str]:
    key = "label_en" if language == "en" else "label"
    return {
        str(r["key"]): str(r.get(key) or r["label"]) for r in signals_json.get("risk_factors", [])
    }
