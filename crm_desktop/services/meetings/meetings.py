"""Meetings with contacts: plan them, note them, list them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crm_desktop.errors import InvalidInput, NotFound
from crm_desktop.services import events
from crm_desktop.services.contacts import last_contact
from crm_desktop.services.rows import one
from crm_desktop.services.storage import storage_errors
from crm_desktop.services.text import one_line, translate
from crm_desktop.store import indexing
from crm_desktop.store.chunks import chunks
from crm_desktop.store.models import Contact, Meeting, MeetingAttendee, database_proxy

KINDS = ("coffee", "call", "video", "lunch", "event", "email", "other")
KIND_LABELS = {
    "coffee": "Coffee",
    "call": "Call",
    "video": "Video call",
    "lunch": "Lunch",
    "event": "Event",
    "email": "Email exchange",
    "other": "Other",
}


@dataclass
class MeetingInput:
    contact_ids: list[int]
    starts_at: dt.datetime
    kind: str = "coffee"
    place: str = ""
    duration_minutes: int = 30
    goal: str = ""
    agenda: str = ""
    notes: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    starts_at: dt.datetime
    duration_minutes: int
    kind: str
    place: str
    goal: str
    agenda: str
    notes: str
    attendee_ids: tuple[int, ...]
    attendee_names: tuple[str, ...] = field(default=())
    outcome: str = ""

    @property
    def kind_label(self) -> str:
        return translate("labels", KIND_LABELS.get(self.kind, self.kind.title()))

    @property
    def with_whom(self) -> str:
        return ", ".join(self.attendee_names)

    def to_input(self) -> MeetingInput:
        return MeetingInput(
            contact_ids=list(self.attendee_ids),
            starts_at=self.starts_at,
            kind=self.kind,
            place=self.place,
            duration_minutes=self.duration_minutes,
            goal=self.goal,
            agenda=self.agenda,
            notes=self.notes,
            outcome=self.outcome,
        )


def parse_when(text: str) -> dt.datetime:
    """Read "YYYY-MM-DD HH:MM" (or an ISO date-time) as the user's local time."""
    try:
        return dt.datetime.fromisoformat(text.strip()).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        raise InvalidInput(
            translate(
                "meetings", "“{text}” is not a date and time; write it as YYYY-MM-DD HH:MM."
            ).format(text=text)
        ) from None


def _validated(data: MeetingInput) -> MeetingInput:
    ids = list(dict.fromkeys(data.contact_ids))
    if not ids:
        raise InvalidInput(translate("meetings", "A meeting needs at least one person."))
    found = {c for (c,) in Contact.select(Contact.id).where(Contact.id.in_(ids)).tuples()}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(translate("meetings", "No contact with id {id}.").format(id=missing[0]))
    if data.kind not in KINDS:
        raise InvalidInput(
            translate("meetings", "A meeting is one of: {items} (not “{kind}”).").format(
                items=", ".join(KINDS), kind=data.kind
            )
        )
    if not isinstance(data.starts_at, dt.datetime):
        raise InvalidInput(translate("meetings", "A meeting needs a date and time."))
    if data.duration_minutes <= 0:
        raise InvalidInput(translate("meetings", "A meeting lasts at least a minute."))
    return MeetingInput(
        contact_ids=ids,
        starts_at=data.starts_at.replace(second=0, microsecond=0, tzinfo=None),
        kind=data.kind,
        place=one_line(data.place),
        duration_minutes=int(data.duration_minutes),
        goal=(data.goal or "").strip(),
        agenda=(data.agenda or "").rstrip(),
        notes=(data.notes or "").rstrip(),
        outcome=(data.outcome or "").rstrip(),
    )


