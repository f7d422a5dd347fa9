"""Turn the database's failures into messages a person can act on.

A save that fails because the disk is full, the folder is read-only or another
program holds the file must not crash the app or lose what the user typed: the
services raise ``StorageError`` (a ``GivebackError``), which the dialogs show
inline while keeping the form open and filled in.
"""

from __future__ import annotations

import errno
import functools
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

import peewee

from crm_desktop.errors import StorageError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, translate
from crm_desktop.store import cipher

P = ParamSpec("P")
R = TypeVar("R")

KEEP = QT_TRANSLATE_NOOP("storage", "What you typed is still here; try Save again.")


READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def _what_went_wrong(err: BaseException) -> str:
    """The text of *err* and of the errors it was raised from or while handling.

    On a full disk SQLite rolls the transaction back itself, so the rollback
    peewee then attempts fails with "no transaction is active": the telling
    error ("database or disk is full") is the one it was handling.
    """
    texts, seen = [], set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        texts.append(str(err).lower())
        if isinstance(err, OSError) and err.errno in READ_ONLY_ERRNOS:
            texts.append("read-only")
        elif isinstance(err, OSError) and err.errno == errno.ENOSPC:
            texts.append("disk is full")
        err = err.__cause__ or err.__context__
    return " / ".join(texts)


def storage_message(err: BaseException, failed: str | None = None, after: str | None = None) -> str:
    """A plain sentence for a database failure: *failed* says what could not be done
    ("Giveback could not save", the default), *after* what the user may count on (by
    default that what they typed is still there)."""
    if failed is None:
        failed = translate("storage", "Giveback could not save")
    if after is None:
        after = translate("storage", KEEP)
    text = _what_went_wrong(err)
    if "locked" in text or "busy" in text:
        reason = translate(
            "storage",
            "another program is using the database right now. Close it (or wait a moment).",
        )
    elif "readonly" in text or "read-only" in text or "read only" in text:
        reason = translate(
            "storage",
            "the database file or its folder is read-only. Check the folder's permissions.",
        )
    elif "full" in text:
        reason = translate("storage", "the disk is full. Free some space.")
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        reason = translate(
            "storage",
            "the database file is damaged. Restart Giveback to check it and restore the "
            "newest backup.",
        )
    else:
        said = translate("storage", "{failed} ({error}). {after}")
        return said.format(failed=failed, error=err, after=after).strip()
    said = translate("storage", "{failed}: {reason} {after}")
    return said.format(failed=failed, reason=reason, after=after).strip()


def storage_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Let a service's database failures out as ``StorageError`` with a plain message.

    Programming errors (constraint violations, bad SQL) are not hidden.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (peewee.IntegrityError, peewee.ProgrammingError, *cipher.INTEGRITY_ERRORS):
            raise
        except (peewee.DatabaseError, *cipher.DATABASE_ERRORS, OSError) as err:
            raise StorageError(storage_message(err)) from err

    return wrapper


def cannot_open_message(err: BaseException, folder: Path) -> str:
    """A plain sentence for a database that could not even be opened at start-up."""
    text = _what_went_wrong(err)
    if "read-only" in text or "readonly" in text or "unable to open" in text:
        return translate(
            "storage",
            "The data folder {folder} or the database in it is read-only, or belongs to "
            "another account. Check the folder's permissions, or start Giveback with "
            "--data-dir on another folder. Nothing was changed.",
        ).format(folder=folder)
    return storage_message(
        err,
        translate("storage", "Giveback could not open its database"),
        translate("storage", "Nothing was changed."),
    )
