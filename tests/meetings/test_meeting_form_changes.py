"""The meeting form saves what was changed in it, and nothing it was merely opened with:
notes typed on the Meetings page meanwhile survive its Save."""

from __future__ import annotations

import datetime as dt

from helpers import person

from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.ui.meetings.dialog import MeetingDialog


def test_the_meeting_form_keeps_notes_saved_while_it_was_open(db, qtbot):
    ann = person("Ann Lee")
    meeting = meetings.create_meeting(
        MeetingInput(contact_ids=[ann], starts_at=dt.datetime(2026, 12, 9, 10, 0), place="Café")
    )
    dialog = MeetingDialog(meetings.get_meeting(meeting.id))
    qtbot.addWidget(dialog)
    meetings.save_notes(meeting.id, notes="She is hiring in Berlin.")  # typed on the page
    dialog.place.setText("Office")
    dialog.save()
    saved = meetings.get_meeting(meeting.id)
    assert saved.place == "Office"
    assert saved.notes == "She is hiring in Berlin.", "the form wrote back the notes it opened with"
