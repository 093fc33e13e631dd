"""LetterService: make letters from a dossier, gate them on consent, keep them and record
every disclosure; documents in the dossier.

- **Field picker** (``FieldSelection``): sections and fields of a template, the minimal set
  ticked by default; the coordinator adds only what the recipient needs.
- **Consent gate** (``check_consent``): a valid, unwithdrawn consent for one of the
  template's purposes, given for this recipient (or for any recipient where the template
  allows it, e.g. registration with CoMensha). Without one, ``make`` needs an explicit
  reason; it is stored with the letter and in the register, and the audit log records
  that a reason was given (never its text: audit details hold no values).
- **Make** renders the PDF in memory, stores it inside the encrypted store and adds a
  ``made`` row to the verstrekkingenregister, in one transaction with its audit entry.
  Printing and saving add ``printed`` / ``saved`` rows.
- **Documents**: PDF, JPEG or PNG (checked by their first bytes), at most 50 MB, kept as
  BLOBs; every view and save is audited, and a save outside the app is a disclosure.

No Qt here; the UI shows the bytes from memory.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop import messages as M
from desktop.cases import model as m
from desktop.events import Change
from desktop.letters.fields import LetterData, Letterhead, Recipient, risk_factor_labels
from desktop.letters.render import RenderedLetter, render_letter
from desktop.letters.templates import Template, get_template, load_templates
from desktop.resources import load_json
from storage import settings
from storage.audit import now_utc
from storage.errors import StoreError, ValidationError
from storage.files import atomic_write
from storage.repos import cases as cq
from storage.repos import letters as lq
from storage.repos.base import NotFoundError, new_id
from storage.schema_letters import DOCUMENT_KINDS
from storage.vault import Store

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MIN_REASON_CHARS = 10

# Settings keys (inside the encrypted store) for the letterhead.
ORG_NAME = "organisation.name"
ORG_ADDRESS = "organisation.address"
ORG_PHONE = "organisation.phone"
ORG_EMAIL = "organisation.email"
ORG_LOGO = "organisation.logo"  # base64 PNG or JPEG
SIGNER_NAME = "letters.signer_name"  # falls back to user.name
SIGNER_ROLE = "letters.signer_role"  # falls back to user.role


class ConsentRequiredError(StoreError):
    """No valid consent covers this recipient and purpose, and no reason was given."""

    exit_code = 1

    default = M.LETTERS_CONSENT_REQUIRED


# -- value types ---------------------------------------------------------------------------


@dataclass
class FieldSelection:
    """The field picker's model: which fields of a template are ticked, plus typed inputs."""

    template: Template
    ticked: set[str] = field(default_factory=set)
    inputs: dict[str, str] = field(default_factory=dict)

    @classmethod
    def defaults(cls, template: Template) -> FieldSelection:
        return cls(template, set(template.default_fields))

    def set(self, key: str, on: bool) -> None:
        if key not in self.template.field_keys:
            raise ValueError(f"unknown field {key}")
        if on:
            self.ticked.add(key)
        else:
            self.ticked.discard(key)

    def is_ticked(self, key: str) -> bool:
        return key in self.ticked

    def reset(self) -> None:
        self.ticked = set(self.template.default_fields)

    @property
    def selected(self) -> frozenset[str]:
        return frozenset(k for k in self.template.field_keys if k in self.ticked)

    @property
    def added(self) -> frozenset[str]:
        """Fields ticked beyond the minimal set."""
        return self.selected - self.template.default_fields


@dataclass(frozen=True)
class LetterRequest:
    dossier_id: str
    template: str
    recipient_org_id: str | None = None
    fields: frozenset[str] | None = None  # None = the template's default (minimal) set
    inputs: Mapping[str, str] = field(default_factory=dict)
    consent_id: str | None = None  # a specific consent; else the best valid one
    reason: str = ""  # required when no consent covers the letter


@dataclass(frozen=True)
class ConsentCheck:
    required: bool
    consents: tuple[m.Consent, ...]  # valid consents that cover the letter, newest first

    @property
    def ok(self) -> bool:
        return not self.required or bool(self.consents)

    @property
    def best(self) -> m.Consent | None:
        return self.consents[0] if self.consents else None


