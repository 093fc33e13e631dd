"""Dialogs for opvang, plan and nazorg: each is a ``FormDialog`` whose ``submit`` callback
calls the service; a ``ValidationError`` is shown next to its field and the dialog stays
open. Dialogs are opened with ``open()`` (window-modal), so the caller keeps control."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.care import model as c
from desktop.errors import StoreError, ValidationError
from ui.cases.common import CheckList, DateField, FieldForm, combo, combo_key
from ui.drafts import DialogDraft, GuardedDialog
from ui.messages import message_text
from ui.widgets import plain


def text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class FormDialog(DialogDraft, GuardedDialog, QDialog):
    """A form with OK/Annuleren; ``submit()`` runs on OK and may raise ValidationError.
    Escape or Annuleren on a filled form asks first; the opener (``DialogHost``) names its
    draft, which a lock keeps (ui/drafts.py)."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        self.form = FieldForm()
        self.layout_.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("CareDialogs", "A&nnuleren")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.submit: Callable[[], Any] | None = None
        self.result_value: Any = None
        self.setMinimumWidth(500)

    def field(self, name: str) -> Any:
        return self.form.fields[name]

    def draft_fields(self) -> dict[str, QWidget]:
        extra = getattr(self, "scores", None)  # the ZRM scores grid of an evaluation
        return {**self.form.fields, **({"scores": extra} if isinstance(extra, QWidget) else {})}

    def _grow(self) -> None:
        """Messages under the fields take room: grow so no field is cut off."""
        self.layout_.activate()
        # Wrapped messages are sized height-for-width; the form's hint comes out a little
        # short, so one line of slack keeps the last field whole.
        wanted = self.sizeHint().height() + self.fontMetrics().height()
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def dates(self, *names: str) -> dict[str, date | None] | None:
        return self.form.dates(names)

    def accept(self) -> None:
        self.form.clear_errors()
        if self.submit is None:
            super().accept()
            return
        try:
            self.result_value = self.submit()
        except ValidationError as err:
            self.form.show_errors(err)
            self._grow()
            return
        except StoreError as err:
            self.form.set_error("", message_text(err))
            self._grow()
            return
        if self.result_value is False:  # a bad date was shown already
            return
        super().accept()


def addressbook_hint(dlg: FormDialog, open_addressbook: Callable[[], None]) -> QPushButton:
    """On a store without shelters: say where they are added, with a button that closes
    the dialog and opens the Adresboek."""
    hint = QLabel(
        QCoreApplication.translate(
            "CareDialogs",
            "Er is nog geen opvanglocatie. Voeg de opvang toe in het Adresboek (soort Opvang,"
            " met een opvangprofiel).",
        )
    )
    hint.setWordWrap(True)
    hint.setObjectName("addressbook_hint")
    button = QPushButton(QCoreApplication.translate("CareDialogs", "&Adresboek openen"))
    button.setObjectName("addressbook_button")

    def go() -> None:
        dlg.reject()
        open_addressbook()

    button.clicked.connect(go)
    dlg.layout_.insertWidget(0, hint)
    dlg.layout_.insertWidget(1, button, 0, Qt.AlignmentFlag.AlignLeft)
    return button


def _orgs_combo(orgs: Sequence[tuple[str, str]], empty: str | None = None) -> QComboBox:
    items = ([("", empty)] if empty is not None else []) + list(orgs)
    return combo(items)


def _key_or_none(box: QComboBox) -> str | None:
    return combo_key(box) or None


# -- shelters --------------------------------------------------------------------------------


