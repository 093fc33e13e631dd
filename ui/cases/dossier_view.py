"""The dossier view: header with the key facts, the phase strip, and tabs (intake,
signalen, toestemming, contacten en ketenpartners, tijdlijn, plus tabs registered by other
features in ``ui.cases.dossier_tabs``)."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import (
    CaseService,
    DossierView,
    model,
)
from desktop.errors import StoreError, ValidationError
from desktop.events import Change
from desktop.text import isolate
from ui.cases import labels
from ui.cases.common import (
    CheckList,
    DateField,
    FieldForm,
    fmt_date,
)
from ui.cases.dossier_partners import ConsentTab, PartnersTab
from ui.cases.dossier_tabs import DossierSections, DossierTabContext, extra_tabs
from ui.cases.dossier_timeline import TimelineTab
from ui.cases.intake import IntakeForm, text_box
from ui.context import AppContext
from ui.countries import country_name
from ui.drafts import discard_draft, keep_unsaved
from ui.messages import message_text
from ui.qt_compat import emit
from ui.widgets import error_label, show_message
from ui.widgets import list_tree as _tree
from ui.widgets import save_row as _save_row

__all__ = ["ConsentTab", "DossierViewWidget", "PartnersTab", "TimelineTab", "age_on"]


def age_on(birth: date | None, year: int | None, day: date) -> int | None:
    if birth is not None:
        return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
    if year is not None:
        return day.year - year
    return None


# -- header and phase strip -------------------------------------------------------------


class PhaseStrip(QWidget):
    """signaal → screening → … → afgesloten; the current phase is highlighted."""

    phase_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(model.PHASES):
            if i:
                arrow = QLabel("→")
                arrow.setStyleSheet("color: #6b7a89;")
                row.addWidget(arrow)
            button = QPushButton(labels.phase(key))
            button.setCheckable(True)
            button.setAccessibleName(
                QCoreApplication.translate("DossierView", "Fase %1").replace(
                    "%1", labels.phase(key)
                )
            )
            button.setStyleSheet(
                "QPushButton { padding: 4px 10px; border: 1px solid #b8c4d0;"
                " border-radius: 10px; background: #f3f6f9; }"
                "QPushButton:checked { background: #1f3b57; color: white;"
                " border-color: #1f3b57; }"
                "QPushButton:focus { border: 2px solid #2f7bd1; }"
            )
            button.clicked.connect(lambda _=False, k=key: emit(self.phase_chosen, k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.current = ""

    def set_phase(self, phase: str) -> None:
        self.current = phase
        for key, button in self.buttons.items():
            button.setChecked(key == phase)


class CloseDialog(QDialog):
    """Afsluiten: a date and a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dossier afsluiten"))
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.closed_on = DateField()
        self.closed_on.set_value(date.today())
        self.reason = text_box(3)
        self.form.add("closed_on", self.tr("&Datum afsluiting:"), self.closed_on)
        self.form.add(
            "close_reason",
            self.tr("&Reden:"),
            self.reason,
            self.tr("Bijv. doel bereikt, overgedragen, vertrokken/onbekend, weigert hulp"),
        )
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Afsluiten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&nnuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 260)


# -- tabs -----------------------------------------------------------------------------


