"""One output path for the ``baken`` command line.

Every byte a command writes goes through here, so an OS error becomes the CLI contract
(exit 1 with a Dutch message on standard error) and never a traceback:

* ``guard(run)`` wraps a whole invocation (``desktop.cli.main``). It puts a thin guard
  around ``sys.stdout`` / ``sys.stderr`` that turns a failed write into ``OutputError`` (disk
  full, I/O error: exit 1, "Schrijven naar de uitvoer is mislukt: schijf vol.") or
  ``OutputClosed`` (the reader went away, as in ``baken audit | head -1``: exit 1 quietly,
  the Unix way). It flushes standard output before it returns, so a failure is reported
  with the exit code instead of being lost at interpreter shutdown, and it turns any stray
  ``OSError`` into exit 1 with a Dutch message.
* ``write_file(path, data)`` is the one way a command writes a file (``--out``,
  ``--output``, ``--certificate``): temp file in the same folder, fsync, rename. On failure
  no partial file is left and ``OutputFileError`` (a ``StoreIOError``, exit 1) says why.

Messages never contain a path (paths can hold names).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO, cast

from storage.errors import StoreIOError

EXIT_FAILED = 1

_REASONS = {
    errno.ENOSPC: "schijf vol",
    errno.EDQUOT: "schijfquotum bereikt",
    errno.EFBIG: "bestand te groot",
    errno.EACCES: "geen schrijfrechten",
    errno.EPERM: "geen schrijfrechten",
    errno.EROFS: "alleen-lezen bestandssysteem",
    errno.ENOENT: "de map bestaat niet",
    errno.ENOTDIR: "de map bestaat niet",
    errno.EISDIR: "dit is een map",
    errno.EEXIST: "het bestand bestaat al",
    errno.EIO: "invoer-/uitvoerfout van het apparaat",
    errno.ENAMETOOLONG: "de bestandsnaam is te lang",
    errno.EBADF: "de uitvoer is gesloten",
    errno.EPIPE: "de uitvoer is gesloten",
}


def reason(exc: OSError) -> str:
    """A short Dutch reason for an OS error (no path)."""
    return _REASONS.get(exc.errno or 0, "fout van het besturingssysteem")


class OutputError(Exception):
    """Writing to standard output failed; exit 1 with this (Dutch) message.

    Deliberately not a ``StoreError``: it passes through the command handlers (which may
    themselves try to print) up to ``guard``.
    """


class OutputClosed(Exception):
    """The reader of standard output has gone away (closed pipe); exit 1 quietly."""


class OutputFileError(StoreIOError):
    """Writing an output file failed; nothing was left behind."""


def output_message(exc: OSError) -> str:
    return f"Schrijven naar de uitvoer is mislukt: {reason(exc)}."


class _GuardedStream:
    """Delegates to a text stream; OS errors become OutputError/OutputClosed.

    With ``quiet`` (standard error) failures are swallowed: there is nowhere left to
    report them.
    """

    def __init__(self, raw: TextIO, *, quiet: bool = False) -> None:
        self._raw = raw
        self._quiet = quiet

    def _fail(self, exc: OSError) -> None:
        if self._quiet:
            return
        if isinstance(exc, BrokenPipeError) or exc.errno == errno.EPIPE:
            raise OutputClosed from None
        raise OutputError(output_message(exc)) from None

    def write(self, text: str) -> int:
        try:
            return self._raw.write(text)
        except OSError as exc:
            self._fail(exc)
            return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._raw.flush()
        except OSError as exc:
            self._fail(exc)

    def __getattr__(self, name: str) -> object:
        return getattr(self._raw, name)


class _Closed:
    """Stands in for a standard stream that is not there at all (``baken info >&-``)."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "closed")

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False


def _silence(stream: TextIO) -> None:
    """Point the stream's file descriptor at /dev/null, so the flush at interpreter exit
    cannot fail again (the pattern the Python docs recommend for SIGPIPE)."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)


def _say(message: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(f"baken: {message}", file=sys.stderr, flush=True)


def _exit_code(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    _say(str(code))
    return EXIT_FAILED


def guard(run: Callable[[], int]) -> int:
    """Run a whole CLI invocation under the output contract; returns the exit code."""
    raw_out, raw_err = sys.stdout, sys.stderr
    guarded_out = _GuardedStream(raw_out or cast(TextIO, _Closed()))
    sys.stdout = cast(TextIO, guarded_out)
    sys.stderr = cast(TextIO, _GuardedStream(raw_err or cast(TextIO, _Closed()), quiet=True))
    try:
        try:
            code = run()
        except SystemExit as exc:  # argparse --help / usage errors
            code = _exit_code(exc)
        guarded_out.flush()
        return code
    except OutputClosed:
        if raw_out is not None:
            _silence(raw_out)
        return EXIT_FAILED
    except OutputError as exc:
        if raw_out is not None:
            _silence(raw_out)
        _say(str(exc))
        return EXIT_FAILED
    except OSError as exc:  # a stray OS error in any command
        _say(f"Lezen of schrijven is mislukt: {reason(exc)}.")
        return EXIT_FAILED
    finally:
        sys.stdout, sys.stderr = raw_out, raw_err


@contextlib.contextmanager
def delivering(note: str, on_failure: Callable[[], None] | None = None) -> Iterator[None]:
    """For output that must arrive (a recovery code, a passphrase): flush it inside the
    block; when it did not arrive, run ``on_failure`` (e.g. remove a file that is useless
    without the passphrase) and say so, even for a closed pipe (``note``: what happened)."""
    try:
        yield
        sys.stdout.flush()
    except (OutputError, OutputClosed) as exc:
        if on_failure is not None:
            on_failure()
        first = (
            str(exc)
            if isinstance(exc, OutputError)
            else output_message(OSError(errno.EPIPE, "closed"))
        )
        raise OutputError(f"{first} {note}") from None


def write_file(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, rename).

    On failure the previous file (if any) is untouched, no temp file is left and
    ``OutputFileError`` carries a Dutch message without the path.
    """
    from storage.files import fsync_dir, replace_file  # not loaded for starting the app

    try:
        replace_file(path, data, mode)
    except OSError as exc:
        raise OutputFileError(
            f"Schrijven naar het uitvoerbestand is mislukt: {reason(exc)}. "
            "Er is geen bestand achtergelaten."
        ) from None
    with contextlib.suppress(OSError):  # durability of the rename only; the file is whole
        fsync_dir(path.parent)


def remove_file(path: Path) -> None:
    """Take back a file written by ``write_file`` (when what followed it failed)."""
    with contextlib.suppress(OSError):
        path.unlink()


def check_writable(path: Path) -> None:
    """Refuse early (``OutputFileError``) when no file can be made where ``path`` points:
    the folder is missing or read-only, or ``path`` is a folder. Leaves nothing behind."""
    if path.is_dir():
        raise OutputFileError(
            f"Schrijven naar het uitvoerbestand is mislukt: {_REASONS[errno.EISDIR]}."
        )
    import secrets

    probe = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise OutputFileError(
            f"Schrijven naar het uitvoerbestand is mislukt: {reason(exc)}. Er is niets gewijzigd."
        ) from None
    remove_file(probe)
