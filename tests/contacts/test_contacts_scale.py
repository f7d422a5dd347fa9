"""The contacts list and the pages around it with a few thousand people: the list
reads only what it shows, a common word's hits arrive in two steps without losing
any, hidden pages load when first shown, and long Today sections stay short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from crm_desktop.services.contacts import filters
from crm_desktop.services.contacts.filters import ContactFilter
from crm_desktop.services.meetings import meetings
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.contacts import view as contacts_view
from crm_desktop.ui.contacts.model import COL_NAME, FIRST_IDS, ContactsTableModel
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.graph.people import PeopleModel
from crm_desktop.ui.today.view import SHOWN_ROWS

N = 2500


def test_the_list_reads_the_first_ids_and_the_rest_only_when_scrolled_to(
    generated_network, qtmodeltester
):
    model = ContactsTableModel()
    model.refresh()
    every = filters.matching_ids(ContactFilter())
    assert model.rowCount() == len(every) > FIRST_IDS
    assert len(model._ids) == FIRST_IDS  # only the top of the list so far
    last = model.rowCount() - 1
    assert model.index(last, COL_NAME).data()  # a row far down is there when asked
    assert model.contact_ids() == every
    qtmodeltester.check(model)


def test_a_common_word_lists_its_first_hits_then_all_of_them(generated_network, qtbot, monkeypatch):
    # The rest of the hits are read when typing pauses: here the pause lasts until the
    # test ends it, so that the first step is seen however busy the machine is.
    monkeypatch.setattr(contacts_view, "COMPLETE_DELAY_MS", 600_000)
    window = QMainWindow()
    qtbot.addWidget(window)
    view = ContactsView(DataBus(window), None, window)
    window.setCentralWidget(view)
    window.show()
    word = "interview"  # in most people's meeting notes
    every = filters.matching_ids(ContactFilter(search=word))
    assert len(every) > filters.REST_RANK_LIMIT + 100
    qtbot.keyClicks(view.search, word)
    qtbot.waitUntil(lambda: view.model.search == word)
    assert view.model.has_more  # only the first hits so far
    assert view.model.rowCount() < len(every)
    assert view.count_label.text() == f"{view.model.rowCount():,}+ of {N:,}"
    assert view.model.contact_ids() == every[: view.model.rowCount()]
    # Once typing pauses, every hit is listed, in the same order.
    assert view._complete_timer.isActive()
    view._complete_timer.start(0)  # the pause is over
    qtbot.waitUntil(lambda: not view.model.has_more)
    assert view.model.contact_ids() == every
    assert view.count_label.text() == f"{len(every):,} of {N:,}"


def test_a_name_search_finds_the_person_first_among_thousands(generated_network, qtbot):
    model = ContactsTableModel()
    model.set_search("zoe")
    names = [model.index(r, COL_NAME).data() for r in range(10)]
    assert all(n.casefold().startswith(("zoe", "zoë")) for n in names)


def test_hidden_pages_load_when_first_shown(window, generated_network, qtbot):
    # The window opened on the empty database (the contacts page); the network came after.
    assert window.tabs.currentWidget() is window.contacts_view
    assert window.today_view.summary is None
    assert window.meetings_view.model.rowCount() == 0  # hidden: not read yet
    window.tabs.setCurrentWidget(window.today_view)
    assert window.today_view.summary is not None
    window.tabs.setCurrentWidget(window.meetings_view)
    assert window.meetings_view.model.rowCount() == min(
        len(meetings.list_meetings("upcoming")), window.meetings_view.model.LIMIT
    )


def test_today_shows_the_first_rows_of_a_long_section_and_all_on_request(
    window, generated_network, qtbot
):
    window.tabs.setCurrentWidget(window.today_view)
    page = window.today_view
    owed = page.summary.totals["thanks"]
    assert owed > SHOWN_ROWS
    section = page.sections["thanks"]
    assert len(section.rows) == SHOWN_ROWS + 1
    more = section.rows[-1]
    assert more.text.text() == f"and {owed - SHOWN_ROWS:,} more"
    assert section.title.text() == f"Thank-yous owed ({owed:,})"
    qtbot.mouseClick(more.buttons["all"], Qt.MouseButton.LeftButton)
    assert len(page.sections["thanks"].rows) == owed


def test_graph_people_list_is_windowed_and_searchable(generated_network, qtmodeltester):
    model = PeopleModel()
    model.refresh(set())
    assert model.rowCount() == N
    assert model.index(N - 1).data()  # far down, read when shown
    model.refresh(set(), "zoe")
    assert model.rowCount() > 0
    assert model.index(0).data().casefold().startswith(("zoe", "zoë"))
    who = model.contact_id(0)
    assert model.row_of(who) == 0 and model.name_of(who) == model.index(0).data()
    qtmodeltester.check(model)
