"""Prep sheets: the page a person reads in the café before the meeting.

``compose`` gathers what the sheet says; ``to_html`` fills the template in
``resources/templates``. Every value is escaped: text the user typed or imported
is shown as typed, never read as markup. Sections can be switched off
(``PrepOptions``, remembered in the data folder's settings).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from string import Template

from crm_desktop import resources
from crm_desktop.errors import InvalidInput
from crm_desktop.services import settings
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactRecord
from crm_desktop.services.giving import insights, ledger
from crm_desktop.services.giving.insights import InsightRecord
from crm_desktop.services.giving.ledger import Balance, LedgerRecord
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.followups import FollowUpRecord
from crm_desktop.services.meetings.meetings import MeetingRecord
from crm_desktop.services.text import escape as _e
from crm_desktop.services.text import escape_lines as _multiline
from crm_desktop.services.text import show_date
from crm_desktop.store.models import Company, Contact, MeetingAttendee

PAST_MEETINGS_SHOWN = 12
KEY_NOTE_LINES = 4
NOTE_LINES = 9
GIVE_ASK_SHOWN = 5
CAN_GIVE_SHOWN = 6
SETTINGS_KEY = "prep_sheet"


@dataclass
class PrepOptions:
    """Which sections the sheet shows, and on what paper."""

    connection: bool = True
    about: bool = True
    history: bool = True
    give_and_ask: bool = True
    plan: bool = True
    notes_area: bool = True
    paper: str = "auto"  # "auto" (from the locale), "a4" or "letter"


SECTION_LABELS = {
    "connection": "How you are connected",
    "about": "Who they are, their story, questions to ask",
    "history": "Past meetings and open follow-ups",
    "give_and_ask": "Give and ask",
    "plan": "Your plan",
    "notes_area": "Lines for notes",
}


def load_options() -> PrepOptions:
    """The options last saved; a damaged value (say "no" for a switch) gives its default."""
    saved = settings.get(SETTINGS_KEY)
    defaults = asdict(PrepOptions())
    values = {
        k: v
        for k, v in (saved.items() if isinstance(saved, dict) else ())
        if k in defaults and type(v) is type(defaults[k])
    }
    options = PrepOptions(**values)
    if options.paper not in ("a4", "letter"):
        options.paper = "auto"
    return options


def save_options(options: PrepOptions) -> None:
    settings.put(SETTINGS_KEY, asdict(options))


@dataclass(frozen=True)
class PrepSheet:
    contact: ContactRecord
    meeting: MeetingRecord | None
    chain: list[str]
    placed: bool
    thanks: list[str]
    past_meetings: list[MeetingRecord]
    generated_on: dt.date
    introduced: list[str] = field(default_factory=list)
    met_with_them: list[str] = field(default_factory=list)
    colleagues: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    more_past_meetings: int = 0
    balance: Balance | None = None
    asks: list[LedgerRecord] = field(default_factory=list)
    gives: list[LedgerRecord] = field(default_factory=list)
    they_gave: list[LedgerRecord] = field(default_factory=list)
    can_give: list[InsightRecord] = field(default_factory=list)
    open_followups: list[FollowUpRecord] = field(default_factory=list)


def _initials(name: str) -> str:
    words = ["".join(ch for ch in w if ch.isalnum()) for w in re.split(r"[\s\-]+", name)]
    words = [w for w in words if w]
    if not words:
        return "?"
    if len(words) == 1 or not words[0][0].isascii():
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def _questions(
    contact: ContactRecord, meeting: MeetingRecord | None, past: list[MeetingRecord]
) -> list[str]:
    """Questions the user already wrote down: lines ending in "?" in their notes
    on this person, this meeting's plan and past meetings, newest first."""
    texts = []
    if meeting is not None:
        texts += [meeting.goal, meeting.agenda, meeting.notes]
    texts += [contact.notes, contact.how_we_met]
    texts += [m.notes for m in past]
    found: list[str] = []
    if contact.expertise:
        first = contact.expertise.splitlines()[0].strip().rstrip(".")
        found.append(f"What have you learned about {first} that most people get wrong?")
    for text in texts:
        for line in (text or "").splitlines():
            line = line.strip().lstrip("-*•·").strip()
            if line.endswith("?") and line not in found:
                found.append(line)
    return found[:8]


