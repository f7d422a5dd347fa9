"""The Today summary (service) and the Today page, driven through its buttons."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import click, sample_thanks_owed
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.giving import ledger
from crm_desktop.services.meetings import followups, meetings, today
from crm_desktop.ui.today.view import TodayView


def test_summary_of_an_empty_day(db):
    s = today.summary()
    assert s.is_clear
    assert "No meetings today." in today.as_text(s)


def test_summary_on_the_sample_network(sample_db):
    s = today.summary()
    assert [m.with_whom for m in s.meetings] == ["Daniel Kowalski"]
    assert [f.title for f in s.overdue] == ["Apply to Acme's data platform role"]
    assert len(s.due_today) == 3
    titles = sorted(p.title for p in s.thanks)
    assert len(titles) == sample_thanks_owed()
    assert titles[0].startswith("Thank Ben Carter for the coffee on ")
    assert "Thank Daniel Kowalski for introducing you to Sofía Navarro" in titles
    assert [t.full_name for t in s.only_taking][0] == "Priya Raman"
    assert len(s.only_taking) == today.ONLY_TAKING_SHOWN
    text = today.as_text(s)
    assert f"Thank-yous owed ({len(titles)})" in text and "Only taking (5)" in text


@pytest.fixture
def today_page(show_page, sample_db):
    """The Today page over the sample network."""
    return show_page(TodayView, 1000, 1400)


def texts(section):
    return [row.text.text() for row in section.rows]


def test_page_shows_every_section(today_page):
    assert today_page.heading.text().startswith("Today, ")
    owed = sample_thanks_owed()
    assert today_page.overview.text() == f"1 meeting, 4 follow-ups due, {owed} thank-yous owed."
    meetings_rows = today_page.sections["meetings"].rows
    assert meetings_rows[0].text.text().endswith("Coffee with Daniel Kowalski")
    assert today_page.sections["followups"].title.text() == "Follow-ups due (4)"
    assert today_page.sections["followups"].rows[0].text.property("tone") == "overdue"
    assert today_page.sections["thanks"].isVisible()
    assert "Priya Raman" in texts(today_page.sections["taking"])[0]
    assert not today_page.all_clear.isVisible()


def test_mark_a_follow_up_done_and_snooze_another(today_page, qtbot):
    section = today_page.sections["followups"]
    first = section.rows[0]
    assert first.text.text() == "Apply to Acme's data platform role"
    click(qtbot, first.buttons["done"])
    qtbot.waitUntil(lambda: len(section.rows) == 3)
    assert "Apply to Acme's data platform role" not in texts(section)
    snooze = section.rows[0].buttons["snooze"]
    title = section.rows[0].text.text()
    snooze.menu().actions()[2].trigger()  # next week
    qtbot.waitUntil(lambda: len(section.rows) == 2)
    [moved] = [f for f in followups.due("all") if f.title == title]
    assert moved.due_on == dt.date.today() + dt.timedelta(days=7)


def test_thank_you_sent_is_a_give(today_page, qtbot):
    section = today_page.sections["thanks"]
    row = next(r for r in section.rows if r.text.text().startswith("Thank Ben Carter"))
    ben = contacts.find_contact("Ben Carter").id
    before = ledger.balance(ben).score
    owed = len(section.rows)
    click(qtbot, row.buttons["sent"])
    qtbot.waitUntil(lambda: len(section.rows) == owed - 1)
    assert ledger.balance(ben).score == before + 1
    # The others go to the follow-ups, due today.
    for left in range(owed - 1, 0, -1):
        click(qtbot, section.rows[0].buttons["later"])
        qtbot.waitUntil(lambda left=left: len(section.rows) == left - 1 or not section.isVisible())
    qtbot.waitUntil(lambda: not section.isVisible())
    assert any("introducing you to Sofía" in t for t in texts(today_page.sections["followups"]))


def test_give_the_suggested_insight_to_someone_only_taking(today_page, qtbot):
    section = today_page.sections["taking"]
    row = section.rows[0]
    assert row.text.text() == "Priya Raman  ·  balance −2"
    priya = contacts.find_contact("Priya Raman").id
    click(qtbot, row.buttons["give"])
    qtbot.waitUntil(lambda: section.rows[0].text.text() != "Priya Raman  ·  balance −2")
    assert ledger.balance(priya).score == -1
    assert ledger.entries_for(priya)[0].kind == "insight"


def test_open_buttons_ask_for_the_contact_or_meeting(today_page, qtbot):
    with qtbot.waitSignal(today_page.open_meeting_requested) as meeting_signal:
        click(qtbot, today_page.sections["meetings"].rows[0].buttons["open"])
    assert meeting_signal.args == [meetings.today_meetings()[0].id]
    with qtbot.waitSignal(today_page.open_contact_requested) as contact_signal:
        click(qtbot, today_page.sections["taking"].rows[0].buttons["open"])
    assert contact_signal.args == [contacts.find_contact("Priya Raman").id]
    with qtbot.waitSignal(today_page.new_meeting_requested):
        click(qtbot, today_page.sections["cold"].rows[0].buttons["meet"])


def test_page_follows_changes_made_elsewhere(today_page, qtbot):
    ann = contacts.add_contact(ContactInput(full_name="Ann New")).id
    followups.add("Call Ann", dt.date.today(), contact_id=ann)
    qtbot.waitUntil(lambda: "Call Ann" in texts(today_page.sections["followups"]))


def test_cards_rebuilt_behind_a_dialog_leave_it_the_keyboard(today_page, qtbot):
    """The Today page rebuilds its cards when data changes, say during an import: no
    part of a card may show up on its own as a window and take the keyboard away from
    the dialog in front."""
    dialog = QDialog(today_page)
    field = QLineEdit(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    field.setFocus()
    ann = contacts.add_contact(ContactInput(full_name="Ann New")).id
    followups.add("Call Ann", dt.date.today() - dt.timedelta(days=2), contact_id=ann)
    qtbot.waitUntil(lambda: "Call Ann" in texts(today_page.sections["followups"]))
    row = next(r for r in today_page.sections["followups"].rows if "Call Ann" in r.text.text())
    assert row.detail.text() and row.detail.isVisibleTo(row)  # "2 days overdue", in its card
    assert QApplication.focusWidget() is field
    dialog.close()


def test_main_window_starts_on_today_with_data_and_acts_from_it(qtbot, sample_db):
    from crm_desktop.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.tabs.currentWidget() is win.today_view
    assert win.tabs.tabText(0) == "Today"
    click(qtbot, win.today_view.sections["meetings"].rows[0].buttons["open"])
    assert win.tabs.currentWidget() is win.meetings_view
    assert win.meetings_view.title.text() == "Coffee with Daniel Kowalski"
    win.tabs.setCurrentWidget(win.today_view)
    click(qtbot, win.today_view.sections["taking"].rows[0].buttons["open"])
    assert win.tabs.currentWidget() is win.contacts_view
    assert win.contacts_view.details.title.text() == "Priya Raman"
    win.close()


def test_main_window_without_data_starts_on_the_welcome(window):
    assert window.tabs.currentWidget() is window.contacts_view
    window.load_sample_network()
    assert window.tabs.currentWidget() is window.today_view


def test_reschedule_a_follow_up_to_a_chosen_day(today_page, qtbot):
    from crm_desktop.ui.giving.ledger_dialogs import to_qdate

    section = today_page.sections["followups"]
    title = section.rows[0].text.text()
    section.rows[0].buttons["snooze"].menu().actions()[-1].trigger()  # Pick a day…
    dialog = today_page.dialog
    assert dialog.isVisible()
    target = dt.date.today() + dt.timedelta(days=12)
    dialog.due.setDate(to_qdate(target))
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: title not in texts(section))
    [moved] = [f for f in followups.due("all") if f.title == title]
    assert moved.due_on == target
