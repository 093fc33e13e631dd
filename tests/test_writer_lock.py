"""One writer per data folder, a busy store, a full disk and killed runs (issue 14).

Real processes throughout: the ``baken`` CLI as a subprocess and ``tests.lock_holder``, a
second process that keeps the store open the way the app (the one writer) or a reading
command does and commits numbered writes. Real SQLCipher files, the tests' real keyring,
real tmpfs mounts for a full disk (root, as in CI; skipped otherwise).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import folderlock, settings
from storage.folderlock import FolderBusyError
from storage.vault import Vault
from tests.conftest import PASSWORD, ROOT, run_cli
from tests.test_io_errors import tmpfs


class Holder:
    """``tests.lock_holder`` in its own process; ``committed`` = numbers reported after COMMIT."""

    def __init__(self, data_dir: Path, mode: str, hold: float = 0.0) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.lock_holder", str(data_dir), mode, str(hold)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            text=True,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(PASSWORD + "\n")
        self.proc.stdin.flush()
        first = self.proc.stdout.readline()
        if first.strip() != "ready":
            self.proc.kill()
            raise AssertionError(f"holder did not start: {first!r} {self.proc.stderr.read()}")  # type: ignore[union-attr]
        self.committed: list[int] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with contextlib.suppress(ValueError):
                self.committed.append(int(line))

    def wait_for(self, n: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while len(self.committed) < n:
            assert time.monotonic() < deadline, "holder commits too slowly"
            assert self.proc.poll() is None, self.proc.stderr.read()  # type: ignore[union-attr]
            time.sleep(0.05)

    def kill(self) -> list[int]:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self._reader.join(5)
        return list(self.committed)


@contextlib.contextmanager
def holder(data_dir: Path, mode: str, hold: float = 0.0) -> Iterator[Holder]:
    h = Holder(data_dir, mode, hold)
    try:
        yield h
    finally:
        if h.proc.poll() is None:
            h.kill()


def cli_ok(*args: str, pw: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    r = run_cli(*args, "--password-file", str(pw), timeout=timeout)
    assert "Traceback" not in r.stderr, r.stderr
    return r


def _present(data_dir: Path) -> set[int]:
    store = Vault(data_dir).unlock(PASSWORD, record=False)
    try:
        return {int(k.split(".")[1]) for k in settings.get_all(store.db, "h.")}
    finally:
        store.close(record=False)


@pytest.fixture
def cli_store(tmp_path: Path, password_file: Path) -> Path:
    data = tmp_path / "data"
    r = cli_ok("init", "--data-dir", str(data), pw=password_file)
    assert r.returncode == 0, r.stderr
    return data


# --- item 1: restore while another process has the store open ---------------------------------


@pytest.mark.parametrize("mode", ["app", "read"])
def test_restore_refused_while_another_process_writes(
    cli_store: Path, password_file: Path, tmp_path: Path, mode: str
) -> None:
    share = tmp_path / "share"
    r = cli_ok("backup", "--data-dir", str(cli_store), "--to", str(share), pw=password_file)
    assert r.returncode == 0, r.stderr
    [bdir] = list(share.iterdir())
    with holder(cli_store, mode) as h:
        h.wait_for(5)
        r = cli_ok("restore", str(bdir), "--data-dir", str(cli_store), pw=password_file)
        assert r.returncode == 1, r.stdout + r.stderr
        assert "nog geopend in een ander Baken-venster" in r.stderr
        h.wait_for(len(h.committed) + 5)  # the other process keeps working undisturbed
        committed = h.kill()
    assert not [p for p in cli_store.iterdir() if p.name.startswith("herstel-")]
    assert set(committed) <= _present(cli_store)  # 0 commits lost
    # Alone now: the restore goes ahead, and its safety copy is whole on its own.
    r = cli_ok("restore", str(bdir), "--data-dir", str(cli_store), pw=password_file)
    assert r.returncode == 0, r.stderr
    [safety] = [p for p in cli_store.iterdir() if p.name.startswith("herstel-")]
    r = cli_ok("verify", "--data-dir", str(safety), pw=password_file)
    assert r.returncode == 0, r.stderr
    assert set(committed) <= _present(safety)
    assert _present(cli_store) == set()  # the backup was taken before any of them


# --- item 2: a second app on the same folder -------------------------------------------------


def test_second_app_is_refused_and_cli_writers_wait_then_give_up(
    cli_store: Path, password_file: Path
) -> None:
    before = (cli_store / "baken.keys.json").read_bytes()
    with holder(cli_store, "app") as h:
        h.wait_for(3)
        second_app = Vault(cli_store, access="write", lock_wait=0)
        started = time.monotonic()
        with pytest.raises(FolderBusyError, match="al geopend in een ander Baken-venster"):
            second_app.unlock(PASSWORD)
        assert time.monotonic() - started < 5  # refused at once, not after a wait
        # A CLI writer waits a bounded time, then exits 1 with a clear message.
        started = time.monotonic()
        r = cli_ok("demo", "--cases", "3", "--data-dir", str(cli_store), pw=password_file)
        waited = time.monotonic() - started
        assert r.returncode == 1, r.stdout + r.stderr
        assert "in gebruik door een ander Baken-venster of -opdracht" in r.stderr
        assert waited >= folderlock.WAIT_SECONDS
        # Reading commands share the folder with the app.
        r = cli_ok("verify", "--data-dir", str(cli_store), pw=password_file)
        assert r.returncode == 0, r.stderr
        r = cli_ok("info", "--data-dir", str(cli_store), pw=password_file)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["counts"]["dossiers"] == 0
        committed = h.kill()
    assert set(committed) <= _present(cli_store)
    assert (cli_store / "baken.keys.json").read_bytes() == before
    # The first app is gone (killed: the OS dropped its lock): the next app opens.
    store = Vault(cli_store, access="write", lock_wait=0).unlock(PASSWORD)
    try:
        assert store.verify().ok
    finally:
        store.close()


# --- item 3: a busy store ----------------------------------------------------------------------


def test_export_backup_verify_while_a_long_writer_runs(
    cli_store: Path, password_file: Path, tmp_path: Path
) -> None:
    # Each write transaction of the other process stays open 12 s: longer than the old 5 s
    # busy timeout, so the audit rows of these commands had to wait and crashed with a
    # "database is locked" traceback; now they wait (15 s) and succeed.
    with holder(cli_store, "read", hold=12.0) as h:
        h.wait_for(1, timeout=30)
        out = str(tmp_path / "o.baken")
        results = [
            cli_ok("export", "--out", out, "--data-dir", str(cli_store), pw=password_file),
            cli_ok("backup", "--data-dir", str(cli_store), pw=password_file),
            cli_ok("verify", "--data-dir", str(cli_store), pw=password_file),
        ]
        committed = h.kill()
    for r in results:
        assert r.returncode == 0, r.stderr
    assert set(committed) <= _present(cli_store)


DEMO_CASES = 800


def test_two_demos_at_once(cli_store: Path, password_file: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "desktop",
        "demo",
        "--cases",
        str(DEMO_CASES),
        "--notes-per-case",
        "2",
        "--data-dir",
        str(cli_store),
        "--password-file",
        str(password_file),
    ]
    procs = [
        subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    codes = [p.returncode for p in procs]
    for (_out, err), code in zip(outs, codes, strict=True):
        assert "Traceback" not in err and "UNIQUE" not in err, err
        assert code in (0, 1), err
        if code == 1:
            assert "in gebruik door een ander Baken-venster" in err, err
    assert 0 in codes
    r = cli_ok("info", "--data-dir", str(cli_store), pw=password_file)
    counts = json.loads(r.stdout)["counts"]
    assert counts["dossiers"] == DEMO_CASES * codes.count(0)  # each demo all or nothing
    assert cli_ok("verify", "--data-dir", str(cli_store), pw=password_file).returncode == 0


# --- item 6: a full disk -------------------------------------------------------------------


def _fill_to(mnt: Path, free: int) -> None:
    filler = mnt / "vulling.bin"
    with contextlib.suppress(OSError), open(filler, "ab") as fh:
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    if free:
        os.truncate(filler, max(0, filler.stat().st_size - free))


def test_demo_on_a_nearly_full_disk_saves_nothing(tmp_path: Path, password_file: Path) -> None:
    with tmpfs(tmp_path / "vol", 8192) as mnt:
        data = mnt / "data"
        r = cli_ok("init", "--data-dir", str(data), pw=password_file)
        assert r.returncode == 0, r.stderr
        _fill_to(mnt, 256 * 1024)
        r = cli_ok("demo", "--cases", "200", "--data-dir", str(data), pw=password_file)
        assert r.returncode == 1, r.stdout + r.stderr
        assert "schijf is vol" in r.stderr and "geen demogegevens" in r.stderr
        assert "toegevoegd:" not in r.stdout
        (mnt / "vulling.bin").unlink()
        r = cli_ok("info", "--data-dir", str(data), pw=password_file)
        counts = json.loads(r.stdout)["counts"]
        assert counts["organisations"] == 0 and counts["dossiers"] == 0, counts
        assert cli_ok("verify", "--data-dir", str(data), pw=password_file).returncode == 0


def test_verify_and_info_read_with_zero_bytes_free(tmp_path: Path, password_file: Path) -> None:
    with tmpfs(tmp_path / "vol", 8192) as mnt:
        data = mnt / "data"
        assert cli_ok("init", "--data-dir", str(data), pw=password_file).returncode == 0
        r = cli_ok("demo", "--cases", "10", "--data-dir", str(data), pw=password_file)
        assert r.returncode == 0, r.stderr
        _fill_to(mnt, 0)
        db_before = (data / "baken.db").read_bytes()
        r = cli_ok("verify", "--data-dir", str(data), pw=password_file)
        assert r.returncode == 0, r.stderr
        assert "Controle geslaagd" in r.stdout and "niet in het logboek" in r.stderr
        r = cli_ok("info", "--data-dir", str(data), pw=password_file)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["counts"]["dossiers"] == 10
        assert (data / "baken.db").read_bytes() == db_before  # read only, nothing written
        # Commands that show personal data still refuse without their log row (NEN 7513).
        r = cli_ok("dossiers", "--data-dir", str(data), pw=password_file)
        assert r.returncode == 1 and "schijf is vol" in r.stderr and r.stdout == ""
        (mnt / "vulling.bin").unlink()
        assert cli_ok("verify", "--data-dir", str(data), pw=password_file).returncode == 0


# --- item 13: temp files of killed runs -------------------------------------------------------

_HIDDEN_TMP = re.compile(r"^\..*\.tmp(-journal|-wal|-shm)?$")


def _kill_when(proc: subprocess.Popen[str], folder: Path, timeout: float = 120) -> list[str]:
    """SIGKILL ``proc`` as soon as a hidden temp entry shows up in ``folder``."""
    deadline = time.monotonic() + timeout
    before = set(_hidden(folder))
    while time.monotonic() < deadline and proc.poll() is None:
        with contextlib.suppress(OSError):
            seen = [
                p.name
                for p in folder.iterdir()
                if _HIDDEN_TMP.match(p.name) and p.name not in before
            ]
            if seen:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return seen
        time.sleep(0.001)
    proc.kill()
    proc.wait()
    return []


def _popen_cli(*args: str, pw: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *args, "--password-file", str(pw)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if _HIDDEN_TMP.match(p.name))


def test_killed_export_and_backup_leave_no_temp_files_behind(
    cli_store: Path, password_file: Path, tmp_path: Path
) -> None:
    r = cli_ok("demo", "--cases", "1500", "--data-dir", str(cli_store), pw=password_file)
    assert r.returncode == 0, r.stderr
    outdir = tmp_path / "usb"
    outdir.mkdir()
    stranger = outdir / ".iets-anders.0123456789ab.tmp"  # not ours: must stay
    stranger.write_bytes(b"x")
    # kill -9 an export once its temp file exists
    seen: list[str] = []
    for i in range(5):
        seen = _kill_when(
            _popen_cli(
                "export",
                "--out",
                str(outdir / f"x{i}.baken"),
                "--data-dir",
                str(cli_store),
                pw=password_file,
            ),
            outdir,
        )
        if len(seen) > 1:
            break
    assert len(_hidden(outdir)) > 1, "the export was never caught mid-way"
    # kill -9 a backup (default folder inside the data folder) once its temp folder exists,
    # while another process has the store open: then nothing is swept (it could be that
    # process's own backup in progress).
    backups = cli_store / "backups"
    backups.mkdir(exist_ok=True)
    with holder(cli_store, "read") as h:
        h.wait_for(1)
        for _ in range(5):
            backup = _popen_cli("backup", "--data-dir", str(cli_store), pw=password_file)
            if _kill_when(backup, backups):
                break
        assert _hidden(backups), "the backup was never caught mid-way"
        assert cli_ok("info", "--data-dir", str(cli_store), pw=password_file).returncode == 0
        assert _hidden(backups)
    # The next start sweeps the data folder (and its backup folder) ...
    assert cli_ok("info", "--data-dir", str(cli_store), pw=password_file).returncode == 0
    assert _hidden(backups) == []
    assert _hidden(cli_store) == []
    # ... and the next export into the same folder sweeps that folder, ours only.
    r = cli_ok(
        "export",
        "--out",
        str(outdir / "final.baken"),
        "--data-dir",
        str(cli_store),
        pw=password_file,
    )
    assert r.returncode == 0, r.stderr
    assert _hidden(outdir) == [stranger.name]
    assert cli_ok("verify", "--data-dir", str(cli_store), pw=password_file).returncode == 0


def test_second_app_window_shows_a_clear_message(qtbot, cli_store: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.app import app_vault
    from ui.context import AppContext
    from ui.main_window import MainWindow

    with holder(cli_store, "app") as h:  # the first app, in its own process
        h.wait_for(2)
        ctx = AppContext(app_vault(cli_store), "nl")
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.start()
        win.unlock_view.password.setText(PASSWORD)
        assert win.unlock_view.try_unlock() is False
        assert "al geopend in een ander Baken-venster" in win.unlock_view.error.text()
        assert not ctx.is_unlocked and win.workspace is None
        assert ctx.vault.failed_attempts() == []  # not a wrong password
        committed = h.kill()
    assert set(committed) <= _present(cli_store)
    # The first app is gone: this window unlocks now.
    win.unlock_view.password.setText(PASSWORD)
    assert win.unlock_view.try_unlock() is True
    win.lock()
