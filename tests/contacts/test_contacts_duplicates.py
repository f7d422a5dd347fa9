"""Find duplicates: step through every group ("2 of 3"), skip one, merge each, and
see what the merge makes (values from all of them, what moves) before confirming."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import add, click

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import Method
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput


@pytest.fixture
def duplicates(window):
    """Three groups of duplicates; the first pair has a meeting to move."""
    found = {
        "ann": add("Ann Lee", company="Acme", email="ann@acme.example", tags=["data"]),
        "annie": add(
            "Annie Lee",
            company="Globex",
            methods=[Method("email", "ANN@acme.example", "home"), Method("phone", "555 0101")],
            tags=["mentor"],
            notes="Met at PyCon",
        ),
        "bob": add("Bob Stone", linkedin_url="https://www.linkedin.com/in/bobstone/"),
        "robert": add("Robert Stone", linkedin_url="http://linkedin.com/in/BobStone"),
        "zoe": add("Zoë Lefèvre", company="Helio"),
        "zoe2": add("Zoe Lefevre", company="Helio"),
    }
    meetings.create_meeting(
        MeetingInput([found["annie"]], dt.datetime.now() - dt.timedelta(days=3), notes="Coffee")
    )
    window.tabs.setCurrentWidget(window.contacts_view)
    return found


def test_step_through_groups_skip_one_and_merge_each(window, duplicates, qtbot):
    view = window.contacts_view
    click(qtbot, view.duplicates_button)
    dialog = view.merge_dialog
    assert dialog.isVisible()
    assert dialog.step_label.text() == "Group 1 of 3: same email"
    assert not dialog.previous_button.isEnabled()
    click(qtbot, dialog.next_button)  # skip the Ann group
    assert dialog.step_label.text() == "Group 2 of 3: same LinkedIn"
    assert [r.full_name for r in dialog.records] == ["Bob Stone", "Robert Stone"]
    merge_button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    click(qtbot, merge_button)
    assert contacts.find_contact("Bob Stone").id == duplicates["bob"]
    # The merged group is gone; the next one shows, and the skipped one is still there.
    assert dialog.step_text == "2 of 2"
    assert dialog.step_label.text() == "Group 2 of 2: similar name, same company"
    click(qtbot, dialog.previous_button)
    assert dialog.step_label.text() == "Group 1 of 2: same email"
    click(qtbot, merge_button)
    assert dialog.isVisible() and not dialog.steps.isVisible()  # the last group
    click(qtbot, merge_button)
    assert not dialog.isVisible()
    assert contacts.count_contacts() == 3
    assert window.undo_action.text() == "&Undo Merge 2 contacts into Zoë Lefèvre"
    window.undo_action.trigger()
    assert contacts.count_contacts() == 4


def test_preview_shows_values_from_both_and_what_moves(window, duplicates, qtbot):
    view = window.contacts_view
    click(qtbot, view.duplicates_button)
    dialog = view.merge_dialog
    preview = dialog.preview_values
    assert preview["Name"] == "Ann Lee" and preview["Company"] == "Acme"
    assert preview["Tags"] == "data, mentor"
    assert "home: ANN@acme.example" not in preview["Emails, phones, links"]  # same address
    assert "555 0101" in preview["Emails, phones, links"]
    assert preview["Notes"] == "Met at PyCon"
    assert "Globex" in preview["Past jobs"]
    assert dialog.preview_moves == ["1 meeting"]
    # Choosing Annie's company changes the preview before anything is merged.
    dialog.choice_groups["company"].button(duplicates["annie"]).click()
    assert dialog.preview_values["Company"] == "Globex"
    assert "Acme" in dialog.preview_values["Past jobs"]
    # Keeping Annie, nothing moves: Ann has no meetings.
    dialog.survivor_group.button(duplicates["annie"]).click()
    assert dialog.preview_moves == []
    assert contacts.count_contacts() == 6  # nothing merged yet
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    kept = contacts.get_contact(duplicates["annie"])
    assert (kept.company, set(kept.tags)) == ("Globex", {"data", "mentor"})
    assert [m.id for m in meetings.meetings_with(kept.id)]