def shelter_dialog(
    parent: QWidget,
    organisations: Sequence[tuple[str, str]],
    profile: c.ShelterProfile | None,
    save: Callable[[c.ShelterProfile], Any],
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Opvangprofiel"),
        QCoreApplication.translate("CareDialogs", "&Opslaan"),
        parent,
    )
    f = dlg.form
    org = _orgs_combo(organisations)
    f.add("organisation_id", QCoreApplication.translate("CareDialogs", "&Ketenpartner:"), org)
    kind = combo(list(c.SHELTER_TYPE_LABELS.items()))
    f.add("shelter_type", QCoreApplication.translate("CareDialogs", "&Soort opvang:"), kind)
    cap = QSpinBox()
    cap.setRange(0, 10_000)
    f.add("capacity", QCoreApplication.translate("CareDialogs", "&Capaciteit (plaatsen):"), cap)
    groups = CheckList(list(c.TARGET_GROUP_LABELS.items()), columns=3)
    f.add("target_groups", QCoreApplication.translate("CareDialogs", "&Doelgroepen:"), groups)
    contact = QLineEdit()
    f.add(
        "intake_contact",
        QCoreApplication.translate("CareDialogs", "Contact voor &aanmelding:"),
        contact,
    )
    secret = QCheckBox(
        QCoreApplication.translate(
            "CareDialogs", "Het adres is geheim (alleen tonen op verzoek; wordt gelogd)"
        )
    )
    f.add(
        "confidential_address", QCoreApplication.translate("CareDialogs", "&Geheim adres:"), secret
    )
    if profile is not None:
        org.setCurrentIndex(max(0, org.findData(profile.organisation_id)))
        org.setEnabled(False)
        kind.setCurrentIndex(max(0, kind.findData(profile.shelter_type)))
        cap.setValue(profile.capacity)
        groups.set_keys(profile.target_groups)
        contact.setText(profile.intake_contact)
        secret.setChecked(profile.confidential_address)

    def submit() -> Any:
        base = profile or c.ShelterProfile()
        return save(
            c.ShelterProfile(
                id=base.id,
                created_at=base.created_at,
                created_by=base.created_by,
                organisation_id=combo_key(org),
                shelter_type=combo_key(kind),
                capacity=cap.value(),
                target_groups=groups.selected(),
                intake_contact=contact.text().strip(),
                confidential_address=secret.isChecked(),
                notes=base.notes,
            )
        )

    dlg.submit = submit
    return dlg


# -- placements ------------------------------------------------------------------------------


def request_dialog(
    parent: QWidget,
    dossier_id: str,
    shelters: Sequence[tuple[str, str]],
    save: Callable[[c.Placement], Any],
    today: date,
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Opvang aanvragen"),
        QCoreApplication.translate("CareDialogs", "&Aanvragen"),
        parent,
    )
    f = dlg.form
    requested = DateField()
    requested.set_value(today)
    f.add("requested_on", QCoreApplication.translate("CareDialogs", "&Datum aanvraag:"), requested)
    kind = combo(list(c.SHELTER_TYPE_LABELS.items()))
    f.add(
        "requested_type",
        QCoreApplication.translate("CareDialogs", "Gevraagde &soort opvang:"),
        kind,
    )
    urgency = combo(list(c.URGENCY_LABELS.items()), "normaal")
    f.add("urgency", QCoreApplication.translate("CareDialogs", "&Urgentie:"), urgency)
    org = _orgs_combo(
        shelters, QCoreApplication.translate("CareDialogs", "(nog geen opvang gekozen)")
    )
    f.add("organisation_id", QCoreApplication.translate("CareDialogs", "&Bij opvang:"), org)
    notes = text_box(3)
    f.add("notes", QCoreApplication.translate("CareDialogs", "&Toelichting:"), notes)

    def submit() -> Any:
        days = dlg.dates("requested_on")
        if days is None:
            return False
        return save(
            c.Placement(
                dossier_id=dossier_id,
                requested_on=days["requested_on"],
                requested_type=combo_key(kind),
                urgency=combo_key(urgency),
                organisation_id=_key_or_none(org),
                notes=notes.toPlainText().strip(),
            )
        )

    dlg.submit = submit
    return dlg


