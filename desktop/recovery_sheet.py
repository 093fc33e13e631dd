"""The printable recovery sheet (PDF, made with reportlab, rendered in memory).

The sheet holds the recovery code, so it is returned as bytes: the UI prints it straight
from memory or saves it only where the user explicitly chooses. Nothing is written to a
temporary file here. No Qt in this module.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desktop.resources import resource_path

_FONT_DIRS = (
    resource_path("fonts"),
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("C:/Windows/Fonts"),
    Path("/Library/Fonts"),
)


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    mono: str


def _register_fonts() -> _Fonts:
    """DejaVu (for diacritics) when available, else the built-in PDF fonts."""
    wanted = {
        "BakenSans": "DejaVuSans.ttf",
        "BakenSans-Bold": "DejaVuSans-Bold.ttf",
        "BakenMono": "DejaVuSansMono-Bold.ttf",
    }
    registered = set(pdfmetrics.getRegisteredFontNames())
    found: dict[str, bool] = {}
    for name, filename in wanted.items():
        if name in registered:
            found[name] = True
            continue
        found[name] = False
        for folder in _FONT_DIRS:
            path = folder / filename
            if path.is_file():
                pdfmetrics.registerFont(TTFont(name, str(path)))
                found[name] = True
                break
    return _Fonts(
        regular="BakenSans" if found["BakenSans"] else "Helvetica",
        bold="BakenSans-Bold" if found["BakenSans-Bold"] else "Helvetica-Bold",
        mono="BakenMono" if found["BakenMono"] else "Courier-Bold",
    )


TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Baken — herstelblad",
        "org": "Organisatie",
        "date": "Aangemaakt op",
        "store": "Opslag-ID",
        "code": "Herstelcode",
        "what_h": "Waarvoor is deze code?",
        "what": (
            "Met deze herstelcode en de gegevensmap van Baken krijgt u weer toegang tot de "
            "versleutelde gegevens als u uw wachtwoord bent vergeten, als u op een nieuwe "
            "laptop verder gaat, of als de sleutelbos van uw computer is gewist. U stelt "
            "daarbij een nieuw wachtwoord in."
        ),
        "how_h": "Hoe gebruikt u hem?",
        "how": (
            "Kies in het ontgrendelscherm van Baken voor <b>Wachtwoord vergeten? Herstelcode "
            "gebruiken</b> en typ de code over (hoofdletters en streepjes maken niet uit). "
            "Een beheerder kan ook <font name='{mono}'>baken recover</font> gebruiken."
        ),
        "keep_h": "Hoe bewaart u dit blad?",
        "keep": (
            "Bewaar dit blad op papier, achter slot, en <b>niet</b> bij de laptop. Maak er "
            "geen foto, scan of kopie van en stuur het niet per e-mail. Wie dit blad én de "
            "gegevensmap heeft, kan de gegevens openen. Maakt u in Baken een nieuw "
            "herstelblad, dan werkt deze code niet meer: vernietig dit blad dan."
        ),
        "footer": "Vertrouwelijk — bewaar achter slot.",
    },
    "en": {
        "title": "Baken — recovery sheet",
        "org": "Organisation",
        "date": "Created on",
        "store": "Store ID",
        "code": "Recovery code",
        "what_h": "What is this code for?",
        "what": (
            "With this recovery code and the Baken data folder you regain access to the "
            "encrypted data if you forgot your password, move to a new laptop, or the "
            "keyring of your computer was wiped. You then set a new password."
        ),
        "how_h": "How do you use it?",
        "how": (
            "On the Baken unlock screen choose <b>Forgot your password? Use recovery "
            "code</b> and type the code (upper case and dashes do not matter). An "
            "administrator can also use <font name='{mono}'>baken recover</font>."
        ),
        "keep_h": "How do you keep this sheet?",
        "keep": (
            "Keep this sheet on paper, locked away, and <b>not</b> with the laptop. Do not "
            "photograph, scan or copy it and do not e-mail it. Whoever has this sheet and "
            "the data folder can open the data. If you make a new recovery sheet in Baken, "
            "this code stops working: destroy this sheet then."
        ),
        "footer": "Confidential — keep locked away.",
    },
}


def sheet_styles(fonts: _Fonts) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """Body, heading and title styles of Baken's one-page A4 sheets (recovery sheet,
    sleutelkaart)."""
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=10.5, leading=15)
    head = ParagraphStyle("head", parent=base, fontName=fonts.bold, fontSize=12, spaceBefore=8)
    title = ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=20, leading=26)
    return base, head, title


def sheet_document(buf: io.BytesIO, title: str) -> SimpleDocTemplate:
    """An A4 document with the sheets' margins and metadata, written into ``buf``."""
    return SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=title,
        author="Baken",
        creator="Baken",
    )


def _esc(text: str) -> str:
    from desktop.letters.render import clean, with_fallback_fonts

    escaped = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return with_fallback_fonts(escaped)


class _CodeBox(Flowable):  # type: ignore[misc]
    """The recovery code, large, in a framed box."""

    def __init__(self, code: str, font: str, width: float) -> None:
        super().__init__()
        self.code = code
        self.font = font
        self.box_width = width
        self.height = 24 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.box_width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1f3b57"))
        c.setLineWidth(1.5)
        c.roundRect(0, 0, self.box_width, self.height, 3 * mm)
        size = 22.0
        while size > 10 and pdfmetrics.stringWidth(self.code, self.font, size) > (
            self.box_width - 12 * mm
        ):
            size -= 1
        c.setFont(self.font, size)
        c.setFillColor(colors.black)
        c.drawCentredString(self.box_width / 2, self.height / 2 - size / 3, self.code)


def render_recovery_sheet(
    *,
    code: str,
    organisation: str,
    created: date,
    store_id: str = "",
    language: str = "nl",
) -> bytes:
    """The recovery sheet as PDF bytes (A4, one page)."""
    t = TEXTS.get(language, TEXTS["nl"])
    fonts = _register_fonts()
    base, head, title = sheet_styles(fonts)
    small = ParagraphStyle("small", parent=base, fontSize=8.5, textColor=colors.grey)

    buf = io.BytesIO()
    doc = sheet_document(buf, t["title"])
    meta = [
        [Paragraph(t["org"], base), Paragraph(_esc(organisation) or "—", base)],
        [Paragraph(t["date"], base), Paragraph(created.strftime("%d-%m-%Y"), base)],
    ]
    if store_id:
        meta.append([Paragraph(t["store"], base), Paragraph(_esc(store_id), small)])
    table = Table(meta, colWidths=[40 * mm, doc.width - 40 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.lightgrey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph(t["title"], title),
        Spacer(1, 6 * mm),
        table,
        Spacer(1, 8 * mm),
        Paragraph(t["code"], head),
        Spacer(1, 2 * mm),
        _CodeBox(code, fonts.mono, doc.width),
        Spacer(1, 6 * mm),
        Paragraph(t["what_h"], head),
        Paragraph(t["what"], base),
        Paragraph(t["how_h"], head),
        Paragraph(t["how"].format(mono=fonts.mono), base),
        Paragraph(t["keep_h"], head),
        Paragraph(t["keep"], base),
        Spacer(1, 12 * mm),
        Paragraph(t["footer"], small),
    ]
    doc.build(story)
    return buf.getvalue()
