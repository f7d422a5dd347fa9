"""The contacts page driven as a user drives it: typing, clicking, keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.meetings import meetings
from crm_desktop.ui.contacts.view import ContactsView


@pytest.fixture
def contacts_view(show_page, db):
    """The contacts page on its own, over an empty database."""
    return show_page(ContactsView, 1100, 700)


def shown_names(view) -> list[str]:
    model = view.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_empty_state_then_add_contact_through_the_form(contacts_view, qtbot):
    assert contacts_view.stack.currentWidget() is contacts_view.empty_state
    qtbot.mouseClick(contacts_view.empty_state.add_button, Qt.MouseButton.LeftButton)
    dialog = contacts_view.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Bob <b>Stone</b>")
    qtbot.keyClicks(dialog.company, "Acme & Co")
    qtbot.keyClicks(dialog.email, "bob@example.com")
    qtbot.keyClicks(dialog.tags, "mentor, data")
    qtbot.keyClicks(dialog.notes, "Met at PyCon")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Saved at once, listed, selected, details shown as plain text.
    [row] = contacts.list_contacts()
    assert row.full_name == "Bob <b>Stone</b>" and row.company == "Acme & Co"
    assert contacts_view.stack.currentIndex() == 1
    assert shown_names(contacts_view) == ["Bob <b>Stone</b>"]
    assert contacts_view.details.title.text() == "Bob <b>Stone</b>"
    assert "Met at PyCon" in contacts_view.details.body.toPlainText()


def test_invalid_form_keeps_what_was_typed(contacts_view, qtbot):
    dialog = contacts_view.add_contact()
    qtbot.keyClicks(dialog.email, "not-an-email")
    qtbot.keyClicks(dialog.notes, "Long notes I must not lose")
    dialog.save()
    assert dialog.isVisible()
    assert "needs a name" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Ann Lee")
    dialog.save()
    assert dialog.isVisible()
    assert "does not look like an email" in dialog.error.text()
    assert dialog.notes.toPlainText() == "Long notes I must not lose"
    assert contacts.count_contacts() == 0


def test_search_as_you_type_filters_the_list(contacts_view, qtbot):
    for name, company in (
        ("Zoë Lefèvre", "Helio"),
        ("Daniel Kowalski", "Acme"),
        ("Sofía Navarro", "Acme"),
    ):
        contacts.add_contact(ContactInput(full_name=name, company=company))
    assert len(shown_names(contacts_view)) == 3
    qtbot.keyClicks(contacts_view.search, "zoe")
    qtbot.waitUntil(lambda: shown_names(contacts_view) == ["Zoë Lefèvre"])
    assert contacts_view.count_label.text() == "1 of 3"
    contacts_view.search.clear()
    qtbot.keyClicks(contacts_view.search, "acm")
    qtbot.waitUntil(
        lambda: sorted(shown_names(contacts_view)) == ["Daniel Kowalski", "Sofía Navarro"]
    )
    contacts_view.search.clear()
    qtbot.keyClicks(contacts_view.search, "nobody")
    qtbot.waitUntil(lambda: shown_names(contacts_view) == [])
    assert contacts_view.no_results.isVisible()


def test_edit_from_the_list_with_enter(contacts_view, qtbot):
    c = contacts.add_contact(ContactInput(full_name="Ann Lee", company="Acme"))
    contacts_view.select_contact(c.id)
    contacts_view.table.setFocus()
    qtbot.keyClick(contacts_view.table, Qt.Key.Key_Return)
    dialog = contacts_view.dialog
    assert dialog.name.text() == "Ann Lee"
    dialog.title_edit.setText("CTO")
    dialog.save()
    assert contacts.get_contact(c.id).title == "CTO"
    assert contacts_view.details.subtitle.text() == "CTO at Acme"


def test_delete_asks_first_and_cancel_keeps_the_contact(contacts_view, qtbot, monkeypatch):
    c = contacts.add_contact(ContactInput(full_name="Ann Lee"))
    contacts_view.select_contact(c.id)
    asked = []
    monkeypatch.setattr(contacts_view, "confirm", lambda *a: asked.append(a) or False)
    qtbot.mouseClick(contacts_view.details.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "Delete Ann Lee?" in asked[0][1]
    assert contacts.count_contacts() == 1
    monkeypatch.setattr(contacts_view, "confirm", lambda *a: True)
    contacts_view.table.setFocus()
    qtbot.keyClick(contacts_view.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert contacts.count_contacts() == 0
    assert contacts_view.stack.currentWidget() is contacts_view.empty_state
    # Undo brings them back, with everything they had.
    contacts_view.undo_stack.undo()
    assert contacts.get_contact(c.id).full_name == "Ann Lee"
    assert shown_names(contacts_view) == ["Ann Lee"]


def test_details_show_chain_and_meetings(contacts_view, sample_db):
    daniel = contacts.find_contact("Daniel Kowalski")
    contacts_view.select_contact(daniel.id)
    text = contacts_view.details.body.toPlainText()
    assert "Me → Priya Raman → Daniel Kowalski" in text
    assert "Thank Priya Raman for the introduction." in text
    assert any(
        m.notes and m.notes.splitlines()[0] in text for m in meetings.meetings_with(daniel.id)
    )


def test_rows_drag_out_as_contact_ids(contacts_view, sample_db):
    from crm_desktop.ui.common.mime import contact_ids_from_mime

    index = contacts_view.model.index(0, 0)
    mime = contacts_view.model.mimeData([index, contacts_view.model.index(0, 1)])
    assert contact_ids_from_mime(mime) == [contacts_view.model.contact_id(0)]


def test_details_count_the_people_someone_introduced_in_plain_english(contacts_view, sample_db):
    ben = contacts.find_contact("Ben Carter")  # introduced you to one person
    contacts_view.select_contact(ben.id)
    text = contacts_view.details.body.toPlainText()
    assert "Introduced you to 1 person." in text
    daniel = contacts.find_contact("Daniel Kowalski")  # and Daniel to two
    contacts_view.select_contact(daniel.id)
    assert "Introduced you to 2 people." in contacts_view.details.body.toPlainText()
