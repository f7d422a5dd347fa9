"""The contacts page at work: filters, smart lists, bulk edits with undo, inline edits,
merge, sorting and keys, driven through real widgets."""

from __future__ import annotations

import pytest
from helpers import select_rows
from PySide6.QtCore import QPoint, Qt

from crm_desktop.services.contacts import contacts, smart_lists
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.sample import generate
from crm_desktop.store import bulk
from crm_desktop.ui.contacts.model import COL_COMPANY, COL_MATCH, COL_NAME, COL_WARMTH, PAGE


def shown_names(view) -> list[str]:
    model = view.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def contacts_in_window(window, sample_db):
    """The main window's contacts page, over the sample network."""
    return window.contacts_view


def focus_table(window, view, qtbot):
    window.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)


def pick(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_filters_combine_with_search_and_show_counts(contacts_in_window, qtbot):
    pick(contacts_in_window.filter_bar.tag, "coach")
    assert sorted(shown_names(contacts_in_window)) == [
        "Hannah Kim",
        "Marcus Oyelaran",
        "Rachel Goldberg",
    ]
    assert contacts_in_window.count_label.text() == "3 of 30"
    qtbot.keyClicks(contacts_in_window.search, "marc")
    # Marcus by name first, then a coach whose notes mention him.
    qtbot.waitUntil(
        lambda: shown_names(contacts_in_window) == ["Marcus Oyelaran", "Rachel Goldberg"]
    )
    qtbot.mouseClick(contacts_in_window.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert shown_names(contacts_in_window)[0] == "Marcus Oyelaran"  # the search stays
    assert len(shown_names(contacts_in_window)) == 3
    contacts_in_window.search.clear()
    qtbot.waitUntil(lambda: len(shown_names(contacts_in_window)) == 30)


def counted(view, qtbot) -> dict[str, str]:
    """The sidebar's entries once its counts (which follow the names) are in."""
    qtbot.waitUntil(lambda: not view.sidebar.counting)
    return dict(view.sidebar.entries())


def test_sidebar_lists_counts_and_filters_on_click(contacts_in_window, qtbot):
    entries = counted(contacts_in_window, qtbot)
    assert entries["All contacts"] == "30"
    assert entries["Archived"] == "0"
    item = contacts_in_window.sidebar.item_named("Not contacted in 90 days")
    rect = contacts_in_window.sidebar.visualItemRect(item)
    qtbot.mouseClick(
        contacts_in_window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert contacts_in_window.model.rowCount() == int(entries["Not contacted in 90 days"])
    assert contacts_in_window.model.criteria.not_contacted_days == 90


def test_save_a_smart_list_and_its_count_follows_edits(contacts_in_window, qtbot, monkeypatch):
    pick(contacts_in_window.filter_bar.tag, "mentor")
    monkeypatch.setattr(contacts_in_window, "ask_text", lambda *a: ("Mentors", True))
    qtbot.mouseClick(contacts_in_window.filter_bar.save_button, Qt.MouseButton.LeftButton)
    assert counted(contacts_in_window, qtbot)["Mentors"] == "1"
    contacts.add_contact(ContactInput("New Mentor", tags=["mentor"]))
    qtbot.waitUntil(lambda: dict(contacts_in_window.sidebar.entries())["Mentors"] == "2")
    assert [s.name for s in smart_lists.list_smart_lists()] == ["Mentors"]


def test_delete_key_archives_the_selection_and_undo_names_it(window, contacts_in_window, qtbot):
    select_rows(contacts_in_window, [0, 1, 2])
    assert contacts_in_window.selection_bar.isVisible()
    assert contacts_in_window.selection_label.text() == "3 selected"
    names = shown_names(contacts_in_window)[:3]
    focus_table(window, contacts_in_window, qtbot)
    qtbot.keyClick(contacts_in_window.table, Qt.Key.Key_Delete)
    assert not set(names) & set(shown_names(contacts_in_window))
    assert contacts_in_window.count_label.text() == "27 contacts"
    assert window.undo_action.text() == "&Undo Archive 3 contacts"
    window.undo_action.trigger()
    assert set(names) <= set(shown_names(contacts_in_window))
    window.redo_action.trigger()
    assert counted(contacts_in_window, qtbot)["Archived"] == "3"


def test_bulk_tag_and_stage_from_the_selection_bar(window, contacts_in_window, qtbot, monkeypatch):
    select_rows(contacts_in_window, [0, 1])
    ids = contacts_in_window.selected_contact_ids()
    stages = {i: contacts.get_contact(i).stage for i in ids}  # the sample sets stages
    assert "met" not in stages.values()
    monkeypatch.setattr(contacts_in_window, "ask_text", lambda *a: ("follow, vip", True))
    qtbot.mouseClick(contacts_in_window.tag_button, Qt.MouseButton.LeftButton)
    assert all({"follow", "vip"} <= set(contacts.get_contact(i).tags) for i in ids)
    assert window.undo_action.text() == "&Undo Tag 2 contacts “follow, vip”"
    select_rows(contacts_in_window, [contacts_in_window.model.row_of(i) for i in ids])
    contacts_in_window.stage_button.menu().actions()[4].trigger()  # "Met"
    assert all(contacts.get_contact(i).stage == "met" for i in ids)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert {i: contacts.get_contact(i).stage for i in ids} == stages
    assert all("vip" not in contacts.get_contact(i).tags for i in ids)


def test_export_hands_over_the_selected_ids(contacts_in_window, qtbot):
    select_rows(contacts_in_window, [3, 4])
    with qtbot.waitSignal(contacts_in_window.export_requested) as blocker:
        qtbot.mouseClick(contacts_in_window.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == [
        contacts_in_window.model.contact_id(3),
        contacts_in_window.model.contact_id(4),
    ]


def test_inline_edits_in_the_details_save_at_once_and_undo(window, contacts_in_window, qtbot):
    cid = contacts_in_window.current_contact_id()
    warmth = contacts.get_contact(cid).warmth  # the sample sets warmth
    new, label = ("cold", "Cold") if warmth == "close" else ("close", "Close")
    details = contacts_in_window.details
    details.warmth.setCurrentIndex(details.warmth.findData(new))
    details.warmth.activated.emit(details.warmth.currentIndex())
    assert contacts.get_contact(cid).warmth == new
    assert (
        contacts_in_window.model.index(contacts_in_window.model.row_of(cid), COL_WARMTH).data()
        == label
    )
    details.location.setText("Lisboa")
    details.location.editingFinished.emit()
    assert contacts.get_contact(cid).location == "Lisboa"
    name = contacts.get_contact(cid).full_name
    assert window.undo_action.text() == f"&Undo Set {name}'s location"
    window.undo_action.trigger()
    window.undo_action.trigger()
    record = contacts.get_contact(cid)
    assert (record.warmth, record.location) == (warmth, "")
    assert details.warmth.currentData() == warmth


def test_find_duplicates_merge_and_undo(window, contacts_in_window, qtbot):
    first = contacts.find_contact("Priya Raman")
    data = first.to_input()
    data.full_name, data.notes = "Priya  Ramen", "Duplicate's own note"
    dup = contacts.add_contact(data).id
    qtbot.mouseClick(contacts_in_window.duplicates_button, Qt.MouseButton.LeftButton)
    dialog = contacts_in_window.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert "same email" in dialog.findChildren(type(contacts_in_window.no_results))[0].text()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert contacts.count_contacts() == 30
    assert "Duplicate's own note" in contacts.get_contact(first.id).notes
    assert window.undo_action.text() == "&Undo Merge 2 contacts into Priya Raman"
    window.undo_action.trigger()
    assert contacts.get_contact(dup).notes == "Duplicate's own note"
    assert contacts.count_contacts() == 31


def test_clicking_a_header_sorts_and_keeps_the_selection(contacts_in_window, qtbot):
    cid = contacts_in_window.model.contact_id(5)
    contacts_in_window.select_contact(cid)
    header = contacts_in_window.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(COL_COMPANY) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    companies = [
        contacts_in_window.model.index(r, COL_COMPANY).data()
        for r in range(contacts_in_window.model.rowCount())
    ]
    assert companies in (
        sorted(companies, key=str.casefold),
        sorted(companies, key=str.casefold, reverse=True),
    )
    assert contacts_in_window.current_contact_id() == cid
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    again = [
        contacts_in_window.model.index(r, COL_COMPANY).data()
        for r in range(contacts_in_window.model.rowCount())
    ]
    assert again == companies[::-1] or again != companies
    assert contacts_in_window.current_contact_id() == cid


def test_search_shows_why_a_note_matched(contacts_in_window, qtbot):
    qtbot.keyClicks(contacts_in_window.search, "forecasting")
    qtbot.waitUntil(lambda: contacts_in_window.model.search == "forecasting")
    assert not contacts_in_window.table.isColumnHidden(COL_MATCH)
    why = contacts_in_window.model.index(0, COL_MATCH).data()
    assert "«Forecasting»" in why or "«forecasting»" in why


def test_keyboard_new_contact_and_find(window, contacts_in_window, qtbot):
    focus_table(window, contacts_in_window, qtbot)
    qtbot.keyClick(contacts_in_window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert contacts_in_window.dialog is not None and contacts_in_window.dialog.isVisible()
    contacts_in_window.dialog.reject()
    window.tabs.setCurrentIndex(1)
    window.tabs.currentWidget().setFocus()
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is contacts_in_window
    assert contacts_in_window.search.hasFocus()


def test_dialog_saves_the_whole_record_and_undo_removes_it(window, contacts_in_window, qtbot):
    dialog = contacts_in_window.add_contact()
    qtbot.keyClicks(dialog.name, "Nina Novak")
    qtbot.keyClicks(dialog.email, "nina@work.example")
    row = dialog.more.add_method()
    dialog.more.item(row, 1).setText("home")
    dialog.more.item(row, 2).setText("nina@home.example")
    dialog.stage.setCurrentIndex(dialog.stage.findData("asked"))
    qtbot.keyClicks(dialog.story, "Moved from teaching into UX research")
    dialog.save()
    record = contacts.find_contact("Nina Novak")
    assert [m.label for m in record.of_kind("email")] == ["work", "home"]
    assert record.stage == "asked" and record.story.startswith("Moved")
    assert contacts_in_window.current_contact_id() == record.id
    assert window.undo_action.text() == "&Undo Add Nina Novak"
    window.undo_action.trigger()
    assert contacts.count_contacts() == 30


def test_the_windowed_list_pages_rows_from_sql(qtbot, db):
    from crm_desktop.ui.common.bus import DataBus
    from crm_desktop.ui.contacts.view import ContactsView

    bulk.insert_rows(generate.make_rows(3 * PAGE + 17, meetings_per_contact=1))
    bus = DataBus()
    view = ContactsView(bus)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.table.viewport().grab()  # paints what is on screen
    assert view.model.rowCount() == 3 * PAGE + 17
    assert len(view.model._pages) == 1  # only what is on screen was fetched
    view.table.scrollToBottom()
    view.table.viewport().grab()
    assert 1 not in view.model._pages  # the middle was never fetched
    last = view.model.index(view.model.rowCount() - 1, COL_NAME).data()
    assert last and len(view.model._pages) <= 3
    bus.detach()


def test_balance_column_and_only_taking_checkbox(contacts_in_window, qtbot):
    from crm_desktop.services.giving import ledger
    from crm_desktop.ui.contacts.model import COL_BALANCE

    priya = contacts.find_contact("Priya Raman").id
    expected = ledger.balance(priya)
    assert expected.score < 0
    qtbot.waitUntil(lambda: contacts_in_window.model.row_of(priya) >= 0)
    row = contacts_in_window.model.row_of(priya)
    assert contacts_in_window.model.index(row, COL_BALANCE).data() == expected.label
    qtbot.mouseClick(contacts_in_window.filter_bar.only_taking, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(contacts_in_window.model.contact_ids()) < 30)
    shown = set(contacts_in_window.model.contact_ids())
    assert priya in shown
    assert all(ledger.balance(cid).score < 0 for cid in shown)
