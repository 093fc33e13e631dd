"""Countries for nationality and land van herkomst: ISO 3166-1 alpha-2 underneath, Dutch and
English names on screen and in imports (``resources/countries.json``, generated from Debian's
iso-codes by ``tests/make_countries.py``)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from desktop.resources import load_json


@dataclass(frozen=True)
class Country:
    code: str
    nl: str
    en: str
    aliases: tuple[str, ...] = ()

    def name(self, language: str = "nl") -> str:
        return self.en if language == "en" else self.nl


def _fold(text: str) -> str:
    """Case, accents, punctuation and spacing do not matter when matching a typed name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if ch.isalnum() or ch.isspace())
    return " ".join(kept.split())


@cache
def countries() -> tuple[Country, ...]:
    rows = load_json("countries.json")
    return tuple(
        Country(str(r["code"]), str(r["nl"]), str(r["en"]), tuple(r.get("aliases", ())))
        for r in rows
    )


@cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in countries()}


@cache
def _by_name() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in countries():
        for text in (c.nl, c.en, *c.aliases):
            index.setdefault(_fold(text), c.code)
    return index


def by_code(code: str) -> Country | None:
    return _by_code().get(code.strip().upper())


def lookup(text: str) -> str | None:
    """The ISO code for a code ("ro", "RO") or a Dutch/English name ("Roemenië", "Romania")."""
    raw = text.strip()
    if not raw:
        return None
    if len(raw) == 2 and raw.upper() in _by_code():
        return raw.upper()
    return _by_name().get(_fold(raw))


def name(code: str, language: str = "nl") -> str:
    """The country's name in ``language``; the code itself if unknown (never empty for a code)."""
    country = by_code(code) if code else None
    return country.name(language) if country is not None else code


def choices(language: str = "nl") -> list[tuple[str, str]]:
    """(code, name) sorted by name as a reader of ``language`` expects (accents ignored)."""
    return sorted(((c.code, c.name(language)) for c in countries()), key=lambda t: _fold(t[1]))
