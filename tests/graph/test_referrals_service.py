"""Referral chains: Me at the root, one introducer each, no loops."""

from __future__ import annotations

import pytest

from crm_desktop.errors import ReferralRefused
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals


@pytest.fixture
def people_by_first_name(db):
    return {
        n: contacts.add_contact(ContactInput(full_name=n)).id
        for n in ("Ann", "Bob", "Carl", "Dana")
    }


def test_refer_builds_a_chain_from_me(people_by_first_name):
    referrals.refer(people_by_first_name["Ann"], people_by_first_name["Bob"])
    referrals.refer(people_by_first_name["Bob"], people_by_first_name["Carl"])
    assert referrals.chain_names(people_by_first_name["Carl"]) == ["Me", "Ann", "Bob", "Carl"]
    assert referrals.whom_to_thank(people_by_first_name["Carl"]) == ["Bob", "Ann"]
    # The introducer was placed under Me automatically.
    assert referrals.placement(people_by_first_name["Ann"]).referrer_id is None


def test_self_referral_is_refused(people_by_first_name):
    with pytest.raises(ReferralRefused, match="Ann cannot have introduced you to themselves"):
        referrals.refer(people_by_first_name["Ann"], people_by_first_name["Ann"])
    assert referrals.placement(people_by_first_name["Ann"]) is None


def test_cycle_is_refused_with_the_people_named_and_nothing_changes(people_by_first_name):
    referrals.refer(people_by_first_name["Ann"], people_by_first_name["Bob"])
    referrals.refer(people_by_first_name["Bob"], people_by_first_name["Carl"])
    before = referrals.graph()
    with pytest.raises(ReferralRefused) as err:
        referrals.refer(people_by_first_name["Carl"], people_by_first_name["Ann"])
    message = str(err.value)
    assert "Carl cannot have introduced you to Ann" in message
    assert "Me → Ann → Bob → Carl" in message
    assert referrals.graph() == before


def test_re_referring_moves_the_contact(people_by_first_name):
    referrals.refer(people_by_first_name["Ann"], people_by_first_name["Bob"])
    referrals.refer(people_by_first_name["Dana"], people_by_first_name["Bob"])
    assert referrals.chain_names(people_by_first_name["Bob"]) == ["Me", "Dana", "Bob"]
    assert referrals.introduced_by(people_by_first_name["Ann"]) == []


def test_place_under_me_only_once(people_by_first_name):
    assert referrals.place_under_me(people_by_first_name["Ann"]) is True
    assert referrals.place_under_me(people_by_first_name["Ann"]) is False
    assert referrals.chain_names(people_by_first_name["Ann"]) == ["Me", "Ann"]


def test_deleting_an_introducer_keeps_their_introductions_in_the_chain(people_by_first_name):
    referrals.refer(people_by_first_name["Ann"], people_by_first_name["Bob"])
    referrals.refer(people_by_first_name["Bob"], people_by_first_name["Carl"])
    contacts.delete_contact(people_by_first_name["Bob"])
    assert referrals.chain_names(people_by_first_name["Carl"]) == ["Me", "Ann", "Carl"]


def test_set_placement_restores_exactly(people_by_first_name):
    referrals.refer(people_by_first_name["Ann"], people_by_first_name["Bob"])
    saved = referrals.placement(people_by_first_name["Bob"])
    referrals.set_placement(people_by_first_name["Bob"], None)
    assert referrals.placement(people_by_first_name["Bob"]) is None
    referrals.set_placement(people_by_first_name["Bob"], saved)
    assert referrals.placement(people_by_first_name["Bob"]) == saved
