"""``baken letter``, ``baken dossiers`` and ``baken organisations`` as real processes."""

from __future__ import annotations

import json
import subprocess

from storage.vault import Vault
from tests.conftest import PASSWORD
from tests.letters_demo import populate


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_list_templates_needs_no_store(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    r = cli("letter", "--list-templates", "--data-dir", str(tmp_path / "nothing-here"))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    names = [line.split("\t")[0] for line in lines]
    assert "verwijsbrief_opvang" in names and "toestemmingsverklaring_en" in names
    assert len(names) == len(set(names)) >= 5


def test_letter_consent_gate_and_listings(
    cli, new_store, data_dir, password_file, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    demo = populate(new_store)
    new_store.close()
    common = ["--data-dir", str(data_dir), "--password-file", str(password_file)]

    # listings: one JSON object per line, with the agreed keys
    r = cli("dossiers", *common)
    assert r.returncode == 0, r.stderr
    [dossier] = [json.loads(line) for line in r.stdout.splitlines()]
    assert dossier == {
        "id": demo.dossier_id,
        "number": dossier["number"],
        "alias": "Ada",
        "status": "lopend",
    }
    r = cli("organisations", *common)
    orgs = [json.loads(line) for line in r.stdout.splitlines()]
    assert {o["id"] for o in orgs} == {demo.shelter_id, demo.ggz_id, demo.comensha_id}
    assert all(set(o) == {"id", "name", "type"} for o in orgs)

    # with consent: exit 0, the file is written
    out = tmp_path / "opvang.pdf"
    r = cli(
        "letter", *common, "--dossier", dossier["number"], "--template", "verwijsbrief_opvang",
        "--recipient", demo.shelter_id, "--out", str(out),
        "--set", "request.kind=COSM-plek", "--field", "client.safe_contact",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "niet versleuteld" in r.stderr
    text = _pdf_text(out)
    assert "COSM-plek" in text and "Alleen via de zorgcoördinator bellen" in text

    # without consent: exit 1 and no file ...
    out2 = tmp_path / "ggz.pdf"
    args = ["letter", *common, "--dossier", demo.dossier_id, "--template",
            "verwijzing_hulpverlening", "--recipient", demo.ggz_id, "--out", str(out2)]  # fmt: skip
    r = cli(*args)
    assert r.returncode == 1
    assert "geen geldige toestemming" in r.stderr and not out2.exists()
    # ... unless a reason is recorded
    r = cli(*args, "--reason", "Acuut gevaar, cliënt moet vandaag worden gezien.")
    assert r.returncode == 0, r.stderr
    assert "reden vastgelegd" in r.stdout and out2.exists()

    # usage errors: exit 2
    assert cli("letter", *common, "--template", "verwijsbrief_opvang").returncode == 2
    r = cli(*args[:-1], str(out))  # output file exists
    assert r.returncode == 2
    r = cli("letter", *common, "--dossier", demo.dossier_id, "--template", "bestaat_niet",
            "--recipient", demo.ggz_id, "--out", str(tmp_path / "x.pdf"))  # fmt: skip
    assert r.returncode == 2
    r = cli("letter", *common, "--dossier", demo.dossier_id, "--template", "verwijsbrief_opvang",
            "--recipient", "bestaat-niet", "--out", str(tmp_path / "y.pdf"))  # fmt: skip
    assert r.returncode == 2 and "ontvanger" in r.stderr

    # the register and the audit log hold it all
    store = Vault(data_dir).unlock(PASSWORD)
    try:
        rows = store.db.query("SELECT action, reason FROM disclosures ORDER BY disclosed_at")
        assert sorted(a for a, _ in rows) == ["made", "made", "saved", "saved"]
        assert any(reason.startswith("Acuut gevaar") for _, reason in rows)
        actions = [a for (a,) in store.db.query("SELECT action FROM audit_log")]
        assert "dossier.list" in actions and "organisation.list" in actions
        assert actions.count("letter.make") == 2
        assert store.info()["counts"]["letters"] == 2
    finally:
        store.close()
