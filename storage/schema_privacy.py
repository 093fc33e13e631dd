"""Schema step 5: privacy - destruction records (vernietigingsregister).

A ``destructions`` row is all that stays of a destroyed dossier: its number, the dates
that governed its retention, the basis, who destroyed it and when. It holds no personal
data and deliberately no foreign key (the dossier is gone). Retention periods themselves
are settings (``retention.*`` in the settings table).
"""

from __future__ import annotations

from storage.schema_cases import META

STATEMENTS: tuple[str, ...] = (
    f"""CREATE TABLE destructions (
        {META},
        dossier_id TEXT NOT NULL,
        dossier_number TEXT NOT NULL,
        opened_on TEXT NOT NULL DEFAULT '',
        closed_on TEXT NOT NULL DEFAULT '',
        close_reason TEXT NOT NULL DEFAULT '',
        retention_years INTEGER NOT NULL CHECK (retention_years BETWEEN 0 AND 200),
        due_on TEXT NOT NULL DEFAULT '',
        destroyed_on TEXT NOT NULL,
        basis TEXT NOT NULL DEFAULT '',
        person_destroyed INTEGER NOT NULL DEFAULT 0 CHECK (person_destroyed IN (0, 1)),
        rows_deleted INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX destructions_on ON destructions(destroyed_on)",
    "CREATE INDEX destructions_dossier ON destructions(dossier_id)",
)

VERSION = 5
NAME = "privacy: destruction records"
