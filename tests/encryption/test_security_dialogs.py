"""File ▸ Security… and the passphrase asked at start, driven as a user drives them."""

from __future__ import annotations

import sqlite3

import keyring
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import paths, store
from crm_desktop.services.contacts import contacts
from crm_desktop.services.encryption import convert, keys, unlock
from crm_desktop.store import cipher
from crm_desktop.ui.security.dialog import SecurityDialog
from crm_desktop.ui.security.passphrase import PassphraseDialog

PASSPHRASE = "a passphrase typed in the window"


def _close_message_boxes(qtbot) -> list[str]:
    """Close the notice that follows a change; return its text."""
    seen: list[str] = []

    def close_box():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.accept()

    qtbot.waitUntil(lambda: (close_box(), bool(seen))[1], timeout=20000)
    return seen


def _choose(qtbot, radio) -> None:
    """A click on the radio button's circle (its middle may lie past its text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_choosing_a_passphrase_encrypts_the_folder_and_the_window_keeps_working(
    qtbot, window, sample_db
):
    names = sorted(c.full_name for c in contacts.list_contacts())
    window.security_action.trigger()
    dialog = window.security_dialog
    assert dialog.plain.isChecked() and not dialog.fields.isEnabled()
    _choose(qtbot, dialog.passphrase)
    assert dialog.fields.isEnabled()
    _type(qtbot, dialog.new_passphrase, PASSPHRASE)
    _type(qtbot, dialog.again, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error.text() and not unlock.status().encrypted
    dialog.again.clear()
    _type(qtbot, dialog.again, PASSPHRASE)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    seen = _close_message_boxes(qtbot)
    assert "Encrypted with your passphrase" in seen[0]
    assert unlock.status().encrypted and unlock.status().holder == keys.PASSPHRASE
    assert sorted(c.full_name for c in contacts.list_contacts()) == names
    assert window.contacts_view.model.rowCount() == len(names)
    try:
        sqlite3.connect(paths.database_path()).execute("SELECT * FROM contact").fetchall()
        readable = True
    except sqlite3.DatabaseError:
        readable = False
    assert not readable
    # Quit and start again: the passphrase is asked for.
    store.close()
    cipher.use_key(None)
    assert unlock.needs_passphrase()


def test_the_passphrase_dialog_keeps_a_wrong_passphrase_and_says_so(qtbot, sample_db):
    convert.encrypt_with_passphrase(PASSPHRASE)
    store.close()
    cipher.use_key(None)
    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.isVisible() and "does not open" in dialog.error.text()
    assert dialog.passphrase.text() == "not the passphrase"  # kept, selected to retype
    assert cipher.current_key() is None
    dialog.passphrase.clear()
    _type(qtbot, dialog.passphrase, PASSPHRASE)
    _choose(qtbot, dialog.remember)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert cipher.current_key() is not None and unlock.status().remembered
    store.close()
    cipher.use_key(None)
    assert not unlock.needs_passphrase()  # remembered: the next start asks nothing


def test_turning_encryption_off_from_the_dialog(qtbot, window, sample_db):
    convert.encrypt_with_keyring()
    window.security_action.trigger()
    dialog = window.security_dialog
    assert dialog.keyring.isChecked()
    _choose(qtbot, dialog.plain)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "Not encrypted" in _close_message_boxes(qtbot)[0]
    assert not cipher.is_encrypted(paths.database_path())
    assert window.contacts_view.model.rowCount() == contacts.count_contacts() > 0


def test_without_a_keyring_only_a_passphrase_is_offered(qtbot, db):
    keyring.set_keyring(fail.Keyring())
    dialog = SecurityDialog(first_run=True)
    qtbot.addWidget(dialog)
    assert not dialog.keyring.isEnabled() and "no keyring" in dialog.keyring.text()
    assert dialog.passphrase.isChecked() and not dialog.remember.isEnabled()
    assert dialog.close_button.text() == "Not now"
