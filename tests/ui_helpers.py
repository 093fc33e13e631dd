"""Helpers for pytest-qt tests that change data behind the UI's back."""

from __future__ import annotations

from typing import Any


class Published:
    """A session service whose every call is one inline operation (``ctx.inline``): the
    change it records is published when the call returns, as if another view made it."""

    def __init__(self, ctx: Any, service: Any) -> None:
        self._ctx = ctx
        self._service = service

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._service, name)
        if callable(attr) and not name.startswith("_"):
            return self._ctx.inline(attr)
        return attr
