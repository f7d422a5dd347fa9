"""Contacts: validation, search, look-up by name."""

from __future__ import annotations

import re

import pytest

from crm_desktop.errors import AmbiguousName, InvalidInput, NotFound
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput


def add(name, **kw):
    return contacts.add_contact(ContactInput(full_name=name, **kw))


def names(rows):
    return [r.full_name for r in rows]


def test_add_keeps_what_was_typed_and_trims_single_line_fields(db):
    c = add(
        "  Bob   Stone ",
        company="<b>Bob</b> & Co",
        tags=["mentor, data", "Mentor"],
        notes="line one\nline two",
    )
    again = contacts.get_contact(c.id)
    assert again.full_name == "Bob Stone"
    assert again.company == "<b>Bob</b> & Co"
    assert again.tags == ("data", "mentor")
    assert again.notes == "line one\nline two"


@pytest.mark.parametrize("name", ["", "   ", "\n"])
def test_a_contact_needs_a_name(db, name):
    with pytest.raises(InvalidInput, match="needs a name"):
        add(name)
    assert contacts.count_contacts() == 0


def test_bad_email_is_refused_and_nothing_is_saved(db):
    with pytest.raises(InvalidInput, match="email"):
        add("Ann", email="not an email")
    assert contacts.count_contacts() == 0


def test_update_changes_company_and_tags(db):
    c = add("Ann Lee", company="Acme", tags=["a"])
    data = c.to_input()
    data.company = "Globex"
    data.tags = ["b"]
    updated = contacts.update_contact(c.id, data)
    assert (updated.company, updated.tags) == ("Globex", ("b",))
    assert names(contacts.list_contacts("globex")) == ["Ann Lee"]
    # The old job stays in their past: still found, and the snippet says why.
    assert updated.past_jobs[0].company == "Acme"
    [hit] = contacts.list_contacts("acme")
    assert "«Acme»" in hit.snippet


def test_search_is_prefix_and_accent_insensitive(db):
    add("Zoë Lefèvre", company="Helio Energy")
    add("Zoe Barnes")
    add("Lars Nygaard")
    assert sorted(names(contacts.list_contacts("zoe"))) == ["Zoe Barnes", "Zoë Lefèvre"]
    assert names(contacts.list_contacts("lefe")) == ["Zoë Lefèvre"]
    assert names(contacts.list_contacts("ZOË lef")) == ["Zoë Lefèvre"]
    assert names(contacts.list_contacts("hel")) == ["Zoë Lefèvre"]


def test_search_ranks_name_hits_above_note_hits(db):
    add("Priya Raman", notes="Knows Daniel from Northwind")
    add("Daniel Kowalski")
    assert names(contacts.list_contacts("daniel")) == ["Daniel Kowalski", "Priya Raman"]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def found_by(query: str, text: str) -> bool:
    """The search rule, stated on its own: each space-separated word of the query that
    has a letter or digit in it is found in *text* when its letter-and-digit runs start
    consecutive words there (``o'brien`` is "o" then a word starting "brien"); operators
    and punctuation are only text. A query with no such word finds nobody."""
    pieces = [runs for runs in map(_words, query.split()) if runs]
    words = _words(text)

    def piece_found(runs: list[str]) -> bool:
        n = len(runs)
        return any(
            words[i : i + n] == runs
            or (words[i : i + n - 1] == runs[:-1] and words[i + n - 1].startswith(runs[-1]))
            for i in range(len(words) - n + 1)
        )

    return bool(pieces) and all(piece_found(runs) for runs in pieces)


SEARCHED = {
    "Grace O'Brien": "covid-19 research",
    "Ann Lee": "Brienz trip, not or and; a:b (x) *",  # "brien" and each operator as a word
    "Carl Diaz": "",
}


@pytest.mark.parametrize("query", ["o'brien", "covid-19", '"', "AND", "NOT OR", "*", "a:b", "(x"])
def test_search_never_fails_on_query_syntax(db, query):
    for name, notes in SEARCHED.items():
        add(name, notes=notes)
    expected = sorted(n for n, notes in SEARCHED.items() if found_by(query, f"{n} {notes}"))
    assert sorted(names(contacts.list_contacts(query))) == expected


def test_the_search_rule_of_the_syntax_test_finds_who_it_should():
    # The reference above, checked on the cases that matter to the test.
    assert found_by("o'brien", "Grace O'Brien covid-19 research")
    assert not found_by("o'brien", "Ann Lee Brienz trip, not or and")  # not a phrase there
    assert found_by("NOT OR", "Brienz trip, not or and")
    assert not found_by('"', "Grace O'Brien") and not found_by("*", "a * b")


def test_search_covers_email_tags_notes_and_cjk(db):
    add("山田 花子", email="hanako@example.com", tags=["data"], how_we_met="PyData meetup")
    assert names(contacts.list_contacts("山田")) == ["山田 花子"]
    assert names(contacts.list_contacts("hanako@")) == ["山田 花子"]
    assert names(contacts.list_contacts("pydata")) == ["山田 花子"]


def test_find_contact_exact_partial_ambiguous_missing(db):
    ann1 = add("Ann Lee", company="Acme")
    add("Ann Lee", company="Globex")
    zoe = add("Zoë Lefèvre")
    assert contacts.find_contact("zoe lefevre").id == zoe.id
    assert contacts.find_contact("Lefèvre").id == zoe.id
    assert contacts.find_contact(f"#{ann1.id}").id == ann1.id
    with pytest.raises(AmbiguousName) as err:
        contacts.find_contact("ann lee")
    assert len(err.value.candidates) == 2
    assert "Acme" in err.value.candidates[0] and "Globex" in err.value.candidates[1]
    with pytest.raises(NotFound):
        contacts.find_contact("Nobody Here")


def test_delete_removes_contact_from_search(db):
    c = add("Ann Lee", notes="unique-word")
    contacts.delete_contact(c.id)
    assert contacts.list_contacts("unique") == []
    with pytest.raises(NotFound):
        contacts.get_contact(c.id)


def test_a_name_of_only_invisible_characters_is_refused(db):
    for name in ("\ufeff", "\u200b\u200b", "\x00 \u2028", "\u202e"):
        with pytest.raises(InvalidInput, match="needs a name"):
            contacts.add_contact(ContactInput(full_name=name))
    assert contacts.count_contacts() == 0
    assert contacts.add_contact(ContactInput(full_name="\ufeffZoë")).full_name  # text stays
