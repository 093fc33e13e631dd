"""A searchable country picker: country names on screen (Dutch or English, following the UI
language), the ISO 3166-1 alpha-2 code underneath (``desktop/countries.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop import countries


def country_name(code: str, language: str = "nl") -> str:
    """The name to show for a stored code (the code itself when unknown)."""
    return countries.name(code, language) if code else ""


class CountryCombo(QComboBox):
    """Editable combo box of country names with a completer that matches anywhere in the
    name ("roem" finds Roemenië). ``code()`` is the ISO code of what is shown: a listed
    name, a typed name or alias known to ``desktop.countries``, or a typed code; text that
    is no country comes back as typed, so validation can refuse it next to the field."""

    def __init__(self, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for code, name in countries.choices(language):
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionColumn(0)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                QCoreApplication.translate("Countries", "Typ een land, bijv. Roemenië")
            )
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def code(self) -> str:
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        found = countries.lookup(text)
        return found if found is not None else text

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:  # an unknown stored value is shown as it is
            self.setCurrentIndex(0)
            self.setEditText(code)
