"""Meetings <-> events and follow-ups <-> tasks: what reaches the calendar, what comes
back, and that other calendar programs' items survive Giveback's edits."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import icalendar
import pytest

from crm_desktop.services.contacts.contacts import add_contact
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.sync.calendar import MEETINGS
from crm_desktop.services.sync.tasks import FOLLOWUPS
from crm_desktop.store.models import Contact, FollowUp, LedgerEntry, Meeting

DATA = Path(__file__).parent / "data"
VOLATILE = {"SEQUENCE", "DTSTAMP", "LAST-MODIFIED"}


class DictRefs:
    """The engine's contact references, from a dict of contact id -> UID (and the
    contacts' emails as the database has them)."""

    def __init__(self, uids: dict[int, str]) -> None:
        self.uids = dict(uids)
        self.ids = {uid: cid for cid, uid in uids.items()}
        self.emails = {
            c.email.lower(): c.id for c in Contact.select() if c.email and c.id in self.uids
        }

    def contact_id(self, uid: str) -> int | None:
        return self.ids.get(uid)

    def contact_uid(self, contact_id: int) -> str | None:
        return self.uids.get(contact_id)

    def contact_by_email(self, email: str) -> int | None:
        return self.emails.get(email)


@pytest.fixture
def local_zone():
    """Run with this computer's time zone set to *name*; restored afterwards."""
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def people(db):
    """Ann, Bob (no email) and Carla, with UIDs as the engine would give them."""
    ann = add_contact(ContactInput(full_name="Ann Lee", email="ann@example.org")).id
    bob = add_contact(ContactInput(full_name="Bob Stone")).id
    carla = add_contact(ContactInput(full_name="Carla Diaz", email="carla.diaz@example.org")).id
    refs = DictRefs({ann: "contact-ann", bob: "contact-bob", carla: "contact-carla"})
    return refs, ann, bob, carla


