"""Translated labels for the stored keys of the case model (keys stay in the database)."""

from __future__ import annotations

import html
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.resources import load_json
from desktop.text import isolate, join_isolated

# -- user text inside composed labels (bidi isolates, see desktop/text.py) ----------------


def person_name(person: Any) -> str:
    """A person's name for a label: first and last name each isolated, else the alias."""
    if person is None:
        return ""
    name = join_isolated((person.first_name.strip(), person.last_name.strip()))
    return name or isolate(person.alias)


def dossier_title(number: str, name: str) -> str:
    """'2026-0001 — name' with the (stored, possibly right-to-left) name isolated."""
    return f"{number} — {isolate(name)}" if name else number


def alias_fact(alias: str) -> str:
    """'alias X' for the (rich-text) dossier summary: X isolated and HTML-escaped."""
    return QCoreApplication.translate("DossierView", "alias %1").replace(
        "%1", html.escape(isolate(alias))
    )


def phase(key: str) -> str:
    return {
        "signaal": QCoreApplication.translate("Cases", "Signaal"),
        "screening": QCoreApplication.translate("Cases", "Screening"),
        "intake": QCoreApplication.translate("Cases", "Intake"),
        "opvang": QCoreApplication.translate("Cases", "Opvang"),
        "begeleiding": QCoreApplication.translate("Cases", "Begeleiding"),
        "nazorg": QCoreApplication.translate("Cases", "Nazorg"),
        "afgesloten": QCoreApplication.translate("Cases", "Afgesloten"),
    }.get(key, key)


def status(key: str) -> str:
    return {
        "lopend": QCoreApplication.translate("Cases", "Lopend"),
        "gepauzeerd": QCoreApplication.translate("Cases", "Gepauzeerd"),
        "gesloten": QCoreApplication.translate("Cases", "Gesloten"),
    }.get(key, key)


def form(key: str) -> str:
    return {
        "seksueel": QCoreApplication.translate("Cases", "Seksuele uitbuiting"),
        "arbeid": QCoreApplication.translate("Cases", "Arbeidsuitbuiting"),
        "crimineel": QCoreApplication.translate("Cases", "Criminele uitbuiting"),
        "orgaan": QCoreApplication.translate("Cases", "Gedwongen orgaanverwijdering"),
    }.get(key, key)


def form_short(key: str) -> str:
    return {
        "seksueel": QCoreApplication.translate("Cases", "seksueel"),
        "arbeid": QCoreApplication.translate("Cases", "arbeid"),
        "crimineel": QCoreApplication.translate("Cases", "crimineel"),
        "orgaan": QCoreApplication.translate("Cases", "orgaan"),
    }.get(key, key)


def gender(key: str) -> str:
    return {
        "vrouw": QCoreApplication.translate("Cases", "Vrouw"),
        "man": QCoreApplication.translate("Cases", "Man"),
        "x": QCoreApplication.translate("Cases", "X / anders"),
        "onbekend": QCoreApplication.translate("Cases", "Onbekend"),
    }.get(key, key)


def residence(key: str) -> str:
    return {
        "": QCoreApplication.translate("Cases", "Onbekend"),
        "nl": QCoreApplication.translate("Cases", "Nederlands"),
        "eu": QCoreApplication.translate("Cases", "EU-burger"),
        "non_eu": QCoreApplication.translate("Cases", "Niet-EU"),
        "asiel": QCoreApplication.translate("Cases", "Asielprocedure"),
        "ongedocumenteerd": QCoreApplication.translate("Cases", "Ongedocumenteerd"),
    }.get(key, key)


def reporter(key: str) -> str:
    return {
        "politie": QCoreApplication.translate("Cases", "Politie"),
        "arbeidsinspectie": QCoreApplication.translate("Cases", "Arbeidsinspectie"),
        "kmar": QCoreApplication.translate("Cases", "KMar"),
        "gemeente": QCoreApplication.translate("Cases", "Gemeente (aandachtsfunctionaris)"),
        "wijkteam": QCoreApplication.translate("Cases", "Wijkteam"),
        "jeugdzorg": QCoreApplication.translate("Cases", "Jeugdzorg"),
        "ggz": QCoreApplication.translate("Cases", "GGZ"),
        "huisarts": QCoreApplication.translate("Cases", "Huisarts"),
        "ngo": QCoreApplication.translate("Cases", "NGO"),
        "comensha": QCoreApplication.translate("Cases", "CoMensha"),
        "zelf": QCoreApplication.translate("Cases", "Betrokkene zelf"),
        "anoniem": QCoreApplication.translate("Cases", "Anoniem"),
        "anders": QCoreApplication.translate("Cases", "Anders"),
    }.get(key, key)


def urgency(key: str) -> str:
    return {
        "laag": QCoreApplication.translate("Cases", "Laag"),
        "normaal": QCoreApplication.translate("Cases", "Normaal"),
        "hoog": QCoreApplication.translate("Cases", "Hoog"),
        "acuut": QCoreApplication.translate("Cases", "Acuut"),
    }.get(key, key)


