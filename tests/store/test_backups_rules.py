"""The rules of backups, each stated here with dates and names written out: which automatic
backups rotation keeps, how a backup's file name is read, which backup is offered after
damage, when a half-written copy is cleared away, what restore refuses (changing nothing)
and what it does. Start-up's report is in test_start_up_rules.py. Real SQLite files under
tmp_path; no GUI."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat

import pytest

from crm_desktop import paths, store
from crm_desktop.errors import StorageError
from crm_desktop.services import backups, events
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.store import cipher


def _add(*names: str) -> None:
    for name in names:
        contacts.add_contact(ContactInput(full_name=name))


def _names() -> list[str]:
    return [r.full_name for r in contacts.list_contacts()]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_files() -> set[str]:
    folder = paths.backups_dir()
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def _fake(name: str):
    """An (empty) SQLite file of that name in the backups folder."""
    path = paths.ensure_private_dir(paths.backups_dir()) / name
    sqlite3.connect(path).close()
    return path


def _set_mtime(path, when: dt.datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


def _damage_beyond_the_contacts(path) -> None:
    """A backup whose contacts still count but whose other pages a bad disk scribbled on:
    a table of 200 long rows is added at its end, then the last pages are overwritten."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE filler (x TEXT)")
    con.executemany("INSERT INTO filler VALUES (?)", [("y" * 500,)] * 200)
    con.commit()
    con.close()
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size - 6 * 4096)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(5 * 4096)))


# Names, labels, phrases -----------------------------------------------------------------


def test_reason_labels_and_which_backups_are_automatic(tmp_path):
    def info(reason: str) -> backups.BackupInfo:
        return backups.BackupInfo(tmp_path / "b.sqlite3", dt.datetime(2026, 1, 1), reason, 1, 1)

    # reason: (label shown in the restore dialog, automatic, i.e. rotation may delete it)
    expected = {
        "daily": ("Daily", True),
        "manual": ("Made by you", False),
        "before-import": ("Before an import", True),
        "before-restore": ("Before a restore", True),
        "before-v3": ("Before an upgrade", True),
        "before-v12": ("Before an upgrade", True),
        "after-lunch": ("After lunch", False),
        "mine": ("Mine", False),
    }
    assert {r: (info(r).reason_label, info(r).automatic) for r in expected} == expected


def test_contacts_phrase():
    assert [backups.contacts_phrase(n) for n in (None, 0, 1, 2, 11)] == [
        "unreadable",
        "0 contacts",
        "1 contact",
        "2 contacts",
        "11 contacts",
    ]


def test_read_info_reads_date_and_reason_from_the_name_else_from_the_file(data_dir):
    folder = paths.ensure_private_dir(paths.backups_dir())
    mtime = dt.datetime(2025, 3, 4, 5, 6, 7)
    # file name: (reason, taken at) -- names that are not exactly Giveback's are "manual",
    # dated by the file's modification time.
    expected = {
        "giveback-daily-20261127-090000-000000.sqlite3": ("daily", dt.datetime(2026, 11, 27, 9)),
        "giveback-before-v4-20261127-090102-123456.sqlite3": (
            "before-v4",
            dt.datetime(2026, 11, 27, 9, 1, 2, 123456),
        ),
        "giveback-before-import-20250101-235959-999999.sqlite3": (
            "before-import",
            dt.datetime(2025, 1, 1, 23, 59, 59, 999999),
        ),
        "my backup.sqlite3": ("manual", mtime),
        "giveback-Daily-20261127-090000-000000.sqlite3": ("manual", mtime),
        "giveback-daily-20261127-0900.sqlite3": ("manual", mtime),
        "old-giveback-daily-20261127-090000-000000.sqlite3": ("manual", mtime),
        "giveback-daily-20261127-090000-000000.sqlite3.bak": ("manual", mtime),
        "giveback--20261127-090000-000000.sqlite3": ("manual", mtime),
    }
    for name in expected:
        path = folder / name
        path.write_bytes(b"not a database")
        _set_mtime(path, mtime)
    found = {}
    for name in expected:
        info = backups.read_info(folder / name)
        found[name] = (info.reason, info.taken_at)
        assert info.contact_count is None and info.size == len(b"not a database")
    assert found == expected
    assert backups.read_info(folder / "my backup.sqlite3", reason="current").reason == "current"


