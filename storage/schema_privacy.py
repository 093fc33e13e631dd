"""Schema step 5: privacy - destruction records (vernietigingsregister) and the covering
indexes of the anonymised monitoring report.

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
    # covering indexes for the monitoring report (storage.report_queries): one range scan
    # per measure over narrow index rows instead of the wide, encrypted table rows
    "CREATE INDEX report_signals ON signals(received_on, forms, reporter_type)",
    "CREATE INDEX report_dossiers_opened ON dossiers(opened_on, forms, person_id)",
    "CREATE INDEX report_dossiers_closed ON dossiers(closed_on, forms, person_id, close_reason) "
    "WHERE closed_on <> ''",
    "CREATE INDEX report_persons ON persons(id, gender, nationality, birth_date, "
    "birth_year_estimated)",
    "CREATE INDEX report_placements ON placements(start_on, dossier_id, organisation_id, "
    "requested_type) WHERE start_on <> ''",
    "CREATE INDEX report_closures ON dossier_closures(dossier_id, reason)",
)

VERSION = 5
NAME = "privacy: destruction records"
