"""Translatable messages: a catalog entry (``Msg``) and one message with its values (``Text``).

Errors and validation results below the UI carry a message id and parameters, not just a
Dutch string, so the UI can show them in the user's language:

    NO_STORE = Msg("store.no_store", "Er zijn nog geen Baken-gegevens in deze map.")
    raise NoStoreError(NO_STORE)
    raise ValidationError(TOO_LONG, "notes", label=NOTES, max_len=200)

- ``Msg(id, nl)`` is one catalog entry: a stable id and the Dutch template with named
  ``{placeholders}``. Entries are module-level constants of ``storage/messages.py`` (storage)
  and ``desktop/messages.py`` (desktop, field labels); ``desktop.messages.catalog()`` lists
  them all.
- ``Text`` is a ``str`` (the Dutch rendering, so ``str(exc)``, the CLI and log lines stay
  Dutch) that remembers its ``Msg`` and ``params``. ``ui/messages.py`` turns it into the UI
  language with ``QCoreApplication.translate("Messages", msg.nl)`` and fills the params.
- A parameter is data (``str``/``int``, shown as is), a ``Msg`` (a translatable word such
  as a field label) or a ``Text`` (a nested message). Params must never hold personal
  data: exception texts may reach logs and stderr.

This module is plain Python (no Qt); ``storage/`` may not import ``desktop/``, so the
mechanism and the storage messages live here.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any


class Msg:
    """A catalog entry: a stable id and its Dutch template with ``{named}`` placeholders.

    Immutable, compared and hashed by value. A plain class, not a dataclass: the catalog
    is loaded before the app's window shows, and making a dataclass (and importing
    ``dataclasses``) costs start-up time (issue 16)."""

    __slots__ = ("id", "nl")
    id: str
    nl: str

    def __init__(self, id: str, nl: str) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "nl", nl)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Msg is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Msg is immutable: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Msg):
            return NotImplemented
        return (self.id, self.nl) == (other.id, other.nl)

    def __hash__(self) -> int:
        return hash((self.id, self.nl))

    def __repr__(self) -> str:
        return f"Msg(id={self.id!r}, nl={self.nl!r})"

    def __reduce__(self) -> tuple[type[Msg], tuple[str, str]]:
        return (Msg, (self.id, self.nl))

    def __call__(self, **params: Param) -> Text:
        return Text(self, params)

    @property
    def placeholders(self) -> frozenset[str]:
        return placeholders(self.nl)


Param = str | int | Msg


def placeholders(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


class _KeepMissing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, params: Mapping[str, Param], word: Callable[[Msg], str]) -> str:
    """Fill ``template``; a ``Msg`` parameter becomes ``word(msg)`` (Dutch or translated).

    Never raises: a missing parameter stays ``{name}`` and a broken template (say, a bad
    translation) is returned unfilled, so an error message cannot fail while being made."""
    values = _KeepMissing({k: word(v) if isinstance(v, Msg) else str(v) for k, v in params.items()})
    try:
        return template.format_map(values)
    except (IndexError, ValueError, AttributeError):
        return template


class Text(str):
    """A message in Dutch (its ``str`` value) that knows its catalog entry and parameters.

    ``Text("literal")`` (no catalog entry) is kept for texts made elsewhere, e.g. already
    translated by the UI; ``msg`` is then None and the UI shows it as it is.
    """

    msg: Msg | None
    params: Mapping[str, Param]

    def __new__(cls, message: Msg | str, params: Mapping[str, Param] | None = None) -> Text:
        if isinstance(message, Text) and not params:
            return message
        values = dict(params or {})
        if isinstance(message, Msg):
            self = super().__new__(cls, render(message.nl, values, lambda m: m.nl))
            self.msg = message
        else:
            self = super().__new__(cls, message)
            self.msg = None
        self.params = values
        return self

    @property
    def msg_id(self) -> str:
        return self.msg.id if self.msg is not None else ""


Message = Msg | str  # what an error or a validation failure is given

# -- storage messages ------------------------------------------------------------------------
# Ids: "<area>.<what>". Keep the Dutch exact; the English lives in resources/translations.

STORE_FAILED = Msg("store.failed", "Er ging iets mis met de gegevens. Er is niets gewijzigd.")
WRONG_SECRET = Msg("store.wrong_secret", "Onjuist wachtwoord of herstelcode.")
IO_DISK_FULL = Msg(
    "io.disk_full", "De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer opnieuw."
)
IO_NO_WRITE = Msg("io.no_write", "Geen schrijfrechten in de gegevensmap. Er is niets gewijzigd.")
IO_MISSING = Msg("io.missing", "De gegevensmap of een bestand daarin bestaat niet.")
IO_FAILED = Msg(
    "io.failed", "Lezen of schrijven in de gegevensmap is mislukt. Er is niets gewijzigd."
)
BACKUP_WRONG_PASSWORD = Msg(
    "backup.wrong_password",
    (
        "Onjuist wachtwoord voor deze back-up (het wachtwoord van toen). Gebruik anders 'baken "
        "recover --data-dir <back-upmap>' met de herstelcode."
    ),
)
BACKUP_FOLDER_UNUSABLE = Msg(
    "backup.folder_unusable", "De back-upmap bestaat niet of is niet beschrijfbaar."
)
BACKUP_SAME_TIME = Msg(
    "backup.same_time", "Er bestaat al een back-up met dezelfde tijd; probeer opnieuw."
)
BACKUP_UNVERIFIED = Msg(
    "backup.unverified",
    (
        "De back-up kon niet worden gecontroleerd (schijf of map defect?). De gegevens zelf zijn "
        "ongewijzigd."
    ),
)
BACKUP_DAMAGED = Msg(
    "backup.damaged",
    (
        "Deze back-up is beschadigd of buiten Baken om gewijzigd. Baken zet hem niet terug; de "
        "huidige gegevens zijn ongewijzigd. Kies een andere back-up."
    ),
)
BACKUP_OTHER_STORE = Msg(
    "backup.other_store",
    ("Deze back-up hoort bij andere Baken-gegevens dan die in deze map. Er is niets gewijzigd."),
)
CONTAINER_DISK_FULL = Msg(
    "container.disk_full",
    (
        "De schijf is vol. Er is niets opgeslagen (ook geen half bestand); maak ruimte vrij en "
        "probeer opnieuw."
    ),
)
CONTAINER_WRITE_FAILED = Msg(
    "container.write_failed",
    "Lezen of schrijven is mislukt (schijf of map defect?). Er is niets opgeslagen.",
)
CONTAINER_PHRASE_FORMAT = Msg(
    "container.phrase_format",
    (
        "Dit is geen geldige wachtwoordzin: die bestaat uit tien woorden en een getal van twee "
        "cijfers."
    ),
)
CONTAINER_PHRASE_TYPO = Msg(
    "container.phrase_typo",
    (
        "De wachtwoordzin bevat een typefout. Controleer de woorden en het getal op het "
        "overdrachtsblad."
    ),
)
CONTAINER_TEMP_EXISTS = Msg("container.temp_exists", "Het tijdelijke bestand bestaat al.")
CONTAINER_FILE_MISSING = Msg("container.file_missing", "Het bestand bestaat niet.")
CONTAINER_FILE_UNREADABLE = Msg("container.file_unreadable", "Het bestand kan niet worden gelezen.")
CONTAINER_FILE_UNOPENABLE = Msg("container.file_unopenable", "Het bestand kan niet worden geopend.")
CONTAINER_WRONG_KIND = Msg(
    "container.wrong_kind",
    (
        "Dit is een ander soort Baken-bestand dan verwacht (overdracht van alle gegevens of van "
        "losse dossiers). Er is niets veranderd."
    ),
)
CONTAINER_WRONG_PHRASE = Msg(
    "container.wrong_phrase",
    (
        "De wachtwoordzin is onjuist, of het bestand is beschadigd of gewijzigd. Er is niets "
        "veranderd. Controleer de wachtwoordzin (tien woorden en een getal)."
    ),
)
CONTAINER_DAMAGED = Msg(
    "container.damaged",
    (
        "Het bestand is beschadigd, onvolledig of buiten Baken om gewijzigd. Baken gebruikt het "
        "niet; er is niets veranderd. Vraag om een nieuw exemplaar."
    ),
)
CONTAINER_NEWER = Msg(
    "container.newer",
    (
        "Dit bestand is gemaakt met een nieuwere versie van Baken. Werk Baken eerst bij; er is "
        "niets veranderd."
    ),
)
DB_NO_FILE = Msg("db.no_file", "Er is geen Baken-gegevensbestand in deze map.")
DB_UNOPENABLE = Msg(
    "db.unopenable", "Het gegevensbestand kan niet worden geopend (rechten of map)."
)
DB_NO_WAL = Msg("db.no_wal", "De gegevensmap ondersteunt geen WAL-journaal (alleen-lezen?).")
DB_CORRUPT = Msg(
    "db.corrupt",
    (
        "Het gegevensbestand is beschadigd of buiten Baken om gewijzigd. Baken opent het niet en "
        "heeft niets overschreven. Zet een back-up terug of neem contact op met uw ICT-afdeling."
    ),
)
DB_DISK_FULL = Msg(
    "db.disk_full", "De schijf is vol. De wijziging is niet opgeslagen; maak ruimte vrij."
)
DB_READ_ONLY = Msg(
    "db.read_only", "Geen schrijfrechten op het gegevensbestand of de map. Er is niets gewijzigd."
)
HANDOVER_NO_FOLDER = Msg("handover.no_folder", "De doelmap bestaat niet.")
HANDOVER_SCHEMA_MISMATCH = Msg(
    "handover.schema_mismatch",
    "De opbouw van het bestand past niet bij deze versie van Baken. Er is niets veranderd.",
)
HANDOVER_FOLDER_NOT_EMPTY = Msg(
    "handover.folder_not_empty",
    (
        "In deze map staan al Baken-gegevens. Een overdracht wordt nooit over bestaande gegevens "
        "heen gezet; kies een lege map. Er is niets gewijzigd."
    ),
)
HANDOVER_COPY_FAILED = Msg(
    "handover.copy_failed", "Het overnemen van de gegevens is mislukt. Er is niets veranderd."
)
HANDOVER_OUT_EXISTS = Msg(
    "handover.out_exists",
    "Er bestaat al een bestand met die naam. Er is niets overschreven; kies een andere naam.",
)
KEYS_NO_RECOVERY = Msg("keys.no_recovery", "Voor deze gegevens is geen herstelcode ingesteld.")
KEYS_RECOVERY_FORMAT = Msg(
    "keys.recovery_format",
    "Dit is geen geldige herstelcode: hij bestaat uit 25 tekens in vijf groepen.",
)
KEYS_RECOVERY_TYPO = Msg(
    "keys.recovery_typo",
    "De herstelcode bevat een typefout. Controleer de tekens op het herstelblad.",
)
KEYS_KEYFILE_DAMAGED = Msg(
    "keys.keyfile_damaged",
    (
        "Het sleutelbestand (baken.keys.json) is beschadigd of gewijzigd. Zet het bestand terug "
        "uit een back-up; Baken heeft niets overschreven."
    ),
)
MIGRATION_NEWER = Msg(
    "migration.newer",
    "Deze gegevens zijn gemaakt met een nieuwere versie van Baken. Werk Baken bij.",
)
REPO_REQUIRED = Msg("repo.required", "Een verplicht veld ontbreekt.")
REPO_REFERENCE = Msg(
    "repo.reference", "Een gekoppeld gegeven bestaat niet (meer), of wordt nog gebruikt."
)
REPO_UNIQUE = Msg("repo.unique", "Deze waarde is al in gebruik.")
REPO_CHECK = Msg("repo.check", "Een waarde is niet toegestaan.")
KEYRING_NONE = Msg(
    "keyring.none",
    (
        "Er is geen bruikbare sleutelbos (Windows Referentiebeheer, macOS Sleutelhanger of "
        "Secret Service) op deze computer. Baken bewaart een deel van de sleutel daarin en slaat "
        "het nooit onversleuteld op. Neem contact op met uw ICT-afdeling, of kies bewust voor de "
        "modus 'alleen wachtwoord' (zie Over de beveiliging)."
    ),
)
KEYRING_LOCKED = Msg(
    "keyring.locked",
    (
        "De sleutelbos van deze computer is vergrendeld of weigert toegang. Ontgrendel de "
        "sleutelbos (meestal door opnieuw in te loggen) en probeer het nog eens."
    ),
)
KEYRING_MISSING = Msg(
    "keyring.missing",
    (
        "Het sleutelbosdeel van de sleutel ontbreekt op deze computer (andere computer, nieuw "
        "gebruikersprofiel of gewiste sleutelbos). Gebruik uw herstelcode: 'Wachtwoord vergeten? "
        "Herstelcode gebruiken' of 'baken recover'."
    ),
)
TRANSFER_NO_DOSSIERS = Msg("transfer.no_dossiers", "Deze gegevens bevatten nog geen dossiers.")
TRANSFER_BAD_CHOICE = Msg(
    "transfer.bad_choice",
    "Voor een conflict is een keuze gemaakt die hier niet kan; er is niets samengevoegd.",
)
TRANSFER_UNKNOWN_DOSSIER = Msg("transfer.unknown_dossier", "Een opgegeven dossier bestaat niet.")
TRANSFER_MERGE_FAILED = Msg(
    "transfer.merge_failed",
    (
        "Samenvoegen is mislukt op een uniek kenmerk of een ontbrekende verwijzing. Er is niets "
        "samengevoegd."
    ),
)
VAULT_EXISTS = Msg(
    "vault.exists",
    "In deze map staan al Baken-gegevens. Er is niets gewijzigd; kies een andere map.",
)
VAULT_LOCKED = Msg("vault.locked", "De opslag is vergrendeld.")
VAULT_RECOVERY_FORGOTTEN = Msg(
    "vault.recovery_forgotten", "De nieuwe herstelcode is al vergeten; maak opnieuw een code."
)
VAULT_OTHER_STORE = Msg("vault.other_store", "De gegevensmap bevat inmiddels een andere opslag.")
VAULT_KEYFILE_MISSING = Msg(
    "vault.keyfile_missing",
    (
        "Het sleutelbestand (baken.keys.json) ontbreekt naast het gegevensbestand. Zet het terug "
        "uit een back-up; zonder dat bestand kan niemand de gegevens openen."
    ),
)
VAULT_NO_STORE = Msg(
    "vault.no_store",
    (
        "In deze map staan geen Baken-gegevens. Controleer de gegevensmap (--data-dir of "
        "BAKEN_DATA_DIR), of maak eerst een nieuwe opslag aan."
    ),
)
VAULT_KEYRING_CHANGED = Msg(
    "vault.keyring_changed",
    (
        "De sleutelbos van deze computer is veranderd sinds de gegevens zijn aangemaakt, en het "
        "sleutelbosdeel van de sleutel is niet gevonden. Gebruik uw herstelcode om weer toegang "
        "te krijgen."
    ),
)

REPO_NOT_FOUND = Msg("repo.not_found", "Dit gegeven bestaat niet (meer).")
CONTAINER_CANCELLED = Msg("container.cancelled", "Afgebroken. Er is niets opgeslagen of gewijzigd.")
MIGRATION_FAILED = Msg(
    "migration.failed",
    (
        "Bijwerken van de gegevens naar versie {version} is mislukt. De gegevens zijn "
        "ongewijzigd gebleven; neem contact op met de beheerder."
    ),
)
TRANSFER_OPEN_CONFLICTS = Msg(
    "transfer.open_conflicts",
    (
        "Er zijn nog {count} conflicten. Kies per record welke versie blijft; er is niets "
        "samengevoegd."
    ),
)
PW_WEAK = Msg("password.weak", "Wachtwoord te zwak ({strength}). {advice}")
PW_LEVEL_0 = Msg("password.level_0", "zeer zwak")
PW_LEVEL_1 = Msg("password.level_1", "zwak")
PW_LEVEL_2 = Msg("password.level_2", "matig")
PW_LEVEL_3 = Msg("password.level_3", "sterk")
PW_LEVEL_4 = Msg("password.level_4", "zeer sterk")
PW_ADVICE_EMPTY = Msg(
    "password.advice_empty", "Kies een wachtwoord van minstens {min_length} tekens."
)
PW_ADVICE_LENGTH = Msg("password.advice_length", "Gebruik minstens {min_length} tekens.")
PW_ADVICE_GUESSABLE = Msg(
    "password.advice_guessable",
    (
        "Maak het moeilijker te raden: gebruik een zin van vier of meer losse woorden, geen "
        "namen, datums of woorden uit uw organisatie."
    ),
)
PW_ADVICE_GOOD = Msg(
    "password.advice_good", "Goed wachtwoord. Schrijf het niet op en gebruik het nergens anders."
)
PW_ADVICE_DECORATED = Msg(
    "password.advice_decorated",
    "Eén woord met cijfers of tekens ervoor of erachter is snel geraden.",
)
PW_ADVICE_BOTH = Msg("password.advice_both", "{first} {second}")
BACKUP_OK = Msg("backup.ok", "In orde.")

# -- transfer, for exchange packages (issue 17) --------------------------------------------
TRANSFER_UNKNOWN_SIGNAL = Msg("transfer.unknown_signal", "Een opgegeven signaal bestaat niet.")
TRANSFER_NO_ID = Msg("transfer.no_id", "Het pakket is onvolledig (geen id).")
