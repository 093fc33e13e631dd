"""The case pages (Vandaag, Signalen & screening, Dossiers), listed in ui/features.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.page_registry import PageSpec


def _today(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from ui.cases.today_page import TodayPage

    return TodayPage(ctx, parent)


def _screening(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from ui.cases.screening_page import ScreeningPage

    return ScreeningPage(ctx, parent)


def _dossiers(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from ui.cases.dossiers_page import DossiersPage

    return DossiersPage(ctx, parent)


PAGES = [
    PageSpec("today", lambda: QCoreApplication.translate("Pages", "Vandaag"), _today, 10),
    PageSpec(
        "screening",
        lambda: QCoreApplication.translate("Pages", "Signalen & screening"),
        _screening,
        20,
    ),
    PageSpec("dossiers", lambda: QCoreApplication.translate("Pages", "Dossiers"), _dossiers, 30),
]
