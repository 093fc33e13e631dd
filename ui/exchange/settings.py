"""Instellingen -> Uitwisselen (issue 17 item 6): the team folder's inbox and outbox.

The folders are kept inside the encrypted store (``machine.exchange.*`` settings: a folder
name can say something, and a handover does not carry them), never in QSettings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.context import AppContext
from ui.messages import message_text
from ui.widgets import (
    add_row,
    documents_folder,
    error_label,
    form_layout,
    paragraph,
    plain,
    show_message,
)


class ExchangeFoldersBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Uitwisselen"), parent)
        self.ctx = ctx
        self.setObjectName("exchangeFolders")
        form = form_layout()
        form.addRow(
            paragraph(
                self.tr(
                    "Een gedeelde map van het team (netwerkmap, OneDrive/SharePoint, "
                    "Syncthing). Baken kijkt bij het ontgrendelen en elke paar minuten in de "
                    "inbox; wat u verstuurt komt in de uitbox. Pakketten zijn versleuteld."
                )
            )
        )
        self.inbox = QLineEdit()
        self.outbox = QLineEdit()
        self.choose: dict[str, QPushButton] = {}
        self.clear: dict[str, QPushButton] = {}
        for key, edit, text, choose_name, clear_name in (
            (
                "inbox",
                self.inbox,
                self.tr("&Inboxmap:"),
                self.tr("Inboxmap kiezen"),
                self.tr("Inboxmap leegmaken"),
            ),
            (
                "outbox",
                self.outbox,
                self.tr("&Uitboxmap:"),
                self.tr("Uitboxmap kiezen"),
                self.tr("Uitboxmap leegmaken"),
            ),
        ):
            edit.setReadOnly(True)
            edit.setPlaceholderText(self.tr("(geen)"))
            choose = QPushButton(self.tr("Kiezen…"))
            choose.setAccessibleName(choose_name)
            choose.clicked.connect(lambda _=False, k=key: self._choose(k))
            clear = QPushButton(self.tr("Leegmaken"))
            clear.setAccessibleName(clear_name)
            clear.clicked.connect(lambda _=False, k=key: self.set_folder(k, None))
            row_widget = QWidget()
            row = QHBoxLayout(row_widget)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit, 1)
            row.addWidget(choose)
            row.addWidget(clear)
            label = add_row(form, text, row_widget)
            label.setBuddy(edit)
            edit.setAccessibleName(plain(text).rstrip(":"))
            self.choose[key], self.clear[key] = choose, clear
        self.error = error_label()
        form.addRow("", self.error)
        self.setLayout(form)
        ctx.changed.connect(self._on_change)
        self.load()

    def folders(self) -> tuple[Path | None, Path | None]:
        return self.ctx.run(lambda s: s.exchange.folders())

    def load(self) -> None:
        inbox, outbox = self.folders()
        self.inbox.setText(str(inbox) if inbox else "")
        self.outbox.setText(str(outbox) if outbox else "")
        for key, edit in (("inbox", self.inbox), ("outbox", self.outbox)):
            self.clear[key].setEnabled(bool(edit.text()))

    def _on_change(self, change: object) -> None:
        touches = getattr(change, "touches", None)
        if callable(touches) and touches("settings") and self.ctx.is_unlocked:
            self.load()

    def _choose(self, key: str) -> None:
        current = (self.inbox if key == "inbox" else self.outbox).text()
        name = QFileDialog.getExistingDirectory(
            self,
            self.tr("Inboxmap kiezen") if key == "inbox" else self.tr("Uitboxmap kiezen"),
            current or str(documents_folder()),
        )
        if name:
            self.set_folder(key, Path(name))

    def set_folder(self, key: str, folder: Path | None) -> bool:
        inbox, outbox = self.folders()
        if key == "inbox":
            inbox = folder
        else:
            outbox = folder
        ok = [False]

        def done(_r: object) -> None:
            ok[0] = True
            show_message(self.error, "")

        self.ctx.op(
            self,
            lambda s: s.exchange.set_folders(inbox, outbox),
            done,
            lambda exc: show_message(self.error, message_text(exc)),
        )
        self.load()
        return ok[0]
