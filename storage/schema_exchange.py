"""Schema step for secure exchange between stores (issue 17).

- ``exchange_identity``: this store's key pair for exchange — an age X25519 identity and an
  Ed25519 signing key — keyed by ``store_id``. The secret keys live only here, inside the
  encrypted store, so backups (a copy of the file) carry them. A handover gives the
  successor a *new* store id; the service then retires the inherited row (wipes its secret
  keys) and makes a new identity for the successor (see docs/uitwisselen.md).
- ``exchange_contacts``: verified colleagues (public keys and fingerprint only). A new card
  with other keys for a known contact is kept in ``pending_*`` and the contact is
  ``gewijzigd`` (nothing from it is accepted) until it is verified again.
- ``exchange_packages``: every package sent or received (ids, counts, no personal data);
  the unique package id of a received package is the replay protection.

None of these tables has an ``updated_at`` column, so the case transfer never carries them
(``storage.transfer.domain_tables``); exchange records are this store's own.
"""

from __future__ import annotations

CONTACT_STATUSES = ("geverifieerd", "ongeverifieerd", "gewijzigd", "verwijderd")
DIRECTIONS = ("verzonden", "ontvangen")

STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE exchange_identity (
        store_id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'actief' CHECK (status IN ('actief', 'vervallen')),
        age_secret TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        sign_secret BLOB NOT NULL,
        sign_public BLOB NOT NULL,
        fingerprint TEXT NOT NULL
    ) STRICT""",
    f"""CREATE TABLE exchange_contacts (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        card_store_id TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
        age_recipient TEXT NOT NULL,
        sign_public BLOB NOT NULL,
        fingerprint TEXT NOT NULL,
        verified_at TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ({", ".join(repr(s) for s in CONTACT_STATUSES)})),
        pending_card TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX exchange_contacts_store ON exchange_contacts(card_store_id)",
    "CREATE INDEX exchange_contacts_key ON exchange_contacts(sign_public)",
    f"""CREATE TABLE exchange_packages (
        package_id TEXT PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ({", ".join(repr(d) for d in DIRECTIONS)})),
        at TEXT NOT NULL,
        contact_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        counts TEXT NOT NULL DEFAULT '{{}}',
        payload_sha256 TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT ''
    ) STRICT""",
)
