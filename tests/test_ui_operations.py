"""The background-operation helper and the recovery sheet PDF."""

from __future__ import annotations

import re
import subprocess
import threading
import time
import weakref
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QPushButton, QWidget

import ui.operations
from desktop.recovery_sheet import render_recovery_sheet
from storage.errors import StoreError
from ui.operations import CancelToken, error_text, run_operation, wait_for


def test_quick_work_shows_no_progress_and_returns_on_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    got: list[object] = []
    threads: list[object] = []

    def work(cancel: CancelToken) -> int:
        threads.append(threading.current_thread())
        return 42

    op = run_operation(
        parent, work, lambda r: got.append((r, threading.current_thread())), label="x"
    )
    qtbot.waitUntil(lambda: bool(got))
    assert got[0][0] == 42
    assert got[0][1] is threading.main_thread(), "result handled on the UI thread"
    assert threads[0] is not threading.main_thread(), "work ran off the UI thread"
    assert op.progress is None


def test_slow_work_shows_delayed_progress_and_can_be_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    done: list[object] = []
    steps: list[int] = []

    def work(cancel: CancelToken) -> str:
        for i in range(100):
            if cancel.cancelled:
                return "afgebroken"
            steps.append(i)
            time.sleep(0.02)
        return "klaar"

    op = run_operation(parent, work, done.append, label="Bezig…", delay_ms=200)
    qtbot.wait(80)
    assert op.progress is None, "no dialog for the first fraction of a second"
    qtbot.waitUntil(lambda: op.progress is not None and op.progress.isVisible(), timeout=10000)
    progress = op.progress
    assert progress is not None
    buttons = progress.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Annuleren"]
    buttons[0].click()
    qtbot.waitUntil(lambda: op.finished, timeout=10000)
    assert op.token.cancelled
    assert done == [], "a cancelled operation does not deliver a result"
    assert len(steps) < 100
    qtbot.waitUntil(lambda: not shiboken6.isValid(progress) or not progress.isVisible())