def _record(meeting: Meeting) -> MeetingRecord:
    people = list(
        Contact.select(Contact.id, Contact.full_name)
        .join(MeetingAttendee)
        .where(MeetingAttendee.meeting == meeting)
        .order_by(Contact.full_name)
        .tuples()
    )
    return MeetingRecord(
        id=meeting.id,
        starts_at=meeting.starts_at,
        duration_minutes=meeting.duration_minutes,
        kind=meeting.kind,
        place=meeting.place,
        goal=meeting.goal,
        agenda=meeting.agenda,
        notes=meeting.notes,
        attendee_ids=tuple(p[0] for p in people),
        attendee_names=tuple(p[1] for p in people),
        outcome=meeting.outcome,
    )


def _apply(meeting: Meeting, data: MeetingInput) -> set[int]:
    """Write *data* into *meeting*; returns every contact whose search text changes."""
    before = {
        c
        for (c,) in MeetingAttendee.select(MeetingAttendee.contact)
        .where(MeetingAttendee.meeting == meeting)
        .tuples()
    }
    for name in (
        "starts_at",
        "kind",
        "place",
        "duration_minutes",
        "goal",
        "agenda",
        "notes",
        "outcome",
    ):
        setattr(meeting, name, getattr(data, name))
    meeting.save()
    MeetingAttendee.delete().where(MeetingAttendee.meeting == meeting).execute()
    for cid in data.contact_ids:
        MeetingAttendee.create(meeting=meeting, contact=cid)
    return before | set(data.contact_ids)


@storage_errors
def create_meeting(data: MeetingInput) -> MeetingRecord:
    data = _validated(data)
    with database_proxy.atomic():
        meeting = Meeting(starts_at=data.starts_at)
        touched = _apply(meeting, data)
        indexing.reindex_contacts(touched)
        last_contact.refresh(touched)
    events.emit("meetings", "contacts")
    return _record(meeting)


@storage_errors
def update_meeting(meeting_id: int, data: MeetingInput) -> MeetingRecord:
    data = _validated(data)
    with database_proxy.atomic():
        touched = _apply(one(Meeting, meeting_id, "meeting"), data)
        indexing.reindex_contacts(touched)
        last_contact.refresh(touched)
    events.emit("meetings", "contacts")
    return get_meeting(meeting_id)


@storage_errors
def delete_meeting(meeting_id: int) -> None:
    with database_proxy.atomic():
        meeting = one(Meeting, meeting_id, "meeting")
        touched = [a.contact_id for a in meeting.attendees]
        meeting.delete_instance()
        indexing.reindex_contacts(touched)
        last_contact.refresh(touched)
    events.emit("meetings", "contacts")


def get_meeting(meeting_id: int) -> MeetingRecord:
    return _record(one(Meeting, meeting_id, "meeting"))


def list_meetings(
    when: str = "all",
    now: dt.datetime | None = None,
    contact_id: int | None = None,
    kind: str | None = None,
    day: dt.date | None = None,
    since: dt.datetime | None = None,
    limit: int | None = None,
) -> list[MeetingRecord]:
    """``upcoming`` (soonest first), ``past`` (latest first) or ``all`` (latest first),
    only those with *contact_id*, of *kind*, on *day* and from *since* when given,
    at most *limit* of them."""
    now = now or dt.datetime.now()
    query = Meeting.select()
    if since is not None:
        query = query.where(Meeting.starts_at >= since)
    if day is not None:
        start = dt.datetime.combine(day, dt.time())
        query = query.where(
            (Meeting.starts_at >= start) & (Meeting.starts_at < start + dt.timedelta(days=1))
        )
    if contact_id is not None:
        query = query.where(
            Meeting.id.in_(
                MeetingAttendee.select(MeetingAttendee.meeting).where(
                    MeetingAttendee.contact == contact_id
                )
            )
        )
    if kind:
        query = query.where(Meeting.kind == kind)
    if when == "upcoming":
        query = query.where(Meeting.starts_at >= now).order_by(Meeting.starts_at)
    elif when == "past":
        query = query.where(Meeting.starts_at < now).order_by(Meeting.starts_at.desc())
    else:
        query = query.order_by(Meeting.starts_at.desc())
    if limit is not None:
        query = query.limit(limit)
    return _with_attendees(list(query))


