"""The ``giveback`` command: the GUI with no subcommand, scripting with one.

Every subcommand calls the same services as the GUI.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict

from crm_desktop import APP_NAME, __version__, paths
from crm_desktop.cli import interchange as cli_interchange
from crm_desktop.cli import ledger as cli_ledger


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="giveback",
        description=f"{APP_NAME}: a local-first CRM for people who network. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep the database in DIR instead of the usual data folder (also ${paths.ENV_VAR})",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window on a temporary data folder, render a prep sheet, quit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("add-contact", help="add a contact")
    p.add_argument("name")
    p.add_argument("--company", default="")
    p.add_argument("--title", default="")
    p.add_argument("--email", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--linkedin", default="", help="LinkedIn profile URL")
    p.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    p.add_argument("--how-we-met", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--json", action="store_true", help="print the new contact as JSON")

    p = sub.add_parser("contacts", help="list contacts, best matches first with --search")
    p.add_argument("--search", default="", metavar="Q")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("refer", help="record that REFERRER introduced you to REFERRED")
    p.add_argument("referrer")
    p.add_argument("referred")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="date of the introduction (default today)")

    p = sub.add_parser("chain", help="print the chain of introductions from Me to NAME")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("path", help="the warm paths from Me to a company or a person, best first")
    p.add_argument("target", metavar="COMPANY_OR_NAME")
    p.add_argument("--json", action="store_true")

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

    sub.add_parser("load-sample", help="fill an empty database with the sample network")
    cli_ledger.add_parsers(sub)
    cli_interchange.add_parsers(sub)

    p = sub.add_parser("backup", help="back up the database (to FILE, else the backups folder)")
    p.add_argument("file", nargs="?", metavar="FILE")
    sub.add_parser("backups", help="list the backups, newest first")
    p = sub.add_parser("restore", help="replace the database with the backup FILE")
    p.add_argument("file", metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.smoke_test:
        from crm_desktop.ui.shell.app import smoke_test

        return smoke_test()
    if args.command is None:
        from crm_desktop.ui.shell.app import run_gui

        return run_gui()
    from crm_desktop.errors import AmbiguousName, GivebackError, NotFound
    from crm_desktop.store import DatabaseTooNew

    try:
        if args.command not in WITHOUT_DATABASE and not _open_database():
            return 2
        return COMMANDS[args.command](args)
    except (NotFound, AmbiguousName) as err:
        print(f"giveback: {err}", file=sys.stderr)
        for candidate in err.candidates:
            print(f"  {candidate}", file=sys.stderr)
        return 2
    except (GivebackError, DatabaseTooNew) as err:
        print(f"giveback: {err}", file=sys.stderr)
        return 2


def _open_database() -> bool:
    """Check, open and (once a day) back up the database; False if it was damaged."""
    from crm_desktop.services import backups

    report = backups.open_database()
    if report.backup_problem:
        print(f"giveback: {report.backup_problem}", file=sys.stderr)
    if not report.damaged:
        return True
    print(f"giveback: {backups.damaged_message(report)}", file=sys.stderr)
    if report.newest_backup is not None:
        path = report.newest_backup.path
        print(f"Restore it with:\n  giveback restore '{path}'", file=sys.stderr)
    return False


def _backup(args) -> int:
    from crm_desktop.services import backups

    target = backups.backup_now(args.file)
    info = backups.read_info(target)
    print(f"Backed up {backups.contacts_phrase(info.contact_count)} to {target}")
    return 0


def _backups(args) -> int:
    from crm_desktop.services import backups

    for b in backups.list_backups():
        count = backups.contacts_phrase(b.contact_count)
        print("\t".join([f"{b.taken_at:%Y-%m-%d %H:%M}", count, b.reason_label, str(b.path)]))
    return 0


def _restore(args) -> int:
    from pathlib import Path

    from crm_desktop.instance_lock import app_closed
    from crm_desktop.services import backups

    # Swapping the file under an open window would lose its later saves.
    with app_closed("restore", "Restore from Backup…"):
        saved = backups.restore(args.file)
    info = backups.read_info(Path(args.file))
    print(f"Restored {backups.contacts_phrase(info.contact_count)} from {info.path}")
    if saved is not None:
        print(f"Your previous data was kept in {saved}")
    return 0


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _add_contact(args) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.contacts.types import ContactInput

    record = contacts.add_contact(
        ContactInput(
            full_name=args.name,
            company=args.company,
            title=args.title,
            email=args.email,
            phone=args.phone,
            linkedin_url=args.linkedin,
            tags=args.tag,
            how_we_met=args.how_we_met,
            notes=args.notes,
        )
    )
    if args.json:
        _print_json(asdict(record))
    else:
        print(f"Added #{record.id} {record.label}")
    return 0


def _contacts(args) -> int:
    from crm_desktop.services.contacts import contacts

    rows = contacts.list_contacts(args.search)
    if args.json:
        _print_json([asdict(r) for r in rows])
        return 0
    for r in rows:
        work = " · ".join(p for p in (r.title, r.company) if p)
        print("\t".join([f"#{r.id}", r.full_name, work, r.email]))
    return 0


def _refer(args) -> int:
    import datetime as dt

    from crm_desktop.errors import InvalidInput
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.graph import referrals

    referrer = contacts.find_contact(args.referrer)
    referred = contacts.find_contact(args.referred)
    on = None
    if args.on:
        try:
            on = dt.date.fromisoformat(args.on)
        except ValueError:
            raise InvalidInput(f"“{args.on}” is not a date; write it as YYYY-MM-DD.") from None
    referrals.refer(referrer.id, referred.id, on)
    print(f"{referrer.full_name} introduced you to {referred.full_name}.")
    print(" → ".join(referrals.chain_names(referred.id)))
    return 0


def _chain(args) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.graph import referrals

    contact = contacts.find_contact(args.name)
    placed = referrals.placement(contact.id) is not None
    names = referrals.chain_names(contact.id) if placed else []
    if args.json:
        _print_json(
            {
                "contact": contact.full_name,
                "placed": placed,
                "chain": names,
                "thank": referrals.whom_to_thank(contact.id) if placed else [],
            }
        )
        return 0
    if not placed:
        print(f"{contact.full_name} is not in your referral graph yet.", file=sys.stderr)
        return 1
    print(" → ".join(names))
    return 0


def _path(args) -> int:
    from crm_desktop.services.graph import warm_path

    found = warm_path.find(args.target)
    if args.json:
        _print_json(found.to_json())
        return 0 if found.chains else 1
    print(found.summary())
    for rank, chain in enumerate(found.chains, start=1):
        print(f"{rank}. {chain.line()}")
        print(f"   {chain.explanation()}")
    for person in found.unplaced:
        print(f"No known chain to {person.full_name}: not in your referral graph yet.")
    return 0 if found.chains else 1


def _meeting(args) -> int:
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
    if args.json:
        _print_json(asdict(record))
    else:
        print(
            f"Meeting #{record.id}: {record.kind_label} with {record.with_whom}, "
            f"{record.starts_at:%Y-%m-%d %H:%M}"
        )
    return 0


def _meetings(args) -> int:
    from crm_desktop.services.meetings import meetings

    rows = meetings.list_meetings(args.when)
    if args.json:
        _print_json([asdict(r) for r in rows])
        return 0
    for m in rows:
        print(
            "\t".join(
                [f"#{m.id}", f"{m.starts_at:%Y-%m-%d %H:%M}", m.kind_label, m.with_whom, m.place]
            )
        )
    return 0


def _prep(args) -> int:
    from crm_desktop.errors import InvalidInput
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
    from crm_desktop.printing.prep import sheets_to_pdf

    target = sheets_to_pdf(sheets, args.pdf, options)
    print(f"Wrote {target} ({len(sheets)} sheet{'s' if len(sheets) != 1 else ''})")
    return 0


def _load_sample(args) -> int:
    from crm_desktop.services.sample import sample

    count = sample.load_sample_network()
    print(f"Loaded the sample network: {count} contacts.")
    return 0


def _ensure_gui_application() -> None:
    """Text layout needs a QGuiApplication; without a screen, use the offscreen one."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    has_screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _gui_app
    _gui_app = QGuiApplication(["giveback"])


_gui_app = None

# Commands that must work on a damaged or missing database: they open it themselves.
WITHOUT_DATABASE = {"restore"}

COMMANDS = {
    "add-contact": _add_contact,
    "contacts": _contacts,
    "refer": _refer,
    "chain": _chain,
    "path": _path,
    "meeting": _meeting,
    "meetings": _meetings,
    "prep": _prep,
    "load-sample": _load_sample,
    "backup": _backup,
    "backups": _backups,
    "restore": _restore,
    **cli_ledger.COMMANDS,
    **cli_interchange.COMMANDS,
}
