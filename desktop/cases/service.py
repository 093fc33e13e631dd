"""Case services: the one API the screens call for signals, screening, intake, dossiers,
notes, ketenpartners, consent, safety, Vandaag and search.

Every edit is validated first (``FieldErrors`` with Dutch messages per field), runs in one
transaction together with its audit entry (nothing is saved half), and is reported through
``on_change`` (one refresh path). Every view of a person, signal, meeting or dossier, every
list query (first page) and every search is audited; searches without the search term.
Audit details hold field names and counts only, never values.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from desktop import messages as M
from desktop.cases import model as m
from desktop.cases import validation as v
from desktop.events import Change
from desktop.records import RecordService
from desktop.text import isolate, join_isolated
from storage import search as fts
from storage.audit import now_utc
from storage.errors import ValidationError
from storage.repos import cases as q
from storage.repos import timeline as tl
from storage.repos.base import NotFoundError, Repo, Table
from storage.search import fold
from storage.vault import Store

R = TypeVar("R", bound=m.Record)
TIMELINE_KINDS = tl.KINDS

# record class -> (table, audit object type, validator)
_SPECS: dict[type[Any], tuple[Table, str, Callable[[Any, date], None]]] = {
    m.Person: (q.PERSONS, "person", v.validate_person),
    m.Dossier: (q.DOSSIERS, "dossier", v.validate_dossier),
    m.Signal: (q.SIGNALS, "signal", v.validate_signal),
    m.ScreeningMeeting: (q.MEETINGS, "meeting", v.validate_meeting),
    m.Besluit: (q.BESLUITEN, "besluit", v.validate_besluit),
    m.Actiepunt: (q.ACTIEPUNTEN, "actiepunt", v.validate_actiepunt),
    m.Note: (q.NOTES, "note", v.validate_note),
    m.Organisation: (q.ORGANISATIONS, "organisation", v.validate_organisation),
    m.Contact: (q.CONTACTS, "contact", v.validate_contact),
    m.DossierPartner: (q.PARTNERS, "partner", v.validate_partner),
    m.Consent: (q.CONSENTS, "consent", v.validate_consent),
    m.SafetyAssessment: (q.SAFETY, "safety", v.validate_safety),
}


class CaseService(RecordService):
    """Use one instance per unlocked store, on the thread that owns ``store.db``."""

    SPECS = _SPECS

    def __init__(
        self,
        store: Store,
        *,
        on_change: Callable[[Change], None] | None = None,
        clock: Callable[[], date] = date.today,
        time_of_day: Callable[[], str] | None = None,
    ) -> None:
        self.store = store
        self.db = store.db
        self.on_change = on_change
        self.clock = clock
        self.time_of_day = time_of_day or (lambda: datetime.now().strftime("%H:%M"))
        self._repos = q.repos(self.db)
        self._mute = 0  # >0 while a batch runs: one change notification at the end

    # -- plumbing ------------------------------------------------------------------------
    @property
    def actor(self) -> str:
        return self.store.actor

    def _repo(self, table: Table) -> Repo:
        return self._repos[table.name]

    def _audit(self, action: str, kind: str = "", object_id: str = "", details: str = "") -> None:
        self.store.audit(action, object_type=kind, object_id=object_id, details=details)

    def _changed(self, *kinds: str, ids: Sequence[str] = ()) -> None:
        if self.on_change is not None and not self._mute:
            self.on_change(Change.of(*kinds, ids=tuple(i for i in ids if i)))

    def _get(self, cls: type[R], record_id: str, *, audit: bool = True) -> R:
        table, kind, _ = _SPECS[cls]
        rec = self._repo(table).get(record_id)
        if rec is None:
            raise NotFoundError()
        if audit:
            self._audit(f"{kind}.view", kind, record_id)
        return m.from_row(cls, rec)

    def _where(self, cls: type[R], order_by: str = "created_at", **conditions: Any) -> list[R]:
        table = _SPECS[cls][0]
        return [m.from_row(cls, r) for r in self._repo(table).where(conditions, order_by=order_by)]

    # -- persons ------------------------------------------------------------------------
    def create_person(self, person: m.Person) -> m.Person:
        out = self._create(person)
        self._changed("person", ids=[out.id])
        return out

    def update_person(self, person: m.Person) -> m.Person:
        out = self._update(person)
        self._changed("person", "dossier", ids=[out.id])
        return out

    def get_person(self, person_id: str) -> m.Person:
        return self._get(m.Person, person_id)

    def dossiers_of_person(self, person_id: str) -> list[m.DossierRow]:
        self._audit("person.dossiers", "person", person_id)
        rows = q.dossier_page(
            self.db, {"person_id": person_id}, sort="opened_on", descending=True, limit=1000
        )
        return [m.dossier_row(r) for r in rows]

    # -- dossiers -----------------------------------------------------------------------
    def _dossier_defaults(self, d: m.Dossier) -> m.Dossier:
        changes: dict[str, Any] = {}
        if d.opened_on is None:
            changes["opened_on"] = self.clock()
        if d.bedenktijd_start is not None and d.bedenktijd_end is None:
            # an impossible start is reported by validation
            with contextlib.suppress(ValueError, OverflowError, TypeError, AttributeError):
                changes["bedenktijd_end"] = v.add_months(d.bedenktijd_start, 3)
        return dataclasses.replace(d, **changes) if changes else d

    def create_dossier(self, dossier: m.Dossier, person: m.Person | None = None) -> m.Dossier:
        """Create a dossier (number assigned when empty; opened today by default; bedenktijd
        end = start + 3 months by default). With a new ``person`` (no id), the person is
        created in the same transaction and linked."""
        d = self._dossier_defaults(dossier)
        with self.db.transaction():
            if person is not None:
                p = person if person.id else self._create(person)
                d = dataclasses.replace(d, person_id=p.id)
            if not d.number:
                prefix = f"{(d.opened_on or self.clock()).year}-"
                d = dataclasses.replace(d, number=q.next_dossier_number(self.db, prefix))
            out = self._create(d)
        self._changed("dossier", "person", ids=[out.id, out.person_id or ""])
        return out

    def update_dossier(self, dossier: m.Dossier) -> m.Dossier:
        out = self._update(self._dossier_defaults(dossier))
        self._changed("dossier", ids=[out.id])
        return out

    def save_person_and_dossier(
        self, person: m.Person, dossier: m.Dossier
    ) -> tuple[m.Person, m.Dossier]:
        """An existing dossier and its person in one transaction (the intake form): the
        person updated, or created and linked when the form names one for the first time.
        Returns both as stored (the person unchanged when there is none)."""
        with self.db.transaction():
            target = dossier
            if person.id:
                person = self.update_person(person)
            elif any((person.first_name, person.last_name, person.alias)):
                person = self.create_person(person)
                target = dataclasses.replace(dossier, person_id=person.id)
            return person, self.update_dossier(target)

    def set_phase(self, dossier_id: str, phase: str) -> m.Dossier:
        """Move along the phase strip (use ``close_dossier`` to close)."""
        if phase == "afgesloten":
            raise ValidationError(M.CASES_CLOSE_WITH_REASON, "phase")
        d = self._get(m.Dossier, dossier_id, audit=False)
        status = "lopend" if d.status == "gesloten" else d.status
        out = self._update(dataclasses.replace(d, phase=phase, status=status), action="phase")
        self._changed("dossier", ids=[out.id])
        return out

    def close_dossier(self, dossier_id: str, closed_on: date | None, reason: str) -> m.Dossier:
        d = self._get(m.Dossier, dossier_id, audit=False)
        out = self._update(
            dataclasses.replace(
                d, phase="afgesloten", status="gesloten", closed_on=closed_on, close_reason=reason
            ),
            action="close",
        )
        self._changed("dossier", ids=[out.id])
        return out

    def get_dossier(self, dossier_id: str) -> m.Dossier:
        return self._get(m.Dossier, dossier_id)

    def open_dossier(self, dossier_id: str, *, timeline_limit: int = 200) -> m.DossierView:
        """Everything for the dossier screen; one audit entry ``dossier.view``."""
        d = self._get(m.Dossier, dossier_id)
        person = self._get(m.Person, d.person_id, audit=False) if d.person_id else None
        notes = self._timeline(dossier_id, timeline_limit, None)
        return m.DossierView(
            dossier=d,
            person=person,
            signals=self._where(m.Signal, "received_on", dossier_id=dossier_id),
            consents=self._where(m.Consent, "given_on", dossier_id=dossier_id),
            safety=self._where(m.SafetyAssessment, "assessed_on DESC", dossier_id=dossier_id),
            partners=self._where(m.DossierPartner, dossier_id=dossier_id),
            actions=[m.from_row(m.Actiepunt, r) for r in q.dossier_actions(self.db, dossier_id)],
            timeline=notes,
            timeline_total=q.note_count(self.db, dossier_id),
            entries=self._entries(
                dossier_id, TIMELINE_KINDS, timeline_limit, None, known={n.id: n for n in notes}
            ),
            entries_total=tl.count(self.db, dossier_id),
        )

    @staticmethod
    def _filters(query: m.DossierQuery, today: date) -> dict[str, Any]:
        f: dict[str, Any] = {
            "status": query.status,
            "phase": query.phase,
            "form": query.form,
            "owner": query.owner,
            "exclude_status": "gesloten" if query.open_only else None,
            "text": query.text.strip() or None,
        }
        if query.bedenktijd_within_days is not None:
            f["bedenktijd_from"] = today.isoformat()
            f["bedenktijd_until"] = (
                today + timedelta(days=query.bedenktijd_within_days)
            ).isoformat()
        return f

    def list_dossiers(
        self,
        query: m.DossierQuery = m.DossierQuery(),  # noqa: B008 - frozen dataclass
        *,
        limit: int = 100,
        after: tuple[Any, str] | None = None,
        offset: int = 0,
    ) -> m.DossierPage:
        """One page of the dossier list. For a lazy Qt model: call with ``after=None`` for
        the first page, then ``after=page.after`` in ``fetchMore`` until ``page.after`` is
        None. The first page of each query is audited (``dossier.list``)."""
        if query.sort not in q.SORT_KEYS:
            raise ValidationError(M.CASES_UNKNOWN_SORT, "sort")
        rows = q.dossier_page(
            self.db,
            self._filters(query, self.clock()),
            sort=query.sort,
            descending=query.descending,
            limit=limit,
            after=after,
            offset=offset,
        )
        if after is None and offset == 0:
            self._audit("dossier.list", "dossier", details=f"{len(rows)} regels")
        out = [m.dossier_row(r) for r in rows]
        return m.DossierPage(out, out[-1].key if len(out) == limit and out else None)

    def count_dossiers(self, query: m.DossierQuery = m.DossierQuery()) -> int:  # noqa: B008
        return q.dossier_count(self.db, self._filters(query, self.clock()))

    def dossier_owners(self) -> list[str]:
        return q.dossier_owners(self.db)

    # -- signals and screening -------------------------------------------------------------
    def create_signal(self, signal: m.Signal) -> m.Signal:
        if signal.received_on is None:
            signal = dataclasses.replace(signal, received_on=self.clock())
        out = self._create(signal)
        self._changed("signal", ids=[out.id])
        return out

    def update_signal(self, signal: m.Signal) -> m.Signal:
        out = self._update(signal)
        self._changed("signal", ids=[out.id])
        return out

    def get_signal(self, signal_id: str) -> m.Signal:
        return self._get(m.Signal, signal_id)

    def link_signal(
        self, signal_id: str, *, person_id: str | None = None, dossier_id: str | None = None
    ) -> m.Signal:
        s = self._get(m.Signal, signal_id, audit=False)
        changes: dict[str, Any] = {}
        if person_id is not None:
            changes["person_id"] = person_id
        if dossier_id is not None:
            changes["dossier_id"] = dossier_id
        out = self._update(dataclasses.replace(s, **changes), action="link")
        self._changed("signal", "dossier", ids=[out.id, dossier_id or ""])
        return out

    def agenda(self) -> list[m.Signal]:
        """Signals awaiting screening (new, or more information requested), oldest first."""
        rows = q.awaiting_screening(self.db)
        self._audit("screening.agenda", "signal", details=f"{len(rows)} signalen")
        return [m.from_row(m.Signal, r) for r in rows]

    def create_meeting(self, meeting: m.ScreeningMeeting) -> m.ScreeningMeeting:
        out = self._create(meeting)
        self._changed("meeting", ids=[out.id])
        return out

    def update_meeting(self, meeting: m.ScreeningMeeting) -> m.ScreeningMeeting:
        out = self._update(meeting)
        self._changed("meeting", ids=[out.id])
        return out

    def get_meeting(self, meeting_id: str) -> m.ScreeningMeeting:
        return self._get(m.ScreeningMeeting, meeting_id)

    def list_meetings(self, limit: int = 100) -> list[m.ScreeningMeeting]:
        self._audit("meeting.list", "meeting")
        rows = self._repo(q.MEETINGS).where({}, order_by="held_on DESC", limit=limit)
        return [m.from_row(m.ScreeningMeeting, r) for r in rows]

    def record_besluit(self, besluit: m.Besluit) -> m.Besluit:
        """Record a screening decision; the signal leaves the agenda unless more
        information is needed."""
        if besluit.decided_on is None:
            besluit = dataclasses.replace(besluit, decided_on=self.clock())
        with self.db.transaction():
            signal = (
                self._get(m.Signal, besluit.signal_id, audit=False) if besluit.signal_id else None
            )
            out = self._create(besluit, details=f"besluit: {besluit.kind}")
            if signal is not None:
                status = "meer_informatie" if besluit.kind == "meer_informatie" else "besloten"
                if signal.status != status:
                    self._repo(q.SIGNALS).update(signal.id, {"status": status}, self.actor)
        self._changed("besluit", "signal", ids=[out.id, out.signal_id])
        return out

    def besluiten(
        self, *, meeting_id: str | None = None, signal_id: str | None = None
    ) -> list[m.Besluit]:
        self._audit("besluit.list", "besluit", signal_id or meeting_id or "")
        cond: dict[str, Any] = {}
        if meeting_id is not None:
            cond["meeting_id"] = meeting_id
        if signal_id is not None:
            cond["signal_id"] = signal_id
        return self._where(m.Besluit, "decided_on, created_at", **cond)

    def start_intake(
        self, signal_id: str, person: m.Person, dossier: m.Dossier | None = None
    ) -> m.Dossier:
        """After an intake besluit: create (or reuse) the person and a dossier in phase
        intake with the signal's forms and signals, and link the signal, all at once."""
        with self.db.transaction():
            s = self._get(m.Signal, signal_id, audit=False)
            base = dossier or m.Dossier(phase="intake", owner=self.actor)
            base = dataclasses.replace(
                base,
                forms=base.forms or s.forms,
                signal_keys=base.signal_keys or s.signal_keys,
            )
            d = self.create_dossier(base, person)
            self._repo(q.SIGNALS).update(
                s.id, {"person_id": d.person_id, "dossier_id": d.id}, self.actor
            )
            self._audit("signal.link", "signal", s.id, "velden: dossier_id,person_id")
        self._changed("signal", "dossier", "person", ids=[s.id, d.id])
        return d

    def import_records(
        self,
        items: Sequence[tuple[m.Person, m.Dossier, m.Signal | None, str]],
        *,
        source: str = "csv",
    ) -> list[m.Dossier]:
        """Create (person, dossier, signal, note text) tuples all at once, or nothing."""
        out: list[m.Dossier] = []
        self._mute += 1
        try:
            self._import(items, source, out)
        finally:
            self._mute -= 1
        self._changed("dossier", "person", "signal", "note")
        return out

    def _import(
        self,
        items: Sequence[tuple[m.Person, m.Dossier, m.Signal | None, str]],
        source: str,
        out: list[m.Dossier],
    ) -> None:
        with self.db.transaction():
            for person, dossier, signal, note in items:
                d = self.create_dossier(dossier, person)
                if signal is not None:
                    self._create(
                        dataclasses.replace(signal, person_id=d.person_id, dossier_id=d.id)
                    )
                if note:
                    self._create(m.Note(dossier_id=d.id, occurred_on=d.opened_on, text=note))
                out.append(d)
            self._audit("import", "dossier", details=f"{source}: {len(out)} dossiers")

    # -- actiepunten ---------------------------------------------------------------------
    def _action_dossier(self, a: m.Actiepunt) -> str:
        """The dossier an action point shows in: its own, or its signal's once the signal
        became a dossier."""
        if a.dossier_id:
            return a.dossier_id
        if a.signal_id:
            s = self._repo(q.SIGNALS).get(a.signal_id)
            if s is not None:
                return str(s["dossier_id"] or "")
        return ""

    def add_actiepunt(self, action: m.Actiepunt) -> m.Actiepunt:
        out = self._create(action)
        self._changed("actiepunt", ids=[out.id, self._action_dossier(out)])
        return out

    def update_actiepunt(self, action: m.Actiepunt) -> m.Actiepunt:
        out = self._update(action)
        self._changed("actiepunt", ids=[out.id, self._action_dossier(out)])
        return out

    def complete_actiepunt(self, action_id: str, done_on: date | None = None) -> m.Actiepunt:
        a = self._get(m.Actiepunt, action_id, audit=False)
        return self.update_actiepunt(dataclasses.replace(a, done_on=done_on or self.clock()))

    def actiepunten(
        self,
        *,
        dossier_id: str | None = None,
        meeting_id: str | None = None,
        signal_id: str | None = None,
        open_only: bool = False,
    ) -> list[m.Actiepunt]:
        self._audit("actiepunt.list", "actiepunt", dossier_id or meeting_id or signal_id or "")
        cond: dict[str, Any] = {}
        for key, val in (
            ("dossier_id", dossier_id),
            ("meeting_id", meeting_id),
            ("signal_id", signal_id),
        ):
            if val is not None:
                cond[key] = val
        if open_only:
            cond["done_on"] = ""
        return self._where(m.Actiepunt, "due_on, created_at", **cond)

    # -- notes / timeline ------------------------------------------------------------------
    def add_note(self, note: m.Note) -> m.Note:
        """A new note; no date = today, and a note of today without a time gets the time
        of day now (local time)."""
        if note.occurred_on is None:
            note = dataclasses.replace(note, occurred_on=self.clock())
        if not note.occurred_at and note.occurred_on == self.clock():
            note = dataclasses.replace(note, occurred_at=self.time_of_day())
        out = self._create(note)
        self._changed("note", ids=[out.id, out.dossier_id])
        return out

    def update_note(self, note: m.Note) -> m.Note:
        """Correct a note. The version it replaces is kept (``note_history``), the correction
        is audited as ``note.revise``; the note stays in its dossier."""
        repo = self._repo(q.NOTES)
        with self.db.transaction():
            old = repo.get(note.id) if note.id else None
            if old is None:
                raise NotFoundError()
            note = dataclasses.replace(note, dossier_id=old["dossier_id"])
            row = m.to_row(note, q.NOTES.columns)
            if all(old[k] == row[k] for k in ("kind", "occurred_on", "occurred_at", "text")):
                return m.from_row(m.Note, {**old, "revisions": self._revision_count(note.id)})
            v.validate_note(note, self.clock())
            number = q.add_note_revision(
                self.db,
                note.id,
                {
                    **{k: old[k] for k in ("kind", "occurred_on", "occurred_at", "text")},
                    "written_at": old["updated_at"],
                    "written_by": old["updated_by"],
                },
                self.actor,
                now_utc(),
            )
            out = dataclasses.replace(self._update(note, action="revise"), revisions=number)
        self._changed("note", ids=[out.id, out.dossier_id])
        return out

    def _revision_count(self, note_id: str) -> int:
        return q.revision_counts(self.db, [note_id]).get(note_id, 0)

    def get_note(self, note_id: str) -> m.Note:
        """One note in full (the reading view); audited as ``note.view``."""
        note = self._get(m.Note, note_id)
        return dataclasses.replace(note, revisions=self._revision_count(note_id))

    def note_history(self, note_id: str) -> list[m.NoteRevision]:
        """The earlier versions of a note, the original first; audited as ``note.history``."""
        with self.db.transaction():
            self._get(m.Note, note_id, audit=False)
            rows = q.note_revisions(self.db, note_id)
            self._audit("note.history", "note", note_id, f"versies: {len(rows)}")
        return [
            m.NoteRevision(
                revision=i,
                kind=r["kind"],
                occurred_on=date.fromisoformat(r["occurred_on"]) if r["occurred_on"] else None,
                occurred_at=r["occurred_at"],
                text=r["text"],
                written_at=r["written_at"],
                written_by=r["written_by"],
                replaced_at=r["created_at"],
                replaced_by=r["created_by"],
            )
            for i, r in enumerate(rows, start=1)
        ]

    def delete_note(self, note_id: str) -> None:
        with self.db.transaction():
            n = self._get(m.Note, note_id, audit=False)
            self._repo(q.NOTES).delete(note_id)
            self._audit("note.delete", "note", note_id)
        self._changed("note", ids=[note_id, n.dossier_id])

    def _timeline(self, dossier_id: str, limit: int, before: m.Note | None) -> list[m.Note]:
        cursor = None
        if before is not None and before.occurred_on is not None:
            cursor = (before.occurred_on.isoformat(), before.occurred_at, before.created_at)
        rows = q.timeline(self.db, dossier_id, limit=limit, before=cursor)
        return [m.from_row(m.Note, r) for r in rows]

    def timeline(
        self, dossier_id: str, *, limit: int = 200, before: m.Note | None = None
    ) -> list[m.Note]:
        """Notes newest first; pass the last shown note as ``before`` for the next page."""
        self._audit("dossier.timeline", "dossier", dossier_id)
        return self._timeline(dossier_id, limit, before)

    def _entries(
        self,
        dossier_id: str,
        kinds: Sequence[str],
        limit: int,
        before: m.TimelineEntry | None,
        *,
        known: dict[str, m.Note] | None = None,
    ) -> list[m.TimelineEntry]:
        """``known``: notes already loaded (the dossier view's first page), reused."""
        known = known or {}
        rows = tl.entries(
            self.db, dossier_id, kinds, limit=limit, before=before.key if before else None
        )
        note_ids = [r["object_id"] for r in rows if r["kind"] == "notitie"]
        missing = [i for i in note_ids if i not in known]
        notes = self._repo(q.NOTES).get_many(missing) if missing else {}
        revised = q.revision_counts(self.db, missing)
        out = []
        for r in rows:
            note = None
            if r["kind"] == "notitie":
                note = known.get(r["object_id"])
                if note is None and r["object_id"] in notes:
                    note = m.from_row(
                        m.Note,
                        {**notes[r["object_id"]], "revisions": revised.get(r["object_id"], 0)},
                    )
            out.append(
                m.TimelineEntry(
                    kind=r["kind"],
                    day=date.fromisoformat(r["day"]) if r["day"] else None,
                    at=r["at"] or "",
                    created_at=r["created_at"],
                    object_id=r["object_id"],
                    title=r["title"] or "",
                    detail=r["detail"] or "",
                    author=r["author"] or "",
                    note=note,
                )
            )
        return out

    def timeline_entries(
        self,
        dossier_id: str,
        kinds: Sequence[str] = TIMELINE_KINDS,
        *,
        limit: int = 200,
        before: m.TimelineEntry | None = None,
    ) -> tuple[list[m.TimelineEntry], int]:
        """The tijdlijn: notes and events of the chosen kinds, newest first (pass the last
        entry shown as ``before`` for the next page), and how many there are in all.
        Audited as ``dossier.timeline`` (first page only)."""
        unknown = set(kinds) - set(TIMELINE_KINDS)
        if unknown:
            raise ValidationError(M.TIMELINE_UNKNOWN_KIND, "kinds")
        if before is None:
            self._audit("dossier.timeline", "dossier", dossier_id)
        return (
            self._entries(dossier_id, kinds, limit, before),
            tl.count(self.db, dossier_id, kinds),
        )

    # -- ketenpartners ---------------------------------------------------------------------
    def create_organisation(self, org: m.Organisation) -> m.Organisation:
        out = self._create(org)
        self._changed("organisation", ids=[out.id])
        return out

    def create_organisation_with_contact(
        self, org: m.Organisation, contact_name: str = ""
    ) -> tuple[m.Organisation, m.Contact | None]:
        """A new organisation and (when named) its first contact person, all or nothing."""
        with self.db.transaction():
            out = self.create_organisation(org)
            contact = None
            if contact_name.strip():
                contact = self.create_contact(
                    m.Contact(organisation_id=out.id, name=contact_name.strip())
                )
        return out, contact

    def update_organisation(self, org: m.Organisation) -> m.Organisation:
        out = self._update(org)
        self._changed("organisation", ids=[out.id])
        return out

    def get_organisation(self, org_id: str) -> m.Organisation:
        return self._get(m.Organisation, org_id, audit=False)

    def organisations(self) -> list[m.Organisation]:
        return self._where(m.Organisation, "name COLLATE NOCASE")

    def create_contact(self, contact: m.Contact) -> m.Contact:
        out = self._create(contact)
        self._changed("contact", ids=[out.id, out.organisation_id])
        return out

    def update_contact(self, contact: m.Contact) -> m.Contact:
        out = self._update(contact)
        self._changed("contact", ids=[out.id, out.organisation_id])
        return out

    def contacts(self, organisation_id: str) -> list[m.Contact]:
        return self._where(m.Contact, "name COLLATE NOCASE", organisation_id=organisation_id)

    def all_contacts(self) -> list[m.Contact]:
        """Every contact person (the address book's search covers them)."""
        return self._where(m.Contact, "name COLLATE NOCASE")

    def delete_organisation(self, org_id: str) -> None:
        """Remove an organisation from the address book with its contacts and shelter
        profile; refused while a dossier or a placement refers to it."""
        with self.db.transaction():
            self._get(m.Organisation, org_id, audit=False)
            usage = q.organisation_usage(self.db, org_id)
            if usage["partners"] or usage["placements"]:
                raise ValidationError(
                    M.ORG_IN_USE,
                    "organisation_id",
                    partners=usage["partners"],
                    placements=usage["placements"],
                )
            self._repo(q.ORGANISATIONS).delete(org_id)
            self._audit("organisation.delete", "organisation", org_id)
        self._changed("organisation", "contact", "care", ids=[org_id])

    def delete_contact(self, contact_id: str) -> None:
        with self.db.transaction():
            ct = self._get(m.Contact, contact_id, audit=False)
            self._repo(q.CONTACTS).delete(contact_id)
            self._audit("contact.delete", "contact", contact_id)
        self._changed("contact", ids=[contact_id, ct.organisation_id])

    def add_partner(self, partner: m.DossierPartner) -> m.DossierPartner:
        out = self._create(partner)
        self._changed("partner", ids=[out.id, out.dossier_id])
        return out

    def remove_partner(self, partner_id: str) -> None:
        with self.db.transaction():
            p = self._get(m.DossierPartner, partner_id, audit=False)
            self._repo(q.PARTNERS).delete(partner_id)
            self._audit("partner.delete", "partner", partner_id)
        self._changed("partner", ids=[partner_id, p.dossier_id])

    def partners(self, dossier_id: str) -> list[m.DossierPartner]:
        self._audit("partner.list", "dossier", dossier_id)
        return self._where(m.DossierPartner, dossier_id=dossier_id)

    # -- consent -------------------------------------------------------------------------
    def add_consent(self, consent: m.Consent) -> m.Consent:
        out = self._create(consent, details=f"doel: {consent.purpose}")
        self._changed("consent", ids=[out.id, out.dossier_id])
        return out

    def update_consent(self, consent: m.Consent) -> m.Consent:
        out = self._update(consent)
        self._changed("consent", ids=[out.id, out.dossier_id])
        return out

    def withdraw_consent(self, consent_id: str, on: date | None = None) -> m.Consent:
        c = self._get(m.Consent, consent_id, audit=False)
        out = self._update(
            dataclasses.replace(c, withdrawn_on=on or self.clock()), action="withdraw"
        )
        self._changed("consent", ids=[out.id, out.dossier_id])
        return out

    def consents(self, dossier_id: str) -> list[m.Consent]:
        self._audit("consent.list", "dossier", dossier_id)
        return self._where(m.Consent, "given_on", dossier_id=dossier_id)

    def valid_consents(
        self,
        dossier_id: str,
        purpose: str,
        *,
        recipient_org_id: str | None = None,
        on: date | None = None,
    ) -> list[m.Consent]:
        """Consents valid on ``on`` (today) for ``purpose`` (and recipient organisation,
        when given) — for later checks before anything leaves the app."""
        day = on or self.clock()
        return [
            c
            for c in self.consents(dossier_id)
            if c.purpose == purpose
            and c.valid_on(day)
            and (recipient_org_id is None or c.recipient_org_id == recipient_org_id)
        ]

    # -- safety --------------------------------------------------------------------------
    def add_safety_assessment(self, assessment: m.SafetyAssessment) -> m.SafetyAssessment:
        if assessment.assessed_on is None:
            assessment = dataclasses.replace(assessment, assessed_on=self.clock())
        out = self._create(assessment, details=f"niveau: {assessment.level}")
        self._changed("safety", ids=[out.id, out.dossier_id])
        return out

    def safety_assessments(self, dossier_id: str) -> list[m.SafetyAssessment]:
        self._audit("safety.list", "dossier", dossier_id)
        return self._where(m.SafetyAssessment, "assessed_on DESC", dossier_id=dossier_id)

    # -- Vandaag ---------------------------------------------------------------------------
    def today(self, *, upcoming_days: int = 7, bedenktijd_days: int = 14) -> m.Today:
        """The home screen: overdue and upcoming actiepunten, follow-ups due, bedenktijd
        ending within ``bedenktijd_days``, signals awaiting screening."""
        day = self.clock()
        iso = day.isoformat()
        overdue_rows = q.open_actions_due(self.db, before=iso, from_=None)
        upcoming_rows = q.open_actions_due(
            self.db, before=(day + timedelta(days=upcoming_days + 1)).isoformat(), from_=iso
        )

        def act(r: dict[str, Any]) -> m.TodayAction:
            return m.TodayAction(**{**r, "due_on": date.fromisoformat(r["due_on"])})

        overdue = [act(r) for r in overdue_rows]
        upcoming = [act(r) for r in upcoming_rows]
        follow = [a for a in overdue + upcoming if a.kind == "opvolging" and a.due_on <= day]
        ending = q.bedenktijd_ending(
            self.db, iso, (day + timedelta(days=bedenktijd_days)).isoformat()
        )
        awaiting = [m.from_row(m.Signal, r) for r in q.awaiting_screening(self.db)]
        self._audit("today.view")
        return m.Today(
            day=day,
            overdue=[a for a in overdue if a.kind != "opvolging"],
            upcoming=[a for a in upcoming if a.kind != "opvolging" or a.due_on > day],
            follow_ups=follow,
            bedenktijd_ending=[m.dossier_row(r) for r in ending],
            awaiting_screening=awaiting,
        )

    # -- search --------------------------------------------------------------------------
    def search(self, text: str, *, limit: int = 10) -> m.SearchResults:
        """As-you-type search in persons, dossiers and notes (diacritics folded, every word
        a prefix). Audited as ``search`` with the number of hits, never the term."""
        match = fts.fts_query(text)
        if match is None:
            return m.SearchResults()
        words = [fold(w) for w in fts.words(text)]
        name_hits = fts.name_hits(self.db, match, 3 * limit)
        note_hits = fts.search_notes_typed(self.db, text, limit)
        # Ranked on the raw name fields first; only the hits shown get a composed line.
        persons = _best(
            [h for h in name_hits if isinstance(h, fts.PersonHit)], words, limit, _person_text
        )
        dossiers = _best(
            [h for h in name_hits if isinstance(h, fts.DossierHit)], words, limit, _dossier_text
        )
        results = m.SearchResults(
            [_person_hit(h) for h in persons],
            [_dossier_hit(h) for h in dossiers],
            [
                m.SearchHit("note", nid, f"{number} · {occurred}", excerpt(body, words), did)
                for nid, did, occurred, body, number in note_hits
            ],
        )
        with self.db.relaxed_sync():  # no fsync per keystroke (see Database.relaxed_sync)
            self._audit("search", details=f"{len(results.all)} treffers")
        return results


