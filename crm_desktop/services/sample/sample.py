"""A believable sample network so a new user can see every view working at once."""

from __future__ import annotations

import datetime as dt

from crm_desktop.errors import InvalidInput
from crm_desktop.services import events
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.services.sample import sample_ledger
from crm_desktop.services.text import fold, translate
from crm_desktop.store.models import database_proxy

# name, company, title, email domain, tags, introducer (None = met directly), how we met
PEOPLE: list[tuple[str, str, str, list[str], str | None, str]] = [
    (
        "Priya Raman",
        "Northwind Analytics",
        "Head of Data",
        ["mentor", "data"],
        None,
        "Former manager at my first job.",
    ),
    (
        "Marcus Oyelaran",
        "Brightpath Careers",
        "Career Coach",
        ["coach"],
        None,
        "Career workshop at the public library.",
    ),
    (
        "Zoë Lefèvre",
        "Helio Energy",
        "Product Manager",
        ["product", "climate"],
        None,
        "University alumni mixer.",
    ),
    (
        "Daniel Kowalski",
        "Acme Robotics",
        "Engineering Manager",
        ["engineering", "hiring"],
        "Priya Raman",
        "Priya worked with him at Northwind.",
    ),
    (
        "Sofía Navarro",
        "Acme Robotics",
        "Senior Recruiter",
        ["recruiter", "hiring"],
        "Daniel Kowalski",
        "Daniel passed my CV to her.",
    ),
    (
        "山田 花子 (Hanako Yamada)",
        "Kumo Logistics",
        "Data Scientist",
        ["data"],
        "Priya Raman",
        "Spoke together at a PyData meetup Priya ran.",
    ),
    (
        "Tom Becker",
        "Northwind Analytics",
        "Analytics Engineer",
        ["data", "peer"],
        "Priya Raman",
        "Priya's team.",
    ),
    (
        "Aisha Bello",
        "Helio Energy",
        "VP Operations",
        ["climate", "leadership"],
        "Zoë Lefèvre",
        "Zoë's manager; open to a chat about ops roles.",
    ),
    (
        "Lars Nygaard",
        "Fjord Capital",
        "Partner",
        ["investor", "climate"],
        "Aisha Bello",
        "Aisha introduced me after our call.",
    ),
    (
        "Chen Wei",
        "Kumo Logistics",
        "CTO",
        ["engineering", "leadership"],
        "山田 花子 (Hanako Yamada)",
        "Hanako offered an intro to her CTO.",
    ),
    (
        "Rachel Goldberg",
        "Brightpath Careers",
        "Resume Writer",
        ["coach"],
        "Marcus Oyelaran",
        "Marcus recommended her for CV feedback.",
    ),
    (
        "Olusegun Adeyemi",
        "Lagos Fintech Hub",
        "Founder",
        ["fintech", "founder"],
        "Marcus Oyelaran",
        "Marcus coached him through a career change.",
    ),
    (
        "María José Álvarez",
        "Acme Robotics",
        "Staff Engineer",
        ["engineering"],
        "Sofía Navarro",
        "Sofía suggested I ask her about the team culture.",
    ),
    (
        "Ben Carter",
        "Clearwater Health",
        "Data Engineer",
        ["data", "health"],
        None,
        "We sat together at a conference talk.",
    ),
    (
        "Fatima Zahra",
        "Clearwater Health",
        "Director of Analytics",
        ["health", "hiring"],
        "Ben Carter",
        "Ben's director; she is growing the team.",
    ),
    (
        "Noah Williams",
        "Independent",
        "Freelance Designer",
        ["design", "peer"],
        None,
        "Neighbour; we swap portfolio feedback.",
    ),
    (
        "Emma Schultz",
        "Helio Energy",
        "Talent Partner",
        ["recruiter", "climate"],
        "Aisha Bello",
        "Aisha asked her to keep me in mind.",
    ),
    (
        "Kwame Mensah",
        "Fjord Capital",
        "Associate",
        ["investor"],
        "Lars Nygaard",
        "Lars looped him in for portfolio companies.",
    ),
    (
        "Isabella Rossi",
        "Lumen Health",
        "Product Lead",
        ["product", "health"],
        "Fatima Zahra",
        "Fatima thought we would get along.",
    ),
    (
        "Arjun Mehta",
        "Acme Robotics",
        "Data Platform Lead",
        ["data", "engineering"],
        "Daniel Kowalski",
        "Daniel's peer on the data platform team.",
    ),
    (
        "Grace O'Neill",
        "Civic Data Lab",
        "Research Director",
        ["data", "nonprofit"],
        None,
        "Met at a volunteering day.",
    ),
    (
        "Mateus Silva",
        "Civic Data Lab",
        "Data Analyst",
        ["data", "nonprofit"],
        "Grace O'Neill",
        "Grace's analyst; runs the open-data meetup.",
    ),
    (
        "Léa Dubois",
        "Kumo Logistics",
        "Engineering Manager",
        ["engineering", "hiring"],
        "Chen Wei",
        "Chen suggested we talk about her open role.",
    ),
    (
        "Hannah Kim",
        "Brightpath Careers",
        "Workshop Lead",
        ["coach"],
        "Rachel Goldberg",
        "Rachel's colleague; runs interview practice.",
    ),
    (
        "Samuel Okafor",
        "Lagos Fintech Hub",
        "Head of Product",
        ["fintech", "product"],
        "Olusegun Adeyemi",
        "Olusegun's co-founder.",
    ),
    (
        "Yuki Tanaka",
        "Northwind Analytics",
        "Recruiter",
        ["recruiter"],
        None,
        "She reached out on LinkedIn about a data role.",
    ),
    (
        "Oliver Grant",
        "Clearwater Health",
        "VP Engineering",
        ["health", "leadership"],
        "Fatima Zahra",
        "Fatima's peer; hiring for platform.",
    ),
    (
        "Nadia Haddad",
        "Helio Energy",
        "Data Scientist",
        ["data", "climate"],
        "Zoë Lefèvre",
        "Zoë's colleague on the forecasting team.",
    ),
    (
        "Peter Novak",
        "Acme Robotics",
        "Director of People",
        ["hiring", "leadership"],
        "Sofía Navarro",
        "Sofía's manager.",
    ),
    (
        "Camille Martin",
        "Independent",
        "Career Changer",
        ["peer"],
        "Noah Williams",
        "Noah's friend, also moving into data.",
    ),
]

