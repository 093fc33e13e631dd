"""Issue 16: printing rasterises PDF pages at <= 300 dpi over the whole page (was the
printer's 1200 dpi: ~10 s and 7 MB a page for a 2-page letter)."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

from desktop.recovery_sheet import render_recovery_sheet


def test_high_resolution_print_is_300_dpi_full_page_and_small(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from ui.widgets import PRINT_RASTER_DPI, render_pdf_to_printer

    pdf = render_recovery_sheet(
        code="ABCDE-FGHJK-MNPQR-STVWX-YZ012", organisation="X", created=date.today()
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setFullPage(True)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert printer.logicalDpiX() > PRINT_RASTER_DPI  # the case this guards
    assert render_pdf_to_printer(pdf, printer) == 1
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    images = [r for r in rows if r[2] == "image"]
    assert len(images) == 1, listing
    width, height, x_ppi = int(images[0][3]), int(images[0][4]), int(images[0][12])
    assert 250 <= x_ppi <= PRINT_RASTER_DPI + 5, listing  # drawn over the whole A4 page
    assert 2300 <= width <= 2500 and 3300 <= height <= 3550, listing
    assert not [r for r in rows if r[2] == "smask"], "opaque: no alpha mask"
    assert out.stat().st_size < 1_500_000
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
