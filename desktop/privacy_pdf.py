"""A plain A4 document on the letters' briefpapier: the organisation from the letterhead
settings at the top, the letters' fonts and styles, a title, sections of paragraphs,
label/value lists and tables. Used for the destruction certificate, the inzage report and
the monitoring report export. Rendered in memory; the caller decides where bytes go."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from desktop.letters.fields import Letterhead
from desktop.letters.render import ACCENT, GREY, esc, fonts, styles

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN


@dataclass
class Doc:
    title: str
    subtitle: str = ""
    letterhead: Letterhead = field(default_factory=Letterhead)
    footer: str = ""
    flow: list[Flowable] = field(default_factory=list)

    def section(self, title: str) -> None:
        self.flow.append(Paragraph(esc(title), styles()["section"]))

    def para(self, text: str, style: str = "body") -> None:
        self.flow.append(Paragraph(esc(text).replace("\n", "<br/>"), styles()[style]))

    def gap(self, height_mm: float = 3) -> None:
        self.flow.append(Spacer(1, height_mm * mm))

    def pairs(self, rows: Sequence[tuple[str, str]]) -> None:
        """A two-column label/value list."""
        if not rows:
            return
        data = [
            [Paragraph(esc(k), styles()["label"]), Paragraph(esc(v or "-"), styles()["value"])]
            for k, v in rows
        ]
        t = Table(data, colWidths=[50 * mm, WIDTH - 50 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        self.flow.append(t)

    def table(self, rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None) -> None:
        """A table; the first row is the header."""
        if not rows:
            return
        small = styles()["small"]
        head = styles()["small_bold"]
        data = [
            [Paragraph(esc(str(c)), head if i == 0 else small) for c in row]
            for i, row in enumerate(rows)
        ]
        n = len(rows[0])
        t = Table(data, colWidths=list(widths) if widths else [WIDTH / n] * n, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d0d4da")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        self.flow.append(t)

    def add(self, flowable: Flowable) -> None:
        self.flow.append(flowable)

    def render(self) -> bytes:
        buf = io.BytesIO()
        f = fonts()
        org = self.letterhead.organisation
        footer = self.footer

        def decorate(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            if org:
                canvas.setFont(f.bold, 10)
                canvas.setFillColor(ACCENT)
                canvas.drawString(MARGIN, A4[1] - 12 * mm, org)
            canvas.setFont(f.regular, 7.5)
            canvas.setFillColor(GREY)
            canvas.drawString(MARGIN, 10 * mm, footer)
            canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"{doc.page}")
            canvas.restoreState()

        doc = SimpleDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title=self.title,
            author=org,
            creator="Baken",
        )
        head: list[Flowable] = [Paragraph(esc(self.title), styles()["title"])]
        if self.subtitle:
            head.append(Paragraph(esc(self.subtitle), styles()["subtitle"]))
        head.append(Spacer(1, 3 * mm))
        doc.build(head + self.flow, onFirstPage=decorate, onLaterPages=decorate)
        return buf.getvalue()
