"""Right-to-left names, emoji and non-Latin scripts: bidi isolates in composed labels,
fonts shipped and registered, per-glyph fallback in PDFs (read back with pdftotext/pdffonts)."""

from __future__ import annotations

import dataclasses
import re
import subprocess

from PySide6.QtGui import QFontMetrics, QRawFont
from PySide6.QtWidgets import QLabel

from desktop.cases import CaseService
from desktop.cases import model as m
from desktop.letters import LetterRequest, LetterService
from desktop.letters.render import esc, with_fallback_fonts
from desktop.text import FSI, PDI, isolate, join_isolated, needs_isolation, strip_bidi_controls
from desktop.text import ISOLATE_START as ISO
from tests.letters_demo import INPUTS, TODAY, populate

ARABIC = "مريم"
ALIAS = "Maryam مريم ✓"


# -- the helper ---------------------------------------------------------------------------


def test_isolate_wraps_only_text_that_can_reorder() -> None:
    assert isolate("Zoë Janssen") == "Zoë Janssen"  # plain (also non-ASCII) Latin unchanged
    assert isolate("") == ""
    assert isolate(ARABIC) == f"{ISO}{ARABIC}{PDI}"
    assert isolate(ALIAS) == f"{ISO}{ALIAS}{PDI}"
    assert isolate("٣٤") == f"{ISO}٣٤{PDI}"  # Arabic-Indic digits (AN) reorder too
    assert needs_isolation("a\u202eb")  # an override typed into a name
    # a stray PDI in user text would close our isolate early: it is dropped
    assert isolate(f"{ARABIC}{PDI} x") == f"{ISO}{ARABIC} x{PDI}"
    assert join_isolated((ARABIC, "Al-Hassan")) == f"{ISO}{ARABIC}{PDI} Al-Hassan"
    assert strip_bidi_controls(isolate(ALIAS)) == ALIAS


