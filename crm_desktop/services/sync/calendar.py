"""Meetings <-> calendar events (VEVENT) on the user's CalDAV server, through icalendar.

``MEETINGS`` follows the "Field dicts" contract of the sync engine (parse, render,
local_fields, create_local, update_local, remove_local, describe); follow-ups and tasks
are in ``tasks`` and share the helpers here. How a meeting reads as an event:

- **start**, **duration_minutes**: DTSTART and DTEND (or DURATION). Giveback keeps the
  wall-clock time the user typed; it travels in UTC ("YYYY-MM-DDTHH:MM:SSZ"), converted
  with this computer's time zone, so a phone in any zone shows the right moment. An
  event written in a zone (TZID with its VTIMEZONE) or floating (no zone: this computer's
  wall clock) lands at the same moment here. Seconds are dropped, as Giveback does.
  An event without a length (no DTEND and no DURATION, or one ending at its start)
  becomes a meeting of 30 minutes, Giveback's default.
- **all-day events** (DATE values): a meeting from 09:00 on the first day to 17:00 on
  the last (one day: 09:00, 8 hours). Moved in Giveback, it stays all-day as long as it
  still starts at 09:00 and lasts that long; otherwise it becomes a timed event.
- **summary** (SUMMARY): the meeting's goal when it has one ("Ask Ann about the Berlin
  role"); a meeting without a goal is titled by its kind and people, "Coffee with Ann
  Lee, Bob Stone", as the .ics export does. Read back, a title that is exactly that
  generated one leaves the goal empty, and any other title (one typed on the phone)
  becomes the goal. The generated words are English whatever the window's language, so
  switching languages does not rewrite every event.
- **kind** (X-GIVEBACK-KIND; an event from elsewhere, or an unknown kind, is "other"),
  **place** (LOCATION), **outcome** (X-GIVEBACK-OUTCOME).
- **agenda**, **notes**: DESCRIPTION. Notes alone are the description as is, so a
  description written on the phone becomes the meeting's notes; an agenda is written
  "Agenda:" + agenda, then a blank line, "Notes:" and the notes when there are any.
- **attendees**: the sorted UIDs of the attendees who are contacts with an email
  address (their ATTENDEE mailto:). Read back, each ATTENDEE's email is matched to a
  contact with ``refs.contact_by_email``; an email that is no contact is ignored here
  but stays in the event. An attendee without an email address cannot be written in an
  event: they stay in the meeting here and are not on the server.
  No ORGANIZER is ever written, and our ATTENDEEs carry SCHEDULE-AGENT=CLIENT, so a
  server never emails invitations on Giveback's behalf.
- A recurring event (RRULE, RDATE, RECURRENCE-ID, several VEVENTs) is not a meeting:
  ``parse`` returns None and the event is left alone. An event with STATUS:CANCELLED
  parses to ``(uid, None)``: it counts as deleted on the server, and the meeting is
  deleted here.

``refs`` (contact UIDs <-> local ids, contacts by email) is needed by ``parse``,
``render`` and ``local_fields`` too, because attendees travel as contact UIDs.
``create_local``, ``update_local`` and ``remove_local`` write through peewee in the
caller's transaction (the engine's) and open none of their own; the caller announces
the change (``events.emit``) after it commits.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any, Protocol

import icalendar
from icalendar.parser import unescape_backslash

from crm_desktop.services.contacts import last_contact
from crm_desktop.services.meetings.meetings import KIND_LABELS, KINDS
from crm_desktop.services.text import one_line
from crm_desktop.store import indexing
from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import Meeting, MeetingAttendee, database_proxy

Fields = dict[str, Any]
PRODID = "-//Giveback//Giveback//EN"
DEFAULT_MINUTES = 30
ALL_DAY_START = dt.time(9, 0)
ALL_DAY_MINUTES = 8 * 60  # 09:00 to 17:00 on the last day
_RECURRING = ("RRULE", "RDATE", "RECURRENCE-ID")
# What a change of each field rewrites in the event.
_MEETING_PROPS = {
    "start": ("DTSTART", "DTEND", "DURATION"),
    "duration_minutes": ("DTSTART", "DTEND", "DURATION"),
    "kind": ("X-GIVEBACK-KIND",),
    "place": ("LOCATION",),
    "summary": ("SUMMARY",),
    "agenda": ("DESCRIPTION",),
    "notes": ("DESCRIPTION",),
    "outcome": ("X-GIVEBACK-OUTCOME",),
    "attendees": ("ATTENDEE",),
}


class Refs(Protocol):
    """Contact UIDs (owned by the sync engine) <-> contact ids here."""

    def contact_id(self, uid: str) -> int | None: ...
    def contact_uid(self, contact_id: int) -> str | None: ...
    def contact_by_email(self, email: str) -> int | None: ...


# iCalendar helpers, shared with tasks ---------------------------------------------
def read_calendar(text: str) -> icalendar.Calendar | None:
    """The VCALENDAR in *text*, or None when it is not iCalendar at all."""
    try:
        return icalendar.Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError, TypeError):
        return None


def single(cal: icalendar.Calendar | None, name: str) -> icalendar.Component | None:
    """The one *name* component of *cal* with a UID, not recurring; else None."""
    if cal is None:
        return None
    found = [c for c in cal.subcomponents if c.name == name]
    if len(found) != 1 or any(p in found[0] for p in _RECURRING):
        return None
    return found[0] if text_of(found[0], "UID") else None


def text_of(comp: icalendar.Component, name: str) -> str:
    """A TEXT property's value, unescaped (X- properties too), line ends as "\\n", trimmed."""
    value = comp.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    if isinstance(value, icalendar.prop.vUnknown):
        value = unescape_backslash(value.to_ical().decode("utf-8", "replace"))
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def put(comp: icalendar.Component, name: str, value: Any, params: dict | None = None) -> None:
    """Set *name* to *value* (None or "" removes it), in place when it was there."""
    if value is None or value == "":
        comp.pop(name, None)
        return
    prop = comp.types_factory.for_property(name)(value)
    if name.startswith("X-") and isinstance(value, str):
        prop = icalendar.vText(value)
    for key, item in (params or {}).items():
        prop.params[key] = item
    comp[name] = prop


