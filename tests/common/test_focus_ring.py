"""The keyboard focus is plain to see: a ring in the highlight colour round the button
Tab lands on, there only while the focus moves by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop import resources
from crm_desktop.ui.common import focus_ring, themes


def ring_pixels(widget: QWidget) -> int:
    """Pixels of the highlight colour along the widget's edge, as drawn on screen."""
    image = widget.window().grab().toImage()
    colour = widget.palette().color(QPalette.ColorRole.Highlight)
    box = widget.geometry().translated(
        widget.parentWidget().mapTo(widget.window(), widget.pos()) - widget.pos()
    )
    edge = [(x, box.top() + 1) for x in range(box.left(), box.right())]
    edge += [(box.left() + 1, y) for y in range(box.top(), box.bottom())]
    return sum(1 for x, y in edge if _near(QColor(image.pixel(x, y)), colour))


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def _contacts_page_with_rings(window):
    """The focus ring on, the contacts page shown in the active window; its view."""
    focus_ring.install(QApplication.instance())
    view = window.contacts_view
    window.tabs.setCurrentWidget(view)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    return view


def test_tab_rings_the_button_it_lands_on_and_a_click_does_not(sample_window, qtbot):
    view = _contacts_page_with_rings(sample_window)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.duplicates_button
    assert ring_pixels(view.duplicates_button) > 40
    qtbot.keyClick(view.duplicates_button, Qt.Key.Key_Tab)
    assert ring_pixels(view.add_button) > 40
    assert ring_pixels(view.duplicates_button) == 0  # the ring moved on
    # A click focuses without a ring: the mouse is already there.
    check = view.filter_bar.follow_up
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is check
    assert ring_pixels(check) == 0 and ring_pixels(view.add_button) == 0


def inner_ring_pixels(widget: QWidget) -> int:
    """Pixels of the colour of text on the highlight just inside the widget's top edge,
    away from its rounded corners and its label, as drawn on screen."""
    image = widget.window().grab().toImage()
    colour = widget.palette().color(QPalette.ColorRole.HighlightedText)
    box = widget.geometry().translated(
        widget.parentWidget().mapTo(widget.window(), widget.pos()) - widget.pos()
    )
    row = [(x, box.top() + y) for x in range(box.left() + 8, box.right() - 8) for y in (2, 3)]
    return sum(1 for x, y in row if _near(QColor(image.pixel(x, y)), colour))


@pytest.fixture
def app_look(qapp):
    """The app's own look (its palette and style sheet, light), as a start gives it; put
    back afterwards."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    template = resources.resource_path("styles", "app.qss").read_text(encoding="utf-8")
    qapp.setPalette(themes.palette(themes.LIGHT))
    qapp.setStyleSheet(themes.style_sheet(template, themes.LIGHT))
    yield
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def test_the_ring_shows_on_a_button_filled_with_the_highlight_colour(
    app_look, sample_window, qtbot
):
    """ "New contact" is filled with the highlight colour: a ring of that colour alone
    would not show on it, so an inner ring in the colour of its text does."""
    view = _contacts_page_with_rings(sample_window)
    button = view.add_button
    view.search.setFocus()
    assert inner_ring_pixels(button) == 0  # a plain green button
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    qtbot.keyClick(view.duplicates_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    assert inner_ring_pixels(button) > 40


def test_the_ring_comes_back_when_a_dialog_opened_by_keyboard_closes(sample_window, qtbot):
    """Space opens "Find duplicates", Escape closes it, and the focus goes back to the
    button: a keyboard user must see it there, as before the dialog."""
    view = _contacts_page_with_rings(sample_window)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    button = view.duplicates_button
    assert ring_pixels(button) > 40
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog is not sample_window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)  # fmt: skip
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    sample_window.activateWindow()  # the window manager's part
    QTest.qWaitForWindowActive(sample_window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    assert ring_pixels(button) > 40
