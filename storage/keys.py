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
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
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

KEYFILE_VERSION = 1
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


# ~0.45 s on the reference machine (2 cores). Tests may ask for a cheaper profile through
# BAKEN_INSECURE_FAST_KDF=1; it only affects slots created while it is set, and `baken info`
# reports the parameters in use.
DEFAULT_KDF = KdfParams()
FAST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)

KEYFILE_DAMAGED = M.KEYS_KEYFILE_DAMAGED()


def kdf_for_new_slots() -> KdfParams:
    return FAST_KDF if os.environ.get("BAKEN_INSECURE_FAST_KDF") == "1" else DEFAULT_KDF


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
        if not isinstance(data, dict) or data.get("kdf", {}).get("alg") != "argon2id":
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


@dataclass
class KeyFile:
    store_id: str
    created: str
    mode: str
    keyring_backend: str = ""
    keyring_check: str = ""
    slots: dict[str, Slot] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        data = {
            "format": "baken-keyfile",
            "version": KEYFILE_VERSION,
            "store_id": self.store_id,
            "created": self.created,
            "mode": self.mode,
            "keyring_backend": self.keyring_backend,
            "keyring_check": self.keyring_check,
            "slots": {k: s.to_json() for k, s in sorted(self.slots.items())},
        }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise CorruptStoreError(KEYFILE_DAMAGED) from None
        if (
            not isinstance(data, dict)
            or data.get("format") != "baken-keyfile"
            or data.get("version") != KEYFILE_VERSION
            or data.get("mode") not in (MODE_KEYRING, MODE_PASSWORD_ONLY)
            or not isinstance(data.get("slots"), dict)
            or not isinstance(data.get("store_id"), str)
        ):
            raise CorruptStoreError(KEYFILE_DAMAGED)
        slots = {k: Slot.from_json(k, v) for k, v in data["slots"].items()}
        if "password" not in slots:
            raise CorruptStoreError(KEYFILE_DAMAGED)
        return cls(
            store_id=data["store_id"],
            created=str(data.get("created", "")),
            mode=data["mode"],
            keyring_backend=str(data.get("keyring_backend", "")),
            keyring_check=str(data.get("keyring_check", "")),
            slots=slots,
        )


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
