"""Schema step 8 (issue 15, the dossier as a case record): a time of day on notes and the
revision history of corrected notes.

``notes.occurred_at`` is the local time of day (``HH:MM``, empty for notes written before
this step). ``note_revisions`` keeps every superseded version of a note (kind, date, time
and text as they were, who wrote that version and when); the note row itself always holds
the current text, so ``notes_fts`` keeps following the current text through its triggers.
Destroying a dossier removes its notes and, through the foreign key cascade, their
revisions.
``referrals`` (item 3) follow a verwijzing from verstuurd to geplaatst or afgewezen.
A revision row is a domain record (``id`` and the meta columns; ``created_at``/``created_by``
say when and by whom the version was replaced), so a case transfer carries the history with
its note. ``revision`` is the local sequence number; after a merge two stores' versions
interleave, so the history is ordered by when a version was replaced.
"""

from __future__ import annotations

from storage.schema_cases import META

# A verwijzing: a referral letter (or a referral recorded by hand) to an organisation, and
# how far it got. Each status has its own date column; "waiting" = verstuurd or ontvangen.
REFERRAL_STATUSES = ("verstuurd", "ontvangen", "geaccepteerd", "afgewezen", "geplaatst")
_statuses = ", ".join(f"'{s}'" for s in REFERRAL_STATUSES)

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE notes ADD COLUMN occurred_at TEXT NOT NULL DEFAULT ''",
    "DROP INDEX notes_timeline",
    "CREATE INDEX notes_timeline_time ON notes(dossier_id, occurred_on DESC, occurred_at DESC,"
    " created_at DESC)",
    f"""CREATE TABLE note_revisions (
        {META},
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        kind TEXT NOT NULL,
        occurred_on TEXT NOT NULL,
        occurred_at TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        written_at TEXT NOT NULL,
        written_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX note_revisions_note ON note_revisions(note_id, created_at)",
    f"""CREATE TABLE referrals (
        {META},
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        recipient_name TEXT NOT NULL DEFAULT '',
        letter_id TEXT REFERENCES letters(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'verstuurd' CHECK (status IN ({_statuses})),
        sent_on TEXT NOT NULL,
        received_on TEXT NOT NULL DEFAULT '',
        accepted_on TEXT NOT NULL DEFAULT '',
        rejected_on TEXT NOT NULL DEFAULT '',
        placed_on TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX referrals_dossier ON referrals(dossier_id, sent_on)",
    "CREATE INDEX referrals_waiting ON referrals(sent_on)"
    " WHERE status IN ('verstuurd', 'ontvangen')",
    "CREATE INDEX referrals_org ON referrals(organisation_id)",
    "CREATE INDEX referrals_letter ON referrals(letter_id)",
)

NAME = "case record: note time of day, note revisions, referrals"
