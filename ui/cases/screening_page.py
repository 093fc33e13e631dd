"""Signalen & screening: new signals, and the screeningsoverleg agenda with a besluit and
actiepunten per signal. The meeting (date, chair, attendees) is chosen or made at the top."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import Actiepunt, Besluit, CaseService, ScreeningMeeting, Signal, model
from desktop.cases.validation import validate_signal_form
from desktop.errors import StoreError, ValidationError
from desktop.events import Change
from desktop.text import isolate
from ui.cases import labels
from ui.cases.common import (
    CheckList,
    DateField,
    FieldForm,
    combo,
    combo_key,
    fmt_date,
    set_combo,
)
from ui.cases.intake import IntakeDialog, text_box
from ui.context import AppContext
from ui.drafts import FormDraft, GuardedDialog
from ui.layout import FlowLayout, ReflowSplitter, labelled
from ui.widgets import heading, plain, set_column_widths, show_message

SIGNAL_ROLE = Qt.ItemDataRole.UserRole


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Screening", "&Annuleren")
    )
    box.rejected.connect(dialog.reject)
    return box


class SignalDialog(FormDraft, GuardedDialog, QDialog):
    """Nieuw signaal (aanmelding), or an existing one to correct (``signal``). Escape on a
    filled form asks first; a lock keeps it as a draft (ui/drafts.py)."""

    def __init__(
        self, service: CaseService, parent: QWidget | None = None, signal: Signal | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.existing = signal
        self.created: Signal | None = None  # the saved signal (new or corrected)
        self.setWindowTitle(self.tr("Signaal wijzigen") if signal else self.tr("Nieuw signaal"))
        self.setObjectName("signalDialog")
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.received_on = DateField()
        self.received_on.set_value(service.clock())
        self.reporter_type = combo((k, labels.reporter(k)) for k in model.REPORTER_TYPES)
        self.reporter_name = QLineEdit()
        self.reporter_contact = QLineEdit()
        self.person_hint = QLineEdit()
        self.description = text_box(7)
        self.forms = CheckList([(k, labels.form(k)) for k in model.FORMS], columns=2)
        self.urgency = combo(((k, labels.urgency(k)) for k in model.URGENCIES), "normaal")
        self.form.add("received_on", self.tr("&Datum aanmelding:"), self.received_on)
        self.form.add("reporter_type", self.tr("&Soort aanmelder:"), self.reporter_type)
        self.form.add("reporter_name", self.tr("Aan&melder:"), self.reporter_name)
        self.form.add(
            "reporter_contact",
            self.tr("&Bereikbaar via:"),
            self.reporter_contact,
            self.tr("Telefoon of e-mail van de aanmelder"),
        )
        self.form.add(
            "person_hint",
            self.tr("A&lias of initialen:"),
            self.person_hint,
            self.tr("Wie het betreft, zolang er geen persoon is gekoppeld"),
        )
        self.form.add("description", self.tr("&Wat is gezien:"), self.description)
        self.form.add("forms", self.tr("&Vermoedelijke vorm:"), self.forms)
        self.form.add("urgency", self.tr("&Urgentie:"), self.urgency)
        layout.addWidget(self.form)
        buttons = _buttons(self, self.tr("Signaal &opslaan"))
        buttons.accepted.connect(self.save)
        layout.addWidget(buttons)
        self.resize(640, 440)
        if signal is not None:
            self.received_on.set_value(signal.received_on)
            set_combo(self.reporter_type, signal.reporter_type)
            self.reporter_name.setText(signal.reporter_name)
            self.reporter_contact.setText(signal.reporter_contact)
            self.person_hint.setText(signal.person_hint)
            self.description.setPlainText(signal.description)
            self.forms.set_keys(signal.forms)
            set_combo(self.urgency, signal.urgency)
        self.mark_clean()

    def draft_key(self) -> str:
        return f"signal:{self.existing.id}" if self.existing is not None else "signal:new"

    def save_editor(self) -> bool:
        self.save()
        return self.created is not None

    def save(self) -> None:
        self.form.clear_errors()
        days = self.form.dates(("received_on",))
        if days is None:
            return
        fields: dict[str, Any] = dict(
            received_on=days["received_on"],
            reporter_type=combo_key(self.reporter_type),
            reporter_name=self.reporter_name.text().strip(),
            reporter_contact=self.reporter_contact.text().strip(),
            person_hint=self.person_hint.text().strip(),
            description=self.description.toPlainText().strip(),
            forms=self.forms.selected(),
            urgency=combo_key(self.urgency),
        )
        try:
            # an empty form does not save silently (every message at once)
            validate_signal_form(Signal(**fields), self.service.clock())
            if self.existing is not None:
                self.created = self.service.update_signal(
                    dataclasses.replace(self.existing, **fields)
                )
            else:
                self.created = self.service.create_signal(Signal(**fields))
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.mark_clean()
        self.accept()


class MeetingDialog(QDialog):
    """Nieuw screeningsoverleg: date, chair, attendees."""

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.created: ScreeningMeeting | None = None
        self.setWindowTitle(self.tr("Nieuw screeningsoverleg"))
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        self.held_on = DateField()
        self.held_on.set_value(service.clock())
        self.chair = QLineEdit(service.actor)
        self.attendees = QLineEdit()
        self.attendees.setPlaceholderText(self.tr("bijv. Politie (J. de Wit), Arbeidsinspectie"))
        self.form.add("held_on", self.tr("&Datum overleg:"), self.held_on)
        self.form.add("chair", self.tr("&Voorzitter:"), self.chair)
        self.form.add(
            "attendees",
            self.tr("&Aanwezigen:"),
            self.attendees,
            self.tr("Gescheiden door komma's"),
        )
        layout.addWidget(self.form)
        buttons = _buttons(self, self.tr("Overleg &aanmaken"))
        buttons.accepted.connect(self.save)
        layout.addWidget(buttons)
        self.resize(560, 220)

    def save(self) -> None:
        self.form.clear_errors()
        days = self.form.dates(("held_on",))
        if days is None:
            return
        meeting = ScreeningMeeting(
            held_on=days["held_on"],
            chair=self.chair.text().strip(),
            attendees=tuple(a.strip() for a in self.attendees.text().split(",") if a.strip()),
        )
        try:
            self.created = self.service.create_meeting(meeting)
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.accept()


BESLUIT_FIELDS = ("kind", "referred_to", "info_from", "info_before", "reason")
ACTION_FIELDS = ("action_text", "action_owner", "action_due")


class ScreeningPage(FormDraft, QWidget):
    """The decision form and the new actiepunt keep their drafts through a lock, with the
    signal they are for (ui/drafts.py)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("screeningPage")
        self.service = ctx.require_session().cases
        self.signals: dict[str, Signal] = {}
        self.intake_dialog: IntakeDialog | None = None
        self.meetings_dirty = False
        self.agenda_dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Signalen & screening")), 1)
        self.new_signal_button = QPushButton(self.tr("&Nieuw signaal…"))
        self.new_signal_button.clicked.connect(self.new_signal)
        top.addWidget(self.new_signal_button)
        layout.addLayout(top)

        # Meeting bar (wraps onto a second line in a narrow window)
        bar = FlowLayout()
        self.meeting = QComboBox()
        self.meeting.setMinimumWidth(220)
        label = QLabel(self.tr("&Screeningsoverleg:"))
        label.setBuddy(self.meeting)
        self.meeting.setAccessibleName(plain(label.text()).rstrip(":"))
        self.new_meeting_button = QPushButton(self.tr("Nieuw &overleg…"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.attendees_label = QLabel()
        self.attendees_label.setWordWrap(True)
        self.attendees_label.setAccessibleName(self.tr("Aanwezigen"))
        bar.addWidget(labelled(label, self.meeting))
        bar.addWidget(self.new_meeting_button)
        self.with_description = QCheckBox(self.tr("met bes&chrijving"))
        self.with_description.setAccessibleName(self.tr("Afdruk met beschrijving"))
        self.with_description.setToolTip(
            self.tr("De beschrijving kan namen of adressen bevatten; standaard niet afgedrukt")
        )
        self.print_button = QPushButton(self.tr("Agenda a&fdrukken…"))
        self.print_button.setAccessibleDescription(
            self.tr("Gepseudonimiseerd: alias of initialen, geen adressen of contactgegevens")
        )
        self.print_button.clicked.connect(self.print_agenda)
        printing = QWidget()  # the check box stays with the button it belongs to
        print_row = QHBoxLayout(printing)
        print_row.setContentsMargins(0, 0, 0, 0)
        print_row.addWidget(self.with_description)
        print_row.addWidget(self.print_button)
        bar.add_right(printing)
        layout.addLayout(bar)
        self.attendees_label.setStyleSheet("color: #5a6672;")
        layout.addWidget(self.attendees_label)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)

        # Agenda and decision panel side by side; one above the other in a narrow window.
        splitter = ReflowSplitter(0.4, need=self._side_by_side_width)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        agenda_label = QLabel(self.tr("<b>&Agenda</b> — signalen die wachten op een besluit"))
        self.agenda = QTreeWidget()
        agenda_label.setBuddy(self.agenda)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setHeaderLabels(
            [
                self.tr("Ontvangen"),
                self.tr("Urgentie"),
                self.tr("Betreft"),
                self.tr("Aanmelder"),
                self.tr("Vorm"),
                self.tr("Status"),
            ]
        )
        self.agenda.setRootIsDecorated(False)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        agenda_header = self.agenda.header()
        agenda_header.setStretchLastSection(False)
        set_column_widths(self.agenda, (82, 62, 60, 0, 75, 115))
        self.agenda.currentItemChanged.connect(self._signal_selected)
        left_layout.addWidget(agenda_label)
        left_layout.addWidget(self.agenda, 1)
        self.empty_label = QLabel(self.tr("Er wachten geen signalen op screening."))
        self.empty_label.hide()
        left_layout.addWidget(self.empty_label)
        splitter.addWidget(left)

        # Decision panel
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(8, 0, 0, 0)
        self.signal_title = QLabel()
        self.signal_title.setWordWrap(True)
        self.signal_title.setAccessibleName(self.tr("Geselecteerd signaal"))
        self.signal_text = QLabel()
        self.signal_text.setWordWrap(True)
        self.signal_text.setTextFormat(Qt.TextFormat.PlainText)
        self.signal_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel_layout.addWidget(self.signal_title)
        self.signal_reporter = QLabel()
        self.signal_reporter.setWordWrap(True)
        self.signal_reporter.setTextFormat(Qt.TextFormat.PlainText)
        self.signal_reporter.setAccessibleName(self.tr("Aanmelder"))
        panel_layout.addWidget(self.signal_reporter)
        panel_layout.addWidget(self.signal_text)

        besluit_box = QGroupBox(self.tr("Besluit"))
        besluit_layout = QVBoxLayout(besluit_box)
        self.besluit_form = FieldForm()
        self.kind = combo((k, labels.decision(k)) for k in model.DECISIONS)
        # The longest decision ("Meer informatie nodig van … vóór …") must not set the
        # panel's minimum width; the open list shows it in full.
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(16)
        self.kind.view().setMinimumWidth(self.kind.view().sizeHintForColumn(0) + 24)
        self.referred_to = QLineEdit()
        self.info_from = QLineEdit()
        self.info_before = DateField()
        self.reason = text_box(2)
        self.besluit_form.add("kind", self.tr("Bes&luit:"), self.kind)
        self.besluit_form.add("referred_to", self.tr("Doorver&wijzen naar:"), self.referred_to)
        self.besluit_form.add("info_from", self.tr("&Informatie van:"), self.info_from)
        self.besluit_form.add("info_before", self.tr("Informatie v&óór:"), self.info_before)
        self.besluit_form.add("reason", self.tr("&Reden / toelichting:"), self.reason)
        besluit_layout.addWidget(self.besluit_form)
        row = QHBoxLayout()
        self.besluit_done = QLabel()
        self.besluit_done.setWordWrap(True)
        row.addWidget(self.besluit_done, 1)
        self.record_button = QPushButton(self.tr("Besluit &vastleggen"))
        self.record_button.clicked.connect(self.record_besluit)
        row.addWidget(self.record_button)
        besluit_layout.addLayout(row)
        panel_layout.addWidget(besluit_box)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        actions_box = QGroupBox(self.tr("Actiepunten bij dit signaal"))
        actions_layout = QVBoxLayout(actions_box)
        self.action_list = QTreeWidget()
        self.action_list.setAccessibleName(self.tr("Actiepunten"))
        self.action_list.setHeaderLabels(
            [self.tr("Actiepunt"), self.tr("Eigenaar"), self.tr("Uiterlijk"), self.tr("Klaar")]
        )
        self.action_list.setRootIsDecorated(False)
        self.action_list.header().setStretchLastSection(False)
        set_column_widths(self.action_list, (0, 110, 85, 85))
        self.action_list.setMinimumHeight(70)
        self.action_list.setMaximumHeight(130)
        actions_layout.addWidget(self.action_list)
        self.action_form = FieldForm()
        self.action_text = QLineEdit()
        self.action_owner = QLineEdit()
        self.action_due = DateField()
        self.action_form.add("description", self.tr("Nieuw actie&punt:"), self.action_text)
        self.action_form.add("owner", self.tr("&Eigenaar:"), self.action_owner)
        self.action_form.add("due_on", self.tr("&Uiterlijk:"), self.action_due)
        actions_layout.addWidget(self.action_form)
        arow = QHBoxLayout()
        arow.addStretch(1)
        self.add_action_button = QPushButton(self.tr("Actiepunt &toevoegen"))
        self.add_action_button.clicked.connect(self.add_actiepunt)
        self.action_text.returnPressed.connect(self.add_actiepunt)
        arow.addWidget(self.add_action_button)
        actions_layout.addLayout(arow)
        panel_layout.addWidget(actions_box)
        self.open_button = QPushButton(self.tr("Gekoppeld &dossier openen"))
        self.open_button.clicked.connect(self.open_linked)
        self.edit_signal_button = QPushButton(self.tr("Signaal wij&zigen…"))
        self.edit_signal_button.clicked.connect(self.edit_signal)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.edit_signal_button)
        bottom.addWidget(self.open_button)
        panel_layout.addLayout(bottom)
        panel_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        # Never cut off at the right ("Besluit vas…"): the splitter gives the panel the width
        # it needs when it first appears (see showEvent); only a window narrower than that
        # makes it scroll sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.panel_scroll = scroll
        self.splitter = splitter
        self._split_done = False
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 440])
        layout.addWidget(splitter, 1)
        self.panel = panel

        self._load_meetings()
        self.refresh()
        self._kind_changed()
        ctx.changed.connect(self._on_change)
        ctx.locked.connect(self._on_locked)
        self.mark_clean()

    # -- drafts (ui/drafts.py) -----------------------------------------------------------
    def draft_key(self) -> str:
        return "besluit:screening"

    def draft_fields(self) -> dict[str, QWidget]:
        fields = {k: self.besluit_form.fields[k] for k in BESLUIT_FIELDS}
        return {
            **fields,
            "action_text": self.action_text,
            "action_owner": self.action_owner,
            "action_due": self.action_due,
        }

    def draft(self) -> dict[str, object] | None:
        payload = super().draft()
        if payload is not None:
            payload["signal"] = self.current_signal_id() or ""
        return payload

    def restore_draft(self, payload: dict[str, object]) -> None:
        signal = payload.get("signal")
        if isinstance(signal, str) and signal:
            self.select_signal(signal)  # the decision is for the signal it was written for
        super().restore_draft(payload)

    def save_editor(self) -> bool:
        changed = self.changed_values()
        if any(k in changed for k in BESLUIT_FIELDS):
            self.record_besluit()
        if any(k in self.changed_values() for k in ACTION_FIELDS):
            self.add_actiepunt()
        return not self.is_dirty()

    # -- data ----------------------------------------------------------------------------
    def _load_meetings(self, select: str | None = None) -> None:
        current = select or combo_key(self.meeting)
        self.meeting.blockSignals(True)
        self.meeting.clear()
        self.meeting.addItem(self.tr("(buiten een overleg)"), "")
        self._meetings = {mt.id: mt for mt in self.service.list_meetings()}
        for mt in self._meetings.values():
            text = self.tr("Overleg %1").replace("%1", fmt_date(mt.held_on))
            if mt.chair:
                text += f" — {isolate(mt.chair)}"
            self.meeting.addItem(text, mt.id)
        index = self.meeting.findData(current)
        if index < 0 and self.meeting.count() > 1:
            index = 1  # the latest meeting
        self.meeting.setCurrentIndex(max(index, 0))
        self.meeting.blockSignals(False)
        self._meeting_changed()

    def _meeting_changed(self) -> None:
        mt = self._meetings.get(combo_key(self.meeting))
        if mt is None:
            self.attendees_label.setText(
                self.tr("Kies of maak een overleg om besluiten vast te leggen.")
            )
            return
        self.attendees_label.setText(
            self.tr("Aanwezig: %1").replace("%1", ", ".join(mt.attendees) or "—")
        )

    def refresh(self) -> None:
        self.agenda_dirty = False
        selected = self.current_signal_id()
        self.agenda.clear()
        self.signals = {}
        for s in self.service.agenda():
            self.signals[s.id] = s
            item = QTreeWidgetItem(
                self.agenda,
                [
                    fmt_date(s.received_on),
                    labels.urgency(s.urgency),
                    s.person_hint or self.tr("(onbekend)"),
                    labels.reporter(s.reporter_type),
                    ", ".join(labels.form_short(f) for f in s.forms),
                    labels.signal_status(s.status),
                ],
            )
            item.setData(0, SIGNAL_ROLE, s.id)
            if s.urgency in ("hoog", "acuut"):
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
            if s.id == selected:
                self.agenda.setCurrentItem(item)
        self.empty_label.setVisible(not self.signals)
        first = self.agenda.topLevelItem(0)
        if self.agenda.currentItem() is None and first is not None:
            self.agenda.setCurrentItem(first)
        self._signal_selected()

    def select_signal(self, signal_id: str) -> None:
        for i in range(self.agenda.topLevelItemCount()):
            item = self.agenda.topLevelItem(i)
            if item is not None and item.data(0, SIGNAL_ROLE) == signal_id:
                self.agenda.setCurrentItem(item)
                self.agenda.setFocus()
                return

    def current_signal_id(self) -> str | None:
        item = self.agenda.currentItem()
        return str(item.data(0, SIGNAL_ROLE)) if item is not None else None

    def _signal_selected(self, *_args: object) -> None:
        if not self.ctx.is_unlocked:
            return  # the agenda is being torn down after a lock: nothing to read
        sid = self.current_signal_id()
        signal = self.signals.get(sid or "")
        self.panel.setEnabled(signal is not None)
        self.besluit_form.clear_errors()
        self.action_form.clear_errors()
        if signal is None:
            self.signal_title.setText(self.tr("Kies een signaal op de agenda."))
            self.signal_text.clear()
            self.signal_reporter.clear()
            self.action_list.clear()
            self.open_button.setEnabled(False)
            return
        self.signal_title.setText(
            "<b>"
            + self.tr("Signaal van %1, ontvangen %2")
            .replace("%1", labels.reporter(signal.reporter_type))
            .replace("%2", fmt_date(signal.received_on))
            + "</b>"
        )
        self.signal_text.setText(signal.description or self.tr("(geen beschrijving)"))
        reporter = " · ".join(x for x in (signal.reporter_name, signal.reporter_contact) if x)
        self.signal_reporter.setText(
            self.tr("Aanmelder: %1").replace("%1", reporter or self.tr("(niet ingevuld)"))
        )
        self.open_button.setEnabled(bool(signal.dossier_id))
        self._load_actions(signal.id)

    def _load_actions(self, signal_id: str) -> None:
        self.action_list.clear()
        for a in self.service.actiepunten(signal_id=signal_id):
            QTreeWidgetItem(
                self.action_list,
                [a.description, a.owner, fmt_date(a.due_on), fmt_date(a.done_on)],
            )

    def _kind_changed(self) -> None:
        kind = combo_key(self.kind)
        self.referred_to.setEnabled(kind == "doorverwijzen")
        self.info_from.setEnabled(kind == "meer_informatie")
        self.info_before.setEnabled(kind == "meer_informatie")

    # -- actions -------------------------------------------------------------------------
    def new_signal(self) -> None:
        dlg = SignalDialog(self.service, self)
        if dlg.exec() and dlg.created is not None:
            if dlg.created.id not in self.signals:
                self.refresh()  # the new signal on the agenda: select it, not the old row
            self.select_signal(dlg.created.id)

    def edit_signal_dialog(self) -> SignalDialog | None:
        signal = self.signals.get(self.current_signal_id() or "")
        if signal is None:
            return None
        return SignalDialog(self.service, self, self.service.get_signal(signal.id))

    def edit_signal(self) -> SignalDialog | None:
        """Signaal wijzigen, non-blocking: a lock keeps what was typed and unlocking opens it
        again on the same signal (``reopen_draft``)."""
        from ui.drafts import discard_when_done

        dlg = self.edit_signal_dialog()
        if dlg is None:
            return None
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        discard_when_done(self.ctx, dlg)
        dlg.open()
        return dlg

    def new_meeting(self) -> None:
        dlg = MeetingDialog(self.service, self)
        if dlg.exec() and dlg.created is not None:
            self._load_meetings(select=dlg.created.id)

    def record_besluit(self) -> None:
        sid = self.current_signal_id()
        if sid is None:
            return
        self.besluit_form.clear_errors()
        days = self.besluit_form.dates(("info_before",))
        if days is None:
            return
        kind = combo_key(self.kind)
        signal = self.signals.get(sid)  # the agenda reloads (without it) once decided
        mt = self._meetings.get(combo_key(self.meeting))
        besluit = Besluit(
            signal_id=sid,
            meeting_id=mt.id if mt else None,
            kind=kind,
            decided_on=mt.held_on
            if mt and mt.held_on and mt.held_on <= self.service.clock()
            else None,
            referred_to=self.referred_to.text().strip() if kind == "doorverwijzen" else "",
            info_from=self.info_from.text().strip() if kind == "meer_informatie" else "",
            info_before=days["info_before"] if kind == "meer_informatie" else None,
            reason=self.reason.toPlainText().strip(),
        )
        try:
            self.ctx.inline(self.service.record_besluit)(besluit)
        except ValidationError as err:
            self.besluit_form.show_errors(err)
            return
        show_message(
            self.besluit_done,
            self.tr("Besluit vastgelegd: %1.").replace("%1", labels.decision(kind)),
        )
        if kind == "intake" and signal is not None and not signal.dossier_id:
            self.start_intake(signal)
        for w in (self.referred_to, self.info_from, self.info_before):
            w.clear()
        self.reason.clear()
        self._clean_part(BESLUIT_FIELDS)

    def start_intake(self, signal: Signal) -> IntakeDialog:
        """Open the intake for a signal (non-blocking); on save, show the new dossier."""
        from ui.drafts import discard_when_done

        dlg = IntakeDialog(self.ctx, self.service, self, signal=signal)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        discard_when_done(self.ctx, dlg, dlg.form)
        dlg.accepted.connect(lambda: self._intake_done(dlg))
        self.intake_dialog = dlg
        dlg.show()
        return dlg

    def reopen_draft(self, key: str, payload: dict[str, object]) -> QWidget | None:
        """An intake after a besluit, or a Signaal wijzigen, that was open at the lock: open
        again, filled in."""
        if key.startswith("signal:") and key != "signal:new":
            signal_id = key.split(":", 1)[1]
            if signal_id not in self.signals:
                return None  # decided or gone meanwhile: the draft stays unused
            self.select_signal(signal_id)
            edit = self.edit_signal()
            if edit is not None:
                edit.restore_draft(payload)
            return edit
        if not key.startswith("intake:new:"):
            return None
        try:
            signal = self.service.get_signal(key.split(":", 2)[2])
        except StoreError:
            return None
        if signal.dossier_id:
            return None  # the intake was made meanwhile
        dlg = self.start_intake(signal)
        dlg.form.restore_draft(payload)
        return dlg.form

    def _intake_done(self, dlg: IntakeDialog) -> None:
        self.intake_dialog = None
        if dlg.created is not None:
            self.ctx.open_dossier(dlg.created.id)
        dlg.deleteLater()

    def add_actiepunt(self) -> None:
        sid = self.current_signal_id()
        if sid is None:
            return
        self.action_form.clear_errors()
        days = self.action_form.dates(("due_on",))
        if days is None:
            return
        mt = self._meetings.get(combo_key(self.meeting))
        signal = self.signals.get(sid)
        try:
            self.ctx.inline(self.service.add_actiepunt)(
                Actiepunt(
                    description=self.action_text.text().strip(),
                    owner=self.action_owner.text().strip(),
                    due_on=days["due_on"],
                    meeting_id=mt.id if mt else None,
                    signal_id=sid,
                    dossier_id=signal.dossier_id if signal else None,
                )
            )
        except ValidationError as err:
            self.action_form.show_errors(err)
            return
        self.action_text.clear()
        self.action_due.clear()
        self._load_actions(sid)
        self._clean_part(ACTION_FIELDS)

    def _clean_part(self, names: tuple[str, ...]) -> None:
        """One part was saved; the kept draft follows what is still unsaved."""
        from ui.drafts import discard_draft

        self.mark_clean(names)
        if not self.is_dirty():
            discard_draft(self.ctx, self)

    def agenda_pdf(self) -> bytes:
        """The agenda with this meeting's decisions, pseudonymised (see screening_print)."""
        from desktop.screening_print import agenda_items, render_agenda
        from ui.context import ORG_NAME

        mt = self._meetings.get(combo_key(self.meeting))
        items = agenda_items(self.service, mt.id if mt else None)
        return render_agenda(
            mt,
            items,
            organisation=str(self.ctx.setting(ORG_NAME, "") or ""),
            include_description=self.with_description.isChecked(),
            today=self.service.clock(),
        )

    def print_agenda(self) -> None:
        from ui.widgets import print_pdf

        print_pdf(self, self.agenda_pdf(), self.tr("Agenda screeningsoverleg"))

    def open_linked(self) -> None:
        signal = self.signals.get(self.current_signal_id() or "")
        if signal is not None and signal.dossier_id:
            self.ctx.open_dossier(signal.dossier_id)

    # -- refresh path --------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if not self.ctx.is_unlocked:
            return
        if change.touches("meeting"):
            self.meetings_dirty = True
        if change.touches("signal", "besluit", "dossier"):
            self.agenda_dirty = True
        if self.isVisible():  # a hidden page catches up when shown again
            self._catch_up()

    def _catch_up(self) -> None:
        if self.meetings_dirty:
            self.meetings_dirty = False
            self._load_meetings()
        if self.agenda_dirty:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._split_done and self.splitter.width() > 0:
            self._split_done = True
            self._fit_panel()
        if self.ctx.is_unlocked:
            self._catch_up()

    AGENDA_MIN = 380  # the agenda's five columns, readable

    def _panel_need(self) -> int:
        scroll = self.panel_scroll
        inner = scroll.widget()
        if inner is None:
            return 0
        return inner.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()

    def _side_by_side_width(self) -> int:
        return self.AGENDA_MIN + self._panel_need() + self.splitter.handleWidth()

    def _fit_panel(self) -> None:
        """Give the decision panel the width it needs (the agenda takes the rest)."""
        if self.splitter.orientation() != Qt.Orientation.Horizontal:
            return
        need = self._panel_need()
        total = sum(self.splitter.sizes())
        left = max(total // 3, total - need)
        self.splitter.setSizes([left, total - left])

    def _on_locked(self) -> None:
        self.agenda.clear()
        self.action_list.clear()
        self.signals = {}
        self._meetings = {}
        self.meeting.clear()
        self.signal_text.clear()
        self.signal_title.clear()
