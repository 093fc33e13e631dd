"""Full-text search over persons, dossiers and note text (FTS5 inside the encrypted DB).

The index tables (``names_fts``, ``notes_fts``, ``search_docs``) are created by schema
step 2 and kept in step by triggers; this module only queries them. Tokenizer
``unicode61 remove_diacritics 2`` folds diacritics on both sides, so "zoe" finds "Zoë".
User input never reaches FTS5 syntax: it is split into words, each quoted, each a prefix.
"""

from __future__ import annotations

import re

from storage.db import Database

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_PREFIX = 2


def words(text: str) -> list[str]:
    """The searchable words in ``text`` (at least ``MIN_PREFIX`` characters)."""
    return [w for w in _WORD.findall(text) if len(w) >= MIN_PREFIX and w.strip("_")]


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for as-you-type input: every word a quoted prefix, all required.
    None when nothing searchable is left (e.g. only one letter)."""
    found = words(text)
    if not found:
        return None
    return " ".join(f'"{w}"*' for w in found[:8])


def search_names(db: Database, match: str, limit: int) -> list[tuple[str, str]]:
    """(kind, object_id) of persons and dossiers, newest first.

    Bounded work for as-you-type: FTS5 walks the doclist in rowid order and stops at
    ``limit``; a bm25 ranking would have to score every match of a short prefix. Callers
    rank these few candidates themselves."""
    rows = db.query(
        "SELECT d.kind, d.object_id FROM "
        "(SELECT rowid AS docid FROM names_fts WHERE names_fts MATCH ? "
        " ORDER BY rowid DESC LIMIT ?) f "
        "JOIN search_docs d ON d.docid = f.docid ORDER BY f.docid DESC",
        (match, limit),
    )
    return [(r[0], r[1]) for r in rows]


def search_notes(db: Database, match: str, limit: int) -> list[tuple[str, str, str, str]]:
    """(note id, dossier id, occurred_on, text) of matching notes, newest entries first."""
    rows = db.query(
        "SELECT n.id, n.dossier_id, n.occurred_on, n.text FROM "
        "(SELECT rowid AS docid FROM notes_fts WHERE notes_fts MATCH ? "
        " ORDER BY rowid DESC LIMIT ?) f "
        "JOIN search_docs d ON d.docid = f.docid JOIN notes n ON n.id = d.object_id "
        "ORDER BY f.docid DESC",
        (match, limit),
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def rebuild(db: Database) -> None:
    """Rebuild both indexes from the domain tables (repair tool; normally triggers suffice)."""
    with db.transaction():
        db.execute("DELETE FROM names_fts")
        db.execute("DELETE FROM notes_fts")
        db.execute(
            "INSERT INTO names_fts(rowid, name, extra) "
            "SELECT d.docid, p.first_name || ' ' || p.last_name || ' ' || p.alias, '' "
            "FROM search_docs d JOIN persons p ON p.id = d.object_id"
        )
        db.execute(
            "INSERT INTO names_fts(rowid, name, extra) "
            "SELECT d.docid, x.number, x.person_name "
            "FROM search_docs d JOIN dossiers x ON x.id = d.object_id"
        )
        db.execute(
            "INSERT INTO notes_fts(rowid, text) "
            "SELECT d.docid, n.text FROM search_docs d JOIN notes n ON n.id = d.object_id"
        )
