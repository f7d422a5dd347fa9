"""Whether Giveback is open on a data folder, for code that has no window.

The running app holds ``giveback.lock`` in its data folder (see
``ui/single_instance.py``). The lock is a ``QLockFile``: QtCore only, no
application object needed, and a lock left by a crashed Giveback is recognised
because its process is gone. A few commands must not run under an open window
because they swap the database file itself (``giveback restore``): they take the
same lock for as long as they run, so the app cannot start halfway through
either.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile

from crm_desktop import paths
from crm_desktop.errors import GivebackError, StorageError
from crm_desktop.services.storage import cannot_open_message

LOCK_NAME = "giveback.lock"


class AppIsOpen(GivebackError):
    """Giveback is open on this data folder, so the command was not run."""


def folder_lock(folder: Path) -> QLockFile:
    """The lock of the data folder *folder*; stale only when its process is gone, never by age."""
    lock = QLockFile(str(Path(folder) / LOCK_NAME))
    lock.setStaleLockTime(0)
    return lock


@contextmanager
def app_closed(doing: str, menu_item: str) -> Iterator[None]:
    """Hold the data folder's lock while the block runs.

    Raises ``AppIsOpen`` (nothing done) when Giveback is open on the folder;
    the message points the user to *menu_item* in the File menu, where the app
    itself does *doing* safely.
    """
    try:
        folder = paths.ensure_private_dir(paths.data_dir())
    except OSError as err:  # read-only, or another account's: nothing can be done there
        raise StorageError(cannot_open_message(err, paths.data_dir())) from err
    lock = folder_lock(folder)
    if not lock.tryLock(0):
        raise AppIsOpen(
            f"Giveback is open on this data folder; {doing} from File ▸ {menu_item} there, "
            "or quit Giveback first. Nothing was changed."
        )
    try:
        paths.make_private(folder / LOCK_NAME)
        yield
    finally:
        lock.unlock()
