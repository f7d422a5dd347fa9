"""Asking for the passphrase of an encrypted database when Giveback starts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import APP_NAME
from crm_desktop.errors import GivebackError
from crm_desktop.services.encryption import keys, unlock
from crm_desktop.ui.common.widgets import cancel_and_primary, plain_label

translate = QCoreApplication.translate


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """A dialog's buttons, at the right."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def passphrase_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class PassphraseDialog(QDialog):
    """The passphrase, tried as soon as Open is pressed: a wrong one keeps the dialog open
    with a message (and what was typed), the right one unlocks the database."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("PassphraseDialog", "Open {app}").format(app=APP_NAME))
        self.setMinimumWidth(480)
        intro = QLabel(
            translate(
                "PassphraseDialog",
                "Giveback's database is encrypted. Enter your passphrase to open it.",
            )
        )
        intro.setWordWrap(True)
        self.passphrase = passphrase_field()
        self.passphrase.setAccessibleName(translate("PassphraseDialog", "Passphrase"))
        self.remember = QCheckBox(translate("PassphraseDialog", "&Remember on this computer"))
        self.remember.setToolTip(
            translate(
                "PassphraseDialog", "Keep the key in the system keyring: no passphrase next time."
            )
        )
        self.remember.setEnabled(keys.keyring_works())
        self.error = plain_label("formError", wrap=True)
        self.error.hide()
        quit_button, self.open_button = cancel_and_primary(
            self, translate("PassphraseDialog", "&Open"), self.try_open
        )
        quit_button.setText(translate("PassphraseDialog", "&Quit"))
        form = QFormLayout()
        form.addRow(translate("PassphraseDialog", "&Passphrase:"), self.passphrase)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(button_row(quit_button, self.open_button))
        self.remember_problem = ""

    def try_open(self) -> None:
        text = self.passphrase.text()
        if not text:
            self._show(translate("PassphraseDialog", "Type your passphrase."))
            return
        try:
            unlock.unlock(text)
        except unlock.WrongPassphrase:
            self._show(
                translate(
                    "PassphraseDialog",
                    "That passphrase does not open Giveback's database. Try again.",
                )
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except GivebackError as err:
            self._show(str(err))
            return
        if self.remember.isChecked():
            try:
                unlock.remember(True)
            except keys.KeyringUnavailable as err:
                self.remember_problem = str(err)
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def unlock_at_start(parent: QWidget | None = None) -> bool:
    """Find the database's key before the window opens: from the keyring, else by asking.
    False when the user quits, or when the key cannot be found (after saying why)."""
    from crm_desktop.ui.common import prompts

    try:
        unlock.unlock()  # the keyring's key, or the reason: a passphrase, a missing key
        return True
    except unlock.PassphraseNeeded:
        dialog = PassphraseDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if dialog.remember_problem:
            prompts.inform(
                parent,
                dialog.remember_problem,
                translate("security.passphrase", "Remember on this computer"),
            )
        return True
    except GivebackError as err:
        prompts.inform(
            parent,
            translate(
                "security.passphrase", "Giveback cannot open its database.\n\n{error}"
            ).format(error=err),
        )
        return False
