"""The reading view of one note: the full text, who wrote it and when, "gewijzigd" with
every earlier version when it was corrected, and "Corrigeren" (the correction keeps the
version it replaces; ``CaseService.update_note``)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import CaseService, Note, NoteRevision, model
from desktop.errors import ValidationError
from ui.cases import labels
from ui.cases.common import DateField, FieldForm, combo, combo_key, fmt_date, set_combo
from ui.context import AppContext
from ui.drafts import DialogDraft, GuardedDialog
from ui.qt_compat import emit
from ui.widgets import list_tree


def fmt_stamp(iso_utc: str) -> str:
    """An ISO UTC timestamp as local 'dd-mm-jjjj uu:mm'."""
    if not iso_utc:
        return ""
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def when(note: Note | NoteRevision) -> str:
    """'dd-mm-jjjj uu:mm' (the time only when the note has one)."""
    day = fmt_date(note.occurred_on)
    return f"{day} {note.occurred_at}".strip()


class NoteDialog(DialogDraft, GuardedDialog, QDialog):
    """Opened with the note's id; reads it (audited ``note.view``) and its history. A
    correction in progress is a draft (ui/drafts.py): Escape asks, a lock keeps it."""

    corrected = Signal(object)  # the corrected Note

    def __init__(
        self,
        ctx: AppContext,
        service: CaseService,
        note_id: str,
        *,
        initiator: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.initiator = initiator or self
        self.setWindowTitle(QCoreApplication.translate("NoteView", "Notitie"))
        self.resize(760, 560)
        self.note = service.get_note(note_id)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        self.changed_label = QLabel()
        self.changed_label.setWordWrap(True)
        self.changed_label.setStyleSheet("color: #8a5300; font-weight: bold;")
        layout.addWidget(self.changed_label)

        self.form = FieldForm()
        self.kind = combo((k, labels.note_kind(k)) for k in model.NOTE_KINDS)
        self.kind.setMaximumWidth(220)
        self.occurred_on = DateField()
        self.occurred_at = QLineEdit()
        self.occurred_at.setPlaceholderText(QCoreApplication.translate("NoteView", "uu:mm"))
        self.occurred_at.setMaximumWidth(80)
        self.form.add("kind", QCoreApplication.translate("NoteView", "&Soort:"), self.kind)
        self.form.add(
            "occurred_on", QCoreApplication.translate("NoteView", "&Datum:"), self.occurred_on
        )
        self.form.add(
            "occurred_at", QCoreApplication.translate("NoteView", "&Tijd:"), self.occurred_at
        )
        self.form.hide()
        layout.addWidget(self.form)

        split = QSplitter(Qt.Orientation.Vertical)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(QCoreApplication.translate("NoteView", "Tekst van de notitie"))
        split.addWidget(self.text)
        history = QWidget()
        hbox = QVBoxLayout(history)
        hbox.setContentsMargins(0, 0, 0, 0)
        self.history_title = QLabel(
            f"<b>{QCoreApplication.translate('NoteView', 'Eerdere versies')}</b>"
        )
        hbox.addWidget(self.history_title)
        self.history = list_tree(
            [
                QCoreApplication.translate("NoteView", "Versie"),
                QCoreApplication.translate("NoteView", "Datum en tijd"),
                QCoreApplication.translate("NoteView", "Geschreven"),
                QCoreApplication.translate("NoteView", "Vervangen"),
            ],
            QCoreApplication.translate("NoteView", "Eerdere versies"),
            fit_columns=True,
        )
        self.history.currentItemChanged.connect(self._show_revision)
        hbox.addWidget(self.history)
        self.revision_text = QPlainTextEdit()
        self.revision_text.setReadOnly(True)
        self.revision_text.setAccessibleName(
            QCoreApplication.translate("NoteView", "Tekst van de eerdere versie")
        )
        hbox.addWidget(self.revision_text)
        split.addWidget(history)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.history_box = history
        layout.addWidget(split, 1)

        self.buttons = QDialogButtonBox()
        self.correct_button = QPushButton(QCoreApplication.translate("NoteView", "&Corrigeren"))
        self.correct_button.clicked.connect(self.start_correction)
        self.save_button = QPushButton(QCoreApplication.translate("NoteView", "Correctie &opslaan"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("NoteView", "Correctie &annuleren")
        )
        self.cancel_button.clicked.connect(self.stop_correction)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(QCoreApplication.translate("NoteView", "Sl&uiten"))
        self.buttons.rejected.connect(self.reject)
        for b in (self.correct_button, self.save_button, self.cancel_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)
        self.revisions: list[NoteRevision] = []
        self._show()
        self.stop_correction()

    def draft_fields(self) -> dict[str, QWidget]:
        return {**self.form.fields, "text": self.text}

    def is_dirty(self) -> bool:
        return self.editing and super().is_dirty()

    def restore_draft(self, payload: dict[str, object]) -> None:
        if not self.editing:
            self.start_correction()
        super().restore_draft(payload)

    def save_editor(self) -> bool:
        self.save()
        return not self.editing

    # -- reading --------------------------------------------------------------------------
    def _show(self) -> None:
        n = self.note
        self.header.setText(
            QCoreApplication.translate("NoteView", "<b>%1</b> · %2 · geschreven door %3")
            .replace("%1", when(n))
            .replace("%2", labels.note_kind(n.kind))
            .replace("%3", n.created_by or "—")
        )
        self.text.setPlainText(n.text)
        if n.revisions:
            self.changed_label.setText(
                QCoreApplication.translate(
                    "NoteView",
                    "Gewijzigd: %1 eerdere versie(s); laatst gecorrigeerd door %2 op %3.",
                )
                .replace("%1", str(n.revisions))
                .replace("%2", n.updated_by or "—")
                .replace("%3", fmt_stamp(n.updated_at))
            )
            self.revisions = self.service.note_history(n.id)
        else:
            self.changed_label.setText("")
            self.revisions = []
        self.changed_label.setVisible(bool(n.revisions))
        self.history_box.setVisible(bool(self.revisions))
        self.history.clear()
        for r in self.revisions:
            label = (
                QCoreApplication.translate("NoteView", "Origineel")
                if r.revision == 1
                else str(r.revision)
            )
            item = QTreeWidgetItem(
                self.history,
                [
                    label,
                    when(r),
                    f"{fmt_stamp(r.written_at)} · {r.written_by}",
                    f"{fmt_stamp(r.replaced_at)} · {r.replaced_by}",
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, r.revision)
        first = self.history.topLevelItem(0)
        if self.revisions and first is not None:
            self.history.setCurrentItem(first)

    def _show_revision(self, item: QTreeWidgetItem | None, _old: object = None) -> None:
        if item is None:
            self.revision_text.clear()
            return
        number = item.data(0, Qt.ItemDataRole.UserRole)
        rev = next((r for r in self.revisions if r.revision == number), None)
        self.revision_text.setPlainText(rev.text if rev is not None else "")

    # -- correcting -----------------------------------------------------------------------
    def start_correction(self) -> None:
        set_combo(self.kind, self.note.kind)
        self.occurred_on.set_value(self.note.occurred_on)
        self.occurred_at.setText(self.note.occurred_at)
        self.form.clear_errors()
        self.form.show()
        self.text.setReadOnly(False)
        self.text.setFocus()
        self.correct_button.hide()
        self.save_button.show()
        self.cancel_button.show()
        self.mark_clean()

    def stop_correction(self) -> None:
        self.form.hide()
        self.form.clear_errors()
        self.text.setReadOnly(True)
        self.text.setPlainText(self.note.text)
        self.correct_button.show()
        self.save_button.hide()
        self.cancel_button.hide()
        self.mark_clean()

    @property
    def editing(self) -> bool:
        return not self.text.isReadOnly()

    def save(self) -> None:
        self.form.clear_errors()
        days = self.form.dates(("occurred_on",))
        if days is None:
            return
        changed = Note(
            **{
                **self.note.__dict__,
                "kind": combo_key(self.kind),
                "occurred_on": days["occurred_on"],
                "occurred_at": self.occurred_at.text().strip(),
                "text": self.text.toPlainText().strip(),
            }
        )
        try:
            out = self.ctx.inline(self.service.update_note, initiator=self.initiator)(changed)
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.note = out
        self.stop_correction()
        self._show()
        emit(self.corrected, out)
