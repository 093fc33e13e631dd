"""Issue 16: memory security off by default (a setting for the next start) and the process
hardening that replaces it. Each check runs in a fresh process: both are process-wide."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, ROOT, python_json

LINUX = sys.platform.startswith("linux")


STATUS = r"""
import json, resource, sys
from desktop import hardening
before = {"dumpable": hardening.is_dumpable(), "core": resource.getrlimit(resource.RLIMIT_CORE)}
applied = hardening.apply()
again = hardening.apply()
status = {}
if sys.platform.startswith("linux"):
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            status[key] = value.strip()
print(json.dumps({"before": before, "applied": applied, "again": again,
                  "core": resource.getrlimit(resource.RLIMIT_CORE),
                  "report": hardening.report(), "status": status}))
"""


def test_apply_disables_core_dumps_and_reports_it() -> None:
    got = python_json(STATUS)
    assert got["core"] == [0, 0]
    applied = got["applied"]
    assert isinstance(applied, dict)
    assert applied["core_dumps"] == "off"
    assert got["again"] == applied  # idempotent
    report = got["report"]
    assert isinstance(report, dict)
    assert report["core_dumps"] == "off" and report["applied"] is True


@pytest.mark.skipif(not LINUX, reason="prctl is Linux-only")
def test_linux_process_is_not_dumpable_afterwards() -> None:
    got = python_json(STATUS)
    before = got["before"]
    assert isinstance(before, dict) and before["dumpable"] is True  # the test is meaningful
    applied, report, status = got["applied"], got["report"], got["status"]
    assert isinstance(applied, dict) and isinstance(report, dict) and isinstance(status, dict)
    assert applied["not_dumpable"] is True
    assert report["dumpable"] is False
    # The kernel's own view: /proc/self/status has no "Dumpable" line, but a non-dumpable
    # process's /proc entries belong to root, which another process of the user cannot read.
    assert status["Name"]


# For root: a process that gives up every capability (capset(2) with empty sets, checked in
# /proc/self/status), so it is like an ordinary user's process: no CAP_SYS_PTRACE, and the
# kernel lets it read a same-uid process only if that one holds no more capabilities.
DROP_CAPS = r"""
import ctypes, sys
class Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
class Data(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                ("inheritable", ctypes.c_uint32)]
libc = ctypes.CDLL(None, use_errno=True)
VERSION_3 = 0x20080522  # _LINUX_CAPABILITY_VERSION_3
if libc.capset(ctypes.byref(Header(VERSION_3, 0)), (Data * 2)()) != 0:
    sys.exit("capset failed: errno %d" % ctypes.get_errno())
with open("/proc/self/status") as fh:
    caps = dict(line.split(":", 1) for line in fh if line.startswith("Cap"))
