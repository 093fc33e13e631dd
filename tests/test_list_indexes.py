"""Issue 16: the dossier list filtered by status is read in index order for every sort key
(the first page costs the same at 10,000 or 300,000 dossiers): no temporary sort."""

from __future__ import annotations

from storage.repos import cases as q


def test_status_filter_with_every_sort_uses_an_ordered_index(new_store) -> None:  # type: ignore[no-untyped-def]
    db = new_store.db
    for sort, expr in q.SORT_KEYS.items():
        for direction in ("ASC", "DESC"):
            sql = (
                f"SELECT id FROM dossiers WHERE status = ? AND instr(forms, ?) > 0 "
                f"ORDER BY {expr} {direction}, id {direction} LIMIT 100"
            )
            plan = " | ".join(str(r[3]) for r in db.query("EXPLAIN QUERY PLAN " + sql, ("x", "y")))
            assert "dossiers_status" in plan, (sort, plan)
            if sort != "number":  # number is unique: only the id tie-break is "sorted"
                assert "TEMP B-TREE" not in plan, (sort, plan)