def test_read_info_counts_contacts_and_a_database_without_them_is_unreadable(db, tmp_path):
    _add("Ann Lee", "Bob Stone", "Cy Young")
    target = backups.backup_now(tmp_path / "three.sqlite3")
    info = backups.read_info(target)
    assert info.contact_count == 3
    assert info.size == len(target.read_bytes())
    other = tmp_path / "recipes.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipe (name TEXT)")
    con.commit()
    con.close()
    assert backups.read_info(other).contact_count is None


def test_list_backups_lists_only_backup_files_newest_first(data_dir):
    assert backups.list_backups() == []
    assert not paths.backups_dir().exists()  # listing creates nothing
    older = _fake("giveback-daily-20261120-090000-000000.sqlite3")
    newer = _fake("giveback-manual-20261121-090000-000000.sqlite3")
    (paths.backups_dir() / "giveback-daily-20261122-090000-000000.sqlite3").mkdir()
    (paths.backups_dir() / "giveback-daily-20261123-090000-000000.sqlite3.partial").write_text("")
    (paths.backups_dir() / "notes.txt").write_text("")
    assert [b.path for b in backups.list_backups()] == [newer, older]


# Which backup is offered after damage ---------------------------------------------------


def test_newest_good_backup_skips_unreadable_and_damaged_ones(db, tmp_path):
    assert backups.newest_good_backup() is None
    _add("Ann Lee")
    folder = paths.ensure_private_dir(paths.backups_dir())
    good = folder / "giveback-daily-20261120-090000-000000.sqlite3"
    backups.backup_now(good)
    damaged = folder / "giveback-daily-20261121-090000-000000.sqlite3"
    backups.backup_now(damaged)
    _damage_beyond_the_contacts(damaged)
    assert backups.read_info(damaged).contact_count == 1  # it still looks like a backup
    unreadable = folder / "giveback-daily-20261122-090000-000000.sqlite3"
    unreadable.write_bytes(b"half a database" * 300)
    found = backups.newest_good_backup()
    assert found is not None and found.path == good and found.contact_count == 1


# Abandoned copies and rotation ----------------------------------------------------------


def test_copies_abandoned_over_an_hour_ago_are_removed_younger_ones_kept(data_dir):
    now = dt.datetime(2026, 11, 27, 12, 0)
    folder = paths.ensure_private_dir(paths.backups_dir())
    ages = {  # file: minutes since it was last written
        "giveback-daily-20261127-090000-000000.sqlite3.partial": 90,
        "giveback-daily-20261127-090000-000000.sqlite3.partial-journal": 61,
        "giveback-manual-20261127-110000-000000.sqlite3.partial": 60,  # an hour: kept
        "giveback-manual-20261127-113000-000000.sqlite3.partial": 30,
        "giveback-manual-20261126-090000-000000.sqlite3": 27 * 60,  # a backup you made
        "notes.txt": 10 * 24 * 60,
    }
    for name, minutes in ages.items():
        (folder / name).write_bytes(b"x")
        _set_mtime(folder / name, now - dt.timedelta(minutes=minutes))
    # One gone by the time it is looked at (another Giveback tidying up at the same moment;
    # here a link to nothing): the others are still seen to.
    (folder / "giveback-before-import-20261127-080000-000000.sqlite3.partial").symlink_to(
        folder / "gone"
    )
    backups.rotate(now)
    assert _folder_files() == {
        "giveback-before-import-20261127-080000-000000.sqlite3.partial",
        "giveback-manual-20261127-110000-000000.sqlite3.partial",
        "giveback-manual-20261127-113000-000000.sqlite3.partial",
        "giveback-manual-20261126-090000-000000.sqlite3",
        "notes.txt",
    }


