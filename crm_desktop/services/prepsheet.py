"""Prep sheets: one page to read before meeting someone.

``compose`` gathers what the sheet says; ``to_html`` fills the template in
``resources/templates``. Every value is escaped: text the user typed or imported
is shown as typed, never read as markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from string import Template

from crm_desktop import resources
from crm_desktop.services import contacts, meetings, referrals
from crm_desktop.services.contacts import ContactRecord
from crm_desktop.services.errors import InvalidInput
from crm_desktop.services.meetings import MeetingRecord
from crm_desktop.services.text import escape as _e
from crm_desktop.services.text import escape_lines as _multiline

PAST_MEETINGS_SHOWN = 5
NOTE_LINES = 7


@dataclass(frozen=True)
class PrepSheet:
    contact: ContactRecord
    meeting: MeetingRecord | None
    chain: list[str]
    placed: bool
    thanks: list[str]
    past_meetings: list[MeetingRecord]
    generated_on: dt.date


def compose(
    contact_id: int | None = None,
    meeting_id: int | None = None,
    now: dt.datetime | None = None,
) -> PrepSheet:
    """The sheet for a meeting (its first attendee) or for a contact (their next,
    else last, meeting)."""
    now = now or dt.datetime.now()
    meeting = meetings.get_meeting(meeting_id) if meeting_id is not None else None
    if contact_id is None:
        if meeting is None:
            raise InvalidInput("A prep sheet is for a contact or a meeting.")
        contact_id = meeting.attendee_ids[0]
    elif meeting is None:
        meeting = meetings.meeting_to_prepare(contact_id, now)
    contact = contacts.get_contact(contact_id)
    placed = referrals.placement(contact_id) is not None
    past = [
        m
        for m in meetings.meetings_with(contact_id)
        if m.starts_at < now and (meeting is None or m.id != meeting.id)
    ]
    return PrepSheet(
        contact=contact,
        meeting=meeting,
        chain=referrals.chain_names(contact_id) if placed else [referrals.ME, contact.full_name],
        placed=placed,
        thanks=referrals.whom_to_thank(contact_id) if placed else [],
        past_meetings=past[:PAST_MEETINGS_SHOWN],
        generated_on=now.date(),
    )


def format_when(when: dt.datetime) -> str:
    return f"{when:%a %d %b %Y}, {when:%H:%M}"


def _meeting_line(meeting: MeetingRecord | None) -> str:
    if meeting is None:
        return '<span class="muted">No meeting planned yet</span>'
    same = meeting.place.casefold() == meeting.kind_label.casefold()
    where = f" · {_e(meeting.place)}" if meeting.place and not same else ""
    return (
        f"<b>{_e(format_when(meeting.starts_at))}</b><br/>"
        f"{_e(meeting.kind_label)}, {meeting.duration_minutes} min{where}"
    )


def _details(c: ContactRecord) -> str:
    rows = [
        ("Email", c.email),
        ("Phone", c.phone),
        ("LinkedIn", c.linkedin_url),
        ("Tags", ", ".join(c.tags)),
    ]
    shown = [
        f'<tr><td class="label">{_e(label)}</td><td>{_e(value)}</td></tr>'
        for label, value in rows
        if value
    ]
    return "".join(shown) or '<tr><td class="muted">No details recorded.</td></tr>'


def _plan(meeting: MeetingRecord | None) -> str:
    if meeting is None:
        return '<p class="muted">Nothing planned. Add a meeting to write a goal and agenda.</p>'
    parts = []
    if meeting.goal:
        parts.append(f"<p><b>Goal:</b> {_multiline(meeting.goal)}</p>")
    if meeting.agenda:
        parts.append(f"<p><b>Agenda</b><br/>{_multiline(meeting.agenda)}</p>")
    if not parts:
        parts.append('<p class="muted">No agenda written yet.</p>')
    parts.append(
        '<p class="muted">Keep it short and pleasant: thank them for their time, '
        "and end when you said you would.</p>"
    )
    return "".join(parts)


def _history(past: list[MeetingRecord]) -> str:
    if not past:
        return '<p class="muted">This is your first meeting.</p>'
    items = []
    for m in past:
        notes = _multiline(m.notes) if m.notes else '<span class="muted">No notes.</span>'
        items.append(
            f'<p><span class="meeting-date">{m.starts_at:%d %b %Y}</span> '
            f'<span class="muted">· {_e(m.kind_label)}</span><br/>{notes}</p>'
        )
    return "".join(items)


def _thanks(sheet: PrepSheet) -> str:
    if not sheet.placed:
        return '<span class="muted">You have not recorded who introduced you.</span>'
    if not sheet.thanks:
        return '<span class="muted">You met directly.</span>'
    first = _e(sheet.thanks[0])
    text = f"Thank <b>{first}</b> for the introduction"
    if len(sheet.thanks) > 1:
        text += f" (and {_e(', '.join(sheet.thanks[1:]))} further up the chain)"
    return text + "."


def to_html(sheet: PrepSheet) -> str:
    c = sheet.contact
    role = " at ".join(_e(p) for p in (c.title, c.company) if p)
    how = f"<p><b>How we met:</b> {_multiline(c.how_we_met)}</p>" if c.how_we_met else ""
    notes = f"<p><b>Notes:</b><br/>{_multiline(c.notes)}</p>" if c.notes else ""
    template = Template(resources.read_text("templates", "prep_sheet.html"))
    return template.substitute(
        name=_e(c.full_name),
        role=role or '<span class="muted">No title or company recorded</span>',
        meeting_line=_meeting_line(sheet.meeting),
        chain=" → ".join(_e(n) for n in sheet.chain),
        thanks=_thanks(sheet),
        details=_details(c),
        how_we_met=how,
        notes=notes,
        plan=_plan(sheet.meeting),
        history=_history(sheet.past_meetings),
        note_lines='<tr><td class="line">&nbsp;</td></tr>' * NOTE_LINES,
        generated=_e(f"{sheet.generated_on:%d %B %Y}"),
    )


def sheet_title(sheet: PrepSheet) -> str:
    when = f" — {sheet.meeting.starts_at:%Y-%m-%d}" if sheet.meeting else ""
    return f"Prep sheet: {sheet.contact.full_name}{when}"
