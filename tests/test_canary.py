"""Canary strings planted in the store never reach the disk in plaintext."""

from __future__ import annotations

import os
from pathlib import Path

from storage import settings
from tests.conftest import PASSWORD

CANARY = "Kanarie-Zoë-Vlasblom-7731"


def test_canary_and_secrets_never_in_plaintext(
    cli, vault, data_dir: Path, tmp_path: Path, canary_scan
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = {"TMPDIR": str(private_tmp)}
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    r = cli(
        "init",
        "--data-dir",
        str(data_dir),
        "--password-file",
        str(pw),
        "--user",
        CANARY,
        "--organisation",
        CANARY + " Gemeente",
        env=env,
    )
    assert r.returncode == 0, r.stderr
    code = r.stdout.strip().splitlines()[-1]

    store = vault.unlock(PASSWORD)
    with store.db.transaction():
        for i in range(200):  # enough to spill over several pages and the WAL
            settings.put(store.db, f"note.{i}", f"{CANARY} adres Geheimstraat {i}")
    store.audit("view", object_type="person", details=CANARY)
    wal = Path(str(vault.db_path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the WAL is checked while it holds data
    hits = canary_scan([CANARY.encode(), CANARY.encode("utf-16-le")], data_dir)
    store.close()

    for command in ("info", "verify"):
        r = cli(command, "--data-dir", str(data_dir), "--password-file", str(pw), env=env)
        assert r.returncode == 0, r.stderr
        assert CANARY not in r.stderr

    needles = [
        CANARY.encode(),
        CANARY.encode("utf-16-le"),
        b"Geheimstraat",
        PASSWORD.encode(),
        code.encode(),
        code.replace("-", "").encode(),
    ]
    hits += canary_scan(needles, data_dir, private_tmp, Path(os.environ["HOME"]))
    assert hits == []
    # The scanner itself does find plaintext (guards against a check that cannot fail).
    (private_tmp / "probe.txt").write_text(f"x {CANARY} y", encoding="utf-8")
    assert canary_scan([CANARY.encode()], private_tmp)
