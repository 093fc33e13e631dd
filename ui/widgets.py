"""Small shared widgets: labelled form rows, the password fields with strength meter,
and the recovery-code panel (show once, print or save the sheet, retype check)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# The unlock window uses this module's form helpers; the classes below (item views, file
# dialog, images, events) are imported where used: making their Python types costs
# start-up time (issue 16).
if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QImage, QPagedPaintDevice, QScreen, QShowEvent
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView, QTreeWidget

    from ui.operations import CancelToken, Operation
from ui.qt_compat import emit


def plain(text: str) -> str:
    """A label text without its mnemonic ampersand (for accessible names)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def qdate_to_date(value: QDate) -> date:
    """A QDate as a ``datetime.date`` (PySide6's ``toPython`` is typed as ``object``)."""
    return date(value.year(), value.month(), value.day())


def add_row(form: QFormLayout, text: str, field: QWidget, description: str = "") -> QLabel:
    """A form row with a buddy label, accessible name and optional description."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(plain(text))
    if description:
        field.setAccessibleDescription(description)
    form.addRow(label, field)
    return label


def heading(text: str, size: float = 1.5) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.AutoText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    # Keep QLabel's own policy: it carries the height-for-width flag word wrap needs.
    return label


def list_tree(
    headers: list[str], name: str, *, uniform: bool = True, fit_columns: bool = False
) -> QTreeWidget:
    """The flat list used on every page and tab: headers, alternating rows, one selection,
    an accessible name; ``fit_columns`` sizes the columns to their contents."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget

    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(uniform)
    tree.setAccessibleName(name)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(True)
    if fit_columns:
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


def save_row(button: QPushButton) -> QHBoxLayout:
    """A row with ``button`` on the right (under a form)."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4262c; font-weight: bold;")
    label.setAccessibleName("foutmelding")
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def insert_row(form: QFormLayout, row: int, text: str, field: QWidget) -> QLabel:
    """Like ``add_row`` but at a position (to share one label column across widgets)."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(plain(text))
    form.insertRow(row, label, field)
    return label


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(10)
    return form


