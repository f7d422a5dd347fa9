"""The contacts page at work: filters, smart lists, bulk edits with undo, inline edits,
merge, sorting and keys, driven through real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from crm_desktop.services.contacts import contacts, smart_lists
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.sample import generate
from crm_desktop.store import bulk
from crm_desktop.ui.contacts.model import COL_COMPANY, COL_MATCH, COL_NAME, COL_WARMTH, PAGE


def shown_names(view) -> list[str]:
    model = view.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def view(window, sample_db):
    return window.contacts_view


def focus_table(window, view, qtbot):
    window.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)


def select_rows(view, rows):
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def pick(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_filters_combine_with_search_and_show_counts(view, qtbot):
    pick(view.filter_bar.tag, "coach")
    assert sorted(shown_names(view)) == [
        "Hannah Kim",
        "Marcus Oyelaran",
        "Rachel Goldberg",
    ]
    assert view.count_label.text() == "3 of 30"
    qtbot.keyClicks(view.search, "marc")
    # Marcus by name first, then a coach whose notes mention him.
    qtbot.waitUntil(lambda: shown_names(view) == ["Marcus Oyelaran", "Rachel Goldberg"])
    qtbot.mouseClick(view.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert shown_names(view)[0] == "Marcus Oyelaran"  # the search stays
    assert len(shown_names(view)) == 3
    view.search.clear()
    qtbot.waitUntil(lambda: len(shown_names(view)) == 30)


def counted(view, qtbot) -> dict[str, str]:
    """The sidebar's entries once its counts (which follow the names) are in."""
    qtbot.waitUntil(lambda: not view.sidebar.counting)
    return dict(view.sidebar.entries())


