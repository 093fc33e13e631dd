"""Schema step 6: drafts - the unsaved state of open editors, kept inside the encrypted store.

Before the store closes (lock, automatic lock, panic, window close with "later") every open
editor hands over its unsaved fields; they are written here in one transaction, so they never
reach the disk outside the encrypted database. A draft is keyed by the editor it belongs to
(e.g. ``intake:<dossier id>``, ``signal:new``). A draft of a dossier goes with the dossier
(``ON DELETE CASCADE``: destruction removes it). Drafts are personal work in progress: they
are not carried by a handover or a transfer (no ``id``/``updated_at`` columns, and the
handover skips this table), and they expire (``desktop.drafts.EXPIRY_DAYS``).
"""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE drafts (
        id         TEXT PRIMARY KEY,  -- the editor's key, e.g. intake:<dossier id>
        kind       TEXT NOT NULL,
        dossier_id TEXT REFERENCES dossiers(id) ON DELETE CASCADE,
        payload    TEXT NOT NULL,
        saved_at   TEXT NOT NULL,
        saved_by   TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX drafts_dossier ON drafts(dossier_id) WHERE dossier_id IS NOT NULL",
    "CREATE INDEX drafts_saved ON drafts(saved_at)",
)

VERSION = 6
NAME = "drafts"
