"""Importeren uit spreadsheet: a caseload kept in Excel, saved as CSV.

Columns (header names case-insensitive, any order, unknown columns refused)::

    voornaam;achternaam;alias;geboortedatum;geslacht;nationaliteit;uitbuitingsvorm;
    aanmelddatum;aanmelder;notitie

Separator ``;`` or ``,`` (taken from the header line); encoding UTF-8 with or without BOM,
else Windows-1252. ``read_csv`` builds a preview: what would be created per row and every
row error (Dutch, without the cell values, which are personal data). ``import_preview``
imports all rows in one transaction, or nothing when any row has an error.
See ``resources/import-voorbeeld.csv``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

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


@dataclass(frozen=True)
class RowError:
    line: int  # line number in the file (the header is line 1)
    column: str
    message: str

    def __str__(self) -> str:
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

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    def report(self) -> str:
        """The per-row error report (Dutch, one line per problem)."""
        return "\n".join(str(e) for e in self.errors)


@dataclass(frozen=True)
class ImportResult:
    dossiers: int
    persons: int
    signals: int
    notes: int


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). UTF-8 (with/without BOM), else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(
            M.CSV_UTF16,
            "bestand",
        )
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
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


def read_csv(data: bytes, *, today: date, owner: str = "") -> ImportPreview:
    if len(data) > MAX_BYTES:
        return ImportPreview(errors=[RowError(0, "", "Het bestand is te groot (maximaal 50 MB).")])
    try:
        text, encoding = decode(data)
    except ValidationError as exc:
        return ImportPreview(errors=[RowError(0, "", str(exc))])
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    try:
        header = next(reader)
    except StopIteration:
        return ImportPreview(errors=[RowError(1, "", "Het bestand is leeg.")])
    except csv.Error:
        return ImportPreview(errors=[RowError(1, "", "De kopregel kan niet worden gelezen.")])
    names = [h.strip().lower() for h in header]
    errors: list[RowError] = []
    for i, name in enumerate(names):
        if name not in COLUMNS:
            errors.append(
                RowError(1, "", f"Onbekende kolom nr. {i + 1}; toegestaan: {', '.join(COLUMNS)}.")
            )
        elif names.count(name) > 1 and names.index(name) == i:
            errors.append(RowError(1, name, "Deze kolom staat er dubbel in."))
    if not {"voornaam", "achternaam", "alias"} & set(names):
        errors.append(
            RowError(1, "", "Er moet minstens een kolom voornaam, achternaam of alias zijn.")
        )
    if errors:
        return ImportPreview(errors=errors, encoding=encoding, delimiter=delimiter)

    rows: list[ImportRow] = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) + len({e.line for e in errors}) >= MAX_ROWS:
                errors.append(
                    RowError(line, "", f"Meer dan {MAX_ROWS} regels; splits het bestand.")
                )
                break
            if len(record) != len(names):
                errors.append(
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
                errors.extend(row_errors)
            elif row is not None:
                rows.append(row)
    except csv.Error:
        errors.append(RowError(reader.line_num, "", "Deze regel kan niet worden gelezen."))
    if not rows and not errors:
        errors.append(RowError(2, "", "Het bestand bevat geen gegevensregels."))
    return ImportPreview(rows=rows, errors=errors, encoding=encoding, delimiter=delimiter)


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
        nationality=cell("nationaliteit").upper(),
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
