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

from peewee import JOIN

from crm_desktop.errors import InvalidInput, NotFound
from crm_desktop.services import events
from crm_desktop.services.contacts import last_contact
from crm_desktop.services.meetings import meetings
from crm_desktop.services.rows import one, record_by_id, to_record
from crm_desktop.services.storage import storage_errors
from crm_desktop.services.text import in_sentence, one_line, show_date, translate
from crm_desktop.store.models import (
    Contact,
    FollowUp,
    LedgerEntry,
    Meeting,
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
        """Text like "today", "tomorrow", "3 days overdue", "Fri 4 Dec"."""
        today = today or dt.date.today()
        days = (self.due_on - today).days
        if days == 0:
            return translate("followups", "today")
        if days == 1:
            return translate("followups", "tomorrow")
        if days == -1:
            return translate("followups", "1 day overdue")
        if days < 0:
            return translate("followups", "%n days overdue", None, -days)
        return show_date(self.due_on, weekday=True, year=False)


@dataclass(frozen=True)
class ThanksProposal:
    """A thank-you you owe: to *contact* after *meeting*."""

    contact_id: int
    contact_name: str
    meeting_id: int
    meeting_day: dt.date
    # "Thank Ann for the coffee on Mon 23 Nov" / "Thank Ann for introducing you to Daniel Kowalski"
    title: str


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
        if self.last_touch is None:
            return translate("followups", "every {days} days; never met").format(
                days=self.cadence_days
            )
        return translate("followups", "every {days} days; last in touch {date}").format(
            days=self.cadence_days, date=show_date(self.last_touch)
        )


# Follow-ups ---------------------------------------------------------------------
def _records(query) -> list[FollowUpRecord]:
    rows = (
        query.select(FollowUp, Contact.full_name.alias("contact_name"))
        .join(Contact, JOIN.LEFT_OUTER, on=(FollowUp.contact == Contact.id))
        .dicts()
    )
    return [to_record(FollowUpRecord, r, contact_name=r["contact_name"] or "") for r in rows]


def get(follow_up_id: int) -> FollowUpRecord:
    return record_by_id(_records, FollowUp, follow_up_id, "follow-up")


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
        raise InvalidInput(translate("followups", "A follow-up needs a line saying what to do."))
    if kind not in ("action", "thanks"):
        raise InvalidInput(
            translate("followups", "Unknown follow-up kind “{kind}”.").format(kind=kind)
        )
    if contact_id is not None and Contact.get_or_none(Contact.id == contact_id) is None:
        raise NotFound(translate("followups", "No contact with id {id}.").format(id=contact_id))
    if meeting_id is not None and Meeting.get_or_none(Meeting.id == meeting_id) is None:
        raise NotFound(translate("followups", "No meeting with id {id}.").format(id=meeting_id))
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


@storage_errors
def done(follow_up_id: int, today: dt.date | None = None) -> FollowUpRecord:
    """Mark a follow-up done. A thank-you done is a give of kind "thanks"."""
    today = today or dt.date.today()
    with database_proxy.atomic():
        row = one(FollowUp, follow_up_id, "follow-up")
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
            last_contact.refresh([row.contact_id])
    events.emit("followups", "ledger", "contacts")
    return get(follow_up_id)


@storage_errors
def reopen(follow_up_id: int) -> FollowUpRecord:
    row = one(FollowUp, follow_up_id, "follow-up")
    row.status = "open"
    row.done_on = None
    row.save()
    events.emit("followups")
    return get(follow_up_id)


@storage_errors
def reschedule(follow_up_id: int, due_on: dt.date) -> FollowUpRecord:
    row = one(FollowUp, follow_up_id, "follow-up")
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
        raise InvalidInput(translate("followups", "A follow-up needs a line saying what to do."))
    row = one(FollowUp, follow_up_id, "follow-up")
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


def _due_query(kind: str, today: dt.date | None):
    if kind not in DUE_KINDS:
        raise InvalidInput(
            translate("followups", "Choose one of: {items} (not “{kind}”).").format(
                items=", ".join(DUE_KINDS), kind=kind
            )
        )
    today = today or dt.date.today()
    query = _open()
    if kind == "today":
        query = query.where(FollowUp.due_on == today)
    elif kind == "overdue":
        query = query.where(FollowUp.due_on < today)
    return query


def due(
    kind: str = "all", today: dt.date | None = None, limit: int | None = None
) -> list[FollowUpRecord]:
    """Open follow-ups due ``today``, ``overdue`` (before today, oldest first) or
    ``all`` open ones, soonest first; at most *limit* of them."""
    query = _due_query(kind, today).order_by(FollowUp.due_on, FollowUp.id)
    if limit is not None:
        query = query.limit(limit)
    return _records(query)


def count_due(kind: str = "all", today: dt.date | None = None) -> int:
    """How many open follow-ups ``due(kind, today)`` lists in all."""
    return _due_query(kind, today).count()


# Thank-yous ---------------------------------------------------------------------
# A thank-you is owed to each attendee of a meeting that ended in the window, and,
# after a first meeting with someone, to whoever introduced them (unless they were
# there too). It is no longer owed once a thanks follow-up exists for that person
# and meeting (planned, sent or skipped), or once a thanks was given on or after
# the meeting's day. Both the page of proposals and their count are read in SQL
# from the meetings in the window only, through the indexes on meeting.starts_at,
# meeting_attendee, referral, follow_up and ledger_entry.
_ENDED = (
    "m.starts_at >= :since AND m.starts_at < :now"
    " AND datetime(m.starts_at, '+' || m.duration_minutes || ' minutes') <= :now"
)
_OWED_SQL = f"""
WITH recent AS (
    SELECT m.id, m.starts_at, m.kind FROM meeting m WHERE {_ENDED}
    ORDER BY m.starts_at DESC, m.id DESC LIMIT :take OFFSET :skip
), owed(contact_id, meeting_id, starts_at, kind, part, about_id) AS (
    SELECT a.contact_id, r.id, r.starts_at, r.kind, 0, a.contact_id
    FROM recent r
    JOIN meeting_attendee a ON a.meeting_id = r.id
    UNION ALL
    SELECT f.referrer_id, r.id, r.starts_at, r.kind, 1, a.contact_id
    FROM recent r
    JOIN meeting_attendee a ON a.meeting_id = r.id
    JOIN referral f ON f.referred_id = a.contact_id
    WHERE f.referrer_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM meeting_attendee b
                      WHERE b.meeting_id = r.id AND b.contact_id = f.referrer_id)
      AND NOT EXISTS (SELECT 1 FROM meeting_attendee e JOIN meeting em ON em.id = e.meeting_id
                      WHERE e.contact_id = f.referred_id AND em.starts_at < r.starts_at)
), open_owed AS (
    SELECT * FROM owed o
    WHERE NOT EXISTS (SELECT 1 FROM follow_up t
                      WHERE t.meeting_id = o.meeting_id AND t.contact_id = o.contact_id
                        AND t.kind = 'thanks')
      AND NOT EXISTS (SELECT 1 FROM ledger_entry l
                      WHERE l.contact_id = o.contact_id AND l.direction = 'gave'
                        AND l.kind = 'thanks' AND l.occurred_on >= date(o.starts_at))
)
"""


_RECENT_COUNT = (
    f"SELECT COUNT(*) FROM (SELECT 1 FROM meeting m WHERE {_ENDED} LIMIT :take OFFSET :skip)"
)


def _window(now: dt.datetime | None, window_days: int) -> dict[str, str]:
    now = now or dt.datetime.now()
    since = now - dt.timedelta(days=window_days)
    return {
        "since": f"{since:%Y-%m-%d %H:%M:%S}",
        "now": f"{now:%Y-%m-%d %H:%M:%S}",
        "take": -1,  # every meeting in the window unless told otherwise
        "skip": 0,
    }


def thank_you_proposals(
    now: dt.datetime | None = None,
    window_days: int = THANKS_WINDOW_DAYS,
    limit: int | None = None,
) -> list[ThanksProposal]:
    """Thank-yous owed for meetings that ended in the last *window_days*, newest
    meeting first: its attendees by name, then their introducers; at most *limit*."""
    # Two people introduced by the same person at one meeting: one thanks, for the first.
    sql = (
        _OWED_SQL
        + """
        SELECT o.contact_id, p.full_name, o.meeting_id, o.starts_at, o.kind, o.part, o.about
        FROM (SELECT w.*, c.full_name AS about,
                     ROW_NUMBER() OVER (PARTITION BY w.contact_id, w.meeting_id
                                        ORDER BY w.part, c.full_name, w.about_id) AS nth
              FROM open_owed w JOIN contact c ON c.id = w.about_id) o
        JOIN contact p ON p.id = o.contact_id
        WHERE o.nth = 1
        ORDER BY o.starts_at DESC, o.meeting_id DESC, o.part, o.about, o.contact_id
        """
    )
    params = _window(now, window_days)
    if limit is None:
        rows = list(database_proxy.execute_sql(sql, params))
    else:  # the newest meetings a few at a time, until there are enough
        rows, params["take"] = [], max(limit, 20)
        while len(rows) < limit:
            batch = list(database_proxy.execute_sql(sql, params))
            rows += batch
            ended = database_proxy.execute_sql(_RECENT_COUNT, params).fetchone()[0]
            if ended < params["take"]:
                break
            params["skip"] += params["take"]
        rows = rows[:limit]
    proposals = []
    for cid, name, mid, starts_at, kind, part, other in rows:
        day = _as_date(starts_at)
        if part == 0:
            what = translate("labels", meetings.KIND_LABELS.get(kind, kind.title()))
            title = translate("followups", "Thank {name} for the {kind} on {date}").format(
                name=name, kind=in_sentence(what), date=show_date(day, weekday=True, year=False)
            )
        else:
            title = translate("followups", "Thank {name} for introducing you to {other}").format(
                name=name, other=other
            )
        proposals.append(ThanksProposal(cid, name, mid, day, title))
    return proposals


def thank_you_count(now: dt.datetime | None = None, window_days: int = THANKS_WINDOW_DAYS) -> int:
    """How many thank-yous ``thank_you_proposals`` lists in all."""
    sql = _OWED_SQL + "SELECT COUNT(*) FROM (SELECT DISTINCT contact_id, meeting_id FROM open_owed)"
    return database_proxy.execute_sql(sql, _window(now, window_days)).fetchone()[0]


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
# Cold: the last contact (services.contacts.last_contact's one rule, kept on the contact
# row) is older than the cadence, or, never in touch, the contact was added longer ago.
# Someone you are meeting later today is not nagged about.
_COLD_SQL = """
WITH overdue AS MATERIALIZED (
    SELECT c.id, c.full_name, c.company_id, c.cadence_days, c.last_contact_at,
           CAST(julianday(:today) - julianday(COALESCE(date(c.last_contact_at),
                                                       date(c.created_at))) AS INTEGER)
           - c.cadence_days AS days
    FROM contact c
    -- "+": scan the table (a few ms) rather than walk the archived_at index and look up
    -- nearly every row by id (a quarter of a second at 100,000 contacts).
    WHERE +c.archived_at IS NULL AND c.cadence_days > 0
      AND (c.last_contact_at IS NULL
           OR date(c.last_contact_at, '+' || c.cadence_days || ' days') < :today)
)
SELECT o.id, o.full_name, co.name, o.cadence_days, o.last_contact_at, o.days
FROM overdue o LEFT JOIN company co ON co.id = o.company_id
WHERE o.days > 0
  AND NOT EXISTS (SELECT 1 FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id
                  WHERE a.contact_id = o.id AND m.starts_at >= :today
                    AND m.starts_at <= :day_end)
ORDER BY o.days DESC, o.full_name, o.id
LIMIT :limit
"""


def going_cold(today: dt.date | None = None, limit: int | None = None) -> list[ColdContact]:
    """People with a keep-in-touch cadence whose last contact (their last meeting or
    give/ask) is older than that cadence, most overdue first."""
    today = today or dt.date.today()
    params = {
        "today": today.isoformat(),
        "day_end": f"{today:%Y-%m-%d} 23:59:59.999999",
        "limit": -1 if limit is None else limit,
    }
    result = []
    for cid, name, company, cadence, last, days in database_proxy.execute_sql(_COLD_SQL, params):
        touch = _as_date(last) if last else None
        result.append(ColdContact(cid, name, company or "", cadence, touch, days))
    return result
