"""A realistic synthetic network of N contacts, for benchmarks and trying the app at scale.

Names with accents and CJK, companies, titles, tags, several emails and links,
referral trees, and about five meetings per contact with paragraphs of notes.
Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import random

from crm_desktop.services import events
from crm_desktop.services.contacts.types import STAGES, WARMTH
from crm_desktop.services.text import fold
from crm_desktop.store import bulk

FIRST = (
    "Zoë Sofía José Łukasz Søren Chloé François Ana María Jürgen Ingrid Björn Noémie Çağla "
    "Dmitri Aoife Siobhán Renée Anaïs Matías Priya Daniel Arjun Nadia Mateus Grace Hana Omar "
    "Lars Amélie Emma Liam Olivia Noah Ava Ethan Mia Lucas Amara Kwame Fatima Yusuf Chen Wei "
    "Mei Hiroshi Yuki Min-jun Seo-yeon Ravi Ananya Tomás Inês Kofi Ngozi Élodie Paweł Zofia"
).split()
LAST = (
    "Lefèvre Navarro Kowalski Sørensen Müller Dubois García Nyström Özdemir Ivanova O'Brien "
    "Raman Mehta Haddad Silva Barnes Nygaard Okafor Mensah Tanaka Suzuki Kim Park Sharma Gupta "
    "Rossi Bianchi Novak Horváth Jensen Andersen Fernández Pereira Costa Nguyen Tran Schmidt "
    "Weber Wagner Becker Dupont Moreau Laurent Fontaine Żukowski Šimek Ångström Ferreira"
).split()
CJK = (
    "山田 花子",
    "李 伟",
    "王 芳",
    "김 민준",
    "佐藤 健",
    "陈 静",
    "박 서연",
    "鈴木 一郎",
    "张 伟",
    "高橋 美咲",
)
COMPANY_A = (
    "Acme Helio Northwind Globex Initech Umbrella Stark Wayne Tyrell Cyberdyne Aperture Soylent "
    "Hooli Pied Vandelay Nakatomi Gringotts Monarch Oscorp Wonka Massive Dynamic Blue Sun"
).split()
COMPANY_B = ("Robotics", "Energy", "Analytics", "Labs", "Health", "Bank", "Systems", "Studio",
             "Logistics", "Foods", "Insurance", "Media", "Capital", "Software", "Data")  # fmt: skip
TITLES = ("Data Scientist", "Engineering Manager", "Head of Data", "Recruiter", "Product Manager",
          "Staff Engineer", "Designer", "CTO", "Analyst", "Talent Partner", "Founder",
          "Developer Advocate", "Researcher", "Sales Lead", "Operations Manager")  # fmt: skip
TAGS = (
    "mentor data hiring climate fintech design python ml frontend backend recruiter "
    "alumni pycon nonprofit remote berlin paris london tokyo startup investor friend "
    "former-colleague speaker writer open-source security cloud health education"
).split()
CITIES = ("Berlin, Germany", "Paris, France", "Lisbon, Portugal", "Tokyo, Japan",
          "Seoul, Korea", "London, UK", "Toronto, Canada", "São Paulo, Brazil", "Kraków, Poland",
          "Zürich")  # fmt: skip
SENTENCES = (
    "We talked about how the team is organised and who decides on new hires.",
    "She moved from consulting into data engineering after a bootcamp and a referral.",
    "He suggested I look at the platform team; they are hiring in the spring.",
    "Follow up with the article about dbt migrations and the notes on Airflow.",
    "Coffee was great: they offered to introduce me to the head of product.",
    "Their company is moving to a four-day week and rethinking on-call rotations.",
    "Asked about salary bands, remote policy and how promotions work there.",
    "We compared notes on PyCon talks and the open-source projects we maintain.",
    "I promised to send my portfolio and a short summary of the climate project.",
    "They found their role through a meetup, not through a job board.",
    "Discussed the interview loop: take-home, system design, and a values chat.",
    "Mentioned a friend at Helio Energy who is building a forecasting team.",
    "Next time: bring questions about the machine learning roadmap.",
    "Talked about burnout, side projects and learning Rust on weekends.",
    "Offered to review my CV and to share the internal job posting.",
)
GOALS = ("Learn about the team", "Ask for an introduction", "Catch up", "Give back: share notes",
         "Prepare for the interview", "Understand their career path")  # fmt: skip
KINDS = ("coffee", "call", "video", "other")


def _paragraphs(rng: random.Random) -> str:
    return "\n\n".join(
        " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
        for _ in range(rng.randint(1, 3))
    )


def make_rows(n: int, seed: int = 7, meetings_per_contact: int = 5, today: dt.date | None = None):
    """The rows of a network of *n* contacts, as ``bulk.TABLES`` wants them."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time(9, 0)).isoformat(sep=" ")
    company_names = sorted({f"{a} {b}" for a in COMPANY_A for b in COMPANY_B})
    company_count = min(len(company_names), max(20, n // 40))
    companies = [(i + 1, company_names[i], "", now) for i in range(company_count)]
    tags = [(i + 1, t) for i, t in enumerate(TAGS)]
    stages = ["", *STAGES]
    warmths = ["", *WARMTH]
    contact, contact_tag, methods, jobs, referral, meeting, attendee = [], [], [], [], [], [], []
    for cid in range(1, n + 1):
        if rng.random() < 0.08:
            name = rng.choice(CJK)
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        company_id = rng.randint(1, company_count) if rng.random() < 0.9 else None
        local = fold(name).replace(" ", ".").replace("'", "")
        email = f"{local}{cid}@example.com" if local.isascii() else f"c{cid}@example.com"
        linkedin = f"https://www.linkedin.com/in/{local.replace('.', '-')}-{cid}" if (
            local.isascii() and rng.random() < 0.5) else ""  # fmt: skip
        phone = f"+49 30 {rng.randint(1000000, 9999999)}" if rng.random() < 0.4 else ""
        follow = (today + dt.timedelta(days=rng.randint(-30, 60))).isoformat() if (
            rng.random() < 0.2) else None  # fmt: skip
        contact.append((
            cid, name, company_id, rng.choice(TITLES), email, phone, linkedin,
            rng.choice(SENTENCES) if rng.random() < 0.5 else "",
            _paragraphs(rng) if rng.random() < 0.3 else "",
            now, now, rng.choice(CITIES) if rng.random() < 0.6 else "",
            rng.choice(SENTENCES) if rng.random() < 0.2 else "",
            rng.choice(TAGS) if rng.random() < 0.3 else "",
            rng.choice(stages), rng.choice(warmths), follow,
            rng.choice((None, 30, 90)) if rng.random() < 0.2 else None,
        ))  # fmt: skip
        for tag_id in rng.sample(range(1, len(tags) + 1), rng.randint(0, 3)):
            contact_tag.append((cid, tag_id))
        position = 0
        for kind, label, value in (("email", "work", email), ("phone", "mobile", phone),
                                   ("link", "LinkedIn", linkedin)):  # fmt: skip
            if value:
                methods.append((cid, kind, label, value, position))
                position += 1
        if rng.random() < 0.2:
            methods.append((cid, "email", "home", f"home{cid}@example.org", position))
        if rng.random() < 0.15:
            jobs.append((cid, company_names[rng.randrange(company_count)], rng.choice(TITLES),
                         None, 0))  # fmt: skip
        if rng.random() < 0.9:  # placed in the referral graph: a forest of trees from Me
            referrer = rng.randint(1, cid - 1) if cid > 20 and rng.random() < 0.8 else None
            referral.append((cid, referrer, None, "", now))
    mid = 0
    for cid in range(1, n + 1):
        for _ in range(max(0, meetings_per_contact + rng.randint(-2, 2))):
            mid += 1
            when = dt.datetime.combine(
                today - dt.timedelta(days=rng.randint(-20, 700)), dt.time(rng.randint(8, 18))
            ).isoformat(sep=" ")
            kind = rng.choice(KINDS)
            meeting.append((mid, when, 30, kind, "", rng.choice(GOALS), "", _paragraphs(rng), "",
                            now))  # fmt: skip
            attendee.append((mid, cid))
    return {
        "company": companies,
        "tag": tags,
        "contact": contact,
        "contact_tag": contact_tag,
        "contact_method": methods,
        "contact_job": jobs,
        "referral": referral,
        "meeting": meeting,
        "meeting_attendee": attendee,
    }


def generate_network(n: int, seed: int = 7) -> int:
    """Fill the open (empty) database with a synthetic network of *n* contacts."""
    bulk.insert_rows(make_rows(n, seed))
    events.emit("contacts", "referrals", "meetings")
    return n
