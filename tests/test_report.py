"""Monitoring report: counts, suppression before anything leaves, CSV/PDF, CLI."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import demo, suppression
from desktop import report as rep
from storage.errors import ValidationError

TODAY = date(2026, 11, 23)


def _no_small(values: list[str]) -> None:
    for v in values:
        assert v in ("<10", "x") or int(v) == 0 or int(v) >= 10, v


def test_counts_match_the_data_and_small_cells_are_hidden(new_store) -> None:  # type: ignore[no-untyped-def]
    demo.generate(new_store, 300, notes_per_case=1, today=TODAY)
    db = new_store.db
    report = rep.build(db, rep.Period(2025), today=TODAY)
    assert [(t.measure, t.dimension) for t in report.tables] == list(rep.TABLES)
    by = {(t.measure, t.dimension): t for t in report.tables}
    opened = db.scalar("SELECT count(*) FROM dossiers WHERE opened_on LIKE '2025-%'")
    assert opened >= 10
    gender = by[("dossiers", "gender")]
    assert gender.table.grand_total in (opened, "<10", "x")
    assert gender.col_labels == ("K1", "K2", "K3", "K4")
    # raw counts really are small somewhere, and never published as such
    raw = rep.raw_counts(db, rep.Period(2025))
    assert any(1 <= n <= 9 for rows in raw.values() for _b, _c, n in rows)
    _no_small(list(rep.published_values(report)))
    for t in report.tables:
        assert suppression.exposed(t.table) == [] and suppression.single_suppressions(t.table) == []
    q = rep.build(db, rep.Period(2025, 2), today=TODAY)
    assert q.tables[0].col_labels == ("apr", "mei", "jun")


def test_csv_and_pdf_exports(new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo.generate(new_store, 200, notes_per_case=1, today=TODAY)
    report = rep.build(new_store.db, rep.Period(2026), today=TODAY)
    out = io.StringIO()
    n = rep.write_csv(report, out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == rep.CSV_HEADER and len(rows) == n + 1
    _no_small([r[4] for r in rows[1:]])
    assert any(r[0] == "Nieuwe dossiers" and r[2] == "Vrouw" for r in rows)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(rep.render_pdf(report))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Monitoringsrapportage" in text and "Nieuwe dossiers naar gender" in text
    assert "Periode 2026" in text
    assert "<10" in text  # the suppressed cells appear as such in the PDF tables


def test_period_validation() -> None:
    assert rep.parse_period("2026").end == date(2027, 1, 1)
    assert rep.parse_period(2026, 4).start == date(2026, 10, 1)
    for bad in ("twintig", "1800"):
        with pytest.raises(ValidationError):
            rep.parse_period(bad)
    with pytest.raises(ValidationError):
        rep.parse_period(2026, 5)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(0, 10**6), n=st.integers(1, 60), quarter=st.sampled_from([None, 1, 4]))
def test_no_exported_cell_holds_1_to_9(new_store, seed: int, n: int, quarter: int | None) -> None:  # type: ignore[no-untyped-def]
    # every example adds a random set of dossiers to the store: the data keeps changing
    demo.generate(new_store, n, notes_per_case=0, seed=seed, today=TODAY)
    for year in (2025, 2026):
        report = rep.build(new_store.db, rep.Period(year, quarter), today=TODAY)
        out = io.StringIO()
        rep.write_csv(report, out)
        values = [r[4] for r in list(csv.reader(io.StringIO(out.getvalue())))[1:]]
        _no_small(values)
        for t in report.tables:
            assert suppression.exposed(t.table) == []
            assert suppression.single_suppressions(t.table) == []


def test_cli_report_csv_and_usage_errors(  # type: ignore[no-untyped-def]
    cli, new_store, data_dir: Path, password_file: Path
) -> None:
    demo.generate(new_store, 120, notes_per_case=0, today=TODAY)
    new_store.close()
    base = ("report", "--data-dir", str(data_dir), "--password-file", str(password_file))
    r = cli(*base, "--year", "2026", "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert tuple(rows[0]) == rep.CSV_HEADER and len(rows) > 50
    _no_small([x[4] for x in rows[1:]])
    r = cli(*base, "--year", "abc", "--format", "csv")
    assert r.returncode == 2 and "jaar" in r.stderr
    r = cli(*base, "--year", "2026", "--format", "xlsx")
    assert r.returncode == 2 and "csv of pdf" in r.stderr
