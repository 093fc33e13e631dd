"""Helpers for pytest-qt tests that change data behind the UI's back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


class Published:
    """A session service whose every call is one inline operation (``ctx.inline``): the
    change it records is published when the call returns, as if another view made it."""

    def __init__(self, ctx: Any, service: Any) -> None:
        self._ctx = ctx
        self._service = service

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._service, name)
        if callable(attr) and not name.startswith("_"):
            return self._ctx.inline(attr)
        return attr


def unlocked_window(
    qtbot: Any,
    vault: Any,
    *,
    size: tuple[int, int] = (1200, 800),
    search: bool = False,
    user: str = "Fictieve Tester",
) -> Iterator[Any]:
    """A new store in ``vault`` and a shown ``MainWindow`` unlocked on it through the
    unlock screen (the key derived on a worker); locked again afterwards. Use it as a
    fixture body: ``yield from unlocked_window(qtbot, vault)``."""
    from PySide6.QtCore import Qt

    from tests.conftest import PASSWORD
    from ui.cases.search_hook import install_search
    from ui.context import USER_NAME, AppContext
    from ui.main_window import MainWindow

    store, _code = vault.init(PASSWORD, initial_settings={USER_NAME: user})
    store.close()
    ctx = AppContext(vault, "nl")
    win = MainWindow(ctx)
    if search:
        install_search(win)
    qtbot.addWidget(win)
    win.resize(*size)
    win.start()
    qtbot.waitExposed(win)
    win.unlock_view.password.setText(PASSWORD)
    qtbot.keyClick(win.unlock_view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.workspace is not None)
    yield win
    if ctx.is_unlocked:
        win.lock()
