"""Letter metrics: rendering a referral letter, next to a comparable bare reportlab letter.

- ``letter_pdf_ms``: median time to render the verwijsbrief opvang (default fields, demo
  inputs, letterhead with logo, two pages) to PDF bytes with ``render_letter``.
- ``letter_pdf_ms_bare_reportlab``: the same amount of text as a plain platypus document
  (SimpleDocTemplate, the same embedded DejaVu font, one label/value table per section,
  a footer on each page), no letterhead or page count: what reportlab costs by itself.
- ``letter_pdf_cpu_ms`` / ``letter_pdf_cpu_ms_bare_reportlab``: the same as CPU time.
- ``letter_make_ms``: ``LetterService.make`` end to end (data from the encrypted store,
  render, keep the PDF, register row, audit) — information, no target.
- ``print_letter_ms`` / ``print_page_mb``: the print path (``ui.widgets.render_pdf_to_printer``,
  what the Print button does after the dialog) with that 2-page letter onto a
  ``QPrinter(HighResolution)`` writing a PDF file; the file's size per page. Baseline
  ``letter_pdf_ms`` (rendering the letter itself).
- ``print_ui_thread_ms``: the part of ``print_letter_ms`` that stays on the UI thread
  (painting the rendered page images onto the printer; the rendering runs on a worker).
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from typing import Any

TARGETS = {
    "letter_pdf_ms": ("<=", 50.0, None),
    "print_letter_ms": ("<=", 1000.0, None),
    "print_page_mb": ("<=", 1.5, None),
}

PASSWORD = "bench-brieven-paars-fietsje-42"


def _median_ms(
    fn: Callable[[], Any], n: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    fn()  # warm up (font registration, caches)
    samples = []
    for _ in range(n):
        start = clock()
        fn()
        samples.append(clock() - start)
    return statistics.median(samples) * 1000


def _bare_letter(rows: list[tuple[str, list[tuple[str, str]]]], paras: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from desktop.letters.render import esc, fonts

    f = fonts()
    body = ParagraphStyle("b", fontName=f.regular, fontSize=10, leading=14.5)
    head = ParagraphStyle("h", fontName=f.bold, fontSize=10.5, leading=13)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm)

    def footer(canvas: Any, _doc: Any) -> None:
        canvas.setFont(f.regular, 7.5)
        canvas.drawString(25 * mm, 12 * mm, "Vertrouwelijk")

    story: list[Any] = [Spacer(1, 60 * mm)]
    story += [Paragraph(esc(p), body) for p in paras[:3]]
    for title, items in rows:
        story.append(Paragraph(esc(title), head))
        story.append(
            Table(
                [[Paragraph(esc(k), body), Paragraph(esc(v), body)] for k, v in items],
                colWidths=[58 * mm, 107 * mm],
            )
        )
    story += [Paragraph(esc(p), body) for p in paras[3:]]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _print(pdf: bytes, tmp: Any, n: int) -> dict[str, float]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from ui.widgets import paint_pages, render_pdf_pages

    app = QApplication.instance() or QApplication([])
    pages: list[int] = []
    sizes: list[float] = []
    painting: list[float] = []

    def once() -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setFullPage(True)
        out = tmp / f"printed-{len(sizes)}.pdf"
        printer.setOutputFileName(str(out))
        size = QSize(printer.width(), printer.height())
        images = render_pdf_pages(pdf, size, printer.logicalDpiX())  # on a worker in the app
        start = time.perf_counter()
        pages.append(paint_pages(images, printer))  # on the UI thread
        painting.append(time.perf_counter() - start)
        del printer  # closes the file
        sizes.append(out.stat().st_size / 1e6)

    ms = _median_ms(once, n)
    assert app is not None and pages[-1] == 2, pages
    return {
        "print_letter_ms": ms,
        "print_page_mb": sizes[-1] / pages[-1],
        "print_ui_thread_ms": statistics.median(painting[1:]) * 1000,
    }


def run(ctx: Any) -> dict[str, float]:
    from desktop.letters import LetterRequest, LetterService, get_template
    from desktop.letters.render import render_letter, selected_values
    from storage.vault import Vault
    from tests.letters_demo import INPUTS, TODAY, populate

    n = 5 if ctx.quick else 40
    store, _ = Vault(ctx.tmp / "store").init(PASSWORD, password_only=True)
    try:
        demo = populate(store, today=TODAY, logo=True)
        svc = LetterService(store, clock=lambda: TODAY)
        tpl = get_template("verwijsbrief_opvang")
        req = LetterRequest(demo.dossier_id, tpl.name, demo.shelter_id, inputs=INPUTS)
        _, selected, data, _, _ = svc.prepare(req)
        out: dict[str, float] = {}
        out["letter_pdf_ms"] = _median_ms(
            lambda: render_letter(tpl, data, selected, reference="2026-0001/BENCH"), n
        )
        sections = selected_values(tpl, data, selected)
        rows = [
            (title, [(spec.label, val or "—") for spec, val in items]) for title, items in sections
        ]
        paras = [tpl.subject, tpl.salutation, *tpl.intro, *tpl.closing, tpl.regards, "M. de Vries"]
        out["letter_pdf_ms_bare_reportlab"] = _median_ms(lambda: _bare_letter(rows, paras), n)
        # CPU time of the same two (information: on a loaded machine wall time includes
        # waiting for a core; CPU time shows what the letter itself costs).
        out["letter_pdf_cpu_ms"] = _median_ms(
            lambda: render_letter(tpl, data, selected, reference="2026-0001/BENCH"),
            n,
            time.process_time,
        )
        out["letter_pdf_cpu_ms_bare_reportlab"] = _median_ms(
            lambda: _bare_letter(rows, paras), n, time.process_time
        )
        out["letter_make_ms"] = _median_ms(lambda: svc.make(req), max(3, n // 4))
        pdf = render_letter(tpl, data, selected, reference="2026-0001/BENCH").pdf
        out.update(_print(pdf, ctx.tmp, 2 if ctx.quick else 5))
    finally:
        store.close(record=False)
    return out
