"""The database file: where it lives, who can read it, and how old files are migrated."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from crm_desktop import paths, store
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import meetings

V1_DUMP = Path(__file__).resolve().parents[1] / "data" / "schema_v1.sql"


def make_v1_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    con.executescript(V1_DUMP.read_text(encoding="utf-8"))
    con.close()
    return path


def test_new_database_is_private_and_in_the_data_folder(db, data_dir):
    db_file = paths.database_path()
    assert db_file.parent == data_dir
    assert db_file.exists()
    if os.name == "posix":
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE(db_file.stat().st_mode) == 0o600


def test_connection_pragmas(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION


def test_version_1_file_is_migrated_with_a_backup_and_keeps_its_data(data_dir):
    db_file = make_v1_file(paths.database_path())
    store.connect(db_file)
    try:
        version = store.database().execute_sql("PRAGMA user_version").fetchone()[0]
        assert version == store.SCHEMA_VERSION
        # Everything from version 1 is still there.
        daniel = contacts.find_contact("Daniel Kowalski")
        assert daniel.company == "Acme Robotics"
        assert referrals.chain_names(daniel.id) == ["Me", "Zoë Lefèvre", "Daniel Kowalski"]
        assert meetings.meetings_with(daniel.id)[0].notes == "Talked about the dbt migration"
        # The new search index was filled from the old rows: accents ignored,
        # tags and meeting notes searchable.
        assert [r.full_name for r in contacts.list_contacts("zoe")] == ["Zoë Lefèvre"]
        assert [r.full_name for r in contacts.list_contacts("mentor")] == ["Zoë Lefèvre"]
        assert [r.full_name for r in contacts.list_contacts("dbt")] == ["Daniel Kowalski"]
    finally:
        store.close()
    pattern = f"giveback-before-v{store.SCHEMA_VERSION}-*.sqlite3"
    backups = list((data_dir / "backups").glob(pattern))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
    old.close()
    if os.name == "posix":
        assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600


def test_database_from_a_newer_giveback_is_refused_and_untouched(data_dir):
    db_file = make_v1_file(paths.database_path())
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA user_version = 99")
    con.close()
    before = db_file.read_bytes()
    with pytest.raises(store.DatabaseTooNew, match="newer version of Giveback"):
        store.connect(db_file)
    assert db_file.read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_fresh_database_needs_no_backup(db, data_dir):
    assert not (data_dir / "backups").exists()


def test_reopening_keeps_committed_changes(db):
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    store.close()
    store.connect(paths.database_path())
    assert [r.full_name for r in contacts.list_contacts()] == ["Ann Lee"]
