"""The CLI output contract (issue 14, item 7): every command that writes, against a full
disk (``/dev/full``) and a closed pipe (``| head``), as a real process.

Exit 1, a Dutch message on standard error for the full disk, quiet for the closed pipe,
never a traceback. File outputs (``--out``, ``--output``, ``--certificate``) on a full or
read-only folder: exit 1, no partial file, nothing registered.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import cli_output
from desktop.resources import resource_path
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD, ROOT, run_cli
from tests.letters_demo import populate


@dataclass(frozen=True)
class Base:
    root: Path
    data: Path  # a password-only store with a dossier, ketenpartners and a consent
    pw: Path  # the password
    code: str  # its recovery code
    dossier_id: str
    shelter_id: str
    backup: Path
    export: Path  # a handover file of the store
    package: Path  # a transfer package of the dossier
    phrase_export: Path
    phrase_package: Path


def _last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    root = tmp_path_factory.mktemp("uitvoer")
    data = root / "data"
    store, code = Vault(data).init(PASSWORD, password_only=True)
    demo = populate(store)
    store.close()
    pw = root / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    common = ("--data-dir", str(data), "--password-file", str(pw))
    r = run_cli("backup", *common, "--to", str(root / "backups"))
    assert r.returncode == 0, r.stderr
    [backup] = list((root / "backups").iterdir())
    r = run_cli("export", *common, "--out", str(root / "overdracht.baken"))
    assert r.returncode == 0, r.stderr
    phrase_export = root / "phrase-export.txt"
    phrase_export.write_text(_last_line(r.stdout) + "\n", encoding="utf-8")
    r = run_cli("transfer", *common, "--dossier", demo.dossier_id, "--out", str(root / "p.baken"))
    assert r.returncode == 0, r.stderr
    phrase_package = root / "phrase-package.txt"
    phrase_package.write_text(_last_line(r.stdout) + "\n", encoding="utf-8")
    return Base(
        root, data, pw, code, demo.dossier_id, demo.shelter_id, backup,
        root / "overdracht.baken", root / "p.baken", phrase_export, phrase_package,
    )  # fmt: skip


def _fresh(base: Base, tmp: Path) -> tuple[Path, tuple[str, ...]]:
    """A private copy of the base store (password-only, so copies do not share a keyring
    entry) and its --data-dir/--password-file arguments."""
    data = tmp / "data"
    shutil.copytree(base.data, data)
    return data, ("--data-dir", str(data), "--password-file", str(base.pw))


def _lines(path: Path, *lines: str) -> str:
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return str(path)


Args = Callable[[Base, Path], list[str]]


def _store_cmd(*extra: str) -> Args:
    def make(base: Base, tmp: Path) -> list[str]:
        return [*extra[:1], *_fresh(base, tmp)[1], *extra[1:]]

    return make


COMMANDS: dict[str, Args] = {
    "--version": lambda b, t: ["--version"],
    "--help": lambda b, t: ["--help"],
    "letter --list-templates": lambda b, t: ["letter", "--list-templates"],
    "init": lambda b, t: [
        "init",
        "--data-dir",
        str(t / "nieuw"),
        "--password-only",
        "--password-file",
        str(b.pw),
    ],  # fmt: skip
    "verify": _store_cmd("verify"),
    "info": _store_cmd("info"),
    "change-password": lambda b, t: [
        "change-password",
        "--data-dir",
        str(_fresh(b, t)[0]),
        "--password-file",
        _lines(t / "pw2", PASSWORD, NEW_PASSWORD),
    ],  # fmt: skip
    "recover": lambda b, t: [
        "recover",
        "--data-dir",
        str(_fresh(b, t)[0]),
        "--password-only",
        "--password-file",
        _lines(t / "pw2", b.code, NEW_PASSWORD),
    ],  # fmt: skip
    "audit": _store_cmd("audit"),
    "report": _store_cmd("report", "--year", "2026"),
    "retention": _store_cmd("retention"),
    "dossiers": _store_cmd("dossiers"),
    "organisations": _store_cmd("organisations"),
    "backup --list": lambda b, t: [
        "backup",
        *_fresh(b, t)[1],
        "--list",
        "--to",
        str(b.backup.parent),
    ],
    "backup": lambda b, t: ["backup", *_fresh(b, t)[1], "--to", str(t / "bk")],
    "export": lambda b, t: ["export", *_fresh(b, t)[1], "--out", str(t / "o.baken")],
    "transfer": lambda b, t: [
        "transfer",
        *_fresh(b, t)[1],
        "--dossier",
        b.dossier_id,
        "--out",
        str(t / "t.baken"),
    ],
    "import": lambda b, t: [
        "import",
        str(b.export),
        "--data-dir",
        str(t / "nieuw"),
        "--password-only",
        "--passphrase-file",
        str(b.phrase_export),
        "--password-file",
        str(b.pw),
    ],  # fmt: skip
    "merge": lambda b, t: [
        "merge",
        str(b.package),
        *_fresh(b, t)[1],
        "--passphrase-file",
        str(b.phrase_package),
    ],
    "import-csv": lambda b, t: [
        "import-csv",
        str(resource_path("import-voorbeeld.csv")),
        *_fresh(b, t)[1],
    ],
    "demo": _store_cmd("demo", "--cases", "2", "--notes-per-case", "1"),
    "letter": lambda b, t: [
        "letter",
        *_fresh(b, t)[1],
        "--dossier",
        b.dossier_id,
        "--template",
        "verwijsbrief_opvang",
        "--recipient",
        b.shelter_id,
        "--out",
        str(t / "brief.pdf"),
    ],  # fmt: skip
    "restore": lambda b, t: ["restore", *_fresh(b, t)[1], str(b.backup)],
}


# Commands that show a secret once: when it cannot be shown they say so even for a closed
# pipe, and a file that is useless without its passphrase is removed again.
SECRETS = {"init": "herstelcode", "import": "herstelcode", "export": "verwijderd",
           "transfer": "verwijderd"}  # fmt: skip
OUT_FILES = {"export": "o.baken", "transfer": "t.baken"}


def _run(
    args: list[str], stdout: int | None, *, close_stdout: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        cwd=ROOT,
        preexec_fn=(lambda: os.close(1)) if close_stdout else None,
    )


def _assert_no_traceback(r: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in r.stderr, r.stderr
    assert "Exception ignored" not in r.stderr, r.stderr
    assert "Error" not in r.stderr, r.stderr  # no Python exception names either


def _assert_secret_handled(name: str, r: subprocess.CompletedProcess[str], tmp: Path) -> None:
    if name in SECRETS:
        assert SECRETS[name] in r.stderr, r.stderr
    if name in OUT_FILES:
        assert not (tmp / OUT_FILES[name]).exists()


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_to_a_full_disk(name: str, base: Base, tmp_path: Path) -> None:
    args = COMMANDS[name](base, tmp_path)
    with open("/dev/full", "w") as full:
        r = _run(args, full.fileno())
    _assert_no_traceback(r)
    assert r.returncode == 1, r.stderr
    assert "baken: Schrijven naar de uitvoer is mislukt: schijf vol." in r.stderr
    _assert_secret_handled(name, r, tmp_path)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_into_a_closed_pipe(name: str, base: Base, tmp_path: Path) -> None:
    args = COMMANDS[name](base, tmp_path)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone, as after `| head -1`
    try:
        r = _run(args, write_end)
    finally:
        os.close(write_end)
    _assert_no_traceback(r)
    assert r.returncode == 1, r.stderr
    if name in SECRETS:
        _assert_secret_handled(name, r, tmp_path)
    else:
        assert "Schrijven naar de uitvoer" not in r.stderr  # a closed pipe ends quietly


@pytest.mark.parametrize("name", ["info", "audit", "--help", "init", "export"])
def test_no_standard_output_at_all(name: str, base: Base, tmp_path: Path) -> None:
    """``baken info >&-``: standard output closed before the program starts."""
    r = _run(COMMANDS[name](base, tmp_path), None, close_stdout=True)
    _assert_no_traceback(r)
    assert r.returncode == 1, r.stderr
    assert "Schrijven naar de uitvoer is mislukt: de uitvoer is gesloten." in r.stderr
    _assert_secret_handled(name, r, tmp_path)


def test_the_same_commands_still_succeed(base: Base, tmp_path: Path) -> None:
    """The guard changes nothing when the output can be written."""
    for name in ("audit", "retention", "dossiers", "--version"):
        r = run_cli(*COMMANDS[name](base, tmp_path / name.strip("-")))
        assert r.returncode == 0, (name, r.stderr)
        assert r.stdout


def test_audit_through_head_ends_quietly(base: Base, tmp_path: Path) -> None:
    """More output than a pipe buffer holds, read by ``head -1`` in a real shell."""
    data, common = _fresh(base, tmp_path)
    store = Vault(data).unlock(PASSWORD)
    with store.db.transaction():  # ~0.3 MB of CSV: far more than a pipe buffer
        for i in range(2000):
            store.audit("read", object_type="dossier", object_id=f"{i:032x}", details="x" * 40)
    store.close()
    cmd = " ".join([sys.executable, "-m", "desktop", "audit", *common])
    r2 = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {cmd} | head -1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert r2.stdout.startswith("id,tijdstip_utc,"), r2.stdout
    _assert_no_traceback(r2)
    assert r2.returncode == 1 and r2.stderr == ""


def test_a_stray_os_error_becomes_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    """Any OSError that a command lets through still ends in the contract."""

    def command() -> int:
        print("voor")
        raise OSError(errno.ENOSPC, "No space left on device")

    assert cli_output.guard(command) == 1
    captured = capsys.readouterr()
    assert captured.err == "baken: Lezen of schrijven is mislukt: schijf vol.\n"
    assert captured.out == "voor\n"
    assert sys.stdout is not None and not isinstance(sys.stdout, cli_output._GuardedStream)
