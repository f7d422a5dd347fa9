"""Warm paths, word for word: what ``path --json`` and the panel show for a chain, how
several companies are named, and what the user is told when a name is unclear. The
expected texts are written here, from the rules in the module's docstrings."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.errors import AmbiguousName, InvalidInput, NotFound
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals, warm_path
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput


def add(name: str, company: str = "", warmth: str = "") -> int:
    contact = contacts.add_contact(ContactInput(full_name=name, company=company)).id
    if warmth:
        contacts.set_fields([contact], warmth=warmth)
    return contact


@pytest.fixture
def acme(db) -> dict[str, int]:
    """Me → Ana (close, no company) → Chen at Acme (warm, met on 1 Apr 2026);
    Me → Fay at Acme (met directly, warmth unknown); Zed and Gus at Acme not placed."""
    ids = {
        "Ana": add("Ana Ortiz", "", "close"),
        "Chen": add("Chen Wei", "Acme", "warm"),
        "Fay": add("Fay Moss", "Acme"),
        "Zed": add("Zed Abbot", "Acme"),
        "Gus": add("gus Hale", "Acme"),
    }
    referrals.refer(ids["Ana"], ids["Chen"], dt.date(2026, 3, 1))
    referrals.place_under_me(ids["Fay"])
    meetings.create_meeting(MeetingInput([ids["Chen"]], dt.datetime(2026, 4, 1, 10, 30)))
    return ids


def test_a_company_path_as_json_says_everything_the_panel_shows(acme):
    found = warm_path.find("Acme")
    assert found.summary() == "2 people at Acme reachable through your introductions."
    assert found.to_json() == {
        "kind": "company",
        "label": "Acme",
        "chains": [
            {
                "target": "Fay Moss",
                "company": "Acme",
                "introductions": 1,
                "chain": [{"name": "Fay Moss", "company": "Acme", "warmth": ""}],
                "weakest_link": "Fay Moss",
                "last_contact": None,
                "line": "Me → Fay Moss at Acme",
                "explanation": "You met Fay Moss directly. No warmth set for anyone on this "
                "chain. No meeting with Fay Moss recorded yet.",
            },
            {
                "target": "Chen Wei",
                "company": "Acme",
                "introductions": 2,
                "chain": [
                    {"name": "Ana Ortiz", "company": "", "warmth": "close"},
                    {"name": "Chen Wei", "company": "Acme", "warmth": "warm"},
                ],
                "weakest_link": "Chen Wei",
                "last_contact": "2026-04-01",
                "line": "Me → Ana Ortiz (close) → Chen Wei (warm) at Acme",
                "explanation": "Ana Ortiz introduced you to Chen Wei. Weakest link: Chen Wei "
                "(warm). Last in touch with Chen Wei on 01 Apr 2026.",
            },
        ],
        # Not placed, by name whatever the case: gus before Zed.
        "no_known_chain": ["gus Hale", "Zed Abbot"],
    }


def test_one_person_reached_is_one_person_without_a_company(acme):
    found = warm_path.find("Chen Wei")
    assert found.summary() == "1 person reachable through your introductions."
    assert found.to_json()["kind"] == "person"
    assert warm_path.find(f"#{acme['Chen']}").kind == "person"
    ana = warm_path.find("Ortiz")
    assert ana.kind == "person"
    assert ana.best.line() == "Me → Ana Ortiz (close)"  # no company: no "at"


@pytest.mark.parametrize(
    ("names", "label"),
    [
        (["Acme Robotics", "Acme Labs", "Acme"], "Acme, Acme Labs or Acme Robotics"),
        (
            ["Acme Robotics", "Acme Labs", "Acme", "Acme Foods"],
            "Acme, Acme Foods, Acme Labs or 1 more",
        ),
        (
            ["Acme Robotics", "Acme Labs", "Acme", "Acme Foods", "Acme Bank"],
            "Acme, Acme Bank, Acme Foods or 2 more",
        ),
    ],
)
def test_several_companies_are_named_the_exact_one_first_then_by_name(db, names, label):
    """Up to three names (the one typed first, then by name), then how many more."""
    for i, company in enumerate(names):
        add(f"Person {i}", company)
    found = warm_path.find("Acme")
    assert (found.kind, found.label) == ("company", label)
    assert found.summary() == f"No known chain to {label}."
    assert len(found.unplaced) == len(names)


def test_companies_the_text_starts_without_an_exact_one_are_all_the_target(db):
    add("Ann Lee", "Acme Robotics")
    add("Bob Stone", "acme labs")
    found = warm_path.find("Acme")
    assert found.label == "acme labs or Acme Robotics"
    assert [p.full_name for p in found.unplaced] == ["Ann Lee", "Bob Stone"]


def test_a_company_inside_a_word_is_found_when_it_is_the_only_one(db):
    add("Dee Park", "Helio")
    assert warm_path.find("elio").label == "Helio"


def test_a_company_only_archived_people_work_at_is_not_offered(db):
    gone = add("Old Friend", "Zenith")
    contacts.archive_contacts([gone])
    with pytest.raises(NotFound) as err:
        warm_path.find("Zenith")
    assert str(err.value) == "No company or person matches “Zenith”."


def test_what_cannot_be_resolved_is_told_in_words(db):
    bo = add("Bo Lind", "Northwind")
    bo2 = add("Bo Lindqvist")
    with pytest.raises(InvalidInput) as err:
        warm_path.find("  ")
    assert str(err.value) == "Type a company or a person's name."
    with pytest.raises(NotFound) as err:
        warm_path.find("#999")
    assert str(err.value) == "No contact with id 999."
    with pytest.raises(NotFound) as err:
        warm_path.find("x12")  # a number after any other first letter is a name
    assert str(err.value) == "No company or person matches “x12”."
    with pytest.raises(AmbiguousName) as err:
        warm_path.find("Lind")
    assert str(err.value) == "“Lind” matches more than one company or person."
    assert err.value.candidates == [f"#{bo} Bo Lind (Northwind)", f"#{bo2} Bo Lindqvist"]
    twin = add("Bo Lind")
    with pytest.raises(AmbiguousName) as err:
        warm_path.find("bo lind")
    assert str(err.value) == "2 people are called “bo lind”; pick one by number."
    assert err.value.candidates == [f"#{bo} Bo Lind (Northwind)", f"#{twin} Bo Lind"]


def test_a_name_not_found_offers_the_five_closest_spellings(db):
    for name in ("Kim Parr", "Kim Parra", "Kim Parry", "Kim Parrs", "Kim Parro", "Kim Parre"):
        add(name)
    with pytest.raises(NotFound) as err:
        warm_path.find("Kin Parr")
    assert len(err.value.candidates) == 5
    assert err.value.candidates[0] == "Kim Parr"


def test_suggestions_are_sorted_whatever_the_case_and_include_people_without_a_company(db):
    add("uma Unknown")
    add("bo Lind")
    add("Bea Stone", "beta Co")
    add("Al Zorn", "Zeta")
    add("Cy Ross", "Alpha")
    assert warm_path.suggestions() == [
        "Alpha",
        "beta Co",
        "Zeta",
        "Al Zorn",
        "Bea Stone",
        "bo Lind",
        "Cy Ross",
        "uma Unknown",
    ]


def test_a_last_contact_is_read_as_a_date_whatever_form_it_is_stored_in():
    assert warm_path._as_date(None) is None
    assert warm_path._as_date("") is None
    assert warm_path._as_date("2026-04-01 10:30:00") == dt.date(2026, 4, 1)
    assert warm_path._as_date("2026-04-01T10:30:00.123456") == dt.date(2026, 4, 1)
    assert warm_path._as_date(dt.datetime(2026, 4, 1, 23, 59)) == dt.date(2026, 4, 1)
    assert warm_path._as_date(dt.date(2026, 4, 1)) == dt.date(2026, 4, 1)


def test_a_warmth_this_version_does_not_know_ranks_as_the_weakest(db):
    """A file from another version may hold a warmth without a rank here: it counts as
    unknown, weaker than cold (so Bea, reached through someone cold, comes first)."""
    from crm_desktop.store.models import Contact

    odd, cold = add("Odd Link", "", "warm"), add("Cold Link", "", "cold")
    ann, bea = add("Ann Acme", "Acme", "close"), add("Bea Acme", "Acme", "close")
    referrals.refer(odd, ann)
    referrals.refer(cold, bea)
    Contact.update(warmth="lukewarm").where(Contact.id == odd).execute()
    assert [c.target.full_name for c in warm_path.find("Acme").chains] == ["Bea Acme", "Ann Acme"]
