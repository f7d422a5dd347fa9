"""Follow-up actions with due dates, thank-you notes owed after meetings, and
people going cold.

A follow-up belongs to a contact, a meeting, or both ("send Ann the article",
"intro Ann to Carl"). It is open until marked done; snoozing moves its due date.

After a meeting is over, Giveback proposes thanking each attendee, and, after a
first meeting with someone, whoever introduced you to them (PRODUCT.md reason 6).
A proposal stays until it is turned into a follow-up, marked sent or skipped; a
thank-you marked done is recorded as a give of kind "thanks" in the ledger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from crm_desktop.services import events, meetings, referrals
from crm_desktop.services.errors import InvalidInput, NotFound
from crm_desktop.services.storage import storage_errors
from crm_desktop.services.text import one_line
from crm_desktop.store.models import (
    Company,
    Contact,
    FollowUp,
    LedgerEntry,
    Meeting,
    MeetingAttendee,
    database_proxy,
)

DUE_KINDS = ("today", "overdue", "all")
THANKS_WINDOW_DAYS = 14  # proposals for meetings up to two weeks old
SNOOZE_DAYS = (1, 3, 7)


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    title: str
    due_on: dt.date
    kind: str  # action / thanks
    status: str  # open / done / dismissed
    contact_id: int | None
    contact_name: str
    meeting_id: int | None
    done_on: dt.date | None

    def due_label(self, today: dt.date | None = None) -> str:
        """ "today", "tomorrow", "3 days overdue", "Fri 4 Dec"."""
        today = today or dt.date.today()
        days = (self.due_on - today).days
        if days == 0:
            return "today"
        if days == 1:
            return "tomorrow"
        if days == -1:
            return "1 day overdue"
        if days < 0:
            return f"{-days} days overdue"
        return f"{self.due_on:%a %d %b}"


@dataclass(frozen=True)
class ThanksProposal:
    """A thank-you you owe: to *contact* after *meeting*."""

    contact_id: int
    contact_name: str
    meeting_id: int
    meeting_day: dt.date
    reason: str  # "for the coffee on Mon 23 Nov" / "for introducing you to Daniel Kowalski"

    @property
    def title(self) -> str:
        return f"Thank {self.contact_name} {self.reason}"


@dataclass(frozen=True)
class ColdContact:
    """Someone you meant to keep in touch with, and have not lately."""

    contact_id: int
    full_name: str
    company: str
    cadence_days: int
    last_touch: dt.date | None
    days_overdue: int

    @property
    def label(self) -> str:
        when = f"last in touch {self.last_touch:%d %b %Y}" if self.last_touch else "never met"
        return f"every {self.cadence_days} days; {when}"


# Follow-ups ---------------------------------------------------------------------
def _records(query) -> list[FollowUpRecord]:
    rows = (
        query.select(FollowUp, Contact.full_name.alias("contact_name"))
        .join(Contact, JOIN.LEFT_OUTER, on=(FollowUp.contact == Contact.id))
        .dicts()
    )
    return [
        FollowUpRecord(
            id=r["id"],
            title=r["title"],
            due_on=r["due_on"],
            kind=r["kind"],
            status=r["status"],
            contact_id=r["contact"],
            contact_name=r["contact_name"] or "",
            meeting_id=r["meeting"],
            done_on=r["done_on"],
        )
        for r in rows
    ]


def get(follow_up_id: int) -> FollowUpRecord:
    found = _records(FollowUp.select().where(FollowUp.id == follow_up_id))
    if not found:
        raise NotFound(f"No follow-up with id {follow_up_id}.")
    return found[0]


@storage_errors
def add(
    title: str,
    due_on: dt.date | None = None,
    contact_id: int | None = None,
    meeting_id: int | None = None,
    kind: str = "action",
) -> FollowUpRecord:
    """Add an open follow-up (due today unless said otherwise)."""
    text = one_line(title)
    if not text:
        raise InvalidInput("A follow-up needs a line saying what to do.")
    if kind not in ("action", "thanks"):
        raise InvalidInput(f"Unknown follow-up kind “{kind}”.")
    if contact_id is not None and Contact.get_or_none(Contact.id == contact_id) is None:
        raise NotFound(f"No contact with id {contact_id}.")
    if meeting_id is not None and Meeting.get_or_none(Meeting.id == meeting_id) is None:
        raise NotFound(f"No meeting with id {meeting_id}.")
    row = FollowUp.create(
        title=text,
        due_on=due_on or dt.date.today(),
        kind=kind,
        status="open",
        contact=contact_id,
        meeting=meeting_id,
    )
    events.emit("followups")
    return get(row.id)


def _row(follow_up_id: int) -> FollowUp:
    row = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if row is None:
        raise NotFound(f"No follow-up with id {follow_up_id}.")
    return row


@storage_errors
def done(follow_up_id: int, today: dt.date | None = None) -> FollowUpRecord:
    """Mark a follow-up done. A thank-you done is a give of kind "thanks"."""
    today = today or dt.date.today()
    with database_proxy.atomic():
        row = _row(follow_up_id)
        if row.status == "done":
            return get(follow_up_id)
        row.status = "done"
        row.done_on = today
        row.save()
        if row.kind == "thanks" and row.contact_id is not None:
            LedgerEntry.create(
                contact=row.contact_id,
                direction="gave",
                kind="thanks",
                occurred_on=today,
                note=row.title,
                status="",
                meeting=row.meeting_id,
            )
    events.emit("followups", "ledger")
    return get(follow_up_id)


@storage_errors
def reopen(follow_up_id: int) -> FollowUpRecord:
    row = _row(follow_up_id)
    row.status = "open"
    row.done_on = None
    row.save()
    events.emit("followups")
    return get(follow_up_id)


@storage_errors
def reschedule(follow_up_id: int, due_on: dt.date) -> FollowUpRecord:
    row = _row(follow_up_id)
    row.due_on = due_on
    if row.status != "open":
        row.status, row.done_on = "open", None
    row.save()
    events.emit("followups")
    return get(follow_up_id)


def snooze(follow_up_id: int, days: int = 1, today: dt.date | None = None) -> FollowUpRecord:
    """Put it off by *days* from today (an overdue one comes back after the snooze)."""
    today = today or dt.date.today()
    return reschedule(follow_up_id, today + dt.timedelta(days=max(1, days)))


@storage_errors
def rename(follow_up_id: int, title: str) -> FollowUpRecord:
    text = one_line(title)
    if not text:
        raise InvalidInput("A follow-up needs a line saying what to do.")
    row = _row(follow_up_id)
    row.title = text
    row.save()
    events.emit("followups")
    return get(follow_up_id)


@storage_errors
def delete(follow_up_id: int) -> None:
    FollowUp.delete().where(FollowUp.id == follow_up_id).execute()
    events.emit("followups")


def _open():
    return FollowUp.select().where(FollowUp.status == "open")


def open_for(contact_id: int) -> list[FollowUpRecord]:
    """This contact's open follow-ups, soonest due first."""
    return _records(
        _open().where(FollowUp.contact == contact_id).order_by(FollowUp.due_on, FollowUp.id)
    )


