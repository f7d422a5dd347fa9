"""When the database cannot be written (locked by another program, read-only,
disk full) the user gets a plain message and keeps what they typed. Real files
and real failures: another process holds the lock, an account that file
permissions apply to runs the app, the disk really fills up (a small tmpfs when
the tests may mount one, else SQLite's own size limit)."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm_desktop import paths, store
from crm_desktop.errors import StorageError
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.meetings import meetings

REPO = Path(__file__).resolve().parents[2]
CHILD = str(Path(__file__).resolve().parents[1] / "storage_child.py")
HOLD_LOCK = (
    "import sqlite3, sys\n"
    "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "con.execute('BEGIN EXCLUSIVE')\n"
    "print('locked', flush=True)\n"
    "sys.stdin.readline()\n"
    "con.execute('ROLLBACK')\n"
)


@pytest.fixture
def lock(db):
    """Another program holding the database's exclusive lock; the app gives up after 100 ms."""
    store.database().execute_sql("PRAGMA busy_timeout = 100")
    holder: dict[str, subprocess.Popen] = {}

    def take():
        holder["process"] = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(paths.database_path())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder["process"].stdout.readline() == "locked\n"

    def release():
        process = holder.pop("process", None)
        if process is not None:
            process.communicate("release\n", timeout=30)
            assert process.returncode == 0

    take.release = release
    yield take
    release()


def test_service_says_plainly_that_the_database_is_locked(db, lock):
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    lock()
    with pytest.raises(StorageError, match="another program is using the database"):
        contacts.add_contact(ContactInput(full_name="Bob Stone"))
    lock.release()
    contacts.add_contact(ContactInput(full_name="Bob Stone"))
    assert [r.full_name for r in contacts.list_contacts()] == ["Ann Lee", "Bob Stone"]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="an administrator writes through file permissions: see the unprivileged tests below",
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


# A full disk (the ``full_disk`` fixture is in tests/conftest.py) ---------------------------

# More than a page of text, so that the save needs new pages in the file.
STORY = " ".join(
    ["She moved from research to the platform team; hires in Berlin next spring."] * 80
)


def test_service_says_plainly_that_the_disk_is_full(full_disk, db):
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    full_disk.fill()
    with pytest.raises(StorageError, match="the disk is full"):
        contacts.add_contact(ContactInput(full_name="Bob Stone", notes=STORY))
    assert [r.full_name for r in contacts.list_contacts()] == ["Ann Lee"]
    full_disk.free()
    contacts.add_contact(ContactInput(full_name="Bob Stone", notes=STORY))
    assert store.database().execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert contacts.find_contact("Bob Stone").notes == STORY


# An account that file permissions apply to ------------------------------------------------

NOBODY = 65534
# What lets an administrator write through permissions; without them root is like anyone.
OVERRIDES = "-dac_override,-dac_read_search,-fowner"


