"""Referral chains: who introduced the user to whom.

Every placed contact has exactly one introducer: another contact, or the user
("Me") when they met directly. The graph is therefore a tree rooted at Me, and a
referral that would close a loop is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from crm_desktop.services import events
from crm_desktop.services.errors import NotFound, ReferralRefused
from crm_desktop.store.models import Company, Contact, Referral, database_proxy

ME = "Me"


@dataclass(frozen=True)
class Placement:
    """Where a contact sits in the graph. ``referrer_id`` None means under Me."""

    referrer_id: int | None
    introduced_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class GraphNode:
    id: int
    full_name: str
    company: str


@dataclass(frozen=True)
class GraphData:
    """The placed contacts and who introduced each (None = Me)."""

    nodes: dict[int, GraphNode]
    introducer: dict[int, int | None]


def _name(contact_id: int) -> str:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFound(f"No contact with id {contact_id}.")
    return contact.full_name


def placement(contact_id: int) -> Placement | None:
    row = Referral.get_or_none(Referral.referred == contact_id)
    if row is None:
        return None
    return Placement(row.referrer_id, row.introduced_on, row.note)


def _introducer_map() -> dict[int, int | None]:
    return dict(Referral.select(Referral.referred, Referral.referrer).tuples())


def _path_up(contact_id: int, introducer: dict[int, int | None]) -> list[int]:
    """[contact, their introducer, …] up to the child of Me."""
    path = [contact_id]
    seen = {contact_id}
    current = introducer.get(contact_id)
    while current is not None and current not in seen:
        path.append(current)
        seen.add(current)
        current = introducer.get(current)
    return path


def check_referral(referrer_id: int, referred_id: int) -> None:
    """Raise ReferralRefused if "referrer introduced me to referred" is impossible."""
    if referrer_id == referred_id:
        raise ReferralRefused(f"{_name(referred_id)} cannot have introduced you to themselves.")
    introducer = _introducer_map()
    up = _path_up(referrer_id, introducer)
    if referred_id in up:
        chain = " → ".join([ME] + [_name(i) for i in reversed(up)])
        raise ReferralRefused(
            f"{_name(referrer_id)} cannot have introduced you to {_name(referred_id)}: "
            f"you already reached {_name(referrer_id)} through {_name(referred_id)} "
            f"({chain}). That would make a loop."
        )


def set_placement(contact_id: int, where: Placement | None) -> None:
    """Put a contact exactly where *where* says (None takes them off the graph).

    This is the one write path for referrals; undo and redo use it too.
    """
    with database_proxy.atomic():
        _name(contact_id)
        if where is not None and where.referrer_id is not None:
            check_referral(where.referrer_id, contact_id)
        Referral.delete().where(Referral.referred == contact_id).execute()
        if where is not None:
            Referral.create(
                referred=contact_id,
                referrer=where.referrer_id,
                introduced_on=where.introduced_on,
                note=where.note,
            )
    events.emit("referrals")


def refer(referrer_id: int, referred_id: int, introduced_on: dt.date | None = None) -> None:
    """Record "referrer introduced me to referred". The referrer is placed under
    Me if they were not in the graph yet."""
    check_referral(referrer_id, referred_id)
    with database_proxy.atomic():
        if placement(referrer_id) is None:
            Referral.create(referred=referrer_id, referrer=None)
        previous = placement(referred_id)
        note = previous.note if previous else ""
        set_placement(referred_id, Placement(referrer_id, introduced_on or dt.date.today(), note))


def place_under_me(contact_id: int) -> bool:
    """Add a contact to the graph as met directly. False if already placed."""
    if placement(contact_id) is not None:
        return False
    set_placement(contact_id, Placement(None, None, ""))
    return True


def chain(contact_id: int) -> list[int]:
    """Contact ids from the first person after Me down to *contact_id*."""
    _name(contact_id)
    return list(reversed(_path_up(contact_id, _introducer_map())))


def chain_names(contact_id: int) -> list[str]:
    """["Me", "Ann", "Bob"] for Bob, whom Ann introduced."""
    return [ME] + [_name(i) for i in chain(contact_id)]


def whom_to_thank(contact_id: int) -> list[str]:
    """Everyone whose introduction led to this contact, nearest first."""
    ids = chain(contact_id)[:-1]
    return [_name(i) for i in reversed(ids)]


def introduced_by(contact_id: int) -> list[int]:
    return [
        r
        for (r,) in Referral.select(Referral.referred)
        .where(Referral.referrer == contact_id)
        .tuples()
    ]


def graph() -> GraphData:
    rows = (
        Referral.select(Referral.referred, Referral.referrer, Contact.full_name, Company.name)
        .join(Contact, on=(Referral.referred == Contact.id))
        .join(Company, join_type=JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .tuples()
    )
    nodes: dict[int, GraphNode] = {}
    introducer: dict[int, int | None] = {}
    for referred, referrer, name, company in rows:
        nodes[referred] = GraphNode(referred, name, company or "")
        introducer[referred] = referrer
    return GraphData(nodes, introducer)
