"""Letter rendering with reportlab platypus, entirely in memory (bytes, never a file).

Layout (A4): a letterhead from the organisation settings (optional logo, name, sender
column with address and phone), the recipient in the window-envelope position (left,
50 mm from the top), a reference line (date in Dutch, our reference, contact), the
subject, the body, sections as label/value tables, long texts as flowing paragraphs, the
signature block, and on every page a "Vertrouwelijk" marking and "pagina X van Y".
The ``form`` layout (toestemmingsverklaring) has a title instead of an address block,
writing lines for empty inputs, tick boxes and signature boxes.

All user text goes through ``esc()``: XML-escaped for Paragraph markup, control
characters removed, newlines kept as line breaks. Long words are split by reportlab
(``splitLongWords``); long values flow as paragraphs so they can cross pages.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable, HRFlowable

from desktop.letters.fields import LetterData, dutch_date, value
from desktop.letters.templates import FieldSpec, Template, labels
from desktop.resources import resource_path
from desktop.text import strip_bidi_controls

rl_config.useA85 = 0  # binary streams: smaller PDFs, no ASCII85 pass (pure Python here)


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, with characters above U+FFFF written as UTF-16 (two
    surrogates), as the PDF standard says. reportlab 5.1 writes them as five hex digits,
    so emoji are drawn but copy, search and pdftotext read another character."""
    text: str = _rl_to_unicode_cmap(fontname, subset)
    if all(v <= 0xFFFF for v in subset):
        return text
    for i, v in enumerate(subset):
        if v > 0xFFFF:
            utf16 = chr(v).encode("utf-16-be").hex().upper()
            text = text.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{utf16}>", 1)
    return text


_rl_to_unicode_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 25 * mm, 20 * mm
TOP, BOTTOM = 22 * mm, 19 * mm
BODY_W = PAGE_W - LEFT - RIGHT
FIRST_BODY_TOP = 92 * mm  # below the address window on page 1 (letters)
FORM_BODY_TOP = 50 * mm  # below the letterhead on page 1 (forms)
WINDOW_TOP = 50 * mm  # recipient address: window of a C5/DL window envelope
SENDER_X = 132 * mm
LABEL_W = 58 * mm
LONG_VALUE = 280  # characters: longer values flow as paragraphs, not table cells

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#5f6368")
LIGHT = colors.HexColor("#c9ced6")
ACCENT = colors.HexColor("#1f3a5f")
MARK = colors.HexColor("#9b1c1c")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_RUN = re.compile(f"[{_RTL}]+(?:[ {_RTL}]*[{_RTL}])?")


def visual_order(text: str) -> str:
    """Right-to-left runs (Hebrew, Arabic) reversed for left-to-right drawing.

    reportlab has no bidi algorithm here; reversing each run puts RTL words in reading
    order on paper. Arabic letters are not shaped (isolated forms), which stays legible
    but is not typographically right; see docs/brieven.md.
    """
    if not any("\u0590" <= ch <= "\ufefc" for ch in text):
        return text
    return _RTL_RUN.sub(lambda m: m.group(0)[::-1], text)


