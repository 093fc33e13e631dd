"""Merging a colleague's transfer package: file + passphrase, then conflicts side by side."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import StoreError
from desktop.session import KIND_CHANGED, Conflict, MergePlan
from desktop.text import isolate
from desktop.vault import normalize_passphrase
from ui.messages import message_text
from ui.widgets import add_row, documents_folder, form_layout, paragraph, plain


class MergeFileDialog(QDialog):
    """Choose a package file and type its passphrase (live typo check)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Pakket van een collega samenvoegen"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Kies het pakket en typ de wachtwoordzin over die u apart heeft gekregen. "
                    "Baken controleert het pakket eerst en voegt pas samen nadat u conflicten "
                    "heeft opgelost."
                )
            )
        )
        form = form_layout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("Pakketbestand"))
        self.browse = QPushButton(self.tr("Bladeren…"))
        self.browse.setAccessibleName(self.tr("Pakketbestand kiezen"))
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse)
        label = add_row(form, self.tr("&Bestand:"), row_widget)
        label.setBuddy(self.browse)
        self.passphrase = QLineEdit()
        add_row(form, self.tr("&Wachtwoordzin:"), self.passphrase)
        self.status = paragraph("")
        self.status.setAccessibleName(self.tr("Controle van de wachtwoordzin"))
        form.addRow("", self.status)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Controleren"))
        self.ok.setAccessibleName(self.tr("Controleren"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._choose)
        self.passphrase.textChanged.connect(self._update)
        self._update()

    def _choose(self) -> None:
        folder = str(documents_folder())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pakketbestand kiezen"),
            folder,
            self.tr("Baken-pakket (*.baken-pakket);;Alle bestanden (*)"),
        )
        if name:
            self.path = Path(name)
            self.file_edit.setText(name)
            self._update()

    def _update(self) -> None:
        text = self.passphrase.text().strip()
        valid = False
        if text:
            try:
                normalize_passphrase(text)
                valid = True
                self.status.setText(self.tr("De wachtwoordzin is geldig."))
            except StoreError as exc:
                self.status.setText(message_text(exc))
        else:
            self.status.setText("")
        self.ok.setEnabled(valid and self.path is not None)


def _value(value: Any) -> str:
    if value is None:
        return "—"
    text = str(value)
    return text if len(text) <= 300 else text[:300] + "…"


