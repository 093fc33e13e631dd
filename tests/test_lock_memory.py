"""Issue 16: locking drops every reference to client data. Canary strings are planted in a
person and a note, shown in the dossier view and the search popup; after locking no live
Python object (found through ``gc.get_objects()`` and their referents) and no Qt widget
text still holds one."""

from __future__ import annotations

import gc
import secrets
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from desktop.cases import Dossier, Note, Person
from storage.vault import Vault
from tests.ui_helpers import unlocked_window
from ui.cases.dossier_view import DossierViewWidget
from ui.cases.dossiers_page import DossiersPage
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, vault: Vault) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield from unlocked_window(qtbot, vault, search=True)


def _plant_and_show(win: MainWindow, tag: str) -> None:
    """Create the canary person/dossier/note and show them (all locals die on return)."""
    svc = win.ctx.session.cases
    d = svc.create_dossier(
        Dossier(), Person(first_name=f"Kanarie{tag}", last_name=f"Vlasblom{tag}x")
    )
    svc.add_note(
        Note(
            dossier_id=d.id,
            kind="telefoon",
            occurred_on=date.today(),
            text=f"Gesprek over opvang met notitie{tag} en de tolk.",
        )
    )
    page = win.go_to("dossiers")
    assert isinstance(page, DossiersPage)
    page.open_dossier(d.id)
    assert isinstance(page.view, DossierViewWidget)
    assert tag in _qt_texts()  # really shown
    popup = win.search_hook.open()  # type: ignore[attr-defined]
    assert popup is not None
    for typed in (f"kanarie{tag}", f"notitie{tag}"):
        popup.edit.setText(typed)
        popup.search_now()
        assert popup.list.count() > 0
        assert tag in _qt_texts()


def _qt_texts() -> str:
    """Text held by every live widget: labels, inputs, item views (model data), titles."""
    out: list[str] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for w in app.allWidgets():
        out.append(w.windowTitle())
        out.append(w.toolTip())
        out.append(w.accessibleName())
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            root = QModelIndex()
            for r in range(min(m.rowCount(root), 500)):
                try:
                    cols = m.columnCount(root)
                except TypeError:  # list models hide columnCount
                    cols = 1
                for c in range(cols):
                    out.append(str(m.data(m.index(r, c, root)) or ""))
    out.append(QApplication.clipboard().text())
    return "\n".join(out)


def _python_holders(needle: str) -> list[str]:
    """Every str/bytes containing ``needle`` referenced by a live (gc-tracked) object."""
    gc.collect()
    raw = needle.encode()
    hits = []
    for obj in gc.get_objects():
        try:
            refs = gc.get_referents(obj)
        except Exception:
            continue
        for r in refs:
            if r is needle:
                continue
            if (type(r) is str and needle in r) or (type(r) is bytes and raw in r):
                hits.append(f"{type(obj).__module__}.{type(obj).__qualname__}: {r[:100]!r}")
    return hits


def _settle() -> None:
    """Let the event loop destroy what locking handed to deleteLater()."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def test_no_canary_survives_locking(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tag = secrets.token_hex(6)  # letters and digits: one search token
    _plant_and_show(window, tag)
    assert _python_holders(tag), "the scan finds the planted data while unlocked"

    window.lock()
    _settle()
    qtbot.wait(50)
    _settle()

    assert tag not in _qt_texts()
    holders = _python_holders(tag)
    assert holders == [], "\n".join(holders[:20])
