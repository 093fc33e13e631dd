"""Test setup: offscreen Qt, a private D-Bus session with a real gnome-keyring, temp data dirs.

Nothing here mocks the parts that matter: stores are real SQLCipher files and secrets go
through the real Secret Service API of gnome-keyring.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

# Must be set before Qt or keyring are imported anywhere.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The cheap test KDF profile: patched in here and, through sitecustomize on PYTHONPATH, in
# every Python child process the tests start. The shipped program has no switch for it.
TESTSITE = Path(__file__).resolve().parent / "testsite"
if str(TESTSITE) not in os.environ.get("PYTHONPATH", "").split(os.pathsep):
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(TESTSITE), os.environ.get("PYTHONPATH", "")) if p
    )
sys.path.insert(0, str(TESTSITE))
import baken_test_profile  # noqa: E402

baken_test_profile.install()
os.environ.pop("PYTHON_KEYRING_BACKEND", None)
os.environ["LANG"] = "C.UTF-8"

import pytest  # noqa: E402

from tests import keyring_session  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "paars-fietsje-onder-de-brug-42"
NEW_PASSWORD = "zeven-blauwe-kraanvogels-bij-dageraad"


_BUS: subprocess.Popen[bytes] | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _BUS
    if os.environ.get("BAKEN_TEST_KEYRING_STARTED") != "1":
        try:
            _BUS, _home = keyring_session.start()
        except keyring_session.KeyringSessionError as exc:
            pytest.exit(str(exc), returncode=3)
        os.environ["BAKEN_TEST_KEYRING_STARTED"] = "1"
        os.environ["BAKEN_TEST_HOME"] = _home


def pytest_unconfigure(config: pytest.Config) -> None:
    if _BUS is not None:
        _BUS.terminate()
        try:
            _BUS.wait(5)
        except subprocess.TimeoutExpired:
            _BUS.kill()
        keyring_session.stop(_BUS, os.environ.get("BAKEN_TEST_HOME", ""))


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls):  # type: ignore[no-untyped-def]
    """pytest-qt's application, set up as ui.app does: the shipped fonts registered and the
    Dutch catalogues (Qt's own strings, Dutch plural forms) installed."""
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators
    from ui.fonts import register_fonts
    from ui.qt_compat import pin_bool_singletons

    pin_bool_singletons()  # as ui.app.make_app: emits in tests lose True's references too
    app = QApplication.instance() or qapp_cls(qapp_args)
    register_fonts(app)
    install_translators(app, "nl")
    yield app


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    p = tmp_path / "pw.txt"
    p.write_text(PASSWORD + "\n", encoding="utf-8")
    return p


@pytest.fixture
def vault(data_dir: Path):  # type: ignore[no-untyped-def]
    from storage.vault import Vault

    return Vault(data_dir)


@pytest.fixture
def new_store(vault):  # type: ignore[no-untyped-def]
    """A freshly created, unlocked store; closed after the test."""
    store, code = vault.init(PASSWORD, initial_settings={"user.name": "Test Coördinator"})
    store.recovery_code_for_test = code
    yield store
    store.close()


def production_env() -> dict[str, str]:
    """This process's environment without the test KDF profile (for ``python -m bench``)."""
    env = dict(os.environ)
    parts = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(TESTSITE)]
    env["PYTHONPATH"] = os.pathsep.join(parts)
    return env


def run_cli(
    *args: str, input: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m desktop`` as a real process, as scripts and administrators do."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        cwd=ROOT,
        stdin=None if input is not None else subprocess.DEVNULL,
    )


@pytest.fixture
def cli():  # type: ignore[no-untyped-def]
    return run_cli


def python_json(code: str, *args: str, input: str | None = None) -> dict[str, object]:
    """Run ``code`` in a fresh Python process (this environment, the repository as working
    folder); it must succeed and print a JSON object as its last line, which is returned."""
    import json

    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=dict(os.environ),
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def scan_for(needles: list[bytes], *roots: Path) -> list[str]:
    """Every file under ``roots`` that contains one of ``needles`` in plaintext."""
    hits = []
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            if not path.is_file() or path.is_symlink():
                continue
            try:
                blob = path.read_bytes()
            except OSError:
                continue
            for needle in needles:
                if needle in blob:
                    hits.append(f"{path}: {needle!r}")
    return hits


@pytest.fixture
def canary_scan() -> Iterator[object]:
    yield scan_for


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """pytest-qt closes the test's windows first: a window with unsaved work would ask
    "Opslaan?" and wait for an answer. Nobody answers during teardown, so it does not ask."""
    module = sys.modules.get("ui.main_window")
    if module is not None:
        module.MainWindow.ask_on_close = False
    return (yield)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    module = sys.modules.get("ui.main_window")
    if module is not None:
        module.MainWindow.ask_on_close = True
