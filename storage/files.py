"""Small, careful file helpers: atomic writes and directory fsync."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from storage.errors import StoreIOError, io_message


def fsync_dir(path: Path) -> None:
    """fsync a directory so a rename inside it is durable (no-op where unsupported)."""
    if os.name == "nt":  # pragma: no cover - Windows has no directory fsync
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_file(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to a temp file in ``path``'s folder (created with ``mode``, fsync) and
    rename it over ``path``. On an ``OSError`` (raised as is) the previous file, if any, is
    untouched and no temp file is left. The folder itself is not fsynced."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` atomically: temp file in the same folder, fsync, rename,
    fsync of the folder. On any failure the previous file (if any) is untouched and no temp
    file is left (``StoreIOError``)."""
    try:
        replace_file(path, data, mode)
        fsync_dir(path.parent)
    except OSError as exc:
        raise StoreIOError(io_message(exc)) from None


def copy_file_durable(src: Path, dst: Path, chunk: int = 1 << 20) -> None:
    """Copy ``src`` to ``dst`` atomically (temp + fsync + rename)."""
    tmp = dst.with_name(f".{dst.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(src, "rb") as fin, open(tmp, "xb") as fout:
            while block := fin.read(chunk):
                fout.write(block)
            fout.flush()
            os.fsync(fout.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, dst)
        fsync_dir(dst.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StoreIOError(io_message(exc)) from None
