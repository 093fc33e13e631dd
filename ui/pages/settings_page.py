"""Instellingen: organisation, user, auto-lock, language, password, recovery sheet, about."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.validation import FieldErrors, validate_contact_details
from desktop.errors import StoreError, WrongSecretError
from desktop.events import Change
from desktop.letters.service import ORG_EMAIL, ORG_PHONE
from ui.context import (
    AUTOLOCK_MAX,
    AUTOLOCK_MIN,
    AUTOLOCK_MINUTES,
    ORG_ADDRESS,
    ORG_NAME,
    QSETTINGS_LANGUAGE,
    USER_NAME,
    USER_ROLE,
    AppContext,
    app_qsettings,
)
from ui.drafts import FormDraft, discard_draft, keep_unsaved
from ui.messages import message_text
from ui.operations import Operation, error_text, run_operation
from ui.widgets import (
    PasswordFields,
    RecoveryCodePanel,
    add_row,
    error_label,
    form_layout,
    heading,
    insert_row,
    paragraph,
    plain,
    show_message,
)


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(plain(text))
    return button


class SettingsPage(FormDraft, QScrollArea):
    """The organisation and user fields keep their draft through a lock (ui/drafts.py);
    auto-lock and language are saved at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsPage")
        self.setWidgetResizable(True)
        body = QWidget()
        body.setMaximumWidth(820)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Instellingen")))

        # Organisation and user
        group = QGroupBox(self.tr("Organisatie en gebruiker"))
        form = form_layout()
        self.org_name = QLineEdit()
        self.org_address = QLineEdit()
        self.org_address.setPlaceholderText(self.tr("Straat 1, 1234 AB Plaats"))
        self.org_phone = QLineEdit()
        self.org_phone.setPlaceholderText("020 123 4567")
        self.org_email = QLineEdit()
        self.org_email.setPlaceholderText("info@voorbeeld.nl")
        self.user_name = QLineEdit()
        self.user_role = QLineEdit()
        add_row(form, self.tr("&Organisatie:"), self.org_name)
        add_row(
            form,
            self.tr("&Adres:"),
            self.org_address,
            self.tr("Adresregels gescheiden door komma's; staat in het briefhoofd"),
        )
        add_row(form, self.tr("Tele&foon:"), self.org_phone)
        add_row(form, self.tr("&E-mail:"), self.org_email)
        add_row(form, self.tr("Uw &naam:"), self.user_name)
        add_row(form, self.tr("Uw &rol:"), self.user_role)
        self.save_button = _button(self.tr("Op&slaan"))
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        form.addRow("", row)
        self.error = error_label()
        form.addRow("", self.error)
        group.setLayout(form)
        layout.addWidget(group)

        # Security
        group = QGroupBox(self.tr("Beveiliging"))
        form = form_layout()
        self.autolock = QSpinBox()
        self.autolock.setRange(AUTOLOCK_MIN, AUTOLOCK_MAX)
        self.autolock.setSuffix(self._minutes_suffix(AUTOLOCK_MIN))
        self.autolock.valueChanged.connect(
            lambda v: self.autolock.setSuffix(self._minutes_suffix(v))
        )
        self.autolock.setMaximumWidth(160)
        add_row(
            form,
            self.tr("Automatisch &vergrendelen na:"),
            self.autolock,
            self.tr("Tijd zonder gebruik waarna Baken vergrendelt; hoogstens 15 minuten."),
        )
        self.change_password_button = _button(self.tr("&Wachtwoord wijzigen…"))
        self.recovery_button = _button(self.tr("Nieuw herstelblad &maken…"))
        row = QHBoxLayout()
        row.addWidget(self.change_password_button)
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        form.addRow("", row)
        group.setLayout(form)
        layout.addWidget(group)

        from ui.exchange.settings import ExchangeFoldersBox  # issue 17: the team folder

        self.exchange_box = ExchangeFoldersBox(ctx)
        layout.addWidget(self.exchange_box)

        # Language
        group = QGroupBox(self.tr("Taal"))
        form = form_layout()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setMaximumWidth(220)
        add_row(form, self.tr("&Taal van Baken:"), self.language)
        form.addRow("", paragraph(self.tr("Een andere taal wordt actief na opnieuw starten.")))
        group.setLayout(form)
        layout.addWidget(group)

        # About
        group = QGroupBox(self.tr("Over Baken"))
        form = form_layout()
        self.version_label = QLabel(ctx.version)
        self.folder_label = QLabel(str(ctx.vault.data_dir))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mode_label = QLabel()
        add_row(form, self.tr("Versie:"), self.version_label)
        add_row(form, self.tr("Gegevensmap:"), self.folder_label)
        add_row(form, self.tr("Sleutel:"), self.mode_label)
        group.setLayout(form)
        layout.addWidget(group)
        layout.addStretch(1)
        self.setWidget(body)

        self.save_button.clicked.connect(self.save)
        self.autolock.valueChanged.connect(self._autolock_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.change_password_button.clicked.connect(self.change_password)
        self.recovery_button.clicked.connect(self.new_recovery_sheet)
        ctx.changed.connect(self._on_change)
        self.load()

    # -- data -----------------------------------------------------------------------------
    def load(self) -> None:
        store = self.ctx.require_store()
        self.org_name.setText(str(self.ctx.setting(ORG_NAME, "") or ""))
        self.org_address.setText(str(self.ctx.setting(ORG_ADDRESS, "") or ""))
        self.org_phone.setText(str(self.ctx.setting(ORG_PHONE, "") or ""))
        self.org_email.setText(str(self.ctx.setting(ORG_EMAIL, "") or ""))
        self.user_name.setText(str(self.ctx.setting(USER_NAME, "") or ""))
        self.user_role.setText(str(self.ctx.setting(USER_ROLE, "") or ""))
        self.autolock.blockSignals(True)
        self.autolock.setValue(self.ctx.autolock_minutes())
        self.autolock.setSuffix(self._minutes_suffix(self.autolock.value()))
        self.autolock.blockSignals(False)
        lang = str(app_qsettings().value(QSETTINGS_LANGUAGE, self.ctx.language))
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.blockSignals(False)
        if store.keyfile.mode == "password-only":
            self.mode_label.setText(self.tr("alleen wachtwoord (bewuste keuze)"))
        else:
            self.mode_label.setText(self.tr("wachtwoord + sleutelbos van deze computer"))
        self.mark_clean()

    def _on_change(self, change: Change) -> None:
        if change.touches("settings") and self.ctx.is_unlocked:
            with keep_unsaved(self):  # e.g. the auto-lock time changed: typed names stay
                self.load()

    # -- drafts (ui/drafts.py) -----------------------------------------------------------
    def draft_key(self) -> str:
        return "settings:organisation"

    def draft_fields(self) -> dict[str, QWidget]:
        return {
            "org_name": self.org_name,
            "org_address": self.org_address,
            "org_phone": self.org_phone,
            "org_email": self.org_email,
            "user_name": self.user_name,
            "user_role": self.user_role,
        }

    def save_editor(self) -> bool:
        return self.save()

    def save(self) -> bool:
        show_message(self.error, "")
        values: dict[str, Any] = {
            ORG_NAME: self.org_name.text().strip(),
            ORG_ADDRESS: self.org_address.text().strip(),
            ORG_PHONE: self.org_phone.text().strip(),
            ORG_EMAIL: self.org_email.text().strip(),
            USER_NAME: self.user_name.text().strip(),
            USER_ROLE: self.user_role.text().strip(),
        }
        if not values[ORG_NAME] or not values[USER_NAME]:
            show_message(self.error, self.tr("Vul de naam van de organisatie en uw naam in."))
            return False
        try:
            validate_contact_details(values[ORG_PHONE], values[ORG_EMAIL])
        except FieldErrors as exc:
            show_message(self.error, "\n".join(m for _, m in exc.errors))
            return False
        try:
            self.ctx.put_settings(values)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return False
        self.mark_clean()
        discard_draft(self.ctx, self)
        self.saved_label.setText(self.tr("Opgeslagen."))
        return True

    def _minutes_suffix(self, n: int) -> str:
        """' minuut' / ' minuten' after the number in the spin box (Qt numerus forms)."""
        return self.tr(" minuten", "suffix after a number of minutes", n)

    def _autolock_changed(self, value: int) -> None:
        self.ctx.put_settings({AUTOLOCK_MINUTES: int(value)})

    def _language_changed(self) -> None:
        app_qsettings().setValue(QSETTINGS_LANGUAGE, self.language.currentData())

    # -- dialogs --------------------------------------------------------------------------
    def change_password(self) -> None:
        dlg = ChangePasswordDialog(self.ctx, self)
        dlg.open()

    def new_recovery_sheet(self) -> None:
        dlg = NewRecoverySheetDialog(self.ctx, self)
        dlg.open()


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation[None] | None = None
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        self.old = QLineEdit()
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        name = str(ctx.setting(USER_NAME, "") or "")
        org = str(ctx.setting(ORG_NAME, "") or "")
        self.fields = PasswordFields(user_inputs=lambda: [name, org, *name.split(), *org.split()])
        insert_row(self.fields.form, 0, self.tr("Hu&idig wachtwoord:"), self.old)
        layout.addWidget(self.fields)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Alleen de sleutel wordt opnieuw ingepakt; de gegevens zelf blijven zoals "
                    "ze zijn. Uw herstelcode blijft geldig."
                )
            )
        )
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("&Wijzigen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.fields.changed.connect(self._update)
        self.old.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.old.text()) and self.fields.is_complete())

    def apply(self) -> None:
        """Two Argon2id derivations (check the old password, wrap the new one) on a worker:
        the window stays responsive, with delayed progress."""
        if self.operation is not None:
            return
        show_message(self.error, "")
        vault, old, new = self.ctx.vault, self.old.text(), self.fields.password()
        self._set_busy(True)

        def done(_none: None) -> None:
            self.operation = None
            self._set_busy(False)
            self.old.clear()
            self.fields.clear()
            QMessageBox.information(self, self.tr("Baken"), self.tr("Uw wachtwoord is gewijzigd."))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.operation = None
            self._set_busy(False)
            if isinstance(exc, WrongSecretError):
                show_message(self.error, self.tr("Het huidige wachtwoord klopt niet."))
            else:
                show_message(self.error, error_text(exc))

        self.operation = run_operation(
            self,
            lambda _cancel: vault.change_password(old, new),
            done,
            label=self.tr("Wachtwoord wijzigen…"),
            on_error=failed,
            cancellable=False,
        )

    def _set_busy(self, busy: bool) -> None:
        for w in (self.old, self.fields, self.ok_button):
            w.setEnabled(not busy)
        if not busy:
            self._update()

    def reject(self) -> None:
        if self.operation is not None:
            return  # the new key file is being written: wait for the outcome
        super().reject()


