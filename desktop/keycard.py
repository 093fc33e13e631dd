"""The printable sleutelkaart (key card) of this store, and the QR code of the contact card.

The sleutelkaart shows who the card belongs to, the fingerprint in large digits and a QR code
of the contact card (public keys only, no secret), so a colleague can compare the
fingerprint on paper or on the phone. PDF made with reportlab in memory; the QR code comes
from reportlab's own encoder (no extra dependency), and ``qr_modules`` gives the same matrix
to the UI to draw. No Qt in this module.
"""

from __future__ import annotations

import io
import json
from datetime import date

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desktop.exchange import Card
from desktop.recovery_sheet import _esc, _register_fonts, sheet_document, sheet_styles


def qr_text(card: Card) -> str:
    """The contact card as compact JSON (what the QR code holds)."""
    return json.dumps(json.loads(card.to_json()), separators=(",", ":"), ensure_ascii=False)


def _widget(card: Card) -> QrCodeWidget:
    w = QrCodeWidget(qr_text(card), barLevel="M")
    w.draw()  # computes the matrix
    return w


def qr_modules(card: Card) -> list[list[bool]]:
    """The QR code as rows of dark (True) / light modules, for drawing on screen."""
    qr = _widget(card).qr
    n = qr.getModuleCount()
    return [[bool(qr.isDark(r, c)) for c in range(n)] for r in range(n)]


TEXTS = {
    "title": "Baken — sleutelkaart",
    "name": "Naam",
    "org": "Organisatie",
    "role": "Rol",
    "date": "Afgedrukt op",
    "fp": "Vingerafdruk",
    "how_h": "Waarvoor is deze kaart?",
    "how": (
        "Met deze kaart kunnen collega's u in Baken toevoegen als contact, zodat u dossiers "
        "en signalen versleuteld en ondertekend kunt uitwisselen via een gedeelde map, een "
        "USB-stick of e-mail. Uw collega vergelijkt de vingerafdruk hierboven met wat Baken "
        "bij het toevoegen toont (of u leest hem telefonisch voor). Klopt één cijfer niet, "
        "voeg de kaart dan niet toe."
    ),
    "public": (
        "Deze kaart bevat <b>geen geheim</b>: alleen uw openbare sleutels. U mag hem "
        "ophangen, doorsturen of afgeven. De QR-code bevat dezelfde contactkaart."
    ),
}


class _Fingerprint(Flowable):  # type: ignore[misc]
    """The fingerprint in two lines of four groups, large, in a framed box."""

    def __init__(self, fingerprint: str, font: str, width: float) -> None:
        super().__init__()
        groups = fingerprint.split()
        self.lines = [" ".join(groups[:4]), " ".join(groups[4:])]
        self.font = font
        self.box_width = width
        self.height = 30 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.box_width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1f3b57"))
        c.setLineWidth(1.5)
        c.roundRect(0, 0, self.box_width, self.height, 3 * mm)
        c.setFont(self.font, 20)
        c.setFillColor(colors.black)
        c.drawCentredString(self.box_width / 2, self.height * 0.58, self.lines[0])
        c.drawCentredString(self.box_width / 2, self.height * 0.22, self.lines[1])


def render_keycard(card: Card, *, printed: date) -> bytes:
    """The sleutelkaart as PDF bytes (A4, one page)."""
    t = TEXTS
    fonts = _register_fonts()
    base, head, title = sheet_styles(fonts)
    buf = io.BytesIO()
    doc = sheet_document(buf, t["title"])
    rows = [
        (t["name"], card.name),
        (t["org"], card.organisation),
        (t["role"], card.role),
        (t["date"], printed.strftime("%d-%m-%Y")),
    ]
    meta = Table(
        [[Paragraph(k, base), Paragraph(_esc(v) or "—", base)] for k, v in rows],
        colWidths=[40 * mm, doc.width - 40 * mm],
    )
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    widget = _widget(card)
    size = 70 * mm
    x0, y0, x1, y1 = widget.getBounds()
    qr = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    qr.add(widget)
    story: list[Flowable] = [
        Paragraph(t["title"], title),
        Spacer(1, 6 * mm),
        meta,
        Spacer(1, 6 * mm),
        Paragraph(t["fp"], head),
        Spacer(1, 2 * mm),
        _Fingerprint(card.fingerprint, fonts.mono, doc.width),
        Spacer(1, 6 * mm),
        qr,
        Paragraph(t["how_h"], head),
        Paragraph(t["how"], base),
        Spacer(1, 3 * mm),
        Paragraph(t["public"], base),
    ]
    doc.build(story)
    return buf.getvalue()
