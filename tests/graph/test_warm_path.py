"""Warm paths: the chains of introductions from Me to a company or a person,
ranked the way a user would pick one. Real SQLite; the CLI as a real process."""

from __future__ import annotations

import datetime as dt
import json

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
    """Me → Ana (close) → Bo (warm) → Chen at Acme;  Me → Dee (cold) → Eli at Acme;
    Me → Fay at Acme (met directly, warmth unknown); Gus at Acme is not placed."""
    ids = {
        "Ana": add("Ana Ortiz", "Northwind", "close"),
        "Bo": add("Bo Lind", "Northwind", "warm"),
        "Chen": add("Chen Wei", "Acme", "warm"),
        "Dee": add("Dee Park", "Helio", "cold"),
        "Eli": add("Eli Stone", "Acme", "close"),
        "Fay": add("Fay Moss", "Acme"),
        "Gus": add("Gus Hale", "Acme", "close"),
    }
    referrals.refer(ids["Ana"], ids["Bo"], dt.date(2026, 3, 1))
    referrals.refer(ids["Bo"], ids["Chen"], dt.date(2026, 4, 2))
    referrals.refer(ids["Dee"], ids["Eli"], dt.date(2026, 5, 3))
    referrals.place_under_me(ids["Fay"])
    return ids


def test_a_company_lists_one_chain_per_person_shortest_first(acme):
    found = warm_path.find("acme")  # case ignored; the company's own spelling comes back
    assert (found.kind, found.label) == ("company", "Acme")
    assert [c.target.full_name for c in found.chains] == ["Fay Moss", "Eli Stone", "Chen Wei"]
    assert [c.length for c in found.chains] == [1, 2, 3]
    assert found.best.contact_ids == [acme["Fay"]]
    assert [p.full_name for p in found.unplaced] == ["Gus Hale"]
    chen = found.chains[2]
    assert chen.contact_ids == [acme["Ana"], acme["Bo"], acme["Chen"]]
    assert chen.line() == "Me → Ana Ortiz (close) → Bo Lind (warm) → Chen Wei (warm) at Acme"
    assert chen.explanation().startswith(
        "Ana Ortiz introduced you to Bo Lind, who introduced you to Chen Wei. "
        "Weakest link: Bo Lind (warm)."
    )
    assert found.summary() == "3 people at Acme reachable through your introductions."


def test_equal_lengths_rank_by_the_weakest_link_then_by_recent_contact(db):
    warm_top = add("Wes Warm", "", "warm")
    cold_top = add("Cal Cold", "", "cold")
    close_top = add("Cleo Close", "", "close")
    via_warm = add("Ann Acme", "Acme", "close")
    via_cold = add("Bea Acme", "Acme", "close")
    via_close = add("Cy Acme", "Acme", "close")
    via_close_too = add("Di Acme", "Acme", "close")
    referrals.refer(warm_top, via_warm)
    referrals.refer(cold_top, via_cold)
    referrals.refer(close_top, via_close)
    referrals.refer(close_top, via_close_too)
    # Di was met last week, Cy never: among equals, the fresher contact first.
    meetings.create_meeting(
        MeetingInput(
            contact_ids=[via_close_too],
            starts_at=dt.datetime.now() - dt.timedelta(days=7),
            kind="coffee",
        )
    )
    found = warm_path.find("Acme")
    assert [c.target.full_name for c in found.chains] == [
        "Di Acme",
        "Cy Acme",
        "Ann Acme",
        "Bea Acme",
    ]
    assert found.chains[0].target.last_contact == (dt.date.today() - dt.timedelta(days=7))
    assert "Last in touch with Di Acme on" in found.chains[0].explanation()
    assert found.chains[3].weakest.full_name == "Cal Cold"
    # Unknown warmth counts as weaker than cold.
    unknown = add("Uma Unknown")
    via_unknown = add("Eve Acme", "Acme", "close")
    referrals.refer(unknown, via_unknown)
    assert warm_path.find("Acme").chains[-1].target.full_name == "Eve Acme"