def decide_dialog(
    parent: QWidget,
    placement: c.Placement,
    shelters: Sequence[tuple[str, str]],
    decide: Callable[..., Any],
    today: date,
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Besluit over de aanvraag"),
        QCoreApplication.translate("CareDialogs", "&Vastleggen"),
        parent,
    )
    f = dlg.form
    outcome = combo(
        [
            ("toegezegd", QCoreApplication.translate("CareDialogs", "Toegezegd")),
            ("afgewezen", QCoreApplication.translate("CareDialogs", "Afgewezen")),
        ]
    )
    f.add("status", QCoreApplication.translate("CareDialogs", "&Besluit:"), outcome)
    on = DateField()
    on.set_value(today)
    f.add("decided_on", QCoreApplication.translate("CareDialogs", "&Datum besluit:"), on)
    org = _orgs_combo(shelters, QCoreApplication.translate("CareDialogs", "(geen)"))
    org.setCurrentIndex(max(0, org.findData(placement.organisation_id)))
    f.add("organisation_id", QCoreApplication.translate("CareDialogs", "&Opvang:"), org)
    reason = text_box(2)
    f.add(
        "decision_reason",
        QCoreApplication.translate("CareDialogs", "&Reden van afwijzing:"),
        reason,
    )

    def submit() -> Any:
        days = dlg.dates("decided_on")
        if days is None:
            return False
        return decide(
            placement.id,
            accepted=combo_key(outcome) == "toegezegd",
            on=days["decided_on"],
            reason=reason.toPlainText().strip(),
            organisation_id=_key_or_none(org),
        )

    dlg.submit = submit
    return dlg


def place_dialog(
    parent: QWidget,
    placement: c.Placement,
    shelters: Sequence[tuple[str, str]],
    place: Callable[..., Any],
    today: date,
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Cliënt plaatsen"),
        QCoreApplication.translate("CareDialogs", "&Plaatsen"),
        parent,
    )
    f = dlg.form
    org = _orgs_combo(shelters)
    org.setCurrentIndex(max(0, org.findData(placement.organisation_id)))
    f.add("organisation_id", QCoreApplication.translate("CareDialogs", "&Opvang:"), org)
    start = DateField()
    start.set_value(today)
    f.add("start_on", QCoreApplication.translate("CareDialogs", "&Datum plaatsing:"), start)

    def submit() -> Any:
        days = dlg.dates("start_on")
        if days is None:
            return False
        return place(placement.id, days["start_on"], _key_or_none(org))

    dlg.submit = submit
    return dlg


def transfer_dialog(
    parent: QWidget,
    placement: c.Placement,
    shelters: Sequence[tuple[str, str]],
    transfer: Callable[..., Any],
    today: date,
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Doorplaatsen"),
        QCoreApplication.translate("CareDialogs", "&Doorplaatsen"),
        parent,
    )
    dlg.layout_.insertWidget(
        0,
        QLabel(
            QCoreApplication.translate(
                "CareDialogs",
                "Het huidige verblijf eindigt op de datum van doorplaatsing; het nieuwe "
                "verblijf begint dezelfde dag en blijft aan het vorige gekoppeld.",
            )
        ),
    )
    dlg.layout_.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
    f = dlg.form
    others = [s for s in shelters if s[0] != placement.organisation_id]
    org = _orgs_combo(others)
    f.add("organisation_id", QCoreApplication.translate("CareDialogs", "&Naar opvang:"), org)
    on = DateField()
    on.set_value(today)
    f.add("end_on", QCoreApplication.translate("CareDialogs", "&Datum doorplaatsing:"), on)
    notes = text_box(2)
    f.add("notes", QCoreApplication.translate("CareDialogs", "&Toelichting:"), notes)

    def submit() -> Any:
        days = dlg.dates("end_on")
        if days is None:
            return False
        day = days["end_on"]
        if day is None:
            raise ValidationError(
                QCoreApplication.translate("CareDialogs", "Datum doorplaatsing is verplicht."),
                "end_on",
            )
        return transfer(placement.id, combo_key(org), day, notes.toPlainText().strip())

    dlg.submit = submit
    return dlg


