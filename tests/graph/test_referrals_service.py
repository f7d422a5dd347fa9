"""Referral chains: Me at the root, one introducer each, no loops."""

from __future__ import annotations

import pytest

from crm_desktop.errors import ReferralRefused
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals


@pytest.fixture
def people(db):
    return {
        n: contacts.add_contact(ContactInput(full_name=n)).id
        for n in ("Ann", "Bob", "Carl", "Dana")
    }


def test_refer_builds_a_chain_from_me(people):
    referrals.refer(people["Ann"], people["Bob"])
    referrals.refer(people["Bob"], people["Carl"])
    assert referrals.chain_names(people["Carl"]) == ["Me", "Ann", "Bob", "Carl"]
    assert referrals.whom_to_thank(people["Carl"]) == ["Bob", "Ann"]
    # The introducer was placed under Me automatically.
    assert referrals.placement(people["Ann"]).referrer_id is None


def test_self_referral_is_refused(people):
    with pytest.raises(ReferralRefused, match="Ann cannot have introduced you to themselves"):
        referrals.refer(people["Ann"], people["Ann"])
    assert referrals.placement(people["Ann"]) is None


def test_cycle_is_refused_with_the_people_named_and_nothing_changes(people):
    referrals.refer(people["Ann"], people["Bob"])
    referrals.refer(people["Bob"], people["Carl"])
    before = referrals.graph()
    with pytest.raises(ReferralRefused) as err:
        referrals.refer(people["Carl"], people["Ann"])
    message = str(err.value)
    assert "Carl cannot have introduced you to Ann" in message
    assert "Me → Ann → Bob → Carl" in message
    assert referrals.graph() == before


def test_re_referring_moves_the_contact(people):
    referrals.refer(people["Ann"], people["Bob"])
    referrals.refer(people["Dana"], people["Bob"])
    assert referrals.chain_names(people["Bob"]) == ["Me", "Dana", "Bob"]
    assert referrals.introduced_by(people["Ann"]) == []


def test_place_under_me_only_once(people):
    assert referrals.place_under_me(people["Ann"]) is True
    assert referrals.place_under_me(people["Ann"]) is False
    assert referrals.chain_names(people["Ann"]) == ["Me", "Ann"]


def test_deleting_an_introducer_keeps_their_introductions_in_the_chain(people):
    referrals.refer(people["Ann"], people["Bob"])
    referrals.refer(people["Bob"], people["Carl"])
    contacts.delete_contact(people["Bob"])
    assert referrals.chain_names(people["Carl"]) == ["Me", "Ann", "Carl"]


def test_set_placement_restores_exactly(people):
    referrals.refer(people["Ann"], people["Bob"])
    saved = referrals.placement(people["Bob"])
    referrals.set_placement(people["Bob"], None)
    assert referrals.placement(people["Bob"]) is None
    referrals.set_placement(people["Bob"], saved)
    assert referrals.placement(people["Bob"]) == saved
