"""Today with a few thousand generated people: each section reads only the rows it
shows and counts the rest, and the page says how many there are in all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from crm_desktop.services.meetings import followups, meetings, today
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.today.view import SHOWN_ROWS, TodayView

N = 3000


def test_services_return_a_page_and_the_right_totals(generated_network):
    now = dt.datetime.now()
    every = followups.thank_you_proposals(now)
    assert len(every) > SHOWN_ROWS
    first = followups.thank_you_proposals(now, limit=SHOWN_ROWS)
    assert first == every[:SHOWN_ROWS]  # the same rows, in the same order
    assert followups.thank_you_count(now) == len(every)
    day = meetings.today_meetings(now)
    assert meetings.today_meetings(now, limit=3) == day[:3]
    assert meetings.count_today_meetings(now) == len(day)
    s = today.summary(now, limit=SHOWN_ROWS)
    assert len(s.thanks) == SHOWN_ROWS and s.totals["thanks"] == len(every)
    assert s.totals["meetings"] == len(day) and len(s.meetings) <= SHOWN_ROWS
    whole = today.summary(now, limit=SHOWN_ROWS, whole={"thanks"})
    assert whole.thanks == every


def test_a_thanked_meeting_leaves_the_count_and_the_page(generated_network):
    """A thank-you sent today is a give of thanks to that person, which settles every
    thank-you they were owed for meetings up to today (one note, say, for a coffee and
    an introduction the same week): those leave, and only those."""
    now = dt.datetime.now()
    before = followups.thank_you_proposals(now)
    top = followups.thank_you_proposals(now, limit=1)[0]
    followups.thanked(top)
    left = [p for p in before if p.contact_id != top.contact_id]
    assert followups.thank_you_count(now) == len(left)
    assert followups.thank_you_proposals(now) == left
    assert top not in followups.thank_you_proposals(now, limit=SHOWN_ROWS)


def test_going_cold_lists_the_most_overdue_first(generated_network):
    cold = followups.going_cold(limit=8)
    assert len(cold) == 8
    assert [c.days_overdue for c in cold] == sorted((c.days_overdue for c in cold), reverse=True)
    assert cold == followups.going_cold()[:8]


def test_today_page_shows_the_first_rows_and_the_totals(generated_network, qtbot):
    bus = DataBus()
    page = TodayView(bus)
    qtbot.addWidget(page)
    page.show()
    owed = followups.thank_you_count(page.now())
    section = page.sections["thanks"]
    assert len(section.rows) == SHOWN_ROWS + 1
    assert section.rows[-1].text.text() == f"and {owed - SHOWN_ROWS:,} more"
    assert section.title.text() == f"Thank-yous owed ({owed:,})"
    assert f"{owed:,} thank-yous owed." in page.overview.text()
    qtbot.mouseClick(section.rows[-1].buttons["all"], Qt.MouseButton.LeftButton)
    assert len(page.sections["thanks"].rows) == owed
    bus.detach()
