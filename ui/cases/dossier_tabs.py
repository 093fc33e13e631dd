"""Extra tabs for the dossier view: what a tab is and what it gets.

Feature modules (opvang/nazorg, brieven/documenten) define ``TABS = [DossierTabSpec(...)]``;
the one list is ``ui/features.py`` (``dossier_tabs()``). Registered tabs come after the
built-in ones (Intake, Signalen, Veiligheid, Toestemming, Contacten en ketenpartners,
Actiepunten, Tijdlijn), sorted by ``order``. A tab is made when its dossier is opened and
destroyed with the dossier view (and so when the app locks). A tab refreshes itself from
``tab.ctx.changed`` (``desktop.events.Change``; ids hold the dossier id; ``removed`` the
destroyed dossiers), and may define ``load_view(view: DossierView)``: the dossier view
calls it after every (re)load with the freshly loaded data, so a tab that only needs
``DossierView`` does no queries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import CaseService
from ui.context import AppContext
from ui.layout import fit_lists


@dataclass(frozen=True)
class DossierTabContext:
    ctx: AppContext
    service: CaseService
    dossier_id: str


@dataclass(frozen=True)
class DossierTabSpec:
    key: str
    title: Callable[[], str]  # translated at call time
    factory: Callable[[DossierTabContext, QWidget | None], QWidget]
    order: int = 500


def extra_tabs() -> list[DossierTabSpec]:
    """The feature tabs, sorted (see ``ui.features.dossier_tabs``)."""
    from ui.features import dossier_tabs

    return dossier_tabs()


# -- grouped sections -------------------------------------------------------------------
# Twelve or more tabs in one row do not fit at 1366 px ("Nazorg en a…"), let alone at
# 150 %: the dossier's sections stand in a few groups (one tab bar), and the sections of
# the chosen group in a second bar. The section keys ("intake", "tijdlijn", "nazorg", …)
# stay the identifiers (``ctx.open_dossier(id, tab=...)``, drafts' remembered tab).

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("client", ("intake", "signalen", "veiligheid", "toestemming")),
    ("opvolging", ("tijdlijn", "actiepunten")),
    ("zorg", ("opvang", "hulpverleningsplan", "nazorg")),
    ("netwerk", ("contacten", "verwijzingen")),
    ("brieven", ("brieven", "documenten")),
)


def group_title(key: str) -> str:
    titles = {
        "client": QCoreApplication.translate("DossierView", "Cliënt"),
        "opvolging": QCoreApplication.translate("DossierView", "Opvolging"),
        "zorg": QCoreApplication.translate("DossierView", "Zorg"),
        "netwerk": QCoreApplication.translate("DossierView", "Netwerk"),
        "brieven": QCoreApplication.translate("DossierView", "Brieven en documenten"),
    }
    return titles.get(key, key)


def group_of(section: str) -> str:
    return next((g for g, members in GROUPS if section in members), "")


class DossierSections(QWidget):
    """The dossier's sections in groups, with the API of a ``QTabWidget`` over the sections
    (``count``, ``tabText``, ``widget``, ``indexOf``, ``currentWidget``, ``setCurrentWidget``,
    ``setCurrentIndex``; the index is the order the sections were added in). Each section
    scrolls vertically inside its own area when the window is low."""

    currentChanged = Signal(int)  # noqa: N815 (QTabWidget's name)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.group_bar = QTabBar()
        self.group_bar.setExpanding(False)
        self.group_bar.setDrawBase(False)
        self.group_bar.setUsesScrollButtons(False)
        self.group_bar.setAccessibleName(
            QCoreApplication.translate("DossierView", "Onderdelen van het dossier")
        )
        self.group_bar.setAccessibleDescription(
            QCoreApplication.translate(
                "DossierView", "Ctrl+Page Down en Ctrl+Page Up: volgend of vorig onderdeel"
            )
        )
        self.section_bar = QTabBar()
        self.section_bar.setExpanding(False)
        self.section_bar.setUsesScrollButtons(False)
        self.section_bar.setDocumentMode(True)
        self.section_bar.setObjectName("dossierSectionBar")
        self.section_bar.setStyleSheet(
            "#dossierSectionBar::tab { padding: 3px 12px; }"
            "#dossierSectionBar::tab:selected { font-weight: bold; }"
        )
        self.stack = QStackedWidget()
        layout.addWidget(self.group_bar)
        layout.addWidget(self.section_bar)
        layout.addWidget(self.stack, 1)
        self._keys: list[str] = []
        self._titles: list[str] = []
        self._widgets: list[QWidget] = []
        self._frames: list[QScrollArea] = []
        self._groups: list[str] = []  # group key per group bar tab
        self._members: dict[str, list[int]] = {}  # group -> section indexes
        self._last: dict[str, int] = {}  # group -> last chosen section
        self._seq: dict[str, int] = {}  # group -> order of first appearance
        self._syncing = False
        self.group_bar.currentChanged.connect(self._group_chosen)
        self.section_bar.currentChanged.connect(self._section_chosen)
        self._fit_queued = False

    # -- building -----------------------------------------------------------------------
    def add_section(self, key: str, title: str, widget: QWidget) -> int:
        index = len(self._widgets)
        frame = QScrollArea()
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setWidget(widget)
        self._keys.append(key)
        self._titles.append(title.replace("&&", "\0").replace("&", "").replace("\0", "&&"))
        self._widgets.append(widget)
        self._frames.append(frame)
        self.stack.addWidget(frame)
        for view in widget.findChildren(QAbstractItemView):
            model = view.model()
            if model is not None:
                for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                    signal.connect(self.fit_lists_later)
        group = group_of(key) or f"section:{key}"
        if group not in self._members:
            self._members[group] = []
            self._seq[group] = len(self._seq)
            self._groups.append(group)
            # groups in the order of GROUPS, own groups of unknown sections at the end
            self._groups.sort(key=self._group_rank)
            self._rebuild_group_bar()
        self._members[group].append(index)
        order = {k: i for _g, members in GROUPS for i, k in enumerate(members)}
        self._members[group].sort(key=lambda i: (order.get(self._keys[i], 99), i))
        if len(self._widgets) == 1:
            self.setCurrentIndex(0)
        else:
            self._sync_bars()
        return index

    def _group_rank(self, group: str) -> tuple[int, int]:
        keys = [g for g, _m in GROUPS]
        return (keys.index(group), 0) if group in keys else (len(keys), self._seq[group])

    def _group_text(self, group: str) -> str:
        if group.startswith("section:"):
            members = self._members.get(group) or []
            return self._titles[members[0]] if members else group
        return group_title(group)

    def _rebuild_group_bar(self) -> None:
        self._syncing = True
        while self.group_bar.count():
            self.group_bar.removeTab(0)
        for group in self._groups:
            self.group_bar.addTab(self._group_text(group))
        self._syncing = False

    # -- the QTabWidget-like API ---------------------------------------------------------
    def count(self) -> int:
        return len(self._widgets)

    def tabText(self, index: int) -> str:  # noqa: N802
        return self._titles[index] if 0 <= index < len(self._titles) else ""

    def widget(self, index: int) -> QWidget | None:
        return self._widgets[index] if 0 <= index < len(self._widgets) else None

    def indexOf(self, widget: QWidget | None) -> int:  # noqa: N802
        return next((i for i, w in enumerate(self._widgets) if w is widget), -1)

    def key_of(self, index: int) -> str:
        return self._keys[index] if 0 <= index < len(self._keys) else ""

    def currentIndex(self) -> int:  # noqa: N802
        current = self.stack.currentWidget()
        return next((i for i, f in enumerate(self._frames) if f is current), -1)

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.widget(self.currentIndex())

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if not 0 <= index < len(self._frames):
            return
        changed = self.stack.currentWidget() is not self._frames[index]
        self.stack.setCurrentWidget(self._frames[index])
        self._last[self._group_at(index)] = index
        self._sync_bars()
        self.fit_lists_later()
        if changed:
            self.currentChanged.emit(index)

    # -- lists without horizontal scrolling ------------------------------------------------
    def fit_lists_later(self, *_args: object) -> None:
        if not self._fit_queued:
            self._fit_queued = True
            QTimer.singleShot(0, self.fit_lists)

    def fit_lists(self) -> None:
        """The lists of the section in front lose their excess width (widest columns first,
        never below their header text), so a narrow window needs no sideways scrolling."""
        self._fit_queued = False
        if not shiboken6.isValid(self):
            return
        widget = self.currentWidget()
        if widget is None:
            return
        fit_lists(widget, to_contents=True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit_lists_later()

    def step(self, delta: int) -> None:
        """The next (or previous) section in the order the bars show them."""
        order = [i for g in self._groups for i in self._members[g]]
        if order:
            here = order.index(self.currentIndex()) if self.currentIndex() in order else 0
            self.setCurrentIndex(order[(here + delta) % len(order)])

    # -- the two bars ----------------------------------------------------------------------
    def _group_at(self, index: int) -> str:
        return next(g for g, members in self._members.items() if index in members)

    def _sync_bars(self) -> None:
        index = self.currentIndex()
        if index < 0:
            return
        group = self._group_at(index)
        members = self._members[group]
        self._syncing = True
        self.group_bar.setCurrentIndex(self._groups.index(group))
        while self.section_bar.count():
            self.section_bar.removeTab(0)
        for i in members:
            self.section_bar.addTab(self._titles[i])
        self.section_bar.setCurrentIndex(members.index(index))
        self.section_bar.setAccessibleName(
            QCoreApplication.translate("DossierView", "Onderdelen van %1").replace(
                "%1", self._group_text(group)
            )
        )
        self.section_bar.setVisible(len(members) > 1)
        self._syncing = False

    def _group_chosen(self, position: int) -> None:
        if self._syncing or not 0 <= position < len(self._groups):
            return
        group = self._groups[position]
        self.setCurrentIndex(self._last.get(group, self._members[group][0]))

    def _section_chosen(self, position: int) -> None:
        if self._syncing or position < 0:
            return
        members = self._members[self._group_at(self.currentIndex())]
        if position < len(members):
            self.setCurrentIndex(members[position])
