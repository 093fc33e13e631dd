"""Writing a file the user chose (an export, a PDF) atomically and owner-only; re-exported
from storage so that nothing above desktop/ imports storage/."""

from __future__ import annotations

from storage.files import atomic_write

__all__ = ["atomic_write"]