def sample(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def content(text: str, component: str) -> list[tuple[str, bytes]]:
    """The item's properties as (name, value) in icalendar's own serialisation; those of
    *component* by their name, all others (VCALENDAR, VALARM, VTIMEZONE…) prefixed with
    their component's, for comparing meaning whatever the order and folding."""
    out = []
    for comp in icalendar.Calendar.from_ical(text).walk():
        prefix = "" if comp.name == component else comp.name + ":"
        for key, value in comp.property_items(recursive=False):
            out.append((prefix + key, value if isinstance(value, bytes) else value.to_ical()))
    return sorted(out)


def differing(before: str, after: str, component: str = "VEVENT") -> set[str]:
    old, new = content(before, component), content(after, component)
    return {k for k, _v in set(old) ^ set(new)}


def event_of(text: str) -> icalendar.Component:
    return icalendar.Calendar.from_ical(text).walk("VEVENT")[0]


def add_meeting(contact_ids, when=dt.datetime(2026, 5, 12, 9, 30), **extra) -> int:
    data = meetings.MeetingInput(contact_ids=list(contact_ids), starts_at=when, **extra)
    return meetings.create_meeting(data).id


# Round trips -----------------------------------------------------------------------
def test_a_meeting_reaches_the_calendar_and_reads_back_the_same(people, local_zone):
    local_zone("Europe/Berlin")
    refs, ann, bob, carla = people
    mid = add_meeting(
        [ann, bob, carla],
        kind="lunch",
        place="Markthalle Neun, Berlin",
        duration_minutes=90,
        goal="Ask about the Hamburg office",
        agenda="1. Hamburg\n2. Intro to Dan",
        notes="She moved teams; likes ramen",
        outcome="Intro to Dan, next week",
    )
    fields = MEETINGS.local_fields([mid], refs)[mid]
    text = MEETINGS.render(None, "event-1", fields, set(), refs)

    assert MEETINGS.parse(text, refs) == ("event-1", fields)
    event = event_of(text)
    assert event["DTSTART"].dt == dt.datetime(2026, 5, 12, 7, 30, tzinfo=dt.UTC)
    assert event["SUMMARY"] == "Ask about the Hamburg office"
    # Bob has no email: he stays in the meeting but cannot be written in the event.
    assert fields["attendees"] == ["contact-ann", "contact-carla"]
    assert fields["start"] == "2026-05-12T07:30:00Z"


def test_a_new_event_is_giveback_s_and_invites_nobody(people):
    refs, ann, _bob, _carla = people
    mid = add_meeting([ann])
    text = MEETINGS.render(None, "event-2", MEETINGS.local_fields([mid], refs)[mid], set(), refs)
    cal = icalendar.Calendar.from_ical(text)
    event = cal.walk("VEVENT")[0]
    assert cal["PRODID"] == "-//Giveback//Giveback//EN"
    assert event["UID"] == "event-2" and "DTSTAMP" in event
    assert event["SUMMARY"] == "Coffee with Ann Lee"
    assert "ORGANIZER" not in event
    assert event["ATTENDEE"].params["SCHEDULE-AGENT"] == "CLIENT"


def test_an_event_s_title_becomes_the_goal_unless_giveback_made_it(people):
    refs, ann, _bob, carla = people
    made_here = MEETINGS.parse(sample("davx5_event.ics"), refs)[1]
    made_here["summary"] = "Call with Carla Diaz"  # what Giveback titles a call without a goal
    mid = MEETINGS.create_local(made_here, refs)
    assert Meeting.get_by_id(mid).goal == ""
    assert MEETINGS.local_fields([mid], refs)[mid] == made_here

    typed = MEETINGS.parse(sample("thunderbird.ics"), refs)[1]
    mid = MEETINGS.create_local(typed, refs)
    assert Meeting.get_by_id(mid).goal == "Lunch with Bob"
    assert MEETINGS.local_fields([mid], refs)[mid] == typed


def test_a_follow_up_round_trips_as_a_task(people):
    refs, ann, _bob, _carla = people
    fid = followups.add("Thank Ann for the intro", dt.date(2026, 5, 20), ann, kind="thanks").id
    fields = FOLLOWUPS.local_fields([fid], refs)[fid]
    assert fields == {
        "title": "Thank Ann for the intro",
        "due": "2026-05-20",
        "done": None,
        "contact": "contact-ann",
        "kind": "thanks",
    }
    text = FOLLOWUPS.render(None, "task-1", fields, set(), refs)
    assert FOLLOWUPS.parse(text, refs) == ("task-1", fields)
    followups.done(fid, today=dt.date(2026, 5, 21))
    done = FOLLOWUPS.local_fields([fid], refs)[fid]
    assert done["done"] == "2026-05-21"
    assert FOLLOWUPS.parse(FOLLOWUPS.render(None, "task-1", done, set(), refs), refs)[1] == done


# Time zones and all-day events -------------------------------------------------------
def test_an_event_written_in_new_york_lands_at_the_right_time_here(people, local_zone):
    local_zone("Europe/Berlin")
    refs = people[0]
    uid, fields = MEETINGS.parse(sample("apple_calendar.ics"), refs)
    assert uid == "5F1D3A4E-8B0C-4E8A-9C7B-2D6E1F0A9B31"
    assert fields["start"] == "2026-05-12T13:30:00Z"  # 09:30 in New York (EDT)
    assert fields["duration_minutes"] == 60
    mid = MEETINGS.create_local(fields, refs)
    assert Meeting.get_by_id(mid).starts_at == dt.datetime(2026, 5, 12, 15, 30)  # Berlin


def test_moving_a_zoned_event_keeps_its_zone(people, local_zone):
    local_zone("Europe/Berlin")
    refs = people[0]
    base = sample("apple_calendar.ics")
    fields = MEETINGS.parse(base, refs)[1]
    fields["start"] = "2026-05-12T14:00:00Z"
    event = event_of(MEETINGS.render(base, "ignored", fields, {"start"}, refs))
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event["DTSTART"].dt.replace(tzinfo=None) == dt.datetime(2026, 5, 12, 10, 0)
    assert event["DTEND"].dt.replace(tzinfo=None) == dt.datetime(2026, 5, 12, 11, 0)


def test_an_all_day_event_is_a_working_day_and_stays_all_day(people, local_zone):
    local_zone("America/New_York")
    refs = people[0]
    base = sample("nextcloud.ics")
    fields = MEETINGS.parse(base, refs)[1]
    mid = MEETINGS.create_local(fields, refs)
    meeting = Meeting.get_by_id(mid)
    # Two days: 09:00 on the first to 17:00 on the second.
    assert meeting.starts_at == dt.datetime(2026, 5, 20, 9, 0)
    assert meeting.duration_minutes == 24 * 60 + 8 * 60
    assert MEETINGS.local_fields([mid], refs)[mid] == fields

    moved = dict(fields, start="2026-05-27T13:00:00Z")  # 09:00 in New York, a week on
    event = event_of(MEETINGS.render(base, "x", moved, {"start"}, refs))
    assert event["DTSTART"].dt == dt.date(2026, 5, 27)
    assert event["DTEND"].dt == dt.date(2026, 5, 29)

    timed = dict(fields, start="2026-05-27T14:00:00Z")  # 10:00: no longer all-day
    event = event_of(MEETINGS.render(base, "x", timed, {"start"}, refs))
    assert event["DTSTART"].dt == dt.datetime(2026, 5, 27, 14, 0, tzinfo=dt.UTC)
    assert MEETINGS.parse(MEETINGS.render(base, "x", timed, {"start"}, refs), refs)[1] == timed


# Not ours, cancelled -------------------------------------------------------------------
@pytest.mark.parametrize(
    "extra",
    [
        "RRULE:FREQ=WEEKLY;COUNT=4",
        "RDATE:20260519T150000Z",
        "RECURRENCE-ID:20260515T150000Z",
    ],
)
def test_a_recurring_event_is_left_alone(people, extra):
    text = sample("davx5_event.ics").replace("STATUS:CONFIRMED", f"STATUS:CONFIRMED\r\n{extra}")
    assert MEETINGS.parse(text, people[0]) is None


def test_a_cancelled_event_deletes_its_meeting(people):
    refs, ann, _bob, _carla = people
    mid = add_meeting([ann])
    text = sample("davx5_event.ics").replace("STATUS:CONFIRMED", "STATUS:CANCELLED")
    assert MEETINGS.parse(text, refs) == ("3c4d1f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", None)
    MEETINGS.remove_local(mid)
    assert Meeting.get_or_none(Meeting.id == mid) is None
    assert Contact.get_by_id(ann).last_contact_at is None


def test_a_task_is_no_event_and_an_event_no_task(people):
    refs = people[0]
    assert MEETINGS.parse(sample("davx5_task.ics"), refs) is None
    assert FOLLOWUPS.parse(sample("davx5_event.ics"), refs) is None
    assert MEETINGS.parse("not a calendar", refs) is None


# Other programs' items survive -----------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "field", "value", "props"),
    [
        ("apple_calendar.ics", "place", "Tatte Bakery", {"LOCATION"}),
        ("thunderbird.ics", "summary", "Lunch with Bob and Dan", {"SUMMARY"}),
        ("thunderbird.ics", "start", "2026-05-14T11:00:00Z", {"DTSTART", "DTEND"}),
        ("nextcloud.ics", "notes", "Two days, bring 50 cards.", {"DESCRIPTION"}),
        ("davx5_event.ics", "outcome", "Intro done", {"X-GIVEBACK-OUTCOME"}),
        ("davx5_event.ics", "duration_minutes", 45, {"DTEND"}),
    ],
)
def test_other_calendars_events_change_only_where_giveback_changed_them(
    people, local_zone, name, field, value, props
):
    local_zone("Europe/Berlin")
    refs = people[0]
    base = sample(name)
    uid, fields = MEETINGS.parse(base, refs)
    assert differing(base, MEETINGS.render(base, uid, fields, set(), refs)) == set()

    changed = dict(fields, **{field: value})
    text = MEETINGS.render(base, uid, changed, {field}, refs)
    assert differing(base, text) == props | VOLATILE
    assert MEETINGS.parse(text, refs) == (uid, changed)
    before, after = event_of(base), event_of(text)
    assert [k for k in after if k in before] == list(before)  # in the order they came
    assert int(after["SEQUENCE"]) == int(before.get("SEQUENCE", 0)) + 1
    assert after["DTSTAMP"].dt > before["DTSTAMP"].dt


