"""Unsaved editor state across a lock (issue 13 item 1).

Every editor that can hold unsaved work implements ``DraftSource``. Before the store closes
(lock, automatic lock, panic) the window walks the open widgets, asks each source for its
draft and hands them to ``session.drafts.save_all`` (inside the encrypted store; nothing goes
to disk elsewhere). After the next unlock the same editors, once open again, get their draft
back via ``restore_draft`` and an info bar says so.

``FormDraft`` is a mixin that implements the protocol for a plain form: it snapshots the
values of its input widgets (line edits, text boxes, check boxes, combo boxes, spin boxes;
by name with ``draft_fields`` or else by position) and compares them with the snapshot
taken by ``mark_clean``. A draft holds only what the user changed, so restoring it on top of
freshly loaded values (after unlock, or a refresh with ``keep_unsaved``) keeps both.

``DialogHost`` is a mixin for a widget that opens editor dialogs from its actions (a care
tab, the note list): it names each dialog's draft and, after unlock, opens the dialog again
through the same action with the draft filled in (``reopen_draft``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt
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
    QTreeWidget,
    QTreeWidgetItemIterator,
    QVBoxLayout,
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


def open_sources(root: QWidget | None = None, *, unnamed: bool = False) -> list[Any]:
    """Every draft source among the open widgets (``root`` and below, or every top level
    window), each key once. ``unnamed``: also editors without a key (a dialog whose opener
    keeps no drafts: it can still ask before its input goes)."""
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
            elif not key and unnamed and widget not in found:
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


def dirty_sources(root: QWidget | None = None, *, unnamed: bool = False) -> list[Any]:
    found = []
    for src in open_sources(root, unnamed=unnamed):
        try:
            if src.is_dirty():
                found.append(src)
        except RuntimeError:  # a widget of it is gone (its view was closed meanwhile)
            continue
    return found


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


def _kept(widget: QWidget, form: QWidget) -> bool:
    """An input the user typed into: not a password, not read-only, not in another window
    (a dialog parented to the form has its own draft)."""
    if isinstance(widget, QLineEdit):
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            return False  # the spin box's or combo box's own editor
        if widget.echoMode() != QLineEdit.EchoMode.Normal or widget.isReadOnly():
            return False  # never a password in a draft
    if isinstance(widget, QPlainTextEdit | QTextEdit) and widget.isReadOnly():
        return False
    return widget.window() is form.window()


def form_values(form: QWidget) -> dict[str, Any]:
    """The form's input values by position (construction order is stable)."""
    out: dict[str, Any] = {}
    inputs = form.findChildren(QWidget)
    for i, widget in enumerate(inputs):
        if not _kept(widget, form):
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


def field_value(widget: QWidget) -> Any:
    """One named field: its value, or (a group such as a check list) its inputs' values."""
    value = _value(widget)
    return form_values(widget) if value is None else value


def set_field_value(widget: QWidget, value: Any) -> None:
    if isinstance(value, dict):
        set_form_values(widget, value)
    else:
        _set_value(widget, value)


class FormDraft:
    """Mixin for a QWidget form: ``DraftSource`` from its input widgets' values.

    Override ``draft_fields`` to keep named fields only (robust, and nothing else of the
    widget: filters, lists); ``draft_values``/``apply_draft_values`` for state that is not a
    plain input (e.g. the letter's ticked fields). A load ends with ``mark_clean``."""

    _clean_values: dict[str, Any] | None = None

    def draft_key(self) -> str:
        raise NotImplementedError

    def draft_fields(self) -> dict[str, QWidget] | None:
        """The named inputs to keep; None: every input widget, by position."""
        return None

    def draft_values(self) -> dict[str, Any]:
        fields = self.draft_fields()
        if fields is None:
            return form_values(self)  # type: ignore[arg-type]
        return {name: field_value(w) for name, w in fields.items()}

    def apply_draft_values(self, values: dict[str, Any]) -> None:
        fields = self.draft_fields()
        if fields is None:
            set_form_values(self, values)  # type: ignore[arg-type]
            return
        for name, value in values.items():
            widget = fields.get(name)
            if widget is not None:
                set_field_value(widget, value)

    def mark_clean(self, names: Iterable[str] | None = None) -> None:
        """The values shown now are the saved ones (all, or only the fields ``names``)."""
        values = self.draft_values()
        if names is None or self._clean_values is None:
            self._clean_values = values
            return
        for name in names:
            if name in values:
                self._clean_values[name] = values[name]

    def changed_values(self) -> dict[str, Any]:
        if self._clean_values is None:
            return {}
        clean = self._clean_values
        return {k: v for k, v in self.draft_values().items() if clean.get(k) != v}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def draft(self) -> dict[str, Any] | None:
        """What the user changed (only that: restored on top of newer saved values)."""
        if not self.is_dirty():  # an editor may count less as unsaved (a template choice)
            return None
        return {"fields": self.changed_values()}

    def restore_draft(self, payload: dict[str, Any]) -> None:
        if self._clean_values is None:
            self.mark_clean()  # what is shown before the draft is the saved state
        fields = payload.get("fields")
        if isinstance(fields, dict):
            self.apply_draft_values(fields)

    def revert_draft(self) -> None:
        """Back to the saved values (the user threw the restored change away)."""
        if self._clean_values is not None:
            self.apply_draft_values(self._clean_values)


