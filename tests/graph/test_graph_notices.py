"""How the referral graph page tells the user why an edit was refused: once, in a line of
its own under the strip, without a box to dismiss and without squeezing the chain over
the canvas. Driven with the mouse in the main window, on the sample network."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from test_graph_view import centre_of, mouse_drag

from crm_desktop.services.contacts import contacts
from crm_desktop.services.graph import referrals


def shown_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def labels_saying(root, text: str) -> list[QLabel]:
    return [
        label for label in root.findChildren(QLabel) if label.isVisible() and text in label.text()
    ]


def fits_on_one_line(label) -> bool:
    """The whole text is drawn: the label is as wide and as tall as the text needs."""
    metrics = label.fontMetrics()
    return (
        label.width() >= metrics.horizontalAdvance(label.text())
        and label.height() >= label.sizeHint().height()
        and label.height() >= metrics.height()
    )


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_a_refused_drop_is_said_once_in_the_page_and_leaves_the_chain_readable(
    sample_db, window, qtbot, informed, size
):
    window.resize(*size)
    page = window.graph_view
    window.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page.view)
    priya = contacts.find_contact("Priya Raman").id
    sofia = contacts.find_contact("Sofía Navarro").id
    assert referrals.chain_names(sofia)[:3] == ["Me", "Priya Raman", "Daniel Kowalski"]
    before = referrals.graph()
    # Priya introduced Daniel, who introduced Sofía: Sofía cannot have introduced Priya.
    mouse_drag(qtbot, page, centre_of(page, priya), centre_of(page, sofia))
    message = page.last_message
    assert "Priya Raman" in message and "Sofía Navarro" in message and "loop" in message
    assert referrals.graph() == before
    qtbot.wait(50)
    # No box: nothing to dismiss before going on.
    assert informed == []
    assert shown_boxes() == [] and QApplication.activeModalWidget() is None
    # Said once, in the page, and not again in the status bar.
    assert page.notice.isVisible() and page.notice.text() == message
    assert labels_saying(window, message) == [page.notice.label]
    assert message not in window.statusBar().currentMessage()
    # The whole message can be read (it wraps, it is not cut).
    label = page.notice.label
    assert label.height() >= label.heightForWidth(label.width())
    # The chain and the line under it keep their room.
    assert page.selected_contact_id() == priya
    assert page.chain_label.text() == "Me → Priya Raman"
    assert fits_on_one_line(page.chain_label)
    introduced = page.introduced_label
    assert introduced.height() >= introduced.sizeHint().height()
    assert all(introduced.link_rect(i) is not None for i, _name in introduced.people())
    # Dismissed with its close button; the page gives the room back to the canvas.
    qtbot.mouseClick(page.notice.close_button, Qt.MouseButton.LeftButton)
    assert not page.notice.isVisible()


def test_a_failed_undo_from_another_page_is_said_in_the_status_bar(
    unplaced_people, window, qtbot, informed
):
    page = window.graph_view
    window.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page.view)
    bob = unplaced_people["Bob Stone"]
    assert page.place_under_me(bob)
    window.tabs.setCurrentWidget(window.today_view)
    contacts.delete_contact(bob)
    window.undo_stack.undo()  # Edit ▸ Undo, from the Today page
    assert informed == []
    assert "Could not undo “Add Bob Stone to the graph”" in window.statusBar().currentMessage()
    assert not page.notice.isVisibleTo(page)
