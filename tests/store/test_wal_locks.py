"""The window's connection keeps its locks while Giveback works on the open database.

Closing any file descriptor of a file drops every POSIX lock the process holds on it,
SQLite's included. A backup taken while the window is open used to read the database's
first bytes with open()/close(); after that, the command line (another process) closing
its connection believed it was the last one, checkpointed and deleted the WAL and its
index under the window, whose next write reported "database disk image is malformed".
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from crm_desktop import paths
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput

CHILD = (
    "import sqlite3, sys\n"
    "con = sqlite3.connect(sys.argv[1])\n"
    "con.execute(\"INSERT INTO tag (name) VALUES ('from the command line')\")\n"
    "con.commit()\n"
    "con.close()\n"
)


def test_a_backup_while_open_leaves_the_other_processes_unable_to_pull_the_wal_away(db):
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    backups.backup_now()  # reads and copies the open database
    database = paths.database_path()
    subprocess.run([sys.executable, "-c", CHILD, str(database)], check=True)

    assert Path(str(database) + "-shm").exists()  # the WAL index is still there
    contacts.add_contact(ContactInput(full_name="Bob Stone"))  # the window writes on
    assert sorted(r.full_name for r in contacts.list_contacts()) == ["Ann Lee", "Bob Stone"]
    check = sqlite3.connect(database)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tags = [r[0] for r in check.execute("SELECT name FROM tag")]
        assert tags == ["from the command line"]
    finally:
        check.close()
