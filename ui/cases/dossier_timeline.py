"""Dossier tab "Tijdlijn": notes newest first, keyset paging of older ones, adding a note
(shown at its place at once: no reload of the dossier, no second ``dossier.view`` row)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import (
    DossierView,
    Note,
    model,
)
from desktop.errors import ValidationError
from ui.cases import labels
from ui.cases.common import (
    DateField,
    FieldForm,
    combo,
    combo_key,
    fmt_date,
)
from ui.cases.dossier_tabs import DossierTabContext
from ui.cases.intake import text_box
from ui.widgets import list_tree as _tree
from ui.widgets import save_row as _save_row
from ui.widgets import show_message


class TimelineTab(QWidget):
    """Notes and contact moments, newest first, with a quick "add note" form."""

    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.view: DossierView | None = None
        layout = QVBoxLayout(self)
        self.form = FieldForm()
        top = QHBoxLayout()
        self.kind = combo((k, labels.note_kind(k)) for k in model.NOTE_KINDS)
        self.kind.setMaximumWidth(220)
        self.occurred_on = DateField()
        self.text = text_box(3)
        self.text.setPlaceholderText(
            QCoreApplication.translate(
                "DossierView", "Wat is er gebeurd of besproken? (Ctrl+Enter voegt toe)"
            )
        )
        self.form.add("kind", QCoreApplication.translate("DossierView", "&Soort:"), self.kind)
        self.form.add(
            "occurred_on",
            QCoreApplication.translate("DossierView", "&Datum:"),
            self.occurred_on,
            QCoreApplication.translate("DossierView", "Leeg = vandaag"),
        )
        self.form.add("text", QCoreApplication.translate("DossierView", "&Notitie:"), self.text)
        top.addWidget(self.form, 1)
        layout.addLayout(top)
        self.add_button = QPushButton(
            QCoreApplication.translate("DossierView", "Notitie &toevoegen")
        )
        self.add_button.clicked.connect(self.add)
        layout.addLayout(_save_row(self.add_button))
        QShortcut(QKeySequence("Ctrl+Return"), self.text, self.add)
        self.list = _tree(
            [
                QCoreApplication.translate("DossierView", "Datum"),
                QCoreApplication.translate("DossierView", "Soort"),
                QCoreApplication.translate("DossierView", "Tekst"),
                QCoreApplication.translate("DossierView", "Door"),
            ],
            QCoreApplication.translate("DossierView", "Tijdlijn"),
        )
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setColumnWidth(0, 95)
        self.list.setColumnWidth(1, 120)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(3, 150)
        layout.addWidget(self.list, 1)
        more_row = QHBoxLayout()
        self.more = QLabel()
        self.more_button = QPushButton(
            QCoreApplication.translate("DossierView", "&Oudere notities laden")
        )
        self.more_button.clicked.connect(self.load_older)
        more_row.addWidget(self.more, 1)
        more_row.addWidget(self.more_button)
        layout.addLayout(more_row)
        self.notes: list[Note] = []
        self.total = 0

    def load_view(self, view: DossierView) -> None:
        self.view = view
        self.list.clear()
        self.notes = []
        self.total = view.timeline_total
        self._append(view.timeline)

    def _append(self, notes: list[Note]) -> None:
        for n in notes:
            item = QTreeWidgetItem(
                self.list,
                [fmt_date(n.occurred_on), labels.note_kind(n.kind), n.text.strip(), n.created_by],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, n.id)
            item.setToolTip(2, n.text)
        self.notes.extend(notes)
        hidden = max(self.total - len(self.notes), 0)
        show_message(
            self.more,
            QCoreApplication.translate("DossierView", "%1 oudere notities niet getoond.").replace(
                "%1", str(hidden)
            )
            if hidden > 0
            else "",
        )
        self.more_button.setVisible(hidden > 0)

    def load_older(self) -> None:
        """The next page of older notes (keyset paging from the last one shown)."""
        if self.view is None or not self.notes:
            return
        older = self.tab.service.timeline(self.view.dossier.id, before=self.notes[-1])
        self._append(older)
        if not older:
            self.more_button.hide()

    def add(self) -> None:
        if self.view is None:
            return
        self.form.clear_errors()
        days = self.form.dates(("occurred_on",))
        if days is None:
            return
        try:
            note = self.tab.ctx.inline(self.tab.service.add_note, initiator=self)(
                Note(
                    dossier_id=self.view.dossier.id,
                    kind=combo_key(self.kind),
                    occurred_on=days["occurred_on"],
                    text=self.text.toPlainText().strip(),
                )
            )
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.insert(note)
        self.text.clear()
        self.occurred_on.clear()

    def insert(self, note: Note) -> None:
        """Show a note this tab just added at its place (newest first), without reloading."""
        key = (note.occurred_on, note.created_at)
        at = next(
            (i for i, n in enumerate(self.notes) if (n.occurred_on, n.created_at) < key),
            len(self.notes),
        )
        if at == len(self.notes) and self.total > len(self.notes):
            self.total += 1  # older than everything shown: it is among the hidden ones
            self._append([])
            return
        item = QTreeWidgetItem(
            [fmt_date(note.occurred_on), labels.note_kind(note.kind), note.text.strip(),
             note.created_by]
        )  # fmt: skip
        item.setData(0, Qt.ItemDataRole.UserRole, note.id)
        item.setToolTip(2, note.text)
        self.list.insertTopLevelItem(at, item)
        self.notes.insert(at, note)
        self.total += 1
        self._append([])
