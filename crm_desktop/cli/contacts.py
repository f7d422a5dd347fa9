"""``giveback add-contact``, ``contacts``, ``company`` and ``load-sample``."""

from __future__ import annotations

import argparse

from crm_desktop.cli.output import print_record, print_records, tabbed

# The services are imported inside each command: `giveback --help` starts without them.


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """``add-contact`` and ``contacts``."""
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


def add_sample_parser(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("load-sample", help="fill an empty database with the sample network")


def add_company_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("company", help="set a company's industry and competitors")
    p.add_argument("name")
    p.add_argument("--industry")
    p.add_argument("--competitor", action="append", metavar="NAME", help="repeat for more")


def _add_contact(args: argparse.Namespace) -> int:
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
    print_record(record, args.json, f"Added #{record.id} {record.label}")
    return 0


def _contacts(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.contacts.types import ContactRow

    def line(r: ContactRow) -> str:
        work = " · ".join(p for p in (r.title, r.company) if p)
        return tabbed(f"#{r.id}", r.full_name, work, r.email)

    rows = contacts.list_contacts(args.search)
    empty = ""
    if args.search.strip():
        empty = f"No contacts match “{args.search.strip()}”."
    elif not rows:
        archived = contacts.count_contacts()
        empty = f"No active contacts ({archived:,} archived)." if archived else "No contacts yet."
    print_records(rows, args.json, line, empty=empty)
    return 0


def _company(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import companies

    profile = companies.set_profile(args.name, args.industry, args.competitor)
    rivals = ", ".join(profile.competitors) or "none recorded"
    print(f"{profile.name}: industry {profile.industry or 'not set'}; competitors {rivals}")
    return 0


def _load_sample(args: argparse.Namespace) -> int:
    from crm_desktop.services.sample import sample

    count = sample.load_sample_network()
    print(f"Loaded the sample network: {count} contacts.")
    return 0


COMMANDS = {
    "add-contact": _add_contact,
    "contacts": _contacts,
    "load-sample": _load_sample,
    "company": _company,
}
