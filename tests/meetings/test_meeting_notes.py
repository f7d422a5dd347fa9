"""Meetings: notes saved as you type, several attendees, the new kinds, filters,
and insights and follow-ups noted from a meeting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from crm_desktop.errors import StorageError
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.giving import insights
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.meetings import notes as meeting_notes
from crm_desktop.ui.meetings.view import MeetingsView


@pytest.fixture
def view(qtbot, db):
    bus = DataBus()
    widget = MeetingsView(bus)
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    bus.detach()


def person(name, company=""):
    return contacts.add_contact(ContactInput(full_name=name, company=company)).id


def meet(*ids, days=1, kind="coffee", notes=""):
    return meetings.create_meeting(
        MeetingInput(
            contact_ids=list(ids),
            starts_at=dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=days),
            kind=kind,
            notes=notes,
        )
    ).id


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_notes_are_saved_as_you_type(view, qtbot):
    ann = person("Ann")
    mid = meet(ann)
    view.reload()
    editor = view.notes_editor
    assert editor.meeting_id == mid
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Acme is moving to Berlin")
    assert editor.dirty and editor.status.text() == "Editing…"
    qtbot.waitUntil(lambda: meetings.get_meeting(mid).notes == "Acme is moving to Berlin")
    assert not editor.dirty and editor.status.text() == "Saved"
    # Typing goes on undisturbed while the views reload after each save.
    qtbot.keyClicks(editor.notes, ". Hiring 3.")
    qtbot.waitUntil(lambda: meetings.get_meeting(mid).notes.endswith("Hiring 3."))
    assert editor.notes.toPlainText() == "Acme is moving to Berlin. Hiring 3."
    assert editor.notes.textCursor().position() == len(editor.notes.toPlainText())
    # Notes are searchable with the rest.
    assert [r.full_name for r in contacts.list_contacts("berlin")] == ["Ann"]


def test_switching_meetings_saves_at_once(view, qtbot, monkeypatch):
    monkeypatch.setattr(meeting_notes, "SAVE_DELAY_MS", 60_000)
    ann, bob = person("Ann"), person("Bob")
    first = meet(ann, days=1)
    second = meet(bob, days=2)
    view.reload()
    view.select_meeting(first)
    qtbot.keyClicks(view.notes_editor.outcome, "She will intro me")
    view.select_meeting(second)  # no waiting: nothing typed is lost
    assert meetings.get_meeting(first).outcome == "She will intro me"
    assert view.notes_editor.outcome.toPlainText() == ""
    view.select_meeting(first)
    assert view.notes_editor.outcome.toPlainText() == "She will intro me"


def test_closing_the_window_saves_typed_notes(qtbot, db, monkeypatch):
    from crm_desktop.ui.shell.main_window import MainWindow

    monkeypatch.setattr(meeting_notes, "SAVE_DELAY_MS", 60_000)
    mid = meet(person("Ann"))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.show_meeting(mid)
    qtbot.keyClicks(win.meetings_view.notes_editor.notes, "last words")
    win.close()
    assert meetings.get_meeting(mid).notes == "last words"


def test_a_failed_save_keeps_the_text_and_says_so(view, qtbot, monkeypatch):
    mid = meet(person("Ann"))
    view.reload()
    real = meetings.save_notes

    def full_disk(*args, **kwargs):
        raise StorageError("Giveback could not save: the disk is full.")

    monkeypatch.setattr(meetings, "save_notes", full_disk)
    editor = view.notes_editor
    qtbot.keyClicks(editor.notes, "precious")
    assert not editor.flush()
    assert editor.dirty and editor.notes.toPlainText() == "precious"
    assert "disk is full" in editor.error.text() and editor.error.isVisible()
    monkeypatch.setattr(meetings, "save_notes", real)
    assert editor.flush()
    assert meetings.get_meeting(mid).notes == "precious"
    assert not editor.error.isVisible()


def test_edit_elsewhere_refreshes_the_pane_when_nothing_is_unsaved(view, qtbot):
    ann = person("Ann")
    mid = meet(ann, notes="old")
    view.reload()
    record = meetings.get_meeting(mid)
    meetings.update_meeting(mid, MeetingInput(**{**vars(record.to_input()), "notes": "new"}))
    assert view.notes_editor.notes.toPlainText() == "new"


def test_a_meeting_with_several_people_through_the_dialog(view, qtbot):
    person("Ann Lee", "Acme")
    person("Bob Stone")
    person("Cat Wu")
    click(qtbot, view.new_button)
    dialog = view.dialog
    for name in ("ann lee", "bob"):
        qtbot.keyClicks(dialog.person.lineEdit(), name)
        click(qtbot, dialog.add_person_button)
    assert dialog.attendees.count() == 2 and dialog.person.currentText() == ""
    qtbot.keyClicks(dialog.person.lineEdit(), "cat")  # typed, not added: still counts
    dialog.kind.setCurrentIndex(dialog.kind.findData("lunch"))
    qtbot.keyClicks(dialog.outcome, "All three will help")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [m] = meetings.list_meetings("all")
    assert m.attendee_names == ("Ann Lee", "Bob Stone", "Cat Wu")
    assert (m.kind_label, m.outcome) == ("Lunch", "All three will help")
    assert view.title.text() == "Lunch with Ann Lee, Bob Stone, Cat Wu"
    # Editing keeps everyone; removing one is a click.
    dialog = view.edit_selected()
    assert dialog.attendees.count() == 3
    dialog.attendees.setCurrentRow(1)
    click(qtbot, dialog.remove_person_button)
    dialog.save()
    assert meetings.get_meeting(m.id).attendee_names == ("Ann Lee", "Cat Wu")


def test_dialog_refuses_a_name_that_matches_nobody(view, qtbot):
    person("Ann Lee")
    dialog = view.add_meeting()
    qtbot.keyClicks(dialog.person.lineEdit(), "Zed")
    dialog.save()
    assert dialog.isVisible() and "matches no single contact" in dialog.error.text()


def test_filter_by_person_and_kind(view, qtbot):
    ann, bob = person("Ann"), person("Bob")
    meet(ann, days=1, kind="coffee")
    meet(ann, bob, days=2, kind="lunch")
    meet(bob, days=3, kind="video")
    view.reload()
    assert view.model.rowCount() == 3
    qtbot.keyClicks(view.person_filter.lineEdit(), "Bob")  # search-backed: type, confirm
    qtbot.keyClick(view.person_filter.lineEdit(), Qt.Key.Key_Return)
    assert view.model.rowCount() == 2
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("lunch"))
    view.kind_filter.activated.emit(view.kind_filter.currentIndex())
    assert [view.model.index(r, 1).data() for r in range(view.model.rowCount())] == ["Ann, Bob"]
    view.set_filters(None, "event")
    assert view.model.rowCount() == 0
    assert view.empty_label.text() == "No upcoming meetings match the filters."
    view.set_filters()
    assert view.model.rowCount() == 3


def test_add_an_insight_and_a_follow_up_from_a_meeting(view, qtbot):
    ann = person("Ann Lee", "Acme Robotics")
    bob = person("Bob", "Acme Robotics")
    mid = meet(ann, days=-1)
    view.show_when("past")
    click(qtbot, view.insight_button)
    dialog = view.dialog
    assert dialog.source.contact_id() == ann
    assert dialog.tags.text() == "company:Acme Robotics, "
    qtbot.keyClicks(dialog.text, "Acme is moving its data team to Berlin")
    qtbot.keyClicks(dialog.tags, "hiring")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [insight] = insights.from_meeting(mid)
    assert insight.tags == (("company", "Acme Robotics"), ("topic", "hiring"))
    assert insight.source_contact_id == ann
    qtbot.waitUntil(lambda: "Acme is moving its data team" in view.body.toPlainText())
    assert [i.id for i in insights.what_i_can_give(bob)] == [insight.id]

    click(qtbot, view.follow_up_button)
    dialog = view.dialog
    qtbot.keyClicks(dialog.what, "Send Ann the Berlin article")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    [f] = followups.for_meeting(mid)
    assert (f.title, f.contact_id) == ("Send Ann the Berlin article", ann)
    qtbot.waitUntil(lambda: "Send Ann the Berlin article" in view.body.toPlainText())


def test_markdown_preview_formats_but_never_runs_or_loads_anything(view, qtbot, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not an image")
    mid = meet(person("Ann"))
    view.reload()
    editor = view.notes_editor
    text = f"**Acme** moves\n\n- hiring 3\n\n<b>raw html</b>\n\n![x]({secret.as_uri()})"
    editor.notes.setPlainText(text)
    click(qtbot, editor.preview_button)
    assert editor.notes_stack.currentWidget() is editor.preview
    assert meetings.get_meeting(mid).notes == text  # the preview saved first
    shown = editor.preview.toPlainText()
    assert "Acme moves" in shown and "**" not in shown
    assert "<b>raw html</b>" in shown  # HTML is shown as typed, not interpreted
    assert editor.preview.loadResource(2, secret.as_uri()) is None
    click(qtbot, editor.preview_button)
    assert editor.notes_stack.currentWidget() is editor.notes