def test_rotation_by_day_week_and_month_written_out(data_dir):
    """Now is Friday 27 Nov 2026, 12:00. Kept: every automatic backup younger than a day
    (24 h exactly is not younger); beyond that the newest of each of the 7 newest days that
    have one, of each of the 4 newest ISO weeks that have one (Monday to Sunday) and of each
    of the 6 newest months that have one. Backups you made are never deleted."""
    now = dt.datetime(2026, 11, 27, 12, 0)
    plan = {  # "reason when": kept?
        "daily 20261127-110000": True,  # day 1, week 48, month Nov
        "before-import 20261127-100000": True,  # 2 h old
        "daily 20261126-123000": True,  # 23.5 h old; day 2
        "daily 20261126-120000": False,  # exactly 24 h old, not the newest of its day
        "before-import 20261126-080000": False,
        "daily 20261125-090000": True,  # day 3
        "daily 20261124-090000": True,  # day 4
        "daily 20261123-090000": True,  # day 5 (Monday)
        "daily 20261122-090000": True,  # day 6 (Sunday): week 47
        "daily 20261121-090000": True,  # day 7
        "daily 20261120-090000": False,  # day 8: too many days; week 47 already kept
        "daily 20261110-090000": True,  # week 46
        "before-restore 20261109-090000": False,  # week 46 already kept
        "daily 20261101-090000": True,  # Sunday: week 44 (the 4th week; none in week 45)
        "daily 20261030-090000": True,  # week 44 already kept, but the newest of October
        "before-v3 20261025-090000": False,  # week 43: a 5th week; October already kept
        "daily 20260915-090000": True,  # September
        "before-v4 20260901-090000": False,  # September already kept
        "before-v4 20260731-090000": True,  # July (none in August)
        "daily 20260630-090000": True,  # June
        "before-import 20260531-090000": True,  # May: the 6th month
        "daily 20260430-090000": False,  # April: a 7th month
        "manual 20200101-090000": True,  # made by you
        "manual 20261126-070000": True,
    }
    files = {}
    for entry in plan:
        reason, when = entry.split()
        files[entry] = _fake(f"giveback-{reason}-{when}-000000.sqlite3")
    mine = _fake("from my old laptop.sqlite3")
    _set_mtime(mine, dt.datetime(2019, 5, 5))
    deleted = backups.rotate(now)
    assert sorted(deleted) == sorted(files[e] for e, kept in plan.items() if not kept)
    assert {b.path for b in backups.list_backups()} == {
        files[e] for e, kept in plan.items() if kept
    } | {mine}
    assert backups.rotate(now) == []  # a second pass finds nothing more to delete


def test_a_backup_to_a_file_you_choose_does_not_rotate_one_in_the_folder_does(db, tmp_path):
    _add("Ann Lee")
    day = (dt.datetime.now() - dt.timedelta(days=3)).date()
    older = _fake(f"giveback-daily-{day:%Y%m%d}-090000-000000.sqlite3")
    _fake(f"giveback-daily-{day:%Y%m%d}-100000-000000.sqlite3")  # the same day, later
    backups.backup_now(tmp_path / "elsewhere.sqlite3")
    assert older.exists()
    made = backups.backup_now()
    assert not older.exists()
    assert made.name.startswith("giveback-manual-")


# Taking backups --------------------------------------------------------------------------


