"""Duplicates are found by email, LinkedIn and similar names; a merge loses nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import add

from crm_desktop.errors import InvalidInput, NotFound
from crm_desktop.services.contacts import contacts, merge
from crm_desktop.services.contacts.types import Method
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput


def groups():
    return {g.contact_ids: g.reason for g in merge.find_duplicates()}


def test_duplicates_by_email_linkedin_and_similar_name_at_same_company(db):
    a = add("Ann Lee", email="ann@acme.example")
    b = add("Annie Lee", methods=[Method("email", "ANN@acme.example", "home")])
    c = add("Bob Stone", linkedin_url="https://www.linkedin.com/in/bobstone/")
    d = add("Robert Stone", linkedin_url="http://linkedin.com/in/BobStone")
    e = add("Zoë Lefèvre", company="Helio")
    f = add("Zoe Lefevre", company="Helio")
    add("Zoe Lefevre", company="Other Co")  # same name, other company: not a duplicate
    add("Cy Twombly")
    found = groups()
    assert found == {
        (a, b): "same email",
        (c, d): "same LinkedIn",
        (e, f): "similar name, same company",
    }


def test_archived_contacts_are_not_offered_as_duplicates(db):
    a = add("Ann", email="a@x.example")
    add("Ann L", email="a@x.example")
    contacts.archive_contacts([a])
    assert groups() == {}


def test_merge_keeps_every_value_and_moves_meetings_and_referrals(db):
    me_intro = add("Intro Person")
    a = add(
        "Ann Lee",
        company="Acme",
        title="Analyst",
        email="ann@acme.example",
        tags=["data"],
        notes="Ann's notes",
        stage="asked",
    )
    b = add(
        "Annie Lee",
        company="Globex",
        title="Lead",
        methods=[Method("email", "annie@globex.example", "home"), Method("phone", "555", "cell")],
        tags=["mentor", "DATA"],
        notes="Annie's notes",
        story="Found her role at a meetup",
        warmth="warm",
        location="Lisboa",
    )
    friend = add("Friend of Annie")
    referrals.refer(me_intro, b)
    referrals.refer(b, friend)
    shared = meetings.create_meeting(MeetingInput([a, b], dt.datetime(2024, 1, 1, 9)))
    own = meetings.create_meeting(MeetingInput([b], dt.datetime(2024, 5, 1, 9)))

    merged = merge.merge_contacts(a, [b], {"company": b, "title": b})

    with pytest.raises(NotFound):
        contacts.get_contact(b)
    assert merged.full_name == "Ann Lee"
    assert (merged.company, merged.title) == ("Globex", "Lead")
    assert [j.company for j in merged.past_jobs] == ["Acme"]
    assert {m.value for m in merged.methods} == {
        "ann@acme.example",
        "annie@globex.example",
        "555",
    }
    assert set(merged.tags) == {"data", "mentor"}
    assert "Ann's notes" in merged.notes and "Annie's notes" in merged.notes
    assert merged.story == "Found her role at a meetup"
    assert (merged.stage, merged.warmth, merged.location) == ("asked", "warm", "Lisboa")
    # Meetings moved (the shared one once), last contact recomputed.
    assert {m.id for m in meetings.meetings_with(a)} == {shared.id, own.id}
    assert meetings.get_meeting(shared.id).attendee_ids == (a,)
    assert merged.last_contact == dt.datetime(2024, 5, 1, 9)
    # Referrals moved: introduced by Annie's introducer; Annie's friend now under Ann.
    assert referrals.chain_names(a) == ["Me", "Intro Person", "Ann Lee"]
    assert referrals.chain_names(friend) == ["Me", "Intro Person", "Ann Lee", "Friend of Annie"]
    # Search finds the survivor by the merged-away email.
    assert [r.full_name for r in contacts.list_contacts("annie@globex")] == ["Ann Lee"]


def test_merge_never_makes_someone_their_own_introducer(db):
    a = add("Ann")
    b = add("Ann Dup")
    referrals.refer(b, a)  # the duplicate introduced the survivor
    merge.merge_contacts(a, [b])
    assert referrals.chain_names(a) == ["Me", "Ann"]


def test_merge_needs_two(db):
    a = add("Ann")
    with pytest.raises(InvalidInput):
        merge.merge_contacts(a, [a])
