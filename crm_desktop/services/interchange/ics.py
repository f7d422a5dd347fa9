"""Meetings out as iCalendar (.ics), for any calendar program.

Times are written *floating* (no time zone): Giveback stores a meeting as the
wall-clock time the user typed ("10:30"), with no zone. A floating time is the
same wall-clock time in the calendar, which is what the user meant; a TZID
would claim a zone Giveback never recorded (and would need a VTIMEZONE and the
zone's name, which the platform does not reliably give), and UTC would shift
every meeting if the clock's zone was not the one in force when it was typed.

Each meeting's UID is ``meeting-<id>@giveback.local``: importing a newer
export into the same calendar updates the events instead of duplicating them.
Text is escaped by the icalendar library; control characters are dropped.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from collections.abc import Iterable

import icalendar

from crm_desktop import __version__
from crm_desktop.services.interchange.files import own_connection, private_file
from crm_desktop.services.interchange.plan import clean_text
from crm_desktop.services.meetings.meetings import KIND_LABELS
from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import database_proxy

UID_DOMAIN = "giveback.local"
_MAILTO = re.compile(r"^[^\s@<>\"():;,\\]+@[^\s@<>\"():;,\\]+$")


def _datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _meeting_ids(contact_ids: Iterable[int] | None) -> list[int]:
    if contact_ids is None:
        rows = database_proxy.execute_sql("SELECT id FROM meeting ORDER BY starts_at, id")
        return [mid for (mid,) in rows]
    ids = sorted(set(contact_ids))
    found: set[int] = set()
    for chunk in chunks(ids):
        rows = database_proxy.execute_sql(
            "SELECT DISTINCT meeting_id FROM meeting_attendee "
            f"WHERE contact_id IN ({marks(chunk)})",
            chunk,
        )
        found.update(mid for (mid,) in rows)
    return sorted(found)


def _description(goal: str, agenda: str, notes: str, outcome: str, no_email: list[str]) -> str:
    parts = []
    if no_email:
        parts.append("With: " + ", ".join(no_email))
    for label, text in (("Goal", goal), ("Agenda", agenda), ("Notes", notes),
                        ("Outcome", outcome)):  # fmt: skip
        text = clean_text(text, multiline=True)
        if text:
            parts.append(f"{label}:\n{text}" if "\n" in text else f"{label}: {text}")
    return "\n\n".join(parts)


def calendar_for(meeting_ids: list[int]) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Giveback//Giveback {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for chunk in chunks(meeting_ids):
        people = defaultdict(list)
        for mid, name, email in database_proxy.execute_sql(
            "SELECT a.meeting_id, c.full_name, c.email FROM meeting_attendee a "
            f"JOIN contact c ON c.id = a.contact_id WHERE a.meeting_id IN ({marks(chunk)}) "
            "ORDER BY a.meeting_id, lower(c.full_name), c.id",
            chunk,
        ):
            people[mid].append((clean_text(name), clean_text(email)))
        rows = database_proxy.execute_sql(
            "SELECT id, starts_at, duration_minutes, kind, place, goal, agenda, notes, outcome, "
            f"created_at FROM meeting WHERE id IN ({marks(chunk)}) ORDER BY starts_at, id",
            chunk,
        )
        for mid, starts, minutes, kind, place, goal, agenda, notes, outcome, created in rows:
            begins = _datetime(starts).replace(tzinfo=None)
            names = [name for name, _email in people[mid]]
            label = KIND_LABELS.get(kind, clean_text(kind).title() or "Meeting")
            event = icalendar.Event()
            event.add("uid", f"meeting-{mid}@{UID_DOMAIN}")
            event.add("dtstamp", stamp)
            event.add("created", _datetime(created).astimezone(dt.UTC))
            event.add("dtstart", begins)
            event.add("dtend", begins + dt.timedelta(minutes=max(int(minutes or 0), 1)))
            event.add("summary", f"{label} with {', '.join(names)}" if names else label)
            if clean_text(place):
                event.add("location", clean_text(place))
            no_email = [name for name, email in people[mid] if not _MAILTO.match(email)]
            description = _description(goal, agenda, notes, outcome, no_email)
            if description:
                event.add("description", description)
            event.add("categories", [label])
            for name, email in people[mid]:
                if _MAILTO.match(email):
                    attendee = icalendar.vCalAddress(f"mailto:{email}")
                    attendee.params["cn"] = icalendar.vText(name.replace('"', "'"))
                    attendee.params["role"] = icalendar.vText("REQ-PARTICIPANT")
                    event.add("attendee", attendee, encode=0)
            cal.add_component(event)
    return cal


def export_ics(path: str | os.PathLike[str], contact_ids: Iterable[int] | None = None) -> int:
    """Write the meetings (all, or those any of *contact_ids* attended) to *path*;
    returns how many."""
    with own_connection():
        ids = _meeting_ids(contact_ids)
        data = calendar_for(ids).to_ical()
    with private_file(path, "wb") as handle:
        handle.write(data)
    return len(ids)
