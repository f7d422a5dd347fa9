"""Prep sheets on paper: pages, running heads, sections, paper sizes, today's sheets."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from crm_desktop.printing.prep import sheets_to_pdf
from crm_desktop.services.contacts import companies, contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import meetings, prepsheet
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.services.meetings.prepsheet import PrepOptions
from crm_desktop.ui.meetings.prep_preview import PrepPreview

NOW = dt.datetime(2026, 11, 27, 8, 0)


def pages_text(path) -> list[str]:
    reader = PdfReader(str(path))
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


def meet(contact_id, when, **kw):
    return meetings.create_meeting(MeetingInput(contact_ids=[contact_id], starts_at=when, **kw))


@pytest.fixture
def rich(db):
    """A contact with a long history: twelve past meetings with paragraphs of notes."""
    ann = contacts.add_contact(ContactInput(full_name="Ann Lee", company="Acme")).id
    bob = contacts.add_contact(
        ContactInput(
            full_name="Roberto Álvarez-Featherstonehaugh",
            company="Globex Holdings",
            title="VP Platform Engineering",
            notes="Is the team hiring in 2027?",
        )
    ).id
    referrals.refer(ann, bob)
    for i in range(12):
        notes = "\n".join(
            f"Meeting {i + 1} point {j + 1}: they talked about platform work and hiring plans"
            for j in range(6)
        )
        meet(bob, NOW - dt.timedelta(days=30 * (i + 1)), notes=notes)
    meet(bob, NOW + dt.timedelta(hours=2), agenda="Ask about the platform role", goal="A referral")
    return bob


def test_typical_sheet_is_one_page_with_a_dated_footer(sample_db, tmp_path, qapp):
    daniel = contacts.find_contact("Daniel Kowalski").id
    pdf = sheets_to_pdf(
        [prepsheet.compose(contact_id=daniel)], tmp_path / "d.pdf", PrepOptions(paper="a4")
    )
    [page] = pages_text(pdf)
    assert "Page 1 of 1" in page
    assert "Giveback · printed" in page
    assert "They introduced you to: Arjun Mehta, Sofía Navarro" in page


def test_rich_history_flows_to_a_second_page_cleanly(rich, tmp_path, qapp):
    sheet = prepsheet.compose(contact_id=rich, now=NOW)
    pdf = sheets_to_pdf([sheet], tmp_path / "rich.pdf", PrepOptions(paper="a4"))
    pages = pages_text(pdf)
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    # The running head repeats who and when on the later page.
    assert "Roberto Álvarez-Featherstonehaugh · Coffee" in pages[1]
    assert "(continued)" in pages[1]
    # No meeting entry is split across the page break: its first and last note
    # lines are on the same page.
    for i in range(1, 13):
        first = f"Meeting {i} point 1:"
        last = f"Meeting {i} point 4:"  # the sheet shows four key lines per meeting
        holders = [n for n, text in enumerate(pages) if first in text]
        assert holders, first
        assert last in pages[holders[0]]
    assert "Is the team hiring in 2027?" in pages[0]  # a question worth asking


def test_sections_can_be_switched_off_and_are_remembered(rich, tmp_path, data_dir, qapp):
    options = prepsheet.load_options()
    assert options == PrepOptions()
    options.history = False
    options.notes_area = False
    prepsheet.save_options(options)
    assert prepsheet.load_options().history is False
    saved = data_dir / "settings.json"
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    sheet = prepsheet.compose(contact_id=rich, now=NOW)
    [page] = pages_text(sheets_to_pdf([sheet], tmp_path / "short.pdf"))
    assert "Past meetings" not in page and "Meeting 1 point 1" not in page
    assert "How you are connected" in page


@pytest.mark.parametrize(
    "saved",
    [
        "{not json",
        '{"prep_sheet": {"paper": "A0"}}',
        '{"prep_sheet": {"history": "no", "about": 0, "plan": null, "paper": true}}',
        '{"prep_sheet": ["a4"]}',
        '{"prep_sheet": "letter"}',
    ],
    ids=["not-json", "unknown-paper", "wrong-types", "a-list", "a-string"],
)
def test_damaged_settings_fall_back_to_defaults(db, data_dir, saved):
    """A switch is on or off: "no" in a hand-edited file is not "on" (it was kept, and broke
    the sections dialog, whose check boxes take only True or False)."""
    (data_dir / "settings.json").write_text(saved, encoding="utf-8")
    options = prepsheet.load_options()
    assert options == PrepOptions()
    assert all(type(getattr(options, name)) is bool for name in prepsheet.SECTION_LABELS)


@pytest.mark.parametrize("paper, size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_size_can_be_chosen(sample_db, tmp_path, qapp, paper, size):
    daniel = contacts.find_contact("Daniel Kowalski").id
    pdf = sheets_to_pdf(
        [prepsheet.compose(contact_id=daniel)], tmp_path / f"{paper}.pdf", PrepOptions(paper=paper)
    )
    box = PdfReader(str(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_todays_sheets_in_one_pdf_each_on_its_own_pages(db, tmp_path, qapp):
    people = [contacts.add_contact(ContactInput(full_name=n)).id for n in ("Ann", "Bob", "Cy")]
    today = dt.datetime.combine(dt.date.today(), dt.time(0, 0))
    meet(people[1], today + dt.timedelta(hours=15), agenda="Second of the day")
    meet(people[0], today + dt.timedelta(hours=9), agenda="First of the day")
    meet(people[2], today + dt.timedelta(days=1, hours=9), agenda="Tomorrow")
    sheets = prepsheet.todays_sheets(today + dt.timedelta(hours=7))
    assert [s.contact.full_name for s in sheets] == ["Ann", "Bob"]
    pages = pages_text(sheets_to_pdf(sheets, tmp_path / "today.pdf"))
    assert len(pages) == 2
    assert "First of the day" in pages[0] and "Second of the day" in pages[1]


def test_cli_prep_today_and_errors(tmp_path):
    data = tmp_path / "cli"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "crm_desktop", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    assert run("add-contact", "Ann Lee").returncode == 0
    nothing = run("prep", "--today", "--pdf", str(tmp_path / "t.pdf"))
    assert nothing.returncode == 1 and "No meetings today" in nothing.stderr
    when = dt.datetime.combine(dt.date.today(), dt.time(23, 30)).strftime("%Y-%m-%d %H:%M")
    assert run("meeting", "Ann Lee", "--at", when, "--agenda", "Late call").returncode == 0
    made = run("prep", "--today", "--pdf", str(tmp_path / "t.pdf"), "--paper", "letter")
    assert made.returncode == 0, made.stderr
    assert "Late call" in pages_text(tmp_path / "t.pdf")[0]
    both = run("prep", "Ann Lee", "--today", "--pdf", str(tmp_path / "x.pdf"))
    assert both.returncode == 2


def test_preview_sections_panel_rerenders_and_remembers(qtbot, rich, qapp):
    preview = PrepPreview([prepsheet.compose(contact_id=rich, now=NOW)])
    qtbot.addWidget(preview)
    preview.open()
    qtbot.waitExposed(preview)
    assert preview.pages_printed == 2
    dialog = preview.open_options()
    qtbot.mouseClick(dialog.boxes["history"], Qt.MouseButton.LeftButton)
    assert preview.options.history is False
    assert prepsheet.load_options().history is False
    qtbot.waitUntil(lambda: preview.pages_printed == 1)
    dialog.close()
    preview.close()


@pytest.mark.parametrize(
    "name, initials",
    [("Zoë Lefèvre", "ZL"), ("<b>Bob</b> Stone & Sons", "BS"), ("山田 花子", "山田"), ("***", "?")],
    ids=["accents", "markup", "cjk", "no-letters"],
)
def test_initials_badge(name, initials):
    assert prepsheet._initials(name) == initials


def test_give_and_ask_section_offers_insights_with_tick_boxes(db, tmp_path, qapp):
    from crm_desktop.services.giving import insights, ledger
    from crm_desktop.services.giving.insights import InsightInput

    ann = contacts.add_contact(
        ContactInput(full_name="Ann Lee", company="Kumo", tags=["robotics"])
    ).id
    companies.set_profile("Kumo", competitors=["Acme Robotics"])
    bob = contacts.add_contact(ContactInput(full_name="Bob Stone", company="Globex")).id
    ledger.log_ask(ann, "introduction", "Intro to <their> CTO")
    offered = insights.add_insight(
        InsightInput(
            text="Acme is moving its data team to Berlin",
            tags=[("company", "Acme Robotics")],
            source_contact_id=bob,
        )
    )
    insights.add_insight(
        InsightInput(
            text="Private: Globex layoffs", tags=[("company", "Acme Robotics")], shareable=False
        )
    )
    sheet = prepsheet.compose(contact_id=ann, now=NOW)
    [page] = pages_text(sheets_to_pdf([sheet], tmp_path / "ann.pdf"))
    assert "Give and ask" in page
    assert "asked 1" in page
    assert "Intro to <their> CTO" in page
    assert "☐ Acme is moving its data team to Berlin" in page
    assert "Globex layoffs" not in page
    # Giving it moves the balance and takes it off the list.
    insights.give(offered.id, ann)
    [page] = pages_text(
        sheets_to_pdf([prepsheet.compose(contact_id=ann, now=NOW)], tmp_path / "ann2.pdf")
    )
    assert "You gave 1" in page
    assert "☐ Acme is moving" not in page
    # And the section can be switched off.
    [page] = pages_text(
        sheets_to_pdf([sheet], tmp_path / "ann3.pdf", PrepOptions(give_and_ask=False))
    )
    assert "Give and ask" not in page


def test_story_expertise_and_open_followups_on_the_sheet(db, tmp_path, qapp):
    from crm_desktop.services.meetings import followups

    data = ContactInput(full_name="Priya Raman", company="Northwind")
    priya = contacts.add_contact(data)
    record = priya.to_input()
    record.story = "Moved from teaching into analytics through a bootcamp."
    record.expertise = "data team hiring"
    contacts.update_contact(priya.id, record)
    followups.add("Send Priya the dbt article", dt.date(2026, 11, 30), contact_id=priya.id)
    [page] = pages_text(
        sheets_to_pdf([prepsheet.compose(contact_id=priya.id, now=NOW)], tmp_path / "p.pdf")
    )
    assert "Their story: Moved from teaching into analytics" in page
    assert "Expert in: data team hiring" in page
    assert "What have you learned about data team hiring" in page
    assert "Send Priya the dbt article" in page
