"""Bidirectional text: user text as a Unicode isolate inside composed labels.

A name like ``مريم`` inside "2026-0001 — مريم Al-Hassan" makes the whole line right-to-left
(its first strong character is Arabic) and drags the neighbouring numbers and symbols into
the Arabic run. Wrapping each piece of user text in FSI … PDI (U+2068 … U+2069) makes it an
*isolate*: its own direction comes from its first strong character, and it counts as one
neutral character for the text around it (Unicode Bidirectional Algorithm, UAX #9, rule X5c).

The UI is left-to-right (Dutch, English), so text without right-to-left characters or bidi
controls cannot reorder anything around it; such text is returned unchanged, which keeps
plain Latin names, exports and CSV byte-identical.
"""

from __future__ import annotations

import unicodedata

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
LRM = "\u200e"  # LEFT-TO-RIGHT MARK
# Qt's rich-text/selectable labels (QTextDocument) pick the paragraph direction from the
# first strong character *without* skipping isolates, so "2026-0001 — ⁨مريم⁩" came out
# right-to-left there. A left-to-right mark before the isolate gives them the (correct)
# left-to-right answer; for a full bidi implementation it only confirms the LTR context.
ISOLATE_START = LRM + FSI

# Bidi classes that can reorder text around them in a left-to-right paragraph.
_MOVING = frozenset(
    {"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}
)
# No character below this one has a bidi class in _MOVING (the first is U+05BE, HEBREW
# PUNCTUATION MAQAF; tests/test_text_fonts.py checks it against unicodedata).
FIRST_MOVING = "\u0590"
# Isolate controls typed or pasted into user text would close our isolate early.
_ISOLATE_CONTROLS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
# Every explicit bidi formatting character (embeddings, overrides, isolates, marks).
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"))
_BIDI_CONTROLS.update(_ISOLATE_CONTROLS)


def needs_isolation(text: str) -> bool:
    """True when ``text`` holds a right-to-left character, Arabic digit or bidi control."""
    if text.isascii() or max(text) < FIRST_MOVING:  # Latin, Greek, Cyrillic: one C pass
        return False
    return any(unicodedata.bidirectional(ch) in _MOVING for ch in text)


def isolate(text: str) -> str:
    """User text ready to be put next to other text in a label, title, list cell or menu.

    Text that could reorder its surroundings is wrapped in (LRM) FSI … PDI; stray isolate
    controls inside it are dropped first (an unmatched PDI would end our isolate early).
    Embeddings and overrides inside the text end at our PDI.
    """
    if not needs_isolation(text):
        return text
    inner = text.translate(_ISOLATE_CONTROLS)
    return f"{ISOLATE_START}{inner}{PDI}" if inner else inner


def join_isolated(parts: list[str] | tuple[str, ...], sep: str = " ") -> str:
    """Non-empty parts, each isolated on its own (first and last name read in field order)."""
    return sep.join(isolate(p) for p in parts if p)


def strip_bidi_controls(text: str) -> str:
    """Text without explicit bidi formatting characters (for PDFs, which draw them as boxes)."""
    if text.isascii():
        return text
    return text.translate(_BIDI_CONTROLS)
