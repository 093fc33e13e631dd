"""Two more built-in dossier tabs: Veiligheid (veiligheidsinschatting: level, date, notes,
newest first) and Actiepunten (open and done action items of the dossier)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import Actiepunt, DossierView, SafetyAssessment, model
from desktop.errors import ValidationError
from ui.cases import labels
from ui.cases.common import DateField, FieldForm, combo, combo_key, fmt_date, set_combo
from ui.cases.dossier_tabs import DossierTabContext
from ui.cases.intake import text_box
from ui.widgets import list_tree

ID_ROLE = Qt.ItemDataRole.UserRole


class SafetyTab(QWidget):
    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.view: DossierView | None = None
        layout = QVBoxLayout(self)
        self.list = list_tree(
            [
                QCoreApplication.translate("DossierExtra", "Datum"),
                QCoreApplication.translate("DossierExtra", "Niveau"),
                QCoreApplication.translate("DossierExtra", "Toelichting"),
                QCoreApplication.translate("DossierExtra", "Door"),
            ],
            QCoreApplication.translate("DossierExtra", "Veiligheidsinschattingen"),
            uniform=False,
        )
        self.list.setColumnWidth(0, 95)
        self.list.setColumnWidth(1, 80)
        self.list.setColumnWidth(2, 480)
        layout.addWidget(self.list, 1)
        group = QGroupBox(
            QCoreApplication.translate("DossierExtra", "Nieuwe veiligheidsinschatting")
        )
        box = QVBoxLayout(group)
        self.form = FieldForm()
        self.level = combo(((k, labels.safety_level(k)) for k in model.SAFETY_LEVELS), "midden")
        self.level.setMaximumWidth(200)
        self.assessed_on = DateField()
        self.notes = text_box(3)
        self.form.add("level", QCoreApplication.translate("DossierExtra", "&Niveau:"), self.level)
        self.form.add(
            "assessed_on",
            QCoreApplication.translate("DossierExtra", "&Datum:"),
            self.assessed_on,
            QCoreApplication.translate("DossierExtra", "Leeg = vandaag"),
        )
        self.form.add(
            "notes",
            QCoreApplication.translate("DossierExtra", "&Toelichting:"),
            self.notes,
            QCoreApplication.translate(
                "DossierExtra", "Bijv. zoekt de uitbuiter de cliënt? Is het adres geheim?"
            ),
        )
        box.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add_button = QPushButton(
            QCoreApplication.translate("DossierExtra", "Inschatting &vastleggen")
        )
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        box.addLayout(row)
        layout.addWidget(group)

    def load_view(self, view: DossierView) -> None:
        self.view = view
        self.list.clear()
        for s in view.safety:
            item = QTreeWidgetItem(
                self.list,
                [fmt_date(s.assessed_on), labels.safety_level(s.level), s.notes, s.created_by],
            )
            item.setToolTip(2, s.notes)

    def add(self) -> None:
        if self.view is None:
            return
        self.form.clear_errors()
        days = self.form.dates(("assessed_on",))
        if days is None:
            return
        try:
            self.tab.ctx.inline(self.tab.service.add_safety_assessment)(
                SafetyAssessment(
                    dossier_id=self.view.dossier.id,
                    level=combo_key(self.level),
                    assessed_on=days["assessed_on"],
                    notes=self.notes.toPlainText().strip(),
                )
            )
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.notes.clear()
        self.assessed_on.clear()


class ActionsTab(QWidget):
    def __init__(self, tab: DossierTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.view: DossierView | None = None
        layout = QVBoxLayout(self)
        self.show_done = QCheckBox(
            QCoreApplication.translate("DossierExtra", "Ook afgeronde t&onen")
        )
        self.show_done.setAccessibleName(
            QCoreApplication.translate("DossierExtra", "Ook afgeronde actiepunten tonen")
        )
        self.show_done.toggled.connect(lambda _on: self._fill())
        layout.addWidget(self.show_done)
        self.list = list_tree(
            [
                QCoreApplication.translate("DossierExtra", "Uiterlijk"),
                QCoreApplication.translate("DossierExtra", "Soort"),
                QCoreApplication.translate("DossierExtra", "Actiepunt"),
                QCoreApplication.translate("DossierExtra", "Eigenaar"),
                QCoreApplication.translate("DossierExtra", "Afgerond"),
                QCoreApplication.translate("DossierExtra", "Herkomst"),
            ],
            QCoreApplication.translate("DossierExtra", "Actiepunten van dit dossier"),
            uniform=False,
        )
        self.list.setColumnWidth(0, 95)
        self.list.setColumnWidth(1, 90)
        self.list.setColumnWidth(2, 380)
        self.list.setColumnWidth(3, 140)
        self.list.setColumnWidth(4, 95)
        self.list.itemActivated.connect(self.edit_item)
        self.list.setToolTip(
            QCoreApplication.translate("DossierExtra", "Dubbelklik of Enter: actiepunt wijzigen")
        )
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done_button = QPushButton(
            QCoreApplication.translate("DossierExtra", "Afgerond &markeren")
        )
        self.done_button.setAccessibleDescription(
            QCoreApplication.translate(
                "DossierExtra", "Markeert het gekozen actiepunt als afgerond"
            )
        )
        self.done_button.clicked.connect(self.complete)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        group = QGroupBox(QCoreApplication.translate("DossierExtra", "Nieuw actiepunt"))
        self.group = group
        self.editing: Actiepunt | None = None
        box = QVBoxLayout(group)
        self.form = FieldForm()
        self.kind = combo((k, labels.action_kind(k)) for k in model.ACTION_KINDS)
        self.kind.setMaximumWidth(200)
        self.description = text_box(2)
        self.owner = combo([])
        self.owner.setEditable(True)
        self.owner.setMaximumWidth(320)
        self.due_on = DateField()
        self.form.add("kind", QCoreApplication.translate("DossierExtra", "&Soort:"), self.kind)
        self.form.add(
            "description",
            QCoreApplication.translate("DossierExtra", "Ac&tiepunt:"),
            self.description,
        )
        self.form.add("owner", QCoreApplication.translate("DossierExtra", "&Eigenaar:"), self.owner)
        self.form.add(
            "due_on", QCoreApplication.translate("DossierExtra", "&Uiterlijk:"), self.due_on
        )
        box.addWidget(self.form)
        arow = QHBoxLayout()
        arow.addStretch(1)
        self.add_button = QPushButton(QCoreApplication.translate("DossierExtra", "&Toevoegen"))
        self.add_button.clicked.connect(self.add)
        self.new_button = QPushButton(
            QCoreApplication.translate("DossierExtra", "Wijzigen &annuleren")
        )
        self.new_button.clicked.connect(self.stop_editing)
        self.new_button.hide()
        arow.addWidget(self.new_button)
        arow.addWidget(self.add_button)
        box.addLayout(arow)
        layout.addWidget(group)

    def load_view(self, view: DossierView) -> None:
        self.view = view
        if self.owner.count() == 0:
            self.owner.addItem(self.tab.service.actor)
            for name in self.tab.service.dossier_owners():
                if name and self.owner.findText(name) < 0:
                    self.owner.addItem(name)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        if self.view is None:
            return
        today = self.tab.service.clock()
        for a in self.view.actions:
            if a.done_on is not None and not self.show_done.isChecked():
                continue
            item = QTreeWidgetItem(
                self.list,
                [
                    fmt_date(a.due_on),
                    labels.action_kind(a.kind),
                    a.description,
                    a.owner,
                    fmt_date(a.done_on),
                    QCoreApplication.translate("DossierExtra", "Screening")
                    if a.meeting_id or a.signal_id
                    else QCoreApplication.translate("DossierExtra", "Dossier"),
                ],
            )
            item.setData(0, ID_ROLE, a.id)
            item.setToolTip(2, a.description)
            if a.done_on is None and a.due_on is not None and a.due_on < today:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)

    def complete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.tab.ctx.inline(self.tab.service.complete_actiepunt)(str(item.data(0, ID_ROLE)))

    def edit_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Load an action point (also one from the screeningsoverleg) into the form."""
        if self.view is None:
            return
        aid = item.data(0, ID_ROLE)
        action = next((a for a in self.view.actions if a.id == aid), None)
        if action is None:
            return
        self.editing = action
        set_combo(self.kind, action.kind)
        self.description.setPlainText(action.description)
        if self.owner.findText(action.owner) < 0:
            self.owner.addItem(action.owner)
        self.owner.setCurrentText(action.owner)
        self.due_on.set_value(action.due_on)
        self.form.clear_errors()
        self.group.setTitle(QCoreApplication.translate("DossierExtra", "Actiepunt wijzigen"))
        self.add_button.setText(QCoreApplication.translate("DossierExtra", "Wijzigingen &opslaan"))
        self.new_button.show()
        self.description.setFocus()

    def stop_editing(self) -> None:
        self.editing = None
        self.group.setTitle(QCoreApplication.translate("DossierExtra", "Nieuw actiepunt"))
        self.add_button.setText(QCoreApplication.translate("DossierExtra", "&Toevoegen"))
        self.new_button.hide()
        self.form.clear_errors()
        self.description.clear()
        self.due_on.clear()

    def add(self) -> None:
        if self.view is None:
            return
        self.form.clear_errors()
        days = self.form.dates(("due_on",))
        if days is None:
            return
        fields: dict[str, Any] = {
            "kind": combo_key(self.kind),
            "description": self.description.toPlainText().strip(),
            "owner": self.owner.currentText().strip(),
            "due_on": days["due_on"],
        }
        try:
            if self.editing is not None:
                self.tab.ctx.inline(self.tab.service.update_actiepunt)(
                    dataclasses.replace(self.editing, **fields)
                )
            else:
                self.tab.ctx.inline(self.tab.service.add_actiepunt)(
                    Actiepunt(dossier_id=self.view.dossier.id, **fields)
                )
        except ValidationError as err:
            self.form.show_errors(err)
            return
        self.stop_editing()
