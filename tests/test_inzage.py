"""Inzageverzoek (AVG art. 15): one PDF with everything about a person, recorded."""

from __future__ import annotations

import subprocess
from pathlib import Path

from desktop.inzage import TEMPLATE, InzageService
from desktop.letters.service import LetterService
from tests.letters_demo import TODAY
from tests.test_retention import CANARY, _plant


def _text(pdf: bytes, tmp_path: Path) -> str:
    f = tmp_path / "inzage.pdf"
    f.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_inzage_pdf_holds_everything_and_is_recorded(new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doomed, survivor = _plant(new_store)
    person_id = new_store.db.scalar("SELECT person_id FROM dossiers WHERE id = ?", (doomed,))
    number = new_store.db.scalar("SELECT number FROM dossiers WHERE id = ?", (doomed,))
    svc = InzageService(new_store, clock=lambda: TODAY)
    text = _text(svc.report(person_id), tmp_path)
    assert "Overzicht van uw gegevens" in text and "Gemeente Zuiderveen" in text
    assert "Adaeze" in text and CANARY in text  # personal data
    assert "Nigeria (NG)" in text  # nationality by name, with its stored code
    assert f"Dossier {number}" in text
    assert f"Gesprek met {CANARY} thuis" in text  # note
    assert f"Melding over {CANARY}" in text  # signal
    assert f"Plan voor {CANARY}" in text  # care plan
    assert f"{CANARY} opvang" in text  # placement
    assert f"Afgerond met {CANARY}" in text  # afsluiting
    assert "Verstrekte brieven" in text and "verwijsbrief_opvang" in text and "afgedrukt" in text
    assert f"{CANARY}.pdf" in text  # kept document
    assert "Wie heeft uw gegevens ingezien" in text and "Test Coördinator" in text
    assert "person.update" in text and "dossier.close" in text
    # nothing from the other person's dossier
    assert "Blijvende notitie" not in text and "Bestaan" not in text
    # recorded in the verstrekkingenregister and the audit log
    reg = LetterService(new_store).disclosures(doomed)
    assert any(x.template == TEMPLATE and "AVG" in x.reason for x in reg)
    assert (
        new_store.db.scalar(
            "SELECT count(*) FROM audit_log WHERE action = 'inzage.export' AND object_id = ?",
            (person_id,),
        )
        == 1
    )
    details = new_store.db.query("SELECT details FROM audit_log")
    assert not any(CANARY in d[0] or "Adaeze" in d[0] for d in details)
