"""The message catalog of ``desktop/``: error and validation messages, and field labels.

Mechanism and storage messages: ``storage/messages.py`` (storage may not import desktop).
``catalog()`` lists every entry of both modules; the UI translates a ``Text`` with
``ui.messages.message_text`` and ``tests/translations.py`` hands every Dutch template to
lupdate (context ``Messages``), so ``resources/translations/baken_en.ts`` holds the English.
"""

from __future__ import annotations

from storage import messages as _storage
from storage.messages import Message, Msg, Param, Text, placeholders

__all__ = ["Message", "Msg", "Param", "Text", "catalog", "placeholders"]


def catalog() -> dict[str, Msg]:
    """Every message of ``storage/messages.py`` and this module, by id."""
    out: dict[str, Msg] = {}
    for module in (_storage.__dict__, globals()):
        for value in module.values():
            if isinstance(value, Msg):
                if value.id in out and out[value.id] != value:
                    raise ValueError(f"message id used twice: {value.id}")
                out[value.id] = value
    return out


# -- desktop messages ------------------------------------------------------------------------
AUDIT_UNTIL_BEFORE_FROM = Msg("audit.until_before_from", "De einddatum ligt vóór de begindatum.")
DOSSIER_GONE = Msg("dossier.gone", "Dit dossier bestaat niet (meer).")
CARE_ALREADY_PLACED = Msg(
    "care.already_placed",
    (
        "Deze cliënt verblijft in die periode al in een andere opvang. Beëindig eerst die "
        "plaatsing, of gebruik doorplaatsen."
    ),
)
CARE_NO_SHELTER_PROFILE = Msg(
    "care.no_shelter_profile", "Deze ketenpartner heeft geen opvangprofiel."
)
CARE_ALREADY_DECIDED = Msg("care.already_decided", "Over deze aanvraag is al besloten.")
CARE_PLACE_ONLY_OPEN = Msg("care.place_only_open", "Alleen een open aanvraag kan worden geplaatst.")
CARE_END_ONLY_RUNNING = Msg(
    "care.end_only_running", "Alleen een lopende plaatsing kan worden beëindigd."
)
CARE_MOVE_ONLY_RUNNING = Msg(
    "care.move_only_running", "Alleen een lopende plaatsing kan worden doorgeplaatst."
)
CARE_MOVE_OTHER_SHELTER = Msg("care.move_other_shelter", "Kies een andere opvang.")
CARE_EVALUATION_BEFORE_PLAN = Msg(
    "care.evaluation_before_plan", "De evaluatie ligt vóór de start van het plan."
)
CARE_NO_AFTERCARE = Msg("care.no_aftercare", "Voor dit dossier is geen nazorg gestart.")
CARE_PLAN_EXISTS = Msg("care.plan_exists", "Dit dossier heeft al een hulpverleningsplan.")
CARE_AFTERCARE_RUNNING = Msg("care.aftercare_running", "Voor dit dossier loopt de nazorg al.")
CARE_DOSSIER_CLOSED = Msg("care.dossier_closed", "Het dossier is afgesloten.")
CARE_END_PLACEMENT_FIRST = Msg(
    "care.end_placement_first", "Beëindig eerst de plaatsing in de opvang."
)
CARE_CLOSURE_BEFORE_START = Msg(
    "care.closure_before_start", "De afsluiting ligt vóór de startdatum."
)
CASES_CLOSE_WITH_REASON = Msg(
    "cases.close_with_reason", "Sluit het dossier af met een datum en een reden."
)
CASES_UNKNOWN_SORT = Msg("cases.unknown_sort", "Onbekende sortering.")
LETTERS_SET_NOT_A_FIELD = Msg(
    "letters.set_not_a_field", "Een --set-veld is geen invulveld van deze sjabloon."
)
CSV_UTF16 = Msg(
    "csv.utf16",
    (
        "Dit bestand is UTF-16 ('Unicode-tekst'). Sla het op als 'CSV UTF-8' of 'CSV (gescheiden "
        "door lijstscheidingsteken)'."
    ),
)
CSV_NOTHING = Msg("csv.nothing", "Er is niets om te importeren.")
CSV_ENCODING = Msg(
    "csv.encoding", "De tekenset van het bestand is niet herkend (verwacht UTF-8 of Windows-1252)."
)
CSV_FILE_MISSING = Msg("csv.file_missing", "Het importbestand bestaat niet.")
CSV_FILE_UNREADABLE = Msg("csv.file_unreadable", "Het importbestand kan niet worden gelezen.")
LETTERS_FIELD_NOT_IN_TEMPLATE = Msg(
    "letters.field_not_in_template", "Een gekozen veld hoort niet bij deze sjabloon."
)
LETTERS_CHOOSE_RECIPIENT = Msg("letters.choose_recipient", "Kies een ontvanger (ketenpartner).")
DOCUMENTS_EMPTY = Msg("documents.empty", "Het bestand is leeg.")
DOCUMENTS_WRONG_TYPE = Msg(
    "documents.wrong_type", "Alleen PDF-, JPG- en PNG-bestanden kunnen worden toegevoegd."
)
DOCUMENTS_CHOOSE_KIND = Msg("documents.choose_kind", "Kies een soort document.")
LETTERS_CONSENT_INVALID = Msg(
    "letters.consent_invalid",
    ("Deze toestemming is niet (meer) geldig voor deze ontvanger en dit doel."),
)
DOCUMENTS_CONSENT_OTHER_DOSSIER = Msg(
    "documents.consent_other_dossier", "Deze toestemming hoort niet bij dit dossier."
)
DOCUMENTS_UNREADABLE = Msg("documents.unreadable", "Het bestand kan niet worden gelezen.")
LETTERS_NO_TEMPLATE = Msg("letters.no_template", "Deze briefsjabloon bestaat niet.")
RECORDS_EXISTS = Msg("records.exists", "Dit gegeven bestaat al; gebruik wijzigen.")
RECORDS_NOT_SAVED = Msg("records.not_saved", "Dit gegeven is nog niet opgeslagen.")
REPORT_QUARTER = Msg("report.quarter", "Het kwartaal is 1, 2, 3 of 4.")
REPORT_YEAR_NUMBER = Msg("report.year_number", "Het jaar moet een getal zijn, bijvoorbeeld 2026.")
REPORT_FORMAT = Msg("report.format", "Het formaat is csv of pdf.")
RETENTION_BASIS_REQUIRED = Msg(
    "retention.basis_required", "Noteer de grondslag van de bewaartermijn."
)
RETENTION_CHOOSE_DOSSIER = Msg(
    "retention.choose_dossier", "Kies minstens één dossier om te vernietigen."
)
RETENTION_NO_STATEMENT = Msg("retention.no_statement", "Vernietigingsverklaring niet gevonden.")
RETENTION_NOTHING_TO_STATE = Msg(
    "retention.nothing_to_state", "Er is geen vernietiging om te verklaren."
)
RETENTION_COMPACT_PENDING = Msg(
    "retention.compact_pending",
    (
        "De dossiers zijn vernietigd, maar het gegevensbestand kon nog niet worden opgeschoond "
        "(het is in gebruik). Baken probeert het opnieuw bij de volgende keer dat de lijst Te "
        "vernietigen wordt getoond."
    ),
)