class NewRecoverySheetDialog(QDialog):
    """Re-enter the password, see the new recovery code, print the sheet and retype a group;
    only then is the new code written (the old one stays valid until that moment: cancel,
    a lock or a crash before confirming leave the old code working)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panel: RecoveryCodePanel | None = None
        self.pending: Any = None  # storage's PendingRecoveryCode, memory only
        self.committed = False
        self.operation: Operation[Any] | None = None
        self.closed = False
        self.setWindowTitle(self.tr("Nieuw herstelblad"))
        self.setMinimumWidth(620)
        self._layout = QVBoxLayout(self)
        self.intro = paragraph(
            self.tr(
                "U krijgt een nieuwe herstelcode. Zodra u de nieuwe code heeft bevestigd, "
                "werken de oude code en het oude herstelblad niet meer; vernietig dan het oude "
                "blad. Tot die tijd blijft de oude code geldig. Bevestig met uw wachtwoord."
            )
        )
        self._layout.addWidget(self.intro)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = form_layout()
        add_row(self.form, self.tr("&Wachtwoord:"), self.password)
        self._layout.addLayout(self.form)
        self.error = error_label()
        self._layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Nieuwe code maken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.make_code)
        self.buttons.rejected.connect(self.reject)
        self._layout.addStretch(1)
        self._layout.addWidget(self.buttons)

    def make_code(self) -> None:
        if self.panel is not None:
            self.confirm()
            return
        if self.operation is not None:
            return
        show_message(self.error, "")
        vault, password = self.ctx.vault, self.password.text()
        self.password.setEnabled(False)
        self.ok_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.operation = None
            self.password.setEnabled(True)
            self.ok_button.setEnabled(True)
            if isinstance(exc, WrongSecretError):
                show_message(self.error, self.tr("Het wachtwoord klopt niet."))
            else:
                show_message(self.error, error_text(exc))

        # Argon2id (check the password) and a new wrapped slot, on a worker; memory only.
        self.operation = run_operation(
            self,
            lambda _cancel: vault.prepare_recovery_code(password),
            self._show_code,
            label=self.tr("Nieuwe herstelcode maken…"),
            on_error=failed,
            cancellable=False,
        )

    def _show_code(self, pending: Any) -> None:
        self.operation = None
        if self.closed:  # closed meanwhile: nothing shown, nothing kept
            pending.forget()
            return
        self.pending = pending
        self.password.clear()
        self.password.setEnabled(False)
        self.intro.hide()
        for i in range(self.form.rowCount()):
            self.form.setRowVisible(i, False)
        store = self.ctx.require_store()
        org = str(self.ctx.setting(ORG_NAME, "") or "")
        self.panel = RecoveryCodePanel(
            pending.code,
            organisation=lambda: org,
            store_id=store.store_id,
            language=self.ctx.language,
            with_check=True,
        )
        self.panel.check_changed.connect(self._update)
        self._layout.insertWidget(0, heading(self.tr("Uw nieuwe herstelcode"), 1.2))
        self._layout.insertWidget(1, self.panel)
        self.ok_button.setText(self.tr("&Bevestigen"))
        self.close_button.setText(self.tr("Annuleren (oude code blijft geldig)"))
        self._update()
        self._fit()

    def _fit(self) -> None:
        """Grow to show the whole panel (the code is never clipped), within the screen."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        want = self.sizeHint().expandedTo(self.minimumSizeHint())
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            want = want.boundedTo(screen.size())
        self.resize(self.size().expandedTo(want))

    def _update(self) -> None:
        self.ok_button.setEnabled(self.panel is None or self.panel.check_ok())

    def confirm(self) -> None:
        """The retype check passed: write the new code; the old one stops working now."""
        if self.panel is None or self.pending is None or not self.panel.check_ok():
            return
        try:
            self.ctx.vault.commit_recovery_code(self.pending, self.ctx.store)
        except StoreError as exc:
            show_message(self.error, message_text(exc))
            return
        self.committed = True
        self.accept()

    def done(self, result: int) -> None:
        self.closed = True
        if self.pending is not None:
            self.pending.forget()  # not confirmed: nothing was written, the old code stays
        if self.panel is not None:
            self.panel.forget()
        super().done(result)
