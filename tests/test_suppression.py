"""Small-cell suppression over random tables (hypothesis).

Properties: no published figure from 1 to 9 (cells and totals); published numbers are the
true ones; zero stays 0; no line of the table (a row or column with its total, and the
totals row/column with the grand total) holds exactly one suppressed entry; and no
suppressed value can be recovered — checked by a one-line subtraction attack written
here, by the module's propagation attack, and for tiny tables by brute force over every
table that would have produced the same publication.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.suppression import (
    HIDDEN,
    LESS_THAN,
    SuppressedTable,
    exposed,
    extend,
    publishable_rows,
    single_suppressions,
    suppress,
)

# Counts as they occur in regional monitoring: many zeros and small numbers.
count = st.one_of(st.just(0), st.integers(1, 9), st.integers(10, 30), st.integers(0, 400))


def tables(max_rows: int = 6, max_cols: int = 6, values: st.SearchStrategy[int] = count):  # type: ignore[no-untyped-def]
    return st.integers(1, max_rows).flatmap(
        lambda r: st.integers(1, max_cols).flatmap(
            lambda c: st.lists(st.lists(values, min_size=c, max_size=c), min_size=r, max_size=r)
        )
    )


def _lines(grid: tuple[tuple[object, ...], ...]) -> list[list[object]]:
    """Each row and column of the extended grid; the total is the last entry."""
    rows = [list(r) for r in grid]
    cols = [list(c) for c in zip(*grid, strict=True)]
    return rows + cols


def _check_basic(cells: list[list[int]], table: SuppressedTable) -> None:
    truth = extend(cells)
    for i, row in enumerate(table.grid):
        for j, shown in enumerate(row):
            true = truth[i][j]
            if isinstance(shown, int):
                assert not 1 <= shown <= 9, (i, j, shown)
                assert shown == true
            else:
                assert shown in (LESS_THAN, HIDDEN)
                assert true != 0  # zero stays 0
                if shown == LESS_THAN:
                    assert 1 <= true <= 9
                elif not table.fully_hidden:
                    assert true >= 10
            if 1 <= true <= 9:
                assert not isinstance(shown, int)


def _check_no_single_subtraction(table: SuppressedTable) -> None:
    for line in _lines(table.grid):
        cells, total = line[:-1], line[-1]
        hidden_cells = sum(1 for v in cells if not isinstance(v, int))
        if isinstance(total, int):
            # A published total with exactly one hidden cell gives that cell away.
            assert hidden_cells != 1, line
        else:
            # A hidden total next to only published cells is their sum.
            assert hidden_cells >= 1, line


def _line_bounds_attack(table: SuppressedTable) -> list[tuple[int, int]]:
    """One subtraction per line, with what '<10' and 'x' tell a reader."""
    found = []
    grid = table.grid
    n_rows, n_cols = len(grid) - 1, len(grid[0]) - 1
    lines = [[(i, j) for j in range(n_cols + 1)] for i in range(n_rows + 1)] + [
        [(i, j) for i in range(n_rows + 1)] for j in range(n_cols + 1)
    ]
    for line in lines:
        *cells, total = line
        unknown = [p for p in line if not isinstance(grid[p[0]][p[1]], int)]
        if len(unknown) != 1 and not (
            len(unknown) >= 2 and all(grid[p[0]][p[1]] == LESS_THAN for p in unknown)
        ):
            continue
        if len(unknown) == 1:
            found.append(unknown[0])
            continue
        # Only "<10" entries left: if the published rest forces every one to its bound.
        if total in unknown:
            continue
        rest = grid[total[0]][total[1]] - sum(
            grid[p[0]][p[1]]
            for p in cells
            if p not in unknown  # type: ignore[misc]
        )
        if rest in (len(unknown), 9 * len(unknown)):
            found.extend(unknown)
    return found


def _brute_force_recovered(table: SuppressedTable, cap: int = 40) -> set[tuple[int, int]]:
    """Entries that hold the same value in every table (cells up to cap) that would be
    published exactly like this one."""
    grid = table.grid
    n_rows, n_cols = len(grid) - 1, len(grid[0]) - 1
    unknown = [
        (i, j) for i in range(n_rows) for j in range(n_cols) if not isinstance(grid[i][j], int)
    ]
    ranges = [
        range(1, 10) if grid[i][j] == LESS_THAN else range(1 if table.fully_hidden else 10, cap + 1)
        for i, j in unknown
    ]
    seen: dict[tuple[int, int], set[int]] = {}
    for values in itertools.product(*ranges):
        cells = [[v if isinstance(v, int) else 0 for v in row[:-1]] for row in grid[:-1]]
        for (i, j), v in zip(unknown, values, strict=True):
            cells[i][j] = v
        ext = extend(cells)
        ok = True
        for i, row in enumerate(grid):
            for j, shown in enumerate(row):
                v = ext[i][j]
                if isinstance(shown, int):
                    ok = v == shown
                elif shown == LESS_THAN:
                    ok = 1 <= v <= 9
                else:
                    ok = v >= (1 if table.fully_hidden else 10)
                if not ok:
                    break
            if not ok:
                break
        if ok:
            for pos in table.suppressed:
                seen.setdefault(pos, set()).add(ext[pos[0]][pos[1]])
    return {pos for pos, vals in seen.items() if len(vals) == 1}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_random_tables_publish_nothing_small_or_derivable(cells: list[list[int]]) -> None:
    table = suppress(cells)
    _check_basic(cells, table)
    _check_no_single_subtraction(table)
    assert single_suppressions(table) == []
    assert _line_bounds_attack(table) == []
    assert exposed(table) == []
    # Published text (CSV/PDF rows) holds no figure from 1 to 9.
    rows = publishable_rows(
        table, [f"r{i}" for i in range(len(cells))], [f"k{j}" for j in range(len(cells[0]))], "T"
    )
    for row in rows[1:]:
        for text in row[1:]:
            assert text in (LESS_THAN, HIDDEN) or not 1 <= int(text) <= 9


small = st.one_of(st.just(0), st.integers(1, 9), st.integers(10, 14))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(max_rows=2, max_cols=2, values=small))
def test_tiny_tables_brute_force_recovers_nothing(cells: list[list[int]]) -> None:
    table = suppress(cells)
    assert _brute_force_recovered(table) == set()


def test_examples() -> None:
    # A primary cell forces a second cell in its row and column (a rectangle).
    t = suppress([[5, 40, 30], [12, 50, 60]])
    assert t.grid[0][0] == LESS_THAN
    assert sum(1 for v in t.grid[0][:-1] if not isinstance(v, int)) >= 2
    assert sum(1 for r in t.grid[:-1] if not isinstance(r[0], int)) >= 2
    assert t.grand_total == 197
    # Two ones in a row with a published total of 2 would give both away.
    t = suppress([[1, 1], [20, 30]])
    assert t.row_totals[0] == LESS_THAN and exposed(t) == []
    # Zero stays zero; a table of zeros is published as is.
    assert suppress([[0, 0], [0, 0]]).grid == ((0, 0, 0), (0, 0, 0), (0, 0, 0))
    t = suppress([[0, 12], [0, 30]])
    assert t.grid == ((0, 12, 12), (0, 30, 30), (0, 42, 42))
    # Bounds alone would pin nine ones under a total below 10: nothing is bounded then.
    t = suppress([[1] * 9])
    assert t.fully_hidden and {v for row in t.grid for v in row} == {HIDDEN}


@pytest.mark.parametrize("bad", [[], [[]], [[1, 2], [3]], [[-1]], [[1.5]], [[True]]])
def test_rejects_malformed(bad: list[list[int]]) -> None:
    with pytest.raises(ValueError):
        suppress(bad)
