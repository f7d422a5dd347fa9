"""Knowing that the database changed outside the window: another connection's commit
counts, the window's own commits do not, and asking never reopens a closed database."""

from __future__ import annotations

import sqlite3

from helpers import add

from crm_desktop import paths, store
from crm_desktop.services import database


def commit_elsewhere() -> None:
    """A commit through another connection, as the command line or a second process makes."""
    con = sqlite3.connect(paths.database_path())
    try:
        con.execute("UPDATE contact SET location = 'Lagos'")
        con.commit()
    finally:
        con.close()


def test_only_commits_made_elsewhere_count(db):
    add("Ann Lee")
    database.changed_outside()  # the first look sets what was seen
    assert not database.changed_outside()
    add("Bob Stone")  # the window's own change: announced by its service already
    assert not database.changed_outside()
    commit_elsewhere()
    assert database.changed_outside()
    assert not database.changed_outside()  # told once


def test_a_closed_database_is_not_reopened_by_asking(db):
    store.close()
    assert store.data_version() is None
    assert not database.changed_outside()
    assert db.is_closed()
