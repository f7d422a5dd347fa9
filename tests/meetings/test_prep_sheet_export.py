"""Saving a prep sheet as a PDF: the file name offered, and what says it was saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.meetings import meetings, prepsheet
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.ui.meetings.prep_preview import PrepPreview, qt_print_action

NOW = dt.datetime(2026, 11, 27, 8, 0)


def sheet_for(name: str, meeting: bool = True):
    contact_id = contacts.add_contact(ContactInput(full_name=name)).id
    if meeting:
        starts = NOW + dt.timedelta(hours=2)
        meetings.create_meeting(MeetingInput(contact_ids=[contact_id], starts_at=starts))
    return prepsheet.compose(contact_id=contact_id, now=NOW)


def test_the_suggested_name_of_a_sample_meeting_has_single_spaces(sample_db, qtbot):
    upcoming = [m for m in meetings.list_meetings() if m.starts_at > dt.datetime.now()]
    meeting = upcoming[0] if upcoming else meetings.list_meetings()[0]
    sheet = prepsheet.compose(meeting_id=meeting.id)
    preview = PrepPreview([sheet])
    qtbot.addWidget(preview)
    name = Path(preview.suggested_filename()).name
    assert "  " not in name, name
    assert name == f"Prep sheet - {sheet.contact.full_name} - {meeting.starts_at:%Y-%m-%d}.pdf"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Daniel Kowalski", "Prep sheet - Daniel Kowalski - 2026-11-27.pdf"),
        ("山田 花子 (Hanako Yamada)", "Prep sheet - 山田 花子 (Hanako Yamada) - 2026-11-27.pdf"),
        ("Zoë  Lefèvre", "Prep sheet - Zoë Lefèvre - 2026-11-27.pdf"),
        ('AC/DC: "Bon" <Scott>?*|', "Prep sheet - AC DC Bon Scott - 2026-11-27.pdf"),
        ("../../etc/passwd", "Prep sheet - etc passwd - 2026-11-27.pdf"),
        ("Tab\there\nnewline", "Prep sheet - Tab here newline - 2026-11-27.pdf"),
        ("***", "Prep sheet - 2026-11-27.pdf"),
    ],
    ids=["plain", "cjk", "double-space", "reserved", "path", "controls", "nothing-left"],
)
def test_names_with_odd_characters_give_a_sane_file_name(db, name, expected):
    assert prepsheet.pdf_file_name([sheet_for(name)]) == expected


def test_the_file_name_without_a_meeting_or_for_several_sheets(db):
    ann = sheet_for("Ann Lee", meeting=False)
    assert prepsheet.pdf_file_name([ann]) == "Prep sheet - Ann Lee.pdf"
    bob = sheet_for("Bob Stone")
    assert prepsheet.pdf_file_name([ann, bob]) == "Prep sheets - 2 people.pdf"
    long = sheet_for("Very " * 80 + "Long")
    assert len(prepsheet.pdf_file_name([long])) <= 120


def test_a_saved_pdf_is_said_with_a_way_to_its_folder(sample_db, qtbot, tmp_path, monkeypatch):
    daniel = contacts.find_contact("Daniel Kowalski")
    preview = PrepPreview([prepsheet.compose(contact_id=daniel.id)])
    qtbot.addWidget(preview)
    preview.open()
    qtbot.waitExposed(preview)
    assert not preview.saved_bar.isVisible()  # nothing said before anything was saved
    target = tmp_path / "sheets" / "daniel.pdf"
    target.parent.mkdir()
    monkeypatch.setattr("crm_desktop.ui.common.prompts.ask_save_path", lambda *a: str(target))
    opened: list[Path] = []
    monkeypatch.setattr(preview, "show_in_folder", opened.append)
    preview.export_action.trigger()
    assert target.is_file()
    assert preview.saved_bar.isVisible()
    assert preview.saved_bar.currentMessage() == f"Saved prep sheet to {target}"
    qtbot.mouseClick(preview.show_in_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [target.parent]
    preview.close()


def test_the_preview_toolbar_is_reached_by_keys_its_tooltips_name(sample_db, qtbot):
    """The toolbar's buttons take no keyboard focus: Print, Export PDF… and Sections…
    each answer to a key, which its tooltip names."""
    daniel = contacts.find_contact("Daniel Kowalski")
    preview = PrepPreview([prepsheet.compose(contact_id=daniel.id)])
    qtbot.addWidget(preview)
    preview.open()
    qtbot.waitExposed(preview)
    preview.activateWindow()
    assert QTest.qWaitForWindowActive(preview)
    print_action = qt_print_action(preview.findChild(QToolBar))
    for action, keys in (
        (print_action, "Ctrl+P"),
        (preview.export_action, "Ctrl+E"),
        (preview.sections_action, "Ctrl+Shift+P"),
    ):
        assert action.shortcut().toString() == keys
        assert action.toolTip().endswith(f"({keys})")
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert preview.options_dialog is not None and preview.options_dialog.isVisible()
    preview.options_dialog.close()
    preview.close()


def test_help_keyboard_shortcuts_lists_the_keys_the_preview_has(sample_db, qtbot):
    from crm_desktop.ui.common.mnemonics import plain
    from crm_desktop.ui.shell.shortcuts_dialog import PREVIEW_KEYS

    daniel = contacts.find_contact("Daniel Kowalski")
    preview = PrepPreview([prepsheet.compose(contact_id=daniel.id)])
    qtbot.addWidget(preview)
    actions = (
        qt_print_action(preview.findChild(QToolBar)),
        preview.export_action,
        preview.sections_action,
    )
    real = {plain(a.text()).rstrip("…").casefold(): a.shortcut().toString() for a in actions}
    listed = {what.rstrip("…").casefold(): keys for what, keys in PREVIEW_KEYS}
    assert listed == real
