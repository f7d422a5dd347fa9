"""The referral graph page, driven the way a user drives it: drags from the
people list, cards dragged with the mouse, menus, undo. Real SQLite, offscreen Qt."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import Placement
from crm_desktop.services.sample import sample
from crm_desktop.ui.common.mnemonics import plain
from crm_desktop.ui.graph.commands import refer_command
from crm_desktop.ui.graph.people import PlacedRole
from crm_desktop.ui.graph.view import GraphView


# Helpers ---------------------------------------------------------------------------------
def centre_of(page: GraphView, contact_id: int | None) -> QPoint:
    item = page.me_item() if contact_id is None else page.node_item(contact_id)
    assert item is not None
    return page.view.mapFromScene(item.scenePos())


def empty_spot(page: GraphView) -> QPoint:
    viewport = page.view.viewport().rect()
    for x in range(viewport.right() - 20, 0, -37):
        for y in range(viewport.bottom() - 20, 0, -29):
            if page.scene.target_at(page.view.mapToScene(QPoint(x, y))) is None:
                return QPoint(x, y)
    raise AssertionError("no empty canvas in view")


def drag_from_list(page: GraphView, contact_id: int, to: QPoint) -> None:
    """A real drag of the contact's row, as Qt delivers it to the canvas."""
    model = page.people_list.model()
    index = model.index(page.people_model.row_of(contact_id), 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([index])
    viewport = page.view.viewport()
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    enter = QDragEnterEvent(to, copy, mime, left, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(to, copy, mime, left, none)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(to), copy, mime, left, none)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def mouse_drag(qtbot, page: GraphView, start: QPoint, end: QPoint, steps: int = 6) -> None:
    viewport = page.view.viewport()
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(viewport, left, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * i / steps)
    qtbot.mouseRelease(viewport, left, pos=end)


def introducer_of(contact_id: int) -> int | None | str:
    where = referrals.placement(contact_id)
    return "not placed" if where is None else where.referrer_id


# The picture -------------------------------------------------------------------------------
def test_sample_network_draws_everyone_right_of_their_introducer(sample_db, make_graph):
    page = make_graph()
    data = referrals.graph()
    assert len(data.nodes) == 30
    me_x = page.me_item().scenePos().x()
    cards = []
    for contact_id, node in data.nodes.items():
        item = page.node_item(contact_id)
        assert item is not None and item.text == node.full_name
        up = data.introducer[contact_id]
        parent_x = me_x if up is None else page.node_item(up).scenePos().x()
        assert item.scenePos().x() > parent_x
        cards.append(item)
    # Cards never overlap, and the whole graph is in view after the first show.
    for item in cards:
        assert not [c for c in item.collidingItems() if c in cards]
    assert page.view.shows_all()
    assert not page.scene.hint.isVisible()


def test_empty_graph_shows_me_and_the_hint(make_graph, unplaced_people):
    page = make_graph()
    assert page.me_item().isVisible()
    assert page.scene.hint.isVisible()
    assert page.scene.hint.text == "Drag people here from the list on the left"
    assert not page.scene.nodes
    model = page.people_model
    assert [model.index(r).data() for r in range(model.rowCount())] == sorted(unplaced_people)
    assert not any(model.index(r).data(PlacedRole) for r in range(model.rowCount()))


# Drops from the people list ----------------------------------------------------------------
def test_drag_a_person_onto_empty_canvas_places_them_under_me_undoably(
    make_graph, unplaced_people, qtbot
):
    page = make_graph()
    ann = unplaced_people["Ann Lee"]
    drag_from_list(page, ann, empty_spot(page))
    assert referrals.placement(ann) == Placement(None, None, "")
    assert page.node_item(ann) is not None
    assert not page.scene.hint.isVisible()
    assert page.undo_stack.undoText() == "Add Ann Lee to the graph"
    assert page.people_model.index(page.people_model.row_of(ann)).data(PlacedRole)

    page.undo_stack.undo()
    assert referrals.placement(ann) is None
    assert page.node_item(ann) is None
    page.undo_stack.redo()
    assert referrals.placement(ann) is not None
    assert page.node_item(ann) is not None

    # Dropping them on the canvas again says so and changes nothing.
    drag_from_list(page, ann, empty_spot(page))
    assert page.last_message == "Ann Lee is already in the graph."
    assert page.undo_stack.count() == 1


def test_drag_a_person_onto_a_card_records_who_introduced_them(make_graph, unplaced_people):
    page = make_graph()
    ann, bob = unplaced_people["Ann Lee"], unplaced_people["Bob Stone"]
    referrals.place_under_me(ann)
    drag_from_list(page, bob, centre_of(page, ann))
    assert introducer_of(bob) == ann
    assert page.undo_stack.undoText() == "Ann Lee introduced you to Bob Stone"
    assert page.node_item(bob).scenePos().x() > page.node_item(ann).scenePos().x()
    # Onto Me: met directly after all.
    drag_from_list(page, bob, centre_of(page, None))
    assert introducer_of(bob) is None
    assert page.undo_stack.undoText() == "Bob Stone met directly"
    page.undo_stack.undo()
    assert introducer_of(bob) == ann


def test_a_loop_is_refused_with_both_people_named(make_graph, unplaced_people, informed):
    page = make_graph()
    ann, bob = unplaced_people["Ann Lee"], unplaced_people["Bob Stone"]
    referrals.refer(ann, bob)  # Ann introduced Bob
    before = referrals.graph()
    drag_from_list(page, ann, centre_of(page, bob))
    assert referrals.graph() == before
    assert "Ann Lee" in page.last_message and "Bob Stone" in page.last_message
    assert informed == [] and page.notice.text() == page.last_message  # said once, no box
    assert page.undo_stack.count() == 0
    # Onto themselves: refused too.
    drag_from_list(page, bob, centre_of(page, bob))
    assert "themselves" in page.last_message
    assert referrals.graph() == before and page.undo_stack.count() == 0


# Cards dragged with the mouse --------------------------------------------------------------
def test_drag_a_card_onto_another_records_the_introduction(make_graph, unplaced_people, qtbot):
    ann, bob, carl = (
        unplaced_people["Ann Lee"],
        unplaced_people["Bob Stone"],
        unplaced_people["Carl Diaz"],
    )
    referrals.place_under_me(ann)
    referrals.refer(carl, bob)  # Carl introduced Bob; Carl is placed under Me
    page = make_graph()
    mouse_drag(qtbot, page, centre_of(page, bob), centre_of(page, ann))
    assert introducer_of(bob) == ann
    assert page.undo_stack.undoText() == "Ann Lee introduced you to Bob Stone"
    qtbot.waitUntil(lambda: page.node_item(bob).scenePos() == page.scene.positions[bob])
    assert page.node_item(bob).scenePos().x() > page.node_item(ann).scenePos().x()

    page.undo_stack.undo()
    assert introducer_of(bob) == carl
    page.undo_stack.redo()
    assert introducer_of(bob) == ann


def test_while_dragging_the_card_under_the_cursor_is_the_drop_target(
    make_graph, unplaced_people, qtbot
):
    ann, bob = unplaced_people["Ann Lee"], unplaced_people["Bob Stone"]
    referrals.place_under_me(ann)
    referrals.place_under_me(bob)
    page = make_graph()
    viewport = page.view.viewport()
    start, end = centre_of(page, bob), centre_of(page, ann)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * i / 6)
    assert page.scene.drop_target is page.node_item(ann)
    assert page.node_item(ann).drop_target
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert page.scene.drop_target is None and not page.node_item(ann).drop_target


