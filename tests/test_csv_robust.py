"""CSV in and out (issue 14, item 8): encoding decided robustly, no swallowed rows,
formula-safe and properly quoted output, exit 2 for an invalid file, capped reports."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest

from desktop.csv_import import read_csv
from desktop.retention import DueDossier, Policy, RetentionService, Rule, write_due_csv
from tests.test_cases_csv import GOOD, HEADER, TODAY, csv_bytes
from tests.test_retention import _plant

ZOE_BAD = "Zoë;Jansen;;14-03-1998;v;RO;seksueel;02-09-2026;politie;Eerste gesprek"


def _with_bad_byte() -> bytes:
    data = csv_bytes([HEADER, ZOE_BAD, ";;Merel;;;NG;arbeid;2026-10-15;Wijkteam Oost;"])
    # one invalid byte in line 3 of an otherwise UTF-8 file (which has "ë" in line 2)
    return data.replace(b"Merel", b"Mer\xffl")


# --- (a) encoding ---------------------------------------------------------------------------


def test_utf8_with_one_bad_byte_is_refused_with_its_line() -> None:
    p = read_csv(_with_bad_byte(), today=TODAY)
    assert not p.ok and p.invalid_file and not p.rows
    report = p.report()
    assert "regel 3: Ongeldige UTF-8-tekens" in report
    assert "regel 2" not in report
    assert "CSV UTF-8" in report


def test_utf8_bom_with_a_bad_byte_is_refused_not_a_crash() -> None:
    p = read_csv(b"\xef\xbb\xbf" + _with_bad_byte(), today=TODAY)
    assert p.invalid_file and "regel 3" in p.report()


def test_windows_1252_still_read_and_valid_utf8_still_utf8() -> None:
    cp = read_csv(csv_bytes(GOOD, encoding="cp1252"), today=TODAY)
    assert cp.ok and cp.encoding == "windows-1252"
    assert cp.rows[0].person.first_name == "Zoë"
    u8 = read_csv(csv_bytes(GOOD), today=TODAY)
    assert u8.ok and u8.encoding == "utf-8" and u8.rows[0].person.first_name == "Zoë"


def test_cli_bad_byte_exit_2_nothing_stored(cli, new_store, data_dir, password_file, tmp_path):  # type: ignore[no-untyped-def]
    new_store.close()
    f = tmp_path / "lijst.csv"
    f.write_bytes(_with_bad_byte())
    common = ("--data-dir", str(data_dir), "--password-file", str(password_file))
    r = cli("import-csv", str(f), *common)
    assert r.returncode == 2, r.stderr
    assert "regel 3" in r.stderr and "niets geïmporteerd" in r.stderr
    assert "Ã" not in r.stderr + r.stdout and "Merel" not in r.stderr
    r = cli("info", *common)
    assert json.loads(r.stdout)["counts"]["dossiers"] == 0


# --- (b) quotes ---------------------------------------------------------------------------


def test_unbalanced_quote_does_not_swallow_the_next_row() -> None:
    lines = [
        HEADER,
        'Zoë;Jansen;;14-03-1998;v;RO;seksueel;02-09-2026;politie;"Eerste gesprek',
        'Jan;Smit;;01-01-1990;m;NL;arbeid;02-09-2026;politie;Tweede"',
        ";;Merel;;;NG;arbeid;2026-10-15;Wijkteam Oost;",
    ]
    p = read_csv(csv_bytes(lines), today=TODAY)
    assert not p.ok
    assert "regel 2: Een cel die met een aanhalingsteken" in p.report()
    assert "tot regel 3" in p.report()
    assert not p.invalid_file  # a bad row: exit 1


def test_unclosed_quote_in_a_middle_cell() -> None:
    lines = [HEADER, 'Zoë;"Jansen;;14-03-1998;v;RO;seksueel;02-09-2026;politie;x', GOOD[2]]
    p = read_csv(csv_bytes(lines), today=TODAY)
    assert not p.ok and "regel 2" in p.report() and "aanhalingsteken" in p.report()


def test_a_real_multi_line_note_is_still_accepted() -> None:
    lines = [HEADER, ZOE_BAD + ' en "meer"', GOOD[2]]
    lines[1] = lines[1].replace('Eerste gesprek en "meer"', '"Eerste gesprek\nTweede regel"')
    p = read_csv(csv_bytes(lines), today=TODAY)
    assert p.ok, p.report()
    assert p.rows[0].note == "Eerste gesprek\nTweede regel"
    assert p.rows[1].line == 4  # physical line of the next record


def test_cli_swallowed_row_exit_1(cli, new_store, data_dir, password_file, tmp_path):  # type: ignore[no-untyped-def]
    new_store.close()
    f = tmp_path / "lijst.csv"
    f.write_bytes(
        csv_bytes(
            [
                HEADER,
                'Zoë;Jansen;;14-03-1998;v;RO;seksueel;02-09-2026;politie;"Eerste gesprek',
                'Jan;Smit;;01-01-1990;m;NL;arbeid;02-09-2026;politie;Tweede"',
            ]
        )
    )
    r = cli(
        "import-csv", str(f), "--data-dir", str(data_dir), "--password-file", str(password_file)
    )
    assert r.returncode == 1, r.stderr
    assert "regel 2" in r.stderr and "niets geïmporteerd" in r.stderr


# --- (d) whole-file problems: exit 2 --------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"voornaam;bsn\r\nJan;1\r\n",
        HEADER.encode() + b"\r\n",
        "voornaam\r\nJan".encode("utf-16"),
    ],
    ids=["leeg", "onbekende-kolom", "geen-regels", "utf-16"],
)
def test_cli_invalid_file_exit_2(cli, tmp_path, content) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "lijst.csv"
    f.write_bytes(content)
    r = cli("import-csv", str(f), "--data-dir", str(tmp_path / "geen-opslag"))
    assert r.returncode == 2, r.stderr
    assert "ongeldig importbestand" in r.stderr and "Traceback" not in r.stderr


# --- (e) capped reports ---------------------------------------------------------------------


def test_cli_ten_thousand_columns_report_is_capped(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "breed.csv"
    f.write_text(";".join(f"k{i}" for i in range(10_000)) + "\r\n" + "x;" * 9_999 + "x\r\n")
    r = cli("import-csv", str(f), "--data-dir", str(tmp_path / "geen-opslag"))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) <= 22, len(lines)
    assert lines[-1] == "... en 9981 andere fout(en)."


def test_cli_many_bad_rows_report_is_capped(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "fout.csv"
    f.write_bytes(csv_bytes([HEADER] + [f"A{i};B;;;zz;;;;;" for i in range(500)]))
    r = cli("import-csv", str(f), "--data-dir", str(tmp_path / "geen-opslag"))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert "500 fout(en) in 500 regel(s)" in lines[0]
    assert len(lines) == 22 and lines[-1] == "... en 480 andere fout(en)."


# --- (c) output: one formula-safe, quoting writer -------------------------------------------


def test_retention_csv_is_quoted_and_formula_safe() -> None:
    due = [
        DueDossier(
            "id1", '=HYPERLINK("http://x")', "", "2020-01-01", "a, b\nc", 1, "2021-01-01", ""
        ),
        DueDossier("id2", "+31", "", "2020-01-01", "@SUM(A1)", 1, "2021-01-01", ""),
    ]
    buf = io.StringIO()
    assert write_due_csv(due, buf) == 2
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert rows[0] == ["dossier", "afgesloten", "reden", "termijn_jaren", "vernietigen_vanaf", "id"]
    assert all(len(r) == 6 for r in rows)
    assert rows[1][0] == '\'=HYPERLINK("http://x")' and rows[1][2] == "a, b\nc"
    assert rows[2][0] == "'+31" and rows[2][2] == "'@SUM(A1)"


def test_cli_retention_csv_with_hostile_number(cli, new_store, data_dir, password_file):  # type: ignore[no-untyped-def]
    doomed, _ = _plant(new_store)
    new_store.db.execute(
        "UPDATE dossiers SET closed_on = ?, number = ? WHERE id = ?",
        ((date.today() - timedelta(days=800)).isoformat(), '-2+3,"x"', doomed),
    )
    RetentionService(new_store).set_policy(Policy(Rule(20, "x"), {"doel_bereikt": Rule(1, "y")}))
    new_store.close()
    r = cli("retention", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert all(len(row) == 6 for row in rows), rows
    [row] = rows[1:]
    assert row[0] == '\'-2+3,"x"' and row[5] == doomed
