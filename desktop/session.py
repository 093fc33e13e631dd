"""One application session per unlocked store: every service, one change ledger.

``Session(store)`` owns the services the UI and the CLI use (created lazily, all on the
store's connection): ``cases``, ``care``, ``letters`` (letters and documents),
``retention``, ``inzage``, ``report``, ``settings``, ``audit``, ``handover``, ``backup``
and ``transfer``. Nothing above desktop/ touches storage/.

Changes. Mutating service methods return their value as before and record what they
changed (a ``desktop.events.Change`` with ids) into the session's ledger; they never call
back into the UI. Whoever ran the operation takes the changes afterwards
(``take_changes()``) and publishes them once, merged (the UI: ``ui/operations.py``).
A change recorded outside an operation calls ``on_idle_change`` (the UI defers a publish
to the next turn of the event loop), so nothing is lost and nothing is re-entrant.

Threads. A session belongs to the thread of its connection. ``worker()`` gives a second
session on its own connection: create it *on* the worker thread, close it there.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import audit_service
from desktop.events import Change

# Settings inside the encrypted database: their keys (desktop/setting_keys.py), as before.
from desktop.setting_keys import (
    AUTOLOCK_DEFAULT,
    AUTOLOCK_MAX,
    AUTOLOCK_MIN,
    AUTOLOCK_MINUTES,
    ORG_ADDRESS,  # noqa: F401
    ORG_NAME,  # noqa: F401
    USER_NAME,
    USER_ROLE,  # noqa: F401
)
from storage import settings as store_settings
from storage.db import Database
from storage.errors import StoreError
from storage.vault import Store, Vault, VerifyResult

# The unlock window needs none of the services: they (and reportlab, behind the letters and
# the report) are imported when the unlocked session first uses them (issue 16: startup).
if TYPE_CHECKING:
    from desktop import report as report_mod
    from desktop.care import CareService
    from desktop.cases import CaseService
    from desktop.drafts import DraftService
    from desktop.exchange import ExchangeService
    from desktop.inzage import InzageService
    from desktop.letters import LetterService
    from desktop.referrals import ReferralService
    from desktop.retention import RetentionService
    from storage import backup as bk
    from storage import handover as ho
    from storage import transfer as tr
    from storage.audit import AuditEntry
    from storage.backup import BackupCheck as BackupCheck
    from storage.backup import BackupEntry as BackupEntry
    from storage.backup import BackupStatus as BackupStatus
    from storage.backup import RestoreResult as RestoreResult
    from storage.backup import RestoreTicket as RestoreTicket
    from storage.container import Manifest, Progress
    from storage.handover import OUT_EXISTS as OUT_EXISTS
    from storage.handover import ExportResult as ExportResult
    from storage.handover import ImportResult as ImportResult
    from storage.transfer import KIND_CHANGED as KIND_CHANGED
    from storage.transfer import Conflict as Conflict
    from storage.transfer import MergePlan as MergePlan
    from storage.transfer import MergeSummary as MergeSummary
    from storage.transfer import TransferResult as TransferResult

# Everything a handover import, merge or restore may touch (views reload what they show).
ALL_DATA = ("person", "dossier", "signal", "meeting", "note", "letter", "document", "care")


class Session:
    """The services of one unlocked store and the changes they recorded."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], date] = date.today,
        owns_store: bool = False,
    ) -> None:
        self.store = store
        self.clock = clock
        self._owns_store = owns_store
        self._pending: list[Change] = []
        self._depth = 0
        self.on_idle_change: Callable[[], None] | None = None
        # Set by whoever runs the session on a worker: long work may stop early.
        self.cancelled: Callable[[], bool] = lambda: False

    # -- lifetime ------------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self.store.closed

    @property
    def db(self) -> Database:
        return self.store.db

    @property
    def actor(self) -> str:
        return self.store.actor

    def worker(self) -> Session:
        """A second session on its own connection (create and close it on the worker)."""
        return Session(self.store.worker(), clock=self.clock, owns_store=True)

    def close(self, *, action: str = "lock") -> None:
        """Close the store: a worker's quietly, the main one with its lock audit row."""
        with contextlib.suppress(StoreError):
            if self._owns_store:
                self.store.close(record=False)
            else:
                self.store.close(action=action)

    # -- the change ledger ---------------------------------------------------------------
    def record(self, change: Change) -> None:
        self._pending.append(change)
        if self._depth == 0 and self.on_idle_change is not None:
            self.on_idle_change()

    @contextlib.contextmanager
    def operation(self) -> Iterator[None]:
        """While open, recorded changes wait for ``take_changes`` (no idle notice)."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    def take_changes(self, initiator: object | None = None) -> Change | None:
        """All changes recorded since the last call, merged into one (or None)."""
        pending, self._pending = self._pending, []
        if not pending:
            return None
        return Change.merged(pending, initiator=initiator)

    def absorb(self, change: Change | None) -> None:
        """Take over changes a worker session recorded (without an idle notice)."""
        if change is not None:
            self._pending.append(change)

    # -- services ------------------------------------------------------------------------
    @cached_property
    def cases(self) -> CaseService:
        from desktop.cases import CaseService

        return CaseService(self.store, on_change=self.record, clock=self.clock)

    @cached_property
    def care(self) -> CareService:
        from desktop.care import CareService

        return CareService(self.store, self.cases, on_change=self.record, clock=self.clock)

    @cached_property
    def letters(self) -> LetterService:
        from desktop.letters import LetterService

        return LetterService(self.store, on_change=self.record, clock=self.clock)

    @cached_property
    def referrals(self) -> ReferralService:
        from desktop.referrals import ReferralService

        return ReferralService(self.store, on_change=self.record, clock=self.clock)

    @cached_property
    def retention(self) -> RetentionService:
        from desktop.retention import RetentionService

        return RetentionService(self.store, on_change=self.record, clock=self.clock)

    @cached_property
    def inzage(self) -> InzageService:
        from desktop.inzage import InzageService

        return InzageService(self.store, clock=self.clock)

    @cached_property
    def drafts(self) -> DraftService:
        """Unsaved editor state kept across a lock (issue 13)."""
        from desktop.drafts import DraftService

        return DraftService(self.store, on_change=self.record)

    @cached_property
    def report(self) -> ReportService:
        return ReportService(self)

    @cached_property
    def settings(self) -> SettingsService:
        return SettingsService(self)

    @cached_property
    def audit(self) -> AuditViewer:
        return AuditViewer(self)

    @cached_property
    def handover(self) -> HandoverService:
        return HandoverService(self)

    @cached_property
    def backup(self) -> BackupService:
        return BackupService(self)

    @cached_property
    def transfer(self) -> TransferService:
        return TransferService(self)

    @cached_property
    def exchange(self) -> ExchangeService:
        from desktop.exchange import ExchangeService

        return ExchangeService(self.store, on_change=self.record, clock=self.clock)

    def verify(self) -> VerifyResult:
        """The integrity check of the open store (``baken check``)."""
        return self.store.verify()

    def info(self) -> dict[str, Any]:
        return self.store.info()


class SettingsService:
    """Settings inside the encrypted store; a change is audited (keys only, no values)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str, default: Any = None) -> Any:
        return store_settings.get(self._s.db, key, default)

    def get_all(self, prefix: str = "") -> dict[str, Any]:
        return store_settings.get_all(self._s.db, prefix)

    def put(self, values: dict[str, Any]) -> Change:
        store = self._s.store
        with store.db.transaction():
            for key, value in values.items():
                store_settings.put(store.db, key, value)
            store.audit("settings_change", object_type="settings", details=",".join(sorted(values)))
        if USER_NAME in values and values[USER_NAME]:
            store.actor = str(values[USER_NAME])
        change = Change.of("settings")
        self._s.record(change)
        return change

    def autolock_minutes(self) -> int:
        try:
            value = int(self.get(AUTOLOCK_MINUTES, AUTOLOCK_DEFAULT))
        except (TypeError, ValueError):
            value = AUTOLOCK_DEFAULT
        return max(AUTOLOCK_MIN, min(AUTOLOCK_MAX, value))


