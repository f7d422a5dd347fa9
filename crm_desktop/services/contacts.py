"""Contacts: add, edit, delete, look up and search."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, fn

from crm_desktop.services import events
from crm_desktop.services.errors import AmbiguousName, InvalidInput, NotFound
from crm_desktop.services.text import clean_tags, fold, one_line
from crm_desktop.store import indexing
from crm_desktop.store.models import Company, Contact, ContactTag, Referral, Tag, database_proxy
from crm_desktop.store.search_index import ContactSearch, match_expression


@dataclass
class ContactInput:
    """What the user typed into the contact form."""

    full_name: str
    company: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    tags: list[str] = field(default_factory=list)
    how_we_met: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactRecord:
    id: int
    full_name: str
    company: str
    title: str
    email: str
    phone: str
    linkedin_url: str
    tags: tuple[str, ...]
    how_we_met: str
    notes: str

    @property
    def label(self) -> str:
        """Name with company, to tell apart people with the same name."""
        return f"{self.full_name} ({self.company})" if self.company else self.full_name

    def to_input(self) -> ContactInput:
        return ContactInput(
            full_name=self.full_name,
            company=self.company,
            title=self.title,
            email=self.email,
            phone=self.phone,
            linkedin_url=self.linkedin_url,
            tags=list(self.tags),
            how_we_met=self.how_we_met,
            notes=self.notes,
        )


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list: only what the list shows."""

    id: int
    full_name: str
    company: str
    title: str
    email: str
    tags: str


def _normalised(data: ContactInput) -> ContactInput:
    cleaned = ContactInput(
        full_name=one_line(data.full_name),
        company=one_line(data.company),
        title=one_line(data.title),
        email=one_line(data.email),
        phone=one_line(data.phone),
        linkedin_url=one_line(data.linkedin_url),
        tags=clean_tags(data.tags),
        how_we_met=(data.how_we_met or "").strip(),
        notes=(data.notes or "").rstrip(),
    )
    if not cleaned.full_name:
        raise InvalidInput("A contact needs a name.")
    if cleaned.email and ("@" not in cleaned.email or " " in cleaned.email):
        raise InvalidInput(f"“{cleaned.email}” does not look like an email address.")
    return cleaned


def _company_for(name: str) -> Company | None:
    if not name:
        return None
    existing = Company.get_or_none(fn.lower(Company.name) == name.lower())
    return existing or Company.create(name=name)


def _set_tags(contact: Contact, tags: list[str]) -> None:
    ContactTag.delete().where(ContactTag.contact == contact).execute()
    for name in tags:
        tag = Tag.get_or_none(fn.lower(Tag.name) == name.lower()) or Tag.create(name=name)
        ContactTag.create(contact=contact, tag=tag)


def _record(contact: Contact) -> ContactRecord:
    tags = (
        Tag.select(Tag.name)
        .join(ContactTag)
        .where(ContactTag.contact == contact)
        .order_by(Tag.name)
        .tuples()
    )
    return ContactRecord(
        id=contact.id,
        full_name=contact.full_name,
        company=contact.company.name if contact.company_id else "",
        title=contact.title,
        email=contact.email,
        phone=contact.phone,
        linkedin_url=contact.linkedin_url,
        tags=tuple(t[0] for t in tags),
        how_we_met=contact.how_we_met,
        notes=contact.notes,
    )


def add_contact(data: ContactInput) -> ContactRecord:
    data = _normalised(data)
    with database_proxy.atomic():
        contact = Contact.create(
            full_name=data.full_name,
            company=_company_for(data.company),
            title=data.title,
            email=data.email,
            phone=data.phone,
            linkedin_url=data.linkedin_url,
            how_we_met=data.how_we_met,
            notes=data.notes,
        )
        _set_tags(contact, data.tags)
        indexing.reindex_contacts([contact.id])
    events.emit("contacts")
    return _record(contact)


