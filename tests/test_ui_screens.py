"""Every main screen at 1366×768, in Dutch and English: no clipped text, no mnemonic clashes.

Builds the real main window on a real store filled by the demo generator (as
tests/screenshots.py does), shows it offscreen and, for every page and a few dialogs,
compares each visible label's, button's, check box's and tab's size hint with its geometry,
and checks that no two visible controls of one window (or one menu) share an Alt-mnemonic.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTableWidget,
    QWidget,
)

from tests.conftest import PASSWORD

WIDTH, HEIGHT = 1366, 768
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).lower() if m else None


def _visible(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root) and w.isVisible() and w.width() > 0


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Visible controls of one window that share a mnemonic (menu bar titles included)."""
    seen: dict[str, list[str]] = {}
    for w in root.findChildren(QWidget):
        if not _visible(w, root) or not w.isEnabled() and not isinstance(w, QLabel):
            continue
        texts: list[str] = []
        buddy = w.buddy() if isinstance(w, QLabel) else None
        if isinstance(w, QAbstractButton) or buddy is not None and _visible(buddy, root):
            texts = [w.text()]
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts = [w.title()]
        elif isinstance(w, QTabBar):
            texts = [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]
        for t in texts:
            key = mnemonic(t)
            if key:
                seen.setdefault(key, []).append(t)
    menubar = getattr(root, "menuBar", None)
    if callable(menubar) and menubar().isVisible():
        for action in menubar().actions():
            if action.isVisible() and (key := mnemonic(action.text())):
                seen.setdefault(key, []).append(action.text())
    return [f"Alt+{k.upper()}: {v}" for k, v in seen.items() if len(v) > 1]


def menu_clashes(menu: QMenu) -> list[str]:
    seen: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key:
            seen.setdefault(key, []).append(action.text())
        sub = action.menu()
        if isinstance(sub, QMenu):
            menu_clashes(sub)
    return [f"{menu.title()} Alt+{k.upper()}: {v}" for k, v in seen.items() if len(v) > 1]


def clipped(root: QWidget) -> list[str]:
    """Visible texts that do not fit the widget that shows them."""
    out = []
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if (
            _visible(area, root)
            and inner is not None
            and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and inner.width() > area.viewport().width() + 2
        ):
            out.append(f"scroll area {area.objectName()!r}: content cut off at the right")
    for view in root.findChildren(QAbstractItemView):
        if not _visible(view, root):
            continue
        bar = view.horizontalScrollBar()
        if bar.maximum() > 0:
            out.append(f"{view.accessibleName() or type(view).__name__}: horizontal scrolling")
        header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
        if callable(header) and header().isVisible():
            h = header()
            for i in range(h.count()):
                if h.isSectionHidden(i) or h.sectionSize(i) == 0:
                    continue
                text = str(view.model().headerData(i, Qt.Orientation.Horizontal) or "")
                need = h.sectionSizeHint(i)  # text, margins and sort indicator
                if text and h.sectionSize(i) < need:
                    out.append(f"column {text!r}: {h.sectionSize(i)} < {need} px")
    for w in root.findChildren(QWidget):
        if not _visible(w, root):
            continue
        name = f"{type(w).__name__} {w.objectName()!r}"
        if isinstance(w, QLabel):
            text = w.text()
            if not text.strip() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 2:
                    out.append(f"{name} {text[:40]!r}: needs height {need} > {w.height()}")
            elif w.sizeHint().width() > w.width() + 2:
                out.append(f"{name} {text[:40]!r}: needs {w.sizeHint().width()} > {w.width()}")
        elif isinstance(w, QPushButton | QCheckBox | QRadioButton):
            if w.text() and w.sizeHint().width() > w.width() + 2:
                out.append(f"{name} {w.text()[:40]!r}: needs {w.sizeHint().width()} > {w.width()}")
        elif isinstance(w, QTabBar):
            used = sum(w.tabRect(i).width() for i in range(w.count()) if w.isTabVisible(i))
            if used > w.width() + 2:
                out.append(f"tabs do not fit: {used} > {w.width()} px")
            for i in range(w.count()):
                if w.isTabVisible(i) and w.tabRect(i).width() + 2 < w.tabSizeHint(i).width():
                    out.append(f"tab {w.tabText(i)!r}: {w.tabRect(i).width()} px")
    return out


