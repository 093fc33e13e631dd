"""A generic repository over one domain table with the common columns.

Common columns: ``id`` (uuid4 hex), ``created_at``/``updated_at`` (ISO UTC),
``created_by``/``updated_by`` (the author). Only the writable columns listed in the
table's ``Table`` spec can be set; the SQL text is built from those fixed names only.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storage import messages as M
from storage.audit import now_utc
from storage.db import Database, IntegrityError
from storage.errors import StoreError, ValidationError

META_COLUMNS = ("id", "created_at", "updated_at", "created_by", "updated_by")

Row = dict[str, Any]


class NotFoundError(StoreError):
    """The record does not exist (any more)."""

    default = M.REPO_NOT_FOUND


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]  # writable columns, besides the common ones
    readonly: tuple[str, ...] = ()  # maintained by the database (triggers)

    @property
    def all_columns(self) -> tuple[str, ...]:
        return META_COLUMNS + self.columns + self.readonly

    @property
    def select(self) -> str:
        return f"SELECT {', '.join(self.all_columns)} FROM {self.name}"


def row_to_dict(table: Table, row: Sequence[Any]) -> Row:
    return dict(zip(table.all_columns, row, strict=True))


class Repo:
    """CRUD for one table. Foreign-key and CHECK failures become ``ValidationError``."""

    def __init__(self, db: Database, table: Table) -> None:
        self.db = db
        self.table = table

    def _check(self, values: Mapping[str, Any]) -> None:
        unknown = set(values) - set(self.table.columns)
        if unknown:
            raise ValueError(f"unknown columns for {self.table.name}: {sorted(unknown)}")

    def insert(
        self,
        values: Mapping[str, Any],
        actor: str,
        *,
        record_id: str | None = None,
        now: str | None = None,
    ) -> Row:
        self._check(values)
        ts = now or now_utc()
        rid = record_id or new_id()
        cols = (*META_COLUMNS, *values.keys())
        params = (rid, ts, ts, actor, actor, *values.values())
        sql = (
            f"INSERT INTO {self.table.name} ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})"
        )
        with _integrity(self.table.name):
            self.db.execute(sql, params)
        return self.get_or_raise(rid)

    def update(self, record_id: str, values: Mapping[str, Any], actor: str) -> Row:
        self._check(values)
        if not values:
            return self.get_or_raise(record_id)
        sets = ", ".join(f"{c} = ?" for c in values)
        sql = f"UPDATE {self.table.name} SET {sets}, updated_at = ?, updated_by = ? WHERE id = ?"
        with _integrity(self.table.name):
            cur = self.db.execute(sql, (*values.values(), now_utc(), actor, record_id))
        if cur.rowcount == 0:
            raise NotFoundError()
        return self.get_or_raise(record_id)

    def get(self, record_id: str) -> Row | None:
        row = self.db.execute(f"{self.table.select} WHERE id = ?", (record_id,)).fetchone()
        return None if row is None else row_to_dict(self.table, row)

    def get_or_raise(self, record_id: str) -> Row:
        row = self.get(record_id)
        if row is None:
            raise NotFoundError()
        return row

    def get_many(self, record_ids: Sequence[str]) -> dict[str, Row]:
        if not record_ids:
            return {}
        marks = ", ".join("?" for _ in record_ids)
        rows = self.db.query(f"{self.table.select} WHERE id IN ({marks})", tuple(record_ids))
        return {r[0]: row_to_dict(self.table, r) for r in rows}

    def exists(self, record_id: str) -> bool:
        return bool(
            self.db.scalar(
                f"SELECT EXISTS(SELECT 1 FROM {self.table.name} WHERE id = ?)", (record_id,)
            )
        )

    def delete(self, record_id: str) -> bool:
        with _integrity(self.table.name):
            cur = self.db.execute(f"DELETE FROM {self.table.name} WHERE id = ?", (record_id,))
        return bool(cur.rowcount)

    def where(
        self,
        conditions: Mapping[str, Any],
        *,
        order_by: str = "created_at",
        limit: int = 10_000,
    ) -> list[Row]:
        """Rows where every column equals its value (``None`` matches NULL)."""
        allowed = set(self.table.all_columns)
        parts: list[str] = []
        params: list[Any] = []
        for col, val in conditions.items():
            if col not in allowed:
                raise ValueError(f"unknown column {col}")
            if val is None:
                parts.append(f"{col} IS NULL")
            else:
                parts.append(f"{col} = ?")
                params.append(val)
        order_cols = [c.strip().split()[0] for c in order_by.split(",")]
        if any(c not in allowed for c in order_cols):
            raise ValueError("bad order_by")
        sql = self.table.select
        if parts:
            sql += " WHERE " + " AND ".join(parts)
        sql += f" ORDER BY {order_by} LIMIT ?"
        rows = self.db.query(sql, (*params, limit))
        return [row_to_dict(self.table, r) for r in rows]

    def bulk_insert(self, rows: Iterable[Sequence[Any]], columns: Sequence[str]) -> None:
        """Fast path for generated data: ``rows`` hold META_COLUMNS then ``columns``."""
        self._check(dict.fromkeys(columns))
        cols = (*META_COLUMNS, *columns)
        self.db.executemany(
            f"INSERT INTO {self.table.name} ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})",
            rows,
        )


class _integrity:
    """Turn constraint failures into a Dutch ValidationError (no values in the text)."""

    def __init__(self, table: str) -> None:
        self.table = table

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if isinstance(exc, IntegrityError):
            text = str(exc).lower()
            if "foreign key" in text:
                raise ValidationError(M.REPO_REFERENCE) from None
            if "unique" in text:
                field = text.rsplit(".", 1)[-1].strip() if "." in text else None
                raise ValidationError(M.REPO_UNIQUE, field) from None
            if "check" in text:
                raise ValidationError(M.REPO_CHECK) from None
            raise ValidationError(M.REPO_REQUIRED) from None


@contextlib.contextmanager
def larger_cache(db: Database, mib: int) -> Iterator[None]:
    """Temporarily raise this connection's page cache (bulk loads touch many index pages)."""
    before = int(db.scalar("PRAGMA cache_size"))
    db.execute(f"PRAGMA cache_size = {-1024 * int(mib)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {before}")
