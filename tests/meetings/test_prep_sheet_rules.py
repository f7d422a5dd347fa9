"""What a prep sheet says, section by section, read as its reader sees it.

Each test builds a small network in a real database, renders the sheet's HTML and reads it
back as lines of text: ``**bold**``, ``«muted»`` (the grey small print), ``- `` before a list
item, ``|`` between table cells and ``## `` before a section's heading. The expected lines
are written out in the test from the rule the sheet follows, not computed by its code.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser

import pytest

from crm_desktop import resources
from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput, Job
from crm_desktop.services.giving import insights, ledger
from crm_desktop.services.giving.insights import InsightInput
from crm_desktop.services.giving.ledger import LedgerInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import followups, meetings, prepsheet
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.services.meetings.prepsheet import PrepOptions
from crm_desktop.store.models import LedgerEntry

NOW = dt.datetime(2026, 11, 27, 9, 0)  # a Friday
TODAY = NOW.date()
BLOCKS = {"p", "br", "li", "tr", "h1", "h2", "div", "table", "ul"}


class Page(HTMLParser):
    """The sheet as its reader sees it: lines of text, with bold and muted marked."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.classes: list[str] = []
        self.open: list[tuple[str, str]] = []  # (tag, what closes its mark)
        self.feed(html)
        self.close()
        self.lines = [line.strip() for line in self.text.split("\n") if line.strip()]

    def handle_starttag(self, tag, attrs):
        css = dict(attrs).get("class") or ""
        if css:
            self.classes.append(css)
        if tag in BLOCKS:
            self.text += "\n"
        if tag == "li":
            self.text += "- "
        if tag == "h2":
            self.text += "## "
        if tag == "td" and self.text.rsplit("\n", 1)[-1].strip():
            self.text += " | "
        mark = "**" if tag == "b" else ("«" if css == "muted" else "")
        closing = "**" if tag == "b" else ("»" if css == "muted" else "")
        self.text += mark
        if tag != "br":
            self.open.append((tag, closing))

    def handle_endtag(self, tag):
        while self.open:
            opened, closing = self.open.pop()
            self.text += closing
            if opened == tag:
                break
        if tag in BLOCKS:
            self.text += "\n"

    def handle_data(self, data):
        if not any(tag == "style" for tag, _ in self.open):
            self.text += data

    def headings(self) -> list[str]:
        return [line[3:] for line in self.lines if line.startswith("## ")]

    def head(self) -> list[str]:
        """The lines above the first section: badge, name, role, goal, meeting."""
        return self.lines[: next(i for i, s in enumerate(self.lines) if s.startswith("## "))]

    def section(self, title: str) -> list[str]:
        start = self.lines.index(f"## {title}") + 1
        end = next(
            (i for i in range(start, len(self.lines)) if self.lines[i].startswith("## ")),
            len(self.lines),
        )
        return self.lines[start:end]


def page_of(contact_id=None, meeting_id=None, options=None, now=NOW) -> Page:
    sheet = prepsheet.compose(contact_id=contact_id, meeting_id=meeting_id, now=now)
    return Page(prepsheet.to_html(sheet, options))


def person(name: str, **kw) -> int:
    return contacts.add_contact(ContactInput(full_name=name, **kw)).id


def meet(who, when: dt.datetime, **kw) -> int:
    ids = who if isinstance(who, list) else [who]
    return meetings.create_meeting(MeetingInput(contact_ids=ids, starts_at=when, **kw)).id


# The head of the sheet ----------------------------------------------------------------------


def test_the_head_says_who_when_where_and_the_goal(db):
    bob = person("Bob Stone", title="CTO", company="Acme")
    meet(bob, dt.datetime(2026, 11, 27, 14, 30), kind="lunch", place="Café Rouge",
         duration_minutes=45, goal="A referral\nand a second line")  # fmt: skip
    assert page_of(bob).head() == [
        "BS",
        "Bob Stone",
        "CTO at Acme",
        "Your goal: A referral",
        "Fri 27 Nov 2026, 14:30",
        "Lunch, 45 min",
        "Café Rouge",
    ]


def test_a_place_that_only_repeats_the_kind_is_not_printed(db):
    bob = person("Bob Stone", company="Acme")
    meet(bob, NOW + dt.timedelta(hours=1), kind="video", place="VIDEO call")
    assert page_of(bob).head() == ["BS", "Bob Stone", "Acme", "Fri 27 Nov 2026, 10:00",
                                   "Video call, 30 min"]  # fmt: skip


