"""Dossiers: the filterable, sortable, lazily loading list and, in the same page, the
dossier view (Enter or double-click opens; Esc or Alt+Left goes back)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import DossierQuery, model
from desktop.events import Change
from ui.cases import labels
from ui.cases.common import combo_key
from ui.cases.dossier_model import ID_ROLE, DossierTableModel
from ui.context import AppContext
from ui.layout import FlowLayout, labelled
from ui.widgets import heading, plain, set_column_widths

# Changes that can alter what the list shows (notes, signals and besluiten do not).
DOSSIER_KINDS = ("dossier", "person")


class DossierTable(QTableView):
    """The list; Enter opens the current dossier."""

    def __init__(self, page: DossiersPage) -> None:
        super().__init__()
        self._page = page

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._page.open_index(self.currentIndex())
            return
        super().keyPressEvent(event)


class DossiersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dossiersPage")
        self.service = ctx.require_session().cases
        self.view: QWidget | None = None
        self.list_dirty = False
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.list_widget = QWidget()
        layout = QVBoxLayout(self.list_widget)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Dossiers")), 1)
        self.new_button = QPushButton(self.tr("&Nieuw dossier…"))
        self.new_button.setAccessibleDescription(
            self.tr("Een nieuwe persoon en een nieuw dossier vastleggen (intake)")
        )
        self.new_button.clicked.connect(self.new_dossier)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        # Filter bar
        # Filter bar: label and field pairs that wrap onto more lines in a narrow window.
        bar = FlowLayout(spacing=14)
        self.status = QComboBox()
        self.status.addItem(self.tr("Alle open dossiers"), "open")
        self.status.addItem(self.tr("Alle dossiers"), "")
        for key in model.STATUSES:
            self.status.addItem(labels.status(key), key)
        self.phase = QComboBox()
        self.phase.addItem(self.tr("Alle fasen"), "")
        for key in model.PHASES:
            self.phase.addItem(labels.phase(key), key)
        self.form = QComboBox()
        self.form.addItem(self.tr("Alle vormen"), "")
        for key in model.FORMS:
            self.form.addItem(labels.form(key), key)
        self.bedenktijd = QComboBox()
        self.bedenktijd.addItem(self.tr("Niet filteren"), None)
        for days in (14, 30, 90):
            self.bedenktijd.addItem(self.tr("binnen %1 dagen").replace("%1", str(days)), days)
        self.owner = QComboBox()
        self.mine = QCheckBox(self.tr("Alleen &mijn dossiers"))
        self.mine.setAccessibleName(plain(self.mine.text()))
        cells: list[tuple[str, QWidget]] = [
            (self.tr("&Status:"), self.status),
            (self.tr("&Fase:"), self.phase),
            (self.tr("&Vorm:"), self.form),
            (self.tr("Bedenk&tijd eindigt:"), self.bedenktijd),
            (self.tr("&Dossierhouder:"), self.owner),
        ]
        for text, field in cells:
            bar.addWidget(labelled(QLabel(text), field))
        bar.addWidget(self.mine)
        layout.addLayout(bar)
        for box in (self.status, self.phase, self.form, self.bedenktijd, self.owner):
            box.currentIndexChanged.connect(self.apply_filters)
        self.mine.toggled.connect(self._mine_toggled)

        self.model = DossierTableModel(self.service, self)
        self.table = DossierTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dossierlijst"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        # The name takes the room that is left; the rest keeps a readable fixed width.
        # Status: wide enough for the longest label ("Gepauzeerd"), not elided.
        status = max(self.fontMetrics().horizontalAdvance(labels.status(k)) for k in model.STATUSES)
        # Number and phase not elided either ("DEMO-00…", "Scree…").
        fm = self.fontMetrics()
        phase = max(fm.horizontalAdvance(labels.phase(k)) for k in model.PHASES)
        number = fm.horizontalAdvance("DEMO-0000") + 16
        # In a narrow window "Gewijzigd", "Start", "Uitbuitingsvorm", "Einde bedenktijd" and
        # "Dossierhouder" make way, in that order.
        set_column_widths(
            self.table,
            (max(100, number), 0, max(90, phase + 16), max(78, status + 16), 125, 105, 84, 105, 84),
            optional=(8, 6, 4, 7, 5),
            keep=(0, 2, 3),
        )
        header.setMinimumSectionSize(60)
        self.table.doubleClicked.connect(self.open_index)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Aantal dossiers"))
        layout.addWidget(self.count_label)
        self.stack.addWidget(self.list_widget)

        self.back_shortcut = QShortcut(QKeySequence("Alt+Left"), self)
        self.back_shortcut.activated.connect(self.show_list)
        self.total = 0
        self.model.modelReset.connect(self._count_all)
        self.model.rowsInserted.connect(self._update_count)
        self._load_owners()
        self.apply_filters()
        ctx.changed.connect(self._on_change)
        ctx.locked.connect(self._on_locked)

    # -- filters -------------------------------------------------------------------------
    def _load_owners(self) -> None:
        current = combo_key(self.owner)
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Iedereen"), "")
        for name in self.service.dossier_owners():
            if name:
                self.owner.addItem(name, name)
        index = self.owner.findData(current)
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)

    def _mine_toggled(self, on: bool) -> None:
        if on:
            me = self.service.actor
            if self.owner.findData(me) < 0:
                self.owner.addItem(me, me)
            self.owner.setCurrentIndex(self.owner.findData(me))
        else:
            self.owner.setCurrentIndex(0)

    def current_query(self) -> DossierQuery:
        status = combo_key(self.status)
        days = self.bedenktijd.currentData()
        return DossierQuery(
            status=status if status not in ("", "open") else None,
            open_only=status == "open",
            phase=combo_key(self.phase) or None,
            form=combo_key(self.form) or None,
            owner=combo_key(self.owner) or None,
            bedenktijd_within_days=int(days) if days is not None else None,
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def apply_filters(self) -> None:
        self.model.set_query(self.current_query())

    def _count_all(self) -> None:
        """Count once per query/reload; scrolling only updates the number loaded."""
        if self.model.service is not None:
            self.total = self.service.count_dossiers(self.model.query)
        self._update_count()

    def _update_count(self) -> None:
        if self.model.service is None:
            self.count_label.clear()
            return
        self.count_label.setText(
            self.tr("%n dossiers", "", self.total)
            + ", "
            + self.tr("%n geladen", "", self.model.rowCount())
        )

    # -- opening -------------------------------------------------------------------------
    def open_index(self, index: QModelIndex) -> None:
        dossier_id = self.model.data(index.siblingAtColumn(0), ID_ROLE)
        if dossier_id:
            self.open_dossier(str(dossier_id))

    def open_dossier(self, dossier_id: str, tab: str = "") -> QWidget:
        from ui.cases.dossier_view import DossierViewWidget

        self._drop_view()
        view = DossierViewWidget(self.ctx, self.service, dossier_id)
        view.back_requested.connect(self.show_list)
        view.open_requested.connect(self.open_dossier)
        view.gone.connect(self._view_gone)
        self.view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.setFocus()
        if tab:
            view.show_tab(tab)
        self._restore_drafts(view)
        return view

    def _restore_drafts(self, view: QWidget) -> None:
        """Unsaved work kept when this dossier's view closed is back, and the user told."""
        from ui.drafts import restore_drafts, show_restored_in

        session = self.ctx.session
        if session is None or session.closed:
            return
        restored = restore_drafts(session, view)
        view.restored = restored  # type: ignore[attr-defined]  # the window's bar may take them
        view.restored_bar = show_restored_in(self.ctx, view, restored)  # type: ignore[attr-defined]

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_widget)
        self._drop_view()
        if self.list_dirty and self.ctx.is_unlocked:
            self._reload_list()
        self.table.setFocus()

    def _view_gone(self, message: str) -> None:
        """The open dossier was destroyed: back to the list, with a message."""
        self.show_list()
        box = QMessageBox(QMessageBox.Icon.Information, "Baken", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.gone_notice: QMessageBox | None = box

    def _drop_view(self) -> None:
        if self.view is not None:
            from ui.drafts import keep_drafts_of

            keep_drafts_of(self.ctx, self.view)  # unsaved work stays, back when reopened
            self.stack.removeWidget(self.view)
            self.view.hide()
            self.view.setParent(None)  # out of the window now (no editor of it counts)
            self.view.deleteLater()
            self.view = None

    def new_dossier(self) -> None:
        from ui.cases.intake import IntakeDialog
        from ui.drafts import discard_when_done

        dlg = IntakeDialog(self.ctx, self.service, self)
        discard_when_done(self.ctx, dlg, dlg.form)
        if dlg.exec() and dlg.created is not None:
            self.open_dossier(dlg.created.id)

    def reopen_draft(self, key: str, payload: dict[str, object]) -> QWidget | None:
        """A "Nieuw dossier" that was open at the lock: open again, filled in."""
        if key != "intake:new":
            return None
        from ui.cases.intake import IntakeDialog
        from ui.drafts import discard_when_done

        dlg = IntakeDialog(self.ctx, self.service, self)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.form.restore_draft(payload)
        discard_when_done(self.ctx, dlg, dlg.form)
        dlg.accepted.connect(lambda: dlg.created and self.open_dossier(dlg.created.id))
        dlg.show()
        self.intake_dialog = dlg
        return dlg.form

    # -- refresh path --------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if not self.ctx.is_unlocked:
            return
        if change.touches(*DOSSIER_KINDS):
            self.list_dirty = True
            if self.list_widget.isVisible():  # else: when the list shows again
                self._reload_list()

    def _reload_list(self) -> None:
        self.list_dirty = False
        self._load_owners()
        self.model.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.list_dirty and self.stack.currentWidget() is self.list_widget:
            self._reload_list()

    def _on_locked(self) -> None:
        self.model.clear()
        self._drop_view()