def clean(text: str) -> str:
    """Plain text for drawing: no control characters (nor bidi controls, which reportlab
    would draw as boxes), RTL runs in visual order."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return visual_order(strip_bidi_controls(text))


def esc(text: str) -> str:
    """Plain text -> safe Paragraph markup (no tag or entity from user text survives).
    Characters DejaVu lacks (most emoji, rarer Arabic letters) are set in a fallback font."""
    return with_fallback_fonts(escape(clean(text)).replace("\t", " ").replace("\n", "<br/>"))


# -- per-character font fallback ---------------------------------------------------------
# reportlab draws a missing glyph as an empty box; it has no fallback of its own. Runs of
# characters the letter font lacks go into <font face=...> with the first fallback that
# has them (the families below map bold to bold where the fallback has a bold face).
FALLBACKS = (
    ("BakenArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ("BakenEmoji", "Symbola-Emoji.ttf", "Symbola-Emoji.ttf"),
)


@cache
def _coverage() -> tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]]:
    """(code points of the letter font, [(fallback face, its code points)])."""
    f = fonts()
    main = set(pdfmetrics.getFont(f.regular).face.charToGlyph)
    main &= set(pdfmetrics.getFont(f.bold).face.charToGlyph)
    registered = set(pdfmetrics.getRegisteredFontNames())
    out = []
    for face, regular, bold in FALLBACKS:
        if face not in registered:
            pdfmetrics.registerFont(TTFont(face, str(resource_path("fonts", regular))))
            bold_name = face if bold == regular else f"{face}-Bold"
            if bold_name != face:
                pdfmetrics.registerFont(TTFont(bold_name, str(resource_path("fonts", bold))))
            pdfmetrics.registerFontFamily(
                face, normal=face, bold=bold_name, italic=face, boldItalic=bold_name
            )
        out.append((face, frozenset(pdfmetrics.getFont(face).face.charToGlyph)))
    return frozenset(main), tuple(out)


def _face_for(cp: int) -> str | None:
    main, fallbacks = _coverage()
    if cp in main:
        return None
    for face, cmap in fallbacks:
        if cp in cmap:
            return face
    return None


def _needs_fallback(text: str) -> bool:
    return not text.isascii() and any(_face_for(ord(ch)) for ch in text)


def with_fallback_fonts(markup: str) -> str:
    """Paragraph markup with runs of glyphs missing from the letter font wrapped in
    ``<font face=...>``. Marks, variation selectors and joiners stay with the character
    before them. ``markup`` must be escaped already (entities are ASCII: never wrapped)."""
    if markup.isascii():
        return markup
    out: list[str] = []
    run: list[str] = []
    face: str | None = None

    def flush() -> None:
        if run:
            text = "".join(run)
            out.append(f'<font face="{face}">{text}</font>' if face else text)
            run.clear()

    for ch in markup:
        if run and unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            run.append(ch)
            continue
        want = _face_for(ord(ch))
        if want != face:
            flush()
            face = want
        run.append(ch)
    flush()
    return "".join(out)


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


@cache
def fonts() -> Fonts:
    """Embedded DejaVu (diacritics, €, Greek, Cyrillic, Hebrew, Arabic) from resources/."""
    names = {"BakenLetter": "DejaVuSans.ttf", "BakenLetter-Bold": "DejaVuSans-Bold.ttf"}
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in names.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        "BakenLetter",
        normal="BakenLetter",
        bold="BakenLetter-Bold",
        italic="BakenLetter",
        boldItalic="BakenLetter-Bold",
    )
    return Fonts("BakenLetter", "BakenLetter-Bold")


@cache
def styles() -> dict[str, ParagraphStyle]:
    f = fonts()
    base = ParagraphStyle(
        "body", fontName=f.regular, fontSize=10, leading=14.5, textColor=INK, splitLongWords=1
    )
    return {
        "body": base,
        "body_gap": ParagraphStyle("body_gap", parent=base, spaceAfter=8),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=GREY),
        "small_bold": ParagraphStyle(
            "small_bold", parent=base, fontName=f.bold, fontSize=8, leading=10.5, textColor=INK
        ),
        "ref_label": ParagraphStyle(
            "ref_label", parent=base, fontSize=7.5, leading=9.5, textColor=GREY
        ),
        "ref_value": ParagraphStyle("ref_value", parent=base, fontSize=9.5, leading=12),
        "recipient": ParagraphStyle("recipient", parent=base, fontSize=10, leading=13.5),
        "subject": ParagraphStyle(
            "subject", parent=base, fontName=f.bold, fontSize=11.5, leading=15, spaceAfter=10
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=f.bold, fontSize=18, leading=22, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=11, leading=15, textColor=GREY, spaceAfter=6
        ),
        "section": ParagraphStyle(
            "section",
            parent=base,
            fontName=f.bold,
            fontSize=10.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=2,
        ),
        "label": ParagraphStyle("label", parent=base, fontSize=9, leading=13, textColor=GREY),
        "value": ParagraphStyle("value", parent=base, fontSize=10, leading=13.5),
        "signer": ParagraphStyle("signer", parent=base, fontName=f.bold),
        "org": ParagraphStyle(
            "org", parent=base, fontName=f.bold, fontSize=13, leading=16, textColor=ACCENT
        ),
    }


@dataclass(frozen=True)
class RenderedLetter:
    pdf: bytes
    pages: int


# -- page furniture ----------------------------------------------------------------------


def _numbered_canvas(text: dict[str, str], counter: list[int]) -> type[Canvas]:
    """A canvas that knows the page count when it saves: draws "pagina X van Y"."""
    f = fonts()

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            counter.append(total)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(f.regular, 7.5)
                self.setFillColor(GREY)
                self.drawRightString(
                    PAGE_W - RIGHT,
                    BOTTOM - 10 * mm,
                    text["page"].format(page=self._pageNumber, pages=total),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def _paragraph_at(
    canvas: Canvas, markup: str, style: ParagraphStyle, x: float, y: float, width: float
) -> float:
    """Draw a paragraph with its top at ``y``; returns its height."""
    p = Paragraph(markup, style)
    _, h = p.wrap(width, PAGE_H)
    p.drawOn(canvas, x, y - h)
    return float(h)


@lru_cache(maxsize=4)
def _logo_reader(logo: bytes) -> ImageReader | None:
    """The decoded logo, kept between letters (decoding costs more than the letter)."""
    try:
        img = ImageReader(io.BytesIO(logo))
        img.getSize()
        img.getRGBData()
    except Exception:  # noqa: BLE001 - a broken logo must not stop the letter
        return None
    return img


def _draw_logo(canvas: Canvas, logo: bytes | None, x: float, top: float) -> float:
    """Logo fitted in 45 x 18 mm at the top left; returns the width used (0 = none)."""
    if not logo:
        return 0.0
    img = _logo_reader(logo)
    if img is None:
        return 0.0
    iw, ih = img.getSize()
    if iw <= 0 or ih <= 0:
        return 0.0
    scale = min(45 * mm / iw, 18 * mm / ih)
    w, h = iw * scale, ih * scale
    canvas.drawImage(img, x, top - h, w, h, mask="auto")
    return float(w)


def _sender_lines(data: LetterData, text: dict[str, str]) -> list[str]:
    lh = data.letterhead
    lines = [f"<b>{esc(lh.organisation)}</b>"] if lh.organisation else []
    lines += [esc(line) for line in _address_lines(lh.address)]
    if lh.phone:
        lines.append(f"{esc(text['phone'])} {esc(lh.phone)}")
    if lh.email:
        lines.append(esc(lh.email))
    return lines


def _address_lines(address: str) -> list[str]:
    parts = address.replace("\r", "").split("\n")
    if len(parts) == 1:
        parts = address.split(", ")
    return [p.strip() for p in parts if p.strip()]


def _footer(canvas: Canvas, text: dict[str, str]) -> None:
    f = fonts()
    y = BOTTOM - 6 * mm
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, y, PAGE_W - RIGHT, y)
    canvas.setFont(f.regular, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawString(LEFT, BOTTOM - 10 * mm, text["confidential_note"])


def _mark(canvas: Canvas, text: dict[str, str]) -> None:
    f = fonts()
    canvas.setFont(f.bold, 8.5)
    canvas.setFillColor(MARK)
    label = text["confidential"].upper()
    w = canvas.stringWidth(label, f.bold, 8.5)
    x, y = PAGE_W - RIGHT - w, PAGE_H - 14 * mm
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(0.8)
    canvas.roundRect(x - 2.2 * mm, y - 1.6 * mm, w + 4.4 * mm, 5.4 * mm, 1 * mm)
    canvas.drawString(x, y, label)


def _first_page(data: LetterData, tpl: Template, text: dict[str, str]) -> Callable[..., None]:
    st = styles()

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        _mark(canvas, text)
        top = PAGE_H - 11 * mm
        used = _draw_logo(canvas, data.letterhead.logo, LEFT, top)
        if data.letterhead.organisation:
            x = LEFT + (used + 4 * mm if used else 0)
            _paragraph_at(
                canvas,
                esc(data.letterhead.organisation),
                st["org"],
                x,
                top - (5 * mm if used else 0),
                100 * mm,
            )
        # Sender column on the right (beside the address window; at the top on forms).
        col_x = SENDER_X
        lines = _sender_lines(data, text)
        if lines:
            col_top = PAGE_H - (22 * mm if tpl.layout == "form" else WINDOW_TOP)
            _paragraph_at(
                canvas, "<br/>".join(lines), st["small"], col_x, col_top, PAGE_W - RIGHT - col_x
            )
        if tpl.layout == "letter":
            # Recipient in the window of a DL/C5 window envelope (left, 50 mm from the top).
            r = data.recipient
            parts = []
            if r.name:
                parts.append(f"<b>{esc(r.name)}</b>")
            if r.attn:
                parts.append(f"{esc(text['attn'])} {esc(r.attn)}")
            parts += [esc(line) for line in _address_lines(r.address)]
            if parts:
                _paragraph_at(
                    canvas, "<br/>".join(parts), st["recipient"], LEFT, PAGE_H - WINDOW_TOP, 85 * mm
                )
        _footer(canvas, text)
        canvas.restoreState()

    return draw


def _later_pages(
    data: LetterData, tpl: Template, text: dict[str, str], reference: str
) -> Callable[..., None]:
    f = fonts()

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        _mark(canvas, text)
        canvas.setFont(f.regular, 7.5)
        canvas.setFillColor(GREY)
        left = " · ".join(
            p
            for p in (data.letterhead.organisation, tpl.title, f"{text['reference']} {reference}")
            if p
        )
        canvas.drawString(LEFT, PAGE_H - 14 * mm, left[:120])
        canvas.setStrokeColor(LIGHT)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, PAGE_H - 17 * mm, PAGE_W - RIGHT, PAGE_H - 17 * mm)
        _footer(canvas, text)
        canvas.restoreState()

    return draw


# -- body ----------------------------------------------------------------------------------


class LabelLine(Flowable):  # type: ignore[misc]
    """``Label: ........`` on one line, optionally pre-filled (signature boxes)."""

    def __init__(self, label: str, filled: str, width: float) -> None:
        super().__init__()
        self.label, self.filled = clean(label), clean(filled)
        self.width, self.height = width, 9 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = min(self.width, aw)
        return self.width, self.height

    def draw(self) -> None:
        f = fonts()
        c = self.canv
        c.setFont(f.regular, 8)
        c.setFillColor(GREY)
        c.drawString(0, 1.8 * mm, self.label)
        x = c.stringWidth(self.label, f.regular, 8) + 2 * mm
        if self.filled:
            c.setFillColor(INK)
            c.setFont(f.regular, 9.5)
            c.drawString(x + 1 * mm, 2.4 * mm, self.filled[:60])
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.setDash(1, 2)
        c.line(x, 1.2 * mm, self.width, 1.2 * mm)


class WritingLine(Flowable):  # type: ignore[misc]
    """An empty line to write on by hand (forms)."""

    def __init__(self, width: float, height: float = 6.5 * mm) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return min(self.width, aw), self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(GREY)
        self.canv.setLineWidth(0.5)
        self.canv.setDash(1, 2)
        self.canv.line(0, 1.5 * mm, min(self.width, BODY_W), 1.5 * mm)


def _reference_table(data: LetterData, text: dict[str, str], reference: str) -> Table:
    st = styles()
    lh = data.letterhead
    cells = [
        (text["date"], dutch_date(data.today, data.language)),
        (text["reference"], reference),
        (text["handled_by"], lh.signer_name or lh.organisation),
    ]
    if lh.phone:
        cells.append((text["phone"], lh.phone))
    labels_row = [Paragraph(esc(k), st["ref_label"]) for k, _ in cells]
    values_row = [Paragraph(esc(v or "—"), st["ref_value"]) for _, v in cells]
    widths = [BODY_W / len(cells)] * len(cells)
    t = Table([labels_row, values_row], colWidths=widths, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def _cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A plain string when it fits on one line (fast, drawn as is), else a Paragraph.

    Plain strings are drawn by the table without markup parsing, so they need no escaping;
    text with characters the letter font lacks needs a Paragraph for the fallback font.
    """
    plain = clean(text)
    if (
        "\n" not in plain
        and not _needs_fallback(plain)
        and pdfmetrics.stringWidth(plain, style.fontName, style.fontSize) < width
    ):
        return plain
    return Paragraph(esc(text), style)


