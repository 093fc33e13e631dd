"""The message catalog of ``desktop/``: error and validation messages, and field labels.

Mechanism and storage messages: ``storage/messages.py`` (storage may not import desktop).
``catalog()`` lists every entry of both modules; the UI translates a ``Text`` with
``ui.messages.message_text`` and ``tests/translations.py`` hands every Dutch template to
lupdate (context ``Messages``), so ``resources/translations/baken_en.ts`` holds the English.
"""

from __future__ import annotations

from storage import messages as _storage
from storage.messages import Message, Msg, Param, Text, placeholders, render

__all__ = ["Message", "Msg", "Param", "Text", "catalog", "placeholders", "render"]


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
DEMO_NOTHING_ADDED = Msg("demo.nothing_added", "{error} Er zijn geen demogegevens toegevoegd.")
ORG_IN_USE = Msg(
    "organisation.in_use",
    "Deze organisatie kan niet weg: ze is ketenpartner in {partners} dossier(s) en opvang bij "
    "{placements} plaatsing(en). Haal haar daar eerst weg.",
)
REF_SENT_FUTURE = Msg("referral.sent_future", "Datum verstuurd ligt in de toekomst.")
REF_NO_ORG = Msg("referral.no_organisation", "Kies de organisatie waarnaar is verwezen.")
REF_UNKNOWN_STATUS = Msg("referral.unknown_status", "Onbekende status.")
REF_DATE_FUTURE = Msg("referral.date_future", "De datum ligt in de toekomst.")
REF_DATE_BEFORE_SENT = Msg("referral.date_before_sent", "De datum ligt vóór de datum verstuurd.")
REF_WAIT_DAYS = Msg("referral.wait_days", "Kies 0 tot en met 365 dagen.")
TIMELINE_UNKNOWN_KIND = Msg("timeline.unknown_kind", "Onbekende soort in de tijdlijn.")
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
    "Deze toestemming is niet (meer) geldig voor deze ontvanger en dit doel.",
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

# -- validation (desktop/cases/validation.py, desktop/care/validation.py) ----------------------
# "{label}" is a field label (a LABEL_* entry below), translated with the message.
V_INVALID = Msg("validation.invalid", "{label}: ongeldige waarde.")
V_REQUIRED = Msg("validation.required", "{label} is verplicht.")
V_TOO_LONG = Msg("validation.too_long", "{label} is te lang (maximaal {max_len} tekens).")
V_BAD_CHARS = Msg("validation.bad_chars", "{label} bevat ongeldige tekens.")
V_LINE_BREAK = Msg("validation.line_break", "{label} bevat een regelovergang of ongeldige tekens.")
V_CHOOSE = Msg("validation.choose", "{label}: kies een van de mogelijkheden.")
V_UNKNOWN_CHOICE = Msg("validation.unknown_choice", "{label}: onbekende keuze.")
V_DUPLICATE_CHOICE = Msg("validation.duplicate_choice", "{label}: een keuze staat er dubbel in.")
V_BAD_DATE = Msg("validation.bad_date", "{label}: ongeldige datum.")
V_TOO_OLD = Msg("validation.too_old", "{label} ligt te ver in het verleden.")
V_IN_FUTURE = Msg("validation.in_future", "{label} ligt in de toekomst.")
V_BAD_REF = Msg("validation.bad_ref", "{label}: ongeldige verwijzing.")