def scrolling_body(page: QWidget, name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """Give ``page`` one vertically scrolling area (never sideways) and return it with the
    layout of its body: a page whose texts would otherwise squeeze or push the window taller
    than a 125 % / 150 % screen."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget()
    area.setWidget(body)
    outer.addWidget(area)
    return area, QVBoxLayout(body)


class RefreshWhenShown(QWidget):
    """A page that follows the one change notification without needless work: a relevant
    change refreshes it at once when it is on screen, otherwise marks it stale, and it
    refreshes when next shown (no queries or audit rows for a page nobody looks at).
    Subclasses implement ``refresh`` and call ``mark_fresh`` in it."""

    def __init__(self, parent: QWidget | None = None, *, stale: bool = False) -> None:
        super().__init__(parent)
        self._stale = stale

    def refresh(self) -> None:
        raise NotImplementedError

    def mark_fresh(self) -> None:
        self._stale = False

    def refresh_when_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.refresh()


class PasswordFields(QWidget):
    """New password + confirmation with a live zxcvbn strength meter."""

    changed = Signal()

    def __init__(
        self,
        user_inputs: Callable[[], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._user_inputs = user_inputs or (lambda: [])
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        # The word goes beside the bar, in the normal text colour: drawn inside the bar it was
        # dark text on the dark green chunk ("Zeer sterk").
        self.meter.setTextVisible(False)
        self.meter.setMinimumWidth(220)
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        font = self.strength.font()
        font.setBold(True)
        self.strength.setFont(font)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.advice.setAccessibleName(self.tr("Advies over het wachtwoord"))
        self.match = QLabel()
        self.match.setWordWrap(True)

        form = form_layout()
        self.form = form
        add_row(form, self.tr("&Nieuw wachtwoord:"), self.new)
        add_row(form, self.tr("&Herhaal wachtwoord:"), self.confirm)
        meter_row = QWidget()
        meter_layout = QHBoxLayout(meter_row)
        meter_layout.setContentsMargins(0, 0, 0, 0)
        meter_layout.addWidget(self.meter, 1)
        meter_layout.addWidget(self.strength)
        add_row(form, self.tr("Sterkte:"), meter_row)
        form.addRow("", self.advice)
        form.addRow("", self.match)
        form.setContentsMargins(0, 0, 0, 0)
        self.setLayout(form)
        self.new.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self._acceptable = False
        self._update()

    def labels(self) -> tuple[str, ...]:
        return (
            self.tr("Zeer zwak"),
            self.tr("Zwak"),
            self.tr("Matig"),
            self.tr("Sterk"),
            self.tr("Zeer sterk"),
        )

    def _update(self) -> None:
        from desktop.vault import password_policy  # with the vault, not at start-up

        pw = self.new.text()
        strength = password_policy.assess(pw, self._user_inputs())
        self._acceptable = strength.acceptable
        self.meter.setValue(strength.score if pw else 0)
        label = self.labels()[strength.score] if pw else self.tr("nog niets ingevuld")
        self.meter.setFormat(label)
        self.strength.setText(label)
        self.meter.setAccessibleName(self.tr("Sterkte: %1").replace("%1", label))
        colour = ["#a4262c", "#c75000", "#b58900", "#2e7d32", "#1b5e20"][strength.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        advice: list[str] = []
        if not pw:
            advice.append(
                self.tr(
                    "Kies een wachtwoord van minstens %1 tekens, bijvoorbeeld een zin van vier "
                    "of meer losse woorden."
                ).replace("%1", str(password_policy.MIN_LENGTH))
            )
        else:
            if len(pw) < password_policy.MIN_LENGTH:
                advice.append(
                    self.tr("Gebruik minstens %1 tekens.").replace(
                        "%1", str(password_policy.MIN_LENGTH)
                    )
                )
            if strength.score < password_policy.MIN_SCORE:
                advice.append(
                    self.tr(
                        "Maak het moeilijker te raden: gebruik een zin van vier of meer losse "
                        "woorden, geen namen, datums of woorden uit uw organisatie."
                    )
                )
            if strength.acceptable:
                advice.append(
                    self.tr("Goed wachtwoord. Schrijf het niet op en gebruik het nergens anders.")
                )
        self.advice.setText(" ".join(advice))
        if self.confirm.text() and self.confirm.text() != pw:
            self.match.setText(self.tr("De twee wachtwoorden zijn niet gelijk."))
        else:
            self.match.setText("")
        self.match.setVisible(bool(self.match.text()))
        emit(self.changed)

    def is_complete(self) -> bool:
        return self._acceptable and self.new.text() == self.confirm.text()

    def password(self) -> str:
        return self.new.text()

    def clear(self) -> None:
        self.new.clear()
        self.confirm.clear()


WINDOW_FRAME = 40  # title bar and border the window manager adds


def window_room(window: QWidget) -> tuple[int, int] | None:
    """The width and height a top-level window may take: its screen's free area, less
    ``WINDOW_FRAME`` for the title bar (1366×768 at 150 % is 910×512 logical pixels).
    None while the window has no screen yet."""
    screen: QScreen | None = window.screen()
    if screen is None:
        return None
    return room_in(screen.availableGeometry().size())


def room_in(free: QSize) -> tuple[int, int]:
    """``window_room`` for a screen whose free area is ``free``."""
    return free.width(), max(free.height() - WINDOW_FRAME, 200)


def bound_to_screen(window: QWidget) -> None:
    """Shrink a window's height to the room on its screen (``window_room``); its content
    scrolls. The width stays: a form cut off at the right is worse than a wide window."""
    room = window_room(window)
    if room is not None and room[1] < window.height():
        window.resize(window.width(), room[1])


def _print_message(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Print", "Afdrukken"), text)


def _confirm_print_to_file(parent: QWidget | None) -> bool:
    """The warning "Opslaan als PDF" gives, for a print dialog that still wrote to a file."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Print", "Niet versleuteld opslaan"),
        QCoreApplication.translate(
            "Print",
            "U drukt af naar een bestand. Dat wordt een gewoon PDF-bestand, <b>niet "
            "versleuteld</b>. Iedereen die bij dit bestand kan, kan het lezen. Doe dit alleen "
            "als het echt nodig is, op een veilige plek, en verwijder het daarna (ook uit de "
            "prullenbak).<br><br>Doorgaan?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def print_dialog(printer: QPrinter, parent: QWidget | None, title: str) -> QPrintDialog:
    """Qt's print dialog without "Print to file" (an unencrypted PDF, no warning)."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setWindowTitle(title)
    return dialog


# Printers of the operating system that write a file instead of paper ("Microsoft Print to
# PDF", "Microsoft XPS Document Writer", OneNote, CUPS-PDF): they get the warning too.
_FILE_PRINTER = re.compile(r"pdf|xps|onenote|document writer", re.IGNORECASE)


def is_file_printer(name: str) -> bool:
    return bool(_FILE_PRINTER.search(name))


def may_print_to(parent: QWidget | None, printer: QPrinter) -> bool:
    """False for no printer; a printer that is a file (a native dialog's own "save as PDF",
    or a PDF printer of the system) only after the unencrypted-file warning."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or printer.outputFileName():
        return bool(printer.outputFileName()) and _confirm_print_to_file(parent)
    if is_file_printer(printer.printerName()):
        return _confirm_print_to_file(parent)
    return True


def print_pdf(
    parent: QWidget | None,
    pdf: bytes,
    title: str,
    on_printed: Callable[[int], None] | None = None,
) -> PrintJob | None:
    """Ask for a printer and print PDF bytes from memory (no temporary file).

    Qt's "Print to file" is switched off: it would write an unencrypted PDF without the
    warning "Opslaan als PDF…" gives (a native dialog or a system PDF printer that still
    writes a file gets that warning first). The pages are rendered to images on a worker
    (delayed progress, safe cancel: up to ``PRINT_BATCH`` pages nothing reaches the printer
    until every page is ready); only painting them onto the printer runs on the UI thread.
    ``on_printed(pages)`` runs after printing. Returns the running ``PrintJob``, or None
    when nothing is printed.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

    if not QPrinterInfo.availablePrinters():
        _print_message(
            parent,
            QCoreApplication.translate(
                "Print",
                "Er is op deze computer geen printer ingesteld. Hebt u een bestand nodig, "
                "gebruik dan “Opslaan als PDF…”: dat waarschuwt dat het "
                "bestand niet versleuteld is.",
            ),
        )
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF has its own margins
    dialog = print_dialog(printer, parent, title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted or not may_print_to(parent, printer):
        return None
    return print_pdf_to(parent, pdf, printer, on_printed)


def print_pdf_to(
    parent: QWidget | None,
    pdf: bytes,
    printer: QPagedPaintDevice,
    on_printed: Callable[[int], None] | None = None,
    *,
    batch_pages: int = 0,
) -> PrintJob:
    """Render ``pdf``'s pages on a worker, then paint them onto ``printer`` (UI thread)."""
    return PrintJob(parent, pdf, printer, on_printed, batch_pages=batch_pages or PRINT_BATCH)


# QPdfDocument only renders to images. At the printer's own resolution (1200 dpi in
# HighResolution mode) a 2-page letter took ~10 s and 7 MB a page; 300 dpi is sharp text on
# paper (issue 16: print_letter_ms, print_page_mb).
PRINT_RASTER_DPI = 300
# An A4 page image at 300 dpi is 35 MB: longer documents are rendered and printed in
# batches of this many pages (at most ~280 MB of page images at a time).
PRINT_BATCH = 8

# A rendered page and the size (printer device pixels) it is drawn at.
PageImage = tuple["QImage", QSize]


class PrintJob(QObject):
    """One print run: a batch of pages is rendered on a worker (``run_operation``: progress
    after 0.5 s, Annuleren), then painted onto the printer on the UI thread, then the next
    batch. A cancel (or the view going away when Baken locks) before the first batch is
    painted prints nothing; later (documents longer than ``PRINT_BATCH`` pages) it ends
    the run with the pages painted so far. ``on_printed(pages)`` runs after a full run."""

    def __init__(
        self,
        parent: QWidget | None,
        pdf: bytes,
        printer: QPagedPaintDevice,
        on_printed: Callable[[int], None] | None,
        *,
        batch_pages: int = PRINT_BATCH,
    ) -> None:
        super().__init__()
        from PySide6.QtGui import QPainter

        self._parent = parent
        self._pdf = pdf
        self._printer = printer
        self._on_printed = on_printed
        self._batch = max(1, batch_pages)
        self._target = QSize(printer.width(), printer.height())
        self._dpi = printer.logicalDpiX()
        self._painter = QPainter()
        self.pages = 0  # painted so far
        self.finished = False
        self.operation: Operation[tuple[list[PageImage], int]] | None = None
        _PRINTING.add(self)
        self._next(0)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.token.cancel()

    def _next(self, first: int) -> None:
        pdf, target, dpi, count = self._pdf, self._target, self._dpi, self._batch

        def work(cancel: CancelToken) -> tuple[list[PageImage], int]:
            return render_pdf_range(pdf, target, dpi, first, count, lambda: cancel.cancelled)

        from ui.operations import run_operation

        operation = run_operation(
            self._parent,
            work,
            self._paint,
            label=QCoreApplication.translate("Print", "Afdrukken…"),
            on_error=self._failed,
        )
        operation.done.connect(lambda: self._settled(operation))
        self.operation = operation

    def _settled(self, operation: Operation[tuple[list[PageImage], int]]) -> None:
        if operation.token.cancelled:  # nothing more will be delivered
            self._finish()

    def _paint(self, out: tuple[list[PageImage], int]) -> None:
        images, total = out
        if images and not self._painter.isActive() and not self._painter.begin(self._printer):
            images.clear()
            self._finish()
            _print_message(
                self._parent, QCoreApplication.translate("Print", "Afdrukken is niet gelukt.")
            )
            return
        rendered = len(images)
        for image, full in images:
            if self.pages:
                self._printer.newPage()
            self._painter.drawImage(QRect(0, 0, full.width(), full.height()), image)
            self.pages += 1
        images.clear()
        if rendered and self.pages < total:
            self._next(self.pages)
            return
        self._finish()
        if not self.pages:
            _print_message(
                self._parent, QCoreApplication.translate("Print", "Afdrukken is niet gelukt.")
            )
        elif self._on_printed is not None:
            self._on_printed(self.pages)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        from ui.operations import show_error

        show_error(self._parent, exc)

    def _finish(self) -> None:
        if self._painter.isActive():
            self._painter.end()
        self.finished = True
        self._pdf = b""
        _PRINTING.discard(self)


_PRINTING: set[PrintJob] = set()


def render_pdf_range(
    pdf: bytes,
    target: QSize,
    dpi: int,
    first: int,
    count: int,
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[list[PageImage], int]:
    """Pages ``first`` .. ``first + count - 1`` of ``pdf`` (see ``render_pdf_pages``) and the
    document's page count. No widgets: runs on a worker thread."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    images: list[PageImage] = []
    try:
        total = doc.pageCount()
        scale = min(1.0, PRINT_RASTER_DPI / max(1, dpi))
        for page in range(first, min(total, first + count)):
            if cancelled():
                images.clear()
                break
            pts = doc.pagePointSize(page)
            size = QSize(int(pts.width() / 72 * dpi), int(pts.height() / 72 * dpi))
            full = size.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
            image = doc.render(page, QSize(int(full.width() * scale), int(full.height() * scale)))
            # Drawn over the whole page later; opaque: no alpha mask in the print job.
            image = image.convertToFormat(QImage.Format.Format_RGB32)
            images.append((image, full))
    finally:
        doc.close()
        buffer.close()
        data.fill(0)
    return images, total


def render_pdf_pages(
    pdf: bytes, target: QSize, dpi: int, cancelled: Callable[[], bool] = lambda: False
) -> list[PageImage]:
    """Every page of ``pdf`` as an opaque image at <= 300 dpi, fitted to ``target`` (the
    printer's page in device pixels at ``dpi``). No widgets: runs on a worker thread."""
    return render_pdf_range(pdf, target, dpi, 0, 1 << 30, cancelled)[0]


def paint_pages(images: Sequence[PageImage], printer: QPagedPaintDevice) -> int:
    """Paint page images from ``render_pdf_pages`` onto ``printer``; the pages drawn."""
    from PySide6.QtGui import QPainter

    if not images:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = 0
    try:
        for image, full in images:
            if pages:
                printer.newPage()
            painter.drawImage(QRect(0, 0, full.width(), full.height()), image)
            pages += 1
    finally:
        painter.end()
    return pages


def render_pdf_to_printer(pdf: bytes, printer: QPagedPaintDevice) -> int:
    """Draw every page of ``pdf`` onto ``printer`` in one go (tests, bench); the pages drawn."""
    images = render_pdf_pages(pdf, QSize(printer.width(), printer.height()), printer.logicalDpiX())
    return paint_pages(images, printer)


class RecoveryCodePanel(QWidget):
    """Shows a recovery code once, large; prints or saves the sheet; optional retype check."""

    check_changed = Signal()

    def __init__(
        self,
        code: str,
        *,
        organisation: Callable[[], str],
        store_id: str,
        language: str,
        with_check: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._code = code
        self._organisation = organisation
        self._store_id = store_id
        self._language = language
        self.groups = code.split("-")

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Dit is uw herstelcode. Hij wordt <b>maar één keer</b> getoond. Druk het "
                    "herstelblad af en bewaar het op papier, achter slot, niet bij de laptop. "
                    "Met de herstelcode en de gegevensmap krijgt u weer toegang als u uw "
                    "wachtwoord vergeet of op een nieuwe laptop begint."
                )
            )
        )
        from PySide6.QtGui import QFont, QFontDatabase
        from PySide6.QtWidgets import QSizePolicy

        self.code_label = QLabel(code)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(16.0, QFont().pointSizeF() * 1.8))
        mono.setBold(True)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.code_label.setStyleSheet(
            "QLabel { padding: 14px; background: #f5f8fb; border: 2px solid #1f3b57;"
            " border-radius: 6px; color: #111; }"
        )
        self.code_label.setAccessibleName(self.tr("Herstelcode"))
        self.code_label.setAccessibleDescription(" ".join(code))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Never squeezed: the whole code, top to bottom, at every size and scale factor (the
        # window grows to the layout's minimum instead).
        self.code_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.code_label.setMinimumSize(self.code_label.sizeHint())
        layout.addWidget(self.code_label)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.print_button.setAccessibleName(plain(self.print_button.text()))
        self.save_button = QPushButton(self.tr("Opslaan als &PDF…"))
        self.save_button.setAccessibleName(plain(self.save_button.text()))
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self._save_dialog)

        self.check_index = random.randrange(1, len(self.groups))  # never the first group
        self.check_edit: QLineEdit | None = None
        self.check_status = QLabel()
        if with_check:
            form = form_layout()
            self.check_edit = QLineEdit()
            self.check_edit.setMaxLength(len(self.groups[self.check_index]) + 2)
            self.check_edit.setMaximumWidth(160)
            add_row(
                form,
                self.tr("Controle: typ groep &%1 over:").replace("%1", str(self.check_index + 1)),
                self.check_edit,
            )
            form.addRow("", self.check_status)
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Heeft u de code afgedrukt of opgeschreven? Typ ter controle groep %1 "
                        "van de vijf over (zonder streepjes)."
                    ).replace("%1", str(self.check_index + 1))
                )
            )
            layout.addLayout(form)
            self.check_edit.textChanged.connect(self._check)
        layout.addStretch(1)

    def sheet_pdf(self) -> bytes:
        from desktop.recovery_sheet import render_recovery_sheet  # reportlab: load on use

        return render_recovery_sheet(
            code=self._code,
            organisation=self._organisation(),
            created=date.today(),
            store_id=self._store_id,
            language=self._language,
        )

    def print_sheet(self) -> None:
        print_pdf(self, self.sheet_pdf(), self.tr("Baken herstelblad"))

    def save_sheet(self, path: Path) -> None:
        from desktop.files import atomic_write

        atomic_write(path, self.sheet_pdf())

    def _save_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = documents_folder()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Herstelblad opslaan"),
            str(Path(folder) / "baken-herstelblad.pdf"),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if not name:
            return
        try:
            self.save_sheet(Path(name))
        except Exception:  # noqa: BLE001 - message below, nothing personal in it
            QMessageBox.warning(
                self, self.tr("Baken"), self.tr("Het herstelblad kon niet worden opgeslagen.")
            )
            return
        QMessageBox.information(
            self,
            self.tr("Baken"),
            self.tr(
                "Het herstelblad is opgeslagen. Druk het af en verwijder daarna het bestand "
                "(ook uit de prullenbak): wie het bestand heeft, heeft uw herstelcode."
            ),
        )

    def check_ok(self) -> bool:
        if self.check_edit is None:
            return True
        typed = self.check_edit.text().strip().upper().replace("-", "").replace(" ", "")
        typed = typed.translate(str.maketrans("OILU", "011V"))
        return typed == self.groups[self.check_index]

    def _check(self) -> None:
        ok = self.check_ok()
        assert self.check_edit is not None
        full = len(self.check_edit.text().strip()) >= len(self.groups[self.check_index])
        if ok:
            self.check_status.setText(self.tr("Klopt."))
            self.check_status.setStyleSheet("color: #2e7d32;")
        elif full:
            self.check_status.setText(self.tr("Dat klopt niet; kijk nog eens op het blad."))
            self.check_status.setStyleSheet("color: #a4262c;")
        else:
            self.check_status.setText("")
        emit(self.check_changed)

    def forget(self) -> None:
        """Remove the code from the widgets (after the wizard or dialog closes)."""
        self._code = ""
        self.groups = []
        self.code_label.clear()
        self.code_label.setAccessibleDescription("")


