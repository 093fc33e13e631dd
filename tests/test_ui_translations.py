"""The English translation is complete, compiled, and actually used at runtime."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import translations

TS = translations.ts_path("en")
QM = translations.qm_path("en")


def test_committed_ts_has_no_unfinished_messages() -> None:
    todo = translations.problems(TS)
    assert not todo, "\n".join(f"{m.context}: {m.source[:60]}" for m in todo)
    assert len(translations.messages(TS)) > 100


def test_every_ui_string_is_in_the_ts_and_translated() -> None:
    """lupdate on the current ui/ sources must not find a new (untranslated) string.
    Fix with: ./dev.sh translations, then translate in the .ts (pyside6-linguist)."""
    todo = translations.check("en")
    assert not todo, "onvertaald:\n" + "\n".join(f"{m.context}: {m.source[:60]}" for m in todo)


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "baken_en.qm"
    translations.lrelease(TS, fresh)
    assert QM.read_bytes() == fresh.read_bytes(), "run ./dev.sh translations"


def test_placeholders_survive_translation() -> None:
    for m in translations.messages(TS):
        for ph in ("%1", "%2"):
            if ph in m.source:
                assert ph in m.translation, f"{m.context}: {m.source[:50]}"


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from ui.app import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "nl")


def test_english_at_runtime(qtbot, english, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from storage.vault import Vault
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.page_registry import pages

    win = MainWindow(AppContext(Vault(data_dir), "en"))
    qtbot.addWidget(win)
    assert win.unlock_view.unlock_button.text() == "&Unlock"
    assert win.lock_label.text() == "Locked"
    titles = [spec.title() for spec in pages()]
    assert "Settings" in titles and "Instellingen" not in titles


def test_dutch_is_the_default(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from storage.vault import Vault
    from ui.context import AppContext
    from ui.main_window import MainWindow

    win = MainWindow(AppContext(Vault(data_dir), "nl"))
    qtbot.addWidget(win)
    assert win.unlock_view.unlock_button.text() == "&Ontgrendelen"
