"""Prep sheets rendered to real PDFs and read back."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import fields
from html.parser import HTMLParser
from inspect import signature
from typing import get_type_hints

import pytest
from pypdf import PdfReader

from crm_desktop.printing import make_document, to_pdf
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput, Job
from crm_desktop.services.giving import insights, ledger
from crm_desktop.services.giving.insights import InsightInput
from crm_desktop.services.giving.ledger import LedgerInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import followups, meetings, prepsheet
from crm_desktop.services.meetings.meetings import MeetingInput

NOW = dt.datetime(2026, 11, 27, 9, 0)


def pdf_text(path) -> tuple[str, int]:
    """The PDF's text with white space folded. NFKC because the PDF's text map
    gives some CJK glyphs as their compatibility radicals (⼭ for 山)."""
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split()), len(reader.pages)


@pytest.fixture
def bob(db):
    ann = contacts.add_contact(ContactInput(full_name="Ann Lee", company="Acme")).id
    bob = contacts.add_contact(
        ContactInput(
            full_name="Bob <b>Stone</b>",
            company="<b>Bob</b> & Co",
            title="Zoë's <i>manager</i>",
            email="bob@example.com",
            how_we_met="Ann's <script>alert(1)</script> party",
            notes="Likes 山田's talk\nSecond line",
        )
    ).id
    referrals.refer(ann, bob)
    meetings.create_meeting(
        MeetingInput(
            contact_ids=[bob],
            starts_at=NOW - dt.timedelta(days=7),
            notes="Talked about the <data> team & hiring",
        )
    )
    meetings.create_meeting(
        MeetingInput(
            contact_ids=[bob],
            starts_at=NOW + dt.timedelta(hours=3),
            kind="video",
            place="Video call",
            agenda="Ask about the platform role",
            goal="Get a referral",
        )
    )
    return bob


def test_sheet_has_chain_thanks_history_and_agenda(bob, tmp_path, qapp):
    sheet = prepsheet.compose(contact_id=bob, now=NOW)
    assert sheet.chain == ["Me", "Ann Lee", "Bob <b>Stone</b>"]
    assert sheet.thanks == ["Ann Lee"]
    assert sheet.meeting.agenda == "Ask about the platform role"
    pdf = to_pdf(prepsheet.to_html(sheet), tmp_path / "bob.pdf", prepsheet.sheet_title(sheet))
    flat, pages = pdf_text(pdf)
    assert pages == 1
    assert "Bob <b>Stone</b>" in flat  # markup shows as typed
    assert "<b>Bob</b> & Co" in flat
    assert "Me → Ann Lee → Bob <b>Stone</b>" in flat
    assert "Thank Ann Lee for the introduction" in flat
    assert "Talked about the <data> team & hiring" in flat
    assert "Ask about the platform role" in flat
    assert "Get a referral" in flat
    assert "<script>alert(1)</script>" in flat
    assert "Likes 山田" in flat


def test_sheet_for_a_meeting_uses_that_meeting(bob, tmp_path, qapp):
    past = meetings.meetings_with(bob)[-1]
    sheet = prepsheet.compose(meeting_id=past.id, now=NOW)
    assert sheet.meeting.id == past.id
    assert all(m.id != past.id for m in sheet.past_meetings)


def test_sheet_for_someone_unplaced_with_no_meetings(db, tmp_path, qapp):
    c = contacts.add_contact(ContactInput(full_name="Léa Dubois")).id
    sheet = prepsheet.compose(contact_id=c, now=NOW)
    assert sheet.meeting is None and not sheet.placed
    text, pages = pdf_text(to_pdf(prepsheet.to_html(sheet), tmp_path / "lea.pdf"))
    assert pages == 1
    assert "Léa Dubois" in text
    assert "not recorded who introduced you" in text


# Every value the user typed reaches the sheet as text, never as markup ----------------------
# Which fields hold typed text is read from the input dataclasses, so a field added later gets
# its own hostile value too: it must then be printed escaped, or be listed here as not printed.


def hostile(where: str) -> str:
    """Markup (an ``<i>`` element), an entity and both quotes, if it is not escaped."""
    return f"<i>{where}</i>&amp;\"'"


def typed_fields(cls, other_fields: dict[str, str]) -> list[str]:
    """The fields of *cls* that hold text the user types: every ``str`` field not in
    *other_fields*. Every field of another type must be in *other_fields*, which says why."""
    hints = get_type_hints(cls)
    names = [f.name for f in fields(cls)]
    assert set(other_fields) <= set(names), f"{cls.__name__}: no {set(other_fields) - set(names)}"
    unlisted = [n for n in names if hints[n] is not str and n not in other_fields]
    assert not unlisted, f"{cls.__name__}.{unlisted}: say how these reach the prep sheet"
    return [n for n in names if hints[n] is str and n not in other_fields]


def typed_parameters(function, other_parameters: dict[str, str]) -> list[str]:
    """Like ``typed_fields``, for a service function's parameters."""
    hints = get_type_hints(function)
    names = [n for n in signature(function).parameters if n in hints]
    unlisted = [n for n in names if hints[n] is not str and n not in other_parameters]
    assert not unlisted, f"{function.__name__}({unlisted}): say how these reach the prep sheet"
    return [n for n in names if hints[n] is str and n not in other_parameters]


