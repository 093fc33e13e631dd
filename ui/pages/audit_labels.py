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


def _exact() -> dict[str, str]:
    return {
        # opening, locking, keys
        "init": QCoreApplication.translate("AuditActions", "Opslag aangemaakt"),
        "unlock": QCoreApplication.translate("AuditActions", "Ontgrendeld"),
        "recover": QCoreApplication.translate("AuditActions", "Ontgrendeld met de herstelcode"),
        "lock": QCoreApplication.translate("AuditActions", "Vergrendeld"),
        "lock_idle": QCoreApplication.translate(
            "AuditActions", "Automatisch vergrendeld (geen activiteit)"
        ),
        "lock_panic": QCoreApplication.translate("AuditActions", "Direct vergrendeld (paniekknop)"),
        "password_change": QCoreApplication.translate("AuditActions", "Wachtwoord gewijzigd"),
        "recovery_code_new": QCoreApplication.translate(
            "AuditActions", "Nieuwe herstelcode gemaakt"
        ),
        "migration": QCoreApplication.translate(
            "AuditActions", "Opslag bijgewerkt naar een nieuwe versie"
        ),
        "verify": QCoreApplication.translate("AuditActions", "Opslag gecontroleerd"),
        "settings_change": QCoreApplication.translate("AuditActions", "Instellingen gewijzigd"),
        "setting.change": QCoreApplication.translate("AuditActions", "Bewaartermijnen gewijzigd"),
        # backups, handover, transfer
        "backup": QCoreApplication.translate("AuditActions", "Back-up gemaakt"),
        "backup_folder": QCoreApplication.translate("AuditActions", "Map voor back-ups gewijzigd"),
        "restore": QCoreApplication.translate("AuditActions", "Back-up teruggezet"),
        "restore_replaced": QCoreApplication.translate(
            "AuditActions", "Opslag vervangen door een back-up"
        ),
        "handover_export": QCoreApplication.translate("AuditActions", "Overdrachtsbestand gemaakt"),
        "handover_import": QCoreApplication.translate(
            "AuditActions", "Overdrachtsbestand ingelezen"
        ),
        "transfer_export": QCoreApplication.translate(
            "AuditActions", "Dossiers overgedragen aan een collega"
        ),
        "transfer_merge": QCoreApplication.translate(
            "AuditActions", "Overgedragen dossiers samengevoegd"
        ),
        "import": QCoreApplication.translate(
            "AuditActions", "Dossiers geïmporteerd uit een spreadsheet"
        ),
        "demo": QCoreApplication.translate("AuditActions", "Demogegevens geladen"),
        "demo.care": QCoreApplication.translate("AuditActions", "Demogegevens voor opvang geladen"),
        "drafts.save": QCoreApplication.translate(
            "AuditActions", "Concepten bewaard bij vergrendelen"
        ),
        "drafts.expire": QCoreApplication.translate("AuditActions", "Verlopen concepten opgeruimd"),
        # the log itself
        "audit_log.view": QCoreApplication.translate("AuditActions", "Logboek bekeken"),
        "audit_log.verify": QCoreApplication.translate("AuditActions", "Logboek gecontroleerd"),
        "export": QCoreApplication.translate("AuditActions", "Logboek geëxporteerd"),
        # reading
        "search": QCoreApplication.translate("AuditActions", "Gezocht"),
        "today.view": QCoreApplication.translate("AuditActions", "Vandaag bekeken"),
        "care.due": QCoreApplication.translate("AuditActions", "Zorgtaken voor vandaag bekeken"),
        "dossier.list": QCoreApplication.translate("AuditActions", "Dossierlijst bekeken"),
        "dossier.timeline": QCoreApplication.translate(
            "AuditActions", "Tijdlijn van het dossier bekeken"
        ),
        "dossier.reopen": QCoreApplication.translate("AuditActions", "Dossier heropend"),
        "person.dossiers": QCoreApplication.translate(
            "AuditActions", "Andere dossiers van de persoon bekeken"
        ),
        "actiepunt.list": QCoreApplication.translate("AuditActions", "Actiepunten bekeken"),
        "besluit.list": QCoreApplication.translate("AuditActions", "Screeningsbesluiten bekeken"),
        "meeting.list": QCoreApplication.translate("AuditActions", "Screeningsoverleggen bekeken"),
        "screening.agenda": QCoreApplication.translate(
            "AuditActions", "Agenda van het screeningsoverleg gemaakt"
        ),
        "consent.list": QCoreApplication.translate("AuditActions", "Toestemmingen bekeken"),
        "partner.list": QCoreApplication.translate(
            "AuditActions", "Ketenpartners van het dossier bekeken"
        ),
        "safety.list": QCoreApplication.translate(
            "AuditActions", "Veiligheidsinschattingen bekeken"
        ),
        "disclosure.list": QCoreApplication.translate("AuditActions", "Verstrekkingen bekeken"),
        "organisation.list": QCoreApplication.translate("AuditActions", "Adresboek bekeken"),
        "organisation.address_reveal": QCoreApplication.translate(
            "AuditActions", "Geheim adres getoond"
        ),
        "opvang.overview": QCoreApplication.translate(
            "AuditActions", "Opvang en bezetting bekeken"
        ),
        "opvang.clients": QCoreApplication.translate(
            "AuditActions", "Cliënten van een opvang bekeken"
        ),
        "signal.link": QCoreApplication.translate(
            "AuditActions", "Signaal aan een dossier gekoppeld"
        ),
        # letters and documents
        "letter.preview": QCoreApplication.translate("AuditActions", "Brief als voorbeeld bekeken"),
        "letter.make": QCoreApplication.translate(
            "AuditActions", "Brief gemaakt (gegevens verstrekt)"
        ),
        "letter.view": QCoreApplication.translate("AuditActions", "Brief bekeken"),
        "exchange.card_export": QCoreApplication.translate(
            "AuditActions", "Sleutelkaart (contactkaart) opgeslagen"
        ),
        "exchange.contact_add": QCoreApplication.translate(
            "AuditActions", "Contact voor uitwisselen toegevoegd"
        ),
        "exchange.contact_changed": QCoreApplication.translate(
            "AuditActions", "Andere sleutels voor een contact geweigerd"
        ),
        "exchange.contact_rekey": QCoreApplication.translate(
            "AuditActions", "Nieuwe sleutels van een contact geverifieerd"
        ),
        "exchange.contact_remove": QCoreApplication.translate(
            "AuditActions", "Contact voor uitwisselen verwijderd"
        ),
        "exchange.contact_verify": QCoreApplication.translate(
            "AuditActions", "Contact geverifieerd (vingerafdruk)"
        ),
        "exchange.folders": QCoreApplication.translate(
            "AuditActions", "Mappen voor uitwisselen ingesteld"
        ),
        "exchange.handover_key": QCoreApplication.translate(
            "AuditActions", "Overdracht versleuteld voor een opvolger"
        ),
        "exchange.handover_key_open": QCoreApplication.translate(
            "AuditActions", "Overdracht voor deze opslag geopend"
        ),
        "exchange.identity_create": QCoreApplication.translate(
            "AuditActions", "Sleutelpaar voor uitwisselen gemaakt"
        ),
        "exchange.identity_retire": QCoreApplication.translate(
            "AuditActions", "Oud sleutelpaar buiten gebruik gesteld"
        ),
        "exchange.keycard_export": QCoreApplication.translate(
            "AuditActions", "Sleutelkaart afgedrukt of opgeslagen"
        ),
        "exchange.receive": QCoreApplication.translate("AuditActions", "Pakket ontvangen"),
        "exchange.reporter_mode": QCoreApplication.translate(
            "AuditActions", "Ingesteld als aandachtsfunctionaris (meldt aan de zorgcoördinator)"
        ),
        "exchange.secret_export": QCoreApplication.translate(
            "AuditActions", "Geheime sleutel geëxporteerd"
        ),
        "exchange.send": QCoreApplication.translate(
            "AuditActions", "Pakket verstuurd (gegevens verstrekt)"
        ),
        "exchange.signal_handed_over": QCoreApplication.translate(
            "AuditActions", "Signaal overgedragen aan de zorgcoördinator"
        ),
        "note.history": QCoreApplication.translate(
            "AuditActions", "Eerdere versies van een notitie bekeken"
        ),
        "referral.create": QCoreApplication.translate("AuditActions", "Verwijzing vastgelegd"),
        "referral.list": QCoreApplication.translate("AuditActions", "Verwijzingen bekeken"),
        "referral.status": QCoreApplication.translate(
            "AuditActions", "Status van een verwijzing gewijzigd"
        ),
        "letter.print": QCoreApplication.translate("AuditActions", "Brief afgedrukt"),
        "letter.save": QCoreApplication.translate("AuditActions", "Brief opgeslagen als bestand"),
        "document.add": QCoreApplication.translate("AuditActions", "Document toegevoegd"),
        "document.view": QCoreApplication.translate("AuditActions", "Document bekeken"),
        "document.save": QCoreApplication.translate(
            "AuditActions", "Document opgeslagen als bestand"
        ),
        # privacy, reports, retention
        "inzage.export": QCoreApplication.translate(
            "AuditActions", "Inzageoverzicht (AVG) gemaakt"
        ),
        "report.view": QCoreApplication.translate("AuditActions", "Rapportage bekeken"),
        "report.export": QCoreApplication.translate("AuditActions", "Rapportage geëxporteerd"),
        "retention.list": QCoreApplication.translate(
            "AuditActions", "Dossiers voorbij de bewaartermijn bekeken"
        ),
        "retention.destroy": QCoreApplication.translate("AuditActions", "Dossier vernietigd"),
        "retention.certificate": QCoreApplication.translate(
            "AuditActions", "Verklaring van vernietiging gemaakt"
        ),
        "retention.compact": QCoreApplication.translate(
            "AuditActions", "Opslag na vernietiging opgeschoond"
        ),
    }


