"""Baken application layer: domain types, services, letters, reports, CLI and entry point.

Never imports PySide6.QtWidgets; all SQL lives in ``storage``.
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("baken")
except metadata.PackageNotFoundError:  # running from a PyInstaller bundle or a bare tree
    __version__ = "0.1.0"