def test_backup_now_names_and_refusals(db, tmp_path, monkeypatch):
    store.close()
    paths.set_data_dir(tmp_path / "empty")
    with pytest.raises(backups.BackupError, match="^There is no database to back up yet"):
        backups.backup_now()
    paths.set_data_dir(tmp_path / "data")
    store.connect(paths.database_path())
    _add("Ann Lee")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    nested = backups.backup_now("~/a/b/ann.sqlite3")
    assert nested == tmp_path / "home" / "a" / "b" / "ann.sqlite3"
    assert backups.read_info(nested).contact_count == 1
    _add("Bob Stone")
    with pytest.raises(backups.BackupError) as refused:
        backups.backup_now(nested)
    assert str(refused.value) == f"{nested} already exists; choose another name."
    assert backups.read_info(nested).contact_count == 1  # untouched
    assert backups.backup_now(nested, replace=True) == nested
    assert backups.read_info(nested).contact_count == 2
    monkeypatch.chdir(paths.data_dir())
    with pytest.raises(backups.BackupError) as refused:
        backups.backup_now("giveback.sqlite3", replace=True)
    assert str(refused.value) == "A backup cannot be written over the database itself."
    assert _names() == ["Ann Lee", "Bob Stone"]
    stamped = backups.backup_now(reason="before-import")
    assert stamped.parent == paths.backups_dir()
    assert backups.read_info(stamped).reason == "before-import"


def test_a_copy_left_half_written_under_the_same_name_is_replaced(db, tmp_path):
    _add("Ann Lee")
    target = tmp_path / "ann.sqlite3"
    (tmp_path / "ann.sqlite3.partial").write_bytes(b"cut short by a crash")
    backups.backup_now(target)
    assert backups.read_info(target).contact_count == 1
    assert sorted(p.name for p in tmp_path.glob("ann*")) == ["ann.sqlite3"]


def test_a_copy_is_private_from_its_first_byte(db, tmp_path, monkeypatch):
    _add("Ann Lee")
    seen: list[int] = []
    real_copy = cipher.copy_file

    def watch(source, target, **keys):
        seen.append(stat.S_IMODE(os.stat(target).st_mode))
        return real_copy(source, target, **keys)

    monkeypatch.setattr(cipher, "copy_file", watch)
    backups.backup_now(tmp_path / "ann.sqlite3")
    assert seen == [0o600]


def test_a_backup_that_cannot_be_written_says_why_and_leaves_nothing_behind(data_dir):
    db_path = paths.database_path()
    paths.ensure_private_dir(db_path.parent)
    db_path.write_bytes(b"half a database" * 300)
    with pytest.raises(backups.BackupError) as refused:
        backups.backup_now()
    assert str(refused.value) == (
        "Giveback could not write the backup: the database file is damaged. Restart Giveback "
        "to check it and restore the newest backup."
    )
    assert _folder_files() == set()


def test_two_backups_in_the_same_microsecond_get_two_names(data_dir):
    when = dt.datetime(2026, 11, 27, 9, 0, 0, 999999)
    taken = _fake("giveback-manual-20261127-090000-999999.sqlite3")
    path = backups._stamped_path("manual", when)
    assert path != taken
    assert path.name == "giveback-manual-20261127-090001-000000.sqlite3"


def test_the_daily_backup_is_named_for_its_day_and_rotates_from_it(db):
    _add("Ann Lee")
    now = dt.datetime(2100, 1, 10, 9, 0)
    same_day_earlier = _fake("giveback-daily-21000109-080000-000000.sqlite3")
    same_day_later = _fake("giveback-daily-21000109-100000-000000.sqlite3")
    mine_today = _fake("giveback-manual-21000110-070000-000000.sqlite3")
    daily = backups.daily_backup_if_due(now)
    assert daily == paths.backups_dir() / "giveback-daily-21000110-090000-000000.sqlite3"
    assert backups.read_info(daily).contact_count == 1
    # Rotated as of 10 Jan 2100: the earlier of 9 January's two is 25 h old, and not kept.
    assert not same_day_earlier.exists()
    assert same_day_later.exists() and mine_today.exists()
    assert backups.daily_backup_if_due(now + dt.timedelta(hours=14)) is None  # 23:00
    assert backups.daily_backup_if_due(now + dt.timedelta(hours=15)) is not None  # next day


def test_no_daily_backup_without_a_database(data_dir):
    assert backups.daily_backup_if_due(dt.datetime(2026, 11, 27, 9)) is None
    assert not paths.backups_dir().exists()


# Restore: refusals change nothing ------------------------------------------------------


