"""Letters (verwijsbrieven, CoMensha registration, consent forms) and dossier documents.

``LetterService`` is the API for the screens and the CLI; templates are JSON data in
``resources/templates/``; rendering is reportlab, in memory. No Qt here.
"""

from __future__ import annotations

from desktop.letters.service import (
    ConsentCheck,
    ConsentRequiredError,
    Disclosure,
    Document,
    FieldSelection,
    Letter,
    LetterRequest,
    LetterService,
)
from desktop.letters.templates import Template, get_template, load_templates
from storage.schema_letters import DOCUMENT_KINDS

__all__ = [
    "DOCUMENT_KINDS",
    "ConsentCheck",
    "ConsentRequiredError",
    "Disclosure",
    "Document",
    "FieldSelection",
    "Letter",
    "LetterRequest",
    "LetterService",
    "Template",
    "get_template",
    "load_templates",
]
