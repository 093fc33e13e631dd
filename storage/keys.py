"""Key slots: the random database key wrapped under password+keyring and under a recovery code.

Design (see README, "Hoe uw gegevens beschermd zijn"):

* The database key ``K`` is 32 random bytes, used by SQLCipher as a raw key.
* ``K`` is never stored in the clear. The key file (``baken.keys.json``, not secret) holds
  ``K`` wrapped with AES-256-GCM in two *slots*:

  - ``password``: KEK = HKDF-SHA256(Argon2id(password, salt) || keyring_secret). The
    keyring secret is 32 random bytes in the OS keyring, so the password alone, or the
    data folder alone, opens nothing (a composite key). In the explicit, documented
    password-only mode the keyring part is left out and the key file says so.
  - ``recovery``: KEK = Argon2id(recovery code). The code has 120 random bits, so the
    data folder plus the code suffices on a new laptop.

* The associated data of each wrap binds it to this store id and slot kind, so slots can
  not be swapped between stores.
* Changing the password rewraps ``K``; the database itself is never re-encrypted.

Integrity of the whole file (format version 2, issue 14): every field, not only the wrapped
keys, is covered twice:

  - ``mac``: HMAC-SHA256 over the canonical JSON of all other fields (sorted keys, no
    spaces), keyed with HKDF-SHA256(``K``, "baken-keyfile-mac-v1"). Checked at every unlock
    and recovery and by ``verify``; only someone holding ``K`` can make a valid one, so a
    changed recovery slot, KDF parameter, mode or keyring fingerprint is found without the
    recovery code.
  - ``checksum``: SHA-256 over the canonical JSON including ``mac``. Not a secret check; it
    tells accidental damage apart before any password is tried (a damaged password slot
    is reported as damage, not as a wrong password).

  The file must also be byte for byte the canonical serialisation (``indent=2``, sorted
  keys, one final newline), so even a change in white space is found. Version 1 files (no
  ``mac``) are still read and are rewritten as version 2 at the next unlock that writes;
  after that the database remembers (``store_meta.keyfile_version``) that a version 1 file
  is a downgrade.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage import messages as M
from storage.errors import CorruptStoreError, WrongSecretError

KEYFILE_VERSION = 2
LEGACY_KEYFILE_VERSION = 1
MODE_KEYRING = "keyring"
MODE_PASSWORD_ONLY = "password-only"  # noqa: S105 - a mode name, not a secret

# Crockford base32 without I, L, O, U: easy to read aloud and to type from paper.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_DATA_CHARS = 24  # 24 * 5 = 120 random bits
RECOVERY_GROUP = 5
_LOOKALIKES = str.maketrans("OILU", "011V")


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 131072  # 128 MiB
    iterations: int = 3
    lanes: int = 4

    def to_json(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        if params.memory_kib < 8192 or params.iterations < 1 or params.lanes < 1:
            raise CorruptStoreError(KEYFILE_DAMAGED)
        return params


# ~0.45 s on the reference machine (2 cores). The shipped program always uses it for new
# slots; no setting or environment variable lowers it. (The test suite patches
# ``kdf_for_new_slots`` from outside, see tests/testsite/.) `baken info` reports the
# parameters of the slot in use.
DEFAULT_KDF = KdfParams()

KEYFILE_DAMAGED = M.KEYS_KEYFILE_DAMAGED()


def kdf_for_new_slots() -> KdfParams:
    return DEFAULT_KDF


def argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def _hkdf(ikm: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(ikm)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise CorruptStoreError(KEYFILE_DAMAGED)
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except ValueError:
        raise CorruptStoreError(KEYFILE_DAMAGED) from None


@dataclass
class Slot:
    kind: str
    salt: bytes
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "salt": _b64(self.salt),
            "kdf": {"alg": "argon2id", **self.kdf.to_json()},
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, kind: str, data: Any) -> Slot:
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("kdf"), dict)
            or data["kdf"].get("alg") != "argon2id"
        ):
            raise CorruptStoreError(KEYFILE_DAMAGED)
        try:
            return cls(
                kind=kind,
                salt=_unb64(data["salt"]),
                kdf=KdfParams.from_json(data["kdf"]),
                nonce=_unb64(data["nonce"]),
                wrapped=_unb64(data["wrapped_key"]),
            )
        except (KeyError, TypeError, ValueError):
            raise CorruptStoreError(KEYFILE_DAMAGED) from None


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _pretty(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _mac_key(db_key: bytes) -> bytes:
    return _hkdf(db_key, b"baken-keyfile-mac-v1")


def _checksum(body: dict[str, Any], mac: str) -> str:
    return hashlib.sha256(
        b"baken-keyfile-checksum-v1" + _canonical({**body, "mac": mac})
    ).hexdigest()


@dataclass
class KeyFile:
    store_id: str
    created: str
    mode: str
    keyring_backend: str = ""
    keyring_check: str = ""
    slots: dict[str, Slot] = field(default_factory=dict)
    version: int = KEYFILE_VERSION
    mac: str = ""  # as read from the file ("" for version 1)

    def _body(self) -> dict[str, Any]:
        return {
            "format": "baken-keyfile",
            "version": KEYFILE_VERSION,
            "store_id": self.store_id,
            "created": self.created,
            "mode": self.mode,
            "keyring_backend": self.keyring_backend,
            "keyring_check": self.keyring_check,
            "slots": {k: s.to_json() for k, s in sorted(self.slots.items())},
        }

    def to_bytes(self, db_key: bytes) -> bytes:
        """The version 2 file, authenticated with a key derived from the database key."""
        body = self._body()
        mac = hmac.new(_mac_key(db_key), _canonical(body), hashlib.sha256).hexdigest()
        self.version, self.mac = KEYFILE_VERSION, mac
        return _pretty({**body, "mac": mac, "checksum": _checksum(body, mac)})

    @property
    def legacy(self) -> bool:
        return self.version == LEGACY_KEYFILE_VERSION

    def check_mac(self, db_key: bytes) -> None:
        """Raise ``CorruptStoreError`` unless the file is authentic for ``db_key``.

        Version 1 files carry no MAC; the caller decides (upgrade, or refuse a downgrade).
        """
        if self.legacy:
            return
        body = self._body()
        want = hmac.new(_mac_key(db_key), _canonical(body), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(want, self.mac):
            raise CorruptStoreError(KEYFILE_DAMAGED)

    @classmethod
    def from_bytes(cls, raw: bytes, *, strict: bool = True) -> KeyFile:
        """Parse and check the key file (without the database key: see ``check_mac``).

        ``strict=False`` (recovery only) skips the canonical-form and checksum checks and
        reads what it can, so a damaged password slot does not block the recovery code:
        the recovery slot authenticates itself (AES-GCM bound to the store id).
        """
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise CorruptStoreError(KEYFILE_DAMAGED) from None
        if not isinstance(data, dict) or data.get("format") != "baken-keyfile":
            raise CorruptStoreError(KEYFILE_DAMAGED)
        if not strict:
            return cls._lenient(data)
        version = data.get("version")
        if (
            version not in (KEYFILE_VERSION, LEGACY_KEYFILE_VERSION)
            or data.get("mode") not in (MODE_KEYRING, MODE_PASSWORD_ONLY)
            or not isinstance(data.get("slots"), dict)
            or not isinstance(data.get("store_id"), str)
        ):
            raise CorruptStoreError(KEYFILE_DAMAGED)
        mac = ""
        if version == KEYFILE_VERSION:
            mac = data.pop("mac", None)
            checksum = data.pop("checksum", None)
            if (
                not isinstance(mac, str)
                or not isinstance(checksum, str)
                or not hmac.compare_digest(_checksum(data, mac), checksum)
                or raw != _pretty({**data, "mac": mac, "checksum": checksum})
            ):
                raise CorruptStoreError(KEYFILE_DAMAGED)
        if set(data) - _FIELDS:
            raise CorruptStoreError(KEYFILE_DAMAGED)
        slots = {k: Slot.from_json(k, v) for k, v in data["slots"].items()}
        if "password" not in slots:
            raise CorruptStoreError(KEYFILE_DAMAGED)
        kf = cls(
            store_id=data["store_id"],
            created=str(data.get("created", "")),
            mode=data["mode"],
            keyring_backend=str(data.get("keyring_backend", "")),
            keyring_check=str(data.get("keyring_check", "")),
            slots=slots,
            version=int(version),
            mac=mac,
        )
        if version == KEYFILE_VERSION and kf._body() != data:
            raise CorruptStoreError(KEYFILE_DAMAGED)  # e.g. a field of the wrong type
        return kf

    @classmethod
    def _lenient(cls, data: dict[str, Any]) -> KeyFile:
        slots_raw = data.get("slots")
        store_id = data.get("store_id")
        if not isinstance(slots_raw, dict) or not isinstance(store_id, str):
            raise CorruptStoreError(KEYFILE_DAMAGED)
        slots = {"recovery": Slot.from_json("recovery", slots_raw.get("recovery"))}
        created = data.get("created")
        return cls(
            store_id=store_id,
            created=created if isinstance(created, str) else "",
            mode=MODE_KEYRING,  # never taken from a damaged file (recovery decides)
            slots=slots,
            version=-1,
        )


_FIELDS = {
    "format",
    "version",
    "store_id",
    "created",
    "mode",
    "keyring_backend",
    "keyring_check",
    "slots",
}


def slot_problems(kf: KeyFile) -> list[str]:
    """Shape checks of every slot that need no secret (lengths of salt, nonce, wrap)."""
    problems = []
    for kind in ("password", "recovery"):
        slot = kf.slots.get(kind)
        if slot is None:
            problems.append(f"{kind}: ontbreekt")
        elif len(slot.salt) != 16 or len(slot.nonce) != 12 or len(slot.wrapped) != 48:
            problems.append(f"{kind}: onjuiste lengte")
    return problems


def keyring_check_value(keyring_secret: bytes) -> str:
    """A short public fingerprint to tell "wrong keyring secret" from "wrong password"."""
    return hashlib.sha256(b"baken-keyring-check-v1" + keyring_secret).hexdigest()[:16]


def _aad(store_id: str, kind: str) -> bytes:
    return f"baken-keyslot-v1|{store_id}|{kind}".encode()


def _password_kek(
    password: str, salt: bytes, params: KdfParams, keyring_secret: bytes | None
) -> bytes:
    stretched = argon2id(password.encode("utf-8"), salt, params)
    ikm = stretched + (keyring_secret or b"")
    info = b"baken-password-slot-v1|" + (b"composite" if keyring_secret else b"password-only")
    return _hkdf(ikm, info)


def _recovery_kek(code: str, salt: bytes, params: KdfParams) -> bytes:
    return _hkdf(argon2id(code.encode("ascii"), salt, params), b"baken-recovery-slot-v1")


def _wrap(
    kek: bytes, db_key: bytes, store_id: str, kind: str, salt: bytes, params: KdfParams
) -> Slot:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, _aad(store_id, kind))
    return Slot(kind=kind, salt=salt, kdf=params, nonce=nonce, wrapped=wrapped)


def _unwrap(kek: bytes, slot: Slot, store_id: str) -> bytes:
    try:
        key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(store_id, slot.kind))
    except (InvalidTag, ValueError):
        raise WrongSecretError() from None
    if len(key) != 32:
        raise CorruptStoreError(KEYFILE_DAMAGED)
    return key


def make_password_slot(
    db_key: bytes, store_id: str, password: str, keyring_secret: bytes | None
) -> Slot:
    params = kdf_for_new_slots()
    salt = secrets.token_bytes(16)
    kek = _password_kek(password, salt, params, keyring_secret)
    return _wrap(kek, db_key, store_id, "password", salt, params)


def open_password_slot(kf: KeyFile, password: str, keyring_secret: bytes | None) -> bytes:
    slot = kf.slots["password"]
    kek = _password_kek(password, slot.salt, slot.kdf, keyring_secret)
    return _unwrap(kek, slot, kf.store_id)


def make_recovery_slot(db_key: bytes, store_id: str, code: str) -> Slot:
    params = kdf_for_new_slots()
    salt = secrets.token_bytes(16)
    kek = _recovery_kek(normalize_recovery_code(code), salt, params)
    return _wrap(kek, db_key, store_id, "recovery", salt, params)


def open_recovery_slot(kf: KeyFile, code: str) -> bytes:
    slot = kf.slots.get("recovery")
    if slot is None:
        raise WrongSecretError(M.KEYS_NO_RECOVERY)
    kek = _recovery_kek(normalize_recovery_code(code), slot.salt, slot.kdf)
    return _unwrap(kek, slot, kf.store_id)


# --- recovery codes ---------------------------------------------------------------------


def _check_char(data: str) -> str:
    digest = hashlib.sha256(("baken-recovery|" + data).encode("ascii")).digest()
    return _ALPHABET[digest[0] % 32]


def generate_recovery_code() -> str:
    """A new code: 24 random Crockford-base32 characters and one check character, in groups."""
    data = "".join(secrets.choice(_ALPHABET) for _ in range(RECOVERY_DATA_CHARS))
    return format_recovery_code(data + _check_char(data))


def format_recovery_code(code: str) -> str:
    raw = normalize_recovery_code(code, check=False)
    return "-".join(raw[i : i + RECOVERY_GROUP] for i in range(0, len(raw), RECOVERY_GROUP))


def normalize_recovery_code(code: str, check: bool = True) -> str:
    """Uppercase, drop spaces/dashes, map look-alikes (O->0, I/L->1); validate the check char."""
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\r\n")
    cleaned = cleaned.translate(_LOOKALIKES)
    if check:
        if len(cleaned) != RECOVERY_DATA_CHARS + 1 or any(c not in _ALPHABET for c in cleaned):
            raise WrongSecretError(M.KEYS_RECOVERY_FORMAT)
        if _check_char(cleaned[:-1]) != cleaned[-1]:
            raise WrongSecretError(M.KEYS_RECOVERY_TYPO)
    return cleaned
