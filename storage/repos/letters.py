"""Letters, documents and the disclosure register (verstrekkingenregister).

Lists never load the BLOBs; ``letter_pdf`` / ``document_content`` fetch one on demand.
"""

from __future__ import annotations

from typing import Any

from storage.db import Database
from storage.repos.base import NotFoundError, Repo, Row, Table

LETTERS = Table(
    "letters",
    (
        "dossier_id",
        "template",
        "title",
        "language",
        "recipient_org_id",
        "recipient_name",
        "fields",
        "consent_id",
        "reason",
        "pages",
        "size",
        "sha256",
        "pdf",
    ),
)
DOCUMENTS = Table(
    "documents",
    (
        "dossier_id",
        "kind",
        "filename",
        "mime",
        "size",
        "sha256",
        "received_on",
        "notes",
        "consent_id",
        "content",
    ),
)
DISCLOSURES = Table(
    "disclosures",
    (
        "disclosed_at",
        "action",
        "dossier_id",
        "letter_id",
        "document_id",
        "recipient_org_id",
        "recipient_name",
        "template",
        "fields",
        "consent_id",
        "reason",
    ),
)

# Metadata columns (everything except the BLOB) for lists.
LETTER_META = tuple(c for c in LETTERS.all_columns if c != "pdf")
DOCUMENT_META = tuple(c for c in DOCUMENTS.all_columns if c != "content")


def repos(db: Database) -> dict[str, Repo]:
    return {t.name: Repo(db, t) for t in (LETTERS, DOCUMENTS, DISCLOSURES)}


def _rows(cols: tuple[str, ...], rows: list[Any]) -> list[Row]:
    return [dict(zip(cols, r, strict=True)) for r in rows]


def letters_of_dossier(db: Database, dossier_id: str, limit: int = 1000) -> list[Row]:
    rows = db.query(
        f"SELECT {', '.join(LETTER_META)} FROM letters WHERE dossier_id = ? "
        "ORDER BY created_at DESC, id LIMIT ?",
        (dossier_id, limit),
    )
    return _rows(LETTER_META, rows)


def letter_meta(db: Database, letter_id: str) -> Row:
    rows = db.query(f"SELECT {', '.join(LETTER_META)} FROM letters WHERE id = ?", (letter_id,))
    if not rows:
        raise NotFoundError()
    return _rows(LETTER_META, rows)[0]


def letter_pdf(db: Database, letter_id: str) -> bytes:
    blob = db.scalar("SELECT pdf FROM letters WHERE id = ?", (letter_id,))
    if blob is None:
        raise NotFoundError()
    return bytes(blob)


def documents_of_dossier(db: Database, dossier_id: str, limit: int = 1000) -> list[Row]:
    rows = db.query(
        f"SELECT {', '.join(DOCUMENT_META)} FROM documents WHERE dossier_id = ? "
        "ORDER BY created_at DESC, id LIMIT ?",
        (dossier_id, limit),
    )
    return _rows(DOCUMENT_META, rows)


def document_meta(db: Database, document_id: str) -> Row:
    rows = db.query(
        f"SELECT {', '.join(DOCUMENT_META)} FROM documents WHERE id = ?", (document_id,)
    )
    if not rows:
        raise NotFoundError()
    return _rows(DOCUMENT_META, rows)[0]


def document_content(db: Database, document_id: str) -> bytes:
    blob = db.scalar("SELECT content FROM documents WHERE id = ?", (document_id,))
    if blob is None:
        raise NotFoundError()
    return bytes(blob)


_DISCLOSURE_COLS = (*DISCLOSURES.all_columns, "dossier_number", "organisation_name")


def disclosures(
    db: Database,
    *,
    dossier_id: str | None = None,
    letter_id: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[Row]:
    """Register rows, newest first, with the dossier number and the recipient's current
    organisation name (the name at the time is kept in ``recipient_name``)."""
    cols = ", ".join(f"x.{c}" for c in DISCLOSURES.all_columns)
    where: list[str] = []
    params: list[Any] = []
    if dossier_id is not None:
        where.append("x.dossier_id = ?")
        params.append(dossier_id)
    if letter_id is not None:
        where.append("x.letter_id = ?")
        params.append(letter_id)
    sql = (
        f"SELECT {cols}, coalesce(d.number, ''), coalesce(o.name, '') FROM disclosures x "
        "LEFT JOIN dossiers d ON d.id = x.dossier_id "
        "LEFT JOIN organisations o ON o.id = x.recipient_org_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY x.disclosed_at DESC, x.id LIMIT ? OFFSET ?"
    return _rows(_DISCLOSURE_COLS, db.query(sql, (*params, limit, offset)))


def count_disclosures(db: Database, dossier_id: str | None = None) -> int:
    if dossier_id is None:
        return int(db.scalar("SELECT count(*) FROM disclosures"))
    return int(db.scalar("SELECT count(*) FROM disclosures WHERE dossier_id = ?", (dossier_id,)))


def dossier_index(db: Database) -> list[Row]:
    """id, number, the person's alias, status and phase of every dossier (for scripts)."""
    rows = db.query(
        "SELECT d.id, d.number, coalesce(p.alias, ''), d.status, d.phase FROM dossiers d "
        "LEFT JOIN persons p ON p.id = d.person_id ORDER BY d.number, d.id"
    )
    return _rows(("id", "number", "alias", "status", "phase"), rows)


def organisation_index(db: Database) -> list[Row]:
    rows = db.query("SELECT id, name, kind FROM organisations ORDER BY name COLLATE NOCASE, id")
    return _rows(("id", "name", "type"), rows)


def dossier_id_for(db: Database, id_or_number: str) -> str | None:
    """The dossier id for an id or a dossier number."""
    found = db.scalar(
        "SELECT id FROM dossiers WHERE id = ? OR number = ? ORDER BY id = ? DESC LIMIT 1",
        (id_or_number, id_or_number, id_or_number),
    )
    return None if found is None else str(found)
