"""Layouts that reflow at small logical widths (1366×768 at 150 % is 910×485 logical px).

- ``FlowLayout``: a row of controls that wraps onto the next line when the room runs out
  (filter and button bars); its minimum width is that of its widest item.
- ``ReflowSplitter``: two panes side by side when they fit, one above the other when not.
- ``labelled``: a label with its buddy field as one item of a flow.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTreeView,
    QWidget,
)

from ui.widgets import grow_columns_to_fit, plain, shrink_columns_to_fit


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line; ``stretch_last`` right-aligns the last
    line's trailing items added with ``add_right`` (buttons at the end of a bar)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, line_spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right: set[int] = set()
        self._h = spacing
        self._v = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- building -----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def add_right(self, widget: QWidget) -> None:
        """Add ``widget`` at the right end of its line (when the line has room)."""
        self.addWidget(widget)
        self._right.add(len(self._items) - 1)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        self._right = {i - (i > index) for i in self._right if i != index}
        return self._items.pop(index)

    # -- geometry -----------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._h if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _lines(self, width: int) -> list[list[int]]:
        lines: list[list[int]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            w = item.sizeHint().width()
            if lines[-1] and used + self._h + w > width:
                lines.append([])
                used = 0
            used += (self._h if lines[-1] else 0) + w
            lines[-1].append(index)
        return [line for line in lines if line]

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            hints = {i: self._items[i].sizeHint() for i in line}
            height = max(h.height() for h in hints.values())
            if apply:
                x = area.x()
                right = [i for i in line if i in self._right]
                for i in line:
                    if right and i == right[0]:
                        x = max(x, area.right() + 1 - self._tail_width(right, hints))
                    w = min(hints[i].width(), area.width())  # never past the right edge
                    top = y + (height - hints[i].height()) // 2
                    self._items[i].setGeometry(QRect(QPoint(x, top), QSize(w, hints[i].height())))
                    x += w + self._h
            y += height + self._v
        return max(0, y - self._v - area.y()) + m.top() + m.bottom()

    def _tail_width(self, right: list[int], hints: dict[int, QSize]) -> int:
        return sum(hints[i].width() for i in right) + self._h * (len(right) - 1)


def labelled(label: QLabel, field: QWidget) -> QWidget:
    """``label`` and its buddy ``field`` kept together as one item of a flow."""
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    label.setBuddy(field)
    if not field.accessibleName():
        field.setAccessibleName(plain(label.text()).rstrip(":"))
    row.addWidget(label)
    row.addWidget(field, 1)
    cell.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return cell


class ReflowSplitter(QSplitter):
    """Two (or more) panes side by side when the splitter is at least as wide as the panes
    need, stacked vertically when it is narrower (and so its minimum width is that of the
    widest pane, not their sum). ``ratio`` is the first pane's share in either direction."""

    def __init__(
        self,
        ratio: float = 0.5,
        need: Callable[[], int] | None = None,
        first_width: Callable[[], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.ratio = ratio
        self.need = need  # the width side by side needs (default: the panes' minimum widths)
        self.first_width = first_width  # side by side: the first pane's width (else ratio)
        self.setChildrenCollapsible(False)

    def side_by_side_width(self) -> int:
        if self.need is not None:
            return self.need()
        panes = [self.widget(i) for i in range(self.count())]
        shown = [p for p in panes if p is not None and not p.isHidden()]
        handle = self.style().pixelMetric(QStyle.PixelMetric.PM_SplitterWidth, None, self)
        return sum(p.minimumSizeHint().width() for p in shown) + handle * max(0, len(shown) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        shown = [self.widget(i) for i in range(self.count())]
        hints = [
            p.minimumSizeHint().expandedTo(p.minimumSize())
            for p in shown
            if p is not None and not p.isHidden()
        ]
        if not hints:
            return super().minimumSizeHint()
        handle = self.handleWidth()
        if self.orientation() == Qt.Orientation.Horizontal:
            return QSize(max(h.width() for h in hints), max(h.height() for h in hints))
        return QSize(
            max(h.width() for h in hints),
            sum(h.height() for h in hints) + handle * (len(hints) - 1),
        )

    def reflow(self) -> None:
        """Choose the direction again (e.g. after the panes' contents changed)."""
        self._apply(self.size())

    def _apply(self, size: QSize) -> None:
        if size.width() <= 0:
            return
        wanted = (
            Qt.Orientation.Horizontal
            if size.width() >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        horizontal = wanted == Qt.Orientation.Horizontal
        if wanted != self.orientation() or horizontal and self.first_width is not None:
            self.setOrientation(wanted)
            total = size.width() if horizontal else size.height()
            first = int(total * self.ratio)
            if horizontal and self.first_width is not None:
                first = min(self.first_width(), total)
            self.setSizes([first, max(0, total - first)])
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._apply(event.size())
        super().resizeEvent(event)


class ReflowRow(QWidget):
    """Widgets side by side (with stretch factors) when the row is at least ``need`` wide
    (default: the sum of their minimum widths), one above the other when it is narrower."""

    def __init__(self, need: int | None = None, spacing: int = 8, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self.need = need
        self._widgets: list[QWidget] = []

    def add(
        self, widget: QWidget, stretch: int = 0, alignment: Qt.AlignmentFlag | None = None
    ) -> None:
        self._widgets.append(widget)
        if alignment is None:
            self.box.addWidget(widget, stretch)
        else:
            self.box.addWidget(widget, stretch, alignment)

    def side_by_side_width(self) -> int:
        if self.need is not None:
            return self.need
        shown = [w for w in self._widgets if not w.isHidden()]
        return sum(w.minimumSizeHint().width() for w in shown) + self.box.spacing() * max(
            0, len(shown) - 1
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        shown = [w for w in self._widgets if not w.isHidden()]
        if not shown:
            return QSize(0, 0)
        hints = [w.minimumSizeHint().expandedTo(w.minimumSize()) for w in shown]
        if self.box.direction() == QBoxLayout.Direction.LeftToRight:
            return QSize(max(h.width() for h in hints), max(h.height() for h in hints))
        return QSize(
            max(h.width() for h in hints),
            sum(h.height() for h in hints) + self.box.spacing() * (len(hints) - 1),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self.side_by_side_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)


def fit_lists(root: QWidget, to_contents: bool = False) -> None:
    """The visible lists under ``root`` lose their excess width (widest columns first, first
    down to 80 px, then down to their header text), so a narrow window needs no sideways
    scrolling; columns narrower than their header text get that width first. With
    ``to_contents`` the columns Qt sizes to their contents (which cannot give way) are
    sized to their contents here instead, on every call."""
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QTreeView | QTableView) or not view.isVisible():
            continue
        header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
        auto = view.property("fit_to_contents") or []
        if to_contents and not auto:
            auto = [
                c
                for c in range(header.count())
                if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents
            ]
            for col in auto:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            view.setProperty("fit_to_contents", auto)
        for col in auto:
            view.resizeColumnToContents(col)
        for col in range(header.count()):  # every header text whole ("Contactp…")
            if (
                header.sectionResizeMode(col) == QHeaderView.ResizeMode.Interactive
                and not header.isSectionHidden(col)
                and header.sectionSize(col) < header.sectionSizeHint(col)
            ):
                header.resizeSection(col, header.sectionSizeHint(col))
        grow_columns_to_fit(view)  # room the list has now, for columns cut before
        if view.horizontalScrollBar().maximum() > 0:
            shrink_columns_to_fit(view)
        if view.horizontalScrollBar().maximum() > 0:
            shrink_columns_to_fit(view, floor=0)


class ListFitter(QObject):
    """Runs ``fit_lists(root)`` once the layout has settled after a resize of ``root`` (a
    splitter reflows because its page was resized) or a change in one of its lists' models
    (lists that exist when the fitter is made)."""

    def __init__(self, root: QWidget, to_contents: bool = False) -> None:
        super().__init__(root)
        self.root = root
        self.to_contents = to_contents
        self._queued = False
        root.installEventFilter(self)
        for view in root.findChildren(QAbstractItemView):
            model = view.model()
            if model is not None:
                for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                    signal.connect(self.later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later()
        return False

    def later(self, *_args: object) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        self._queued = False
        if shiboken6.isValid(self.root) and self.root.isVisible():
            fit_lists(self.root, self.to_contents)