def end_dialog(
    parent: QWidget, placement: c.Placement, end: Callable[..., Any], today: date
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Plaatsing beëindigen"),
        QCoreApplication.translate("CareDialogs", "&Beëindigen"),
        parent,
    )
    f = dlg.form
    on = DateField()
    on.set_value(today)
    f.add("end_on", QCoreApplication.translate("CareDialogs", "&Einddatum:"), on)
    reasons = [(k, v) for k, v in c.END_REASON_LABELS.items() if k and k != "doorplaatsing"]
    reason = combo(reasons)
    f.add("end_reason", QCoreApplication.translate("CareDialogs", "&Reden:"), reason)

    def submit() -> Any:
        days = dlg.dates("end_on")
        if days is None:
            return False
        day = days["end_on"]
        if day is None:
            raise ValidationError(
                QCoreApplication.translate("CareDialogs", "Einddatum is verplicht."), "end_on"
            )
        return end(placement.id, day, combo_key(reason))

    dlg.submit = submit
    return dlg


# -- hulpverleningsplan ----------------------------------------------------------------------


class ScoresGrid(QWidget):
    """One spin box per leefgebied: 0 = niet gescoord, 1–5 = ZRM score."""

    def __init__(self, form: FieldForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QSpinBox] = {}
        half = (len(c.DOMAINS) + 1) // 2
        for i, domain in enumerate(c.DOMAINS):
            box = QSpinBox()
            box.setRange(0, 5)
            box.setSpecialValueText("–")
            label = QLabel(c.DOMAIN_LABELS[domain] + ":")
            label.setBuddy(box)
            box.setAccessibleName(
                QCoreApplication.translate("CareDialogs", "Score %1 (1 tot en met 5)").replace(
                    "%1", c.DOMAIN_LABELS[domain]
                )
            )
            col, row = divmod(i, half)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(box, row, col * 2 + 1)
            self.boxes[domain] = box
        form.errors.setdefault("scores", form.general)

    def scores(self) -> dict[str, int]:
        return {d: b.value() for d, b in self.boxes.items() if b.value() > 0}

    def set_scores(self, scores: dict[str, int]) -> None:
        for d, b in self.boxes.items():
            b.setValue(scores.get(d, 0))


def evaluation_dialog(
    parent: QWidget,
    title: str,
    previous: dict[str, int],
    save: Callable[[date | None, dict[str, int], str], Any],
    today: date,
) -> FormDialog:
    dlg = FormDialog(title, QCoreApplication.translate("CareDialogs", "&Opslaan"), parent)
    f = dlg.form
    held = DateField()
    held.set_value(today)
    f.add("held_on", QCoreApplication.translate("CareDialogs", "&Datum:"), held)
    f.add_section(
        QCoreApplication.translate(
            "CareDialogs", "Scores per leefgebied (ZRM, 1–5; – = speelt niet)"
        )
    )
    grid = ScoresGrid(f)
    grid.set_scores(previous)
    f.form.addRow(grid)
    notes = text_box(3)
    f.add("notes", QCoreApplication.translate("CareDialogs", "&Verslag:"), notes)

    def submit() -> Any:
        days = dlg.dates("held_on")
        if days is None:
            return False
        return save(days["held_on"], grid.scores(), notes.toPlainText().strip())

    dlg.submit = submit
    dlg.scores = grid  # type: ignore[attr-defined]
    return dlg


def plan_date_dialog(
    parent: QWidget, save: Callable[[date | None], Any], default: date
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Evaluatie plannen"),
        QCoreApplication.translate("CareDialogs", "&Plannen"),
        parent,
    )
    on = DateField()
    on.set_value(default)
    dlg.form.add("planned_on", QCoreApplication.translate("CareDialogs", "&Geplande datum:"), on)

    def submit() -> Any:
        days = dlg.dates("planned_on")
        if days is None:
            return False
        if days["planned_on"] is None:
            raise ValidationError(
                QCoreApplication.translate("CareDialogs", "Geplande datum is verplicht."),
                "planned_on",
            )
        return save(days["planned_on"])

    dlg.submit = submit
    return dlg


