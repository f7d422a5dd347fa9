"""Referral chains: who introduced the user to whom.

Every placed contact has exactly one introducer: another contact, or the user
("Me") when they met directly. The graph is therefore a tree rooted at Me, and a
referral that would close a loop is refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from crm_desktop.errors import ReferralRefused
from crm_desktop.services import events
from crm_desktop.services.rows import one
from crm_desktop.services.text import show_date, translate
from crm_desktop.store.models import Company, Contact, FollowUp, Referral, database_proxy

ME = "Me"  # a drop's target meaning "you" (never shown: ``me()`` is what reads)


def me() -> str:
    """ "Me", as the graph's root and the start of a chain read, in the window's language."""
    return translate("referrals", "Me")


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
    warmth: str = ""  # cold / warm / close, or "" when not set
    follow_up_due: bool = False  # a follow-up date or an open follow-up is today or earlier


@dataclass(frozen=True)
class GraphData:
    """The placed contacts, who introduced each (None = Me), and when."""

    nodes: dict[int, GraphNode]
    introducer: dict[int, int | None]
    introduced_on: dict[int, dt.date | None] = field(default_factory=dict)


def _name(contact_id: int) -> str:
    return one(Contact, contact_id, "contact").full_name


def placement(contact_id: int) -> Placement | None:
    row = Referral.get_or_none(Referral.referred == contact_id)
    if row is None:
        return None
    return Placement(row.referrer_id, row.introduced_on, row.note)


def _introducer_map() -> dict[int, int | None]:
    # Raw rows: peewee's per-row processing costs ten times the query at 20,000 people.
    return dict(database_proxy.execute(Referral.select(Referral.referred, Referral.referrer)))


def introducers() -> dict[int, int | None]:
    """Who introduced each placed contact (None = met directly), in one query."""
    return _introducer_map()


def path_from_me(contact_id: int, introducer: dict[int, int | None]) -> list[int]:
    """The unique chain from the first person after Me down to *contact_id*, read
    from an ``introducers()`` map (one introducer each, so there is only one)."""
    return list(reversed(_path_up(contact_id, introducer)))


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
    """Raise ReferralRefused if "referrer introduced me to referred" is impossible, and
    NotFound if either of them is not (or no longer) a contact."""
    _name(referrer_id)
    _name(referred_id)
    if referrer_id == referred_id:
        raise ReferralRefused(
            translate("referrals", "{name} cannot have introduced you to themselves.").format(
                name=_name(referred_id)
            )
        )
    introducer = _introducer_map()
    up = _path_up(referrer_id, introducer)
    if referred_id in up:
        chain = " → ".join([me()] + [_name(i) for i in reversed(up)])
        raise ReferralRefused(
            translate(
                "referrals",
                "{introducer} cannot have introduced you to {name}: you already reached "
                "{introducer} through {name} ({chain}). That would make a loop.",
            ).format(introducer=_name(referrer_id), name=_name(referred_id), chain=chain)
        )


def check_insert(contact_id: int, upper_id: int | None, lower_id: int) -> None:
    """Raise ReferralRefused unless the contact can go between *upper_id* (None = Me)
    and *lower_id* on the chain: upper introduced me to the contact, who introduced
    me to lower.

    The contact leaves their own place first, taking the people they introduced
    with them. So someone below *lower_id* may be lifted in between, but an
    introducer of *upper_id* may not: they would end up introduced by someone
    they introduced you to.
    """
    name, lower = _name(contact_id), _name(lower_id)
    upper = me() if upper_id is None else _name(upper_id)
    if contact_id in (upper_id, lower_id):
        raise ReferralRefused(
            translate(
                "referrals",
                "{name} is already at one end of this introduction ({upper} → {lower}).",
            ).format(name=name, upper=upper, lower=lower)
        )
    if upper_id is None:
        return
    up = _path_up(upper_id, _introducer_map())
    if contact_id in up:
        chain = " → ".join([me()] + [_name(i) for i in reversed(up)])
        raise ReferralRefused(
            translate(
                "referrals",
                "{name} cannot go between {upper} and {lower}: you reached {upper} through "
                "{name} ({chain}), so {upper} introducing you to {name} would make a loop.",
            ).format(name=name, upper=upper, lower=lower, chain=chain)
        )


def describe_introduction(name: str, introducer: str | None, on: dt.date | None) -> str:
    """Says "Ann introduced you to Bob on 03 Sep 2026." (*introducer* None: met directly)."""
    if introducer is None and on:
        text = translate("referrals", "You met {name} directly on {date}.")
    elif introducer is None:
        text = translate("referrals", "You met {name} directly (date not recorded).")
    elif on:
        text = translate("referrals", "{introducer} introduced you to {name} on {date}.")
    else:
        text = translate("referrals", "{introducer} introduced you to {name} (date not recorded).")
    return text.format(name=name, introducer=introducer, date=show_date(on) if on else "")


def intro_thanks(contact_id: int) -> tuple[int, str] | None:
    """Whom to thank for meeting this contact, and the thank-you's title, as
    the after-meeting proposals word it. None when you met them directly."""
    where = placement(contact_id)
    if where is None or where.referrer_id is None:
        return None
    return where.referrer_id, (
        translate("followups", "Thank {name} for introducing you to {other}").format(
            name=_name(where.referrer_id), other=_name(contact_id)
        )
    )


def set_placement(contact_id: int, where: Placement | None) -> None:
    """Put a contact exactly where *where* says (None takes them off the graph).

    This is the one write path for referrals; undo and redo use it too.
    """
    set_placements([(contact_id, where)])


def set_placements(steps: list[tuple[int, Placement | None]]) -> None:
    """Several placements in order, as one change: if any is refused (a loop, a
    contact deleted since), none is made."""
    with database_proxy.atomic():
        for contact_id, where in steps:
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
    return [me()] + [_name(i) for i in chain(contact_id)]


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


def graph(today: dt.date | None = None) -> GraphData:
    """Everyone placed, with what their card shows: name, company, warmth, and
    whether a follow-up is due (by *today*)."""
    today = today or dt.date.today()
    due_query = (
        FollowUp.select(FollowUp.contact)
        .where(
            (FollowUp.status == "open")
            & (FollowUp.due_on <= today)
            & FollowUp.contact.is_null(False)
        )
        .distinct()
    )
    due = {c for (c,) in database_proxy.execute(due_query)}
    query = (
        Referral.select(
            Referral.referred,
            Referral.referrer,
            Referral.introduced_on,
            Contact.full_name,
            Company.name,
            Contact.warmth,
            Contact.follow_up_on,
        )
        .join(Contact, on=(Referral.referred == Contact.id))
        .join(Company, join_type=JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
    )
    nodes: dict[int, GraphNode] = {}
    introducer: dict[int, int | None] = {}
    introduced_on: dict[int, dt.date | None] = {}
    day = today.isoformat()
    # Raw rows (dates as ISO text): peewee's per-row processing doubles the time at scale.
    for referred, referrer, on, name, company, warmth, follow_up_on in database_proxy.execute(
        query
    ):
        follow_up = referred in due or (follow_up_on is not None and str(follow_up_on) <= day)
        nodes[referred] = GraphNode(referred, name, company or "", warmth or "", follow_up)
        introducer[referred] = referrer
        introduced_on[referred] = dt.date.fromisoformat(str(on)[:10]) if on else None
    return GraphData(nodes, introducer, introduced_on)
