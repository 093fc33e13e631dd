"""The first-run wizard's alternative first steps (e.g. "Overdracht importeren").

A module of its own, so that registering one at start-up does not load the wizard (and the
exchange code behind its aandachtsfunctionaris page) before the unlock window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.vault import Store
    from ui.context import AppContext


class FirstStepAlternative(NamedTuple):
    """Another way to start than a new, empty store (e.g. "Overdracht importeren").

    ``run(ctx, parent)`` does its own dialog and returns the new, unlocked ``Store`` (the
    wizard then finishes with it) or ``None`` when the user cancelled. Feature modules
    append to ``FIRST_STEP_ALTERNATIVES``; the welcome page shows one button each, so a
    feature that is not built yet shows no dead button. (A named tuple, not a dataclass:
    registered at start-up, before the window shows.)
    """

    key: str
    label: Callable[[], str]  # translated at call time; may contain an & mnemonic
    run: Callable[[AppContext, QWidget], Store | None]


FIRST_STEP_ALTERNATIVES: list[FirstStepAlternative] = []
