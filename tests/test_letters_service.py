"""Letters on real parts: a real SQLCipher store, real PDFs read back with pdftotext."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.cases import CaseService
from desktop.letters import (
    ConsentRequiredError,
    FieldSelection,
    LetterRequest,
    LetterService,
    get_template,
    load_templates,
)
from desktop.letters.render import esc
from desktop.letters.service import MAX_DOCUMENT_BYTES
from storage.errors import ValidationError
from tests.letters_demo import INPUTS, TODAY, Demo, logo_png, populate


def pdf_text(pdf: bytes) -> str:
    """pdftotext from standard input to standard output: no file on disk."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def demo(new_store) -> Demo:  # type: ignore[no-untyped-def]
    return populate(new_store, logo=True)


@pytest.fixture
def svc(new_store) -> LetterService:  # type: ignore[no-untyped-def]
    return LetterService(new_store, clock=lambda: TODAY)


def audit_actions(store) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (r[0], r[1]) for r in store.db.query("SELECT action, details FROM audit_log ORDER BY id")
    ]


# -- templates ---------------------------------------------------------------------------


def test_templates_load_and_have_minimal_defaults() -> None:
    names = {t.name for t in load_templates()}
    assert {
        "verwijsbrief_opvang",
        "verwijzing_hulpverlening",
        "registratieformulier_comensha",
        "toestemmingsverklaring_nl",
        "toestemmingsverklaring_en",
    } <= names
    for tpl in load_templates():
        assert tpl.default_fields, tpl.name
        assert tpl.default_fields < set(tpl.field_keys), f"{tpl.name}: nothing left to add"
    assert get_template("toestemmingsverklaring_en").language == "en"


def test_template_fields_have_a_source() -> None:
    from desktop.letters.fields import known_keys

    for tpl in load_templates():
        for f in tpl.fields:
            assert f.input or f.key in known_keys(), f"{tpl.name}: {f.key}"


def test_field_selection_model() -> None:
    sel = FieldSelection.defaults(get_template("verwijsbrief_opvang"))
    assert sel.is_ticked("client.name") and not sel.is_ticked("client.safe_contact")
    sel.set("client.safe_contact", True)
    sel.set("client.name", False)
    assert "client.safe_contact" in sel.added and "client.name" not in sel.selected
    sel.reset()
    assert sel.selected == get_template("verwijsbrief_opvang").default_fields
    with pytest.raises(ValueError):
        sel.set("no.such.field", True)


# -- making letters ----------------------------------------------------------------------


def test_letter_has_chosen_fields_and_not_unticked_ones(svc, demo, new_store) -> None:  # type: ignore[no-untyped-def]
    tpl = get_template("verwijsbrief_opvang")
    fields = (tpl.default_fields - {"client.birth_date"}) | {"client.safe_contact"}
    letter = svc.make(
        LetterRequest(demo.dossier_id, tpl.name, demo.shelter_id, fields=fields, inputs=INPUTS)
    )
    text = flat(pdf_text(svc.letter_pdf(letter.id)))
    # chosen
    assert "Adaeze Okonkwo" in text
    assert "Alleen via de zorgcoördinator bellen" in text  # added on purpose
    assert "COSM-plek, bij voorkeur buiten de regio" in text  # typed input
    assert "Nigeria" in text and "ongedocumenteerd" in text
    assert "Gemeente Zuiderveen" in text and "23 november 2026" in text
    assert "VERTROUWELIJK" in text and "pagina 1 van" in text
    assert "t.a.v. J. Bakker" in text
    assert "toestemming" in text and "COSM-opvang De Haven" in text
    # not chosen: unticked by the coordinator, or not in the minimal set
    assert "12 april 1999" not in text  # birth date unticked
    assert "Ada " not in text  # alias is not in the minimal set
    assert "Adres geheim" in text  # exploiter question is in the minimal set ...
    assert "telefoon vervangen" not in text  # ... safety notes are not
    assert "GGZ Noorderlicht" not in text  # partners list not ticked
    assert letter.fields == tuple(sorted(fields))
    assert letter.consent_id == demo.consent_id and letter.reason == ""
    assert letter.pages >= 1 and letter.size > 1000


def test_every_template_renders_and_reads_back(svc, demo) -> None:  # type: ignore[no-untyped-def]
    for tpl in load_templates():
        recipient = demo.comensha_id if "comensha" in tpl.name else demo.shelter_id
        pdf = svc.preview(LetterRequest(demo.dossier_id, tpl.name, recipient, inputs=INPUTS))
        text = flat(pdf_text(pdf.pdf))
        assert (tpl.title if tpl.layout == "form" else tpl.subject) in text, tpl.name
        marking = "CONFIDENTIAL" if tpl.language == "en" else "VERTROUWELIJK"
        assert marking in text
        assert pdf.pages >= 1
    # The preview keeps nothing and discloses nothing.
    assert svc.letters(demo.dossier_id) == []
    assert svc.count_disclosures() == 0


