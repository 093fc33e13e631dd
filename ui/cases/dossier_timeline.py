"""Dossier tab "Tijdlijn": notes newest first (date and time of day), keyset paging of older
ones, adding a note (shown at its place at once: no reload of the dossier, no second
``dossier.view`` row). Double-click or Enter on a note opens it in full
(``ui/cases/note_view.py``), where it can be corrected with its history kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import (
    DossierView,
    Note,
    TimelineEntry,
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
from ui.cases.note_view import NoteDialog, when
from ui.drafts import DialogHost, FormDraft, discard_draft
from ui.widgets import list_tree as _tree
from ui.widgets import save_row as _save_row
from ui.widgets import show_message


def kind_label(kind: str) -> str:
    """The Dutch (or translated) name of a tijdlijn kind."""
    names = {
        "notitie": QCoreApplication.translate("Timeline", "Notitie"),
        "signaal": QCoreApplication.translate("Timeline", "Signaal ontvangen"),
        "besluit": QCoreApplication.translate("Timeline", "Besluit screening"),
        "intake": QCoreApplication.translate("Timeline", "Intake (dossier geopend)"),
        "toestemming": QCoreApplication.translate("Timeline", "Toestemming gegeven"),
        "toestemming_ingetrokken": QCoreApplication.translate(
            "Timeline", "Toestemming ingetrokken"
        ),
        "plaatsing_aanvraag": QCoreApplication.translate("Timeline", "Opvang aangevraagd"),
        "plaatsing": QCoreApplication.translate("Timeline", "Geplaatst"),
        "plaatsing_einde": QCoreApplication.translate("Timeline", "Plaatsing beëindigd"),
        "brief": QCoreApplication.translate("Timeline", "Brief gemaakt"),
        "verstrekking": QCoreApplication.translate("Timeline", "Gegevens verstrekt"),
        "nazorg": QCoreApplication.translate("Timeline", "Nazorg gestart"),
        "nazorg_contact": QCoreApplication.translate("Timeline", "Nazorgcontact"),
        "afsluiting": QCoreApplication.translate("Timeline", "Dossier afgesloten"),
    }
    return names.get(kind, kind)


def _event_text(e: TimelineEntry) -> str:
    """One line for an event: its own values, keys shown with their labels."""
    title = e.title
    if e.kind == "signaal":
        title = labels.reporter(e.title)
    elif e.kind == "besluit":
        title = labels.decision(e.title)
    elif e.kind in ("toestemming", "toestemming_ingetrokken"):
        title = labels.consent_purpose(e.title)
    detail = " ".join(e.detail.split())
    return " — ".join(x for x in (title, detail) if x)


def _key(n: Note | TimelineEntry) -> tuple[str, ...]:
    """The timeline order (newest first = descending)."""
    if isinstance(n, TimelineEntry):
        return n.key
    day = n.occurred_on.isoformat() if n.occurred_on is not None else ""
    return (day, n.occurred_at, n.created_at, n.id)


def _entry(n: Note) -> TimelineEntry:
    return TimelineEntry(
        kind="notitie",
        day=n.occurred_on,
        at=n.occurred_at,
        created_at=n.created_at,
        object_id=n.id,
        title=n.text,
        detail=n.kind,
        author=n.created_by,
        note=n,
    )


def _summary(text: str) -> str:
    """The first line of a note (the reading view shows all of it)."""
    lines = text.strip().splitlines()
    first = lines[0] if lines else ""
    return first + (" …" if len(lines) > 1 else "")


class TimelineTab(FormDraft, DialogHost, QWidget):
    """Notes and contact moments, newest first, with a quick "add note" form. The note box
    and an open correction keep their drafts through a lock (ui/drafts.py)."""

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
        self.occurred_at = QLineEdit()
        self.occurred_at.setPlaceholderText(
            QCoreApplication.translate("DossierView", "uu:mm (leeg = nu)")
        )
        self.occurred_at.setMaximumWidth(130)
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
        self.form.add(
            "occurred_at",
            QCoreApplication.translate("DossierView", "T&ijd:"),
            self.occurred_at,
            QCoreApplication.translate("DossierView", "Leeg = nu (bij een notitie van vandaag)"),
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
        filter_row = QHBoxLayout()
        show_label = QLabel(QCoreApplication.translate("DossierView", "Ton&en:"))
        self.show_kind = QComboBox()
        self.show_kind.addItem(QCoreApplication.translate("DossierView", "Alles"), "")
        self.show_kind.addItem(QCoreApplication.translate("DossierView", "Alleen notities"), "=n")
        self.show_kind.addItem(
            QCoreApplication.translate("DossierView", "Alleen gebeurtenissen"), "=e"
        )
        for k in model.TIMELINE_KINDS:
            if k != "notitie":
                self.show_kind.addItem(kind_label(k), k)
        self.show_kind.setAccessibleName(QCoreApplication.translate("DossierView", "Tonen"))
        show_label.setBuddy(self.show_kind)
        self.show_kind.currentIndexChanged.connect(lambda _i: self.reload_entries())
        filter_row.addWidget(show_label)
        filter_row.addWidget(self.show_kind)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)
        self.list = _tree(
            [
                QCoreApplication.translate("DossierView", "Datum en tijd"),
                QCoreApplication.translate("DossierView", "Soort"),
                QCoreApplication.translate("DossierView", "Tekst"),
                QCoreApplication.translate("DossierView", "Door"),
            ],
            QCoreApplication.translate("DossierView", "Tijdlijn"),
        )
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setColumnWidth(0, 130)
        self.list.setColumnWidth(1, 200)
        self.list.itemActivated.connect(self.open_item)
        self.list.setToolTip(
            QCoreApplication.translate(
                "DossierView", "Dubbelklik of Enter: de notitie in zijn geheel lezen of corrigeren"
            )
        )
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(3, 150)
        layout.addWidget(self.list, 1)
        more_row = QHBoxLayout()
        self.more = QLabel()
        self.more_button = QPushButton(
            QCoreApplication.translate("DossierView", "&Oudere regels laden")
        )
        self.more_button.clicked.connect(self.load_older)
        more_row.addWidget(self.more, 1)
        more_row.addWidget(self.more_button)
        layout.addLayout(more_row)
        self.entries: list[TimelineEntry] = []
        self.total = 0
        self.mark_clean()

    # -- drafts (ui/drafts.py): the note box, and the correction dialog it opens -----------
    def draft_key(self) -> str:
        return f"note:{self.tab.dossier_id}"

    def draft_dossier_id(self) -> str | None:
        return self.tab.dossier_id

    def draft_fields(self) -> dict[str, QWidget]:
        return dict(self.form.fields)

    def is_dirty(self) -> bool:
        return bool(self.text.toPlainText().strip()) and super().is_dirty()

    def save_editor(self) -> bool:
        self.add()
        return not self.is_dirty()

    def draft_host_key(self) -> str:
        return f"notes:{self.tab.dossier_id}"

    def draft_host_ctx(self) -> object:
        return self.tab.ctx

    def draft_host_dossier(self) -> str | None:
        return self.tab.dossier_id

    def correct_current(self) -> NoteDialog | None:
        """The current note's reading view, correcting (not blocking: after unlock)."""
        item = self.list.currentItem()
        note_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not note_id:
            return None
        dialog = self.note_dialog(str(note_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start_correction()
        return dialog

    @property
    def notes(self) -> list[Note]:
        """The notes shown (newest first)."""
        return [e.note for e in self.entries if e.note is not None]

    def kinds(self) -> tuple[str, ...]:
        choice = self.show_kind.currentData() or ""
        if choice == "":
            return tuple(model.TIMELINE_KINDS)
        if choice == "=n":
            return ("notitie",)
        if choice == "=e":
            return tuple(k for k in model.TIMELINE_KINDS if k != "notitie")
        return (str(choice),)

    def load_view(self, view: DossierView) -> None:
        self.view = view
        if self.show_kind.currentIndex() > 0:
            self.reload_entries()  # a filter is on: the view carries everything
            return
        self._reset(view.entries, view.entries_total)

    def reload_entries(self) -> None:
        if self.view is None:
            return
        entries, total = self.tab.service.timeline_entries(self.view.dossier.id, self.kinds())
        self._reset(entries, total)

    def _reset(self, entries: list[TimelineEntry], total: int) -> None:
        self.list.clear()
        self.entries = []
        self.total = total
        self._append(entries)

    def _append(self, entries: list[TimelineEntry]) -> None:
        for e in entries:
            self.list.addTopLevelItem(self._item(e))
        self.entries.extend(entries)
        hidden = max(self.total - len(self.entries), 0)
        show_message(
            self.more,
            QCoreApplication.translate("DossierView", "%1 oudere regels niet getoond.").replace(
                "%1", str(hidden)
            )
            if hidden > 0
            else "",
        )
        self.more_button.setVisible(hidden > 0)

    def load_older(self) -> None:
        """The next page of older entries (keyset paging from the last one shown)."""
        if self.view is None or not self.entries:
            return
        older, _total = self.tab.service.timeline_entries(
            self.view.dossier.id, self.kinds(), before=self.entries[-1]
        )
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
                    occurred_at=self.occurred_at.text().strip(),
                    text=self.text.toPlainText().strip(),
                )
            )
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.insert(note)
        self.text.clear()
        self.occurred_on.clear()
        self.occurred_at.clear()
        self.mark_clean()
        discard_draft(self.tab.ctx, self)

    def insert(self, note: Note) -> None:
        """Show a note this tab just added at its place (newest first), without reloading."""
        if "notitie" not in self.kinds():
            return  # the filter hides notes
        entry = _entry(note)
        key = entry.key
        at = next(
            (i for i, e in enumerate(self.entries) if e.key < key),
            len(self.entries),
        )
        if at == len(self.entries) and self.total > len(self.entries):
            self.total += 1  # older than everything shown: it is among the hidden ones
            self._append([])
            return
        self.list.insertTopLevelItem(at, self._item(entry))
        self.entries.insert(at, entry)
        self.total += 1
        self._append([])

    def _item(self, e: TimelineEntry) -> QTreeWidgetItem:
        n = e.note
        if n is not None:
            kind = labels.note_kind(n.kind)
            if n.revisions:
                kind = QCoreApplication.translate("DossierView", "%1 (gewijzigd)").replace(
                    "%1", kind
                )
            item = QTreeWidgetItem([when(n), kind, _summary(n.text), n.created_by])
            item.setData(0, Qt.ItemDataRole.UserRole, n.id)
            item.setToolTip(2, n.text[:1000])
            return item
        day = fmt_date(e.day)
        text = _event_text(e)
        item = QTreeWidgetItem([f"{day} {e.at}".strip(), kind_label(e.kind), text, e.author])
        item.setToolTip(2, text)
        font = item.font(1)
        font.setItalic(True)
        item.setFont(1, font)
        return item

    def open_item(self, item: QTreeWidgetItem, _column: int = 0) -> NoteDialog | None:
        """The reading view of the note under ``item`` (modal; returns it once closed)."""
        note_id = item.data(0, Qt.ItemDataRole.UserRole)
        if not note_id:
            return None
        dialog = self.note_dialog(note_id)
        dialog.exec()
        return dialog

    def note_dialog(self, note_id: str) -> NoteDialog:
        dialog = NoteDialog(self.tab.ctx, self.tab.service, note_id, initiator=self, parent=self)
        dialog.corrected.connect(self.replace)
        self.host_dialog(dialog, "correct_current", note_id)
        return dialog

    def replace(self, note: Note) -> None:
        """Show a corrected note (it may have moved: its date or time changed)."""
        at = next(
            (i for i, e in enumerate(self.entries) if e.note is not None and e.note.id == note.id),
            None,
        )
        if at is None:
            return
        self.list.takeTopLevelItem(at)
        del self.entries[at]
        self.total -= 1
        self.insert(note)