def decision(key: str) -> str:
    return {
        "intake": QCoreApplication.translate("Cases", "Intake"),
        "opvang": QCoreApplication.translate("Cases", "Opvang regelen"),
        "doorverwijzen": QCoreApplication.translate("Cases", "Doorverwijzen naar …"),
        "meer_informatie": QCoreApplication.translate(
            "Cases", "Meer informatie nodig van … vóór …"
        ),
        "geen_actie": QCoreApplication.translate("Cases", "Geen actie (met reden)"),
    }.get(key, key)


def signal_status(key: str) -> str:
    return {
        "nieuw": QCoreApplication.translate("Cases", "Nieuw"),
        "meer_informatie": QCoreApplication.translate("Cases", "Wacht op informatie"),
        "besloten": QCoreApplication.translate("Cases", "Besloten"),
    }.get(key, key)


def note_kind(key: str) -> str:
    return {
        "notitie": QCoreApplication.translate("Cases", "Notitie"),
        "telefoon": QCoreApplication.translate("Cases", "Telefoongesprek"),
        "gesprek": QCoreApplication.translate("Cases", "Gesprek"),
        "huisbezoek": QCoreApplication.translate("Cases", "Huisbezoek"),
        "overleg": QCoreApplication.translate("Cases", "Overleg"),
        "email": QCoreApplication.translate("Cases", "E-mail"),
        "brief": QCoreApplication.translate("Cases", "Brief"),
        "anders": QCoreApplication.translate("Cases", "Anders"),
    }.get(key, key)


def org_kind(key: str) -> str:
    return {
        "politie": QCoreApplication.translate("Cases", "Politie"),
        "arbeidsinspectie": QCoreApplication.translate("Cases", "Arbeidsinspectie"),
        "kmar": QCoreApplication.translate("Cases", "KMar"),
        "om": QCoreApplication.translate("Cases", "Openbaar Ministerie"),
        "gemeente": QCoreApplication.translate("Cases", "Gemeente"),
        "opvang": QCoreApplication.translate("Cases", "Opvang"),
        "zorg": QCoreApplication.translate("Cases", "Zorg"),
        "wijkteam": QCoreApplication.translate("Cases", "Wijkteam"),
        "jeugdzorg": QCoreApplication.translate("Cases", "Jeugdzorg"),
        "ngo": QCoreApplication.translate("Cases", "NGO"),
        "comensha": QCoreApplication.translate("Cases", "CoMensha"),
        "advocatuur": QCoreApplication.translate("Cases", "Advocatuur"),
        "anders": QCoreApplication.translate("Cases", "Anders"),
    }.get(key, key)


def consent_purpose(key: str) -> str:
    return {
        "registratie_comensha": QCoreApplication.translate("Cases", "Registratie bij CoMensha"),
        "verwijzing": QCoreApplication.translate("Cases", "Verwijzing"),
        "delen_gegevens": QCoreApplication.translate("Cases", "Gegevens delen"),
        "anders": QCoreApplication.translate("Cases", "Anders"),
    }.get(key, key)


def consent_role(key: str) -> str:
    return {
        "client": QCoreApplication.translate("Cases", "Cliënt"),
        "ouder": QCoreApplication.translate("Cases", "Ouder"),
        "voogd": QCoreApplication.translate("Cases", "Voogd"),
        "wettelijk_vertegenwoordiger": QCoreApplication.translate(
            "Cases", "Wettelijk vertegenwoordiger"
        ),
    }.get(key, key)


def consent_form(key: str) -> str:
    return {
        "schriftelijk": QCoreApplication.translate("Cases", "Schriftelijk"),
        "mondeling": QCoreApplication.translate("Cases", "Mondeling"),
        "digitaal": QCoreApplication.translate("Cases", "Digitaal"),
    }.get(key, key)


def safety_level(key: str) -> str:
    return {
        "laag": QCoreApplication.translate("Cases", "Laag"),
        "midden": QCoreApplication.translate("Cases", "Midden"),
        "hoog": QCoreApplication.translate("Cases", "Hoog"),
        "acuut": QCoreApplication.translate("Cases", "Acuut"),
    }.get(key, key)


def action_kind(key: str) -> str:
    return {
        "actie": QCoreApplication.translate("Cases", "Actiepunt"),
        "opvolging": QCoreApplication.translate("Cases", "Opvolging"),
    }.get(key, key)


# -- signal checklists (editable data in resources/signals.json) -------------------------


@cache
def _signals_data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("signals.json")
    return data


def _label(item: dict[str, Any], language: str) -> str:
    if language != "nl" and item.get(f"label_{language}"):
        return str(item[f"label_{language}"])
    return str(item.get("label", item.get("key", "")))


def signal_forms(language: str = "nl") -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(form key, form label, [(signal key, signal label)]) per form, in file order."""
    out = []
    for f in _signals_data()["forms"]:
        signals = [(s["key"], _label(s, language)) for s in f.get("signals", [])]
        out.append((str(f["key"]), _label(f, language), signals))
    return out


def risk_factors(language: str = "nl") -> list[tuple[str, str]]:
    return [(r["key"], _label(r, language)) for r in _signals_data()["risk_factors"]]


def signal_label(key: str, language: str = "nl") -> str:
    for _form, _label_text, signals in signal_forms(language):
        for skey, label in signals:
            if skey == key:
                return label
    return key
