"""Insights: what you learn in one meeting, offered to the people it can help.

An insight is tagged with companies, industries and topics. For a contact, "what I
can give" lists the shareable insights whose tags touch

- one of their company's competitors (recorded in services.contacts.companies, or
  any company in the same industry; a company tag "Acme" names "Acme Robotics Inc."
  by the rule in ``companies.same_company``),
- their company's industry,
- their interests: the contact's tags, matched against topic and industry tags,

newest first, leaving out insights not marked shareable, insights that came from
this person (or from a meeting they attended), insights already given to them, and
insights about the company they work at (not news to them) unless it also names one
of its competitors.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

from peewee import JOIN, fn

from crm_desktop.errors import InvalidInput, NotFound
from crm_desktop.services import events
from crm_desktop.services.contacts.companies import company_key, competitor_ids, same_key
from crm_desktop.services.giving import ledger
from crm_desktop.services.rows import one, record_by_id, to_record
from crm_desktop.services.storage import storage_errors
from crm_desktop.services.text import fold, one_line, translate
from crm_desktop.store.chunks import chunks
from crm_desktop.store.models import (
    Company,
    Contact,
    ContactTag,
    Insight,
    InsightTag,
    LedgerEntry,
    Meeting,
    MeetingAttendee,
    Tag,
    database_proxy,
)

FACETS = ("company", "industry", "topic")
FACET_LABELS = {"company": "Company", "industry": "Industry", "topic": "Topic"}
_FACET_ALIASES = {"interest": "topic", "tag": "topic", "co": "company"}


@dataclass
class InsightInput:
    text: str
    tags: list[tuple[str, str]] = field(default_factory=list)  # (facet, value)
    shareable: bool = True
    source_contact_id: int | None = None
    source_meeting_id: int | None = None
    noted_on: dt.date | None = None


@dataclass(frozen=True)
class InsightRecord:
    id: int
    text: str
    tags: tuple[tuple[str, str], ...]
    shareable: bool
    source_contact_id: int | None
    source_name: str
    source_meeting_id: int | None
    noted_on: dt.date
    given_count: int = 0
    reason: str = ""  # why it is offered to someone, in "what I can give"

    @property
    def tags_label(self) -> str:
        """Text like "Acme Robotics · fintech · #hiring"."""
        return " · ".join(("#" + v) if f == "topic" else v for f, v in self.tags)

    def to_input(self) -> InsightInput:
        return InsightInput(
            text=self.text,
            tags=list(self.tags),
            shareable=self.shareable,
            source_contact_id=self.source_contact_id,
            source_meeting_id=self.source_meeting_id,
            noted_on=self.noted_on,
        )


def parse_tag(text: str) -> tuple[str, str]:
    """Turns "company:Acme" into ("company", "Acme"); a tag with no facet is a topic."""
    raw = one_line(text)
    facet, sep, value = raw.partition(":")
    if not sep:
        facet, value = "topic", raw
    facet = fold(facet)
    facet = _FACET_ALIASES.get(facet, facet)
    value = one_line(value)
    if facet not in FACETS:
        raise InvalidInput(
            translate(
                "insights",
                "“{raw}”: a tag is company:NAME, industry:NAME or topic:NAME (or just a topic).",
            ).format(raw=raw)
        )
    if not value:
        raise InvalidInput(
            translate("insights", "“{raw}” needs a name after the colon.").format(raw=raw)
        )
    return facet, value


def _clean_tags(tags) -> list[tuple[str, str]]:
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for tag in tags or []:
        facet, value = parse_tag(tag) if isinstance(tag, str) else (tag[0], one_line(tag[1]))
        if facet not in FACETS:
            raise InvalidInput(
                translate("insights", "Unknown tag kind “{facet}”.").format(facet=facet)
            )
        if value and (facet, fold(value)) not in seen:
            seen[(facet, fold(value))] = (facet, value)
    return list(seen.values())


def _validated(data: InsightInput) -> InsightInput:
    text = (data.text or "").strip()
    if not text:
        raise InvalidInput(
            translate("insights", "An insight needs a sentence: what did you learn?")
        )
    source_contact = data.source_contact_id
    if data.source_meeting_id is not None:
        meeting = one(Meeting, data.source_meeting_id, "meeting")
        if source_contact is None:
            people = [a.contact_id for a in meeting.attendees]
            source_contact = people[0] if len(people) == 1 else None
    if source_contact is not None and Contact.get_or_none(Contact.id == source_contact) is None:
        raise NotFound(translate("insights", "No contact with id {id}.").format(id=source_contact))
    return InsightInput(
        text=text,
        tags=_clean_tags(data.tags),
        shareable=bool(data.shareable),
        source_contact_id=source_contact,
        source_meeting_id=data.source_meeting_id,
        noted_on=data.noted_on or dt.date.today(),
    )


def _write_tags(insight_id: int, tags: list[tuple[str, str]]) -> None:
    InsightTag.delete().where(InsightTag.insight == insight_id).execute()
    for facet, value in tags:
        InsightTag.create(insight=insight_id, facet=facet, value=value, folded=fold(value))


@storage_errors
def add_insight(data: InsightInput) -> InsightRecord:
    data = _validated(data)
    with database_proxy.atomic():
        insight = Insight.create(
            text=data.text,
            shareable=1 if data.shareable else 0,
            source_contact=data.source_contact_id,
            source_meeting=data.source_meeting_id,
            noted_on=data.noted_on,
        )
        _write_tags(insight.id, data.tags)
    events.emit("insights")
    return get_insight(insight.id)


@storage_errors
def update_insight(insight_id: int, data: InsightInput) -> InsightRecord:
    data = _validated(data)
    with database_proxy.atomic():
        insight = one(Insight, insight_id, "insight")
        insight.text = data.text
        insight.shareable = 1 if data.shareable else 0
        insight.source_contact = data.source_contact_id
        insight.source_meeting = data.source_meeting_id
        insight.noted_on = data.noted_on
        insight.save()
        _write_tags(insight.id, data.tags)
    events.emit("insights")
    return get_insight(insight_id)


@storage_errors
def delete_insight(insight_id: int) -> None:
    """Delete an insight; the gives that shared it stay in the ledger with its text."""
    with database_proxy.atomic():
        one(Insight, insight_id, "insight").delete_instance()
    events.emit("insights", "ledger")


def _records(query) -> list[InsightRecord]:
    rows = list(
        query.select(Insight, Contact.full_name.alias("source_name"))
        .join(Contact, JOIN.LEFT_OUTER, on=(Insight.source_contact == Contact.id))
        .dicts()
    )
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    tags: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for iid, facet, value in (
        InsightTag.select(InsightTag.insight, InsightTag.facet, InsightTag.value)
        .where(InsightTag.insight.in_(ids))
        .order_by(InsightTag.id)
        .tuples()
    ):
        tags[iid].append((facet, value))
    given = dict(
        LedgerEntry.select(LedgerEntry.insight, fn.COUNT(LedgerEntry.id))
        .where(LedgerEntry.insight.in_(ids) & (LedgerEntry.direction == "gave"))
        .group_by(LedgerEntry.insight)
        .tuples()
    )
    order = {f: i for i, f in enumerate(FACETS)}
    return [
        to_record(
            InsightRecord,
            r,
            tags=tuple(sorted(tags[r["id"]], key=lambda t: order[t[0]])),
            shareable=bool(r["shareable"]),
            source_name=r["source_name"] or "",
            given_count=given.get(r["id"], 0),
        )
        for r in rows
    ]


def get_insight(insight_id: int) -> InsightRecord:
    return record_by_id(_records, Insight, insight_id, "insight")


def list_insights(search: str = "") -> list[InsightRecord]:
    """Every insight, newest first; *search* keeps those whose text, tags or source
    contain every word typed (accents and case ignored)."""
    query = Insight.select().order_by(Insight.noted_on.desc(), Insight.id.desc())
    rows = _records(query)
    words = fold(search).split()
    if not words:
        return rows

    def haystack(r: InsightRecord) -> str:
        return fold(" ".join([r.text, r.source_name, " ".join(v for _f, v in r.tags)]))

    return [r for r in rows if all(w in haystack(r) for w in words)]


def from_meeting(meeting_id: int) -> list[InsightRecord]:
    query = (
        Insight.select()
        .where(Insight.source_meeting == meeting_id)
        .order_by(Insight.noted_on.desc(), Insight.id.desc())
    )
    return _records(query)


# Matching ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Person:
    id: int
    company_id: int | None
    company: str  # company_key of their company's name
    company_name: str
    industry: str  # folded
    industry_name: str
    competitors: tuple[tuple[str, str], ...]  # (company_key, name)
    interests: dict[str, str]  # folded tag -> tag

    def works_at(self, key: str) -> bool:
        return same_key(key, self.company)


def _person(contact_id: int) -> _Person:
    row = (
        Contact.select(Contact.id, Contact.company, Company.name, Company.industry)
        .join(Company, JOIN.LEFT_OUTER)
        .where(Contact.id == contact_id)
        .tuples()
        .first()
    )
    if row is None:
        raise NotFound(translate("insights", "No contact with id {id}.").format(id=contact_id))
    _cid, company_id, company, industry = row
    competitors: tuple[tuple[str, str], ...] = ()
    if company_id is not None:
        rival_ids = list(competitor_ids(company_id))
        rivals = Company.select(Company.name).where(Company.id.in_(rival_ids))
        if industry:
            rivals = rivals | Company.select(Company.name).where(
                (fn.lower(Company.industry) == industry.lower()) & (Company.id != company_id)
            )
        competitors = tuple((company_key(n), n) for (n,) in rivals.tuples())
    interests = {
        fold(n): n
        for (n,) in Tag.select(Tag.name)
        .join(ContactTag)
        .where(ContactTag.contact == contact_id)
        .tuples()
    }
    return _Person(
        id=contact_id,
        company_id=company_id,
        company=company_key(company or ""),
        company_name=company or "",
        industry=fold(industry or ""),
        industry_name=industry or "",
        competitors=competitors,
        interests=interests,
    )


def _offer_reason(person: _Person, tags: list[tuple[str, str, str]]) -> str | None:
    """Why an insight with these (facet, folded, value) tags is worth offering the
    person, or None. News about the company they work at is not news to them: such an
    insight is offered only for a competitor it also names."""
    keys = [company_key(value) if facet == "company" else "" for facet, _f, value in tags]
    own = any(person.works_at(key) for key in keys)
    for (facet, folded, value), key in zip(tags, keys, strict=True):
        if facet == "company":
            if person.works_at(key):
                continue
            for rival, name in person.competitors:
                if same_key(key, rival):
                    return translate("insights", "about {name}, a competitor of {company}").format(
                        name=name, company=person.company_name
                    )
        elif not own:
            why = _interest_reason(person, facet, folded, value)
            if why:
                return why
    return None


def _interest_reason(person: _Person, facet: str, folded: str, value: str) -> str | None:
    industry = translate("insights", "about {industry}, their company's industry")
    if facet == "industry" and person.industry and folded == person.industry:
        return industry.format(industry=person.industry_name)
    if folded in person.interests:
        return translate("insights", "about {topic}, one of their interests").format(topic=value)
    if facet == "topic" and person.industry and folded == person.industry:
        return industry.format(industry=person.industry_name)
    return None


def what_i_can_give(contact_id: int) -> list[InsightRecord]:
    """The insights worth offering this person, newest first, each with its reason."""
    person = _person(contact_id)
    attended = MeetingAttendee.select(MeetingAttendee.meeting).where(
        MeetingAttendee.contact == contact_id
    )
    given = LedgerEntry.select(LedgerEntry.insight).where(
        (LedgerEntry.contact == contact_id)
        & (LedgerEntry.direction == "gave")
        & LedgerEntry.insight.is_null(False)
    )
    candidates = (
        InsightTag.select(InsightTag.insight, InsightTag.facet, InsightTag.folded, InsightTag.value)
        .join(Insight)
        .where(
            (Insight.shareable == 1)
            & (Insight.source_contact.is_null() | (Insight.source_contact != contact_id))
            & (Insight.source_meeting.is_null() | Insight.source_meeting.not_in(attended))
            & Insight.id.not_in(given)
        )
        .order_by(InsightTag.id)
        .tuples()
    )
    tags: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for iid, facet, folded, value in candidates:
        tags[iid].append((facet, folded, value))
    reasons = {iid: why for iid, its in tags.items() if (why := _offer_reason(person, its))}
    if not reasons:
        return []
    query = (
        Insight.select()
        .where(Insight.id.in_(list(reasons)))
        .order_by(Insight.noted_on.desc(), Insight.id.desc())
    )
    return [replace(r, reason=reasons[r.id]) for r in _records(query)]


def who_could_use(insight_id: int, limit: int = 50) -> list[tuple[int, str, str]]:
    """(contact id, name, reason) of people this insight would be offered to, by name."""
    insight = get_insight(insight_id)
    if not insight.shareable or not insight.tags:
        return []
    ids = _might_use(insight.tags)
    if not ids:
        return []
    people = sorted(
        Contact.select(Contact.id, Contact.full_name).where(Contact.id.in_(list(ids))).tuples(),
        key=lambda r: fold(r[1]),
    )
    result = []
    for cid, name in people:
        offer = next((o for o in what_i_can_give(cid) if o.id == insight_id), None)
        if offer is not None:
            result.append((cid, name, offer.reason))
            if len(result) >= limit:
                break
    return result


def _might_use(tags: tuple[tuple[str, str], ...]) -> set[int]:
    """A broad first cut of the people an insight could be offered to: at a competitor
    of a company it names (by the company-name rule) or in that company's industry, at
    a company in an industry it names, or with a tag it names. ``what_i_can_give``
    then decides for each."""
    names = {fold(v) for _f, v in tags}
    named_keys = [company_key(v) for f, v in tags if f == "company"]
    all_companies = [
        (cid, company_key(name), fold(industry or ""))
        for cid, name, industry in Company.select(
            Company.id, Company.name, Company.industry
        ).tuples()
    ]
    company_ids = {cid for cid, _key, industry in all_companies if industry in names}
    for cid, key, industry in all_companies:
        if any(same_key(named, key) for named in named_keys):
            company_ids |= competitor_ids(cid)
            if industry:
                company_ids |= {c for c, _k, i in all_companies if i == industry and c != cid}
    ids = set()
    for chunk in chunks(list(company_ids)):
        ids |= {i for (i,) in Contact.select(Contact.id).where(Contact.company.in_(chunk)).tuples()}
    tag_ids = [i for (i, n) in Tag.select(Tag.id, Tag.name).tuples() if fold(n) in names]
    by_tag = ContactTag.select(ContactTag.contact).where(ContactTag.tag.in_(tag_ids))
    return ids | {i for (i,) in by_tag.tuples()}


@storage_errors
def give(
    insight_id: int,
    contact_id: int,
    occurred_on: dt.date | None = None,
    meeting_id: int | None = None,
) -> ledger.LedgerRecord:
    """Record that you shared this insight with this person: a give in the ledger."""
    insight = get_insight(insight_id)
    if not insight.shareable:
        raise InvalidInput(
            translate(
                "insights", "That insight is not marked shareable: it was told in confidence."
            )
        )
    if insight.source_contact_id == contact_id:
        raise InvalidInput(
            translate("insights", "That insight came from this person; it is theirs already.")
        )
    already = LedgerEntry.select().where(
        (LedgerEntry.contact == contact_id)
        & (LedgerEntry.insight == insight_id)
        & (LedgerEntry.direction == "gave")
    )
    if already.exists():
        raise InvalidInput(translate("insights", "You already gave them that insight."))
    return ledger.record(
        ledger.LedgerInput(
            contact_id=contact_id,
            direction="gave",
            kind="insight",
            note=insight.text,
            occurred_on=occurred_on,
            insight_id=insight_id,
            meeting_id=meeting_id,
        )
    )
