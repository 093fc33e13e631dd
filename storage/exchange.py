"""Repository for secure exchange (issue 17): identity, contacts, package log.

All SQL for ``desktop.exchange`` lives here. Schema: ``storage.schema_exchange``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from storage.audit import now_utc
from storage.db import Database

IDENTITY_COLS = (
    "store_id",
    "created_at",
    "status",
    "age_secret",
    "age_recipient",
    "sign_secret",
    "sign_public",
    "fingerprint",
)
CONTACT_COLS = (
    "id",
    "created_at",
    "changed_at",
    "card_store_id",
    "name",
    "organisation",
    "role",
    "organisation_id",
    "age_recipient",
    "sign_public",
    "fingerprint",
    "verified_at",
    "status",
    "pending_card",
)
PACKAGE_COLS = (
    "package_id",
    "direction",
    "at",
    "contact_id",
    "kind",
    "created_at",
    "counts",
    "payload_sha256",
    "summary",
)
_CONTACT_EDITABLE = frozenset(CONTACT_COLS) - {"id", "created_at", "changed_at"}

Row = dict[str, Any]


def _one(cols: tuple[str, ...], rows: list[Any]) -> Row | None:
    return dict(zip(cols, rows[0], strict=True)) if rows else None


# --- identity ---------------------------------------------------------------------------


def active_identity(db: Database, store_id: str) -> Row | None:
    return _one(
        IDENTITY_COLS,
        db.query(
            f"SELECT {', '.join(IDENTITY_COLS)} FROM exchange_identity "
            "WHERE store_id = ? AND status = 'actief'",
            (store_id,),
        ),
    )


def retire_other_identities(db: Database, store_id: str) -> list[str]:
    """Identities of other stores (inherited through a handover): wipe their secret keys and
    mark them ``vervallen``. Returns their fingerprints."""
    rows = db.query(
        "SELECT fingerprint FROM exchange_identity WHERE store_id <> ? AND status = 'actief'",
        (store_id,),
    )
    if rows:
        db.execute(
            "UPDATE exchange_identity SET status = 'vervallen', age_secret = '', "
            "sign_secret = x'' WHERE store_id <> ? AND status = 'actief'",
            (store_id,),
        )
    return [str(r[0]) for r in rows]


def insert_identity(db: Database, row: Mapping[str, Any]) -> None:
    values = {"created_at": now_utc(), "status": "actief", **row}
    db.execute(
        f"INSERT INTO exchange_identity ({', '.join(IDENTITY_COLS)}) "
        f"VALUES ({', '.join('?' * len(IDENTITY_COLS))})",
        tuple(values[c] for c in IDENTITY_COLS),
    )


# --- contacts ---------------------------------------------------------------------------

_CONTACT_SELECT = f"SELECT {', '.join(CONTACT_COLS)} FROM exchange_contacts"


def contact(db: Database, contact_id: str) -> Row | None:
    return _one(CONTACT_COLS, db.query(f"{_CONTACT_SELECT} WHERE id = ?", (contact_id,)))


def contact_by_store(db: Database, card_store_id: str) -> Row | None:
    return _one(
        CONTACT_COLS,
        db.query(
            f"{_CONTACT_SELECT} WHERE card_store_id = ? AND status <> 'verwijderd' "
            "ORDER BY created_at DESC LIMIT 1",
            (card_store_id,),
        ),
    )


def contact_by_sign_key(db: Database, sign_public: bytes) -> Row | None:
    return _one(
        CONTACT_COLS,
        db.query(
            f"{_CONTACT_SELECT} WHERE sign_public = ? AND status <> 'verwijderd' "
            "ORDER BY created_at DESC LIMIT 1",
            (sign_public,),
        ),
    )


def contacts(db: Database, *, include_removed: bool = False) -> list[Row]:
    where = "" if include_removed else " WHERE status <> 'verwijderd'"
    rows = db.query(f"{_CONTACT_SELECT}{where} ORDER BY name, created_at")
    return [dict(zip(CONTACT_COLS, r, strict=True)) for r in rows]


def insert_contact(db: Database, row: Mapping[str, Any]) -> Row:
    now = now_utc()
    values = {"created_at": now, "changed_at": now, "organisation_id": None, **row}
    db.execute(
        f"INSERT INTO exchange_contacts ({', '.join(CONTACT_COLS)}) "
        f"VALUES ({', '.join('?' * len(CONTACT_COLS))})",
        tuple(values.get(c, "") if c != "organisation_id" else values[c] for c in CONTACT_COLS),
    )
    out = contact(db, str(values["id"]))
    assert out is not None
    return out


def update_contact(db: Database, contact_id: str, values: Mapping[str, Any]) -> Row:
    bad = set(values) - _CONTACT_EDITABLE
    if bad:
        raise ValueError(f"not editable: {sorted(bad)}")
    sets = ", ".join(f"{c} = ?" for c in values)
    db.execute(
        f"UPDATE exchange_contacts SET {sets}, changed_at = ? WHERE id = ?",
        (*values.values(), now_utc(), contact_id),
    )
    out = contact(db, contact_id)
    assert out is not None
    return out


def organisation_ids_named(db: Database, name: str) -> list[str]:
    """Ketenpartner records whose name equals ``name`` (case-insensitive)."""
    rows = db.query(
        "SELECT id FROM organisations WHERE lower(trim(name)) = lower(trim(?)) ORDER BY id",
        (name,),
    )
    return [str(r[0]) for r in rows]


def organisation_exists(db: Database, org_id: str) -> bool:
    return db.scalar("SELECT 1 FROM organisations WHERE id = ?", (org_id,)) is not None


# --- consent gate -----------------------------------------------------------------------


def sharing_consents(db: Database, dossier_id: str, organisation_id: str) -> list[Row]:
    """Consents of a dossier to share data with this organisation (validity: the caller)."""
    cols = ("id", "given_on", "valid_until", "withdrawn_on")
    rows = db.query(
        "SELECT id, given_on, valid_until, withdrawn_on FROM consents "
        "WHERE dossier_id = ? AND recipient_org_id = ? AND purpose = 'delen_gegevens' "
        "ORDER BY given_on DESC, created_at DESC",
        (dossier_id, organisation_id),
    )
    return [dict(zip(cols, r, strict=True)) for r in rows]


def dossier_ids_of_signals(db: Database, signal_ids: list[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for sid in signal_ids:
        out[sid] = db.scalar("SELECT dossier_id FROM signals WHERE id = ?", (sid,))
    return out


def dossier_ids(db: Database, refs: Sequence[str]) -> list[str]:
    """Ids of the dossiers named by id or number (unknown ones left out)."""
    out = []
    for ref in refs:
        did = db.scalar("SELECT id FROM dossiers WHERE id = ? OR number = ?", (ref, ref))
        if did is not None:
            out.append(str(did))
    return out


def dossier_numbers(db: Database, dossier_ids: Sequence[str]) -> dict[str, str]:
    """Dossier id -> number for the ids that exist here."""
    out: dict[str, str] = {}
    for did in dossier_ids:
        number = db.scalar("SELECT number FROM dossiers WHERE id = ?", (did,))
        if number is not None:
            out[did] = str(number)
    return out


def remove_sent_signals(db: Database, signal_ids: Sequence[str]) -> int:
    """Delete signals that were handed over (aandachtsfunctionaris mode), the persons only
    they referred to, and their exchange hashes. Returns the number of signals removed."""
    removed = 0
    for sid in signal_ids:
        person = db.scalar("SELECT person_id FROM signals WHERE id = ?", (sid,))
        removed += db.execute("DELETE FROM signals WHERE id = ?", (sid,)).rowcount
        db.execute("DELETE FROM settings WHERE key = ?", (f"transfer.base.signals.{sid}",))
        if person is not None:
            still_used = db.scalar(
                "SELECT 1 FROM signals WHERE person_id = ?1 UNION ALL "
                "SELECT 1 FROM dossiers WHERE person_id = ?1 LIMIT 1",
                (person,),
            )
            if still_used is None:
                db.execute("DELETE FROM persons WHERE id = ?", (person,))
                db.execute(
                    "DELETE FROM settings WHERE key = ?", (f"transfer.base.persons.{person}",)
                )
    if removed:
        # A deleted person's name lingers in the FTS5 segment blocks until they are merged
        # (as after a destruction, storage/retention.py): merge, so nothing of it survives.
        for fts in ("names_fts", "notes_fts"):
            db.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
    return removed


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


# --- package log ------------------------------------------------------------------------


def package_known(db: Database, package_id: str) -> bool:
    return (
        db.scalar("SELECT 1 FROM exchange_packages WHERE package_id = ?", (package_id,)) is not None
    )


def record_package(db: Database, row: Mapping[str, Any]) -> None:
    values = {"at": now_utc(), "summary": "", **row}
    values["counts"] = json.dumps(values.get("counts") or {}, sort_keys=True)
    db.execute(
        f"INSERT INTO exchange_packages ({', '.join(PACKAGE_COLS)}) "
        f"VALUES ({', '.join('?' * len(PACKAGE_COLS))})",
        tuple(values[c] for c in PACKAGE_COLS),
    )


def packages(db: Database, direction: str | None = None) -> list[Row]:
    where, params = ("WHERE direction = ?", (direction,)) if direction else ("", ())
    rows = db.query(
        f"SELECT {', '.join(PACKAGE_COLS)} FROM exchange_packages {where} ORDER BY at, package_id",
        params,
    )
    out = []
    for r in rows:
        d = dict(zip(PACKAGE_COLS, r, strict=True))
        d["counts"] = json.loads(d["counts"])
        out.append(d)
    return out