def as_local(value: dt.datetime) -> dt.datetime:
    """A DATE-TIME as this computer's naive wall-clock time (floating ones are already)."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def utc_text(local: dt.datetime) -> str:
    """A naive local wall-clock time as "YYYY-MM-DDTHH:MM:SSZ"."""
    return local.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_utc_text(text: str) -> dt.datetime:
    """ "YYYY-MM-DDTHH:MM:SSZ" as this computer's naive wall-clock time."""
    moment = dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return moment.astimezone().replace(tzinfo=None)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def touched(comp: icalendar.Component) -> None:
    """Mark a revision as RFC 5545 asks: SEQUENCE + 1, DTSTAMP and LAST-MODIFIED now."""
    try:
        sequence = int(comp.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = 0
    put(comp, "SEQUENCE", sequence + 1)
    put(comp, "DTSTAMP", now_utc())
    put(comp, "LAST-MODIFIED", now_utc())


def new_item(comp: icalendar.Component, uid: str) -> icalendar.Calendar:
    """A VCALENDAR of Giveback's holding *comp*, which gets *uid* and today's stamps."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    stamp = now_utc()
    comp.add("uid", uid)
    comp.add("dtstamp", stamp)
    comp.add("created", stamp)
    comp.add("last-modified", stamp)
    comp.add("sequence", 0)
    cal.add_component(comp)
    return cal


def serialise(cal: icalendar.Calendar) -> str:
    """The text of *cal*, its properties in the order they came (icalendar sorts otherwise)."""
    return cal.to_ical(sorted=False).decode("utf-8")


# Meetings: the text side ------------------------------------------------------------
def generated_title(kind: str, names: Iterable[str]) -> str:
    """ "Coffee with Ann Lee, Bob Stone": the title of a meeting without a goal."""
    label = KIND_LABELS.get(kind, kind.title() or "Meeting")
    people = ", ".join(names)
    return f"{label} with {people}" if people else label


def description(agenda: str, notes: str) -> str:
    if not agenda:
        return notes
    text = f"Agenda:\n{agenda}"
    return f"{text}\n\nNotes:\n{notes}" if notes else text


def split_description(text: str) -> tuple[str, str]:
    """(agenda, notes) of a DESCRIPTION written by ``description``, or ("", text)."""
    if not text.startswith("Agenda:\n"):
        return "", text.rstrip()
    agenda, _sep, notes = text[len("Agenda:\n") :].partition("\n\nNotes:\n")
    return agenda.rstrip(), notes.rstrip()


def _when(event: icalendar.Component) -> tuple[dt.datetime, int] | None:
    """(local start, minutes) of an event."""
    if "DTSTART" not in event:
        return None
    begins = event["DTSTART"].dt
    ends = event["DTEND"].dt if "DTEND" in event else None
    length = event["DURATION"].dt if "DURATION" in event else None
    if not isinstance(begins, dt.datetime):  # all-day
        if isinstance(ends, dt.date) and not isinstance(ends, dt.datetime):
            days = (ends - begins).days
        else:
            days = length.days if isinstance(length, dt.timedelta) else 1
        days = max(days, 1)
        start = dt.datetime.combine(begins, ALL_DAY_START)
        return start, (days - 1) * 24 * 60 + ALL_DAY_MINUTES
    if isinstance(ends, dt.datetime):
        length = (ends if ends.tzinfo else ends.replace(tzinfo=begins.tzinfo)) - begins
    minutes = round(length.total_seconds() / 60) if isinstance(length, dt.timedelta) else 0
    start = as_local(begins).replace(second=0, microsecond=0)
    return start, minutes if minutes > 0 else DEFAULT_MINUTES


def _emails(event: icalendar.Component) -> list[tuple[str, Any]]:
    """(lower-cased email, property) of each ATTENDEE with a mailto: address."""
    found = event.get("ATTENDEE", [])
    found = found if isinstance(found, list) else [found]
    out = []
    for prop in found:
        address = str(prop).strip()
        if address.lower().startswith("mailto:"):
            out.append((address[len("mailto:") :].strip().lower(), prop))
    return out


def _uid_by_email(email: str, refs: Refs) -> str | None:
    contact = refs.contact_by_email(email) if email else None
    return refs.contact_uid(contact) if contact is not None else None


def parse(text: str, refs: Refs) -> tuple[str, Fields | None] | None:
    """(UID, fields) of an event; (UID, None) when it is cancelled; None when it is no
    meeting of ours (not one single event, recurring, without a UID or a start)."""
    event = single(read_calendar(text), "VEVENT")
    if event is None:
        return None
    uid = text_of(event, "UID")
    if text_of(event, "STATUS").upper() == "CANCELLED":
        return uid, None
    when = _when(event)
    if when is None:
        return None
    kind = text_of(event, "X-GIVEBACK-KIND").lower()
    agenda, notes = split_description(text_of(event, "DESCRIPTION"))
    attendees = {_uid_by_email(email, refs) for email, _prop in _emails(event)}
    return uid, {
        "start": utc_text(when[0]),
        "duration_minutes": when[1],
        "kind": kind if kind in KINDS else "other",
        "place": one_line(text_of(event, "LOCATION")),
        "summary": text_of(event, "SUMMARY"),
        "agenda": agenda,
        "notes": notes,
        "outcome": text_of(event, "X-GIVEBACK-OUTCOME"),
        "attendees": sorted(u for u in attendees if u),
    }


def _write_when(event: icalendar.Component, fields: Fields) -> None:
    start = from_utc_text(fields["start"])
    minutes = int(fields["duration_minutes"])
    old = event["DTSTART"].dt if "DTSTART" in event else None
    days, rest = divmod(minutes - ALL_DAY_MINUTES, 24 * 60)
    if isinstance(old, dt.date) and not isinstance(old, dt.datetime):
        if start.time() == ALL_DAY_START and rest == 0 and days >= 0:  # still all-day
            put(event, "DTSTART", start.date())
            event.pop("DURATION", None)
            put(event, "DTEND", start.date() + dt.timedelta(days=days + 1))
            return
    if (
        isinstance(old, dt.datetime)
        and old.tzinfo is not None
        and "TZID" in event["DTSTART"].params
    ):
        begins = start.astimezone(old.tzinfo)  # the zone the event was written in
        params = {"TZID": event["DTSTART"].params["TZID"]}
    elif isinstance(old, dt.datetime) and old.tzinfo is None:
        begins, params = start, {}  # floating stays floating
    else:
        begins, params = start.astimezone(dt.UTC), {}
    put(event, "DTSTART", begins, params)
    if "DURATION" in event:
        put(event, "DURATION", dt.timedelta(minutes=minutes))
    else:
        put(event, "DTEND", begins + dt.timedelta(minutes=minutes), params)


def _write_attendees(event: icalendar.Component, wanted: list[str], refs: Refs) -> None:
    """ATTENDEEs for the contacts *wanted*: others' entries kept with their parameters,
    emails that are no contact kept, contacts no longer wanted dropped, new ones added."""
    keep, seen = [], set()
    for email, prop in _emails(event):
        uid = _uid_by_email(email, refs)
        if uid is None or uid in wanted:
            keep.append(prop)
            seen.add(uid)
    others = event.get("ATTENDEE", [])
    others = others if isinstance(others, list) else [others]
    keep += [p for p in others if not str(p).strip().lower().startswith("mailto:")]
    missing = [uid for uid in wanted if uid not in seen]
    people = _people([i for i in (refs.contact_id(u) for u in missing) if i is not None])
    for cid in sorted(people, key=lambda c: (people[c][0].casefold(), c)):
        name, email = people[cid]
        prop = icalendar.vCalAddress(f"mailto:{email}")
        prop.params["CN"] = name
        prop.params["SCHEDULE-AGENT"] = "CLIENT"
        keep.append(prop)
    event.pop("ATTENDEE", None)
    for prop in keep:
        event.add("ATTENDEE", prop, encode=False)


def render(base_text: str | None, uid: str, fields: Fields, changed: set[str], refs: Refs) -> str:
    """The event's text: a new one (*base_text* None) or *base_text* with only the
    properties behind *changed* rewritten, and SEQUENCE, DTSTAMP, LAST-MODIFIED bumped."""
    cal = read_calendar(base_text) if base_text is not None else None
    event = single(cal, "VEVENT")
    if event is None:
        event = icalendar.Event()
        cal = new_item(event, uid)
        changed = set(_MEETING_PROPS)
    elif changed & set(_MEETING_PROPS):
        touched(event)
    if changed & {"start", "duration_minutes"}:
        _write_when(event, fields)
    if "kind" in changed:
        put(event, "X-GIVEBACK-KIND", fields["kind"])
    if "place" in changed:
        put(event, "LOCATION", fields["place"])
    if "summary" in changed:
        put(event, "SUMMARY", fields["summary"])
    if changed & {"agenda", "notes"}:
        put(event, "DESCRIPTION", description(fields["agenda"], fields["notes"]))
    if "outcome" in changed:
        put(event, "X-GIVEBACK-OUTCOME", fields["outcome"])
    if "attendees" in changed:
        _write_attendees(event, list(fields["attendees"]), refs)
    return serialise(cal)


# Meetings: the database side ---------------------------------------------------------
def _people(contact_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """contact id -> (name, email) of these contacts."""
    ids = sorted(set(contact_ids))
    found: dict[int, tuple[str, str]] = {}
    for chunk in chunks(ids):
        rows = database_proxy.execute_sql(
            f"SELECT id, full_name, email FROM contact WHERE id IN ({marks(chunk)})", chunk
        )
        found.update((cid, (name, (email or "").strip())) for cid, name, email in rows)
    return found


def _attendees(meeting_ids: list[int]) -> dict[int, list[tuple[int, str, str]]]:
    """meeting id -> [(contact id, name, email)], by name."""
    people: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for chunk in chunks(meeting_ids):
        rows = database_proxy.execute_sql(
            "SELECT a.meeting_id, c.id, c.full_name, c.email FROM meeting_attendee a "
            f"JOIN contact c ON c.id = a.contact_id WHERE a.meeting_id IN ({marks(chunk)}) "
            "ORDER BY a.meeting_id, lower(c.full_name), c.id",
            chunk,
        )
        for mid, cid, name, email in rows:
            people[mid].append((cid, name, (email or "").strip()))
    return people


def _on_server(people: list[tuple[int, str, str]], refs: Refs) -> list[str]:
    """The sorted UIDs of the attendees an event can carry (a contact UID and an email)."""
    uids = (refs.contact_uid(cid) for cid, _name, email in people if email)
    return sorted({u for u in uids if u})


def local_fields(ids: Iterable[int] | None = None, refs: Refs | None = None) -> dict[int, Fields]:
    """The fields of every meeting here (or of those *ids*), read in a few queries."""
    if ids is None:
        wanted = [m for (m,) in database_proxy.execute_sql("SELECT id FROM meeting")]
    else:
        wanted = sorted(set(ids))
    people = _attendees(wanted)
    out: dict[int, Fields] = {}
    for chunk in chunks(wanted):
        rows = database_proxy.execute_sql(
            "SELECT id, starts_at, duration_minutes, kind, place, goal, agenda, notes, outcome "
            f"FROM meeting WHERE id IN ({marks(chunk)})",
            chunk,
        )
        for mid, starts, minutes, kind, place, goal, agenda, notes, outcome in rows:
            begins = dt.datetime.fromisoformat(str(starts)).replace(tzinfo=None, second=0)
            names = [name for _cid, name, _email in people[mid]]
            out[mid] = {
                "start": utc_text(begins),
                "duration_minutes": int(minutes),
                "kind": kind,
                "place": place,
                "summary": (goal or "").strip() or generated_title(kind, names),
                "agenda": (agenda or "").rstrip(),
                "notes": (notes or "").rstrip(),
                "outcome": (outcome or "").rstrip(),
                "attendees": _on_server(people[mid], refs) if refs is not None else [],
            }
    return out


def _goal(summary: str, kind: str, meeting_id: int) -> str:
    names = [name for _cid, name, _email in _attendees([meeting_id])[meeting_id]]
    return "" if summary == generated_title(kind, names) else summary.strip()


def _set_attendees(meeting_id: int, contact_ids: set[int]) -> set[int]:
    """Make these the meeting's attendees; returns everyone whose meetings changed."""
    before = {cid for cid, _n, _e in _attendees([meeting_id])[meeting_id]}
    gone, new = before - contact_ids, contact_ids - before
    if gone:
        MeetingAttendee.delete().where(
            (MeetingAttendee.meeting == meeting_id) & MeetingAttendee.contact.in_(sorted(gone))
        ).execute()
    for cid in sorted(new):
        MeetingAttendee.create(meeting=meeting_id, contact=cid)
    return gone | new


def _apply(meeting: Meeting, fields: Fields, changed: set[str]) -> None:
    if "start" in changed:
        meeting.starts_at = from_utc_text(fields["start"])
    if "duration_minutes" in changed:
        meeting.duration_minutes = max(int(fields["duration_minutes"]), 1)
    if "kind" in changed:
        meeting.kind = fields["kind"] if fields["kind"] in KINDS else "other"
    if "place" in changed:
        meeting.place = one_line(fields["place"])
    for name in ("agenda", "notes", "outcome"):
        if name in changed:
            setattr(meeting, name, (fields[name] or "").rstrip())


def _after(meeting_id: int, touched_ids: set[int]) -> None:
    everyone = touched_ids | {cid for cid, _n, _e in _attendees([meeting_id])[meeting_id]}
    indexing.reindex_contacts(everyone)
    last_contact.refresh(everyone)


def create_local(fields: Fields, refs: Refs) -> int:
    """A new meeting from an event; returns its id."""
    meeting = Meeting(starts_at=from_utc_text(fields["start"]))
    _apply(meeting, fields, set(fields) - {"summary", "attendees"})
    meeting.save()
    ids = {i for i in (refs.contact_id(u) for u in fields["attendees"]) if i is not None}
    people = _set_attendees(meeting.id, ids)
    meeting.goal = _goal(fields["summary"], meeting.kind, meeting.id)
    meeting.save()
    _after(meeting.id, people)
    return meeting.id


def update_local(local_id: int, fields: Fields, changed: set[str], refs: Refs) -> None:
    """Write the *changed* fields of an event into meeting *local_id*. Attendees the
    event cannot carry (no email, or not synced yet) stay."""
    meeting = Meeting.get_or_none(Meeting.id == local_id)
    if meeting is None:
        return
    _apply(meeting, fields, changed)
    people: set[int] = set()
    if "attendees" in changed:
        now = _attendees([local_id])[local_id]
        on_server = set(_on_server(now, refs))
        stay = {cid for cid, _n, email in now if refs.contact_uid(cid) not in on_server}
        wanted = {i for i in (refs.contact_id(u) for u in fields["attendees"]) if i is not None}
        people = _set_attendees(local_id, stay | wanted)
    if "summary" in changed:
        meeting.goal = _goal(fields["summary"], meeting.kind, local_id)
    meeting.save()
    _after(local_id, people)


def remove_local(local_id: int) -> None:
    """The event is gone or cancelled on the server: the meeting is deleted here."""
    people = {cid for cid, _n, _e in _attendees([local_id])[local_id]}
    Meeting.delete().where(Meeting.id == local_id).execute()
    indexing.reindex_contacts(people)
    last_contact.refresh(people)


_LABELS = {
    "start": "Starts",
    "duration_minutes": "Length (minutes)",
    "kind": "Kind",
    "place": "Place",
    "summary": "Title",
    "agenda": "Agenda",
    "notes": "Notes",
    "outcome": "Outcome",
    "attendees": "People",
}


def describe(field: str) -> str:
    """A label for the Conflicts page."""
    return _LABELS.get(field, field)


MEETINGS = SimpleNamespace(
    KIND="meeting",
    parse=parse,
    render=render,
    local_fields=local_fields,
    create_local=create_local,
    update_local=update_local,
    remove_local=remove_local,
    describe=describe,
)
