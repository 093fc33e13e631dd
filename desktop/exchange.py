"""Secure exchange between stores without a server (issue 17): identity, contacts, packages.

Every store has an age X25519 identity (encryption, via ``pyrage``) and an Ed25519 key
(signatures, via ``cryptography``); the secret keys stay inside the encrypted store. Two
colleagues exchange contact cards once and compare the fingerprint on the phone; after that
a package holding dossiers (or signals) is signed by the sender and encrypted to the
recipient and the sender, and can travel through any shared folder, stick or e-mail.

Package (format in docs/uitwisselen.md): an age file whose plaintext is a ZIP with
``manifest.json`` (format version, package id, time, sender and recipient fingerprints and
keys, kind, counts, SHA-256 of the payload), ``payload.json`` (the records as the case
transfer carries them) and ``signature.ed25519`` (Ed25519 over the exact bytes of
``manifest.json``: sign-then-encrypt, with the recipient named inside the signed part so a
recipient cannot re-encrypt it and pass it on as if it were meant for someone else).

Use one ``ExchangeService`` per unlocked store, on the thread that owns ``store.db``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import secrets
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pyrage import x25519

from desktop import messages as XM
from desktop.events import Change
from storage import audit, settings, transfer
from storage import exchange as xq
from storage import messages as M
from storage.container import KIND_TRANSFER, Manifest, fsync_file, remove_quietly
from storage.db import Database
from storage.errors import StoreError, StoreIOError, ValidationError, io_message
from storage.files import fsync_dir
from storage.messages import Msg, Param
from storage.migrations import latest_version
from storage.repos.letters import repos as letter_repos
from storage.vault import Store

CARD_FORMAT = "baken-contactkaart"
PACKAGE_FORMAT = "baken-pakket"
FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".baken-pakket"
KEY_SUFFIX = ".baken-sleutel"
KIND_DOSSIERS = "dossiers"
KIND_SIGNALS = "signalen"
KIND_HANDOVER_KEY = "overdrachtssleutel"
KINDS = (KIND_DOSSIERS, KIND_SIGNALS, KIND_HANDOVER_KEY)
MANIFEST_NAME = "manifest.json"
PAYLOAD_NAME = "payload.json"
SIGNATURE_NAME = "signature.ed25519"
MAX_PACKAGE_BYTES = 1 << 30  # refuse anything larger before reading it
MAX_PAYLOAD_BYTES = 4 << 30
DISCLOSURE_TEMPLATE = "uitwisselpakket"  # marks exchange rows in the verstrekkingenregister
SHARING_PURPOSE = "delen_gegevens"
FINGERPRINT_GROUPS = 8  # 8 groups of 5 digits (~133 bits)

# Why a package was refused (``PackageRefused.reason``); stable codes for tests and the UI.
NOT_ADDRESSED = "niet_voor_deze_opslag"
UNKNOWN_SENDER = "onbekende_afzender"
UNVERIFIED_SENDER = "niet_geverifieerde_afzender"
BAD_SIGNATURE = "ongeldige_handtekening"
DAMAGED = "beschadigd"
REPLAY = "al_ontvangen"
NEWER = "nieuwere_versie"
CONFLICTS = "conflicten"

_MESSAGES = {
    NOT_ADDRESSED: XM.X_NOT_ADDRESSED,
    UNKNOWN_SENDER: XM.X_UNKNOWN_SENDER,
    UNVERIFIED_SENDER: XM.X_UNVERIFIED_SENDER,
    BAD_SIGNATURE: XM.X_BAD_SIGNATURE,
    DAMAGED: XM.X_DAMAGED,
    REPLAY: XM.X_REPLAY,
    NEWER: XM.X_NEWER,
    CONFLICTS: XM.X_CONFLICTS,
}


class PackageRefused(StoreError):
    """A package was not accepted; nothing in the store changed (exit 1)."""

    def __init__(self, reason: str, message: Msg | None = None, /, **params: Param) -> None:
        self.reason = reason
        super().__init__(message or _MESSAGES[reason], **params)


class FingerprintMismatch(StoreError):
    """The fingerprint given does not match the card; nothing was added (exit 1)."""

    default = XM.X_FINGERPRINT_MISMATCH


class SharingNotCovered(StoreError):
    """No valid consent covers sharing with this contact and no reason was given (exit 1)."""


# --- keys and fingerprints --------------------------------------------------------------


def fingerprint(age_recipient: str, sign_public: bytes) -> str:
    """A readable code over both public keys: 8 groups of 5 digits (like Signal's)."""
    h = hashlib.sha512(
        b"baken-vingerafdruk-v1\x00" + age_recipient.encode("ascii") + b"\x00" + sign_public
    ).digest()
    groups = [int.from_bytes(h[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(8)]
    return " ".join(f"{g:05d}" for g in groups)


def normalize_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != 5 * FINGERPRINT_GROUPS or len(text) > 200:
        raise ValidationError(XM.X_FINGERPRINT_FORMAT, "fingerprint")
    return " ".join(digits[i : i + 5] for i in range(0, len(digits), 5))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    out = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(out) != size:
        raise ValueError("wrong size")
    return out


def _public_raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


# --- cards ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    """A contact card: who, and their public keys. Never a secret."""

    store_id: str
    name: str
    organisation: str
    role: str
    age_recipient: str
    sign_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.sign_public)

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": CARD_FORMAT,
                "format_version": FORMAT_VERSION,
                "store_id": self.store_id,
                "name": self.name,
                "organisation": self.organisation,
                "role": self.role,
                "age_recipient": self.age_recipient,
                "ed25519_public": _b64(self.sign_public),
                "fingerprint": self.fingerprint,
            },
            indent=2,
            ensure_ascii=False,
            sort_keys=True,
        )


def parse_card(text: str) -> Card:
    """A card from its JSON text; ``ValidationError`` (exit 2) when it is not a valid card."""
    bad = ValidationError(XM.X_BAD_CARD, "card")
    try:
        d = json.loads(text)
        if not isinstance(d, dict) or d.get("format") != CARD_FORMAT:
            raise bad
        if int(d["format_version"]) > FORMAT_VERSION:
            raise ValidationError(XM.X_NEWER_CARD, "card")
        card = Card(
            store_id=str(uuid.UUID(str(d["store_id"]))),
            name=str(d.get("name", ""))[:200],
            organisation=str(d.get("organisation", ""))[:200],
            role=str(d.get("role", ""))[:200],
            age_recipient=str(d["age_recipient"]),
            sign_public=_unb64(d["ed25519_public"], 32),
        )
        x25519.Recipient.from_str(card.age_recipient)
        Ed25519PublicKey.from_public_bytes(card.sign_public)
    except ValidationError:
        raise
    except Exception:  # malformed JSON, key or field: one Dutch message, no details
        raise bad from None
    if "fingerprint" in d and str(d["fingerprint"]) != card.fingerprint:
        raise bad  # the card's own fingerprint does not match its keys: damaged or edited
    return card


