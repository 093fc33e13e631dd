"""Issue 16: the content digest v3 (rows quoted by SQLite, hashed in batches, implicit rowids
left out so that the store and its copy have the same digest), taken from the store while
``sqlcipher_export`` copies it; files written with v1 (``repr`` per row) and v2 (implicit
rowids included) before it still verify."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from storage import drafts, handover
from storage.container import (
    DIGEST_V2,
    DIGEST_V3,
    FORMAT_VERSION,
    MANIFEST_TABLE,
    Manifest,
    content_digest,
    content_digest_v1,
    content_digest_v2,
    open_container,
    q,
    real_tables,
    verify_container,
)
from storage.errors import CorruptStoreError
from storage.migrations import latest_version
from tests.handover_data import fill


def _old_v1(db) -> str:  # type: ignore[no-untyped-def]
    """The v1 algorithm exactly as it was: one repr and one update per row."""
    h = hashlib.sha256(b"baken-digest-v1")
    for s in real_tables(db, (MANIFEST_TABLE,)):
        h.update(repr((s.name, s.select_cols)).encode("utf-8"))
        cols = ", ".join(q(c) if c != "rowid" else "rowid" for c in s.select_cols)
        for row in db.execute(f"SELECT {cols} FROM {q(s.name)} ORDER BY {s.order_by()}"):
            h.update(repr(row).encode("utf-8"))
    return h.hexdigest()


def _old_v2(db) -> str:  # type: ignore[no-untyped-def]
    """The v2 algorithm as it was: quoted lines as text, encoded per batch."""
    h = hashlib.sha256(b"baken-digest-v2")
    for s in real_tables(db, (MANIFEST_TABLE,)):
        h.update(repr((s.name, s.select_cols)).encode("utf-8"))
        quoted = ", ".join(f"quote({q(c) if c != 'rowid' else 'rowid'})" for c in s.select_cols)
        sql = (
            f"SELECT concat_ws(',', {quoted}) || char(10) FROM {q(s.name)} ORDER BY {s.order_by()}"
        )
        h.update("".join(r[0] for r in db.execute(sql)).encode("utf-8"))
    return DIGEST_V2 + h.hexdigest()


def _set_manifest_digest(c, digest: str) -> None:  # type: ignore[no-untyped-def]
    old = Manifest.from_json(_manifest(c))
    new = dataclasses.replace(old, digest=digest, format_version=1)
    with c.transaction():
        c.execute(f"UPDATE {MANIFEST_TABLE} SET value = ? WHERE key = 'manifest'", (new.to_json(),))


def test_v3_digest_and_older_files_still_verify(new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill(new_store, dossiers=4, notes=3)
    res = handover.export_handover(new_store, tmp_path / "o.baken")
    assert res.manifest.digest.startswith(DIGEST_V3)
    assert res.manifest.format_version == FORMAT_VERSION == 2
    c = open_container(res.path, res.passphrase, readonly=False)
    try:
        assert content_digest(c) == res.manifest.digest
        v1, v2 = content_digest_v1(c), content_digest_v2(c)
        assert v1 == _old_v1(c) and v2 == _old_v2(c)
        assert len({v1, v2, res.manifest.digest}) == 3
        verify_container(c, expect_kind=None, latest_schema=latest_version())
        # files from before: format 1, their manifest carries a v2 or a v1 digest
        for older in (v2, v1):
            _set_manifest_digest(c, older)
            assert (
                verify_container(c, expect_kind=None, latest_schema=latest_version()).digest
                == older
            )
        # one changed value is caught by every version
        with c.transaction():
            c.execute(
                "UPDATE notes SET text = text || '.' WHERE rowid = (SELECT min(rowid) FROM notes)"
            )
        assert content_digest_v1(c) != v1 and content_digest_v2(c) != v2
        assert content_digest(c) != res.manifest.digest
        with pytest.raises(CorruptStoreError):
            verify_container(c, expect_kind=None, latest_schema=latest_version())
    finally:
        c.close()


def test_store_and_copy_have_one_digest_though_rowids_are_renumbered(
    new_store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The digest is taken from the store during the copy: it must equal the copy's own,
    also where ``sqlcipher_export`` renumbers implicit rowids (a table without any index
    after deletions) or keeps them (a table with an index), and with the drafts emptied."""
    fill(new_store, dossiers=5, notes=6)
    db = new_store.db
    with db.transaction():
        db.execute("CREATE TABLE loose_rows (a TEXT, b BLOB)")
        db.execute("CREATE TABLE indexed_rows (a TEXT, b INTEGER)")
        db.execute("CREATE INDEX indexed_rows_ab ON indexed_rows (a, b)")
        for i in range(40):
            db.execute(
                "INSERT INTO loose_rows VALUES (?, ?)", (f"r{i} 'quote' ✓", bytes([i, 0, 39]))
            )
            db.execute("INSERT INTO indexed_rows VALUES (?, ?)", (f"z{40 - i}", i))
        db.execute("DELETE FROM loose_rows WHERE rowid % 3 = 0")
        db.execute("DELETE FROM indexed_rows WHERE rowid % 4 = 0")
        db.execute("DELETE FROM notes WHERE rowid IN (SELECT rowid FROM notes LIMIT 3)")
        drafts.put(
            db,
            key="note:nieuw",
            kind="note",
            dossier_id=None,
            payload={"text": "half af"},
            saved_at="2026-12-02T00:00:00Z",
            saved_by="Test",
        )
    store_rowids = [r[0] for r in db.query("SELECT rowid FROM loose_rows ORDER BY rowid")]
    assert store_rowids != list(range(1, len(store_rowids) + 1))  # gaps
    before = content_digest(db, empty=("drafts",))  # the export then adds an audit row
    res = handover.export_handover(new_store, tmp_path / "o.baken")
    assert res.manifest.digest == before
    c = open_container(res.path, res.passphrase)
    try:
        copied = [r[0] for r in c.query("SELECT rowid FROM loose_rows ORDER BY rowid")]
        assert copied == list(range(1, len(store_rowids) + 1))  # renumbered by the copy
        assert c.scalar("SELECT count(*) FROM drafts") == 0
        assert content_digest(c) == res.manifest.digest
    finally:
        c.close()
    assert handover.inspect_handover(res.path, res.passphrase).digest == res.manifest.digest


