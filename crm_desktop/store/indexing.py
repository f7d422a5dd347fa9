"""Keep the contact search index in step with the rows it describes.

The index rows are built inside SQLite (one INSERT … SELECT), so reindexing
100,000 contacts never loads their meeting notes into Python.
"""

from __future__ import annotations

from collections.abc import Iterable

from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import database_proxy


def _columns(table: str) -> set[str]:
    return {row[1] for row in database_proxy.execute_sql(f'PRAGMA table_info("{table}")')}


def _select_sql() -> str:
    """SELECT producing (rowid, name, work, details, meetings) per contact.

    Works on every schema from version 2 on: the migration that creates the
    index fills it before the later columns exist.
    """
    have = _columns("contact")
    extra = [f"c.{col}" for col in ("location", "expertise", "story") if col in have]
    if "contact_method" in {
        r[0] for r in database_proxy.execute_sql("SELECT name FROM sqlite_master")
    }:
        methods = (
            "(SELECT GROUP_CONCAT(value, ' ') FROM contact_method cm "
            "WHERE cm.contact_id = c.id AND cm.kind != 'phone')"
        )
        jobs = (
            "(SELECT 'Previously ' || GROUP_CONCAT(title || ' ' || company, ', ') "
            "FROM contact_job j WHERE j.contact_id = c.id)"
        )
    else:
        methods = "c.email"
        jobs = "''"
    tags = (
        "(SELECT GROUP_CONCAT(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.contact_id = c.id)"
    )
    details = " || ' ' || ".join(
        f"COALESCE({part}, '')" for part in [methods, tags, "c.how_we_met", "c.notes", *extra, jobs]
    )
    meetings = (
        "(SELECT GROUP_CONCAT(m.goal || ' ' || m.agenda || ' ' || m.notes, char(10)) "
        "FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = c.id)"
    )
    return (
        "SELECT c.id, c.full_name, "
        "TRIM(COALESCE(co.name, '') || ' ' || c.title), "
        f"{details}, COALESCE({meetings}, '') "
        "FROM contact c LEFT JOIN company co ON co.id = c.company_id"
    )


def reindex_contacts(contact_ids: Iterable[int]) -> None:
    ids = sorted(set(contact_ids))
    if not ids:
        return
    select = _select_sql()
    with database_proxy.atomic():
        for chunk in chunks(ids):
            unindex_contacts(chunk)
            database_proxy.execute_sql(
                "INSERT INTO contact_search (rowid, name, work, details, meetings) "
                f"{select} WHERE c.id IN ({marks(chunk)})",
                chunk,
            )


def reindex_all() -> None:
    with database_proxy.atomic():
        database_proxy.execute_sql("DELETE FROM contact_search")
        database_proxy.execute_sql(
            f"INSERT INTO contact_search (rowid, name, work, details, meetings) {_select_sql()}"
        )


def unindex_contacts(contact_ids: Iterable[int]) -> None:
    for chunk in chunks(contact_ids):
        database_proxy.execute_sql(
            f"DELETE FROM contact_search WHERE rowid IN ({marks(chunk)})", chunk
        )