def documents_folder() -> Path:
    """Where file dialogs start: the user's Documents folder, else the home folder (never the
    working directory, which Qt falls back to when the suggested folder does not exist)."""
    from PySide6.QtCore import QStandardPaths

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def set_column_widths(
    view: QTreeView | QTableView,
    widths: Sequence[int],
    optional: Sequence[int] = (),
    keep: Sequence[int] = (),
) -> None:
    """Column widths for a list, each at least what its header text needs (in the current
    language, font and scale); 0 = this column takes the room that is left. When the list
    gets narrow the fixed columns give way (down to their header text), then the
    ``optional`` columns are hidden in the given order, before the stretch column is
    squeezed below its own header ("aam of ali"). Columns in ``keep`` never shrink below
    their given width (their values must not be elided: "Gepauzeerd")."""
    from PySide6.QtWidgets import QTreeView

    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    keeper = _ColumnKeeper(view, header, list(widths), list(optional), set(keep))
    view.viewport().installEventFilter(keeper)
    keeper.apply()


class _ColumnKeeper(QObject):
    def __init__(
        self,
        view: QTreeView | QTableView,
        header: QHeaderView,
        widths: list[int],
        optional: list[int],
        keep: set[int],
    ) -> None:
        super().__init__(view)
        self.view, self.header, self.widths, self.optional = view, header, widths, optional
        self.keep = keep
        self.stretch = [c for c, w in enumerate(widths) if not w]
        self._queued = False
        self.hints: dict[int, int] = {}
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QHeaderView

        self._relayout = (QEvent.Type.Resize, QEvent.Type.Show)
        for col in self.stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in self._relayout and not self._queued:
            self._queued = True  # once the layout has settled
            QTimer.singleShot(0, self.apply)
        return False

    def apply(self) -> None:
        self._queued = False
        if not shiboken6.isValid(self.view) or not shiboken6.isValid(self.header):
            return  # queued before locking destroyed the view
        header, width = self.header, self.view.viewport().width()
        if width <= 0:
            return
        for col in range(len(self.widths)):  # a hidden section has no size hint: keep the last
            if not header.isSectionHidden(col):
                least = self.widths[col] if col in self.keep else 0
                self.hints[col] = max(header.sectionSizeHint(col), least)
        hint = self.hints
        room = width - sum(hint[c] + 24 for c in self.stretch)
        hidden: list[int] = []
        fixed = [c for c, w in enumerate(self.widths) if w]
        for col in self.optional:  # hide optional columns while even the floors do not fit
            if sum(hint[c] for c in fixed if c not in hidden) <= room:
                break
            hidden.append(col)
        for col in fixed:
            header.setSectionHidden(col, col in hidden)
        shown = [c for c in fixed if c not in hidden]
        want = {c: max(self.widths[c], hint[c]) for c in shown}
        excess = sum(want.values()) - room
        if excess > 0:
            slack = {c: want[c] - hint[c] for c in shown}
            total = sum(slack.values())
            if total > 0:
                share = min(1.0, excess / total)
                want = {c: want[c] - int(slack[c] * share) for c in shown}
        for col, w in want.items():
            if self.view.columnWidth(col) != w:
                self.view.setColumnWidth(col, w)


