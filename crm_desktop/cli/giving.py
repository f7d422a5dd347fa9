"""``giveback log-give``, ``ask``, ``they-gave``, ``ledger`` and ``only-taking``; insights
(``insight``, ``insights``, ``give-insight``)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from crm_desktop.cli.dates import parse_date
from crm_desktop.cli.output import print_json, print_record, print_records
from crm_desktop.services.text import show_date

# The services are imported inside each command: `giveback --help` starts without them.

LEDGER_KINDS = "introduction, insight, advice, article, job_referral, favour or thanks"
LEDGER_COMMANDS = (  # command, direction recorded, help
    ("log-give", "gave", "record something you gave NAME"),
    ("ask", "asked", "record something you asked of NAME"),
    ("they-gave", "they_gave", "record something NAME gave you without being asked"),
)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    for name, direction, help_text in LEDGER_COMMANDS:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("name")
        p.add_argument("--kind", required=True, help=LEDGER_KINDS)
        p.add_argument("--note", default="")
        p.add_argument("--on", metavar="YYYY-MM-DD", help="when (default today)")
        p.add_argument(
            "--status",
            help="for asks: open, granted, declined; for introductions: to_make, requested, made",
        )
        p.add_argument("--to", metavar="NAME", help="for an introduction: the other person")
        p.add_argument("--json", action="store_true")
        p.set_defaults(direction=direction)

    p = sub.add_parser("ledger", help="what you gave NAME and asked of them, and the balance")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("only-taking", help="people you took more from than you gave")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("insight", help="note something you learned, tagged to offer it later")
    p.add_argument("text")
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="FACET:NAME",
        help="company:NAME, industry:NAME or topic:NAME (repeat for more)",
    )
    p.add_argument("--from", dest="source", metavar="NAME", help="who told you")
    p.add_argument("--private", action="store_true", help="heard in confidence: never offer it")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("insights", help="list insights, or what you can give NAME with --for")
    p.add_argument("--for", dest="for_name", metavar="NAME")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("give-insight", help="record that you shared insight #ID with NAME")
    p.add_argument("insight_id", type=int)
    p.add_argument("name")


def _ledger_entry(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.giving import ledger

    person = contacts.find_contact(args.name)
    other = contacts.find_contact(args.to).id if args.to else None
    entry = ledger.record(
        ledger.LedgerInput(
            contact_id=person.id,
            direction=args.direction,
            kind=args.kind.strip().lower().replace("-", "_").replace(" ", "_"),
            note=args.note,
            occurred_on=parse_date(args.on),
            status=args.status,
            other_contact_id=other,
        )
    )
    if args.json:
        print_json(asdict(entry))
        return 0
    print(f"{person.full_name}: {entry.summary}" + (f" — {entry.note}" if entry.note else ""))
    print(f"Balance with {person.full_name}: {ledger.balance(person.id).summary}")
    return 0


def _ledger(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.giving import ledger

    person = contacts.find_contact(args.name)
    entries = ledger.entries_for(person.id)
    bal = ledger.balance(person.id)
    if args.json:
        print_json(
            {
                "contact": person.full_name,
                "balance": {**asdict(bal), "score": bal.score},
                "entries": [asdict(e) for e in entries],
            }
        )
        return 0
    print(f"{person.full_name}: {bal.summary}")
    for e in entries:
        note = f" — {e.note}" if e.note else ""
        print(f"  {show_date(e.occurred_on)}  {e.summary}{note}")
    return 0


def _only_taking(args: argparse.Namespace) -> int:
    from crm_desktop.services.giving import taking

    def line(r: taking.TakingContact) -> str:
        return f"{r.full_name} ({r.balance.label}): {r.suggestion}"

    def fields(r: taking.TakingContact) -> dict:
        return {**asdict(r), "score": r.balance.score}

    rows = taking.only_taking()
    if not rows and not args.json:
        print("Nobody: you have given at least as much as you took.")
    print_records(rows, args.json, line, fields)
    return 0


def _insight(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.giving import insights

    source = contacts.find_contact(args.source).id if args.source else None
    record = insights.add_insight(
        insights.InsightInput(
            text=args.text,
            tags=[insights.parse_tag(t) for t in args.tag],
            shareable=not args.private,
            source_contact_id=source,
        )
    )
    tags = f" [{record.tags_label}]" if record.tags else ""
    private = " (private: never offered)" if not record.shareable else ""
    print_record(record, args.json, f"Insight #{record.id}{tags}{private}: {record.text}")
    return 0


def _insights(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.giving import insights

    def line(r: insights.InsightRecord) -> str:
        why = f" ({r.reason})" if r.reason else ""
        private = "" if r.shareable else " [private]"
        return f"#{r.id}  {show_date(r.noted_on)}  {r.text}{why}{private}"

    if args.for_name:
        person = contacts.find_contact(args.for_name)
        rows = insights.what_i_can_give(person.id)
        if not rows and not args.json:
            print(f"No insight to offer {person.full_name} yet.")
        empty = ""  # said above
    else:
        rows = insights.list_insights()
        empty = "No insights yet."
    print_records(rows, args.json, line, empty=empty)
    return 0


def _give_insight(args: argparse.Namespace) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.giving import insights, ledger

    person = contacts.find_contact(args.name)
    insights.give(args.insight_id, person.id)
    print(f"Gave {person.full_name} insight #{args.insight_id}.")
    print(f"Balance with {person.full_name}: {ledger.balance(person.id).summary}")
    return 0


COMMANDS = {
    "log-give": _ledger_entry,
    "ask": _ledger_entry,
    "they-gave": _ledger_entry,
    "ledger": _ledger,
    "only-taking": _only_taking,
    "insight": _insight,
    "insights": _insights,
    "give-insight": _give_insight,
}
