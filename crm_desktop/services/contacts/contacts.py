"""Contacts: add, edit, archive, delete, look up and search.

The types are in ``types``, the checks on what the user typed in ``validation``
and the reading of many full records at once in ``records``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import fn

from crm_desktop.errors import AmbiguousName, InvalidInput, NotFound
from crm_desktop.services import events
from crm_desktop.services.contacts import filters, records
from crm_desktop.services.contacts.types import ContactInput, ContactRecord, ContactRow, Job, Method
from crm_desktop.services.contacts.validation import check_stage_and_warmth, normalised
from crm_desktop.services.rows import one
from crm_desktop.services.storage import storage_errors
from crm_desktop.services.text import clean_tags, fold, one_line, translate
from crm_desktop.store import indexing, snapshots
from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import (
    Company,
    Contact,
    ContactJob,
    ContactMethod,
    ContactTag,
    Referral,
    Tag,
    database_proxy,
)


# Writing ---------------------------------------------------------------------
def _today() -> dt.date:
    return dt.date.today()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _company_for(name: str) -> Company | None:
    if not name:
        return None
    # Exact match first: SQLite's lower() folds ASCII only, so "Ñu" never equals "ñu" there.
    existing = Company.get_or_none(Company.name == name) or Company.get_or_none(
        fn.lower(Company.name) == name.lower()
    )
    return existing or Company.create(name=name)


def _tag_for(name: str) -> Tag:
    return (
        Tag.get_or_none(Tag.name == name)
        or Tag.get_or_none(fn.lower(Tag.name) == name.lower())
        or Tag.create(name=name)
    )


def refresh_tags_text(contact_ids: Iterable[int]) -> None:
    """Recompute the joined tags the list shows and sorts by."""
    ids = sorted(set(contact_ids))
    for chunk in chunks(ids):
        database_proxy.execute_sql(
            "UPDATE contact SET tags_text = COALESCE((SELECT GROUP_CONCAT(name, ', ') FROM "
            "(SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.contact_id = contact.id ORDER BY lower(t.name))), '') "
            f"WHERE id IN ({marks(chunk)})",
            chunk,
        )


def _set_tags(contact: Contact, tags: list[str]) -> None:
    ContactTag.delete().where(ContactTag.contact == contact).execute()
    for name in tags:
        ContactTag.create(contact=contact, tag=_tag_for(name))
    refresh_tags_text([contact.id])


def _set_methods(contact: Contact, methods: list[Method]) -> None:
    ContactMethod.delete().where(ContactMethod.contact == contact).execute()
    for position, m in enumerate(methods):
        ContactMethod.create(
            contact=contact, kind=m.kind, label=m.label, value=m.value, position=position
        )


def _set_jobs(contact: Contact, jobs: list[Job]) -> None:
    ContactJob.delete().where(ContactJob.contact == contact).execute()
    for position, j in enumerate(jobs):
        ContactJob.create(
            contact=contact, company=j.company, title=j.title, until=j.until, position=position
        )


def _write(contact: Contact, data: ContactInput) -> None:
    contact.full_name = data.full_name
    contact.company = _company_for(data.company)
    contact.title = data.title
    contact.email = data.email
    contact.phone = data.phone
    contact.linkedin_url = data.linkedin_url
    contact.how_we_met = data.how_we_met
    contact.notes = data.notes
    contact.location = data.location
    contact.birthday = data.birthday
    contact.story = data.story
    contact.expertise = data.expertise
    contact.stage = data.stage
    contact.warmth = data.warmth
    contact.follow_up_on = data.follow_up_on
    contact.cadence_days = data.cadence_days
    contact.updated_at = _now()
    contact.save()


@storage_errors
def add_contact(data: ContactInput) -> ContactRecord:
    data = normalised(data)
    with database_proxy.atomic():
        contact = Contact()
        _write(contact, data)
        _set_tags(contact, data.tags)
        _set_methods(contact, data.methods or [])
        _set_jobs(contact, data.past_jobs or [])
        indexing.reindex_contacts([contact.id])
    events.emit("contacts")
    return get_contact(contact.id)


@storage_errors
def update_contact(
    contact_id: int, data: ContactInput, record_history: bool = True
) -> ContactRecord:
    """Save *data* over a contact. When their company or title changes, the old
    job goes to the top of their past jobs (unless *record_history* is False)."""
    data = normalised(data)
    with database_proxy.atomic():
        contact = one(Contact, contact_id, "contact")
        before = get_contact(contact_id)
        jobs = list(before.past_jobs) if data.past_jobs is None else list(data.past_jobs)
        changed_job = (fold(before.company), fold(before.title)) != (
            fold(data.company),
            fold(data.title),
        )
        if record_history and changed_job and (before.company or before.title):
            jobs.insert(0, Job(before.company, before.title, _today()))
        _write(contact, data)
        _set_tags(contact, data.tags)
        _set_methods(contact, data.methods or [])
        _set_jobs(contact, jobs)
        indexing.reindex_contacts([contact.id])
    events.emit("contacts", "referrals", "meetings")
    return get_contact(contact_id)


EDITABLE_FIELDS = {"stage", "warmth", "follow_up_on", "cadence_days", "location", "expertise"}


@storage_errors
def set_fields(contact_ids: Iterable[int], **changes) -> int:
    """Set simple fields (stage, warmth, follow-up date, cadence…) on several contacts."""
    ids = sorted(set(contact_ids))
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise InvalidInput(
            translate("contacts", "Cannot set {items} this way.").format(
                items=", ".join(sorted(unknown))
            )
        )
    check_stage_and_warmth(changes.get("stage"), changes.get("warmth"))
    if not ids or not changes:
        return 0
    with database_proxy.atomic():
        for chunk in chunks(ids):
            Contact.update(**changes, updated_at=_now()).where(Contact.id.in_(chunk)).execute()
        if {"location", "expertise"} & set(changes):
            indexing.reindex_contacts(ids)
    events.emit("contacts")
    return len(ids)


def _change_tags(contact_ids: Iterable[int], tags: list[str], change) -> int:
    """Run ``change(ids, tag names)`` on several contacts in one transaction, then
    bring their joined tags and search index up to date; returns how many."""
    ids = sorted(set(contact_ids))
    names = clean_tags(tags)
    if not ids or not names:
        return 0
    with database_proxy.atomic():
        change(ids, names)
        refresh_tags_text(ids)
        indexing.reindex_contacts(ids)
    events.emit("contacts")
    return len(ids)


def _link_tags(ids: list[int], names: list[str]) -> None:
    tag_ids = [_tag_for(n).id for n in names]
    rows = [(cid, tid) for cid in ids for tid in tag_ids]
    database_proxy.cursor().executemany(
        "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", rows
    )


def _unlink_tags(ids: list[int], names: list[str]) -> None:
    wanted = {fold(n) for n in names}
    tag_ids = [t.id for t in Tag.select() if fold(t.name) in wanted]
    for chunk in chunks(ids):
        ContactTag.delete().where(
            ContactTag.contact.in_(chunk) & ContactTag.tag.in_(tag_ids)
        ).execute()


@storage_errors
def add_tags(contact_ids: Iterable[int], tags: list[str]) -> int:
    return _change_tags(contact_ids, tags, _link_tags)


@storage_errors
def remove_tags(contact_ids: Iterable[int], tags: list[str]) -> int:
    return _change_tags(contact_ids, tags, _unlink_tags)


@storage_errors
def archive_contacts(contact_ids: Iterable[int], archived: bool = True) -> int:
    """Archive (hide from the list, keep everything) or bring back contacts."""
    ids = sorted(set(contact_ids))
    with database_proxy.atomic():
        for chunk in chunks(ids):
            Contact.update(archived_at=_now() if archived else None).where(
                Contact.id.in_(chunk)
            ).execute()
    events.emit("contacts", "referrals")
    return len(ids)


def _delete(contact: Contact) -> None:
    own = Referral.get_or_none(Referral.referred == contact)
    if own is not None:
        Referral.update(referrer=own.referrer_id).where(Referral.referrer == contact).execute()
    indexing.unindex_contacts([contact.id])
    contact.delete_instance()


@storage_errors
def delete_contact(contact_id: int) -> None:
    """Delete a contact with their tags and attendances. People they introduced
    stay in the graph, re-attached to whoever introduced the deleted contact."""
    with database_proxy.atomic():
        _delete(one(Contact, contact_id, "contact"))
    events.emit("contacts", "referrals", "meetings")


@storage_errors
def delete_contacts(contact_ids: Iterable[int]) -> int:
    ids = sorted(set(contact_ids))
    with database_proxy.atomic():
        for cid in ids:
            contact = Contact.get_or_none(Contact.id == cid)
            if contact is not None:
                _delete(contact)
    events.emit("contacts", "referrals", "meetings")
    return len(ids)


# Undo and redo ---------------------------------------------------------------
Snapshot = snapshots.Snapshot


def snapshot(contact_ids: Iterable[int], like: Snapshot | None = None) -> Snapshot:
    """Everything about these contacts, to put back later with ``restore``.

    *like*: also copy the rows that referred to them in that earlier snapshot
    (people they introduced, whose referral moved when they were deleted)."""
    return snapshots.capture(contact_ids, like.keys() if like is not None else None)


@storage_errors
def restore(snap: Snapshot) -> None:
    snapshots.restore(snap)
    events.emit("contacts", "referrals", "meetings")


# Reading ---------------------------------------------------------------------
def get_contact(contact_id: int) -> ContactRecord:
    found = next(records.load_records([contact_id]), None)
    if found is None:
        raise NotFound(translate("contacts", "No contact with id {id}.").format(id=contact_id))
    return found


def referral_chain(contact_id: int) -> list[tuple[int, str]]:
    """(id, name) from the first person after Me down to *contact_id*; empty when they
    are not in the referral graph. Walks up the introductions with the index, so it
    costs the same with 30 contacts or 100,000."""
    rows = database_proxy.execute_sql(
        "WITH RECURSIVE up(id, depth) AS (SELECT referred_id, 0 FROM referral "
        "WHERE referred_id = ? UNION SELECT r.referrer_id, up.depth + 1 FROM referral r "
        "JOIN up ON r.referred_id = up.id WHERE r.referrer_id IS NOT NULL AND up.depth < 500) "
        "SELECT up.id, c.full_name FROM up JOIN contact c ON c.id = up.id ORDER BY up.depth DESC",
        (contact_id,),
    ).fetchall()
    return [(cid, name) for cid, name in rows]


def introductions_count(contact_id: int) -> int:
    """How many people this contact introduced the user to."""
    return Referral.select().where(Referral.referrer == contact_id).count()


def count_contacts() -> int:
    """Every contact, archived ones too."""
    return Contact.select().count()


def count_active() -> int:
    return Contact.select().where(Contact.archived_at.is_null()).count()


def all_tags() -> list[str]:
    return [t for (t,) in Tag.select(Tag.name).order_by(fn.lower(Tag.name)).tuples()]


def all_companies() -> list[str]:
    return [c for (c,) in Company.select(Company.name).order_by(fn.lower(Company.name)).tuples()]


def list_contacts(
    search: str = "", limit: int | None = None, include_archived: bool = False
) -> list[ContactRow]:
    """Contacts for the list: all by name, or the best matches for *search* first.

    Search covers names, companies, titles, emails, tags, how we met, notes and
    meeting notes; prefix matching, accents ignored.
    """
    criteria = filters.ContactFilter(search=search, archived=None if include_archived else False)
    ids = filters.matching_ids(criteria)
    if limit:
        ids = ids[:limit]
    return filters.rows_for(ids, search)


def list_archived(search: str = "") -> list[ContactRow]:
    """The archived contacts (by name, or best matches for *search* first): those the
    user archived and those deleted on the sync server."""
    ids = filters.matching_ids(filters.ContactFilter(search=search, archived=True))
    return filters.rows_for(ids, search)


def pick_contacts(text: str, limit: int = 20) -> list[ContactRow]:
    """What a person picker offers for *text*: up to *limit* active contacts whose
    name, company or title words start with it (accents ignored), best first; with
    nothing typed, the first by name. Costs the same with 100 or 100,000 contacts."""
    if one_line(text):
        ids = filters.name_hits(text, limit)
    else:
        ids, _total = filters.first_ids(filters.ContactFilter(), limit)
    return filters.rows_for(ids, with_snippets=False)


def find_contact(name: str) -> ContactRecord:
    """The one contact called *name* (case and accents ignored), or ``#ID``.

    Raises NotFound or AmbiguousName with candidates the user can pick from.
    """
    text = one_line(name)
    if text.startswith("#") and text[1:].isdigit():
        return get_contact(int(text[1:]))
    if not text:
        raise NotFound(translate("contacts", "Give a contact's name."))
    wanted = fold(text)
    hits = list_contacts(text, limit=200, include_archived=True)
    exact = [h for h in hits if fold(h.full_name) == wanted]
    if len(exact) == 1:
        return get_contact(exact[0].id)

    def label(row: ContactRow) -> str:
        extra = f", {row.company}" if row.company else ""
        return f"#{row.id} {row.full_name}{extra}"

    if len(exact) > 1:
        raise AmbiguousName(
            translate(
                "contacts", "Several contacts are called “{text}”; name one by its number:"
            ).format(text=text),
            [label(r) for r in sorted(exact, key=lambda r: r.id)],
        )
    near = [h for h in hits if wanted in fold(h.full_name)][:10]
    if len(near) == 1:
        return get_contact(near[0].id)
    if near:
        raise AmbiguousName(
            translate("contacts", "“{text}” matches several contacts:").format(text=text),
            [label(r) for r in near],
        )
    raise NotFound(translate("contacts", "No contact called “{text}”.").format(text=text))
