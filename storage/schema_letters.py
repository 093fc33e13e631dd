"""Schema step 3: letters (kept as PDF inside the store), documents, disclosure register.

- ``letters``: every letter made from a dossier, the PDF itself as a BLOB, plus what went
  into it (template, recipient, the field keys included, the consent used or the reason).
- ``documents``: files that arrive on paper or by mail (PDF, JPEG, PNG), stored as BLOBs;
  the original file name lives only here, inside the encrypted database.
- ``disclosures`` (verstrekkingenregister): one row per letter made, printed or saved, and
  per document saved outside the app. Who = ``created_by``, when = ``disclosed_at``.

Conventions as in step 2: META columns, STRICT tables, ``''`` for missing text.
"""

from __future__ import annotations

DOCUMENT_KINDS = (
    "toestemmingsverklaring",
    "beschikking",
    "verslag",
    "brief",
    "identiteit",
    "anders",
)
DOCUMENT_MIMES = ("application/pdf", "image/jpeg", "image/png")
DISCLOSURE_ACTIONS = ("made", "printed", "saved")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"CHECK ({column} IN ({', '.join(repr(v) for v in values)}))"


META = """id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL"""

STATEMENTS: tuple[str, ...] = (
    f"""CREATE TABLE letters (
        {META},
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        template TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'nl',
        recipient_org_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        recipient_name TEXT NOT NULL DEFAULT '',
        fields TEXT NOT NULL DEFAULT '[]',
        consent_id TEXT REFERENCES consents(id) ON DELETE SET NULL,
        reason TEXT NOT NULL DEFAULT '',
        pages INTEGER NOT NULL DEFAULT 0,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        pdf BLOB NOT NULL
    ) STRICT""",
    "CREATE INDEX letters_dossier ON letters(dossier_id, created_at)",
    "CREATE INDEX letters_org ON letters(recipient_org_id)",
    "CREATE INDEX letters_consent ON letters(consent_id)",
    f"""CREATE TABLE documents (
        {META},
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'anders' {_in("kind", DOCUMENT_KINDS)},
        filename TEXT NOT NULL DEFAULT '',
        mime TEXT NOT NULL {_in("mime", DOCUMENT_MIMES)},
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        received_on TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        consent_id TEXT REFERENCES consents(id) ON DELETE SET NULL,
        content BLOB NOT NULL
    ) STRICT""",
    "CREATE INDEX documents_dossier ON documents(dossier_id, created_at)",
    "CREATE INDEX documents_consent ON documents(consent_id)",
    f"""CREATE TABLE disclosures (
        {META},
        disclosed_at TEXT NOT NULL,
        action TEXT NOT NULL {_in("action", DISCLOSURE_ACTIONS)},
        dossier_id TEXT NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
        letter_id TEXT REFERENCES letters(id) ON DELETE SET NULL,
        document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        recipient_org_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        recipient_name TEXT NOT NULL DEFAULT '',
        template TEXT NOT NULL DEFAULT '',
        fields TEXT NOT NULL DEFAULT '[]',
        consent_id TEXT REFERENCES consents(id) ON DELETE SET NULL,
        reason TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX disclosures_dossier ON disclosures(dossier_id, disclosed_at)",
    "CREATE INDEX disclosures_at ON disclosures(disclosed_at)",
    "CREATE INDEX disclosures_letter ON disclosures(letter_id)",
    "CREATE INDEX disclosures_document ON disclosures(document_id)",
    "CREATE INDEX disclosures_org ON disclosures(recipient_org_id)",
    "CREATE INDEX disclosures_consent ON disclosures(consent_id)",
)

VERSION = 3
NAME = "letters, documents, disclosure register"