V_PERSON_ALIAS = Msg("validation.person.alias", "Vul een naam of een alias in.")
V_PERSON_BIRTH_YEAR_ESTIMATED = Msg(
    "validation.person.birth_year_estimated",
    "Geschat geboortejaar: vul een jaar in, niet in de toekomst.",
)
V_PERSON_NATIONALITY = Msg(
    "validation.person.nationality",
    "Nationaliteit: kies een land uit de lijst.",
)
V_PERSON_LANGUAGES = Msg(
    "validation.person.languages", "Talen: gebruik taalcodes (ISO 639), bijv. nl, en, ro."
)
V_PERSON_INTERPRETER_NEEDED = Msg(
    "validation.person.interpreter_needed", "Tolk nodig: ongeldige waarde."
)
V_PERSON_LANGUAGES_TWICE = Msg(
    "validation.person.languages_twice", "Talen: een taal staat er dubbel in."
)
V_DOSSIER_CLOSED_ON = Msg("validation.dossier.closed_on", "De afsluiting ligt vóór de startdatum.")
V_DOSSIER_BEDENKTIJD_END = Msg(
    "validation.dossier.bedenktijd_end", "Het einde van de bedenktijd ligt vóór het begin."
)
V_DOSSIER_STATUS = Msg(
    "validation.dossier.status", "Een afgesloten dossier heeft de status 'gesloten'."
)
V_DOSSIER_PHASE = Msg(
    "validation.dossier.phase", "Een gesloten dossier staat in de fase 'afgesloten'."
)
V_DOSSIER_BEDENKTIJD_START = Msg(
    "validation.dossier.bedenktijd_start", "Vul ook het begin van de bedenktijd in."
)
V_DOSSIER_BEDENKTIJD_MAX = Msg(
    "validation.dossier.bedenktijd_max", "De bedenktijd duurt hooguit 3 maanden."
)
V_DOSSIER_CLOSED_ON_REQUIRED = Msg(
    "validation.dossier.closed_on_required",
    "Datum afsluiting is verplicht bij een afgesloten dossier.",
)
V_DOSSIER_CLOSE_REASON = Msg(
    "validation.dossier.close_reason", "Reden van afsluiting is verplicht."
)
V_MEETING_ATTENDEES = Msg("validation.meeting.attendees", "Aanwezigen: ongeldige waarde.")
V_BESLUIT_INFO_BEFORE = Msg(
    "validation.besluit.info_before", "'Vóór' ligt vóór de datum van het besluit."
)
V_CONTACT_FIELDS_PHONE_DIGITS = Msg(
    "validation.contact_fields.phone_digits", "Telefoon: te weinig cijfers."
)
V_ORG_COUNTRY = Msg("validation.organisation.country", "Land: kies een land uit de lijst.")
V_ORG_POSTCODE = Msg(
    "validation.organisation.postcode", "Postcode: 4 cijfers en 2 letters, bijv. 1234 AB."
)
V_ORG_CITY = Msg("validation.organisation.city", "Plaats ontbreekt bij het adres.")
V_ORG_WEBSITE = Msg(
    "validation.organisation.website", "Website is ongeldig, bijv. www.voorbeeld.nl."
)
V_NOTE_TIME = Msg("validation.note.time", "Tijd: gebruik uu:mm, bijvoorbeeld 09:30.")
V_CONTACT_FIELDS_PHONE = Msg(
    "validation.contact_fields.phone", "Telefoon: alleen cijfers, spaties en + - ( )."
)
V_CONTACT_FIELDS_EMAIL = Msg("validation.contact_fields.email", "E-mailadres is ongeldig.")
V_CONSENT_VALID_UNTIL = Msg("validation.consent.valid_until", "'Geldig tot' ligt vóór de datum.")
V_CONSENT_WITHDRAWN_ON = Msg(
    "validation.consent.withdrawn_on", "Intrekking ligt vóór de toestemming."
)
V_SHELTER_CAPACITY = Msg("validation.shelter.capacity", "Capaciteit: vul een heel getal in.")
V_PLACEMENT_DECIDED_ON = Msg(
    "validation.placement.decided_on", "Het besluit ligt vóór de aanvraag."
)
V_PLACEMENT_START_ON = Msg("validation.placement.start_on", "De plaatsing ligt vóór de aanvraag.")
V_PLACEMENT_END_ON = Msg(
    "validation.placement.end_on", "De einddatum ligt vóór de plaatsingsdatum."
)
V_PLACEMENT_START_ON_NOT_PLACED = Msg(
    "validation.placement.start_on_not_placed",
    "Een plaatsingsdatum hoort bij een geplaatste cliënt.",
)
V_PLACEMENT_END_ON_NOT_ENDED = Msg(
    "validation.placement.end_on_not_ended", "Een einddatum hoort bij een beëindigde plaatsing."
)
V_PLACEMENT_END_REASON = Msg(
    "validation.placement.end_reason", "Reden van beëindiging is verplicht."
)
V_PLACEMENT_END_REASON_NOT_ENDED = Msg(
    "validation.placement.end_reason_not_ended",
    "Een reden van beëindiging hoort bij een beëindigde plaatsing.",
)
V_EVALUATION_KIND = Msg("validation.evaluation.kind", "Soort: kies een van de mogelijkheden.")
V_SCORES_UNKNOWN_DOMAIN = Msg("validation.scores.unknown_domain", "Onbekend leefgebied.")
V_ACTION_DONE_ON = Msg("validation.action.done_on", "Vul in wanneer de actie is gedaan.")
V_AFTERCARE_ENDED_ON = Msg(
    "validation.aftercare.ended_on", "Het einde ligt vóór de start van de nazorg."
)
V_AFTERCARE_SCHEDULE_MONTHS = Msg(
    "validation.aftercare.schedule_months",
    "Schema: oplopende aantallen maanden, bijvoorbeeld 1, 3, 6, 12.",
)
V_CHECKIN_OUTCOME = Msg("validation.checkin.outcome", "Kies de uitkomst van het contact.")
V_CHECKIN_HELD_ON = Msg("validation.checkin.held_on", "Vul in wanneer het contact was.")

