"""The dossier list as a lazily loading Qt table model (``canFetchMore``/``fetchMore``
over ``CaseService.list_dossiers`` pages with a keyset cursor)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.cases import CaseService, DossierQuery, DossierRow
from ui.cases import labels
from ui.cases.common import fmt_date

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100

# (column key, sort key for DossierQuery or None when the column cannot sort)
COLUMNS: list[tuple[str, str | None]] = [
    ("number", "number"),
    ("name", "name"),
    ("phase", "phase"),
    ("status", "status"),
    ("forms", None),
    ("owner", "owner"),
    ("opened_on", "opened_on"),
    ("bedenktijd_end", "bedenktijd_end"),
    ("updated_at", "updated_at"),
]

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DossierTableModel(QAbstractTableModel):
    def __init__(
        self,
        service: CaseService | None,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.page_size = page_size
        self.today = today or date.today()
        self.query = DossierQuery(open_only=True)
        self._rows: list[DossierRow] = []
        self._after: tuple[Any, str] | None = None
        self._more = False
        self._announcing = False
        self.headers = [
            self.tr("Nummer"),
            self.tr("Naam of alias"),
            self.tr("Fase"),
            self.tr("Status"),
            self.tr("Uitbuitingsvorm"),
            self.tr("Dossierhouder"),
            self.tr("Start"),
            self.tr("Einde bedenktijd"),
            self.tr("Gewijzigd"),
        ]

    # -- loading ---------------------------------------------------------------------------
    def set_query(self, query: DossierQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Drop everything and load the first page."""
        self.beginResetModel()
        self._rows = []
        self._after = None
        self._more = False
        if self.service is not None:
            # The first page is part of the reset (no insert signals inside a reset).
            page = self.service.list_dossiers(self.query, limit=self.page_size)
            self._rows = list(page.rows)
            self._after = page.after
            self._more = page.after is not None
        # Listeners of modelReset (e.g. QAbstractItemModelTester) may call fetchMore while
        # the reset is still being announced; they get more rows on the next call.
        self._announcing = True
        try:
            self.endResetModel()
        finally:
            self._announcing = False

    def clear(self) -> None:
        """Forget every row and the service (on lock)."""
        self.beginResetModel()
        self._rows = []
        self._after = None
        self._more = False
        self.service = None
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return (
            not parent.isValid()
            and self._more
            and self.service is not None
            and not self._announcing
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self.service is None:
            return
        page = self.service.list_dossiers(self.query, limit=self.page_size, after=self._after)
        self._more = page.after is not None
        self._after = page.after
        if not page.rows:
            return
        first = len(self._rows)
        # Listeners of the insert signals may call fetchMore again; not while we insert.
        self._announcing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        finally:
            self._announcing = False

    def row_at(self, row: int) -> DossierRow:
        return self._rows[row]

    def row_of(self, dossier_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == dossier_id:
                return i
        return -1

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.query.sort and descending == self.query.descending:
            return
        self.set_query(
            DossierQuery(**{**self.query.__dict__, "sort": key, "descending": descending})
        )

    def sort_column(self) -> int:
        for i, (_key, sort_key) in enumerate(COLUMNS):
            if sort_key == self.query.sort:
                return i
        return -1

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, key)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and key == "bedenktijd_end":
            end = row.bedenktijd_end
            if end is not None and row.status != "gesloten":
                days = (end - self.today).days
                if 0 <= days <= 14:
                    return QBrush(QColor("#a4262c"))
        return None

    def _text(self, row: DossierRow, key: str) -> str:
        if key == "number":
            return row.number
        if key == "name":
            return row.person_name or self.tr("(onbekend)")
        if key == "phase":
            return labels.phase(row.phase)
        if key == "status":
            return labels.status(row.status)
        if key == "forms":
            return ", ".join(labels.form_short(f) for f in row.forms)
        if key == "owner":
            return row.owner
        if key == "opened_on":
            return fmt_date(row.opened_on)
        if key == "bedenktijd_end":
            return fmt_date(row.bedenktijd_end)
        if key == "updated_at":
            return row.updated_at[:10] and fmt_date(date.fromisoformat(row.updated_at[:10]))
        return ""

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][1] is None:
            return self.tr("Op deze kolom kan niet worden gesorteerd")
        return None
