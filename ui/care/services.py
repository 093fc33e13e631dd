"""One ``CareService`` per unlocked store, sharing the screens' ``CaseService`` (so phase
changes reach every case view through the same ``ctx.publish`` path)."""

from __future__ import annotations

from desktop.care import CareService
from ui.cases.services import case_service
from ui.context import AppContext

_ATTR = "_baken_care_service"


def care_service(ctx: AppContext) -> CareService:
    """The care service for the open store (raises ``StoreError`` while locked)."""
    store = ctx.require_store()
    cached = getattr(ctx, _ATTR, None)
    if cached is not None and cached[0] is store:
        service: CareService = cached[1]
        return service
    service = CareService(store, case_service(ctx), on_change=ctx.publish)
    setattr(ctx, _ATTR, (store, service))
    ctx.locked.connect(lambda: _forget(ctx))
    return service


def _forget(ctx: AppContext) -> None:
    if hasattr(ctx, _ATTR):
        delattr(ctx, _ATTR)
