"""Uitwisselen page with pytest-qt: card with QR code, adding a contact by fingerprint, the
inbox shows what a package holds and applies it only when asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.exchange import ExchangeService
from storage.vault import Vault
from tests.conftest import PASSWORD
from tests.handover_data import fill
from ui.context import AppContext
from ui.exchange.page import ExchangePage
from ui.page_registry import pages


@pytest.fixture
def ctx(vault: Vault) -> Iterator[AppContext]:
    store, _ = vault.init(PASSWORD, initial_settings={"user.name": "Fictieve Tester"})
    context = AppContext(vault, "nl")
    context.set_store(store)
    yield context
    if context.is_unlocked:
        context.lock()


def test_registered() -> None:
    assert "exchange" in [p.key for p in pages()]


def test_card_contact_and_inbox(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    own = ExchangeService(ctx.require_store())
    assert page.fingerprint.text().split() == own.own_fingerprint().split()  # on two lines
    assert page.fingerprint.accessibleName() == own.own_fingerprint()
    assert len(page.qr.modules) >= 21 and "Fictieve Tester" in page.who.text()
    page.save_keycard_to(tmp_path / "sleutelkaart.pdf")
    assert (tmp_path / "sleutelkaart.pdf").read_bytes().startswith(b"%PDF")

    # a colleague with dossiers, sending to this store through a shared folder
    colleague, _ = Vault(tmp_path / "collega").init(
        PASSWORD, initial_settings={"user.name": "Collega Zuid"}
    )
    try:
        ids = fill(colleague, dossiers=2, notes=1)
        theirs = ExchangeService(colleague)
        card = tmp_path / "collega.json"
        theirs.export_card(card)
        assert not page.add_card(card, "12345 " * 7 + "12345")  # wrong: nothing added
        assert page.contacts.rowCount() == 0 and page.error.isVisible()
        assert page.add_card(card, theirs.own_fingerprint())
        assert page.contacts.rowCount() == 1
        assert page.contacts.item(0, 0).text() == "Collega Zuid"
        mine = theirs.add_contact(own.own_card(), own.own_fingerprint()).contact
        share = tmp_path / "teammap"
        share.mkdir()
        theirs.send(mine.id, dossiers=ids[:1], outbox=share, reason="overdracht")
    finally:
        colleague.close()
    store = ctx.require_store()
    before = store.db.scalar("SELECT count(*) FROM dossiers")
    page.scan(share)
    assert page.packages.rowCount() == 1
    assert "Collega Zuid" in page.packages.item(0, 0).text()
    assert "nieuw" in page.packages.item(0, 1).text()
    assert store.db.scalar("SELECT count(*) FROM dossiers") == before  # seen, not applied
    page.apply_selected()  # on a worker
    qtbot.waitUntil(lambda: page.last_received is not None, timeout=20_000)
    assert store.db.scalar("SELECT count(*) FROM dossiers") == before + 1
    assert page.packages.rowCount() == 0
