"""Veilig uitwisselen in the app (issue 17), with pytest-qt and real stores.

- the aandachtsfunctionaris mode: the first-run wizard imports the coordinator's card and
  checks its fingerprint; the store shows only the reduced UI; a signal sent from its page
  leaves the store (a scan of everything the store holds, decrypted, finds none of its
  canaries; only a receipt stays) and arrives in the coordinator's store;
- the team folder: inbox/outbox chosen in Instellingen (kept in the store, not QSettings),
  the inbox scanned at unlock/on a timer off the UI thread, "2 pakketten van …" on Vandaag
  with a way to the Uitwisselen page, applied only when the user picks a package there;
  sending dossiers from the app writes to the outbox;
- a package with conflicts opens the merge's conflict dialog (dossier numbers and field
  names, no ids) and applies only the choices made.

Every store is a real SQLCipher file with its own data folder and keyring entry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QGroupBox, QTableWidget, QWizard

from desktop import exchange as ex
from desktop.cases.service import CaseService
from storage import retention
from storage.vault import Store, Vault
from tests.conftest import PASSWORD
from tests.handover_data import fill
from tests.test_ui_screens import clipped, mnemonic_clashes
from ui.context import AppContext, app_qsettings

TIMEOUT = 30_000
TODAY = date(2026, 11, 25)


def _store(root: Path, name: str) -> Store:
    store, _ = Vault(root / name).init(
        PASSWORD,
        initial_settings={"user.name": f"Collega {name}", "organisation.name": f"Gemeente {name}"},
    )
    return store


def _befriend(x: Store, y: Store) -> ex.Contact:
    sy = ex.ExchangeService(y)
    return ex.ExchangeService(x).add_contact(sy.own_card(), sy.own_fingerprint()).contact


@pytest.fixture
def ctx(vault: Vault) -> Iterator[AppContext]:
    store, _ = vault.init(
        PASSWORD,
        initial_settings={"user.name": "Fictieve Coördinator", "organisation.name": "ZVH Regio"},
    )
    context = AppContext(vault, "nl")
    context.set_store(store)
    yield context
    if context.is_unlocked:
        context.lock()


# --- aandachtsfunctionaris mode ----------------------------------------------------------


def _run_wizard(qtbot, wizard, card: Path, fingerprint: str):  # type: ignore[no-untyped-def]
    from ui.wizard import PAGE_COORDINATOR, PAGE_ORG, PAGE_PASSWORD, PAGE_RECOVERY

    wizard.resize(760, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.welcome_page.reporter.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_COORDINATOR
    page = wizard.coordinator_page
    assert not mnemonic_clashes(wizard)
    assert not page.isComplete()
    assert not page.load_card(card.with_name("bestaat-niet.json"))
    assert page.who.text()  # why: shown on the page, in the message catalog's words
    assert page.load_card(card)
    assert "Zorgcoördinator Noord" in page.who.text()
    page.fingerprint.setText("12345 " * 7 + "12345")  # misheard on the phone
    assert not page.isComplete() and "klopt (nog) niet" in page.status.text()
    page.fingerprint.setText(fingerprint.replace(" ", "-"))  # any separators
    assert page.isComplete() and "klopt" in page.status.text()
    wizard.next()
    assert wizard.currentId() == PAGE_ORG
    assert "Aandachtsfunctionaris" in wizard.org_page.user_role.currentText()
    wizard.org_page.org_name.setText("Wijkteam Oost")
    wizard.org_page.user_name.setText("Fictieve Aandachtsfunctionaris")
    wizard.next()
    assert wizard.currentId() == PAGE_PASSWORD
    wizard.password_page.fields.new.setText(PASSWORD)
    wizard.password_page.fields.confirm.setText(PASSWORD)
    wizard.next()  # the store is made on a worker; the wizard moves on by itself
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=TIMEOUT)
    rec = wizard.recovery_page
    assert rec.panel is not None and rec.panel.check_edit is not None
    code = rec.panel.code_label.text()
    rec.panel.check_edit.setText(code.split("-")[rec.panel.check_index])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())


def test_reporter_store_sends_a_signal_that_then_leaves_it(qtbot, vault: Vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.exchange.report_page import ReportPage
    from ui.main_window import MainWindow

    coord, _ = Vault(tmp_path / "zc").init(
        PASSWORD,
        initial_settings={
            "user.name": "Zorgcoördinator Noord",
            "organisation.name": "ZVH Noord",
        },
    )
    sc = ex.ExchangeService(coord)
    card = tmp_path / "zc.json"
    sc.export_card(card)
    share = tmp_path / "teammap"
    share.mkdir()

    ctx = AppContext(vault, "nl")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.start()
    assert win.wizard is not None
    _run_wizard(qtbot, win.wizard, card, sc.own_fingerprint())
    assert ctx.is_unlocked
    store = ctx.require_store()
    mine = ex.ExchangeService(store)
    assert mine.is_reporter()
    assert mine.coordinator() is not None
    assert mine.coordinator().fingerprint == sc.own_fingerprint()  # type: ignore[union-attr]
    # the reduced UI: the report page, settings, security, help
    qtbot.waitUntil(lambda: win.workspace is not None)
    assert win.workspace.page_keys() == ["melden", "settings", "security", "help"]
    search = win.search_hook  # type: ignore[attr-defined]
    assert not search.action.isEnabled() and not search.toolbar.isVisible()  # nothing to search
    assert search.open() is None
    page = win.workspace.page_widgets["melden"]
    assert isinstance(page, ReportPage)
    qtbot.waitUntil(lambda: page.coordinator is not None)
    assert "Zorgcoördinator Noord" in page.coordinator_label.text()
    assert sc.own_fingerprint() in page.coordinator_fp.text()
    assert not page.send_button.isEnabled()  # nothing to send yet
    QApplication.processEvents()
    assert not mnemonic_clashes(win) and not clipped(win)

    # the outbox (Instellingen -> Uitwisselen), kept inside the store
    settings = win.go_to("settings")
    assert settings.exchange_box.set_folder("outbox", share)
    assert ctx.setting(ex.OUTBOX_SETTING) == str(share)
    assert not any(str(share) in str(app_qsettings().value(k)) for k in app_qsettings().allKeys())
    win.go_to("melden")

    # a signal through the form
    page.new_signal()
    dialog = page.signal_dialog
    assert dialog is not None
    dialog.reporter_name.setText("Meldster Kanariegeel")
    dialog.person_hint.setText("K.Z.")
    dialog.description.setPlainText("af-kanarie-5521: jongen werkt 's nachts in de kas")
    dialog.save()
    qtbot.waitUntil(lambda: len(page.waiting) == 1)
    assert page.send_button.isEnabled() and "teammap" in page.where_label.text()
    signal_id = page.waiting[0].id

    page.choose_and_send()  # the outbox is set: no file dialog
    assert page.last_sent is not None
    qtbot.waitUntil(lambda: page.receipt_table.rowCount() == 1 and not page.waiting)
    sent = page.last_sent
    assert sent.path.parent == share
    assert page.receipt_table.item(0, 2).text() == "1"  # number of signals
    assert "Zorgcoördinator Noord" in page.receipt_table.item(0, 1).text()
    # Gone from this store: everything it holds, decrypted, has none of the canaries (the
    # tables, the audit log, drafts, search index and its segments); only the receipt.
    for canary in ("Kanariegeel", "af-kanarie-5521", "'s nachts in de kas", "K.Z."):
        assert retention.find_text(store.db, canary) == [], canary
    (receipt,) = mine.receipts()
    assert receipt.package_id == sent.package_id and receipt.signals == 1
    assert store.db.scalar("SELECT count(*) FROM signals") == 0

    # ... and in the coordinator's store
    sc.add_contact(mine.own_card(), mine.own_fingerprint())
    got = sc.receive(sent.path)
    assert got.kind == ex.KIND_SIGNALS
    assert coord.db.scalar("SELECT description FROM signals WHERE id = ?", (signal_id,)) == (
        "af-kanarie-5521: jongen werkt 's nachts in de kas"
    )
    coord.close()
    win.lock()


# --- team folder -------------------------------------------------------------------------


def test_team_folder_inbox_notice_on_today_and_apply(qtbot, ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.cases.today_page import TodayPage
    from ui.exchange.inbox import INTERVAL_MS, watcher
    from ui.exchange.page import ExchangePage
    from ui.operations import Operation
    from ui.pages.settings_page import SettingsPage

    store = ctx.require_store()
    a = _store(tmp_path, "a")
    inbox, outbox = tmp_path / "inbox", tmp_path / "uitbox"
    inbox.mkdir()
    outbox.mkdir()
    try:
        ids = fill(a, dossiers=3, notes=1)
        me = _befriend(a, store)
        _befriend(store, a)
        sa = ex.ExchangeService(a)
        sa.send(me.id, dossiers=ids[:1], outbox=inbox, reason="overdracht")
        sa.send(me.id, dossiers=ids[1:2], outbox=inbox, reason="overdracht")
    finally:
        a.close()

    w = watcher(ctx)
    today = TodayPage(ctx)
    qtbot.addWidget(today)
    today.resize(1100, 700)
    today.show()
    notice = today.packages_notice
    assert not notice.isVisible()  # no inbox set yet

    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    assert not settings.exchange_box.set_folder("inbox", tmp_path / "bestaat-niet")
    assert "bestaat niet" in settings.exchange_box.error.text()
    assert settings.exchange_box.set_folder("inbox", inbox)
    assert isinstance(w.running, Operation)  # the scan runs on a worker, not inline
    assert settings.exchange_box.set_folder("outbox", outbox)
    assert settings.exchange_box.inbox.text() == str(inbox)
    before = store.db.scalar("SELECT count(*) FROM dossiers")
    qtbot.waitUntil(lambda: w.result is not None and w.running is None, timeout=TIMEOUT)
    assert w.timer.isActive() and w.timer.interval() == INTERVAL_MS <= 5 * 60_000
    assert notice.isVisible()
    assert "2 pakketten van Collega a" in notice.text.text()
    assert store.db.scalar("SELECT count(*) FROM dossiers") == before  # seen, not applied

    asked: list[str] = []
    ctx.page_requested.connect(asked.append)
    notice.button.click()
    assert asked == ["exchange"]

    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.packages.rowCount() == 2
    assert "Collega a" in page.packages.item(0, 0).text()
    assert "nieuw" in page.packages.item(0, 1).text()
    assert "1 dossier," in page.packages.item(0, 2).text()  # counts in words, not tables
    # what the chosen package holds, in full, before it is applied
    details = page.details.text()
    assert details.startswith("Van Collega a") and "(nieuw)" in details
    assert "Achter" in details or "Kanariepiet" in details  # the person named in the dossier
    page.apply_selected()
    qtbot.waitUntil(lambda: page.last_received is not None, timeout=TIMEOUT)
    assert store.db.scalar("SELECT count(*) FROM dossiers") == before + 1
    qtbot.waitUntil(lambda: "1 pakket van Collega a" in notice.text.text(), timeout=TIMEOUT)

    # sending from the app goes to the outbox
    page.open_send_dialog()
    dialog = page.send_dialog
    assert dialog is not None and dialog.contact.count() == 1
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() > 0)
    qtbot.waitExposed(dialog)
    assert not mnemonic_clashes(dialog) and not clipped(dialog)
    dialog.picker.model.set_checked({page.last_received.dossiers[0]})  # type: ignore[union-attr]
    dialog.reason.setText("terug naar collega")
    assert dialog.send()
    assert dialog.sent is not None and dialog.sent.path.parent == outbox

    # locking stops the timer and forgets what was found; unlocking looks again
    vault = ctx.vault
    ctx.lock()
    assert not w.timer.isActive() and w.result is None and not notice.isVisible()
    ctx.set_store(vault.unlock(PASSWORD))
    qtbot.waitUntil(lambda: w.result is not None and w.running is None, timeout=TIMEOUT)
    assert w.timer.isActive() and len(w.pending) == 1
    ctx.lock()


# --- conflicts -----------------------------------------------------------------------------


def test_package_conflict_dialog_applies_only_the_choices(qtbot, ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.exchange.page import ExchangePage
    from ui.handover.merge import ConflictDialog

    b = ctx.require_store()
    a = _store(tmp_path, "a")
    share = tmp_path / "teammap"
    share.mkdir()
    try:
        ids = fill(a, dossiers=1, notes=2)
        ab = _befriend(a, b)
        _befriend(b, a)
        sa, sb = ex.ExchangeService(a), ex.ExchangeService(b)
        sb.receive(sa.send(ab.id, dossiers=ids, outbox=share, reason="overdracht").path)
        ca, cb = CaseService(a, clock=lambda: TODAY), CaseService(b, clock=lambda: TODAY)
        notes = sorted(ca.timeline(ids[0]), key=lambda n: n.id)
        first, second = notes[0].id, notes[1].id

        def edit(svc: CaseService, nid: str, text: str) -> None:
            note = next(n for n in svc.timeline(ids[0]) if n.id == nid)
            svc.update_note(dataclasses.replace(note, text=text))

        for nid, tag in ((first, "1"), (second, "2")):
            edit(cb, nid, f"B: mijn versie {tag}")
            edit(ca, nid, f"A: versie van collega {tag}")
        sa.send(ab.id, dossiers=ids, outbox=share, reason="overdracht")
        number = str(a.db.scalar("SELECT number FROM dossiers WHERE id = ?", (ids[0],)))
    finally:
        a.close()

    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.scan(share)
    assert page.packages.rowCount() == 1
    page.apply_selected()
    dialog = page.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    keys = {c.record_id: c.key for c in dialog.plan.conflicts}
    assert set(keys) == {first, second}
    titles = [g.title() for g in dialog.findChildren(QGroupBox)]
    assert titles and all(number in t for t in titles), titles  # the dossier number
    cells = [
        t.item(r, c).text()
        for t in dialog.findChildren(QTableWidget)
        for r in range(t.rowCount())
        for c in range(3)
    ]
    assert "Tekst" in cells and "B: mijn versie 1" in cells and "A: versie van collega 1" in cells
    for raw in (first, second, ids[0], "updated_at", "text"):  # no ids, no column names
        assert not any(raw in x for x in titles + cells), raw
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not mnemonic_clashes(dialog) and not clipped(dialog)
    assert not dialog.ok.isEnabled()  # everything must be chosen first
    dialog.choose(keys[first], "incoming")
    dialog.choose(keys[second], "local")
    assert dialog.ok.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: page.last_received is not None, timeout=TIMEOUT)
    texts = dict(b.db.query("SELECT id, text FROM notes WHERE id IN (?, ?)", (first, second)))
    assert texts == {first: "A: versie van collega 1", second: "B: mijn versie 2"}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_reporter_screens_fit_without_mnemonic_clashes(qtbot, qapp, tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    from tests.test_ui_screens import HEIGHT, WIDTH, _unlock
    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.wizard import FirstRunWizard

    coord = _store(tmp_path, "zc")
    card = tmp_path / "zc.json"
    ex.ExchangeService(coord).export_card(card)
    vault = Vault(tmp_path / "af")
    store, _ = vault.init(PASSWORD, initial_settings={"user.name": "Fictieve AF"})
    sc = ex.ExchangeService(coord)
    ex.ExchangeService(store).become_reporter(sc.own_card(), sc.own_fingerprint())
    store.close()
    coord.close()
    install_translators(qapp, language)
    try:
        win = MainWindow(AppContext(vault, language))
        qtbot.addWidget(win)
        win.resize(WIDTH, HEIGHT)
        win.start()
        _unlock(win)
        problems = {}
        for key in win.workspace.page_keys():
            win.go_to(key)
            QApplication.processEvents()
            problems[key] = clipped(win) + mnemonic_clashes(win)
        assert win.workspace.page_keys() == ["melden", "settings", "security", "help"]
        wizard = FirstRunWizard(win.ctx)
        qtbot.addWidget(wizard)
        wizard.resize(760, 600)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.welcome_page.reporter.setChecked(True)
        problems["wizard welcome"] = mnemonic_clashes(wizard)
        wizard.next()
        QApplication.processEvents()
        problems["wizard coordinator"] = mnemonic_clashes(wizard) + clipped(wizard)
        wizard.close()
        win.lock()
    finally:
        install_translators(qapp, "nl")
    bad = {k: v for k, v in problems.items() if v}
    assert not bad, bad


def test_conflict_dialog_shows_links_by_number_never_by_id(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.session import Conflict, MergePlan
    from ui.handover.merge import ConflictDialog

    did, pid, other = "d" * 32, "p" * 32, "o" * 32
    conflict = Conflict(
        "notes",
        "n" * 32,
        ("dossier_id", "person_id", "text"),
        {"dossier_id": did, "person_id": pid, "text": "hier"},
        {"dossier_id": other, "person_id": None, "text": "daar"},
    )
    plan = MergePlan(None, add=[], update=[], skipped=0, conflicts=[conflict])  # type: ignore[arg-type]
    dialog = ConflictDialog(plan, None, dossier_numbers={did: "2026-0007", other: "2026-0009"})
    qtbot.addWidget(dialog)
    (table,) = dialog.findChildren(QTableWidget)
    cells = [
        table.item(r, c).text()
        for r in range(table.rowCount())
        for c in range(3)
        if table.item(r, c)
    ]
    assert cells[:3] == ["Dossier", "2026-0007", "2026-0009"]
    assert "(gekoppeld record)" in cells and "Tekst" in cells
    (box,) = dialog.findChildren(QGroupBox)
    assert "dossier 2026-0007" in box.title()
    assert not any(x in " ".join(cells) + box.title() for x in (did, pid, other, "_id"))
