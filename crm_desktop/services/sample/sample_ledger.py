"""The give-and-ask half of the sample network: industries, insights, gives, asks,
follow-ups and thank-yous owed, so Today and "what I can give" are alive at once.

Called by ``sample.load_sample_network`` inside its transaction.
"""

from __future__ import annotations

import datetime as dt

from crm_desktop.services.contacts import companies
from crm_desktop.services.giving import insights, ledger
from crm_desktop.services.giving.insights import InsightInput
from crm_desktop.services.giving.ledger import LedgerInput
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.store.models import Contact, Meeting, MeetingAttendee

# company, industry, competitors
COMPANIES = [
    ("Northwind Analytics", "Data analytics", []),
    ("Brightpath Careers", "Career services", []),
    ("Helio Energy", "Clean energy", []),
    ("Acme Robotics", "Robotics", ["Kumo Logistics"]),
    ("Kumo Logistics", "Logistics", []),
    ("Fjord Capital", "Venture capital", []),
    ("Lagos Fintech Hub", "Fintech", []),
    ("Clearwater Health", "Healthcare", []),
    ("Lumen Health", "Healthcare", []),
    ("Civic Data Lab", "Nonprofit", []),
]

# source, days ago, text, tags, shareable
INSIGHTS = [
    (
        "Grace O'Neill",
        60,
        "Civic Data Lab needs volunteers with SQL skills for its open-data projects.",
        ["company:Civic Data Lab", "topic:data", "topic:nonprofit"],
        True,
    ),
    (
        "Priya Raman",
        38,
        "Kumo Logistics is automating two warehouses with its own robots next year.",
        ["company:Kumo Logistics", "topic:engineering"],
        True,
    ),
    (
        "Daniel Kowalski",
        21,
        "Acme is rebuilding its data platform in 2027 and hiring three engineers.",
        ["company:Acme Robotics", "topic:data", "topic:hiring"],
        True,
    ),
    (
        "Zoë Lefèvre",
        14,
        "Helio is opening a forecasting team early next year and will hire data scientists.",
        ["company:Helio Energy", "industry:Clean energy", "topic:hiring", "topic:climate"],
        True,
    ),
    (
        "Sofía Navarro",
        10,
        "Acme's hiring freeze on senior roles ends in January (told in confidence).",
        ["company:Acme Robotics", "topic:hiring"],
        False,
    ),
    (
        "Ben Carter",
        5,
        "Clearwater is moving its analytics to dbt and wants people who already know it.",
        ["company:Clearwater Health", "industry:Healthcare", "topic:data"],
        True,
    ),
]

# contact, direction, kind, days ago, note, status, other person
ENTRIES = [
    ("Priya Raman", "asked", "advice", 40, "Where to look next in data", "granted", None),
    ("Priya Raman", "asked", "favour", 40, "Review my CV", "granted", None),
    ("Priya Raman", "they_gave", "introduction", 38, "", "made", "Daniel Kowalski"),
    ("Priya Raman", "gave", "thanks", 39, "Thank-you note after our coffee", "", None),
    ("Marcus Oyelaran", "asked", "advice", 30, "Feedback on my search plan", "granted", None),
    ("Marcus Oyelaran", "gave", "article", 28, "Article on skills-based hiring", "", None),
    ("Zoë Lefèvre", "asked", "advice", 14, "How she moved into product", "granted", None),
    ("Zoë Lefèvre", "they_gave", "introduction", 14, "", "made", "Aisha Bello"),
    ("Zoë Lefèvre", "gave", "thanks", 13, "Thank-you message", "", None),
    (
        "Daniel Kowalski",
        "asked",
        "job_referral",
        21,
        "Pass my CV to the data platform hiring team",
        "granted",
        None,
    ),
    ("Sofía Navarro", "asked", "advice", 10, "How Acme's interviews work", "granted", None),
    (
        "Ben Carter",
        "they_gave",
        "introduction",
        5,
        "He offered to introduce me",
        "to_make",
        "Fatima Zahra",
    ),
    ("Noah Williams", "gave", "favour", 20, "Feedback on his portfolio site", "", None),
    ("Noah Williams", "they_gave", "advice", 20, "Notes on my CV layout", "", None),
    ("Grace O'Neill", "gave", "favour", 60, "Volunteered at the open-data day", "", None),
    ("Hanako Yamada", "asked", "introduction", 3, "Intro to her CTO", "requested", "Chen Wei"),
]