def test_comensha_letter_fits_one_page_and_holds_registration_data(svc, demo) -> None:  # type: ignore[no-untyped-def]
    letter = svc.make(
        LetterRequest(demo.dossier_id, "registratieformulier_comensha", demo.comensha_id)
    )
    text = flat(pdf_text(svc.letter_pdf(letter.id)))
    assert letter.pages == 1
    assert "seksuele uitbuiting, overige arbeid" in text
    assert "27 jaar" in text and "Nigeria" in text and "vrouw" in text
    assert "Adaeze" not in text  # the name is not part of the minimal registration
    assert letter.consent_id == demo.comensha_consent_id  # consent without a recipient


def test_consent_form_in_english_has_signature_lines(svc, demo) -> None:  # type: ignore[no-untyped-def]
    pdf = svc.preview(LetterRequest(demo.dossier_id, "toestemmingsverklaring_en", None))
    text = flat(pdf_text(pdf.pdf))
    assert "Consent form" in text and "I declare that" in text
    assert "Signature of the client" in text and "12 April 1999" in text
    assert "page 1 of 1" in text


HOSTILE = {
    "markup": "<b>vet</b> & <font size=40>groot</font> <br/> &amp; </para>",
    "long_word": "x" * 500,
    "rtl_ar": "مرحبا بالعالم",
    "rtl_he": "שלום עולם",
    "emoji": "Hulp nodig 🙂🚨👩‍👧",
    "control": "a\x00b\x07c\x1bd",
}


def test_hostile_input_renders_escaped(svc, demo, new_store) -> None:  # type: ignore[no-untyped-def]
    cases = CaseService(new_store, clock=lambda: TODAY)
    d = cases.get_dossier(demo.dossier_id)
    cases.update_dossier(
        dataclasses.replace(
            d,
            exploiter_relation=HOSTILE["markup"],
            children=HOSTILE["long_word"],
            income_insurance=HOSTILE["rtl_he"] + " / " + HOSTILE["rtl_ar"],
        )
    )
    long_text = "\n\n".join(
        f"Alinea {i}: " + ("Een lange toelichting met veel woorden. " * 40) for i in range(12)
    )
    inputs = {
        "request.kind": HOSTILE["emoji"],
        "request.from": HOSTILE["control"],
        "request.text": long_text,
        "care.needs": HOSTILE["markup"],
    }
    letter = svc.make(
        LetterRequest(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id, inputs=inputs)
    )
    text = pdf_text(svc.letter_pdf(letter.id))
    f = flat(text)
    # markup is shown literally, never interpreted
    assert "<b>vet</b> & <font size=40>groot</font> <br/> &amp; </para>" in f
    # the 500-character word is broken over lines but complete
    assert re.sub(r"\s", "", text).count("x" * 500) == 1
    # right-to-left scripts and emoji do not break rendering
    assert "שלום" in text or "םולש" in text
    assert "Hulp nodig" in f
    assert "abcd" in f  # control characters dropped
    # long texts flow across pages
    assert letter.pages >= 3
    assert "Alinea 11:" in f and f"pagina {letter.pages} van {letter.pages}" in f


def test_esc_neutralises_markup() -> None:
    assert esc("<b>&</b>\nx") == "&lt;b&gt;&amp;&lt;/b&gt;<br/>x"
    assert esc("a\x00b") == "ab"


def test_letterhead_logo_and_signer(svc, demo) -> None:  # type: ignore[no-untyped-def]
    lh = svc.letterhead()
    assert lh.logo == logo_png() and lh.signer_name == "M. de Vries"
    pdf = svc.preview(LetterRequest(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id)).pdf
    assert b"/Subtype /Image" in pdf or b"/Subtype/Image" in pdf
    assert b"DejaVu" in pdf  # the font is embedded


# -- consent gate ---------------------------------------------------------------------------


