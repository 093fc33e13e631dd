"""Every page of a SQLCipher 4 file with default settings, decrypted (tests only).

For tests that must show a value is in no page of a file at all — also not in free pages
or unused space inside a page, which SQL cannot reach. SQLCipher 4 defaults: the key is
PBKDF2-HMAC-SHA512 (passphrase, the file's first 16 bytes as salt, ``kdf_iter``, 32 bytes);
each 4096-byte page ends in 80 reserved bytes (IV 16, HMAC-SHA512 64) and is encrypted with
AES-256-CBC under that IV; page 1's first 16 bytes are the salt itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80


def decrypted_pages(path: Path, passphrase: str, kdf_iter: int) -> Iterator[bytes]:
    data = path.read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), data[:16], kdf_iter, 32)
    for offset in range(0, len(data), PAGE):
        page = data[offset : offset + PAGE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        body = page[16 if offset == 0 else 0 : PAGE - RESERVE]
        yield Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(body)
