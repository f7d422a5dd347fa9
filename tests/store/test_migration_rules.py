"""The migration machinery itself: every step runs once and in order, the version of a
file is read without touching it, the copy taken before a migration is named by its time
and never overwrites another, and a newer file is refused with the whole explanation."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from crm_desktop.store import migrations
from crm_desktop.store.migrations import SCHEMA_VERSION, DatabaseTooNew
from crm_desktop.store.models import database_proxy


@pytest.fixture
def fresh(tmp_path):
    """An empty SQLite file, open as the app's database."""
    path = tmp_path / "fresh.sqlite3"
    db = SqliteDatabase(str(path))
    database_proxy.initialize(db)
    db.connect()
    yield db, path
    db.close()
    database_proxy.initialize(None)


def test_a_new_file_gets_every_step_once_in_order(fresh, monkeypatch, tmp_path):
    db, path = fresh
    assert migrations.migrate(db, path) == list(range(1, SCHEMA_VERSION + 1))
    assert migrations.migrate(db, path) == []
    db.close()
    before = path.read_bytes()
    monkeypatch.chdir(tmp_path)
    assert migrations.read_version(path) == SCHEMA_VERSION
    assert path.read_bytes() == before  # read only
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.sqlite3"]


def test_the_copy_taken_before_a_migration_is_named_by_its_time(fresh):
    db, path = fresh
    migrations.migrate(db, None)
    start = dt.datetime.now()
    first = migrations.backup_copy(path, "before-v9")
    second = migrations.backup_copy(path, "before-v9")
    end = dt.datetime.now()
    assert first != second and first.exists() and second.exists()  # never overwritten
    for copy in (first, second):
        assert copy.parent == path.parent / "backups"
        found = re.fullmatch(r"giveback-before-v9-(\d{8}-\d{6}-\d{6})\.sqlite3", copy.name)
        assert found, copy.name
        taken = dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S-%f")
        assert start <= taken <= end
        assert migrations.read_version(Path(copy)) == SCHEMA_VERSION


def test_a_newer_file_is_refused_with_the_whole_explanation():
    migrations.check_not_newer(SCHEMA_VERSION)  # this version's own files are fine
    with pytest.raises(DatabaseTooNew) as err:
        migrations.check_not_newer(SCHEMA_VERSION + 1)
    assert str(err.value) == (
        f"This database was written by a newer version of Giveback (schema "
        f"{SCHEMA_VERSION + 1}; this version understands up to {SCHEMA_VERSION}). "
        "Please update Giveback. The file has not been changed."
    )
