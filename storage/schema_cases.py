"""Schema step 2: persons, dossiers, signals, screening, notes, ketenpartners, consent,
safety assessments, and the full-text search index.

Conventions: every domain table has ``id TEXT PRIMARY KEY`` (uuid4 hex), ``created_at``,
``updated_at`` (ISO UTC), ``created_by``, ``updated_by``; STRICT; foreign keys declared.
Missing dates are stored as ``''`` (never NULL) so sorting and keyset paging stay simple.
Multi-valued fields (forms, signal keys, risk factors, languages, attendees) are JSON
arrays of strings.

Search: two contentless FTS5 tables (``names_fts`` for persons and dossiers, ``notes_fts``
for note text; tokenizer ``unicode61 remove_diacritics 2``) whose rowids map to records
through ``search_docs`` (an INTEGER PRIMARY KEY, so VACUUM cannot renumber it). Triggers
keep both in step with every insert, update and delete; the text itself is stored only
once (in the domain table).
"""

from __future__ import annotations

# -- value sets (the database enforces them with CHECK constraints) ----------------------
PHASES = ("signaal", "screening", "intake", "opvang", "begeleiding", "nazorg", "afgesloten")
STATUSES = ("lopend", "gepauzeerd", "gesloten")
FORMS = ("seksueel", "arbeid", "crimineel", "orgaan")
GENDERS = ("vrouw", "man", "x", "onbekend")
RESIDENCE = ("", "nl", "eu", "non_eu", "asiel", "ongedocumenteerd")
REPORTER_TYPES = (
    "politie",
    "arbeidsinspectie",
    "kmar",
    "gemeente",
    "wijkteam",
    "jeugdzorg",
    "ggz",
    "huisarts",
    "ngo",
    "comensha",
    "zelf",
    "anoniem",
    "anders",
)
URGENCIES = ("laag", "normaal", "hoog", "acuut")
SIGNAL_STATUSES = ("nieuw", "meer_informatie", "besloten")
DECISIONS = ("intake", "opvang", "doorverwijzen", "meer_informatie", "geen_actie")
ACTION_KINDS = ("actie", "opvolging")
NOTE_KINDS = (
    "notitie",
    "telefoon",
    "gesprek",
    "huisbezoek",
    "overleg",
    "email",
    "brief",
    "anders",
)
ORG_KINDS = (
    "politie",
    "arbeidsinspectie",
    "kmar",
    "om",
    "gemeente",
    "opvang",
    "zorg",
    "wijkteam",
    "jeugdzorg",
    "ngo",
    "comensha",
    "advocatuur",
    "anders",
)
CONSENT_ROLES = ("client", "ouder", "voogd", "wettelijk_vertegenwoordiger")
CONSENT_PURPOSES = ("registratie_comensha", "verwijzing", "delen_gegevens", "anders")
CONSENT_FORMS = ("schriftelijk", "mondeling", "digitaal")
SAFETY_LEVELS = ("laag", "midden", "hoog", "acuut")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"CHECK ({column} IN ({', '.join(repr(v) for v in values)}))"


META = """id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL"""

# Phase order as an SQL expression (used by an index and by the list query).
PHASE_ORDER_SQL = (
    "(CASE phase " + " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(PHASES)) + " END)"
)
# Bedenktijd end for sorting: dossiers without one sort last.
BEDENKTIJD_SORT_SQL = "(CASE WHEN bedenktijd_end = '' THEN '9999-12-31' ELSE bedenktijd_end END)"

PERSON_NAME_SQL = (
    "(CASE WHEN {p}.last_name <> '' AND {p}.first_name <> '' "
    "THEN {p}.last_name || ', ' || {p}.first_name "
    "WHEN {p}.last_name || {p}.first_name <> '' THEN {p}.last_name || {p}.first_name "
    "ELSE {p}.alias END)"
)


def _person_name(alias: str) -> str:
    return PERSON_NAME_SQL.format(p=alias)


