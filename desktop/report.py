"""The anonymised monitoring report (Rapportage).

For a period (a year, by quarter; or a quarter, by month) it counts signals, new dossiers,
placements and closures, each broken down by uitbuitingsvorm, gender, age band,
nationality group, aanmelder type, shelter type or closure reason. Every table goes
through desktop.suppression (no group of 1..9, secondary suppression) *here*, before it
reaches a screen or an export: a ``Report`` holds only published values. Exports: CSV and
a PDF with bar charts (reportlab.graphics); both carry the same suppressed figures.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from desktop import csv_output, suppression
from desktop import messages as M
from desktop.care.model import CLOSE_REASON_LABELS, SHELTER_TYPE_LABELS
from desktop.letters.fields import Letterhead
from desktop.privacy_pdf import WIDTH, Doc
from storage import report_queries as rq
from storage.db import Database
from storage.errors import ValidationError
from storage.files import atomic_write
from storage.schema_care import CLOSE_REASONS, SHELTER_TYPES
from storage.schema_cases import FORMS, GENDERS, REPORTER_TYPES
from storage.vault import Store

MIN_YEAR, MAX_YEAR = 1990, 2100

MEASURES = {
    "signals": "Signalen",
    "dossiers": "Nieuwe dossiers",
    "placements": "Plaatsingen in opvang",
    "closures": "Afgesloten dossiers",
}
DIMENSIONS = {
    "form": "uitbuitingsvorm",
    "gender": "gender",
    "age": "leeftijd",
    "nationality": "nationaliteit",
    "reporter": "aanmelder",
    "shelter": "soort opvang",
    "reason": "reden van afsluiting",
}
# (measure, dimension) in report order
TABLES = (
    ("signals", "form"),
    ("signals", "reporter"),
    ("dossiers", "form"),
    ("dossiers", "gender"),
    ("dossiers", "age"),
    ("dossiers", "nationality"),
    ("placements", "shelter"),
    ("placements", "gender"),
    ("placements", "age"),
    ("closures", "reason"),
    ("closures", "form"),
)
FORM_LABELS = {
    "seksueel": "Seksuele uitbuiting",
    "arbeid": "Arbeidsuitbuiting",
    "crimineel": "Criminele uitbuiting",
    "orgaan": "Orgaanverwijdering",
    "meerdere": "Meerdere vormen",
    "onbekend": "Onbekend",
}
GENDER_LABELS = {"vrouw": "Vrouw", "man": "Man", "x": "X", "onbekend": "Onbekend"}
AGE_BANDS = ("0-17", "18-22", "23-29", "30-39", "40-49", "50+", "onbekend")
NATIONALITY_LABELS = {
    "nl": "Nederlands",
    "eu": "EU (niet NL)",
    "niet_eu": "Buiten de EU",
    "onbekend": "Onbekend",
}
REPORTER_LABELS = {
    "politie": "Politie",
    "arbeidsinspectie": "Arbeidsinspectie",
    "kmar": "KMar",
    "gemeente": "Gemeente",
    "wijkteam": "Wijkteam",
    "jeugdzorg": "Jeugdzorg",
    "ggz": "GGZ",
    "huisarts": "Huisarts",
    "ngo": "NGO",
    "comensha": "CoMensha",
    "zelf": "Zelfmelding",
    "anoniem": "Anoniem",
    "anders": "Anders",
}
_REASON_BY_LABEL = {v.lower(): k for k, v in CLOSE_REASON_LABELS.items()}
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def categories(dimension: str) -> list[tuple[str, str]]:
    """(key, Dutch label) of every row of a breakdown, fixed so that an empty group shows
    as 0 instead of disappearing."""
    if dimension == "form":
        return [(k, FORM_LABELS[k]) for k in (*FORMS, "meerdere", "onbekend")]
    if dimension == "gender":
        return [(k, GENDER_LABELS[k]) for k in GENDERS]
    if dimension == "age":
        return [(k, "Onbekend" if k == "onbekend" else f"{k} jaar") for k in AGE_BANDS]
    if dimension == "nationality":
        return list(NATIONALITY_LABELS.items())
    if dimension == "reporter":
        return [(k, REPORTER_LABELS.get(k, k)) for k in REPORTER_TYPES]
    if dimension == "shelter":
        return [(k, SHELTER_TYPE_LABELS.get(k, k)) for k in SHELTER_TYPES]
    if dimension == "reason":
        return [(k, CLOSE_REASON_LABELS[k]) for k in CLOSE_REASONS]
    raise ValueError(dimension)


def _normalise(dimension: str, value: str, keys: set[str]) -> str:
    if value in keys:
        return value
    if dimension == "reason":
        return _REASON_BY_LABEL.get(value.strip().lower(), "anders")
    return "anders" if "anders" in keys else "onbekend"


@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None = None  # 1..4, or None for the whole year

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.quarter is None else 3 * self.quarter - 2, 1)

    @property
    def end(self) -> date:
        if self.quarter is None or self.quarter == 4:
            return date(self.year + 1, 1, 1)
        return date(self.year, 3 * self.quarter + 1, 1)

    @property
    def label(self) -> str:
        return str(self.year) if self.quarter is None else f"{self.year} kwartaal {self.quarter}"

    @property
    def columns(self) -> list[str]:
        if self.quarter is None:
            return [f"K{q}" for q in range(1, 5)]
        return list(MONTHS[3 * self.quarter - 3 : 3 * self.quarter])

    def bucket_index(self, bucket: int) -> int:
        return bucket - 1 if self.quarter is None else bucket - (3 * self.quarter - 2)


def parse_period(year: object, quarter: object = None) -> Period:
    """A validated period; Dutch messages for the CLI and the screen."""
    try:
        y = int(str(year))
    except ValueError:
        raise ValidationError(M.REPORT_YEAR_NUMBER, "year") from None
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise ValidationError(M.REPORT_YEAR_RANGE, "year", first=MIN_YEAR, last=MAX_YEAR)
    if quarter in (None, "", 0):
        return Period(y)
    try:
        q = int(str(quarter))
    except ValueError:
        q = 0
    if not 1 <= q <= 4:
        raise ValidationError(M.REPORT_QUARTER, "quarter")
    return Period(y, q)


@dataclass(frozen=True)
class ReportTable:
    measure: str
    dimension: str
    title: str
    row_keys: tuple[str, ...]
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    table: suppression.SuppressedTable  # published values only

    def rows(self) -> list[list[str]]:
        """Header + rows + totals, as published text."""
        return suppression.publishable_rows(
            self.table, self.row_labels, self.col_labels, TOTAL_LABEL
        )


TOTAL_LABEL = "Totaal"


@dataclass(frozen=True)
class Report:
    period: Period
    tables: tuple[ReportTable, ...]
    made_on: date


def raw_counts(db: Database, period: Period) -> dict[tuple[str, str], list[tuple[int, str, int]]]:
    """The unsuppressed GROUP BY results (internal; never shown or exported)."""
    bucket = "quarter" if period.quarter is None else "month"
    start, end = period.start.isoformat(), period.end.isoformat()
    return {(m, d): rq.counts(db, m, d, start, end, bucket) for m, d in TABLES}


def monthly_counts(
    db: Database, period: Period
) -> dict[tuple[str, str], list[tuple[int, str, int]]]:
    """The same as ``raw_counts``, from the trigger-maintained monthly counts (issue 16)."""
    bucket = "quarter" if period.quarter is None else "month"
    start, end = period.start.isoformat(), period.end.isoformat()
    return {(m, d): rq.monthly_counts(db, m, d, start, end, bucket) for m, d in TABLES}


def build(db: Database, period: Period, *, today: date | None = None) -> Report:
    """Count and suppress. Only the suppressed tables leave this function."""
    raw = monthly_counts(db, period)
    tables = []
    ncols = len(period.columns)
    for measure, dim in TABLES:
        cats = categories(dim)
        keys = {k for k, _ in cats}
        index = {k: i for i, (k, _) in enumerate(cats)}
        cells = [[0] * ncols for _ in cats]
        for bucket, cat, n in raw[(measure, dim)]:
            col = period.bucket_index(bucket)
            if 0 <= col < ncols:
                cells[index[_normalise(dim, cat, keys)]][col] += n
        tables.append(
            ReportTable(
                measure,
                dim,
                f"{MEASURES[measure]} naar {DIMENSIONS[dim]}",
                tuple(k for k, _ in cats),
                tuple(label for _, label in cats),
                tuple(period.columns),
                suppression.suppress(cells),
            )
        )
    return Report(period, tuple(tables), today or date.today())


# -- exports ------------------------------------------------------------------------------
CSV_HEADER = ("tabel", "indeling", "categorie", "kolom", "waarde")


def write_csv(report: Report, out: TextIO) -> int:
    """Long format: one published value per line (``<10`` and ``x`` as text). Returns the
    number of data lines."""

    def lines() -> Iterator[list[str]]:
        for t in report.tables:
            rows = t.rows()
            header = rows[0]
            for row in rows[1:]:
                for col, value in zip(header[1:], row[1:], strict=True):
                    yield [MEASURES[t.measure], DIMENSIONS[t.dimension], row[0], col, value]

    return csv_output.write_csv(out, CSV_HEADER, lines(), lineterminator="\n")


def _chart(t: ReportTable) -> object:
    """A horizontal bar chart of the row totals (published values only; suppressed bars
    are left out and named in the label)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    from desktop.letters.render import fonts

    labels, values = [], []
    for label, total in zip(t.row_labels, t.table.row_totals, strict=True):
        if total == 0:
            continue
        if isinstance(total, int):
            labels.append(f"{label} ({total})")
            values.append(total)
        else:
            labels.append(f"{label} ({total})")
            values.append(0)
    height = 14 * max(1, len(labels)) + 20
    d = Drawing(WIDTH, height)
    if not labels:
        return d
    ch = HorizontalBarChart()
    ch.x, ch.y = 150, 10
    ch.width, ch.height = WIDTH - 170, height - 20
    ch.data = [list(reversed(values))]
    ch.categoryAxis.categoryNames = list(reversed(labels))
    ch.categoryAxis.labels.fontName = fonts().regular
    ch.categoryAxis.labels.fontSize = 7.5
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.valueAxis.labels.fontName = fonts().regular
    ch.valueAxis.labels.fontSize = 7
    ch.valueAxis.valueMin = 0
    ch.bars[0].fillColor = colors.HexColor("#2f6690")
    ch.bars[0].strokeColor = None
    d.add(ch)
    return d