@pytest.fixture
def ann_then_bob(db, tmp_path):
    """A backup holding Ann, then Bob added: restoring it would lose Bob."""
    _add("Ann Lee")
    good = backups.backup_now(tmp_path / "ann.sqlite3")
    _add("Bob Stone")
    return good


def _refused(path, message: str) -> None:
    before = _folder_files()
    with pytest.raises(backups.BackupError) as refused:
        backups.restore(path)
    assert str(refused.value) == message
    assert _names() == ["Ann Lee", "Bob Stone"]
    assert _folder_files() == before  # not even a safety copy


def test_restore_refuses_what_is_not_a_file(ann_then_bob, tmp_path):
    _refused(tmp_path, f"{tmp_path} is not a file.")
    _refused(tmp_path / "gone.sqlite3", f"{tmp_path / 'gone.sqlite3'} is not a file.")


def test_restore_refuses_a_database_that_is_not_giveback(ann_then_bob, tmp_path):
    other = tmp_path / "recipes.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipe (name TEXT)")
    con.commit()
    con.close()
    _refused(
        other, "recipes.sqlite3 is not a Giveback backup, or it is damaged. Nothing was changed."
    )


def test_restore_refuses_a_damaged_backup(ann_then_bob, tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(ann_then_bob.read_bytes())
    _damage_beyond_the_contacts(damaged)
    _refused(
        damaged, "damaged.sqlite3 is not a Giveback backup, or it is damaged. Nothing was changed."
    )


def test_restore_refuses_a_backup_from_a_newer_giveback(ann_then_bob, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(ann_then_bob.read_bytes())
    version = sqlite3.connect(ann_then_bob).execute("PRAGMA user_version").fetchone()[0]
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {version + 1}")
    con.commit()
    con.close()
    _refused(
        newer,
        "newer.sqlite3 was written by a newer version of Giveback. Please update Giveback. "
        "Nothing was changed.",
    )


# Restore: what it does -------------------------------------------------------------------


def test_restore_tells_every_view_and_accepts_a_path_from_home(ann_then_bob, monkeypatch):
    heard: list[str] = []
    for topic in events.TOPICS:
        events.subscribe(topic, lambda topic=topic: heard.append(topic))
    monkeypatch.setenv("HOME", str(ann_then_bob.parent))
    saved = backups.restore("~/ann.sqlite3")
    assert _names() == ["Ann Lee"]
    assert heard == ["contacts", "referrals", "meetings"]
    assert saved.parent == paths.backups_dir() and saved.name.startswith("giveback-before-rest")
    assert backups.read_info(saved).contact_count == 2


def test_restore_into_a_folder_without_a_database_keeps_nothing(tmp_path):
    store.connect(paths.database_path())
    _add("Ann Lee")
    good = backups.backup_now(tmp_path / "ann.sqlite3")
    store.close()
    paths.set_data_dir(tmp_path / "new computer")
    assert backups.restore(good) is None
    assert _names() == ["Ann Lee"]
    assert paths.backups_dir().exists() is False
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(paths.data_dir()).st_mode) == 0o700
    store.close()


def test_restore_over_a_damaged_database_moves_it_aside_untouched(db, tmp_path):
    _add("Ann Lee")
    good = backups.backup_now(tmp_path / "ann.sqlite3")
    store.close()
    db_path = paths.database_path()
    db_path.write_bytes(b"half a database" * 300)
    before = _digest(db_path)
    saved = backups.restore(good)
    assert saved.parent == db_path.parent and saved.name.startswith("giveback.sqlite3.damaged-")
    assert _digest(saved) == before
    assert _names() == ["Ann Lee"]
    assert _folder_files() == set()  # nothing to back up: it was damaged


# Encrypted folders -------------------------------------------------------------------------


def test_a_plain_backup_restored_into_an_encrypted_folder_becomes_encrypted(db, tmp_path):
    _add("Ann Lee")
    plain = backups.backup_now(tmp_path / "plain.sqlite3")
    store.close()
    for path in paths.data_dir().glob("giveback.sqlite3*"):
        path.unlink()
    cipher.use_key(bytes(range(32)))
    store.connect(paths.database_path())
    _add("Bob Stone")
    saved = backups.restore(plain)
    assert _names() == ["Ann Lee"]
    assert cipher.is_encrypted(paths.database_path()) and cipher.is_encrypted(saved)
    assert backups.read_info(saved).contact_count == 1
    assert not cipher.is_encrypted(plain)

    foreign = tmp_path / "foreign.sqlite3"
    cipher.copy_file(plain, foreign, key_in=None, key_out=bytes(range(1, 33)))
    before = _folder_files()
    with pytest.raises(backups.BackupError) as refused:
        backups.restore(foreign)
    assert str(refused.value) == (
        "foreign.sqlite3 is not a Giveback backup, or it is damaged, or it is encrypted with "
        "a key this Giveback does not have (another passphrase, or another computer's "
        "keyring). Nothing was changed."
    )
    assert _names() == ["Ann Lee"] and _folder_files() == before
    backups.restore(saved)  # encrypted with this folder's key: restored
    assert _names() == ["Bob Stone"]
    store.close()


def test_restore_while_another_program_holds_the_database_changes_nothing(ann_then_bob):
    store.close()
    holder = sqlite3.connect(paths.database_path())  # another program, writing
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(backups.BackupError) as refused:
            backups.restore(ann_then_bob)
    finally:
        holder.close()
    assert str(refused.value) == (
        "The current database could not be backed up (database is locked), so it was not "
        "replaced. Nothing was changed."
    )
    store.connect(paths.database_path())
    assert _names() == ["Ann Lee", "Bob Stone"]
    assert _folder_files() == set()


def test_restore_while_another_program_reads_the_database_leaves_none_of_the_old_data(
    ann_then_bob,
):
    """Another program reading the database keeps its write-ahead log alive after Giveback
    lets go, with Bob in it. The restored file must not pick that log up."""
    reader = sqlite3.connect(paths.database_path())
    try:
        assert reader.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
        backups.restore(ann_then_bob)
    finally:
        reader.close()
    assert _names() == ["Ann Lee"]
    store.close()
    con = sqlite3.connect(paths.database_path())
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r[0] for r in con.execute("SELECT full_name FROM contact")] == ["Ann Lee"]
    finally:
        con.close()


