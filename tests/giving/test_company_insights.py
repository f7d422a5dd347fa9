"""An insight about a company is news to its competitors and its industry, not to the
people who work there; and "Acme" names the same people in insights and warm paths."""

from __future__ import annotations

import datetime as dt

from helpers import person

from crm_desktop.services.contacts import companies
from crm_desktop.services.giving import insights
from crm_desktop.services.giving.insights import InsightInput
from crm_desktop.services.graph import referrals, warm_path


def note(text, *tags):
    return insights.add_insight(
        InsightInput(
            text=text,
            tags=[insights.parse_tag(t) for t in tags],
            noted_on=dt.date(2026, 3, 1),
        )
    ).id


def offered(contact_id):
    return {i.text: i.reason for i in insights.what_i_can_give(contact_id)}


def test_a_company_insight_is_not_offered_to_people_who_work_there(db):
    ann = person("Ann", "Acme Robotics", tags=["hiring"])
    kim = person("Kim", "Kumo")
    bea = person("Bea", "Botworks")
    companies.set_profile("Kumo", competitors=["Acme Robotics"])
    companies.set_profile("Acme Robotics", industry="Robotics")
    companies.set_profile("Botworks", industry="robotics")
    hiring = note("Acme is hiring a VP of sales", "company:Acme", "hiring")
    # Ann works there: it is not news to her, even though hiring is one of her interests.
    assert offered(ann) == {}
    # A competitor, and someone in the same industry, still get it.
    assert offered(kim) == {
        "Acme is hiring a VP of sales": "about Acme Robotics, a competitor of Kumo"
    }
    assert offered(bea) == {
        "Acme is hiring a VP of sales": "about Acme Robotics, a competitor of Botworks"
    }
    assert [cid for cid, _n, _why in insights.who_could_use(hiring)] == [bea, kim]
    # News about a rival that also names her company is news to her.
    note("Kumo is undercutting Acme on price", "company:Kumo", "company:Acme Robotics Inc.")
    assert offered(ann) == {
        "Kumo is undercutting Acme on price": "about Kumo, a competitor of Acme Robotics"
    }


def test_insights_and_warm_paths_agree_on_who_works_at_acme(db):
    ann = person("Ann", "Acme")
    rob = person("Rob", "Acme Robotics Inc.")
    ida = person("Ida", "Acmefoods")
    kim = person("Kim", "Kumo")
    for someone in (ann, rob, ida, kim):
        referrals.place_under_me(someone)
    companies.set_profile("Kumo", competitors=["Acme"])
    insight = note("Acme is opening a Lisbon office", "company:Acme")

    found = warm_path.find("Acme")
    assert found.kind == "company"
    assert {c.target.contact_id for c in found.chains} == {ann, rob}
    assert found.label == "Acme or Acme Robotics Inc."
    assert (
        found.summary()
        == "2 people at Acme or Acme Robotics Inc. reachable through your introductions."
    )
    # The insight treats the same two people as working at Acme: not news to them.
    assert offered(ann) == {} and offered(rob) == {}
    assert [cid for cid, _n, _why in insights.who_could_use(insight)] == [kim]
    # Ida's Acmefoods is another company altogether, in both.
    assert offered(ida) == {}
    # The longer name reaches the same people.
    robotics = warm_path.find("acme robotics")
    assert {c.target.contact_id for c in robotics.chains} == {ann, rob}


def test_an_exact_person_still_wins_over_a_company_that_starts_with_their_name(db):
    ana = person("Ana Silva", "Helio")
    person("Tom", "Ana Silva Consulting")
    found = warm_path.find("Ana Silva")
    assert (found.kind, found.label) == ("person", "Ana Silva")
    assert [p.contact_id for p in found.unplaced] == [ana]
    assert warm_path.find("Ana Silva Consulting Ltd").kind == "company"


def test_cli_insights_for_and_path_agree_on_acme(run):
    run("add-contact", "Ann Lee", "--company", "Acme")
    run("add-contact", "Rob Roy", "--company", "Acme Robotics")
    run("add-contact", "Kim Ko", "--company", "Kumo")
    run("company", "Kumo", "--competitor", "Acme Robotics")
    run("insight", "Acme is opening a Lisbon office", "--tag", "company:Acme")

    rob = run("insights", "--for", "Rob Roy").stdout
    assert rob.strip() == "No insight to offer Rob Roy yet."
    kim = run("insights", "--for", "Kim Ko").stdout
    assert "Acme is opening a Lisbon office (about Acme Robotics, a competitor of Kumo)" in kim

    path = run("path", "Acme", check=False)
    assert path.stdout.splitlines()[0] == "No known chain to Acme or Acme Robotics."
    assert "No known chain to Ann Lee: not in your referral graph yet." in path.stdout
    assert "No known chain to Rob Roy: not in your referral graph yet." in path.stdout