def _manifest(c) -> str:  # type: ignore[no-untyped-def]
    return str(c.scalar(f"SELECT value FROM {MANIFEST_TABLE} WHERE key = 'manifest'"))


def test_no_commit_can_come_between_the_copys_snapshot_and_the_digests(
    new_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The copy begins its read of the store, then the digest thread begins its own, while
    the export holds the store's write lock: a writer that tries to commit in between finds
    the store locked (and waits, with the app's busy timeout). Afterwards writes go on."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from storage import container
    from storage.db import connect

    fill(new_store, dossiers=3, notes=2)
    writer = connect(new_store.vault.db_path, bytes(new_store._key))  # noqa: SLF001
    writer.execute("PRAGMA busy_timeout = 0")
    seen: list[str] = []
    start = container.SnapshotDigest.start

    def start_while_locked(self):  # type: ignore[no-untyped-def]
        try:
            writer.raw.execute("BEGIN IMMEDIATE")
        except sqlcipher.OperationalError as exc:
            seen.append(str(exc))
        else:
            writer.raw.execute("ROLLBACK")
        start(self)

    monkeypatch.setattr(container.SnapshotDigest, "start", start_while_locked)
    try:
        res = handover.export_handover(new_store, tmp_path / "o.baken")
        assert seen and "locked" in seen[0]
        writer.raw.execute("BEGIN IMMEDIATE")
        writer.raw.execute("ROLLBACK")
    finally:
        writer.close()
    assert handover.inspect_handover(res.path, res.passphrase).digest == res.manifest.digest


def test_cancel_while_the_digest_runs_stops_it_and_leaves_nothing(
    new_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """After the copy the export waits for the digest thread (progress 650-980); a cancel
    then interrupts that thread's read, removes the temp file and records 'afgebroken'."""
    import threading

    from storage import audit, container
    from storage.container import OperationCancelled

    fill(new_store, dossiers=3, notes=2)
    digest = container.content_digest
    release = threading.Event()

    def slow_digest(db, *args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)  # the digest of the store is still running when the copy is done
        return digest(db, *args, **kwargs)

    monkeypatch.setattr(container, "content_digest", slow_digest)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        if done >= 650:
            release.set()
            return False
        return True

    with pytest.raises(OperationCancelled):
        handover.export_handover(new_store, tmp_path / "o.baken", progress=progress)
    assert max(seen) >= 650
    assert not [t for t in threading.enumerate() if t.name == "baken-export-digest"]
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert audit.entries(new_store.db, action="handover_export")[0].result == "afgebroken"


def test_progress_reaches_the_digest_phase_before_the_file_is_completed(
    new_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A small store: the copy reports nothing (too few steps) and the digest may be done
    before the export asks for it. There is still a report at the end of the digest phase,
    before the file gets its name: a cancel there (or a kill -9) leaves no file behind. CI
    once saw the kill -9 test's export complete because its first report was the last."""
    from storage import container

    fill(new_store, dossiers=1, notes=1)
    result = container.SnapshotDigest.result

    def when_done(self, rep=None):  # type: ignore[no-untyped-def]
        self.join()  # the digest finished before the export waits for it
        return result(self, rep)

    monkeypatch.setattr(container.SnapshotDigest, "result", when_done)
    seen: list[int] = []
    out = tmp_path / "o.baken"

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        if done < total:
            assert not out.exists()
        return True

    handover.export_handover(new_store, out, progress=progress)
    assert [d for d in seen if 650 <= d < 1000]
    seen.clear()
    with pytest.raises(container.OperationCancelled):
        handover.export_handover(new_store, tmp_path / "p.baken", progress=lambda d, t: d < 650)
    assert not (tmp_path / "p.baken").exists()
