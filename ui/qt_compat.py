"""``emit(signal, *args)``: emit a Qt signal from Python without losing a reference to
``True``.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a reference
for it. Every emit whose result is dropped then decrements ``True``'s reference count once;
on Python 3.11 (where ``True`` is not immortal) the process dies after enough emits with
"Fatal Python error: bool_dealloc". ``emit`` gives the reference back, but only when the
defect is present (probed once, at first use), so a fixed PySide6 or Python >= 3.12 costs
nothing. Emit Python-side signals through this function (``tests/test_ui_operations.py``
checks it).
"""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any, cast

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


_PROBED: dict[str, bool] = {}  # "drops": the answer, once probed
_PROBE_EMITS = 64
_PROBE_LOCK = threading.Lock()


def emit_drops_a_reference() -> bool:
    """Whether this PySide6 loses a reference to the value ``emit()`` returns."""
    known = _PROBED.get("drops")
    if known is not None:
        return known
    with _PROBE_LOCK:  # a worker and the UI thread may emit first at the same moment
        known = _PROBED.get("drops")
        if known is not None:
            return known
        # Many emits, not one, and one thread at a time: another thread taking or dropping
        # references to True meanwhile must not decide the answer (a wrong "no" would let
        # the count drain).
        probe = _Probe()
        signal = cast(Any, probe.ping)
        before = sys.getrefcount(True)
        for _ in range(_PROBE_EMITS):
            signal.emit()
        lost = before - sys.getrefcount(True)
        drops = lost >= _PROBE_EMITS // 2
        for _ in range(max(0, lost)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # the probe's own losses
        _PROBED["drops"] = drops
        return drops


def emit(signal: SignalInstance, *args: Any) -> None:
    result: Any = cast(Any, signal).emit(*args)
    if (result is True or result is False) and emit_drops_a_reference():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


def pin_bool_singletons() -> None:
    """Belt and braces for this class of defect: PySide6 6.12 also drops references to the
    singletons elsewhere — emits that do not go through ``emit`` (tests, code added later)
    count ``True`` down, and a Python ``QTranslator.translate`` override returning ``None``
    (``ui.app.MnemonicFallbackTranslator``: Qt's null string) counts ``None`` down on every
    lookup ("Fatal Python error: none_dealloc" after enough of them). ``True``, ``False``
    and ``None`` are static singletons that CPython never frees, so raising their reference
    counts by a wide margin once is harmless and keeps the process alive. Only on an
    interpreter where they are not immortal (CPython < 3.12)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (True, False, None):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