@pytest.fixture(scope="module", params=["nl", "en"])
def window(request, qapp, tmp_path_factory) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    from desktop import demo, demo_care
    from storage.vault import Vault
    from ui.app import install_translators
    from ui.cases.search_hook import install_search
    from ui.context import AppContext
    from ui.main_window import MainWindow

    language = request.param
    install_translators(qapp, language)
    data = Path(tmp_path_factory.mktemp(f"screens-{language}"))
    vault = Vault(data)
    store, _ = vault.init(
        PASSWORD,
        initial_settings={"user.name": "Fictieve Coördinator", "organisation.name": "ZVH Regio"},
        password_only=True,
    )
    demo.generate(store, 40, notes_per_case=2)
    demo_care.generate(store)  # shelters, placements, plans: Opvang and care tabs filled
    store.close()
    win = MainWindow(AppContext(vault, language))
    install_search(win)
    win.resize(WIDTH, HEIGHT)
    win.start()
    _unlock(win)
    yield win
    win.lock()
    win.close()
    install_translators(qapp, "nl")


def _unlock(win) -> None:  # type: ignore[no-untyped-def]
    """Unlock and wait: the key is derived on a worker, the window changes when it is done."""
    if win.ctx.is_unlocked and win.workspace is not None:
        return
    win.unlock_view._start_wait(0)
    win.unlock_view.password.setText(PASSWORD)
    win.unlock_view.try_unlock()
    deadline = time.monotonic() + 30
    while win.workspace is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    assert win.workspace is not None
    QApplication.processEvents()


def _pages(win):  # type: ignore[no-untyped-def]
    for key in win.workspace.page_keys():
        page = win.go_to(key)
        QApplication.processEvents()
        yield key, page


def test_menus_have_no_mnemonic_clashes_and_no_stray_underlines(window) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()
            problems += menu_clashes(menu)
    go = [a.text() for a in window.go_menu.actions()]
    assert any("&&" in t for t in go), go  # "Signalen && screening": '&' shown, not a mnemonic
    assert not problems, problems


def test_every_page_has_no_mnemonic_clash(window) -> None:  # type: ignore[no-untyped-def]
    problems = {key: mnemonic_clashes(window) for key, _page in _pages(window)}
    bad = {k: v for k, v in problems.items() if v}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_every_page_fits_at_1366x768(window) -> None:  # type: ignore[no-untyped-def]
    problems = {key: clipped(window) for key, _page in _pages(window)}
    bad = {k: v for k, v in problems.items() if v}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


# The dossier view at 1366×768 has no known problem left (grouped sections, issue 13).
KNOWN_IN_DOSSIER_VIEW: tuple[str, ...] = ()
# Nothing known and open at 125 % / 150 % any more (issue 13).
KNOWN_AT_SCALE: tuple[str, ...] = ()


def _screen(scale: float) -> tuple[int, int]:
    """1366×768 at QT_SCALE_FACTOR=s in logical pixels, less about 40 px (title bar, panel)."""
    return int(WIDTH / scale), int((HEIGHT - 40) / scale)


def _dossier_view_problems(window, known: tuple[str, ...]) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    page = window.go_to("dossiers")
    view = page.open_dossier(page.model.row_at(0).id)
    problems = {}
    try:
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            QApplication.processEvents()  # the lists give way once the layout has settled
            found = [p for p in clipped(window) if not p.startswith(known)]
            # no section's labels and buttons share a mnemonic with each other, with the
            # view's own controls (back button, section bars) or with the menu bar
            found += mnemonic_clashes(window)
            problems[view.tabs.tabText(index)] = found
    finally:
        page.show_list()
    return {k: v for k, v in problems.items() if v}


def test_dossier_view_tabs_fit_at_1366x768(window) -> None:  # type: ignore[no-untyped-def]
    bad = _dossier_view_problems(window, KNOWN_IN_DOSSIER_VIEW)
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