def _people_met_with(contact_id: int) -> list[str]:
    """Others who were in meetings with this contact."""
    meeting_ids = MeetingAttendee.select(MeetingAttendee.meeting).where(
        MeetingAttendee.contact == contact_id
    )
    rows = (
        Contact.select(Contact.full_name)
        .join(MeetingAttendee)
        .where(MeetingAttendee.meeting.in_(meeting_ids), Contact.id != contact_id)
        .distinct()
        .order_by(Contact.full_name)
        .tuples()
    )
    return [name for (name,) in rows]


def _colleagues(contact: ContactRecord) -> list[str]:
    if not contact.company:
        return []
    rows = (
        Contact.select(Contact.full_name)
        .join(Company)
        .where(Company.name == contact.company, Contact.id != contact.id)
        .order_by(Contact.full_name)
        .limit(8)
        .tuples()
    )
    return [name for (name,) in rows]


def compose(
    contact_id: int | None = None,
    meeting_id: int | None = None,
    now: dt.datetime | None = None,
) -> PrepSheet:
    """The sheet for a meeting (its first attendee unless *contact_id* names
    another) or for a contact (their next, else last, meeting)."""
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
    introduced = [contacts.get_contact(i).full_name for i in referrals.introduced_by(contact_id)]
    entries = ledger.entries_for(contact_id)
    return PrepSheet(
        contact=contact,
        meeting=meeting,
        chain=referrals.chain_names(contact_id) if placed else [referrals.ME, contact.full_name],
        placed=placed,
        thanks=referrals.whom_to_thank(contact_id) if placed else [],
        past_meetings=past[:PAST_MEETINGS_SHOWN],
        generated_on=now.date(),
        introduced=sorted(introduced),
        met_with_them=_people_met_with(contact_id),
        colleagues=_colleagues(contact),
        questions=_questions(contact, meeting, past),
        more_past_meetings=max(0, len(past) - PAST_MEETINGS_SHOWN),
        balance=ledger.balance(contact_id),
        asks=[e for e in entries if e.direction == "asked"][:GIVE_ASK_SHOWN],
        gives=[e for e in entries if e.direction == "gave"][:GIVE_ASK_SHOWN],
        they_gave=[e for e in entries if e.direction == "they_gave"][:GIVE_ASK_SHOWN],
        can_give=insights.what_i_can_give(contact_id)[:CAN_GIVE_SHOWN],
        open_followups=followups.open_for(contact_id),
    )


def todays_sheets(now: dt.datetime | None = None) -> list[PrepSheet]:
    """One sheet per person for every meeting today, in the day's order."""
    now = now or dt.datetime.now()
    sheets = []
    for meeting in meetings.today_meetings(now):
        for person in meeting.attendee_ids:
            sheets.append(compose(contact_id=person, meeting_id=meeting.id, now=now))
    return sheets


# Rendering -------------------------------------------------------------------------------


def format_when(when: dt.datetime) -> str:
    return show_date(when, weekday=True, time=True)


def _names(names: list[str]) -> str:
    return ", ".join(_e(n) for n in names)


def _meeting_line(meeting: MeetingRecord | None) -> str:
    if meeting is None:
        return '<span class="muted">No meeting planned yet</span>'
    same = meeting.place.casefold() == meeting.kind_label.casefold()
    where = f"<br/>{_e(meeting.place)}" if meeting.place and not same else ""
    return (
        f'<span class="when">{_e(format_when(meeting.starts_at))}</span><br/>'
        f"{_e(meeting.kind_label)}, {meeting.duration_minutes} min{where}"
    )


def _section(title: str, body: str) -> str:
    return (
        f"<h2>{_e(title)}</h2>"
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        '<td class="rule"></td></tr></table>'
        f"{body}"
    )


def _connection(sheet: PrepSheet) -> str:
    parts = [f'<p class="chain">{" → ".join(_e(n) for n in sheet.chain)}</p>']
    if not sheet.placed:
        parts.append('<p class="muted">You have not recorded who introduced you.</p>')
    elif not sheet.thanks:
        parts.append('<p class="muted">You met directly.</p>')
    else:
        text = f"Thank <b>{_e(sheet.thanks[0])}</b> for the introduction"
        if len(sheet.thanks) > 1:
            text += f" (and {_names(sheet.thanks[1:])} further up the chain)"
        parts.append(f"<p>{text}.</p>")
    mutual = []
    if sheet.introduced:
        mutual.append(f"<b>They introduced you to:</b> {_names(sheet.introduced)}")
    if sheet.met_with_them:
        mutual.append(f"<b>You met them with:</b> {_names(sheet.met_with_them)}")
    if sheet.colleagues:
        company = _e(sheet.contact.company)
        mutual.append(f"<b>Also at {company}:</b> {_names(sheet.colleagues)}")
    parts += [f"<p>{line}</p>" for line in mutual]
    return _section("How you are connected", "".join(parts))


