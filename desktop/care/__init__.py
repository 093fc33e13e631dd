"""Opvang (shelters, placements, bezetting), hulpverleningsplan per leefgebied, nazorg and
afsluiting: domain types (``desktop.care.model``), validation and ``CareService``.

The Vandaag page calls ``due_for_today(store)`` for care actions, evaluations and nazorg
check-ins that are due. No Qt here.
"""

from __future__ import annotations

from desktop.care.service import CareService, derive_phase, due_for_today, weeks_of

__all__ = ["CareService", "derive_phase", "due_for_today", "weeks_of"]
