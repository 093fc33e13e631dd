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
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


_DROPS: bool | None = None


def emit_drops_a_reference() -> bool:
    """Whether this PySide6 loses a reference to the value ``emit()`` returns."""
    global _DROPS
    if _DROPS is None:
        probe = _Probe()
        before = sys.getrefcount(True)
        result = probe.ping.emit()
        del result
        _DROPS = sys.getrefcount(True) < before
        if _DROPS:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # the probe's own loss
    return _DROPS


def emit(signal: SignalInstance, *args: Any) -> None:
    result = signal.emit(*args)
    if (result is True or result is False) and emit_drops_a_reference():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
