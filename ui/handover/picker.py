"""The transfer picker (Overdracht en back-ups -> dossiers overdragen aan een collega):
search, owner, status and phase filters over a lazily loading list (``DossierTableModel``
pages, so 500+ dossiers load a page at a time), a check box per dossier, and "Alles
getoonde selecteren". Checked dossiers stay checked when the filter changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import CaseService, DossierQuery, model
from ui.cases import labels
from ui.cases.dossier_model import DossierTableModel, Index
from ui.qt_compat import emit


class CheckableDossierModel(DossierTableModel):
    """The dossier list with a check box in the first column; ``checked`` survives reloads."""

    checked_changed = Signal()

    def __init__(self, service: CaseService | None, parent: QObject | None = None) -> None:
        super().__init__(service, parent)
        self.checked: set[str] = set()
        self.query = DossierQuery(sort="number", descending=False)
        # tr() in the base class looks in this class's context; its headers are translated
        # in the base class's context.
        self.headers = [QCoreApplication.translate("DossierTableModel", h) for h in self.headers]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            rid = self.row_at(index.row()).id
            return Qt.CheckState.Checked if rid in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column():
            return False
        rid = self.row_at(index.row()).id
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            self.checked.add(rid)
        else:
            self.checked.discard(rid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        emit(self.checked_changed)
        return True

    def set_checked(self, ids: set[str], on: bool = True) -> None:
        if on:
            self.checked |= ids
        else:
            self.checked -= ids
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )  # fmt: skip
        emit(self.checked_changed)

    def load_all(self) -> None:
        """Every page of the current filter (for "alles getoonde selecteren")."""
        while self.canFetchMore():
            self.fetchMore()

    def shown_ids(self) -> set[str]:
        return {self.row_at(i).id for i in range(self.rowCount())}


class TransferPicker(QWidget):
    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Dossiernummer of naam"))
        self.search.setClearButtonEnabled(True)
        self.owner = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("Alle dossiers"), "")
        self.status.addItem(self.tr("Alle open dossiers"), "open")
        for key in model.STATUSES:
            self.status.addItem(labels.status(key), key)
        self.phase = QComboBox()
        self.phase.addItem(self.tr("Alle fasen"), "")
        for key in model.PHASES:
            self.phase.addItem(labels.phase(key), key)
        cells: list[tuple[str, QWidget]] = [
            (self.tr("&Zoeken:"), self.search),
            (self.tr("Dossierhoude&r:"), self.owner),
            (self.tr("S&tatus:"), self.status),
            (self.tr("&Fase:"), self.phase),
        ]
        for i, (text, widget) in enumerate(cells):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        self.model = CheckableDossierModel(service, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dossiers om over te dragen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col in (4, 6, 7, 8):  # forms, start, einde bedenktijd, gewijzigd: not needed here
            self.table.hideColumn(col)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 110)
        self.table.setColumnWidth(3, 110)
        self.table.activated.connect(self._toggle)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.select_shown = QPushButton(self.tr("&Alles getoonde selecteren"))
        self.select_shown.clicked.connect(self.check_all_shown)
        self.clear_button = QPushButton(self.tr("Selectie &wissen"))
        self.clear_button.clicked.connect(self.clear_checked)
        self.summary = QLabel()
        row.addWidget(self.select_shown)
        row.addWidget(self.clear_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.owner, self.status, self.phase):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.model.checked_changed.connect(self._update_summary)
        self.model.modelReset.connect(self._update_summary)
        self.model.rowsInserted.connect(lambda *_a: self._update_summary())

    # -- loading ------------------------------------------------------------------------
    def reload(self, service: CaseService | None = None) -> None:
        """Owners and the list afresh (after a change to the dossiers, or a new session)."""
        if service is not None and service is not self.service:
            self.service = service
            self.model.service = service
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Iedereen"), "")
        for name in self.service.dossier_owners():
            if name:
                self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(self.owner.findData(current), 0))
        self.owner.blockSignals(False)
        self.apply_filters()

    def query(self) -> DossierQuery:
        status = self.status.currentData() or ""
        return DossierQuery(
            text=self.search.text().strip(),
            owner=self.owner.currentData() or None,
            status=None if status in ("", "open") else status,
            open_only=status == "open",
            phase=self.phase.currentData() or None,
            sort="number",
            descending=False,
        )

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_query(self.query())

    # -- checking -----------------------------------------------------------------------
    def _toggle(self, index: QModelIndex) -> None:
        first = self.model.index(index.row(), 0)
        state = self.model.data(first, Qt.ItemDataRole.CheckStateRole)
        on = state != Qt.CheckState.Checked
        self.model.setData(
            first,
            Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def check_all_shown(self) -> None:
        """Check every dossier matching the filters (also those not scrolled to yet)."""
        self.model.load_all()
        self.model.set_checked(self.model.shown_ids())

    def clear_checked(self) -> None:
        self.model.set_checked(set(self.model.checked), on=False)

    def checked(self) -> list[str]:
        return sorted(self.model.checked)

    def _update_summary(self) -> None:
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.summary.setText(
            self.tr("%1 aangevinkt · %2 getoond")
            .replace("%1", str(len(self.model.checked)))
            .replace("%2", f"{shown}{more}")
        )