def render_pdf(report: Report, letterhead: Letterhead | None = None) -> bytes:
    doc = Doc(
        "Monitoringsrapportage mensenhandel",
        f"Periode {report.period.label} - opgemaakt op {report.made_on.isoformat()}",
        letterhead=letterhead or Letterhead(),
        footer="Geanonimiseerd: aantallen van 1 tot en met 9 als <10; x = verborgen om "
        "terugrekenen te voorkomen",
    )
    doc.para(
        'Alle aantallen zijn geanonimiseerd. Groepen kleiner dan 10 staan als "<10"; waar '
        "een verborgen aantal uit totalen terug te rekenen zou zijn, staat ook een ander "
        'getal verborgen ("x").'
    )
    for t in report.tables:
        doc.section(t.title)
        chart = _chart(t)
        doc.add(chart)
        doc.gap(2)
        doc.table(
            t.rows(),
            [WIDTH * 0.34] + [WIDTH * 0.66 / (len(t.col_labels) + 1)] * (len(t.col_labels) + 1),
        )
    return doc.render()


def published_values(report: Report) -> Sequence[str]:
    """Every value that an export carries (for checks)."""
    return [v for t in report.tables for row in t.rows()[1:] for v in row[1:]]


# -- the screen's entry points (audited) ----------------------------------------------------
def view(store: Store, period: Period) -> Report:
    """Build the report for the Rapportage screen; the view is audited (no figures)."""
    out = build(store.db, period)
    store.audit("report.view", object_type="report", details=f"periode: {period.label}")
    return out


def export(store: Store, report: Report, path: Path, fmt: str) -> None:
    """Write the suppressed report as ``csv`` or ``pdf`` to ``path`` (the user chose the
    file after the not-encrypted warning); audited with the period and format."""
    if fmt == "csv":
        buf = io.StringIO()
        write_csv(report, buf)
        data = buf.getvalue().encode("utf-8")
    elif fmt == "pdf":
        from desktop.letters.service import LetterService

        data = render_pdf(report, LetterService(store).letterhead())
    else:
        raise ValidationError(M.REPORT_FORMAT, "format")
    atomic_write(path, data, mode=0o600)
    store.audit(
        "report.export",
        object_type="report",
        details=f"periode: {report.period.label}; formaat: {fmt}",
    )


def years(db: Database) -> list[int]:
    return rq.years_with_data(db)
