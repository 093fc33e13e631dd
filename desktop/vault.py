"""Opening a store from above storage/: the vault (data folder), unlocking in steps, the
keyring check and the password policy. The UI and the CLI use these names; they are
storage's own objects, re-exported so that nothing above desktop/ imports storage/.

Unlocking in steps: ``vault.derive_key(password)`` (Argon2id, slow, any thread),
``vault.prepare(key)`` (pending migrations with their backup, on a connection of the
calling thread) and ``vault.open_with_key(key)`` (on the thread that will own the store).
"""

from __future__ import annotations

from storage import password_policy
from storage.container import normalize_passphrase
from storage.secrets import keyring_available
from storage.vault import Store, UnlockKey, Vault, VerifyResult, default_data_dir

__all__ = [
    "Store",
    "UnlockKey",
    "Vault",
    "VerifyResult",
    "default_data_dir",
    "keyring_available",
    "normalize_passphrase",
    "password_policy",
]
