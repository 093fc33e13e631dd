"""Bewaartermijnen and vernietiging.

Retention periods are settings inside the encrypted store: a default (20 years after
afsluiting, for dossiers holding care data) and optional periods per closing reason, each
with its basis noted. ``due()`` lists the dossiers past their period ("Te vernietigen");
``destroy()`` removes every trace of reviewed dossiers (storage.retention), keeps only a
destruction record without personal data, compacts the file and audits it all by id.
A destruction certificate PDF lists the records.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TextIO

from desktop import csv_output
from desktop import messages as M
from desktop.events import Change
from desktop.privacy_pdf import Doc
from storage import retention as rq
from storage import settings
from storage.db import DatabaseError
from storage.errors import StoreError, ValidationError
from storage.vault import Store

DEFAULT_YEARS = 20
DEFAULT_BASIS = (
    "20 jaar na afsluiting: dossier met zorggegevens (naar WGBO en Jeugdwet, art. 7:454 BW)"
)
KEY_DEFAULT_YEARS = "retention.default_years"
KEY_DEFAULT_BASIS = "retention.default_basis"
KEY_COMPACT_PENDING = "retention.compact_pending"
KEY_BY_REASON = "retention.by_reason"  # {reason: {"years": int, "basis": str}}
MAX_YEARS = 200
# ``baken retention`` CSV (a contract for scripts).
DUE_CSV_HEADER = ("dossier", "afgesloten", "reden", "termijn_jaren", "vernietigen_vanaf", "id")


@dataclass(frozen=True)
class Rule:
    years: int
    basis: str


@dataclass(frozen=True)
class Policy:
    default: Rule = Rule(DEFAULT_YEARS, DEFAULT_BASIS)
    by_reason: dict[str, Rule] = field(default_factory=dict)

    def rule_for(self, reason: str) -> Rule:
        return self.by_reason.get(reason, self.default)


@dataclass(frozen=True)
class DueDossier:
    id: str
    number: str
    opened_on: str
    closed_on: str
    close_reason: str
    years: int
    due_on: str
    basis: str


@dataclass(frozen=True)
class Destruction:
    id: str
    dossier_id: str
    dossier_number: str
    opened_on: str
    closed_on: str
    close_reason: str
    retention_years: int
    due_on: str
    destroyed_on: str
    basis: str
    destroyed_by: str
    person_destroyed: bool


def _validate_rule(years: object, basis: str, field_name: str) -> Rule:
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise ValidationError(M.RETENTION_YEARS, field_name, max_years=MAX_YEARS)
    if not basis.strip():
        raise ValidationError(M.RETENTION_BASIS_REQUIRED, field_name)
    return Rule(years, basis.strip())


class RetentionService:
    """Use one instance per unlocked store, on the thread that owns ``store.db``."""

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

    # -- policy --------------------------------------------------------------------------
    def policy(self) -> Policy:
        years = settings.get(self.db, KEY_DEFAULT_YEARS, DEFAULT_YEARS)
        basis = settings.get(self.db, KEY_DEFAULT_BASIS, DEFAULT_BASIS)
        raw = settings.get(self.db, KEY_BY_REASON, {}) or {}
        by_reason = {
            str(k): Rule(int(v["years"]), str(v.get("basis", "")))
            for k, v in raw.items()
            if isinstance(v, dict) and "years" in v
        }
        return Policy(Rule(int(years), str(basis)), by_reason)

    def set_policy(self, policy: Policy) -> Policy:
        default = _validate_rule(policy.default.years, policy.default.basis, "default")
        by_reason = {
            reason: _validate_rule(rule.years, rule.basis, f"reason:{reason}")
            for reason, rule in policy.by_reason.items()
        }
        with self.db.transaction():
            settings.put(self.db, KEY_DEFAULT_YEARS, default.years)
            settings.put(self.db, KEY_DEFAULT_BASIS, default.basis)
            settings.put(
                self.db,
                KEY_BY_REASON,
                {k: {"years": r.years, "basis": r.basis} for k, r in by_reason.items()},
            )
            self.store.audit(
                "setting.change",
                object_type="setting",
                object_id="retention",
                details=f"standaard: {default.years} jaar; per reden: {len(by_reason)}",
            )
        return Policy(default, by_reason)

    # -- what is due ---------------------------------------------------------------------
    def _due(self, policy: Policy) -> list[DueDossier]:
        rows = rq.due_dossiers(
            self.db,
            self.clock().isoformat(),
            policy.default.years,
            {k: r.years for k, r in policy.by_reason.items()},
        )
        return [
            DueDossier(
                id=r["id"],
                number=r["number"],
                opened_on=r["opened_on"],
                closed_on=r["closed_on"],
                close_reason=r["close_reason"] or "",
                years=int(r["years"]),
                due_on=r["due_on"],
                basis=policy.rule_for(r["close_reason"] or "").basis,
            )
            for r in rows
        ]

    def due(self) -> list[DueDossier]:
        """Dossiers past their retention period (Te vernietigen); the view is audited."""
        if settings.get(self.db, KEY_COMPACT_PENDING, False):
            with contextlib.suppress(StoreError):
                self.compact()
        out = self._due(self.policy())
        self.store.audit("retention.list", details=f"aantal: {len(out)}")
        return out

    # -- destruction ---------------------------------------------------------------------
    def destroy(self, ids_or_numbers: Sequence[str]) -> list[Destruction]:
        """Destroy reviewed dossiers that are past their period. A dossier that is not (yet)
        due is refused: nothing is destroyed then."""
        if not ids_or_numbers:
            raise ValidationError(M.RETENTION_CHOOSE_DOSSIER, "ids")
        due = {d.id: d for d in self._due(self.policy())}
        chosen: dict[str, DueDossier] = {}
        for key in ids_or_numbers:
            facts = rq.dossier_facts(self.db, key)
            if facts is None:
                raise ValidationError(M.RETENTION_UNKNOWN_DOSSIER, "ids", number=key)
            if facts["id"] not in due:
                raise ValidationError(M.RETENTION_NOT_DUE, "ids", number=str(facts["number"]))
            chosen[facts["id"]] = due[facts["id"]]
        today = self.clock().isoformat()
        record = {
            did: {
                "number": d.number,
                "opened_on": d.opened_on,
                "closed_on": d.closed_on,
                "close_reason": d.close_reason,
                "retention_years": d.years,
                "due_on": d.due_on,
                "basis": d.basis,
            }
            for did, d in chosen.items()
        }
        with self.db.transaction():
            counts = rq.destroy(self.db, list(chosen), record, self.store.actor, today)
            for did in chosen:
                self.store.audit(
                    "retention.destroy",
                    object_type="dossier",
                    object_id=did,
                    details=f"rijen: {sum(counts.values())}; tabellen: {len(counts)}",
                )
        if self.on_change is not None:  # before compacting: the dossiers are gone already
            gone = tuple(chosen)
            self.on_change(Change.of("dossier", "person", "destruction", ids=gone, removed=gone))
        self.compact()
        return [self._destruction(rq.destruction(self.db, did)) for did in chosen]

    def compact(self) -> None:
        """Checkpoint and VACUUM so that freed pages and the WAL hold nothing of the
        destroyed dossiers. Fails while another connection reads; then try again later."""
        try:
            if not rq.compact(self.db):
                raise DatabaseError("checkpoint busy")
        except DatabaseError:
            settings.put(self.db, KEY_COMPACT_PENDING, True)
            self.store.audit("retention.compact", result="failed")
            raise StoreError(M.RETENTION_COMPACT_PENDING) from None
        if settings.get(self.db, KEY_COMPACT_PENDING, False):
            settings.put(self.db, KEY_COMPACT_PENDING, False)

    @staticmethod
    def _destruction(r: dict[str, object] | None) -> Destruction:
        if r is None:
            raise ValidationError(M.RETENTION_NO_STATEMENT, "id")
        return Destruction(
            id=str(r["id"]),
            dossier_id=str(r["dossier_id"]),
            dossier_number=str(r["dossier_number"]),
            opened_on=str(r["opened_on"]),
            closed_on=str(r["closed_on"]),
            close_reason=str(r["close_reason"]),
            retention_years=int(r["retention_years"]),  # type: ignore[call-overload]
            due_on=str(r["due_on"]),
            destroyed_on=str(r["destroyed_on"]),
            basis=str(r["basis"]),
            destroyed_by=str(r["created_by"]),
            person_destroyed=bool(r["person_destroyed"]),
        )

    def destructions(self, limit: int = 1000) -> list[Destruction]:
        return [self._destruction(r) for r in rq.destructions(self.db, limit)]

    # -- certificate ---------------------------------------------------------------------
    def certificate_pdf(self, records: Sequence[Destruction]) -> bytes:
        """Verklaring van vernietiging for the given records (no personal data)."""
        from desktop.letters.service import LetterService

        if not records:
            raise ValidationError(M.RETENTION_NOTHING_TO_STATE, "ids")
        head = LetterService(self.store).letterhead()
        doc = Doc(
            "Verklaring van vernietiging",
            f"Opgemaakt op {self.clock().isoformat()}",
            letterhead=head,
            footer="Verklaring van vernietiging - bevat geen persoonsgegevens",
        )
        doc.para(
            "Hierbij wordt verklaard dat van de onderstaande dossiers, na het verstrijken van de "
            "bewaartermijn, alle gegevens zijn vernietigd: persoonsgegevens, notities, plannen, "
            "plaatsingen, brieven, documenten en de zoekindex. Alleen dit register blijft "
            "bewaard; het logboek bevat uitsluitend kenmerken, geen namen."
        )
        doc.gap()
        rows = [["Dossier", "Geopend", "Afgesloten", "Termijn", "Vernietigd", "Door"]]
        for r in records:
            rows.append(
                [
                    r.dossier_number,
                    r.opened_on,
                    r.closed_on,
                    f"{r.retention_years} jaar (tot {r.due_on})",
                    r.destroyed_on,
                    r.destroyed_by,
                ]
            )
        doc.table(rows)
        doc.section("Grondslag")
        for basis in sorted({r.basis for r in records}):
            doc.para(basis)
        doc.gap(12)
        doc.pairs([("Naam", head.signer_name or ""), ("Functie", head.signer_role or "")])
        doc.para("Handtekening: ______________________________")
        self.store.audit(
            "retention.certificate",
            object_type="destruction",
            details=f"aantal: {len(records)}",
        )
        return doc.render()


def write_due_csv(due: Sequence[DueDossier], out: TextIO) -> int:
    """The dossiers past their period as CSV (the shared, formula-safe writer)."""
    return csv_output.write_csv(
        out,
        DUE_CSV_HEADER,
        ((d.number, d.closed_on, d.close_reason, d.years, d.due_on, d.id) for d in due),
        lineterminator="\n",
    )
