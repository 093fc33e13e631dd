"""The lazily loading dossier table model, without widgets (QAbstractItemModelTester)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop import demo
from desktop.cases import CaseService, DossierQuery
from ui.cases.dossier_model import COLUMNS, ID_ROLE, DossierTableModel

TODAY = date(2026, 11, 23)


@pytest.fixture
def svc(new_store):  # type: ignore[no-untyped-def]
    demo.generate(new_store, 57, notes_per_case=1, today=TODAY)
    return CaseService(new_store, clock=lambda: TODAY)


def _ids(model: DossierTableModel) -> list[str]:
    return [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]


def test_model_tester_and_lazy_pages(qapp, svc: CaseService) -> None:  # type: ignore[no-untyped-def]
    model = DossierTableModel(svc, page_size=10, today=TODAY)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_query(DossierQuery())
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    total = svc.count_dossiers(DossierQuery())
    assert model.rowCount() == total == 57
    assert len(set(_ids(model))) == 57  # keyset paging: no duplicates, none missing
    assert not model.canFetchMore(QModelIndex())
    assert model.columnCount() == len(COLUMNS)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Nummer"
    del tester


def test_sort_by_header_and_filters(qapp, svc: CaseService) -> None:  # type: ignore[no-untyped-def]
    model = DossierTableModel(svc, page_size=500, today=TODAY)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_query(DossierQuery())
    model.sort(0, Qt.SortOrder.AscendingOrder)
    numbers = [model.row_at(r).number for r in range(model.rowCount())]
    assert numbers == sorted(numbers) and len(numbers) == 57
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r).number for r in range(model.rowCount())] == sorted(
        numbers, reverse=True
    )
    before = model.query
    model.sort(COLUMNS.index(("forms", None)), Qt.SortOrder.AscendingOrder)
    assert model.query == before  # not a sortable column

    model.set_query(DossierQuery(phase="nazorg"))
    phases = {model.row_at(r).phase for r in range(model.rowCount())}
    assert phases == {"nazorg"} or model.rowCount() == 0
    assert model.rowCount() == svc.count_dossiers(DossierQuery(phase="nazorg"))
    model.set_query(DossierQuery(form="arbeid", open_only=True))
    for r in range(model.rowCount()):
        row = model.row_at(r)
        assert "arbeid" in row.forms and row.status != "gesloten"
    model.set_query(DossierQuery(bedenktijd_within_days=14))
    for r in range(model.rowCount()):
        end = model.row_at(r).bedenktijd_end
        assert end is not None and 0 <= (end - TODAY).days <= 14
        index = model.index(r, COLUMNS.index(("bedenktijd_end", "bedenktijd_end")))
        assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    del tester


def test_clear_forgets_rows_and_service(qapp, svc: CaseService) -> None:  # type: ignore[no-untyped-def]
    model = DossierTableModel(svc, page_size=20, today=TODAY)
    model.set_query(DossierQuery())
    assert model.rowCount() == 20
    model.clear()
    assert model.rowCount() == 0 and model.service is None
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # harmless after clear
    assert model.rowCount() == 0
