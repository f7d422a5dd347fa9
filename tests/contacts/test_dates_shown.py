"""A date reads the same everywhere in the window, in the order of the user's locale."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import add
from PySide6.QtCore import QLocale, Qt

from crm_desktop.services import text
from crm_desktop.services.meetings import meetings
from crm_desktop.ui.contacts.model import COL_FOLLOW_UP, COL_LAST_CONTACT
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.shell import app

FOLLOW_UP = dt.date(2026, 12, 2)
MET = dt.datetime(2025, 3, 7, 10, 30)


@pytest.fixture
def locale_dates(monkeypatch):
    """``locale_dates(QLocale)``: dates as the window reads them when started in that
    locale; the default order is back after the test."""
    monkeypatch.setattr(text, "_date_order", text.date_order())
    return app.use_locale_dates


@pytest.fixture
def ann_shown(show_page, db, qtbot):
    """The contacts page with Ann (follow up on 2 Dec 2026, last met 7 Mar 2025) clicked."""

    def show():
        ann = add("Ann Lee", follow_up_on=FOLLOW_UP)
        meetings.create_meeting(meetings.MeetingInput(contact_ids=[ann], starts_at=MET))
        view = show_page(ContactsView, 1400, 700)
        table = view.table
        cell = view.model.index(0, 0)
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center()
        )
        qtbot.waitUntil(lambda: view.details.record is not None)
        return view

    return show


def cells(view) -> tuple[str, str]:
    model = view.model
    return model.index(0, COL_LAST_CONTACT).data(), model.index(0, COL_FOLLOW_UP).data()


def last_contact_line(view) -> str:
    """What the details pane writes after "Last contact" (its table's next cell)."""
    lines = [s.strip() for s in view.details.body.toPlainText().splitlines() if s.strip()]
    return lines[lines.index("Last contact") + 1]


def test_the_list_and_the_details_pane_write_a_date_the_same_way(ann_shown):
    view = ann_shown()
    last, follow_up = cells(view)
    assert (last, follow_up) == ("07 Mar 2025", "02 Dec 2026")
    assert follow_up == view.details.follow_up.text()
    assert last == last_contact_line(view)


def test_a_us_locale_reads_month_first_everywhere(locale_dates, ann_shown):
    locale_dates(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    view = ann_shown()
    last, follow_up = cells(view)
    assert (last, follow_up) == ("Mar 7, 2025", "Dec 2, 2026")
    assert view.details.follow_up.text() == follow_up
    assert last_contact_line(view) == last
    assert text.show_date(MET, weekday=True, time=True) == "Fri, Mar 7, 2025, 10:30"


@pytest.mark.parametrize(
    ("language", "territory", "shown"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, "02 Dec 2026"),
        (QLocale.Language.German, QLocale.Country.Germany, "02 Dec 2026"),
        (QLocale.Language.English, QLocale.Country.UnitedStates, "Dec 2, 2026"),
    ],
)
def test_the_locale_sets_the_order_of_day_and_month(locale_dates, language, territory, shown):
    locale_dates(QLocale(language, territory))
    assert text.show_date(FOLLOW_UP) == shown