@pytest.mark.parametrize("scale", [1.25, 1.5])
def test_dossier_view_fits_at_scale(window, scale: float) -> None:  # type: ignore[no-untyped-def]
    window.resize(*_screen(scale))
    QApplication.processEvents()
    try:
        bad = _dossier_view_problems(window, KNOWN_IN_DOSSIER_VIEW + KNOWN_AT_SCALE)
    finally:
        window.resize(WIDTH, HEIGHT)
        QApplication.processEvents()
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_dossier_sections_are_grouped_and_keep_their_keys(window) -> None:  # type: ignore[no-untyped-def]
    page = window.go_to("dossiers")
    view = page.open_dossier(page.model.row_at(0).id)
    tabs = view.tabs
    try:
        assert 4 <= tabs.group_bar.count() <= 6 < tabs.count()
        bars = [tabs.group_bar, tabs.section_bar]
        assert not [b.tabText(i) for b in bars for i in range(b.count()) if mnemonic(b.tabText(i))]
        for key, widget in view.tab_widgets.items():
            assert view.show_tab(key)
            QApplication.processEvents()
            assert tabs.currentWidget() is widget
            assert window.current_location().tab == key  # what drafts remember
            shown = tabs.tabText(tabs.indexOf(widget))
            assert shown in [
                tabs.section_bar.tabText(i) for i in range(tabs.section_bar.count())
            ] or (
                not tabs.section_bar.isVisible()
                and shown == tabs.group_bar.tabText(tabs.group_bar.currentIndex())
            )
        view.show_tab("intake")
        tabs.step(1)  # Ctrl+Page Down: the next section
        assert tabs.currentWidget() is view.tab_widgets["signalen"]
    finally:
        page.show_list()


