"""One search box (Ctrl+F / Ctrl+K): persons, dossiers and note text as you type
(debounced 150 ms, FTS5 in the encrypted store, diacritics folded). Enter opens the
dossier. The main window installs it with ``ui.cases.search_hook.install_search``; the
popup is a dialog, so locking closes it, and closing it forgets the term and results."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import SearchHit, SearchResults
from desktop.errors import StoreError
from desktop.events import Change
from ui.cases import labels
from ui.context import AppContext
from ui.messages import message_text
from ui.widgets import plain

DEBOUNCE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole


class _SearchEdit(QLineEdit):
    """Down moves into the results; Enter opens the current (or first) hit."""

    def __init__(self, popup: SearchPopup) -> None:
        super().__init__()
        self._popup = popup

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down:
            self._popup.focus_results()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._popup.search_now()
            self._popup.open_current()
            return
        super().keyPressEvent(event)


class SearchPopup(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchPopup")
        self.setWindowTitle(self.tr("Zoeken"))
        self.results = SearchResults()
        layout = QVBoxLayout(self)
        self.edit = _SearchEdit(self)
        self.edit.setPlaceholderText(self.tr("Naam, alias, dossiernummer of woord uit een notitie"))
        self.edit.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Zoeken:"))
        label.setBuddy(self.edit)
        self.edit.setAccessibleName(plain(label.text()).rstrip(":"))
        self.edit.setAccessibleDescription(
            self.tr("Resultaten verschijnen terwijl u typt; pijl omlaag en Enter opent")
        )
        layout.addWidget(label)
        layout.addWidget(self.edit)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Zoekresultaten"))
        # Long note snippets wrap to the width of the list: no sideways scrolling.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._open_item)
        layout.addWidget(self.list, 1)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Aantal resultaten"))
        self.status.setStyleSheet("color: #5a6672;")
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.edit.textChanged.connect(lambda _t: self.timer.start())
        self.resize(620, 460)
        ctx.locked.connect(self.forget)
        ctx.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        """Destroyed dossiers leave the results at once (filtered here: no new search)."""
        if not change.removed or not self.results.all:
            return

        def keep(hits: list[SearchHit]) -> list[SearchHit]:
            return [
                h for h in hits if h.id not in change.removed and h.dossier_id not in change.removed
            ]

        self.results = SearchResults(
            keep(self.results.persons), keep(self.results.dossiers), keep(self.results.notes)
        )
        self._show(self.results, self.edit.text())

    # -- searching -----------------------------------------------------------------------
    def search_now(self) -> None:
        self.timer.stop()
        text = self.edit.text()
        if not self.ctx.is_unlocked:
            return
        try:
            self.results = (
                self.ctx.require_session().cases.search(text) if text.strip() else SearchResults()
            )
        except StoreError as err:
            self.status.setText(message_text(err))
            return
        self._show(self.results, text)

    def _show(self, results: SearchResults, text: str) -> None:
        self.list.clear()
        groups = [
            (self.tr("Personen"), results.persons),
            (self.tr("Dossiers"), results.dossiers),
            (self.tr("Notities"), results.notes),
        ]
        first: QListWidgetItem | None = None
        for title, hits in groups:
            if not hits:
                continue
            header = QListWidgetItem(title)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(header)
            for hit in hits:
                detail = self._detail(hit)
                line = hit.title + (f"   · {detail}" if detail else "")
                item = QListWidgetItem("   " + line)
                item.setData(HIT_ROLE, hit)
                item.setToolTip(line)
                self.list.addItem(item)
                first = first or item
        if first is not None:
            self.list.setCurrentItem(first)
        count = len(results.all)
        if not text.strip():
            self.status.clear()
        elif count == 0:
            self.status.setText(self.tr("Niets gevonden (typ minstens 2 tekens)."))
        else:
            self.status.setText(self.tr("%n resultaten — Enter opent", "", count))

    def _detail(self, hit: SearchHit) -> str:
        """What follows a result's title, in the user's language: a person's birth year,
        a dossier's phase, a note's excerpt."""
        if hit.kind == "person":
            return self.tr("geboren %1").replace("%1", str(hit.born)) if hit.born else ""
        if hit.kind == "dossier":
            return labels.phase(hit.phase) if hit.phase else ""
        return hit.detail

    # -- opening -------------------------------------------------------------------------
    def focus_results(self) -> None:
        self.list.setFocus()
        if self.list.currentItem() is None:
            for i in range(self.list.count()):
                if self.list.item(i).data(HIT_ROLE) is not None:
                    self.list.setCurrentRow(i)
                    break

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return
        if not hit.dossier_id:
            self.status.setText(self.tr("Bij deze persoon hoort (nog) geen dossier."))
            return
        self.accept()
        self.ctx.open_dossier(hit.dossier_id)

    def forget(self) -> None:
        """Drop the term and the results (on close and on lock)."""
        self.timer.stop()
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.list.clear()
        self.status.clear()
        self.results = SearchResults()

    def done(self, result: int) -> None:
        super().done(result)
        self.forget()

    def popup(self) -> None:
        self.forget()
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
