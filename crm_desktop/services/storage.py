"""Turn the database's failures into messages a person can act on.

A save that fails because the disk is full, the folder is read-only or another
program holds the file must not crash the app or lose what the user typed: the
services raise ``StorageError`` (a ``GivebackError``), which the dialogs show
inline while keeping the form open and filled in.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import peewee

from crm_desktop.services.errors import StorageError

P = ParamSpec("P")
R = TypeVar("R")

KEEP = "What you typed is still here; try Save again."


def storage_message(err: BaseException) -> str:
    """A plain sentence for a database failure."""
    text = str(err).lower()
    if "locked" in text or "busy" in text:
        return (
            "Giveback could not save: another program is using the database right now. "
            f"Close it (or wait a moment). {KEEP}"
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return (
            "Giveback could not save: the database file or its folder is read-only. "
            f"Check the folder's permissions. {KEEP}"
        )
    if "full" in text:
        return f"Giveback could not save: the disk is full. Free some space. {KEEP}"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return (
            "Giveback could not save: the database file is damaged. Restart Giveback to "
            f"check it and restore the newest backup. {KEEP}"
        )
    return f"Giveback could not save ({err}). {KEEP}"


def storage_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Let a service's database failures out as ``StorageError`` with a plain message.

    Programming errors (constraint violations, bad SQL) are not hidden.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (peewee.IntegrityError, peewee.ProgrammingError, sqlite3.IntegrityError):
            raise
        except (peewee.DatabaseError, sqlite3.DatabaseError, OSError) as err:
            raise StorageError(storage_message(err)) from err

    return wrapper
