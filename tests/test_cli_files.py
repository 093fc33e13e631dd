"""Output files of the CLI (issue 14, items 6 and 7) on a real full tmpfs and a read-only
folder: exit 1 with a Dutch message, no partial or temporary file, nothing registered.

Needs root for the mounts (as in CI); skipped otherwise.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.retention import Policy, RetentionService, Rule
from storage import retention as rq
from storage.vault import Vault
from tests.conftest import PASSWORD
from tests.letters_demo import populate
from tests.test_io_errors import _fill, tmpfs
from tests.test_retention import _plant


@contextlib.contextmanager
def read_only_folder(path: Path) -> Iterator[Path]:
    with tmpfs(path, 256) as mnt:
        r = subprocess.run(["mount", "-o", "remount,ro", str(mnt)], capture_output=True)
        if r.returncode != 0:
            pytest.skip("kan de tmpfs niet alleen-lezen maken")
        yield mnt


def _counts(vault: Vault) -> tuple[int, int, int]:
    """(letters, disclosures, letter.* audit rows) in the store."""
    store = vault.unlock(PASSWORD, record=False)
    try:
        db = store.db
        return (
            int(db.scalar("SELECT count(*) FROM letters")),
            int(db.scalar("SELECT count(*) FROM disclosures")),
            int(db.scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'letter.%'")),
        )
    finally:
        store.close(record=False)


def _letter_args(common: list[str], demo, out: Path) -> list[str]:  # type: ignore[no-untyped-def]
    return ["letter", *common, "--dossier", demo.dossier_id, "--template",
            "verwijsbrief_opvang", "--recipient", demo.shelter_id, "--out", str(out)]  # fmt: skip


def test_letter_on_a_full_disk_is_not_kept(
    cli, new_store, vault, data_dir, password_file, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    demo = populate(new_store)
    new_store.close()
    common = ["--data-dir", str(data_dir), "--password-file", str(password_file)]
    before = _counts(vault)
    with tmpfs(tmp_path / "vol", 512) as mnt:
        _fill(mnt)
        r = cli(*_letter_args(common, demo, mnt / "brief.pdf"))
        left = sorted(p.name for p in mnt.iterdir())
    assert r.returncode == 1, r.stderr
    assert _counts(vault) == before  # no letter kept, no disclosure registered
    assert left == ["vulling.bin"]  # no PDF, no temporary file
    assert "Traceback" not in r.stderr
    assert "Schrijven naar het uitvoerbestand is mislukt: schijf vol" in r.stderr
    # the same letter to a folder with room: kept, registered as made and saved
    r = cli(*_letter_args(common, demo, tmp_path / "brief.pdf"))
    assert r.returncode == 0, r.stderr
    letters, disclosures, audits = _counts(vault)
    assert (letters, disclosures) == (before[0] + 1, before[1] + 2)
    assert audits == before[2] + 2  # letter.make + letter.save


def test_letter_to_a_read_only_folder_is_not_kept(
    cli, new_store, vault, data_dir, password_file, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    demo = populate(new_store)
    new_store.close()
    common = ["--data-dir", str(data_dir), "--password-file", str(password_file)]
    before = _counts(vault)
    with read_only_folder(tmp_path / "ro") as mnt:
        r = cli(*_letter_args(common, demo, mnt / "brief.pdf"))
        left = list(mnt.iterdir())
    assert r.returncode == 1, r.stderr
    assert _counts(vault) == before
    assert left == []
    assert "Traceback" not in r.stderr and "alleen-lezen" in r.stderr


def test_report_pdf_on_a_full_disk(cli, new_store, vault, data_dir, password_file, tmp_path):  # type: ignore[no-untyped-def]
    populate(new_store)
    new_store.close()
    common = ["--data-dir", str(data_dir), "--password-file", str(password_file)]
    with tmpfs(tmp_path / "vol", 256) as mnt:
        _fill(mnt)
        r = cli(
            "report", *common, "--year", "2026", "--format", "pdf", "--output", str(mnt / "r.pdf")
        )
        left = sorted(p.name for p in mnt.iterdir())
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr and "schijf vol" in r.stderr
    assert left == ["vulling.bin"]
    store = vault.unlock(PASSWORD, record=False)
    try:
        n = store.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'report.export'")
    finally:
        store.close(record=False)
    assert n == 0  # nothing registered as exported


def test_certificate_folder_read_only_destroys_nothing(
    cli, new_store, data_dir, password_file, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    doomed, _ = _plant(new_store)
    new_store.db.execute(
        "UPDATE dossiers SET closed_on = ? WHERE id = ?",
        ((date.today() - timedelta(days=800)).isoformat(), doomed),
    )
    RetentionService(new_store).set_policy(Policy(Rule(20, "x"), {"doel_bereikt": Rule(1, "y")}))
    new_store.close()
    base = ["retention", "--data-dir", str(data_dir), "--password-file", str(password_file)]
    with read_only_folder(tmp_path / "ro") as mnt:
        r = cli(*base, "--destroy", doomed, "--confirm", "--certificate", str(mnt / "v.pdf"))
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr and "Er is niets gewijzigd" in r.stderr
    store = Vault(data_dir).unlock(PASSWORD, record=False)
    try:
        assert rq.dossier_facts(store.db, doomed) is not None  # not destroyed
    finally:
        store.close(record=False)
