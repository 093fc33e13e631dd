"""The intake form (person + dossier), used in the "Nieuw dossier" dialog and as the
Intake tab of the dossier view. Every validation message appears next to its field;
saving is all-or-nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import CaseService, Dossier, Person, Signal, model
from desktop.cases import validation as v
from desktop.errors import ValidationError
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
from ui.countries import CountryCombo
from ui.drafts import FormDraft, GuardedDialog
from ui.widgets import bound_to_screen, heading


def text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class IntakeForm(FormDraft, FieldForm):
    """Person and dossier fields. ``collect()`` returns (person, dossier) or None with the
    messages shown."""

    DATE_FIELDS = (
        "birth_date",
        "opened_on",
        "bedenktijd_start",
        "bedenktijd_end",
        "aangifte_on",
        "informatief_gesprek_on",
    )

    def __init__(
        self, service: CaseService, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.person = Person()
        self.dossier = Dossier(owner=service.actor)
        self.signal_id: str | None = None  # set: the intake follows this signal
        # How the write runs: the owner sets ``ctx.run`` (one operation, changes published
        # once afterwards); plain call by default.
        self.run: Callable[[Callable[[], Dossier]], Dossier] = lambda fn: fn()

        self.add_section(QCoreApplication.translate("Intake", "Persoon"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.alias = QLineEdit()
        self.birth_date = DateField()
        self.birth_year = QLineEdit()
        self.birth_year.setMaximumWidth(80)
        self.birth_year.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.birth_year)
        )
        self.birth_year.setPlaceholderText(QCoreApplication.translate("Intake", "jjjj"))
        self.gender = combo((k, labels.gender(k)) for k in model.GENDERS)
        self.nationality = CountryCombo(language)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(QCoreApplication.translate("Intake", "bijv. ro, en"))
        self.interpreter = QCheckBox(QCoreApplication.translate("Intake", "Tolk nodig"))
        self.safe_contact = text_box(2)
        self.add("first_name", QCoreApplication.translate("Intake", "&Voornaam:"), self.first_name)
        self.add("last_name", QCoreApplication.translate("Intake", "&Achternaam:"), self.last_name)
        self.add(
            "alias",
            QCoreApplication.translate("Intake", "A&lias:"),
            self.alias,
            QCoreApplication.translate("Intake", "Een alias zonder echte naam is toegestaan"),
        )
        self.add(
            "birth_date", QCoreApplication.translate("Intake", "&Geboortedatum:"), self.birth_date
        )
        self.add(
            "birth_year_estimated",
            QCoreApplication.translate("Intake", "Of geschat geboorte&jaar:"),
            self.birth_year,
        )
        self.add("gender", QCoreApplication.translate("Intake", "Ge&slacht:"), self.gender)
        self.add(
            "nationality",
            QCoreApplication.translate("Intake", "&Nationaliteit:"),
            self.nationality,
            QCoreApplication.translate("Intake", "Kies of typ een land; de landcode wordt bewaard"),
        )
        self.add(
            "languages",
            QCoreApplication.translate("Intake", "&Talen:"),
            self.languages,
            QCoreApplication.translate(
                "Intake", "Taalcodes gescheiden door komma's (ISO 639), bijv. ro, en"
            ),
        )
        self.add(
            "interpreter_needed", QCoreApplication.translate("Intake", "T&olk:"), self.interpreter
        )
        self.add(
            "safe_contact",
            QCoreApplication.translate("Intake", "Veilig &contact:"),
            self.safe_contact,
        )

        self.add_section(QCoreApplication.translate("Intake", "Dossier"))
        self.owner = QLineEdit()
        self.opened_on = DateField()
        self.residence = combo((k, labels.residence(k)) for k in model.RESIDENCE)
        self.bedenktijd_start = DateField()
        self.bedenktijd_end = DateField()
        self.bedenktijd_end.setPlaceholderText(
            QCoreApplication.translate("Intake", "begin + 3 mnd")
        )
        self.bedenktijd_end.setMaximumWidth(150)
        self.aangifte_on = DateField()
        self.informatief_on = DateField()
        self.b8_notes = text_box(2)
        self.forms = CheckList([(k, labels.form(k)) for k in model.FORMS], columns=2)
        self.risks = CheckList(labels.risk_factors(language), columns=2)
        self.exploiter = text_box(2)
        self.children_text = text_box(2)
        self.income = text_box(2)
        self.add("owner", QCoreApplication.translate("Intake", "&Dossierhouder:"), self.owner)
        self.add(
            "opened_on",
            QCoreApplication.translate("Intake", "Startdatu&m:"),
            self.opened_on,
            QCoreApplication.translate("Intake", "Leeg = vandaag"),
        )
        self.add(
            "residence_status",
            QCoreApplication.translate("Intake", "Verblij&fsstatus:"),
            self.residence,
        )
        self.add(
            "bedenktijd_start",
            QCoreApplication.translate("Intake", "&Begin bedenktijd:"),
            self.bedenktijd_start,
        )
        self.add(
            "bedenktijd_end",
            QCoreApplication.translate("Intake", "&Einde bedenktijd:"),
            self.bedenktijd_end,
            QCoreApplication.translate("Intake", "Leeg = begin plus 3 maanden"),
        )
        self.add(
            "aangifte_on",
            QCoreApplication.translate("Intake", "Datum aangifte (B&8):"),
            self.aangifte_on,
        )
        self.add(
            "informatief_gesprek_on",
            QCoreApplication.translate("Intake", "&Informatief gesprek:"),
            self.informatief_on,
        )
        self.add("b8_notes", QCoreApplication.translate("Intake", "B8-gegevens:"), self.b8_notes)
        self.add("forms", QCoreApplication.translate("Intake", "&Uitbuitingsvorm:"), self.forms)
        self.add(
            "risk_factors", QCoreApplication.translate("Intake", "&Risicofactoren:"), self.risks
        )
        self.add(
            "exploiter_relation",
            QCoreApplication.translate("Intake", "Relatie tot uitbuiter:"),
            self.exploiter,
        )
        self.add("children", QCoreApplication.translate("Intake", "&Kinderen:"), self.children_text)
        self.add(
            "income_insurance",
            QCoreApplication.translate("Intake", "Inkomen en ver&zekering:"),
            self.income,
        )
        self.setMaximumWidth(820)
        self.set_data(self.person, self.dossier)

    def set_data(self, person: Person | None, dossier: Dossier) -> None:
        self.clear_errors()
        p = person or Person()
        self.person = p
        self.dossier = dossier
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        self.alias.setText(p.alias)
        self.birth_date.set_value(p.birth_date)
        self.birth_year.setText(str(p.birth_year_estimated or ""))
        set_combo(self.gender, p.gender)
        self.nationality.set_code(p.nationality)
        self.languages.setText(", ".join(p.languages))
        self.interpreter.setChecked(p.interpreter_needed)
        self.safe_contact.setPlainText(p.safe_contact)
        d = dossier
        self.owner.setText(d.owner)
        self.opened_on.set_value(d.opened_on)
        set_combo(self.residence, d.residence_status)
        self.bedenktijd_start.set_value(d.bedenktijd_start)
        self.bedenktijd_end.set_value(d.bedenktijd_end)
        self.aangifte_on.set_value(d.aangifte_on)
        self.informatief_on.set_value(d.informatief_gesprek_on)
        self.b8_notes.setPlainText(d.b8_notes)
        self.forms.set_keys(d.forms)
        self.risks.set_keys(d.risk_factors)
        self.exploiter.setPlainText(d.exploiter_relation)
        self.children_text.setPlainText(d.children)
        self.income.setPlainText(d.income_insurance)
        self.mark_clean()

    # -- DraftSource (ui/drafts.py) ------------------------------------------------------
    def draft_key(self) -> str:
        if self.dossier.id:
            return f"intake:{self.dossier.id}"
        return f"intake:new:{self.signal_id}" if self.signal_id else "intake:new"

    def draft_dossier_id(self) -> str | None:
        return self.dossier.id or None

    def save_editor(self) -> bool:
        """Validate and save (closing the window with Opslaan); errors show at the fields."""
        return self.save() is not None

    def collect(self) -> tuple[Person, Dossier] | None:
        self.clear_errors()
        days = self.dates(self.DATE_FIELDS)
        year_text = self.birth_year.text().strip()
        if days is None:
            return None
        person = dataclasses.replace(
            self.person,
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            alias=self.alias.text().strip(),
            birth_date=days["birth_date"],
            birth_year_estimated=int(year_text) if year_text else None,
            gender=combo_key(self.gender),
            nationality=self.nationality.code(),
            languages=tuple(
                part.strip().lower() for part in self.languages.text().split(",") if part.strip()
            ),
            interpreter_needed=self.interpreter.isChecked(),
            safe_contact=self.safe_contact.toPlainText().strip(),
        )
        dossier = dataclasses.replace(
            self.dossier,
            owner=self.owner.text().strip(),
            opened_on=days["opened_on"] or (self.dossier.opened_on or self.service.clock()),
            residence_status=combo_key(self.residence),
            bedenktijd_start=days["bedenktijd_start"],
            bedenktijd_end=days["bedenktijd_end"],
            aangifte_on=days["aangifte_on"],
            informatief_gesprek_on=days["informatief_gesprek_on"],
            b8_notes=self.b8_notes.toPlainText().strip(),
            forms=self.forms.selected(),
            risk_factors=self.risks.selected(),
            exploiter_relation=self.exploiter.toPlainText().strip(),
            children=self.children_text.toPlainText().strip(),
            income_insurance=self.income.toPlainText().strip(),
        )
        # Check both records first so every message shows at once.
        errors: list[tuple[str, str]] = []
        today: date = self.service.clock()
        try:
            v.validate_person(person, today)
        except v.FieldErrors as err:
            errors.extend(err.errors)
        try:
            v.validate_dossier(dossier, today)
        except v.FieldErrors as err:
            errors.extend(err.errors)
        if errors:
            self.show_errors(v.FieldErrors(errors))
            return None
        return person, dossier

    def save(self) -> Dossier | None:
        """Create (new) or update person and dossier in one transaction."""
        collected = self.collect()
        if collected is None:
            return None
        person, dossier = collected

        def write() -> Dossier:
            if not dossier.id and self.signal_id:
                return self.service.start_intake(self.signal_id, person, dossier)
            if not dossier.id:
                return self.service.create_dossier(dossier, person)
            self.person, saved = self.service.save_person_and_dossier(person, dossier)
            return saved

        try:
            saved = self.run(write)
        except ValidationError as err:
            self.show_errors(err)
            return None
        self.dossier = saved
        self.mark_clean()
        return saved


class IntakeDialog(GuardedDialog, QDialog):
    """Nieuw dossier: a new person and dossier (phase intake)."""

    def __init__(
        self,
        ctx: object,
        service: CaseService,
        parent: QWidget | None = None,
        *,
        signal: Signal | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw dossier (intake)"))
        self.setObjectName("intakeDialog")
        self.created: Dossier | None = None
        language = str(getattr(ctx, "language", "nl"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Nieuw dossier"), 1.3))
        self.form = IntakeForm(service, language)
        run = getattr(ctx, "run", None)
        if run is not None:
            self.form.run = lambda fn: run(lambda _s: fn())
        if signal is not None:
            # Intake after a screening besluit: the signal's forms and signals come along
            # and the signal is linked to the new dossier (CaseService.start_intake).
            self.form.signal_id = signal.id
            self.form.forms.set_keys(signal.forms)
            self.form.alias.setText(signal.person_hint)
            layout.addWidget(
                QLabel(
                    self.tr("Intake na het signaal van %1.").replace(
                        "%1", fmt_date(signal.received_on)
                    )
                )
            )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("O&pslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 780)
        bound_to_screen(self)  # at 150 % the form scrolls inside the screen, errors in view
        self.form.first_name.setFocus()

    def save(self) -> None:
        saved = self.form.save()
        if saved is not None:
            self.created = saved
            self.accept()
