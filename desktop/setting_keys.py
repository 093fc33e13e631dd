"""Keys of the settings inside the encrypted database (organisation and user are
personal-ish data) and the auto-lock bounds. Plain constants: the UI names them before
the session (``desktop.session``, which re-exports them) is loaded."""

from __future__ import annotations

ORG_NAME = "organisation.name"
ORG_ADDRESS = "organisation.address"
USER_NAME = "user.name"
USER_ROLE = "user.role"
AUTOLOCK_MINUTES = "ui.autolock_minutes"
AUTOLOCK_DEFAULT = 5
AUTOLOCK_MAX = 15
AUTOLOCK_MIN = 1
