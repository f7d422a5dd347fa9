"""Referral chains: Me at the root, one introducer each, no loops."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.errors import NotFound, ReferralRefused
from crm_desktop.services import events
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import Placement


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


# set_placements: several placements as one change -----------------------------------------
# Its promise: "if any is refused (a loop, a contact deleted since), none is made". Undo and
# redo of every graph edit take this path, so it is tested here, below the GUI.

D1, D2, D3 = dt.date(2026, 3, 2), dt.date(2026, 4, 6), dt.date(2026, 5, 11)


def referral_table(db) -> list[tuple]:
    """Every row of the referral table, every column, in id order."""
    return db.execute_sql("SELECT * FROM referral ORDER BY id").fetchall()


def first_refused_step(
    introducer: dict[int, int | None], steps: list[tuple[int, Placement | None]]
) -> int | None:
    """The rule, stated on its own: apply the steps in order to a map "who introduced
    whom" (None: met directly); the index of the first step after which someone is their
    own introducer or the chain up from someone comes back to them (a loop), else None."""
    tree = dict(introducer)
    for index, (contact, where) in enumerate(steps):
        tree.pop(contact, None)
        if where is not None:
            tree[contact] = where.referrer_id
        for start in tree:
            seen, up = {start}, tree.get(start)
            while up is not None:
                if up in seen:
                    return index
                seen.add(up)
                up = tree.get(up)
    return None


@pytest.fixture
def network(db):
    """Ann met directly, Bob through Ann, Carl met directly (each with a date and a note);
    Dana not placed yet; Eve added then deleted (her id is that of a contact gone since)."""
    ids = {
        n: contacts.add_contact(ContactInput(full_name=n)).id
        for n in ("Ann", "Bob", "Carl", "Dana", "Eve")
    }
    referrals.set_placement(ids["Ann"], Placement(None, D1, "Met at the Berlin meetup"))
    referrals.set_placement(ids["Bob"], Placement(ids["Ann"], D2, "Ann's colleague"))
    referrals.set_placement(ids["Carl"], Placement(None, None, ""))
    contacts.delete_contact(ids["Eve"])
    return ids


def test_a_loop_made_by_a_later_step_refuses_the_whole_batch(db, network):
    ann, bob, carl, dana = (network[n] for n in ("Ann", "Bob", "Carl", "Dana"))
    steps = [
        (dana, Placement(None, D3, "new")),  # allowed: Dana met directly
        (carl, Placement(bob, D3, "")),  # allowed: Me → Ann → Bob → Carl
        (ann, Placement(carl, D3, "")),  # Carl introduced Ann: a loop, given step 2
    ]
    now = {ann: None, bob: ann, carl: None}
    assert first_refused_step(now, steps) == 2
    assert first_refused_step(now, steps[2:]) is None  # a loop only after the earlier steps
    before = referral_table(db)
    announced: list[str] = []
    events.subscribe("referrals", lambda: announced.append("referrals"))

    with pytest.raises(ReferralRefused, match="Carl cannot have introduced you to Ann"):
        referrals.set_placements(steps)

    assert referral_table(db) == before
    assert announced == []
    # The same batch without the refused step goes through, all of it.
    referrals.set_placements(steps[:2])
    assert announced == ["referrals"]
    assert referrals.introducers() == {ann: None, bob: ann, carl: bob, dana: None}
    assert referrals.placement(dana) == Placement(None, D3, "new")
    assert referrals.placement(carl) == Placement(bob, D3, "")


def _self_introduction(p):
    return [(p["Dana"], Placement(None)), (p["Carl"], Placement(p["Carl"], D3))]


def _deleted_contact_placed(p):
    return [(p["Dana"], Placement(None)), (p["Carl"], None), (p["Eve"], Placement(None))]


def _deleted_introducer(p):
    return [(p["Dana"], Placement(None)), (p["Carl"], Placement(p["Eve"], D3))]


def _deleted_contact_removed(p):
    return [(p["Bob"], None), (p["Eve"], None)]


@pytest.mark.parametrize(
    ("make_steps", "error", "message"),
    [
        (_self_introduction, ReferralRefused, "Carl cannot have introduced you to themselves"),
        (_deleted_contact_placed, NotFound, "No contact with id"),
        (_deleted_introducer, NotFound, "No contact with id"),
        (_deleted_contact_removed, NotFound, "No contact with id"),
    ],
    ids=["self-introduction", "deleted contact placed", "deleted introducer", "deleted removed"],
)
def test_a_refused_later_step_leaves_every_referral_as_it_was(
    db, network, make_steps, error, message
):
    steps = make_steps(network)
    assert len(steps) >= 2  # the refused step comes after steps that would be made
    before = referral_table(db)
    announced: list[str] = []
    events.subscribe("referrals", lambda: announced.append("referrals"))

    with pytest.raises(error, match=message):
        referrals.set_placements(steps)

    assert referral_table(db) == before
    assert announced == []


def test_refer_with_a_deleted_contact_is_not_found_and_changes_nothing(db, network):
    before = referral_table(db)
    for referrer, referred in (
        (network["Eve"], network["Dana"]),
        (network["Dana"], network["Eve"]),
    ):
        with pytest.raises(NotFound, match="No contact with id"):
            referrals.refer(referrer, referred)
        assert referral_table(db) == before
