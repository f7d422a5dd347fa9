"""``giveback meeting``, ``meetings`` and ``prep``; follow-ups (``follow-up``, ``followups``,
``done``) and ``today``."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict

from crm_desktop.cli.dates import parse_date
from crm_desktop.cli.output import print_json, print_record, print_records, tabbed
from crm_desktop.errors import InvalidInput
from crm_desktop.services.text import plural, show_date

# The services are imported inside each command: `giveback --help` starts without them.


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """``meeting``, ``meetings`` and ``prep``."""
    p = sub.add_parser("meeting", help="plan (or record) a meeting with NAME")
    p.add_argument("name")
    p.add_argument("--at", required=True, metavar="'YYYY-MM-DD HH:MM'")
    p.add_argument(
        "--kind", default="coffee", help="coffee, call, video, lunch, event, email or other"
    )
    p.add_argument("--also", action="append", default=[], metavar="NAME", help="another attendee")
    p.add_argument("--outcome", default="")
    p.add_argument("--place", default="")
    p.add_argument("--minutes", type=int, default=30, help="duration (default 30)")
    p.add_argument("--goal", default="")
    p.add_argument("--agenda", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("meetings", help="list meetings")
    p.add_argument("--when", choices=["upcoming", "past", "all"], default="upcoming")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "prep", help="write the prep sheet for NAME's next (else last) meeting, or --today's"
    )
    p.add_argument("name", nargs="?")
    p.add_argument("--today", action="store_true", help="every meeting today, in one PDF")
    p.add_argument("--pdf", required=True, metavar="FILE")
    p.add_argument("--paper", choices=["auto", "a4", "letter"], help="default: your setting")


def add_follow_up_parsers(sub: argparse._SubParsersAction) -> None:
    """``follow-up``, ``followups`` and ``done``."""
    p = sub.add_parser("follow-up", help="add a follow-up: something to do by a date")
    p.add_argument("title")
    p.add_argument("--with", dest="name", metavar="NAME", help="the contact it concerns")
    p.add_argument("--due", metavar="DATE", help="YYYY-MM-DD, today, tomorrow or +N (days)")

    p = sub.add_parser("followups", help="list open follow-ups")
    p.add_argument("--due", choices=["today", "overdue", "all"], default="all")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("done", help="mark follow-up #ID done")
    p.add_argument("follow_up_id", type=int)


def add_today_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("today", help="what the Today view shows, as text")
    p.add_argument("--json", action="store_true")


def _meeting(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.meetings import meetings

    contact = contacts.find_contact(args.name)
    others = [contacts.find_contact(name).id for name in args.also]
    record = meetings.create_meeting(
        meetings.MeetingInput(
            contact_ids=[contact.id, *others],
            starts_at=meetings.parse_when(args.at),
            kind=args.kind,
            place=args.place,
            duration_minutes=args.minutes,
            goal=args.goal,
            agenda=args.agenda,
            notes=args.notes,
            outcome=args.outcome,
        )
    )
    text = (
        f"Meeting #{record.id}: {record.kind_label} with {record.with_whom}, "
        f"{show_date(record.starts_at, weekday=True, time=True)}"
    )
    print_record(record, args.json, text)
    return 0


def _meetings(args: argparse.Namespace) -> int:
    from crm_desktop.services.meetings import meetings

    def line(m: meetings.MeetingRecord) -> str:
        return tabbed(
            f"#{m.id}", show_date(m.starts_at, time=True), m.kind_label, m.with_whom, m.place
        )

    empty = {"upcoming": "No upcoming meetings.", "past": "No past meetings."}
    rows = meetings.list_meetings(args.when)
    print_records(rows, args.json, line, empty=empty.get(args.when, "No meetings."))
    return 0


def _prep(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.meetings import prepsheet

    if args.today == bool(args.name):
        raise InvalidInput("Name one contact, or use --today (not both).")
    if args.today:
        sheets = prepsheet.todays_sheets()
        if not sheets:
            print("No meetings today: no prep sheets written.", file=sys.stderr)
            return 1
    else:
        sheets = [prepsheet.compose(contact_id=contacts.find_contact(args.name).id)]
    options = prepsheet.load_options()
    if args.paper:
        options.paper = args.paper
    _ensure_gui_application()
    from crm_desktop.printing.prep import sheets_to_pdf  # Qt, loaded only to print

    target = sheets_to_pdf(sheets, args.pdf, options)
    print(f"Wrote {target} ({plural(len(sheets), 'sheet')})")
    return 0


def _ensure_gui_application() -> None:
    """Text layout needs a QGuiApplication; without a screen, use the offscreen one."""
    from PySide6.QtGui import QGuiApplication  # Qt, loaded only to print

    if QGuiApplication.instance() is not None:
        return
    has_screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _gui_app
    _gui_app = QGuiApplication(["giveback"])


_gui_app = None


def _follow_up(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.meetings import followups

    person = contacts.find_contact(args.name).id if args.name else None
    record = followups.add(args.title, due_on=parse_date(args.due, "due date"), contact_id=person)
    print(f"Follow-up #{record.id}, due {record.due_label()}: {record.title}")
    return 0


def _followups(args: argparse.Namespace) -> int:
    from crm_desktop.services.meetings import followups

    def line(r: followups.FollowUpRecord) -> str:
        who = f" ({r.contact_name})" if r.contact_name else ""
        return tabbed(f"#{r.id}", show_date(r.due_on), r.due_label(), f"{r.title}{who}")

    words = {"today": "due today", "overdue": "overdue", "all": "open"}
    empty = f"No follow-ups {words[args.due]}."
    print_records(followups.due(args.due), args.json, line, empty=empty)
    return 0


def _done(args: argparse.Namespace) -> int:
    from crm_desktop.services.meetings import followups

    record = followups.done(args.follow_up_id)
    print(f"Done: {record.title}")
    return 0


def _today(args: argparse.Namespace) -> int:
    from crm_desktop.services.meetings import today

    summary = today.summary()
    if args.json:
        print_json(asdict(summary))
        return 0
    print(today.as_text(summary))
    return 0


COMMANDS = {
    "meeting": _meeting,
    "meetings": _meetings,
    "prep": _prep,
    "follow-up": _follow_up,
    "followups": _followups,
    "done": _done,
    "today": _today,
}
