"""Dossiers versturen: to a verified contact, as one signed, encrypted package (issue 17).

The package goes to the outbox folder when one is set (Instellingen -> Uitwisselen), else
to a file the user chooses. The gate is the one of letters: a valid consent to share with
the contact's organisation, or a reason (kept in the verstrekkingenregister).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange import PACKAGE_SUFFIX, Contact, Sent
from ui.context import AppContext
from ui.handover.picker import TransferPicker
from ui.messages import message_text
from ui.widgets import add_row, documents_folder, error_label, form_layout, paragraph, show_message


class SendDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        contacts: list[Contact],
        outbox: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outbox = outbox
        self.sent: Sent | None = None
        self.contacts = [c for c in contacts if c.status == "geverifieerd"]
        self.setWindowTitle(self.tr("Dossiers versturen"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Het pakket is versleuteld voor de gekozen collega (en voor u) en door u "
                    "ondertekend. Zonder geldige toestemming om te delen met de organisatie "
                    "van de collega vult u een reden in; die komt in het "
                    "verstrekkingenregister."
                )
            )
        )
        form = form_layout()
        self.contact = QComboBox()
        for c in self.contacts:
            self.contact.addItem(", ".join(x for x in (c.name, c.organisation) if x), c.id)
        add_row(form, self.tr("&Contact:"), self.contact)
        self.reason = QLineEdit()
        add_row(
            form,
            self.tr("Re&den (zonder toestemming):"),
            self.reason,
            self.tr("Waarom u deelt zonder geldige toestemming; leeg als die er is"),
        )
        layout.addLayout(form)
        self.picker = TransferPicker(ctx.require_session().cases)
        self.picker.reload()
        layout.addWidget(self.picker, 1)
        self.where = paragraph(
            self.tr("Naar de uitboxmap: %1").replace("%1", str(outbox))
            if outbox
            else self.tr("U kiest hierna waar het pakket komt (geen uitboxmap ingesteld).")
        )
        layout.addWidget(self.where)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Versturen"))
        self.ok.setAccessibleName(self.tr("Versturen"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.choose_and_send)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok.setEnabled(bool(self.contacts))

    def choose_and_send(self) -> None:
        out: Path | None = None
        if self.outbox is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Pakket opslaan"),
                str(documents_folder() / ("pakket" + PACKAGE_SUFFIX)),
                self.tr("Baken-pakket (*.baken-pakket)"),
            )
            if not name:
                return
            out = Path(name)
        self.send(out)

    def send(self, out: Path | None = None) -> bool:
        """Write the package (to ``out``, else the outbox)."""
        contact_id = str(self.contact.currentData() or "")
        dossiers = self.picker.checked()
        reason = self.reason.text()
        outbox = None if out is not None else self.outbox

        def done(sent: Sent) -> None:
            self.sent = sent
            self.accept()

        self.ctx.op(
            self,
            lambda s: s.exchange.send(
                contact_id, dossiers=dossiers, out=out, outbox=outbox, reason=reason
            ),
            done,
            lambda exc: show_message(self.error, message_text(exc)),
        )
        return self.sent is not None
