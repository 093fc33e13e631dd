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