H = TypeVar("H", fts.PersonHit, fts.DossierHit)


def _person_text(hit: fts.PersonHit) -> str:
    return f"{hit.first_name} {hit.last_name} {hit.alias}"


def _dossier_text(hit: fts.DossierHit) -> str:
    return f"{hit.number} {hit.person_name}"


def _person_hit(hit: fts.PersonHit) -> m.SearchHit:
    """A person's result line: the name (user text isolated for bidi; plain Latin stays as
    it is) and the alias after it when it differs; the birth year goes as a number (the UI
    writes it in the user's language)."""
    name = join_isolated((hit.first_name.strip(), hit.last_name.strip()))
    full = f"{hit.first_name} {hit.last_name}".strip()
    title = (name or isolate(hit.alias)) + (
        f" ({isolate(hit.alias)})" if hit.alias and full and hit.alias != full else ""
    )
    return m.SearchHit("person", hit.id, title, "", hit.latest_dossier_id, born=hit.born)


def _dossier_hit(hit: fts.DossierHit) -> m.SearchHit:
    title = f"{hit.number} — {isolate(hit.person_name)}".rstrip(" —")
    return m.SearchHit("dossier", hit.id, title, "", hit.id, phase=hit.phase)


def _best(hits: list[H], words: Sequence[str], limit: int, text: Callable[[H], str]) -> list[H]:
    """Whole-word matches before prefix matches; otherwise keep the order (newest first).
    Scored on the text each hit was found by (its name fields, not the composed title
    with its dash and bidi isolates)."""
    scored = []
    for i, hit in enumerate(hits):
        found = fold(text(hit))
        scored.append((-sum(fts.word_at(found, w, whole=True) for w in words), i, hit))
    scored.sort()
    return [hit for _score, _i, hit in scored[:limit]]


def excerpt(text: str, words: Sequence[str], width: int = 90) -> str:
    """A one-line piece of ``text`` around the first word that matches a prefix."""
    flat = " ".join(text.split())
    folded = fold(flat)
    pos = -1
    if len(folded) == len(flat):
        for w in words:
            i = folded.find(fold(w))
            if i >= 0 and (pos < 0 or i < pos):
                pos = i
    start = max(0, pos - width // 3) if pos >= 0 else 0
    piece = flat[start : start + width]
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(flat) else "")
