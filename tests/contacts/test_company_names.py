"""The one rule deciding that two company names mean the same company: used by
insights ("what I can give") and by warm paths alike."""

from __future__ import annotations

import pytest

from crm_desktop.services.contacts.companies import company_key, same_company

SAME = [
    ("Acme", "Acme"),
    ("acme", "ACME"),
    ("Acme", "Acme Robotics"),  # one's words start the other's
    ("Acme Robotics", "Acme"),  # either way round
    ("Acme", "Acme Robotics Inc."),
    ("Acme Robotics Inc.", "Acme Robotics"),
    ("Acme Inc", "Acme, Inc."),
    ("Acme Ltd", "ACME LIMITED"),
    ("Acme GmbH", "Acme AG"),
    ("Acme S.A.", "Acme"),
    ("Acme plc", "Acme Corp."),
    ("Acme GmbH & Co. KG", "Acme"),
    ("Acme LLC", "Acme Robotics"),
    ("Zoë Labs", "Zoe Labs"),  # accents ignored
    ("Café-Müller", "Cafe Muller"),  # punctuation is a word break
    ("McDonald's", "McDonalds"),  # an apostrophe is not
    ("The Acme Company", "Acme"),
    ("Acme.io", "Acme"),
    ("Johnson & Johnson", "Johnson and Johnson"),
]

DIFFERENT = [
    ("Acme", "Acmefoods"),  # a word must start as a whole word
    ("Acme", "Acmeville"),
    ("Acme Robotics", "Acme Foods"),
    ("Acme", "Robotics Acme"),  # the words must start the name
    ("Robotics", "Acme Robotics"),
    ("Acme", ""),
    ("", ""),
    ("Inc.", "Acme Inc."),  # a suffix alone is a name, not Acme's
    ("Globex", "Acme"),
]


@pytest.mark.parametrize(("one", "other"), SAME)
def test_names_of_the_same_company(one, other):
    assert same_company(one, other), (one, other)


@pytest.mark.parametrize(("one", "other"), DIFFERENT)
def test_names_of_different_companies(one, other):
    assert not same_company(one, other), (one, other)


def test_the_key_is_the_name_without_case_accents_punctuation_or_legal_suffix():
    assert company_key("Acme Robotics, Inc.") == "acme robotics"
    assert company_key("  Zoë   Labs GmbH ") == "zoe labs"
    assert company_key("Inc.") == "inc"  # a suffix alone stays a name
    assert company_key("") == ""
