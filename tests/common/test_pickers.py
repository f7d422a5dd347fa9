"""Person pickers search as they type: with thousands of contacts they open at once,
offer only the first matches, and still find anybody by a few letters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.meetings import meetings
from crm_desktop.ui.common.contact_picker import PICK_LIMIT, ContactPicker
from crm_desktop.ui.meetings.dialog import MeetingDialog

N = 3000


@pytest.fixture
def three_among_thousands(generated_network):
    """Three people the tests look for, added to a generated network of N people."""
    return {
        name: contacts.add_contact(ContactInput(full_name=name, company=company)).id
        for name, company in (
            ("Zoë Quennell", "Umbrella Labs"),
            ("Zoe Quennell", "Initech"),
            ("Bartholomew Xylander", ""),
        )
    }


def offered(picker: ContactPicker) -> list[str]:
    return [picker.matches.item(r).text() for r in range(picker.matches.rowCount())]


def pick_from_popup(qtbot, picker: ContactPicker, row: int) -> None:
    popup = picker.lineEdit().completer().popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_picker_opens_without_loading_everyone_and_finds_one_among_thousands(
    three_among_thousands, qtbot
):
    picker = ContactPicker()
    qtbot.addWidget(picker)
    picker.show()
    assert picker.matches.rowCount() == 0  # nothing loaded until asked
    qtbot.keyClicks(picker.lineEdit(), "xyla")
    assert offered(picker) == ["Bartholomew Xylander"]
    assert picker.contact_id() == three_among_thousands["Bartholomew Xylander"]


def test_picker_ignores_accents_and_tells_namesakes_apart_by_company(three_among_thousands, qtbot):
    picker = ContactPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.lineEdit(), "zoe quen")
    assert sorted(offered(picker)) == ["Zoe Quennell — Initech", "Zoë Quennell — Umbrella Labs"]
    assert picker.contact_id() is None  # two people: the user must pick one
    row = offered(picker).index("Zoë Quennell — Umbrella Labs")
    with qtbot.waitSignal(picker.contact_picked) as picked:
        pick_from_popup(qtbot, picker, row)
    assert picked.args == [three_among_thousands["Zoë Quennell"]]
    assert picker.contact_id() == three_among_thousands["Zoë Quennell"]


def test_a_common_prefix_offers_only_a_screenful(three_among_thousands, qtbot):
    picker = ContactPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.lineEdit(), "a")
    assert len(offered(picker)) == PICK_LIMIT
    picker.set_contact(three_among_thousands["Zoe Quennell"])
    assert picker.currentText() == "Zoe Quennell — Initech"
    assert picker.contact_id() == three_among_thousands["Zoe Quennell"]


def test_meeting_attendees_are_found_by_typing_among_thousands(three_among_thousands, qtbot):
    dialog = MeetingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.person.lineEdit(), "xylander")
    pick_from_popup(qtbot, dialog.person, 0)
    assert dialog.attendee_ids() == [three_among_thousands["Bartholomew Xylander"]]
    qtbot.waitUntil(lambda: dialog.person.currentText() == "")
    qtbot.keyClicks(dialog.person.lineEdit(), "zoe quennell init")
    qtbot.mouseClick(dialog.add_person_button, Qt.MouseButton.LeftButton)
    assert dialog.attendee_ids() == [
        three_among_thousands["Bartholomew Xylander"],
        three_among_thousands["Zoe Quennell"],
    ]
    assert [dialog.attendees.item(i).text() for i in range(2)] == [
        "Bartholomew Xylander",
        "Zoe Quennell — Initech",
    ]
    with qtbot.waitSignal(dialog.meeting_saved) as saved:
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    m = meetings.get_meeting(saved.args[0])
    assert set(m.attendee_ids) == {
        three_among_thousands["Bartholomew Xylander"],
        three_among_thousands["Zoe Quennell"],
    }
