"""A damaged database is never overwritten: it is moved aside, the user is told
plainly and offered the newest good backup. Tested on deliberately broken files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from crm_desktop import paths, store
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.store import integrity


def _fill(n: int) -> None:
    for i in range(n):
        contacts.add_contact(ContactInput(full_name=f"Person {i:03}", notes="note " * 40))


def _wreck_pages(path, first_page=3, pages=6) -> None:
    """Scribble over b-tree pages in the middle of the file, as a bad disk would."""
    size = 4096
    with open(path, "r+b") as handle:
        handle.seek(first_page * size)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(pages * size)))


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged_with_backup(data_dir):
    """A database of 120 people with a good backup of the first 100, then wrecked."""
    store.connect(paths.database_path())
    _fill(100)
    good = backups.backup_now()
    _fill(20)
    store.close()
    db_path = paths.database_path()
    _wreck_pages(db_path)
    yield db_path, good
    store.close()


def test_quick_check_finds_the_damage(damaged_with_backup):
    db_path, good = damaged_with_backup
    assert integrity.quick_check(db_path) != "ok"
    assert integrity.quick_check(good) == "ok"


def test_quick_check_on_a_file_that_is_not_a_database(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    assert "not a database" in integrity.quick_check(junk)


def test_damaged_database_is_moved_aside_unchanged_and_the_backup_offered(damaged_with_backup):
    db_path, good = damaged_with_backup
    before = _digest(db_path)
    report = backups.open_database()
    assert report.damaged
    assert report.moved_to.parent == db_path.parent
    assert report.moved_to.name.startswith("giveback.sqlite3.damaged-")
    assert _digest(report.moved_to) == before  # not a byte changed
    assert report.newest_backup is not None and report.newest_backup.path == good
    assert report.newest_backup.contact_count == 100
    # Giveback carries on with an empty database until the user chooses.
    assert contacts.count_contacts() == 0
    message = backups.damaged_message(report)
    assert "damaged" in message and str(report.moved_to) in message and "100 contacts" in message
    if os.name == "posix":
        assert os.stat(report.moved_to).st_mode & 0o777 == 0o600


def test_a_second_damage_never_overwrites_the_first(data_dir):
    db_path = paths.database_path()
    paths.ensure_private_dir(db_path.parent)
    db_path.write_bytes(b"first wreck" * 1000)
    first = integrity.check_on_start(db_path).moved_to
    db_path.write_bytes(b"second wreck" * 1000)
    second = integrity.check_on_start(db_path).moved_to
    assert first != second
    assert first.read_bytes().startswith(b"first wreck")
    assert second.read_bytes().startswith(b"second wreck")


def test_healthy_database_is_left_where_it_is(db):
    _fill(3)
    report = backups.open_database()
    assert not report.damaged
    assert contacts.count_contacts() == 3
    assert not list(paths.data_dir().glob("*.damaged-*"))


def test_start_up_tells_the_user_and_restores_the_newest_good_backup(
    damaged_with_backup, qtbot, monkeypatch
):
    from crm_desktop.ui.common import prompts
    from crm_desktop.ui.interchange import backup_dialogs

    questions: list[str] = []

    def confirm(parent, title, text, action="OK"):
        questions.append(text)
        return True

    told: list[str] = []
    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "inform", lambda parent, text, title="": told.append(text))
    report = backups.open_database()
    backup_dialogs.explain_start(None, report)
    assert len(questions) == 1
    assert "was damaged" in questions[0] and "Restore it now?" in questions[0]
    assert contacts.count_contacts() == 100
    assert told == []


def test_start_up_without_a_backup_says_so(data_dir, monkeypatch):
    from crm_desktop.ui.common import prompts
    from crm_desktop.ui.interchange import backup_dialogs

    db_path = paths.database_path()
    paths.ensure_private_dir(db_path.parent)
    db_path.write_bytes(os.urandom(4096 * 4))
    told: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda parent, text, title="": told.append(text))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: pytest.fail("nothing to offer"))
    report = backups.open_database()
    backup_dialogs.explain_start(None, report)
    assert len(told) == 1 and "no backup to restore" in told[0]
    store.close()


def test_cli_refuses_to_work_on_a_damaged_database_and_names_the_backup(
    damaged_with_backup, tmp_path
):
    db_path, good = damaged_with_backup
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(paths.ENV_VAR, None)

    def giveback(*args):
        return subprocess.run(
            [sys.executable, "-m", "crm_desktop", "--data-dir", str(paths.data_dir()), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    out = giveback("contacts")
    assert out.returncode == 2
    assert "damaged" in out.stderr and "giveback restore" in out.stderr and str(good) in out.stderr
    out = giveback("restore", str(good))
    assert out.returncode == 0, out.stderr
    assert "Restored 100 contacts" in out.stdout
    assert giveback("contacts").stdout.count("Person ") == 100
