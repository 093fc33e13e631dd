"""Dossier tabs "Brieven" (make a letter: template, recipient, field picker, consent gate,
preview, print, save) and "Documenten" (add, view, save). Listed in ui/features.py.

Letters and documents are shown from memory; saving outside the app happens only on an
explicit "Opslaan als" with a warning that the file is not encrypted. Every letter made,
printed or saved lands in the verstrekkingenregister (shown at the bottom of the tab).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import StoreError
from desktop.events import Change
from desktop.letters import (
    DOCUMENT_KINDS,
    FieldSelection,
    LetterRequest,
    LetterService,
    Template,
    get_template,
)
from desktop.letters.service import MIN_REASON_CHARS, ConsentCheck, Letter, extension_for
from desktop.session import Session
from ui.cases.dossier_tabs import DossierTabContext, DossierTabSpec
from ui.drafts import FormDraft, discard_draft
from ui.layout import ReflowSplitter
from ui.letters.viewer import DocumentViewer
from ui.messages import message_text
from ui.operations import Operation, error_text
from ui.widgets import (
    PrintJob,
    add_row,
    documents_folder,
    error_label,
    list_tree,
    print_pdf,
    show_message,
)

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def action_label(action: str) -> str:
    labels = {
        "made": QCoreApplication.translate("LetterTabs", "gemaakt"),
        "printed": QCoreApplication.translate("LetterTabs", "afgedrukt"),
        "saved": QCoreApplication.translate("LetterTabs", "opgeslagen"),
    }
    return labels.get(action, action)


def kind_label(kind: str) -> str:
    labels = {
        "toestemmingsverklaring": QCoreApplication.translate(
            "LetterTabs", "Toestemmingsverklaring (getekend)"
        ),
        "beschikking": QCoreApplication.translate("LetterTabs", "Beschikking (B8, IND, ...)"),
        "verslag": QCoreApplication.translate("LetterTabs", "Verslag (intake opvang, ...)"),
        "brief": QCoreApplication.translate("LetterTabs", "Brief"),
        "identiteit": QCoreApplication.translate("LetterTabs", "Identiteitsbewijs"),
        "anders": QCoreApplication.translate("LetterTabs", "Anders"),
    }
    return labels.get(kind, kind)


def _ts(iso: str) -> str:
    """'2026-11-23T10:04:05...' -> '23-11-2026 10:04' (UTC as stored)."""
    return f"{iso[8:10]}-{iso[5:7]}-{iso[0:4]} {iso[11:16]}" if len(iso) >= 16 else iso


def template_title(name: str) -> str:
    try:
        return get_template(name).title
    except StoreError:
        return name


def _documents_folder() -> Path:
    return documents_folder()


def confirm_unencrypted(parent: QWidget, what: str) -> bool:
    """The warning before anything leaves the encrypted store as a file."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("LetterTabs", "Niet versleuteld opslaan"),
        QCoreApplication.translate(
            "LetterTabs",
            "{what} wordt opgeslagen als gewoon bestand, <b>niet versleuteld</b>. Iedereen "
            "die bij dit bestand kan, kan het lezen. Sla het alleen op als het echt nodig "
            "is, op een veilige plek, en verwijder het daarna (ook uit de prullenbak). "
            "Het opslaan wordt vastgelegd in het verstrekkingenregister.<br><br>Doorgaan?",
        ).format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class ConsentGateDialog(QDialog):
    """No valid consent: the coordinator records a reason to proceed, or stops."""

    def __init__(self, template: Template, recipient: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geen geldige toestemming"))
        self.setModal(True)
        text = QLabel(
            self.tr(
                "Er is geen geldige, niet-ingetrokken toestemming van de cliënt voor "
                "<b>{template}</b> aan <b>{recipient}</b>.<br><br>Zonder toestemming mag u "
                "alleen gegevens verstrekken als daar een zwaarwegende reden voor is, "
                "bijvoorbeeld acuut gevaar. Leg die reden vast; hij wordt bewaard bij de "
                "brief en in het verstrekkingenregister."
            ).format(template=_html(template.title), recipient=_html(recipient or self.tr("?")))
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Bijvoorbeeld: acuut gevaar, cliënt moet vandaag weg")
        )
        self.reason.setMinimumHeight(80)
        label = QLabel(self.tr("&Reden om toch te verstrekken"))
        label.setBuddy(self.reason)
        self.reason.setAccessibleName(self.tr("Reden om toch te verstrekken"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Brief toch &maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        self._update()

    def reason_text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def _update(self) -> None:
        self.ok.setEnabled(len(self.reason_text()) >= MIN_REASON_CHARS)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FieldPicker(QTreeWidget):
    """Sections with checkable fields; the template's minimal set is ticked by default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Velden in de brief"))
        self.setAccessibleDescription(
            self.tr("Vink alleen aan wat de ontvanger nodig heeft. Spatie wisselt een vinkje.")
        )
        self.selection: FieldSelection | None = None
        self.itemChanged.connect(self._item_changed)

    def load(self, selection: FieldSelection) -> None:
        self.selection = selection
        self.blockSignals(True)
        self.clear()
        for section in selection.template.sections:
            parent = QTreeWidgetItem(self, [section.title])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for spec in section.fields:
                label = spec.label + (self.tr(" (invullen)") if spec.input else "")
                item = QTreeWidgetItem(parent, [label])
                item.setData(0, KEY_ROLE, spec.key)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable |
                              Qt.ItemFlag.ItemIsSelectable)  # fmt: skip
                on = selection.is_ticked(spec.key)
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                if spec.default:
                    item.setToolTip(0, self.tr("Standaard aangevinkt (minimale set)"))
        self.expandAll()
        self.blockSignals(False)

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and child.data(0, KEY_ROLE) == key:
                    return child
        return None

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if self.selection is not None and key:
            self.selection.set(str(key), item.checkState(0) == Qt.CheckState.Checked)


class LettersTab(FormDraft, QWidget):
    """Brieven in one dossier: make, preview, print, save; the letters made and the
    register of this dossier. A letter being written (template, recipient, ticked fields,
    typed fields) is a draft through a lock (ui/drafts.py)."""

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.dossier_id = tab.dossier_id
        self.service: LetterService = tab.ctx.require_session().letters
        self.current_letter: str | None = None  # id of the kept letter in the preview
        self.operation: Operation[Any] | None = None
        self.print_job: PrintJob | None = None
        self.selection: FieldSelection | None = None
        self.gate: ConsentGateDialog | None = None
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.error = error_label()

        # -- left: make a letter ----------------------------------------------------------
        self.template = QComboBox()
        for tpl in self.service.templates():
            self.template.addItem(tpl.title + (" (EN)" if tpl.language == "en" else ""), tpl.name)
        self.recipient = QComboBox()
        self.consent_state = QLabel()
        self.consent_state.setWordWrap(True)
        # two lines at least: a splitter pane does not grow for a wrapped label
        self.consent_state.setMinimumHeight(2 * self.consent_state.fontMetrics().lineSpacing() + 4)
        self.consent_state.setAccessibleName(self.tr("Toestemming"))
        form = QFormLayout()
        add_row(form, self.tr("&Sjabloon"), self.template)
        add_row(form, self.tr("&Ontvanger"), self.recipient)
        form.addRow(self.consent_state)
        self.picker = FieldPicker()
        picker_label = QLabel(self.tr("&Velden (alleen wat de ontvanger nodig heeft)"))
        picker_label.setBuddy(self.picker)
        self.inputs_box = QGroupBox(self.tr("Invulvelden"))
        self.inputs_form = QFormLayout(self.inputs_box)
        self.letterhead_button = QPushButton(self.tr("Brie&fpapier…"))
        self.letterhead_button.clicked.connect(self.edit_letterhead)
        self.letterhead_dialog: QDialog | None = None
        self.reset_button = QPushButton(self.tr("Stan&daardselectie"))
        self.preview_button = QPushButton(self.tr("Voo&rbeeld"))
        self.make_button = QPushButton(self.tr("Brief &maken"))
        self.make_button.setDefault(True)
        buttons = QHBoxLayout()
        for b in (self.reset_button, self.preview_button, self.make_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.letterhead_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addLayout(form)
        lv.addWidget(picker_label)
        lv.addWidget(self.picker, 3)
        lv.addWidget(self.inputs_box)
        lv.addLayout(buttons)
        lv.addWidget(self.error)

        # -- right: preview ---------------------------------------------------------------
        self.viewer = DocumentViewer()
        self.preview_title = QLabel(self.tr("Voorbeeld"))
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.save_button = QPushButton(self.tr("Opslaan als &PDF…"))
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)
        pbuttons = QHBoxLayout()
        pbuttons.addWidget(self.preview_title, 1)
        pbuttons.addWidget(self.print_button)
        pbuttons.addWidget(self.save_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addLayout(pbuttons)
        rv.addWidget(self.viewer, 1)

        # -- bottom: letters made and the register ------------------------------------------
        self.letters = list_tree(
            [self.tr("Datum"), self.tr("Brief"), self.tr("Ontvanger"), self.tr("Grond")],
            self.tr("Gemaakte brieven"),
            fit_columns=True,
        )
        self.register = list_tree(
            [self.tr("Datum"), self.tr("Handeling"), self.tr("Ontvanger"), self.tr("Brief"),
             self.tr("Velden"), self.tr("Door"), self.tr("Toestemming of reden")],
            self.tr("Verstrekkingenregister van dit dossier"), fit_columns=True)  # fmt: skip
        # side by side when the columns fit, one above the other in a narrow window
        bottom = ReflowSplitter(
            need=lambda: self.letters.header().length() + self.register.header().length() + 60
        )
        for title, widget in ((self.tr("Gemaakte brieven"), self.letters),
                              (self.tr("Verstrekkingen"), self.register)):  # fmt: skip
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            bottom.addWidget(box)

        top = ReflowSplitter(0.4, need=lambda: left.minimumSizeHint().width() + 360)
        top.addWidget(left)
        top.addWidget(right)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(bottom)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

        self.template.currentIndexChanged.connect(self._template_changed)
        self.recipient.currentIndexChanged.connect(self._update_consent)
        self.reset_button.clicked.connect(self._reset)
        self.preview_button.clicked.connect(self.preview)
        self.make_button.clicked.connect(self.make)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        self.letters.itemActivated.connect(self._letter_chosen)
        self.letters.currentItemChanged.connect(lambda cur, _prev: self._letter_chosen(cur))
        tab.ctx.changed.connect(self._changed)
        tab.ctx.locked.connect(self.viewer.clear)  # wipe the shown letter on lock
        self._load_recipients()
        self._template_changed()
        self.refresh_lists()
        self.mark_clean()

    # -- drafts (ui/drafts.py) -----------------------------------------------------------
    def draft_key(self) -> str:
        return f"letter:{self.dossier_id}"

    def draft_dossier_id(self) -> str | None:
        return self.dossier_id

    def draft_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "template": self.template_name(),
            "recipient": self.recipient_id() or "",
            "fields": sorted(self.selection.selected) if self.selection else [],
        }
        for key, w in self.inputs.items():
            values[f"input:{key}"] = w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
        return values

    def apply_draft_values(self, values: dict[str, Any]) -> None:
        name = values.get("template")
        if isinstance(name, str) and self.template.findData(name) >= 0:
            self.template.setCurrentIndex(self.template.findData(name))  # new fields
        recipient = values.get("recipient")
        if isinstance(recipient, str):
            self.recipient.setCurrentIndex(max(0, self.recipient.findData(recipient)))
        fields = values.get("fields")
        if isinstance(fields, list) and self.selection is not None:
            for key in self.selection.template.field_keys:
                self.selection.set(key, key in fields)
            self.picker.load(self.selection)
        for key, w in self.inputs.items():
            text = values.get(f"input:{key}")
            if isinstance(text, str):
                if isinstance(w, QPlainTextEdit):
                    w.setPlainText(text)
                else:
                    w.setText(text)

    def is_dirty(self) -> bool:
        """Something typed, or fields ticked beyond the template's set; choosing a template
        or a recipient alone is no unsaved work."""
        if not super().is_dirty():
            return False
        typed = any(
            (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()
            for w in self.inputs.values()
        )
        defaults = self.selection.template.default_fields if self.selection else frozenset()
        picked = self.selection is not None and self.selection.selected != defaults
        return typed or picked

    # -- state ---------------------------------------------------------------------------
    def template_name(self) -> str:
        return str(self.template.currentData())

    def recipient_id(self) -> str | None:
        data = self.recipient.currentData()
        return str(data) if data else None

    def _load_recipients(self) -> None:
        current = self.recipient_id()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItem(self.tr("(geen ontvanger)"), "")
        for org in self.service.recipients():
            self.recipient.addItem(org.name, org.id)
        if current:
            idx = self.recipient.findData(current)
            if idx >= 0:
                self.recipient.setCurrentIndex(idx)
        self.recipient.blockSignals(False)

    def _template_changed(self) -> None:
        tpl = self.service.template(self.template_name())
        self.selection = FieldSelection.defaults(tpl)
        self.picker.load(self.selection)
        while self.inputs_form.rowCount():
            self.inputs_form.removeRow(0)
        self.inputs = {}
        for spec in tpl.input_fields:
            edit: QLineEdit | QPlainTextEdit
            if spec.long:
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(64)
            else:
                edit = QLineEdit()
            add_row(self.inputs_form, spec.label, edit)
            self.inputs[spec.key] = edit
        self.inputs_box.setVisible(bool(self.inputs))
        self._update_consent()

    def _reset(self) -> None:
        if self.selection is not None:
            self.selection.reset()
            self.picker.load(self.selection)

    def consent_check(self) -> ConsentCheck:
        return self.service.check_consent(
            self.dossier_id, self.template_name(), self.recipient_id()
        )

    def _update_consent(self) -> None:
        try:
            check = self.consent_check()
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        if not check.required:
            text, colour = self.tr("Voor dit sjabloon is geen toestemming nodig."), "#5f6368"
        elif check.best is not None:
            c = check.best
            until = (
                c.valid_until.strftime("%d-%m-%Y") if c.valid_until else self.tr("geen einddatum")
            )
            given = c.given_on.strftime("%d-%m-%Y") if c.given_on else "?"
            text = self.tr("Geldige toestemming: gegeven op {given}, geldig tot {until}.").format(
                given=given, until=until
            )
            colour = "#1e6b35"
        else:
            text = self.tr(
                "Geen geldige toestemming voor deze ontvanger en dit doel. Bij het maken "
                "vraagt Baken om een reden."
            )
            colour = "#a4262c"
        self.consent_state.setText(text)
        self.consent_state.setStyleSheet(f"color: {colour};")

    def request(self, reason: str = "") -> LetterRequest:
        assert self.selection is not None
        inputs = {
            key: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
            for key, w in self.inputs.items()
        }
        return LetterRequest(
            dossier_id=self.dossier_id,
            template=self.template_name(),
            recipient_org_id=self.recipient_id(),
            fields=self.selection.selected,
            inputs=inputs,
            reason=reason,
        )

    # -- actions ---------------------------------------------------------------------------
    def edit_letterhead(self) -> None:
        from ui.letters.letterhead import LetterheadDialog

        self.letterhead_dialog = LetterheadDialog(self.tab.ctx, self)
        self.letterhead_dialog.open()

    def preview(self) -> None:
        show_message(self.error, "")
        try:
            rendered = self.service.preview(self.request())
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        self._show(rendered.pdf, None, self.tr("Voorbeeld (concept, niet bewaard)"))

    def make(self) -> None:
        show_message(self.error, "")
        tpl = self.service.template(self.template_name())
        if tpl.recipient_required and not self.recipient_id():
            show_message(self.error, self.tr("Kies een ontvanger (ketenpartner)."))
            self.recipient.setFocus()
            return
        try:
            check = self.consent_check()
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        if not check.ok:
            self.gate = ConsentGateDialog(tpl, self.recipient.currentText(), self)
            self.gate.accepted.connect(
                lambda: self._make(self.gate.reason_text() if self.gate else "")
            )
            self.gate.open()
            return
        self._make("")

    def _make(self, reason: str) -> None:
        """Render, keep and read the letter back on a worker (its own session); the letter
        lists and the register refresh from the one notification afterwards."""
        try:
            request = self.request(reason)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return

        def work(session: Session) -> tuple[Letter, bytes]:
            letter = session.letters.make(request)
            return letter, session.letters.letter_pdf(letter.id)

        def done(out: tuple[Letter, bytes]) -> None:
            self.operation = None
            self.mark_clean()  # made and kept in the dossier: no longer unsaved
            discard_draft(self.tab.ctx, self)
            letter, pdf = out
            title = self.tr("{title} — bewaard in het dossier").format(title=letter.title)
            self._show(pdf, letter.id, title)

        def failed(exc: BaseException) -> None:
            self.operation = None
            show_message(self.error, error_text(exc))

        self.operation = self.tab.ctx.op(
            self, work, done, failed, slow=True, label=self.tr("Brief maken…")
        )

    def _show(self, pdf: bytes, letter_id: str | None, title: str) -> None:
        self.current_letter = letter_id
        self.viewer.show_pdf(pdf)
        self.preview_title.setText(title)
        self.print_button.setEnabled(letter_id is not None)
        self.save_button.setEnabled(letter_id is not None)

    def print_letter(self) -> None:
        if self.current_letter is None:
            return
        try:
            pdf = self.service.letter_pdf(self.current_letter)
            title = self.service.letter(self.current_letter).title
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        letter_id = self.current_letter

        def printed(_pages: int) -> None:
            self.tab.ctx.inline(self.service.record_print)(letter_id)

        self.print_job = print_pdf(self, pdf, title, printed)

    def save_letter(self) -> None:
        if self.current_letter is None or not confirm_unencrypted(self, self.tr("De brief")):
            return
        meta = self.service.letter(self.current_letter)
        suggested = _documents_folder() / f"brief-{meta.template}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Brief opslaan als PDF"), str(suggested), self.tr("PDF-bestanden (*.pdf)")
        )
        if name:
            self.save_letter_to(Path(name))

    def save_letter_to(self, path: Path) -> bool:
        if self.current_letter is None:
            return False
        try:
            self.tab.ctx.inline(self.service.save_letter)(self.current_letter, path)
        except (StoreError, OSError):
            show_message(self.error, self.tr("De brief kon niet worden opgeslagen."))
            return False
        return True

    def _letter_chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        letter_id = str(item.data(0, ID_ROLE))
        try:
            pdf = self.service.letter_pdf(letter_id)
            meta = self.service.letter(letter_id)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        self._show(
            pdf,
            letter_id,
            self.tr("{title} — bewaard op {when}").format(
                title=meta.title, when=_ts(meta.created_at)
            ),
        )

    # -- lists -------------------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        if self.dossier_id in change.removed:
            return  # destroyed: the dossier view closes
        if change.touches("organisation"):
            self._load_recipients()
        if change.touches("consent"):
            self._update_consent()
        if change.touches("letter", "disclosure") and (
            not change.ids or self.dossier_id in change.ids
        ):
            self.refresh_lists()

    def refresh_lists(self) -> None:
        try:
            letters = self.service.letters(self.dossier_id)
            register = self.service.disclosures(self.dossier_id)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        self.letters.blockSignals(True)
        self.letters.clear()
        for letter in letters:
            ground = (
                self.tr("toestemming")
                if letter.consent_id
                else (
                    self.tr("reden: ") + letter.reason if letter.reason else self.tr("niet nodig")
                )
            )
            item = QTreeWidgetItem(
                [_ts(letter.created_at), letter.title, letter.recipient_name or "—", ground]
            )
            item.setData(0, ID_ROLE, letter.id)
            self.letters.addTopLevelItem(item)
        self.letters.blockSignals(False)
        self.register.clear()
        for d in register:
            ground = self.tr("toestemming") if d.consent_id else (d.reason or "—")
            what = template_title(d.template) if d.template else self.tr("document")
            self.register.addTopLevelItem(
                QTreeWidgetItem(
                    [_ts(d.disclosed_at), action_label(d.action),
                     d.recipient_name or "—", what, str(len(d.fields)), d.actor, ground]
                )
            )  # fmt: skip


class AddDocumentDialog(QDialog):
    """Kind and (optionally) the consent a document belongs to."""

    def __init__(self, filename: str, consents: list[tuple[str, str]], parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document toevoegen"))
        self.kind = QComboBox()
        for key in DOCUMENT_KINDS:
            self.kind.addItem(kind_label(key), key)
        self.consent = QComboBox()
        self.consent.addItem(self.tr("(geen)"), "")
        for cid, label in consents:
            self.consent.addItem(label, cid)
        self.notes = QLineEdit()
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Bestand: {name}").format(name=filename)))
        add_row(form, self.tr("&Soort"), self.kind)
        add_row(form, self.tr("Hoort bij &toestemming"), self.consent)
        add_row(form, self.tr("&Notitie"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DocumentsTab(QWidget):
    """Documents in the dossier: add (file dialog or drag and drop), view, save as."""

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.dossier_id = tab.dossier_id
        self.service: LetterService = tab.ctx.require_session().letters
        self.error = error_label()
        self.setAcceptDrops(True)
        self.list = list_tree(
            [self.tr("Ontvangen"), self.tr("Soort"), self.tr("Bestand"), self.tr("Grootte")],
            self.tr("Documenten in dit dossier"),
            fit_columns=True,
        )
        self.add_button = QPushButton(self.tr("Document &toevoegen…"))
        self.save_button = QPushButton(self.tr("Opslaan &als…"))
        self.save_button.setEnabled(False)
        hint = QLabel(
            self.tr("PDF, JPG of PNG, hoogstens 50 MB. U kunt bestanden ook hierheen slepen.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addLayout(buttons)
        lv.addWidget(hint)
        lv.addWidget(self.list, 1)
        lv.addWidget(self.error)
        self.viewer = DocumentViewer()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.viewer)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 660])
        QVBoxLayout(self).addWidget(split)
        self.add_button.clicked.connect(self._add_dialog)
        self.save_button.clicked.connect(self._save_dialog)
        self.list.currentItemChanged.connect(lambda cur, _prev: self._chosen(cur))
        tab.ctx.changed.connect(self._changed)
        tab.ctx.locked.connect(self.viewer.clear)  # wipe the shown document on lock
        self.refresh()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def _changed(self, change: Change) -> None:
        if self.dossier_id in change.removed:
            return  # destroyed: the dossier view closes
        if change.touches("document") and (not change.ids or self.dossier_id in change.ids):
            self.refresh()

    def refresh(self) -> None:
        try:
            docs = self.service.documents(self.dossier_id)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        self.list.blockSignals(True)
        self.list.clear()
        for d in docs:
            size = (
                f"{d.size / 1024:.0f} kB" if d.size < 1024 * 1024 else f"{d.size / 1048576:.1f} MB"
            )
            item = QTreeWidgetItem(
                [_fmt_iso_date(d.received_on), kind_label(d.kind),
                 d.filename or "—", size]
            )  # fmt: skip
            item.setData(0, ID_ROLE, d.id)
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        self.save_button.setEnabled(False)

    def _consents(self) -> list[tuple[str, str]]:

        out = []
        for c in self.tab.ctx.require_session().cases.consents(self.dossier_id):
            given = c.given_on.strftime("%d-%m-%Y") if c.given_on else "?"
            out.append((c.id, f"{c.purpose} — {given}"))
        return out

    def add_file(self, path: Path, kind: str = "anders", consent_id: str | None = None,
                 notes: str = "") -> bool:  # fmt: skip
        show_message(self.error, "")
        try:
            self.tab.ctx.inline(self.service.add_document_file)(
                self.dossier_id, path, kind=kind, consent_id=consent_id or None, notes=notes
            )
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return False
        return True

    def _add_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Document toevoegen"), str(_documents_folder()),
            self.tr("Documenten (*.pdf *.jpg *.jpeg *.png)"),
        )  # fmt: skip
        if name:
            self._ask_and_add(Path(name))

    def _ask_and_add(self, path: Path) -> None:
        dlg = AddDocumentDialog(path.name, self._consents(), self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.add_file(path, str(dlg.kind.currentData()), str(dlg.consent.currentData()),
                          dlg.notes.text())  # fmt: skip

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self._ask_and_add(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        self.save_button.setEnabled(item is not None)
        if item is None:
            self.viewer.clear()
            return
        doc_id = str(item.data(0, ID_ROLE))
        try:
            meta = self.service.document(doc_id)
            content = self.service.document_content(doc_id)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        if not self.viewer.show_document(content, meta.mime):
            show_message(self.error, self.tr("Dit document kan niet worden getoond."))

    def _save_dialog(self) -> None:
        doc_id = self.current_id()
        if doc_id is None or not confirm_unencrypted(self, self.tr("Het document")):
            return
        meta = self.service.document(doc_id)
        suggested = _documents_folder() / f"document.{extension_for(meta.mime)}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Document opslaan als"), str(suggested))
        if name:
            try:
                self.tab.ctx.inline(self.service.save_document)(doc_id, Path(name))
            except (StoreError, OSError):
                show_message(self.error, self.tr("Het document kon niet worden opgeslagen."))


def _fmt_iso_date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d-%m-%Y")
    except ValueError:
        return iso


# Listed in ui/features.py (the one list of dossier tabs).
TABS = [
    DossierTabSpec(
        "brieven",
        lambda: QCoreApplication.translate("Tabs", "Brieven"),
        lambda tab, parent: LettersTab(tab, parent),
        90,
    ),
    DossierTabSpec(
        "documenten",
        lambda: QCoreApplication.translate("Tabs", "Documenten"),
        lambda tab, parent: DocumentsTab(tab, parent),
        95,
    ),
]
