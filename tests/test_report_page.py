"""Rapportage page with pytest-qt: registry, period chooser, suppressed tables, export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget

from desktop import demo
from storage.vault import Vault
from tests.conftest import PASSWORD
from ui.context import AppContext
from ui.page_registry import pages
from ui.report.page import ReportPage, ReportSection


@pytest.fixture
def ctx(vault: Vault) -> Iterator[AppContext]:
    store, _ = vault.init(PASSWORD, initial_settings={"user.name": "Fictieve Tester"})
    demo.generate(store, 150, notes_per_case=0, today=date.today())
    context = AppContext(vault, "nl")
    context.set_store(store)
    yield context
    if context.is_unlocked:
        context.lock()


def test_registered() -> None:
    assert "report" in [p.key for p in pages()]


def _page(qtbot, ctx: AppContext) -> ReportPage:  # type: ignore[no-untyped-def]
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.report is not None and page.operation is None, timeout=30000)
    return page


def test_tables_show_only_suppressed_values_and_export(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    assert page.report is not None and page.year.currentData() == date.today().year
    sections = page.sections.findChildren(ReportSection)
    assert len(sections) == len(page.report.tables)
    seen = []
    for grid in page.sections.findChildren(QTableWidget):
        for r in range(grid.rowCount()):
            for c in range(grid.columnCount()):
                v = grid.item(r, c).text()
                seen.append(v)
                assert v in ("<10", "x") or int(v) == 0 or int(v) >= 10, v
    assert "<10" in seen
    assert sections[0].chart.accessibleDescription()
    # a quarter: months as columns
    page.quarter.setCurrentIndex(2)
    page.show_button.click()
    qtbot.waitUntil(lambda: page.operation is None and page.report.period.quarter == 2)
    assert page.sections.findChildren(QTableWidget)[0].horizontalHeaderItem(0).text() == "apr"
    # export (the dialogs are the user's explicit choice; here the chosen path directly)
    assert page.export_to(tmp_path / "r.csv", "csv")
    qtbot.waitUntil(lambda: page.operation is None)
    rows = list(csv.reader((tmp_path / "r.csv").open(encoding="utf-8")))
    assert rows[0][0] == "tabel" and all(
        x[4] in ("<10", "x") or int(x[4]) == 0 or int(x[4]) >= 10 for x in rows[1:]
    )
    assert page.export_to(tmp_path / "r.pdf", "pdf")
    qtbot.waitUntil(lambda: page.operation is None)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    actions = [r[0] for r in ctx.require_store().db.query("SELECT action FROM audit_log")]
    assert actions.count("report.export") == 2 and "report.view" in actions
    qtbot.wait(50)
    page.grab().save(str(tmp_path / "page.png"))
