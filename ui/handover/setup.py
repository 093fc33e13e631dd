"""One call from ``ui.app.run``: plugs issue 7 into the shell without editing it further."""

from __future__ import annotations

from ui.context import AppContext


def install(ctx: AppContext) -> None:
    from ui.handover import auto_backup
    from ui.handover.import_dialog import register

    register()
    auto_backup.install(ctx)
