"""Importeren uit spreadsheet: a caseload kept in Excel, saved as CSV.

Columns (header names case-insensitive, any order, unknown columns refused)::

    voornaam;achternaam;alias;geboortedatum;geslacht;nationaliteit;uitbuitingsvorm;
    aanmelddatum;aanmelder;notitie

Separator ``;`` or ``,`` (taken from the header line). Encoding: valid UTF-8 (with or
without BOM) is UTF-8; a file with no UTF-8 multi-byte sequence at all is Windows-1252; a
file that is UTF-8 except for some bad bytes is refused with the lines of those bytes (it
is never guessed as Windows-1252, which would store "ZoÃ«"). Quotes are read strictly: a
cell whose opening ``"`` is not closed on its line may only continue over several lines in
the ``notitie`` column and then without a separator on a continuation line; anything else
is refused as a row that would swallow the next one(s).

``read_csv`` builds a preview: what would be created per row and every error (Dutch,
without the cell values, which are personal data). ``ImportPreview.invalid_file`` marks
problems with the file as a whole (too large, undecodable, empty, bad header, no data
rows; ``baken import-csv`` exits 2) as opposed to bad rows (exit 1). ``import_preview``
imports all rows in one transaction, or nothing when any row has an error.
``nationaliteit`` is an ISO 3166 code or a Dutch or English country name ("Roemenië",
"Romania"), stored as the code. See ``resources/import-voorbeeld.csv``.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop import countries
from desktop import messages as M
from desktop.cases import model as m
from desktop.cases.service import CaseService
from desktop.cases.validation import (
    FieldErrors,
    validate_dossier,
    validate_note,
    validate_person,
    validate_signal,
)
from storage.errors import ValidationError

COLUMNS = (
    "voornaam",
    "achternaam",
    "alias",
    "geboortedatum",
    "geslacht",
    "nationaliteit",
    "uitbuitingsvorm",
    "aanmelddatum",
    "aanmelder",
    "notitie",
)
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000

_FIELD_TO_COLUMN = {
    "first_name": "voornaam",
    "last_name": "achternaam",
    "alias": "alias",
    "birth_date": "geboortedatum",
    "gender": "geslacht",
    "nationality": "nationaliteit",
    "forms": "uitbuitingsvorm",
    "received_on": "aanmelddatum",
    "opened_on": "aanmelddatum",
    "occurred_on": "aanmelddatum",
    "reporter_name": "aanmelder",
    "text": "notitie",
}
_GENDERS = {
    "": "onbekend",
    "onbekend": "onbekend",
    "?": "onbekend",
    "v": "vrouw",
    "vrouw": "vrouw",
    "f": "vrouw",
    "m": "man",
    "man": "man",
    "x": "x",
    "anders": "x",
    "non-binair": "x",
    "nonbinair": "x",
}
_FORMS = {
    "seksueel": "seksueel",
    "seksuele uitbuiting": "seksueel",
    "seksuele": "seksueel",
    "arbeid": "arbeid",
    "arbeidsuitbuiting": "arbeid",
    "crimineel": "crimineel",
    "criminele uitbuiting": "crimineel",
    "criminele": "crimineel",
    "orgaan": "orgaan",
    "orgaanhandel": "orgaan",
    "gedwongen orgaanverwijdering": "orgaan",
}
_REPORTERS = {
    **{k: k for k in m.REPORTER_TYPES},
    "nederlandse arbeidsinspectie": "arbeidsinspectie",
    "inspectie szw": "arbeidsinspectie",
    "koninklijke marechaussee": "kmar",
    "marechaussee": "kmar",
    "aandachtsfunctionaris": "gemeente",
    "zelfmelder": "zelf",
    "zelfmelding": "zelf",
    "cliënt": "zelf",
    "client": "zelf",
}
_SPLIT_FORMS = re.compile(r"\s*(?:[,/;+|&]|\ben\b)\s*")
_DATE_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_DATE_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# One well-formed UTF-8 multi-byte sequence (no overlongs, no surrogates, <= U+10FFFF).
_UTF8_MULTI = (
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_UTF8_MULTI_RE = re.compile(_UTF8_MULTI)
_UTF8_RUN_RE = re.compile(rb"(?:[\x00-\x7f]|" + _UTF8_MULTI + rb")+")
REPORT_LIMIT = 20  # problems shown in a report; the rest are counted


@dataclass(frozen=True)
class RowError:
    line: int  # line number in the file (the header is line 1)
    column: str
    message: str

    def __str__(self) -> str:
        if not self.line:  # the file as a whole
            return f"bestand: {self.message}"
        where = f"regel {self.line}" + (f", kolom {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ImportRow:
    line: int
    person: m.Person
    dossier: m.Dossier
    signal: m.Signal | None
    note: str


@dataclass(frozen=True)
class ImportPreview:
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    invalid_file: bool = False  # the file as a whole is unusable (not just some rows)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    def report(self, limit: int | None = REPORT_LIMIT) -> str:
        """The error report (Dutch, one line per problem); with ``limit`` the first
        ``limit`` problems and a count of the others."""
        shown = self.errors if limit is None else self.errors[:limit]
        lines = [str(e) for e in shown]
        if len(self.errors) > len(shown):
            lines.append(f"... en {len(self.errors) - len(shown)} andere fout(en).")
        return "\n".join(lines)


@dataclass(frozen=True)
class ImportResult:
    dossiers: int
    persons: int
    signals: int
    notes: int


class EncodingError(ValidationError):
    """UTF-8 with bad bytes: ``lines`` are the (1-based) lines holding them."""

    def __init__(self, lines: list[int]) -> None:
        super().__init__(
            "Het bestand is UTF-8, maar bevat ongeldige tekens; sla het opnieuw op als "
            "'CSV UTF-8'.",
            "bestand",
        )
        self.lines = lines


def _bad_utf8_lines(data: bytes) -> list[int]:
    """The lines (1-based) holding bytes that are not part of well-formed UTF-8."""
    bad: list[int] = []
    pos = line = 0
    counted = 0  # bytes before ``counted`` are reflected in ``line``

    def mark(at: int) -> None:
        nonlocal line, counted
        line += data.count(b"\n", counted, at)
        counted = at
        if not bad or bad[-1] != line + 1:
            bad.append(line + 1)

    for run in _UTF8_RUN_RE.finditer(data):
        if run.start() > pos:
            mark(pos)
        pos = run.end()
    if pos < len(data):
        mark(pos)
    return bad


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Valid UTF-8 (with/without BOM) is UTF-8; without any UTF-8
    multi-byte sequence, Windows-1252; UTF-8 with bad bytes raises ``EncodingError``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(
            M.CSV_UTF16,
            "bestand",
        )
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return data[3:].decode("utf-8") if bom else data.decode("utf-8"), (
            "utf-8-sig" if bom else "utf-8"
        )
    except UnicodeDecodeError:
        pass
    if bom or _UTF8_MULTI_RE.search(data):
        raise EncodingError(_bad_utf8_lines(data))
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        raise ValidationError(
            M.CSV_ENCODING,
            "bestand",
        ) from None


def parse_date(value: str) -> date | None:
    """dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj or jjjj-mm-dd. Raises ValueError."""
    value = value.strip()
    if not value:
        return None
    if mt := _DATE_YMD.fullmatch(value):
        y, mo, d = (int(x) for x in mt.groups())
    elif mt := _DATE_DMY.fullmatch(value):
        d, mo, y = (int(x) for x in mt.groups())
    else:
        raise ValueError(value)
    return date(y, mo, d)


def _forms(value: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in _SPLIT_FORMS.split(value.strip().lower()):
        if not part:
            continue
        key = _FORMS.get(part)
        if key is None:
            raise ValueError(part)
        if key not in out:
            out.append(key)
    return tuple(out)


def _invalid(*errors: RowError, encoding: str = "", delimiter: str = "") -> ImportPreview:
    return ImportPreview(
        errors=list(errors), encoding=encoding, delimiter=delimiter, invalid_file=True
    )


def read_csv(data: bytes, *, today: date, owner: str = "") -> ImportPreview:
    if len(data) > MAX_BYTES:
        return _invalid(RowError(0, "", "Het bestand is te groot (maximaal 50 MB)."))
    try:
        text, encoding = decode(data)
    except EncodingError as exc:
        return _invalid(
            RowError(0, "", str(exc)),
            *(
                RowError(line, "", "Ongeldige UTF-8-tekens (de rest van het bestand is UTF-8).")
                for line in exc.lines
            ),
        )
    except ValidationError as exc:
        return _invalid(RowError(0, "", str(exc)))
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True
    )
    try:
        header = next(reader)
    except StopIteration:
        return _invalid(RowError(1, "", "Het bestand is leeg."))
    except csv.Error:
        return _invalid(RowError(1, "", "De kopregel kan niet worden gelezen."))
    if reader.line_num != 1:
        return _invalid(
            RowError(1, "", 'De kopregel loopt door over meer regels (aanhalingsteken ").'),
            encoding=encoding,
            delimiter=delimiter,
        )
    names = [h.strip().lower() for h in header]
    errors: list[RowError] = []
    seen = Counter(names)
    reported: set[str] = set()
    for i, name in enumerate(names):
        if name not in COLUMNS:
            errors.append(
                RowError(1, "", f"Onbekende kolom nr. {i + 1}; toegestaan: {', '.join(COLUMNS)}.")
            )
        elif seen[name] > 1 and name not in reported:
            reported.add(name)
            errors.append(RowError(1, name, "Deze kolom staat er dubbel in."))
    if not {"voornaam", "achternaam", "alias"} & set(names):
        errors.append(
            RowError(1, "", "Er moet minstens een kolom voornaam, achternaam of alias zijn.")
        )
    if errors:
        return _invalid(*errors, encoding=encoding, delimiter=delimiter)

    rows: list[ImportRow] = []
    error_lines: set[int] = set()

    def refuse(err: RowError) -> None:
        errors.append(err)
        error_lines.add(err.line)

    while True:
        line = reader.line_num + 1  # the physical line where this record starts
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error:
            refuse(
                RowError(
                    line,
                    "",
                    'Deze regel kan niet worden gelezen: een aanhalingsteken (") staat op een '
                    "verkeerde plek of wordt niet afgesloten.",
                )
            )
            break
        if not any(cell.strip() for cell in record):
            continue
        if len(rows) + len(error_lines) >= MAX_ROWS:
            refuse(RowError(line, "", f"Meer dan {MAX_ROWS} regels; splits het bestand."))
            break
        last = reader.line_num
        if last > line and _swallows(names, record, delimiter):
            refuse(
                RowError(
                    line,
                    "",
                    f'Een cel die met een aanhalingsteken (") begint, loopt door tot regel '
                    f"{last} en slikt zo de volgende regel(s) in; controleer de aanhalingstekens.",
                )
            )
            continue
        if len(record) != len(names):
            refuse(
                RowError(
                    line,
                    "",
                    f"Verwacht {len(names)} velden, gevonden {len(record)} "
                    f"(scheidingsteken '{delimiter}').",
                )
            )
            continue
        cells = dict(zip(names, record, strict=True))
        row, row_errors = _row(line, cells, today=today, owner=owner)
        if row_errors:
            for err in row_errors:
                refuse(err)
        elif row is not None:
            rows.append(row)
    if not rows and not errors:
        return _invalid(
            RowError(2, "", "Het bestand bevat geen gegevensregels."),
            encoding=encoding,
            delimiter=delimiter,
        )
    return ImportPreview(rows=rows, errors=errors, encoding=encoding, delimiter=delimiter)


def _swallows(names: list[str], record: list[str], delimiter: str) -> bool:
    """A record spanning several physical lines is only a multi-line ``notitie`` cell when
    it has the right width, no other cell holds a line break, and no continuation line of
    the note holds the separator (which is what a swallowed row looks like)."""
    if len(record) != len(names):
        return True
    for name, cell in zip(names, record, strict=True):
        if "\n" not in cell and "\r" not in cell:
            continue
        if name != "notitie":
            return True
        if any(delimiter in part for part in cell.splitlines()[1:]):
            return True
    return False


def _country(text: str) -> str:
    """A code ("RO", "ro") or a Dutch/English name ("Roemenië", "Romania") -> the ISO code;
    anything else as typed (upper case), so validation reports it for the row."""
    return countries.lookup(text) or text.upper()


def _row(
    line: int, cells: dict[str, str], *, today: date, owner: str
) -> tuple[ImportRow | None, list[RowError]]:
    errors: list[RowError] = []

    def cell(name: str) -> str:
        return cells.get(name, "").strip()

    def when(name: str) -> date | None:
        try:
            return parse_date(cell(name))
        except ValueError:
            errors.append(RowError(line, name, "Ongeldige datum; gebruik dd-mm-jjjj."))
            return None

    birth = when("geboortedatum")
    reported = when("aanmelddatum")
    gender = _GENDERS.get(cell("geslacht").lower())
    if gender is None:
        errors.append(RowError(line, "geslacht", "Gebruik v, m, x of laat leeg."))
        gender = "onbekend"
    try:
        forms = _forms(cell("uitbuitingsvorm"))
    except ValueError:
        errors.append(
            RowError(
                line,
                "uitbuitingsvorm",
                "Onbekende uitbuitingsvorm; gebruik seksueel, arbeid, crimineel of orgaan.",
            )
        )
        forms = ()
    reporter = cell("aanmelder")
    low = reporter.lower()
    reporter_type = _REPORTERS.get(low) or _REPORTERS.get(low.split(" ")[0], "anders")
    person = m.Person(
        first_name=cell("voornaam"),
        last_name=cell("achternaam"),
        alias=cell("alias"),
        birth_date=birth,
        gender=gender,
        nationality=_country(cell("nationaliteit")),
    )
    opened = reported or today
    dossier = m.Dossier(phase="intake", status="lopend", owner=owner, opened_on=opened, forms=forms)
    signal = None
    if reporter or reported:
        signal = m.Signal(
            received_on=opened,
            reporter_type=reporter_type,
            reporter_name="" if low == reporter_type else reporter,
            forms=forms,
            status="besloten",
        )
    note = cells.get("notitie", "").strip()
    if errors:
        return None, errors
    checks: list[tuple[object, object]] = [
        (validate_person, person),
        (validate_dossier, dossier),
    ]
    if signal is not None:
        checks.append((validate_signal, signal))
    if note:
        checks.append((validate_note, m.Note(dossier_id="0" * 32, occurred_on=opened, text=note)))
    for fn, obj in checks:
        try:
            fn(obj, today)  # type: ignore[operator]
        except FieldErrors as exc:
            for fld, msg in exc.errors:
                errors.append(RowError(line, _FIELD_TO_COLUMN.get(fld, ""), msg))
    if errors:
        return None, errors
    return ImportRow(line, person, dossier, signal, note), []


def read_csv_file(path: Path, *, today: date, owner: str = "") -> ImportPreview:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(M.CSV_FILE_MISSING, "bestand") from None
    except OSError:
        raise ValidationError(M.CSV_FILE_UNREADABLE, "bestand") from None
    return read_csv(data, today=today, owner=owner)


def import_preview(service: CaseService, preview: ImportPreview) -> ImportResult:
    """Import every row in one transaction; refuse (nothing imported) if any row is bad."""
    if preview.errors:
        raise ValidationError(M.CSV_ERRORS, "bestand", count=len(preview.errors))
    if not preview.rows:
        raise ValidationError(M.CSV_NOTHING, "bestand")
    items = [(r.person, r.dossier, r.signal, r.note) for r in preview.rows]
    service.import_records(items, source="csv")
    return ImportResult(
        dossiers=len(items),
        persons=len(items),
        signals=sum(1 for r in preview.rows if r.signal is not None),
        notes=sum(1 for r in preview.rows if r.note),
    )
