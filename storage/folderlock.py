"""One writer per data folder: an OS lock on ``baken.lock`` in the data folder.

The lock file holds no data (a fixed line of ASCII); the OS locks on two of its bytes say
who has the store open:

* byte 0, the **writer** byte: held exclusively by the app for its whole unlocked session and
  by every CLI command that changes the store. A second app is refused at once; a CLI writer
  waits ``WAIT_SECONDS`` and then gives up with ``FolderBusyError``.
* byte 1, the **open** byte: held *shared* by every process that has the store open (readers
  such as ``verify``, ``info``, ``backup`` and ``export`` take only this one, so they can run
  next to the app). ``restore`` needs it *exclusively*: it refuses while any other process has
  the store open, so nobody can keep writing into a file that is being replaced.

Temporary files left by a killed run are removed only while the open byte can be taken
exclusively (``FolderLock.exclusive_now``), i.e. when no other process uses the folder.

POSIX uses ``fcntl.lockf`` (record locks: per process, shared/exclusive). Windows uses
``msvcrt.locking`` (exclusive byte ranges only): there a shared "open" lock is one of
``_WIN_SLOTS`` slot bytes, and the exclusive open lock takes all slots.

Within one process the locks are counted, not re-taken: the app's worker connections and an
in-process CLI call do not lock themselves out. The OS lock is released when the last holder
in the process lets go (or the process dies: the OS drops its locks).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from storage.errors import StoreError

LOCK_NAME = "baken.lock"
WAIT_SECONDS = 10.0
_POLL = 0.05
_CONTENT = b"Baken: vergrendelbestand zonder gegevens. Niet verwijderen terwijl Baken draait.\n"
_WIN_SLOTS = 64

READ = "read"  # the store is open (shared)
WRITE = "write"  # the store is open and this process is its one writer
EXCLUSIVE = "exclusive"  # nobody else may have the store open (restore)
NONE = "none"  # no lock at all: a backup folder opened only to read its key

BUSY = (
    "De gegevensmap is in gebruik door een ander Baken-venster of -opdracht. Sluit dat "
    "venster of wacht tot de opdracht klaar is, en probeer het opnieuw. Er is niets gewijzigd."
)
BUSY_APP = (
    "De gegevensmap is al geopend in een ander Baken-venster (of een opdracht is bezig). Er "
    "kan maar één venster tegelijk met dezelfde gegevens werken; gebruik dat venster, of "
    "sluit het en probeer het opnieuw."
)
BUSY_RESTORE = (
    "De back-up is niet teruggezet: de gegevens zijn nog geopend in een ander Baken-venster "
    "of -opdracht. Sluit Baken overal en probeer het opnieuw. Er is niets gewijzigd."
)


class FolderBusyError(StoreError):
    """Another Baken process holds the data folder."""


@dataclass
class _State:
    fd: int
    writable: bool = True
    readers: int = 0
    writers: int = 0
    exclusives: int = 0
    win_slot: int = -1


_lock = threading.RLock()
_states: dict[str, _State] = {}


def _key(folder: Path) -> str:
    return os.path.normcase(os.path.realpath(folder))


# --- OS primitives (non-blocking; True when taken) ------------------------------------------

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(fd: int, start: int, length: int) -> bool:
        os.lseek(fd, start, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
        except OSError:
            return False
        return True

    def _release(fd: int, start: int, length: int) -> None:
        os.lseek(fd, start, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, length)

    def _try_writer(st: _State) -> bool:
        return _try(st.fd, 0, 1)

    def _drop_writer(st: _State) -> None:
        _release(st.fd, 0, 1)

    def _try_shared(st: _State) -> bool:
        for slot in range(1, 1 + _WIN_SLOTS):
            if _try(st.fd, slot, 1):
                st.win_slot = slot
                return True
        return False

    def _drop_shared(st: _State) -> None:
        if st.win_slot > 0:
            _release(st.fd, st.win_slot, 1)
            st.win_slot = -1

    def _try_exclusive(st: _State) -> bool:
        taken: list[int] = []
        for slot in range(1, 1 + _WIN_SLOTS):
            if slot == st.win_slot:
                continue
            if not _try(st.fd, slot, 1):
                for s in taken:
                    _release(st.fd, s, 1)
                return False
            taken.append(slot)
        return True

    def _drop_exclusive(st: _State, keep_shared: bool) -> None:
        for slot in range(1, 1 + _WIN_SLOTS):
            if slot != st.win_slot:
                _release(st.fd, slot, 1)
        if not keep_shared:
            _drop_shared(st)
        elif st.win_slot < 0:
            _try_shared(st)

else:
    import fcntl

    def _lockf(fd: int, op: int, start: int) -> bool:
        try:
            fcntl.lockf(fd, op | fcntl.LOCK_NB if op != fcntl.LOCK_UN else op, 1, start)
        except OSError:
            return False
        return True

    def _try_writer(st: _State) -> bool:
        return _lockf(st.fd, fcntl.LOCK_EX, 0)

    def _drop_writer(st: _State) -> None:
        _lockf(st.fd, fcntl.LOCK_UN, 0)

    def _try_shared(st: _State) -> bool:
        return _lockf(st.fd, fcntl.LOCK_SH, 1)

    def _drop_shared(st: _State) -> None:
        _lockf(st.fd, fcntl.LOCK_UN, 1)

    def _try_exclusive(st: _State) -> bool:
        # Converts this process's shared lock (if any) in place; on failure it stays shared.
        return _lockf(st.fd, fcntl.LOCK_EX, 1)

    def _drop_exclusive(st: _State, keep_shared: bool) -> None:
        _lockf(st.fd, fcntl.LOCK_SH if keep_shared else fcntl.LOCK_UN, 1)


def _open_fd(folder: Path) -> tuple[int, bool] | None:
    """The lock file's descriptor and whether it is writable, or None where no lock file
    can exist (a read-only folder without one: nobody can write there, reading needs none)."""
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            return None
        return fd, False
    with contextlib.suppress(OSError):
        if os.fstat(fd).st_size == 0:
            os.write(fd, _CONTENT)
    return fd, True


def _wait(attempt: object, seconds: float) -> bool:
    deadline = time.monotonic() + max(0.0, seconds)
    while True:
        if attempt():  # type: ignore[operator]
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL)


class FolderLock:
    """One hold on a data folder's lock; ``release()`` (idempotent) lets go."""

    def __init__(self, folder: Path, mode: str) -> None:
        self.folder = Path(folder)
        self.mode = mode
        self._key = _key(self.folder)
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def exclusive_now(self) -> bool:
        """True when no other process has this folder open (briefly takes the open byte)."""
        with _lock:
            st = _states.get(self._key)
            if st is None:
                return False
            if st.exclusives:
                return True
            if not _try_exclusive(st):
                return False
            _drop_exclusive(st, keep_shared=st.readers > 0)
            return True

    def release(self) -> None:
        with _lock:
            if not self._held:
                return
            self._held = False
            st = _states.get(self._key)
            if st is None:
                return
            if self.mode == EXCLUSIVE:
                st.exclusives -= 1
                st.writers -= 1
                if not st.exclusives:
                    _drop_exclusive(st, keep_shared=st.readers > 0)
            else:
                st.readers -= 1
                if self.mode == WRITE:
                    st.writers -= 1
                if not st.readers and not st.exclusives:
                    _drop_shared(st)
            if not st.writers:
                _drop_writer(st)
            if not st.readers and not st.writers and not st.exclusives:
                del _states[self._key]
                with contextlib.suppress(OSError):
                    os.close(st.fd)

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(folder: Path, mode: str = READ, *, wait: float | None = None) -> FolderLock:
    """Take the data folder's lock in ``mode`` (waiting at most ``wait`` seconds).

    Only a restore in progress blocks ``READ`` (it waits 2 s); ``WRITE`` and ``EXCLUSIVE``
    wait ``WAIT_SECONDS`` unless told otherwise. Raises ``FolderBusyError``.
    A folder where no lock file can be made (read-only medium) is opened without one.
    """
    hold = FolderLock(folder, mode)
    if mode == NONE:
        return hold
    seconds = (WAIT_SECONDS if mode != READ else 2.0) if wait is None else wait
    message = {READ: BUSY, WRITE: BUSY, EXCLUSIVE: BUSY_RESTORE}[mode]
    with _lock:
        st = _states.get(hold._key)
        fresh = st is None
        if st is None:
            opened = _open_fd(Path(folder))
            if opened is None:
                return hold  # no lock possible; nothing to release
            st = _State(*opened)
        if not st.writable and mode != READ:
            # A read-only folder or medium: writing fails anyway, with its own message.
            if fresh:
                with contextlib.suppress(OSError):
                    os.close(st.fd)
            return hold
        try:
            need_writer = mode in (WRITE, EXCLUSIVE) and not st.writers
            if need_writer and not _wait(lambda: _try_writer(st), seconds):
                raise FolderBusyError(message)
            if mode == EXCLUSIVE:
                if not st.exclusives and not _wait(lambda: _try_exclusive(st), seconds):
                    if not st.writers:
                        _drop_writer(st)
                    raise FolderBusyError(message)
            elif (
                not st.readers and not st.exclusives and not _wait(lambda: _try_shared(st), seconds)
            ):
                if mode == WRITE and not st.writers:
                    _drop_writer(st)
                raise FolderBusyError(message)
        except BaseException:
            if fresh:
                with contextlib.suppress(OSError):
                    os.close(st.fd)
            raise
        if mode == EXCLUSIVE:
            st.exclusives += 1
            st.writers += 1
        else:
            st.readers += 1
            if mode == WRITE:
                st.writers += 1
        _states[hold._key] = st
        hold._held = True
    return hold
