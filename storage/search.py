"""Full-text search over persons, dossiers and note text (FTS5 inside the encrypted DB).

The index tables (``names_fts``, ``notes_fts``, ``search_docs``) are created by schema
step 2 (``search_docs`` got what a name hit shows in step 12) and kept in step by
triggers; this module only queries them. Tokenizer
``unicode61 remove_diacritics 2`` folds diacritics on both sides, so "zoe" finds "Zoë".
User input never reaches FTS5 syntax: it is split into words, each quoted, each a prefix.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import NamedTuple

from storage import schema_search
from storage.db import Database

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_PREFIX = 2
INDEXED_PREFIX = 4  # prefix='2 3 4' in schema_cases: these prefixes are single lookups
MAX_TERMS = 40  # a longer prefix is expanded into at most this many terms


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
    """(kind, object_id) of the persons and dossiers ``name_hits`` finds, newest first."""
    return [
        ("person" if isinstance(h, PersonHit) else "dossier", h.id)
        for h in name_hits(db, match, limit)
    ]


# One statement for the names part of a search: the index hits, newest first (bounded
# work for as-you-type: FTS5 walks the doclist in rowid order and stops at the limit; a
# bm25 ranking would score every match of a short prefix, so callers rank these few
# themselves), with what a result line shows — the person's name fields, birth date and
# latest dossier, or the dossier's number, name and phase — from the hit's own
# ``search_docs`` row (schema step 12 keeps them there): one lookup per hit.
_NAME_HITS_SQL = (
    "SELECT d.kind, d.object_id, d.first_name, d.last_name, d.alias, d.birth_date,"
    " d.birth_year_estimated, d.latest_dossier_id, d.number, d.person_name, d.phase FROM "
    "(SELECT rowid AS docid FROM names_fts WHERE names_fts MATCH ? "
    " ORDER BY rowid DESC LIMIT ?) f "
    "JOIN search_docs d ON d.docid = f.docid "
    "ORDER BY f.docid DESC"
)


class PersonHit(NamedTuple):
    id: str
    first_name: str
    last_name: str
    alias: str
    born: int | None  # birth year, else the estimated year
    latest_dossier_id: str | None


class DossierHit(NamedTuple):
    id: str
    number: str
    person_name: str
    phase: str


def name_hits(db: Database, match: str, limit: int) -> list[PersonHit | DossierHit]:
    """Persons and dossiers whose names match, newest first, with what a result shows."""
    out: list[PersonHit | DossierHit] = []
    for r in db.query(_NAME_HITS_SQL, (match, limit)):
        if r[0] == "person":
            born = int(r[5][:4]) if r[5][:4].isdigit() else r[6]
            out.append(PersonHit(r[1], r[2], r[3], r[4], born, r[7] or None))
        elif r[0] == "dossier":
            out.append(DossierHit(r[1], r[8], r[9], r[10]))
    return out


_NOTES_SQL = (
    "SELECT f.rowid, n.id, n.dossier_id, n.occurred_on, n.text, x.number FROM notes_fts f "
    "JOIN search_docs d ON d.docid = f.rowid JOIN notes n ON n.id = d.object_id "
    "JOIN dossiers x ON x.id = n.dossier_id "
    "WHERE notes_fts MATCH ? ORDER BY f.rowid DESC"
)

# (note id, dossier id, occurred_on, text, dossier number)
NoteHit = tuple[str, str, str, str, str]


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _stripped(text: str) -> str:
    """``text`` decomposed (NFKD) without its combining marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Below this code point every character's fold (NFKD without combining marks) is known
# from one table, built on first use: a note with "Cliënt", "’" or "…" is folded by one
# ``str.translate`` pass instead of decomposing run by run.
_TABLE_END = 0x2500
_FOLD_TABLE: dict[int, str] = {}


def _fold_table() -> dict[int, str]:
    if not _FOLD_TABLE:
        for c in range(0x80, _TABLE_END):
            folded = _stripped(chr(c))
            if folded != chr(c):
                _FOLD_TABLE[c] = folded
    return _FOLD_TABLE


def fold(text: str) -> str:
    """Lower case without diacritics, like the ``remove_diacritics 2`` tokenizer.

    The same as decomposing the whole text (NFKD) and dropping every combining mark
    (tests/test_cases_search.py): decomposition works character by character, and the
    marks it could reorder are all dropped. So ASCII is only lower-cased, runs of other
    characters below ``_TABLE_END`` are translated from a table, and only runs with
    characters above it (CJK, Hangul, emoji …) are decomposed."""
    if text.isascii():
        return text.lower()
    return _NON_ASCII.sub(_fold_run, text).lower()