def _about(sheet: PrepSheet) -> str:
    c = sheet.contact
    rows = [
        ("Email", c.email),
        ("Phone", c.phone),
        ("LinkedIn", c.linkedin_url),
        ("Location", c.location),
        ("Warmth", c.warmth_label),
        ("Tags", ", ".join(c.tags)),
    ]
    cells = "".join(
        f'<tr><td class="label">{_e(label)}</td><td>{_e(value)}</td></tr>'
        for label, value in rows
        if value
    )
    parts = [f'<table cellspacing="0" cellpadding="1">{cells}</table>'] if cells else []
    if c.story:
        parts.append(f"<p><b>Their story:</b> {_multiline(c.story)}</p>")
    if c.expertise:
        parts.append(f"<p><b>Expert in:</b> {_multiline(c.expertise)}</p>")
    if c.past_jobs:
        jobs = "; ".join(
            " at ".join(_e(p) for p in (job.title, job.company) if p) for job in c.past_jobs
        )
        parts.append(f"<p><b>Before:</b> {jobs}</p>")
    if c.how_we_met:
        parts.append(f"<p><b>How you met:</b> {_multiline(c.how_we_met)}</p>")
    if c.notes:
        parts.append(f"<p><b>Your notes:</b><br/>{_multiline(c.notes)}</p>")
    if sheet.questions:
        items = "".join(f"<li>{_e(q)}</li>" for q in sheet.questions)
        parts.append(f"<p><b>Questions worth asking</b></p><ul>{items}</ul>")
    if not parts:
        parts.append('<p class="muted">Nothing recorded about them yet.</p>')
    return _section("Who they are", "".join(parts))