def read_card(path: Path) -> Card:
    """A card from a file (``ValidationError`` when unreadable or not a card)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise ValidationError(XM.X_CARD_UNREADABLE, "card") from None
    return parse_card(text)


# --- values returned --------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    organisation: str
    role: str
    organisation_id: str | None
    fingerprint: str
    status: str
    verified_at: str
    pending_fingerprint: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "organisation": self.organisation,
            "role": self.role,
            "organisation_id": self.organisation_id,
            "fingerprint": self.fingerprint,
            "status": self.status,
            "verified_at": self.verified_at,
            **(
                {"pending_fingerprint": self.pending_fingerprint}
                if self.pending_fingerprint
                else {}
            ),
        }


def _contact(row: dict[str, Any]) -> Contact:
    pending = ""
    if row["pending_card"]:
        pending = parse_card(row["pending_card"]).fingerprint
    return Contact(
        id=row["id"],
        name=row["name"],
        organisation=row["organisation"],
        role=row["role"],
        organisation_id=row["organisation_id"],
        fingerprint=row["fingerprint"],
        status=row["status"],
        verified_at=row["verified_at"],
        pending_fingerprint=pending,
    )


@dataclass(frozen=True)
class AddResult:
    contact: Contact
    created: bool  # False: an existing contact was (re)verified or updated


@dataclass(frozen=True)
class Sent:
    package_id: str
    path: Path
    contact: Contact
    counts: dict[str, int]
    dossiers: tuple[str, ...]
    signals: tuple[str, ...]
    consents: dict[str, str | None]  # dossier id -> consent id (None: sent with a reason)


@dataclass
class Incoming:
    """A verified package, not yet applied (see ``ExchangeService.open_package``)."""

    path: Path
    manifest: dict[str, Any]
    sender: Contact
    plan: transfer.MergePlan
    payload_sha256: str

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def counts(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.manifest["counts"].items()}

    def dossiers_preview(self) -> list[tuple[str, str, str]]:
        """(number, person name, "nieuw"/"bijgewerkt"/"conflict") per dossier in the
        package, for the screen that shows what a package holds before it is applied."""
        conflicted = {c.record_id for c in self.plan.conflicts if c.table == transfer.ROOT_TABLE}
        out = []
        for what, items in (("nieuw", self.plan.add), ("bijgewerkt", self.plan.update)):
            for table, row in items:
                if table == transfer.ROOT_TABLE and str(row.get("id")) not in conflicted:
                    out.append((str(row.get("number", "")), str(row.get("person_name", "")), what))
        seen = set()
        for c in self.plan.conflicts:
            if c.table == transfer.ROOT_TABLE and c.record_id not in seen:
                seen.add(c.record_id)  # one line per dossier, also with several conflicts
                row = c.incoming
                out.append(
                    (str(row.get("number", "")), str(row.get("person_name", "")), "conflict")
                )
        return sorted(out)


@dataclass(frozen=True)
class Received:
    package_id: str
    sender: Contact
    kind: str
    counts: dict[str, int]
    summary: transfer.MergeSummary
    dossiers: tuple[str, ...] = field(default=())


INBOX_SETTING = "machine.exchange.inbox"
OUTBOX_SETTING = "machine.exchange.outbox"
# Aandachtsfunctionaris mode (issue 17 item 5): this store reports signals to one
# coordinator and keeps only receipts. Set once, in the first-run wizard.
MODE_SETTING = "exchange.mode"
MODE_REPORTER = "aandachtsfunctionaris"
COORDINATOR_SETTING = "exchange.coordinator"
REPORT_REASON = "melding aan de zorgcoördinator"  # fixed: the receipt holds no free text


@dataclass(frozen=True)
class Receipt:
    """What stays of a reported signal: no personal data."""

    package_id: str
    at: str  # UTC, ISO
    recipient: str  # the coordinator's name and organisation (from their card)
    signals: int


@dataclass
class InboxScan:
    pending: list[Incoming] = field(default_factory=list)
    skipped: int = 0  # for colleagues, or received before
    refused: list[tuple[Path, str]] = field(default_factory=list)  # (file, reason code)

    def by_sender(self) -> list[tuple[Contact, int]]:
        """("2 pakketten van …"): pending packages per sender, most first."""
        counts: dict[str, tuple[Contact, int]] = {}
        for inc in self.pending:
            c, n = counts.get(inc.sender.id, (inc.sender, 0))
            counts[inc.sender.id] = (c, n + 1)
        return sorted(counts.values(), key=lambda cn: (-cn[1], cn[0].name))


# --- package building and reading (no store access) -------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": _b64(bytes(value))}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) != {"$b64"}:
            raise ValueError("unexpected object")
        return _unb64(value["$b64"])
    if isinstance(value, list):
        raise ValueError("unexpected list")
    return value


def encode_payload(schema_version: int, rows: dict[str, list[dict[str, Any]]]) -> bytes:
    tables: dict[str, Any] = {}
    for table, table_rows in rows.items():
        if not table_rows:
            continue
        cols = list(table_rows[0])
        tables[table] = {
            "columns": cols,
            "rows": [[_encode(r[c]) for c in cols] for r in table_rows],
        }
    return _canonical({"schema_version": schema_version, "tables": tables})


def decode_payload(data: bytes) -> tuple[int, dict[str, tuple[list[str], list[list[Any]]]]]:
    d = json.loads(data.decode("utf-8"))
    out: dict[str, tuple[list[str], list[list[Any]]]] = {}
    for table, spec in d["tables"].items():
        cols = [str(c) for c in spec["columns"]]
        if len(set(cols)) != len(cols):
            raise ValueError("duplicate column")
        rows = []
        for r in spec["rows"]:
            if not isinstance(r, list) or len(r) != len(cols):
                raise ValueError("bad row")
            rows.append([_decode(v) for v in r])
        out[str(table)] = (cols, rows)
    return int(d["schema_version"]), out


def _zip(manifest: bytes, payload: bytes, signature: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in (
            (MANIFEST_NAME, manifest, zipfile.ZIP_STORED),
            (PAYLOAD_NAME, payload, zipfile.ZIP_DEFLATED),
            (SIGNATURE_NAME, signature, zipfile.ZIP_STORED),
        ):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data, compresslevel=1 if method == zipfile.ZIP_DEFLATED else None)
    return buf.getvalue()


def _unzip(data: bytes) -> tuple[bytes, bytes, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        if sorted(i.filename for i in infos) != sorted(
            (MANIFEST_NAME, PAYLOAD_NAME, SIGNATURE_NAME)
        ):
            raise ValueError("unexpected entries")
        if sum(i.file_size for i in infos) > MAX_PAYLOAD_BYTES:
            raise ValueError("too large")
        return z.read(MANIFEST_NAME), z.read(PAYLOAD_NAME), z.read(SIGNATURE_NAME)


def _write_temp(out: Path, data: bytes, mode: int = 0o644) -> Path:
    """Write ``data`` durably to a temporary sibling of the new file ``out`` (which must not
    exist yet); ``_commit_file`` then moves it into place, so there is never half a file.
    Packages and cards are readable by others (0644: they are encrypted or public, and a
    colleague on a shared folder must be able to read them); secrets get 0600."""
    if out.exists():
        raise StoreError(M.HANDOVER_OUT_EXISTS)
    if not out.parent.is_dir():
        raise StoreIOError(M.HANDOVER_NO_FOLDER)
    tmp = out.parent / f".{out.name}.{secrets.token_hex(6)}.tmp"  # as storage.files does
    try:
        with open(tmp, "xb") as f:
            f.write(data)
        os.chmod(tmp, mode)
        fsync_file(tmp)
    except OSError as exc:
        remove_quietly(tmp)
        raise StoreIOError(io_message(exc)) from None
    except BaseException:
        remove_quietly(tmp)
        raise
    return tmp


def _commit_file(tmp: Path, out: Path) -> None:
    try:
        if out.exists():
            raise StoreError(M.HANDOVER_OUT_EXISTS)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except OSError as exc:
        remove_quietly(tmp)
        raise StoreIOError(io_message(exc)) from None
    except BaseException:
        remove_quietly(tmp)
        raise


# --- the service ------------------------------------------------------------------------


# Table -> the change kind the views listen for (as the case service reports them).
_KIND_OF_TABLE = {
    "dossiers": "dossier",
    "persons": "person",
    "notes": "note",
    "signals": "signal",
    "organisations": "organisation",
    "consents": "consent",
    "disclosures": "disclosure",
    "letters": "letter",
    "documents": "document",
}


@dataclass(frozen=True)
class _Identity:
    store_id: str
    age: x25519.Identity
    age_recipient: str
    sign: Ed25519PrivateKey
    sign_public: bytes
    fingerprint: str


class ExchangeService:
    """Identity, contacts, sending and receiving for one unlocked store."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], date] = date.today,
        on_change: Callable[[Change], None] | None = None,
    ) -> None:
        self.store = store
        self.db: Database = store.db
        self.clock = clock
        self.on_change = on_change
        self._id: _Identity | None = None

    def _changed(self, *kinds: str, ids: Sequence[str] = ()) -> None:
        if self.on_change is not None:
            self.on_change(Change.of(*kinds, ids=tuple(i for i in ids if i)))

    # -- identity ------------------------------------------------------------------------
    def _identity(self) -> _Identity:
        if self._id is not None:
            return self._id
        sid = self.store.store_id
        row = xq.active_identity(self.db, sid)
        if row is None:
            with self.db.transaction():
                # A handover gives the successor a new store id: the predecessor's keys came
                # along in the file; they are wiped here and the successor gets their own.
                for fp in xq.retire_other_identities(self.db, sid):
                    self.store.audit(
                        "exchange.identity_retire", object_type="identity", details=f"{fp}"
                    )
                age = x25519.Identity.generate()
                sign = Ed25519PrivateKey.generate()
                recipient = str(age.to_public())
                pub = _public_raw(sign)
                fp = fingerprint(recipient, pub)
                xq.insert_identity(
                    self.db,
                    {
                        "store_id": sid,
                        "age_secret": str(age),
                        "age_recipient": recipient,
                        "sign_secret": sign.private_bytes_raw(),
                        "sign_public": pub,
                        "fingerprint": fp,
                    },
                )
                self.store.audit(
                    "exchange.identity_create", object_type="identity", object_id=sid, details=fp
                )
            row = xq.active_identity(self.db, sid)
            assert row is not None
        self._id = _Identity(
            store_id=sid,
            age=x25519.Identity.from_str(row["age_secret"]),
            age_recipient=row["age_recipient"],
            sign=Ed25519PrivateKey.from_private_bytes(bytes(row["sign_secret"])),
            sign_public=bytes(row["sign_public"]),
            fingerprint=row["fingerprint"],
        )
        return self._id

    def own_card(self) -> Card:
        ident = self._identity()
        return Card(
            store_id=ident.store_id,
            name=str(settings.get(self.db, "user.name", "") or ""),
            organisation=str(settings.get(self.db, "organisation.name", "") or ""),
            role=str(settings.get(self.db, "user.role", "") or ""),
            age_recipient=ident.age_recipient,
            sign_public=ident.sign_public,
        )

    def own_fingerprint(self) -> str:
        return self._identity().fingerprint

    def export_card(self, out: Path) -> Card:
        """Write this store's contact card (no secret) to a new file ``out``."""
        card = self.own_card()
        tmp = _write_temp(Path(out), (card.to_json() + "\n").encode("utf-8"))
        _commit_file(tmp, Path(out))
        with self.db.transaction():
            self.store.audit(
                "exchange.card_export", object_type="identity", details=card.fingerprint
            )
        return card

    def keycard_pdf(self) -> bytes:
        """The sleutelkaart (fingerprint, QR code of the card) as PDF bytes."""
        from desktop.keycard import render_keycard  # the PDF module imports this one

        return render_keycard(self.own_card(), printed=self.clock())

    def export_keycard(self, out: Path) -> Card:
        """Write the sleutelkaart PDF (no secret) to a new file ``out``."""
        card = self.own_card()
        tmp = _write_temp(Path(out), self.keycard_pdf())
        _commit_file(tmp, Path(out))
        with self.db.transaction():
            self.store.audit(
                "exchange.keycard_export", object_type="identity", details=card.fingerprint
            )
        return card

    def export_age_identity(self, out: Path) -> None:
        """Write this store's age secret key (``AGE-SECRET-KEY-1...``) to a new file (mode
        0600), so a security officer can open packages meant for a *test* store with the
        stock ``age`` tool (docs/uitwisselen.md). Audited; never needed for normal use."""
        ident = self._identity()
        row = xq.active_identity(self.db, ident.store_id)
        assert row is not None
        text = f"# Baken-uitwisselsleutel van {ident.fingerprint} (GEHEIM)\n{row['age_secret']}\n"
        tmp = _write_temp(Path(out), text.encode("ascii"), 0o600)
        try:
            with self.db.transaction():
                self.store.audit(
                    "exchange.secret_export", object_type="identity", details=ident.fingerprint
                )
        except BaseException:
            remove_quietly(tmp)
            raise
        _commit_file(tmp, Path(out))

    # -- contacts ------------------------------------------------------------------------
    def contacts(self) -> list[Contact]:
        return [_contact(r) for r in xq.contacts(self.db)]

    def contact(self, contact_id: str) -> Contact:
        row = xq.contact(self.db, contact_id)
        if row is None or row["status"] == "verwijderd":
            raise ValidationError(XM.X_NO_CONTACT, "contact")
        return _contact(row)

    def add_contact(
        self,
        card: Card,
        fingerprint_given: str | None,
        *,
        organisation_id: str | None = None,
    ) -> AddResult:
        """Add (or re-verify) a contact from its card.

        With ``fingerprint_given`` the contact is verified, but only when it matches the card
        (else ``FingerprintMismatch`` and nothing changes). Without it the card is kept
        unverified: nothing from it is accepted until ``verify_contact``. A card with other
        keys for a contact already known (same store id) never replaces the keys silently:
        unverified, it is held as pending and the contact is ``gewijzigd`` (refused) until
        verified again."""
        if card.store_id == self.store.store_id:
            raise ValidationError(XM.X_OWN_CARD, "card")
        if fingerprint_given is not None and normalize_fingerprint(fingerprint_given) != (
            card.fingerprint
        ):
            raise FingerprintMismatch
        if organisation_id is not None and not xq.organisation_exists(self.db, organisation_id):
            raise ValidationError(XM.X_NO_ORGANISATION, "organisation")
        verified = fingerprint_given is not None
        now = audit.now_utc()
        existing = xq.contact_by_store(self.db, card.store_id)
        if existing is None:
            with self.db.transaction():
                if organisation_id is None:
                    named = xq.organisation_ids_named(self.db, card.organisation)
                    organisation_id = named[0] if len(named) == 1 else None
                row = xq.insert_contact(
                    self.db,
                    {
                        "id": uuid.uuid4().hex,
                        "card_store_id": card.store_id,
                        "name": card.name,
                        "organisation": card.organisation,
                        "role": card.role,
                        "organisation_id": organisation_id,
                        "age_recipient": card.age_recipient,
                        "sign_public": card.sign_public,
                        "fingerprint": card.fingerprint,
                        "verified_at": now if verified else "",
                        "status": "geverifieerd" if verified else "ongeverifieerd",
                        "pending_card": "",
                    },
                )
                self._audit_contact("exchange.contact_add", row, verified)
            self._changed("exchange_contact", ids=(row["id"],))
            return AddResult(_contact(row), True)
        with self.db.transaction():
            same_keys = existing["fingerprint"] == card.fingerprint
            values: dict[str, Any] = {"name": card.name, "organisation": card.organisation}
            values["role"] = card.role
            if organisation_id is not None:
                values["organisation_id"] = organisation_id
            if verified:
                values.update(
                    age_recipient=card.age_recipient,
                    sign_public=card.sign_public,
                    fingerprint=card.fingerprint,
                    verified_at=now,
                    status="geverifieerd",
                    pending_card="",
                )
                action = "exchange.contact_verify" if same_keys else "exchange.contact_rekey"
            elif same_keys:
                values = {k: v for k, v in values.items() if k == "organisation_id"}
                action = ""
            else:
                values = {"status": "gewijzigd", "pending_card": card.to_json()}
                action = "exchange.contact_changed"
            row = xq.update_contact(self.db, existing["id"], values) if values else existing
            if action:
                self._audit_contact(action, row, verified, previous=existing["fingerprint"])
        self._changed("exchange_contact", ids=(row["id"],))
        return AddResult(_contact(row), False)

    def verify_contact(self, contact_id: str, fingerprint_given: str) -> Contact:
        """Verify a contact (or its pending new card) by the fingerprint read out to you."""
        row = xq.contact(self.db, contact_id)
        if row is None or row["status"] == "verwijderd":
            raise ValidationError(XM.X_NO_CONTACT, "contact")
        given = normalize_fingerprint(fingerprint_given)
        card_text = row["pending_card"]
        if card_text:
            card = parse_card(card_text)
            if given != card.fingerprint:
                raise FingerprintMismatch
            return self.add_contact(card, given).contact
        if given != row["fingerprint"]:
            raise FingerprintMismatch
        with self.db.transaction():
            row = xq.update_contact(
                self.db, contact_id, {"status": "geverifieerd", "verified_at": audit.now_utc()}
            )
            self._audit_contact("exchange.contact_verify", row, True)
        self._changed("exchange_contact", ids=(contact_id,))
        return _contact(row)

    def remove_contact(self, contact_id: str) -> Contact:
        row = xq.contact(self.db, contact_id)
        if row is None or row["status"] == "verwijderd":
            raise ValidationError(XM.X_NO_CONTACT, "contact")
        with self.db.transaction():
            row = xq.update_contact(
                self.db, contact_id, {"status": "verwijderd", "pending_card": ""}
            )
            self._audit_contact("exchange.contact_remove", row, False)
        self._changed("exchange_contact", ids=(contact_id,))
        return _contact(row)

    def _audit_contact(
        self, action: str, row: dict[str, Any], verified: bool, previous: str = ""
    ) -> None:
        details = f"vingerafdruk {row['fingerprint']}"
        if previous and previous != row["fingerprint"]:
            details += f"; vorige {previous}"
        if row["pending_card"]:
            details += "; nieuwe kaart wacht op verificatie"
        details += "; geverifieerd" if verified else ""
        self.store.audit(
            action, object_type="exchange_contact", object_id=row["id"], details=details
        )

    def require_verified(self, contact_id: str) -> Contact:
        """The contact, if it exists and is verified; else an error (exit 1/2)."""
        return _contact(self._verified(contact_id))

    def _verified(self, contact_id: str) -> dict[str, Any]:
        row = xq.contact(self.db, contact_id)
        if row is None or row["status"] == "verwijderd":
            raise ValidationError(XM.X_NO_CONTACT, "contact")
        if row["status"] != "geverifieerd":
            raise StoreError(XM.X_CONTACT_UNVERIFIED)
        return row

    # -- consent gate --------------------------------------------------------------------
    def sharing_consent(self, dossier_id: str, contact_id: str) -> str | None:
        """The id of a valid consent to share this dossier with the contact's organisation
        (purpose ``delen_gegevens``, recipient = the ketenpartner linked to the contact)."""
        row = xq.contact(self.db, contact_id)
        if row is None or not row["organisation_id"]:
            return None
        today = self.clock().isoformat()
        for c in xq.sharing_consents(self.db, dossier_id, row["organisation_id"]):
            if not c["given_on"] or c["given_on"] > today:
                continue
            if c["withdrawn_on"] and c["withdrawn_on"] <= today:
                continue
            if c["valid_until"] and c["valid_until"] < today:
                continue
            return str(c["id"])
        return None

    # -- sending -------------------------------------------------------------------------
    def send(
        self,
        contact_id: str,
        *,
        dossiers: Sequence[str] = (),
        signals: Sequence[str] = (),
        out: Path | None = None,
        outbox: Path | None = None,
        reason: str = "",
        remove_signals: bool = False,
    ) -> Sent:
        """Write one signed, encrypted package for a verified contact.

        Gate (as for letters): every dossier needs a valid consent to share with the
        contact's organisation, or ``reason`` (kept in the verstrekkingenregister and the
        package log). Every dossier sent is recorded in the verstrekkingenregister.

        ``remove_signals`` (aandachtsfunctionaris mode: signals only): once the package is
        written, the signals and the persons only they refer to leave this store, in the
        same transaction as the record of sending; the package log row stays as the receipt
        (package id, contact, time, counts — no personal data)."""
        if (out is None) == (outbox is None):
            raise ValidationError(XM.X_OUT_OR_OUTBOX, "out")
        if not dossiers and not signals:
            raise ValidationError(XM.X_NOTHING_CHOSEN, "dossier")
        if remove_signals and (dossiers or not signals):
            raise ValidationError(XM.X_REMOVE_ONLY_SIGNALS, "signal")
        reason = reason.strip()
        row = self._verified(contact_id)
        ident = self._identity()
        keep = transfer.select_records(self.db, list(dossiers), list(signals))
        root_dossiers = self._root_dossiers(dossiers)
        signal_dossiers = {
            s: d for s, d in xq.dossier_ids_of_signals(self.db, list(signals)).items()
        }
        covered: dict[str, str | None] = {}
        for did in sorted(set(root_dossiers) | {d for d in signal_dossiers.values() if d}):
            covered[did] = self.sharing_consent(did, contact_id)
        loose_signals = [s for s, d in signal_dossiers.items() if not d]
        missing = [d for d, c in covered.items() if c is None]
        if (missing or loose_signals) and not reason:
            raise SharingNotCovered(
                XM.X_SHARING_NOT_COVERED, count=len(missing) + len(loose_signals)
            )
        rows = transfer.collect_rows(self.db, keep)
        schema = xq.schema_version(self.db)
        payload = encode_payload(schema, rows)
        package_id = uuid.uuid4().hex
        created = audit.now_utc()
        counts = {t: len(r) for t, r in rows.items() if r}
        manifest: dict[str, Any] = {
            "format": PACKAGE_FORMAT,
            "format_version": FORMAT_VERSION,
            "package_id": package_id,
            "created_at": created,
            "kind": KIND_DOSSIERS if dossiers else KIND_SIGNALS,
            "schema_version": schema,
            "sender": {
                "store_id": ident.store_id,
                "fingerprint": ident.fingerprint,
                "age_recipient": ident.age_recipient,
                "ed25519_public": _b64(ident.sign_public),
            },
            "recipient": {
                "store_id": row["card_store_id"],
                "fingerprint": row["fingerprint"],
                "age_recipient": row["age_recipient"],
            },
            "counts": counts,
            "dossiers": sorted(keep.get(transfer.ROOT_TABLE, ())),
            "signals": sorted(set(signals)),
            "payload": {
                "name": PAYLOAD_NAME,
                "sha256": hashlib.sha256(payload).hexdigest(),
                "bytes": len(payload),
            },
        }
        blob = self._seal(manifest, payload, row["age_recipient"])
        target = Path(out) if out is not None else Path(str(outbox)) / (package_id + PACKAGE_SUFFIX)
        tmp = _write_temp(target, blob)
        try:
            with self.db.transaction():
                self._record_sent(manifest, row, rows, covered, loose_signals, reason)
                if remove_signals:
                    xq.remove_sent_signals(self.db, sorted(set(signals)))
                    for sid in sorted(set(signals)):
                        self.store.audit(
                            "exchange.signal_handed_over",
                            object_type="signal",
                            object_id=sid,
                            details=f"pakket {package_id}; hier verwijderd",
                        )
        except BaseException:
            remove_quietly(tmp)
            raise
        # Recorded first, then the file appears: a register entry for a package that failed
        # to appear is safer than a package that left without one.
        _commit_file(tmp, target)
        kinds = ("disclosure", "exchange_package") + (
            ("signal", "person") if remove_signals else ()
        )
        self._changed(*kinds, ids=tuple(covered) + (tuple(signals) if remove_signals else ()))
        return Sent(
            package_id=package_id,
            path=target,
            contact=_contact(row),
            counts=counts,
            dossiers=tuple(manifest["dossiers"]),
            signals=tuple(manifest["signals"]),
            consents=covered,
        )

    def _root_dossiers(self, refs: Sequence[str]) -> list[str]:
        return xq.dossier_ids(self.db, refs)

    def _seal(self, manifest: dict[str, Any], payload: bytes, to: str) -> bytes:
        ident = self._identity()
        manifest_bytes = _canonical(manifest)
        signature = ident.sign.sign(manifest_bytes)
        inner = _zip(manifest_bytes, payload, signature)
        recipients = [x25519.Recipient.from_str(to), x25519.Recipient.from_str(ident.age_recipient)]
        return bytes(pyrage.encrypt(inner, recipients))

    def _record_sent(
        self,
        manifest: dict[str, Any],
        contact: dict[str, Any],
        rows: dict[str, list[dict[str, Any]]],
        covered: dict[str, str | None],
        loose_signals: list[str],
        reason: str,
    ) -> None:
        package_id = manifest["package_id"]
        now = audit.now_utc()
        disclosures = letter_repos(self.db)["disclosures"]
        tables = json.dumps(sorted(t for t, r in rows.items() if r))
        for did, consent in covered.items():
            disclosures.insert(
                {
                    "disclosed_at": now,
                    "action": "saved",
                    "dossier_id": did,
                    "recipient_org_id": contact["organisation_id"],
                    "recipient_name": ", ".join(
                        x for x in (contact["name"], contact["organisation"]) if x
                    ),
                    "template": DISCLOSURE_TEMPLATE,
                    "fields": tables,
                    "consent_id": consent,
                    "reason": "" if consent else reason,
                },
                self.store.actor,
                now=now,
            )
            how = f"toestemming: {consent}" if consent else "zonder toestemming, reden vastgelegd"
            self.store.audit(
                "exchange.send",
                object_type="dossier",
                object_id=did,
                details=f"pakket {package_id}; aan contact {contact['id']}; {how}",
            )
        for sid in loose_signals:
            self.store.audit(
                "exchange.send",
                object_type="signal",
                object_id=sid,
                details=f"pakket {package_id}; aan contact {contact['id']}; reden vastgelegd",
            )
        transfer.remember_exchanged(self.db, rows)
        xq.record_package(
            self.db,
            {
                "package_id": package_id,
                "direction": "verzonden",
                "contact_id": contact["id"],
                "kind": manifest["kind"],
                "created_at": manifest["created_at"],
                "counts": manifest["counts"],
                "payload_sha256": manifest["payload"]["sha256"],
                # The reason of a dossier lives in its disclosure rows (destroyed with the
                # dossier); only signals without a dossier keep theirs here.
                "summary": f"reden: {reason}" if reason and loose_signals else "",
            },
        )

    # -- receiving -----------------------------------------------------------------------
    def _unseal(self, path: Path) -> tuple[dict[str, Any], bytes, dict[str, Any]]:
        """Decrypt and verify a package file: (manifest, payload, sender contact row).
        Raises ``PackageRefused``; reads nothing but the file and writes nothing."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_PACKAGE_BYTES:
                raise PackageRefused(DAMAGED, XM.X_TOO_LARGE)
            blob = path.read_bytes()
        except FileNotFoundError:
            raise ValidationError(XM.X_NO_PACKAGE_FILE, "file") from None
        except OSError as exc:
            raise StoreIOError(io_message(exc)) from None
        ident = self._identity()
        try:
            inner = bytes(pyrage.decrypt(blob, [ident.age]))
        except pyrage.DecryptError as exc:
            if "no matching keys" in str(exc).lower():
                raise PackageRefused(NOT_ADDRESSED) from None
            raise PackageRefused(DAMAGED) from None
        except Exception:
            raise PackageRefused(DAMAGED) from None
        try:
            manifest_bytes, payload, signature = _unzip(inner)
            manifest = json.loads(manifest_bytes.decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
                raise ValueError("format")
            version = int(manifest["format_version"])
            sender = manifest["sender"]
            recipient = manifest["recipient"]
            sender_key = _unb64(sender["ed25519_public"], 32)
            sender_store = str(sender["store_id"])
            recipient_fp = str(recipient["fingerprint"])
            str(manifest["package_id"])
            if manifest["kind"] not in KINDS:
                raise ValueError("kind")
        except PackageRefused:
            raise
        except Exception:
            raise PackageRefused(DAMAGED) from None
        if version > FORMAT_VERSION:
            raise PackageRefused(NEWER)
        if recipient_fp != ident.fingerprint or recipient.get("store_id") != ident.store_id:
            raise PackageRefused(NOT_ADDRESSED)
        row = xq.contact_by_sign_key(self.db, sender_key)
        if row is None:
            by_store = xq.contact_by_store(self.db, sender_store)
            if by_store is not None:  # a known colleague with other keys: verify again
                raise PackageRefused(UNVERIFIED_SENDER)
            raise PackageRefused(UNKNOWN_SENDER)
        if row["status"] != "geverifieerd":
            raise PackageRefused(UNVERIFIED_SENDER)
        try:
            Ed25519PublicKey.from_public_bytes(bytes(row["sign_public"])).verify(
                signature, manifest_bytes
            )
        except InvalidSignature:
            raise PackageRefused(BAD_SIGNATURE) from None
        if sender.get("fingerprint") != row["fingerprint"]:
            raise PackageRefused(BAD_SIGNATURE)
        spec = manifest.get("payload") or {}
        if hashlib.sha256(payload).hexdigest() != spec.get("sha256"):
            raise PackageRefused(DAMAGED)
        return manifest, payload, row

    def open_package(self, path: Path) -> Incoming:
        """Decrypt, verify and plan a package (what merging it would do). Writes nothing.
        Raises ``PackageRefused`` for anything not to be accepted."""
        manifest, payload, row = self._unseal(Path(path))
        if manifest["kind"] == KIND_HANDOVER_KEY:
            raise ValidationError(XM.X_IS_HANDOVER_KEY, "file")
        if xq.package_known(self.db, str(manifest["package_id"])):
            raise PackageRefused(REPLAY)
        try:
            schema, tables = decode_payload(payload)
        except Exception:
            raise PackageRefused(DAMAGED) from None
        if schema > latest_version():
            raise PackageRefused(NEWER)
        _check_scope(manifest, tables)
        tm = Manifest(
            kind=KIND_TRANSFER,
            schema_version=schema,
            exported_at=str(manifest["created_at"]),
            source_store_id=str(manifest["sender"]["store_id"]),
            source_installation=", ".join(x for x in (row["name"], row["organisation"]) if x),
            counts={str(k): int(v) for k, v in manifest["counts"].items()},
            digest=str(manifest["payload"]["sha256"]),
            extra={"dossiers": [str(d) for d in manifest.get("dossiers", [])]},
        )
        try:
            plan = transfer.plan_rows(self.store, tm, tables, trial_write=False)
        except ValidationError:
            raise PackageRefused(DAMAGED) from None
        return Incoming(
            path=Path(path),
            manifest=manifest,
            sender=_contact(row),
            plan=plan,
            payload_sha256=str(manifest["payload"]["sha256"]),
        )

    def accept(
        self, incoming: Incoming, resolutions: dict[tuple[str, str], str] | None = None
    ) -> Received:
        """Apply a verified package (conflicts need ``resolutions``, as in the transfer) and
        record it as received, in one transaction."""
        if incoming.plan.conflicts and not resolutions:
            raise PackageRefused(CONFLICTS, count=len(incoming.plan.conflicts))

        def record(db: Database, summary: transfer.MergeSummary) -> None:
            if xq.package_known(db, incoming.package_id):
                raise PackageRefused(REPLAY)
            xq.record_package(
                db,
                {
                    "package_id": incoming.package_id,
                    "direction": "ontvangen",
                    "contact_id": incoming.sender.id,
                    "kind": incoming.kind,
                    "created_at": str(incoming.manifest["created_at"]),
                    "counts": incoming.counts,
                    "payload_sha256": incoming.payload_sha256,
                    "summary": (
                        f"+{summary.added} ~{summary.updated} ={summary.skipped} "
                        f"opgelost {summary.resolved}"
                    ),
                },
            )
            audit.append(
                db,
                actor=self.store.actor,
                action="exchange.receive",
                object_type="exchange_contact",
                object_id=incoming.sender.id,
                details=(
                    f"pakket {incoming.package_id}; {incoming.kind}; +{summary.added} "
                    f"~{summary.updated} ={summary.skipped}"
                ),
            )

        summary = transfer.apply_merge(self.store, incoming.plan, resolutions, also=record)
        tables = {t for t, _ in incoming.plan.add} | {t for t, _ in incoming.plan.update}
        self._changed(
            "exchange_package",
            *sorted(_KIND_OF_TABLE.get(t, t) for t in tables),
            ids=tuple(str(d) for d in incoming.manifest.get("dossiers", [])),
        )
        return Received(
            package_id=incoming.package_id,
            sender=incoming.sender,
            kind=incoming.kind,
            counts=incoming.counts,
            summary=summary,
            dossiers=tuple(str(d) for d in incoming.manifest.get("dossiers", [])),
        )

    def receive(self, path: Path) -> Received:
        """Open, verify and apply a package; refuse (nothing changed) on any problem,
        including conflicts (resolve those in the app)."""
        try:
            incoming = self.open_package(Path(path))
            return self.accept(incoming)
        except PackageRefused as exc:
            with self.db.transaction():
                self.store.audit(
                    "exchange.receive",
                    result="geweigerd",
                    object_type="package",
                    details=exc.reason,
                )
            raise

    def inbox(self, folder: Path) -> list[Path]:
        """Package files in a folder, oldest first (by name for equal times)."""
        folder = Path(folder)
        if not folder.is_dir():
            raise ValidationError(XM.X_NO_INBOX, "inbox")
        files = [p for p in folder.iterdir() if p.is_file() and p.name.endswith(PACKAGE_SUFFIX)]
        return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))

    def log(self, direction: str | None = None) -> list[dict[str, Any]]:
        return xq.packages(self.db, direction)

    # -- team folder (Instellingen -> Uitwisselen; Vandaag) -------------------------------
    def folders(self) -> tuple[Path | None, Path | None]:
        """The inbox and outbox folders set on this computer (``machine.*``: a handover
        does not carry them)."""
        inbox = settings.get(self.db, INBOX_SETTING)
        outbox = settings.get(self.db, OUTBOX_SETTING)
        return (Path(inbox) if inbox else None, Path(outbox) if outbox else None)

    def set_folders(self, inbox: Path | None, outbox: Path | None) -> None:
        for p in (inbox, outbox):
            if p is not None and not Path(p).is_dir():
                raise ValidationError(XM.X_NO_FOLDER, "folder")
        with self.db.transaction():
            settings.put(self.db, INBOX_SETTING, str(inbox) if inbox else "")
            settings.put(self.db, OUTBOX_SETTING, str(outbox) if outbox else "")
            self.store.audit("exchange.folders", object_type="settings")
        self._changed("settings")

    def scan_inbox(self, folder: Path | None = None) -> InboxScan:
        """What waits in the inbox, verified and planned but not applied (the user sees
        what a package holds first, then ``accept``). Packages for colleagues and ones
        received before are counted as skipped; other refusals are listed."""
        folder = folder or self.folders()[0]
        scan = InboxScan()
        if folder is None or not Path(folder).is_dir():
            return scan
        for path in self.inbox(Path(folder)):
            try:
                scan.pending.append(self.open_package(path))
            except PackageRefused as exc:
                if exc.reason in (NOT_ADDRESSED, REPLAY):
                    scan.skipped += 1
                else:
                    scan.refused.append((path, exc.reason))
            except StoreError:
                scan.refused.append((path, DAMAGED))
        return scan

    # -- aandachtsfunctionaris mode (issue 17 item 5) -------------------------------------
    def is_reporter(self) -> bool:
        return bool(settings.get(self.db, MODE_SETTING, "") == MODE_REPORTER)

    def become_reporter(self, card: Card, fingerprint_given: str) -> Contact:
        """Make this store an aandachtsfunctionaris store reporting to the coordinator of
        ``card`` (verified by ``fingerprint_given``, else ``FingerprintMismatch``)."""
        contact = self.add_contact(card, fingerprint_given).contact
        with self.db.transaction():
            settings.put(self.db, MODE_SETTING, MODE_REPORTER)
            settings.put(self.db, COORDINATOR_SETTING, contact.id)
            self.store.audit(
                "exchange.reporter_mode", object_type="exchange_contact", object_id=contact.id
            )
        self._changed("settings", "exchange_contact", ids=(contact.id,))
        return contact

    def coordinator(self) -> Contact | None:
        """The coordinator this store reports to (aandachtsfunctionaris mode), or None."""
        cid = settings.get(self.db, COORDINATOR_SETTING, "")
        if not cid:
            return None
        row = xq.contact(self.db, str(cid))
        return None if row is None or row["status"] == "verwijderd" else _contact(row)

    def report_signals(
        self, signal_ids: Sequence[str], *, out: Path | None = None, outbox: Path | None = None
    ) -> Sent:
        """Send signals to the coordinator; once the package is written they leave this
        store (``send(..., remove_signals=True)``) and only a ``Receipt`` stays."""
        coordinator = self.coordinator()
        if coordinator is None:
            raise ValidationError(XM.X_NO_COORDINATOR, "contact")
        if out is None and outbox is None:
            outbox = self.folders()[1]
            if outbox is None:
                raise ValidationError(XM.X_OUT_OR_OUTBOX, "out")
        return self.send(
            coordinator.id,
            signals=signal_ids,
            out=out,
            outbox=outbox,
            reason=REPORT_REASON,
            remove_signals=True,
        )

    def receipts(self) -> list[Receipt]:
        """Signals sent from this store, newest first (package id, time, recipient, count)."""
        names = {c.id: ", ".join(x for x in (c.name, c.organisation) if x) for c in self.contacts()}
        out = [
            Receipt(
                package_id=str(r["package_id"]),
                at=str(r["at"]),
                recipient=names.get(str(r["contact_id"]), ""),
                signals=int(r["counts"].get("signals", 0)),
            )
            for r in xq.packages(self.db, "verzonden")
            if r["kind"] == KIND_SIGNALS
        ]
        return sorted(out, key=lambda r: r.at, reverse=True)

    def dossier_numbers(self, incoming: Incoming) -> dict[str, str]:
        """Dossier id -> number for every dossier a package touches (from the package, else
        this store), so a conflict is shown by its dossier number, never by an id."""
        numbers: dict[str, str] = {}
        rows = [r for t, r in incoming.plan.add + incoming.plan.update if t == transfer.ROOT_TABLE]
        rows += [c.incoming for c in incoming.plan.conflicts if c.table == transfer.ROOT_TABLE]
        for row in rows:
            if row.get("id") and row.get("number"):
                numbers[str(row["id"])] = str(row["number"])
        wanted = {str(d) for d in incoming.manifest.get("dossiers", [])}
        for c in incoming.plan.conflicts:
            for side in (c.local, c.incoming):
                if side.get("dossier_id"):
                    wanted.add(str(side["dossier_id"]))
        numbers.update(xq.dossier_numbers(self.db, sorted(wanted - set(numbers))))
        return numbers

    # -- handover to a named successor ---------------------------------------------------
    def wrap_handover_key(
        self, contact_id: str, container: Path, passphrase: str, out: Path | None = None
    ) -> Path:
        """Write ``<container>.baken-sleutel``: the handover file's passphrase, signed by this
        store and encrypted to the successor (and to this store), bound to the file's
        SHA-256. The passphrase then never has to travel by phone."""
        row = self._verified(contact_id)
        ident = self._identity()
        container = Path(container)
        digest = _file_sha256(container)
        payload = _canonical(
            {
                "passphrase": passphrase,
                "handover": {"file_name": container.name, "file_sha256": digest},
            }
        )
        package_id = uuid.uuid4().hex
        manifest: dict[str, Any] = {
            "format": PACKAGE_FORMAT,
            "format_version": FORMAT_VERSION,
            "package_id": package_id,
            "created_at": audit.now_utc(),
            "kind": KIND_HANDOVER_KEY,
            "schema_version": xq.schema_version(self.db),
            "sender": {
                "store_id": ident.store_id,
                "fingerprint": ident.fingerprint,
                "age_recipient": ident.age_recipient,
                "ed25519_public": _b64(ident.sign_public),
            },
            "recipient": {
                "store_id": row["card_store_id"],
                "fingerprint": row["fingerprint"],
                "age_recipient": row["age_recipient"],
            },
            "counts": {},
            "dossiers": [],
            "signals": [],
            "payload": {
                "name": PAYLOAD_NAME,
                "sha256": hashlib.sha256(payload).hexdigest(),
                "bytes": len(payload),
                "handover_file_sha256": digest,
            },
        }
        target = Path(out) if out is not None else container.with_name(container.name + KEY_SUFFIX)
        blob = self._seal(manifest, payload, row["age_recipient"])
        tmp = _write_temp(target, blob, 0o600)  # like the handover file it belongs to
        try:
            with self.db.transaction():
                xq.record_package(
                    self.db,
                    {
                        "package_id": package_id,
                        "direction": "verzonden",
                        "contact_id": row["id"],
                        "kind": KIND_HANDOVER_KEY,
                        "created_at": manifest["created_at"],
                        "counts": {},
                        "payload_sha256": manifest["payload"]["sha256"],
                        "summary": f"overdracht {digest[:16]}",
                    },
                )
                self.store.audit(
                    "exchange.handover_key",
                    object_type="exchange_contact",
                    object_id=row["id"],
                    details=f"pakket {package_id}; overdrachtsbestand {digest[:16]}",
                )
        except BaseException:
            remove_quietly(tmp)
            raise
        _commit_file(tmp, target)
        return target

    def unwrap_handover_key(self, key_file: Path, container: Path) -> str:
        """The passphrase of a handover file meant for this store, after checking the key
        file (addressed here, from a verified contact, signature) and that it belongs to
        exactly this handover file."""
        manifest, payload, row = self._unseal(Path(key_file))
        if manifest["kind"] != KIND_HANDOVER_KEY:
            raise ValidationError(XM.X_NOT_HANDOVER_KEY, "key-file")
        try:
            d = json.loads(payload.decode("utf-8"))
            phrase = str(d["passphrase"])
            expected = str(d["handover"]["file_sha256"])
        except Exception:
            raise PackageRefused(DAMAGED) from None
        if _file_sha256(Path(container)) != expected:
            raise PackageRefused(DAMAGED, XM.X_WRONG_HANDOVER_FILE)
        with self.db.transaction():
            self.store.audit(
                "exchange.handover_key_open",
                object_type="exchange_contact",
                object_id=row["id"],
                details=f"pakket {manifest['package_id']}; overdrachtsbestand {expected[:16]}",
            )
        return phrase


def _check_scope(manifest: dict[str, Any], tables: dict[str, Any]) -> None:
    """A package may only carry records of the dossiers its signed manifest names: every
    ``dossiers`` row and every row with a ``dossier_id`` must belong to one of them (so a
    verified colleague's package cannot add notes or consents to other dossiers here)."""
    named = {str(d) for d in manifest.get("dossiers", [])}
    for table, (cols, rows) in tables.items():
        if table == transfer.ROOT_TABLE:
            i = cols.index("id")
            if any(str(r[i]) not in named for r in rows):
                raise PackageRefused(DAMAGED, XM.X_OUT_OF_SCOPE)
        elif "dossier_id" in cols:
            i = cols.index("dossier_id")
            if any(r[i] is not None and str(r[i]) not in named for r in rows):
                raise PackageRefused(DAMAGED, XM.X_OUT_OF_SCOPE)


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
    except FileNotFoundError:
        raise ValidationError(XM.X_NO_HANDOVER_FILE, "file") from None
    except OSError as exc:
        raise StoreIOError(io_message(exc)) from None
    return h.hexdigest()
