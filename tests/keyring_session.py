"""A private D-Bus session bus with a real gnome-keyring (Secret Service), in a temp HOME.

Used by the test setup and by the benchmarks, so neither touches the user's own keyring
and both work on a headless machine.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path


class KeyringSessionError(RuntimeError):
    pass


def start() -> tuple[subprocess.Popen[bytes], str]:
    """Start dbus-daemon + gnome-keyring-daemon; point this process's environment at them."""
    if not shutil.which("dbus-daemon") or not shutil.which("gnome-keyring-daemon"):
        raise KeyringSessionError(
            "gnome-keyring en dbus ontbreken: installeer 'gnome-keyring dbus-daemon dbus-bin' "
            "(./dev.sh test doet dit automatisch als root)."
        )
    home = Path(tempfile.mkdtemp(prefix="baken-test-home-"))
    for sub in (".local/share/keyrings", ".cache", ".config", "run"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    (home / "run").chmod(0o700)
    os.environ["HOME"] = str(home)
    os.environ["XDG_DATA_HOME"] = str(home / ".local/share")
    os.environ["XDG_CACHE_HOME"] = str(home / ".cache")
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_RUNTIME_DIR"] = str(home / "run")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    if not address:
        bus.kill()
        raise KeyringSessionError("dbus-daemon gaf geen adres.")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=b"test-keyring-pw",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
        timeout=20,
    )
    import keyring

    deadline = time.monotonic() + 10
    while True:  # wait until the Secret Service answers
        try:
            keyring.set_password("baken-test", "probe", "ok")
            if keyring.get_password("baken-test", "probe") == "ok":
                break
        except Exception as exc:  # noqa: BLE001 - still starting
            if time.monotonic() > deadline:
                stop(bus, str(home))
                raise KeyringSessionError(f"gnome-keyring antwoordt niet: {type(exc).__name__}")
            time.sleep(0.1)
    return bus, str(home)


def stop(bus: subprocess.Popen[bytes] | None, home: str) -> None:
    if bus is not None:
        bus.terminate()
        try:
            bus.wait(5)
        except subprocess.TimeoutExpired:
            bus.kill()
    if home:
        # Only our own daemon: other test sessions may run their own at the same time.
        needle = f"HOME={home}".encode() + b"\0"
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                if b"gnome-keyring" not in (proc / "cmdline").read_bytes():
                    continue
                if needle in (proc / "environ").read_bytes():
                    os.kill(int(proc.name), signal.SIGTERM)
            except OSError:
                continue
        shutil.rmtree(home, ignore_errors=True)
