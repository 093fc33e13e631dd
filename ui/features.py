"""The one list of features: main-window pages, extra dossier tabs and the start-up wiring
(automatic backups, the wizard's "import a handover" alternative).

Ordinary imports, no registration by import side effect. The imports sit inside the
functions so that starting the GUI does not load every page before the window shows
(the pages are made after unlocking). To add a page: write its module with a
``PAGE = PageSpec(...)`` and add it here. The CLI's commands are listed the same way in
``desktop/commands.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.vault import Store
    from ui.cases.dossier_tabs import DossierTabSpec
    from ui.context import AppContext
    from ui.page_registry import PageSpec


def pages() -> list[PageSpec]:
    """Every page of the main window, sorted by ``order`` (the sidebar order)."""
    from ui.addressbook import page as addressbook_page
    from ui.care import opvang_page
    from ui.cases import pages as case_pages
    from ui.exchange import page as exchange_page
    from ui.handover import page as handover_page
    from ui.letters import register_page
    from ui.page_registry import BUILTIN_PAGES
    from ui.pages import audit_page
    from ui.privacy import page as privacy_page
    from ui.report import page as report_page

    specs = [
        *BUILTIN_PAGES,
        *case_pages.PAGES,
        opvang_page.PAGE,
        addressbook_page.PAGE,
        register_page.PAGE,
        report_page.PAGE,
        privacy_page.PAGE,
        audit_page.PAGE,
        handover_page.PAGE,
        exchange_page.PAGE,
    ]
    return sorted(specs, key=lambda spec: spec.order)


REPORTER_PAGES = ("melden", "settings", "security", "help")


def pages_for(ctx: AppContext) -> list[PageSpec]:
    """The sidebar of this store: every page, or for an aandachtsfunctionaris store (issue
    17) only the reduced set: Signalen melden, Instellingen, Over de beveiliging, Hulp."""
    from ui.exchange import report_page

    if not ctx.is_unlocked or not ctx.require_session().exchange.is_reporter():
        return pages()
    every = {spec.key: spec for spec in [*pages(), report_page.PAGE]}
    return [every[key] for key in REPORTER_PAGES if key in every]


def dossier_tabs() -> list[DossierTabSpec]:
    """The dossier view's tabs after the built-in ones, sorted by ``order``."""
    from ui.care import tabs as care_tabs
    from ui.cases import dossier_referrals
    from ui.letters import tabs as letter_tabs

    return sorted(
        [*care_tabs.TABS, *letter_tabs.TABS, *dossier_referrals.TABS], key=lambda spec: spec.order
    )


def install_first_steps() -> None:
    """The wizard's alternative first step (import a handover), registered before the
    window shows (the wizard may be its first screen); its dialog module loads when the
    button is used."""
    from ui.first_steps import FIRST_STEP_ALTERNATIVES, FirstStepAlternative

    if not any(alt.key == "handover_import" for alt in FIRST_STEP_ALTERNATIVES):
        FIRST_STEP_ALTERNATIVES.append(
            FirstStepAlternative("handover_import", _handover_label, _handover_run)
        )


def _handover_label() -> str:
    from ui.handover import import_dialog

    return import_dialog.label()


def _handover_run(ctx: AppContext, parent: QWidget) -> Store | None:
    from ui.handover import import_dialog

    return import_dialog.run(ctx, parent)


def install(ctx: AppContext) -> None:
    """Start-up wiring (called once by ``ui.app.run`` when the event loop runs with the
    window shown: nothing can have been unlocked yet): automatic backups after unlocking
    and before locking, and the team-folder inbox watcher."""
    from ui.exchange import inbox
    from ui.handover import auto_backup

    install_first_steps()
    auto_backup.install(ctx)
    inbox.watcher(ctx)  # the team-folder inbox: checked at unlock and every few minutes