# attendee, days from today (negative = past), hour, kind, place, goal, agenda, notes
MEETINGS: list[tuple[str, int, int, str, str, str, str, str]] = [
    (
        "Priya Raman",
        -40,
        9,
        "coffee",
        "Bean There, Market St",
        "Catch up and tell her I am looking.",
        "Where I want to go next\nWho she would talk to",
        "Suggested I talk to Daniel at Acme and Hanako at Kumo.\nOffered to review my CV.",
    ),
    (
        "Daniel Kowalski",
        -21,
        16,
        "video",
        "Video call",
        "Learn about Acme's data platform team.",
        "Team structure\nWhat a strong candidate looks like",
        "Acme is rebuilding its data platform in 2027; hiring 3 engineers.\n"
        "He will pass my CV to Sofía.",
    ),
    (
        "Sofía Navarro",
        -10,
        11,
        "call",
        "Phone",
        "Understand the hiring process.",
        "Timeline\nInterview stages",
        "Four stages, take-home is optional. She asked me to apply by the 15th.",
    ),
    (
        "Zoë Lefèvre",
        -14,
        12,
        "coffee",
        "Helio office café",
        "Hear how Zoë moved into product.",
        "Her path from analyst to PM",
        "Helio is opening a forecasting team. Zoë said to talk to Aisha.",
    ),
    (
        "Marcus Oyelaran",
        -30,
        18,
        "video",
        "Video call",
        "Get feedback on my search plan.",
        "Target list\nWeekly routine",
        "Keep the target list to 20 companies. Follow up within 48 hours.",
    ),
    (
        "Ben Carter",
        -5,
        13,
        "coffee",
        "Harbour Coffee",
        "Hear about Clearwater's data stack.",
        "Their migration to dbt",
        "Fatima is growing the analytics team; Ben will introduce me.",
    ),
    (
        "Daniel Kowalski",
        0,
        15,
        "coffee",
        "Acme lobby café",
        "Ask for a referral to the data platform role.",
        "Thank him for the intro to Sofía\n"
        "Share what I learned at Helio\n"
        "Ask: referral for the role",
        "",
    ),
    (
        "Aisha Bello",
        1,
        10,
        "video",
        "Video call",
        "Learn how Helio's ops and data teams work together.",
        "Her path into operations\nForecasting team plans",
        "",
    ),
    (
        "Fatima Zahra",
        3,
        14,
        "coffee",
        "Clearwater HQ, 4th floor",
        "Explore the analytics roles.",
        "Team goals for next year\nWhat she looks for in analysts",
        "",
    ),
    (
        "山田 花子 (Hanako Yamada)",
        6,
        17,
        "call",
        "Phone",
        "Hear about Kumo's data science team.",
        "Her projects\nIntro to Chen Wei?",
        "",
    ),
    (
        "Grace O'Neill",
        -60,
        10,
        "other",
        "Civic Data Lab volunteering day",
        "",
        "",
        "Open-data projects need volunteers with SQL skills.",
    ),
]