def test_a_restore_whose_copy_fails_says_so_and_leaves_the_database_as_it_was(ann_then_bob):
    # Anything in the way of the copy into the data folder (here a folder where the copy's
    # first file goes) fails it the way a full or failing disk would.
    in_the_way = paths.data_dir() / "giveback.sqlite3.restoring.partial"
    in_the_way.mkdir()
    with pytest.raises(StorageError) as refused:
        backups.restore(ann_then_bob)
    assert str(refused.value) == (
        f"Giveback could not restore ([Errno 21] Is a directory: '{in_the_way}')."
    )
    assert _names() == ["Ann Lee", "Bob Stone"]


def test_reading_a_backup_changes_nothing_in_it(tmp_path):
    """A backup cut short mid-write keeps its rollback journal beside it: listing or
    offering it only reads, so neither the file nor its journal is touched."""
    path = tmp_path / "giveback-daily-20261127-090000-000000.sqlite3"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, full_name TEXT)")
    con.execute("INSERT INTO contact (full_name) VALUES ('Ann Lee')")
    con.commit()
    con.execute("PRAGMA cache_size = 1")
    con.execute("BEGIN")
    con.executemany("INSERT INTO contact (full_name) VALUES (?)", [("x" * 900,)] * 300)
    journal = tmp_path / (path.name + "-journal")
    copy, copy_journal = tmp_path / "copy" / path.name, tmp_path / "copy" / journal.name
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())  # as the disk held them when the power went
    copy_journal.write_bytes(journal.read_bytes())
    con.rollback()
    con.close()
    before = (_digest(copy), _digest(copy_journal))
    backups.read_info(copy)
    assert (_digest(copy), _digest(copy_journal)) == before
