"""Schema step 12: what a name hit shows, kept next to the hit (issue 16).

A name search returns up to 30 index rows per keystroke; each showed its person's name
fields, birth year and latest dossier, or its dossier's number, name and phase, read from
``persons`` and ``dossiers`` (text primary keys: two b-tree descents each) plus a sorted
lookup of the person's dossiers — three to four lookups per hit, most of the app's own
cost of a search. Now ``search_docs`` (one row per indexed record, already read for every
hit) carries those fields, so a hit is one lookup.

Triggers keep the fields equal to the records after every statement: a person's name
fields and birth date; a dossier's number, person name and phase; and a person's latest
dossier (newest ``opened_on``, then ``created_at``, then id) whenever a dossier is added,
removed, moved to another person or re-dated. ``tests/test_cases_search.py`` proves them
equal to the records over random inserts, updates and deletes. The fields hold nothing
the store does not already hold (the same database, encrypted alike; deleting a record
deletes its row, ``secure_delete`` wipes it). Note rows leave them empty.
"""

from __future__ import annotations

from storage.db import Database

# The latest dossier of the person whose search_docs row is being written.
_LATEST = (
    "coalesce((SELECT y.id FROM dossiers y WHERE y.person_id = search_docs.object_id"
    " ORDER BY y.opened_on DESC, y.created_at DESC, y.id DESC LIMIT 1), '')"
)

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE search_docs ADD COLUMN first_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE search_docs ADD COLUMN last_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE search_docs ADD COLUMN alias TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE search_docs ADD COLUMN birth_date TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE search_docs ADD COLUMN birth_year_estimated INTEGER",
    "ALTER TABLE search_docs ADD COLUMN latest_dossier_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE search_docs ADD COLUMN number TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE search_docs ADD COLUMN person_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE search_docs ADD COLUMN phase TEXT NOT NULL DEFAULT ''",
    # persons: the insert trigger of step 2 again, now with the fields
    "DROP TRIGGER persons_fts_ai",
    """CREATE TRIGGER persons_fts_ai AFTER INSERT ON persons BEGIN
        INSERT INTO search_docs(kind, object_id, first_name, last_name, alias, birth_date,
            birth_year_estimated)
            VALUES ('person', NEW.id, NEW.first_name, NEW.last_name, NEW.alias,
            NEW.birth_date, NEW.birth_year_estimated);
        INSERT INTO names_fts(rowid, name, extra) VALUES (last_insert_rowid(),
            NEW.first_name || ' ' || NEW.last_name || ' ' || NEW.alias, '');
        UPDATE search_docs SET latest_dossier_id = """
    + _LATEST
    + """ WHERE object_id = NEW.id; END""",
    """CREATE TRIGGER persons_docs_au AFTER UPDATE OF first_name, last_name, alias,
        birth_date, birth_year_estimated ON persons BEGIN
        UPDATE search_docs SET first_name = NEW.first_name, last_name = NEW.last_name,
            alias = NEW.alias, birth_date = NEW.birth_date,
            birth_year_estimated = NEW.birth_year_estimated
            WHERE object_id = NEW.id; END""",
    # dossiers: the insert trigger of step 2 again, now with the fields
    "DROP TRIGGER dossiers_fts_ai",
    """CREATE TRIGGER dossiers_fts_ai AFTER INSERT ON dossiers BEGIN
        INSERT INTO search_docs(kind, object_id, number, person_name, phase)
            VALUES ('dossier', NEW.id, NEW.number, NEW.person_name, NEW.phase);
        INSERT INTO names_fts(rowid, name, extra) VALUES (last_insert_rowid(),
            NEW.number, NEW.person_name);
        UPDATE search_docs SET latest_dossier_id = """
    + _LATEST
    + """ WHERE object_id = NEW.person_id; END""",
    """CREATE TRIGGER dossiers_docs_au AFTER UPDATE OF number, person_name, phase
        ON dossiers BEGIN
        UPDATE search_docs SET number = NEW.number, person_name = NEW.person_name,
            phase = NEW.phase WHERE object_id = NEW.id; END""",
    """CREATE TRIGGER dossiers_latest_au AFTER UPDATE OF person_id, opened_on, created_at
        ON dossiers BEGIN
        UPDATE search_docs SET latest_dossier_id = """
    + _LATEST
    + """ WHERE object_id IN (OLD.person_id, NEW.person_id); END""",
    """CREATE TRIGGER dossiers_latest_ad AFTER DELETE ON dossiers BEGIN
        UPDATE search_docs SET latest_dossier_id = """
    + _LATEST
    + """ WHERE object_id = OLD.person_id; END""",
)


def backfill(db: Database) -> None:
    """Fill the fields of every person's and dossier's row from the records (also the
    repair after a rebuild of the index)."""
    db.execute(
        "UPDATE search_docs SET first_name = p.first_name, last_name = p.last_name,"
        " alias = p.alias, birth_date = p.birth_date,"
        f" birth_year_estimated = p.birth_year_estimated, latest_dossier_id = {_LATEST}"
        " FROM persons p WHERE search_docs.kind = 'person' AND p.id = search_docs.object_id"
    )
    db.execute(
        "UPDATE search_docs SET number = x.number, person_name = x.person_name,"
        " phase = x.phase"
        " FROM dossiers x WHERE search_docs.kind = 'dossier' AND x.id = search_docs.object_id"
    )