def test_the_head_without_role_goal_or_meeting(db):
    ann = person("ann", title="Founder")
    assert page_of(ann).head() == ["AN", "ann", "Founder", "«No meeting planned yet»"]
    cy = person("Cy Young")
    meet(cy, NOW + dt.timedelta(days=1))
    assert page_of(cy).head() == ["CY", "Cy Young", "«No title or company recorded»",
                                  "Sat 28 Nov 2026, 09:00", "Coffee, 30 min"]  # fmt: skip


@pytest.mark.parametrize(
    "name, initials",
    [
        ("Jean-Paul Sartre", "JS"),  # split at dashes too; first and last word
        ("ann marie lee", "AL"),
        ("Madonna", "MA"),  # one word: its first two letters
        ("  O'Brien,  Pat ", "OP"),  # punctuation is not a letter
        ("Élodie Martin", "ÉL"),  # not a Latin letter first: the first two of the first word
        ("", "?"),
        ("- -", "?"),
    ],
    ids=["dashes", "lower", "one-word", "punctuation", "accent", "empty", "only-dashes"],
)
def test_initials_on_the_badge(name, initials):
    assert prepsheet._initials(name) == initials


def test_the_title_and_running_head_name_the_meeting(db):
    bob = person("Bob Stone")
    assert prepsheet.sheet_title(prepsheet.compose(contact_id=bob, now=NOW)) == (
        "Prep sheet: Bob Stone"
    )
    assert prepsheet.running_head(prepsheet.compose(contact_id=bob, now=NOW)) == "Bob Stone"
    meet(bob, dt.datetime(2026, 12, 2, 14, 30), kind="call")
    sheet = prepsheet.compose(contact_id=bob, now=NOW)
    assert prepsheet.sheet_title(sheet) == "Prep sheet: Bob Stone — 02 Dec 2026"
    assert prepsheet.running_head(sheet) == "Bob Stone · Call, Wed 02 Dec 2026, 14:30"


# Which meeting and which person ---------------------------------------------------------------


def test_the_meeting_prepared_is_the_next_one_else_the_last(db):
    bob = person("Bob Stone")
    meet(bob, NOW - dt.timedelta(days=30), goal="Oldest")
    meet(bob, NOW - dt.timedelta(days=2), goal="Last")
    assert prepsheet.compose(contact_id=bob, now=NOW).meeting.goal == "Last"
    later = meet(bob, NOW + dt.timedelta(days=9), goal="Later")
    meet(bob, NOW, goal="Now")  # starting this minute: still to prepare, not past
    sheet = prepsheet.compose(contact_id=bob, now=NOW)
    assert sheet.meeting.goal == "Now"
    assert [m.goal for m in sheet.past_meetings] == ["Last", "Oldest"]
    # Preparing a later one, the one starting now is not in the past either.
    sheet = prepsheet.compose(contact_id=bob, meeting_id=later, now=NOW)
    assert [m.goal for m in sheet.past_meetings] == ["Last", "Oldest"]


def test_a_sheet_for_a_meeting_is_for_its_first_attendee_by_name_unless_told(db):
    zed, amy = person("Zed Ray"), person("Amy Chu")
    meeting = meet([zed, amy], NOW + dt.timedelta(hours=2), goal="Both")
    sheet = prepsheet.compose(meeting_id=meeting, now=NOW)
    assert (sheet.contact.full_name, sheet.meeting.goal) == ("Amy Chu", "Both")
    sheet = prepsheet.compose(contact_id=zed, meeting_id=meeting, now=NOW)
    assert (sheet.contact.full_name, sheet.meeting.goal) == ("Zed Ray", "Both")


def test_a_sheet_needs_a_contact_or_a_meeting(db):
    with pytest.raises(InvalidInput) as refused:
        prepsheet.compose(now=NOW)
    assert str(refused.value) == "A prep sheet is for a contact or a meeting."


def test_todays_sheets_one_per_person_in_the_days_order(db):
    zed, amy, cy = person("Zed Ray"), person("Amy Chu"), person("Cy Young")
    meet(cy, NOW + dt.timedelta(hours=6), goal="Afternoon")
    meet([zed, amy], NOW + dt.timedelta(hours=1), goal="Morning")
    meet(cy, NOW + dt.timedelta(hours=2), goal="Late morning")
    meet(cy, NOW + dt.timedelta(days=1), goal="Tomorrow")
    sheets = prepsheet.todays_sheets(NOW)
    assert [(s.contact.full_name, s.meeting.goal) for s in sheets] == [
        ("Amy Chu", "Morning"),
        ("Zed Ray", "Morning"),
        ("Cy Young", "Late morning"),
        ("Cy Young", "Afternoon"),  # each sheet for its own meeting, not Cy's next one
    ]
    assert {s.generated_on for s in sheets} == {TODAY}


