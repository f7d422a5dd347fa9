"""Last contact: one date per person, the same wherever Giveback shows it (the contact
pane, the list, Today's "going cold", the warm path). Real SQLite."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.services.contacts import contacts, filters, last_contact
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.giving import ledger
from crm_desktop.services.graph import referrals, warm_path
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.meetings import MeetingInput

TODAY = dt.date.today()


def _meet(cid: int, days_ago: int) -> None:
    starts = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(10, 0))
    meetings.create_meeting(MeetingInput([cid], starts, kind="coffee"))


def _everywhere(cid: int, name: str) -> dict[str, dt.date | None]:
    """The last contact each service reports for this person."""
    pane = contacts.get_contact(cid).last_contact
    row = filters.rows_for([cid])[0].last_contact
    cold = {c.contact_id: c.last_touch for c in followups.going_cold(TODAY)}
    chains = {c.target.contact_id: c.target.last_contact for c in warm_path.find("Acme").chains}
    return {
        "contact pane": pane.date() if pane else None,
        "list": dt.date.fromisoformat(row) if row else None,
        "Today, going cold": cold.get(cid),
        "warm path": chains.get(cid),
    }


@pytest.mark.parametrize("meeting_ago, entry_ago", [(20, 5), (5, 20)])
def test_a_meeting_and_a_give_show_the_same_last_contact_everywhere(db, meeting_ago, entry_ago):
    ann = contacts.add_contact(ContactInput("Ann Lee", company="Acme", cadence_days=1)).id
    referrals.place_under_me(ann)
    _meet(ann, meeting_ago)
    ledger.log_give(ann, "article", occurred_on=TODAY - dt.timedelta(days=entry_ago))
    expected = TODAY - dt.timedelta(days=min(meeting_ago, entry_ago))
    assert _everywhere(ann, "Ann Lee") == dict.fromkeys(
        ("contact pane", "list", "Today, going cold", "warm path"), expected
    )
    assert filters.matching_ids(filters.ContactFilter(not_contacted_days=10)) == (
        [] if expected > TODAY - dt.timedelta(days=10) else [ann]
    )


def test_what_does_not_count_a_meeting_to_come_and_an_entry_dated_ahead(db):
    ann = contacts.add_contact(ContactInput("Ann Lee", company="Acme", cadence_days=1)).id
    referrals.place_under_me(ann)
    _meet(ann, 30)
    _meet(ann, -3)  # booked for three days from now
    ledger.log_give(ann, "article", occurred_on=TODAY + dt.timedelta(days=2))
    expected = TODAY - dt.timedelta(days=30)
    assert set(_everywhere(ann, "Ann Lee").values()) == {expected}
    # Four days on, both have happened: every view moves on together.
    later = dt.datetime.combine(TODAY + dt.timedelta(days=4), dt.time(12, 0))
    last_contact.catch_up(later)
    assert contacts.get_contact(ann).last_contact == dt.datetime.combine(
        TODAY + dt.timedelta(days=3), dt.time(10, 0)
    )


def test_deleting_the_latest_entry_moves_last_contact_back(db):
    ann = contacts.add_contact(ContactInput("Ann Lee")).id
    _meet(ann, 9)
    entry = ledger.log_ask(ann, "advice", occurred_on=TODAY - dt.timedelta(days=2))
    assert contacts.get_contact(ann).last_contact.date() == TODAY - dt.timedelta(days=2)
    ledger.delete_entry(entry.id)
    assert contacts.get_contact(ann).last_contact.date() == TODAY - dt.timedelta(days=9)