def test_a_phone_s_task_changes_only_where_giveback_changed_it(people):
    refs = people[0]
    base = sample("davx5_task.ics")
    uid, fields = FOLLOWUPS.parse(base, refs)
    assert fields == {
        "title": "Send Ann the article",
        "due": "2026-05-10",
        "done": None,
        "contact": "contact-ann",
        "kind": "action",
    }
    text = FOLLOWUPS.render(base, uid, dict(fields, due="2026-05-12"), {"due"}, refs)
    assert differing(base, text, "VTODO") == {"DUE"} | VOLATILE
    due = icalendar.Calendar.from_ical(text).walk("VTODO")[0]["DUE"].dt
    assert due == dt.date(2026, 5, 12)  # still a day, no time made up
    text = FOLLOWUPS.render(base, uid, dict(fields, done="2026-05-11"), {"done"}, refs)
    assert differing(base, text, "VTODO") == {"STATUS", "COMPLETED", "PERCENT-COMPLETE"} | VOLATILE
    assert FOLLOWUPS.parse(text, refs)[1]["done"] == "2026-05-11"


# Tasks ticked on the phone -----------------------------------------------------------------
def ticked(text: str) -> str:
    """The task as a phone writes it when ticked."""
    return text.replace(
        "STATUS:NEEDS-ACTION",
        "STATUS:COMPLETED\r\nCOMPLETED:20260511T163000Z\r\nPERCENT-COMPLETE:100",
    )


