"""Drafts: the unsaved state of editors, kept inside the encrypted store.

The UI asks every open editor for its draft before the store closes (lock, automatic lock,
panic, closing the window) and hands them to ``DraftService.save_all`` in one transaction.
After the next unlock an editor asks ``load(key)`` for its draft and shows that it was
restored; ``discard(key)`` when the user saves or throws the change away. The place the user
was (page, dossier, tab) is kept as a setting inside the store as well.

A draft payload is a small JSON object of the editor's field values (strings, numbers,
booleans, lists of those). Nothing of it goes to the audit log: the log records that drafts
were kept and how many, never what they hold. Drafts older than ``EXPIRY_DAYS`` are removed at
unlock.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop import messages as M
from desktop.events import Change
from storage import drafts as repo
from storage import settings as store_settings
from storage.errors import ValidationError
from storage.vault import Store

EXPIRY_DAYS = 30
MAX_PAYLOAD_CHARS = 2_000_000  # a very long note still fits; a runaway editor does not
LOCATION_KEY = "ui.last_location"


@dataclass(frozen=True)
class Draft:
    key: str  # the editor, e.g. "intake:<dossier id>", "signal:new", "note:<dossier id>"
    kind: str  # "intake", "signal", "note", ...
    payload: dict[str, Any]
    dossier_id: str | None = None
    saved_at: str = ""


@dataclass(frozen=True)
class Location:
    """Where the user was: a page key, optionally a dossier and a tab inside it."""

    page: str
    dossier_id: str = ""
    tab: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _check_payload(value: Any, depth: int = 0) -> None:
    if depth > 6:
        raise ValidationError(M.DRAFTS_TOO_DEEP)
    if value is None or isinstance(value, str | int | float | bool):
        return
    if isinstance(value, list):
        for item in value:
            _check_payload(item, depth + 1)
        return
    if isinstance(value, dict):
        for k, item in value.items():
            if not isinstance(k, str):
                raise ValidationError(M.DRAFTS_BAD_FIELD)
            _check_payload(item, depth + 1)
        return
    raise ValidationError(M.DRAFTS_BAD_VALUE)


class DraftService:
    """Use one instance per unlocked store, on the thread that owns ``store.db``."""

    def __init__(
        self,
        store: Store,
        *,
        on_change: Callable[[Change], None] | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.store = store
        self.db = store.db
        self.on_change = on_change
        self.clock = clock

    # -- drafts --------------------------------------------------------------------------
    def save_all(
        self, drafts: Iterable[Draft], *, reason: str = "lock", drop: Iterable[str] = ()
    ) -> int:
        """Write every draft in one transaction (all or nothing), and remove the kept drafts
        ``drop`` (editors open without changes now). Returns how many were written."""
        items = list(drafts)
        gone = [k for k in drop if k and all(k != d.key for d in items)]
        if not items:
            if gone:
                with self.db.transaction():
                    for key in gone:
                        repo.delete(self.db, key)
            return 0
        for d in items:
            if not d.key or not d.kind:
                raise ValidationError(M.DRAFTS_NO_NAME)
            _check_payload(d.payload)
        saved_at = _iso(self.clock())
        with self.db.transaction():
            for d in items:
                dossier_id = d.dossier_id
                if dossier_id is not None and not repo.dossier_exists(self.db, dossier_id):
                    dossier_id = None  # e.g. destroyed meanwhile; keep the text, drop the link
                if len(json.dumps(d.payload, ensure_ascii=False)) > MAX_PAYLOAD_CHARS:
                    raise ValidationError(M.DRAFTS_TOO_LARGE)
                repo.put(
                    self.db,
                    key=d.key,
                    kind=d.kind,
                    dossier_id=dossier_id,
                    payload=d.payload,
                    saved_at=saved_at,
                    saved_by=self.store.actor,
                )
            for key in gone:
                repo.delete(self.db, key)
            self.store.audit("drafts.save", object_type="draft", details=f"{reason} n={len(items)}")
        return len(items)

    def save(self, draft: Draft, *, reason: str = "autosave") -> None:
        self.save_all([draft], reason=reason)

    def load(self, key: str) -> Draft | None:
        row = repo.get(self.db, key)
        if row is None:
            return None
        return Draft(row.key, row.kind, row.payload, row.dossier_id, row.saved_at)

    def all(self) -> list[Draft]:
        return [
            Draft(r.key, r.kind, r.payload, r.dossier_id, r.saved_at)
            for r in repo.all_rows(self.db)
        ]

    def discard(self, key: str) -> bool:
        with self.db.transaction():
            return repo.delete(self.db, key)

    def expire(self, *, days: int = EXPIRY_DAYS) -> int:
        """Remove drafts older than ``days``; audited with the count. Returns how many."""
        cutoff = _iso(self.clock() - timedelta(days=days))
        with self.db.transaction():
            removed = repo.delete_older_than(self.db, cutoff)
            if removed:
                self.store.audit(
                    "drafts.expire", object_type="draft", details=f"n={removed} days={days}"
                )
        return removed

    # -- where the user was ----------------------------------------------------------------
    def remember_location(self, location: Location) -> None:
        value = {
            "page": location.page,
            "dossier_id": location.dossier_id,
            "tab": location.tab,
            "extra": dict(location.extra),
        }
        with self.db.transaction():
            store_settings.put(self.db, LOCATION_KEY, value)

    def last_location(self) -> Location | None:
        value = store_settings.get(self.db, LOCATION_KEY)
        if not isinstance(value, dict) or not isinstance(value.get("page"), str):
            return None
        dossier_id = str(value.get("dossier_id") or "")
        if dossier_id and not repo.dossier_exists(self.db, dossier_id):
            dossier_id = ""  # destroyed or transferred meanwhile
        extra = value.get("extra") if isinstance(value.get("extra"), dict) else {}
        return Location(
            page=value["page"],
            dossier_id=dossier_id,
            tab=str(value.get("tab") or "") if dossier_id else "",
            extra={str(k): str(v) for k, v in (extra or {}).items()},
        )