LETTERS_CONSENT_REQUIRED = Msg(
    "letters.consent_required",
    (
        "Er is geen geldige toestemming voor deze ontvanger en dit doel. Leg een reden vast "
        "(bijvoorbeeld acuut gevaar) om de brief toch te maken."
    ),
)
DOCUMENTS_TOO_LARGE = Msg(
    "documents.too_large",
    (
        "Het bestand is groter dan {mb} MB en kan niet worden toegevoegd. Verklein het "
        "(bijvoorbeeld opnieuw scannen in zwart-wit of met een lagere resolutie) of voeg het in "
        "delen toe."
    ),
)
AUDIT_BAD_DATE = Msg(
    "audit.bad_date", "Ongeldige datum bij {field}: gebruik JJJJ-MM-DD (bijvoorbeeld 2026-01-31)."
)
CSV_ERRORS = Msg("csv.errors", "Er zijn {count} fouten; er is niets geïmporteerd.")
REPORT_YEAR_RANGE = Msg("report.year_range", "Kies een jaar van {first} tot en met {last}.")
RETENTION_YEARS = Msg(
    "retention.years", "Een bewaartermijn is een heel aantal jaren van 1 tot en met {max_years}."
)
RETENTION_UNKNOWN_DOSSIER = Msg(
    "retention.unknown_dossier", "Dossier {number} bestaat niet (meer)."
)
RETENTION_NOT_DUE = Msg(
    "retention.not_due",
    (
        "Dossier {number} is niet afgesloten of de bewaartermijn is nog niet verstreken; er is "
        "niets vernietigd."
    ),
)