def test_a_task_ticked_on_the_phone_marks_the_follow_up_done(people):
    refs, ann, _bob, _carla = people
    base = sample("davx5_task.ics")
    uid, fields = FOLLOWUPS.parse(base, refs)
    fid = FOLLOWUPS.create_local(fields, refs)
    row = FollowUp.get_by_id(fid)
    assert (row.status, row.contact_id, row.due_on) == ("open", ann, dt.date(2026, 5, 10))

    after = FOLLOWUPS.parse(ticked(base), refs)[1]
    assert after["done"] == "2026-05-11"
    FOLLOWUPS.update_local(fid, after, {"done"}, refs)
    row = FollowUp.get_by_id(fid)
    assert (row.status, row.done_on) == ("done", dt.date(2026, 5, 11))
    assert FOLLOWUPS.local_fields([fid], refs)[fid] == after

    FOLLOWUPS.update_local(fid, fields, {"done"}, refs)  # unticked again
    assert FollowUp.get_by_id(fid).status == "open"


def test_a_thank_you_ticked_on_the_phone_is_a_give(people):
    refs, ann, _bob, _carla = people
    base = sample("davx5_task.ics").replace("X-GIVEBACK-KIND:action", "X-GIVEBACK-KIND:thanks")
    fid = FOLLOWUPS.create_local(FOLLOWUPS.parse(base, refs)[1], refs)
    FOLLOWUPS.update_local(fid, FOLLOWUPS.parse(ticked(base), refs)[1], {"done"}, refs)
    gives = list(LedgerEntry.select().where(LedgerEntry.contact == ann))
    assert [(g.kind, g.occurred_on) for g in gives] == [("thanks", dt.date(2026, 5, 11))]


def test_dismissed_follow_ups_leave_the_phone_and_deleted_tasks_dismiss(people):
    refs, ann, _bob, _carla = people
    kept = followups.add("Send the deck", dt.date(2026, 5, 20), ann).id
    gone = followups.add("Call back", dt.date(2026, 5, 21), ann).id
    FollowUp.update(status="dismissed").where(FollowUp.id == gone).execute()
    assert set(FOLLOWUPS.local_fields(None, refs)) == {kept}

    FOLLOWUPS.remove_local(kept)
    assert FollowUp.get_by_id(kept).status == "dismissed"
    cancelled = sample("davx5_task.ics").replace("STATUS:NEEDS-ACTION", "STATUS:CANCELLED")
    assert FOLLOWUPS.parse(cancelled, refs)[1] is None


# Attendees ---------------------------------------------------------------------------------
def test_attendees_are_matched_by_email_and_strangers_stay_in_the_event(people):
    refs, ann, bob, carla = people
    base = sample("apple_calendar.ics")
    uid, fields = MEETINGS.parse(base, refs)
    assert fields["attendees"] == ["contact-ann"]  # zed@elsewhere is no contact

    mid = MEETINGS.create_local(fields, refs)
    assert [a.contact_id for a in Meeting.get_by_id(mid).attendees] == [ann]

    # Carla added here, Ann removed: Zed and his parameters stay in the event.
    wanted = dict(fields, attendees=["contact-carla"])
    event = event_of(MEETINGS.render(base, uid, wanted, {"attendees"}, refs))
    found = {str(a).lower(): a.params for a in event["ATTENDEE"]}
    assert set(found) == {"mailto:zed@elsewhere.example", "mailto:carla.diaz@example.org"}
    assert found["mailto:zed@elsewhere.example"]["PARTSTAT"] == "NEEDS-ACTION"
    assert found["mailto:carla.diaz@example.org"]["CN"] == "Carla Diaz"


def test_attendees_changed_on_the_phone_keep_those_without_email(people):
    refs, ann, bob, carla = people
    mid = add_meeting([ann, bob])
    fields = MEETINGS.local_fields([mid], refs)[mid]
    # On the phone Carla (upper-case email) replaces Ann.
    text = MEETINGS.render(None, "e", fields, set(), refs).replace(
        "mailto:ann@example.org", "mailto:Carla.Diaz@Example.ORG"
    )
    after = MEETINGS.parse(text, refs)[1]
    assert after["attendees"] == ["contact-carla"]
    MEETINGS.update_local(mid, after, {"attendees"}, refs)
    assert sorted(a.contact_id for a in Meeting.get_by_id(mid).attendees) == sorted([bob, carla])


def test_local_fields_reads_every_meeting(people):
    refs, ann, bob, carla = people
    ids = [add_meeting([ann, carla], dt.datetime(2026, 5, d, 10, 0)) for d in range(1, 29)]
    everything = MEETINGS.local_fields(None, refs)
    assert sorted(everything) == sorted(ids)
    assert everything[ids[3]]["start"].startswith("2026-05-04T")
    assert MEETINGS.local_fields(ids[:2], refs).keys() == {ids[0], ids[1]}
