"""Small-cell suppression for published counts (CTDC practice: no group smaller than 10).

Pure functions on a 2-D table of non-negative counts; the row, column and grand totals are
computed here and published (or suppressed) along with the cells.

- **Primary suppression**: every cell *or total* from 1 to ``threshold - 1`` is shown as
  ``"<10"``. Zero stays ``0`` (an empty group discloses nobody).
- **Secondary suppression**: further entries are hidden as ``"x"`` until no suppressed value
  can be worked out from the published figures:

  1. every line of the table *including its total* (each row with its row total, each
     column with its column total, the row of column totals and the column of row totals,
     both with the grand total) holds either no suppressed entry or at least two, so
     nothing follows from one subtraction; and
  2. an attacker who knows that ``"<10"`` means 1..9 and that ``"x"`` hides a count of at
     least 10 and who combines all rows and columns (interval propagation) cannot pin any
     suppressed entry to one value (e.g. ``[1, 1 | 2]`` would give both cells away).

  The extra entry is a published non-zero cell of the line concerned (totals only when
  the line has no such cell), preferring one that also settles its crossing line, then
  the smallest, so little is hidden.
- In the rare table where even hiding everything leaves a value determined by the bounds
  of ``"<10"`` alone (say nine cells of 1 and a row total of 9), every suppressed entry is
  shown as ``"x"`` instead, which gives away no bounds at all.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLD = 10
LESS_THAN = "<10"
HIDDEN = "x"

Published = int | str
Pos = tuple[int, int]  # (row, column) in the extended grid; totals at index R / C

PRIMARY = "primary"
SECONDARY = "secondary"


@dataclass(frozen=True)
class SuppressedTable:
    """The publishable table. ``grid`` is the extended (R+1) x (C+1) grid: the last column
    holds the row totals, the last row the column totals and the grand total."""

    grid: tuple[tuple[Published, ...], ...]
    suppressed: frozenset[Pos]
    primary: frozenset[Pos]
    fully_hidden: bool = False  # the fallback: every suppressed entry shown as "x"

    @property
    def cells(self) -> list[list[Published]]:
        return [list(row[:-1]) for row in self.grid[:-1]]

    @property
    def row_totals(self) -> list[Published]:
        return [row[-1] for row in self.grid[:-1]]

    @property
    def col_totals(self) -> list[Published]:
        return list(self.grid[-1][:-1])

    @property
    def grand_total(self) -> Published:
        return self.grid[-1][-1]


def extend(cells: Sequence[Sequence[int]]) -> list[list[int]]:
    """The counts with row totals, column totals and the grand total added."""
    rows = [list(r) for r in cells]
    if not rows or not rows[0]:
        raise ValueError("table must have at least one row and one column")
    width = len(rows[0])
    for row in rows:
        if len(row) != width:
            raise ValueError("table rows must have equal length")
        for v in row:
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise ValueError("counts must be non-negative integers")
    out = [[*row, sum(row)] for row in rows]
    out.append([sum(col) for col in zip(*out, strict=True)])
    return out


def lines(n_rows: int, n_cols: int) -> list[list[tuple[Pos, int]]]:
    """Every linear relation of the extended grid as (position, coefficient); sum == 0.

    Row i: cells minus the row total; column j: cells minus the column total; the last
    row and column (totals) relate to the grand total the same way.
    """
    out: list[list[tuple[Pos, int]]] = []
    for i in range(n_rows + 1):
        out.append([((i, j), 1) for j in range(n_cols)] + [((i, n_cols), -1)])
    for j in range(n_cols + 1):
        out.append([((i, j), 1) for i in range(n_rows)] + [((n_rows, j), -1)])
    return out


def bounds_for(value: Published, fully_hidden: bool = False) -> tuple[float, float]:
    """What a reader knows about one published entry."""
    if isinstance(value, int):
        return (value, value)
    if value == LESS_THAN:
        return (1, THRESHOLD - 1)
    return (1, math.inf) if fully_hidden else (THRESHOLD, math.inf)


def attack(
    grid: Sequence[Sequence[Published]], fully_hidden: bool = False, max_passes: int = 200
) -> dict[Pos, tuple[float, float]]:
    """Interval propagation over all rows and columns of a published extended grid.

    Returns the tightest bounds found for every entry; a suppressed entry whose bounds
    meet (lo == hi) has been recovered.
    """
    n_rows, n_cols = len(grid) - 1, len(grid[0]) - 1
    bounds = {
        (i, j): bounds_for(grid[i][j], fully_hidden)
        for i in range(n_rows + 1)
        for j in range(n_cols + 1)
    }
    relations = lines(n_rows, n_cols)
    for _ in range(max_passes):
        changed = False
        for line in relations:
            terms = [
                (
                    min(a * bounds[p][0], a * bounds[p][1]),
                    max(a * bounds[p][0], a * bounds[p][1]),
                )
                for p, a in line
            ]
            for k, (p, a) in enumerate(line):
                # Sum of the other terms: lows are finite or -inf, highs finite or +inf,
                # so no inf - inf can arise.
                rest_lo = sum(t[0] for m, t in enumerate(terms) if m != k)
                rest_hi = sum(t[1] for m, t in enumerate(terms) if m != k)
                # a * x = -rest  =>  x in [-rest_hi, -rest_lo] / a
                lo, hi = (-rest_hi, -rest_lo) if a == 1 else (rest_lo, rest_hi)
                old_lo, old_hi = bounds[p]
                new_lo, new_hi = max(old_lo, lo), min(old_hi, hi)
                if (new_lo, new_hi) != (old_lo, old_hi):
                    bounds[p] = (new_lo, new_hi)
                    changed = True
        if not changed:
            break
    return bounds


def exposed(table: SuppressedTable) -> list[Pos]:
    """Suppressed entries that the interval attack pins to a single value."""
    bounds = attack(table.grid, table.fully_hidden)
    return sorted(p for p in table.suppressed if bounds[p][0] == bounds[p][1])


def single_suppressions(table: SuppressedTable) -> list[list[Pos]]:
    """Lines (incl. totals) with exactly one suppressed entry: derivable by subtraction."""
    n_rows, n_cols = len(table.grid) - 1, len(table.grid[0]) - 1
    out = []
    for line in lines(n_rows, n_cols):
        hit = [p for p, _a in line if p in table.suppressed]
        if len(hit) == 1:
            out.append(hit)
    return out


def _render(
    values: list[list[int]], primary: set[Pos], secondary: set[Pos], fully_hidden: bool
) -> SuppressedTable:
    grid: list[tuple[Published, ...]] = []
    for i, row in enumerate(values):
        out: list[Published] = []
        for j, v in enumerate(row):
            if (i, j) in secondary or (fully_hidden and (i, j) in primary):
                out.append(HIDDEN)
            elif (i, j) in primary:
                out.append(LESS_THAN)
            else:
                out.append(v)
        grid.append(tuple(out))
    return SuppressedTable(
        tuple(grid), frozenset(primary | secondary), frozenset(primary), fully_hidden
    )


def _candidate(values: list[list[int]], hidden: set[Pos], positions: list[Pos]) -> Pos | None:
    """The entry to hide next among positions: published and non-zero; cells before
    totals; then one whose row or column already holds a single suppression (hiding it
    settles that line too, which keeps the pattern small); then the smallest value."""
    n_rows, n_cols = len(values) - 1, len(values[0]) - 1
    row_hidden = [sum(1 for (i, _j) in hidden if i == r) for r in range(n_rows + 1)]
    col_hidden = [sum(1 for (_i, j) in hidden if j == c) for c in range(n_cols + 1)]
    best: tuple[int, int, int, Pos] | None = None
    for p in positions:
        v = values[p[0]][p[1]]
        if p in hidden or v == 0:
            continue
        is_total = int(p[0] == n_rows or p[1] == n_cols)
        settles = int(row_hidden[p[0]] == 1) + int(col_hidden[p[1]] == 1)
        key = (is_total, -settles, v, p)
        if best is None or key < best:
            best = key
    return None if best is None else best[3]


def suppress(cells: Sequence[Sequence[int]]) -> SuppressedTable:
    """Apply primary and secondary suppression; see the module docstring."""
    values = extend(cells)
    n_rows, n_cols = len(values) - 1, len(values[0]) - 1
    primary = {
        (i, j)
        for i in range(n_rows + 1)
        for j in range(n_cols + 1)
        if 1 <= values[i][j] < THRESHOLD
    }
    secondary: set[Pos] = set()
    relations = lines(n_rows, n_cols)
    everything = [(i, j) for i in range(n_rows + 1) for j in range(n_cols + 1)]
    while True:
        hidden = primary | secondary
        table = _render(values, primary, secondary, False)
        pick: Pos | None = None
        # 1. no line with exactly one suppressed entry
        for line in relations:
            positions = [p for p, _a in line]
            if sum(1 for p in positions if p in hidden) == 1:
                pick = _candidate(values, hidden, positions) or _candidate(
                    values, hidden, everything
                )
                break
        # 2. nothing recoverable by combining rows and columns
        if pick is None:
            leaks = exposed(table)
            if not leaks:
                return table
            i, j = leaks[0]
            around = [(i, c) for c in range(n_cols + 1)] + [(r, j) for r in range(n_rows + 1)]
            pick = _candidate(values, hidden, around) or _candidate(values, hidden, everything)
        if pick is None:
            # Everything non-zero is hidden and the "<10" bounds alone still give a value
            # away: drop the bounds too.
            return _render(values, primary, secondary, True)
        secondary.add(pick)


def publishable_rows(
    table: SuppressedTable, row_labels: Sequence[str], col_labels: Sequence[str], total: str
) -> list[list[str]]:
    """The table as text rows (header first) for CSV or PDF export: only published values."""
    header = ["", *col_labels, total]
    body = [
        [label, *(str(v) for v in row)]
        for label, row in zip([*row_labels, total], table.grid, strict=True)
    ]
    return [header, *body]
