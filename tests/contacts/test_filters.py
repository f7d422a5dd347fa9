"""Search, filters and sort in SQL: ranking, accents, snippets, every filter, and combos."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts import contacts, filters, smart_lists
from crm_desktop.services.contacts.filters import ContactFilter
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput

TODAY = dt.date(2026, 6, 15)


def names(criteria: ContactFilter, sort=None, descending=False) -> list[str]:
    ids = filters.matching_ids(criteria, sort, descending, today=TODAY)
    return [r.full_name for r in filters.rows_for(ids)]


@pytest.fixture
def people_to_filter(db):
    def add(name, **kw):
        return contacts.add_contact(ContactInput(full_name=name, **kw)).id

    ids = {
        "Zoë": add("Zoë Lefèvre", company="Helio", tags=["mentor", "climate"], stage="met",
                   warmth="close", follow_up_on=TODAY - dt.timedelta(days=1)),
        "Ann": add("Ann Lee", company="Acme", tags=["data"], stage="asked", warmth="warm",
                   follow_up_on=TODAY + dt.timedelta(days=5)),
        "Bob": add("Bob Stone", company="acme", tags=["data", "mentor"], warmth="cold",
                   notes="Knows the Kubernetes migration at Helio"),
        "Cy": add("Cy Twombly", cadence_days=30),
    }  # fmt: skip
    meetings.create_meeting(MeetingInput([ids["Ann"]], dt.datetime(2026, 6, 1, 10)))
    meetings.create_meeting(MeetingInput([ids["Bob"]], dt.datetime(2025, 1, 1, 10)))
    return ids


def test_each_filter_alone(people_to_filter):
    assert names(ContactFilter(tags=("mentor",))) == ["Bob Stone", "Zoë Lefèvre"]
    assert names(ContactFilter(tags=("MENTOR", "data"))) == ["Bob Stone"]
    assert names(ContactFilter(company="ACME")) == ["Ann Lee", "Bob Stone"]
    assert names(ContactFilter(stage="met")) == ["Zoë Lefèvre"]
    assert names(ContactFilter(warmth="warm")) == ["Ann Lee"]
    # Follow-up date passed, or keep-in-touch cadence lapsed (Cy: every 30 days, never met).
    assert names(ContactFilter(follow_up_overdue=True)) == ["Cy Twombly", "Zoë Lefèvre"]
    assert names(ContactFilter(not_contacted_days=90)) == [
        "Bob Stone",
        "Cy Twombly",
        "Zoë Lefèvre",
    ]


def test_filters_combine_with_search_and_each_other(people_to_filter):
    assert names(ContactFilter(search="helio")) == ["Zoë Lefèvre", "Bob Stone"]
    assert names(ContactFilter(search="helio", tags=("data",))) == ["Bob Stone"]
    assert names(ContactFilter(company="acme", not_contacted_days=90)) == ["Bob Stone"]
    assert names(ContactFilter(search="zoe", warmth="cold")) == []
    assert filters.count(ContactFilter(tags=("mentor",), warmth="close")) == 1


def test_archived_only_in_the_archive(people_to_filter):
    contacts.archive_contacts([people_to_filter["Ann"]])
    assert "Ann Lee" not in names(ContactFilter())
    assert names(ContactFilter(archived=True)) == ["Ann Lee"]
    assert len(names(ContactFilter(archived=None))) == 4


def test_sort_by_every_column_both_ways_empty_last(people_to_filter):
    for key in filters.SORT_KEYS:
        up = names(ContactFilter(), key)
        down = names(ContactFilter(), key, descending=True)
        assert sorted(up) == sorted(down) == sorted(names(ContactFilter()))
    assert names(ContactFilter(), "warmth") == ["Zoë Lefèvre", "Ann Lee", "Bob Stone", "Cy Twombly"]
    assert names(ContactFilter(), "stage") == ["Ann Lee", "Zoë Lefèvre", "Bob Stone", "Cy Twombly"]
    assert names(ContactFilter(), "last_contact", True)[:2] == ["Ann Lee", "Bob Stone"]
    assert names(ContactFilter(), "company")[-1] == "Cy Twombly"  # no company: last


def test_search_ranks_names_first_and_explains_note_hits(people_to_filter):
    assert names(ContactFilter(search="helio")) == ["Zoë Lefèvre", "Bob Stone"]
    ids = filters.matching_ids(ContactFilter(search="kubern"))
    [row] = filters.rows_for(ids, "kubern")
    assert row.full_name == "Bob Stone"
    assert "«Kubernetes»" in row.snippet
    [zoe] = filters.rows_for(filters.matching_ids(ContactFilter(search="zoe")), "zoe")
    assert zoe.snippet == ""  # the name says why


def test_search_accents_both_ways(people_to_filter):
    assert names(ContactFilter(search="lefevre")) == ["Zoë Lefèvre"]
    assert names(ContactFilter(search="LEFÈV")) == ["Zoë Lefèvre"]


def test_filter_round_trips_through_json_and_describes_itself():
    criteria = ContactFilter(search="ann", tags=("a", "b"), stage="met", not_contacted_days=30)
    assert ContactFilter.from_json(criteria.to_json()) == criteria
    archived = ContactFilter(archived=True)
    assert ContactFilter.from_json(archived.to_json()) == archived
    assert "Met" in criteria.describe() and "30 days" in criteria.describe()


def test_smart_lists_are_saved_with_live_counts(people_to_filter):
    saved = smart_lists.save_smart_list("Mentors", ContactFilter(tags=("mentor",)))
    [listed] = smart_lists.list_smart_lists()
    assert listed == saved
    assert smart_lists.counts([listed.criteria]) == [2]
    contacts.add_contact(ContactInput("Dee", tags=["mentor"]))
    assert smart_lists.counts([listed.criteria]) == [3]
    with pytest.raises(InvalidInput):
        smart_lists.save_smart_list("Everyone", ContactFilter())
    smart_lists.delete_smart_list(saved.id)
    assert smart_lists.list_smart_lists() == []


def test_only_taking_filter_and_balance_sort(db):
    """People you asked more of than you gave to; declined asks do not count."""
    from crm_desktop.services.contacts import filters
    from crm_desktop.services.contacts.contacts import add_contact
    from crm_desktop.services.contacts.filters import ContactFilter
    from crm_desktop.services.contacts.types import ContactInput
    from crm_desktop.services.giving import ledger

    taker = add_contact(ContactInput(full_name="Asked Twice")).id
    even = add_contact(ContactInput(full_name="Even Steven")).id
    giver = add_contact(ContactInput(full_name="Given To")).id
    declined = add_contact(ContactInput(full_name="Declined Ask")).id
    ledger.log_ask(taker, "advice")
    ledger.log_ask(taker, "introduction")
    ledger.log_ask(even, "advice")
    ledger.log_give(even, "article")
    ledger.log_give(giver, "insight")
    entry = ledger.log_ask(declined, "job_referral")
    ledger.set_status(entry.id, "declined")
    assert filters.matching_ids(ContactFilter(only_taking=True)) == [taker]
    by_balance = filters.matching_ids(ContactFilter(), "balance", False)
    assert by_balance[0] == taker and by_balance[-1] == giver
    assert ledger.balance(taker).score == -2
