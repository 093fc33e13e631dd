"""Shared pieces of the case screens: date fields that may stay empty, forms that show
each validation message next to its field, check lists, and navigation to a dossier."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from ui.messages import message_text
from ui.widgets import form_layout, plain

_DATE = re.compile(r"\s*(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})\s*")
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")


def fmt_date(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day is not None else ""


def parse_date(text: str) -> date | None:
    """'' -> None; 'dd-mm-jjjj' (also with / or .) or 'jjjj-mm-dd'; ValueError otherwise."""
    if not text.strip():
        return None
    match = _DATE.fullmatch(text)
    if match:
        d, mth, y = (int(g) for g in match.groups())
        return date(y, mth, d)
    match = _ISO.fullmatch(text)
    if match:
        y, mth, d = (int(g) for g in match.groups())
        return date(y, mth, d)
    raise ValueError("bad date")


class DateField(QLineEdit):
    """A date that may stay empty (dd-mm-jjjj)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("Cases", "dd-mm-jjjj"))
        self.setMaximumWidth(130)
        self.setClearButtonEnabled(False)

    def value(self) -> date | None:
        return parse_date(self.text())

    def set_value(self, day: date | None) -> None:
        self.setText(fmt_date(day))


def combo(items: Iterable[tuple[str, str]], current: str | None = None) -> QComboBox:
    """A combo box of (key, label); the key is the item data."""
    box = QComboBox()
    for key, label in items:
        box.addItem(label, key)
    if current is not None:
        set_combo(box, current)
    return box


def set_combo(box: QComboBox, key: str | None) -> None:
    index = box.findData(key)
    box.setCurrentIndex(max(index, 0))


def combo_key(box: QComboBox) -> str:
    data = box.currentData()
    return "" if data is None else str(data)


class CheckList(QWidget):
    """Check boxes for a multi-select of keys, in ``columns`` columns."""

    changed = Signal()

    def __init__(
        self,
        items: Sequence[tuple[str, str]],
        columns: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(items) + columns - 1) // max(columns, 1)
        for i, (key, label) in enumerate(items):
            box = QCheckBox(label)
            box.setAccessibleName(label)
            box.toggled.connect(self.changed)
            self.boxes[key] = box
            col, row = divmod(i, rows or 1)
            grid.addWidget(box, row, col)

    def selected(self) -> tuple[str, ...]:
        return tuple(k for k, b in self.boxes.items() if b.isChecked())

    def set_keys(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for key, box in self.boxes.items():
            box.setChecked(key in wanted)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4262c;")
    label.hide()
    return label


class FieldForm(QWidget):
    """A form whose rows each have room for a validation message right under the field.

    ``add(name, text, widget)``: ``name`` is the model field (as in ``ValidationError.field``).
    ``show_errors(err)`` puts every message of a ``FieldErrors`` next to its field (and
    anything without a row in the general message at the top); ``clear_errors()`` hides them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general = _error_label()
        self.general.setAccessibleName(QCoreApplication.translate("Cases", "Foutmelding"))
        outer.addWidget(self.general)
        self.form: QFormLayout = form_layout()
        self.form.setVerticalSpacing(6)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, name: str, text: str, widget: QWidget, description: str = "") -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(plain(text).rstrip(":"))
        if description:
            widget.setAccessibleDescription(description)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = _error_label()
        error.setObjectName(f"error_{name}")
        box.addWidget(error)
        self.form.addRow(label, holder)
        self.fields[name] = widget
        self.errors[name] = error
        # A message goes as soon as its field is edited (not only at the next save).
        for signal in ("textChanged", "currentIndexChanged", "toggled", "changed"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_a, e=error: (e.clear(), e.hide()))
                break
        return label

    def reveal(self, name: str) -> None:
        """Focus field ``name`` and scroll it, with its message, into view."""
        widget = self.fields.get(name)
        if widget is None:
            return
        widget.setFocus()
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea):
            holder = widget.parentWidget() or widget
            area.ensureWidgetVisible(widget)
            # Once the message's row has its height (the layout runs first).
            QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(holder, 0, 8))

    def add_section(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setContentsMargins(0, 8, 0, 0)
        self.form.addRow(label)
        return label

    def clear_errors(self) -> None:
        for label in [self.general, *self.errors.values()]:
            label.clear()
            label.hide()

    def set_error(self, name: str, message: str) -> None:
        """Show ``message`` (a catalog ``Text`` is translated) under field ``name``."""
        message = message_text(message)
        label = self.errors.get(name)
        if label is None:
            label = self.general
            if label.text():
                message = label.text() + "\n" + message
        label.setText(message)
        label.show()

    def show_errors(self, err: ValidationError) -> None:
        self.clear_errors()
        pairs: list[tuple[str, str]] = list(getattr(err, "errors", [(err.field, err.text)]))
        for name, message in pairs:
            self.set_error(name or "", message)
        first = next((n for n, _ in pairs if n in self.fields), None)
        if first is not None:
            self.reveal(first)

    def dates(self, names: Sequence[str]) -> dict[str, date | None] | None:
        """Parse the DateFields ``names``; on a bad date show its message, return None."""
        out: dict[str, date | None] = {}
        bad = False
        for name in names:
            widget = self.fields[name]
            assert isinstance(widget, DateField)
            try:
                out[name] = widget.value()
            except ValueError:
                label = plain(widget.accessibleName())
                self.set_error(
                    name,
                    QCoreApplication.translate(
                        "Cases", "%1: ongeldige datum (dd-mm-jjjj)."
                    ).replace("%1", label),
                )
                if not bad:
                    self.reveal(name)
                bad = True
        return None if bad else out
