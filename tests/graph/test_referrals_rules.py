"""The referral service's promises, checked below the window: every placement is
stored exactly, a batch of placements is all or nothing, an insertion that would close
a loop is refused with the people named, and the graph's cards show what the user set.

Each expected value is written here from the rule, never read back from the service."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.errors import NotFound, ReferralRefused
from crm_desktop.services import events
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import GraphNode, Placement
from crm_desktop.services.meetings import followups

TODAY = dt.date(2026, 5, 10)


def add(name: str, company: str = "", **fields) -> int:
    contact = contacts.add_contact(ContactInput(full_name=name, company=company)).id
    if fields:
        contacts.set_fields([contact], **fields)
    return contact


@pytest.fixture
def chain(db) -> dict[str, int]:
    """Me → Ann → Bob → Carl; Dana is not placed."""
    ids = {name: add(name) for name in ("Ann", "Bob", "Carl", "Dana")}
    referrals.set_placement(ids["Ann"], Placement(None))
    referrals.set_placement(ids["Bob"], Placement(ids["Ann"], dt.date(2026, 1, 5), "at PyCon"))
    referrals.set_placement(ids["Carl"], Placement(ids["Bob"], dt.date(2026, 2, 6)))
    return ids


def test_a_placement_is_stored_with_its_introducer_date_and_note(chain):
    assert referrals.placement(chain["Bob"]) == Placement(
        chain["Ann"], dt.date(2026, 1, 5), "at PyCon"
    )
    assert referrals.placement(chain["Ann"]) == Placement(None, None, "")
    assert referrals.placement(chain["Dana"]) is None
    assert referrals.introduced_by(chain["Ann"]) == [chain["Bob"]]
    assert referrals.introduced_by(chain["Carl"]) == []


def test_a_batch_with_a_loop_in_it_makes_none_of_its_placements(chain):
    """Undo and redo go through set_placements: Dana under Me, then Ann under Carl (a
    loop: Carl was reached through Ann). Neither is made, and nobody is told of a change."""
    heard: list[str] = []
    events.subscribe("referrals", lambda: heard.append("referrals"))
    with pytest.raises(ReferralRefused, match="Carl cannot have introduced you to Ann"):
        referrals.set_placements(
            [(chain["Dana"], Placement(None)), (chain["Ann"], Placement(chain["Carl"]))]
        )
    assert referrals.placement(chain["Dana"]) is None
    assert referrals.placement(chain["Ann"]) == Placement(None, None, "")
    assert referrals.chain_names(chain["Carl"]) == ["Me", "Ann", "Bob", "Carl"]
    assert heard == []


def test_a_batch_naming_a_deleted_contact_makes_none_of_its_placements(chain):
    gone = add("Eve")
    contacts.delete_contact(gone)
    with pytest.raises(NotFound, match=f"No contact with id {gone}"):
        referrals.set_placements([(chain["Dana"], Placement(None)), (gone, Placement(None))])
    assert referrals.placement(chain["Dana"]) is None


def test_a_batch_that_is_allowed_is_made_and_announced_once(chain):
    heard: list[str] = []
    events.subscribe("referrals", lambda: heard.append("referrals"))
    referrals.set_placements(
        [
            (chain["Dana"], Placement(chain["Carl"], dt.date(2026, 3, 7), "lunch")),
            (chain["Carl"], Placement(None)),
        ]
    )
    assert referrals.placement(chain["Dana"]) == Placement(
        chain["Carl"], dt.date(2026, 3, 7), "lunch"
    )
    assert referrals.chain_names(chain["Dana"]) == ["Me", "Carl", "Dana"]
    assert heard == ["referrals"]


def test_refer_keeps_the_note_and_dates_the_introduction_today_unless_told(chain):
    referrals.refer(chain["Dana"], chain["Bob"])
    assert referrals.placement(chain["Bob"]) == Placement(
        chain["Dana"], dt.date.today(), "at PyCon"
    )
    # Dana was not placed: she is now, as met directly, without a date.
    assert referrals.placement(chain["Dana"]) == Placement(None, None, "")
    referrals.refer(chain["Ann"], chain["Carl"], dt.date(2025, 12, 24))
    assert referrals.placement(chain["Carl"]) == Placement(chain["Ann"], dt.date(2025, 12, 24), "")
    eve = add("Eve")  # not placed before: no note to keep
    referrals.refer(chain["Ann"], eve, dt.date(2026, 1, 1))
    assert referrals.placement(eve) == Placement(chain["Ann"], dt.date(2026, 1, 1), "")


def test_place_under_me_places_without_date_or_note(db):
    ann = add("Ann")
    assert referrals.place_under_me(ann) is True
    assert referrals.placement(ann) == Placement(None, None, "")


def test_check_insert_refuses_an_end_of_the_introduction(chain):
    with pytest.raises(ReferralRefused) as err:
        referrals.check_insert(chain["Bob"], chain["Ann"], chain["Bob"])
    assert str(err.value) == "Bob is already at one end of this introduction (Ann → Bob)."
    with pytest.raises(ReferralRefused) as err:
        referrals.check_insert(chain["Ann"], None, chain["Ann"])
    assert str(err.value) == "Ann is already at one end of this introduction (Me → Ann)."


def test_check_insert_refuses_a_loop_and_names_the_chain(chain):
    with pytest.raises(ReferralRefused) as err:
        referrals.check_insert(chain["Ann"], chain["Carl"], chain["Dana"])
    assert str(err.value) == (
        "Ann cannot go between Carl and Dana: you reached Carl through Ann "
        "(Me → Ann → Bob → Carl), so Carl introducing you to Ann would make a loop."
    )


def test_check_insert_allows_lifting_someone_from_below_or_under_me(chain):
    # Carl sits below Bob: he may go between Ann and Bob, and anyone may go under Me.
    assert referrals.check_insert(chain["Carl"], chain["Ann"], chain["Bob"]) is None
    assert referrals.check_insert(chain["Dana"], None, chain["Ann"]) is None
    assert referrals.check_insert(chain["Carl"], None, chain["Ann"]) is None


def test_describe_introduction_says_who_and_when():
    on = dt.date(2026, 9, 3)
    assert referrals.describe_introduction("Bob", "Ann", on) == (
        "Ann introduced you to Bob on 03 Sep 2026."
    )
    assert referrals.describe_introduction("Bob", "Ann", None) == (
        "Ann introduced you to Bob (date not recorded)."
    )
    assert (
        referrals.describe_introduction("Bob", None, on) == "You met Bob directly on 03 Sep 2026."
    )
    assert referrals.describe_introduction("Bob", None, None) == (
        "You met Bob directly (date not recorded)."
    )


def test_intro_thanks_names_the_introducer_only(chain):
    assert referrals.intro_thanks(chain["Bob"]) == (
        chain["Ann"],
        "Thank Ann for introducing you to Bob",
    )
    assert referrals.intro_thanks(chain["Ann"]) is None  # met directly
    assert referrals.intro_thanks(chain["Dana"]) is None  # not in the graph


def test_a_damaged_file_with_a_loop_does_not_hang_the_chain():
    # 1 was introduced by 2, 2 by 3 and 3 by 2: a loop no write path makes, read once.
    assert referrals.path_from_me(1, {1: 2, 2: 3, 3: 2}) == [3, 2, 1]


def test_graph_cards_show_company_warmth_and_due_follow_ups(db):
    ann = add("Ann", "Northwind", warmth="close")
    bob = add("Bob")  # no company, no warmth
    carl = add("Carl", follow_up_on=TODAY)  # due today
    dana = add("Dana", follow_up_on=TODAY + dt.timedelta(days=1))  # due tomorrow
    eve = add("Eve")
    followups.add("Call Eve", TODAY, eve)  # open, due today
    fay = add("Fay")
    followups.done(followups.add("Call Fay", TODAY - dt.timedelta(days=3), fay).id)
    gil = add("Gil")
    followups.add("Call Gil", TODAY + dt.timedelta(days=1), gil)  # open, not yet due
    hal = add("Hal", "Acme")  # not placed: not on the graph
    followups.add("Call Hal", TODAY, hal)
    followups.add("Buy stamps", TODAY)  # nobody's
    referrals.set_placement(ann, Placement(None))
    referrals.set_placement(bob, Placement(ann, dt.date(2026, 3, 1)))
    for person in (carl, dana, eve, fay, gil):
        referrals.set_placement(person, Placement(bob))

    data = referrals.graph(TODAY)

    assert data.nodes == {
        ann: GraphNode(ann, "Ann", "Northwind", "close", False),
        bob: GraphNode(bob, "Bob", "", "", False),
        carl: GraphNode(carl, "Carl", "", "", True),
        dana: GraphNode(dana, "Dana", "", "", False),
        eve: GraphNode(eve, "Eve", "", "", True),
        fay: GraphNode(fay, "Fay", "", "", False),
        gil: GraphNode(gil, "Gil", "", "", False),
    }
    assert data.introducer == {
        ann: None,
        bob: ann,
        carl: bob,
        dana: bob,
        eve: bob,
        fay: bob,
        gil: bob,
    }
    assert data.introduced_on == {
        ann: None,
        bob: dt.date(2026, 3, 1),
        carl: None,
        dana: None,
        eve: None,
        fay: None,
        gil: None,
    }
    # A day later, Dana's and Gil's are due too.
    later = referrals.graph(TODAY + dt.timedelta(days=1)).nodes
    assert {i for i, node in later.items() if node.follow_up_due} == {carl, dana, eve, gil}
