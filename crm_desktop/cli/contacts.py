"""``giveback add-contact``, ``edit-contact``, ``contacts``, ``company`` and ``load-sample``."""

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

    p = sub.add_parser(
        "edit-contact", help="change a contact's name, work, email, phone, location or tags"
    )
    p.add_argument("name", help="the contact's name, or #ID")
    p.add_argument("--name", dest="new_name", metavar="NAME", help="a new name")
    p.add_argument("--company")
    p.add_argument("--title")
    p.add_argument("--email", help='replaces the first email address ("" removes it)')
    p.add_argument("--phone", help='replaces the first phone number ("" removes it)')
    p.add_argument("--location")
    p.add_argument("--tag", action="append", default=[], help="add a tag (repeat for more)")
    p.add_argument(
        "--remove-tag", action="append", default=[], metavar="TAG", help="repeat for more"
    )
    p.add_argument("--json", action="store_true", help="print the contact as JSON")

    p = sub.add_parser("contacts", help="list contacts, best matches first with --search")
    p.add_argument("--search", default="", metavar="Q")
    p.add_argument("--archived", action="store_true", help="list the archived contacts instead")
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


def _without_first(methods: list, kind: str) -> list:
    """*methods* without the first one of *kind*: what ``--email ""`` asks for."""
    first = next((m for m in methods if m.kind == kind), None)
    return [m for m in methods if m is not first]


def _edited_tags(tags: tuple[str, ...], added: list[str], removed: list[str]) -> list[str]:
    """*tags* with *added* appended and *removed* taken out, case and accents ignored."""
    from crm_desktop.services.text import clean_tags, fold

    gone = {fold(t) for t in clean_tags(removed)}
    return [t for t in clean_tags([*tags, *added]) if fold(t) not in gone]


def _edit_contact(args: argparse.Namespace) -> int:
    from crm_desktop.errors import InvalidInput
    from crm_desktop.services.contacts import contacts

    fields = {
        "full_name": args.new_name,
        "company": args.company,
        "title": args.title,
        "email": args.email,
        "phone": args.phone,
        "location": args.location,
    }
    given = {k: v for k, v in fields.items() if v is not None}
    if not given and not args.tag and not args.remove_tag:
        raise InvalidInput(
            "Nothing to change: give --name, --company, --title, --email, --phone, "
            "--location, --tag or --remove-tag."
        )
    record = contacts.find_contact(args.name)
    data = record.to_input()
    methods = list(record.methods)
    for kind in ("email", "phone"):
        if given.get(kind) == "":
            methods = _without_first(methods, kind)
    data.methods = methods
    for key, value in given.items():
        setattr(data, key, value)
    data.tags = _edited_tags(record.tags, args.tag, args.remove_tag)
    # One save: a bad email address or an empty name changes nothing, tags included.
    saved = contacts.update_contact(record.id, data)
    print_record(saved, args.json, f"Updated #{saved.id} {saved.label}")
    return 0


def _contacts(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.contacts.types import ContactRow

    def line(r: ContactRow) -> str:
        work = " · ".join(p for p in (r.title, r.company) if p)
        return tabbed(f"#{r.id}", r.full_name, work, r.email)

    if args.archived:
        rows = contacts.list_archived(args.search)
        empty = "No archived contacts."
        if args.search.strip():
            empty = f"No archived contacts match “{args.search.strip()}”."
        print_records(rows, args.json, line, empty=empty)
        return 0
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
    "edit-contact": _edit_contact,
    "contacts": _contacts,
    "load-sample": _load_sample,
    "company": _company,
}
