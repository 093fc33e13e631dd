"""The main window: unlock screen, neutral (paniek) screen, and the workspace with sidebar.

The workspace (sidebar + pages) exists only while Baken is unlocked: locking destroys it,
so no page, model or dialog keeps personal data in memory while locked.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QDateTime, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QStackedWidget, QWidget

from ui.context import USER_NAME, USER_ROLE, AppContext, app_qsettings
from ui.qt_compat import emit
from ui.unlock import NeutralView, UnlockView
from ui.widgets import window_room

# The drafts (ui/drafts.py, desktop/drafts.py: the store) are used once unlocked; they are
# imported then, not before the unlock window shows (issue 16: start-up).
# The event types, too, are first needed once unlocked (making their Python types costs
# start-up time).
if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent

    from desktop.drafts import Location
    from desktop.events import Change
    from ui.workspace import Workspace

PANIC_SHORTCUT = "Ctrl+Shift+L"
LOCK_SHORTCUT = "Ctrl+L"
HELP_SHORTCUT = "F1"


class IdleWatcher(QObject):
    """Fires ``idle`` after ``timeout_ms`` without keyboard or mouse input in the app."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        from PySide6.QtCore import QEvent

        self._activity = {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, timeout_ms: int) -> None:
        self.timer.start(timeout_ms)

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.timer.isActive() and event.type() in self._activity:
            self.timer.start()
        return False

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class ModalShortcuts(QObject):
    """Ctrl+L and Ctrl+Shift+L also while a modal dialog is open (Qt gives an application
    shortcut of the blocked main window nothing then): the lock keeps the dialog's draft.

    Filters the application's events only while unlocked (``attach`` at unlock, ``detach``
    at lock): a Python filter on every event also made start-up load the Python types of
    every QObject class the events pass through (issue 16)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def attach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent, QKeySequence

        if event.type() != QEvent.Type.KeyPress or QApplication.activeModalWidget() is None:
            return False
        if not self.window.ctx.is_unlocked or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in (self.window.panic_action, self.window.lock_action):
            if action.isEnabled() and pressed.matches(action.shortcut()) == (
                QKeySequence.SequenceMatch.ExactMatch
            ):
                action.trigger()  # as the shortcut itself would, at once (paniek)
                return True
        return False

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class MainWindow(QMainWindow):
    restored_bar: QWidget | None = None
    ask_on_close = True  # tests/conftest.py turns it off while pytest-qt tears down
    close_question: QWidget | None = None
    signal_dialog: QDialog | None = None

    setup_cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Baken")
        self.setObjectName("mainWindow")
        self.workspace: Workspace | None = None
        self.wizard: QDialog | None = None
        self.help_dialog: QDialog | None = None
        self.security_dialog: QDialog | None = None
        self.last_page = ""  # empty: the first page of the sidebar (e.g. Vandaag)
        self.stack = QStackedWidget()
        self.unlock_view = UnlockView(ctx)
        self.neutral_view = NeutralView()
        self.stack.addWidget(self.unlock_view)
        self.stack.addWidget(self.neutral_view)
        self.setCentralWidget(self.stack)
        self.neutral_view.leave.connect(self.show_unlock)

        self.user_label = QLabel()
        self.backup_label = QLabel()
        self.backup_label.setContentsMargins(0, 0, 18, 0)
        self.lock_label = QLabel()
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.lock_label)
        self._build_menus()
        from ui.cases.search_hook import install_search  # Qt only; search loads on first use

        install_search(self)

        self._idle: IdleWatcher | None = None
        ctx.unlocked.connect(self._on_unlocked)
        ctx.locked.connect(self._on_ctx_locked)
        ctx.changed.connect(self._on_change)
        # Navigation: typed requests on the context (no view reaches into the window).
        ctx.page_requested.connect(self.go_to)
        ctx.dossier_requested.connect(self.open_dossier)
        ctx.signal_requested.connect(self.open_signal)
        self._restore_geometry()
        self._set_locked_ui()
        self.modal_shortcuts = ModalShortcuts(self)

    @property
    def idle(self) -> IdleWatcher:
        """Created on first use (after the first unlock), not on the startup path."""
        if self._idle is None:
            self._idle = IdleWatcher(self)
            self._idle.idle.connect(self.auto_lock)
        return self._idle

    # -- menus and shortcuts ----------------------------------------------------------------
    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Baken"))
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setShortcut(LOCK_SHORTCUT)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(lambda: self.lock())
        self.panic_action = QAction(self.tr("&Paniek: direct vergrendelen"), self)
        self.panic_action.setShortcut(PANIC_SHORTCUT)
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.panic_action.triggered.connect(self.panic)
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut("Ctrl+Q")
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.lock_action)
        menu.addAction(self.panic_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        self.go_menu = self.menuBar().addMenu(self.tr("&Ga naar"))

        help_menu = self.menuBar().addMenu(self.tr("&Hulp"))
        self.help_action = QAction(self.tr("&Hulp && meldroutes"), self)
        self.help_action.setShortcut(HELP_SHORTCUT)
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.show_help)
        self.security_action = QAction(self.tr("Over de &beveiliging"), self)
        self.security_action.triggered.connect(self.show_security)
        self.about_action = QAction(self.tr("&Over Baken"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.security_action)
        help_menu.addAction(self.about_action)
        # Window-level actions keep their shortcuts while the menu bar is hidden.
        for action in (self.lock_action, self.panic_action, self.help_action, self.quit_action):
            self.addAction(action)

    def _rebuild_go_menu(self) -> None:
        self.go_menu.clear()
        if self.workspace is None:
            self.go_menu.setEnabled(False)
            return
        self.go_menu.setEnabled(True)
        for index, spec in enumerate(self.workspace.specs):
            # A page title may hold '&' ("Signalen & screening"): literal in a menu text.
            action = self.go_menu.addAction(spec.title().replace("&", "&&"))
            if index < 9:
                action.setShortcut(f"Ctrl+{index + 1}")
            action.triggered.connect(lambda _=False, key=spec.key: self.go_to(key))

    # -- start ------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the unlock screen, or the first-run wizard when there is no store yet."""
        if self.ctx.store_exists():
            self.show()
            self.show_unlock()
            return
        from ui.wizard import FirstRunWizard

        self.wizard = FirstRunWizard(self.ctx)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.show()

    def _wizard_finished(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        if self.ctx.is_unlocked:
            self.show()
        else:
            emit(self.setup_cancelled)

    # -- unlock / lock ----------------------------------------------------------------------
    def show_unlock(self) -> None:
        QGuiApplication.setApplicationDisplayName("Baken")
        self.menuBar().show()
        self.statusBar().show()
        self.setWindowTitle("Baken")
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.reset()

    def _on_unlocked(self) -> None:
        if self.workspace is not None:
            return
        from ui.workspace import Workspace

        self.workspace = Workspace(self.ctx)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_page(
            self.last_page
            if self.last_page in self.workspace.page_keys()
            else self.workspace.page_keys()[0]
        )
        self._rebuild_go_menu()
        self._update_status()
        self.lock_action.setEnabled(True)
        self.modal_shortcuts.attach()
        self.idle.start(self.ctx.autolock_minutes() * 60_000)
        self.workspace.sidebar.setFocus()
        self._restore_drafts()

    # -- drafts (ui/drafts.py) ----------------------------------------------------------------
    def current_location(self) -> Location | None:
        """Page, dossier and tab shown now (nothing personal: keys and ids only)."""
        if self.workspace is None:
            return None
        from desktop.drafts import Location

        page_key = self.workspace.current_key() or ""
        page = self.workspace.page_widgets.get(page_key)
        dossier_id = tab = ""
        view = getattr(page, "view", None)
        stack = getattr(page, "stack", None)
        if view is not None and stack is not None and stack.currentWidget() is view:
            dossier_id = str(getattr(view, "dossier_id", "") or "")
            tabs = getattr(view, "tabs", None)
            widgets = getattr(view, "tab_widgets", {})
            if tabs is not None:
                current = tabs.currentWidget()
                tab = next((k for k, w in widgets.items() if w is current), "")
        return Location(page=page_key, dossier_id=dossier_id, tab=tab)

    def _page_of(self, widget: QWidget) -> str:
        """The workspace page an editor lives in (its dialog's opener counts), or ""."""
        if self.workspace is None:
            return ""
        pages = {id(w): k for k, w in self.workspace.page_widgets.items()}
        node: QObject | None = widget
        while node is not None:
            if id(node) in pages:
                return pages[id(node)]
            node = node.parent()
        return ""

    def _keep_drafts(self, action: str) -> None:
        """Ask every open editor for its unsaved state and keep it inside the store (one
        transaction); an open editor without changes drops its older kept draft."""
        session = self.ctx.session
        if session is None or session.closed:
            return
        from desktop.errors import StoreError
        from ui.drafts import collect_drafts, open_sources

        try:
            sources = open_sources()
            drafts = collect_drafts(sources)
            kept = {d.key for d in drafts}
            clean = [s.draft_key() for s in sources if s.draft_key() not in kept]
            location = self.current_location()
            session.drafts.save_all(drafts, reason=action, drop=clean)
            if location is not None:
                # Which page holds each draft, so that page is made again after unlock.
                pages = {
                    f"page:{s.draft_key()}": self._page_of(s)
                    for s in sources
                    if s.draft_key() in kept
                }
                location.extra.update({k: v for k, v in pages.items() if v})
                session.drafts.remember_location(location)
        except (StoreError, RuntimeError):
            # The lock goes ahead regardless (a panic must never wait on a dialog).
            return

    def _restore_drafts(self) -> None:
        """After unlocking: back to the same page, dossier and tab, drafts restored (also
        in a dialog that was open: it opens again through the action that opened it)."""
        session = self.ctx.session
        if session is None or self.workspace is None:
            return
        from desktop.errors import StoreError
        from ui.drafts import restore_drafts

        try:
            session.drafts.expire()
            drafts = {d.key for d in session.drafts.all()}
            location = session.drafts.last_location()
            if location is not None:
                # Pages that hold a draft exist again (made hidden; the user's page last).
                pages = self.workspace.page_keys()
                for key, page in location.extra.items():
                    wanted = key.startswith("page:") and key[5:] in drafts
                    if wanted and page in pages and page != location.page:
                        self.go_to(page)
                if location.dossier_id:
                    self.open_dossier(location.dossier_id, location.tab)
                elif location.page in self.workspace.page_keys():
                    self.go_to(location.page)
            # A dossier view restores its own drafts as it opens; one bar says it for all.
            view = getattr(self.workspace.page_widgets.get("dossiers"), "view", None)
            restored = list(getattr(view, "restored", None) or [])
            own_bar = getattr(view, "restored_bar", None)
            if own_bar is not None:
                own_bar.hide()
            restored += restore_drafts(
                session,
                self.workspace,
                hosts=[self, *self.workspace.findChildren(QWidget)],
                skip=[s.draft_key() for s in restored],
            )
        except StoreError:
            return
        if restored:
            self.show_restored(restored)

    def reopen_draft(self, key: str, payload: dict[str, Any]) -> QDialog | None:
        """A "Nieuw signaal" that was open at the lock: open again, filled in."""
        if key != "signal:new":
            return None
        from ui.cases.screening_page import SignalDialog
        from ui.drafts import discard_when_done

        dlg = SignalDialog(self.ctx.require_session().cases, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.restore_draft(payload)
        self.signal_dialog = dlg
        discard_when_done(self.ctx, dlg)
        dlg.open()
        return dlg

    def show_restored(self, sources: list[Any]) -> None:
        if self.workspace is None:
            return
        from ui.drafts import RestoredBar

        bar = RestoredBar(self.ctx, sources, self.workspace)
        self.workspace.show_bar(bar)
        self.restored_bar = bar

    def _set_locked_ui(self) -> None:
        self.lock_action.setEnabled(False)
        self._rebuild_go_menu()
        self.user_label.setText("")
        self.backup_label.setText("")
        self.lock_label.setText(self.tr("Vergrendeld"))

    def _update_status(self) -> None:
        if not self.ctx.is_unlocked:
            self._set_locked_ui()
            return
        name = str(self.ctx.setting(USER_NAME, "") or "")
        role = str(self.ctx.setting(USER_ROLE, "") or "")
        text = self.tr("Aangemeld: %1").replace("%1", name)
        if role:
            text += f" ({role})"
        self.user_label.setText(text)
        self._update_backup_status()
        self.lock_label.setText(self.tr("Ontgrendeld — Ctrl+L vergrendelt"))

    def _update_backup_status(self) -> None:
        from desktop.errors import StoreError

        try:
            status = self.ctx.require_session().backup.status()
        except StoreError:
            self.backup_label.setText("")
            return
        if status.last_ok:
            when = QDateTime.fromString(status.last_ok, Qt.DateFormat.ISODate).toLocalTime()
            text = self.tr("Laatste back-up: %1").replace("%1", when.toString("dd-MM-yyyy HH:mm"))
        else:
            text = self.tr("Nog geen back-up")
        self.backup_label.setText(text)
        self.backup_label.setStyleSheet(
            "color: #a4262c; font-weight: bold;" if status.warning else ""
        )

    def _on_change(self, change: Change) -> None:
        if change.touches("settings", "backup") and self.ctx.is_unlocked:
            self._update_status()
            self.idle.start(self.ctx.autolock_minutes() * 60_000)

    def close_sensitive_dialogs(self, *, everything: bool = False) -> None:
        from ui.drafts import LOCKING

        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QDialog) or not widget.isVisible():
                continue
            if widget is self.wizard:
                continue
            keep = getattr(widget, "keep_on_lock", False) or widget.property("keep_on_lock")
            if keep and not everything:
                continue
            widget.setProperty(LOCKING, True)  # no "discard?" question: the draft is kept
            widget.reject()

    def lock(self, *, action: str = "lock", everything: bool = False) -> None:
        """Close the store and drop every view, model and dialog that could hold data."""
        if self._idle is not None:
            self._idle.stop()
        was_unlocked = self.ctx.is_unlocked or self.workspace is not None
        if self.workspace is not None:
            self.last_page = self.workspace.current_key() or self.last_page
        self._keep_drafts(action)  # before any dialog closes and before the store closes
        self.close_sensitive_dialogs(everything=everything)
        self.restored_bar = None  # goes with the workspace
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.hide()
            # Out of the window tree now; destroyed (with its pages, models and dialogs) as
            # soon as control returns to the event loop. Deleting it immediately could pull
            # the widget out from under the key event that triggered the lock.
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        if was_unlocked:
            self.ctx.lock(action=action)
        self.modal_shortcuts.detach()
        self._set_locked_ui()
        self.show_unlock()

    def _on_ctx_locked(self) -> None:
        # Someone else locked the context (e.g. a page after a restore): drop the views too.
        if self.workspace is not None:
            self.lock()

    def auto_lock(self) -> None:
        if self.ctx.is_unlocked:
            self.lock(action="lock_idle")

    def panic(self) -> None:
        """Lock instantly and show a neutral screen (no menus, no title, no help)."""
        if self.help_dialog is not None:
            self.help_dialog.close()
        # The drafts of open dialogs are kept first: closing them before would lose them.
        self.lock(action="lock_panic", everything=True)
        self.menuBar().hide()
        self.statusBar().hide()
        # Qt appends the application display name to every title (" — Baken"); the panic
        # screen names nothing, so the display name goes until the user leaves it.
        QGuiApplication.setApplicationDisplayName("")
        self.setWindowTitle(" ")
        self.stack.setCurrentWidget(self.neutral_view)
        self.neutral_view.setFocus()

    # -- navigation and help ----------------------------------------------------------------
    def go_to(self, key: str) -> QWidget | None:
        if self.workspace is None:
            return None
        return self.workspace.show_page(key)

    def open_dossier(self, dossier_id: str, tab: str = "") -> None:
        from ui.cases.dossiers_page import DossiersPage

        page = self.go_to("dossiers")
        if isinstance(page, DossiersPage):
            page.open_dossier(dossier_id, tab)

    def open_signal(self, signal_id: str) -> None:
        from ui.cases.screening_page import ScreeningPage

        page = self.go_to("screening")
        if isinstance(page, ScreeningPage):
            page.select_signal(signal_id)

    def show_help(self) -> None:
        if self.stack.currentWidget() is self.neutral_view:
            return
        from ui.pages.help_page import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.ctx.language, self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def show_security(self) -> None:
        """The security page; while locked in a window of its own (it holds no data)."""
        if self.workspace is not None and self.go_to("security") is not None:
            return
        if self.stack.currentWidget() is self.neutral_view:
            return
        from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

        from ui.pages.security_page import SecurityPage

        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Over de beveiliging"))  # Qt appends " — Baken"
        dlg.setProperty("keep_on_lock", True)
        layout = QVBoxLayout(dlg)
        layout.addWidget(SecurityPage())
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(dlg.reject)
        layout.addWidget(buttons)
        dlg.resize(760, 620)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        self.security_dialog = dlg

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("Over Baken"),
            self.tr(
                "<b>Baken %1</b><br>Versleuteld, offline dossierbeheer voor de "
                "zorgcoördinator mensenhandel.<br><br>Gegevensmap: %2"
            )
            .replace("%1", self.ctx.version)
            .replace("%2", str(self.ctx.vault.data_dir)),
        )

    # -- window state (geometry only; nothing personal) ----------------------------------
    def _restore_geometry(self) -> None:
        value = app_qsettings().value("ui/geometry")
        if isinstance(value, QByteArray) and not value.isEmpty():
            self.restoreGeometry(value)
        else:
            self.resize(1100, 720)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Never larger than the screen's free area (1366×768 at 125 % is 1092×614 logical
        pixels: the default 1100×720 would hang off the bottom, the status bar unseen)."""
        room = window_room(self)
        if room is None:
            return
        width, height = min(self.width(), room[0]), min(self.height(), room[1])
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def ask_unsaved_on_close(self) -> bool:
        """Closing with unsaved work: Opslaan / Niet opslaan / Annuleren. True: close."""
        if not self.ctx.is_unlocked or not self.ask_on_close:
            return True
        from ui.drafts import dirty_sources, save_editor

        dirty = dirty_sources(unnamed=True)
        if not dirty:
            return True
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Niet-opgeslagen wijzigingen"))
        box.setText(self.tr("Er zijn wijzigingen die nog niet zijn opgeslagen. Opslaan?"))
        save = box.addButton(self.tr("&Opslaan"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("&Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("&Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        self.close_question = box
        box.exec()
        self.close_question = None
        clicked = box.clickedButton()
        if clicked is save:
            for src in dirty:
                if not save_editor(src):
                    # The error shows next to the field; the window stays open.
                    with contextlib.suppress(RuntimeError, AttributeError):
                        src.window().raise_()
                    return False
                session = self.ctx.session
                if session is not None and not session.closed and src.draft_key():
                    session.drafts.discard(src.draft_key())
            return True
        if clicked is drop:
            session = self.ctx.session
            for src in dirty:
                revert = getattr(src, "revert_draft", None)
                if callable(revert):
                    revert()  # nothing of it is kept as a draft either
                if session is not None and not session.closed and src.draft_key():
                    session.drafts.discard(src.draft_key())
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ask_unsaved_on_close():
            event.ignore()
            return
        app_qsettings().setValue("ui/geometry", self.saveGeometry())
        if self.ctx.is_unlocked:
            self.lock(action="lock")
        if self._idle is not None:
            self._idle.detach()
        self.modal_shortcuts.detach()
        if self.help_dialog is not None:
            self.help_dialog.close()
        super().closeEvent(event)
