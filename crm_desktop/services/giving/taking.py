"""Only taking: the people you took more from than you gave, each with one concrete
thing to give them back (an insight for them, thanks owed, an article, an offer)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import JOIN

from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import insights, ledger
from crm_desktop.services.giving.ledger import Balance
from crm_desktop.services.text import fold, in_sentence, one_line, translate
from crm_desktop.store.models import Company, Contact


@dataclass(frozen=True)
class TakingContact:
    """Someone you took more from than you gave, and what you could give them."""

    contact_id: int
    full_name: str
    company: str
    balance: Balance
    suggestion: str
    insight_id: int | None = None  # set when the suggestion is an insight to give


def only_taking(limit: int | None = None) -> list[TakingContact]:
    """People you took more from than you gave (asks plus what they gave unasked
    outweigh your gives), most owed first, each with a suggestion of what to give."""
    owed = ledger.owed(limit)
    if not owed:
        return []
    names = {
        cid: (name, company or "")
        for cid, name, company in Contact.select(Contact.id, Contact.full_name, Company.name)
        .join(Company, JOIN.LEFT_OUTER)
        .where(Contact.id.in_([b.contact_id for b in owed]))
        .tuples()
    }
    result = []
    for b in owed:
        name, company = names[b.contact_id]
        suggestion, insight_id = suggest_give(b.contact_id)
        result.append(TakingContact(b.contact_id, name, company, b, suggestion, insight_id))
    return result


def suggest_give(contact_id: int) -> tuple[str, int | None]:
    """One concrete thing to give this person, and the insight to give if it is one."""
    offers = insights.what_i_can_give(contact_id)
    if offers:
        share = translate("taking", "Share what you learned: “{insight}”")
        return share.format(insight=one_line(offers[0].text)), offers[0].id
    entries = ledger.entries_for(contact_id)
    granted = [e for e in entries if e.direction == "asked" and e.status in ("granted", "made")]
    thanked = [e for e in entries if e.direction == "gave" and e.kind == "thanks"]
    if granted and (not thanked or thanked[0].occurred_on < granted[0].occurred_on):
        thank = translate("taking", "Thank them for the {kind} they gave you.")
        return thank.format(kind=in_sentence(granted[0].kind_label)), None
    person = contacts.get_contact(contact_id)
    topics = [t for t in (_topic(tag) for tag in person.tags) if t]
    if topics:
        return translate("taking", "Send them something on {topic}.").format(topic=topics[0]), None
    if person.company:
        ask = translate(
            "taking",
            "Ask how their work at {company} is going, and offer an introduction that helps.",
        )
        return ask.format(company=person.company), None
    ask = translate("taking", "Ask what they are working on, and offer an introduction that helps.")
    return ask, None


# Tags that say who someone is to you, not what they care about: never a topic.
ROLE_TAGS = frozenset(
    "mentor mentee friend family recruiter alumni alum peer coach investor founder colleague "
    "former-colleague ex-colleague neighbour neighbor client customer manager boss vip "
    "contact lead prospect referrer referral intro".split()
)


def _topic(tag: str) -> str:
    """The tag as a topic to send something on ("open-source" → "open source"), or ""
    when it does not read as one: a role, a to-do, a number, a stray letter."""
    words = re.sub(r"[-_]+", " ", one_line(tag)).strip()
    if fold(tag) in ROLE_TAGS or fold(words) in ROLE_TAGS or words.lower().startswith("to "):
        return ""
    if sum(ch.isalpha() for ch in words) < 2 or any(ch.isdigit() for ch in words):
        return ""
    return words
