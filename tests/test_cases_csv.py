"""CSV import (all-or-nothing, per-row Dutch report) and the import-csv / demo commands."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.cases import CaseService, DossierQuery
from desktop.csv_import import import_preview, read_csv
from desktop.resources import resource_path
from storage import audit
from storage.errors import ValidationError
from tests.conftest import PASSWORD

TODAY = date(2026, 11, 23)
HEADER = "voornaam;achternaam;alias;geboortedatum;geslacht;nationaliteit;uitbuitingsvorm;aanmelddatum;aanmelder;notitie"  # noqa: E501


def csv_bytes(lines, *, sep=";", encoding="utf-8", bom=False):
    text = "\r\n".join(line.replace(";", sep) if sep != ";" else line for line in lines) + "\r\n"
    data = text.encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


GOOD = [
    HEADER,
    "Zoë;Jansen;;14-03-1998;v;RO;seksueel;02-09-2026;politie;Eerste gesprek",
    ";;Merel;;;NG;arbeid/crimineel;2026-10-15;Wijkteam Oost;",
]


@pytest.mark.parametrize(
    ("sep", "encoding", "bom"),
    [(";", "utf-8", False), (";", "utf-8", True), (",", "utf-8", True), (";", "cp1252", False)],
)
def test_separators_and_encodings(sep, encoding, bom):
    p = read_csv(csv_bytes(GOOD, sep=sep, encoding=encoding, bom=bom), today=TODAY)
    assert p.ok, p.report()
    assert p.delimiter == sep
    assert (
        p.encoding == {"utf-8": "utf-8-sig" if bom else "utf-8", "cp1252": "windows-1252"}[encoding]
    )
    zoe, merel = p.rows
    assert zoe.person.first_name == "Zoë" and zoe.person.birth_date == date(1998, 3, 14)
    assert zoe.person.gender == "vrouw" and zoe.person.nationality == "RO"
    assert zoe.signal.reporter_type == "politie" and zoe.note == "Eerste gesprek"
    assert merel.person.alias == "Merel" and merel.dossier.forms == ("arbeid", "crimineel")
    assert (
        merel.signal.reporter_type == "wijkteam" and merel.signal.reporter_name == "Wijkteam Oost"
    )
    assert merel.dossier.opened_on == date(2026, 10, 15)


def test_header_case_insensitive_and_order_free():
    p = read_csv(csv_bytes(["ALIAS; Voornaam ;GESLACHT", "Vink;Sara;v"]), today=TODAY)
    assert p.ok and p.rows[0].person.alias == "Vink" and p.rows[0].person.first_name == "Sara"


def test_every_row_error_reported_without_values():
    lines = [
        HEADER,
        "Zoë;Jansen;;14-03-2030;v;RO;seksueel;02-09-2026;politie;",  # future birth date
        "Ali;Geheim;;31-02-1990;q;Nederland;drugs;;;",  # bad date, gender, nat., form
        ";;;;;;;;;",  # empty line: skipped
        ";;;;v;;;;;",  # no name at all
        "Piet;Bakker;;;m;NL",  # wrong number of fields
    ]
    p = read_csv(csv_bytes(lines), today=TODAY)
    assert not p.ok and p.rows == []
    report = p.report()
    assert "regel 2, kolom geboortedatum: Geboortedatum ligt in de toekomst." in report
    assert "regel 3, kolom geboortedatum" in report
    assert "regel 3, kolom geslacht" in report
    assert "regel 3, kolom uitbuitingsvorm" in report
    assert "regel 5, kolom alias: Vul een naam of een alias in." in report
    assert "regel 6: Verwacht 10 velden, gevonden 6" in report
    for value in ("Jansen", "Geheim", "Nederland", "drugs", "Bakker"):
        assert value not in report


def test_bad_headers():
    p = read_csv(csv_bytes(["voornaam;bsn", "Jan;123"]), today=TODAY)
    assert not p.ok and "Onbekende kolom nr. 2" in p.report()
    p = read_csv(csv_bytes(["geslacht;notitie", "v;x"]), today=TODAY)
    assert "minstens een kolom voornaam" in p.report()
    assert "UTF-16" in read_csv("voornaam\r\nJan".encode("utf-16"), today=TODAY).report()
    assert not read_csv(b"", today=TODAY).ok


def test_import_is_all_or_nothing(new_store):
    svc = CaseService(new_store, clock=lambda: TODAY)
    bad = read_csv(csv_bytes([*GOOD, "X;Y;;;zz;;;;;"]), today=TODAY)
    with pytest.raises(ValidationError):
        import_preview(svc, bad)
    assert new_store.info()["counts"]["dossiers"] == 0
    result = import_preview(svc, read_csv(csv_bytes(GOOD), today=TODAY, owner="Anna"))
    assert (result.dossiers, result.persons, result.signals, result.notes) == (2, 2, 2, 1)
    counts = new_store.info()["counts"]
    assert (counts["dossiers"], counts["persons"], counts["signals"], counts["notes"]) == (
        2,
        2,
        2,
        1,
    )
    rows = svc.list_dossiers(DossierQuery(sort="name", descending=False)).rows
    assert [r.person_name for r in rows] == ["Jansen, Zoë", "Merel"]
    assert all(r.owner == "Anna" for r in rows)
    assert svc.search("zoe").persons
    assert svc.agenda() == []  # imported caseload is not waiting for screening
    assert audit.entries(new_store.db, action="import")[0].details == "csv: 2 dossiers"


def test_example_file_in_resources_is_valid():
    data = resource_path("import-voorbeeld.csv").read_bytes()
    p = read_csv(data, today=TODAY)
    assert p.ok, p.report()
    assert len(p.rows) >= 3


@pytest.fixture
def store_dir(vault, data_dir):
    store, _ = vault.init(PASSWORD)
    store.close()
    return data_dir


def _info(cli, store_dir, password_file):
    r = cli("info", "--data-dir", str(store_dir), "--password-file", str(password_file))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["counts"]


def test_cli_import_csv(cli, store_dir, password_file, tmp_path):
    common = ("--data-dir", str(store_dir), "--password-file", str(password_file))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes([*GOOD, "Jan;Smit;;1-1-1990;v;RO;;32-12-2025;;"]))
    r = cli("import-csv", str(bad), *common)
    assert r.returncode == 1
    assert "niets geïmporteerd" in r.stderr
    assert "regel 4, kolom aanmelddatum" in r.stderr
    assert "Smit" not in r.stderr + r.stdout
    assert _info(cli, store_dir, password_file)["dossiers"] == 0
    r = cli("import-csv", str(tmp_path / "missing.csv"), *common)
    assert r.returncode == 2 and "bestaat niet" in r.stderr
    r = cli("import-csv", str(resource_path("import-voorbeeld.csv")), *common)
    assert r.returncode == 0, r.stderr
    assert "dossiers geïmporteerd" in r.stdout
    counts = _info(cli, store_dir, password_file)
    assert counts["dossiers"] == counts["persons"] == 4
    assert counts["notes"] == 3


def test_cli_demo(cli, store_dir, password_file):
    common = ("--data-dir", str(store_dir), "--password-file", str(password_file))
    r = cli("demo", *common, "--cases", "40", "--notes-per-case", "3")
    assert r.returncode == 0, r.stderr
    assert "fictief" in r.stdout
    counts = _info(cli, store_dir, password_file)
    assert counts["dossiers"] == 40 and counts["persons"] <= 40 and counts["signals"] >= 40
    assert counts["notes"] > 0
    r = cli("verify", *common)
    assert r.returncode == 0, r.stdout + r.stderr
    assert cli("demo", *common, "--cases", "0").returncode == 2


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Roemenië", "RO"),
        ("roemenie", "RO"),
        ("Romania", "RO"),
        ("ro", "RO"),
        ("Nigeria", "NG"),
        ("Verenigd Koninkrijk", "GB"),
        ("United Kingdom", "GB"),
        ("Oekraïne", "UA"),
    ],
)
def test_nationality_as_dutch_or_english_name_or_code(cell, code):
    p = read_csv(csv_bytes([HEADER, f";;Vink;;;{cell};;;;"]), today=TODAY)
    assert p.ok, p.report()
    assert p.rows[0].person.nationality == code


def test_unknown_country_name_is_a_row_error_without_the_value():
    p = read_csv(csv_bytes([HEADER, ";;Vink;;;Atlantis;;;;"]), today=TODAY)
    assert not p.ok
    report = p.report()
    assert "nationaliteit" in report.lower() and "Atlantis" not in report