def goal_dialog(
    parent: QWidget, plan_id: str, save: Callable[[c.Goal], Any], domain: str = ""
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Doel toevoegen"),
        QCoreApplication.translate("CareDialogs", "&Toevoegen"),
        parent,
    )
    f = dlg.form
    dom = combo(list(c.DOMAIN_LABELS.items()), domain or None)
    f.add("domain", QCoreApplication.translate("CareDialogs", "&Leefgebied:"), dom)
    goal = text_box(2)
    f.add("goal", QCoreApplication.translate("CareDialogs", "&Doel:"), goal)

    def submit() -> Any:
        return save(c.Goal(plan_id=plan_id, domain=combo_key(dom), goal=goal.toPlainText().strip()))

    dlg.submit = submit
    return dlg


def action_dialog(
    parent: QWidget,
    plan_id: str,
    goals: Sequence[c.Goal],
    partners: Sequence[tuple[str, str]],
    save: Callable[[c.CareAction], Any],
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Actie toevoegen"),
        QCoreApplication.translate("CareDialogs", "&Toevoegen"),
        parent,
    )
    f = dlg.form
    dom = combo(list(c.DOMAIN_LABELS.items()))
    f.add("domain", QCoreApplication.translate("CareDialogs", "&Leefgebied:"), dom)
    goal = combo(
        [("", QCoreApplication.translate("CareDialogs", "(geen)"))]
        + [(g.id, g.goal[:60]) for g in goals]
    )
    f.add("goal_id", QCoreApplication.translate("CareDialogs", "Bij &doel:"), goal)
    what = text_box(2)
    f.add("what", QCoreApplication.translate("CareDialogs", "&Wat:"), what)
    org = _orgs_combo(
        partners, QCoreApplication.translate("CareDialogs", "(de coördinator of iemand anders)")
    )
    f.add("who_org_id", QCoreApplication.translate("CareDialogs", "Wie: &ketenpartner:"), org)
    who = QLineEdit()
    who.setPlaceholderText(QCoreApplication.translate("CareDialogs", "bijv. coördinator"))
    f.add("who", QCoreApplication.translate("CareDialogs", "Wie: &naam of rol:"), who)
    due = DateField()
    f.add("due_on", QCoreApplication.translate("CareDialogs", "&Uiterlijk op:"), due)

    def sync_domain() -> None:
        chosen = next((g for g in goals if g.id == combo_key(goal)), None)
        if chosen is not None:
            dom.setCurrentIndex(max(0, dom.findData(chosen.domain)))

    goal.currentIndexChanged.connect(sync_domain)

    def submit() -> Any:
        days = dlg.dates("due_on")
        if days is None:
            return False
        return save(
            c.CareAction(
                plan_id=plan_id,
                goal_id=_key_or_none(goal),
                domain=combo_key(dom),
                what=what.toPlainText().strip(),
                who=who.text().strip(),
                who_org_id=_key_or_none(org),
                due_on=days["due_on"],
            )
        )

    dlg.submit = submit
    return dlg


# -- nazorg en afsluiting ------------------------------------------------------------------