# Where each person is in the pipeline, and how warm the relationship is ("" = not set):
# every stage and every warmth shows up, the way a real list looks a few months in.
STANDING: dict[str, tuple[str, str]] = {
    "Priya Raman": ("follow_up", "close"),
    "Marcus Oyelaran": ("met", "warm"),
    "Zoë Lefèvre": ("follow_up", "close"),
    "Daniel Kowalski": ("meeting_set", "warm"),
    "Sofía Navarro": ("follow_up", "warm"),
    "山田 花子 (Hanako Yamada)": ("meeting_set", "warm"),
    "Tom Becker": ("to_reach_out", "cold"),
    "Aisha Bello": ("meeting_set", "cold"),
    "Lars Nygaard": ("asked", "cold"),
    "Chen Wei": ("to_reach_out", ""),
    "Rachel Goldberg": ("asked", "warm"),
    "Olusegun Adeyemi": ("dormant", "warm"),
    "María José Álvarez": ("to_reach_out", ""),
    "Ben Carter": ("met", "warm"),
    "Fatima Zahra": ("meeting_set", "warm"),
    "Noah Williams": ("", "close"),
    "Emma Schultz": ("asked", "cold"),
    "Kwame Mensah": ("dormant", "cold"),
    "Isabella Rossi": ("to_reach_out", ""),
    "Arjun Mehta": ("to_reach_out", "cold"),
    "Grace O'Neill": ("dormant", "warm"),
    "Mateus Silva": ("asked", ""),
    "Léa Dubois": ("to_reach_out", ""),
    "Hannah Kim": ("", ""),
    "Samuel Okafor": ("", "cold"),
    "Yuki Tanaka": ("follow_up", "cold"),
    "Oliver Grant": ("to_reach_out", ""),
    "Nadia Haddad": ("asked", "warm"),  # swaps forecasting notes with me on Slack
    "Peter Novak": ("", ""),
    "Camille Martin": ("", "warm"),
}


def load_sample_network(today: dt.date | None = None) -> int:
    """Fill an empty database with the sample network; returns the contacts added."""
    if contacts.count_contacts():
        raise InvalidInput(
            translate("sample", "The sample network can only be loaded into an empty database.")
        )
    today = today or dt.date.today()
    ids: dict[str, int] = {}
    with database_proxy.atomic():
        for name, company, title, tags, _introducer, how in PEOPLE:
            local = fold(name.split(" (")[0]).replace(" ", ".").replace("'", "")
            record = contacts.add_contact(
                ContactInput(
                    full_name=name,
                    company=company,
                    title=title,
                    email=f"{local}@example.com" if local.isascii() else "",
                    tags=tags,
                    how_we_met=how,
                    stage=STANDING[name][0],
                    warmth=STANDING[name][1],
                )
            )
            ids[name] = record.id
        for offset, (name, _c, _t, _tags, introducer, _how) in enumerate(PEOPLE):
            when = today - dt.timedelta(days=90 - offset * 2)
            if introducer is None:
                referrals.set_placement(ids[name], referrals.Placement(None, when, ""))
            else:
                referrals.set_placement(ids[name], referrals.Placement(ids[introducer], when, ""))
        for name, days, hour, kind, place, goal, agenda, notes in MEETINGS:
            day = today + dt.timedelta(days=days)
            meetings.create_meeting(
                MeetingInput(
                    contact_ids=[ids[name]],
                    starts_at=dt.datetime.combine(day, dt.time(hour, 0)),
                    kind=kind,
                    place=place,
                    duration_minutes=45 if kind == "coffee" else 30,
                    goal=goal,
                    agenda=agenda,
                    notes=notes,
                )
            )
        sample_ledger.load(ids, today)
    events.emit("contacts", "referrals", "meetings", "ledger", "insights", "followups")
    return len(ids)
