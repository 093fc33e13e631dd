"""Charts drawn with QPainter: weekly occupancy (bars against capacity) and ZRM scores per
leefgebied over time (small multiples, one cell per domain). Both give a text summary as
accessible description, so the figures are also available without seeing the chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.care import model as c

BAR = QColor("#2f6f9f")
OVER = QColor("#b5452b")
GRID = QColor("#d8d8d8")
TEXT = QColor("#333333")
LINE = QColor("#2f6f9f")
SCORE_COLORS = {1: "#b5452b", 2: "#d98b2b", 3: "#c9b62f", 4: "#7aa343", 5: "#3f8a3f"}


class OccupancyChart(QWidget):
    """Bars: highest number of clients per week; dashed line: capacity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[c.WeekPoint] = []
        self.capacity = 0
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(QCoreApplication.translate("CareCharts", "Bezetting per week"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 190)

    def set_data(self, points: list[c.WeekPoint], capacity: int) -> None:
        self.points = points
        self.capacity = capacity
        if points:
            last = points[-1]
            peak = max(p.occupied for p in points)
            self.setAccessibleDescription(
                QCoreApplication.translate(
                    "CareCharts",
                    "Deze week %1 van %2 plaatsen bezet; hoogste bezetting in %3 weken: %4.",
                )
                .replace("%1", str(last.occupied))
                .replace("%2", str(capacity))
                .replace("%3", str(len(points)))
                .replace("%4", str(peak))
            )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        left, right, top, bottom = fm.horizontalAdvance("0000") + 10, 10, 22, fm.height() + 8
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        p.setPen(TEXT)
        legend = QCoreApplication.translate("CareCharts", "Hoogste aantal cliënten per week")
        if self.capacity:
            legend += "   " + QCoreApplication.translate(
                "CareCharts", "- - capaciteit %1   rood: boven capaciteit"
            ).replace("%1", str(self.capacity))
        p.drawText(
            QRectF(left, 0, self.width() - left, top - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            legend,
        )
        if not self.points or area.width() < 20 or area.height() < 20:
            p.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("CareCharts", "Nog geen plaatsingen."),
            )
            return
        top_value = max(max(pt.occupied for pt in self.points), self.capacity, 1)
        step = max(1, (top_value + 3) // 4)
        top_value = step * ((top_value + step - 1) // step)

        def y(value: float) -> float:
            return area.bottom() - area.height() * value / top_value

        p.setPen(QPen(GRID, 1))
        for v in range(0, top_value + 1, step):
            p.drawLine(QPointF(area.left(), y(v)), QPointF(area.right(), y(v)))
            p.setPen(TEXT)
            p.drawText(
                QRectF(0, y(v) - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(v),
            )
            p.setPen(QPen(GRID, 1))
        n = len(self.points)
        slot = area.width() / n
        bar_w = max(2.0, slot * 0.7)
        for i, pt in enumerate(self.points):
            x = area.left() + i * slot + (slot - bar_w) / 2
            color = OVER if self.capacity and pt.occupied > self.capacity else BAR
            p.fillRect(QRectF(x, y(pt.occupied), bar_w, area.bottom() - y(pt.occupied)), color)
        # month labels under the first week of each month
        p.setPen(TEXT)
        last_month = None
        for i, pt in enumerate(self.points):
            if pt.week_start.month != last_month:
                last_month = pt.week_start.month
                x = area.left() + i * slot
                p.drawText(QPointF(x, self.height() - 4), _month(pt.week_start))
        if self.capacity:
            pen = QPen(OVER, 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(
                QPointF(area.left(), y(self.capacity)), QPointF(area.right(), y(self.capacity))
            )
            p.setPen(TEXT)
        p.end()


def _month(day: date) -> str:
    names = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
    return names[day.month - 1]


class ScoreChart(QWidget):
    """Small multiples: per leefgebied the ZRM score (1–5) at each evaluation."""

    COLUMNS = 4
    CELL_H = 86

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: dict[str, list[c.ScorePoint]] = {}
        self.setAccessibleName(QCoreApplication.translate("CareCharts", "Scores per leefgebied"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_height()

    def _domains(self) -> list[str]:
        return [d for d in c.DOMAINS if d in self.series] or []

    def _update_height(self) -> None:
        rows = max(1, (len(self._domains()) + self.COLUMNS - 1) // self.COLUMNS)
        self.setFixedHeight(rows * self.CELL_H + 4)

    def set_series(self, series: dict[str, list[c.ScorePoint]]) -> None:
        self.series = series
        parts = []
        for d in self._domains():
            pts = series[d]
            first, last = pts[0].score, pts[-1].score
            parts.append(f"{c.DOMAIN_LABELS[d]}: {first} → {last}")
        self.setAccessibleDescription(
            "; ".join(parts) or QCoreApplication.translate("CareCharts", "Nog geen scores.")
        )
        self._update_height()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        domains = self._domains()
        if not domains:
            p.setPen(TEXT)
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("CareCharts", "Nog geen scores."),
            )
            return
        days = sorted({pt.day for pts in self.series.values() for pt in pts})
        first, last = days[0], days[-1]
        span = max(1, (last - first).days)
        cell_w = self.width() / self.COLUMNS
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for i, domain in enumerate(domains):
            col, row = i % self.COLUMNS, i // self.COLUMNS
            cell = QRectF(col * cell_w + 4, row * self.CELL_H + 2, cell_w - 8, self.CELL_H - 6)
            p.setPen(QPen(GRID, 1))
            p.drawRoundedRect(cell, 4, 4)
            pts = self.series[domain]
            latest = pts[-1].score
            p.setFont(self.font())
            p.setPen(TEXT)
            title = QRectF(cell.left() + 6, cell.top() + 2, cell.width() - 40, 18)
            p.drawText(
                title,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                p.fontMetrics().elidedText(
                    c.DOMAIN_LABELS[domain], Qt.TextElideMode.ElideRight, int(title.width())
                ),
            )
            badge = QRectF(cell.right() - 28, cell.top() + 3, 22, 18)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(SCORE_COLORS[latest]))
            p.drawRoundedRect(badge, 4, 4)
            p.setPen(QColor("white"))
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(latest))
            plot = QRectF(cell.left() + 18, cell.top() + 26, cell.width() - 30, cell.height() - 34)
            p.setFont(small)
            for v in (1, 3, 5):
                yy = plot.bottom() - plot.height() * (v - 1) / 4
                p.setPen(QPen(GRID, 1, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy))
                p.setPen(TEXT)
                p.drawText(
                    QRectF(cell.left() + 2, yy - 7, 14, 14), Qt.AlignmentFlag.AlignCenter, str(v)
                )
            coords = [
                QPointF(
                    plot.left() + plot.width() * ((pt.day - first).days / span if span else 0.5),
                    plot.bottom() - plot.height() * (pt.score - 1) / 4,
                )
                for pt in pts
            ]
            p.setPen(QPen(LINE, 2))
            for a, b in zip(coords, coords[1:], strict=False):
                p.drawLine(a, b)
            p.setBrush(LINE)
            for pt in coords:
                p.drawEllipse(pt, 3, 3)
            p.setBrush(Qt.BrushStyle.NoBrush)
        p.end()
