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
from crm_desktop.services.text import show_date, translate
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
        found.append(
            translate(
                "prepsheet", "What have you learned about {topic} that most people get wrong?"
            ).format(topic=first)
        )
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
            raise InvalidInput(
                translate("prepsheet", "A prep sheet is for a contact or a meeting.")
            )
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
        chain=referrals.chain_names(contact_id) if placed else [referrals.me(), contact.full_name],
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
        return _span(translate("prepsheet", "No meeting planned yet"))
    same = meeting.place.casefold() == meeting.kind_label.casefold()
    where = f"<br/>{_e(meeting.place)}" if meeting.place and not same else ""
    return (
        f'<span class="when">{_e(format_when(meeting.starts_at))}</span><br/>'
        + _e(
            translate("prepsheet", "{kind}, {minutes} min").format(
                kind=meeting.kind_label, minutes=meeting.duration_minutes
            )
        )
        + where
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
        parts.append(_muted(translate("prepsheet", "You have not recorded who introduced you.")))
    elif not sheet.thanks:
        parts.append(_muted(translate("prepsheet", "You met directly.")))
    elif len(sheet.thanks) > 1:
        text = translate(
            "prepsheet",
            "Thank <b>{name}</b> for the introduction (and {others} further up the chain).",
        ).format(name=_e(sheet.thanks[0]), others=_names(sheet.thanks[1:]))
        parts.append(f"<p>{text}</p>")
    else:
        text = translate("prepsheet", "Thank <b>{name}</b> for the introduction.")
        parts.append(f"<p>{text.format(name=_e(sheet.thanks[0]))}</p>")
    mutual = []
    if sheet.introduced:
        mutual.append(_field(translate("prepsheet", "They introduced you to:"), sheet.introduced))
    if sheet.met_with_them:
        mutual.append(_field(translate("prepsheet", "You met them with:"), sheet.met_with_them))
    if sheet.colleagues:
        also = translate("prepsheet", "Also at {company}:").format(company=sheet.contact.company)
        mutual.append(_field(also, sheet.colleagues))
    parts += [f"<p>{line}</p>" for line in mutual]
    return _section(translate("prepsheet", "How you are connected"), "".join(parts))


def _span(text: str) -> str:
    """*text*, escaped, in the sheet's muted grey."""
    return f'<span class="muted">{_e(text)}</span>'


def _muted(text: str) -> str:
    return f'<p class="muted">{_e(text)}</p>'


def _field(label: str, names: list[str]) -> str:
    return f"<b>{_e(label)}</b> {_names(names)}"


def _bold(label: str, html_text: str, *, br: bool = False) -> str:
    return f"<p><b>{_e(label)}</b>{'<br/>' if br else ' '}{html_text}</p>"


def _about(sheet: PrepSheet) -> str:
    c = sheet.contact
    rows = [
        (translate("prepsheet", "Email"), c.email),
        (translate("prepsheet", "Phone"), c.phone),
        ("LinkedIn", c.linkedin_url),
        (translate("prepsheet", "Location"), c.location),
        (translate("prepsheet", "Warmth"), c.warmth_label),
        (translate("prepsheet", "Tags"), ", ".join(c.tags)),
    ]
    cells = "".join(
        f'<tr><td class="label">{_e(label)}</td><td>{_e(value)}</td></tr>'
        for label, value in rows
        if value
    )
    parts = [f'<table cellspacing="0" cellpadding="1">{cells}</table>'] if cells else []
    if c.story:
        parts.append(_bold(translate("prepsheet", "Their story:"), _multiline(c.story)))
    if c.expertise:
        parts.append(_bold(translate("prepsheet", "Expert in:"), _multiline(c.expertise)))
    if c.past_jobs:
        jobs = "; ".join(_e(_role(job.title, job.company)) for job in c.past_jobs)
        parts.append(_bold(translate("prepsheet", "Before:"), jobs))
    if c.how_we_met:
        parts.append(_bold(translate("prepsheet", "How you met:"), _multiline(c.how_we_met)))
    if c.notes:
        parts.append(_bold(translate("prepsheet", "Your notes:"), _multiline(c.notes), br=True))
    if sheet.questions:
        items = "".join(f"<li>{_e(q)}</li>" for q in sheet.questions)
        asking = _e(translate("prepsheet", "Questions worth asking"))
        parts.append(f"<p><b>{asking}</b></p><ul>{items}</ul>")
    if not parts:
        parts.append(_muted(translate("prepsheet", "Nothing recorded about them yet.")))
    return _section(translate("prepsheet", "Who they are"), "".join(parts))


def _role(title: str, company: str) -> str:
    """ "Head of Sales at Acme", or whichever of the two is known."""
    if title and company:
        return translate("prepsheet", "{title} at {company}").format(title=title, company=company)
    return title or company


def _key_notes(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    shown = "<br/>".join(_e(line) for line in lines[:KEY_NOTE_LINES])
    if len(lines) > KEY_NOTE_LINES:
        hidden = len(lines) - KEY_NOTE_LINES  # a plain name: lupdate reads no call here
        more = translate("prepsheet", "(+%n more lines)", None, hidden)
        shown += " " + _span(more)
    return shown


def _followups(sheet: PrepSheet) -> str:
    if not sheet.open_followups:
        return ""
    today = sheet.generated_on
    due = translate("prepsheet", "(due {when})")
    items = "".join(
        f"<li>{_e(f.title)} {_span(due.format(when=f.due_label(today)))}</li>"
        for f in sheet.open_followups
    )
    heading = _e(translate("prepsheet", "Open follow-ups"))
    return f"<p><b>{heading}</b></p><ul>{items}</ul>"


def _history(sheet: PrepSheet) -> str:
    followups_html = _followups(sheet)
    if not sheet.past_meetings:
        body = _muted(translate("prepsheet", "This is your first meeting.")) + followups_html
        return _section(translate("prepsheet", "Past meetings"), body)
    items = [followups_html] if followups_html else []
    for m in sheet.past_meetings:
        no_notes = _span(translate("prepsheet", "No notes."))
        notes = _key_notes(m.notes) if m.notes.strip() else no_notes
        items.append(
            f'<p><span class="meeting-date">{show_date(m.starts_at)}</span> '
            f'<span class="muted">· {_e(m.kind_label)}</span><br/>{notes}</p>'
        )
    if sheet.more_past_meetings:
        count = sheet.more_past_meetings
        earlier = translate("prepsheet", "…and %n earlier meetings.", None, count)
        items.append(_muted(earlier))
    return _section(translate("prepsheet", "Past meetings"), "".join(items))


def _entry_line(entry: LedgerRecord) -> str:
    # A kind or status this version has no label for prints as stored.
    status = translate("labels", ledger.STATUS_LABELS.get(entry.status, entry.status))
    status_html = f' <span class="muted">· {_e(status.lower())}</span>' if status else ""
    kind = translate("labels", ledger.KIND_LABELS.get(entry.kind, entry.kind))
    note = f": {_e(entry.note.splitlines()[0])}" if entry.note.strip() else ""
    other = f" ({_e(entry.other_name)})" if entry.other_name else ""
    return (
        f'<li><span class="muted">{show_date(entry.occurred_on)}</span> '
        f"{_e(kind)}{other}{note}{status_html}</li>"
    )


def _give_and_ask(sheet: PrepSheet) -> str:
    parts = []
    if sheet.balance is not None:
        parts.append(_bold(translate("prepsheet", "Balance:"), _e(sheet.balance.summary)))
    for label, entries in (
        (translate("prepsheet", "What you asked before"), sheet.asks),
        (translate("prepsheet", "What you gave"), sheet.gives),
        (translate("prepsheet", "What they gave you"), sheet.they_gave),
    ):
        if entries:
            lines = "".join(_entry_line(e) for e in entries)
            parts.append(f"<p><b>{_e(label)}</b></p><ul>{lines}</ul>")
    if sheet.can_give:
        can_give = translate("prepsheet", "What you can give them")
        rows = "".join(
            f'<tr><td class="tick" width="18">☐</td><td>{_e(i.text)} '
            f'<span class="muted">({_e(i.reason)})</span></td></tr>'
            for i in sheet.can_give
        )
        parts.append(
            f"<p><b>{_e(can_give)}</b> "
            + _span(translate("prepsheet", "(tick what you shared)"))
            + f'</p><table cellspacing="0" cellpadding="1">{rows}</table>'
        )
    elif sheet.balance is not None and sheet.balance.score < 0:
        parts.append(
            _muted(
                translate(
                    "prepsheet",
                    "You have asked more than you gave: think of an introduction, "
                    "an article or an insight you could offer.",
                )
            )
        )
    if not parts:
        return ""
    return _section(translate("prepsheet", "Give and ask"), "".join(parts))


def _plan(sheet: PrepSheet) -> str:
    meeting = sheet.meeting
    if meeting is None:
        body = _muted(
            translate("prepsheet", "Nothing planned. Add a meeting to write a goal and agenda.")
        )
        return _section(translate("prepsheet", "Your plan"), body)
    parts = []
    if meeting.goal:
        parts.append(_bold(translate("prepsheet", "The one ask:"), _multiline(meeting.goal)))
    if meeting.agenda:
        parts.append(_bold(translate("prepsheet", "Agenda"), _multiline(meeting.agenda), br=True))
    if not parts:
        parts.append(_muted(translate("prepsheet", "No goal or agenda written yet.")))
    parts.append(
        _muted(
            translate(
                "prepsheet",
                "Keep it short and pleasant: {minutes} minutes, "
                "thank them for their time, and end when you said you would.",
            ).format(minutes=meeting.duration_minutes)
        )
    )
    return _section(translate("prepsheet", "Your plan"), "".join(parts))


def _notes_area() -> str:
    rows = '<tr><td class="line" height="22">&nbsp;</td></tr>' * NOTE_LINES
    return _section(
        translate("prepsheet", "Notes"),
        f'<table width="100%" cellspacing="0" cellpadding="0">{rows}</table>',
    )


def to_html(sheet: PrepSheet, options: PrepOptions | None = None) -> str:
    options = options or PrepOptions()
    c = sheet.contact
    role = _e(_role(c.title, c.company))
    goal = ""
    if sheet.meeting is not None and sheet.meeting.goal:
        your_goal = translate("prepsheet", "Your goal: {goal}")
        first_line = sheet.meeting.goal.splitlines()[0]
        goal = f'<div class="goal">{_e(your_goal.format(goal=first_line))}</div>'
    no_role = translate("prepsheet", "No title or company recorded")
    template = Template(resources.read_text("templates", "prep_sheet.html"))
    return template.substitute(
        initials=_e(_initials(c.full_name)),
        name=_e(c.full_name),
        role=role or f'<span class="muted">{_e(no_role)}</span>',
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
    if sheet.meeting is None:
        return translate("prepsheet", "Prep sheet: {name}").format(name=sheet.contact.full_name)
    return translate("prepsheet", "Prep sheet: {name} — {date}").format(
        name=sheet.contact.full_name, date=show_date(sheet.meeting.starts_at)
    )


def running_head(sheet: PrepSheet) -> str:
    if sheet.meeting is None:
        return sheet.contact.full_name
    kind = sheet.meeting.kind_label
    return f"{sheet.contact.full_name} · {kind}, " + format_when(sheet.meeting.starts_at)


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
