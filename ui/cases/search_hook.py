"""The search entry in the main window: a toolbar button and the Ctrl+K / Ctrl+F action.

Light on purpose (Qt only): the popup and the case service load on first use, so the
start-up path stays short. Call ``install_search(main_window)`` once, after the menus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from ui.context import AppContext

if TYPE_CHECKING:
    from ui.cases.search import SearchPopup

SHORTCUTS = ("Ctrl+K", "Ctrl+F")


class SearchHook:
    """The toolbar button and the Ctrl+K / Ctrl+F action of the main window."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        self.window = window
        self.ctx = ctx
        self.popup: SearchPopup | None = None
        self.action = QAction(QCoreApplication.translate("Search", "&Zoeken…"), window)
        self.action.setShortcuts([QKeySequence(s) for s in SHORTCUTS])
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            QCoreApplication.translate("Search", "Zoeken in personen, dossiers en notities")
            + " (Ctrl+K)"
        )
        self.action.setIconText(QCoreApplication.translate("Search", "Zoeken (Ctrl+K)"))
        self.action.triggered.connect(self.open)
        window.addAction(self.action)
        self.toolbar = QToolBar(QCoreApplication.translate("Search", "Zoeken"), window)
        self.toolbar.setObjectName("searchToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        ctx.unlocked.connect(self._sync)
        ctx.locked.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        on = self.ctx.is_unlocked and not self._reporter()
        self.action.setEnabled(on)
        self.toolbar.setVisible(on)
        if not on and self.popup is not None:
            self.popup.forget()
            self.popup.hide()

    def _reporter(self) -> bool:
        """An aandachtsfunctionaris store (issue 17) has no dossiers to search."""
        from desktop.errors import StoreError

        try:
            return bool(self.ctx.require_session().exchange.is_reporter())
        except StoreError:
            return False

    def open(self) -> SearchPopup | None:
        if not self.action.isEnabled():
            return None
        if self.popup is None:
            from ui.cases.search import SearchPopup

            self.popup = SearchPopup(self.ctx, self.window)
        self.popup.popup()
        return self.popup


def install_search(window: QMainWindow) -> SearchHook:
    """Add the search action (Ctrl+K, Ctrl+F) and toolbar button to the main window."""
    existing = getattr(window, "search_hook", None)
    if isinstance(existing, SearchHook):
        return existing  # installed once per window (MainWindow does it itself)
    ctx = getattr(window, "ctx")  # noqa: B009 - MainWindow.ctx
    hook = SearchHook(window, ctx)
    setattr(window, "search_hook", hook)  # noqa: B010 - keep it alive with the window
    return hook