def test_errors_are_reported_safely(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def fail(cancel: CancelToken) -> None:
        raise ValueError("Jansen, Pieter, geb. 01-02-1990")

    run_operation(None, fail, lambda r: None, label="x", on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    # The generic message never repeats exception text (it may hold personal data).
    assert "Jansen" not in error_text(errors[0])
    assert error_text(StoreError("De schijf is vol.")) == "De schijf is vol."


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


class _Held:
    """Stands for what a work closure or its result may hold (a widget, a key)."""


def test_operation_and_what_its_work_holds_are_freed_on_the_ui_thread(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A pool thread that is slow after handing over its result must not drop the last
    reference to the operation (a QObject with a timer, on the UI thread), the work's
    closure or the result: CI died with a segmentation fault after repeated failed
    unlocks when it did. The pool thread here sleeps after its emit, so the UI thread
    delivers and lets go first; everything must still be freed on the UI thread."""
    real_emit = ui.operations.emit

    def slow_after_emit(signal, *args) -> None:  # type: ignore[no-untyped-def]
        real_emit(signal, *args)
        if threading.current_thread() is not threading.main_thread():
            time.sleep(0.1)

    monkeypatch.setattr(ui.operations, "emit", slow_after_emit)
    parent = QWidget()
    qtbot.addWidget(parent)
    freed: dict[str, str] = {}

    def note(what: str) -> None:
        freed[what] = threading.current_thread().name

    for outcome in ("result", "error"):
        captured = _Held()
        result = _Held()
        weakref.finalize(captured, note, f"{outcome}: closure")
        weakref.finalize(result, note, f"{outcome}: value")

        def work(cancel: CancelToken, captured=captured, result=result, outcome=outcome) -> _Held:
            assert captured is not None
            if outcome == "error":
                raise StoreError()
            return result

        got: list[object] = []
        op = run_operation(parent, work, got.append, label="x", on_error=got.append)
        weakref.finalize(op, note, f"{outcome}: operation")
        del work, captured, result
        wait_for(op)
        if outcome == "result":  # what the work held goes when it ends, not with the operation
            assert "result: closure" in freed and op.finished
        del op
        got.clear()
        qtbot.wait(300)  # the pool thread wakes up, returns and is done
    main = threading.main_thread().name
    assert set(freed) == {
        f"{o}: {w}" for o in ("result", "error") for w in ("closure", "value", "operation")
    }, freed
    assert all(name == main for name in freed.values()), freed


def test_recovery_sheet_pdf_dutch_and_english(tmp_path: Path) -> None:
    code = "ABCDE-FGHJK-MNPQR-STVWX-YZ012"
    pdf = render_recovery_sheet(
        code=code, organisation="ZVH Één & Twee", created=date(2026, 11, 23), store_id="s-1"
    )
    assert pdf.startswith(b"%PDF")
    text = _pdftotext(pdf, tmp_path)
    assert code in text
    assert "ZVH Één & Twee" in text
    assert "23-11-2026" in text
    assert "Herstelcode" in text and "achter slot" in text
    en = _pdftotext(
        render_recovery_sheet(code=code, organisation="X", created=date(2026, 1, 2), language="en"),
        tmp_path,
    )
    assert "Recovery code" in en and "02-01-2026" in en and code in en


def test_recovery_sheet_prints_from_memory(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The print path (QtPdf render onto a QPrinter) works; here the printer is a PDF file."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.widgets import render_pdf_to_printer

    pdf = render_recovery_sheet(
        code="ABCDE-FGHJK-MNPQR-STVWX-YZ012", organisation="X", created=date.today()
    )
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert render_pdf_to_printer(pdf, printer) == 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    assert out.stat().st_size > 10_000, "the page image was drawn"


def test_work_stops_and_delivers_nothing_when_its_view_is_destroyed(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    done: list[object] = []
    seen_cancel: list[bool] = []

    def work(cancel: CancelToken) -> str:
        for _ in range(200):
            if cancel.cancelled:
                seen_cancel.append(True)
                return "gestopt"
            time.sleep(0.01)
        return "klaar"

    op = run_operation(parent, work, done.append, label="x", delay_ms=5000)
    qtbot.wait(50)
    parent.deleteLater()
    qtbot.waitUntil(lambda: op.finished, timeout=10000)
    assert seen_cancel == [True]
    assert done == []


def test_unexpected_errors_never_print_their_message(qtbot, capsys) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import excepthook

    def close_boxes() -> None:
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w.inherits("QMessageBox"):
                w.close()

    QTimer.singleShot(100, close_boxes)
    try:
        raise KeyError("Pieter Jansen, Dorpsstraat 1")
    except KeyError as exc:
        excepthook(KeyError, exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "onverwachte fout (KeyError)" in err
    assert "test_ui_operations.py" in err
    assert "Jansen" not in err


def test_emitting_signals_does_not_drain_the_reference_count_of_true(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0's ``emit()`` drops a reference to ``True`` per call (Python 3.11 then
    dies with "bool_dealloc"); ``ui.qt_compat.emit`` gives it back. 5,000 publishes must
    leave the count where it was."""
    import sys

    from desktop.events import Change
    from storage.vault import Vault
    from ui.context import AppContext

    ctx = AppContext(Vault(Path("/nonexistent-baken-test")), "nl")
    seen: list[Change] = []
    ctx.changed.connect(seen.append)
    import gc

    gc.collect()
    gc.disable()  # no unrelated objects holding True freed in the middle of the count
    try:
        before = sys.getrefcount(True)
        for _ in range(5000):
            ctx.publish(Change.of("note"))
        after = sys.getrefcount(True)
    finally:
        gc.enable()
    assert len(seen) == 5000
    # other objects holding True may be freed meanwhile; the defect would lose all 5,000
    assert after > before - 1000


def test_bool_singletons_survive_many_raw_emits(qapp) -> None:  # type: ignore[no-untyped-def]
    """Raw ``signal.emit()`` calls (not through ui.qt_compat.emit) must not be able to
    count True down to zero: the qapp fixture pins the singletons as ui.app does."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class P(QObject):
        ping = Signal()

    p = P()
    before = sys.getrefcount(True)
    for _ in range(20_000):
        p.ping.emit()
    assert sys.getrefcount(True) > 1_000_000 or sys.getrefcount(True) >= before - 20_000
    assert sys.getrefcount(True) > 0


def test_none_survives_many_fallback_translator_lookups(qapp) -> None:  # type: ignore[no-untyped-def]
    """The Dutch UI installs a Python QTranslator whose translate() returns None (Qt's null
    string); PySide6 6.12 drops a reference to None per lookup. 50,000 lookups (more than
    None's own reference count at start) must not kill the process."""
    from PySide6.QtCore import QCoreApplication

    from ui.app import install_translators

    install_translators(qapp, "nl")
    for _ in range(50_000):
        QCoreApplication.translate("Pages", "Instellingen")
    assert QCoreApplication.translate("Pages", "Instellingen") == "Instellingen"


def test_the_emit_probe_is_not_fooled_by_threads(qapp) -> None:  # type: ignore[no-untyped-def]
    """The first emits may come from a worker and the UI thread at once (an operation
    finishing while a view publishes). Probing concurrently once decided "no defect" in a
    full test run, and the count of True drained from then on: the probe is serialised."""
    import threading

    from ui import qt_compat

    qt_compat._PROBED.clear()
    truth = qt_compat.emit_drops_a_reference()
    for _ in range(5):
        qt_compat._PROBED.clear()
        barrier = threading.Barrier(4)
        answers: list[bool] = []

        def probe() -> None:
            barrier.wait()
            answers.append(qt_compat.emit_drops_a_reference())

        threads = [threading.Thread(target=probe) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert answers == [truth] * 4
    assert qt_compat._PROBED["drops"] is truth
