"""Meetings: notes saved as you type, several attendees, the new kinds, filters,
and insights and follow-ups noted from a meeting."""

from __future__ import annotations

import datetime as dt

from helpers import click, person
from PySide6.QtCore import Qt

from crm_desktop import store
from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import insights
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.ui.meetings import notes as meeting_notes


def meet(*ids, days=1, kind="coffee", notes=""):
    return meetings.create_meeting(
        MeetingInput(
            contact_ids=list(ids),
            starts_at=dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=days),
            kind=kind,
            notes=notes,
        )
    ).id


def test_notes_are_saved_as_you_type(meetings_view, qtbot):
    ann = person("Ann")
    mid = meet(ann)
    meetings_view.reload()
    editor = meetings_view.notes_editor
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


def test_switching_meetings_saves_at_once(meetings_view, qtbot, monkeypatch):
    monkeypatch.setattr(meeting_notes, "SAVE_DELAY_MS", 60_000)
    ann, bob = person("Ann"), person("Bob")
    first = meet(ann, days=1)
    second = meet(bob, days=2)
    meetings_view.reload()
    meetings_view.select_meeting(first)
    qtbot.keyClicks(meetings_view.notes_editor.outcome, "She will intro me")
    meetings_view.select_meeting(second)  # no waiting: nothing typed is lost
    assert meetings.get_meeting(first).outcome == "She will intro me"
    assert meetings_view.notes_editor.outcome.toPlainText() == ""
    meetings_view.select_meeting(first)
    assert meetings_view.notes_editor.outcome.toPlainText() == "She will intro me"


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


# More than a page of the database file, so that saving it needs room the disk lacks.
LONG_NOTES = " ".join(["She hires for the platform team in Berlin next spring."] * 100)


def test_a_failed_save_keeps_the_text_and_says_so(full_disk, meetings_view, qtbot):
    mid = meet(person("Ann"))
    meetings_view.reload()
    editor = meetings_view.notes_editor
    assert editor.meeting_id == mid
    full_disk.fill()
    qtbot.keyClicks(editor.notes, "precious ")
    editor.notes.insertPlainText(LONG_NOTES)  # pasted
    typed = "precious " + LONG_NOTES
    assert not editor.flush()
    assert editor.dirty and editor.notes.toPlainText() == typed
    assert "disk is full" in editor.error.text() and editor.error.isVisible()
    assert editor.status.text() == "Not saved"
    assert meetings.get_meeting(mid).notes == ""
    full_disk.free()
    assert editor.flush()
    assert meetings.get_meeting(mid).notes == typed
    assert not editor.dirty and not editor.error.isVisible()
    assert store.database().execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_edit_elsewhere_refreshes_the_pane_when_nothing_is_unsaved(meetings_view, qtbot):
    ann = person("Ann")
    mid = meet(ann, notes="old")
    meetings_view.reload()
    record = meetings.get_meeting(mid)
    meetings.update_meeting(mid, MeetingInput(**{**vars(record.to_input()), "notes": "new"}))
    assert meetings_view.notes_editor.notes.toPlainText() == "new"


def test_a_meeting_with_several_people_through_the_dialog(meetings_view, qtbot):
    person("Ann Lee", "Acme")
    person("Bob Stone")
    person("Cat Wu")
    click(qtbot, meetings_view.new_button)
    dialog = meetings_view.dialog
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
    assert meetings_view.title.text() == "Lunch with Ann Lee, Bob Stone, Cat Wu"
    # Editing keeps everyone; removing one is a click.
    dialog = meetings_view.edit_selected()
    assert dialog.attendees.count() == 3
    dialog.attendees.setCurrentRow(1)
    click(qtbot, dialog.remove_person_button)
    dialog.save()
    assert meetings.get_meeting(m.id).attendee_names == ("Ann Lee", "Cat Wu")


def test_dialog_refuses_a_name_that_matches_nobody(meetings_view, qtbot):
    person("Ann Lee")
    dialog = meetings_view.add_meeting()
    qtbot.keyClicks(dialog.person.lineEdit(), "Zed")
    dialog.save()
    assert dialog.isVisible() and "matches no single contact" in dialog.error.text()


def test_filter_by_person_and_kind(meetings_view, qtbot):
    ann, bob = person("Ann"), person("Bob")
    meet(ann, days=1, kind="coffee")
    meet(ann, bob, days=2, kind="lunch")
    meet(bob, days=3, kind="video")
    meetings_view.reload()
    assert meetings_view.model.rowCount() == 3
    qtbot.keyClicks(meetings_view.person_filter.lineEdit(), "Bob")  # search-backed: type, confirm
    qtbot.keyClick(meetings_view.person_filter.lineEdit(), Qt.Key.Key_Return)
    assert meetings_view.model.rowCount() == 2
    meetings_view.kind_filter.setCurrentIndex(meetings_view.kind_filter.findData("lunch"))
    meetings_view.kind_filter.activated.emit(meetings_view.kind_filter.currentIndex())
    assert [
        meetings_view.model.index(r, 1).data() for r in range(meetings_view.model.rowCount())
    ] == ["Ann, Bob"]
    meetings_view.set_filters(None, "event")
    assert meetings_view.model.rowCount() == 0
    assert meetings_view.empty_label.text() == "No upcoming meetings match the filters."
    meetings_view.set_filters()
    assert meetings_view.model.rowCount() == 3


def test_add_an_insight_and_a_follow_up_from_a_meeting(meetings_view, qtbot):
    ann = person("Ann Lee", "Acme Robotics")
    bob = person("Bob", "Globex", tags=["hiring"])
    mid = meet(ann, days=-1)
    meetings_view.show_when("past")
    click(qtbot, meetings_view.insight_button)
    dialog = meetings_view.dialog
    assert dialog.source.contact_id() == ann
    assert dialog.tags.text() == "company:Acme Robotics, "
    qtbot.keyClicks(dialog.text, "Acme is moving its data team to Berlin")
    qtbot.keyClicks(dialog.tags, "hiring")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [insight] = insights.from_meeting(mid)
    assert insight.tags == (("company", "Acme Robotics"), ("topic", "hiring"))
    assert insight.source_contact_id == ann
    qtbot.waitUntil(lambda: "Acme is moving its data team" in meetings_view.body.toPlainText())
    assert [i.id for i in insights.what_i_can_give(bob)] == [insight.id]

    click(qtbot, meetings_view.follow_up_button)
    dialog = meetings_view.dialog
    qtbot.keyClicks(dialog.what, "Send Ann the Berlin article")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    [f] = followups.for_meeting(mid)
    assert (f.title, f.contact_id) == ("Send Ann the Berlin article", ann)
    qtbot.waitUntil(lambda: "Send Ann the Berlin article" in meetings_view.body.toPlainText())


def test_markdown_preview_formats_but_never_runs_or_loads_anything(meetings_view, qtbot, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not an image")
    mid = meet(person("Ann"))
    meetings_view.reload()
    editor = meetings_view.notes_editor
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