def _field_table(rows: list[list[Any]]) -> Table:
    st = styles()
    label, val = st["label"], st["value"]
    t = Table(rows, colWidths=[LABEL_W, BODY_W - LABEL_W], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (0, -1), label.fontName, label.fontSize, val.leading),
                ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                ("FONT", (1, 0), (1, -1), val.fontName, val.fontSize, val.leading),
                ("TEXTCOLOR", (1, 0), (1, -1), INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("TOPPADDING", (0, 0), (0, -1), 2.2),  # 9 pt label on the 10 pt baseline
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.3),
            ]
        )
    )
    return t


def _section_flowables(
    title: str, items: Sequence[tuple[FieldSpec, str]], data: LetterData, form: bool
) -> list[Flowable]:
    st = styles()
    empty = str(labels()[data.language]["empty"])
    head: list[Flowable] = [
        Paragraph(esc(title), st["section"]),
        HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceBefore=0, spaceAfter=4),
    ]
    out: list[Flowable] = []
    rows: list[list[Any]] = []
    label_w, value_w = LABEL_W - 6, BODY_W - LABEL_W - 6
    para_style = ParagraphStyle("lv", parent=st["value"], spaceAfter=4)

    def flush() -> None:
        if rows:
            out.append(_field_table(list(rows)))
            rows.clear()

    for spec, val in items:
        if form and not val:
            flush()
            lines = 2 if spec.long else 1
            line_rows: list[list[Any]] = [
                [_cell(spec.label, st["label"], label_w), WritingLine(BODY_W - LABEL_W)]
            ]
            line_rows += [["", WritingLine(BODY_W - LABEL_W)] for _ in range(lines - 1)]
            t = _field_table(line_rows)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            out.append(t)
            continue
        if spec.long or len(val) > LONG_VALUE or val.count("\n") > 6:
            flush()
            paras = [p for p in val.split("\n\n") if p.strip()] or [empty]
            if len(items) == 1 and spec.label == title:
                # A section of one text under its own heading: full width, no label.
                out.extend(Paragraph(esc(p), st["body_gap"]) for p in paras)
                continue
            label = Paragraph(esc(spec.label), st["label"])
            # The first paragraph sits beside the label; each part can cross a page.
            out.extend(
                _Indented(Paragraph(esc(p), para_style), label if i == 0 else None)
                for i, p in enumerate(paras)
            )
            continue
        rows.append(
            [_cell(spec.label, st["label"], label_w), _cell(val or empty, st["value"], value_w)]
        )
    flush()
    if not out:
        return []
    # Keep the heading with the start of its content.
    return [KeepTogether([*head, out[0]]), *out[1:]]