# How you are connected ------------------------------------------------------------------------


def test_connection_of_someone_not_placed_or_met_directly(db):
    bob = person("Bob Stone")
    assert page_of(bob).section("How you are connected") == [
        "Me → Bob Stone",
        "«You have not recorded who introduced you.»",
    ]
    referrals.place_under_me(bob)
    assert page_of(bob).section("How you are connected") == [
        "Me → Bob Stone",
        "«You met directly.»",
    ]


def test_connection_thanks_the_nearest_introducer_then_those_further_up(db):
    ann, bea, cy, bob = person("Ann Lee"), person("Bea Moss"), person("Cy Young"), person("Bob")
    referrals.refer(ann, bea)
    assert (
        page_of(bea).section("How you are connected")[1]
        == "Thank **Ann Lee** for the introduction."
    )
    referrals.refer(bea, cy)
    assert page_of(cy).section("How you are connected")[1] == (
        "Thank **Bea Moss** for the introduction (and Ann Lee further up the chain)."
    )
    referrals.refer(cy, bob)
    assert page_of(bob).section("How you are connected") == [
        "Me → Ann Lee → Bea Moss → Cy Young → Bob",
        "Thank **Cy Young** for the introduction (and Bea Moss, Ann Lee further up the chain).",
    ]


def test_connection_lists_whom_they_introduced_met_with_and_colleagues(db):
    bob = person("Bob Stone", company="Acme")
    for name in ("Zoe Park", "Adam Fox"):
        referrals.refer(bob, person(name))
    dan, eve, other = person("Dan Wu"), person("Eve Ng"), person("Fay Lo")
    meet([bob, eve], NOW - dt.timedelta(days=3))
    meet([bob, dan, eve], NOW - dt.timedelta(days=9))
    meet([other], NOW - dt.timedelta(days=1))  # not with Bob
    colleagues = [f"Colleague {c}" for c in "JIHGFEDCBA"]  # ten, added out of order
    for name in colleagues:
        person(name, company="Acme")
    person("Aaron Outsider", company="Acme Robotics")  # first by name, at another company
    assert (
        page_of(bob).section("How you are connected")[2:]
        == [
            "**They introduced you to:** Adam Fox, Zoe Park",
            "**You met them with:** Dan Wu, Eve Ng",  # each once, by name
            "**Also at Acme:** " + ", ".join(sorted(colleagues)[:8]),  # the first eight by name
        ]
    )


# Who they are ---------------------------------------------------------------------------------


def test_who_they_are_prints_every_field_in_order(db):
    bob = person(
        "Bob Stone",
        email="bob@example.com",
        phone="+1 555 0100",
        linkedin_url="https://www.linkedin.com/in/bob",
        location="Lisbon",
        warmth="warm",
        tags=["hiking", "python"],
        story="Taught maths\nthen moved to data",
        expertise="Kubernetes on Mac OS X.\nAnd more",
        past_jobs=[Job("Globex", "Engineer"), Job("Initech", ""), Job("", "Consultant")],
        how_we_met="PyCon\nLisbon",
        notes="Has two kids\n- Is the team hiring?",
    )
    assert page_of(bob).section("Who they are") == [
        "Email | bob@example.com",
        "Phone | +1 555 0100",
        "LinkedIn | https://www.linkedin.com/in/bob",
        "Location | Lisbon",
        "Warmth | Warm",
        "Tags | hiking, python",
        "**Their story:** Taught maths",
        "then moved to data",
        "**Expert in:** Kubernetes on Mac OS X.",
        "And more",
        "**Before:** Engineer at Globex; Initech; Consultant",
        "**How you met:** PyCon",
        "Lisbon",
        "**Your notes:**",
        "Has two kids",
        "- Is the team hiring?",
        "**Questions worth asking**",
        "- What have you learned about Kubernetes on Mac OS X that most people get wrong?",
        "- Is the team hiring?",
    ]


def test_who_they_are_leaves_out_what_is_empty(db):
    bob = person("Bob Stone", phone="+1 555 0100")
    assert page_of(bob).section("Who they are") == ["Phone | +1 555 0100"]
    assert page_of(person("Cy Young")).section("Who they are") == [
        "«Nothing recorded about them yet.»"
    ]


