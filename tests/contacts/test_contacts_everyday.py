"""The contacts page in everyday use, as a new user met it: Enter in a detail field, the
form saving over a change made meanwhile, archiving from a list opened on a contact, Tab
out of the list, and why a search matched."""

from __future__ import annotations

import pytest
from helpers import select_rows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_desktop.services.contacts import contacts, filters
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.ui.contacts import model as contacts_model
from crm_desktop.ui.contacts.model import COL_MATCH, COL_NAME


def shown_names(view) -> list[str]:
    return [view.model.index(r, COL_NAME).data() for r in range(view.model.rowCount())]


@pytest.fixture
def view(window, sample_db):
    """The main window's contacts page, over the sample network."""
    return window.contacts_view


def focus(qtbot, widget) -> None:
    """Give *widget* the keyboard focus in its active window."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def type_into(qtbot, line_edit, text: str) -> None:
    """Click into a line edit, replace what it holds with *text* and press Enter."""
    line_edit.window().activateWindow()
    qtbot.mouseClick(line_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(line_edit.hasFocus)
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


# 1. Enter in the details pane, and the form saving only what it changed --------------
def test_enter_in_a_detail_field_saves_it_and_opens_no_form(window, view, qtbot):
    cid = view.current_contact_id()
    qtbot.waitUntil(view.details.tags.isEnabled)
    type_into(qtbot, view.details.tags, "data, alumni")
    assert contacts.get_contact(cid).tags == ("alumni", "data")
    type_into(qtbot, view.details.location, "Lisboa")
    assert contacts.get_contact(cid).location == "Lisboa"
    qtbot.wait(50)
    assert view.dialog is None, "Enter in a detail field also opened the Edit dialog"
    # In the list, Enter still opens the form.
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.dialog is not None and view.dialog.isVisible()
    assert view.dialog.tags.text() == "alumni, data"
    view.dialog.reject()


def test_the_form_saves_only_what_was_changed_in_it(window, view, qtbot):
    cid = view.current_contact_id()
    qtbot.mouseClick(view.details.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    # Meanwhile, elsewhere (the details pane, the command line): tags and a location.
    contacts.add_tags([cid], ["alumni"])
    contacts.set_fields([cid], location="Lisboa")
    before = contacts.get_contact(cid)
    dialog.title_edit.setText("Chief Data Officer")
    qtbot.keyClicks(dialog.notes, " Met again in May.")
    dialog.save()
    after = contacts.get_contact(cid)
    assert after.title == "Chief Data Officer"
    assert after.notes.endswith("Met again in May.")
    assert "alumni" in after.tags, "the form wrote back the tags it was opened with"
    assert after.location == "Lisboa", "the form wrote back the location it was opened with"
    assert (after.company, after.methods, after.stage) == (
        before.company,
        before.methods,
        before.stage,
    )
    window.undo_action.trigger()  # undo takes back the form's changes only
    undone = contacts.get_contact(cid)
    assert (undone.title, undone.location, "alumni" in undone.tags) == (
        before.title,
        "Lisboa",
        True,
    )


def test_a_form_saved_unchanged_writes_nothing_back(window, view, qtbot):
    cid = view.current_contact_id()
    dialog = view.edit_contact(cid)
    contacts.set_fields([cid], stage="met", warmth="close")
    dialog.save()
    record = contacts.get_contact(cid)
    assert (record.stage, record.warmth) == ("met", "close")


# 2. Archiving -------------------------------------------------------------------------
def test_archiving_a_contact_added_while_searching_leaves_all_contacts(window, view, qtbot):
    focus(qtbot, view.search)
    qtbot.keyClicks(view.search, "priya")
    qtbot.waitUntil(lambda: shown_names(view)[:1] == ["Priya Raman"])
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.dialog.name, "Nina Novak")
    view.dialog.save()
    assert view.details.record.full_name == "Nina Novak"
    assert view.count_label.text() == "31 contacts"
    assert view.sidebar.selectedItems()[0].text(0) == "All contacts"

    qtbot.mouseClick(view.details.archive_button, Qt.MouseButton.LeftButton)
    assert "Nina Novak" not in shown_names(view)
    assert view.count_label.text() == "30 contacts"
    assert len(shown_names(view)) == 30

    select_rows(view, [0, 1])
    gone = shown_names(view)[:2]
    qtbot.mouseClick(view.archive_selected_button, Qt.MouseButton.LeftButton)
    assert not set(gone) & set(shown_names(view))
    assert view.count_label.text() == "28 contacts"

    archived = view.sidebar.visualItemRect(view.sidebar.item_named("Archived"))
    qtbot.mouseClick(view.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=archived.center())
    assert sorted(shown_names(view)) == sorted([*gone, "Nina Novak"])
    assert view.count_label.text() == "3 archived"


# 3. Tab -------------------------------------------------------------------------------
def test_tab_leaves_the_list_for_the_details_and_keeps_the_contact(window, view, qtbot):
    view.select_contact(view.model.contact_id(3))
    focus(qtbot, view.table)
    cid = view.current_contact_id()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not view.table, "Tab walked the list's cells"
    assert view.details.isAncestorOf(focused), f"Tab went to {focused!r}"
    assert view.current_contact_id() == cid
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # arrows still move in the list
    assert view.current_contact_id() == view.model.contact_id(4)


# 4. Why it matched ----------------------------------------------------------------------
LONG_NOTE = (
    "Met her at the data meetup downtown; we talked for an hour about moving from teaching "
    "into analytics and which courses were worth the money. "
    * 4
    + "These days she leads demand forecasting for the retail team, and data quality with it. "
    + "She offered to review my portfolio before the interview. " * 4
)


def test_why_it_matched_shows_the_words_around_a_hit_deep_in_a_note(db):
    c = contacts.add_contact(ContactInput("Lena Fischer", tags=["data"], notes=LONG_NOTE))
    text = str(filters.snippets([c.id], "data forecasting")[c.id])
    assert "«forecasting»" in text, text
    assert "demand «forecasting» for the retail team" in text, text  # the words around it
    assert "Met her" not in text, text  # not the note's first words
    assert len(text) < 140, text
    # One word: the words around its first place, however the note is laid out.
    listed = "Tools she uses:\tExcel\tTableau\tPython\tSQL\tLooker\tdbt"
    d = contacts.add_contact(ContactInput("Ben Ross", notes=LONG_NOTE + listed))
    text = str(filters.snippets([d.id], "look")[d.id])
    assert "Python SQL «Looker» dbt" in text, text
    assert "Met her" not in text and len(text) < 140, text


def test_why_it_matched_is_highlighted_and_shows_the_note_as_typed(view, qtbot):
    contacts.add_contact(
        ContactInput("Lena Fischer", notes="x " * 300 + "Send <b>forecasting</b> deck & notes")
    )
    focus(qtbot, view.search)
    qtbot.keyClicks(view.search, "forecasting deck")
    qtbot.waitUntil(lambda: view.model.search == "forecasting deck")
    assert shown_names(view) == ["Lena Fischer"]
    index = view.model.index(shown_names(view).index("Lena Fischer"), COL_MATCH)
    runs = index.data(contacts_model.SnippetRole)
    assert ("forecasting", True) in runs and ("deck", True) in runs
    plain = "".join(text for text, _hit in runs)
    assert "Send <b>forecasting</b> deck & notes" in plain  # shown as typed, not as HTML
    assert view.table.itemDelegateForColumn(COL_MATCH) is not None
    view.table.viewport().grab().save("/tmp/shots/contacts_why_it_matched.png")
