"""First-run wizard: welcome, organisation and user, password, recovery code.

On the welcome page the user chooses the normal zorgcoördinator set-up or "Ik meld
signalen bij de zorgcoördinator" (aandachtsfunctionaris, issue 17): then one more page
reads the coordinator's contact card and checks the fingerprint read out on the phone;
the new store then reports to that coordinator and shows the reduced UI
(``ui.exchange.report_page``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.errors import StoreError
from desktop.exchange import Card, ExchangeService, normalize_fingerprint, read_card
from desktop.vault import Store, UnlockKey, keyring_available
from ui.context import ORG_ADDRESS, ORG_NAME, USER_NAME, USER_ROLE, AppContext
from ui.first_steps import FIRST_STEP_ALTERNATIVES, FirstStepAlternative
from ui.messages import message_text
from ui.operations import CancelToken, Operation, run_operation, show_error
from ui.widgets import (
    PasswordFields,
    RecoveryCodePanel,
    add_row,
    documents_folder,
    error_label,
    form_layout,
    paragraph,
    plain,
    room_in,
    show_message,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QScreen

PAGE_WELCOME, PAGE_ORG, PAGE_PASSWORD, PAGE_RECOVERY = range(4)
PAGE_COORDINATOR = 4  # only for "Ik meld signalen bij de zorgcoördinator"


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welkom bij Baken"))
        self.setSubTitle(self.tr("Versleuteld dossierbeheer, alleen op deze laptop."))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        texts = [
            self.tr(
                "Baken helpt u als zorgcoördinator mensenhandel of aandachtsfunctionaris "
                "bij signalen, screening, dossiers, opvang, nazorg en verwijsbrieven."
            ),
            self.tr(
                "<b>Uw gegevens blijven op deze laptop, versleuteld.</b> Er is geen "
                "server en niets gaat via internet. Alleen wie het wachtwoord kent "
                "(en op deze computer is aangemeld) kan de gegevens openen."
            ),
            self.tr(
                "In drie korte stappen legt u vast voor welke organisatie u werkt, kiest "
                "u een wachtwoord en krijgt u een herstelcode voor noodgevallen."
            ),
        ]
        self.text = paragraph("".join(f"<p style='margin-bottom: 10px'>{t}</p>" for t in texts))
        layout.addWidget(self.text)
        self.coordinator = QRadioButton(
            self.tr("Ik ben &zorgcoördinator: signalen, screening, dossiers en opvang")
        )
        self.reporter = QRadioButton(
            self.tr("Ik &meld signalen bij de zorgcoördinator (aandachtsfunctionaris)")
        )
        for radio in (self.coordinator, self.reporter):
            radio.setAccessibleName(plain(radio.text()))
            layout.addWidget(radio)
        self.coordinator.setChecked(True)
        self.alternative_buttons: dict[str, QPushButton] = {}
        if FIRST_STEP_ALTERNATIVES:
            layout.addWidget(paragraph(self.tr("Of begin anders:")))
            row = QHBoxLayout()
            for alt in FIRST_STEP_ALTERNATIVES:
                button = QPushButton(alt.label())
                button.setAccessibleName(plain(button.text()))
                button.clicked.connect(lambda _=False, a=alt: self._run_alternative(a))
                self.alternative_buttons[alt.key] = button
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(1)

    def _run_alternative(self, alt: FirstStepAlternative) -> None:
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            wizard.run_alternative(alt)


class CoordinatorPage(QWizardPage):
    """The coordinator's contact card (a file they sent) and its fingerprint, read out on
    the phone: Next only when the two match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: Card | None = None
        self.setTitle(self.tr("Uw zorgcoördinator"))
        self.setSubTitle(
            self.tr(
                "Kies de contactkaart die uw zorgcoördinator u stuurde en vergelijk de "
                "vingerafdruk: laat hem aan de telefoon voorlezen en typ hem over."
            )
        )
        form = form_layout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.browse = QPushButton(self.tr("&Bladeren…"))
        self.browse.setAccessibleName(self.tr("Contactkaart kiezen"))
        self.browse.clicked.connect(self._choose)
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse)
        label = add_row(form, self.tr("&Contactkaart:"), row_widget)
        label.setBuddy(self.browse)
        self.file_edit.setAccessibleName(self.tr("Contactkaart"))
        self.who = paragraph("")
        self.who.setAccessibleName(self.tr("Van wie de kaart is"))
        form.addRow("", self.who)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("12345 67890 …")
        add_row(
            form,
            self.tr("Vinger&afdruk:"),
            self.fingerprint,
            self.tr("8 groepen van 5 cijfers, zoals de zorgcoördinator ze voorleest"),
        )
        self.status = paragraph("")
        self.status.setAccessibleName(self.tr("Controle van de vingerafdruk"))
        form.addRow("", self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.fingerprint.textChanged.connect(self._update)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Contactkaart van de zorgcoördinator"),
            str(documents_folder()),
            self.tr("Contactkaart (*.json);;Alle bestanden (*)"),
        )
        if name:
            self.load_card(Path(name))

    def load_card(self, path: Path) -> bool:
        self.card = None
        self.file_edit.setText(str(path))
        try:
            self.card = read_card(path)
        except StoreError as exc:
            self.who.setText(message_text(exc))
        else:
            self.who.setText(
                ", ".join(x for x in (self.card.name, self.card.organisation, self.card.role) if x)
            )
        self._update()
        return self.card is not None

    def matches(self) -> bool:
        if self.card is None or not self.fingerprint.text().strip():
            return False
        try:
            return normalize_fingerprint(self.fingerprint.text()) == self.card.fingerprint
        except StoreError:
            return False

    def _update(self) -> None:
        if self.card is None or not self.fingerprint.text().strip():
            self.status.setText("")
        elif self.matches():
            self.status.setText(self.tr("De vingerafdruk klopt."))
        else:
            self.status.setText(
                self.tr("De vingerafdruk klopt (nog) niet met deze kaart. Controleer elk cijfer.")
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.matches()


class OrganisationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Organisatie en gebruiker"))
        self.setSubTitle(
            self.tr(
                "Deze gegevens komen in briefhoofden en in het logboek. U kunt ze later wijzigen."
            )
        )
        self.org_name = QLineEdit()
        self.org_name.setPlaceholderText(self.tr("bijv. Zorg- en Veiligheidshuis Regio Noord"))
        self.org_address = QLineEdit()
        self.user_name = QLineEdit()
        self.user_role = QComboBox()
        self.user_role.setEditable(True)
        self.user_role.addItems(
            [
                self.tr("Zorgcoördinator mensenhandel"),
                self.tr("Aandachtsfunctionaris mensenhandel"),
                self.tr("Ketenregisseur mensenhandel"),
                self.tr("Beleidsmedewerker"),
            ]
        )
        form = form_layout()
        add_row(form, self.tr("&Organisatie:"), self.org_name)
        add_row(form, self.tr("&Adres:"), self.org_address)
        add_row(form, self.tr("Uw &naam:"), self.user_name)
        add_row(form, self.tr("Uw &rol:"), self.user_role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.org_name.textChanged.connect(self.completeChanged)
        self.user_name.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.org_name.text().strip() and self.user_name.text().strip())


class PasswordPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Wachtwoord"))
        self.setSubTitle(self.tr("Met dit wachtwoord ontgrendelt u Baken elke keer dat u begint."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Aanmaken"))
        self.fields = PasswordFields(user_inputs=wizard.user_inputs)
        self.fields.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.fields)

        self.keyring_ok, self.keyring_problem = keyring_available()
        self.password_only = QCheckBox(
            self.tr(
                "Ik kies bewust voor 'alleen wachtwoord': de sleutel hangt dan alleen af van "
                "mijn wachtwoord"
            )
        )
        self.password_only.setAccessibleName(plain(self.password_only.text()))
        self.keyring_note = paragraph("")
        if self.keyring_ok:
            self.keyring_note.setText(
                self.tr(
                    "Een deel van de sleutel wordt bewaard in de sleutelbos van deze computer. "
                    "Wie alleen de gegevensmap kopieert, kan er dus niets mee."
                )
            )
            self.password_only.hide()
        else:
            self.keyring_note.setText(
                self.tr(
                    "<b>Geen bruikbare sleutelbos gevonden.</b> Normaal bewaart Baken een deel "
                    "van de sleutel in de sleutelbos van de computer (Windows Referentiebeheer, "
                    "macOS Sleutelhanger of Secret Service), zodat een gekopieerde gegevensmap "
                    "zonder uw computeraccount niets waard is. Die is hier niet beschikbaar. "
                    "Vraag uw ICT-afdeling om hulp, of kies hieronder bewust voor 'alleen "
                    "wachtwoord'. Kies dan een extra sterk wachtwoord; zie ook 'Over de "
                    "beveiliging'."
                )
            )
            self.keyring_note.setStyleSheet(
                "QLabel { background: #fff4e5; border: 1px solid #e0a040; padding: 8px; }"
            )
        self.password_only.toggled.connect(self.completeChanged)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.password_only)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        if not self.keyring_ok and not self.password_only.isChecked():
            return False
        return self.fields.is_complete()

    def validatePage(self) -> bool:
        """The store is made on a worker (two Argon2id derivations, the keyring, the new
        file): the wizard stays responsive with delayed progress, and moves on by itself
        once the store exists."""
        if self._wizard.store is not None:
            return True
        if self._wizard.creating is None:
            show_message(self.error, "")
            self._wizard.create_store(self.fields.password(), password_only=not self.keyring_ok)
        return False

    def created(self) -> None:
        self.fields.clear()
        self._wizard.next()

    def failed(self, exc: BaseException) -> None:
        show_message(self.error, message_text(exc) if isinstance(exc, StoreError) else str(exc))


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Uw herstelcode"))
        self.setSubTitle(
            self.tr("Eenmalig getoond: druk het herstelblad af of schrijf de code over.")
        )
        self.panel: RecoveryCodePanel | None = None
        self._layout = QVBoxLayout(self)

    def initializePage(self) -> None:
        code = self._wizard.recovery_code
        store = self._wizard.store
        if self.panel is not None or not code or store is None:
            return
        self.panel = RecoveryCodePanel(
            code,
            organisation=lambda: self._wizard.org_page.org_name.text().strip(),
            store_id=store.store_id,
            language=self._wizard.ctx.language,
            with_check=True,
        )
        self.panel.check_changed.connect(self.completeChanged)
        self._layout.addWidget(self.panel)

    def isComplete(self) -> bool:
        return self.panel is not None and self.panel.check_ok()


class FirstRunWizard(QWizard):
    """Creates the store. After ``accepted``, ``ctx.store`` is the new unlocked store."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store: Store | None = None
        self.recovery_code = ""
        self.creating: Operation[tuple[UnlockKey, str]] | None = None
        self.setWindowTitle(self.tr("Eerste keer instellen"))  # Qt appends " — Baken"
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vor&ige"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Klaar"))
        self.welcome_page = WelcomePage()
        self.org_page = OrganisationPage()
        self.password_page = PasswordPage(self)
        self.recovery_page = RecoveryPage(self)
        self.coordinator_page = CoordinatorPage()
        self._alternative = False
        self.welcome_page.reporter.toggled.connect(
            lambda on: self.org_page.user_role.setCurrentIndex(1 if on else 0)
        )
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self.setPage(PAGE_ORG, self.org_page)
        self.setPage(PAGE_PASSWORD, self.password_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setPage(PAGE_COORDINATOR, self.coordinator_page)
        self.setMinimumSize(720, 560)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """No larger than the room on the screen: 720×560 is 1080×840 pixels at 150 %, on a
        768-pixel screen the Volgende and Annuleren buttons hung off the bottom."""
        screen: QScreen | None = self.screen()  # None while the window has no screen yet
        if screen is not None:
            self.fit_to(screen.availableGeometry().size())

    def fit_to(self, free: QSize) -> None:
        """Minimum and size within ``room_in(free)`` (a screen whose free area is ``free``)."""
        room_w, room_h = room_in(free)
        width, height = min(720, room_w), min(560, room_h)
        self.setMinimumSize(width, height)
        if self.height() > height or self.width() > width:
            self.resize(min(self.width(), room_w), height)

    def reporter(self) -> bool:
        """Set up as an aandachtsfunctionaris who reports signals to a coordinator."""
        return self.welcome_page.reporter.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        current = self.currentId()
        if current == PAGE_WELCOME:
            return PAGE_COORDINATOR if self.reporter() else PAGE_ORG
        if current == PAGE_COORDINATOR:
            return PAGE_ORG
        if current == PAGE_RECOVERY:
            return -1
        return super().nextId()

    def run_alternative(self, alt: FirstStepAlternative) -> None:
        try:
            store = alt.run(self.ctx, self)
        except StoreError as exc:
            show_error(self, exc)
            return
        if store is None:
            return
        self.store = store
        self._alternative = True
        self.accept()

    def user_inputs(self) -> list[str]:
        return [
            self.org_page.org_name.text(),
            self.org_page.user_name.text(),
            *self.org_page.org_name.text().split(),
            *self.org_page.user_name.text().split(),
        ]

    def create_store(self, password: str, *, password_only: bool) -> None:
        """Start making the store on a worker; the password page moves on when it exists."""
        if self.store is not None or self.creating is not None:
            return
        initial = {
            ORG_NAME: self.org_page.org_name.text().strip(),
            ORG_ADDRESS: self.org_page.org_address.text().strip(),
            USER_NAME: self.org_page.user_name.text().strip(),
            USER_ROLE: self.org_page.user_role.currentText().strip(),
        }
        vault = self.ctx.vault

        def work(_cancel: CancelToken) -> tuple[UnlockKey, str]:
            return vault.init_key(password, password_only=password_only, initial_settings=initial)

        def done(out: tuple[UnlockKey, str]) -> None:
            self.creating = None
            self._set_busy(False)
            key, code = out
            try:
                self.store = vault.open_with_key(key, action=None)  # owned by the UI thread
            except StoreError as exc:
                self.password_page.failed(exc)
                return
            self.recovery_code = code
            self.password_page.created()

        def failed(exc: BaseException) -> None:
            self.creating = None
            self._set_busy(False)
            self.password_page.failed(exc)

        self._set_busy(True)
        self.creating = run_operation(
            self,
            work,
            done,
            label=self.tr("Baken wordt ingericht…"),
            on_error=failed,
            cancellable=False,
        )

    def _set_busy(self, busy: bool) -> None:
        self.password_page.setEnabled(not busy)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not busy)

    def reject(self) -> None:
        # Once the store exists, the only way on is through the recovery-code check:
        # Esc or closing the window must not skip the only moment the code is shown.
        if self.creating is not None:
            return  # the store is being made: its outcome decides
        if self.store is not None and self.currentId() == PAGE_RECOVERY:
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.recovery_page.panel is not None:
            self.recovery_page.panel.forget()
        self.recovery_code = ""
        if self.store is not None and result and self.reporter() and not self._alternative:
            self._become_reporter(self.store)
        if self.store is not None:
            self.ctx.set_store(self.store)
        self.store = None
        super().done(result)

    def _become_reporter(self, store: Store) -> None:
        """Before the window opens (its sidebar depends on it): this store reports to the
        coordinator whose card and fingerprint were checked on the coordinator page."""
        page = self.coordinator_page
        if page.card is None:
            return
        try:
            ExchangeService(store).become_reporter(page.card, page.fingerprint.text())
        except StoreError as exc:
            show_error(self, exc)
