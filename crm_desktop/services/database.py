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

# The database last looked at, and its count of commits made by other connections then.
_seen: tuple[int, int] | None = None


def connect(path: str | Path | None = None) -> None:
    """Open (creating and migrating it if needed) the database at *path*, else the
    one in the data folder."""
    store.connect(path)
    last_contact.catch_up()  # meetings booked ahead may have happened since it was closed


def close() -> None:
    """Close the database if it is open."""
    store.close()


def changed_outside() -> bool:
    """True when another connection (the command line, a second process, a worker
    thread) committed to the database since the last call; the first call, and any
    call while the database is closed, says False. One pragma: cheap enough to ask
    every second at any size."""
    global _seen
    version = store.data_version()
    if version is None:
        return False
    now = (id(store.database()), version)
    before, _seen = _seen, now
    return before is not None and before != now
