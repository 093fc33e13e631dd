"""Issue 14/10: the command line applies the same growing delay after wrong passwords."""

from __future__ import annotations

import json
import time
from pathlib import Path

from storage.vault import Vault
from tests.conftest import PASSWORD


def _failures(vault: Vault, n: int) -> None:
    items = [f"2026-12-01T10:00:0{i % 10}.000Z|unlock" for i in range(n)]
    vault.failures_path.write_text(json.dumps({"failures": items}))


def _timed_wrong_attempt(cli, vault: Vault, tmp_path: Path) -> tuple[float, str]:  # type: ignore[no-untyped-def]
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("verkeerd-wachtwoord-123\n")
    start = time.monotonic()
    r = cli("info", "--data-dir", str(vault.data_dir), "--password-file", str(wrong))
    elapsed = time.monotonic() - start
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    return elapsed, r.stderr


def test_nth_wrong_password_waits_longer(cli, vault: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault.init(PASSWORD)[0].close()
    _first, err = _timed_wrong_attempt(cli, vault, tmp_path)  # no earlier failures: no wait
    assert "wachten" not in err
    assert len(vault.failed_attempts()) == 1
    _failures(vault, 3)  # the 4th attempt: 1 s (0, 0, 0, 1, 2, 4, ...)
    fourth, err = _timed_wrong_attempt(cli, vault, tmp_path)
    assert "eerst 1 s wachten" in err
    assert len(vault.failed_attempts()) == 4
    fifth, err = _timed_wrong_attempt(cli, vault, tmp_path)
    assert "eerst 2 s wachten" in err
    # Wall-clock lower bounds (start-up time on a busy machine only adds to them).
    assert fourth >= 1.0 and fifth >= 2.0, (fourth, fifth)
    # The right password after failures waits too, then opens and clears the count.
    _failures(vault, 3)
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n")
    start = time.monotonic()
    r = cli("info", "--data-dir", str(vault.data_dir), "--password-file", str(pw))
    assert r.returncode == 0, r.stderr
    assert time.monotonic() - start >= 1.0
    assert vault.failed_attempts() == []