def test_consent_gate_refuses_without_consent_or_reason(svc, demo, new_store) -> None:  # type: ignore[no-untyped-def]
    check = svc.check_consent(demo.dossier_id, "verwijzing_hulpverlening", demo.ggz_id)
    assert check.required and not check.ok
    with pytest.raises(ConsentRequiredError):
        svc.make(LetterRequest(demo.dossier_id, "verwijzing_hulpverlening", demo.ggz_id))
    with pytest.raises(ConsentRequiredError):  # too short to be a reason
        svc.make(
            LetterRequest(demo.dossier_id, "verwijzing_hulpverlening", demo.ggz_id, reason="nu")
        )
    assert svc.letters(demo.dossier_id) == [] and svc.count_disclosures() == 0

    reason = "Acuut gevaar: cliënt moet vandaag nog in behandeling."
    letter = svc.make(
        LetterRequest(demo.dossier_id, "verwijzing_hulpverlening", demo.ggz_id, reason=reason)
    )
    assert letter.consent_id is None and letter.reason == reason
    text = flat(pdf_text(svc.letter_pdf(letter.id)))
    assert "Er is geen geldige toestemming vastgelegd" in text and reason in text
    [row] = svc.disclosures(demo.dossier_id)
    assert row.reason == reason and row.consent_id is None and row.action == "made"
    made = [d for a, d in audit_actions(new_store) if a == "letter.make"]
    assert made and "reden vastgelegd" in made[-1]
    assert reason not in made[-1]  # the audit log holds no values


def test_withdrawn_or_expired_consent_does_not_count(svc, demo, new_store) -> None:  # type: ignore[no-untyped-def]
    cases = CaseService(new_store, clock=lambda: TODAY)
    assert svc.check_consent(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id).ok
    cases.withdraw_consent(demo.consent_id, TODAY)
    assert not svc.check_consent(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id).ok
    later = LetterService(new_store, clock=lambda: TODAY + timedelta(days=400))
    assert later.check_consent(
        demo.dossier_id, "registratieformulier_comensha", demo.comensha_id
    ).ok  # no end date
    # consent for the shelter does not cover another recipient
    assert not svc.check_consent(demo.dossier_id, "verwijsbrief_opvang", demo.ggz_id).ok
    # consent forms need no consent
    assert svc.check_consent(demo.dossier_id, "toestemmingsverklaring_nl", None).ok


def test_recipient_required(svc, demo) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        svc.make(LetterRequest(demo.dossier_id, "verwijsbrief_opvang", None))
    assert err.value.field == "recipient"


# -- register ------------------------------------------------------------------------------


