"""Logboek: the audit log viewer with filters (period, action, dossier) and the chain check.

Registered in the page registry (order 85, right after Instellingen). Reads go through
``desktop.audit_service`` on the UI connection, one page of rows at a time; the chain
check walks the whole log on a worker thread with its own connection.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import audit_service
from desktop.audit_service import AuditEntry, AuditFilter, ChainReport
from desktop.errors import ValidationError
from desktop.events import Change
from ui.context import AppContext
from ui.messages import message_text
from ui.operations import Operation, error_text
from ui.page_registry import PageSpec
from ui.pages.audit_labels import action_label, origin_label, result_label
from ui.widgets import (
    error_label,
    heading,
    paragraph,
    plain,
    qdate_to_date,
    show_message,
    shrink_columns_to_fit,
)

Index = QModelIndex | QPersistentModelIndex

# Period choices: key -> days back from today (None = no limit, -1 = custom dates).
PERIODS: list[tuple[str, int | None]] = [
    ("all", None),
    ("today", 0),
    ("7d", 6),
    ("30d", 29),
    ("365d", 364),
    ("custom", -1),
]


def _period_label(key: str) -> str:
    labels = {
        "all": QCoreApplication.translate("AuditPage", "Alles"),
        "today": QCoreApplication.translate("AuditPage", "Vandaag"),
        "7d": QCoreApplication.translate("AuditPage", "Laatste 7 dagen"),
        "30d": QCoreApplication.translate("AuditPage", "Laatste 30 dagen"),
        "365d": QCoreApplication.translate("AuditPage", "Laatste 12 maanden"),
        "custom": QCoreApplication.translate("AuditPage", "Zelf kiezen…"),
    }
    return labels[key]


class AuditTableModel(QAbstractTableModel):
    """One page of audit entries, newest first, in the NEN 7513 questions: wanneer (local
    time), wie, namens wie, wat (a readable action), welke cliënt (dossier number, never a
    name), waar (this computer or another) and the outcome; the technical row as tooltip."""

    COLUMNS = ("when", "who", "on_behalf", "what", "client", "where", "result", "details")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []
        self._cells: list[tuple[str, ...]] = []
        self._headers = [
            self.tr("Wanneer"),
            self.tr("Wie"),
            self.tr("Namens wie"),
            self.tr("Wat"),
            self.tr("Welke cliënt (dossier)"),
            self.tr("Waar"),
            self.tr("Resultaat"),
            self.tr("Details"),
        ]

    def set_entries(
        self, rows: list[AuditEntry], clients: dict[int, str] | None = None, here: str = ""
    ) -> None:
        clients = clients or {}
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [
            (
                audit_service.local_time(e.ts),
                e.actor,
                e.on_behalf,
                action_label(e.action),
                clients.get(e.id, ""),
                origin_label(e.origin, here),
                result_label(e.result),
                e.details,
            )
            for e in self._rows
        ]
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            e = self._rows[index.row()]
            return self.tr("Regel {id} · {ts} UTC · actie {action} · object {kind} {oid}").format(
                id=e.id, ts=e.ts, action=e.action, kind=e.object_type, oid=e.object_id
            )
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("auditPage")
        self.offset = 0
        self.total = 0
        self.last_report: ChainReport | None = None
        self.operation: Operation[tuple[ChainReport, Change | None]] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Logboek")))
        intro = paragraph(
            self.tr(
                "Wie wat deed, namens wie, wanneer, waar en bij welke cliënt (dossiernummer). "
                "Tijden in de tijd van deze computer. Het logboek bevat geen namen, "
                "alleen nummers. Elke regel is aan de vorige gekoppeld: met "
                "'Logboek controleren' ziet u of er iets is gewijzigd of verwijderd."
            )
        )
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)  # wrap to the real width (no gap below the text)
        intro.setSizePolicy(policy)
        layout.addWidget(intro)

        # Filters
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.period = QComboBox()
        for key, _days in PERIODS:
            self.period.addItem(_period_label(key), key)
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
        self.action = QComboBox()
        self.dossier = QLineEdit()
        self.dossier.setPlaceholderText(self.tr("dossiernummer (of object-id)"))
        self.dossier.setClearButtonEnabled(True)
        self.filter_button = self._button(self.tr("&Toon"))
        self.reset_button = self._button(self.tr("&Wis filters"))
        cells: list[tuple[str, QWidget, str]] = [
            (self.tr("&Periode:"), self.period, self.tr("Welke periode u wilt zien")),
            (self.tr("&Van:"), self.since, self.tr("Begindatum (inclusief)")),
            (self.tr("T&ot en met:"), self.until, self.tr("Einddatum (inclusief)")),
            (self.tr("&Actie:"), self.action, self.tr("Alleen regels met deze actie")),
            (
                self.tr("&Dossier (cliënt):"),
                self.dossier,
                self.tr(
                    "Alleen regels over deze cliënt: het dossier, de persoon en alles in het "
                    "dossier (dossiernummer), of over één object-id"
                ),
            ),
        ]
        for i, (text, field, description) in enumerate(cells):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(plain(text).rstrip(":"))
            field.setAccessibleDescription(description)
            row, col = divmod(i, 3)
            grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignRight)
            span = 3 if field is self.dossier else 1
            grid.addWidget(field, row, col * 2 + 1, 1, span)
        self.dossier.setMinimumWidth(300)
        buttons = QHBoxLayout()
        buttons.addWidget(self.filter_button)
        buttons.addWidget(self.reset_button)
        grid.addLayout(buttons, 1, 5)
        grid.setColumnStretch(6, 1)
        layout.addLayout(grid)
        self.error = error_label()
        layout.addWidget(self.error)

        # Table
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Logboekregels"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        # Paging and the chain check
        bottom = QHBoxLayout()
        self.prev_button = self._button(self.tr("Vor&ige"))
        self.next_button = self._button(self.tr("Vo&lgende"))
        self.position = QLabel()
        self.position.setAccessibleName(self.tr("Positie in het logboek"))
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.position, 1)
        self.check_button = self._button(self.tr("Logboek &controleren"))
        self.check_button.setAccessibleDescription(
            self.tr("Controleert de hele keten van het logboek en noemt de eerste foute regel")
        )
        bottom.addWidget(self.check_button)
        layout.addLayout(bottom)
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)
        self.check_result.setAccessibleName(self.tr("Uitkomst van de controle"))
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_result.hide()
        layout.addWidget(self.check_result)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.filter_button.clicked.connect(self.apply_filters)
        self.reset_button.clicked.connect(self.reset_filters)
        self.dossier.returnPressed.connect(self.apply_filters)
        self.action.activated.connect(lambda _i: self.apply_filters())
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.check_button.clicked.connect(self.check_chain)
        self.ctx.changed.connect(self._on_change)

        self._load_actions()
        self.apply_filters()
        # Looking at the log is itself an access worth logging (NEN 7513).
        ctx.require_session().audit.opened()

    @staticmethod
    def _button(text: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(plain(text))
        return button

    # -- filters ---------------------------------------------------------------------------
    def _load_actions(self) -> None:
        current = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("Alle acties"), "")
        names = self.ctx.require_session().audit.actions()
        for label, name in sorted((action_label(n), n) for n in names):
            self.action.addItem(label, name)
        index = self.action.findData(current) if current else 0
        self.action.setCurrentIndex(max(0, index))
        self.action.blockSignals(False)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.since.setEnabled(custom)
        self.until.setEnabled(custom)
        if not custom:
            self.apply_filters()

    def current_filter(self) -> AuditFilter:
        key = self.period.currentData()
        days = dict(PERIODS).get(key)
        since: date | None = None
        until: date | None = None
        if key == "custom":
            since = qdate_to_date(self.since.date())
            until = qdate_to_date(self.until.date())
        elif days is not None:
            today = date.today()
            since, until = today - timedelta(days=days), today
        return AuditFilter(
            since=since,
            until=until,
            action=self.action.currentData() or None,
            dossier=self.dossier.text().strip() or None,
        )

    def apply_filters(self) -> None:
        self.offset = 0
        self.refresh()

    def reset_filters(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(0)
        self.period.blockSignals(False)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.action.setCurrentIndex(0)
        self.dossier.clear()
        self.apply_filters()

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            flt = self.current_filter()
        except ValidationError as exc:
            show_message(self.error, message_text(exc))
            return
        show_message(self.error, "")
        viewer = self.ctx.require_session().audit
        self.total = viewer.count(flt)
        if self.offset >= self.total:
            self.offset = max(0, (self.total - 1) // audit_service.PAGE_SIZE) * (
                audit_service.PAGE_SIZE
            )
        rows = viewer.page(flt, offset=self.offset)
        self.model.set_entries(rows, viewer.clients(rows), audit_service.this_computer())
        self.table.resizeColumnsToContents()
        shrink_columns_to_fit(self.table)
        self._update_position()

    def _update_position(self) -> None:
        shown = self.model.rowCount()
        if not self.total:
            self.position.setText(self.tr("Geen regels bij deze filters."))
        else:
            self.position.setText(
                self.tr("Regel {first}–{last} van {total} (nieuwste eerst)").format(
                    first=self.offset + 1, last=self.offset + shown, total=self.total
                )
            )
        self.prev_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + shown < self.total)

    def next_page(self) -> None:
        if self.offset + audit_service.PAGE_SIZE < self.total:
            self.offset += audit_service.PAGE_SIZE
            self.refresh()

    def previous_page(self) -> None:
        if self.offset > 0:
            self.offset = max(0, self.offset - audit_service.PAGE_SIZE)
            self.refresh()

    def _on_change(self, change: Change) -> None:
        # New audit rows come with nearly every change; reload when visible.
        if self.isVisible() and self.ctx.is_unlocked:
            self._load_actions()
            self.refresh()

    # -- chain check ---------------------------------------------------------------------------
    def check_chain(self) -> None:
        self.check_button.setEnabled(False)
        self.operation = self.ctx.op(
            self,
            lambda s: s.audit.check_chain(),  # on a worker with its own session
            self._chain_checked,
            self._chain_failed,
            slow=True,
            label=self.tr("Het logboek wordt gecontroleerd…"),
            cancellable=False,
        )

    def _chain_checked(self, report: ChainReport) -> None:
        self.last_report = report
        self.check_button.setEnabled(True)
        if report.ok:
            text = self.tr(
                "Logboek in orde: alle {rows} regels zijn onverbroken aan elkaar gekoppeld."
            ).format(rows=report.rows)
            style = "background: #e6f4ea; border: 1px solid #8cc79b;"
        else:
            text = self.tr(
                "Logboek NIET in orde: de keten is verbroken bij regel {id}. Deze regel of "
                "een regel vlak ervoor is buiten Baken om gewijzigd, verwijderd of "
                "ingevoegd. De {rows} regels daarvoor zijn in orde. Bewaar een back-up en "
                "meld dit bij uw functionaris gegevensbescherming."
            ).format(id=report.first_broken_id, rows=report.rows)
            style = "background: #fdecea; border: 1px solid #e0a0a0; font-weight: bold;"
        self.check_result.setStyleSheet(f"QLabel {{ {style} padding: 8px; }}")
        self.check_result.setText(text)
        self.check_result.setAccessibleDescription(text)
        self.check_result.show()
        if self.ctx.is_unlocked:
            self.ctx.require_session().audit.record_check(report)
            self.refresh()

    def _chain_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        show_message(self.error, error_text(exc))


def _audit_page(ctx: AppContext, parent: QWidget | None) -> QWidget:
    return AuditPage(ctx, parent)


# Listed in ui/features.py (the one list of pages).
PAGE = PageSpec("audit", lambda: QCoreApplication.translate("Pages", "Logboek"), _audit_page, 85)
