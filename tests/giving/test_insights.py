"""The rules deciding which insights Giveback offers to whom ("what I can give")."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import person

from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts import companies, contacts
from crm_desktop.services.giving import insights, ledger
from crm_desktop.services.giving.insights import InsightInput
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput


def note(text, *tags, shareable=True, source=None, meeting=None, days_ago=0):
    return insights.add_insight(
        InsightInput(
            text=text,
            tags=[insights.parse_tag(t) for t in tags],
            shareable=shareable,
            source_contact_id=source,
            source_meeting_id=meeting,
            noted_on=dt.date.today() - dt.timedelta(days=days_ago),
        )
    ).id


def offered(contact_id):
    return [i.text for i in insights.what_i_can_give(contact_id)]


def test_parse_tag_facets_and_errors():
    assert insights.parse_tag("company: Acme  Robotics") == ("company", "Acme Robotics")
    assert insights.parse_tag("Industry:Fintech") == ("industry", "Fintech")
    assert insights.parse_tag("hiring") == ("topic", "hiring")
    assert insights.parse_tag("interest:climate") == ("topic", "climate")
    with pytest.raises(InvalidInput, match="company:NAME"):
        insights.parse_tag("colour:blue")
    with pytest.raises(InvalidInput, match="needs a name"):
        insights.parse_tag("company:")


def test_a_company_tag_names_it_by_name_or_its_first_words(db):
    ann = person("Ann", "Acme Robotics")
    kim = person("Kim", "Kumo")
    companies.set_profile("Kumo", competitors=["Acme Robotics"])
    note("Acme is moving its data team to Berlin", "company:Acme")
    note("Globex is hiring", "company:Globex")
    note("Acme Robotics Inc. lost a big client", "company:Acme Robotics Inc.")
    note("Acmeville has a new mayor", "company:Acmeville")
    assert offered(kim) == [
        "Acme Robotics Inc. lost a big client",
        "Acme is moving its data team to Berlin",
    ]
    [offer] = insights.what_i_can_give(kim)[1:]
    assert offer.reason == "about Acme Robotics, a competitor of Kumo"
    assert offered(ann) == []  # news about where she works is not news to her


def test_matches_competitors_recorded_or_in_the_same_industry(db):
    ann = person("Ann", "Acme Robotics")
    person("Kim", "Kumo Logistics")
    companies.set_profile("Acme Robotics", industry="Robotics", competitors=["Kumo Logistics"])
    companies.set_profile("Botworks", industry="robotics")
    note("Kumo is automating two warehouses", "company:Kumo")
    note("Botworks raised a round", "company:Botworks")
    note("Unrelated Co is hiring", "company:Unrelated Co")
    texts = offered(ann)
    assert set(texts) == {"Kumo is automating two warehouses", "Botworks raised a round"}
    reasons = {o.text: o.reason for o in insights.what_i_can_give(ann)}
    assert reasons["Kumo is automating two warehouses"] == (
        "about Kumo Logistics, a competitor of Acme Robotics"
    )
    # Competitors are recorded once and read both ways.
    kim = contacts.find_contact("Kim").id
    note("Acme is rebuilding its platform", "company:Acme Robotics")
    assert "Acme is rebuilding its platform" in offered(kim)


def test_matches_their_industry_and_their_interests(db):
    companies.set_profile("Lagos Fintech Hub", industry="Fintech")
    ola = person("Ola", "Lagos Fintech Hub")
    zoe = person("Zoë", "Helio", tags=["climate", "Product"])
    note("Open banking rules change in March", "industry:fintech")
    note("Heat pumps are the next big thing", "topic:Climate")
    note("Roadmaps: fewer, bigger bets", "product")
    note("A climate fund is hiring", "industry:Climate")
    assert offered(ola) == ["Open banking rules change in March"]
    assert set(offered(zoe)) == {
        "Heat pumps are the next big thing",
        "Roadmaps: fewer, bigger bets",
        "A climate fund is hiring",
    }
    assert insights.what_i_can_give(ola)[0].reason == "about Fintech, their company's industry"


def test_newest_first(db):
    ann = person("Ann", "Acme", tags=["data"])
    note("middle", "data", days_ago=5)
    note("oldest", "data", days_ago=30)
    note("newest", "data", days_ago=0)
    assert offered(ann) == ["newest", "middle", "oldest"]


def test_non_shareable_insights_are_never_offered(db):
    ann = person("Ann", "Acme")
    note("Acme's hiring freeze ends in January", "company:Acme", shareable=False)
    assert offered(ann) == []
    with pytest.raises(InvalidInput, match="not marked shareable"):
        insights.give(insights.list_insights()[0].id, ann)


def test_not_offered_to_the_person_it_came_from(db):
    ann = person("Ann", "Globex")
    bob = person("Bob", "Globex")
    companies.set_profile("Globex", competitors=["Acme"])
    insight = note("Acme is moving to Berlin", "company:Acme", source=ann)
    assert offered(ann) == []
    assert offered(bob) == ["Acme is moving to Berlin"]
    with pytest.raises(InvalidInput, match="came from this person"):
        insights.give(insight, ann)


def test_not_offered_to_anyone_at_the_meeting_it_came_from(db):
    ann = person("Ann", "Globex")
    bob = person("Bob", "Globex")
    cat = person("Cat", "Globex")
    companies.set_profile("Globex", competitors=["Acme"])
    meeting = meetings.create_meeting(
        MeetingInput(contact_ids=[ann, bob], starts_at=dt.datetime(2026, 1, 5, 10))
    ).id
    note("Acme is moving to Berlin", "company:Acme", meeting=meeting)
    assert offered(ann) == [] and offered(bob) == []
    assert offered(cat) == ["Acme is moving to Berlin"]


def test_a_single_attendee_meeting_is_the_source_person(db):
    ann = person("Ann", "Acme")
    meeting = meetings.create_meeting(
        MeetingInput(contact_ids=[ann], starts_at=dt.datetime(2026, 1, 5, 10))
    ).id
    record = insights.get_insight(note("Acme news", "company:Acme", meeting=meeting))
    assert record.source_contact_id == ann and record.source_name == "Ann"


def test_giving_records_a_give_and_is_not_offered_again(db):
    ann = person("Ann", "Globex")
    bob = person("Bob", "Globex")
    companies.set_profile("Globex", competitors=["Acme"])
    first = note("Acme is moving to Berlin", "company:Acme")
    note("Acme opened a Lisbon office", "company:Acme")
    entry = insights.give(first, ann)
    assert (entry.direction, entry.kind, entry.insight_id) == ("gave", "insight", first)
    assert entry.note == "Acme is moving to Berlin"
    assert offered(ann) == ["Acme opened a Lisbon office"]
    assert len(offered(bob)) == 2  # still on offer to everyone else
    assert ledger.balance(ann).gave == 1
    assert insights.get_insight(first).given_count == 1
    with pytest.raises(InvalidInput, match="already gave"):
        insights.give(first, ann)


def test_who_could_use_an_insight(db):
    companies.set_profile("Acme Robotics", competitors=["Kumo"])
    ann = person("Ann", "Acme Robotics")
    kim = person("Kim", "Kumo")
    dan = person("Dan", "Elsewhere", tags=["data"])
    person("Eve", "Elsewhere")
    insight = note("Kumo is hiring data people", "company:Kumo", "data", source=kim)
    people = insights.who_could_use(insight)
    assert [(cid, name) for cid, name, _why in people] == [(ann, "Ann"), (dan, "Dan")]
    private = note("secret", "company:Kumo", shareable=False)
    assert insights.who_could_use(private) == []


def test_an_insight_needs_text_and_known_tag_kinds(db):
    with pytest.raises(InvalidInput, match="needs a sentence"):
        insights.add_insight(InsightInput(text="   "))
    with pytest.raises(InvalidInput):
        insights.add_insight(InsightInput(text="x", tags=[("colour", "blue")]))


def test_search_and_delete_keep_the_give(db):
    ann = person("Ann", "Acme")
    first = note("Acme is moving to Berlin", "company:Acme")
    note("Zoë's team uses dbt", "data")
    assert [i.text for i in insights.list_insights("berlin acme")] == ["Acme is moving to Berlin"]
    assert [i.text for i in insights.list_insights("zoe")] == ["Zoë's team uses dbt"]
    insights.give(first, ann)
    insights.delete_insight(first)
    [entry] = ledger.entries_for(ann)
    assert entry.note == "Acme is moving to Berlin" and entry.insight_id is None