def test_a_card_dropped_on_empty_canvas_snaps_back(make_graph, unplaced_people, qtbot):
    ann = unplaced_people["Ann Lee"]
    referrals.place_under_me(ann)
    page = make_graph()
    home = page.node_item(ann).scenePos()
    mouse_drag(qtbot, page, centre_of(page, ann), empty_spot(page))
    assert page.node_item(ann).scenePos() == home
    assert introducer_of(ann) is None
    assert page.undo_stack.count() == 0


def test_a_card_dragged_into_a_loop_is_refused_and_snaps_back(
    make_graph, unplaced_people, qtbot, informed
):
    ann, bob, carl = (
        unplaced_people["Ann Lee"],
        unplaced_people["Bob Stone"],
        unplaced_people["Carl Diaz"],
    )
    referrals.refer(ann, bob)
    referrals.refer(bob, carl)
    page = make_graph()
    home = page.node_item(ann).scenePos()
    mouse_drag(qtbot, page, centre_of(page, ann), centre_of(page, carl))
    assert introducer_of(ann) is None and introducer_of(carl) == bob
    assert "Carl Diaz" in page.last_message and "Ann Lee" in page.last_message
    assert informed == [] and page.notice.text() == page.last_message  # said once, no box
    assert page.undo_stack.count() == 0
    assert page.node_item(ann).scenePos() == home