class _Indented(Flowable):  # type: ignore[misc]
    """One paragraph (part) in the value column, optionally with the label beside it."""

    def __init__(self, para: Flowable, label: Paragraph | None) -> None:
        super().__init__()
        self._para = para
        self._label = label

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _, h = self._para.wrap(aw - LABEL_W, ah)
        lh = 0.0
        if self._label is not None:
            _, lh = self._label.wrap(LABEL_W - 6, ah)
        self.width = aw
        self.height = max(h + self._para.getSpaceAfter(), lh) + 1.5
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        room = ah - 1.5 - self._para.getSpaceAfter()
        if self._label is not None:
            _, lh = self._label.wrap(LABEL_W - 6, ah)
            if lh + 1.5 > ah:
                return []
        parts = self._para.split(aw - LABEL_W, room) if room > 0 else []
        if len(parts) < 2:
            return []  # nothing fits here: the frame moves it to the next page
        first = _Indented(parts[0], self._label)
        if first.wrap(aw, ah)[1] > ah:
            return []
        return [first, *(_Indented(p, None) for p in parts[1:])]

    def draw(self) -> None:
        if self._label is not None:
            self._label.drawOn(self.canv, 0, self.height - self._label.height - 1.5)
        self._para.drawOn(self.canv, LABEL_W, self.height - self._para.height - 1.5)


