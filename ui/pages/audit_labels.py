"""Readable names for the audit log's actions (Logboek), Dutch with an English translation.

The log stores technical names (``note.create``, ``person.dossiers``, ``lock_idle``); the
CSV export (``baken audit``) keeps them. On screen every action has a sentence: a fixed
one from ``_exact()``, or, for the names the record services build as ``<kind>.<verb>``
(``desktop/records.py``: create, update and the named updates; ``<kind>.view``), the
kind's noun with the verb's participle. An unknown name falls back to a readable form of
itself. ``tests/test_audit_labels.py`` scans the code for every action written and fails on
one without a label here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditActions", text)


def _exact() -> dict[str, str]:
    return {
        # opening, locking, keys
        "init": _t("Opslag aangemaakt"),
        "unlock": _t("Ontgrendeld"),
        "recover": _t("Ontgrendeld met de herstelcode"),
        "lock": _t("Vergrendeld"),
        "lock_idle": _t("Automatisch vergrendeld (geen activiteit)"),
        "lock_panic": _t("Direct vergrendeld (paniekknop)"),
        "password_change": _t("Wachtwoord gewijzigd"),
        "recovery_code_new": _t("Nieuwe herstelcode gemaakt"),
        "migration": _t("Opslag bijgewerkt naar een nieuwe versie"),
        "verify": _t("Opslag gecontroleerd"),
        "settings_change": _t("Instellingen gewijzigd"),
        "setting.change": _t("Bewaartermijnen gewijzigd"),
        # backups, handover, transfer
        "backup": _t("Back-up gemaakt"),
        "backup_folder": _t("Map voor back-ups gewijzigd"),
        "restore": _t("Back-up teruggezet"),
        "restore_replaced": _t("Opslag vervangen door een back-up"),
        "handover_export": _t("Overdrachtsbestand gemaakt"),
        "handover_import": _t("Overdrachtsbestand ingelezen"),
        "transfer_export": _t("Dossiers overgedragen aan een collega"),
        "transfer_merge": _t("Overgedragen dossiers samengevoegd"),
        "import": _t("Dossiers geïmporteerd uit een spreadsheet"),
        "demo": _t("Demogegevens geladen"),
        "demo.care": _t("Demogegevens voor opvang geladen"),
        "drafts.save": _t("Concepten bewaard bij vergrendelen"),
        "drafts.expire": _t("Verlopen concepten opgeruimd"),
        # the log itself
        "audit_log.view": _t("Logboek bekeken"),
        "audit_log.verify": _t("Logboek gecontroleerd"),
        "export": _t("Logboek geëxporteerd"),
        # reading
        "search": _t("Gezocht"),
        "today.view": _t("Vandaag bekeken"),
        "care.due": _t("Zorgtaken voor vandaag bekeken"),
        "dossier.list": _t("Dossierlijst bekeken"),
        "dossier.timeline": _t("Tijdlijn van het dossier bekeken"),
        "dossier.reopen": _t("Dossier heropend"),
        "person.dossiers": _t("Andere dossiers van de persoon bekeken"),
        "actiepunt.list": _t("Actiepunten bekeken"),
        "besluit.list": _t("Screeningsbesluiten bekeken"),
        "meeting.list": _t("Screeningsoverleggen bekeken"),
        "screening.agenda": _t("Agenda van het screeningsoverleg gemaakt"),
        "consent.list": _t("Toestemmingen bekeken"),
        "partner.list": _t("Ketenpartners van het dossier bekeken"),
        "safety.list": _t("Veiligheidsinschattingen bekeken"),
        "disclosure.list": _t("Verstrekkingen bekeken"),
        "organisation.list": _t("Adresboek bekeken"),
        "organisation.address_reveal": _t("Geheim adres getoond"),
        "opvang.overview": _t("Opvang en bezetting bekeken"),
        "opvang.clients": _t("Cliënten van een opvang bekeken"),
        "signal.link": _t("Signaal aan een dossier gekoppeld"),
        # letters and documents
        "letter.preview": _t("Brief als voorbeeld bekeken"),
        "letter.make": _t("Brief gemaakt (gegevens verstrekt)"),
        "letter.view": _t("Brief bekeken"),
        "letter.print": _t("Brief afgedrukt"),
        "letter.save": _t("Brief opgeslagen als bestand"),
        "document.add": _t("Document toegevoegd"),
        "document.view": _t("Document bekeken"),
        "document.save": _t("Document opgeslagen als bestand"),
        # privacy, reports, retention
        "inzage.export": _t("Inzageoverzicht (AVG) gemaakt"),
        "report.view": _t("Rapportage bekeken"),
        "report.export": _t("Rapportage geëxporteerd"),
        "retention.list": _t("Dossiers voorbij de bewaartermijn bekeken"),
        "retention.destroy": _t("Dossier vernietigd"),
        "retention.certificate": _t("Verklaring van vernietiging gemaakt"),
        "retention.compact": _t("Opslag na vernietiging opgeschoond"),
    }


def nouns() -> dict[str, str]:
    """The record kinds of ``<kind>.<verb>`` actions (audit object types)."""
    return {
        "person": _t("Persoon"),
        "dossier": _t("Dossier"),
        "signal": _t("Signaal"),
        "meeting": _t("Screeningsoverleg"),
        "besluit": _t("Screeningsbesluit"),
        "actiepunt": _t("Actiepunt"),
        "note": _t("Notitie"),
        "organisation": _t("Organisatie"),
        "contact": _t("Contactpersoon"),
        "partner": _t("Ketenpartner bij dossier"),
        "consent": _t("Toestemming"),
        "safety": _t("Veiligheidsinschatting"),
        "shelter": _t("Opvangprofiel"),
        "placement": _t("Plaatsing"),
        "care_plan": _t("Hulpverleningsplan"),
        "evaluation": _t("Evaluatie"),
        "goal": _t("Doel"),
        "care_action": _t("Actie in het hulpverleningsplan"),
        "aftercare": _t("Nazorg"),
        "checkin": _t("Nazorgcontact"),
        "closure": _t("Afsluiting"),
        "letter": _t("Brief"),
        "document": _t("Document"),
    }


def verbs() -> dict[str, str]:
    """``%1`` is the noun."""
    return {
        "create": _t("%1 aangemaakt"),
        "update": _t("%1 gewijzigd"),
        "view": _t("%1 bekeken"),
        "list": _t("%1: lijst bekeken"),
        "delete": _t("%1 verwijderd"),
        "close": _t("%1 afgesloten"),
        "phase": _t("%1: fase gewijzigd"),
        "link": _t("%1 gekoppeld"),
        "withdraw": _t("%1 ingetrokken"),
        "hold": _t("%1 gehouden"),
        "end": _t("%1 beëindigd"),
        "decide": _t("%1: besluit over de aanvraag"),
        "place": _t("%1: cliënt geplaatst"),
        "transfer": _t("%1: cliënt overgeplaatst"),
    }


def known(action: str) -> bool:
    """Whether ``action`` has a proper label (not the fallback)."""
    if action in _exact():
        return True
    kind, _, verb = action.partition(".")
    return kind in nouns() and verb in verbs()


def action_label(action: str) -> str:
    exact = _exact().get(action)
    if exact is not None:
        return exact
    kind, _, verb = action.partition(".")
    noun, template = nouns().get(kind), verbs().get(verb)
    if noun is not None and template is not None:
        return template.replace("%1", noun)
    readable = action.replace(".", " ").replace("_", " ").strip().capitalize()
    return _t("%1 (%2)").replace("%1", readable or "?").replace("%2", action)


def result_label(result: str) -> str:
    return {
        "ok": _t("gelukt"),
        "mislukt": _t("mislukt"),
        "failed": _t("mislukt"),
        "afgebroken": _t("afgebroken"),
    }.get(result, result)


def origin_label(origin: str, this_computer: str) -> str:
    """Where an action was done: this computer or another one (by its host name)."""
    if not origin:
        return _t("onbekend")
    if origin == this_computer:
        return _t("deze computer (%1)").replace("%1", origin)
    return _t("andere computer (%1)").replace("%1", origin)
