"""Schema versions, kept in ``PRAGMA user_version``.

Each step runs inside one transaction. Before an existing database is migrated a
copy is written to the backups folder. A database written by a newer Giveback is
refused rather than touched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from crm_desktop import paths
from crm_desktop.store.models import V1_MODELS


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer Giveback than this one."""


def _v1_initial_schema(db: SqliteDatabase) -> None:
    db.create_tables(V1_MODELS)


def _v2_search_index(db: SqliteDatabase) -> None:
    from crm_desktop.store.search_index import ContactSearch

    ContactSearch.create_table()
    # Fill the index from what is already there; later edits keep it current.
    from crm_desktop.store.indexing import reindex_all

    reindex_all()


MIGRATIONS: list[tuple[int, str, Callable[[SqliteDatabase], None]]] = [
    (1, "initial schema", _v1_initial_schema),
    (2, "full-text search index", _v2_search_index),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def backup_copy(db_path: Path, reason: str) -> Path:
    """Write a consistent copy of *db_path* with SQLite's online backup API."""
    folder = paths.ensure_private_dir(db_path.parent / "backups")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"giveback-{reason}-{stamp}.sqlite3"
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    paths.make_private(target)
    return target


def migrate(db: SqliteDatabase, db_path: Path | None) -> list[int]:
    """Bring *db* to SCHEMA_VERSION; returns the versions applied."""
    version = current_version(db)
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"This database was written by a newer version of Giveback (schema {version}; "
            f"this version understands up to {SCHEMA_VERSION}). Please update Giveback. "
            "The file has not been changed."
        )
    pending = [m for m in MIGRATIONS if m[0] > version]
    if pending and version > 0 and db_path is not None:
        backup_copy(db_path, f"before-v{pending[-1][0]}")
    applied = []
    for number, _title, step in pending:
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {int(number)}")
        applied.append(number)
    return applied