# title, contact, days from today, from the meeting with that contact N days ago
FOLLOW_UPS = [
    ("Apply to Acme's data platform role", "Sofía Navarro", -2, 10),
    ("Send Marcus my shortened target list", "Marcus Oyelaran", 0, 30),
    ("Bring a printed CV for Daniel", "Daniel Kowalski", 0, None),
    ("Read Priya's comments on my CV", "Priya Raman", 2, 40),
]

# keep in touch every N days
CADENCES = [("Priya Raman", 30), ("Marcus Oyelaran", 21), ("Grace O'Neill", 45)]


def _id(ids: dict[str, int], name: str) -> int:
    if name in ids:
        return ids[name]
    return next(v for k, v in ids.items() if name in k)


def _meeting_on(contact_id: int, day: dt.date) -> int | None:
    row = (
        Meeting.select(Meeting.id)
        .join(MeetingAttendee)
        .where(MeetingAttendee.contact == contact_id)
        .tuples()
    )
    for (mid,) in row:
        if meetings.get_meeting(mid).starts_at.date() == day:
            return mid
    return None


def load(ids: dict[str, int], today: dt.date) -> None:
    """Add the ledger half of the sample network to the people in *ids*."""
    for name, industry, rivals in COMPANIES:
        companies.set_profile(name, industry=industry, competitors=rivals or None)
    ago = lambda days: today - dt.timedelta(days=days)  # noqa: E731

    # A lunch with two people, coming up: meetings can have several attendees.
    meetings.create_meeting(
        MeetingInput(
            contact_ids=[_id(ids, "Tom Becker"), _id(ids, "Priya Raman")],
            starts_at=dt.datetime.combine(today + dt.timedelta(days=2), dt.time(12, 30)),
            kind="lunch",
            place="Noodle Bar, Dock Rd",
            duration_minutes=60,
            goal="Thank Priya properly and hear how Tom's team uses dbt.",
            agenda="Priya's CV comments\nTom's dbt migration",
        )
    )
    for source, days, text, tags, shareable in INSIGHTS:
        cid = _id(ids, source)
        insights.add_insight(
            InsightInput(
                text=text,
                tags=[insights.parse_tag(t) for t in tags],
                shareable=shareable,
                source_contact_id=cid,
                source_meeting_id=_meeting_on(cid, ago(days)),
                noted_on=ago(days),
            )
        )
    for name, direction, kind, days, note, status, other in ENTRIES:
        ledger.record(
            LedgerInput(
                contact_id=_id(ids, name),
                direction=direction,
                kind=kind,
                note=note,
                occurred_on=ago(days),
                status=status,
                other_contact_id=_id(ids, other) if other else None,
            )
        )
    for title, name, due_in, met_days_ago in FOLLOW_UPS:
        cid = _id(ids, name)
        meeting_id = _meeting_on(cid, ago(met_days_ago)) if met_days_ago is not None else None
        if meeting_id is None and met_days_ago is None:
            meeting_id = _meeting_on(cid, today)
        followups.add(
            title, today + dt.timedelta(days=due_in), contact_id=cid, meeting_id=meeting_id
        )
    # Sofía's thank-you is planned for today; Ben's and Daniel's (for introducing
    # Sofía) are still owed, proposed on the Today page.
    sofia = _id(ids, "Sofía Navarro")
    for proposal in followups.thank_you_proposals(dt.datetime.combine(today, dt.time(8, 0))):
        if proposal.contact_id == sofia:
            followups.plan_thanks(proposal, due_on=today)
    if hasattr(Contact, "cadence_days"):
        for name, days in CADENCES:
            Contact.update(cadence_days=days).where(Contact.id == _id(ids, name)).execute()
