"""The fonts shipped in resources/fonts, registered with Qt once the first window shows
(ui/app.py; before any data or typed name can be shown).

DejaVu Sans covers Latin, Greek, Cyrillic and basic Hebrew/Arabic; Noto Sans Arabic gives
Arabic script its proper shapes, and a Symbola subset is the monochrome emoji fallback, so
names like ``مريم`` and aliases with ``😊`` never show as empty boxes, whatever is installed
on the laptop. The system's UI font stays first; the shipped families follow it as a
per-character fallback chain (``QFont.setFamilies``).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSansMono-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "Symbola-Emoji.ttf",
)
FALLBACK_FAMILIES = ("DejaVu Sans", "Noto Sans Arabic", "Symbola")
EMOJI_FAMILY = "Symbola"

_registered: list[str] = []


def register_fonts(app: QApplication) -> list[str]:
    """Add the shipped fonts (once) and make them the application font's fallbacks."""
    if not _registered:
        for filename in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", filename)))
            if font_id >= 0:
                for family in QFontDatabase.applicationFontFamilies(font_id):
                    if family not in _registered:
                        _registered.append(family)
        if EMOJI_FAMILY in _registered:
            # Monochrome emoji, after any colour emoji font the system has.
            QFontDatabase.addApplicationEmojiFontFamily(EMOJI_FAMILY)
    font = QFont(app.font())
    first = font.families() or [font.family()]
    chain = [*first, *(f for f in FALLBACK_FAMILIES if f in _registered and f not in first)]
    font.setFamilies(chain)
    app.setFont(font)
    return list(_registered)
