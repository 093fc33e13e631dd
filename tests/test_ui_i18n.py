"""Qt in Dutch and English: numerus forms (%n: "1 resultaat", "2 resultaten"), Qt's own
dialogs translated, file dialogs starting in Documents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from tests import translations


@pytest.fixture(params=["nl", "en"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from ui.app import install_translators

    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "nl")


EXPECTED = {
    "nl": {
        ("SearchPopup", "%n resultaten — Enter opent"): ("1 resultaat", "2 resultaten"),
        ("SettingsPage", " minuten"): (" minuut", " minuten"),
        ("DossiersPage", "%n dossiers"): ("1 dossier", "2 dossiers"),
        ("OpvangPage", "(langste wachttijd %n dagen)"): ("1 dag)", "2 dagen)"),
    },
    "en": {
        ("SearchPopup", "%n resultaten — Enter opent"): ("1 result", "2 results"),
        ("SettingsPage", " minuten"): (" minute", " minutes"),
        ("DossiersPage", "%n dossiers"): ("1 dossier", "2 dossiers"),
        ("OpvangPage", "(langste wachttijd %n dagen)"): ("1 day)", "2 days)"),
    },
}


def test_numerus_forms(language: str) -> None:
    for (context, source), (one, two) in EXPECTED[language].items():
        assert one in QCoreApplication.translate(context, source, "", 1)
        assert two in QCoreApplication.translate(context, source, "", 2)


def test_dutch_plural_catalogue_is_complete_and_compiled(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ts = translations.ts_path("nl")
    assert not translations.problems(ts)
    assert len(translations.messages(ts)) >= 10
    fresh = tmp_path / "baken_nl.qm"
    translations.lrelease(ts, fresh)
    assert translations.qm_path("nl").read_bytes() == fresh.read_bytes()
    assert not translations.check("nl"), "run ./dev.sh translations"


def test_qt_file_dialog_speaks_dutch(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QLabel

    from ui.app import install_translators
    from ui.widgets import documents_folder

    install_translators(qapp, "nl")
    dialog = QFileDialog(None, "Kies", str(documents_folder()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Zoeken in:", "Bestanden van type:"} <= texts, texts
    assert "Look in:" not in texts


def test_file_dialogs_start_in_documents_or_home(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from ui.widgets import documents_folder

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    assert documents_folder() == tmp_path  # no Documents folder: home, not the working dir
    (tmp_path / "Documents").mkdir()
    assert documents_folder() == tmp_path / "Documents"
    assert documents_folder() != Path.cwd()
