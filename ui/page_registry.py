"""The pages of the main window, as a registry later features append to.

Each feature adds one ``PageSpec`` to ``PAGE_FACTORIES`` (in its own module, imported from
``PAGE_MODULES``) instead of editing the window. The sidebar shows pages sorted by
``order``. Suggested orders: Vandaag 10, Signalen & screening 20, Dossiers 30, Opvang 40,
Nazorg 50, Brieven 60, Rapportage 70, Instellingen 80, Over de beveiliging 90,
Hulp & meldroutes 100.

A page is a ``QWidget`` made by ``factory(ctx, parent)`` after unlocking and destroyed when
the app locks, so a page never needs to clear itself. Pages refresh from ``ctx.changed``.
"""

from __future__ import annotations

import importlib
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


PAGE_FACTORIES: list[PageSpec] = [
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

# Feature modules that append to PAGE_FACTORIES on import (e.g. "ui.pages.cases").
PAGE_MODULES: list[str] = ["ui.pages.audit_page", "ui.cases.pages", "ui.care.opvang_page"]
PAGE_MODULES.append("ui.letters.register_page")
PAGE_MODULES.append("ui.report.page")
PAGE_MODULES.append("ui.privacy.page")


def pages() -> list[PageSpec]:
    for module in PAGE_MODULES:
        importlib.import_module(module)
    return sorted(PAGE_FACTORIES, key=lambda spec: spec.order)
PAGE_MODULES.append("ui.handover.page")
PAGE_MODULES.append("ui.exchange.page")
