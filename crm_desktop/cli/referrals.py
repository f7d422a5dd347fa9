"""``giveback refer``, ``chain`` and ``path``: who introduced you to whom, and warm paths."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from crm_desktop.cli.output import print_json
from crm_desktop.errors import InvalidInput

# The services are imported inside each command: `giveback --help` starts without them.


def add_parsers(sub: argparse._SubParsersAction) -> None:
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


def _refer(args: argparse.Namespace) -> int:
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


def _chain(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.graph import referrals

    contact = contacts.find_contact(args.name)
    placed = referrals.placement(contact.id) is not None
    names = referrals.chain_names(contact.id) if placed else []
    if args.json:
        print_json(
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


def _path(args: argparse.Namespace) -> int:
    from crm_desktop.services.graph import warm_path

    found = warm_path.find(args.target)
    if args.json:
        print_json(found.to_json())
        return 0 if found.chains else 1
    print(found.summary())
    for rank, chain in enumerate(found.chains, start=1):
        print(f"{rank}. {chain.line()}")
        print(f"   {chain.explanation()}")
    for person in found.unplaced:
        print(f"No known chain to {person.full_name}: not in your referral graph yet.")
    return 0 if found.chains else 1


COMMANDS = {
    "refer": _refer,
    "chain": _chain,
    "path": _path,
}
