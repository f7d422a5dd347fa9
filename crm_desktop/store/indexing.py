"""Keep the contact search index in step with the rows it describes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from peewee import JOIN

from crm_desktop.store.models import (
    Company,
    Contact,
    ContactTag,
    Meeting,
    MeetingAttendee,
    Tag,
    database_proxy,
)
from crm_desktop.store.search_index import ContactSearch


def _rows_for(contact_ids: Iterable[int] | None) -> list[dict]:
    query = Contact.select(Contact, Company.name.alias("company_name")).join(
        Company, join_type=JOIN.LEFT_OUTER
    )
    ids = None if contact_ids is None else list(contact_ids)
    if ids is not None:
        query = query.where(Contact.id.in_(ids))
    contacts = list(query.dicts())
    wanted = [c["id"] for c in contacts]

    tags: dict[int, list[str]] = defaultdict(list)
    tag_q = ContactTag.select(ContactTag.contact, Tag.name).join(Tag).tuples()
    meet_q = (
        MeetingAttendee.select(MeetingAttendee.contact, Meeting.agenda, Meeting.notes, Meeting.goal)
        .join(Meeting)
        .tuples()
    )
    if ids is not None:
        tag_q = tag_q.where(ContactTag.contact.in_(wanted))
        meet_q = meet_q.where(MeetingAttendee.contact.in_(wanted))
    for cid, name in tag_q:
        tags[cid].append(name)
    meetings: dict[int, list[str]] = defaultdict(list)
    for cid, agenda, notes, goal in meet_q:
        meetings[cid].extend(t for t in (goal, agenda, notes) if t)

    return [
        {
            "rowid": c["id"],
            "name": c["full_name"],
            "work": " ".join(t for t in (c["company_name"] or "", c["title"]) if t),
            "details": " ".join(
                t for t in (c["email"], " ".join(tags[c["id"]]), c["how_we_met"], c["notes"]) if t
            ),
            "meetings": "\n".join(meetings[c["id"]]),
        }
        for c in contacts
    ]


def reindex_contacts(contact_ids: Iterable[int]) -> None:
    ids = list(contact_ids)
    if not ids:
        return
    with database_proxy.atomic():
        ContactSearch.delete().where(ContactSearch.rowid.in_(ids)).execute()
        rows = _rows_for(ids)
        if rows:
            ContactSearch.insert_many(rows).execute()


def reindex_all() -> None:
    with database_proxy.atomic():
        ContactSearch.delete().execute()
        rows = _rows_for(None)
        for start in range(0, len(rows), 500):
            ContactSearch.insert_many(rows[start : start + 500]).execute()


def unindex_contacts(contact_ids: Iterable[int]) -> None:
    ids = list(contact_ids)
    if ids:
        ContactSearch.delete().where(ContactSearch.rowid.in_(ids)).execute()
