"""Unsaved editor state across a lock (issue 13 item 1).

Every editor that can hold unsaved work implements ``DraftSource``. Before the store closes
(lock, automatic lock, panic) the window walks the open widgets, asks each source for its
draft and hands them to ``session.drafts.save_all`` (inside the encrypted store; nothing goes
to disk elsewhere). After the next unlock the same editors, once open again, get their draft
back via ``restore_draft`` and an info bar says so.

``FormDraft`` is a mixin that implements the protocol for a plain form: it snapshots the
values of its input widgets (line edits, text boxes, check boxes, combo boxes, spin boxes)
and compares them with the snapshot taken by ``mark_clean``.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from desktop.drafts import Draft


@runtime_checkable
class DraftSource(Protocol):
    def draft_key(self) -> str: ...

    def draft(self) -> dict[str, Any] | None:
        """The unsaved state as a small JSON object; None when clean."""
        ...

    def restore_draft(self, payload: dict[str, Any]) -> None: ...

    def is_dirty(self) -> bool: ...


def _is_source(obj: object) -> bool:
    return all(
        callable(getattr(obj, name, None))
        for name in ("draft_key", "draft", "restore_draft", "is_dirty")
    )


def open_sources(root: QWidget | None = None) -> list[Any]:
    """Every draft source among the open widgets (``root`` and below, or every top level
    window), each key once."""
    # Open windows only (a closed dialog may wait for deletion); inside a window every
    # editor counts, also on a tab or page not in front.
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    roots = [root] if root is not None else tops
    found: list[Any] = []
    keys: set[str] = set()
    for top in roots:
        for widget in [top, *top.findChildren(QWidget)]:
            if not _is_source(widget) or not widget.window().isVisible():
                continue  # e.g. a closed dialog that waits for deletion
            try:
                key = getattr(widget, "draft_key")()  # noqa: B009 - a duck-typed source
            except RuntimeError:  # a wrapper whose C++ object is gone
                continue
            if key and key not in keys:
                keys.add(key)
                found.append(widget)
    return found


def collect_drafts(sources: list[Any]) -> list[Draft]:
    drafts: list[Draft] = []
    for src in sources:
        payload = src.draft()
        if payload is None:
            continue
        key = src.draft_key()
        dossier = getattr(src, "draft_dossier_id", None)
        dossier_id = dossier() if callable(dossier) else None
        drafts.append(Draft(key, key.split(":", 1)[0], payload, dossier_id or None))
    return drafts


def dirty_sources(root: QWidget | None = None) -> list[Any]:
    return [s for s in open_sources(root) if s.is_dirty()]


# -- a form's values ----------------------------------------------------------------------
def _value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return None


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QComboBox):
        if isinstance(value, int) and 0 <= value < widget.count():
            widget.setCurrentIndex(value)
        elif isinstance(value, str) and widget.isEditable():
            widget.setCurrentText(value)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, int | float):
        widget.setValue(float(value))


def form_values(form: QWidget) -> dict[str, Any]:
    """The form's input values by position (construction order is stable)."""
    out: dict[str, Any] = {}
    inputs = form.findChildren(QWidget)
    for i, widget in enumerate(inputs):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own editor
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        value = _value(widget)
        if value is not None:
            out[f"{i}:{type(widget).__name__}"] = value
    return out


def set_form_values(form: QWidget, values: dict[str, Any]) -> None:
    for i, widget in enumerate(form.findChildren(QWidget)):
        key = f"{i}:{type(widget).__name__}"
        if key in values:
            _set_value(widget, values[key])


class FormDraft:
    """Mixin for a QWidget form: ``DraftSource`` from its input widgets' values."""

    _clean_values: dict[str, Any] | None = None

    def draft_key(self) -> str:
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._clean_values = form_values(self)  # type: ignore[arg-type]

    def is_dirty(self) -> bool:
        if self._clean_values is None:
            return False
        return form_values(self) != self._clean_values  # type: ignore[arg-type]

    def draft(self) -> dict[str, Any] | None:
        if not self.is_dirty():
            return None
        return {"fields": form_values(self)}  # type: ignore[arg-type]

    def restore_draft(self, payload: dict[str, Any]) -> None:
        fields = payload.get("fields")
        if isinstance(fields, dict):
            set_form_values(self, fields)  # type: ignore[arg-type]

    def revert_draft(self) -> None:
        """Back to the saved values (the user threw the restored change away)."""
        if self._clean_values is not None:
            set_form_values(self, self._clean_values)  # type: ignore[arg-type]


# -- asking before unsaved work goes -------------------------------------------------------
LOCKING = "baken_locking"  # property set on a dialog the lock closes: no questions then


def ask_discard(parent: QWidget) -> bool:
    """Escape or Annuleren on a filled form: throw the input away? (default: keep editing)"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Drafts", "Niet-opgeslagen gegevens"))
    box.setText(
        QCoreApplication.translate(
            "Drafts", "U heeft gegevens ingevuld die nog niet zijn opgeslagen. Weggooien?"
        )
    )
    discard = box.addButton(
        QCoreApplication.translate("Drafts", "&Weggooien"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Drafts", "&Verder invullen"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class GuardedDialog:
    """Mixin for a QDialog with a form: Escape, Annuleren or the close button ask before
    unsaved input is thrown away. A lock closes it without asking (its draft is kept)."""

    def reject(self) -> None:
        dialog: Any = self
        if not dialog.property(LOCKING) and dirty_sources(dialog) and not ask_discard(dialog):
            return
        super().reject()  # type: ignore[misc]


def save_editor(source: Any) -> bool:
    """Validate and save one dirty editor (closing the window with Opslaan)."""
    save = getattr(source, "save_editor", None)
    return bool(save()) if callable(save) else False


# -- the info bar after a restore -----------------------------------------------------------
class RestoredBar(QFrame):
    """A calm bar: the unsaved changes are back; "Weggooien" throws them away."""

    def __init__(self, ctx: Any, sources: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sources = sources
        self.setObjectName("draftsRestoredBar")
        self.setStyleSheet(
            "#draftsRestoredBar { background: #e8f1fb; border: 1px solid #9cc3e6;"
            " border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(
            QCoreApplication.translate("Drafts", "Niet-opgeslagen wijzigingen zijn teruggezet.")
        )
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.discard_button = QPushButton(QCoreApplication.translate("Drafts", "&Weggooien"))
        self.discard_button.clicked.connect(self.discard)
        layout.addWidget(self.discard_button)
        self.close_button = QPushButton(QCoreApplication.translate("Drafts", "&Verder"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)

    def discard(self) -> None:
        for src in self.sources:
            revert = getattr(src, "revert_draft", None)
            if callable(revert):
                revert()
            discard_draft(self.ctx, src)
        self.hide()


def discard_draft(ctx: Any, source: Any) -> None:
    """The editor was saved or its change thrown away: its kept draft goes too."""
    session = ctx.session
    if session is None or session.closed:
        return
    session.drafts.discard(source.draft_key())
