"""Tab goes through every dialog as it is read: top to bottom, a row left to right,
never back up to something already passed (only up to a column further right)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from window_tour import dialogs

NEXT_COLUMN = 40  # px: going back up is fine into a column this far right


def tab_stops(top: QWidget) -> list[QWidget]:
    """The widgets Tab stops at in *top*'s window, in order, as Qt's focus chain has them."""
    stops, at = [], top.nextInFocusChain()
    while at is not top and len(stops) < 500:
        if (
            at.isVisible()
            and at.isEnabled()
            and at.focusPolicy() & Qt.FocusPolicy.TabFocus
            and at.focusProxy() is None
            and at.window() is top.window()
        ):
            stops.append(at)
        at = at.nextInFocusChain()
    return stops


def backwards(top: QWidget) -> list[str]:
    """Each step of Tab that goes back up the dialog (not into a column to the right)."""
    found = []
    stops = [(w, w.mapTo(top.window(), QPoint(0, 0))) for w in tab_stops(top)]
    for (a, p), (b, q) in zip(stops, stops[1:], strict=False):
        if q.y() + 4 < p.y() and q.x() <= p.x() + NEXT_COLUMN:
            found.append(f"{_said(a)} → {_said(b)}")
    return found


def _said(widget: QWidget) -> str:
    return f"{type(widget).__name__} “{widget.accessibleName() or getattr(widget, 'text', str)()}”"


def test_tab_goes_through_every_dialog_in_reading_order(sample_window, qtbot, tmp_path):
    sample_window.tabs.setCurrentWidget(sample_window.graph_view)
    problems = {
        place: found
        for place, top in dialogs(sample_window, qtbot, tmp_path)
        if top is not sample_window and (found := backwards(top))
    }
    assert not problems, problems


def test_tab_goes_through_the_graph_strip_left_to_right(sample_window):
    page = sample_window.graph_view
    sample_window.tabs.setCurrentWidget(page)
    strip = [page.finder, page.warm_path_button, page.zoom_out_button, page.zoom_in_button,
             page.fit_button, page.map_button, page.export_button, page.view]  # fmt: skip
    stops = tab_stops(sample_window)
    assert [stops.index(w) for w in strip] == sorted(stops.index(w) for w in strip)