@dataclass(frozen=True)
class Letter:
    id: str
    dossier_id: str
    template: str
    title: str
    language: str
    recipient_org_id: str | None
    recipient_name: str
    fields: tuple[str, ...]
    consent_id: str | None
    reason: str
    pages: int
    size: int
    sha256: str
    created_at: str
    created_by: str


@dataclass(frozen=True)
class Document:
    id: str
    dossier_id: str
    kind: str
    filename: str
    mime: str
    size: int
    sha256: str
    received_on: str
    notes: str
    consent_id: str | None
    created_at: str
    created_by: str


@dataclass(frozen=True)
class Disclosure:
    id: str
    disclosed_at: str
    action: str  # made | printed | saved
    dossier_id: str
    dossier_number: str
    letter_id: str | None
    document_id: str | None
    recipient_org_id: str | None
    recipient_name: str
    template: str
    fields: tuple[str, ...]
    consent_id: str | None
    reason: str
    actor: str


def _letter(row: Mapping[str, Any]) -> Letter:
    names = {f.name for f in dataclasses.fields(Letter)}
    values = {k: v for k, v in row.items() if k in names}
    values["fields"] = tuple(json.loads(row["fields"]))
    return Letter(**values)


def _document(row: Mapping[str, Any]) -> Document:
    names = {f.name for f in dataclasses.fields(Document)}
    return Document(**{k: v for k, v in row.items() if k in names})


def _disclosure(row: Mapping[str, Any]) -> Disclosure:
    return Disclosure(
        id=row["id"],
        disclosed_at=row["disclosed_at"],
        action=row["action"],
        dossier_id=row["dossier_id"],
        dossier_number=row.get("dossier_number", ""),
        letter_id=row["letter_id"],
        document_id=row["document_id"],
        recipient_org_id=row["recipient_org_id"],
        recipient_name=row["recipient_name"],
        template=row["template"],
        fields=tuple(json.loads(row["fields"])),
        consent_id=row["consent_id"],
        reason=row["reason"],
        actor=row["created_by"],
    )


MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
)


def sniff_mime(head: bytes) -> str | None:
    """The MIME type from the file's first bytes (PDF, JPEG, PNG), else None."""
    for magic, mime, _ in MAGIC:
        if head.startswith(magic):
            return mime
    return None


def extension_for(mime: str) -> str:
    return next((ext for _, mt, ext in MAGIC if mt == mime), "bin")


