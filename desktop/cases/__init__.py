"""Signals, screening, intake and dossiers: domain types, validation and the service.

The UI calls ``CaseService`` (see ``desktop/cases/service.py``) and uses the dataclasses
from ``desktop.cases.model``. No Qt here.
"""

from __future__ import annotations

from desktop.cases.model import (
    Actiepunt,
    Besluit,
    Consent,
    Contact,
    Dossier,
    DossierPage,
    DossierPartner,
    DossierQuery,
    DossierRow,
    DossierView,
    Note,
    NoteRevision,
    Organisation,
    Person,
    SafetyAssessment,
    ScreeningMeeting,
    SearchHit,
    SearchResults,
    Signal,
    TimelineEntry,
    Today,
    TodayAction,
)
from desktop.cases.service import CaseService
from desktop.cases.validation import FieldErrors

__all__ = [
    "Actiepunt",
    "Besluit",
    "CaseService",
    "Consent",
    "Contact",
    "Dossier",
    "DossierPage",
    "DossierPartner",
    "DossierQuery",
    "DossierRow",
    "DossierView",
    "FieldErrors",
    "Note",
    "NoteRevision",
    "Organisation",
    "Person",
    "SafetyAssessment",
    "ScreeningMeeting",
    "SearchHit",
    "SearchResults",
    "Signal",
    "TimelineEntry",
    "Today",
    "TodayAction",
]
