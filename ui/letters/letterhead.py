"""Briefpapier: the letterhead settings that the general settings page does not hold
(phone, e-mail, logo, signer). Organisation name and address stay on the settings page.
Everything is stored inside the encrypted store (the logo as base64)."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.letters.service import (
    ORG_EMAIL,
    ORG_LOGO,
    ORG_PHONE,
    SIGNER_NAME,
    SIGNER_ROLE,
    sniff_mime,
)
from ui.context import ORG_NAME, USER_NAME, USER_ROLE, AppContext
from ui.widgets import add_row, documents_folder, error_label, form_layout, show_message

MAX_LOGO_BYTES = 1024 * 1024


class LetterheadDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Briefpapier"))
        self.logo: bytes | None = None
        intro = QLabel(
            self.tr(
                "De naam en het adres van de organisatie stelt u in bij Instellingen. Hier "
                "staan de overige gegevens voor het briefpapier."
            )
        )
        intro.setWordWrap(True)
        self.phone = QLineEdit(str(ctx.setting(ORG_PHONE, "") or ""))
        self.email = QLineEdit(str(ctx.setting(ORG_EMAIL, "") or ""))
        self.signer_name = QLineEdit(str(ctx.setting(SIGNER_NAME, "") or ""))
        self.signer_name.setPlaceholderText(str(ctx.setting(USER_NAME, "") or ""))
        self.signer_role = QLineEdit(str(ctx.setting(SIGNER_ROLE, "") or ""))
        self.signer_role.setPlaceholderText(str(ctx.setting(USER_ROLE, "") or ""))
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumSize(180, 64)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.choose_logo = QPushButton(self.tr("Logo &kiezen…"))
        self.remove_logo = QPushButton(self.tr("Logo &verwijderen"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        form = form_layout()
        form.addRow(QLabel(self.tr("Organisatie: {name}").format(
            name=str(ctx.setting(ORG_NAME, "") or self.tr("(nog niet ingesteld)")))))  # fmt: skip
        add_row(form, self.tr("&Telefoon"), self.phone)
        add_row(form, self.tr("&E-mail"), self.email)
        add_row(form, self.tr("&Ondertekenaar"), self.signer_name,
                self.tr("Leeg: de naam van de gebruiker"))  # fmt: skip
        add_row(form, self.tr("&Functie ondertekenaar"), self.signer_role)
        form.addRow(self.tr("Logo (PNG of JPG)"), logo_box)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        raw = ctx.setting(ORG_LOGO, "")
        if isinstance(raw, str) and raw:
            try:
                self.set_logo(base64.b64decode(raw, validate=True))
            except (binascii.Error, ValueError):
                self.set_logo(None)
        else:
            self.set_logo(None)

    def set_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        self.remove_logo.setEnabled(logo is not None)
        if logo is None:
            self.logo_preview.setText(self.tr("Geen logo"))
            return
        pix = QPixmap()
        pix.loadFromData(QByteArray(logo))
        self.logo_preview.setPixmap(
            pix.scaled(180, 64, Qt.AspectRatioMode.KeepAspectRatio,
                       Qt.TransformationMode.SmoothTransformation)
        )  # fmt: skip

    def load_logo_file(self, path: Path) -> bool:
        show_message(self.error, "")
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:
                show_message(self.error, self.tr("Het logo is groter dan 1 MB."))
                return False
            data = path.read_bytes()
        except OSError:
            show_message(self.error, self.tr("Het bestand kan niet worden gelezen."))
            return False
        if sniff_mime(data[:16]) not in ("image/png", "image/jpeg"):
            show_message(self.error, self.tr("Kies een PNG- of JPG-afbeelding."))
            return False
        self.set_logo(data)
        return True

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo kiezen"),
            str(documents_folder()),
            self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.load_logo_file(Path(name))

    def save(self) -> None:
        self.ctx.put_settings(
            {
                ORG_PHONE: self.phone.text().strip(),
                ORG_EMAIL: self.email.text().strip(),
                SIGNER_NAME: self.signer_name.text().strip(),
                SIGNER_ROLE: self.signer_role.text().strip(),
                ORG_LOGO: base64.b64encode(self.logo).decode("ascii") if self.logo else "",
            }
        )
        self.accept()
