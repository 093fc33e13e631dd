"""Start the desktop app: ``run(args)`` is called by ``baken`` without a sub-command."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path

if TYPE_CHECKING:
    from desktop.vault import AppVault

LANGUAGES = ("nl", "en")
SMOKE_TEST_MS = 1000
# Set by bench/bench_startup.py: print a marker once the event loop runs with the window shown.
STARTUP_PROBE_ENV = "BAKEN_STARTUP_PROBE"
STARTUP_MARKER = "baken-window-shown"

_translators: list[QTranslator] = []


def choose_language(requested: str | None) -> str:
    if requested in LANGUAGES:
        return str(requested)
    from ui.context import QSETTINGS_LANGUAGE, app_qsettings

    stored = app_qsettings().value(QSETTINGS_LANGUAGE)
    return str(stored) if stored in LANGUAGES else "nl"


class MnemonicFallbackTranslator(QTranslator):
    """Qt 6 gave some of its own strings a mnemonic ("&Look in:", "Files of &type:") that
    the Qt catalogues shipped with PySide6 still list without one ("Look in:"), so Qt's file
    dialog stayed half English. For a source with '&' that Qt's catalogue lacks, this asks
    the catalogue for the source without '&' (the translation then has no mnemonic)."""

    def __init__(self, base: QTranslator, parent: QApplication) -> None:
        super().__init__(parent)
        self.base = base

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's null string: "no translation here, ask the next catalogue" ("" would
        # be taken as an empty translation).
        if "&" not in source or not context.startswith("Q"):
            return None
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&&")
        if plain == source:
            return None
        return self.base.translate(context, plain, disambiguation, n) or None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


def install_translators(app: QApplication, language: str) -> None:
    """Dutch is the source language; English comes from resources/translations/baken_en.qm.
    Qt's own strings (standard buttons, file dialog) come from Qt's catalogues
    (qtbase_nl.qm / qtbase_en.qm, in PySide6's translations folder; bundled by build.spec)."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{language}", qt_dir):
        fallback = MnemonicFallbackTranslator(qt_tr, app)
        app.installTranslator(fallback)
        app.installTranslator(qt_tr)  # searched first; the fallback only fills its gaps
        _translators.extend((fallback, qt_tr))
    # Dutch is the source language; baken_nl.qm holds only its plural forms ("%n minuten").
    own = QTranslator(app)
    if own.load(str(resource_path("translations", f"baken_{language}.qm"))):
        app.installTranslator(own)
        _translators.append(own)
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors: where it happened, never the message (it may hold personal data)."""
    import traceback

    frames = "".join(f"  {f.filename}:{f.lineno} in {f.name}\n" for f in traceback.extract_tb(tb))
    sys.stderr.write(f"baken: onverwachte fout ({exc_type.__name__})\n{frames}")
    sys.stderr.flush()
    app = QApplication.instance()
    if isinstance(app, QApplication) and not os.environ.get(STARTUP_PROBE_ENV):
        from ui.operations import show_error

        show_error(app.activeWindow(), exc)


NO_DISPLAY_MESSAGE = (
    "baken: geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn leeg). Start Baken "
    "vanuit een bureaubladsessie, of gebruik de opdrachtregel (baken --help).\n"
)


def display_missing(env: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """True on Linux/BSD without a display to draw on: Qt would abort (SIGABRT) there."""
    env = dict(os.environ) if env is None else env
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    if env.get("QT_QPA_PLATFORM"):  # offscreen, wayland, xcb: the caller chose
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def make_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from ui.qt_compat import pin_bool_singletons

    pin_bool_singletons()  # PySide6 6.12 emit() drops a reference to True (ui/qt_compat.py)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Baken")
    app.setOrganizationName("Baken")
    app.setApplicationDisplayName("Baken")
    return app


def app_vault(data_dir: Path) -> AppVault:
    """The app's vault: the one writer of its data folder for its whole unlocked session; a
    second app on the same folder is refused at unlock, at once (storage.folderlock). Made
    when unlocking starts; until then the unlock window needs only plain file checks."""
    from desktop.vault import AppVault

    return AppVault(data_dir, access="write", lock_wait=0)


def run(args: argparse.Namespace) -> int:
    if QApplication.instance() is None and display_missing():
        sys.stderr.write(NO_DISPLAY_MESSAGE)
        return 1
    app = make_app()
    sys.excepthook = excepthook
    language = choose_language(getattr(args, "language", None))
    install_translators(app, language)

    from desktop.vault import default_data_dir, preload
    from ui.context import AppContext
    from ui.features import install as install_features
    from ui.features import install_first_steps
    from ui.main_window import MainWindow

    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()
    ctx = AppContext(app_vault(data_dir), language)
    install_first_steps()  # the wizard's handover alternative (the wizard may show first)
    window = MainWindow(ctx)
    window.setup_cancelled.connect(app.quit)
    window.start()

    if os.environ.get(STARTUP_PROBE_ENV) == "1":
        # The event loop runs and the window is shown: report it and stop (benchmark only).
        def probe() -> None:
            print(STARTUP_MARKER, flush=True)
            app.quit()

        QTimer.singleShot(0, probe)
    if getattr(args, "smoke_test", False):
        QTimer.singleShot(SMOKE_TEST_MS, app.quit)
    # Once the event loop runs with the window shown: automatic backups and the inbox
    # watcher, the shipped fallback fonts (for names in Arabic script and emoji; the
    # unlock window's own text is in the system font), then the vault, SQLCipher,
    # cryptography and the keyring package on a background thread while the user types
    # (an unlock started before waits for it).
    preloading: list[threading.Thread] = []

    def after_shown() -> None:
        from ui.fonts import register_fonts

        # Automatic backups and the inbox watcher: wired in this first turn of the event
        # loop, before any unlock can finish (its result arrives as a later event).
        install_features(ctx)
        register_fonts(app)
        preloading.append(preload())

    QTimer.singleShot(0, after_shown)
    code = int(app.exec())
    for thread in preloading:
        thread.join(timeout=10)  # not stopped mid-import at exit (a daemon: never hangs it)
    if ctx.is_unlocked:
        window.lock()
    return code