def test_drag_a_card_onto_me_means_met_directly(make_graph, unplaced_people, qtbot):
    ann, bob = unplaced_people["Ann Lee"], unplaced_people["Bob Stone"]
    referrals.refer(ann, bob)
    page = make_graph()
    mouse_drag(qtbot, page, centre_of(page, bob), centre_of(page, None))
    assert introducer_of(bob) is None
    page.undo_stack.undo()
    assert introducer_of(bob) == ann


def test_left_drag_on_empty_canvas_pans(make_graph, sample_db, qtbot):
    page = make_graph()
    page.view.zoom_by(3)  # bigger than the viewport, so there is room to pan
    bar = page.view.horizontalScrollBar()
    before = bar.value()
    start = empty_spot(page)
    mouse_drag(qtbot, page, start, start + QPoint(-120, 0))
    assert bar.value() != before
    assert page.undo_stack.count() == 0


# Selection, menus, refresh -------------------------------------------------------------------
def test_selecting_a_card_shows_and_highlights_the_chain(make_graph, unplaced_people, qtbot):
    ann, bob, carl = (
        unplaced_people["Ann Lee"],
        unplaced_people["Bob Stone"],
        unplaced_people["Carl Diaz"],
    )
    referrals.refer(ann, bob)
    referrals.refer(bob, carl)
    referrals.place_under_me(unplaced_people["Dana Wu"])
    page = make_graph()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(page, bob))
    assert page.selected_contact_id() == bob
    assert page.chain_label.text() == "Me → Ann Lee → Bob Stone"
    assert page.chain_label.textFormat() == Qt.TextFormat.PlainText
    assert page.introduced_label.text() == "Introduced you to: Carl Diaz"
    scene = page.scene
    assert scene.edges[ann].highlighted and scene.edges[bob].highlighted
    assert not scene.edges[carl].highlighted
    assert scene.nodes[ann].on_path and not scene.nodes[unplaced_people["Dana Wu"]].on_path
    # The people list follows the selection.
    assert page.people_list.currentIndex().data() == "Bob Stone"
    # Clicking empty canvas clears it.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=empty_spot(page))
    assert page.selected_contact_id() is None
    assert not scene.edges[ann].highlighted
    assert page.chain_label.text() == "Your referral graph"
    # ... and it stays cleared when the data changes.
    record = contacts.get_contact(unplaced_people["Dana Wu"]).to_input()
    record.company = "Helio Energy"
    contacts.update_contact(unplaced_people["Dana Wu"], record)
    qtbot.waitUntil(lambda: page.node_item(unplaced_people["Dana Wu"]).company == "Helio Energy")
    assert page.selected_contact_id() is None