STATEMENTS: tuple[str, ...] = (
    f"""CREATE TABLE persons (
        {META},
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        alias TEXT NOT NULL DEFAULT '',
        birth_date TEXT NOT NULL DEFAULT '',
        birth_year_estimated INTEGER,
        gender TEXT NOT NULL DEFAULT 'onbekend' {_in("gender", GENDERS)},
        nationality TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '[]',
        interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
        safe_contact TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    f"""CREATE TABLE organisations (
        {META},
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'anders' {_in("kind", ORG_KINDS)},
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX organisations_name ON organisations(name COLLATE NOCASE)",
    f"""CREATE TABLE contacts (
        {META},
        organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX contacts_org ON contacts(organisation_id)",
    f"""CREATE TABLE dossiers (
        {META},
        number TEXT NOT NULL UNIQUE,
        person_id TEXT REFERENCES persons(id) ON DELETE RESTRICT,
        person_name TEXT NOT NULL DEFAULT '',
        phase TEXT NOT NULL DEFAULT 'intake' {_in("phase", PHASES)},
        status TEXT NOT NULL DEFAULT 'lopend' {_in("status", STATUSES)},
        owner TEXT NOT NULL DEFAULT '',
        opened_on TEXT NOT NULL,
        closed_on TEXT NOT NULL DEFAULT '',
        close_reason TEXT NOT NULL DEFAULT '',
        forms TEXT NOT NULL DEFAULT '[]',
        signal_keys TEXT NOT NULL DEFAULT '[]',
        signals_other TEXT NOT NULL DEFAULT '',
        risk_factors TEXT NOT NULL DEFAULT '[]',
        residence_status TEXT NOT NULL DEFAULT '' {_in("residence_status", RESIDENCE)},
        bedenktijd_start TEXT NOT NULL DEFAULT '',
        bedenktijd_end TEXT NOT NULL DEFAULT '',
        aangifte_on TEXT NOT NULL DEFAULT '',
        informatief_gesprek_on TEXT NOT NULL DEFAULT '',
        b8_notes TEXT NOT NULL DEFAULT '',
        exploiter_relation TEXT NOT NULL DEFAULT '',
        children TEXT NOT NULL DEFAULT '',
        income_insurance TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX dossiers_person ON dossiers(person_id)",
    "CREATE INDEX dossiers_sort_name ON dossiers(person_name COLLATE NOCASE, id)",
    f"CREATE INDEX dossiers_sort_phase ON dossiers({PHASE_ORDER_SQL}, id)",
    "CREATE INDEX dossiers_sort_opened ON dossiers(opened_on, id)",
    "CREATE INDEX dossiers_sort_updated ON dossiers(updated_at, id)",
    "CREATE INDEX dossiers_sort_owner ON dossiers(owner COLLATE NOCASE, id)",
    f"CREATE INDEX dossiers_sort_bedenktijd ON dossiers({BEDENKTIJD_SORT_SQL}, id)",
    "CREATE INDEX dossiers_status ON dossiers(status, id)",
    # The list shows the person's name; keep the copy in dossiers in step.
    f"""CREATE TRIGGER dossiers_person_name_ai AFTER INSERT ON dossiers
        WHEN NEW.person_id IS NOT NULL BEGIN
        UPDATE dossiers SET person_name =
            (SELECT {_person_name("p")} FROM persons p WHERE p.id = NEW.person_id)
        WHERE id = NEW.id; END""",
    f"""CREATE TRIGGER dossiers_person_name_au AFTER UPDATE OF person_id ON dossiers BEGIN
        UPDATE dossiers SET person_name = coalesce(
            (SELECT {_person_name("p")} FROM persons p WHERE p.id = NEW.person_id), '')
        WHERE id = NEW.id; END""",
    f"""CREATE TRIGGER persons_name_au AFTER UPDATE OF first_name, last_name, alias ON persons
        BEGIN UPDATE dossiers SET person_name = {_person_name("NEW")}
        WHERE person_id = NEW.id; END""",
    f"""CREATE TABLE dossier_partners (
        {META},
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        contact_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
        role TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX dossier_partners_dossier ON dossier_partners(dossier_id)",
    "CREATE INDEX dossier_partners_org ON dossier_partners(organisation_id)",
    "CREATE INDEX dossier_partners_contact ON dossier_partners(contact_id)",
    f"""CREATE TABLE signals (
        {META},
        received_on TEXT NOT NULL,
        reporter_type TEXT NOT NULL {_in("reporter_type", REPORTER_TYPES)},
        reporter_name TEXT NOT NULL DEFAULT '',
        reporter_contact TEXT NOT NULL DEFAULT '',
        reporter_org_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        description TEXT NOT NULL DEFAULT '',
        forms TEXT NOT NULL DEFAULT '[]',
        signal_keys TEXT NOT NULL DEFAULT '[]',
        urgency TEXT NOT NULL DEFAULT 'normaal' {_in("urgency", URGENCIES)},
        person_hint TEXT NOT NULL DEFAULT '',
        person_id TEXT REFERENCES persons(id) ON DELETE SET NULL,
        dossier_id TEXT REFERENCES dossiers(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'nieuw' {_in("status", SIGNAL_STATUSES)}
    ) STRICT""",
    "CREATE INDEX signals_open ON signals(received_on, id) WHERE status <> 'besloten'",
    "CREATE INDEX signals_dossier ON signals(dossier_id)",
    "CREATE INDEX signals_person ON signals(person_id)",
    "CREATE INDEX signals_org ON signals(reporter_org_id)",
    f"""CREATE TABLE screening_meetings (
        {META},
        held_on TEXT NOT NULL,
        chair TEXT NOT NULL DEFAULT '',
        attendees TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX screening_meetings_held ON screening_meetings(held_on)",
    f"""CREATE TABLE besluiten (
        {META},
        signal_id TEXT NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
        meeting_id TEXT REFERENCES screening_meetings(id) ON DELETE SET NULL,
        kind TEXT NOT NULL {_in("kind", DECISIONS)},
        decided_on TEXT NOT NULL,
        referred_to TEXT NOT NULL DEFAULT '',
        info_from TEXT NOT NULL DEFAULT '',
        info_before TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX besluiten_signal ON besluiten(signal_id, decided_on)",
    "CREATE INDEX besluiten_meeting ON besluiten(meeting_id)",
    f"""CREATE TABLE actiepunten (
        {META},
        kind TEXT NOT NULL DEFAULT 'actie' {_in("kind", ACTION_KINDS)},
        description TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due_on TEXT NOT NULL DEFAULT '',
        done_on TEXT NOT NULL DEFAULT '',
        meeting_id TEXT REFERENCES screening_meetings(id) ON DELETE SET NULL,
        signal_id TEXT REFERENCES signals(id) ON DELETE CASCADE,
        dossier_id TEXT REFERENCES dossiers(id) ON DELETE CASCADE
    ) STRICT""",
    "CREATE INDEX actiepunten_open ON actiepunten(due_on, id) WHERE done_on = ''",
    "CREATE INDEX actiepunten_dossier ON actiepunten(dossier_id)",
    "CREATE INDEX actiepunten_meeting ON actiepunten(meeting_id)",
    "CREATE INDEX actiepunten_signal ON actiepunten(signal_id)",
    f"""CREATE TABLE notes (
        {META},
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'notitie' {_in("kind", NOTE_KINDS)},
        occurred_on TEXT NOT NULL,
        text TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX notes_timeline ON notes(dossier_id, occurred_on DESC, created_at DESC)",
    f"""CREATE TABLE consents (
        {META},
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        person_id TEXT REFERENCES persons(id) ON DELETE SET NULL,
        given_by TEXT NOT NULL,
        given_by_role TEXT NOT NULL DEFAULT 'client' {_in("given_by_role", CONSENT_ROLES)},
        purpose TEXT NOT NULL {_in("purpose", CONSENT_PURPOSES)},
        recipient TEXT NOT NULL DEFAULT '',
        recipient_org_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        given_on TEXT NOT NULL,
        form TEXT NOT NULL DEFAULT 'schriftelijk' {_in("form", CONSENT_FORMS)},
        valid_until TEXT NOT NULL DEFAULT '',
        withdrawn_on TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX consents_dossier ON consents(dossier_id)",
    "CREATE INDEX consents_person ON consents(person_id)",
    "CREATE INDEX consents_org ON consents(recipient_org_id)",
    f"""CREATE TABLE safety_assessments (
        {META},
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        level TEXT NOT NULL {_in("level", SAFETY_LEVELS)},
        assessed_on TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX safety_dossier ON safety_assessments(dossier_id, assessed_on)",
    # -- search -------------------------------------------------------------------------
    """CREATE TABLE search_docs (
        docid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        object_id TEXT NOT NULL UNIQUE
    ) STRICT""",
    """CREATE VIRTUAL TABLE names_fts USING fts5(
        name, extra, content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')""",
    """CREATE VIRTUAL TABLE notes_fts USING fts5(
        text, content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')""",
    # persons -> names_fts
    """CREATE TRIGGER persons_fts_ai AFTER INSERT ON persons BEGIN
        INSERT INTO search_docs(kind, object_id) VALUES ('person', NEW.id);
        INSERT INTO names_fts(rowid, name, extra) VALUES (last_insert_rowid(),
            NEW.first_name || ' ' || NEW.last_name || ' ' || NEW.alias, ''); END""",
    """CREATE TRIGGER persons_fts_au AFTER UPDATE OF first_name, last_name, alias ON persons
        BEGIN
        DELETE FROM names_fts WHERE rowid =
            (SELECT docid FROM search_docs WHERE object_id = OLD.id);
        INSERT INTO names_fts(rowid, name, extra) VALUES
            ((SELECT docid FROM search_docs WHERE object_id = NEW.id),
            NEW.first_name || ' ' || NEW.last_name || ' ' || NEW.alias, ''); END""",
    """CREATE TRIGGER persons_fts_ad AFTER DELETE ON persons BEGIN
        DELETE FROM names_fts WHERE rowid =
            (SELECT docid FROM search_docs WHERE object_id = OLD.id);
        DELETE FROM search_docs WHERE object_id = OLD.id; END""",
    # dossiers -> names_fts (number + the person's name, so "zoe" finds the dossier too)
    """CREATE TRIGGER dossiers_fts_ai AFTER INSERT ON dossiers BEGIN
        INSERT INTO search_docs(kind, object_id) VALUES ('dossier', NEW.id);
        INSERT INTO names_fts(rowid, name, extra) VALUES (last_insert_rowid(),
            NEW.number, NEW.person_name); END""",
    """CREATE TRIGGER dossiers_fts_au AFTER UPDATE OF number, person_name ON dossiers BEGIN
        DELETE FROM names_fts WHERE rowid =
            (SELECT docid FROM search_docs WHERE object_id = OLD.id);
        INSERT INTO names_fts(rowid, name, extra) VALUES
            ((SELECT docid FROM search_docs WHERE object_id = NEW.id),
            NEW.number, NEW.person_name); END""",
    """CREATE TRIGGER dossiers_fts_ad AFTER DELETE ON dossiers BEGIN
        DELETE FROM names_fts WHERE rowid =
            (SELECT docid FROM search_docs WHERE object_id = OLD.id);
        DELETE FROM search_docs WHERE object_id = OLD.id; END""",
    # notes -> notes_fts
    """CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
        INSERT INTO search_docs(kind, object_id) VALUES ('note', NEW.id);
        INSERT INTO notes_fts(rowid, text) VALUES (last_insert_rowid(), NEW.text); END""",
    """CREATE TRIGGER notes_fts_au AFTER UPDATE OF text ON notes BEGIN
        DELETE FROM notes_fts WHERE rowid =
            (SELECT docid FROM search_docs WHERE object_id = OLD.id);
        INSERT INTO notes_fts(rowid, text) VALUES
            ((SELECT docid FROM search_docs WHERE object_id = NEW.id), NEW.text); END""",
    """CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
        DELETE FROM notes_fts WHERE rowid =
            (SELECT docid FROM search_docs WHERE object_id = OLD.id);
        DELETE FROM search_docs WHERE object_id = OLD.id; END""",
)

VERSION = 2
NAME = "cases: persons, dossiers, signals, screening, notes, search"
# storage.migrations lists ``Migration(VERSION, NAME, STATEMENTS)``; this module imports
# nothing from it, so either module can be imported first without an import cycle.