def for_meeting(meeting_id: int) -> list[FollowUpRecord]:
    """Every follow-up from this meeting, open ones first."""
    return _records(
        FollowUp.select()
        .where(FollowUp.meeting == meeting_id)
        .order_by(FollowUp.status != "open", FollowUp.due_on, FollowUp.id)
    )


def due(kind: str = "all", today: dt.date | None = None) -> list[FollowUpRecord]:
    """Open follow-ups due ``today``, ``overdue`` (before today, oldest first) or
    ``all`` open ones, soonest first."""
    if kind not in DUE_KINDS:
        raise InvalidInput(f"Choose one of: {', '.join(DUE_KINDS)} (not “{kind}”).")
    today = today or dt.date.today()
    query = _open()
    if kind == "today":
        query = query.where(FollowUp.due_on == today)
    elif kind == "overdue":
        query = query.where(FollowUp.due_on < today)
    return _records(query.order_by(FollowUp.due_on, FollowUp.id))


# Thank-yous ---------------------------------------------------------------------
def thank_you_proposals(
    now: dt.datetime | None = None, window_days: int = THANKS_WINDOW_DAYS
) -> list[ThanksProposal]:
    """Thank-yous owed for meetings that ended in the last *window_days*, newest first."""
    now = now or dt.datetime.now()
    since = now - dt.timedelta(days=window_days)
    recent = [
        m
        for m in meetings.list_meetings("past", now, since=since)
        if m.starts_at >= since and m.starts_at + dt.timedelta(minutes=m.duration_minutes) <= now
    ]
    if not recent:
        return []
    handled = {
        (c, m)
        for c, m in FollowUp.select(FollowUp.contact, FollowUp.meeting)
        .where((FollowUp.kind == "thanks") & FollowUp.meeting.is_null(False))
        .tuples()
    }
    thanked: dict[int, dt.date] = dict(
        LedgerEntry.select(LedgerEntry.contact, fn.MAX(LedgerEntry.occurred_on))
        .where((LedgerEntry.direction == "gave") & (LedgerEntry.kind == "thanks"))
        .group_by(LedgerEntry.contact)
        .tuples()
    )
    first_met: dict[int, dt.datetime] = dict(
        MeetingAttendee.select(MeetingAttendee.contact, fn.MIN(Meeting.starts_at))
        .join(Meeting)
        .group_by(MeetingAttendee.contact)
        .tuples()
    )
    names = {}
    proposals: list[ThanksProposal] = []
    seen: set[tuple[int, int]] = set()

    def propose(contact_id: int, name: str, meeting, reason: str) -> None:
        key = (contact_id, meeting.id)
        if key in seen or key in handled:
            return
        last = thanked.get(contact_id)
        if last is not None and _as_date(last) >= meeting.starts_at.date():
            return
        seen.add(key)
        proposals.append(
            ThanksProposal(contact_id, name, meeting.id, meeting.starts_at.date(), reason)
        )

    for m in recent:
        day = f"{m.starts_at:%a %d %b}"
        what = m.kind_label.lower()
        for cid, name in zip(m.attendee_ids, m.attendee_names, strict=True):
            propose(cid, name, m, f"for the {what} on {day}")
        for cid, name in zip(m.attendee_ids, m.attendee_names, strict=True):
            first = first_met.get(cid)
            if first is not None and _as_datetime(first) < m.starts_at:
                continue  # not your first meeting: the introduction was thanked before
            where = referrals.placement(cid)
            if where is None or where.referrer_id is None or where.referrer_id in m.attendee_ids:
                continue
            if where.referrer_id not in names:
                names[where.referrer_id] = Contact.get_by_id(where.referrer_id).full_name
            propose(
                where.referrer_id,
                names[where.referrer_id],
                m,
                f"for introducing you to {name}",
            )
    return proposals


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_datetime(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


@storage_errors
def plan_thanks(proposal: ThanksProposal, due_on: dt.date | None = None) -> FollowUpRecord:
    """Turn a proposal into an open thank-you follow-up (due today by default)."""
    return add(
        proposal.title,
        due_on=due_on,
        contact_id=proposal.contact_id,
        meeting_id=proposal.meeting_id,
        kind="thanks",
    )


@storage_errors
def thanked(proposal: ThanksProposal, today: dt.date | None = None) -> FollowUpRecord:
    """You sent the thank-you: recorded as done, and as a give in the ledger."""
    record = plan_thanks(proposal, due_on=today)
    return done(record.id, today)


@storage_errors
def skip_thanks(proposal: ThanksProposal) -> None:
    """Stop proposing this thank-you."""
    FollowUp.create(
        title=proposal.title,
        due_on=dt.date.today(),
        kind="thanks",
        status="dismissed",
        contact=proposal.contact_id,
        meeting=proposal.meeting_id,
        done_on=dt.date.today(),
    )
    events.emit("followups")


# Keep in touch -------------------------------------------------------------------
def going_cold(today: dt.date | None = None, limit: int | None = None) -> list[ColdContact]:
    """People with a keep-in-touch cadence whose last meeting or give/ask is older
    than that cadence, most overdue first."""
    today = today or dt.date.today()
    last_entry = LedgerEntry.select(fn.MAX(LedgerEntry.occurred_on)).where(
        LedgerEntry.contact == Contact.id
    )
    last_meeting = (
        MeetingAttendee.select(fn.MAX(Meeting.starts_at))
        .join(Meeting)
        .where(
            (MeetingAttendee.contact == Contact.id)
            & (Meeting.starts_at <= dt.datetime.combine(today, dt.time.max))
        )
    )
    query = (
        Contact.select(
            Contact.id,
            Contact.full_name,
            Company.name,
            Contact.cadence_days,
            last_meeting.alias("last_meeting"),
            last_entry.alias("last_entry"),
            Contact.created_at,
        )
        .join(Company, JOIN.LEFT_OUTER)
        .where(Contact.cadence_days.is_null(False) & (Contact.cadence_days > 0))
    )
    if hasattr(Contact, "archived_at"):
        query = query.where(Contact.archived_at.is_null())
    result = []
    for cid, name, company, cadence, met, entry, created in query.tuples():
        touches = [_as_date(t) for t in (met, entry) if t]
        last = max(touches) if touches else None
        since = last or _as_date(created)
        overdue = (today - since).days - cadence
        if overdue > 0:
            result.append(ColdContact(cid, name, company or "", cadence, last, overdue))
    result.sort(key=lambda c: (-c.days_overdue, c.full_name))
    return result[:limit] if limit is not None else result
