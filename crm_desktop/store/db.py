"""Opening and closing the one SQLite database.

WAL with ``synchronous=NORMAL``: a commit survives an application crash; on a
power cut the last few commits may be lost, never the file's integrity.
"""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from crm_desktop import paths
from crm_desktop.errors import DatabaseLocked
from crm_desktop.store import cipher
from crm_desktop.store.migrations import check_not_newer, migrate, read_version
from crm_desktop.store.models import database_proxy

PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -16000,
}


def connect(path: str | Path | None = None) -> SqliteDatabase:
    """Open (creating if needed) the database at *path*, migrate it, bind the models.

    An encrypted file is opened with the key given to ``cipher.use_key``, and a new file
    is created encrypted when there is one; a key that does not open the file raises
    ``DatabaseLocked`` before anything is written."""
    db_path = Path(path) if path is not None else paths.database_path()
    paths.ensure_private_dir(db_path.parent)
    close()
    key = cipher.current_key()
    fresh = not db_path.exists() or db_path.stat().st_size == 0
    if key is not None and cipher.is_encrypted(db_path) and not cipher.opens_with(db_path, key):
        raise DatabaseLocked(
            "Giveback's database is encrypted and the key it was given does not open it. "
            "Nothing was changed."
        )
    if not fresh:
        # Refuse a newer file before anything (even the WAL switch) writes to it.
        check_not_newer(read_version(db_path))
    if cipher.is_encrypted(db_path) or (fresh and key is not None):
        db = cipher.CipherDatabase(str(db_path), key=key, pragmas=PRAGMAS, check_same_thread=False)
    else:
        db = SqliteDatabase(str(db_path), pragmas=PRAGMAS, check_same_thread=False)
    database_proxy.initialize(db)
    db.connect()
    cipher.opened(db_path, isinstance(db, cipher.CipherDatabase))
    try:
        migrate(db, db_path)
    except Exception:
        db.close()
        cipher.closed(db_path)
        database_proxy.initialize(None)
        raise
    for suffix in ("", "-wal", "-shm"):
        paths.make_private(Path(str(db_path) + suffix))
    return db


def database() -> SqliteDatabase:
    return database_proxy.obj


def data_version() -> int | None:
    """SQLite's counter of commits made to the file by OTHER connections (the command
    line, a second process, a worker thread), not this one's own; None while closed.
    One pragma: cheap to ask every second. Never reopens a closed database."""
    db = database_proxy.obj
    if db is None or db.is_closed():
        return None
    return db.execute_sql("PRAGMA data_version").fetchone()[0]


def close() -> None:
    db = database_proxy.obj
    if db is not None:
        cipher.closed(db.database)
    if db is not None and not db.is_closed():
        db.close()