assert int(caps["CapEff"], 16) == 0 and int(caps["CapPrm"], 16) == 0, caps
"""


def _nobody_can_run(python: str, kwargs: dict[str, object]) -> bool:
    try:  # not in a chroot whose root folder is private to root (fresh-machine's mktemp)
        probe = subprocess.run([python, "-c", "pass"], capture_output=True, timeout=30, **kwargs)  # type: ignore[call-overload]
    except PermissionError:
        return False
    return bool(probe.returncode == 0)


@pytest.mark.skipif(not LINUX, reason="prctl is Linux-only")
def test_another_process_of_the_same_user_cannot_read_its_memory() -> None:
    """A sibling process (same uid, no CAP_SYS_PTRACE) reads /proc/<pid>/environ of an
    ordinary process, but not of a hardened one. As root both run as ``nobody`` (root may
    read everything), with the hardening module's own source (stdlib only); where nobody
    cannot run a python (a chroot private to root), both stay root and drop every
    capability first."""
    kwargs: dict[str, object] = {}
    python = sys.executable
    read = "import sys; open('/proc/%s/environ' % sys.argv[1], 'rb').read()\n"
    drop = ""
    if os.geteuid() == 0:
        nobody: dict[str, object] = {
            "user": 65534,
            "group": 65534,
            "extra_groups": [],
            "cwd": "/",
        }
        system = "/usr/bin/python3"
        if Path(system).exists() and _nobody_can_run(system, nobody):
            python, kwargs = system, nobody
        else:
            drop = DROP_CAPS  # both processes: root without capabilities
    source = (ROOT / "desktop" / "hardening.py").read_text("utf-8")
    target = (  # the source first: it starts with a __future__ import
        source
        + drop
        + (
            "\nif sys.argv[1] == '1':\n    assert apply()['not_dumpable'] is True\n"
            "print('ready', flush=True)\nimport time\ntime.sleep(30)\n"
        )
    )
    for harden, readable in (("0", True), ("1", False)):
        proc = subprocess.Popen(
            [python, "-c", target, harden], stdout=subprocess.PIPE, text=True, **kwargs
        )  # type: ignore[call-overload]
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
            reader = subprocess.run(
                [python, "-c", drop + read, str(proc.pid)],
                capture_output=True,
                text=True,
                timeout=30,
                **kwargs,
            )  # type: ignore[call-overload]
            assert (reader.returncode == 0) is readable, (harden, reader.stderr[-300:])
            if not readable:
                assert "PermissionError" in reader.stderr
        finally:
            proc.kill()
            proc.wait()


def test_other_platform_steps_are_no_ops_here() -> None:
    from desktop import hardening

    if os.name != "nt":
        assert hardening.restrict_process_dacl() is None
        assert hardening.safe_dll_search() is None
    if sys.platform != "darwin":
        assert hardening.deny_attach(frozen=True) is None
    if not LINUX:
        assert hardening.set_not_dumpable() is None
    # The Windows DACL never grants memory access to anyone but LocalSystem.
    assert "(A;;0x101001;;;OW)" in hardening.WINDOWS_SDDL
    assert hardening.LIMITED & 0x0010 == 0  # PROCESS_VM_READ
    assert hardening.LIMITED & 0x0020 == 0  # PROCESS_VM_WRITE


def test_a_failing_step_does_not_stop_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import hardening

    def boom() -> str:
        raise RuntimeError("kapot")

    monkeypatch.setattr(hardening, "_applied", None)
    monkeypatch.setattr(hardening, "disable_core_dumps", boom)
    monkeypatch.setattr(hardening, "set_not_dumpable", lambda: False)  # keep pytest dumpable
    result = hardening.apply()
    assert result["core_dumps"] == "mislukt: RuntimeError"
    monkeypatch.setattr(hardening, "_applied", None)


MEMSEC = r"""
import json, sys
from pathlib import Path
import storage.db
from storage.vault import Vault
store = Vault(Path(sys.argv[1])).unlock(sys.stdin.readline().rstrip("\n"))
print(json.dumps({"pragma": str(store.db.scalar("PRAGMA cipher_memory_security")),
                  "flag": storage.db.MEMORY_SECURITY}))
store.close()
"""


def test_memory_security_off_by_default_and_a_setting_from_the_next_start(
    new_store, data_dir: Path, cli, password_file: Path
) -> None:
    import storage.db

    assert str(new_store.db.scalar("PRAGMA cipher_memory_security")) == "0"
    new_store.close()
    got = python_json(MEMSEC, str(data_dir), input=PASSWORD + "\n")
    assert got == {"pragma": "0", "flag": False}
    info = cli("info", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["memory_security"] is False
    assert data["hardening"]["core_dumps"] == "off"
    if LINUX:
        assert data["hardening"]["dumpable"] is False

    storage.db.write_memory_security_setting(data_dir, True)
    settings = (data_dir / storage.db.SETTINGS_NAME).read_text("utf-8")
    assert json.loads(settings) == {"memory_security": True}  # nothing personal in it
    got = python_json(MEMSEC, str(data_dir), input=PASSWORD + "\n")
    assert got == {"pragma": "1", "flag": True}
    info = cli("info", "--data-dir", str(data_dir), "--password-file", str(password_file))
    assert json.loads(info.stdout)["memory_security"] is True

    storage.db.write_memory_security_setting(data_dir, False)
    assert python_json(MEMSEC, str(data_dir), input=PASSWORD + "\n")["pragma"] == "0"


def test_memory_security_setting_ignores_garbage(tmp_path: Path) -> None:
    import storage.db

    assert storage.db.read_memory_security_setting(tmp_path) is False
    (tmp_path / storage.db.SETTINGS_NAME).write_text("{niet json", "utf-8")
    assert storage.db.read_memory_security_setting(tmp_path) is False
    (tmp_path / storage.db.SETTINGS_NAME).write_text('{"memory_security": "ja"}', "utf-8")
    assert storage.db.read_memory_security_setting(tmp_path) is False
