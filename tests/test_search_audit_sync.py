"""Issue 16: the ``search`` audit row is written without an fsync per keystroke
(``Database.relaxed_sync``), still audited, atomic, and durable at the next commit."""

from __future__ import annotations

from desktop.cases import CaseService, Dossier, Person
from storage import audit
from tests.conftest import PASSWORD


def test_search_is_audited_and_full_sync_is_restored(new_store, vault) -> None:  # type: ignore[no-untyped-def]
    svc = CaseService(new_store)
    svc.create_dossier(Dossier(), Person(first_name="Zoë", last_name="Janssen"))
    db = new_store.db
    assert db.scalar("PRAGMA synchronous") == 2
    before = len(audit.entries(db, action="search"))
    assert svc.search("zoe").all
    assert db.scalar("PRAGMA synchronous") == 2  # FULL again for every other commit
    with db.transaction(), db.relaxed_sync():  # inside a transaction: no change
        assert db.scalar("PRAGMA synchronous") == 2
    rows = audit.entries(db, action="search")
    assert len(rows) == before + 1 and rows[0].details == "2 treffers"  # person and dossier
    assert audit.verify_chain(db).ok
    new_store.close()
    again = vault.unlock(PASSWORD)
    try:
        assert len(audit.entries(again.db, action="search")) == before + 1
        assert audit.verify_chain(again.db).ok
    finally:
        again.close()


def test_a_relaxed_commit_never_moves_the_anchor_ahead_of_the_disk(new_store, vault) -> None:  # type: ignore[no-untyped-def]
    """A power cut may lose the search rows of a relaxed commit (WAL not fsynced); the anchor
    file must then not name them, or verify would report a cut log ("logboek ingekort") that
    nobody cut. So only the next ordinary, fsynced audited commit moves the anchor on."""
    svc = CaseService(new_store)
    svc.create_dossier(Dossier(), Person(first_name="Zoë", last_name="Janssen"))
    db = new_store.db
    key = audit.anchor_key(new_store._key)
    path = vault.data_dir / audit.ANCHOR_NAME
    anchored = audit.read_anchor(path, key, new_store.store_id)
    assert anchored is not None and anchored == audit.head(db)
    assert svc.search("zoe").all and svc.search("janssen").all  # two relaxed commits
    assert audit.head(db) != anchored  # the rows are in the log ...
    assert audit.read_anchor(path, key, new_store.store_id) == anchored  # ... not anchored
    assert audit.check_anchor(db, path, key, new_store.store_id).ok  # a lagging anchor is fine
    svc.create_dossier(Dossier())  # an ordinary commit (synchronous FULL) with its audit row
    assert audit.read_anchor(path, key, new_store.store_id) == audit.head(db)
    assert svc.search("zoe").all
    new_store.close()  # the lock row is an ordinary commit: anchored up to the head
    again = vault.unlock(PASSWORD)
    try:
        assert audit.read_anchor(path, key, again.store_id) == audit.head(again.db)
        assert audit.check_anchor(again.db, path, key, again.store_id).ok
    finally:
        again.close()