def test_questions_come_from_every_note_once_newest_first_at_most_eight(db):
    bob = person("Bob Stone", notes="* Kids?\n  • Is he hiring?  ", how_we_met="Xerox PARC?")
    meet(bob, NOW - dt.timedelta(days=40), notes="Oldest?")
    meet(bob, NOW - dt.timedelta(days=4), notes="Which team? not a question\nIs he hiring?")
    meet(bob, NOW + dt.timedelta(hours=1), goal="Can you intro me?", agenda="· Budget?",
         notes="Why not?")  # fmt: skip
    questions = page_of(bob).section("Who they are")
    assert questions[questions.index("**Questions worth asking**") + 1 :] == [
        "- Can you intro me?",
        "- Budget?",
        "- Why not?",
        "- Kids?",
        "- Is he hiring?",
        "- Xerox PARC?",
        "- Oldest?",
    ]


def test_at_most_eight_questions_the_first_written(db):
    bob = person("Bob Stone", notes="\n".join(f"Question {n}?" for n in range(1, 11)))
    first_eight = [f"Question {n}?" for n in (1, 2, 3, 4, 5, 6, 7, 8)]
    assert prepsheet.compose(contact_id=bob, now=NOW).questions == first_eight


# Past meetings and open follow-ups --------------------------------------------------------


def test_history_of_a_first_meeting_with_open_follow_ups(db):
    bob = person("Bob Stone")
    for title, due in (("Send the article", TODAY + dt.timedelta(days=5)), ("Thank him", TODAY),
                       ("Call back", TODAY - dt.timedelta(days=3)),
                       ("Book a room", TODAY + dt.timedelta(days=1)),
                       ("Reply", TODAY - dt.timedelta(days=1))):  # fmt: skip
        followups.add(title, due, contact_id=bob)
    done = followups.add("Already done", TODAY, contact_id=bob)
    followups.done(done.id, TODAY)
    assert page_of(bob).section("Past meetings") == [
        "«This is your first meeting.»",
        "**Open follow-ups**",
        "- Call back «(due 3 days overdue)»",
        "- Reply «(due 1 day overdue)»",
        "- Thank him «(due today)»",
        "- Book a room «(due tomorrow)»",
        "- Send the article «(due Wed 02 Dec)»",
    ]


def test_history_lists_past_meetings_newest_first_with_their_key_lines(db):
    bob = person("Bob Stone")
    followups.add("Send the article", TODAY, contact_id=bob)
    meet(bob, dt.datetime(2026, 11, 20, 9), kind="call",
         notes="one\n\n two \nthree\nfour\nfive\nsix")  # fmt: skip
    meet(bob, dt.datetime(2026, 11, 24, 9), notes="  \n ")
    meet(bob, dt.datetime(2026, 11, 10, 9), kind="lunch", notes="a\nb\nc\nd")
    meet(bob, NOW + dt.timedelta(days=1))  # the one prepared: not in the history
    assert page_of(bob).section("Past meetings") == [
        "**Open follow-ups**",
        "- Send the article «(due today)»",
        "24 Nov 2026 «· Coffee»",
        "«No notes.»",
        "20 Nov 2026 «· Call»",
        "one",
        "two",
        "three",
        "four «(+2 more lines)»",
        "10 Nov 2026 «· Lunch»",
        "a",
        "b",
        "c",
        "d",
    ]


def test_history_shows_twelve_meetings_and_counts_the_rest(db):
    bob = person("Bob Stone")
    for day in range(1, 15):
        meet(bob, dt.datetime(2026, 11, day, 9), notes=f"day {day}")
    meet(bob, NOW + dt.timedelta(days=1))
    lines = page_of(bob).section("Past meetings")
    shown = [line for line in lines if line.startswith("day ")]
    assert lines[0] == "14 Nov 2026 «· Coffee»"  # no follow-ups: the meetings come first
    assert shown == ["day 14", "day 13", "day 12", "day 11", "day 10", "day 9",
                     "day 8", "day 7", "day 6", "day 5", "day 4", "day 3"]  # fmt: skip
    assert lines[-1] == "«…and 2 earlier meetings.»"
    sheet = prepsheet.compose(contact_id=bob, now=NOW)
    assert (len(sheet.past_meetings), sheet.more_past_meetings) == (12, 2)


# Give and ask ---------------------------------------------------------------------------------


def entry(contact, direction, kind, day, note="", **kw):
    ledger.record(LedgerInput(contact, direction, kind, note, occurred_on=day, **kw))


