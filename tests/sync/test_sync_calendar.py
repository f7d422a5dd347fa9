"""Meetings and follow-ups sync with the calendar, against real servers: a meeting
moved on the phone moves here, an event made there becomes a meeting, a task ticked
there marks the follow-up done."""

from __future__ import annotations

import datetime as dt

import pytest
from laptops import Laptop

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.store.models import FollowUp, Meeting


@pytest.fixture
def laptops(tmp_path, dav_server):
    book, calendar = dav_server.new_addressbook(), dav_server.new_calendar()
    one, two = Laptop(tmp_path / "one"), Laptop(tmp_path / "two")
    one.setup(dav_server, book, calendar)
    two.setup(dav_server, book, calendar)
    return one, two, calendar


def _events(server, calendar) -> dict[str, str]:
    from crm_desktop.services.sync.dav import DavClient

    client = DavClient(server.url, server.user, server.password)
    try:
        hrefs = list(client.list_items(calendar))
        return {h: t for h, (_e, t) in client.get_many(calendar, hrefs, "calendar").items()}
    finally:
        client.close()


def _starts(laptop) -> dict[str, dt.datetime]:
    with laptop:
        return {m.goal: m.starts_at for m in Meeting.select()}


def test_a_meeting_goes_to_the_calendar_and_moves_when_the_phone_moves_it(laptops, dav_server):
    one, two, calendar = laptops
    start = dt.datetime(2026, 12, 10, 14, 30)
    with one:
        ann = contacts.add_contact(ContactInput(full_name="Ann Lee", email="ann@x.example")).id
        meetings.create_meeting(
            meetings.MeetingInput([ann], start, goal="Ask about the Berlin role")
        )
    report = one.sync()
    assert report.to_server["meeting"].added == 1
    [(href, text)] = _events(dav_server, calendar).items()
    assert "Ask about the Berlin role" in text and "mailto:ann@x.example" in text

    two.sync()
    assert _starts(two) == {"Ask about the Berlin role": start}

    # The phone moves it an hour later: DTSTART/DTEND rewritten in UTC.
    later = (start + dt.timedelta(hours=1)).astimezone(dt.UTC)
    moved = []
    for line in text.replace("\r\n ", "").splitlines():
        if line.startswith("DTSTART"):
            line = "DTSTART:" + later.strftime("%Y%m%dT%H%M%SZ")
        elif line.startswith("DTEND"):
            line = "DTEND:" + (later + dt.timedelta(minutes=30)).strftime("%Y%m%dT%H%M%SZ")
        elif line.startswith("DURATION"):
            continue
        moved.append(line)
    assert dav_server.put_raw(href, "\r\n".join(moved) + "\r\n").status in (201, 204)
    one.sync()
    assert _starts(one) == {"Ask about the Berlin role": start + dt.timedelta(hours=1)}


def test_an_event_made_on_the_phone_becomes_a_meeting_with_its_attendee(laptops, dav_server):
    one, _two, calendar = laptops
    with one:
        contacts.add_contact(ContactInput(full_name="Ann Lee", email="ann@x.example"))
    event = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//iOS 17//EN\r\n"
        "BEGIN:VEVENT\r\nUID:phone-event-1\r\nDTSTAMP:20261201T090000Z\r\n"
        "DTSTART:20261215T100000Z\r\nDTEND:20261215T110000Z\r\nSUMMARY:Lunch with Ann\r\n"
        "ATTENDEE;CN=Ann:mailto:ann@x.example\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
        "DESCRIPTION:Reminder\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    assert dav_server.put_raw(calendar.rstrip("/") + "/phone-event-1.ics", event).status in (
        201,
        204,
    )
    report = one.sync()
    assert report.from_server["meeting"].added == 1
    with one:
        [meeting] = Meeting.select()
        assert meeting.goal == "Lunch with Ann"
        assert meeting.duration_minutes == 60
        assert [a.contact.full_name for a in meeting.attendees] == ["Ann Lee"]


def test_a_task_ticked_on_the_phone_marks_the_follow_up_done(laptops, dav_server):
    one, _two, calendar = laptops
    with one:
        ann = contacts.add_contact(ContactInput(full_name="Ann Lee")).id
        followups.add("Send Ann the article", dt.date(2026, 12, 12), contact_id=ann)
    one.sync()
    [(href, text)] = [(h, t) for h, t in _events(dav_server, calendar).items() if "VTODO" in t]
    ticked = text.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED")
    if "STATUS:COMPLETED" not in ticked:
        ticked = ticked.replace("END:VTODO", "STATUS:COMPLETED\r\nEND:VTODO")
    ticked = ticked.replace("END:VTODO", "COMPLETED:20261211T120000Z\r\nEND:VTODO")
    assert dav_server.put_raw(href, ticked).status in (201, 204)
    one.sync()
    with one:
        [follow_up] = FollowUp.select()
        assert follow_up.status == "done"