def nouns() -> dict[str, str]:
    """The record kinds of ``<kind>.<verb>`` actions (audit object types)."""
    return {
        "person": QCoreApplication.translate("AuditActions", "Persoon"),
        "dossier": QCoreApplication.translate("AuditActions", "Dossier"),
        "signal": QCoreApplication.translate("AuditActions", "Signaal"),
        "meeting": QCoreApplication.translate("AuditActions", "Screeningsoverleg"),
        "besluit": QCoreApplication.translate("AuditActions", "Screeningsbesluit"),
        "actiepunt": QCoreApplication.translate("AuditActions", "Actiepunt"),
        "note": QCoreApplication.translate("AuditActions", "Notitie"),
        "organisation": QCoreApplication.translate("AuditActions", "Organisatie"),
        "contact": QCoreApplication.translate("AuditActions", "Contactpersoon"),
        "partner": QCoreApplication.translate("AuditActions", "Ketenpartner bij dossier"),
        "consent": QCoreApplication.translate("AuditActions", "Toestemming"),
        "safety": QCoreApplication.translate("AuditActions", "Veiligheidsinschatting"),
        "shelter": QCoreApplication.translate("AuditActions", "Opvangprofiel"),
        "placement": QCoreApplication.translate("AuditActions", "Plaatsing"),
        "care_plan": QCoreApplication.translate("AuditActions", "Hulpverleningsplan"),
        "evaluation": QCoreApplication.translate("AuditActions", "Evaluatie"),
        "goal": QCoreApplication.translate("AuditActions", "Doel"),
        "care_action": QCoreApplication.translate(
            "AuditActions", "Actie in het hulpverleningsplan"
        ),
        "aftercare": QCoreApplication.translate("AuditActions", "Nazorg"),
        "checkin": QCoreApplication.translate("AuditActions", "Nazorgcontact"),
        "closure": QCoreApplication.translate("AuditActions", "Afsluiting"),
        "letter": QCoreApplication.translate("AuditActions", "Brief"),
        "document": QCoreApplication.translate("AuditActions", "Document"),
    }


