"""Issue 15 item 4 with pytest-qt: the transfer picker on Overdracht en back-ups — search,
owner, status and phase filters over a lazy list of 520 dossiers, "Alles getoonde
selecteren" (also rows not loaded yet), checks kept across filter changes. Real store and
widgets; the checked dossiers are what the export gets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop import demo
from desktop.cases import CaseService, DossierQuery
from ui.context import AppContext

TODAY = date(2026, 11, 23)


def test_picker_filters_and_selects_all_shown(qtbot, new_store) -> None:  # type: ignore[no-untyped-def]
    from ui.handover.page import HandoverPage

    demo.generate(new_store, 520, notes_per_case=0, today=TODAY)
    svc = CaseService(new_store, clock=lambda: TODAY)
    ctx = AppContext(new_store.vault, "nl")
    ctx.set_store(new_store)
    page = HandoverPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    picker = page.picker
    model = picker.model
    # lazy: one page loaded of 520
    assert model.rowCount() == 100 and model.canFetchMore()

    # owner filter
    owner = "B. Yilmaz"
    picker.owner.setCurrentIndex(picker.owner.findData(owner))
    expected = svc.count_dossiers(DossierQuery(owner=owner))
    assert 0 < expected < 520
    picker.check_all_shown()  # all of this owner's dossiers, beyond the first page too
    assert len(page.checked_dossiers()) == expected
    assert {svc.get_dossier(i).owner for i in page.checked_dossiers()} == {owner}
    assert f"{expected} aangevinkt" in picker.summary.text()

    # search narrows by number or name; the checks stay
    picker.owner.setCurrentIndex(0)
    number = svc.get_dossier(page.checked_dossiers()[0]).number
    qtbot.keyClicks(picker.search, number.lower())
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.row_at(0).number == number
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # Enter toggles the row
    picker.table.setCurrentIndex(model.index(0, 1))
    picker.table.setFocus()
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert len(page.checked_dossiers()) == expected - 1
    picker.search.clear()
    picker.apply_filters()

    # status and phase filters
    picker.clear_checked()
    assert page.checked_dossiers() == []
    picker.status.setCurrentIndex(picker.status.findData("gesloten"))
    picker.phase.setCurrentIndex(picker.phase.findData("afgesloten"))
    closed = svc.count_dossiers(DossierQuery(status="gesloten", phase="afgesloten"))
    picker.check_all_shown()
    assert len(page.checked_dossiers()) == closed > 0
    assert {svc.get_dossier(i).status for i in page.checked_dossiers()} == {"gesloten"}
    # a search text with LIKE wildcards matches literally
    picker.status.setCurrentIndex(0)
    picker.phase.setCurrentIndex(0)
    picker.search.setText("%")
    picker.apply_filters()
    assert model.rowCount() == 0
    ctx.lock()
