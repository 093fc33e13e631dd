"""Privacy page with pytest-qt: Te vernietigen (review, destroy, certificate) and inzage."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.retention import Policy, RetentionService, Rule
from storage import retention as rq
from storage.vault import Vault
from tests.conftest import PASSWORD
from tests.test_retention import CANARY, _plant
from ui.context import AppContext
from ui.page_registry import pages
from ui.privacy.page import PrivacyPage


@pytest.fixture
def ctx(vault: Vault) -> Iterator[tuple[AppContext, str]]:
    store, _ = vault.init(PASSWORD, initial_settings={"user.name": "Fictieve Tester"})
    doomed, _ = _plant(store)
    store.db.execute(
        "UPDATE dossiers SET closed_on = ? WHERE id = ?",
        ((date.today() - timedelta(days=800)).isoformat(), doomed),
    )
    RetentionService(store).set_policy(
        Policy(Rule(20, "standaard"), {"doel_bereikt": Rule(1, "proefbasis")})
    )
    context = AppContext(vault, "nl")
    context.set_store(store)
    yield context, doomed
    if context.is_unlocked:
        context.lock()


def test_registered() -> None:
    assert "privacy" in [p.key for p in pages()]


def test_review_destroy_certificate_and_inzage(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context, doomed = ctx
    number = rq.dossier_facts(context.require_store().db, doomed)["number"]
    page = PrivacyPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    tab = page.retention
    assert tab.due.topLevelItemCount() == 1
    item = tab.due.topLevelItem(0)
    assert item.text(0) == number and item.text(5) == "proefbasis"
    assert tab.checked_ids() == []
    tab.ask_destroy()  # nothing ticked: a message, nothing destroyed
    assert "Vink eerst" in tab.error.text()
    page.grab().save(str(tmp_path / "privacy.png"))

    # inzage before destruction
    page.tabs.setCurrentIndex(1)
    person = page.inzage.person_of(number)
    assert person
    op = page.inzage.make_to(person, tmp_path / "inzage.pdf")
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=20000)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "inzage.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert CANARY in text
    assert page.inzage.person_of("BESTAAT-NIET") is None

    item.setCheckState(0, Qt.CheckState.Checked)
    assert tab.checked_ids() == [doomed]
    assert tab.destroy_dossiers(tab.checked_ids())
    qtbot.waitUntil(lambda: tab.operation is None, timeout=20000)
    assert tab.due.topLevelItemCount() == 0 and tab.register.topLevelItemCount() == 1
    assert tab.register.topLevelItem(0).text(0) == number
    assert tab.certificate_button.isEnabled()
    assert tab.save_certificate_to(tmp_path / "cert.pdf")
    assert (tmp_path / "cert.pdf").read_bytes().startswith(b"%PDF")
    assert rq.find_text(context.require_store().db, CANARY) == []
