"""Only taking: what to give back reads as sensible English whatever the person's tags.
Real SQLite."""

from __future__ import annotations

import re

import pytest
from helpers import person

from crm_desktop.services.giving import ledger, taking


def _suggestion(company: str, tags: list[str]) -> str:
    cid = person("Ann Lee", company, tags)
    ledger.log_ask(cid, "advice", status="granted")
    ledger.log_give(cid, "thanks")  # thanked already: the tags decide
    ledger.log_ask(cid, "favour")
    (row,) = taking.only_taking()
    return row.suggestion


@pytest.mark.parametrize(
    "company, tags, expected",
    [
        ("", ["climate"], "Send them something on climate."),
        ("", ["mentor", "open-source"], "Send them something on open source."),
        ("", ["Friend", "Recruiter", "fintech"], "Send them something on fintech."),
        (
            "Acme",
            ["mentor"],
            "Ask how their work at Acme is going, and offer an introduction that helps.",
        ),
        (
            "Acme",
            ["alumni", "recruiter", "friend"],
            "Ask how their work at Acme is going, and offer an introduction that helps.",
        ),
        (
            "",
            ["friend", "x", "2024", "to-call"],
            "Ask what they are working on, and offer an introduction that helps.",
        ),
    ],
)
def test_a_suggestion_from_tags_makes_sense_for_every_kind_of_tag(db, company, tags, expected):
    assert _suggestion(company, tags) == expected


def test_no_suggestion_is_about_a_role(db):
    for n, role in enumerate(["mentor", "friend", "recruiter", "alumni", "coach", "peer"]):
        cid = person(f"Person {n}", tags=[role])
        assert role not in re.findall(r"[a-z]+", taking.suggest_give(cid)[0].lower())
