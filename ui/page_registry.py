"""What a page of the main window is (``PageSpec``) and the built-in pages.

The one list of pages is ``ui/features.py``; a feature module defines ``PAGE`` (or
``PAGES``) and is listed there. The sidebar shows pages sorted by ``order``.
Suggested orders: Vandaag 10, Signalen & screening 20, Dossiers 30, Opvang 40,
Nazorg 50, Brieven 60, Rapportage 70, Instellingen 80, Over de beveiliging 90,
Hulp & meldroutes 100.

A page is a ``QWidget`` made by ``factory(ctx, parent)`` after unlocking and destroyed when
the app locks, so a page never needs to clear itself. Pages refresh from ``ctx.changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # translated at call time
    factory: Callable[[AppContext, QWidget | None], QWidget]
    order: int = 500


def _settings_page(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from ui.pages.settings_page import SettingsPage

    return SettingsPage(ctx, parent)


def _security_page(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from ui.pages.security_page import SecurityPage

    return SecurityPage(parent)


def _help_page(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from ui.pages.help_page import HelpWidget

    return HelpWidget(ctx.language, parent)


BUILTIN_PAGES: list[PageSpec] = [
    PageSpec(
        "settings",
        lambda: QCoreApplication.translate("Pages", "Instellingen"),
        _settings_page,
        80,
    ),
    PageSpec(
        "security",
        lambda: QCoreApplication.translate("Pages", "Over de beveiliging"),
        _security_page,
        90,
    ),
    PageSpec(
        "help",
        lambda: QCoreApplication.translate("Pages", "Hulp & meldroutes"),
        _help_page,
        100,
    ),
]


def pages() -> list[PageSpec]:
    """Every page, sorted (see ``ui.features.pages``)."""
    from ui.features import pages as feature_pages

    return feature_pages()
