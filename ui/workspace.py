"""The workspace shown while unlocked: a sidebar built from the page registry + pages.

Created after unlocking and destroyed when locking (see ``MainWindow.lock``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.features import pages_for
from ui.layout import ListFitter
from ui.page_registry import PageSpec


class PageFrame(QScrollArea):
    """A page's frame: as wide as the page needs at least, any height. The page gets the
    frame's size, but never less than its minimum height: below that it scrolls down.
    (Not ``widgetResizable``: that gives a page with wrapped labels its *preferred* height
    for the width, so pages with lists would scroll at any size.)"""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
        self.setWidgetResizable(False)
        self.fitter = ListFitter(page)  # its lists never scroll sideways when narrow
        self.viewport().installEventFilter(self)
        page.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        inner = self.widget()
        hint = super().minimumSizeHint()
        if inner is None:
            return hint
        return QSize(inner.minimumSizeHint().width(), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def fit(self) -> None:
        inner = self.widget()
        if inner is None:
            return
        least = inner.minimumSizeHint().expandedTo(inner.minimumSize())
        room = self.viewport().size()
        size = QSize(max(room.width(), least.width()), max(room.height(), least.height()))
        if inner.size() != size:
            inner.resize(size)


class Workspace(QWidget):
    """Sidebar built from the page registry + lazily created pages."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workspace")
        self.specs: list[PageSpec] = pages_for(ctx)  # reduced for an aandachtsfunctionaris
        self.page_widgets: dict[str, QWidget] = {}
        self.page_frames: dict[str, PageFrame] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Navigatie"))
        font = self.sidebar.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.1)
        self.sidebar.setFont(font)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.setStyleSheet(
            "#sidebar { background: #1f3b57; color: white; border: none; padding-top: 8px; }"
            # compact enough that all fifteen pages fit without a scroll bar at 125 %
            "#sidebar::item { padding: 5px 14px; }"
            "#sidebar::item:selected { background: #2f5b85; color: white; }"
            "#sidebar::item:focus { outline: none; }"
        )
        for spec in self.specs:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        # Wide enough for the longest title (titles differ per language), within limits.
        widest = max(
            (self.sidebar.fontMetrics().horizontalAdvance(spec.title()) for spec in self.specs),
            default=0,
        )
        self._wide_sidebar = max(200, min(320, widest + 48))
        self._narrow_sidebar = max(150, min(320, widest + 46))
        self.sidebar.setFixedWidth(self._wide_sidebar)
        self.stack = QStackedWidget()
        layout.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.bar_area = QVBoxLayout()  # info bars (e.g. drafts restored) above the page
        self.bar_area.setContentsMargins(8, 6, 8, 0)
        right.addLayout(self.bar_area)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.sidebar.currentRowChanged.connect(self._show_row)

    # Below this window width (1366 px at 150 % is 910) the sidebar keeps only the room its
    # longest title needs, so the page gets more.
    NARROW = 1000

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        wide = event.size().width() >= self.NARROW
        width = self._wide_sidebar if wide else self._narrow_sidebar
        if self.sidebar.width() != width:
            self.sidebar.setFixedWidth(width)

    def show_bar(self, bar: QWidget) -> None:
        """Show an info bar above the pages (it hides itself when done)."""
        self.bar_area.addWidget(bar)
        bar.show()

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_key(self) -> str | None:
        row = self.sidebar.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

    def show_page(self, key: str) -> QWidget | None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.sidebar.setCurrentRow(row)
                return self.page_widgets.get(key)
        return None

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        frame = self.page_frames.get(spec.key)
        if frame is None:
            widget = spec.factory(self.ctx, None)
            self.page_widgets[spec.key] = widget
            # A page taller than a low window (150 %: 485 logical px) scrolls down instead of
            # forcing the window past the screen; never sideways (a page must reflow).
            frame = PageFrame(widget)
            frame.setObjectName(f"page_{spec.key}")
            self.page_frames[spec.key] = frame
            self.stack.addWidget(frame)
        self.stack.setCurrentWidget(frame)