def test_give_and_ask_lists_the_five_newest_of_each_with_the_balance(db):
    bob, ann = person("Bob Stone"), person("Ann Lee")
    for day in range(1, 8):  # seven asks: the five newest are shown
        entry(bob, "asked", "advice", dt.date(2026, 11, day), f"Ask {day}?\nsecond line")
    entry(bob, "gave", "introduction", dt.date(2026, 11, 25), "  ", other_contact_id=ann)
    entry(bob, "they_gave", "article", dt.date(2026, 11, 26), "A good read")
    assert page_of(bob).section("Give and ask") == [
        "**Balance:** You gave 1 · asked 7 · they gave 1 · balance −7",
        "**What you asked before**",
        "- «07 Nov 2026» Advice: Ask 7? «· open»",
        "- «06 Nov 2026» Advice: Ask 6? «· open»",
        "- «05 Nov 2026» Advice: Ask 5? «· open»",
        "- «04 Nov 2026» Advice: Ask 4? «· open»",
        "- «03 Nov 2026» Advice: Ask 3? «· open»",
        "**What you gave**",
        "- «25 Nov 2026» Introduction (Ann Lee) «· made»",
        "**What they gave you**",
        "- «26 Nov 2026» Article: A good read",
        "«You have asked more than you gave: think of an introduction, an article or an "
        "insight you could offer.»",
    ]


def test_give_and_ask_nudges_only_someone_who_asked_more_than_they_gave(db):
    bob = person("Bob Stone")
    assert page_of(bob).section("Give and ask") == ["**Balance:** Nothing given or asked yet."]
    entry(bob, "gave", "advice", TODAY)
    entry(bob, "asked", "advice", TODAY, status="granted")
    assert page_of(bob).section("Give and ask") == [
        "**Balance:** You gave 1 · asked 1 · they gave 0 · balance 0",
        "**What you asked before**",
        "- «27 Nov 2026» Advice «· granted»",
        "**What you gave**",
        "- «27 Nov 2026» Advice",
    ]


def test_give_and_ask_offers_six_insights_newest_first_and_no_nudge(db):
    bob = person("Bob Stone", tags=["Python"])
    entry(bob, "asked", "advice", TODAY)
    for n in range(1, 9):
        insights.add_insight(
            InsightInput(f"Insight {n}", tags=[("topic", "python")], noted_on=dt.date(2026, 11, n))
        )
    lines = page_of(bob).section("Give and ask")
    assert lines[3:] == [
        "**What you can give them** «(tick what you shared)»",
        *[f"☐ | Insight {n} «(about python, one of their interests)»" for n in range(8, 2, -1)],
    ]


def test_a_sheet_without_a_balance_or_entries_has_no_give_and_ask(db):
    sheet = prepsheet.compose(contact_id=person("Bob Stone"), now=NOW)
    bare = prepsheet.PrepSheet(
        contact=sheet.contact, meeting=None, chain=["Me", "Bob Stone"], placed=False, thanks=[],
        past_meetings=[], generated_on=TODAY,
    )  # fmt: skip
    shown = Page(prepsheet.to_html(bare)).lines
    assert "## Give and ask" not in shown
    assert shown == Page(prepsheet.to_html(bare, PrepOptions(give_and_ask=False))).lines


# Your plan, lines for notes, sections ---------------------------------------------------------


CLOSING = (
    "«Keep it short and pleasant: {} minutes, thank them for their time, and end when you "
    "said you would.»"
)


def test_the_plan_prints_the_goal_and_agenda_line_by_line(db):
    bob = person("Bob Stone")
    meet(bob, NOW + dt.timedelta(hours=1), duration_minutes=20,
         goal="A referral\nto the platform team", agenda="1. Catch up\n2. The role")  # fmt: skip
    assert page_of(bob).section("Your plan") == [
        "**The one ask:** A referral",
        "to the platform team",
        "**Agenda**",
        "1. Catch up",
        "2. The role",
        CLOSING.format(20),
    ]


def test_the_plan_without_goal_agenda_or_meeting(db):
    bob = person("Bob Stone")
    assert page_of(bob).section("Your plan") == [
        "«Nothing planned. Add a meeting to write a goal and agenda.»"
    ]
    meet(bob, NOW + dt.timedelta(hours=1), duration_minutes=50)
    assert page_of(bob).section("Your plan") == [
        "«No goal or agenda written yet.»",
        CLOSING.format(50),
    ]
    meet(bob, NOW + dt.timedelta(minutes=30), agenda="Only an agenda")
    assert page_of(bob).section("Your plan") == [
        "**Agenda**",
        "Only an agenda",
        CLOSING.format(30),
    ]