def test_node_menu_from_a_right_click(make_graph, unplaced_people, qtbot):
    ann, bob = unplaced_people["Ann Lee"], unplaced_people["Bob Stone"]
    referrals.refer(ann, bob)
    page = make_graph()
    viewport = page.view.viewport()
    at = centre_of(page, bob)
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at)),
    )
    menu = page.node_menu
    assert menu is not None and menu.isVisible()
    actions = {plain(a.text()): a for a in menu.actions() if a.text()}
    assert list(actions) == [
        "Open contact",
        "Prep sheet…",
        "Thank Ann Lee for the intro",
        "Introduced by…",
        "Met directly (remove introduction)",
        "Take off the graph",
    ]
    assert actions["Take off the graph"].isEnabled()
    with qtbot.waitSignal(page.open_contact_requested) as opened:
        actions["Open contact"].trigger()
    assert opened.args == [bob]
    with qtbot.waitSignal(page.prep_sheet_requested) as prep:
        actions["Prep sheet…"].trigger()
    assert prep.args == [bob]
    menu.close()

    actions["Met directly (remove introduction)"].trigger()
    assert introducer_of(bob) is None
    page.undo_stack.undo()
    assert introducer_of(bob) == ann

    # Ann introduced Bob: she cannot be taken off; Bob can, undoably.
    ann_menu = {plain(a.text()): a for a in page.build_node_menu(ann).actions() if a.text()}
    assert not ann_menu["Take off the graph"].isEnabled()
    assert not ann_menu["Met directly (remove introduction)"].isEnabled()
    bob_menu = {plain(a.text()): a for a in page.build_node_menu(bob).actions() if a.text()}
    bob_menu["Take off the graph"].trigger()
    assert introducer_of(bob) == "not placed"
    assert page.node_item(bob) is None
    page.undo_stack.undo()
    assert introducer_of(bob) == ann
    assert page.node_item(bob) is not None


def test_double_click_on_a_card_opens_the_contact(make_graph, unplaced_people, qtbot):
    ann = unplaced_people["Ann Lee"]
    referrals.place_under_me(ann)
    page = make_graph()
    with qtbot.waitSignal(page.open_contact_requested) as opened:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(page, ann))
    assert opened.args == [ann]


def test_changes_elsewhere_refresh_the_graph_and_keep_selection_and_zoom(
    make_graph, unplaced_people, qtbot
):
    ann, bob = unplaced_people["Ann Lee"], unplaced_people["Bob Stone"]
    referrals.refer(ann, bob)
    page = make_graph()
    page.select_contact(bob)
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    zoom = page.view.zoom()
    assert zoom > 0
    record = contacts.get_contact(bob).to_input()
    record.full_name = "Robert Stone"
    contacts.update_contact(bob, record)
    referrals.place_under_me(unplaced_people["Dana Wu"])
    qtbot.waitUntil(lambda: page.node_item(unplaced_people["Dana Wu"]) is not None)
    assert page.node_item(bob).text == "Robert Stone"
    assert page.selected_contact_id() == bob
    assert page.chain_label.text() == "Me → Ann Lee → Robert Stone"
    assert page.view.zoom() == pytest.approx(zoom)
    # Deleting a contact re-attaches the people they introduced.
    contacts.delete_contact(ann)
    assert page.node_item(ann) is None
    assert page.node_item(bob).scenePos().x() > page.me_item().scenePos().x()


def test_zoom_buttons_wheel_and_fit(make_graph, sample_db, qtbot):
    page = make_graph()
    fitted = page.view.zoom()
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert page.view.zoom() == pytest.approx(fitted * 1.2)
    qtbot.mouseClick(page.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.zoom_out_button, Qt.MouseButton.LeftButton)
    assert page.view.zoom() < fitted
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.view.zoom() == pytest.approx(fitted)
    assert page.view.shows_all()


def test_search_filters_the_people_list(make_graph, unplaced_people, qtbot):
    page = make_graph()
    qtbot.keyClicks(page.search, "dana")
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 1)
    assert page.people_model.index(0).data() == "Dana Wu"
    assert page.search.placeholderText() == "Find a person to place…"
    page.search.clear()
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 4)


# Names as typed ------------------------------------------------------------------------------
def test_names_that_look_like_markup_or_are_not_latin_show_as_typed(make_graph, db, qtbot):
    markup = contacts.add_contact(
        ContactInput(full_name="<b>Bob</b> & Co", company="Evil <i>Corp</i>")
    ).id
    cjk = contacts.add_contact(ContactInput(full_name="山田 花子", company="雲ロジスティクス")).id
    long = contacts.add_contact(ContactInput(full_name="Bartholomew " * 8 + "Featherstone")).id
    referrals.refer(markup, cjk)
    referrals.place_under_me(long)
    page = make_graph()

    item = page.node_item(markup)
    assert item.text == "<b>Bob</b> & Co" and item.company == "Evil <i>Corp</i>"
    assert html.escape("<b>Bob</b> & Co") in item.toolTip()
    assert "<b>Bob</b>" not in item.toolTip()
    assert page.node_item(cjk).text == "山田 花子"
    assert "山田 花子" in page.node_item(cjk).toolTip()
    long_item = page.node_item(long)
    assert long_item.text.endswith("Featherstone")
    assert long_item.shown_name.endswith("…") and len(long_item.shown_name) < len(long_item.text)

    row = page.people_model.row_of(markup)
    assert page.people_model.index(row).data() == "<b>Bob</b> & Co"
    page.select_contact(cjk)
    assert page.chain_label.text() == "Me → <b>Bob</b> & Co → 山田 花子"
    page.grab()  # paints every card without complaint


