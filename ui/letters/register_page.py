"""Verstrekkingenregister: every letter made, printed or saved and every document saved
outside the app, for all dossiers, newest first. Registered in the page registry (60).

Viewing the register is audited by the service (``disclosure.list``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import StoreError
from desktop.events import Change
from ui.context import AppContext
from ui.letters.tabs import _ts, action_label, template_title
from ui.messages import message_text
from ui.page_registry import PageSpec
from ui.widgets import RefreshWhenShown, error_label, heading, list_tree, show_message

PAGE_SIZE = 500


class RegisterPage(RefreshWhenShown):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, stale=True)
        self.ctx = ctx
        self.error = error_label()
        self.summary = QLabel()
        self.table = list_tree(
            [self.tr("Datum"), self.tr("Dossier"), self.tr("Handeling"), self.tr("Ontvanger"),
             self.tr("Brief"), self.tr("Velden"), self.tr("Door"),
             self.tr("Toestemming of reden")],
            self.tr("Verstrekkingenregister"), fit_columns=True)  # fmt: skip
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        self.refresh_button.clicked.connect(self.refresh)
        self.letterhead_button = QPushButton(self.tr("Brief&papier…"))
        self.letterhead_button.clicked.connect(self.edit_letterhead)
        self.letterhead_dialog: QWidget | None = None
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.letterhead_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Verstrekkingenregister")))
        intro = QLabel(
            self.tr(
                "Alle brieven die zijn gemaakt, afgedrukt of opgeslagen, en documenten die "
                "buiten Baken zijn opgeslagen: wanneer, aan wie, welke velden, op grond van "
                "welke toestemming of reden, en door wie."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        ctx.changed.connect(self._changed)

    def edit_letterhead(self) -> None:
        from ui.letters.letterhead import LetterheadDialog

        dialog = LetterheadDialog(self.ctx, self)
        self.letterhead_dialog = dialog
        dialog.open()

    def _changed(self, change: Change) -> None:
        if change.touches("disclosure"):
            self.refresh_when_shown()

    def refresh(self) -> None:
        self.mark_fresh()
        try:
            svc = self.ctx.require_session().letters
            rows = svc.disclosures(limit=PAGE_SIZE)
            total = svc.count_disclosures()
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        self.table.clear()
        for d in rows:
            ground = self.tr("toestemming") if d.consent_id else (d.reason or "—")
            what = template_title(d.template) if d.template else self.tr("document")
            action = action_label(d.action)
            values = [_ts(d.disclosed_at), d.dossier_number, action, d.recipient_name or "—",
                      what, str(len(d.fields)), d.actor, ground]  # fmt: skip
            self.table.addTopLevelItem(QTreeWidgetItem(values))
        shown = len(rows)
        self.summary.setText(
            self.tr("%n verstrekkingen", "", total)
            if shown == total
            else self.tr("De nieuwste {shown} van {n} verstrekkingen").format(shown=shown, n=total)
        )


# Listed in ui/features.py (the one list of pages).
PAGE = PageSpec(
    "verstrekkingen",
    lambda: QCoreApplication.translate("Pages", "Verstrekkingen"),
    lambda ctx, parent: RegisterPage(ctx, parent),
    65,
)