@contextmanager
def keep_unsaved(root: QWidget) -> Iterator[None]:
    """A refresh from the store inside: the unsaved changes of the editors under ``root``
    stay (applied again on top of the reloaded values, so they still count as unsaved)."""
    kept = [(src, src.draft()) for src in dirty_sources(root)]
    try:
        yield
    finally:
        for src, payload in kept:
            if payload is not None:
                try:
                    src.restore_draft(payload)
                except RuntimeError:  # the editor went with the reload
                    continue


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
        if _may_ask(dialog) and _has_unsaved(dialog) and not ask_discard(dialog):
            return
        super().reject()  # type: ignore[misc]

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        # A dialog built by a factory (fields filled in after construction) is clean as
        # first shown; a restored draft has taken its clean state before (restore_draft).
        if getattr(self, "_clean_values", False) is None and callable(
            getattr(self, "mark_clean", None)
        ):
            self.mark_clean()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]

    def save_editor(self) -> bool:
        """Closing the window with Opslaan: the dialog's own OK (errors show at the fields)."""
        dialog: Any = self
        dialog.accept()
        return not dialog.isVisible()


def _may_ask(dialog: Any) -> bool:
    if dialog.property(LOCKING) or not dialog.isVisible():
        return False
    parent = dialog.parentWidget()
    top = parent.window() if parent is not None else None
    return bool(getattr(top, "ask_on_close", True))  # tests turn questions off at teardown


def _has_unsaved(dialog: QWidget) -> bool:
    is_dirty = getattr(dialog, "is_dirty", None)
    own = is_dirty() if callable(is_dirty) else False
    return bool(own) or bool(dirty_sources(dialog))


def save_editor(source: Any) -> bool:
    """Validate and save one dirty editor (closing the window with Opslaan). An editor
    without one save step (a letter being written) stays a draft: the lock that closes the
    window keeps it in the store for the next time."""
    save = getattr(source, "save_editor", None)
    return bool(save()) if callable(save) else True


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


def discard_when_done(ctx: Any, dialog: Any, source: Any = None) -> None:
    """When ``dialog`` is saved or its input thrown away, the kept draft of ``source`` (the
    dialog itself by default) goes too; a lock or a closing view keeps it anew."""
    editor = dialog if source is None else source
    key = editor.draft_key()  # as opened ("intake:new" names the new dossier once saved)

    def finished(_result: int) -> None:
        if not dialog.property(LOCKING):
            session = ctx.session
            if key and session is not None and not session.closed:
                session.drafts.discard(key)
            with suppress(RuntimeError):  # the editor may be gone already
                discard_draft(ctx, editor)

    dialog.finished.connect(finished)


# -- an editor area that closes and opens again ----------------------------------------------
def keep_drafts_of(ctx: Any, root: QWidget, *, reason: str = "leave") -> int:
    """``root`` closes with unsaved work in it (e.g. a dossier view that another dossier
    replaces): keep its drafts in the store; ``restore_drafts`` brings them back when it
    opens again. Returns how many were kept."""
    from desktop.errors import StoreError

    session = ctx.session
    if session is None or session.closed:
        return 0
    sources = dirty_sources(root)
    try:
        kept = session.drafts.save_all(collect_drafts(sources), reason=reason)
    except (StoreError, RuntimeError):
        return 0
    for src in sources:
        if src.isWindow() and callable(getattr(src, "reject", None)):
            src.setProperty(LOCKING, True)  # closes with its area: the draft stays
            src.reject()
    return int(kept)