# -- field labels (the {label} of the validation messages) -------------------------------------
LABEL_AANMELDER = Msg("label.aanmelder", "Aanmelder")
LABEL_AANTEKENINGEN = Msg("label.aantekeningen", "Aantekeningen")
LABEL_AANWEZIGE = Msg("label.aanwezige", "Aanwezige")
LABEL_ACHTERNAAM = Msg("label.achternaam", "Achternaam")
LABEL_ACTIEPUNT = Msg("label.actiepunt", "Actiepunt")
LABEL_ADRES = Msg("label.adres", "Adres")
LABEL_AFGEROND_OP = Msg("label.afgerond_op", "Afgerond op")
LABEL_ALIAS = Msg("label.alias", "Alias")
LABEL_ALIAS_OF_INITIALEN = Msg("label.alias_of_initialen", "Alias of initialen")
LABEL_B8_GEGEVENS = Msg("label.b8_gegevens", "B8-gegevens")
LABEL_BEGIN_BEDENKTIJD = Msg("label.begin_bedenktijd", "Begin bedenktijd")
LABEL_BEREIKBAARHEID_AANMELDER = Msg("label.bereikbaarheid_aanmelder", "Bereikbaarheid aanmelder")
LABEL_BESLUIT = Msg("label.besluit", "Besluit")
LABEL_CONTACTPERSOON = Msg("label.contactpersoon", "Contactpersoon")
LABEL_CONTACT_VOOR_AANMELDING = Msg("label.contact_voor_aanmelding", "Contact voor aanmelding")
LABEL_DATUM = Msg("label.datum", "Datum")
LABEL_DATUM_AANGIFTE = Msg("label.datum_aangifte", "Datum aangifte")
LABEL_DATUM_AANMELDING = Msg("label.datum_aanmelding", "Datum aanmelding")
LABEL_DATUM_AANVRAAG = Msg("label.datum_aanvraag", "Datum aanvraag")
LABEL_DATUM_AFSLUITING = Msg("label.datum_afsluiting", "Datum afsluiting")
LABEL_DATUM_BESLUIT = Msg("label.datum_besluit", "Datum besluit")
LABEL_DATUM_INFORMATIEF_GESPREK = Msg(
    "label.datum_informatief_gesprek", "Datum informatief gesprek"
)
LABEL_DATUM_INSCHATTING = Msg("label.datum_inschatting", "Datum inschatting")
LABEL_DATUM_OVERLEG = Msg("label.datum_overleg", "Datum overleg")
LABEL_DATUM_PLAATSING = Msg("label.datum_plaatsing", "Datum plaatsing")
LABEL_DATUM_TOESTEMMING = Msg("label.datum_toestemming", "Datum toestemming")
LABEL_DATUM_WARME_OVERDRACHT = Msg("label.datum_warme_overdracht", "Datum warme overdracht")
LABEL_DOEL = Msg("label.doel", "Doel")
LABEL_DOELGROEPEN = Msg("label.doelgroepen", "Doelgroepen")
LABEL_DOORVERWIJZEN_NAAR = Msg("label.doorverwijzen_naar", "Doorverwijzen naar")
LABEL_DOSSIER = Msg("label.dossier", "Dossier")
LABEL_DOSSIERHOUDER = Msg("label.dossierhouder", "Dossierhouder")
LABEL_DOSSIERNUMMER = Msg("label.dossiernummer", "Dossiernummer")
LABEL_EIGENAAR = Msg("label.eigenaar", "Eigenaar")
LABEL_EINDDATUM = Msg("label.einddatum", "Einddatum")
LABEL_EINDE_BEDENKTIJD = Msg("label.einde_bedenktijd", "Einde bedenktijd")
LABEL_E_MAIL = Msg("label.e_mail", "E-mail")
LABEL_FASE = Msg("label.fase", "Fase")
LABEL_FUNCTIE = Msg("label.functie", "Functie")
LABEL_GEBOORTEDATUM = Msg("label.geboortedatum", "Geboortedatum")
LABEL_GEDAAN_OP = Msg("label.gedaan_op", "Gedaan op")
LABEL_GEGEVEN_ALS = Msg("label.gegeven_als", "Gegeven als")
LABEL_GEHOUDEN_OP = Msg("label.gehouden_op", "Gehouden op")
LABEL_GELDIG_TOT = Msg("label.geldig_tot", "Geldig tot")
LABEL_GEPLANDE_DATUM = Msg("label.geplande_datum", "Geplande datum")
LABEL_GEPLAND_OP = Msg("label.gepland_op", "Gepland op")
LABEL_GESLACHT = Msg("label.geslacht", "Geslacht")
LABEL_GEVRAAGDE_SOORT_OPVANG = Msg("label.gevraagde_soort_opvang", "Gevraagde soort opvang")
LABEL_INFORMATIE_VAN = Msg("label.informatie_van", "Informatie van")
LABEL_INFORMATIE_VOOR = Msg("label.informatie_voor", "Informatie vóór")
LABEL_INGETROKKEN_OP = Msg("label.ingetrokken_op", "Ingetrokken op")
LABEL_INKOMEN_EN_VERZEKERING = Msg("label.inkomen_en_verzekering", "Inkomen en verzekering")
LABEL_KETENPARTNER = Msg("label.ketenpartner", "Ketenpartner")
LABEL_KINDEREN = Msg("label.kinderen", "Kinderen")
LABEL_LEEFGEBIED = Msg("label.leefgebied", "Leefgebied")
LABEL_NAAM = Msg("label.naam", "Naam")
LABEL_NAAM_ONTVANGER = Msg("label.naam_ontvanger", "Naam ontvanger")
LABEL_NAZORG = Msg("label.nazorg", "Nazorg")
LABEL_NAZORG_BEEINDIGD_OP = Msg("label.nazorg_beeindigd_op", "Nazorg beëindigd op")
LABEL_NIVEAU = Msg("label.niveau", "Niveau")
LABEL_ONTVANGENDE_ORGANISATIE = Msg("label.ontvangende_organisatie", "Ontvangende organisatie")
LABEL_ONTVANGER = Msg("label.ontvanger", "Ontvanger")
LABEL_TIJD = Msg("label.tijd", "Tijd")
LABEL_OPMERKINGEN = Msg("label.opmerkingen", "Opmerkingen")
LABEL_STRAAT = Msg("label.straat", "Straat en huisnummer")
LABEL_POSTCODE = Msg("label.postcode", "Postcode")
LABEL_PLAATS = Msg("label.plaats", "Plaats")
LABEL_WEBSITE = Msg("label.website", "Website")
LABEL_OPVANG = Msg("label.opvang", "Opvang")
LABEL_ORGANISATIE = Msg("label.organisatie", "Organisatie")
LABEL_ORGANISATIE_AANMELDER = Msg("label.organisatie_aanmelder", "Organisatie aanmelder")
LABEL_OVERGEDRAGEN_AAN = Msg("label.overgedragen_aan", "Overgedragen aan")
LABEL_OVERIGE_SIGNALEN = Msg("label.overige_signalen", "Overige signalen")
LABEL_OVERLEG = Msg("label.overleg", "Overleg")
LABEL_PERSOON = Msg("label.persoon", "Persoon")
LABEL_PLAN = Msg("label.plan", "Plan")
LABEL_REDEN = Msg("label.reden", "Reden")
LABEL_REDEN_VAN_AFSLUITING = Msg("label.reden_van_afsluiting", "Reden van afsluiting")
LABEL_REDEN_VAN_AFWIJZING = Msg("label.reden_van_afwijzing", "Reden van afwijzing")
LABEL_REDEN_VAN_BEEINDIGING = Msg("label.reden_van_beeindiging", "Reden van beëindiging")
LABEL_RELATIE_TOT_DE_UITBUITER = Msg("label.relatie_tot_de_uitbuiter", "Relatie tot de uitbuiter")
LABEL_RISICOFACTOREN = Msg("label.risicofactoren", "Risicofactoren")
LABEL_ROL = Msg("label.rol", "Rol")
LABEL_SAMENVATTING = Msg("label.samenvatting", "Samenvatting")
LABEL_SCREENINGSOVERLEG = Msg("label.screeningsoverleg", "Screeningsoverleg")
LABEL_SIGNAAL = Msg("label.signaal", "Signaal")
LABEL_SIGNALEN = Msg("label.signalen", "Signalen")
LABEL_SOORT = Msg("label.soort", "Soort")
LABEL_SOORT_AANMELDER = Msg("label.soort_aanmelder", "Soort aanmelder")
LABEL_SOORT_OPVANG = Msg("label.soort_opvang", "Soort opvang")
LABEL_SOORT_ORGANISATIE = Msg("label.soort_organisatie", "Soort organisatie")
LABEL_STARTDATUM = Msg("label.startdatum", "Startdatum")
LABEL_STARTDATUM_PLAN = Msg("label.startdatum_plan", "Startdatum plan")
LABEL_START_NAZORG = Msg("label.start_nazorg", "Start nazorg")
LABEL_STATUS = Msg("label.status", "Status")
LABEL_TEKST = Msg("label.tekst", "Tekst")
LABEL_TELEFOON = Msg("label.telefoon", "Telefoon")
LABEL_TOELICHTING = Msg("label.toelichting", "Toelichting")
LABEL_TOESTEMMING_GEGEVEN_DOOR = Msg("label.toestemming_gegeven_door", "Toestemming gegeven door")
LABEL_UITBUITINGSVORM = Msg("label.uitbuitingsvorm", "Uitbuitingsvorm")
LABEL_UITERLIJK_OP = Msg("label.uiterlijk_op", "Uiterlijk op")
LABEL_UITERSTE_DATUM = Msg("label.uiterste_datum", "Uiterste datum")
LABEL_UITKOMST = Msg("label.uitkomst", "Uitkomst")
LABEL_URGENTIE = Msg("label.urgentie", "Urgentie")
LABEL_VEILIGE_CONTACTMOGELIJKHEID = Msg(
    "label.veilige_contactmogelijkheid", "Veilige contactmogelijkheid"
)
LABEL_VERBLIJFSSTATUS = Msg("label.verblijfsstatus", "Verblijfsstatus")
LABEL_VERMOEDELIJKE_UITBUITINGSVORM = Msg(
    "label.vermoedelijke_uitbuitingsvorm", "Vermoedelijke uitbuitingsvorm"
)
LABEL_VERSLAG = Msg("label.verslag", "Verslag")
LABEL_VOORNAAM = Msg("label.voornaam", "Voornaam")
LABEL_VOORZITTER = Msg("label.voorzitter", "Voorzitter")
LABEL_VORIGE_PLAATSING = Msg("label.vorige_plaatsing", "Vorige plaatsing")
LABEL_VORM = Msg("label.vorm", "Vorm")
LABEL_WAT = Msg("label.wat", "Wat")
LABEL_WAT_IS_GEZIEN = Msg("label.wat_is_gezien", "Wat is gezien")
LABEL_WAT_IS_OVERGEDRAGEN = Msg("label.wat_is_overgedragen", "Wat is overgedragen")
LABEL_WIE = Msg("label.wie", "Wie")
LABEL_ZORGEN_EN_AFSPRAKEN = Msg("label.zorgen_en_afspraken", "Zorgen en afspraken")
V_SHELTER_CAPACITY_RANGE = Msg(
    "validation.shelter.capacity_range", "Capaciteit ligt tussen 0 en {max}."
)
# {domain}: the Dutch name of the leefgebied (desktop.care.model.DOMAIN_LABELS), as the UI shows it
V_SCORES_RANGE = Msg("validation.scores.range", "{domain}: score ligt tussen 1 en 5.")

