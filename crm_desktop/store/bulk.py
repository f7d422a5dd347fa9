"""Insert many prepared rows at once (imports, the synthetic benchmark network).

Rows go straight to SQLite with ``executemany`` inside one transaction: no
model objects, which is what keeps 100,000 contacts to seconds, not minutes.
Afterwards the derived parts (joined tags, the search index) are built inside
SQLite in one statement each.
"""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.store import indexing
from crm_desktop.store.models import database_proxy

# The contact columns every bulk writer fills: the generator adds the pipeline
# ones below, an import (services.interchange.apply) the birthday.
CONTACT_COLUMNS = ("id", "full_name", "company_id", "title", "email", "phone", "linkedin_url",
                   "how_we_met", "notes", "created_at", "updated_at", "location")  # fmt: skip
# Table -> columns, in the order the generator and importers fill them.
TABLES: dict[str, tuple[str, ...]] = {
    "company": ("id", "name", "industry", "created_at"),
    "tag": ("id", "name"),
    "contact": (
        *CONTACT_COLUMNS,
        "story",
        "expertise",
        "stage",
        "warmth",
        "follow_up_on",
        "cadence_days",
    ),  # fmt: skip
    "contact_tag": ("contact_id", "tag_id"),
    "contact_method": ("contact_id", "kind", "label", "value", "position"),
    "contact_job": ("contact_id", "company", "title", "until", "position"),
    "referral": ("referred_id", "referrer_id", "introduced_on", "note", "created_at"),
    "meeting": (
        "id",
        "starts_at",
        "duration_minutes",
        "kind",
        "place",
        "goal",
        "agenda",
        "notes",
        "outcome",
        "created_at",
    ),  # fmt: skip
    "meeting_attendee": ("meeting_id", "contact_id"),
}

DERIVED_SQL = [
    "UPDATE contact SET tags_text = COALESCE((SELECT GROUP_CONCAT(name, ', ') FROM "
    "(SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
    "WHERE ct.contact_id = contact.id ORDER BY lower(t.name))), '')",
]


def insert_sql(table: str, columns: Sequence[str] | None = None, or_ignore: bool = False) -> str:
    """The INSERT for one row of *table*: its TABLES columns, or *columns*."""
    cols = TABLES[table] if columns is None else columns
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    return f'{verb} INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'


def insert_rows(rows: dict[str, Sequence[tuple]]) -> None:
    """Insert *rows* (table -> tuples in TABLES order), then build tags and the index."""
    with database_proxy.atomic():
        cursor = database_proxy.cursor()
        for table in TABLES:
            if rows.get(table):
                cursor.executemany(insert_sql(table), rows[table])
        for statement in DERIVED_SQL:
            database_proxy.execute_sql(statement)
        indexing.reindex_all()
