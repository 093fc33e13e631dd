"""Issue 16: the content digest v2 (rows quoted by SQLite, hashed in batches) and the
verification of files written with v1 (``repr`` per row) before it."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from storage import handover
from storage.container import (
    DIGEST_V2,
    MANIFEST_TABLE,
    Manifest,
    content_digest,
    content_digest_v1,
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


def test_v2_digest_and_v1_files_still_verify(new_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill(new_store, dossiers=4, notes=3)
    res = handover.export_handover(new_store, tmp_path / "o.baken")
    assert res.manifest.digest.startswith(DIGEST_V2)
    c = open_container(res.path, res.passphrase, readonly=False)
    try:
        assert content_digest(c) == res.manifest.digest
        v1 = content_digest_v1(c)
        assert v1 == _old_v1(c) and not v1.startswith(DIGEST_V2)
        verify_container(c, expect_kind=None, latest_schema=latest_version())
        # a file from before issue 16: its manifest carries the v1 digest
        old = dataclasses.replace(Manifest.from_json(_manifest(c)), digest=v1)
        with c.transaction():
            c.execute(
                f"UPDATE {MANIFEST_TABLE} SET value = ? WHERE key = 'manifest'", (old.to_json(),)
            )
        assert verify_container(c, expect_kind=None, latest_schema=latest_version()).digest == v1
        # one changed value is caught by either version
        with c.transaction():
            c.execute(
                "UPDATE notes SET text = text || '.' WHERE rowid = (SELECT min(rowid) FROM notes)"
            )
        assert content_digest_v1(c) != v1
        with pytest.raises(CorruptStoreError):
            verify_container(c, expect_kind=None, latest_schema=latest_version())
        assert content_digest(c) != res.manifest.digest
    finally:
        c.close()


def _manifest(c) -> str:  # type: ignore[no-untyped-def]
    return str(c.scalar(f"SELECT value FROM {MANIFEST_TABLE} WHERE key = 'manifest'"))
