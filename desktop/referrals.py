"""Referral follow-up (verwijzingen): each referral letter to an organisation becomes a
referral with a status and a date per status (verstuurd, ontvangen, geaccepteerd,
afgewezen, geplaatst). A referral letter made by ``LetterService.make`` creates one in the
same transaction (``record_for_letter``); one can also be recorded by hand. Vandaag lists
referrals waiting (verstuurd or ontvangen) longer than ``referrals.wait_days`` days
(a setting, default 7).

Every change is audited (``referral.create``, ``referral.status``) and reported as a
``referral`` change with the dossier id. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop import messages as M
from desktop.events import Change
from storage import settings
from storage.errors import ValidationError
from storage.repos import referrals as rq
from storage.repos.base import NotFoundError
from storage.schema_case_record import REFERRAL_STATUSES
from storage.vault import Store

STATUSES = REFERRAL_STATUSES
WAITING = ("verstuurd", "ontvangen")
WAIT_DAYS_KEY = "referrals.wait_days"
DEFAULT_WAIT_DAYS = 7
# Letter templates that are referrals.
REFERRAL_TEMPLATES = ("verwijsbrief_opvang", "verwijzing_hulpverlening")
_DATE_COLUMN = {
    "verstuurd": "sent_on",
    "ontvangen": "received_on",
    "geaccepteerd": "accepted_on",
    "afgewezen": "rejected_on",
    "geplaatst": "placed_on",
}


@dataclass(frozen=True)
class Referral:
    id: str
    dossier_id: str
    dossier_number: str
    person_name: str
    organisation_id: str | None
    organisation_name: str
    letter_id: str | None
    status: str
    sent_on: date
    received_on: date | None
    accepted_on: date | None
    rejected_on: date | None
    placed_on: date | None
    notes: str
    created_by: str

    def on(self, status: str) -> date | None:
        """The date the referral reached ``status`` (None if it did not)."""
        value: date | None = getattr(self, _DATE_COLUMN[status])
        return value

    def days_waiting(self, today: date) -> int:
        return (today - self.sent_on).days


def _d(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _referral(r: dict[str, Any]) -> Referral:
    return Referral(
        id=r["id"],
        dossier_id=r["dossier_id"],
        dossier_number=r["dossier_number"],
        person_name=r["person_name"],
        organisation_id=r["organisation_id"],
        organisation_name=r["organisation_name"],
        letter_id=r["letter_id"],
        status=r["status"],
        sent_on=date.fromisoformat(r["sent_on"]),
        received_on=_d(r["received_on"]),
        accepted_on=_d(r["accepted_on"]),
        rejected_on=_d(r["rejected_on"]),
        placed_on=_d(r["placed_on"]),
        notes=r["notes"],
        created_by=r["created_by"],
    )


class ReferralService:
    def __init__(
        self,
        store: Store,
        *,
        on_change: Callable[[Change], None] | None = None,
        clock: Callable[[], date] = date.today,
    ) -> None:
        self.store = store
        self.db = store.db
        self.on_change = on_change
        self.clock = clock

    def _changed(self, dossier_id: str, referral_id: str) -> None:
        if self.on_change is not None:
            self.on_change(Change.of("referral", ids=(referral_id, dossier_id)))

    def _get(self, referral_id: str) -> Referral:
        row = rq.one(self.db, referral_id)
        if row is None:
            raise NotFoundError()
        return _referral(row)

    # -- creating ---------------------------------------------------------------------------
    def record_for_letter(
        self,
        dossier_id: str,
        letter_id: str,
        organisation_id: str | None,
        recipient_name: str,
        *,
        now: str | None = None,
    ) -> str:
        """Inside the letter's transaction: the referral the letter starts (no change
        notice of its own; the letter's change covers the dossier)."""
        row = rq.repo(self.db).insert(
            {
                "dossier_id": dossier_id,
                "organisation_id": organisation_id,
                "recipient_name": recipient_name,
                "letter_id": letter_id,
                "status": "verstuurd",
                "sent_on": self.clock().isoformat(),
            },
            self.store.actor,
            now=now,
        )
        self.store.audit(
            "referral.create", object_type="referral", object_id=row["id"],
            details=f"dossier: {dossier_id}; brief: {letter_id}",
        )  # fmt: skip
        return str(row["id"])

    def create(
        self,
        dossier_id: str,
        organisation_id: str | None,
        *,
        recipient_name: str = "",
        sent_on: date | None = None,
        notes: str = "",
    ) -> Referral:
        """A referral recorded by hand (e.g. by phone), status verstuurd."""
        day = sent_on or self.clock()
        if day > self.clock():
            raise ValidationError(M.REF_SENT_FUTURE, "sent_on")
        if not organisation_id and not recipient_name.strip():
            raise ValidationError(M.REF_NO_ORG, "organisation_id")
        with self.db.transaction():
            if not rq.dossier_exists(self.db, dossier_id):
                raise NotFoundError()
            row = rq.repo(self.db).insert(
                {
                    "dossier_id": dossier_id,
                    "organisation_id": organisation_id or None,
                    "recipient_name": recipient_name.strip(),
                    "status": "verstuurd",
                    "sent_on": day.isoformat(),
                    "notes": notes.strip(),
                },
                self.store.actor,
            )
            self.store.audit(
                "referral.create", object_type="referral", object_id=row["id"],
                details=f"dossier: {dossier_id}",
            )  # fmt: skip
        self._changed(dossier_id, str(row["id"]))
        return self._get(str(row["id"]))

    # -- follow-up --------------------------------------------------------------------------
    def set_status(self, referral_id: str, status: str, on: date | None = None) -> Referral:
        """Move a referral to ``status`` on ``on`` (default today); its date is kept."""
        if status not in STATUSES:
            raise ValidationError(M.REF_UNKNOWN_STATUS, "status")
        day = on or self.clock()
        with self.db.transaction():
            current = self._get(referral_id)
            if day > self.clock():
                raise ValidationError(M.REF_DATE_FUTURE, "on")
            if day < current.sent_on:
                raise ValidationError(M.REF_DATE_BEFORE_SENT, "on")
            values: dict[str, Any] = {"status": status, _DATE_COLUMN[status]: day.isoformat()}
            rq.repo(self.db).update(referral_id, values, self.store.actor)
            self.store.audit(
                "referral.status", object_type="referral", object_id=referral_id,
                details=f"status: {status}",
            )  # fmt: skip
        self._changed(current.dossier_id, referral_id)
        return self._get(referral_id)

    # -- reading ----------------------------------------------------------------------------
    def for_dossier(self, dossier_id: str) -> list[Referral]:
        return [_referral(r) for r in rq.for_dossier(self.db, dossier_id)]

    def for_organisation(self, organisation_id: str) -> list[Referral]:
        """Referrals to one organisation (the Opvang page); audited as ``referral.list``."""
        rows = rq.for_organisation(self.db, organisation_id)
        self.store.audit(
            "referral.list", object_type="organisation", object_id=organisation_id,
            details=f"{len(rows)} regels",
        )  # fmt: skip
        return [_referral(r) for r in rows]

    def wait_days(self) -> int:
        value = settings.get(self.db, WAIT_DAYS_KEY, DEFAULT_WAIT_DAYS)
        return int(value) if isinstance(value, int) and 0 <= value <= 365 else DEFAULT_WAIT_DAYS

    def set_wait_days(self, days: int) -> None:
        if not 0 <= days <= 365:
            raise ValidationError(M.REF_WAIT_DAYS, "wait_days")
        with self.db.transaction():
            settings.put(self.db, WAIT_DAYS_KEY, int(days))
        if self.on_change is not None:
            self.on_change(Change.of("settings", "referral"))

    def waiting(self, days: int | None = None) -> list[Referral]:
        """Referrals without an answer for longer than ``days`` (default the setting),
        oldest first. Audited as ``referral.list``."""
        limit_days = self.wait_days() if days is None else days
        today = self.clock()
        cutoff = date.fromordinal(today.toordinal() - limit_days - 1).isoformat()
        rows = rq.waiting(self.db, cutoff)
        self.store.audit("referral.list", object_type="referral", details=f"{len(rows)} regels")
        return [_referral(r) for r in rows]
