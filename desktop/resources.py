"""Find files in ``resources/`` from a source tree, an installed package or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    """Parsed JSON from ``resources/`` (cached; the files are read-only data)."""
    import json  # (not needed for starting the app)

    with open(resource_path(*parts), encoding="utf-8") as fh:
        return json.load(fh)
