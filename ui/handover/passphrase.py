"""Shows a generated passphrase once: large, in readable groups, printable, retype check."""

from __future__ import annotations

import io
import random
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.qt_compat import emit
from ui.widgets import add_row, form_layout, paragraph, plain, print_pdf

WORDS_PER_LINE = 4


def passphrase_lines(passphrase: str, check_label: str = "") -> list[str]:
    """``a-b-c-...-j-07`` -> numbered lines of four words ("1 a  2 b  3 c  4 d") and, on a
    line of its own, the check number with its label ("controlegetal: 07") so the two
    digits are not taken for an eleventh word."""
    *words, check = passphrase.split("-")
    numbered = [f"{i + 1}\u00a0{w}" for i, w in enumerate(words)]
    lines = [
        "   ".join(numbered[i : i + WORDS_PER_LINE])
        for i in range(0, len(numbered), WORDS_PER_LINE)
    ]
    label = check_label or QCoreApplication.translate("PassphraseDialog", "controlegetal:")
    return [*lines, f"{label} {check}"]


def passphrase_sheet_pdf(
    passphrase: str, *, title: str, lines: list[str], check_label: str = ""
) -> bytes:
    """A one-page A4 sheet with the passphrase, made in memory with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=0)
    pdf.setTitle(title)
    width, height = A4
    y = height - 30 * mm
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(25 * mm, y, title)
    y -= 10 * mm
    pdf.setFont("Helvetica", 11)
    pdf.drawString(25 * mm, y, date.today().isoformat())
    y -= 14 * mm
    pdf.setFont("Courier-Bold", 15)
    for word_line in passphrase_lines(passphrase, check_label):
        pdf.drawString(25 * mm, y, word_line.replace("\u00a0", " "))
        y -= 10 * mm
    y -= 6 * mm
    pdf.setFont("Helvetica", 10.5)
    for text in lines:
        pdf.drawString(25 * mm, y, text)
        y -= 6 * mm
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class PassphraseDialog(QDialog):
    """Shown once after an export. "Klaar" only after one word has been typed back."""

    check_changed = Signal()

    def __init__(self, passphrase: str, *, transfer: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._passphrase = passphrase
        self.transfer = transfer
        self.words = passphrase.split("-")
        self.setWindowTitle(
            self.tr("Wachtwoordzin van het overdrachtspakket")
            if transfer
            else self.tr("Wachtwoordzin van de overdracht")
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Het bestand is klaar. Zonder deze wachtwoordzin kan niemand het openen. "
                    "Hij wordt <b>maar één keer</b> getoond. Druk hem af of schrijf hem over en "
                    "geef hem <b>apart van het bestand</b> aan de ontvanger (nooit in dezelfde "
                    "e-mail of op dezelfde USB-stick)."
                )
            )
        )
        self.phrase_label = QLabel("\n".join(passphrase_lines(passphrase, self._check_label())))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(15.0, QFont().pointSizeF() * 1.6))
        mono.setBold(True)
        self.phrase_label.setFont(mono)
        self.phrase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phrase_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.phrase_label.setStyleSheet(
            "QLabel { padding: 14px; background: #f5f8fb; border: 2px solid #1f3b57;"
            " border-radius: 6px; color: #111; }"
        )
        self.phrase_label.setAccessibleName(self.tr("Wachtwoordzin"))
        self.phrase_label.setAccessibleDescription(" ".join(self.words))
        layout.addWidget(self.phrase_label)

        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.print_button.setAccessibleName(plain(self.print_button.text()))
        self.print_button.clicked.connect(self.print_sheet)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)

        # Ask for one of the ten words (never the check number after them).
        self.check_index = random.randrange(1, len(self.words) - 1)
        form = form_layout()
        self.check_edit = QLineEdit()
        self.check_edit.setMaximumWidth(200)
        add_row(
            form,
            self.tr("Controle: typ &woord %1 over:").replace("%1", str(self.check_index + 1)),
            self.check_edit,
        )
        self.check_status = QLabel()
        form.addRow("", self.check_status)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox()
        self.done_button = self.buttons.addButton(
            self.tr("&Klaar"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setAccessibleName(self.tr("Klaar"))
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.accept)
        layout.addWidget(self.buttons)
        self.check_edit.textChanged.connect(self._check)
        self.check_edit.setFocus()
        # At least 640 px, and never less than the layout needs: an explicit minimum width
        # replaces the layout's own, and four long words on a line need more (styled first,
        # so the phrase's border and padding count).
        self.ensurePolished()
        self.setMinimumWidth(max(640, layout.minimumSize().width()))

    def _check_label(self) -> str:
        return self.tr("controlegetal:")

    def sheet_pdf(self) -> bytes:
        title = (
            self.tr("Baken overdrachtspakket: wachtwoordzin")
            if self.transfer
            else self.tr("Baken overdracht: wachtwoordzin")
        )
        lines = [
            self.tr("Typ de tien woorden en het controlegetal over bij het importeren in Baken."),
            self.tr("Bewaar dit blad apart van het bestand, achter slot; vernietig het daarna."),
        ]
        return passphrase_sheet_pdf(
            self._passphrase, title=title, lines=lines, check_label=self._check_label()
        )

    def print_sheet(self) -> None:
        print_pdf(self, self.sheet_pdf(), self.tr("Baken overdrachtsblad"))

    def check_ok(self) -> bool:
        if not self.words:
            return False
        return self.check_edit.text().strip().lower() == self.words[self.check_index]

    def _check(self) -> None:
        ok = self.check_ok()
        if not self.words:
            return
        full = len(self.check_edit.text().strip()) >= len(self.words[self.check_index])
        if ok:
            self.check_status.setText(self.tr("Klopt."))
            self.check_status.setStyleSheet("color: #2e7d32;")
        elif full:
            self.check_status.setText(self.tr("Dat klopt niet; kijk nog eens goed."))
            self.check_status.setStyleSheet("color: #a4262c;")
        else:
            self.check_status.setText("")
        self.done_button.setEnabled(ok)
        emit(self.check_changed)

    # Esc and the close box do nothing until the check is done (the phrase is shown only
    # once); reject() itself still works, so locking Baken closes this dialog.
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.check_ok():
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.check_ok() and self.isVisible() and self.result() == 0 and self._passphrase:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._passphrase = ""
        self.words = []
        self.phrase_label.clear()
        self.phrase_label.setAccessibleDescription("")
        super().done(result)
