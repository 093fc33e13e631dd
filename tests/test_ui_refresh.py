"""The one refresh path (issue 12) with pytest-qt: every view refreshes from the one
notification the operation helper publishes after an operation.

- destroying a dossier removes it from every open list, search result and view (the open
  dossier view closes with a message);
- a merge refreshes an open dossier view of a merged dossier;
- adding a note updates the timeline without reloading the dossier or writing a second
  ``dossier.view`` audit row.

Real SQLCipher stores, real transfer packages, real widgets offscreen; the slow work runs
on the real thread pool with its own session and connection.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.events import Change
from desktop.retention import Policy, RetentionService, Rule
from storage import audit, transfer
from storage import retention as rq
from storage.vault import Vault
from tests.conftest import NEW_PASSWORD, PASSWORD
from tests.test_retention import _plant
from ui.cases.dossier_view import DossierViewWidget, TimelineTab
from ui.cases.dossiers_page import DossiersPage
from ui.cases.search import SearchPopup
from ui.context import AppContext
from ui.privacy.page import PrivacyPage

TIMEOUT = 60_000


def _ctx(store) -> AppContext:  # type: ignore[no-untyped-def]
    ctx = AppContext(store.vault, "nl")
    ctx.set_store(store)
    return ctx


@pytest.fixture
def doomed_ctx(vault: Vault) -> Iterator[tuple[AppContext, str, str]]:
    """A store with one dossier past its retention period; (ctx, doomed id, its number)."""
    store, _ = vault.init(PASSWORD, initial_settings={"user.name": "Fictieve Tester"})
    doomed, _survivor = _plant(store)
    store.db.execute(
        "UPDATE dossiers SET closed_on = ? WHERE id = ?",
        ((date.today() - timedelta(days=800)).isoformat(), doomed),
    )
    RetentionService(store).set_policy(
        Policy(Rule(20, "standaard"), {"doel_bereikt": Rule(1, "proefbasis")})
    )
    number = rq.dossier_facts(store.db, doomed)["number"]
    ctx = _ctx(store)
    yield ctx, doomed, number
    if ctx.is_unlocked:
        ctx.lock()


def test_destruction_removes_the_dossier_from_every_list_search_and_view(
    qtbot,  # type: ignore[no-untyped-def]
    doomed_ctx,
) -> None:
    ctx, doomed, number = doomed_ctx
    published: list[Change] = []
    ctx.changed.connect(published.append)

    dossiers = DossiersPage(ctx)
    qtbot.addWidget(dossiers)
    dossiers.resize(1000, 700)
    dossiers.show()
    qtbot.waitExposed(dossiers)
    view = dossiers.open_dossier(doomed)
    assert isinstance(view, DossierViewWidget) and number in view.title.text()

    search = SearchPopup(ctx)
    qtbot.addWidget(search)
    search.edit.setText(number)
    search.search_now()
    assert any(h.dossier_id == doomed for h in search.results.all)

    privacy = PrivacyPage(ctx)
    qtbot.addWidget(privacy)
    privacy.retention.refresh()
    assert privacy.retention.destroy_dossiers([doomed])
    qtbot.waitUntil(lambda: privacy.retention.operation is None, timeout=TIMEOUT)

    # one notification, with the id, after the operation
    gone = [c for c in published if doomed in c.removed]
    assert len(gone) == 1 and gone[0].initiator is privacy.retention
    # the open dossier view closed, with a message
    assert dossiers.view is None
    assert dossiers.stack.currentWidget() is dossiers.list_widget
    assert "vernietigd" in dossiers.gone_notice.text()
    # the list no longer shows it
    shown = {
        dossiers.model.data(dossiers.model.index(r, 0), 0x0100)
        for r in range(dossiers.model.rowCount())
    }
    assert doomed not in shown
    assert all(
        number not in (dossiers.model.index(r, 0).data() or "")
        for r in range(dossiers.model.rowCount())
    )
    # the search results dropped it
    assert all(h.dossier_id != doomed and h.id != doomed for h in search.results.all)
    texts = [search.list.item(i).text() for i in range(search.list.count())]
    assert not any(number in t for t in texts)


def test_merge_refreshes_an_open_dossier_view(
    qtbot, new_store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop.cases.service import CaseService
    from tests.handover_data import fill
    from ui.handover.page import HandoverPage

    ids = fill(new_store, dossiers=1, notes=1)
    a = new_store
    b, _ = Vault(tmp_path / "collega").init(NEW_PASSWORD)
    first = transfer.export_transfer(a, [ids[0]], tmp_path / "p1.baken-pakket")
    transfer.apply_merge(b, transfer.plan_merge(b, first.path, first.passphrase))
    # A changes the note; B has the dossier open when A's new package is merged.
    sa = CaseService(a)
    [n] = sa.timeline(ids[0])
    sa.update_note(dataclasses.replace(n, text="Nieuwe versie van collega A"))
    second = transfer.export_transfer(a, [ids[0]], tmp_path / "p2.baken-pakket")

    ctx = _ctx(b)
    view = DossierViewWidget(ctx, ctx.require_session().cases, ids[0])
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    timeline = view.tab_widgets["tijdlijn"]
    assert isinstance(timeline, TimelineTab)
    assert "Nieuwe versie" not in timeline.list.topLevelItem(0).text(2)

    page = HandoverPage(ctx)
    qtbot.addWidget(page)
    # no conflicts: the page asks "Samenvoegen?"; answer yes
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: yes))
    page.start_merge(second.path, second.passphrase)
    qtbot.waitUntil(lambda: page.last_summary is not None, timeout=TIMEOUT)
    assert page.last_summary is not None and page.last_summary.updated >= 1
    # the open view reloaded from the one notification (the change carries the dossier id)
    assert timeline.list.topLevelItem(0).text(2) == "Nieuwe versie van collega A"
    ctx.lock()
    a.close()


def test_adding_a_note_updates_the_timeline_without_reloading(qtbot, new_store) -> None:  # type: ignore[no-untyped-def]
    from tests.handover_data import fill

    [dossier_id] = fill(new_store, dossiers=1, notes=2)
    ctx = _ctx(new_store)
    published: list[Change] = []
    ctx.changed.connect(published.append)
    view = DossierViewWidget(ctx, ctx.require_session().cases, dossier_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    db = new_store.db
    views = audit.count_entries(db, action="dossier.view")
    reloads: list[object] = []
    original = view.reload
    view.reload = lambda: (reloads.append(1), original())  # type: ignore[method-assign]

    timeline = view.tab_widgets["tijdlijn"]
    assert isinstance(timeline, TimelineTab)
    before = timeline.list.topLevelItemCount()
    timeline.text.setPlainText("Vandaag gebeld met de opvang.")
    timeline.add()

    assert timeline.list.topLevelItemCount() == before + 1
    assert timeline.list.topLevelItem(0).text(2) == "Vandaag gebeld met de opvang."
    assert reloads == []
    assert audit.count_entries(db, action="dossier.view") == views
    assert audit.count_entries(db, action="note.create") >= 1
    # published once, with the timeline as initiator (other views still hear of it)
    notes = [c for c in published if c.touches("note")]
    assert len(notes) == 1 and notes[0].initiator is timeline and dossier_id in notes[0].ids
    ctx.lock()


def test_a_hidden_page_refreshes_when_shown_not_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The pattern of Adresboek, Opvang and the verstrekkingenregister (RefreshWhenShown)."""
    from ui.widgets import RefreshWhenShown

    class Page(RefreshWhenShown):
        def __init__(self) -> None:
            super().__init__()
            self.loads = 0

        def refresh(self) -> None:
            self.mark_fresh()
            self.loads += 1

    page = Page()
    qtbot.addWidget(page)
    page.refresh_when_shown()
    page.refresh_when_shown()
    assert page.loads == 0  # hidden: no queries, no audit rows
    page.show()
    qtbot.waitExposed(page)
    assert page.loads == 1  # once, for both changes
    page.refresh_when_shown()
    assert page.loads == 2  # on screen: at once
    page.hide()
    page.show()
    assert page.loads == 2  # nothing changed meanwhile
