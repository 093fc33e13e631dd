"""Issue 13 item 4: printing renders the pages on a worker (the UI thread only paints them
onto the printer), a cancel or a lock prints nothing, and Qt's "Print to file" (an
unencrypted PDF without the warning "Opslaan als PDF…" gives) is gone from the dialog."""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget

from desktop.recovery_sheet import render_recovery_sheet


def _two_page_pdf(pages: int = 2) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(1, pages + 1):
        c.drawString(72, 720, f"Pagina {n}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_printer(out: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setFullPage(True)
    printer.setOutputFileName(str(out))
    return printer


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.M)
    assert match, info.stdout
    return int(match.group(1))


def _answer_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the next message box (recording its text)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, look)


def test_print_dialog_offers_no_print_to_file(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    from ui.widgets import print_dialog

    def destinations(dialog: QPrintDialog) -> list[str]:
        seen: list[str] = []

        def look() -> None:
            combo = dialog.findChild(QComboBox, "printers")
            assert combo is not None
            seen.extend(combo.itemText(i) for i in range(combo.count()))
            dialog.reject()

        QTimer.singleShot(0, look)
        dialog.exec()
        return seen

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    ours = print_dialog(printer, None, "Brief")
    assert not ours.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    assert ours.windowTitle() == "Brief"
    assert not [d for d in destinations(ours) if "PDF" in d], destinations(ours)
    # The check sees the entry when it is there (Qt's default dialog has it).
    other = QPrinter(QPrinter.PrinterMode.HighResolution)  # the dialog keeps a pointer
    plain = QPrintDialog(other)
    assert [d for d in destinations(plain) if "PDF" in d]
    del ours, plain  # the dialogs before their printers


def test_no_printer_points_to_save_as_pdf_and_writes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinterInfo

    from ui.widgets import print_pdf

    if QPrinterInfo.availablePrinters():
        pytest.skip("this machine has a printer")
    home = Path(os.environ["HOME"])
    before = set(home.rglob("*.pdf"))
    seen: list[str] = []
    _answer_next_box(QMessageBox.StandardButton.Ok, seen)
    printed: list[int] = []
    assert print_pdf(None, _two_page_pdf(), "Brief", printed.append) is None
    assert seen and "Opslaan als PDF" in seen[0] and "niet versleuteld" in seen[0]
    assert not printed
    assert set(home.rglob("*.pdf")) == before


def test_a_printer_that_is_a_file_warns_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from ui.widgets import may_print_to

    out = tmp_path / "afdruk.pdf"
    seen: list[str] = []
    _answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    assert not may_print_to(None, _pdf_printer(out))
    assert seen and "niet versleuteld" in seen[0]
    _answer_next_box(QMessageBox.StandardButton.Yes, seen)
    assert may_print_to(None, _pdf_printer(out))
    assert len(seen) == 2
    # No destination at all (no printer, print-to-file off): nothing, and no question.
    nowhere = QPrinter(QPrinter.PrinterMode.HighResolution)
    nowhere.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    nowhere.setOutputFileName("")
    assert not may_print_to(None, nowhere)
    assert len(seen) == 2
    assert not out.exists()


def test_pages_render_on_a_worker_and_are_painted_on_the_ui_thread(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import ui.widgets as widgets

    threads: list[int] = []
    real_render = widgets.render_pdf_range

    def recording_render(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real_render(*args, **kwargs)

    out = tmp_path / "afdruk.pdf"
    printed: list[tuple[int, int]] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    widgets.render_pdf_range = recording_render  # type: ignore[assignment]
    try:
        job = widgets.print_pdf_to(
            parent,
            _two_page_pdf(),
            _pdf_printer(out),
            lambda pages: printed.append((pages, threading.get_ident())),
        )
        assert not job.finished  # the call returned; the UI thread is free
        qtbot.waitUntil(lambda: job.finished, timeout=20_000)
    finally:
        widgets.render_pdf_range = real_render  # type: ignore[assignment]
    ui_thread = threading.get_ident()
    assert threads and threads[0] != ui_thread
    assert printed == [(2, ui_thread)]
    assert _pages(out) == 2
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    rows = [r.split() for r in images.splitlines()[2:] if r.strip()]
    assert [r[2] for r in rows] == ["image", "image"], images
    assert all(250 <= int(r[12]) <= 305 for r in rows), images  # 300 dpi, whole page
    assert out.stat().st_size / 2 < 1_500_000


def test_cancel_or_lock_while_rendering_prints_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.widgets import print_pdf_to

    pdf = render_recovery_sheet(
        code="ABCDE-FGHJK-MNPQR-STVWX-YZ012", organisation="X", created=date.today()
    )
    printed: list[int] = []
    # Cancel (what the progress dialog's Annuleren does).
    parent = QWidget()
    qtbot.addWidget(parent)
    cancelled_out = tmp_path / "geannuleerd.pdf"
    job = print_pdf_to(parent, pdf, _pdf_printer(cancelled_out), printed.append)
    assert job.operation is not None
    job.operation.token.cancel()
    qtbot.waitUntil(lambda: job.finished, timeout=20_000)
    # The view goes away (Baken locks) while the pages are rendered.
    gone = QWidget()
    locked_out = tmp_path / "vergrendeld.pdf"
    job = print_pdf_to(gone, pdf, _pdf_printer(locked_out), printed.append)
    gone.deleteLater()
    qtbot.waitUntil(lambda: job.finished, timeout=20_000)
    qtbot.wait(50)
    assert printed == []
    assert not cancelled_out.exists() and not locked_out.exists()


def test_system_pdf_printers_count_as_files() -> None:
    from ui.widgets import is_file_printer

    for name in ("Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote (Desktop)",
                 "PDF", "cups-pdf", "Cups-PDF", "PDFCreator"):  # fmt: skip
        assert is_file_printer(name), name
    for name in ("HP LaserJet 400 M401", "Kantoor-2e-verdieping", "Brother HL-L2350DW", ""):
        assert not is_file_printer(name), name


def test_long_documents_print_in_batches(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Page images are 35 MB each at 300 dpi: a long document is rendered a few pages at a
    time (here 2), every page printed once and in order."""
    from ui.widgets import print_pdf_to

    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "lang.pdf"
    printed: list[int] = []
    batches: list[object] = []
    job = print_pdf_to(parent, _two_page_pdf(5), _pdf_printer(out), printed.append, batch_pages=2)

    def seen() -> bool:
        if job.operation is not None and job.operation not in batches:
            batches.append(job.operation)
        return job.finished

    qtbot.waitUntil(seen, timeout=30_000)
    assert printed == [5] and len(batches) == 3
    assert _pages(out) == 5
    # A cancel while the second batch renders ends the run with the first batch's pages.
    import ui.widgets as widgets

    real_render = widgets.render_pdf_range

    def slow_second_batch(pdf, target, dpi, first, count, cancelled):  # type: ignore[no-untyped-def]
        if first:
            time.sleep(0.6)  # (on the worker) time for the test to press Annuleren
        return real_render(pdf, target, dpi, first, count, cancelled)

    partial = tmp_path / "half.pdf"
    widgets.render_pdf_range = slow_second_batch  # type: ignore[assignment]
    try:
        job = print_pdf_to(
            parent, _two_page_pdf(5), _pdf_printer(partial), printed.append, batch_pages=2
        )
        qtbot.waitUntil(lambda: job.pages == 2, timeout=30_000)
        job.cancel()
        qtbot.waitUntil(lambda: job.finished, timeout=30_000)
    finally:
        widgets.render_pdf_range = real_render  # type: ignore[assignment]
    assert printed == [5]  # no second "printed": the run was not complete
    assert job.pages == 2 and _pages(partial) == 2
