"""Writing an export file safely, and a worker's own database connection.

Every exporter (vCard, CSV, iCalendar, JSON) writes through ``private_file``: a
file beside the target, readable by the user only, renamed into place when
complete, never over Giveback's own database or backups.
"""

from __future__ import annotations

import contextlib
import functools
import os
from pathlib import Path

import peewee

from crm_desktop import paths
from crm_desktop.errors import GivebackError
from crm_desktop.services.text import translate
from crm_desktop.store import cipher
from crm_desktop.store.models import database_proxy


class ExportError(GivebackError):
    """The export file could not be written (folder missing or read-only, disk full…)."""


@contextlib.contextmanager
def own_connection():
    """In a thread with no open connection (a worker), open one and close it after."""
    db = database_proxy.obj
    opened_here = db.is_closed()
    try:
        yield
    finally:
        if opened_here and not db.is_closed():
            db.close()


def _database_files() -> set[Path]:
    """The database Giveback has open (and the one of this data folder), with its side files."""
    names = {paths.database_path()}
    if database_proxy.obj is not None and database_proxy.obj.database not in ("", ":memory:"):
        names.add(Path(database_proxy.obj.database))
    return {
        Path(str(name) + suffix).resolve()
        for name in names
        for suffix in ("", "-wal", "-shm", "-journal")
    }


def refuse_own_files(path: str | os.PathLike[str]) -> None:
    """Raise ExportError when *path* is the database, one of its side files or in the
    backups folder: an export written there would destroy what it was taken from."""
    target = Path(path).resolve()
    if target in _database_files():
        raise ExportError(
            translate(
                "files",
                "“{name}” is Giveback's own database; choose another file name or folder "
                "for the export. Nothing was written.",
            ).format(name=target.name)
        )
    backups = paths.backups_dir().resolve()
    if target == backups or backups in target.parents:
        raise ExportError(
            translate(
                "files",
                "“{name}” is in Giveback's backups folder ({backups}), which keeps its "
                "backups only; choose another folder for the export. Nothing was written.",
            ).format(name=target.name, backups=backups)
        )


@contextlib.contextmanager
def private_file(path: str | os.PathLike[str], mode: str = "w", **open_args):
    """Open a new file beside *path*, 0600 from its first byte; on success it
    replaces *path*, on any failure it is removed and *path* is left as it was.
    The database and the backups are never a target (see ``refuse_own_files``)."""
    refuse_own_files(path)
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with open(fd, mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def export_errors(func):
    """Turn a failed write or read into an ExportError naming the file (the first argument)."""

    @functools.wraps(func)
    def wrapper(path, *args, **kwargs):
        try:
            return func(path, *args, **kwargs)
        except OSError as err:
            reason = err.strerror or str(err)
            raise ExportError(
                translate(
                    "files", "Giveback could not write {path}: {reason}. Nothing was written."
                ).format(path=path, reason=reason)
            ) from err
        except (peewee.DatabaseError, *cipher.DATABASE_ERRORS) as err:
            raise ExportError(
                translate(
                    "files", "Giveback could not read the database ({err}). Nothing was written."
                ).format(err=err)
            ) from err

    return wrapper