def test_the_checks_catch_a_clipped_label_and_a_clash(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Besluit vastleggen en doorgaan", root)
    label.setGeometry(0, 0, 40, 20)
    a, b = QPushButton("&Vorige", root), QPushButton("&Volgende", root)
    a.setGeometry(0, 30, 200, 30)
    b.setGeometry(0, 70, 200, 30)
    root.resize(300, 120)
    root.show()
    assert any("Besluit" in p for p in clipped(root))
    assert mnemonic_clashes(root) == ["Alt+V: ['&Vorige', '&Volgende']"]
    assert mnemonic("Signalen && screening") is None


def test_window_titles_name_the_app_once_and_panic_names_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(window.ctx)
    qtbot.addWidget(wizard)
    assert "Baken" not in wizard.windowTitle()  # Qt adds " — Baken" once
    assert QGuiApplication.applicationDisplayName() == "Baken"
    window.panic()
    assert window.windowTitle().strip() == ""
    assert QGuiApplication.applicationDisplayName() == ""  # nothing appended by Qt
    window.neutral_view.leave.emit()
    assert QGuiApplication.applicationDisplayName() == "Baken"
    _unlock(window)


# -- dialogs and small fixes (issue 13) ----------------------------------------------------


def _dialogs(win):  # type: ignore[no-untyped-def]

    from storage.container import generate_passphrase
    from storage.transfer import Conflict, MergePlan
    from ui.cases.intake import IntakeDialog
    from ui.cases.screening_page import SignalDialog
    from ui.handover.merge import ConflictDialog
    from ui.handover.passphrase import PassphraseDialog
    from ui.pages.help_page import HelpDialog
    from ui.pages.settings_page import ChangePasswordDialog, NewRecoverySheetDialog
    from ui.unlock import RecoveryDialog

    conflict = Conflict(
        "notes",
        "a" * 32,
        ("text", "updated_at"),
        {"text": "Zoe belde: afspraak dinsdag.", "updated_at": "2026-11-20"},
        {"text": "Zoe belde: afspraak woensdag met tolk.", "updated_at": "2026-11-21"},
    )
    plan = MergePlan(None, add=[], update=[], skipped=12, conflicts=[conflict])  # type: ignore[arg-type]
    yield "recovery", RecoveryDialog(win.ctx, win)
    yield "password", ChangePasswordDialog(win.ctx, win)
    yield "sheet", NewRecoverySheetDialog(win.ctx, win)
    yield "passphrase", PassphraseDialog(generate_passphrase(), transfer=False, parent=win)
    yield "conflict", ConflictDialog(plan, win)
    yield "help", HelpDialog(win.ctx.language, win)
    _unlock(win)  # the recovery/password dialogs above may have locked it
    yield "signal", SignalDialog(win.ctx.session.cases, win)
    yield "intake", IntakeDialog(win.ctx, win.ctx.session.cases, win)


def test_dialogs_fit_and_have_no_mnemonic_clash(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    problems = {}
    for name, dialog in _dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        problems[name] = clipped(dialog) + mnemonic_clashes(dialog)
        dialog.close()
        dialog.deleteLater()
    bad = {k: v for k, v in problems.items() if v}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_wizard_pages_have_no_mnemonic_clash(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(window.ctx)
    qtbot.addWidget(wizard)
    wizard.resize(760, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    back = wizard.button(QWizard.WizardButton.BackButton).text()
    nxt = wizard.button(QWizard.WizardButton.NextButton).text()
    assert mnemonic(back) != mnemonic(nxt), (back, nxt)
    assert not mnemonic_clashes(wizard)
    wizard.next()
    QApplication.processEvents()
    assert not mnemonic_clashes(wizard)
    wizard.close()


@pytest.mark.parametrize("scale", [1.25, 1.5])
def test_the_wizard_fits_the_screen_at_scale(qtbot, window, scale: float) -> None:  # type: ignore[no-untyped-def]
    """At 150 % the wizard's fixed 720×560 minimum was 1080×840 pixels on a 768-pixel
    screen: Volgende and Annuleren hung off the bottom. Its minimum follows the screen, and
    what every page needs fits in it."""
    from PySide6.QtCore import QSize

    from ui.wizard import FirstRunWizard

    max_w, max_h = _screen(scale)
    wizard = FirstRunWizard(window.ctx)
    qtbot.addWidget(wizard)
    wizard.fit_to(QSize(max_w, max_h + 40))
    assert wizard.minimumWidth() <= max_w and wizard.minimumHeight() <= max_h
    wizard.show()
    qtbot.waitExposed(wizard)
    for _ in range(3):
        hint = wizard.minimumSizeHint()
        assert hint.width() <= max_w and hint.height() <= max_h, (wizard.currentId(), hint)
        wizard.next()
        QApplication.processEvents()
    wizard.close()


def test_a_passphrase_of_the_longest_words_is_shown_whole(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The passphrase dialog grows with its words: its 640-px minimum used to replace the
    layout's own, so four long words on a line were cut at the border (CI saw "needs 622 >
    618" with a random passphrase)."""
    from storage.container import WORDS, _check_number
    from ui.handover.passphrase import PassphraseDialog

    words = sorted(WORDS, key=len, reverse=True)[:10]
    dialog = PassphraseDialog(
        "-".join(words) + f"-{_check_number(words):02d}", transfer=False, parent=window
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    try:
        assert dialog.phrase_label.width() >= dialog.phrase_label.sizeHint().width()
        assert clipped(dialog) == []
    finally:
        dialog.close()
        dialog.deleteLater()


def test_small_fixes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    from ui.handover.merge import ConflictDialog
    from ui.handover.passphrase import PassphraseDialog
    from ui.pages.help_page import HelpDialog
    from ui.unlock import RecoveryDialog
    from ui.widgets import PasswordFields

    dialogs = dict(_dialogs(window))
    # the recovery dialog starts in the recovery code field
    rec = dialogs["recovery"]
    assert isinstance(rec, RecoveryDialog)
    rec.show()
    qtbot.waitExposed(rec)
    rec.activateWindow()
    qtbot.waitUntil(lambda: rec.focusWidget() is rec.code)
    rec.close()
    # the passphrase's two digits are labelled as the check number, and never asked for
    pp = dialogs["passphrase"]
    assert isinstance(pp, PassphraseDialog)
    text = pp.phrase_label.text()
    assert text.splitlines()[-1].split()[-1] == pp.words[-1]
    assert text.splitlines()[-1].startswith(("controlegetal:", "check number:"))
    assert pp.check_index < len(pp.words) - 1
    # the conflict dialog shows field labels and no internal id
    cd = dialogs["conflict"]
    assert isinstance(cd, ConflictDialog)
    cd.show()
    shown = " ".join(
        [w.text() for w in cd.findChildren(QLabel)]
        + [w.title() for w in cd.findChildren(QGroupBox)]
        + [t.item(r, 0).text() for t in cd.findChildren(QTableWidget) for r in range(t.rowCount())]
    )
    assert "aaaaaaaa" not in shown and "updated_at" not in shown
    assert "Zoe belde" in shown  # the note is named by its first words
    cd.close()
    # the help page names no file path
    help_dialog = dialogs["help"]
    assert isinstance(help_dialog, HelpDialog)
    texts = " ".join(w.text() for w in help_dialog.findChildren(QLabel))
    assert "resources/" not in texts and ".json" not in texts
    # "Zeer sterk": the word beside the meter in the normal text colour (readable contrast)
    fields = PasswordFields()
    qtbot.addWidget(fields)
    fields.new.setText("zeven-blauwe-kraanvogels-bij-dageraad-42")
    assert not fields.meter.isTextVisible()
    assert fields.strength.text() in ("Zeer sterk", "Very strong")
    fg = fields.strength.palette().color(QPalette.ColorRole.WindowText)
    bg = fields.strength.palette().color(QPalette.ColorRole.Window)
    assert _contrast(fg, bg) >= 4.5
    for _name, d in dialogs.items():
        d.deleteLater()


def _contrast(a, b) -> float:  # type: ignore[no-untyped-def]
    def lum(c) -> float:  # type: ignore[no-untyped-def]
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_empty_store_today_says_where_to_start(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    from storage.vault import Vault
    from ui.context import AppContext
    from ui.main_window import MainWindow

    vault = Vault(data_dir)
    store, _ = vault.init(PASSWORD, initial_settings={"user.name": "X"}, password_only=True)
    store.close()
    win = MainWindow(AppContext(vault, "nl"))
    qtbot.addWidget(win)
    win.resize(WIDTH, HEIGHT)
    win.start()
    _unlock(win)
    page = win.go_to("today")
    QApplication.processEvents()
    assert page.start_hint.isVisible()
    assert "Nieuw signaal" in page.start_hint.text() or "New signal" in page.start_hint.text()
    assert not clipped(win)
    win.lock()


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_window_fits_the_screen_at_scale(window, scale: float) -> None:  # type: ignore[no-untyped-def]
    """At QT_SCALE_FACTOR=s a 1366×768 screen is 1366/s × 768/s logical pixels; less about
    40 px for the title bar and a panel. The window's minimum size must fit, on every page
    (150 %: 910×485)."""
    max_w, max_h = _screen(scale)
    problems = {}
    for key, _page in _pages(window):
        hint = window.minimumSizeHint()
        if hint.width() > max_w or hint.height() > max_h:
            problems[key] = f"{hint.width()}×{hint.height()} > {max_w}×{max_h}"
    assert not problems, problems


def test_search_results_need_no_horizontal_scrolling(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    popup = window.search_hook.open()
    qtbot.waitExposed(popup)
    popup.edit.setText("de")
    popup.search_now()
    QApplication.processEvents()
    assert popup.list.count() > 3
    problems = clipped(popup)
    popup.close()
    assert not problems, problems


@pytest.mark.parametrize("scale", [1.25, 1.5])
def test_pages_at_the_scaled_screen_size(window, scale: float) -> None:  # type: ignore[no-untyped-def]
    """1366×768 at QT_SCALE_FACTOR=1.25 is 1092×582 logical pixels (less the title bar), at
    1.5 910×485: every page reflows, nothing clipped, no list scrolls sideways."""
    window.resize(*_screen(scale))
    QApplication.processEvents()
    try:
        assert window.width() <= _screen(scale)[0]
        page = window.go_to("dossiers")
        QApplication.processEvents()
        header = page.table.horizontalHeader()
        assert page.table.columnWidth(1) >= header.sectionSizeHint(1)  # not "aam of ali"
        from ui.cases import labels

        status = page.table.fontMetrics().horizontalAdvance(labels.status("gepauzeerd"))
        assert page.table.columnWidth(3) >= status + 12  # not "Gepauze…"
        problems = {}
        for key, _page in _pages(window):
            QApplication.processEvents()  # queued column fits
            problems[key] = [p for p in clipped(window) if not p.startswith(KNOWN_AT_SCALE)]
    finally:
        window.resize(WIDTH, HEIGHT)
        QApplication.processEvents()
    bad = {k: v for k, v in problems.items() if v}
    assert not bad, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_dossier_header_keeps_the_number_left_of_an_arabic_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]

    from desktop.cases import Dossier, Person

    d = window.ctx.session.cases.create_dossier(
        Dossier(owner="X"), Person(first_name="مريم", last_name="Al-Hassan", alias="Maryam ✓")
    )
    page = window.go_to("dossiers")
    view = page.open_dossier(d.id)
    QApplication.processEvents()
    title = view.title.text()
    assert title == f"{d.number} — \u200e\u2068مريم\u2069 Al-Hassan"
    assert not view.title.grab().isNull()
    page.show_list()


def test_default_window_size_fits_the_screen(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    """The first-start size (1100×720) is clamped to the screen's free area, so at 125 %
    (1092×614 logical on a 1366×768 laptop) the status bar is not below the screen's edge."""
    from storage.vault import Vault
    from ui.context import AppContext
    from ui.main_window import MainWindow

    win = MainWindow(AppContext(Vault(data_dir), "nl"))
    qtbot.addWidget(win)
    win._restore_geometry()
    free = win.screen().availableGeometry()
    assert win.width() <= free.width() and win.height() <= free.height() - 40 + 1


def test_flow_and_reflow_layouts_wrap_when_narrow(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QVBoxLayout

    from ui.layout import FlowLayout, ReflowSplitter

    root = QWidget()
    qtbot.addWidget(root)
    outer = QVBoxLayout(root)
    bar = FlowLayout()
    buttons = [QPushButton(f"Knop met een lange tekst {i}") for i in range(4)]
    for b in buttons:
        bar.addWidget(b)
    outer.addLayout(bar)
    split = ReflowSplitter(need=lambda: 600)
    split.addWidget(QLabel("links"))
    split.addWidget(QLabel("rechts"))
    outer.addWidget(split, 1)
    root.resize(1200, 300)
    root.show()
    qtbot.waitExposed(root)
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 1  # one line
    assert split.orientation() == Qt.Orientation.Horizontal
    assert root.minimumSizeHint().width() < sum(b.sizeHint().width() for b in buttons)
    root.resize(420, 400)
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) > 1  # wrapped, every button whole and in view
    assert all(b.width() >= b.sizeHint().width() and b.geometry().right() <= 420 for b in buttons)
    assert split.orientation() == Qt.Orientation.Vertical
    assert not clipped(root)


def _fitted_list(qtbot, rows: list[list[str]], width: int):  # type: ignore[no-untyped-def]
    """An Adresboek-like list (Naam, Soort, Plaats, a stretched E-mail) on a page with the
    list fitter, shown ``width`` wide, its first three columns sized to their contents;
    returns (page, tree, what each of those columns needs)."""
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

    from ui.layout import ListFitter

    page = QWidget()
    qtbot.addWidget(page)
    tree = QTreeWidget()
    QVBoxLayout(page).addWidget(tree)
    tree.setHeaderLabels(["Naam", "Soort", "Plaats", "E-mail"])
    tree.header().setStretchLastSection(True)
    for row in rows:
        QTreeWidgetItem(tree, row)
    ListFitter(page)
    page.resize(width, 300)
    page.show()
    qtbot.waitExposed(page)
    for col in range(3):
        tree.resizeColumnToContents(col)
    return page, tree, [tree.columnWidth(c) for c in range(3)]


def test_an_empty_stretched_last_column_does_not_make_the_names_give_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Adresboek at 150 %: names were elided ("Voorbeeld…") while an empty E-mail
    column stretched over the rest of the list. The columns had been cut while the list
    was narrow (side by side with the details, before the splitter reflowed them below
    it) and never grew back. Now a list that gets wider gives its cut columns their room
    again, and a stretched last column counts with what it needs, not the room it got."""
    from ui.widgets import shrink_columns_to_fit

    rows = [[f"Voorbeeld advocatuur Sevenum {i}", "Advocatuur", "Venlo", ""] for i in range(5)]
    page, tree, needs = _fitted_list(qtbot, rows, 260)
    needed = needs[0]
    shrink_columns_to_fit(tree)  # narrow: the names give way, not below 80
    assert 80 <= tree.columnWidth(0) < needed
    page.resize(800, 300)  # wider (a reflow, a bigger window): the names get their room
    qtbot.waitUntil(lambda: tree.columnWidth(0) == needed)
    assert tree.horizontalScrollBar().maximum() == 0
    shrink_columns_to_fit(tree)  # nothing to take: the stretched E-mail column is empty
    assert tree.columnWidth(0) == needed


def test_room_given_back_makes_the_most_columns_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Adresboek at 150 %: with room for all but a few letters, the Plaats column stayed
    "Geheim a…" on every shelter while a long type took the room (columns grew left to
    right). Now the first column (the name) grows first, then the column short of the
    least: the name and Plaats whole, only the one long Soort cut."""
    from ui.widgets import shrink_columns_to_fit

    rows = [["Voorbeeld arbeidsinspectie Son", "Arbeidsinspectie Nederland", "", ""]]
    rows += [[f"Voorbeeld COSM {i}", "Opvang", "Geheim adres", ""] for i in range(5)]
    page, tree, needs = _fitted_list(qtbot, rows, 200)
    shrink_columns_to_fit(tree, floor=40)  # narrow: every column cut
    assert all(tree.columnWidth(c) < needs[c] for c in range(3))
    email = tree.header().sectionSizeHint(3)
    margin = page.width() - tree.viewport().width()
    page.resize(margin + needs[0] + needs[2] + needs[1] // 2 + email, 300)
    qtbot.waitUntil(lambda: tree.columnWidth(2) == needs[2])
    assert tree.columnWidth(0) == needs[0]
    assert tree.columnWidth(1) < needs[1]
    assert tree.horizontalScrollBar().maximum() == 0
