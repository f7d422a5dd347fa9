"""``giveback`` subcommands for gives, asks, insights, follow-ups and Today.

Registered by ``cli.py``; each calls the same services as the GUI.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import asdict

from crm_desktop.errors import InvalidInput

LEDGER_KINDS = "introduction, insight, advice, article, job_referral, favour or thanks"


def _date(text: str | None, what: str = "date") -> dt.date | None:
    if not text:
        return None
    lowered = text.strip().lower()
    if lowered == "today":
        return dt.date.today()
    if lowered == "tomorrow":
        return dt.date.today() + dt.timedelta(days=1)
    if lowered.startswith("+") and lowered[1:].rstrip("d").isdigit():
        return dt.date.today() + dt.timedelta(days=int(lowered[1:].rstrip("d")))
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"“{text}” is not a {what}; write it as YYYY-MM-DD, today, tomorrow or +N."
        ) from None


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def add_parsers(sub) -> None:
    for name, direction in (("log-give", "gave"), ("ask", "asked"), ("they-gave", "they_gave")):
        helps = {
            "gave": "record something you gave NAME",
            "asked": "record something you asked of NAME",
            "they_gave": "record something NAME gave you without being asked",
        }
        p = sub.add_parser(name, help=helps[direction])
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

    p = sub.add_parser("follow-up", help="add a follow-up: something to do by a date")
    p.add_argument("title")
    p.add_argument("--with", dest="name", metavar="NAME", help="the contact it concerns")
    p.add_argument("--due", metavar="DATE", help="YYYY-MM-DD, today, tomorrow or +N (days)")

    p = sub.add_parser("followups", help="list open follow-ups")
    p.add_argument("--due", choices=["today", "overdue", "all"], default="all")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("done", help="mark follow-up #ID done")
    p.add_argument("follow_up_id", type=int)

    p = sub.add_parser("company", help="set a company's industry and competitors")
    p.add_argument("name")
    p.add_argument("--industry")
    p.add_argument("--competitor", action="append", metavar="NAME", help="repeat for more")

    p = sub.add_parser("today", help="what the Today view shows, as text")
    p.add_argument("--json", action="store_true")


def _ledger_entry(args) -> int:
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
            occurred_on=_date(args.on),
            status=args.status,
            other_contact_id=other,
        )
    )
    if args.json:
        _print_json(asdict(entry))
        return 0
    print(f"{person.full_name}: {entry.summary}" + (f" — {entry.note}" if entry.note else ""))
    print(f"Balance with {person.full_name}: {ledger.balance(person.id).summary}")
    return 0


def _ledger(args) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.giving import ledger

    person = contacts.find_contact(args.name)
    entries = ledger.entries_for(person.id)
    bal = ledger.balance(person.id)
    if args.json:
        _print_json(
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
        print(f"  {e.occurred_on:%Y-%m-%d}  {e.summary}{note}")
    return 0


def _only_taking(args) -> int:
    from crm_desktop.services.giving import taking

    rows = taking.only_taking()
    if args.json:
        _print_json([{**asdict(r), "score": r.balance.score} for r in rows])
        return 0
    if not rows:
        print("Nobody: you have given at least as much as you took.")
    for r in rows:
        print(f"{r.full_name} ({r.balance.label}): {r.suggestion}")
    return 0


def _insight(args) -> int:
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
    if args.json:
        _print_json(asdict(record))
        return 0
    tags = f" [{record.tags_label}]" if record.tags else ""
    private = " (private: never offered)" if not record.shareable else ""
    print(f"Insight #{record.id}{tags}{private}: {record.text}")
    return 0


def _insights(args) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.giving import insights

    if args.for_name:
        person = contacts.find_contact(args.for_name)
        rows = insights.what_i_can_give(person.id)
    else:
        rows = insights.list_insights()
    if args.json:
        _print_json([asdict(r) for r in rows])
        return 0
    if args.for_name and not rows:
        print(f"No insight to offer {person.full_name} yet.")
    for r in rows:
        why = f" ({r.reason})" if r.reason else ""
        private = "" if r.shareable else " [private]"
        print(f"#{r.id}  {r.noted_on:%Y-%m-%d}  {r.text}{why}{private}")
    return 0


def _give_insight(args) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.giving import insights, ledger

    person = contacts.find_contact(args.name)
    insights.give(args.insight_id, person.id)
    print(f"Gave {person.full_name} insight #{args.insight_id}.")
    print(f"Balance with {person.full_name}: {ledger.balance(person.id).summary}")
    return 0


def _follow_up(args) -> int:
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.meetings import followups

    person = contacts.find_contact(args.name).id if args.name else None
    record = followups.add(args.title, due_on=_date(args.due, "due date"), contact_id=person)
    print(f"Follow-up #{record.id}, due {record.due_label()}: {record.title}")
    return 0


def _followups(args) -> int:
    from crm_desktop.services.meetings import followups

    rows = followups.due(args.due)
    if args.json:
        _print_json([asdict(r) for r in rows])
        return 0
    if not rows:
        words = {"today": "due today", "overdue": "overdue", "all": "open"}
        print(f"No follow-ups {words[args.due]}.", file=sys.stderr)
    for r in rows:
        who = f" ({r.contact_name})" if r.contact_name else ""
        print(f"#{r.id}\t{r.due_on:%Y-%m-%d}\t{r.due_label()}\t{r.title}{who}")
    return 0


def _done(args) -> int:
    from crm_desktop.services.meetings import followups

    record = followups.done(args.follow_up_id)
    print(f"Done: {record.title}")
    return 0


def _company(args) -> int:
    from crm_desktop.services.contacts import companies

    profile = companies.set_profile(args.name, args.industry, args.competitor)
    rivals = ", ".join(profile.competitors) or "none recorded"
    print(f"{profile.name}: industry {profile.industry or 'not set'}; competitors {rivals}")
    return 0


def _today(args) -> int:
    from crm_desktop.services.meetings import today

    summary = today.summary()
    if args.json:
        _print_json(asdict(summary))
        return 0
    print(today.as_text(summary))
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
    "follow-up": _follow_up,
    "followups": _followups,
    "done": _done,
    "company": _company,
    "today": _today,
}
