"""Extra tabs for the dossier view, as a registry other features append to.

A feature (opvang/nazorg, brieven/documenten, ...) adds one ``DossierTabSpec`` to
``DOSSIER_TAB_FACTORIES`` in its own module and lists that module in
``DOSSIER_TAB_MODULES`` (or gets it imported some other way, e.g. through
``ui.page_registry.PAGE_MODULES``) — no edits to the dossier view itself::

    from ui.cases.dossier_tabs import DOSSIER_TAB_FACTORIES, DossierTabSpec

    def _placements_tab(tab: DossierTabContext, parent: QWidget | None) -> QWidget:
        return PlacementsTab(tab.ctx, tab.service, tab.dossier_id, parent)

    DOSSIER_TAB_FACTORIES.append(
        DossierTabSpec("opvang", lambda: QCoreApplication.translate("Tabs", "Opvang"),
                       _placements_tab, order=60)
    )

Registered tabs come after the built-in ones (Intake, Signalen, Veiligheid, Toestemming,
Contacten en ketenpartners, Actiepunten, Tijdlijn), sorted by ``order``. A tab is made
when its dossier is opened and destroyed with the dossier view (and so when the app
locks). A tab refreshes itself from ``tab.ctx.changed`` (``desktop.events.Change``; ids
hold the dossier id), and may define ``load_view(view: DossierView)``: the dossier view
calls it after every (re)load with the freshly loaded data, so a tab that only needs
``DossierView`` does no queries.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.cases import CaseService
from ui.context import AppContext


@dataclass(frozen=True)
class DossierTabContext:
    ctx: AppContext
    service: CaseService
    dossier_id: str


@dataclass(frozen=True)
class DossierTabSpec:
    key: str
    title: Callable[[], str]  # translated at call time
    factory: Callable[[DossierTabContext, QWidget | None], QWidget]
    order: int = 500


# Tabs added by other features (the built-in ones live in ui.cases.dossier_view).
DOSSIER_TAB_FACTORIES: list[DossierTabSpec] = []

# Modules that append to DOSSIER_TAB_FACTORIES on import.
DOSSIER_TAB_MODULES: list[str] = ["ui.care.tabs", "ui.letters.tabs"]


def extra_tabs() -> list[DossierTabSpec]:
    for module in DOSSIER_TAB_MODULES:
        importlib.import_module(module)
    return sorted(DOSSIER_TAB_FACTORIES, key=lambda spec: spec.order)
