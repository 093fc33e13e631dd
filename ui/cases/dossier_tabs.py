"""Extra tabs for the dossier view: what a tab is and what it gets.

Feature modules (opvang/nazorg, brieven/documenten) define ``TABS = [DossierTabSpec(...)]``;
the one list is ``ui/features.py`` (``dossier_tabs()``). Registered tabs come after the
built-in ones (Intake, Signalen, Veiligheid, Toestemming, Contacten en ketenpartners,
Actiepunten, Tijdlijn), sorted by ``order``. A tab is made when its dossier is opened and
destroyed with the dossier view (and so when the app locks). A tab refreshes itself from
``tab.ctx.changed`` (``desktop.events.Change``; ids hold the dossier id; ``removed`` the
destroyed dossiers), and may define ``load_view(view: DossierView)``: the dossier view
calls it after every (re)load with the freshly loaded data, so a tab that only needs
``DossierView`` does no queries.
"""

from __future__ import annotations

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


def extra_tabs() -> list[DossierTabSpec]:
    """The feature tabs, sorted (see ``ui.features.dossier_tabs``)."""
    from ui.features import dossier_tabs

    return dossier_tabs()
