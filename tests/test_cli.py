"""The `baken` command line contract: commands, output and exit codes, as a real process."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import NEW_PASSWORD, PASSWORD

CODE_RE = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$")


def _pw(tmp_path: Path, *lines: str) -> str:
    path = tmp_path / f"pw-{len(list(tmp_path.iterdir()))}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _init(cli, data_dir: Path, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    r = cli(
        "init",
        "--data-dir",
        str(data_dir),
        "--password-file",
        _pw(tmp_path, PASSWORD),
        "--user",
        "Coördinator Test",
    )
    assert r.returncode == 0, r.stderr
    code = r.stdout.strip().splitlines()[-1]
    assert CODE_RE.match(code), r.stdout
    return code


def test_version(cli) -> None:
    r = cli("--version")
    assert r.returncode == 0 and re.match(r"baken \d+\.\d+", r.stdout)


def test_init_info_verify(cli, data_dir: Path, tmp_path: Path) -> None:
    _init(cli, data_dir, tmp_path)
    r = cli("info", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, PASSWORD))
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["schema_version"] >= 1
    assert isinstance(info["counts"], dict) and info["counts"]["audit_entries"] >= 2
    assert info["db_bytes"] > 0 and info["created"].startswith("20")
    r = cli("verify", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, PASSWORD))
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.strip().splitlines()) == 1 and "geslaagd" in r.stdout


def test_password_from_stdin(cli, data_dir: Path, tmp_path: Path) -> None:
    _init(cli, data_dir, tmp_path)
    r = cli("verify", "--data-dir", str(data_dir), "--password-file", "-", input=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr


def test_init_refuses_existing(cli, data_dir: Path, tmp_path: Path) -> None:
    _init(cli, data_dir, tmp_path)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    r = cli("init", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, NEW_PASSWORD))
    assert r.returncode == 1
    assert "al Baken-gegevens" in r.stderr
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == before


def test_no_password_source_exits_2(cli, data_dir: Path, tmp_path: Path) -> None:
    _init(cli, data_dir, tmp_path)
    r = cli("info", "--data-dir", str(data_dir))
    assert r.returncode == 2
    assert "--password-file" in r.stderr and "Traceback" not in r.stderr
    r = cli("info", "--data-dir", str(data_dir), "--password-file", str(tmp_path / "nope"))
    assert r.returncode == 2 and "bestaat niet" in r.stderr


def test_usage_errors_exit_2(cli) -> None:
    r = cli("info", "--onbekend")
    assert r.returncode == 2 and "ongeldige aanroep" in r.stderr
    r = cli("bestaat-niet")
    assert r.returncode == 2


def test_wrong_password_exit_1_fast_and_unchanged(cli, data_dir: Path, tmp_path: Path) -> None:
    _init(cli, data_dir, tmp_path)
    db = data_dir / "baken.db"
    before = db.read_bytes()
    start = time.monotonic()
    r = cli("info", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, "fout-fout-fout"))
    elapsed = time.monotonic() - start
    assert r.returncode == 1
    assert "Onjuist wachtwoord of herstelcode" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before
    assert elapsed < 10  # generous for a loaded CI box; the real target is in bench/


def test_missing_store_exit_1(cli, tmp_path: Path) -> None:
    r = cli(
        "verify", "--data-dir", str(tmp_path / "leeg"), "--password-file", _pw(tmp_path, PASSWORD)
    )
    assert r.returncode == 1
    assert "Baken" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "leeg").exists()


def test_change_password_then_recover(cli, data_dir: Path, tmp_path: Path) -> None:
    code = _init(cli, data_dir, tmp_path)
    r = cli(
        "change-password",
        "--data-dir",
        str(data_dir),
        "--password-file",
        _pw(tmp_path, PASSWORD, NEW_PASSWORD),
    )
    assert r.returncode == 0, r.stderr
    r = cli("verify", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, PASSWORD))
    assert r.returncode == 1
    r = cli("verify", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, NEW_PASSWORD))
    assert r.returncode == 0, r.stderr
    third = "drie-oranje-zeilboten-op-het-ijsselmeer"
    r = cli("recover", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, code, third))
    assert r.returncode == 0, r.stderr
    r = cli("verify", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, third))
    assert r.returncode == 0, r.stderr


def test_recover_with_wrong_code_exit_1(cli, data_dir: Path, tmp_path: Path) -> None:
    _init(cli, data_dir, tmp_path)
    r = cli(
        "recover",
        "--data-dir",
        str(data_dir),
        "--password-file",
        _pw(tmp_path, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", NEW_PASSWORD),
    )
    assert r.returncode == 1
    assert "herstelcode" in r.stderr.lower()


def test_weak_new_password_refused(cli, data_dir: Path, tmp_path: Path) -> None:
    r = cli("init", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, "welkom123"))
    assert r.returncode == 2  # input error
    assert "te zwak" in r.stderr
    assert not (data_dir / "baken.db").exists()


def test_no_keyring_cli(cli, data_dir: Path, tmp_path: Path) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    r = cli(
        "init", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, PASSWORD), env=env
    )
    assert r.returncode == 1
    assert "sleutelbos" in r.stderr and "Traceback" not in r.stderr
    assert not (data_dir / "baken.db").exists()
    r = cli(
        "init",
        "--data-dir",
        str(data_dir),
        "--password-file",
        _pw(tmp_path, PASSWORD),
        "--password-only",
        env=env,
    )
    assert r.returncode == 0, r.stderr
    assert "LET OP" in r.stderr
    r = cli(
        "verify", "--data-dir", str(data_dir), "--password-file", _pw(tmp_path, PASSWORD), env=env
    )
    assert r.returncode == 0, r.stderr


def test_data_dir_from_environment(cli, data_dir: Path, tmp_path: Path) -> None:
    env = {"BAKEN_DATA_DIR": str(data_dir)}
    r = cli("init", "--password-file", _pw(tmp_path, PASSWORD), env=env)
    assert r.returncode == 0, r.stderr
    assert (data_dir / "baken.db").exists()


def test_version_constant_matches_pyproject() -> None:
    import tomllib

    from desktop import __version__
    from tests.conftest import ROOT

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["version"] == __version__


def test_gui_start_does_not_load_feature_commands() -> None:
    from desktop import cli

    assert cli._gui_args([]) is not None
    assert cli._gui_args(["--data-dir", "x", "--smoke-test"]) is not None
    assert cli._gui_args(["info", "--data-dir", "x"]) is None
    assert cli._gui_args(["--version"]) is None
    # and recognising the app's start really loads no sub-command (a fresh interpreter)
    from tests.conftest import ROOT

    probe = (
        "import sys; from desktop import cli; cli._gui_args(['--data-dir', 'x']); "
        "print(sorted(m for m in sys.modules if m.startswith('desktop.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "desktop.cli" in out and "desktop.commands" not in out, out
