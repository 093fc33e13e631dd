"""Schema step 7: the address book - structured addresses and a website for organisations
(ketenpartners, shelters), a note per contact person.

The free-text ``organisations.address`` column stays (older stores, handovers); the
address book writes the structured columns and letters prefer them when filled in.
``country`` is an ISO 3166-1 alpha-2 code ('' = not given; the screens default to NL).
"""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE organisations ADD COLUMN street TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE organisations ADD COLUMN postcode TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE organisations ADD COLUMN city TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE organisations ADD COLUMN country TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE organisations ADD COLUMN website TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX organisations_kind ON organisations(kind, name COLLATE NOCASE)",
)

VERSION = 7
NAME = "address book"