# The command itself ---------------------------------------------------------------------------
def test_refer_command_also_places_a_new_introducer_and_undoes_both(unplaced_people):
    ann, bob = unplaced_people["Ann Lee"], unplaced_people["Bob Stone"]
    stack = QUndoStack()
    command = refer_command(ann, bob, lambda i: contacts.get_contact(i).full_name)
    assert command.text() == "Ann Lee introduced you to Bob Stone"
    stack.push(command)
    assert introducer_of(ann) is None and introducer_of(bob) == ann
    stack.undo()
    assert introducer_of(ann) == "not placed" and introducer_of(bob) == "not placed"
    stack.redo()
    assert introducer_of(bob) == ann


def test_ctrl_z_in_the_main_window_undoes_a_graph_edit(window, unplaced_people, qtbot):
    page = window.graph_view
    window.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page.view)
    ann = unplaced_people["Ann Lee"]
    drag_from_list(page, ann, empty_spot(page))
    assert introducer_of(ann) is None
    assert window.undo_action.text() == "&Undo Add Ann Lee to the graph"
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
    assert introducer_of(ann) == "not placed"
    qtbot.keyClick(window, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert introducer_of(ann) is None


def test_picking_a_person_in_the_list_selects_their_card(make_graph, unplaced_people, qtbot):
    ann, bob = unplaced_people["Ann Lee"], unplaced_people["Bob Stone"]
    referrals.refer(ann, bob)
    page = make_graph()
    rect = page.people_list.visualRect(page.people_model.index(page.people_model.row_of(bob)))
    qtbot.mouseClick(page.people_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_contact_id() == bob
    assert page.chain_label.text() == "Me → Ann Lee → Bob Stone"
    # Someone not placed yet: nothing selected on the canvas.
    dana = page.people_model.row_of(unplaced_people["Dana Wu"])
    rect = page.people_list.visualRect(page.people_model.index(dana))
    qtbot.mouseClick(page.people_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_contact_id() is None
    assert page.people_list.currentIndex().data() == "Dana Wu"


def test_loading_data_into_an_empty_graph_fits_it_in_view(make_graph, db, qtbot):
    page = make_graph()
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert not page.view.auto_fit
    sample.load_sample_network()
    qtbot.waitUntil(lambda: len(page.scene.nodes) == 30)
    assert page.view.shows_all()
    assert page.people_count.text() == "30 of 30 placed"


def test_wheel_zooms_around_the_point_under_the_mouse(make_graph, sample_db, qtbot):
    page = make_graph()
    viewport = page.view.viewport()
    at = QPoint(viewport.width() // 3, viewport.height() // 3)
    under = page.view.mapToScene(at)
    before = page.view.zoom()
    wheel = QWheelEvent(
        QPointF(at),
        QPointF(viewport.mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert page.view.zoom() == pytest.approx(before * 1.2**2)
    now = page.view.mapFromScene(under)
    assert abs(now.x() - at.x()) <= 2 and abs(now.y() - at.y()) <= 2


def test_undo_after_the_contact_was_deleted_says_so_and_drops_the_step(
    make_graph, unplaced_people, informed
):
    page = make_graph()
    bob = unplaced_people["Bob Stone"]
    drag_from_list(page, bob, empty_spot(page))
    assert page.undo_stack.count() == 1
    contacts.delete_contact(bob)
    page.undo_stack.undo()
    assert informed == []  # said in the page, no box
    assert "Could not undo “Add Bob Stone to the graph”" in page.notice.text()
    assert page.last_message == page.notice.text()
    assert page.undo_stack.count() == 0
    assert not page.undo_stack.canUndo() and not page.undo_stack.canRedo()
