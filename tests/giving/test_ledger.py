"""The give-and-ask ledger: entries, statuses, the balance rule and "only taking"."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import person

from crm_desktop.errors import InvalidInput, NotFound
from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import insights, ledger, taking
from crm_desktop.services.giving.insights import InsightInput
from crm_desktop.services.giving.ledger import LedgerInput
from crm_desktop.services.graph import referrals
from crm_desktop.store import database


def entry(cid, direction, kind, status=None, days_ago=0, **extra):
    return ledger.record(
        LedgerInput(
            cid,
            direction,
            kind,
            occurred_on=dt.date.today() - dt.timedelta(days=days_ago),
            status=status,
            **extra,
        )
    )


def test_default_statuses_and_validation(db):
    ann = person("Ann")
    assert entry(ann, "asked", "advice").status == "open"
    assert entry(ann, "asked", "introduction").status == "requested"
    assert entry(ann, "gave", "introduction").status == "made"
    assert entry(ann, "gave", "article").status == ""
    with pytest.raises(InvalidInput, match="status is one of: open, granted, declined"):
        entry(ann, "asked", "advice", status="made")
    with pytest.raises(InvalidInput, match="kind is one of"):
        entry(ann, "gave", "money")
    with pytest.raises(InvalidInput, match="one of: gave, asked, they_gave"):
        entry(ann, "stole", "advice")
    with pytest.raises(NotFound):
        entry(999, "gave", "advice")


def test_balance_rule(db):
    ann = person("Ann")
    assert ledger.balance(ann) == ledger.Balance(ann, 0, 0, 0)
    assert ledger.balance(ann).summary == "Nothing given or asked yet."
    entry(ann, "asked", "advice", "granted")
    entry(ann, "asked", "favour", "open")
    entry(ann, "asked", "job_referral", "declined")  # they gave nothing: not counted
    entry(ann, "they_gave", "article")
    entry(ann, "gave", "insight")
    entry(ann, "gave", "introduction", "to_make")  # a promise is not a give yet
    b = ledger.balance(ann)
    assert (b.gave, b.asked, b.they_gave, b.score) == (1, 2, 1, -2)
    assert b.label == "−2"
    assert b.summary == "You gave 1 · asked 2 · they gave 1 · balance −2"
    intro = ledger.entries_for(ann)[0]
    ledger.set_status(intro.id, "made")
    assert ledger.balance(ann).score == -1
    entry(ann, "gave", "thanks")
    entry(ann, "gave", "article")
    assert ledger.balance(ann).label == "+1"


def test_balances_of_many_contacts_in_one_query(db):
    ids = [person(f"P{i}") for i in range(5)]
    entry(ids[0], "gave", "advice")
    entry(ids[2], "asked", "advice")
    statements = []
    db_obj = database()
    original = db_obj.execute_sql

    def counting(sql, params=None, *a, **k):
        statements.append(sql)
        return original(sql, params, *a, **k)

    db_obj.execute_sql = counting
    try:
        result = ledger.balances(ids + [12345])
    finally:
        del db_obj.execute_sql
    assert len(statements) == 1
    assert {cid: b.score for cid, b in result.items()} == {
        ids[0]: 1,
        ids[1]: 0,
        ids[2]: -1,
        ids[3]: 0,
        ids[4]: 0,
        12345: 0,
    }
    assert ledger.balances([]) == {}


def test_balances_take_any_number_of_ids(db):
    ann = person("Ann")
    entry(ann, "gave", "advice")
    many = list(range(100_000, 140_000)) + [ann]  # more than SQLite's variable limit
    result = ledger.balances(many)
    assert len(result) == 40_001 and result[ann].gave == 1


def test_entries_newest_first_with_introduction_names(db):
    ann, carl = person("Ann"), person("Carl Ng")
    entry(ann, "gave", "article", days_ago=3, note="dbt testing article")
    entry(ann, "asked", "introduction", days_ago=1, other_contact_id=carl)
    first, second = ledger.entries_for(ann)
    assert first.summary == "I asked: Introduction to Carl Ng (requested)"
    assert second.summary == "I gave: Article" and second.note == "dbt testing article"
    with pytest.raises(InvalidInput, match="two different people"):
        entry(ann, "asked", "introduction", other_contact_id=ann)


def test_an_introduction_made_for_you_proposes_the_referral(db):
    ann, carl = person("Ann"), person("Carl")
    ask = entry(ann, "asked", "introduction", other_contact_id=carl)
    assert ledger.referral_to_confirm(ask) is None  # not made yet
    made = ledger.set_status(ask.id, "made")
    assert ledger.referral_to_confirm(made) == (ann, carl)
    referrals.refer(*ledger.referral_to_confirm(made))
    assert referrals.chain_names(carl) == ["Me", "Ann", "Carl"]
    # An introduction you made for others is not how *you* met anyone.
    mine = entry(ann, "gave", "introduction", other_contact_id=carl)
    assert ledger.referral_to_confirm(mine) is None


def test_only_taking_lists_people_owed_most_first_with_a_suggestion(db):
    ann = person("Ann", "Acme", tags=["data"])
    bob = person("Bob", "Globex")
    cat = person("Cat", tags=["climate"])
    even = person("Even")
    entry(ann, "asked", "advice", "granted")
    entry(ann, "asked", "favour", "granted")
    entry(bob, "asked", "advice", "granted")
    entry(cat, "they_gave", "article")
    entry(even, "asked", "advice", "granted")
    entry(even, "gave", "thanks")
    insight = insights.add_insight(
        InsightInput(
            "Globex moves its data team to Berlin", [("company", "Globex"), ("topic", "data")]
        )
    )
    rows = taking.only_taking()
    assert [r.full_name for r in rows] == ["Ann", "Bob", "Cat"]
    assert rows[0].balance.score == -2
    assert rows[0].suggestion == "Share what you learned: “Globex moves its data team to Berlin”"
    assert rows[0].insight_id == insight.id
    assert rows[1].suggestion == "Thank them for the advice they gave you."
    assert rows[2].suggestion == "Send them something on climate."
    assert [r.full_name for r in taking.only_taking(limit=1)] == ["Ann"]
    # Giving the suggested insight moves Ann's balance.
    insights.give(insight.id, ann)
    assert ledger.balance(ann).score == -1


def test_update_and_delete_entries(db):
    ann = person("Ann")
    e = entry(ann, "asked", "advice")
    changed = ledger.update_entry(
        e.id, LedgerInput(ann, "asked", "advice", note="CV review", status="granted")
    )
    assert (changed.note, changed.status) == ("CV review", "granted")
    ledger.delete_entry(e.id)
    assert ledger.entries_for(ann) == []
    contacts.delete_contact(ann)  # entries go with the contact