def _key_notes(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    shown = "<br/>".join(_e(line) for line in lines[:KEY_NOTE_LINES])
    if len(lines) > KEY_NOTE_LINES:
        shown += f' <span class="muted">(+{len(lines) - KEY_NOTE_LINES} more lines)</span>'
    return shown


def _followups(sheet: PrepSheet) -> str:
    if not sheet.open_followups:
        return ""
    today = sheet.generated_on
    items = "".join(
        f'<li>{_e(f.title)} <span class="muted">(due {_e(f.due_label(today))})</span></li>'
        for f in sheet.open_followups
    )
    return f"<p><b>Open follow-ups</b></p><ul>{items}</ul>"


def _history(sheet: PrepSheet) -> str:
    followups_html = _followups(sheet)
    if not sheet.past_meetings:
        body = '<p class="muted">This is your first meeting.</p>' + followups_html
        return _section("Past meetings", body)
    items = [followups_html] if followups_html else []
    for m in sheet.past_meetings:
        notes = _key_notes(m.notes) if m.notes.strip() else '<span class="muted">No notes.</span>'
        items.append(
            f'<p><span class="meeting-date">{show_date(m.starts_at)}</span> '
            f'<span class="muted">· {_e(m.kind_label)}</span><br/>{notes}</p>'
        )
    if sheet.more_past_meetings:
        items.append(f'<p class="muted">…and {sheet.more_past_meetings} earlier meetings.</p>')
    return _section("Past meetings", "".join(items))


def _entry_line(entry: LedgerRecord) -> str:
    status = ledger.STATUS_LABELS.get(entry.status, entry.status)
    status_html = f' <span class="muted">· {_e(status.lower())}</span>' if status else ""
    kind = ledger.KIND_LABELS.get(entry.kind, entry.kind)
    note = f": {_e(entry.note.splitlines()[0])}" if entry.note.strip() else ""
    other = f" ({_e(entry.other_name)})" if entry.other_name else ""
    return (
        f'<li><span class="muted">{show_date(entry.occurred_on)}</span> '
        f"{_e(kind)}{other}{note}{status_html}</li>"
    )


def _give_and_ask(sheet: PrepSheet) -> str:
    parts = []
    if sheet.balance is not None:
        parts.append(f"<p><b>Balance:</b> {_e(sheet.balance.summary)}</p>")
    for label, entries in (
        ("What you asked before", sheet.asks),
        ("What you gave", sheet.gives),
        ("What they gave you", sheet.they_gave),
    ):
        if entries:
            lines = "".join(_entry_line(e) for e in entries)
            parts.append(f"<p><b>{_e(label)}</b></p><ul>{lines}</ul>")
    if sheet.can_give:
        rows = "".join(
            f'<tr><td class="tick" width="18">☐</td><td>{_e(i.text)} '
            f'<span class="muted">({_e(i.reason)})</span></td></tr>'
            for i in sheet.can_give
        )
        parts.append(
            "<p><b>What you can give them</b> "
            '<span class="muted">(tick what you shared)</span></p>'
            f'<table cellspacing="0" cellpadding="1">{rows}</table>'
        )
    elif sheet.balance is not None and sheet.balance.score < 0:
        parts.append(
            '<p class="muted">You have asked more than you gave: think of an introduction, '
            "an article or an insight you could offer.</p>"
        )
    if not parts:
        return ""
    return _section("Give and ask", "".join(parts))


def _plan(sheet: PrepSheet) -> str:
    meeting = sheet.meeting
    if meeting is None:
        body = '<p class="muted">Nothing planned. Add a meeting to write a goal and agenda.</p>'
        return _section("Your plan", body)
    parts = []
    if meeting.goal:
        parts.append(f"<p><b>The one ask:</b> {_multiline(meeting.goal)}</p>")
    if meeting.agenda:
        parts.append(f"<p><b>Agenda</b><br/>{_multiline(meeting.agenda)}</p>")
    if not parts:
        parts.append('<p class="muted">No goal or agenda written yet.</p>')
    parts.append(
        f'<p class="muted">Keep it short and pleasant: {meeting.duration_minutes} minutes, '
        "thank them for their time, and end when you said you would.</p>"
    )
    return _section("Your plan", "".join(parts))


def _notes_area() -> str:
    rows = '<tr><td class="line" height="22">&nbsp;</td></tr>' * NOTE_LINES
    return _section("Notes", f'<table width="100%" cellspacing="0" cellpadding="0">{rows}</table>')


def to_html(sheet: PrepSheet, options: PrepOptions | None = None) -> str:
    options = options or PrepOptions()
    c = sheet.contact
    role = " at ".join(_e(p) for p in (c.title, c.company) if p)
    goal = ""
    if sheet.meeting is not None and sheet.meeting.goal:
        goal = f'<div class="goal">Your goal: {_e(sheet.meeting.goal.splitlines()[0])}</div>'
    template = Template(resources.read_text("templates", "prep_sheet.html"))
    return template.substitute(
        initials=_e(_initials(c.full_name)),
        name=_e(c.full_name),
        role=role or '<span class="muted">No title or company recorded</span>',
        goal=goal,
        meeting_line=_meeting_line(sheet.meeting),
        connection=_connection(sheet) if options.connection else "",
        about=_about(sheet) if options.about else "",
        history=_history(sheet) if options.history else "",
        give_and_ask=_give_and_ask(sheet) if options.give_and_ask else "",
        plan=_plan(sheet) if options.plan else "",
        notes_area=_notes_area() if options.notes_area else "",
    )


def sheet_title(sheet: PrepSheet) -> str:
    when = f" — {show_date(sheet.meeting.starts_at)}" if sheet.meeting else ""
    return f"Prep sheet: {sheet.contact.full_name}{when}"


def running_head(sheet: PrepSheet) -> str:
    if sheet.meeting is None:
        return sheet.contact.full_name
    return f"{sheet.contact.full_name} · {sheet.meeting.kind_label}, " + format_when(
        sheet.meeting.starts_at
    )


# Not allowed in a file name on one system or another (Windows is the strictest), or
# unwelcome in one: path separators, wildcards, quotes, control characters.
_UNSAFE_IN_FILE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
FILE_NAME_MAX = 120


def pdf_file_name(sheets: list[PrepSheet]) -> str:
    """The name offered when *sheets* are saved as a PDF, such as
    "Prep sheet - Daniel Kowalski - 2026-11-27.pdf": the person's name as they
    spell it, in any script, without what a file name cannot hold."""
    if len(sheets) == 1:
        sheet = sheets[0]
        parts = ["Prep sheet", _file_name_part(sheet.contact.full_name)]
        if sheet.meeting is not None:
            parts.append(f"{sheet.meeting.starts_at:%Y-%m-%d}")
    else:
        parts = ["Prep sheets", f"{len(sheets)} people"]
    stem = " - ".join(part for part in parts if part)
    return stem[: FILE_NAME_MAX - len(".pdf")].rstrip(" .-") + ".pdf"


def _file_name_part(text: str) -> str:
    """*text* with unsafe characters as spaces, one space at a time, and no dots or
    dashes at the ends (a name may not start a hidden file or end in a dot)."""
    return " ".join(_UNSAFE_IN_FILE_NAME.sub(" ", text).split()).strip(" .-")