CONTACT_OTHER_FIELDS = {
    "stage": "a choice from a fixed list, not printed",
    "warmth": "a choice from a fixed list: its label is printed",
    "tags": "filled apart: each tag is printed",
    "past_jobs": "filled apart: each job's title and company are printed",
    "methods": "None: made of email, phone and linkedin_url, which are filled",
    "birthday": "a date",
    "follow_up_on": "a date",
    "cadence_days": "a number",
}
JOB_OTHER_FIELDS = {"until": "a date"}
MEETING_OTHER_FIELDS = {
    "contact_ids": "the people: their names are filled apart",
    "starts_at": "a date and time",
    "kind": "a choice from a fixed list: its label is printed",
    "duration_minutes": "a number",
}
# Typed fields of a meeting that the sheet does not print: their values must not show at all.
UPCOMING_NOT_PRINTED = {"outcome": "what came of the meeting: not known before it"}
PAST_NOT_PRINTED = {
    "place": "a past meeting shows its date, kind and notes",
    "goal": "as for place",
    "agenda": "as for place",
    "outcome": "as for place",
}
# The notes of the meeting to prepare are printed as questions worth asking (lines ending in ?).
UPCOMING_AS_QUESTIONS = {"notes"}
LEDGER_OTHER_FIELDS = {
    "contact_id": "an id",
    "direction": "a choice: one entry of each direction is made",
    "kind": "a choice from a fixed list: its label is printed",
    "occurred_on": "a date",
    "status": "a choice from a fixed list: its label is printed",
    "other_contact_id": "the other person of an introduction: their name is filled apart",
    "insight_id": "an id",
    "meeting_id": "an id",
}
INSIGHT_OTHER_FIELDS = {
    "tags": "filled apart: the matching tag is printed in why the insight is offered",
    "shareable": "yes or no",
    "source_contact_id": "an id",
    "source_meeting_id": "an id",
    "noted_on": "a date",
}
FOLLOW_UP_OTHER_PARAMETERS = {
    "due_on": "a date",
    "contact_id": "an id",
    "meeting_id": "an id",
    "kind": "a choice from a fixed list, not printed",
}
# The other people whose names the sheet prints, by how they are related to the contact.
PEOPLE = ("first introducer", "introducer", "introduced", "met with", "colleague", "intro other")