def _fold_run(run: re.Match[str]) -> str:
    """One run of non-ASCII characters, folded (the regular expression skips ASCII)."""
    text = run.group().translate(_fold_table())
    return text if max(text, default="") < chr(_TABLE_END) else _stripped(text)


def search_notes(db: Database, match: str, limit: int) -> list[NoteHit]:
    """Matching notes (``NoteHit``), newest entries first."""
    rows = db.query(_NOTES_SQL + " LIMIT ?", (match, limit))
    return [(r[1], r[2], r[3], r[4], r[5]) for r in rows]


# FTS5 keeps the list of an index's segments in its structure record (rowid 10 of the
# ``_data`` table); every change of the index (a new segment, a merge, a tombstone)
# rewrites it. While it is byte-for-byte the same, so are the vocabulary and the notes
# that match a prefix (and their texts: a changed text is a changed index).
_STRUCTURE_SQL = "SELECT block FROM notes_fts_data WHERE id = 10"
_CACHE_LIMIT = 512
_CANDIDATE_KEYS = 32


class _Candidates:
    """The notes matching one coarse query, newest first, as far as read: (rowid, text)."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, str]] = []
        self.done = False  # every matching note has been read


class _Typing:
    """What a connection keeps while the user types, valid for one state of the notes
    index: the expansions of long words, and the candidates of the prefix-index path.
    Kept in ``Database.memo``, which closing the connection empties (lock)."""

    def __init__(self) -> None:
        self.token: object = None
        self.terms: dict[str, list[str] | None] = {}
        self.candidates: dict[str, _Candidates] = {}


def _state(db: Database) -> _Typing:
    """The typing state of ``db``, emptied first when the notes index has changed (its
    structure record is read before anything is kept, so nothing is ever kept under an
    older state than it reflects)."""
    state = db.memo.get("search")
    if not isinstance(state, _Typing):
        state = db.memo["search"] = _Typing()
    token = db.scalar(_STRUCTURE_SQL)
    if token != state.token:
        state.token, state.terms, state.candidates = token, {}, {}
    return state


def forget_expansions(db: Database) -> None:
    """Drop what is kept for ``db`` while typing (the next search starts cold)."""
    db.memo.pop("search", None)


def _expand(db: Database, word: str) -> list[str] | None:
    """The indexed note terms that start with ``word`` (folded), via an fts5vocab table in
    the connection's temp schema. None when there are too many to list.

    The fts5vocab table walks every document of each term it lists (to count them), so
    its cost grows with the store. As-you-type, each letter after the first expanded one
    narrows the previous list: that is filtered here instead of asked again, as long as
    the index has not changed (see ``_state``)."""
    prefix = fold(word)
    cache = _state(db)
    if len(cache.terms) > _CACHE_LIMIT:
        cache.terms = {}
    if prefix in cache.terms:
        return cache.terms[prefix]
    for end in range(len(prefix) - 1, INDEXED_PREFIX, -1):
        known = cache.terms.get(prefix[:end], None)
        if known is not None:
            found = [t for t in known if t.startswith(prefix)]
            cache.terms[prefix] = found
            return found
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.notes_vocab "
        "USING fts5vocab(main, notes_fts, 'row')"
    )
    rows = db.query(
        "SELECT term FROM temp.notes_vocab WHERE term >= ? AND term < ? LIMIT ?",
        (prefix, prefix + "\U0010ffff", MAX_TERMS + 1),
    )
    terms = None if len(rows) > MAX_TERMS else [r[0] for r in rows]
    cache.terms[prefix] = terms
    return terms


# A long word is first tried through the prefix index: the notes matching its first
# INDEXED_PREFIX letters, newest first, are a superset of the answer in the same order.
# They are checked exactly (see ``_checked``) in rounds: FIRST_ROUND x ``limit``
# candidates, then as many more as the share that matched so far suggests are needed
# (half as many again for safety), at most MAX_CANDIDATES in all. The candidates read
# are kept (``_Typing``): the next letter typed checks the same ones first.
FIRST_ROUND = 3
MAX_CANDIDATES = 200

_CANDIDATES_SQL = (
    "SELECT f.rowid, n.text FROM notes_fts f "
    "JOIN search_docs d ON d.docid = f.rowid JOIN notes n ON n.id = d.object_id "
    "WHERE notes_fts MATCH ? AND f.rowid < ? ORDER BY f.rowid DESC LIMIT ?"
)

# The exact check: the same tokenizer as notes_fts, in the connection's temp schema.
_CHECK_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.notes_check USING fts5("
    "text, content='', tokenize='unicode61 remove_diacritics 2')"
)


_ASCII_WORD = re.compile(r"[0-9A-Za-z]+")

# Characters whose treatment by the unicode61 tokenizer (remove_diacritics 2) is simple:
# the accented Latin-1 letters fold to their ASCII letter, these punctuation marks and
# spaces separate tokens like ASCII punctuation does. A text of ASCII and these is
# checked in Python after this translation (tests/test_cases_search.py checks every one
# of them against FTS5 itself).
_LATIN_LETTERS = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ"
_SEPARATORS = (
    "\u00a0\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u2022\u20ac\u00ab\u00bb\u00b7"
)
_SIMPLE = str.maketrans(
    {
        **{ch: unicodedata.normalize("NFKD", ch)[0] for ch in _LATIN_LETTERS},
        **{ch: " " for ch in _SEPARATORS},
    }
)


def _simple_run(run: re.Match[str]) -> str:
    """One run of non-ASCII characters after ``_SIMPLE``. (Translating only these runs:
    ``str.translate`` looks every character of a non-ASCII text up in the table, the
    ASCII ones too, at several times the cost.)"""
    return run.group().translate(_SIMPLE)


def word_at(text: str, word: str, *, whole: bool = False) -> bool:
    """Whether ``word`` occurs in ``text`` where no letter or digit precedes it (a token
    starts with it), and with ``whole`` where none follows it either. (No regular
    expression: ``re`` would keep the pattern, a typed word, in its module cache after the
    store is locked.)"""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (
            not whole or end == len(text) or not text[end].isalnum()
        ):
            return True
        i = text.find(word, i + 1)
    return False


def _checked(db: Database, found_words: list[str], rows: list[tuple[int, str]]) -> set[int]:
    """The rowids of ``rows`` (rowid, text) whose text has, for every word, a token
    starting with it (the FTS5 query ``"w1"* AND "w2"*``).

    For ASCII words against an ASCII text the unicode61 tokenizer is simple enough to
    follow here: tokens are the runs of ASCII letters and digits, lower-cased, so a word
    starts a token where it follows no letter or digit; accented Latin-1 letters and
    common punctuation are first translated to what the tokenizer makes of them
    (``_SIMPLE``). Every other text is decided by FTS5 itself: indexed in a small
    temporary FTS5 table with the same tokenizer and queried there."""
    simple = [w.translate(_SIMPLE) for w in found_words]
    simple_words = all(_ASCII_WORD.fullmatch(w) for w in simple)
    folded = [w.lower() for w in simple]
    good: set[int] = set()
    rest: list[tuple[int, str]] = []
    for rowid, text in rows:
        plain = text if text.isascii() else _NON_ASCII.sub(_simple_run, text)
        if simple_words and plain.isascii():
            lowered = plain.lower()
            if all(word_at(lowered, w) for w in folded):
                good.add(rowid)
        else:
            rest.append((rowid, text))
    if not rest:
        return good
    match = " AND ".join(f'"{w}"*' for w in found_words)
    db.execute(_CHECK_TABLE)
    db.executemany("INSERT INTO temp.notes_check(rowid, text) VALUES (?, ?)", rest)
    try:
        good.update(
            int(r[0])
            for r in db.query(
                "SELECT rowid FROM temp.notes_check WHERE notes_check MATCH ?", (match,)
            )
        )
    finally:
        db.execute("INSERT INTO temp.notes_check(notes_check) VALUES ('delete-all')")
    return good


def _candidates(
    db: Database, state: _Typing, coarse: str, start: int, n: int
) -> list[tuple[int, str]]:
    """Candidates ``start`` .. ``start + n`` of ``coarse`` (fewer when there are no more):
    from what was read before, the rest read now and kept."""
    kept = _kept(state, coarse)
    missing = start + n - len(kept.rows)
    if missing > 0 and not kept.done:
        before = kept.rows[-1][0] if kept.rows else 1 << 62  # above every rowid
        rows = db.query(_CANDIDATES_SQL, (coarse, before, missing))
        kept.rows += [(int(r[0]), str(r[1])) for r in rows]
        kept.done = len(rows) < missing
    return kept.rows[start : start + n]


def _notes_by_docid(db: Database, docids: list[int]) -> list[NoteHit]:
    """These index rows' notes (``NoteHit``), newest first: read now, not kept (a note
    moved to another date or dossier keeps its index entry)."""
    if not docids:
        return []
    marks = ", ".join("?" for _ in docids)
    rows = db.query(
        "SELECT d.docid, n.id, n.dossier_id, n.occurred_on, n.text, x.number FROM search_docs d "
        "JOIN notes n ON n.id = d.object_id JOIN dossiers x ON x.id = n.dossier_id "
        f"WHERE d.docid IN ({marks}) ORDER BY d.docid DESC",
        tuple(docids),
    )
    return [(r[1], r[2], r[3], r[4], r[5]) for r in rows]


def _coarse(found_words: list[str]) -> str:
    """The prefix-index query of ``found_words``: each cut to INDEXED_PREFIX letters."""
    return " AND ".join(f'"{w[:INDEXED_PREFIX]}"*' for w in found_words)


def _kept(state: _Typing, coarse: str) -> _Candidates:
    """What is kept of ``coarse``'s candidates (a new, empty entry when there is none; all
    are dropped first when _CANDIDATE_KEYS are kept)."""
    if coarse not in state.candidates and len(state.candidates) >= _CANDIDATE_KEYS:
        state.candidates = {}
    return state.candidates.setdefault(coarse, _Candidates())


def _answer_keeping_candidates(db: Database, found_words: list[str], limit: int) -> list[NoteHit]:
    """The answer for one word of exactly INDEXED_PREFIX letters (the prefix index
    answers it exactly): the next letter typed makes it a long word whose candidates are
    these very notes (``_via_prefix_index``). So the first round of them is read now, in
    the same statement, and kept — the next keystroke checks them without asking the index
    again. (Not for several words: FTS5 then has to find the extra rows that match all of
    them, which costs more than it saves.)"""
    state = _state(db)
    coarse = _coarse(found_words)
    n = FIRST_ROUND * limit
    rows = db.query(_NOTES_SQL + " LIMIT ?", (coarse, n))
    kept = _kept(state, coarse)
    if not kept.rows:
        kept.rows = [(int(r[0]), str(r[4])) for r in rows]
        kept.done = len(rows) < n
    return [(r[1], r[2], r[3], r[4], r[5]) for r in rows[:limit]]


def _via_prefix_index(db: Database, found_words: list[str], limit: int) -> list[NoteHit] | None:
    """The answer for words of which some are longer than INDEXED_PREFIX, from the notes
    that match the words cut to INDEXED_PREFIX letters (the prefix index: lazy, newest
    first, its cost independent of the store's size), each checked exactly. None (ask the
    vocabulary) when the candidates are not conclusive: none of the first round matched
    (a rare word, cheap in the vocabulary), or MAX_CANDIDATES were checked before
    ``limit`` notes matched while more candidates remain."""
    state = _state(db)
    coarse = _coarse(found_words)
    hits: list[int] = []
    seen = 0
    n = FIRST_ROUND * limit
    while n > 0:
        rows = _candidates(db, state, coarse, seen, n)
        if rows:
            good = _checked(db, found_words, rows)
            hits += [rowid for rowid, _text in rows if rowid in good]
        seen += len(rows)
        if len(hits) >= limit or len(rows) < n:  # enough, or every candidate seen
            return _notes_by_docid(db, hits[:limit])
        if not hits:
            return None
        wanted = math.ceil((limit - len(hits)) * seen / len(hits) * 1.5)
        n = min(wanted, MAX_CANDIDATES - seen)
    return None


def search_notes_typed(db: Database, text: str, limit: int) -> list[NoteHit]:
    """Notes matching what was typed (every word a prefix), newest first.

    FTS5 answers a prefix that is not in the prefix index by first merging the doclists
    of every matching term into one buffer: slow for common words in a million notes
    (and very slow with SQLCipher's memory security). So prefixes of up to
    INDEXED_PREFIX letters use the prefix index. A longer word is tried through the
    prefix index first (``_via_prefix_index``); failing that it is expanded into the
    terms it starts (from the FTS5 vocabulary, whose cost grows with the store), queried
    as an OR group, which FTS5 walks lazily in rowid order. A single word of exactly
    INDEXED_PREFIX letters keeps what it read as the candidates of the next letter
    (``_answer_keeping_candidates``).
    """
    found_words = words(text)[:8]
    if not found_words:
        return []
    if any(len(w) > INDEXED_PREFIX for w in found_words):
        quick = _via_prefix_index(db, found_words, limit)
        if quick is not None:
            return quick
    elif len(found_words) == 1 and len(found_words[0]) == INDEXED_PREFIX:
        return _answer_keeping_candidates(db, found_words, limit)
    parts: list[str] = []
    for w in found_words:
        if len(w) <= INDEXED_PREFIX:
            parts.append(f'"{w}"*')
            continue
        terms = _expand(db, w)
        if terms is None:
            parts.append(f'"{w}"*')  # many terms: let FTS5 merge them
        elif not terms:
            return []  # no note has a word starting like this
        else:
            parts.append("(" + " OR ".join(f'"{t}"' for t in terms) + ")")
    return search_notes(db, " AND ".join(parts), limit)


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
        schema_search.backfill(db)