def _column_need(view: QTreeView | QTableView, header: QHeaderView, col: int) -> int:
    """What a column needs for its header text and its cells, whatever it was given."""
    return max(header.sectionSizeHint(col), view.sizeHintForColumn(col))


def grow_columns_to_fit(view: QTreeView | QTableView) -> None:
    """Give room back: columns cut narrower than their cells and header (when the list was
    narrower, or before it was laid out) grow again — the first column first, then the one
    short of the least — as far as the list has room that only a stretched last column
    fills."""
    from PySide6.QtWidgets import QHeaderView, QTreeView

    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    available = view.viewport().width()
    cols = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    if available <= 0 or not cols:
        return
    stretched = cols[-1] if header.stretchLastSection() else None

    def need(col: int) -> int:
        return _column_need(view, header, col)

    used = sum(need(c) if c == stretched else header.sectionSize(c) for c in cols)
    free = available - used
    growable = [
        c
        for c in cols
        if c != stretched and header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive
    ]

    # The first column (what a row is: a name, a number) first; then the columns short of
    # the least, so that as many as possible are whole ("Geheim adres" in the Plaats column
    # before the last letters of a long "Soort").
    def order(col: int) -> tuple[bool, int]:
        return (col != cols[0], need(col) - header.sectionSize(col))

    for col in sorted(growable, key=order):
        if free <= 0:
            break
        size = header.sectionSize(col)
        add = min(free, need(col) - size)
        if add > 0:
            header.resizeSection(col, size + add)
            free -= add


def shrink_columns_to_fit(view: QTreeView | QTableView, floor: int = 80) -> None:
    """After sizing columns to their contents: take the excess off the widest columns (never
    below their header text or ``floor``) so the list needs no horizontal scrolling; the cut
    cells are elided and show their full text as tooltip."""
    from PySide6.QtWidgets import QTreeView

    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    available = view.viewport().width()
    cols = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    # A stretched last column fills whatever is left: it counts with what its cells and
    # header need, not with the room it was given (an empty E-mail column stretched over
    # half the list must not make the names give way); set to that, it still stretches.
    stretched = cols[-1] if cols and header.stretchLastSection() else None
    if stretched is not None:
        need = _column_need(view, header, stretched)
        if header.sectionSize(stretched) > need:
            header.resizeSection(stretched, need)
    excess = sum(header.sectionSize(c) for c in cols) - available
    if available <= 0 or excess <= 0:
        return
    for col in sorted(cols, key=header.sectionSize, reverse=True):
        size = header.sectionSize(col)
        cut = min(excess, size - max(floor, header.sectionSizeHint(col)))
        if cut > 0:
            header.resizeSection(col, size - cut)
            excess -= cut
        if excess <= 0:
            break