class Rendered(HTMLParser):
    """What a browser makes of the HTML: its elements, and the text it shows."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[str] = []
        self.parts: list[str] = []
        self.feed(html)
        self.close()
        self.text = "".join(self.parts)

    def handle_starttag(self, tag, attrs):
        self.elements.append(tag)

    def handle_data(self, data):
        self.parts.append(data)


@pytest.fixture
def hostile_sheet(db):
    """A contact whose every typed field, and every typed field of their meetings, ledger
    entries, insights offered, follow-ups and related people, holds its own hostile value.
    Returns the sheet's HTML, the values it must print and those it must not ({where: value})."""
    printed: dict[str, str] = {}
    not_printed: dict[str, str] = {}

    contact_values = {}
    for name in typed_fields(ContactInput, CONTACT_OTHER_FIELDS):
        contact_values[name] = hostile(f"contact.{name}")
    contact_values["email"] += "@example.com"  # an email address must have its "@"
    printed.update({f"contact.{n}": v for n, v in contact_values.items()})
    job = {n: hostile(f"past job.{n}") for n in typed_fields(Job, JOB_OTHER_FIELDS)}
    printed.update({f"past job.{n}": v for n, v in job.items()})
    printed["contact.tags"] = tag = hostile("contact.tags")
    contact = contacts.add_contact(
        ContactInput(**contact_values, warmth="warm", tags=[tag], past_jobs=[Job(**job)])
    ).id

    people = {}
    for who in PEOPLE:
        printed[f"name of {who}"] = hostile(f"name of {who}")
        company = contact_values["company"] if who == "colleague" else ""
        people[who] = contacts.add_contact(
            ContactInput(full_name=printed[f"name of {who}"], company=company)
        ).id
    referrals.refer(people["first introducer"], people["introducer"])
    referrals.refer(people["introducer"], contact)
    referrals.refer(contact, people["introduced"])

    typed = typed_fields(MeetingInput, MEETING_OTHER_FIELDS)
    upcoming = {n: hostile(f"meeting.{n}") for n in typed}
    for n in UPCOMING_AS_QUESTIONS:
        upcoming[n] += "?"
    past = {n: hostile(f"past meeting.{n}") for n in typed}
    for values, not_shown, label in (
        (upcoming, UPCOMING_NOT_PRINTED, "meeting"),
        (past, PAST_NOT_PRINTED, "past meeting"),
    ):
        for n, value in values.items():
            (not_printed if n in not_shown else printed)[f"{label}.{n}"] = value
    meetings.create_meeting(
        MeetingInput(contact_ids=[contact], starts_at=NOW + dt.timedelta(hours=3), **upcoming)
    )
    meetings.create_meeting(
        MeetingInput(
            contact_ids=[contact, people["met with"]],
            starts_at=NOW - dt.timedelta(days=7),
            **past,
        )
    )

    for direction in ledger.DIRECTIONS:
        entry = {
            n: hostile(f"ledger {direction}.{n}")
            for n in typed_fields(LedgerInput, LEDGER_OTHER_FIELDS)
        }
        printed.update({f"ledger {direction}.{n}": v for n, v in entry.items()})
        other = people["intro other"] if direction == "gave" else None
        kind = "introduction" if direction == "gave" else "advice"
        ledger.record(
            LedgerInput(
                contact, direction, kind, other_contact_id=other, occurred_on=NOW.date(), **entry
            )
        )

    insight = {n: hostile(f"insight.{n}") for n in typed_fields(InsightInput, INSIGHT_OTHER_FIELDS)}
    printed.update({f"insight.{n}": v for n, v in insight.items()})
    # Offered for the contact's tag, matched whatever its case: the reason names the
    # insight's own spelling of it.
    printed["insight.tags"] = insight_tag = tag.upper()
    insights.add_insight(InsightInput(**insight, tags=[("topic", insight_tag)]))

    follow_up = {
        n: hostile(f"follow-up.{n}")
        for n in typed_parameters(followups.add, FOLLOW_UP_OTHER_PARAMETERS)
    }
    printed.update({f"follow-up.{n}": v for n, v in follow_up.items()})
    followups.add(**follow_up, due_on=NOW.date(), contact_id=contact)

    html = prepsheet.to_html(prepsheet.compose(contact_id=contact, now=NOW))
    return html, printed, not_printed


def test_html_escapes_every_user_value(hostile_sheet, qapp):
    html, printed, not_printed = hostile_sheet
    assert len(printed) >= 30  # the contact's fields, meetings, ledger, insight, follow-up, people
    for shown in (Rendered(html).text, make_document(html).toPlainText()):  # a browser; Qt
        missing = [where for where, value in printed.items() if value not in shown]
        assert missing == [], f"not shown as typed: {missing}"
        printed_after_all = [where for where, value in not_printed.items() if value in shown]
        assert printed_after_all == [], "printed: move them out of the not printed lists"
    elements = Rendered(html).elements
    assert "i" not in elements, "a typed value was read as markup"