class ConflictDialog(QDialog):
    """Every conflict side by side (field, here, incoming) with its choices; OK when all
    are chosen. ``resolutions()`` gives ``{conflict.key: choice}`` for ``apply_merge``."""

    def __init__(
        self,
        plan: MergePlan,
        parent: QWidget | None = None,
        dossier_numbers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        # dossier id -> number: a record is shown with its dossier's number, never an id
        self.dossier_numbers = dict(dossier_numbers or {})
        self.setWindowTitle(self.tr("Conflicten oplossen"))
        self.resize(820, 600)
        self.groups: dict[tuple[str, str], QButtonGroup] = {}
        self.choice_buttons: dict[tuple[str, str], dict[str, QRadioButton]] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "%n records zijn zowel bij u als bij uw collega gewijzigd sinds de vorige "
                    "uitwisseling.",
                    "",
                    len(plan.conflicts),
                )
                + " "
                + self.tr(
                    "Kies per record welke versie blijft. Er wordt pas iets samengevoegd als u "
                    "alles heeft gekozen."
                )
                + " "
                + self.tr("Daarnaast: %1 nieuw, %2 bijgewerkt, %3 al gelijk.")
                .replace("%1", str(len(plan.add)))
                .replace("%2", str(len(plan.update)))
                .replace("%3", str(plan.skipped))
            )
        )
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        for conflict in plan.conflicts:
            inner_layout.addWidget(self._conflict_box(conflict))
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Samenvoegen"))
        self.ok.setAccessibleName(self.tr("Samenvoegen"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def table_name(self, table: str) -> str:
        names = {
            "dossiers": self.tr("Dossier"),
            "persons": self.tr("Persoon"),
            "notes": self.tr("Notitie"),
            "organisations": self.tr("Organisatie"),
            "contacts": self.tr("Contact"),
            "signals": self.tr("Signaal"),
            "placements": self.tr("Plaatsing"),
            "care_plans": self.tr("Hulpverleningsplan"),
            "care_actions": self.tr("Actie"),
            "letters": self.tr("Brief"),
            "documents": self.tr("Document"),
            "consents": self.tr("Toestemming"),
        }
        return names.get(table, table)

    def field_name(self, field: str) -> str:
        """A stored field's name as the user knows it (never 'updated_at')."""
        names = {
            "text": self.tr("Tekst"),
            "updated_at": self.tr("Laatst gewijzigd"),
            "created_at": self.tr("Aangemaakt"),
            "updated_by": self.tr("Gewijzigd door"),
            "kind": self.tr("Soort"),
            "occurred_on": self.tr("Datum"),
            "number": self.tr("Dossiernummer"),
            "first_name": self.tr("Voornaam"),
            "last_name": self.tr("Achternaam"),
            "alias": self.tr("Alias"),
            "birth_date": self.tr("Geboortedatum"),
            "phase": self.tr("Fase"),
            "status": self.tr("Status"),
            "owner": self.tr("Dossierhouder"),
            "name": self.tr("Naam"),
            "address": self.tr("Adres"),
            "phone": self.tr("Telefoon"),
            "email": self.tr("E-mail"),
            "description": self.tr("Omschrijving"),
            "due_on": self.tr("Uiterlijk"),
            "what": self.tr("Wat"),
            "who": self.tr("Wie"),
            "done_on": self.tr("Afgerond op"),
            "dossier_id": self.tr("Dossier"),
        }
        return names.get(field, field.removesuffix("_on").replace("_", " ").capitalize())

    def _ident(self, conflict: Conflict) -> str:
        """What the user recognises a record by: its number, else a name or the first words
        of its text, else its date (never the internal id)."""
        rec = conflict.local or conflict.incoming
        number = conflict.local.get("number") or conflict.incoming.get("number")
        if number:
            return str(number)
        for key in ("name", "alias", "what", "text", "description"):
            value = str(rec.get(key) or "").strip()
            if value:
                first = value.splitlines()[0]
                return isolate(f"“{first[:40]}…”" if len(first) > 40 else f"“{first}”")
        for key in ("occurred_on", "created_at"):
            if rec.get(key):
                return str(rec[key])[:10]
        return ""

    def _shown(self, name: str, value: Any) -> str:
        """A value as the user can read it: a dossier by its number, other links (internal
        ids, meaningless to the user) as "a linked record"."""
        if name in ("dossier_id", "id") and str(value) in self.dossier_numbers:
            return self.dossier_numbers[str(value)]
        if (name == "id" or name.endswith("_id")) and value is not None:
            return self.tr("(gekoppeld record)")
        return _value(value)

    def _kind_title(self, conflict: Conflict) -> str:
        table = self.table_name(conflict.table)
        ident = self._ident(conflict)
        dossier = conflict.local.get("dossier_id") or conflict.incoming.get("dossier_id")
        if conflict.table != "dossiers" and str(dossier) in self.dossier_numbers:
            ident = (
                self.tr("%1 in dossier %2")
                .replace("%1", ident)
                .replace("%2", self.dossier_numbers[str(dossier)])
            ).strip()
        if conflict.kind == KIND_CHANGED:
            return (
                self.tr("%1 %2: aan beide kanten gewijzigd")
                .replace("%1", table)
                .replace("%2", ident)
            )
        return (
            self.tr("%1 %2: hetzelfde nummer bestaat hier al")
            .replace("%1", table)
            .replace("%2", ident)
        )

    def _conflict_box(self, conflict: Conflict) -> QGroupBox:
        box = QGroupBox(self._kind_title(conflict))
        v = QVBoxLayout(box)
        table = QTableWidget(len(conflict.fields), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Veld"), self.tr("Bij u"), self.tr("Van uw collega")]
        )
        table.setAccessibleName(self.tr("Verschillen: veld, bij u, van uw collega"))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, name in enumerate(conflict.fields):
            table.setItem(row, 0, QTableWidgetItem(self.field_name(name)))
            table.setItem(row, 1, QTableWidgetItem(self._shown(name, conflict.local.get(name))))
            table.setItem(row, 2, QTableWidgetItem(self._shown(name, conflict.incoming.get(name))))
        table.setFixedHeight(
            header.height() + sum(table.rowHeight(r) for r in range(table.rowCount())) + 6
        )
        v.addWidget(table)
        labels = {
            "local": self.tr("&Mijn versie houden"),
            "incoming": self.tr("&Versie van mijn collega nemen"),
            "renumber": self.tr("Het binnenkomende dossier een &nieuw nummer geven"),
        }
        group = QButtonGroup(box)
        choice_row = QHBoxLayout()
        buttons: dict[str, QRadioButton] = {}
        for choice in conflict.choices:
            text = labels.get(choice, choice)
            if len(self.plan.conflicts) > 1:  # one mnemonic per window: none for repeats
                text = text.replace("&", "")
            radio = QRadioButton(text)
            radio.setAccessibleName(plain(radio.text()))
            group.addButton(radio)
            buttons[choice] = radio
            choice_row.addWidget(radio)
            radio.toggled.connect(self._update)
        choice_row.addStretch(1)
        v.addLayout(choice_row)
        if not conflict.choices:
            v.addWidget(
                paragraph(
                    self.tr(
                        "Dit conflict kan hier niet worden opgelost; er wordt niets samengevoegd."
                    )
                )
            )
        self.groups[conflict.key] = group
        self.choice_buttons[conflict.key] = buttons
        return box

    def choose(self, key: tuple[str, str], choice: str) -> None:
        self.choice_buttons[key][choice].setChecked(True)

    def resolutions(self) -> dict[tuple[str, str], str]:
        out: dict[tuple[str, str], str] = {}
        for key, buttons in self.choice_buttons.items():
            for choice, radio in buttons.items():
                if radio.isChecked():
                    out[key] = choice
        return out

    def _update(self) -> None:
        self.ok.setEnabled(len(self.resolutions()) == len(self.plan.conflicts))