def test_sidebar_lists_counts_and_filters_on_click(view, qtbot):
    entries = counted(view, qtbot)
    assert entries["All contacts"] == "30"
    assert entries["Archived"] == "0"
    item = view.sidebar.item_named("Not contacted in 90 days")
    rect = view.sidebar.visualItemRect(item)
    qtbot.mouseClick(view.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.model.rowCount() == int(entries["Not contacted in 90 days"])
    assert view.model.criteria.not_contacted_days == 90


def test_save_a_smart_list_and_its_count_follows_edits(view, qtbot, monkeypatch):
    pick(view.filter_bar.tag, "mentor")
    monkeypatch.setattr(view, "ask_text", lambda *a: ("Mentors", True))
    qtbot.mouseClick(view.filter_bar.save_button, Qt.MouseButton.LeftButton)
    assert counted(view, qtbot)["Mentors"] == "1"
    contacts.add_contact(ContactInput("New Mentor", tags=["mentor"]))
    qtbot.waitUntil(lambda: dict(view.sidebar.entries())["Mentors"] == "2")
    assert [s.name for s in smart_lists.list_smart_lists()] == ["Mentors"]


def test_delete_key_archives_the_selection_and_undo_names_it(window, view, qtbot):
    select_rows(view, [0, 1, 2])
    assert view.selection_bar.isVisible()
    assert view.selection_label.text() == "3 selected"
    names = shown_names(view)[:3]
    focus_table(window, view, qtbot)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert not set(names) & set(shown_names(view))
    assert view.count_label.text() == "27 contacts"
    assert window.undo_action.text() == "&Undo Archive 3 contacts"
    window.undo_action.trigger()
    assert set(names) <= set(shown_names(view))
    window.redo_action.trigger()
    assert counted(view, qtbot)["Archived"] == "3"


def test_bulk_tag_and_stage_from_the_selection_bar(window, view, qtbot, monkeypatch):
    select_rows(view, [0, 1])
    ids = view.selected_contact_ids()
    monkeypatch.setattr(view, "ask_text", lambda *a: ("follow, vip", True))
    qtbot.mouseClick(view.tag_button, Qt.MouseButton.LeftButton)
    assert all({"follow", "vip"} <= set(contacts.get_contact(i).tags) for i in ids)
    assert window.undo_action.text() == "&Undo Tag 2 contacts “follow, vip”"
    select_rows(view, [view.model.row_of(i) for i in ids])
    view.stage_button.menu().actions()[4].trigger()  # "Met"
    assert all(contacts.get_contact(i).stage == "met" for i in ids)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert all(contacts.get_contact(i).stage == "" for i in ids)
    assert all("vip" not in contacts.get_contact(i).tags for i in ids)


def test_export_hands_over_the_selected_ids(view, qtbot):
    select_rows(view, [3, 4])
    with qtbot.waitSignal(view.export_requested) as blocker:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == [view.model.contact_id(3), view.model.contact_id(4)]


def test_inline_edits_in_the_details_save_at_once_and_undo(window, view, qtbot):
    cid = view.current_contact_id()
    details = view.details
    details.warmth.setCurrentIndex(details.warmth.findData("close"))
    details.warmth.activated.emit(details.warmth.currentIndex())
    assert contacts.get_contact(cid).warmth == "close"
    assert view.model.index(view.model.row_of(cid), COL_WARMTH).data() == "Close"
    details.location.setText("Lisboa")
    details.location.editingFinished.emit()
    assert contacts.get_contact(cid).location == "Lisboa"
    name = contacts.get_contact(cid).full_name
    assert window.undo_action.text() == f"&Undo Set {name}'s location"
    window.undo_action.trigger()
    window.undo_action.trigger()
    record = contacts.get_contact(cid)
    assert (record.warmth, record.location) == ("", "")
    assert details.warmth.currentData() == ""


def test_find_duplicates_merge_and_undo(window, view, qtbot):
    first = contacts.find_contact("Priya Raman")
    data = first.to_input()
    data.full_name, data.notes = "Priya  Ramen", "Duplicate's own note"
    dup = contacts.add_contact(data).id
    qtbot.mouseClick(view.duplicates_button, Qt.MouseButton.LeftButton)
    dialog = view.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert "same email" in dialog.findChildren(type(view.no_results))[0].text()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert contacts.count_contacts() == 30
    assert "Duplicate's own note" in contacts.get_contact(first.id).notes
    assert window.undo_action.text() == "&Undo Merge 2 contacts into Priya Raman"
    window.undo_action.trigger()
    assert contacts.get_contact(dup).notes == "Duplicate's own note"
    assert contacts.count_contacts() == 31


def test_clicking_a_header_sorts_and_keeps_the_selection(view, qtbot):
    cid = view.model.contact_id(5)
    view.select_contact(cid)
    header = view.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(COL_COMPANY) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    companies = [view.model.index(r, COL_COMPANY).data() for r in range(view.model.rowCount())]
    assert companies in (
        sorted(companies, key=str.casefold),
        sorted(companies, key=str.casefold, reverse=True),
    )
    assert view.current_contact_id() == cid
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    again = [view.model.index(r, COL_COMPANY).data() for r in range(view.model.rowCount())]
    assert again == companies[::-1] or again != companies
    assert view.current_contact_id() == cid


def test_search_shows_why_a_note_matched(view, qtbot):
    qtbot.keyClicks(view.search, "forecasting")
    qtbot.waitUntil(lambda: view.model.search == "forecasting")
    assert not view.table.isColumnHidden(COL_MATCH)
    why = view.model.index(0, COL_MATCH).data()
    assert "«Forecasting»" in why or "«forecasting»" in why


def test_keyboard_new_contact_and_find(window, view, qtbot):
    focus_table(window, view, qtbot)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.dialog is not None and view.dialog.isVisible()
    view.dialog.reject()
    window.tabs.setCurrentIndex(1)
    window.tabs.currentWidget().setFocus()
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is view
    assert view.search.hasFocus()


def test_dialog_saves_the_whole_record_and_undo_removes_it(window, view, qtbot):
    dialog = view.add_contact()
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
    assert view.current_contact_id() == record.id
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


def test_balance_column_and_only_taking_checkbox(view, qtbot):
    from crm_desktop.services.giving import ledger
    from crm_desktop.ui.contacts.model import COL_BALANCE

    priya = contacts.find_contact("Priya Raman").id
    expected = ledger.balance(priya)
    assert expected.score < 0
    qtbot.waitUntil(lambda: view.model.row_of(priya) >= 0)
    row = view.model.row_of(priya)
    assert view.model.index(row, COL_BALANCE).data() == expected.label
    qtbot.mouseClick(view.filter_bar.only_taking, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.model.contact_ids()) < 30)
    shown = set(view.model.contact_ids())
    assert priya in shown
    assert all(ledger.balance(cid).score < 0 for cid in shown)