class ReportService:
    """The yearly report (Rapportage): audited view and export (see desktop/report.py)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def years(self) -> list[int]:
        from desktop import report as report_mod

        return report_mod.years(self._s.db)

    def view(self, period: report_mod.Period) -> report_mod.Report:
        from desktop import report as report_mod

        return report_mod.view(self._s.store, period)

    def export(self, report: report_mod.Report, path: Path, fmt: str) -> None:
        from desktop import report as report_mod

        report_mod.export(self._s.store, report, path, fmt)


class AuditViewer:
    """Reading the audit log (Logboek); viewing is audited by the page as before."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def page(
        self,
        flt: audit_service.AuditFilter,
        *,
        offset: int = 0,
        limit: int = audit_service.PAGE_SIZE,
    ) -> list[AuditEntry]:
        return audit_service.page(self._s.db, flt, offset=offset, limit=limit)

    def count(self, flt: audit_service.AuditFilter) -> int:
        return audit_service.count(self._s.db, flt)

    def actions(self) -> list[str]:
        return audit_service.actions(self._s.db)

    def clients(self, entries: Sequence[AuditEntry]) -> dict[int, str]:
        """Entry id -> dossier number of the client the row is about (where resolvable)."""
        return audit_service.client_numbers(self._s.db, entries)

    def check_chain(self) -> audit_service.ChainReport:
        """Walks the whole chain; slow on a big log (run it on a worker session)."""
        return audit_service.check_chain(self._s.db, open_db=self._s.store.open_worker_db)

    def opened(self) -> None:
        """The Logboek page was opened (audited)."""
        self._s.store.audit("audit_log.view", object_type="audit_log")

    def record_check(self, report: audit_service.ChainReport) -> None:
        """The chain check's outcome, audited (counts and row id only)."""
        self._s.store.audit(
            "audit_log.verify",
            object_type="audit_log",
            result="ok" if report.ok else "failed",
            details=f"rows={report.rows} first_broken={report.first_broken_id or ''}",
        )


