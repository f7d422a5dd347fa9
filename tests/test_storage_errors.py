"""When the database cannot be written (locked by another program, read-only,
disk full) the user gets a plain message and keeps what they typed. Real files:
another connection really holds the lock."""

from __future__ import annotations

import os
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm_desktop import paths, store
from crm_desktop.services import contacts, meetings
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.errors import StorageError


@pytest.fixture
def lock(db):
    """Another program holding the database's write lock; the app gives up after 100 ms."""
    store.database().execute_sql("PRAGMA busy_timeout = 100")
    holder = sqlite3.connect(paths.database_path(), timeout=0.1, isolation_level=None)
    state = {"held": False}

    def take():
        holder.execute("BEGIN EXCLUSIVE")
        state["held"] = True

    def release():
        if state["held"]:
            holder.execute("ROLLBACK")
            state["held"] = False

    take.release = release
    yield take
    release()
    holder.close()


def test_service_says_plainly_that_the_database_is_locked(db, lock):
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    lock()
    with pytest.raises(StorageError, match="another program is using the database"):
        contacts.add_contact(ContactInput(full_name="Bob Stone"))
    lock.release()
    contacts.add_contact(ContactInput(full_name="Bob Stone"))
    assert [r.full_name for r in contacts.list_contacts()] == ["Ann Lee", "Bob Stone"]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes to read-only files anyway"
)
def test_read_only_database_file(data_dir):
    store.connect(paths.database_path())
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    store.close()
    db_path = paths.database_path()
    os.chmod(db_path, 0o400)
    try:
        store.connect(db_path)
        with pytest.raises(StorageError, match="read-only"):
            contacts.add_contact(ContactInput(full_name="Bob Stone"))
    finally:
        store.close()
        os.chmod(db_path, 0o600)


def _dialog(window, kind):
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    found += [w for w in window.findChildren(kind) if w.isVisible()]
    assert found, f"no {kind.__name__} open"
    return found[0]


@pytest.mark.gui
def test_contact_dialog_keeps_what_was_typed_when_the_database_is_locked(window, qtbot, lock):
    from crm_desktop.ui.contact_dialog import ContactDialog

    window.new_contact_action.trigger()
    dialog = _dialog(window, ContactDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Zoe Park")
    qtbot.keyClicks(dialog.notes, "Met at the data meetup. Ask about the platform team?")
    lock()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "another program is using the database" in dialog.error.text()
    assert "still here" in dialog.error.text()
    assert dialog.name.text() == "Zoe Park"
    assert dialog.notes.toPlainText() == "Met at the data meetup. Ask about the platform team?"
    dialog.grab().save(str(paths.data_dir().parent / "contact-locked.png"))

    lock.release()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = contacts.find_contact("Zoe Park")
    assert saved.notes == "Met at the data meetup. Ask about the platform team?"


@pytest.mark.gui
def test_meeting_dialog_keeps_what_was_typed_when_the_database_is_locked(window, qtbot, lock):
    from crm_desktop.ui.meeting_dialog import MeetingDialog

    ann = contacts.add_contact(ContactInput(full_name="Ann Lee"))
    window.meetings_view.add_meeting(ann.id)
    dialog = _dialog(window, MeetingDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.agenda, "Her move to product; the Berlin office")
    lock()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "another program is using the database" in dialog.error.text()
    assert dialog.agenda.toPlainText() == "Her move to product; the Berlin office"
    assert meetings.list_meetings() == []

    lock.release()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [meeting] = meetings.list_meetings()
    assert meeting.agenda == "Her move to product; the Berlin office"