def _signature_boxes(tpl: Template, data: LetterData) -> Flowable:
    st = styles()
    cells: list[list[Flowable]] = []
    w = (BODY_W - 8 * mm) / 2
    for sig in tpl.signatures[:2]:
        items: list[Flowable] = [
            Paragraph(esc(sig.label), st["small_bold"]),
            Spacer(1, 18 * mm),
            WritingLine(w - 6 * mm, 2 * mm),
            Spacer(1, 2 * mm),
        ]
        for line in sig.lines:
            prefill = ""
            if sig.prefill_signer and line.lower() in ("naam", "name"):
                prefill = data.letterhead.signer_name
            items.append(LabelLine(f"{line}:", prefill, w - 6 * mm))
        cells.append(items)
    while len(cells) < 2:
        cells.append([Spacer(1, 1)])
    t = Table([cells], colWidths=[w, w], hAlign="LEFT", spaceBefore=6)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.6, LIGHT),
                ("BOX", (1, 0), (1, 0), 0.6, LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return t


def selected_values(
    tpl: Template, data: LetterData, selected: frozenset[str]
) -> list[tuple[str, list[tuple[FieldSpec, str]]]]:
    """(section title, [(field, value)]) for the ticked fields, in template order."""
    out = []
    for section in tpl.sections:
        items = [
            (f, value(f.key, data, is_input=f.input)) for f in section.fields if f.key in selected
        ]
        if items:
            out.append((section.title, items))
    return out


def render_letter(
    tpl: Template, data: LetterData, selected: frozenset[str], *, reference: str
) -> RenderedLetter:
    """The letter as PDF bytes (in memory). Only fields in ``selected`` appear."""
    st = styles()
    text = {k: str(v) for k, v in labels()[data.language].items() if isinstance(v, str)}
    form = tpl.layout == "form"
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=tpl.title,
        author=data.letterhead.organisation or "Baken",
        creator="Baken",
        subject="",
        invariant=True,
    )
    first_top = FORM_BODY_TOP if form else FIRST_BODY_TOP
    first = Frame(
        LEFT,
        BOTTOM,
        BODY_W,
        PAGE_H - first_top - BOTTOM,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        LEFT,
        BOTTOM,
        BODY_W,
        PAGE_H - TOP - BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first", [first], onPage=_first_page(data, tpl, text), autoNextPageTemplate="later"
            ),
            PageTemplate("later", [later], onPage=_later_pages(data, tpl, text, reference)),
        ]
    )

    story: list[Flowable] = []
    if form:
        story.append(Paragraph(esc(tpl.title), st["title"]))
        story.append(Paragraph(esc(tpl.subject), st["subtitle"]))
        story.append(Spacer(1, 2 * mm))
        for para in tpl.intro:
            story.append(Paragraph(esc(para), st["body_gap"]))
    else:
        story.append(_reference_table(data, text, reference))
        story.append(Spacer(1, 5.5 * mm))
        story.append(Paragraph(esc(tpl.subject), st["subject"]))
        if tpl.salutation:
            story.append(Paragraph(esc(tpl.salutation), st["body_gap"]))
        for para in tpl.intro:
            story.append(Paragraph(esc(para), st["body_gap"]))

    for title, items in selected_values(tpl, data, selected):
        story.extend(_section_flowables(title, items, data, form))

    if form:
        if tpl.statements:
            block: list[Flowable] = [
                Paragraph(esc(tpl.statements_title), st["section"]),
                HRFlowable(width="100%", thickness=0.6, color=ACCENT, spaceAfter=4),
            ]
            for s in tpl.statements:
                block.append(
                    Paragraph(
                        f"<font size=12>\u2610</font>\u2002{esc(s)}",
                        ParagraphStyle(
                            "stmt",
                            parent=st["body"],
                            leftIndent=6 * mm,
                            firstLineIndent=-6 * mm,
                            spaceAfter=3,
                        ),
                    )
                )
            story.append(KeepTogether(block))
        if tpl.signatures:
            story.append(CondPageBreak(62 * mm))
            story.append(_signature_boxes(tpl, data))
    else:
        lh = data.letterhead
        sign: list[Flowable] = [Spacer(1, 1.5 * mm)]
        sign += [Paragraph(esc(para), st["body_gap"]) for para in tpl.closing]
        sign += [Paragraph(esc(tpl.regards), st["body"]), Spacer(1, 12 * mm)]
        if lh.signer_name:
            sign.append(Paragraph(esc(lh.signer_name), st["signer"]))
        if lh.signer_role:
            sign.append(Paragraph(esc(lh.signer_role), st["body"]))
        story.append(KeepTogether(sign))

    counter: list[int] = []
    doc.build(story, canvasmaker=_numbered_canvas(text, counter))
    return RenderedLetter(pdf=buf.getvalue(), pages=counter[-1] if counter else 0)
