"""What start-up reports about the database, each case with the words the user reads:
a healthy one and the day's backup, a damaged one moved aside with the newest good backup
offered, a day's backup that cannot be taken, a database that cannot be opened at all.
Real SQLite files under tmp_path; no GUI."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop import paths, store
from crm_desktop.errors import StorageError
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput


def _add(*names: str) -> None:
    for name in names:
        contacts.add_contact(ContactInput(full_name=name))


def _names() -> list[str]:
    return [r.full_name for r in contacts.list_contacts()]


def test_start_up_on_a_healthy_database_reports_the_days_backup(db):
    _add("Ann Lee")
    report = backups.open_database()
    assert report.moved_to is None and report.problem == "" and report.newest_backup is None
    assert not report.damaged and report.backup_problem == ""
    assert [b.path for b in backups.list_backups()] == [report.daily_backup]
    assert backups.read_info(report.daily_backup).reason == "daily"


def test_start_up_on_a_damaged_database_reports_the_problem_and_the_newest_good_backup(
    db, tmp_path
):
    _add("Ann Lee", "Bob Stone")
    folder = paths.ensure_private_dir(paths.backups_dir())
    good = backups.backup_now(folder / "giveback-daily-20261120-090000-000000.sqlite3")
    (folder / "giveback-daily-20261121-090000-000000.sqlite3").write_bytes(b"junk" * 1000)
    store.close()
    db_path = paths.database_path()
    db_path.write_bytes(b"half a database" * 300)
    report = backups.open_database()
    assert report.damaged and report.problem == "file is not a database"
    assert report.moved_to.read_bytes() == b"half a database" * 300
    assert report.newest_backup.path == good
    assert report.daily_backup is None  # the new, empty database has nothing to keep
    assert _names() == []
    store.close()


def test_start_up_goes_on_when_the_days_backup_cannot_be_taken(db):
    _add("Ann Lee")
    paths.backups_dir().write_text("a file where the backups folder should be")
    report = backups.open_database()
    assert report.daily_backup is None
    assert report.backup_problem == (
        f"Giveback could not back up ([Errno 17] File exists: '{paths.backups_dir()}')."
    )
    assert _names() == ["Ann Lee"]


def test_start_up_on_a_database_that_cannot_be_opened_says_so_and_changes_nothing(data_dir):
    paths.ensure_private_dir(paths.database_path())  # a folder where the database should be
    with pytest.raises(StorageError) as refused:
        backups.open_database()
    assert str(refused.value).startswith("Giveback could not open its database (")
    assert str(refused.value).endswith(". Nothing was changed.")
    assert paths.database_path().is_dir() and list(paths.data_dir().iterdir()) == [
        paths.database_path()
    ]


def test_damaged_message_names_the_moved_file_and_the_newest_good_backup(tmp_path):
    moved = tmp_path / "giveback.sqlite3.damaged-20261127-090500"
    backup = tmp_path / "giveback-daily-20261127-090500-000000.sqlite3"
    head = (
        "Giveback's database was damaged, so Giveback did not open it. "
        f"It has been moved aside, unchanged, to:\n{moved}\n\n"
    )
    for count, phrase in ((1, "1 contact"), (100, "100 contacts")):
        info = backups.BackupInfo(backup, dt.datetime(2026, 11, 27, 9, 5), "daily", count, 9)
        report = backups.StartReport(moved_to=moved, newest_backup=info)
        assert backups.damaged_message(report) == head + (
            f"The newest good backup is from Fri 27 Nov 2026, 09:05 with {phrase}:\n{backup}"
        )
    alone = backups.StartReport(moved_to=moved)
    assert alone.damaged and not backups.StartReport().damaged
    assert backups.damaged_message(alone) == head + (
        "There is no backup to restore, so Giveback starts with an empty database."
    )


def test_start_up_on_a_database_out_of_reach_names_the_folder(data_dir, tmp_path):
    """The database is a link to a drive that is gone: SQLite cannot open it."""
    paths.ensure_private_dir(data_dir)
    paths.database_path().symlink_to(tmp_path / "unplugged drive" / "giveback.sqlite3")
    with pytest.raises(StorageError) as refused:
        backups.open_database()
    assert str(refused.value) == (
        f"The data folder {data_dir} or the database in it is read-only, or belongs to "
        "another account. Check the folder's permissions, or start Giveback with "
        "--data-dir on another folder. Nothing was changed."
    )
    assert not (tmp_path / "unplugged drive").exists()
