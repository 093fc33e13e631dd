"""Validated create/update of records with their audit row, shared by the services.

A service lists its record classes in ``SPECS`` (class -> table, audit object type,
validator) and gets ``_create`` / ``_update``: validate first, then write the row and its
audit entry in one transaction, so nothing is saved half.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from desktop import messages as M
from storage.db import Database
from storage.errors import ValidationError
from storage.repos.base import Repo, Table

if TYPE_CHECKING:
    from desktop.cases.model import Record

# desktop.cases.model is imported inside the methods: desktop.cases itself builds on this.
R = TypeVar("R", bound="Record")
Spec = tuple[Table, str, Callable[[Any, date], None]]


class RecordService:
    SPECS: ClassVar[dict[type[Any], Spec]] = {}
    db: Database
    clock: Callable[[], date]

    @property
    def actor(self) -> str:
        raise NotImplementedError

    def _repo(self, table: Table) -> Repo:
        raise NotImplementedError

    def _audit(self, action: str, kind: str = "", object_id: str = "", details: str = "") -> None:
        raise NotImplementedError

    def _create(self, obj: R, *, details: str = "") -> R:
        from desktop.cases import model as m

        table, kind, validate = self.SPECS[type(obj)]
        if obj.id:
            raise ValidationError(M.RECORDS_EXISTS, "id")
        validate(obj, self.clock())
        row = m.to_row(obj, table.columns)
        with self.db.transaction():
            rec = self._repo(table).insert(row, self.actor)
            self._audit(f"{kind}.create", kind, rec["id"], details)
        return m.from_row(type(obj), rec)

    def _update(self, obj: R, *, action: str = "update") -> R:
        from desktop.cases import model as m

        table, kind, validate = self.SPECS[type(obj)]
        if not obj.id:
            raise ValidationError(M.RECORDS_NOT_SAVED, "id")
        validate(obj, self.clock())
        row = m.to_row(obj, table.columns)
        repo = self._repo(table)
        with self.db.transaction():
            old = repo.get_or_raise(obj.id)
            changed = {k: val for k, val in row.items() if old[k] != val}
            rec = repo.update(obj.id, changed, self.actor) if changed else old
            self._audit(f"{kind}.{action}", kind, obj.id, "velden: " + ",".join(sorted(changed)))
        return m.from_row(type(obj), rec)
