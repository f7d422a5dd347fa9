"""Backups: taken with SQLite's backup API, rotated, listed, restored in one step
that can be undone; private files; the CLI and the File menu."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from crm_desktop import paths
from crm_desktop.errors import GivebackError
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput


def _add(*names: str) -> None:
    for name in names:
        contacts.add_contact(ContactInput(full_name=name))


def _names() -> list[str]:
    return [r.full_name for r in contacts.list_contacts()]


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_backup_is_a_complete_private_copy_taken_while_the_database_is_open(db):
    _add("Ann Lee", "Bob Stone")
    target = backups.backup_now()
    assert target.parent == paths.backups_dir()
    con = sqlite3.connect(target)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = sorted(r[0] for r in con.execute("SELECT full_name FROM contact"))
        # One self-contained file: not a WAL database needing companions.
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()
    assert names == ["Ann Lee", "Bob Stone"]
    assert not list(paths.backups_dir().glob("*.partial"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_0700_database_and_backups_0600(db):
    _add("Ann Lee")
    daily = backups.daily_backup_if_due()
    manual = backups.backup_now()
    elsewhere = backups.backup_now(paths.data_dir().parent / "copy.sqlite3")
    db_path = paths.database_path()
    assert _mode(paths.data_dir()) == 0o700
    assert _mode(paths.backups_dir()) == 0o700
    for path in (db_path, db_path.with_name(db_path.name + "-wal"), daily, manual, elsewhere):
        assert _mode(path) == 0o600, path


def test_list_backups_gives_date_and_contact_count_newest_first(db):
    _add("Ann Lee")
    first = backups.backup_now()
    _add("Bob Stone", "Cy Young")
    second = backups.backup_now(reason="before-import")
    listed = backups.list_backups()
    assert [b.path for b in listed] == [second, first]
    assert [b.contact_count for b in listed] == [3, 1]
    assert listed[0].reason_label == "Before an import"
    assert listed[1].reason_label == "Made by you"
    assert abs(listed[0].taken_at - dt.datetime.now()) < dt.timedelta(minutes=1)


def test_daily_backup_at_most_once_a_day(db):
    assert backups.daily_backup_if_due() is None  # nothing to keep yet
    _add("Ann Lee")
    first = backups.daily_backup_if_due()
    assert first is not None and first.exists()
    assert backups.daily_backup_if_due() is None
    tomorrow = dt.datetime.now() + dt.timedelta(days=1)
    assert backups.daily_backup_if_due(now=tomorrow) is not None
    assert [b.reason for b in backups.list_backups()] == ["daily", "daily"]


def test_before_import_hook_backs_up(db):
    assert backups.before_import() is None  # an empty database has nothing to lose
    _add("Ann Lee")
    target = backups.before_import()
    assert backups.read_info(target).contact_count == 1
    assert backups.read_info(target).reason == "before-import"


def _fake_backup(when: dt.datetime, reason: str = "daily"):
    folder = paths.ensure_private_dir(paths.backups_dir())
    path = folder / f"giveback-{reason}-{when:%Y%m%d-%H%M%S-%f}.sqlite3"
    sqlite3.connect(path).close()
    return path


def test_rotation_keeps_7_daily_4_weekly_6_monthly_and_everything_you_made(data_dir):
    now = dt.datetime(2026, 11, 27, 9, 0)
    made = [_fake_backup(now - dt.timedelta(days=d)) for d in range(0, 400)]
    extra_today = _fake_backup(now - dt.timedelta(hours=2))  # within a day: kept
    mine = _fake_backup(now - dt.timedelta(days=900), reason="manual")
    backups.rotate(now)
    kept = {b.path for b in backups.list_backups()}
    assert mine in kept and extra_today in kept
    days = sorted({p.name.split("-")[2] for p in kept if "daily" in p.name}, reverse=True)
    assert days[:7] == [f"{(now - dt.timedelta(days=d)):%Y%m%d}" for d in range(7)]
    # 7 daily + 4 weekly + 6 monthly, some shared, plus the extra one today and mine.
    assert len(kept) <= 7 + 4 + 6 + 2
    oldest = min(b.taken_at for b in backups.list_backups() if b.reason == "daily")
    assert oldest.date() <= (now - dt.timedelta(days=150)).date()  # six months back
    assert oldest.date() > (now - dt.timedelta(days=200)).date()
    assert len(made) == 400


def test_copies_cut_short_by_a_crash_are_cleared_away_later(db):
    _add("Ann Lee")
    folder = paths.ensure_private_dir(paths.backups_dir())
    abandoned = folder / "giveback-daily-20261120-090000-000000.sqlite3.partial"
    journal = folder / "giveback-daily-20261120-090000-000000.sqlite3.partial-journal"
    in_progress = folder / "giveback-manual-20261127-090000-000000.sqlite3.partial"
    for path in (abandoned, journal, in_progress):
        path.write_bytes(b"half a database")
    two_hours_ago = time.time() - 2 * 3600
    for path in (abandoned, journal):
        os.utime(path, (two_hours_ago, two_hours_ago))
    backups.backup_now()  # any backup tidies up after itself
    assert not abandoned.exists() and not journal.exists()
    assert in_progress.exists()  # another Giveback may be writing it right now


def test_restore_replaces_data_and_keeps_the_previous_state(db):
    _add("Ann Lee")
    good = backups.backup_now()
    _add("Bob Stone")
    saved = backups.restore(good)
    assert _names() == ["Ann Lee"]
    assert backups.read_info(saved).contact_count == 2
    assert saved.name.startswith("giveback-before-restore-")
    # And it can be undone from that backup.
    backups.restore(saved)
    assert _names() == ["Ann Lee", "Bob Stone"]
    _add("Cy Young")  # the reopened database takes writes
    assert len(_names()) == 3


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(db, tmp_path):
    _add("Ann Lee")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    before = set(paths.backups_dir().glob("*")) if paths.backups_dir().exists() else set()
    with pytest.raises(GivebackError, match="not a Giveback backup"):
        backups.restore(junk)
    assert _names() == ["Ann Lee"]
    after = set(paths.backups_dir().glob("*")) if paths.backups_dir().exists() else set()
    assert after == before


def test_backup_refuses_to_overwrite_the_database(db):
    with pytest.raises(GivebackError):
        backups.backup_now(paths.database_path())


# The command line ---------------------------------------------------------------------------


def _giveback(data, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(paths.ENV_VAR, None)
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_cli_backup_and_restore(tmp_path):
    data = tmp_path / "cli"
    assert _giveback(data, "add-contact", "Ann Lee").returncode == 0
    out = _giveback(data, "backup", str(tmp_path / "ann.sqlite3"))
    assert out.returncode == 0, out.stderr
    assert "Backed up 1 contact to" in out.stdout
    assert _giveback(data, "add-contact", "Bob Stone").returncode == 0
    listed = _giveback(data, "backups").stdout
    assert "Daily" in listed  # the day's backup, taken when a command opened the database

    out = _giveback(data, "restore", str(tmp_path / "ann.sqlite3"))
    assert out.returncode == 0, out.stderr
    assert "Restored 1 contact" in out.stdout
    assert "previous data was kept in" in out.stdout
    names = _giveback(data, "contacts").stdout
    assert "Ann Lee" in names and "Bob Stone" not in names

    bad = _giveback(data, "restore", str(tmp_path / "missing.sqlite3"))
    assert bad.returncode == 2
    assert "is not a file" in bad.stderr


def test_cli_restore_refuses_while_giveback_is_open_and_changes_nothing(tmp_path):
    data = tmp_path / "cli"
    assert _giveback(data, "add-contact", "Ann Lee").returncode == 0
    assert _giveback(data, "backup", str(tmp_path / "ann.sqlite3")).returncode == 0
    assert _giveback(data, "add-contact", "Bob Stone").returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(paths.ENV_VAR, None)
    app = subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", "--data-dir", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not (data / "giveback.wake").exists():  # written once the app holds the lock
            assert app.poll() is None and time.monotonic() < deadline, "the app did not start"
            time.sleep(0.05)
        before = sorted((data / "backups").glob("*"))
        refused = _giveback(data, "restore", str(tmp_path / "ann.sqlite3"))
        assert refused.returncode == 2
        assert "Giveback is open" in refused.stderr
        assert "File ▸ Restore from Backup…" in refused.stderr
        assert sorted((data / "backups").glob("*")) == before  # not even a safety copy
        names = _giveback(data, "contacts").stdout
        assert "Ann Lee" in names and "Bob Stone" in names
    finally:
        app.kill()  # as a crash would: the lock it leaves behind is stale
        app.wait(timeout=30)
    out = _giveback(data, "restore", str(tmp_path / "ann.sqlite3"))
    assert out.returncode == 0, out.stderr
    assert "Bob Stone" not in _giveback(data, "contacts").stdout


# The File menu ------------------------------------------------------------------------------


def test_file_menu_back_up_now_and_restore(window, qtbot, monkeypatch):
    from crm_desktop.ui.common import prompts

    told: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda parent, text, title="": told.append(text))
    monkeypatch.setattr(
        prompts, "ask_save_path", lambda parent, title, suggested, filters: suggested
    )

    def confirm(parent, title, text, action="OK"):
        asked.append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    _add("Ann Lee", "Bob Stone")
    window.backup_action.trigger()
    assert told and told[-1].startswith("Backed up 2 contacts to:")
    _add("Cy Young")
    assert window.contacts_view.model.rowCount() == 3

    window.restore_action.trigger()
    dialog = window.restore_dialog
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "2"
    assert model.index(0, 2).data() == "Made by you"
    dialog.grab().save(str(paths.data_dir().parent / "restore-dialog.png"))
    qtbot.mouseClick(dialog.restore_button, qtbot_left())
    assert "(3 contacts)" in asked[-1] and "(2 contacts)" in asked[-1]
    assert told[-1].startswith("Restored the backup from")
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 2)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_restore_asks_first_and_cancel_changes_nothing(window, qtbot, monkeypatch):
    from crm_desktop.ui.common import prompts

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    _add("Ann Lee")
    backups.backup_now()
    _add("Bob Stone")
    dialog = window.open_restore_dialog()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.restore_button, qtbot_left())
    assert _names() == ["Ann Lee", "Bob Stone"]
    assert dialog.isVisible()
    assert [b.reason for b in backups.list_backups()] == ["manual"]


def test_restore_from_another_file_chosen_in_the_dialog(window, qtbot, monkeypatch, tmp_path):
    from crm_desktop.ui.common import prompts

    told: list[str] = []
    offered: list[str] = []
    chosen = {"path": ""}
    monkeypatch.setattr(prompts, "inform", lambda parent, text, title="": told.append(text))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)

    def ask_open_path(parent, title, folder, filters):
        offered.append(folder)
        return chosen["path"]

    monkeypatch.setattr(prompts, "ask_open_path", ask_open_path)
    _add("Ann Lee")
    elsewhere = backups.backup_now(tmp_path / "from-my-old-laptop.sqlite3")
    _add("Bob Stone", "Cy Young")
    dialog = window.open_restore_dialog()
    qtbot.waitExposed(dialog)

    qtbot.mouseClick(dialog.other_button, qtbot_left())  # cancelled: nothing happens
    assert offered == [str(paths.backups_dir())]
    assert dialog.isVisible() and len(_names()) == 3 and not told

    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database")
    chosen["path"] = str(junk)
    qtbot.mouseClick(dialog.other_button, qtbot_left())
    assert "not a readable Giveback backup" in told[-1]
    assert dialog.isVisible() and len(_names()) == 3

    chosen["path"] = str(elsewhere)
    qtbot.mouseClick(dialog.other_button, qtbot_left())
    assert told[-1].startswith("Restored the backup from")
    assert not dialog.isVisible()
    assert _names() == ["Ann Lee"]
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 1)
    kept = [b for b in backups.list_backups() if b.reason == "before-restore"]
    assert [b.contact_count for b in kept] == [3]  # the data it replaced, kept