def test_sections_in_order_each_of_which_can_be_switched_off(db):
    bob = person("Bob Stone")
    page = page_of(bob)
    every = ["Your plan", "How you are connected", "Who they are", "Give and ask",
             "Past meetings", "Notes"]  # fmt: skip
    assert page.headings() == every
    assert page.classes.count("line") == 9  # nine ruled lines to write on
    names = ["plan", "connection", "about", "give_and_ask", "history", "notes_area"]
    for name, heading in zip(names, every, strict=True):
        without = page_of(bob, options=PrepOptions(**{name: False})).lines
        start = page.lines.index(f"## {heading}")
        end = start + 1 + len(page.section(heading))
        assert without == page.lines[:start] + page.lines[end:], f"{name} off"
    assert page_of(bob, options=PrepOptions(notes_area=False)).classes.count("line") == 0


def test_every_class_the_sheet_uses_is_styled_by_its_template(db):
    bob = person("Bob Stone", email="b@example.com", company="Acme", tags=["go"])
    referrals.refer(person("Ann Lee"), bob)
    meet(bob, NOW - dt.timedelta(days=3), notes="1\n2\n3\n4\n5")
    meet(bob, NOW + dt.timedelta(hours=1), goal="A referral")
    entry(bob, "asked", "advice", TODAY)
    followups.add("Call back", TODAY, contact_id=bob)
    insights.add_insight(InsightInput("News", tags=[("topic", "go")]))
    styled = set(
        re.findall(r"\.([\w-]+)\s*\{", resources.read_text("templates", "prep_sheet.html"))
    )
    used = set(Page(prepsheet.to_html(prepsheet.compose(contact_id=bob, now=NOW))).classes)
    assert used - styled == set()
    assert {"chain", "goal", "when", "label", "tick", "meeting-date", "rule", "line"} <= used


# Options remembered ---------------------------------------------------------------------------


def test_options_are_remembered_and_odd_values_ignored(db, data_dir):
    assert prepsheet.load_options() == PrepOptions()
    prepsheet.save_options(PrepOptions(about=False, paper="letter"))
    assert prepsheet.load_options() == PrepOptions(about=False, paper="letter")
    (data_dir / "settings.json").write_text(
        '{"prep_sheet": {"plan": false, "history": 0, "paper": "a4", "colour": true}}'
    )
    assert prepsheet.load_options() == PrepOptions(plan=False, paper="a4")
    for paper in ("AUTO", "A4", "Letter", "a3", ""):  # only "a4" and "letter" choose a paper
        (data_dir / "settings.json").write_text(json.dumps({"prep_sheet": {"paper": paper}}))
        assert prepsheet.load_options().paper == "auto", paper


def test_entries_of_a_kind_or_status_this_version_has_no_label_for_print_as_stored(db):
    bob, ann = person("Bob Stone"), person("Ann Lee")
    entry(bob, "gave", "introduction", TODAY, other_contact_id=ann, status="to_make")
    entry(bob, "asked", "advice", TODAY - dt.timedelta(days=1))
    # A newer Giveback wrote a kind and a status this one does not know.
    LedgerEntry.update(kind="coffee_chat", status="pending").where(
        LedgerEntry.direction == "asked"
    ).execute()
    lines = page_of(bob).section("Give and ask")
    assert lines[1:5] == [
        "**What you asked before**",
        "- «26 Nov 2026» coffee_chat «· pending»",
        "**What you gave**",
        "- «27 Nov 2026» Introduction (Ann Lee) «· to make»",
    ]


# The name of the PDF --------------------------------------------------------------------------


def test_a_long_name_is_cut_to_fit_without_a_trailing_dash_or_dot(db):
    name = "A" * 100 + " -. B"  # cut inside " -. ": what is left must not end in a dash or dot
    sheet = prepsheet.compose(contact_id=person(name), now=NOW)
    assert prepsheet.pdf_file_name([sheet]) == "Prep sheet - " + "A" * 100 + ".pdf"


def test_a_name_starting_or_ending_in_x_keeps_it_in_the_file_name(db):
    sheet = prepsheet.compose(contact_id=person("Xavier Malcolm X"), now=NOW)
    assert prepsheet.pdf_file_name([sheet]) == "Prep sheet - Xavier Malcolm X.pdf"
