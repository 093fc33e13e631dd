"""One ``LetterService`` per unlocked store, shared by the letter screens."""

from __future__ import annotations

from desktop.letters import LetterService
from ui.context import AppContext

_ATTR = "_baken_letter_service"


def letter_service(ctx: AppContext) -> LetterService:
    """The letter service for the open store (raises ``StoreError`` while locked)."""
    store = ctx.require_store()
    cached = getattr(ctx, _ATTR, None)
    if cached is not None and cached[0] is store:
        service: LetterService = cached[1]
        return service
    service = LetterService(store, on_change=ctx.publish)
    setattr(ctx, _ATTR, (store, service))
    ctx.locked.connect(lambda: _forget(ctx))
    return service


def _forget(ctx: AppContext) -> None:
    if hasattr(ctx, _ATTR):
        delattr(ctx, _ATTR)
