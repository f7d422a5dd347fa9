"""A Giveback that cannot write its database, run by tests/store/test_storage_errors.py.

The parent starts this as an unprivileged account (one that may read the data
folder but not write it), because an administrator account writes through any
file permission. It prints as JSON what the user would see:

    python tests/storage_child.py dialog DATA_DIR NAME NOTES
        open the database as the app does at start-up, open the New contact
        dialog offscreen, type, click Save
    python tests/storage_child.py start DATA_DIR
        start the app as ``giveback`` does; the message box it shows is
        recorded instead of waiting for a click
"""

from __future__ import annotations

import json
import os
import sys


def start(data_dir: str) -> None:
    from crm_desktop import paths
    from crm_desktop.ui.shell import app

    shown: list[str] = []

    def critical(parent, title, text):
        shown.append(text)

    app.QMessageBox.critical = critical
    paths.set_data_dir(data_dir)
    code = app.run_gui()
    print(json.dumps({"exit": code, "shown": shown}), flush=True)


def dialog(data_dir: str, name: str, notes: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from crm_desktop import paths
    from crm_desktop.services import backups
    from crm_desktop.services.contacts import contacts
    from crm_desktop.ui.contacts.dialog import ContactDialog

    paths.set_data_dir(data_dir)
    app = QApplication(["giveback"])
    backups.open_database()
    dialog = ContactDialog()
    dialog.show()
    QTest.keyClicks(dialog.name, name)
    QTest.keyClicks(dialog.notes, notes)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    app.processEvents()
    seen = {
        "still_open": dialog.isVisible(),
        "error": dialog.error.text() if dialog.error.isVisible() else "",
        "name": dialog.name.text(),
        "notes": dialog.notes.toPlainText(),
        "contacts": [c.full_name for c in contacts.list_contacts()],
    }
    print(json.dumps(seen), flush=True)
    dialog.close()
    app.shutdown()  # widgets go before the application, as Qt needs


if __name__ == "__main__":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    {"start": start, "dialog": dialog}[sys.argv[1]](*sys.argv[2:])