class HandoverService:
    """Handing over the whole store to a successor (export); import makes a new store and
    therefore lives on the vault (``import_handover`` below)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def export(
        self, out: Path, *, progress: Progress | None = None, passphrase: str | None = None
    ) -> ho.ExportResult:
        from storage import handover as ho

        return ho.export_handover(self._s.store, out, progress=progress, passphrase=passphrase)


def import_handover(
    vault: Vault,
    path: Path,
    passphrase: str,
    password: str,
    *,
    password_only: bool = False,
    initial_settings: dict[str, Any] | None = None,
    progress: Progress | None = None,
) -> ho.ImportResult:
    """A new store in ``vault`` from a handover file (the wizard's alternative, the CLI)."""
    from storage import handover as ho

    return ho.import_handover(
        vault,
        path,
        passphrase,
        password,
        password_only=password_only,
        initial_settings=initial_settings,
        progress=progress,
    )


def inspect_handover(path: Path, passphrase: str, *, progress: Progress | None = None) -> Manifest:
    from storage import handover as ho

    return ho.inspect_handover(path, passphrase, progress=progress)


class BackupService:
    """Encrypted backups: now, list, check, restore, the automatic backup's status."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def folder(self) -> Path:
        from storage import backup as bk

        return bk.backup_folder(self._s.store)

    def set_folder(self, folder: Path | None) -> Change:
        from storage import backup as bk

        bk.set_backup_folder(self._s.store, folder)
        change = Change.of("backup")
        self._s.record(change)
        return change

    def status(self, now: datetime | None = None) -> bk.BackupStatus:
        from storage import backup as bk

        return bk.backup_status(self._s.store, now)

    def due(self) -> bool:
        from storage import backup as bk

        return bk.backup_due(self._s.store)

    def list(self, folder: Path | None = None) -> list[bk.BackupEntry]:
        from storage import backup as bk

        if folder is None:
            return bk.list_backups(self._s.store)
        return bk.list_backups_in(folder, self._s.store.store_id)

    def create(
        self,
        *,
        folder: Path | None = None,
        progress: Progress | None = None,
        reason: str = "handmatig",
    ) -> bk.BackupEntry:
        from storage import backup as bk

        entry = bk.create_backup(self._s.store, folder=folder, progress=progress, reason=reason)
        self._s.record(Change.of("backup"))
        return entry

    def check(self, entry: bk.BackupEntry) -> bk.BackupCheck:
        from storage import backup as bk

        return bk.inspect_backup(self._s.store, entry)

    def begin_restore(self, entry: bk.BackupEntry) -> bk.RestoreTicket:
        """On the store's own thread: audit and lock the store (the session is closed)."""
        from storage import backup as bk

        return bk.begin_restore(self._s.store, entry)

    @staticmethod
    def finish_restore(
        ticket: bk.RestoreTicket, *, progress: Progress | None = None
    ) -> bk.RestoreResult:
        """Any thread: verify the backup, keep a safety copy, swap the backup in."""
        from storage import backup as bk

        return bk.finish_restore(ticket, progress=progress)


def restore_with_password(
    vault: Vault, backup_dir: Path, password: str, *, progress: Progress | None = None
) -> bk.RestoreResult:
    """``baken restore``: unlock with the password and restore ``backup_dir`` over it."""
    from storage import backup as bk

    return bk.restore_with_password(vault, backup_dir, password, progress=progress)


def maybe_auto_backup(session: Session) -> bk.BackupEntry | None:
    from storage import backup as bk

    return bk.maybe_auto_backup(session.store)


class TransferService:
    """Sending dossiers to a colleague (export) and merging a received package."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def export(
        self,
        dossier_refs: Sequence[str],
        out: Path,
        *,
        progress: Progress | None = None,
        passphrase: str | None = None,
    ) -> tr.TransferResult:
        from storage import transfer as tr

        return tr.export_transfer(
            self._s.store, dossier_refs, out, progress=progress, passphrase=passphrase
        )

    def plan_merge(
        self, path: Path, passphrase: str, *, progress: Progress | None = None
    ) -> tr.MergePlan:
        from storage import transfer as tr

        return tr.plan_merge(self._s.store, path, passphrase, progress=progress)

    def apply_merge(
        self, plan: tr.MergePlan, resolutions: dict[tuple[str, str], str] | None = None
    ) -> tr.MergeSummary:
        from storage import transfer as tr

        summary = tr.apply_merge(self._s.store, plan, resolutions)
        dossiers = tuple(str(d) for d in plan.manifest.extra.get("dossiers", []))
        self._s.record(Change.of(*ALL_DATA, ids=dossiers))
        return summary


# Types the UI needs by name (re-exported: nothing above desktop/ imports storage/),
# looked up when first asked for, so importing this module stays light (see above).
_BACKUP_NAMES = ("BackupEntry", "BackupCheck", "BackupStatus", "RestoreResult", "RestoreTicket")
_HANDOVER_NAMES = ("ExportResult", "ImportResult", "OUT_EXISTS")
_TRANSFER_NAMES = ("MergePlan", "MergeSummary", "TransferResult", "Conflict", "KIND_CHANGED")


def __getattr__(name: str) -> Any:
    if name in _BACKUP_NAMES:
        from storage import backup

        return getattr(backup, name)
    if name in _HANDOVER_NAMES:
        from storage import handover

        return getattr(handover, name)
    if name in _TRANSFER_NAMES:
        from storage import transfer

        return getattr(transfer, name)
    raise AttributeError(name)  # the usual meaning of a missing module attribute
