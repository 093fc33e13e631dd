"""Logboek page with pytest-qt: filters, paging, chain check (good and tampered), registry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop import audit_service
from storage import audit
from storage.vault import Vault
from tests.conftest import PASSWORD
from ui.context import AppContext
from ui.page_registry import pages
from ui.pages.audit_page import AuditPage

DOSSIER = "d" * 32
OTHER = "e" * 32


@pytest.fixture
def ctx(vault: Vault) -> Iterator[AppContext]:
    store, _ = vault.init(PASSWORD, initial_settings={"user.name": "Fictieve Tester"})
    for i in range(230):
        store.audit(
            "dossier.view",
            object_type="dossier",
            object_id=DOSSIER if i % 2 else OTHER,
            ts=f"2026-0{1 + i % 3}-1{i % 10}T10:00:{i % 60:02d}.000Z",
        )
    store.audit("note.create", object_type="note", object_id="f" * 32)
    context = AppContext(vault, "nl")
    context.set_store(store)
    yield context
    if context.is_unlocked:
        context.lock()


def _page(qtbot, ctx: AppContext) -> AuditPage:  # type: ignore[no-untyped-def]
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_registered_in_page_registry() -> None:
    keys = [spec.key for spec in pages()]
    assert "audit" in keys
    assert keys.index("settings") < keys.index("audit") < keys.index("security")


def test_filters_and_paging(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    total = page.total
    assert total >= 231
    assert page.model.rowCount() == audit_service.PAGE_SIZE
    assert "van" in page.position.text()
    assert not page.prev_button.isEnabled() and page.next_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.offset == audit_service.PAGE_SIZE
    assert page.model.rowCount() == page.total - audit_service.PAGE_SIZE
    assert not page.next_button.isEnabled()

    # Dossier filter (typed, Enter)
    page.dossier.setFocus()
    qtbot.keyClicks(page.dossier, DOSSIER)
    qtbot.keyClick(page.dossier, Qt.Key.Key_Return)
    assert page.offset == 0 and page.total == 115
    ids = {page.model.entry(r).object_id for r in range(page.model.rowCount())}
    assert ids == {DOSSIER}

    # Action filter
    page.dossier.clear()
    index = page.action.findData("note.create")
    assert index > 0
    page.action.setCurrentIndex(index)
    page.apply_filters()
    assert page.total == 1 and page.model.entry(0).action == "note.create"

    # Custom period: February 2026 only
    page.action.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("custom"))
    assert page.since.isEnabled() and page.until.isEnabled()
    page.since.setDate(QDate(2026, 2, 1))
    page.until.setDate(QDate(2026, 2, 28))
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    months = {page.model.entry(r).ts[:7] for r in range(page.model.rowCount())}
    assert months == {"2026-02"} and page.total == 77

    # A reversed period is refused with a Dutch message, the table is left as it was
    page.until.setDate(QDate(2026, 1, 1))
    page.apply_filters()
    assert page.error.isVisible() and "vóór" in page.error.text()

    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert not page.error.isVisible() and page.total >= total
    page.grab().save("/tmp/audit_page.png")


def test_labels_and_accessible_names(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    for field in (page.period, page.since, page.until, page.action, page.dossier, page.table):
        assert field.accessibleName()
    buddies = {lbl.buddy() for lbl in page.findChildren(QLabel) if lbl.buddy() is not None}
    for field in (page.period, page.since, page.until, page.action, page.dossier):
        assert field in buddies
    assert page.check_button.text() == "Logboek &controleren"


def _run_check(qtbot, page: AuditPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.check_button.isEnabled() and page.check_result.isVisible())


def test_chain_check_ok_then_tampered(qtbot, ctx: AppContext, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    _run_check(qtbot, page)
    assert page.last_report is not None and page.last_report.ok
    assert "in orde" in page.check_result.text()
    # The check itself is logged.
    assert page.model.entry(0).action == "audit_log.verify"
    ctx.lock()
    page.close()

    store = vault.unlock(PASSWORD, record=False)
    target = int(store.db.scalar("SELECT id FROM audit_log WHERE action = 'note.create'"))
    store.db.execute("DROP TRIGGER audit_log_no_update")
    store.db.execute("UPDATE audit_log SET object_id = ? WHERE id = ?", (DOSSIER, target))
    ctx.set_store(store)

    page = _page(qtbot, ctx)
    _run_check(qtbot, page)
    assert page.last_report is not None and not page.last_report.ok
    assert page.last_report.first_broken_id == target
    assert f"verbroken bij regel {target}" in page.check_result.text()
    page.grab().save("/tmp/audit_page_broken.png")


def test_page_created_by_main_window_factory(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    spec = next(s for s in pages() if s.key == "audit")
    assert spec.title() == "Logboek"
    widget = spec.factory(ctx, None)
    qtbot.addWidget(widget)
    assert isinstance(widget, QWidget) and widget.objectName() == "auditPage"
    # Opening the log is itself logged.
    views = audit.entries(ctx.require_store().db, action="audit_log.view")
    assert len(views) == 1 and views[0].object_type == "audit_log"


def test_mnemonics_are_unique(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton

    page = _page(qtbot, ctx)
    texts = [lbl.text() for lbl in page.findChildren(QLabel) if lbl.buddy() is not None]
    texts += [b.text() for b in page.findChildren(QAbstractButton)]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(keys) >= 10 and len(keys) == len(set(keys)), keys


# -- the NEN 7513 questions (issue 15 item 5) ----------------------------------------------


def test_nen7513_columns_readable_and_filter_by_client(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from desktop.cases import CaseService, Dossier, Note, Person

    store, _ = vault.init(PASSWORD, initial_settings={"user.name": "Fictieve Tester"})
    cases = CaseService(store)
    d = cases.create_dossier(Dossier(owner="T"), Person(first_name="Zoë", last_name="Jansen"))
    other = cases.create_dossier(Dossier(owner="T"), Person(alias="Vink"))
    note = cases.add_note(Note(dossier_id=d.id, text="Eerste gesprek"))
    store.audit("person.dossiers", object_type="person", object_id=d.person_id or "")
    store.audit("note.create", object_type="note", object_id="0" * 32)  # nothing to resolve
    store.audit("frobnicate", on_behalf="Dr. Collega")
    ctx = AppContext(vault, "nl")
    ctx.set_store(store)
    try:
        page = _page(qtbot, ctx)
        model = page.model
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(8)]
        assert headers == [
            "Wanneer",
            "Wie",
            "Namens wie",
            "Wat",
            "Welke cliënt (dossier)",
            "Waar",
            "Resultaat",
            "Details",
        ]
        rows = [[model.data(model.index(r, c)) for c in range(8)] for r in range(model.rowCount())]
        by_what = {r[3]: r for r in rows}
        created = by_what["Notitie aangemaakt"]
        assert created[4] in (d.number, "")  # the note row resolves to the dossier number ...
        note_rows = [r for r in rows if r[3] == "Notitie aangemaakt" and r[4] == d.number]
        assert note_rows, rows  # ... the real note does
        assert by_what["Andere dossiers van de persoon bekeken"][4] == d.number
        assert by_what["Dossier aangemaakt"][4] in (d.number, other.number)
        assert by_what["Frobnicate (frobnicate)"][2] == "Dr. Collega"
        assert all("Zoë" not in str(cell) and "Jansen" not in str(cell) for r in rows for cell in r)
        here = audit_service.this_computer()
        assert created[5] == f"deze computer ({here})"
        assert created[6] == "gelukt"
        # local time, not UTC: the newest row's timestamp converted
        newest = model.entry(0)
        local = datetime.fromisoformat(newest.ts.replace("Z", "+00:00")).astimezone()
        assert rows[0][0] == local.strftime("%d-%m-%Y %H:%M:%S")
        assert "T" not in rows[0][0] and "Z" not in rows[0][0]
        # the action filter shows Dutch labels, keeps the technical name as data
        i = page.action.findText("Notitie aangemaakt")
        assert i > 0 and page.action.itemData(i) == "note.create"
        # filter by client: the dossier number gives the dossier, its person and its note
        page.dossier.setText(d.number)
        page.apply_filters()
        clients = {model.data(model.index(r, 4)) for r in range(model.rowCount())}
        assert clients == {d.number}
        whats = {model.data(model.index(r, 3)) for r in range(model.rowCount())}
        assert {"Notitie aangemaakt", "Andere dossiers van de persoon bekeken"} <= whats
        assert page.total == model.rowCount() >= 3
        del note
    finally:
        ctx.lock()