@dataclass
class Unprivileged:
    """How to start a child process that file permissions apply to."""

    prefix: list[str]  # put before the command
    options: dict = field(default_factory=dict)  # for subprocess.run
    uid: int = 0  # whose files are the child's own
    other_uid: int = NOBODY  # an account whose files the child may only read

    def run(self, *args: str) -> subprocess.CompletedProcess:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
        env.pop(paths.ENV_VAR, None)
        return subprocess.run(
            [*self.prefix, sys.executable, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd="/",
            timeout=120,
            **self.options,
        )


@functools.cache
def _arrange_unprivileged() -> Unprivileged | None:
    """As an administrator: the account nobody if it can run this Python, else this
    account without the capabilities that override file permissions (setpriv)."""
    if os.name != "posix" or os.geteuid() != 0:
        return None
    candidates = [
        Unprivileged([], {"user": NOBODY, "group": NOBODY, "extra_groups": []}, NOBODY, 0)
    ]
    setpriv = shutil.which("setpriv")
    if setpriv:
        drop = [f"--bounding-set={OVERRIDES}", f"--inh-caps={OVERRIDES}", "--"]
        candidates.append(Unprivileged([setpriv, *drop], {}, 0, NOBODY))
    for candidate in candidates:
        try:
            if candidate.run("-c", "import crm_desktop").returncode == 0:
                return candidate
        except OSError:
            continue
    return None


@pytest.fixture
def unprivileged(tmp_path):
    """(runner, folder): the folder is reachable by the runner; the data folder goes inside."""
    runner = _arrange_unprivileged()
    if runner is None:
        pytest.skip("needs an administrator who can run a child without its privileges")
    base = Path(tempfile.mkdtemp(prefix="giveback-permissions-"))
    os.chmod(base, 0o711)
    try:
        yield runner, base
    finally:
        shutil.rmtree(base)


def _fill_data_folder(data: Path) -> None:
    paths.set_data_dir(data)
    store.connect(paths.database_path())
    contacts.add_contact(ContactInput(full_name="Ann Lee", notes="Years of notes."))
    store.close()


def _give_away(data: Path, uid: int, folder_mode: int, file_mode: int) -> None:
    for path in (data, *data.rglob("*")):
        os.chown(path, uid, uid)
        os.chmod(path, folder_mode if path.is_dir() else file_mode)


def _fingerprint(data: Path) -> dict[str, str]:
    return {
        str(p.relative_to(data)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data.rglob("*"))
        if p.is_file()
    }


def _names_in(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in con.execute("SELECT full_name FROM contact ORDER BY id")]
    finally:
        con.close()


def test_data_folder_of_another_account_is_refused_plainly_and_left_alone(unprivileged):
    runner, base = unprivileged
    data = base / "data"
    _fill_data_folder(data)
    backup = base / "ann.sqlite3"
    shutil.copy(data / paths.DB_NAME, backup)
    os.chmod(backup, 0o644)
    _give_away(data, runner.other_uid, 0o755, 0o644)  # readable, not writable, for the child
    before = _fingerprint(data)

    result = runner.run("-m", "crm_desktop", "--data-dir", str(data), "add-contact", "Bob Stone")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert f"The data folder {data}" in result.stderr
    assert "read-only, or belongs to another account" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert _fingerprint(data) == before

    restore = runner.run("-m", "crm_desktop", "--data-dir", str(data), "restore", str(backup))
    assert restore.returncode == 2, restore.stderr
    assert "Traceback" not in restore.stderr
    assert "read-only, or belongs to another account" in restore.stderr

    started = runner.run(CHILD, "start", str(data))  # the app, started from the menu
    assert started.returncode == 0, started.stderr
    seen = json.loads(started.stdout.splitlines()[-1])
    assert seen["exit"] == 1
    [message] = seen["shown"]
    assert message.startswith("Giveback cannot open its database.")
    assert f"The data folder {data}" in message and "Check the folder's permissions" in message
    assert _fingerprint(data) == before
    assert _names_in(data / paths.DB_NAME) == ["Ann Lee"]


def test_read_only_database_keeps_what_was_typed_in_the_dialog(unprivileged):
    runner, base = unprivileged
    data = base / "data"
    _fill_data_folder(data)
    _give_away(data, runner.uid, 0o700, 0o400)  # the child's own file, write-protected
    notes = "Met at the data meetup. Ask about the platform team?"

    result = runner.run(CHILD, "dialog", str(data), "Zoe Park", notes)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["still_open"]
    assert "the database file or its folder is read-only" in seen["error"]
    assert "What you typed is still here" in seen["error"]
    assert (seen["name"], seen["notes"]) == ("Zoe Park", notes)
    assert seen["contacts"] == ["Ann Lee"]
    assert _names_in(data / paths.DB_NAME) == ["Ann Lee"]


def _dialog(window, kind):
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    found += [w for w in window.findChildren(kind) if w.isVisible()]
    assert found, f"no {kind.__name__} open"
    return found[0]


def test_contact_dialog_keeps_what_was_typed_when_the_database_is_locked(window, qtbot, lock):
    from crm_desktop.ui.contacts.dialog import ContactDialog

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


def test_meeting_dialog_keeps_what_was_typed_when_the_database_is_locked(window, qtbot, lock):
    from crm_desktop.ui.meetings.dialog import MeetingDialog

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


def test_contact_dialog_keeps_what_was_typed_when_the_disk_is_full(full_disk, window, qtbot):
    from PySide6.QtGui import QTextCursor

    from crm_desktop.ui.contacts.dialog import ContactDialog

    window.new_contact_action.trigger()
    dialog = _dialog(window, ContactDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Zoe Park")
    dialog.notes.setPlainText(STORY)  # pasted
    dialog.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.notes, " Ask about Berlin?")
    full_disk.fill()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "the disk is full" in dialog.error.text()
    assert "still here" in dialog.error.text()
    assert dialog.name.text() == "Zoe Park"
    assert dialog.notes.toPlainText() == STORY + " Ask about Berlin?"
    assert contacts.list_contacts() == []
    dialog.grab().save(str(paths.data_dir().parent / "contact-disk-full.png"))

    full_disk.free()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert contacts.find_contact("Zoe Park").notes == STORY + " Ask about Berlin?"
