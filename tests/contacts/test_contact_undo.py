"""Every kind of contacts edit undoes and redoes through the one undo stack, by name."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import add
from PySide6.QtGui import QUndoStack

from crm_desktop.errors import InvalidInput, NotFound
from crm_desktop.services.contacts import contacts, merge
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.ui.contacts.commands import run


@pytest.fixture
def stack(qapp, db):
    s = QUndoStack()
    yield s
    s.clear()


def test_undo_add_and_redo_brings_the_same_contact_back(stack):
    record = run(
        stack, "Add Ann", [], lambda: contacts.add_contact(ContactInput("Ann")), lambda r: [r.id]
    )
    assert stack.undoText() == "Add Ann"
    stack.undo()
    with pytest.raises(NotFound):
        contacts.get_contact(record.id)
    stack.redo()
    assert contacts.get_contact(record.id).full_name == "Ann"


def test_undo_edit_restores_fields_tags_emails_and_job_history(stack):
    a = add("Ann", company="Acme", email="a@acme.example", tags=["x"])
    before = contacts.get_contact(a)
    data = before.to_input()
    data.company, data.tags, data.email = "Globex", ["y"], "a@globex.example"
    run(stack, "Edit Ann", [a], lambda: contacts.update_contact(a, data))
    after = contacts.get_contact(a)
    assert after.past_jobs and after.company == "Globex"
    stack.undo()
    assert contacts.get_contact(a) == before
    assert [r.full_name for r in contacts.list_contacts("acme")] == ["Ann"]
    stack.redo()
    assert contacts.get_contact(a) == after


def test_undo_delete_brings_back_meetings_and_referral_chain(stack):
    top = add("Top")
    mid = add("Mid", tags=["t"])
    low = add("Low")
    referrals.refer(top, mid)
    referrals.refer(mid, low)
    meeting = meetings.create_meeting(MeetingInput([mid, low], dt.datetime(2024, 1, 1, 9)))
    before = contacts.get_contact(mid)
    run(stack, "Delete Mid", [mid], lambda: contacts.delete_contact(mid))
    assert referrals.chain_names(low) == ["Me", "Top", "Low"]
    stack.undo()
    assert contacts.get_contact(mid) == before
    assert referrals.chain_names(low) == ["Me", "Top", "Mid", "Low"]
    assert set(meetings.get_meeting(meeting.id).attendee_ids) == {mid, low}
    stack.redo()
    with pytest.raises(NotFound):
        contacts.get_contact(mid)
    assert referrals.chain_names(low) == ["Me", "Top", "Low"]


def test_undo_bulk_archive_tag_and_stage(stack):
    ids = [add(f"P{i}", stage="asked") for i in range(3)]
    run(stack, "Archive 3 contacts", ids, lambda: contacts.archive_contacts(ids))
    run(stack, "Tag", ids, lambda: contacts.add_tags(ids, ["new"]))
    run(stack, "Stage", ids, lambda: contacts.set_fields(ids, stage="met"))
    assert all(contacts.get_contact(i).stage == "met" for i in ids)
    stack.undo()
    assert all(contacts.get_contact(i).stage == "asked" for i in ids)
    stack.undo()
    assert all(contacts.get_contact(i).tags == () for i in ids)
    assert stack.undoText() == "Archive 3 contacts"
    stack.undo()
    assert contacts.list_contacts() and not any(contacts.get_contact(i).archived for i in ids)
    for _ in range(3):
        stack.redo()
    c = contacts.get_contact(ids[0])
    assert (c.archived, c.tags, c.stage) == (True, ("new",), "met")


def test_undo_merge_brings_back_both_people_as_they_were(stack):
    a = add("Ann Lee", email="ann@x.example", tags=["a"])
    b = add("Annie Lee", email="ann@x.example", tags=["b"], notes="B notes")
    m = meetings.create_meeting(MeetingInput([b], dt.datetime(2024, 1, 1, 9)))
    before = (contacts.get_contact(a), contacts.get_contact(b))
    run(stack, "Merge", [a, b], lambda: merge.merge_contacts(a, [b]))
    assert meetings.get_meeting(m.id).attendee_ids == (a,)
    stack.undo()
    assert (contacts.get_contact(a), contacts.get_contact(b)) == before
    assert meetings.get_meeting(m.id).attendee_ids == (b,)
    stack.redo()
    assert meetings.get_meeting(m.id).attendee_ids == (a,)
    assert "B notes" in contacts.get_contact(a).notes


def test_a_refused_edit_leaves_nothing_on_the_stack(stack):
    a = add("Ann")
    with pytest.raises(InvalidInput):
        run(stack, "Edit", [a], lambda: contacts.update_contact(a, ContactInput("")))
    assert stack.count() == 0
