"""Child process for tests/test_recovery_renew.py: open "Nieuw herstelblad" on a real store
at 1366×768 under the QT_SCALE_FACTOR of the environment; print whether the code label fits."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    data_dir, password = Path(sys.argv[1]), sys.argv[2]
    from PySide6.QtWidgets import QApplication

    app = QApplication(["probe"])
    from storage.vault import Vault
    from ui.context import AppContext
    from ui.pages.settings_page import NewRecoverySheetDialog

    vault = Vault(data_dir)
    ctx = AppContext(vault, "nl")
    ctx.set_store(vault.unlock(password))
    dlg = NewRecoverySheetDialog(ctx)
    dlg.show()
    dlg.password.setText(password)
    dlg.make_code()
    from ui.operations import wait_for

    wait_for(dlg.operation)
    app.processEvents()
    assert dlg.panel is not None
    label = dlg.panel.code_label
    hint, size = label.sizeHint(), label.size()
    screen = app.primaryScreen().availableGeometry()
    out = {
        "hint": [hint.width(), hint.height()],
        "size": [size.width(), size.height()],
        "dialog": [dlg.width(), dlg.height()],
        "screen": [screen.width(), screen.height()],
        "visible": label.isVisible(),
    }
    dlg.reject()
    ctx.lock()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