def _with_attendees(meetings: list[Meeting]) -> list[MeetingRecord]:
    """Records of *meetings* with their attendees, read in one query per 500 meetings."""
    if not meetings:
        return []
    people: dict[int, list[tuple[int, str]]] = {m.id: [] for m in meetings}
    ids = list(people)
    for chunk in chunks(ids):
        rows = (
            MeetingAttendee.select(MeetingAttendee.meeting, Contact.id, Contact.full_name)
            .join(Contact)
            .where(MeetingAttendee.meeting.in_(chunk))
            .order_by(Contact.full_name)
            .tuples()
        )
        for mid, cid, name in rows:
            people[mid].append((cid, name))
    return [
        MeetingRecord(
            id=m.id,
            starts_at=m.starts_at,
            duration_minutes=m.duration_minutes,
            kind=m.kind,
            place=m.place,
            goal=m.goal,
            agenda=m.agenda,
            notes=m.notes,
            attendee_ids=tuple(p[0] for p in people[m.id]),
            attendee_names=tuple(p[1] for p in people[m.id]),
            outcome=m.outcome,
        )
        for m in meetings
    ]


@storage_errors
def save_notes(meeting_id: int, notes: str | None = None, outcome: str | None = None) -> bool:
    """Write what was typed in a meeting's notes or outcome as the user types.

    Only the fields given are written; returns False when nothing changed. The
    attendees' search text follows, so notes are found by the contact search.
    """
    with database_proxy.atomic():
        meeting = one(Meeting, meeting_id, "meeting")
        changed = False
        if notes is not None and notes.rstrip() != meeting.notes:
            meeting.notes = notes.rstrip()
            changed = True
        if outcome is not None and outcome.rstrip() != meeting.outcome:
            meeting.outcome = outcome.rstrip()
            changed = True
        if not changed:
            return False
        meeting.save()
        indexing.reindex_contacts(a.contact_id for a in meeting.attendees)
    events.emit("meetings")
    return True


def _on_day(day: dt.date):
    start = dt.datetime.combine(day, dt.time())
    return Meeting.select().where(
        (Meeting.starts_at >= start) & (Meeting.starts_at < start + dt.timedelta(days=1))
    )


def today_meetings(now: dt.datetime | None = None, limit: int | None = None) -> list[MeetingRecord]:
    """The meetings on *now*'s day, earliest first, at most *limit* of them."""
    now = now or dt.datetime.now()
    query = _on_day(now.date()).order_by(Meeting.starts_at, Meeting.id)
    if limit is not None:
        query = query.limit(limit)
    return _with_attendees(list(query))


def count_today_meetings(now: dt.datetime | None = None) -> int:
    """How many meetings there are on *now*'s day."""
    return _on_day((now or dt.datetime.now()).date()).count()


def attendees() -> list[tuple[int, str]]:
    """(id, name) of everyone who is in at least one meeting, by name."""
    rows = (
        Contact.select(Contact.id, Contact.full_name)
        .where(Contact.id.in_(MeetingAttendee.select(MeetingAttendee.contact)))
        .tuples()
    )
    return sorted(rows, key=lambda r: (r[1].casefold(), r[0]))


def meetings_with(contact_id: int) -> list[MeetingRecord]:
    """Every meeting with this contact, latest first."""
    ids = [
        m
        for (m,) in MeetingAttendee.select(MeetingAttendee.meeting)
        .where(MeetingAttendee.contact == contact_id)
        .tuples()
    ]
    query = Meeting.select().where(Meeting.id.in_(ids)).order_by(Meeting.starts_at.desc())
    return [_record(m) for m in query]


def meeting_to_prepare(contact_id: int, now: dt.datetime | None = None) -> MeetingRecord | None:
    """The next meeting with this contact, else the last one, else None."""
    now = now or dt.datetime.now()
    meetings = meetings_with(contact_id)
    upcoming = [m for m in meetings if m.starts_at >= now]
    if upcoming:
        return min(upcoming, key=lambda m: m.starts_at)
    return meetings[0] if meetings else None
