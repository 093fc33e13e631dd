"""Rapportage: the anonymised monitoring report on screen, with exports.

A period chooser (year, whole year or one quarter), then per breakdown a table of the
published (suppressed) figures next to a bar chart of the totals drawn with QPainter. The
screen only ever receives suppressed tables (desktop.report). Export to PDF (with charts)
or CSV goes through an explicit save dialog after the not-encrypted warning.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import report as rep
from desktop import suppression
from desktop.errors import StoreError
from ui.context import AppContext
from ui.letters.tabs import confirm_unencrypted
from ui.operations import Operation, error_text
from ui.page_registry import PageSpec
from ui.widgets import documents_folder, error_label, heading, show_message

BAR = QColor("#2f6690")
HIDDEN = QColor("#9aa5b1")
TEXT = QColor("#222222")
GRID = QColor("#dde1e6")


class TotalsChart(QWidget):
    """Horizontal bars of the row totals. Suppressed totals get a hatched stub with their
    published text ("<10" or "x"), never a length that hints at the value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, suppression.Published]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_data(self, title: str, items: list[tuple[str, suppression.Published]]) -> None:
        self.items = [(label, v) for label, v in items if v != 0]
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {v}" for label, v in self.items)
            or QCoreApplication.translate("ReportPage", "Geen aantallen in deze periode.")
        )
        self.setFixedHeight(self._row_h() * max(1, len(self.items)) + 12)
        self.update()

    def _row_h(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, self._row_h() * max(1, len(self.items)) + 12)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        row_h = self._row_h()
        if not self.items:
            p.setPen(TEXT)
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("ReportPage", "Geen aantallen in deze periode."),
            )
            return
        label_w = min(self.width() // 2, max(fm.horizontalAdvance(lb) for lb, _ in self.items) + 12)
        value_w = fm.horizontalAdvance("00000") + 8
        bar_x = label_w
        bar_max = max(10, self.width() - label_w - value_w - 4)
        peak = max([v for _, v in self.items if isinstance(v, int)] or [1])
        for i, (label, v) in enumerate(self.items):
            y = 6 + i * row_h
            p.setPen(TEXT)
            p.drawText(
                QRectF(0, y, label_w - 8, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8),
            )
            if isinstance(v, int):
                w = max(2.0, bar_max * v / peak)
                p.fillRect(QRectF(bar_x, y + 3, w, row_h - 6), BAR)
            else:
                w = fm.horizontalAdvance("<10") + 6
                p.setPen(QPen(HIDDEN, 1))
                p.setBrush(QBrush(HIDDEN, Qt.BrushStyle.BDiagPattern))
                p.drawRect(QRectF(bar_x, y + 3, w, row_h - 6))
            p.setPen(TEXT)
            p.drawText(
                QRectF(bar_x + w + 6, y, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(v),
            )
        p.setPen(QPen(GRID, 1))
        p.drawLine(int(bar_x), 4, int(bar_x), self.height() - 4)


class ReportSection(QFrame):
    """One breakdown: title, the published table and the chart of its totals."""

    def __init__(self, table: rep.ReportTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(f"<b>{table.title}</b>")
        rows = table.rows()
        self.grid = QTableWidget(len(rows) - 1, len(rows[0]) - 1)
        self.grid.setAccessibleName(table.title)
        self.grid.setHorizontalHeaderLabels(rows[0][1:])
        self.grid.setVerticalHeaderLabels([r[0] for r in rows[1:]])
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for i, row in enumerate(rows[1:]):
            for j, value in enumerate(row[1:]):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if i == len(rows) - 2 or j == len(row) - 2:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.grid.setItem(i, j, item)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The total column always shows its header ("Totaal"); the others share the rest.
        header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.ResizeToContents)
        row_h = self.grid.fontMetrics().height() + 8
        self.grid.verticalHeader().setDefaultSectionSize(row_h)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        head_h = self.grid.horizontalHeader().sizeHint().height()
        self.grid.setFixedHeight(
            head_h + row_h * self.grid.rowCount() + 2 * self.grid.frameWidth() + 2
        )
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart = TotalsChart()
        self.chart.set_data(
            table.title,
            list(zip(table.row_labels, table.table.row_totals, strict=True)),
        )
        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addWidget(self.chart, 2, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body)


class ReportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: rep.Report | None = None
        self.operation: Operation[Any] | None = None
        self._loaded = False
        self.error = error_label()
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Jaar"))
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(self.tr("Periode"))
        self.quarter.addItem(self.tr("Heel jaar (per kwartaal)"), 0)
        for q in range(1, 5):
            self.quarter.addItem(self.tr("Kwartaal {q} (per maand)").format(q=q), q)
        year_label = QLabel(self.tr("&Jaar:"))
        year_label.setBuddy(self.year)
        quarter_label = QLabel(self.tr("&Periode:"))
        quarter_label.setBuddy(self.quarter)
        self.show_button = QPushButton(self.tr("&Tonen"))
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Exporteren als P&DF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button = QPushButton(self.tr("Exporteren als &CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(quarter_label)
        top.addWidget(self.quarter)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        intro = QLabel(
            self.tr(
                "Geanonimiseerde aantallen voor de regionale monitoring. Groepen kleiner dan 10 "
                "staan als \u201c<10\u201d; waar een verborgen aantal uit de totalen terug te "
                "rekenen is, is ook een ander getal verborgen (\u201cx\u201d). Export bevat "
                "alleen deze aantallen."
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.sections = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.sections)
        self.sections_scroll = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Rapportage")))
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        self._fill_years()

    def _fill_years(self) -> None:
        this_year = date.today().year
        try:
            years = set(self.ctx.require_session().report.years())
        except StoreError:
            years = set()
        years.add(this_year)
        for y in sorted(years, reverse=True):
            self.year.addItem(str(y), y)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def period(self) -> rep.Period:
        return rep.parse_period(self.year.currentData(), self.quarter.currentData() or None)

    def refresh(self) -> None:
        """Build the report on a worker (about a second at 100k dossiers); show it when done."""
        self._loaded = True
        show_message(self.error, "")
        if self.operation is not None:
            return
        period = self.period()

        def done(report: rep.Report) -> None:
            self.operation = None
            self._show(report)

        def failed(exc: BaseException) -> None:
            self.operation = None
            show_message(self.error, error_text(exc))

        self.operation = self.ctx.op(
            self,
            lambda s: s.report.view(period),
            done,
            failed,
            slow=True,
            label=self.tr("Rapportage berekenen…"),
        )

    def _show(self, report: rep.Report) -> None:
        self.report = report
        # a fresh container each time: built complete, then shown in one go
        container = QWidget()
        box = QVBoxLayout(container)
        box.setSpacing(12)
        for t in self.report.tables:
            box.addWidget(ReportSection(t))
        box.addStretch(1)
        old = self.sections_scroll.takeWidget()
        self.sections_scroll.setWidget(container)
        container.show()
        self.sections = container
        if old is not None:
            old.deleteLater()
        self.summary.setText(self.tr("Periode: {p}").format(p=self.report.period.label))

    def export(self, fmt: str) -> None:
        if self.report is None:
            return
        if not confirm_unencrypted(self, self.tr("De rapportage")):
            return
        folder = documents_folder()
        suggested = (
            Path(folder) / f"baken-rapportage-{self.report.period.label.replace(' ', '-')}.{fmt}"
        )
        filters = (
            self.tr("PDF-bestanden (*.pdf)") if fmt == "pdf" else self.tr("CSV-bestanden (*.csv)")
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Rapportage opslaan"), str(suggested), filters
        )
        if name:
            self.export_to(Path(name), fmt)

    def export_to(self, path: Path, fmt: str) -> bool:
        """Write the export on a worker; returns whether it started (``self.operation``)."""
        if self.report is None or self.operation is not None:
            return False
        report = self.report

        def done(_none: None) -> None:
            self.operation = None
            show_message(self.error, "")
            self.summary.setText(self.tr("Opgeslagen: {name}").format(name=path.name))

        def failed(_exc: BaseException) -> None:
            self.operation = None
            show_message(self.error, self.tr("De rapportage kon niet worden opgeslagen."))

        self.operation = self.ctx.op(
            self,
            lambda s: s.report.export(report, path, fmt),
            done,
            failed,
            slow=True,
            label=self.tr("Rapportage opslaan…"),
        )
        return self.operation is not None


# Listed in ui/features.py (the one list of pages).
PAGE = PageSpec(
    "report",
    lambda: QCoreApplication.translate("Pages", "Rapportage"),
    lambda ctx, parent: ReportPage(ctx, parent),
    70,
)