class IntakeTab(QWidget):
    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        layout = QVBoxLayout(self)
        self.form = IntakeForm(tab.service, tab.ctx.language)
        self.form.run = lambda fn: tab.ctx.run(lambda _s: fn(), initiator=self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        self.saved_label = QLabel()
        self.save_button = QPushButton(QCoreApplication.translate("DossierView", "Intake o&pslaan"))
        self.save_button.clicked.connect(self.save)
        row = _save_row(self.save_button)
        row.insertWidget(0, self.saved_label)
        layout.addLayout(row)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

    def load_view(self, view: DossierView) -> None:
        self.form.set_data(view.person, view.dossier)

    def save(self) -> None:
        if self.form.save() is not None:
            discard_draft(self.tab.ctx, self.form)
            self.saved_label.setText(QCoreApplication.translate("DossierView", "Opgeslagen."))
        else:
            self.saved_label.clear()


class SignalsTab(QWidget):
    """Observed signals per form (checklists from resources/signals.json) + the linked
    aanmeldingen."""

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.dossier: model.Dossier | None = None
        layout = QVBoxLayout(self)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        self.lists: list[CheckList] = []
        for form_key, form_label, signals in labels.signal_forms(tab.ctx.language):
            group = QGroupBox(form_label)
            box = QVBoxLayout(group)
            if signals:
                checks = CheckList(signals, columns=2)
                checks.setAccessibleName(form_label)
                self.lists.append(checks)
                box.addWidget(checks)
            else:
                box.addWidget(
                    QLabel(
                        QCoreApplication.translate(
                            "DossierView", "Geen vaste lijst: beschrijf wat u ziet hieronder."
                        )
                    )
                )
            group.setObjectName(f"signals_{form_key}")
            inner_layout.addWidget(group)
        self.other_form = FieldForm()
        self.other = text_box(3)
        self.other_form.add(
            "signals_other",
            QCoreApplication.translate("DossierView", "&Overige signalen:"),
            self.other,
        )
        inner_layout.addWidget(self.other_form)
        self.reports = _tree(
            [
                QCoreApplication.translate("DossierView", "Ontvangen"),
                QCoreApplication.translate("DossierView", "Aanmelder"),
                QCoreApplication.translate("DossierView", "Urgentie"),
                QCoreApplication.translate("DossierView", "Status"),
                QCoreApplication.translate("DossierView", "Wat is gezien"),
            ],
            QCoreApplication.translate("DossierView", "Aanmeldingen bij dit dossier"),
        )
        self.reports.setMinimumHeight(110)
        inner_layout.addWidget(
            QLabel(QCoreApplication.translate("DossierView", "<b>Aanmeldingen bij dit dossier</b>"))
        )
        inner_layout.addWidget(self.reports)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.save_button = QPushButton(
            QCoreApplication.translate("DossierView", "Signalen op&slaan")
        )
        self.save_button.clicked.connect(self.save)
        layout.addLayout(_save_row(self.save_button))

    def load_view(self, view: DossierView) -> None:
        self.dossier = view.dossier
        for checks in self.lists:
            checks.set_keys(view.dossier.signal_keys)
        self.other.setPlainText(view.dossier.signals_other)
        self.reports.clear()
        for s in view.signals:
            QTreeWidgetItem(
                self.reports,
                [
                    fmt_date(s.received_on),
                    labels.reporter(s.reporter_type)
                    + (f" — {s.reporter_name}" if s.reporter_name else ""),
                    labels.urgency(s.urgency),
                    labels.signal_status(s.status),
                    " ".join(s.description.split())[:120],
                ],
            )

    def save(self) -> None:
        if self.dossier is None:
            return
        keys: list[str] = []
        for checks in self.lists:
            keys.extend(k for k in checks.selected() if k not in keys)
        self.other_form.clear_errors()
        try:
            self.tab.ctx.inline(self.tab.service.update_dossier)(
                dataclasses.replace(
                    self.dossier,
                    signal_keys=tuple(keys),
                    signals_other=self.other.toPlainText().strip(),
                )
            )
        except ValidationError as err:
            self.other_form.show_errors(err)


def _builtin_tabs() -> list[tuple[str, str, Callable[[DossierTabContext], QWidget]]]:
    from ui.cases.dossier_extra import ActionsTab, SafetyTab

    return [
        ("intake", QCoreApplication.translate("DossierView", "&Intake"), IntakeTab),
        ("signalen", QCoreApplication.translate("DossierView", "&Signalen"), SignalsTab),
        ("veiligheid", QCoreApplication.translate("DossierView", "Veili&gheid"), SafetyTab),
        ("toestemming", QCoreApplication.translate("DossierView", "&Toestemming"), ConsentTab),
        (
            "contacten",
            QCoreApplication.translate("DossierView", "&Ketenpartners"),
            PartnersTab,
        ),
        ("actiepunten", QCoreApplication.translate("DossierView", "&Actiepunten"), ActionsTab),
        ("tijdlijn", QCoreApplication.translate("DossierView", "Tij&dlijn"), TimelineTab),
    ]


# -- the view -------------------------------------------------------------------------


class DossierViewWidget(QWidget):
    back_requested = Signal()
    open_requested = Signal(str)  # another dossier of the same person
    gone = Signal(str)  # the dossier was destroyed: the host closes the view with this text

    def __init__(
        self,
        ctx: AppContext,
        service: CaseService,
        dossier_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.dossier_id = dossier_id
        self.data: DossierView | None = None
        self.dirty = False
        self.setObjectName("dossierView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.back_button = QPushButton(
            QCoreApplication.translate("DossierView", "← Terug naar de lijst")
        )
        self.back_button.setAccessibleDescription(
            QCoreApplication.translate("DossierView", "Alt+Pijl links of Esc")
        )
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAccessibleName(QCoreApplication.translate("DossierView", "Kerngegevens"))
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        self.others = QLabel()
        self.others.setTextFormat(Qt.TextFormat.RichText)
        self.others.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.others.setAccessibleName(
            QCoreApplication.translate("DossierView", "Andere dossiers van deze persoon")
        )
        self.others.linkActivated.connect(lambda link: emit(self.open_requested, link))
        self.others.hide()
        layout.addWidget(self.others)
        self.strip = PhaseStrip()
        self.strip.phase_chosen.connect(self.choose_phase)
        layout.addWidget(self.strip)
        self.error = error_label()
        layout.addWidget(self.error)

        self.tabs = DossierSections()
        tab_ctx = DossierTabContext(ctx, service, dossier_id)
        self.tab_widgets: dict[str, QWidget] = {}
        for key, title, factory in _builtin_tabs():
            widget = factory(tab_ctx)
            self.tab_widgets[key] = widget
            self.tabs.add_section(key, title, widget)
        for spec in extra_tabs():
            try:
                widget = spec.factory(tab_ctx, None)
            except StoreError:
                continue
            self.tab_widgets[spec.key] = widget
            self.tabs.add_section(spec.key, spec.title(), widget)
        self.tabs.setCurrentWidget(self.tab_widgets["intake"])
        for keys, delta in (
            ("Ctrl+PgDown", 1),
            ("Ctrl+PgUp", -1),
            ("Ctrl+Tab", 1),
            ("Ctrl+Shift+Tab", -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.tabs.step(d))
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, lambda: emit(self.back_requested))
        ctx.changed.connect(self._on_change)
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        side = 24 if event.size().width() >= 800 else 10  # narrow window (150 %): less margin
        layout = self.layout()
        if layout is not None and layout.contentsMargins().left() != side:
            layout.setContentsMargins(side, 12, side, 12)

    def show_tab(self, key: str) -> bool:
        """Bring tab ``key`` (e.g. "tijdlijn", "brieven") to the front."""
        widget = self.tab_widgets.get(key)
        if widget is None:
            return False
        self.tabs.setCurrentWidget(widget)
        return True

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.dirty = False
        try:
            self.data = self.service.open_dossier(self.dossier_id)
        except StoreError as err:
            show_message(self.error, message_text(err))
            return
        self._show_header(self.data)
        with keep_unsaved(self):  # a refresh never throws away what the user typed
            for widget in self.tab_widgets.values():
                loader = getattr(widget, "load_view", None)
                if callable(loader):
                    loader(self.data)

    def _show_header(self, view: DossierView) -> None:
        d, p = view.dossier, view.person
        name = (
            p.display_name if p else QCoreApplication.translate("DossierView", "(persoon onbekend)")
        )
        self.title.setText(f"{d.number} — {name}")
        today = self.service.clock()
        facts: list[str] = []
        if p is not None:
            if p.alias and p.alias != name:
                facts.append(labels.alias_fact(p.alias))  # isolated: an RTL alias stays apart
            age = age_on(p.birth_date, p.birth_year_estimated, today)
            if age is not None:
                facts.append(
                    QCoreApplication.translate("DossierView", "%1 jaar").replace("%1", str(age))
                )
            facts.append(labels.gender(p.gender))
            if p.nationality:
                facts.append(html.escape(country_name(p.nationality, self.ctx.language)))
            if p.languages:
                facts.append(html.escape(", ".join(p.languages)))
            if p.interpreter_needed:
                facts.append(QCoreApplication.translate("DossierView", "<b>tolk nodig</b>"))
        if d.forms:
            facts.append(", ".join(labels.form(f) for f in d.forms))
        facts.append(labels.residence(d.residence_status))
        facts.append(labels.status(d.status))
        if d.owner:
            facts.append(
                QCoreApplication.translate("DossierView", "dossierhouder %1").replace(
                    "%1", html.escape(isolate(d.owner))
                )
            )
        if d.bedenktijd_end is not None and d.status != "gesloten":
            days = (d.bedenktijd_end - today).days
            text = QCoreApplication.translate("DossierView", "bedenktijd tot %1").replace(
                "%1", fmt_date(d.bedenktijd_end)
            )
            if 0 <= days <= 14:
                left = QCoreApplication.translate("DossierView", "nog %1 d.").replace(
                    "%1", str(days)
                )
                text = f"<span style='color:#a4262c'><b>{text} ({left})</b></span>"
            facts.append(text)
        if view.safety:
            facts.append(
                QCoreApplication.translate("DossierView", "veiligheid: %1").replace(
                    "%1", labels.safety_level(view.safety[0].level)
                )
            )
        open_actions = [a for a in view.actions if a.done_on is None]
        if open_actions:
            facts.append(
                QCoreApplication.translate(
                    "DossierView", "%n open actiepunten", "", len(open_actions)
                )
            )
        self.facts.setText(" · ".join(facts))
        others = [r for r in (self.service.dossiers_of_person(p.id) if p else []) if r.id != d.id]
        if others:
            links = ", ".join(
                f"<a href='{r.id}'>{html.escape(r.number)}</a> ({labels.phase(r.phase).lower()})"
                for r in others[:8]
            )
            self.others.setText(
                QCoreApplication.translate(
                    "DossierView", "Andere dossiers van deze persoon: %1"
                ).replace("%1", links)
            )
        self.others.setVisible(bool(others))
        self.strip.set_phase(d.phase)

    # Later phases follow from facts recorded on the care tabs (placement, plan, nazorg,
    # afsluiting), not from clicking the strip: the strip then opens the tab that records them.
    FACT_TABS = {
        "opvang": "opvang",
        "begeleiding": "hulpverleningsplan",
        "nazorg": "nazorg",
        "afgesloten": "nazorg",
    }

    def choose_phase(self, phase: str) -> None:
        if self.data is None:
            return
        show_message(self.error, "")
        tab = self.tab_widgets.get(self.FACT_TABS.get(phase, ""))
        if tab is not None:
            self.strip.set_phase(self.data.dossier.phase)
            self.tabs.setCurrentWidget(tab)
            if phase == "afgesloten" and hasattr(tab, "close_dossier"):
                tab.close_dossier()
            else:
                show_message(
                    self.error,
                    QCoreApplication.translate(
                        "DossierView",
                        "Deze fase volgt uit wat u vastlegt: gebruik het tabblad '%1'.",
                    ).replace("%1", self.tabs.tabText(self.tabs.indexOf(tab)).replace("&", "")),
                )
            return
        try:
            if phase == "afgesloten":
                dlg = CloseDialog(self)
                if not dlg.exec():
                    self.strip.set_phase(self.data.dossier.phase)
                    return
                try:
                    closed = dlg.closed_on.value()
                except ValueError:
                    closed = None
                self.ctx.inline(self.service.close_dossier)(
                    self.dossier_id, closed, dlg.reason.toPlainText().strip()
                )
            elif phase != self.data.dossier.phase:
                self.ctx.inline(self.service.set_phase)(self.dossier_id, phase)
        except ValidationError as err:
            show_message(self.error, message_text(err))
            self.strip.set_phase(self.data.dossier.phase)

    def _on_change(self, change: Change) -> None:
        if self.data is None or not self.ctx.is_unlocked:
            return
        if self.dossier_id in change.removed:
            self.data = None
            self.setEnabled(False)
            message = QCoreApplication.translate(
                "DossierView", "Dossier %1 is vernietigd; het is gesloten."
            ).replace("%1", self.title.text().split(" — ")[0])
            show_message(self.error, message)
            emit(self.gone, message)
            return
        own = change.initiator
        if (
            change.kinds <= {"note"}
            and isinstance(own, QWidget)
            and (own is self or self.isAncestorOf(own))
        ):
            return  # this view wrote the note and shows it already (no reload, no audit)
        ids = {self.dossier_id, self.data.dossier.person_id or ""}
        if change.ids & ids or change.touches("organisation", "contact"):
            if self.isVisible():
                self.reload()
            else:
                self.dirty = True  # reload (and audit the view) when shown again

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.dirty:
            self.reload()
