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


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer Giveback than this one."""


# Schema version 1 exactly as the first release created it. Frozen here, not
# derived from the models, so that later model changes need their own steps.
V1_SCHEMA = [
    'CREATE TABLE "company" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "industry" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "company_name" ON "company" ("name")',
    'CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "full_name" VARCHAR(255) NOT NULL, "company_id" INTEGER, "title" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "linkedin_url" VARCHAR(255) NOT NULL, "how_we_met" TEXT NOT NULL, "notes" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("company_id") REFERENCES "company" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "contact_full_name" ON "contact" ("full_name")',
    'CREATE INDEX "contact_company_id" ON "contact" ("company_id")',
    'CREATE INDEX "contact_email" ON "contact" ("email")',
    'CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL)',
    'CREATE UNIQUE INDEX "tag_name" ON "tag" ("name")',
    'CREATE TABLE "contact_tag" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "contact_tag_contact_id" ON "contact_tag" ("contact_id")',
    'CREATE INDEX "contact_tag_tag_id" ON "contact_tag" ("tag_id")',
    'CREATE UNIQUE INDEX "contact_tag_contact_id_tag_id" ON "contact_tag" ("contact_id", "tag_id")',
    'CREATE TABLE "meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "starts_at" DATETIME NOT NULL, "duration_minutes" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "place" VARCHAR(255) NOT NULL, "goal" TEXT NOT NULL, "agenda" TEXT NOT NULL, "notes" TEXT NOT NULL, "outcome" TEXT NOT NULL, "created_at" DATETIME NOT NULL)',
    'CREATE INDEX "meeting_starts_at" ON "meeting" ("starts_at")',
    'CREATE TABLE "meeting_attendee" ("id" INTEGER NOT NULL PRIMARY KEY, "meeting_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "meeting_attendee_meeting_id" ON "meeting_attendee" ("meeting_id")',
    'CREATE INDEX "meeting_attendee_contact_id" ON "meeting_attendee" ("contact_id")',
    'CREATE UNIQUE INDEX "meeting_attendee_meeting_id_contact_id" ON "meeting_attendee" ("meeting_id", "contact_id")',
    'CREATE TABLE "referral" ("id" INTEGER NOT NULL PRIMARY KEY, "referred_id" INTEGER NOT NULL, "referrer_id" INTEGER, "introduced_on" DATE, "note" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("referred_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("referrer_id") REFERENCES "contact" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "referral_referred_id" ON "referral" ("referred_id")',
    'CREATE INDEX "referral_referrer_id" ON "referral" ("referrer_id")',
]


def _v1_initial_schema(db: SqliteDatabase) -> None:
    for statement in V1_SCHEMA:
        db.execute_sql(statement)


V2_SEARCH_INDEX = (
    'CREATE VIRTUAL TABLE "contact_search" USING fts5 ("name", "work", "details", "meetings", '
    "prefix='2 3', tokenize=\"unicode61 remove_diacritics 2\")"
)


def _v2_search_index(db: SqliteDatabase) -> None:
    db.execute_sql(V2_SEARCH_INDEX)
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


def read_version(db_path: Path) -> int:
    """The schema version of a file, read without changing it."""
    con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def check_not_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"This database was written by a newer version of Giveback (schema {version}; "
            f"this version understands up to {SCHEMA_VERSION}). Please update Giveback. "
            "The file has not been changed."
        )


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
    check_not_newer(version)
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
