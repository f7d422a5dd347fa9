"""Prep sheets rendered to real PDFs and read back."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from pypdf import PdfReader

from crm_desktop.printing import to_pdf
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import meetings, prepsheet
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


def test_html_escapes_every_user_value(bob):
    html = prepsheet.to_html(prepsheet.compose(contact_id=bob, now=NOW))
    assert "<b>Stone</b>" not in html
    assert "<script>" not in html
    assert "Bob &lt;b&gt;Stone&lt;/b&gt;" in html


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