def verbs() -> dict[str, str]:
    """``%1`` is the noun."""
    return {
        "create": QCoreApplication.translate("AuditActions", "%1 aangemaakt"),
        "update": QCoreApplication.translate("AuditActions", "%1 gewijzigd"),
        "revise": QCoreApplication.translate(
            "AuditActions", "%1 gecorrigeerd (eerdere versie bewaard)"
        ),
        "view": QCoreApplication.translate("AuditActions", "%1 bekeken"),
        "list": QCoreApplication.translate("AuditActions", "%1: lijst bekeken"),
        "delete": QCoreApplication.translate("AuditActions", "%1 verwijderd"),
        "close": QCoreApplication.translate("AuditActions", "%1 afgesloten"),
        "phase": QCoreApplication.translate("AuditActions", "%1: fase gewijzigd"),
        "link": QCoreApplication.translate("AuditActions", "%1 gekoppeld"),
        "withdraw": QCoreApplication.translate("AuditActions", "%1 ingetrokken"),
        "hold": QCoreApplication.translate("AuditActions", "%1 gehouden"),
        "end": QCoreApplication.translate("AuditActions", "%1 beëindigd"),
        "decide": QCoreApplication.translate("AuditActions", "%1: besluit over de aanvraag"),
        "place": QCoreApplication.translate("AuditActions", "%1: cliënt geplaatst"),
        "transfer": QCoreApplication.translate("AuditActions", "%1: cliënt overgeplaatst"),
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
    return (
        QCoreApplication.translate("AuditActions", "%1 (%2)")
        .replace("%1", readable or "?")
        .replace("%2", action)
    )


def result_label(result: str) -> str:
    return {
        "ok": QCoreApplication.translate("AuditActions", "gelukt"),
        "mislukt": QCoreApplication.translate("AuditActions", "mislukt"),
        "failed": QCoreApplication.translate("AuditActions", "mislukt"),
        "afgebroken": QCoreApplication.translate("AuditActions", "afgebroken"),
    }.get(result, result)


def origin_label(origin: str, this_computer: str) -> str:
    """Where an action was done: this computer or another one (by its host name)."""
    if not origin:
        return QCoreApplication.translate("AuditActions", "onbekend")
    if origin == this_computer:
        return QCoreApplication.translate("AuditActions", "deze computer (%1)").replace(
            "%1", origin
        )
    return QCoreApplication.translate("AuditActions", "andere computer (%1)").replace("%1", origin)
