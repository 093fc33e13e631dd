"""Dossier tabs: Opvang (placements with their chain), Hulpverleningsplan (scores per
leefgebied over time, goals and actions) and Nazorg en afsluiting (warme overdracht,
check-ins, reopen on new signals, closing). Listed in ui/features.py."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.care import CareService
from desktop.care import model as c
from desktop.errors import StoreError, ValidationError
from desktop.events import Change
from ui.care import dialogs as dlgs
from ui.care.charts import ScoreChart
from ui.care.opvang_page import ID_ROLE, fit_columns, tree
from ui.cases.common import fmt_date
from ui.cases.dossier_tabs import DossierTabContext, DossierTabSpec
from ui.drafts import DialogHost
from ui.messages import message_text
from ui.widgets import error_label, show_message


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class _CareTab(DialogHost, QWidget):
    kinds: tuple[str, ...] = ()
    draft_kind = "care"

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.dossier_id = tab.dossier_id
        self.service: CareService = tab.ctx.require_session().care
        self.dialog: dlgs.FormDialog | None = None
        self.error = error_label()
        tab.ctx.changed.connect(self._changed)

    def today(self) -> date:
        return self.service.clock()

    def _changed(self, change: Change) -> None:
        if self.dossier_id in change.removed:
            return  # destroyed: the dossier view closes
        if change.touches(*self.kinds) and (not change.ids or self.dossier_id in change.ids):
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    # A dialog's draft: "<kind>:<dossier>|<action>|<row>"; reopened by the same action.
    def draft_host_key(self) -> str:
        return f"{self.draft_kind}:{self.dossier_id}"

    def draft_host_ctx(self) -> object:
        return self.tab.ctx

    def draft_host_dossier(self) -> str | None:
        return self.dossier_id

    def _open(
        self,
        dlg: dlgs.FormDialog,
        action: str = "",
        target: str = "",
        *,
        needs_shelter: bool = False,
    ) -> None:
        self.dialog = dlg
        if action:
            self.host_dialog(dlg, action, target)
        if needs_shelter and not self._shelters():
            dlgs.addressbook_hint(dlg, lambda: self.tab.ctx.open_page("addressbook"))
        dlg.open()

    def _shelters(self) -> list[tuple[str, str]]:
        return [(s.organisation_id, s.name) for s in self.service.shelters()]

    def _partners(self) -> list[tuple[str, str]]:
        return [(o.id, o.name) for o in self.service.cases.organisations()]

    def _run(self, fn: object) -> None:
        try:
            fn()  # type: ignore[operator]
        except (ValidationError, StoreError) as err:
            show_message(self.error, message_text(err))
        else:
            show_message(self.error, "")


# -- Opvang ----------------------------------------------------------------------------------


class PlacementsTab(_CareTab):
    kinds = ("placement", "dossier", "shelter")
    draft_kind = "opvang"

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(tab, parent)
        self.placements: list[c.Placement] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "CareTabs",
                    "Aanvragen en plaatsingen, oudste eerst. Een doorplaatsing staat onder de "
                    "plaatsing waar zij op volgt (↳).",
                )
            )
        )
        layout.addWidget(self.error)
        self.list = tree(
            [
                QCoreApplication.translate("CareTabs", "Status"),
                QCoreApplication.translate("CareTabs", "Opvang"),
                QCoreApplication.translate("CareTabs", "Aangevraagd"),
                QCoreApplication.translate("CareTabs", "Geplaatst"),
                QCoreApplication.translate("CareTabs", "Einde"),
                QCoreApplication.translate("CareTabs", "Reden / toelichting"),
            ],
            QCoreApplication.translate("CareTabs", "Plaatsingen"),
        )
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.list, 1)
        self.request_button = QPushButton(
            QCoreApplication.translate("CareTabs", "Opvang &aanvragen…")
        )
        self.decide_button = QPushButton(QCoreApplication.translate("CareTabs", "Besl&uit…"))
        self.place_button = QPushButton(QCoreApplication.translate("CareTabs", "&Plaatsen…"))
        self.transfer_button = QPushButton(QCoreApplication.translate("CareTabs", "&Doorplaatsen…"))
        self.end_button = QPushButton(QCoreApplication.translate("CareTabs", "B&eëindigen…"))
        self.request_button.clicked.connect(self.new_request)
        self.decide_button.clicked.connect(self.decide)
        self.place_button.clicked.connect(self.place)
        self.transfer_button.clicked.connect(self.transfer)
        self.end_button.clicked.connect(self.end)
        layout.addLayout(
            _button_row(
                self.request_button,
                self.decide_button,
                self.place_button,
                self.transfer_button,
                self.end_button,
            )
        )
        self.refresh()

    def refresh(self) -> None:
        if not self.tab.ctx.is_unlocked:
            return
        current = self.current()
        self.placements = self.tab.ctx.inline(self.service.placements)(self.dossier_id)
        names = dict(self._partners())
        self.list.clear()
        select = None
        for p in self.placements:
            status = c.PLACEMENT_STATUS_LABELS[p.status]
            if p.previous_id:
                status = "↳ " + status
            if p.status == "afgewezen":
                reason = p.decision_reason
            elif p.end_reason:
                reason = c.END_REASON_LABELS[p.end_reason]
            else:
                reason = p.notes
            item = QTreeWidgetItem(
                self.list,
                [
                    status,
                    names.get(p.organisation_id or "", "")
                    or c.SHELTER_TYPE_LABELS[p.requested_type]
                    + QCoreApplication.translate("CareTabs", " (soort)"),
                    fmt_date(p.requested_on),
                    fmt_date(p.start_on),
                    fmt_date(p.end_on),
                    " ".join(reason.split())[:100],
                ],
            )
            item.setData(0, ID_ROLE, p.id)
            if current is not None and p.id == current.id:
                select = item
        fit_columns(self.list)
        if select is None and self.list.topLevelItemCount():
            select = self.list.topLevelItem(self.list.topLevelItemCount() - 1)
        if select is not None:
            self.list.setCurrentItem(select)
        self._enable()

    def current(self) -> c.Placement | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        if item is None:
            return None
        pid = str(item.data(0, ID_ROLE))
        return next((p for p in self.placements if p.id == pid), None)

    def _enable(self) -> None:
        p = self.current()
        status = p.status if p else ""
        self.decide_button.setEnabled(status == "aanvraag")
        self.place_button.setEnabled(status in ("aanvraag", "toegezegd"))
        self.transfer_button.setEnabled(status == "geplaatst")
        self.end_button.setEnabled(status == "geplaatst")

    def new_request(self) -> None:
        self._open(
            dlgs.request_dialog(
                self,
                self.dossier_id,
                self._shelters(),
                self.tab.ctx.inline(self.service.request_placement),
                self.today(),
            ),
            "new_request",
            needs_shelter=True,
        )

    def decide(self) -> None:
        p = self.current()
        if p is not None:
            self._open(
                dlgs.decide_dialog(
                    self,
                    p,
                    self._shelters(),
                    self.tab.ctx.inline(self.service.decide),
                    self.today(),
                ),
                "decide",
                p.id,
                needs_shelter=True,
            )

    def place(self) -> None:
        p = self.current()
        if p is not None:
            self._open(
                dlgs.place_dialog(
                    self, p, self._shelters(), self.tab.ctx.inline(self.service.place), self.today()
                ),
                "place",
                p.id,
                needs_shelter=True,
            )

    def transfer(self) -> None:
        p = self.current()
        if p is not None:
            self._open(
                dlgs.transfer_dialog(
                    self,
                    p,
                    self._shelters(),
                    self.tab.ctx.inline(self.service.transfer),
                    self.today(),
                ),
                "transfer",
                p.id,
                needs_shelter=True,
            )

    def end(self) -> None:
        p = self.current()
        if p is not None:
            self._open(
                dlgs.end_dialog(
                    self, p, self.tab.ctx.inline(self.service.end_placement), self.today()
                ),
                "end",
                p.id,
            )


# -- Hulpverleningsplan ---------------------------------------------------------------------


class PlanTab(_CareTab):
    kinds = ("care_plan", "care_action", "dossier")
    draft_kind = "plan"

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(tab, parent)
        self.view: c.PlanView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setSpacing(10)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        chart_box = QGroupBox(
            QCoreApplication.translate(
                "CareTabs", "Scores per leefgebied (Zelfredzaamheid-Matrix, 1–5)"
            )
        )
        cl = QVBoxLayout(chart_box)
        self.chart = ScoreChart()
        cl.addWidget(self.chart)
        layout.addWidget(chart_box)
        self.evaluations = tree(
            [
                QCoreApplication.translate("CareTabs", "Evaluatie"),
                QCoreApplication.translate("CareTabs", "Gepland"),
                QCoreApplication.translate("CareTabs", "Gehouden"),
                QCoreApplication.translate("CareTabs", "Gescoord"),
            ],
            QCoreApplication.translate("CareTabs", "Evaluaties"),
        )
        self.evaluations.setFixedHeight(self.evaluations.fontMetrics().height() * 7 + 16)
        self.evaluations.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(QLabel(QCoreApplication.translate("CareTabs", "<b>Evaluaties</b>")))
        layout.addWidget(self.evaluations)
        self.action_tree = tree(
            [
                QCoreApplication.translate("CareTabs", "Leefgebied"),
                QCoreApplication.translate("CareTabs", "Doel / actie"),
                QCoreApplication.translate("CareTabs", "Wie"),
                QCoreApplication.translate("CareTabs", "Uiterlijk"),
                QCoreApplication.translate("CareTabs", "Status"),
            ],
            QCoreApplication.translate("CareTabs", "Doelen en acties"),
        )
        self.action_tree.setRootIsDecorated(True)
        self.action_tree.setMinimumHeight(self.action_tree.fontMetrics().height() * 12 + 16)
        self.action_tree.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(QLabel(QCoreApplication.translate("CareTabs", "<b>Doelen en acties</b>")))
        layout.addWidget(self.action_tree)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.start_button = QPushButton(QCoreApplication.translate("CareTabs", "Plan &starten…"))
        self.plan_button = QPushButton(
            QCoreApplication.translate("CareTabs", "Evaluatie &plannen…")
        )
        self.hold_button = QPushButton(
            QCoreApplication.translate("CareTabs", "Evaluatie &vastleggen…")
        )
        self.goal_button = QPushButton(QCoreApplication.translate("CareTabs", "&Doel…"))
        self.action_button = QPushButton(QCoreApplication.translate("CareTabs", "&Actie…"))
        self.done_button = QPushButton(QCoreApplication.translate("CareTabs", "Actie &gedaan"))
        self.start_button.clicked.connect(self.start_plan)
        self.plan_button.clicked.connect(self.plan_evaluation)
        self.hold_button.clicked.connect(self.hold_evaluation)
        self.goal_button.clicked.connect(self.add_goal)
        self.action_button.clicked.connect(self.add_action)
        self.done_button.clicked.connect(self.action_done)
        row = _button_row(
            self.start_button,
            self.plan_button,
            self.hold_button,
            self.goal_button,
            self.action_button,
            self.done_button,
        )
        row.setContentsMargins(8, 0, 8, 8)
        outer.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        if not self.tab.ctx.is_unlocked:
            return
        self.view = self.tab.ctx.inline(self.service.plan_view)(self.dossier_id)
        v = self.view
        self.evaluations.clear()
        self.action_tree.clear()
        if v is None:
            self.status.setText(
                QCoreApplication.translate(
                    "CareTabs",
                    "Nog geen hulpverleningsplan. Start het plan met de scores van de intake.",
                )
            )
            self.chart.set_series({})
            self._enable()
            return
        next_eval = next(
            (e.planned_on for e in v.evaluations if e.held_on is None and e.planned_on), None
        )
        self.status.setText(
            QCoreApplication.translate("CareTabs", "Plan gestart op %1.").replace(
                "%1", fmt_date(v.plan.started_on)
            )
            + (
                " "
                + QCoreApplication.translate("CareTabs", "Volgende evaluatie: %1.").replace(
                    "%1", fmt_date(next_eval)
                )
                if next_eval
                else " " + QCoreApplication.translate("CareTabs", "Plan een volgende evaluatie.")
            )
        )
        self.chart.set_series(v.series())
        for e in v.evaluations:
            item = QTreeWidgetItem(
                self.evaluations,
                [
                    QCoreApplication.translate("CareTabs", "Intake")
                    if e.kind == "intake"
                    else QCoreApplication.translate("CareTabs", "Evaluatie"),
                    fmt_date(e.planned_on),
                    fmt_date(e.held_on),
                    str(len(v.scores.get(e.id, {}))) if e.held_on else "",
                ],
            )
            item.setData(0, ID_ROLE, e.id)
        fit_columns(self.evaluations)
        names = dict(self._partners())
        by_goal: dict[str | None, list[c.CareAction]] = {}
        for a in v.actions:
            by_goal.setdefault(a.goal_id, []).append(a)

        def add_action(parent: QTreeWidgetItem | None, a: c.CareAction) -> None:
            cols = [
                c.DOMAIN_LABELS[a.domain],
                a.what,
                names.get(a.who_org_id or "", "") or a.who,
                fmt_date(a.due_on),
                c.ACTION_STATUS_LABELS[a.status],
            ]
            item = QTreeWidgetItem(cols) if parent is None else QTreeWidgetItem(parent, cols)
            if parent is None:
                self.action_tree.addTopLevelItem(item)
            item.setData(0, ID_ROLE, "action:" + a.id)
            if a.status in ("open", "bezig") and a.due_on and a.due_on < self.today():
                item.setForeground(3, Qt.GlobalColor.darkRed)

        for g in v.goals:
            gi = QTreeWidgetItem(
                self.action_tree,
                [
                    c.DOMAIN_LABELS[g.domain],
                    QCoreApplication.translate("CareTabs", "Doel: ") + g.goal,
                    "",
                    "",
                    c.GOAL_STATUS_LABELS[g.status],
                ],
            )
            gi.setData(0, ID_ROLE, "goal:" + g.id)
            font = gi.font(1)
            font.setBold(True)
            gi.setFont(1, font)
            for a in by_goal.pop(g.id, []):
                add_action(gi, a)
            gi.setExpanded(True)
        for rest in by_goal.values():
            for a in rest:
                add_action(None, a)
        fit_columns(self.action_tree)
        self._enable()

    def _current_eval(self) -> c.Evaluation | None:
        item = self.evaluations.currentItem()
        if item is None or self.view is None:
            return None
        eid = str(item.data(0, ID_ROLE))
        return next((e for e in self.view.evaluations if e.id == eid), None)

    def _current_action(self) -> c.CareAction | None:
        item = self.action_tree.currentItem()
        if item is None or self.view is None:
            return None
        key = str(item.data(0, ID_ROLE))
        return next((a for a in self.view.actions if "action:" + a.id == key), None)

    def _enable(self) -> None:
        has = self.view is not None
        self.start_button.setVisible(not has)
        for b in (self.plan_button, self.hold_button, self.goal_button, self.action_button):
            b.setEnabled(has)
        ev = self._current_eval() if has else None
        if has and ev is None and self.view is not None:
            ev = next((e for e in self.view.evaluations if e.held_on is None), None)
        self.hold_button.setEnabled(ev is not None and ev.held_on is None)
        a = self._current_action() if has else None
        self.done_button.setEnabled(a is not None and a.status in ("open", "bezig"))

    def _latest_scores(self) -> dict[str, int]:
        if self.view is None:
            return {}
        held = [e for e in self.view.evaluations if e.held_on is not None]
        return dict(self.view.scores.get(held[-1].id, {})) if held else {}

    def start_plan(self) -> None:
        def save(day: date | None, scores: dict[str, int], notes: str) -> object:
            return self.tab.ctx.inline(self.service.start_plan)(self.dossier_id, day, scores, notes)

        self._open(
            dlgs.evaluation_dialog(
                self,
                QCoreApplication.translate("CareTabs", "Hulpverleningsplan starten: intake"),
                {},
                save,
                self.today(),
            ),
            "start_plan",
        )

    def plan_evaluation(self) -> None:
        if self.view is None:
            return
        plan_id = self.view.plan.id
        days = [e.held_on or e.planned_on for e in self.view.evaluations]
        last = max((d for d in days if d is not None), default=self.today())
        from desktop.cases.validation import add_months

        def save(day: date | None) -> object:
            assert day is not None
            return self.tab.ctx.inline(self.service.plan_evaluation)(plan_id, day)

        self._open(
            dlgs.plan_date_dialog(self, save, max(add_months(last, 3), self.today())),
            "plan_evaluation",
        )

    def hold_evaluation(self) -> None:
        ev = self._current_eval()
        if ev is None and self.view is not None:
            ev = next((e for e in self.view.evaluations if e.held_on is None), None)
        if ev is None or ev.held_on is not None:
            return
        eid = ev.id

        def save(day: date | None, scores: dict[str, int], notes: str) -> object:
            if day is None:
                raise ValidationError(
                    QCoreApplication.translate("CareTabs", "Vul de datum van de evaluatie in."),
                    "held_on",
                )
            return self.tab.ctx.inline(self.service.record_evaluation)(eid, day, scores, notes)

        self._open(
            dlgs.evaluation_dialog(
                self,
                QCoreApplication.translate("CareTabs", "Evaluatie vastleggen"),
                self._latest_scores(),
                save,
                self.today(),
            ),
            "hold_evaluation",
        )

    def add_goal(self) -> None:
        if self.view is not None:
            self._open(
                dlgs.goal_dialog(
                    self, self.view.plan.id, self.tab.ctx.inline(self.service.add_goal)
                ),
                "add_goal",
            )

    def add_action(self) -> None:
        if self.view is not None:
            self._open(
                dlgs.action_dialog(
                    self,
                    self.view.plan.id,
                    self.view.goals,
                    self._partners(),
                    self.tab.ctx.inline(self.service.add_action),
                ),
                "add_action",
            )

    def action_done(self) -> None:
        a = self._current_action()
        if a is not None:
            self._run(lambda: self.tab.ctx.inline(self.service.complete_action)(a.id))


# -- Nazorg en afsluiting ------------------------------------------------------------------


class AftercareTab(_CareTab):
    kinds = ("aftercare", "closure", "dossier", "placement")
    draft_kind = "nazorg"

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(tab, parent)
        self.view: c.AftercareView | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.handover = QLabel()
        self.handover.setWordWrap(True)
        self.handover.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.handover)
        layout.addWidget(self.error)
        self.checkins = tree(
            [
                QCoreApplication.translate("CareTabs", "Gepland"),
                QCoreApplication.translate("CareTabs", "Gehouden"),
                QCoreApplication.translate("CareTabs", "Uitkomst"),
                QCoreApplication.translate("CareTabs", "Zorgen en afspraken"),
            ],
            QCoreApplication.translate("CareTabs", "Nazorgcontacten"),
        )
        self.checkins.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(QLabel(QCoreApplication.translate("CareTabs", "<b>Nazorgcontacten</b>")))
        layout.addWidget(self.checkins, 1)
        self.closure = QLabel()
        self.closure.setWordWrap(True)
        layout.addWidget(self.closure)
        self.start_button = QPushButton(QCoreApplication.translate("CareTabs", "Nazorg &starten…"))
        self.checkin_button = QPushButton(
            QCoreApplication.translate("CareTabs", "Contact &vastleggen…")
        )
        self.reopen_button = QPushButton(
            QCoreApplication.translate("CareTabs", "&Nieuwe signalen: traject heropenen")
        )
        self.close_button = QPushButton(
            QCoreApplication.translate("CareTabs", "Dossier &afsluiten…")
        )
        self.start_button.clicked.connect(self.start)
        self.checkin_button.clicked.connect(self.record)
        self.reopen_button.clicked.connect(self.reopen)
        self.close_button.clicked.connect(self.close_dossier)
        layout.addLayout(
            _button_row(
                self.start_button, self.checkin_button, self.reopen_button, self.close_button
            )
        )
        self.refresh()

    def refresh(self) -> None:
        if not self.tab.ctx.is_unlocked:
            return
        self.view = self.service.aftercare_view(self.dossier_id)
        self.checkins.clear()
        names = dict(self._partners())
        v = self.view
        if v is None:
            self.handover.setText(
                QCoreApplication.translate(
                    "CareTabs",
                    "Nog geen nazorg. Start de nazorg met een warme overdracht; de "
                    "contactmomenten worden dan gepland (standaard na 1, 3, 6 en 12 maanden).",
                )
            )
        else:
            a = v.aftercare
            who = names.get(a.handover_org_id or "", "")
            who = ", ".join(x for x in (who, a.handover_to) if x)
            text = (
                QCoreApplication.translate("CareTabs", "<b>Warme overdracht</b> op %1 aan %2 (%3).")
                .replace("%1", fmt_date(a.handover_on))
                .replace("%2", _html(who))
                .replace("%3", c.HANDOVER_LABELS[a.handover_kind])
                + "<br>"
                + QCoreApplication.translate("CareTabs", "Overgedragen: %1").replace(
                    "%1", _html(a.handed_over)
                )
            )
            if a.ended_on:
                text += "<br>" + QCoreApplication.translate(
                    "CareTabs", "Nazorg beëindigd op %1."
                ).replace("%1", fmt_date(a.ended_on))
            self.handover.setText(text)
            for x in v.checkins:
                item = QTreeWidgetItem(
                    self.checkins,
                    [
                        fmt_date(x.planned_on),
                        fmt_date(x.held_on),
                        c.OUTCOME_LABELS[x.outcome],
                        " ".join(x.concerns.split())[:100],
                    ],
                )
                item.setData(0, ID_ROLE, x.id)
                if x.held_on is None and x.planned_on and x.planned_on < self.today():
                    item.setForeground(0, Qt.GlobalColor.darkRed)
                if x.outcome == "nieuwe_signalen":
                    item.setForeground(2, Qt.GlobalColor.darkRed)
            fit_columns(self.checkins)
        closure = self.service.closure(self.dossier_id)
        d = self.service.cases.get_dossier(self.dossier_id)
        if closure is not None and d.status == "gesloten":
            self.closure.setText(
                QCoreApplication.translate("CareTabs", "<b>Afgesloten</b> op %1: %2. %3")
                .replace("%1", fmt_date(closure.closed_on))
                .replace("%2", c.CLOSE_REASON_LABELS[closure.reason])
                .replace("%3", _html(closure.summary))
            )
        else:
            self.closure.setText("")
        self.closed = d.status == "gesloten"
        self._enable()

    def _current(self) -> c.CheckIn | None:
        item = self.checkins.currentItem()
        if item is None or self.view is None:
            return None
        cid = str(item.data(0, ID_ROLE))
        return next((x for x in self.view.checkins if x.id == cid), None)

    def _next_open(self) -> c.CheckIn | None:
        x = self._current()
        if x is not None and x.held_on is None:
            return x
        if self.view is None:
            return None
        return next((y for y in self.view.checkins if y.held_on is None), None)

    def _enable(self) -> None:
        active = self.view is not None and self.view.aftercare.ended_on is None
        self.start_button.setVisible(self.view is None)
        self.start_button.setEnabled(not self.closed)
        self.checkin_button.setEnabled(active and self._next_open() is not None)
        self.reopen_button.setEnabled(self.view is not None or self.closed)
        self.close_button.setEnabled(not self.closed)

    def start(self) -> None:
        try:  # refuse before the form is filled (e.g. the client is still placed)
            self.service.check_aftercare_can_start(self.dossier_id)
        except (ValidationError, StoreError) as err:
            show_message(self.error, message_text(err))
            return
        show_message(self.error, "")
        self._open(
            dlgs.aftercare_dialog(
                self,
                self.dossier_id,
                self._partners(),
                self.tab.ctx.inline(self.service.start_aftercare),
                self.today(),
            ),
            "start",
        )

    def record(self) -> None:
        x = self._next_open()
        if x is not None:
            self._open(
                dlgs.checkin_dialog(
                    self, x, self.tab.ctx.inline(self.service.record_checkin), self.today()
                ),
                "record",
            )

    def reopen(self, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("CareTabs", "Traject heropenen"),
                QCoreApplication.translate(
                    "CareTabs",
                    "Er zijn nieuwe signalen. De nazorg stopt en het dossier gaat terug naar "
                    "begeleiding (een afgesloten dossier wordt heropend). Doorgaan?",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(lambda: self.tab.ctx.inline(self.service.reopen)(self.dossier_id))

    def close_dossier(self) -> None:
        self._open(
            dlgs.close_dialog(
                self, self.dossier_id, self.tab.ctx.inline(self.service.close_dossier), self.today()
            ),
            "close_dossier",
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Listed in ui/features.py (the one list of dossier tabs).
TABS = [
    DossierTabSpec(
        "opvang",
        lambda: QCoreApplication.translate("Tabs", "Opvang"),
        lambda tab, parent: PlacementsTab(tab, parent),
        60,
    ),
    DossierTabSpec(
        "hulpverleningsplan",
        lambda: QCoreApplication.translate("Tabs", "Hulpverleningsplan"),
        lambda tab, parent: PlanTab(tab, parent),
        70,
    ),
    DossierTabSpec(
        "nazorg",
        lambda: QCoreApplication.translate("Tabs", "Nazorg en afsluiting"),
        lambda tab, parent: AftercareTab(tab, parent),
        80,
    ),
]
