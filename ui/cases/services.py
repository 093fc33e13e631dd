"""One ``CaseService`` per unlocked store, shared by the case screens.

The service reports every change through ``ctx.publish`` (the one refresh path). It is
created lazily and forgotten as soon as the store changes or is locked, so nothing
outlives the unlocked session.
"""

from __future__ import annotations

from desktop.cases import CaseService
from ui.context import AppContext

_ATTR = "_baken_case_service"
_HOOKED = "_baken_case_service_hooked"


def case_service(ctx: AppContext) -> CaseService:
    """The case service for the open store (raises ``StoreError`` while locked)."""
    store = ctx.require_store()
    cached = getattr(ctx, _ATTR, None)
    if cached is not None and cached[0] is store:
        service: CaseService = cached[1]
        return service
    service = CaseService(store, on_change=ctx.publish)
    setattr(ctx, _ATTR, (store, service))
    if not getattr(ctx, _HOOKED, False):  # one connection per context, not per unlock
        ctx.locked.connect(lambda: _forget(ctx))
        setattr(ctx, _HOOKED, True)
    return service


def _forget(ctx: AppContext) -> None:
    if hasattr(ctx, _ATTR):
        delattr(ctx, _ATTR)