def test_disclosures_made_printed_saved(svc, demo, new_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    letter = svc.make(LetterRequest(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id))
    svc.record_print(letter.id)
    out = tmp_path / "brief.pdf"
    svc.save_letter(letter.id, out)
    assert out.read_bytes() == svc.letter_pdf(letter.id)
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    rows = svc.disclosures(demo.dossier_id)
    assert sorted(r.action for r in rows) == ["made", "printed", "saved"]
    for r in rows:
        assert r.letter_id == letter.id and r.recipient_org_id == demo.shelter_id
        assert r.recipient_name == "COSM-opvang De Haven" and r.template == "verwijsbrief_opvang"
        assert r.consent_id == demo.consent_id and r.actor == "Test Coördinator"
        assert r.fields == letter.fields and r.dossier_number
    assert svc.count_disclosures() == 3 == len(svc.disclosures())
    actions = [a for a, _ in audit_actions(new_store)]
    for a in ("letter.make", "letter.print", "letter.save", "letter.view", "disclosure.list"):
        assert a in actions
    info = new_store.info()
    assert info["counts"]["letters"] == 1 and info["counts"]["disclosures"] == 3
    assert new_store.verify().ok


# -- documents -----------------------------------------------------------------------------


def test_documents_stored_and_read_back(svc, demo, new_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = svc.preview(LetterRequest(demo.dossier_id, "toestemmingsverklaring_nl", None)).pdf
    doc = svc.add_document(
        demo.dossier_id,
        pdf,
        filename="C:\\scans\\toestemming getekend.pdf",
        kind="toestemmingsverklaring",
        consent_id=demo.consent_id,
    )
    png = tmp_path / "beschikking.png"
    png.write_bytes(logo_png())
    img = svc.add_document_file(demo.dossier_id, png, kind="beschikking")
    assert doc.mime == "application/pdf" and doc.filename == "toestemming getekend.pdf"
    assert img.mime == "image/png" and img.filename == "beschikking.png"
    assert {d.id for d in svc.documents(demo.dossier_id)} == {doc.id, img.id}
    assert svc.document_content(doc.id) == pdf
    assert svc.document_content(img.id) == logo_png()
    assert svc.document(doc.id).consent_id == demo.consent_id
    out = tmp_path / "kopie.pdf"
    svc.save_document(doc.id, out)
    assert out.read_bytes() == pdf
    [row] = svc.disclosures(demo.dossier_id)
    assert row.action == "saved" and row.document_id == doc.id
    actions = [a for a, _ in audit_actions(new_store)]
    assert actions.count("document.view") == 2 and "document.save" in actions
    assert new_store.info()["counts"]["documents"] == 2
    # no file name in the audit log
    assert not any("toestemming getekend" in d for _, d in audit_actions(new_store))


def test_documents_refused_by_type_and_size(svc, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="PDF-, JPG- en PNG"):
        svc.add_document(demo.dossier_id, b"MZ\x90\x00 not a pdf", filename="x.pdf")
    with pytest.raises(ValidationError, match="leeg"):
        svc.add_document(demo.dossier_id, b"")
    big = tmp_path / "groot.pdf"
    with open(big, "wb") as fh:  # sparse file: large without writing 50 MB
        fh.write(b"%PDF-1.4\n")
        fh.truncate(MAX_DOCUMENT_BYTES + 1)
    with pytest.raises(ValidationError, match="groter dan 50 MB"):
        svc.add_document_file(demo.dossier_id, big)
    jpg = b"\xff\xd8\xff\xe0" + b"\x00" * 64
    assert svc.add_document(demo.dossier_id, jpg, kind="verslag").mime == "image/jpeg"


# -- no plaintext left behind --------------------------------------------------------------


def _recent_hits(needle: bytes, roots: set[Path], since: float) -> list[str]:
    """Files under ``roots`` changed since ``since`` that contain ``needle``."""
    hits = []
    for root in roots:
        for folder, _dirs, files in os.walk(root, onerror=lambda e: None):
            for name in files:
                path = Path(folder) / name
                try:
                    if path.is_symlink() or path.stat().st_mtime < since:
                        continue
                    if needle in path.read_bytes():
                        hits.append(str(path))
                except OSError:
                    continue
    return hits


def test_no_plaintext_on_disk_after_making_a_letter(  # type: ignore[no-untyped-def]
    svc, demo, new_store, canary_scan, data_dir, tmp_path
) -> None:
    canary = "Kanariepiet-Zq7"
    cases = CaseService(new_store, clock=lambda: TODAY)
    p = cases.get_person(demo.person_id)
    cases.update_person(dataclasses.replace(p, last_name=canary))
    tmp_dirs = {Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp")}
    if os.environ.get("TMPDIR"):
        tmp_dirs.add(Path(os.environ["TMPDIR"]))
    start = time.time() - 1
    letter = svc.make(
        LetterRequest(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id, inputs=INPUTS)
    )
    pdf = svc.letter_pdf(letter.id)
    svc.preview(LetterRequest(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id))
    svc.record_print(letter.id)
    assert canary in pdf_text(pdf)  # the letter does hold the name ...
    new_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # ... but nothing on disk does: not in temp folders, not in the data folder.
    assert _recent_hits(canary.encode(), tmp_dirs, start) == []
    assert canary_scan([canary.encode(), canary.encode("utf-16-be")], data_dir) == []


def test_bench_letters_quick(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from bench import bench_letters

    got = bench_letters.run(SimpleNamespace(tmp=tmp_path, quick=True))
    for key in ("letter_pdf_ms", "letter_pdf_ms_bare_reportlab", "letter_make_ms"):
        assert got[key] > 0, key
    assert set(bench_letters.TARGETS) == {"letter_pdf_ms", "print_letter_ms", "print_page_mb"}
    assert got["print_page_mb"] <= 1.5 and got["print_letter_ms"] > 0


def test_long_texts_split_at_any_point(svc, demo) -> None:  # type: ignore[no-untyped-def]
    """Long fields beside their label must split cleanly wherever the page ends."""
    tpl = get_template("verwijsbrief_opvang")
    words = "Een toelichting die over de paginagrens kan lopen, met zinnen van wisselende lengte."
    for n in range(1, 40, 3):
        text = "\n\n".join(" ".join([words] * (1 + (i * 7 + n) % 9)) for i in range(n))
        inputs = {**INPUTS, "request.text": text, "care.needs": words * (n % 5 + 1)}
        pdf = svc.preview(
            LetterRequest(
                demo.dossier_id, tpl.name, demo.shelter_id,
                fields=frozenset(tpl.field_keys), inputs=inputs,
            )
        )  # fmt: skip
        assert pdf.pages >= 2
        expected = text.count("paginagrens") + inputs["care.needs"].count("paginagrens")
        assert flat(pdf_text(pdf.pdf)).count("paginagrens") == expected