def test_composed_labels_isolate_user_text(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.cases import labels

    person = m.Person(first_name=ARABIC, last_name="Al-Hassan", alias=ALIAS)
    name = labels.person_name(person)
    assert name == f"{ISO}{ARABIC}{PDI} Al-Hassan"
    title = labels.dossier_title("2026-0001", f"{ARABIC} Al-Hassan")
    assert title == f"2026-0001 — {ISO}{ARABIC} Al-Hassan{PDI}"
    fact = labels.alias_fact("<" + ALIAS)
    assert fact == f"alias {ISO}&lt;{ALIAS}{PDI}"
    assert labels.dossier_title("2026-0002", "") == "2026-0002"
    # The label renders and keeps left-to-right order: the number stays at the left.
    for text in (title, f"{fact} · 25 jaar"):
        label = QLabel(text)
        label.show()
        assert not label.grab().isNull()
        assert label.layoutDirection().name == "LeftToRight"
    # Without the isolate the first strong character (Arabic) would make the line RTL.
    assert needs_isolation(f"2026-0001 — {ARABIC}")
    # Rich-text and selectable labels (QTextDocument) read it left-to-right too.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    assert QTextDocument(title).firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight
    # (Qt 6.12 reads f"2026-0001 — {FSI}{ARABIC}{PDI}" right-to-left here: hence the LRM.)


def test_search_titles_isolate_names(new_store) -> None:  # type: ignore[no-untyped-def]
    svc = CaseService(new_store)
    p = svc.create_person(m.Person(first_name=ARABIC, last_name="Al-Hassan", alias=ALIAS))
    svc.create_dossier(m.Dossier(person_id=p.id))
    res = svc.search("Al-Hassan")
    assert res.persons[0].title == f"{ISO}{ARABIC}{PDI} Al-Hassan ({ISO}{ALIAS}{PDI})"
    assert res.dossiers[0].title.endswith(f"— {ISO}Al-Hassan, {ARABIC}{PDI}")  # stored name


# -- fonts on screen ----------------------------------------------------------------------


def test_shipped_fonts_registered_and_cover_arabic_and_emoji(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.fonts import FALLBACK_FAMILIES, register_fonts

    families = register_fonts(qapp)
    for family in ("DejaVu Sans", "Noto Sans Arabic", "Symbola"):
        assert family in families
    chain = qapp.font().families()
    assert [f for f in chain if f in FALLBACK_FAMILIES] == list(FALLBACK_FAMILIES)
    # Every character of the test names is in one of the fonts of the chain.
    for ch in "مريم Zoë ✓ 😊 🌷":
        if ch == " ":
            continue
        assert any(QRawFont.fromFont(_font(f)).supportsCharacter(ord(ch)) for f in chain), ch
    # A label with them has a real width (no zero-width missing glyphs).
    fm = QFontMetrics(qapp.font())
    assert fm.horizontalAdvance("😊🌷") > 0


def _font(family: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    return QFont(family)


# -- fonts in letters ---------------------------------------------------------------------


def test_fallback_markup() -> None:
    assert with_fallback_fonts("Zoë ✓ abc") == "Zoë ✓ abc"  # all in DejaVu
    marked = esc("x 🌷 y")
    assert marked == 'x <font face="BakenEmoji">🌷</font> y'
    # a variation selector stays with its emoji
    assert esc("🌷\ufe0f") == '<font face="BakenEmoji">🌷\ufe0f</font>'
    assert esc("&🌷<") == '&amp;<font face="BakenEmoji">🌷</font>&lt;'


def test_letter_with_arabic_name_and_emoji(new_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    demo = populate(new_store)
    cases = CaseService(new_store, clock=lambda: TODAY)
    dossier = cases.get_dossier(demo.dossier_id)
    person = cases.get_person(dossier.person_id)
    cases.update_person(dataclasses.replace(person, first_name=ARABIC, last_name="Al-Hassan"))
    svc = LetterService(new_store, clock=lambda: TODAY)
    inputs = dict(INPUTS, **{"request.kind": "Zoë ✓ 😊 🌷 " + isolate(ALIAS)})
    pdf = svc.preview(
        LetterRequest(demo.dossier_id, "verwijsbrief_opvang", demo.shelter_id, inputs=inputs)
    ).pdf
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    flat = re.sub(r"\s+", " ", text)
    assert "Zoë ✓ 😊 🌷" in flat  # emoji above U+FFFF read back right (ToUnicode fix)
    assert ARABIC in text or ARABIC[::-1] in text  # drawn in visual order
    assert "Al-Hassan" in flat
    assert FSI not in text and PDI not in text  # bidi controls never reach the page
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout
    assert "DejaVuSans" in fonts
    assert "Symbola" in fonts  # the emoji fallback is embedded
    for line in fonts.splitlines()[2:]:
        # every font with glyphs embedded (reportlab's page-start Helvetica draws nothing)
        assert " yes " in line or line.startswith("Helvetica "), line


def test_display_name_isolates_right_to_left_parts() -> None:
    assert m.Person(first_name="Zoë", last_name="Janssen").display_name == "Zoë Janssen"
    p = m.Person(first_name=ARABIC, last_name="Al-Hassan", alias=ALIAS)
    assert p.display_name == f"{ISO}{ARABIC}{PDI} Al-Hassan"
    assert m.Person(alias=ALIAS).display_name == f"{ISO}{ALIAS}{PDI}"
    assert strip_bidi_controls(p.display_name) == f"{ARABIC} Al-Hassan"


def test_no_character_below_the_bound_can_reorder_text() -> None:
    """``needs_isolation`` skips the per-character look-up for text below FIRST_MOVING."""
    import unicodedata

    from desktop import text

    below = [
        c
        for c in range(ord(text.FIRST_MOVING))
        if unicodedata.bidirectional(chr(c)) in text._MOVING
    ]
    assert below == []
    assert not text.needs_isolation("Zoë Aimée Ğülşen Ωmega Жанна")
    assert text.needs_isolation("Zoë مريم")
