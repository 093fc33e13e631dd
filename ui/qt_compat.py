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
from typing import Any, cast

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
        result: Any = cast(Any, probe.ping).emit()
        del result
        _DROPS = sys.getrefcount(True) < before
        if _DROPS:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # the probe's own loss
    return _DROPS


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