# -- drafts (desktop/drafts.py) ----------------------------------------------------------------
DRAFTS_TOO_DEEP = Msg("drafts.too_deep", "Een concept is te diep genest.")
DRAFTS_BAD_FIELD = Msg("drafts.bad_field", "Een concept heeft een ongeldig veld.")
DRAFTS_BAD_VALUE = Msg(
    "drafts.bad_value", "Een concept bevat een waarde die niet bewaard kan worden."
)
DRAFTS_NO_NAME = Msg("drafts.no_name", "Een concept zonder naam kan niet bewaard worden.")
DRAFTS_TOO_LARGE = Msg("drafts.too_large", "Een concept is te groot om te bewaren.")

# -- exchange (desktop/exchange.py, issue 17) ----------------------------------------------
X_NOT_ADDRESSED = Msg(
    "exchange.refused.not_addressed",
    "Dit pakket is niet voor deze opslag bestemd. Er is niets veranderd.",
)
X_UNKNOWN_SENDER = Msg(
    "exchange.refused.unknown_sender",
    "Dit pakket komt van een onbekende afzender (geen contact in Baken). Er is niets veranderd.",
)
X_UNVERIFIED_SENDER = Msg(
    "exchange.refused.unverified_sender",
    "De afzender is niet (meer) geverifieerd: vergelijk eerst de vingerafdruk van de (nieuwe)"
    " contactkaart. Er is niets veranderd.",
)
X_BAD_SIGNATURE = Msg(
    "exchange.refused.bad_signature",
    "De handtekening van dit pakket klopt niet; het is mogelijk vervalst. Er is niets veranderd.",
)
X_DAMAGED = Msg(
    "exchange.refused.damaged",
    "Het pakket is beschadigd of onvolledig. Er is niets veranderd.",
)
X_REPLAY = Msg(
    "exchange.refused.replay",
    "Dit pakket is al eerder ontvangen. Er is niets veranderd.",
)
X_NEWER = Msg(
    "exchange.refused.newer",
    "Dit pakket is gemaakt met een nieuwere versie van Baken. Werk Baken eerst bij; er is "
    "niets veranderd.",
)
X_CONFLICTS = Msg(
    "exchange.refused.conflicts",
    "{count} record(s) in dit pakket zijn aan beide kanten gewijzigd sinds de vorige "
    "uitwisseling. Er is niets veranderd; los dit op in de app (naast elkaar vergelijken).",
)
X_TOO_LARGE = Msg("exchange.refused.too_large", "Het pakket is te groot. Er is niets veranderd.")
X_OUT_OF_SCOPE = Msg(
    "exchange.refused.out_of_scope",
    "Het pakket bevat gegevens van dossiers die het ondertekende manifest niet noemt. Er is "
    "niets veranderd.",
)
X_WRONG_HANDOVER_FILE = Msg(
    "exchange.refused.wrong_handover_file",
    "Het overdrachtsbestand hoort niet bij deze sleutel of is gewijzigd. Er is niets veranderd.",
)
X_FINGERPRINT_MISMATCH = Msg(
    "exchange.fingerprint_mismatch",
    "De vingerafdruk komt niet overeen met de contactkaart. Er is niets toegevoegd; vraag de "
    "collega de vingerafdruk nog eens voor te lezen of om een nieuwe kaart.",
)
X_SHARING_NOT_COVERED = Msg(
    "exchange.sharing_not_covered",
    "Voor {count} van de gekozen dossiers/signalen is er geen geldige toestemming om gegevens"
    " te delen met de organisatie van dit contact. Leg een toestemming vast (doel 'delen "
    "gegevens', ontvanger: de ketenpartner van het contact) of geef een reden op. Er is niets"
    " verzonden.",
)
X_FINGERPRINT_FORMAT = Msg(
    "exchange.fingerprint_format",
    "Een vingerafdruk bestaat uit 8 groepen van 5 cijfers.",
)
X_BAD_CARD = Msg("exchange.bad_card", "Dit is geen geldige Baken-contactkaart.")
X_NEWER_CARD = Msg(
    "exchange.newer_card",
    "Deze contactkaart is gemaakt met een nieuwere versie van Baken.",
)
X_NO_CONTACT = Msg("exchange.no_contact", "Dit contact bestaat niet.")
X_OWN_CARD = Msg("exchange.own_card", "Dit is de contactkaart van deze opslag zelf.")
X_NO_ORGANISATION = Msg("exchange.no_organisation", "Die organisatie (ketenpartner) bestaat niet.")
X_CONTACT_UNVERIFIED = Msg(
    "exchange.contact_unverified",
    "Dit contact is niet (meer) geverifieerd. Vergelijk eerst de vingerafdruk; er is niets "
    "verzonden.",
)
X_OUT_OR_OUTBOX = Msg(
    "exchange.out_or_outbox",
    "Kies een bestand of een outboxmap (één van beide).",
)
X_NOTHING_CHOSEN = Msg("exchange.nothing_chosen", "Kies minstens één dossier of signaal.")
X_REMOVE_ONLY_SIGNALS = Msg(
    "exchange.remove_only_signals",
    "Alleen signalen kunnen na verzenden worden verwijderd.",
)
X_NO_PACKAGE_FILE = Msg("exchange.no_package_file", "Het pakket bestaat niet.")
X_IS_HANDOVER_KEY = Msg(
    "exchange.is_handover_key",
    "Dit is een overdrachtssleutel; gebruik die bij 'baken import'.",
)
X_NO_INBOX = Msg("exchange.no_inbox", "De inboxmap bestaat niet.")
X_NO_FOLDER = Msg("exchange.no_folder", "Die map bestaat niet.")
X_NOT_HANDOVER_KEY = Msg("exchange.not_handover_key", "Dit is geen overdrachtssleutel.")
X_NO_HANDOVER_FILE = Msg("exchange.no_handover_file", "Het overdrachtsbestand bestaat niet.")
V_SIGNAL_EMPTY = Msg(
    "validation.signal.empty",
    "Het signaal is nog leeg. Beschrijf wat is gezien, of vul een vermoedelijke vorm, "
    "de aanmelder of een alias in.",
)
