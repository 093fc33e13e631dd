"""Translated labels for the stored keys of the case model (keys stay in the database)."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.resources import load_json


def _t(text: str) -> str:
    return QCoreApplication.translate("Cases", text)


def phase(key: str) -> str:
    return {
        "signaal": _t("Signaal"),
        "screening": _t("Screening"),
        "intake": _t("Intake"),
        "opvang": _t("Opvang"),
        "begeleiding": _t("Begeleiding"),
        "nazorg": _t("Nazorg"),
        "afgesloten": _t("Afgesloten"),
    }.get(key, key)


def status(key: str) -> str:
    return {
        "lopend": _t("Lopend"),
        "gepauzeerd": _t("Gepauzeerd"),
        "gesloten": _t("Gesloten"),
    }.get(key, key)


def form(key: str) -> str:
    return {
        "seksueel": _t("Seksuele uitbuiting"),
        "arbeid": _t("Arbeidsuitbuiting"),
        "crimineel": _t("Criminele uitbuiting"),
        "orgaan": _t("Gedwongen orgaanverwijdering"),
    }.get(key, key)


def form_short(key: str) -> str:
    return {
        "seksueel": _t("seksueel"),
        "arbeid": _t("arbeid"),
        "crimineel": _t("crimineel"),
        "orgaan": _t("orgaan"),
    }.get(key, key)


def gender(key: str) -> str:
    return {
        "vrouw": _t("Vrouw"),
        "man": _t("Man"),
        "x": _t("X / anders"),
        "onbekend": _t("Onbekend"),
    }.get(key, key)


def residence(key: str) -> str:
    return {
        "": _t("Onbekend"),
        "nl": _t("Nederlands"),
        "eu": _t("EU-burger"),
        "non_eu": _t("Niet-EU"),
        "asiel": _t("Asielprocedure"),
        "ongedocumenteerd": _t("Ongedocumenteerd"),
    }.get(key, key)


def reporter(key: str) -> str:
    return {
        "politie": _t("Politie"),
        "arbeidsinspectie": _t("Arbeidsinspectie"),
        "kmar": _t("KMar"),
        "gemeente": _t("Gemeente (aandachtsfunctionaris)"),
        "wijkteam": _t("Wijkteam"),
        "jeugdzorg": _t("Jeugdzorg"),
        "ggz": _t("GGZ"),
        "huisarts": _t("Huisarts"),
        "ngo": _t("NGO"),
        "comensha": _t("CoMensha"),
        "zelf": _t("Betrokkene zelf"),
        "anoniem": _t("Anoniem"),
        "anders": _t("Anders"),
    }.get(key, key)


def urgency(key: str) -> str:
    return {
        "laag": _t("Laag"),
        "normaal": _t("Normaal"),
        "hoog": _t("Hoog"),
        "acuut": _t("Acuut"),
    }.get(key, key)


def decision(key: str) -> str:
    return {
        "intake": _t("Intake"),
        "opvang": _t("Opvang regelen"),
        "doorverwijzen": _t("Doorverwijzen naar …"),
        "meer_informatie": _t("Meer informatie nodig van … vóór …"),
        "geen_actie": _t("Geen actie (met reden)"),
    }.get(key, key)


def signal_status(key: str) -> str:
    return {
        "nieuw": _t("Nieuw"),
        "meer_informatie": _t("Wacht op informatie"),
        "besloten": _t("Besloten"),
    }.get(key, key)


def note_kind(key: str) -> str:
    return {
        "notitie": _t("Notitie"),
        "telefoon": _t("Telefoongesprek"),
        "gesprek": _t("Gesprek"),
        "huisbezoek": _t("Huisbezoek"),
        "overleg": _t("Overleg"),
        "email": _t("E-mail"),
        "brief": _t("Brief"),
        "anders": _t("Anders"),
    }.get(key, key)


def org_kind(key: str) -> str:
    return {
        "politie": _t("Politie"),
        "arbeidsinspectie": _t("Arbeidsinspectie"),
        "kmar": _t("KMar"),
        "om": _t("Openbaar Ministerie"),
        "gemeente": _t("Gemeente"),
        "opvang": _t("Opvang"),
        "zorg": _t("Zorg"),
        "wijkteam": _t("Wijkteam"),
        "jeugdzorg": _t("Jeugdzorg"),
        "ngo": _t("NGO"),
        "comensha": _t("CoMensha"),
        "advocatuur": _t("Advocatuur"),
        "anders": _t("Anders"),
    }.get(key, key)


def consent_purpose(key: str) -> str:
    return {
        "registratie_comensha": _t("Registratie bij CoMensha"),
        "verwijzing": _t("Verwijzing"),
        "delen_gegevens": _t("Gegevens delen"),
        "anders": _t("Anders"),
    }.get(key, key)


def consent_role(key: str) -> str:
    return {
        "client": _t("Cliënt"),
        "ouder": _t("Ouder"),
        "voogd": _t("Voogd"),
        "wettelijk_vertegenwoordiger": _t("Wettelijk vertegenwoordiger"),
    }.get(key, key)


def consent_form(key: str) -> str:
    return {
        "schriftelijk": _t("Schriftelijk"),
        "mondeling": _t("Mondeling"),
        "digitaal": _t("Digitaal"),
    }.get(key, key)


def safety_level(key: str) -> str:
    return {
        "laag": _t("Laag"),
        "midden": _t("Midden"),
        "hoog": _t("Hoog"),
        "acuut": _t("Acuut"),
    }.get(key, key)


def action_kind(key: str) -> str:
    return {"actie": _t("Actiepunt"), "opvolging": _t("Opvolging")}.get(key, key)


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
