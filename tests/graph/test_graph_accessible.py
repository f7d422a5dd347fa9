"""The referral graph as a screen reader finds it: the canvas lists the cards, each
named for the person and described by company and introducer; focus moves are told."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from crm_desktop.services.graph import referrals
from crm_desktop.ui.graph import accessible

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


@pytest.fixture
def graph(make_graph, unplaced_people):
    """Me ─ Ann ─ Bob, and Me ─ Carl ─ Dana, on a page in the active window."""
    people = unplaced_people
    referrals.refer(people["Ann Lee"], people["Bob Stone"])
    referrals.refer(people["Carl Diaz"], people["Dana Wu"])
    page = make_graph()
    page.activateWindow()
    QTest.qWaitForWindowActive(page)
    return page


def test_the_canvas_offers_its_cards_with_name_company_and_introducer(graph, unplaced_people):
    canvas = QAccessible.queryAccessibleInterface(graph.view)
    assert canvas.role() == QAccessible.Role.List
    assert canvas.text(NAME) == "Referral graph"
    cards = [canvas.child(i) for i in range(canvas.childCount())]
    assert [c.role() for c in cards] == [QAccessible.Role.ListItem] * 4
    # Top to bottom, then left to right, as the cards are laid out.
    assert [c.text(NAME) for c in cards] == ["Ann Lee", "Bob Stone", "Carl Diaz", "Dana Wu"]
    described = {c.text(NAME): c.text(DESCRIPTION) for c in cards}
    assert described["Bob Stone"] == "Acme. Introduced by Ann Lee."
    assert described["Ann Lee"] == "Northwind. Met directly, by Me."
    assert described["Carl Diaz"] == "Met directly, by Me."  # no company to name
    assert all(c.parent().object() is graph.view for c in cards)
    assert [canvas.indexOfChild(c) for c in cards] == [0, 1, 2, 3]
    # Each card sits where it is drawn.
    bob = graph.node_item(unplaced_people["Bob Stone"])
    middle = graph.view.viewport().mapToGlobal(graph.view.mapFromScene(bob.scenePos()))
    assert cards[1].rect().contains(middle)
    assert canvas.childAt(middle.x(), middle.y()).text(NAME) == "Bob Stone"


def test_a_card_described_again_after_its_introduction_changed(graph, unplaced_people, qtbot):
    graph.editing.introduced_by(unplaced_people["Bob Stone"], unplaced_people["Dana Wu"])
    graph.refresh()
    canvas = QAccessible.queryAccessibleInterface(graph.view)
    dana = next(
        canvas.child(i)
        for i in range(canvas.childCount())
        if canvas.child(i).text(NAME) == "Dana Wu"
    )
    assert dana.text(DESCRIPTION) == "Helio. Introduced by Bob Stone."


def test_moving_between_cards_tells_the_screen_reader(graph, unplaced_people, qtbot, monkeypatch):
    told: list[tuple[QAccessible.Event, str, bool]] = []

    def listen(event):
        card = event.accessibleInterface()
        told.append((event.type(), card.text(NAME), card.state().focused))

    monkeypatch.setattr(accessible, "tell", listen)
    QAccessible.setActive(True)
    try:
        graph.view.setFocus(Qt.FocusReason.OtherFocusReason)
        graph.select_contact(unplaced_people["Ann Lee"])
        qtbot.keyClick(graph.view, Qt.Key.Key_Right)
        qtbot.keyClick(graph.view, Qt.Key.Key_Down)
    finally:
        QAccessible.setActive(False)
    focus = QAccessible.Event.Focus
    assert told == [
        (focus, "Ann Lee", True),
        (focus, "Bob Stone", True),
        (focus, "Dana Wu", True),
    ]
    canvas = QAccessible.queryAccessibleInterface(graph.view)
    assert canvas.focusChild().text(NAME) == "Dana Wu"
