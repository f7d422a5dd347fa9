"""The meetings page and the prep sheet preview, driven through the widgets."""

from __future__ import annotations

import datetime as dt
import unicodedata

from pypdf import PdfReader
from PySide6.QtCore import Qt

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.meetings import meetings, prepsheet
from crm_desktop.ui.meetings.prep_preview import PrepPreview


def listed(view) -> list[str]:
    return [view.model.index(r, 1).data() for r in range(view.model.rowCount())]


def test_plan_a_meeting_through_the_dialog(meetings_view, qtbot):
    ann = contacts.add_contact(ContactInput(full_name="Ann Lee", company="Acme")).id
    contacts.add_contact(ContactInput(full_name="Bob Stone"))
    qtbot.mouseClick(meetings_view.new_button, Qt.MouseButton.LeftButton)
    dialog = meetings_view.dialog
    assert dialog.isVisible()
    dialog.person.setFocus()
    qtbot.keyClicks(dialog.person.lineEdit(), "ann lee")
    dialog.set_when(dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=2))
    dialog.kind.setCurrentIndex(dialog.kind.findData("video"))
    qtbot.keyClicks(dialog.place, "Video call")
    qtbot.keyClicks(dialog.agenda, "Ask about <the> role & team")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [m] = meetings.list_meetings("upcoming")
    assert m.attendee_ids == (ann,) and m.kind == "video"
    assert listed(meetings_view) == ["Ann Lee"]
    assert meetings_view.title.text() == "Video call with Ann Lee"
    assert "Ask about <the> role & team" in meetings_view.body.toPlainText()


def test_dialog_refuses_a_meeting_with_nobody(meetings_view, qtbot):
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    dialog = meetings_view.add_meeting()
    qtbot.keyClicks(dialog.notes, "keep me")
    dialog.save()
    assert dialog.isVisible() and "Choose who" in dialog.error.text()
    assert dialog.notes.toPlainText() == "keep me"
    assert meetings.list_meetings("all") == []


def test_upcoming_past_and_all(meetings_view, qtbot, sample_db):
    upcoming = len(meetings.list_meetings("upcoming"))
    past = len(meetings.list_meetings("past"))
    assert meetings_view.model.rowCount() == upcoming
    qtbot.mouseClick(meetings_view.filter_buttons["past"], Qt.MouseButton.LeftButton)
    assert meetings_view.model.rowCount() == past
    qtbot.mouseClick(meetings_view.filter_buttons["all"], Qt.MouseButton.LeftButton)
    assert meetings_view.model.rowCount() == upcoming + past


def test_delete_meeting_after_confirmation(meetings_view, qtbot, sample_db, monkeypatch):
    before = meetings_view.model.rowCount()
    monkeypatch.setattr(meetings_view, "confirm", lambda *a: True)
    qtbot.mouseClick(meetings_view.delete_button, Qt.MouseButton.LeftButton)
    assert meetings_view.model.rowCount() == before - 1


def test_prep_sheet_button_asks_for_the_selected_meeting(meetings_view, qtbot, sample_db):
    with qtbot.waitSignal(meetings_view.prep_sheet_requested) as signal:
        qtbot.mouseClick(meetings_view.prep_button, Qt.MouseButton.LeftButton)
    assert signal.args == [meetings_view.current_meeting_id()]


def test_prep_preview_opens_and_exports_a_pdf(qtbot, sample_db, tmp_path, monkeypatch):
    daniel = contacts.find_contact("Daniel Kowalski")
    sheet = prepsheet.compose(contact_id=daniel.id)
    preview = PrepPreview([sheet])
    qtbot.addWidget(preview)
    preview.open()
    qtbot.waitExposed(preview)
    target = tmp_path / "daniel"
    monkeypatch.setattr("crm_desktop.ui.common.prompts.ask_save_path", lambda *a: str(target))
    preview.export_action.trigger()
    pdf = tmp_path / "daniel.pdf"
    text = unicodedata.normalize(
        "NFKC", " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    )
    flat = " ".join(text.split())
    assert "Daniel Kowalski" in flat
    assert "Me → Priya Raman → Daniel Kowalski" in flat
    assert "Acme is rebuilding its data platform" in flat
    preview.close()
    assert not preview.isVisible()
