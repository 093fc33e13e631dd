"""Baken application layer: domain types, services, letters, reports, CLI and entry point.

Never imports PySide6.QtWidgets; all SQL lives in ``storage``.
"""

from __future__ import annotations

# Kept equal to pyproject.toml's version by tests/test_cli.py; a constant (not
# importlib.metadata) because start-up time matters and bundles carry no metadata.
__version__ = "0.1.0"