def restore_drafts(
    session: Any, root: QWidget, *, hosts: list[Any] | None = None, skip: Iterable[str] = ()
) -> list[Any]:
    """Fill the open editors under ``root`` with their kept drafts, and open again the
    dialogs that were open (``reopen_draft`` of a host). Returns the restored editors."""
    skipped = set(skip)
    drafts = {d.key: d for d in session.drafts.all() if d.key not in skipped}
    restored: list[Any] = []
    for src in open_sources(root):
        draft = drafts.pop(src.draft_key(), None)
        if draft is not None:
            src.restore_draft(draft.payload)
            restored.append(src)
    candidates = hosts if hosts is not None else [root, *root.findChildren(QWidget)]
    for draft in drafts.values():
        for host in candidates:
            reopen = getattr(host, "reopen_draft", None)
            if not callable(reopen):
                continue
            dialog = reopen(draft.key, draft.payload)
            if dialog is not None:
                restored.append(dialog)
                break
    return restored


def show_restored_in(ctx: Any, view: QWidget, sources: list[Any]) -> RestoredBar | None:
    """The info bar at the top of ``view`` (its layout) for the editors restored in it."""
    layout = view.layout()
    if not sources or not isinstance(layout, QVBoxLayout):
        return None
    bar = RestoredBar(ctx, sources, view)
    layout.insertWidget(0, bar)
    bar.show()
    return bar


# -- dialogs opened by an action, opened again after unlock ------------------------------------
def select_item(root: QWidget, item_id: str) -> bool:
    """Make the row whose id (``Qt.UserRole`` of column 0) is ``item_id`` current in the
    first list under ``root`` that has it."""
    for tree in root.findChildren(QTreeWidget):
        it = QTreeWidgetItemIterator(tree)
        while it.value() is not None:
            item = it.value()
            if str(item.data(0, Qt.ItemDataRole.UserRole) or "") == item_id:
                tree.setCurrentItem(item)
                return True
            it += 1
    return False


class DialogHost:
    """Mixin for a widget whose actions (methods without arguments) open editor dialogs.

    ``host_dialog(dlg, action, target)`` in the opener names the dialog's draft
    ``<draft_host_key>|<action>|<target>``; after unlock ``reopen_draft`` makes ``target``
    (a row id) current, runs ``action`` again and fills in the draft. When the dialog is
    saved or thrown away, its kept draft goes too."""

    def draft_host_key(self) -> str:
        raise NotImplementedError

    def draft_host_ctx(self) -> Any:
        raise NotImplementedError

    def draft_host_dossier(self) -> str | None:
        return None

    def select_draft_target(self, target: str) -> bool:
        """Make the row ``target`` current before the action runs again (default: the row
        with that id in the first list that has it)."""
        return select_item(self, target)  # type: ignore[arg-type]

    def host_dialog(self, dlg: Any, action: str, target: str = "") -> None:
        dlg.set_draft_key(f"{self.draft_host_key()}|{action}|{target}")
        dlg.draft_dossier = self.draft_host_dossier()
        discard_when_done(self.draft_host_ctx(), dlg)

    def reopen_draft(self, key: str, payload: dict[str, Any]) -> Any | None:
        host, _, rest = key.partition("|")
        if host != self.draft_host_key():
            return None
        action, _, target = rest.partition("|")
        method = getattr(self, action, None)
        if not action.isidentifier() or action.startswith("_") or not callable(method):
            return None
        if target and not self.select_draft_target(target):
            return None  # the row is gone (e.g. decided meanwhile): the draft stays unused
        method()
        dialog = next((s for s in open_sources(self) if s.draft_key() == key), None)  # type: ignore[arg-type]
        if dialog is not None:
            dialog.restore_draft(payload)
        return dialog


class DialogDraft(FormDraft):
    """A dialog's half of ``DialogHost``: the key comes from the opener."""

    _draft_key = ""
    draft_dossier: str | None = None

    def set_draft_key(self, key: str) -> None:
        self._draft_key = key

    def draft_key(self) -> str:
        return self._draft_key

    def draft_dossier_id(self) -> str | None:
        return self.draft_dossier
