"""Opening and closing the database for the window and the command line, which never
reach into ``crm_desktop.store`` themselves.

Start-up goes through ``services.backups.open_database`` instead: it checks the file
first and takes the day's backup. A database written by a newer Giveback is refused
with ``DatabaseTooNew``, a ``GivebackError`` like every other failure shown to the user.
"""

from __future__ import annotations

from pathlib import Path

from crm_desktop import store
from crm_desktop.services.contacts import last_contact


def connect(path: str | Path | None = None) -> None:
    """Open (creating and migrating it if needed) the database at *path*, else the
    one in the data folder."""
    store.connect(path)
    last_contact.catch_up()  # meetings booked ahead may have happened since it was closed


def close() -> None:
    """Close the database if it is open."""
    store.close()
