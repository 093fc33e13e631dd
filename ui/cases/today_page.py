"""Vandaag (the home screen): overdue and upcoming actiepunten, follow-ups due, bedenktijd
ending within 14 days, and signals awaiting screening. Enter or double-click opens the
dossier (or the screening page for a signal without a dossier)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import Today, TodayAction
from desktop.errors import StoreError
from desktop.events import Change
from ui.cases import labels
from ui.cases.common import fmt_date
from ui.context import AppContext
from ui.widgets import heading, set_column_widths

TARGET_ROLE = Qt.ItemDataRole.UserRole  # ("dossier", id) or ("signal", id)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # actiepunt id
ACTION_LISTS = ("overdue", "upcoming", "follow_ups")

REFRESH_KINDS = (
    "actiepunt",
    "dossier",
    "signal",
    "besluit",
    "person",
    "care_plan",
    "care_action",
    "aftercare",
    "referral",
    "letter",
)


class TodayPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("todayPage")
        self.service = ctx.require_session().cases
        self.data: Today | None = None
        self.chosen_action: str | None = None
        self.dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.title = heading(self.tr("Vandaag"))
        top.addWidget(self.title, 1)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.done_button = QPushButton(self.tr("Actiepunt &afgerond"))
        self.done_button.setAccessibleDescription(
            self.tr("Markeert het gekozen actiepunt (Te laat, Binnenkort, Opvolging) als afgerond")
        )
        self.done_button.clicked.connect(self.complete_current)
        top.addWidget(self.done_button)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.backup_warning = QLabel()
        self.backup_warning.setObjectName("todayBackupWarning")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.setStyleSheet(
            "background: #fdecea; color: #a4262c; border: 1px solid #e6b0aa;"
            " border-radius: 4px; padding: 6px 10px; font-weight: bold;"
        )
        self.backup_warning.hide()
        layout.addWidget(self.backup_warning)
        from ui.exchange.notice import PackagesNotice  # "2 pakketten van …" (issue 17)

        self.packages_notice = PackagesNotice(ctx)
        layout.addWidget(self.packages_notice)
        hint = QLabel(self.tr("Dubbelklik of Enter opent het dossier."))
        hint.setStyleSheet("color: #5a6672;")
        layout.addWidget(hint)
        # With nothing to show (a new store) the page says where to start.
        self.start_hint = QLabel(
            self.tr(
                "<b>Nog niets voor vandaag.</b> Hier verschijnen actiepunten, bedenktijden en "
                "signalen die op screening wachten. Begin bij <b>Signalen &amp; screening</b> "
                "met <i>Nieuw signaal…</i>, of bij <b>Dossiers</b> met <i>Nieuw dossier…</i> "
                "voor een intake."
            )
        )
        self.start_hint.setObjectName("todayStartHint")
        self.start_hint.setWordWrap(True)
        self.start_hint.setTextFormat(Qt.TextFormat.RichText)
        self.start_hint.setStyleSheet(
            "background: #eef4fa; border: 1px solid #c5d7ea; border-radius: 4px;"
            " padding: 8px 10px; color: #1a1a1a;"
        )
        self.start_hint.hide()
        layout.addWidget(self.start_hint)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.lists: dict[str, QTreeWidget] = {}
        self.headings: dict[str, QLabel] = {}
        self._boxes: list[tuple[str, QVBoxLayout]] = []
        sections = [
            (
                "overdue",
                self.tr("&Te laat"),
                [
                    self.tr("Uiterlijk"),
                    self.tr("Actiepunt"),
                    self.tr("Dossier"),
                    self.tr("Eigenaar"),
                ],
            ),
            (
                "upcoming",
                self.tr("Binnen&kort (7 dagen)"),
                [
                    self.tr("Uiterlijk"),
                    self.tr("Actiepunt"),
                    self.tr("Dossier"),
                    self.tr("Eigenaar"),
                ],
            ),
            (
                "bedenktijd",
                self.tr("Bedenktijd &loopt af (14 dagen)"),
                [self.tr("Einde"), self.tr("Dossier"), self.tr("Naam"), self.tr("Dossierhouder")],
            ),
            (
                "follow_ups",
                self.tr("&Opvolging"),
                [self.tr("Datum"), self.tr("Opvolging"), self.tr("Dossier"), self.tr("Eigenaar")],
            ),
            (
                "awaiting",
                self.tr("&Wacht op screening"),
                [
                    self.tr("Ontvangen"),
                    self.tr("Urgentie"),
                    self.tr("Betreft"),
                    self.tr("Aanmelder"),
                ],
            ),
            (
                "care",
                self.tr("Hulpverleningsplan en na&zorg"),
                [self.tr("Uiterlijk"), self.tr("Wat"), self.tr("Dossier"), self.tr("Wie")],
            ),
            (
                "referrals",
                self.tr("Verwijzingen zonder &antwoord"),
                [
                    self.tr("Verstuurd"),
                    self.tr("Organisatie"),
                    self.tr("Dossier"),
                    self.tr("Wacht (dagen)"),
                ],
            ),
        ]
        for key, text, headers in sections:
            label = QLabel()
            tree = QTreeWidget()
            tree.setObjectName(f"today_{key}")
            tree.setHeaderLabels(headers)
            tree.setRootIsDecorated(False)
            tree.setAlternatingRowColors(True)
            tree.setUniformRowHeights(True)
            tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            widths = {
                "bedenktijd": (85, 110, 0, 110),
                "awaiting": (85, 75, 90, 0),
                "referrals": (85, 0, 120, 95),
            }.get(key, (85, 0, 120, 90))
            tree.header().setStretchLastSection(False)
            # never narrower than a column's own header text (e.g. "Wacht (dagen)"); in a
            # narrow list the last column (owner, days) makes way before the text is cut
            set_column_widths(tree, widths, optional=(3,))
            tree.setMinimumHeight(120)
            tree.itemActivated.connect(self._activate)
            if key in ACTION_LISTS:
                tree.currentItemChanged.connect(
                    lambda current, _prev, k=key: self._action_chosen(k, current)
                )
            label.setBuddy(tree)
            label.setProperty("base_text", text)
            tree.setAccessibleName(text.replace("&", ""))
            self.lists[key] = tree
            self.headings[key] = label
            box = QVBoxLayout()
            if key == "referrals":
                head = QHBoxLayout()
                head.addWidget(label)
                head.addSpacing(12)
                days_label = QLabel(self.tr("langer dan"))
                self.wait_days = QSpinBox()
                self.wait_days.setRange(0, 365)
                self.wait_days.setSuffix(self.tr(" dagen"))
                self.wait_days.setAccessibleName(
                    self.tr("Verwijzingen tonen die langer wachten dan dit aantal dagen")
                )
                days_label.setBuddy(self.wait_days)
                self.wait_days.editingFinished.connect(self._save_wait_days)
                head.addWidget(days_label)
                head.addWidget(self.wait_days)
                head.addStretch(1)
                box.addLayout(head)
                tree.setMinimumHeight(80)
            else:
                box.addWidget(label)
            box.addWidget(tree, 1)
            self._boxes.append((key, box))
        self._grid = grid
        self._columns = 0
        self._arrange(2)
        # The sections scroll as one when the window is low (125 % and 150 % scaling), so the
        # page never forces the window taller than the screen.
        sections_widget = QWidget()
        sections_widget.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(sections_widget)
        layout.addWidget(scroll, 1)
        self.refresh()
        ctx.changed.connect(self._on_change)
        ctx.locked.connect(self._on_locked)

    # Below this width the lists stand one under the other (150 % scaling), full width.
    TWO_COLUMNS_FROM = 860

    def _arrange(self, columns: int) -> None:
        """The lists in ``columns`` columns (the last one, referrals, always full width)."""
        if columns == self._columns:
            return
        self._columns = columns
        for _key, box in self._boxes:
            self._grid.removeItem(box)
        for i, (key, box) in enumerate(self._boxes):
            row, col = divmod(i, columns)
            span = columns if key == "referrals" else 1
            self._grid.addLayout(box, row, col, 1, span)
        for col in range(2):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= self.TWO_COLUMNS_FROM else 1)

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.dirty = False
        self.data = today = self.service.today()
        self.title.setText(self.tr("Vandaag, %1").replace("%1", fmt_date(today.day)))
        self.chosen_action = None
        self.done_button.setEnabled(False)
        self._fill_actions("overdue", today.overdue)
        self._fill_actions("upcoming", today.upcoming)
        self._fill_actions("follow_ups", today.follow_ups)
        tree = self.lists["bedenktijd"]
        tree.clear()
        for d in today.bedenktijd_ending:
            item = QTreeWidgetItem(
                tree, [fmt_date(d.bedenktijd_end), d.number, d.person_name, d.owner]
            )
            item.setData(0, TARGET_ROLE, ("dossier", d.id))
        tree = self.lists["awaiting"]
        tree.clear()
        for s in today.awaiting_screening:
            item = QTreeWidgetItem(
                tree,
                [
                    fmt_date(s.received_on),
                    labels.urgency(s.urgency),
                    s.person_hint or self.tr("(onbekend)"),
                    labels.reporter(s.reporter_type),
                ],
            )
            target = ("dossier", s.dossier_id) if s.dossier_id else ("signal", s.id)
            item.setData(0, TARGET_ROLE, target)
        self._fill_care()
        self._fill_referrals()
        self._check_backup()
        self.start_hint.setVisible(not any(t.topLevelItemCount() for t in self.lists.values()))
        for key, label in self.headings.items():
            count = self.lists[key].topLevelItemCount()
            label.setText(f"<b>{label.property('base_text')}</b> ({count})")
            label.setTextFormat(Qt.TextFormat.RichText)

    def _check_backup(self) -> None:
        """The 7-day backup warning (issue 7), shown above the lists."""
        try:
            status = self.ctx.require_session().backup.status()
        except StoreError:
            self.backup_warning.hide()
            return
        self.backup_warning.setText(
            self.tr(
                "Er is al meer dan 7 dagen geen back-up gemaakt. Maak er nu een via "
                "'Overdracht en back-ups'."
            )
        )
        self.backup_warning.setVisible(bool(status.warning))

    def _fill_referrals(self) -> None:
        """Referrals waiting for an answer longer than the chosen number of days."""
        tree = self.lists["referrals"]
        tree.clear()
        try:
            referrals = self.ctx.require_session().referrals
            days = referrals.wait_days()
            waiting = referrals.waiting(days)
        except StoreError:
            return
        self.wait_days.blockSignals(True)
        self.wait_days.setValue(days)
        self.wait_days.blockSignals(False)
        today = self.service.clock()
        for r in waiting:
            where = r.dossier_number + (f" — {r.person_name}" if r.person_name else "")
            item = QTreeWidgetItem(
                tree,
                [
                    fmt_date(r.sent_on),
                    r.organisation_name or self.tr("(onbekend)"),
                    where,
                    str(r.days_waiting(today)),
                ],
            )
            item.setToolTip(1, r.organisation_name)
            item.setData(0, TARGET_ROLE, ("dossier", r.dossier_id))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _save_wait_days(self) -> None:
        if not self.ctx.is_unlocked:
            return
        days = self.wait_days.value()
        session = self.ctx.require_session()
        if days != session.referrals.wait_days():
            self.ctx.run(lambda s: s.referrals.set_wait_days(days))  # the change refreshes

    def _fill_care(self) -> None:
        """Care-plan actions, planned evaluations and nazorg check-ins (issue 5)."""

        tree = self.lists["care"]
        tree.clear()
        try:
            items = self.ctx.require_session().care.due_items()
        except StoreError:
            return
        for due in items:
            where = labels.dossier_title(due.dossier_number, due.person_name)
            title = {
                "evaluatie": self.tr("Evaluatie hulpverleningsplan"),
                "nazorg": self.tr("Nazorgcontact"),
            }.get(due.kind, due.what)
            item = QTreeWidgetItem(tree, [fmt_date(due.due_on), title, where, due.who])
            item.setToolTip(1, title)
            item.setData(0, TARGET_ROLE, ("dossier", due.dossier_id))
            if due.overdue:
                item.setForeground(0, QBrush(QColor("#a4262c")))

    def _fill_actions(self, key: str, actions: list[TodayAction]) -> None:
        tree = self.lists[key]
        tree.clear()
        for a in actions:
            where = labels.dossier_title(a.dossier_number, a.person_name)
            if not where and a.signal_id:
                where = self.tr("signaal")
            item = QTreeWidgetItem(tree, [fmt_date(a.due_on), a.description, where, a.owner])
            item.setToolTip(1, a.description)
            item.setData(0, ACTION_ROLE, a.id)
            if a.dossier_id:
                item.setData(0, TARGET_ROLE, ("dossier", a.dossier_id))
            elif a.signal_id:
                item.setData(0, TARGET_ROLE, ("signal", a.signal_id))

    def _action_chosen(self, key: str, item: QTreeWidgetItem | None) -> None:
        self.chosen_action = str(item.data(0, ACTION_ROLE)) if item is not None else None
        self.done_button.setEnabled(self.chosen_action is not None)

    def complete_current(self) -> None:
        if self.chosen_action:
            self.ctx.inline(self.service.complete_actiepunt)(self.chosen_action)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, TARGET_ROLE)
        if not target:
            return
        kind, target_id = target
        if kind == "dossier":
            self.ctx.open_dossier(str(target_id))
            return
        self.ctx.open_signal(str(target_id))

    def _on_change(self, change: Change) -> None:
        if self.ctx.is_unlocked and change.touches(*REFRESH_KINDS):
            # A hidden page refreshes when shown again (no needless queries or audit lines).
            if self.isVisible():
                self.refresh()
            else:
                self.dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.dirty:
            self.refresh()

    def _on_locked(self) -> None:
        self.data = None
        for tree in self.lists.values():
            tree.clear()