def update_contact(contact_id: int, data: ContactInput) -> ContactRecord:
    data = _normalised(data)
    with database_proxy.atomic():
        contact = _get(contact_id)
        contact.full_name = data.full_name
        contact.company = _company_for(data.company)
        contact.title = data.title
        contact.email = data.email
        contact.phone = data.phone
        contact.linkedin_url = data.linkedin_url
        contact.how_we_met = data.how_we_met
        contact.notes = data.notes
        contact.updated_at = dt.datetime.now().replace(microsecond=0)
        contact.save()
        _set_tags(contact, data.tags)
        indexing.reindex_contacts([contact.id])
    events.emit("contacts", "referrals", "meetings")
    return _record(contact)


def delete_contact(contact_id: int) -> None:
    """Delete a contact with their tags and attendances. People they introduced
    stay in the graph, re-attached to whoever introduced the deleted contact."""
    with database_proxy.atomic():
        contact = _get(contact_id)
        own = Referral.get_or_none(Referral.referred == contact)
        if own is not None:
            Referral.update(referrer=own.referrer_id).where(Referral.referrer == contact).execute()
        indexing.unindex_contacts([contact.id])
        contact.delete_instance()
    events.emit("contacts", "referrals", "meetings")


def _get(contact_id: int) -> Contact:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFound(f"No contact with id {contact_id}.")
    return contact


def get_contact(contact_id: int) -> ContactRecord:
    return _record(_get(contact_id))


def count_contacts() -> int:
    return Contact.select().count()


def list_contacts(search: str = "", limit: int | None = None) -> list[ContactRow]:
    """Contacts for the list: all by name, or the best matches for *search* first.

    Search covers names, companies, titles, emails, tags, how we met, notes and
    meeting notes; prefix matching, accents ignored.
    """
    tag_names = (
        Tag.select(fn.GROUP_CONCAT(Tag.name, ", "))
        .join(ContactTag)
        .where(ContactTag.contact == Contact.id)
    )
    query = Contact.select(
        Contact.id,
        Contact.full_name,
        Company.name.alias("company_name"),
        Contact.title,
        Contact.email,
        tag_names.alias("tag_names"),
    ).join(Company, join_type=JOIN.LEFT_OUTER)
    expression = match_expression(search)
    if search.strip() and expression is None:
        return []
    if expression is not None:
        rank = fn.bm25(ContactSearch._meta.entity, 10.0, 3.0, 1.0, 0.5)
        query = (
            query.join(ContactSearch, on=(ContactSearch.rowid == Contact.id))
            .where(ContactSearch.match(expression))
            .order_by(rank, Contact.full_name)
        )
    else:
        query = query.order_by(fn.lower(Contact.full_name), Contact.id)
    if limit:
        query = query.limit(limit)
    return [
        ContactRow(
            id=r["id"],
            full_name=r["full_name"],
            company=r["company_name"] or "",
            title=r["title"],
            email=r["email"],
            tags=r["tag_names"] or "",
        )
        for r in query.dicts()
    ]


def find_contact(name: str) -> ContactRecord:
    """The one contact called *name* (case and accents ignored), or ``#ID``.

    Raises NotFound or AmbiguousName with candidates the user can pick from.
    """
    text = one_line(name)
    if text.startswith("#") and text[1:].isdigit():
        return get_contact(int(text[1:]))
    if not text:
        raise NotFound("Give a contact's name.")
    wanted = fold(text)
    hits = list_contacts(text, limit=200)
    exact = [h for h in hits if fold(h.full_name) == wanted]
    if len(exact) == 1:
        return get_contact(exact[0].id)

    def label(row: ContactRow) -> str:
        extra = f", {row.company}" if row.company else ""
        return f"#{row.id} {row.full_name}{extra}"

    if len(exact) > 1:
        raise AmbiguousName(
            f"Several contacts are called “{text}”; name one by its number:",
            [label(r) for r in sorted(exact, key=lambda r: r.id)],
        )
    near = [h for h in hits if wanted in fold(h.full_name)][:10]
    if len(near) == 1:
        return get_contact(near[0].id)
    if near:
        raise AmbiguousName(f"“{text}” matches several contacts:", [label(r) for r in near])
    raise NotFound(f"No contact called “{text}”.")
