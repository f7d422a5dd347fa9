"""Schema versions, kept in ``PRAGMA user_version``.

Each step runs inside one transaction. Before an existing database is migrated a
copy is written to the backups folder. A database written by a newer Giveback is
refused rather than touched.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from crm_desktop import paths
from crm_desktop.errors import GivebackError
from crm_desktop.store import cipher


class DatabaseTooNew(GivebackError):
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


# Schema version 3: meetings' follow-ups, the give-and-ask ledger and insights
# (issue 5). Frozen like V1_SCHEMA.
V3_LEDGER = [
    'CREATE TABLE "insight" ("id" INTEGER NOT NULL PRIMARY KEY, "text" TEXT NOT NULL, "shareable" INTEGER NOT NULL, "source_contact_id" INTEGER, "source_meeting_id" INTEGER, "noted_on" DATE NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("source_contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("source_meeting_id") REFERENCES "meeting" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "insight_source_contact_id" ON "insight" ("source_contact_id")',
    'CREATE INDEX "insight_source_meeting_id" ON "insight" ("source_meeting_id")',
    'CREATE INDEX "insight_noted_on" ON "insight" ("noted_on")',
    'CREATE TABLE "insight_tag" ("id" INTEGER NOT NULL PRIMARY KEY, "insight_id" INTEGER NOT NULL, "facet" VARCHAR(255) NOT NULL, "value" VARCHAR(255) NOT NULL, "folded" VARCHAR(255) NOT NULL, FOREIGN KEY ("insight_id") REFERENCES "insight" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "insight_tag_insight_id" ON "insight_tag" ("insight_id")',
    'CREATE INDEX "insight_tag_facet_folded" ON "insight_tag" ("facet", "folded")',
    'CREATE TABLE "ledger_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "direction" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "occurred_on" DATE NOT NULL, "note" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "other_contact_id" INTEGER, "insight_id" INTEGER, "meeting_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("other_contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("insight_id") REFERENCES "insight" ("id") ON DELETE SET NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "ledger_entry_contact_id_direction_status" ON "ledger_entry" ("contact_id", "direction", "status")',
    'CREATE INDEX "ledger_entry_other_contact_id" ON "ledger_entry" ("other_contact_id")',
    'CREATE INDEX "ledger_entry_insight_id" ON "ledger_entry" ("insight_id")',
    'CREATE INDEX "ledger_entry_meeting_id" ON "ledger_entry" ("meeting_id")',
    'CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "title" TEXT NOT NULL, "due_on" DATE NOT NULL, "kind" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "contact_id" INTEGER, "meeting_id" INTEGER, "done_on" DATE, "created_at" DATETIME NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "follow_up_status_due_on" ON "follow_up" ("status", "due_on")',
    'CREATE INDEX "follow_up_contact_id" ON "follow_up" ("contact_id")',
    'CREATE INDEX "follow_up_meeting_id" ON "follow_up" ("meeting_id")',
    'CREATE TABLE "company_competitor" ("id" INTEGER NOT NULL PRIMARY KEY, "company_id" INTEGER NOT NULL, "competitor_id" INTEGER NOT NULL, FOREIGN KEY ("company_id") REFERENCES "company" ("id") ON DELETE CASCADE, FOREIGN KEY ("competitor_id") REFERENCES "company" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "company_competitor_company_id_competitor_id" ON "company_competitor" ("company_id", "competitor_id")',
    'CREATE INDEX "company_competitor_competitor_id" ON "company_competitor" ("competitor_id")',
]


def _v3_ledger(db: SqliteDatabase) -> None:
    for statement in V3_LEDGER:
        db.execute_sql(statement)


# Schema version 4: the full contact record (issue 3). Frozen like V1_SCHEMA.
_V4_NOW = "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"
_V4_LAST_CONTACT = (
    "(SELECT MAX(m.starts_at) FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id "
    f"WHERE a.contact_id = {{cid}} AND m.starts_at <= {_V4_NOW})"
)
V4_CONTACT_RECORD = [
    'ALTER TABLE "contact" ADD COLUMN "location" VARCHAR(255) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "contact" ADD COLUMN "birthday" DATE',
    'ALTER TABLE "contact" ADD COLUMN "story" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "contact" ADD COLUMN "expertise" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "contact" ADD COLUMN "stage" VARCHAR(255) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "contact" ADD COLUMN "warmth" VARCHAR(255) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "contact" ADD COLUMN "follow_up_on" DATE',
    'ALTER TABLE "contact" ADD COLUMN "cadence_days" INTEGER',
    'ALTER TABLE "contact" ADD COLUMN "archived_at" DATETIME',
    'ALTER TABLE "contact" ADD COLUMN "last_contact_at" DATETIME',
    'ALTER TABLE "contact" ADD COLUMN "tags_text" VARCHAR(255) NOT NULL DEFAULT \'\'',
    'CREATE INDEX "contact_sort_name" ON "contact" ("archived_at", lower("full_name"), "id")',
    'CREATE INDEX "contact_stage" ON "contact" ("archived_at", "stage", "id")',
    'CREATE INDEX "contact_warmth" ON "contact" ("archived_at", "warmth", "id")',
    'CREATE INDEX "contact_follow_up_on" ON "contact" '
    '("archived_at", "follow_up_on", "cadence_days", "last_contact_at", "id")',
    'CREATE INDEX "contact_last_contact_at" ON "contact" ("archived_at", "last_contact_at", "id")',
    'CREATE INDEX "contact_archived_at" ON "contact" ("archived_at")',
    'CREATE INDEX "contact_linkedin_url" ON "contact" ("linkedin_url")',
    'CREATE INDEX "contact_sort_title" ON "contact" ("archived_at", lower("title"), "id")',
    'CREATE INDEX "contact_sort_email" ON "contact" ("archived_at", lower("email"), "id")',
    'CREATE INDEX "contact_sort_tags" ON "contact" ("archived_at", lower("tags_text"), "id")',
    'CREATE INDEX "company_sort_name" ON "company" (lower("name"))',
    'CREATE INDEX "contact_sort_company" ON "contact" ("archived_at", "company_id", "id")',
    # The search index again, with a one-letter prefix index: typing "m" stays fast.
    'DROP TABLE "contact_search"',
    'CREATE VIRTUAL TABLE "contact_search" USING fts5 ("name", "work", "details", "meetings", '
    "prefix='1 2 3', tokenize=\"unicode61 remove_diacritics 2\")",
    'CREATE TABLE "contact_method" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, "value" VARCHAR(255) NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "contact_method_contact_id" ON "contact_method" ("contact_id")',
    'CREATE INDEX "contact_method_value" ON "contact_method" (lower("value"))',
    'CREATE TABLE "contact_job" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "company" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, "until" DATE, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "contact_job_contact_id" ON "contact_job" ("contact_id")',
    'CREATE TABLE "smart_list" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "criteria" TEXT NOT NULL, "position" INTEGER NOT NULL, "created_at" DATETIME NOT NULL)',
    'CREATE TABLE "app_state" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    # Last contact is derived from meetings, never typed: triggers keep it current.
    'CREATE TRIGGER "contact_last_contact_on_attend" AFTER INSERT ON "meeting_attendee" BEGIN '
    f'UPDATE "contact" SET "last_contact_at" = {_V4_LAST_CONTACT.format(cid="NEW.contact_id")} '
    "WHERE id = NEW.contact_id; END",
    'CREATE TRIGGER "contact_last_contact_on_unattend" AFTER DELETE ON "meeting_attendee" BEGIN '
    f'UPDATE "contact" SET "last_contact_at" = {_V4_LAST_CONTACT.format(cid="OLD.contact_id")} '
    "WHERE id = OLD.contact_id; END",
    'CREATE TRIGGER "contact_last_contact_on_move" AFTER UPDATE OF "starts_at" ON "meeting" BEGIN '
    f'UPDATE "contact" SET "last_contact_at" = {_V4_LAST_CONTACT.format(cid="contact.id")} '
    'WHERE id IN (SELECT contact_id FROM "meeting_attendee" WHERE meeting_id = NEW.id); END',
]


def _v4_contact_record(db: SqliteDatabase) -> None:
    for statement in V4_CONTACT_RECORD:
        db.execute_sql(statement)
    db.execute_sql(
        'UPDATE "contact" SET "last_contact_at" = '
        + _V4_LAST_CONTACT.format(cid='"contact"."id"')
        + ", \"tags_text\" = COALESCE((SELECT GROUP_CONCAT(name, ', ') FROM (SELECT t.name "
        'FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = "contact"."id" '
        "ORDER BY lower(t.name))), '')"
    )
    db.execute_sql(
        'INSERT INTO "contact_method" ("contact_id", "kind", "label", "value", "position") '
        "SELECT id, 'email', 'work', email, 0 FROM contact WHERE email != '' UNION ALL "
        "SELECT id, 'phone', 'mobile', phone, 1 FROM contact WHERE phone != '' UNION ALL "
        "SELECT id, 'link', 'LinkedIn', linkedin_url, 2 FROM contact WHERE linkedin_url != ''"
    )
    from crm_desktop.store.indexing import reindex_all

    reindex_all()


# Schema version 5: sync with the user's CardDAV/CalDAV server (issue 14). One row per
# synced item: its UID, where it lives on the server, its ETag there, and the last
# synced copy (text and fields), the base of the next three-way merge. ``local_id`` is
# no foreign key: a contact deleted here keeps its row (state "deleted", local_id
# NULL, set by the triggers) until the server copy is deleted too, and a later
# contact reusing the number is never taken for it. Frozen like V1_SCHEMA.
V5_SYNC = [
    'CREATE TABLE "sync_item" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL, '
    '"local_id" INTEGER, "uid" VARCHAR(255) NOT NULL, "href" VARCHAR(255) NOT NULL, '
    '"etag" VARCHAR(255), "hash" VARCHAR(255) NOT NULL DEFAULT \'\', "base_text" TEXT, '
    '"base_fields" TEXT, "state" VARCHAR(255) NOT NULL DEFAULT \'new\')',
    'CREATE UNIQUE INDEX "sync_item_kind_local_id" ON "sync_item" ("kind", "local_id")',
    'CREATE UNIQUE INDEX "sync_item_href" ON "sync_item" ("href")',
    'CREATE INDEX "sync_item_uid" ON "sync_item" ("uid")',
    'CREATE TABLE "sync_conflict" ("id" INTEGER NOT NULL PRIMARY KEY, "item_id" INTEGER NOT NULL, '
    '"field" VARCHAR(255) NOT NULL, "here" TEXT NOT NULL, "server" TEXT NOT NULL, '
    '"created_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("item_id") REFERENCES "sync_item" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "sync_conflict_item_id_field" ON "sync_conflict" ("item_id", "field")',
] + [
    f'CREATE TRIGGER "sync_{table}_deleted" AFTER DELETE ON "{table}" BEGIN '
    f'UPDATE "sync_item" SET "local_id" = NULL, "state" = \'deleted\' '
    f"WHERE \"kind\" = '{kind}' AND \"local_id\" = OLD.id; END"
    for table, kind in (("contact", "contact"), ("meeting", "meeting"), ("follow_up", "followup"))
]


def _v5_sync(db: SqliteDatabase) -> None:
    for statement in V5_SYNC:
        db.execute_sql(statement)


MIGRATIONS: list[tuple[int, str, Callable[[SqliteDatabase], None]]] = [
    (1, "initial schema", _v1_initial_schema),
    (2, "full-text search index", _v2_search_index),
    (3, "follow-ups, the give-and-ask ledger, insights", _v3_ledger),
    (4, "the full contact record, smart lists", _v4_contact_record),
    (5, "sync with a CardDAV/CalDAV server", _v5_sync),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def read_version(db_path: Path) -> int:
    """The schema version of a file, read without changing it."""
    con = cipher.open_file(db_path, mode="ro")
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
    """Write a consistent copy of *db_path*, with its key (or plain, as it is)."""
    folder = paths.ensure_private_dir(db_path.parent / "backups")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"giveback-{reason}-{stamp}.sqlite3"
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    key = cipher.current_key() if cipher.is_encrypted(db_path) else None
    cipher.copy_file(db_path, target, key_in=key, key_out=key)
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
