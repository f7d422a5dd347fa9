"""Meetings: planning, listing, and which meeting a prep sheet is for."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput

NOW = dt.datetime(2026, 11, 27, 12, 0)


@pytest.fixture
def ann(db):
    return contacts.add_contact(ContactInput(full_name="Ann Lee")).id


def plan(contact_id, when, **kw):
    return meetings.create_meeting(MeetingInput(contact_ids=[contact_id], starts_at=when, **kw))


def test_upcoming_soonest_first_past_latest_first(ann):
    a = plan(ann, NOW + dt.timedelta(days=3))
    b = plan(ann, NOW + dt.timedelta(days=1))
    c = plan(ann, NOW - dt.timedelta(days=1))
    d = plan(ann, NOW - dt.timedelta(days=9))
    assert [m.id for m in meetings.list_meetings("upcoming", NOW)] == [b.id, a.id]
    assert [m.id for m in meetings.list_meetings("past", NOW)] == [c.id, d.id]
    assert len(meetings.list_meetings("all", NOW)) == 4


def test_meeting_to_prepare_is_the_next_else_the_last(ann):
    last = plan(ann, NOW - dt.timedelta(days=2))
    assert meetings.meeting_to_prepare(ann, NOW).id == last.id
    nxt = plan(ann, NOW + dt.timedelta(days=2))
    plan(ann, NOW + dt.timedelta(days=5))
    assert meetings.meeting_to_prepare(ann, NOW).id == nxt.id


def test_meeting_notes_make_the_contact_searchable(ann):
    plan(ann, NOW, notes="They are migrating to Snowflake")
    assert [r.full_name for r in contacts.list_contacts("snowflake")] == ["Ann Lee"]


@pytest.mark.parametrize(
    "changes, message",
    [({"kind": "party"}, "coffee, call, video"), ({"duration_minutes": 0}, "at least a minute")],
)
def test_invalid_meetings_are_refused(ann, changes, message):
    with pytest.raises(InvalidInput, match=message):
        plan(ann, NOW, **changes)
    assert meetings.list_meetings("all", NOW) == []


def test_a_meeting_needs_someone(db):
    with pytest.raises(InvalidInput, match="at least one person"):
        meetings.create_meeting(MeetingInput(contact_ids=[], starts_at=NOW))


@pytest.mark.parametrize("text", ["tomorrow", "2026-13-01 10:00", ""])
def test_parse_when_rejects_nonsense(text):
    with pytest.raises(InvalidInput, match="YYYY-MM-DD HH:MM"):
        meetings.parse_when(text)


def test_parse_when_reads_local_time():
    assert meetings.parse_when("2026-12-01 09:30") == dt.datetime(2026, 12, 1, 9, 30)


def test_listing_many_meetings_stays_within_sqlite_limits(db):
    """A recruiter's history: more meetings than SQLite takes bound variables
    in one statement (32,766 here)."""
    from crm_desktop.store.models import Meeting, MeetingAttendee, database_proxy

    people = [contacts.add_contact(ContactInput(full_name=f"Person {i}")).id for i in range(330)]
    total = 33_000
    with database_proxy.atomic():
        rows = [
            {
                "starts_at": NOW - dt.timedelta(hours=i + 1),
                "kind": "call",
                "place": "",
                "goal": "",
                "agenda": "",
                "notes": "",
                "outcome": "",
                "duration_minutes": 30,
                "created_at": NOW,
            }
            for i in range(total)
        ]
        for start in range(0, total, 2000):
            Meeting.insert_many(rows[start : start + 2000]).execute()
        ids = [m for (m,) in Meeting.select(Meeting.id).order_by(Meeting.id).tuples()]
        links = [{"meeting": m, "contact": people[n % len(people)]} for n, m in enumerate(ids)]
        for start in range(0, total, 2000):
            MeetingAttendee.insert_many(links[start : start + 2000]).execute()
    past = meetings.list_meetings("past", NOW)
    assert len(past) == total and all(len(m.attendee_ids) == 1 for m in past)
    assert len(meetings.list_meetings("past", NOW, limit=10)) == 10
    recent = meetings.list_meetings("past", NOW, since=NOW - dt.timedelta(hours=5))
    assert len(recent) == 5