def test_a_person_by_name_or_number_and_someone_not_placed(acme):
    found = warm_path.find("chen wei")
    assert (found.kind, found.label) == ("person", "Chen Wei")
    assert [c.contact_ids for c in found.chains] == [[acme["Ana"], acme["Bo"], acme["Chen"]]]
    assert warm_path.find(f"#{acme['Eli']}").best.target.full_name == "Eli Stone"
    gus = warm_path.find("Gus Hale")
    assert gus.chains == [] and [p.full_name for p in gus.unplaced] == ["Gus Hale"]
    assert gus.summary() == "No known chain to Gus Hale."


def test_what_cannot_be_resolved_says_why_and_offers_choices(acme):
    with pytest.raises(InvalidInput):
        warm_path.find("   ")
    with pytest.raises(NotFound) as missing:
        warm_path.find("Acmee")
    assert missing.value.candidates == ["Acme"]
    with pytest.raises(AmbiguousName) as several:
        warm_path.find("e")  # in two company names; a word of Eli Stone's name starts with it
    assert several.value.candidates == ["Acme", "Helio", f"#{acme['Eli']} Eli Stone (Acme)"]
    add("Chen Wei", "Kumo")
    with pytest.raises(AmbiguousName) as namesakes:
        warm_path.find("Chen Wei")
    assert len(namesakes.value.candidates) == 2


def test_a_unique_partial_name_is_enough(acme):
    assert warm_path.find("helio").label == "Helio"
    assert warm_path.find("Lind").label == "Bo Lind"
    assert warm_path.find("ortiz").label == "Ana Ortiz"
    assert warm_path.find("rti").label == "Ana Ortiz"  # inside a word, when no word starts so


def test_archived_people_are_not_offered(acme):
    contacts.archive_contacts([acme["Fay"]])
    assert "Fay Moss" not in [c.target.full_name for c in warm_path.find("Acme").chains]
    assert "Fay Moss" not in warm_path.suggestions()


def test_suggestions_are_companies_then_people(acme):
    names = warm_path.suggestions()
    assert names[:3] == ["Acme", "Helio", "Northwind"]
    assert "Chen Wei" in names and names.count("Acme") == 1


def test_names_that_look_like_markup_come_back_as_typed(db):
    top = add("<b>Bob</b> & Co", "", "close")
    target = add("Zoë <i>Lefèvre</i>", "<script>Acme</script>")
    referrals.refer(top, target)
    chain = warm_path.find("<script>Acme</script>").best
    assert (
        chain.line() == "Me → <b>Bob</b> & Co (close) → Zoë <i>Lefèvre</i> at <script>Acme</script>"
    )


# The command line ------------------------------------------------------------------------
def test_cli_path_prints_ranked_chains_and_json(run):
    run("add-contact", "Ana Ortiz", "--company", "Northwind")
    run("add-contact", "Chen Wei", "--company", "Acme")
    run("add-contact", "Gus Hale", "--company", "Acme")
    run("refer", "Ana Ortiz", "Chen Wei")
    out = run("path", "Acme").stdout.splitlines()
    assert out[0] == "1 person at Acme reachable through your introductions."
    assert out[1] == "1. Me → Ana Ortiz → Chen Wei at Acme"
    assert out[2].strip().startswith("Ana Ortiz introduced you to Chen Wei.")
    assert out[3] == "No known chain to Gus Hale: not in your referral graph yet."
    data = json.loads(run("path", "Acme", "--json").stdout)
    assert data["label"] == "Acme"
    assert data["chains"][0]["chain"][0]["name"] == "Ana Ortiz"
    assert data["no_known_chain"] == ["Gus Hale"]


def test_cli_path_exit_codes(run):
    run("add-contact", "Gus Hale", "--company", "Acme")
    nobody = run("path", "Acme", check=False)
    assert nobody.returncode == 1
    assert "No known chain to Gus Hale" in nobody.stdout
    missing = run("path", "Acmee", check=False)
    assert missing.returncode == 2
    assert "No company or person matches “Acmee”." in missing.stderr
    assert "  Acme" in missing.stderr.splitlines()