def aftercare_dialog(
    parent: QWidget,
    dossier_id: str,
    partners: Sequence[tuple[str, str]],
    save: Callable[[c.Aftercare], Any],
    today: date,
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Nazorg starten: warme overdracht"),
        QCoreApplication.translate("CareDialogs", "Nazorg &starten"),
        parent,
    )
    f = dlg.form
    kind = combo(list(c.HANDOVER_LABELS.items()))
    f.add("handover_kind", QCoreApplication.translate("CareDialogs", "Overgedragen &aan:"), kind)
    org = _orgs_combo(
        partners, QCoreApplication.translate("CareDialogs", "(geen ketenpartner uit de lijst)")
    )
    f.add("handover_org_id", QCoreApplication.translate("CareDialogs", "&Ketenpartner:"), org)
    to = QLineEdit()
    f.add("handover_to", QCoreApplication.translate("CareDialogs", "&Naam ontvanger:"), to)
    on = DateField()
    on.set_value(today)
    f.add("handover_on", QCoreApplication.translate("CareDialogs", "&Datum overdracht:"), on)
    what = text_box(3)
    f.add("handed_over", QCoreApplication.translate("CareDialogs", "&Wat is overgedragen:"), what)
    schedule = QLineEdit("1, 3, 6, 12")
    f.add(
        "schedule_months",
        QCoreApplication.translate("CareDialogs", "&Contactmomenten na (maanden):"),
        schedule,
        QCoreApplication.translate(
            "CareDialogs", "Aantallen maanden na de start, gescheiden door komma's"
        ),
    )

    def submit() -> Any:
        days = dlg.dates("handover_on")
        if days is None:
            return False
        try:
            months = [int(x) for x in schedule.text().replace(";", ",").split(",") if x.strip()]
        except ValueError:
            raise ValidationError(
                QCoreApplication.translate(
                    "CareDialogs", "Schema: alleen hele getallen, bijvoorbeeld 1, 3, 6, 12."
                ),
                "schedule_months",
            ) from None
        return save(
            c.Aftercare(
                dossier_id=dossier_id,
                started_on=days["handover_on"] or today,
                handover_kind=combo_key(kind),
                handover_org_id=_key_or_none(org),
                handover_to=to.text().strip(),
                handover_on=days["handover_on"],
                handed_over=what.toPlainText().strip(),
                schedule_months=json.dumps(months),
            )
        )

    dlg.submit = submit
    return dlg


def checkin_dialog(
    parent: QWidget, checkin: c.CheckIn, save: Callable[..., Any], today: date
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Nazorgcontact vastleggen"),
        QCoreApplication.translate("CareDialogs", "&Vastleggen"),
        parent,
    )
    f = dlg.form
    held = DateField()
    held.set_value(today)
    f.add("held_on", QCoreApplication.translate("CareDialogs", "&Datum contact:"), held)
    outcome = combo([(k, v) for k, v in c.OUTCOME_LABELS.items() if k])
    f.add("outcome", QCoreApplication.translate("CareDialogs", "&Uitkomst:"), outcome)
    concerns = text_box(3)
    f.add("concerns", QCoreApplication.translate("CareDialogs", "&Zorgen en afspraken:"), concerns)

    def submit() -> Any:
        days = dlg.dates("held_on")
        if days is None:
            return False
        if days["held_on"] is None:
            raise ValidationError(
                QCoreApplication.translate("CareDialogs", "Vul in wanneer het contact was."),
                "held_on",
            )
        return save(checkin.id, days["held_on"], combo_key(outcome), concerns.toPlainText().strip())

    dlg.submit = submit
    return dlg


def close_dialog(
    parent: QWidget, dossier_id: str, save: Callable[[c.Closure], Any], today: date
) -> FormDialog:
    dlg = FormDialog(
        QCoreApplication.translate("CareDialogs", "Dossier afsluiten"),
        QCoreApplication.translate("CareDialogs", "&Afsluiten"),
        parent,
    )
    f = dlg.form
    on = DateField()
    on.set_value(today)
    f.add(
        "closed_on",
        QCoreApplication.translate("CareDialogs", "&Datum afsluiting:"),
        on,
        QCoreApplication.translate("CareDialogs", "Vanaf deze datum loopt de bewaartermijn"),
    )
    reason = combo(list(c.CLOSE_REASON_LABELS.items()))
    f.add("reason", QCoreApplication.translate("CareDialogs", "&Reden:"), reason)
    summary = text_box(4)
    f.add("summary", QCoreApplication.translate("CareDialogs", "&Samenvatting:"), summary)

    def submit() -> Any:
        days = dlg.dates("closed_on")
        if days is None:
            return False
        return save(
            c.Closure(
                dossier_id=dossier_id,
                closed_on=days["closed_on"],
                reason=combo_key(reason),
                summary=summary.toPlainText().strip(),
            )
        )

    dlg.submit = submit
    return dlg


__all__ = ["FormDialog", "plain"]
