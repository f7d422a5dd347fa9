"""Checking the database file before Giveback opens it.

A damaged file is never written to or overwritten: it is renamed, with its
``-wal`` and ``-shm`` companions, to ``giveback.sqlite3.damaged-<when>`` beside
itself, so that nothing in it is lost and a specialist (or ``sqlite3 .recover``)
can still get at it. Giveback then starts from the newest good backup or empty.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from crm_desktop import paths
from crm_desktop.errors import DatabaseLocked
from crm_desktop.store import cipher

COMPANIONS = ("-wal", "-shm")
# SQLITE_CORRUPT and SQLITE_NOTADB: the file itself is bad.
DAMAGED_CODES = {11, 26}


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problem: str = ""
    moved_to: Path | None = None


def quick_check(path: Path) -> str:
    """Says "ok" when SQLite's ``PRAGMA quick_check`` finds nothing wrong, else what it found.

    A missing file is "ok" (there is nothing to lose). The check reads only: it
    opens the file without creating it and changes nothing in it.

    Failures that say nothing about the file's health (locked by another
    program, no permission) are raised as they are, so that a healthy file is
    never taken for a damaged one.

    While Giveback holds a key, an encrypted file that it does not open raises
    ``DatabaseLocked``: a wrong key is not damage, and such a file is never moved
    aside (an encrypted file whose first page is damaged cannot be told from one with
    another key: it is kept).
    """
    path = Path(path)
    if not path.exists():
        return "ok"
    key = cipher.current_key()
    if key is not None and cipher.is_encrypted(path) and not cipher.opens_with(path, key):
        raise DatabaseLocked(
            f"{path.name} is encrypted and the key Giveback was given does not open it. "
            "Nothing was changed."
        )
    con = cipher.open_file(path, mode="rw")
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        found = "; ".join(str(r[0]) for r in rows[:5])
        return "ok" if found == "ok" else found
    except cipher.DATABASE_ERRORS as err:
        if (getattr(err, "sqlite_errorcode", 0) or 0) & 0xFF in DAMAGED_CODES:
            return str(err)
        raise
    finally:
        con.close()


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its companions) out of the way; never overwrite."""
    path = Path(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    paths.make_private(target)
    for suffix in COMPANIONS:
        companion = Path(str(path) + suffix)
        if companion.exists():
            moved = Path(str(target) + suffix)
            os.replace(companion, moved)
            paths.make_private(moved)
    return target


def check_on_start(path: Path | None = None) -> CheckResult:
    """Quick-check the database; move a damaged one aside and say where it went."""
    path = Path(path) if path is not None else paths.database_path()
    problem = quick_check(path)
    if problem == "ok":
        return CheckResult(ok=True)
    return CheckResult(ok=False, problem=problem, moved_to=move_aside(path))