def _too_large_message() -> M.Text:
    return M.DOCUMENTS_TOO_LARGE(mb=MAX_DOCUMENT_BYTES // (1024 * 1024))


# -- the service ------------------------------------------------------------------------------


class LetterService:
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
        self._cases = cq.repos(self.db)
        self._repos = lq.repos(self.db)

    # -- plumbing ------------------------------------------------------------------------
    def _audit(self, action: str, kind: str = "", object_id: str = "", details: str = "") -> None:
        self.store.audit(action, object_type=kind, object_id=object_id, details=details)

    def _changed(self, *kinds: str, ids: tuple[str, ...] = ()) -> None:
        if self.on_change is not None:
            self.on_change(Change.of(*kinds, ids=tuple(i for i in ids if i)))

    def _get(self, cls: type[Any], table: str, record_id: str) -> Any:
        row = self._cases[table].get(record_id)
        if row is None:
            raise NotFoundError()
        return m.from_row(cls, row)

    # -- templates and the field picker --------------------------------------------------
    @staticmethod
    def templates() -> tuple[Template, ...]:
        return load_templates()

    @staticmethod
    def template(name: str) -> Template:
        return get_template(name)

    @staticmethod
    def selection(name: str) -> FieldSelection:
        return FieldSelection.defaults(get_template(name))

    def recipients(self) -> list[m.Organisation]:
        """Ketenpartners that can receive a letter, by name."""
        rows = self._cases["organisations"].where({}, order_by="name COLLATE NOCASE")
        return [m.from_row(m.Organisation, r) for r in rows]

    # -- letterhead ------------------------------------------------------------------------
    def letterhead(self) -> Letterhead:
        s = settings.get_all(self.db, "")

        def text(key: str, fallback: str = "") -> str:
            v = s.get(key)
            return str(v).strip() if v else fallback

        logo: bytes | None = None
        raw_logo = s.get(ORG_LOGO)
        if isinstance(raw_logo, str) and raw_logo:
            try:
                logo = base64.b64decode(raw_logo, validate=True)
            except (binascii.Error, ValueError):
                logo = None
        return Letterhead(
            organisation=text(ORG_NAME),
            address=text(ORG_ADDRESS),
            phone=text(ORG_PHONE),
            email=text(ORG_EMAIL),
            logo=logo,
            signer_name=text(SIGNER_NAME, text("user.name")),
            signer_role=text(SIGNER_ROLE, text("user.role")),
        )

    # -- consent gate ------------------------------------------------------------------------
    def check_consent(
        self, dossier_id: str, template: str, recipient_org_id: str | None
    ) -> ConsentCheck:
        tpl = get_template(template)
        if not tpl.consent_required:
            return ConsentCheck(required=False, consents=())
        today = self.clock()
        rows = self._cases["consents"].where(
            {"dossier_id": dossier_id}, order_by="given_on DESC, created_at DESC"
        )
        covering = []
        for row in rows:
            c = m.from_row(m.Consent, row)
            if c.purpose not in tpl.purposes or not c.valid_on(today):
                continue
            for_recipient = recipient_org_id is not None and c.recipient_org_id == recipient_org_id
            for_anyone = tpl.any_recipient_consent and c.recipient_org_id is None
            if for_recipient or for_anyone:
                covering.append(c)
        return ConsentCheck(required=True, consents=tuple(covering))

    # -- building a letter ----------------------------------------------------------------
    def _data(
        self, req: LetterRequest, tpl: Template, consent: m.Consent | None, reason: str
    ) -> LetterData:
        dossier = self._get(m.Dossier, "dossiers", req.dossier_id)
        person = self._get(m.Person, "persons", dossier.person_id) if dossier.person_id else None
        safety_rows = self._cases["safety_assessments"].where(
            {"dossier_id": dossier.id}, order_by="assessed_on DESC", limit=1
        )
        safety = m.from_row(m.SafetyAssessment, safety_rows[0]) if safety_rows else None
        partner_rows = self._cases["dossier_partners"].where({"dossier_id": dossier.id})
        orgs = self._cases["organisations"].get_many(
            sorted({p["organisation_id"] for p in partner_rows})
        )
        partners = tuple(
            orgs[p["organisation_id"]]["name"] + (f" ({p['role']})" if p["role"] else "")
            for p in partner_rows
            if p["organisation_id"] in orgs
        )
        recipient = Recipient()
        if req.recipient_org_id:
            org = self._get(m.Organisation, "organisations", req.recipient_org_id)
            attn = ""
            for p in partner_rows:
                if p["organisation_id"] == org.id and p["contact_id"]:
                    contact = self._cases["contacts"].get(p["contact_id"])
                    if contact:
                        attn = contact["name"]
                        break
            if not attn:  # the address book's one contact person of this organisation
                contacts = self._cases["contacts"].where({"organisation_id": org.id}, limit=2)
                if len(contacts) == 1:
                    attn = str(contacts[0]["name"])
            # A confidential shelter address is still the delivery address of a letter.
            address = "\n".join(org.address_lines(tpl.language))
            recipient = Recipient(name=org.name, address=address, attn=attn)
        consent_recipient = ""
        if consent is not None and consent.recipient_org_id:
            org_row = self._cases["organisations"].get(consent.recipient_org_id)
            consent_recipient = org_row["name"] if org_row else ""
        return LetterData(
            dossier=dossier,
            person=person,
            letterhead=self.letterhead(),
            recipient=recipient,
            today=self.clock(),
            language=tpl.language,
            safety=safety,
            partners=partners,
            consent=consent,
            consent_recipient_name=consent_recipient,
            reason=reason,
            inputs=dict(req.inputs),
            risk_factor_labels=risk_factor_labels(load_json("signals.json"), tpl.language),
        )

    @staticmethod
    def _fields(req: LetterRequest, tpl: Template) -> frozenset[str]:
        if req.fields is None:
            return tpl.default_fields
        unknown = req.fields - set(tpl.field_keys)
        if unknown:
            raise ValidationError(M.LETTERS_FIELD_NOT_IN_TEMPLATE, "fields")
        return req.fields

    def _gate(self, req: LetterRequest, tpl: Template) -> tuple[m.Consent | None, str]:
        if tpl.recipient_required and not req.recipient_org_id:
            raise ValidationError(M.LETTERS_CHOOSE_RECIPIENT, "recipient")
        check = self.check_consent(req.dossier_id, tpl.name, req.recipient_org_id)
        if not check.required:
            return None, ""
        if req.consent_id is not None:
            chosen = next((c for c in check.consents if c.id == req.consent_id), None)
            if chosen is None:
                raise ValidationError(
                    M.LETTERS_CONSENT_INVALID,
                    "consent",
                )
            return chosen, ""
        if check.best is not None:
            return check.best, ""
        reason = " ".join(req.reason.split())
        if len(reason) < MIN_REASON_CHARS:
            raise ConsentRequiredError()
        return None, reason

    def preview(self, req: LetterRequest) -> RenderedLetter:
        """Render without keeping or disclosing anything (for the screen)."""
        tpl = get_template(req.template)
        selected = self._fields(req, tpl)
        check = self.check_consent(req.dossier_id, tpl.name, req.recipient_org_id)
        reason = " ".join(req.reason.split())
        data = self._data(req, tpl, check.best, "" if check.best else reason)
        number = data.dossier.number
        out = render_letter(tpl, data, selected, reference=f"{number}/concept")
        self._audit(
            "letter.preview",
            "dossier",
            req.dossier_id,
            f"sjabloon: {tpl.name}; velden: {len(selected)}",
        )
        return out

    def prepare(
        self, req: LetterRequest
    ) -> tuple[Template, frozenset[str], LetterData, m.Consent | None, str]:
        """Template, chosen fields and letter data after the consent gate (no side effects);
        raises ``ConsentRequiredError`` when neither a consent nor a reason covers it."""
        tpl = get_template(req.template)
        selected = self._fields(req, tpl)
        consent, reason = self._gate(req, tpl)
        return tpl, selected, self._data(req, tpl, consent, reason), consent, reason

    def make(
        self,
        req: LetterRequest,
        *,
        save_to: Path | None = None,
        write: Callable[[Path, bytes], None] | None = None,
    ) -> Letter:
        """Gate, render, keep the PDF and record the disclosure (one transaction).

        With ``save_to`` the PDF is also written there (by ``write``, default an atomic
        write) inside the same unit of work, before the commit: if the file cannot be
        written, no letter is kept and no disclosure registered; if the commit fails, the
        file is taken back.
        """
        tpl, selected, data, consent, reason = self.prepare(req)
        letter_id = new_id()
        rendered = render_letter(
            tpl, data, selected, reference=f"{data.dossier.number}/{letter_id[:6].upper()}"
        )
        fields_json = json.dumps(sorted(selected))
        digest = hashlib.sha256(rendered.pdf).hexdigest()
        now = now_utc()
        actor = self.store.actor
        how = (
            f"toestemming: {consent.id}"
            if consent
            else (
                "zonder toestemming, reden vastgelegd"
                if tpl.consent_required
                else "geen toestemming nodig"
            )
        )
        written: Path | None = None
        try:
            with self.db.transaction():
                row = self._repos["letters"].insert(
                    {
                        "dossier_id": req.dossier_id,
                        "template": tpl.name,
                        "title": tpl.title,
                        "language": tpl.language,
                        "recipient_org_id": req.recipient_org_id,
                        "recipient_name": data.recipient.name,
                        "fields": fields_json,
                        "consent_id": consent.id if consent else None,
                        "reason": reason,
                        "pages": rendered.pages,
                        "size": len(rendered.pdf),
                        "sha256": digest,
                        "pdf": rendered.pdf,
                    },
                    actor,
                    record_id=letter_id,
                    now=now,
                )
                self._disclose("made", row, now=now)
                self._audit(
                    "letter.make",
                    "letter",
                    letter_id,
                    f"dossier: {req.dossier_id}; sjabloon: {tpl.name}; "
                    f"velden: {len(selected)}; {how}",
                )
                if save_to is not None:
                    # the file first, then its registration; one commit for everything
                    (write or atomic_write)(save_to, rendered.pdf)
                    written = save_to
                    self._disclose("saved", row, now=now)
                    self._audit("letter.save", "letter", letter_id)
        except BaseException:
            if written is not None:  # the commit failed: no unregistered copy may remain
                written.unlink(missing_ok=True)
            raise
        self._changed("letter", "disclosure", ids=(letter_id, req.dossier_id))
        return _letter(row)

    def _disclose(
        self,
        action: str,
        letter: Mapping[str, Any] | None = None,
        *,
        document: Mapping[str, Any] | None = None,
        now: str | None = None,
    ) -> Disclosure:
        values: dict[str, Any] = {"disclosed_at": now or now_utc(), "action": action}
        if letter is not None:
            values.update(
                dossier_id=letter["dossier_id"],
                letter_id=letter["id"],
                recipient_org_id=letter["recipient_org_id"],
                recipient_name=letter["recipient_name"],
                template=letter["template"],
                fields=letter["fields"],
                consent_id=letter["consent_id"],
                reason=letter["reason"],
            )
        elif document is not None:
            values.update(
                dossier_id=document["dossier_id"],
                document_id=document["id"],
                consent_id=document["consent_id"],
                template="",
                fields="[]",
            )
        row = self._repos["disclosures"].insert(values, self.store.actor, now=now)
        return _disclosure(row)

    # -- kept letters ------------------------------------------------------------------------
    def letters(self, dossier_id: str) -> list[Letter]:
        return [_letter(r) for r in lq.letters_of_dossier(self.db, dossier_id)]

    def letter(self, letter_id: str) -> Letter:
        return _letter(lq.letter_meta(self.db, letter_id))

    def letter_pdf(self, letter_id: str) -> bytes:
        """The kept PDF (for the preview); audited as a view."""
        pdf = lq.letter_pdf(self.db, letter_id)
        self._audit("letter.view", "letter", letter_id)
        return pdf

    def record_print(self, letter_id: str) -> Disclosure:
        meta = lq.letter_meta(self.db, letter_id)
        with self.db.transaction():
            out = self._disclose("printed", meta)
            self._audit("letter.print", "letter", letter_id)
        self._changed("disclosure", ids=(letter_id, meta["dossier_id"]))
        return out

    def record_save(self, letter_id: str) -> Disclosure:
        """Record that the letter left the app as a file (the caller wrote it)."""
        meta = lq.letter_meta(self.db, letter_id)
        with self.db.transaction():
            out = self._disclose("saved", meta)
            self._audit("letter.save", "letter", letter_id)
        self._changed("disclosure", ids=(letter_id, meta["dossier_id"]))
        return out

    def save_letter(self, letter_id: str, path: Path) -> Disclosure:
        """Write the kept PDF (not encrypted!) to ``path`` on the user's explicit choice."""
        atomic_write(path, lq.letter_pdf(self.db, letter_id), mode=0o600)
        return self.record_save(letter_id)

    def disclosures(
        self, dossier_id: str | None = None, *, limit: int = 1000, offset: int = 0
    ) -> list[Disclosure]:
        """The verstrekkingenregister, per dossier or overall; the view is audited."""
        rows = lq.disclosures(self.db, dossier_id=dossier_id, limit=limit, offset=offset)
        if offset == 0:
            self._audit(
                "disclosure.list",
                "dossier" if dossier_id else "",
                dossier_id or "",
                f"aantal: {len(rows)}",
            )
        return [_disclosure(r) for r in rows]

    def count_disclosures(self, dossier_id: str | None = None) -> int:
        return lq.count_disclosures(self.db, dossier_id)

    # -- documents ---------------------------------------------------------------------------
    def add_document(
        self,
        dossier_id: str,
        content: bytes,
        *,
        filename: str = "",
        kind: str = "anders",
        consent_id: str | None = None,
        received_on: date | None = None,
        notes: str = "",
    ) -> Document:
        if len(content) > MAX_DOCUMENT_BYTES:
            raise ValidationError(_too_large_message(), "file")
        if not content:
            raise ValidationError(M.DOCUMENTS_EMPTY, "file")
        mime = sniff_mime(content[:16])
        if mime is None:
            raise ValidationError(M.DOCUMENTS_WRONG_TYPE, "file")
        if kind not in DOCUMENT_KINDS:
            raise ValidationError(M.DOCUMENTS_CHOOSE_KIND, "kind")
        if consent_id is not None:
            c = self._cases["consents"].get(consent_id)
            if c is None or c["dossier_id"] != dossier_id:
                raise ValidationError(M.DOCUMENTS_CONSENT_OTHER_DOSSIER, "consent")
        name = Path(filename.replace("\\", "/")).name[:255]
        with self.db.transaction():
            row = self._repos["documents"].insert(
                {
                    "dossier_id": dossier_id,
                    "kind": kind,
                    "filename": name,
                    "mime": mime,
                    "size": len(content),
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "received_on": (received_on or self.clock()).isoformat(),
                    "notes": notes,
                    "consent_id": consent_id,
                    "content": content,
                },
                self.store.actor,
            )
            self._audit(
                "document.add",
                "document",
                row["id"],
                f"dossier: {dossier_id}; soort: {kind}; type: {mime}; grootte: {len(content)}",
            )
        self._changed("document", ids=(row["id"], dossier_id))
        return _document(row)

    def add_document_file(self, dossier_id: str, path: Path, **kwargs: Any) -> Document:
        """Read a file the user chose (size checked before reading) and keep it inside."""
        try:
            size = path.stat().st_size
        except OSError:
            raise ValidationError(M.DOCUMENTS_UNREADABLE, "file") from None
        if size > MAX_DOCUMENT_BYTES:
            raise ValidationError(_too_large_message(), "file")
        try:
            content = path.read_bytes()
        except OSError:
            raise ValidationError(M.DOCUMENTS_UNREADABLE, "file") from None
        kwargs.setdefault("filename", path.name)
        return self.add_document(dossier_id, content, **kwargs)

    def documents(self, dossier_id: str) -> list[Document]:
        return [_document(r) for r in lq.documents_of_dossier(self.db, dossier_id)]

    def document(self, document_id: str) -> Document:
        return _document(lq.document_meta(self.db, document_id))

    def document_content(self, document_id: str) -> bytes:
        """The document's bytes, for showing inside the app; audited as a view."""
        content = lq.document_content(self.db, document_id)
        self._audit("document.view", "document", document_id)
        return content

    def save_document(self, document_id: str, path: Path) -> Disclosure:
        """Write the document (not encrypted!) to ``path``; audited and registered."""
        meta = lq.document_meta(self.db, document_id)
        atomic_write(path, lq.document_content(self.db, document_id), mode=0o600)
        with self.db.transaction():
            out = self._disclose("saved", document=meta)
            self._audit("document.save", "document", document_id)
        self._changed("disclosure", ids=(document_id, meta["dossier_id"]))
        return out

    # -- listings for scripts (``baken dossiers`` / ``baken organisations``) ---------------
    def dossier_index(self) -> list[dict[str, Any]]:
        """id, number, alias and status of every dossier; the listing is audited."""
        rows = lq.dossier_index(self.db)
        self._audit("dossier.list", "dossier", "", f"aantal: {len(rows)}; lijst voor scripts")
        return [{k: r[k] for k in ("id", "number", "alias", "status")} for r in rows]

    def organisation_index(self) -> list[dict[str, Any]]:
        """id, name and type of every ketenpartner; the listing is audited."""
        rows = lq.organisation_index(self.db)
        self._audit(
            "organisation.list", "organisation", "", f"aantal: {len(rows)}; lijst voor scripts"
        )
        return rows

    def resolve_dossier(self, id_or_number: str) -> str:
        found = lq.dossier_id_for(self.db, id_or_number.strip())
        if found is None:
            raise NotFoundError(M.DOSSIER_GONE)
        return found
