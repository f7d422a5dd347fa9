"""The referral graph without a mouse: arrows from card to card, Enter, the Menu key,
and "Introduced by…" building a chain of introductions that a drag would build."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from crm_desktop.services.graph import referrals
from crm_desktop.ui.common.mnemonics import mnemonic, plain
from crm_desktop.ui.graph.keyboard import nearest_in_direction
from crm_desktop.ui.graph.view import GraphView


def introducer_of(contact_id: int) -> int | None:
    where = referrals.placement(contact_id)
    assert where is not None
    return where.referrer_id


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def focused_card(page: GraphView) -> int | None:
    return page.selected_contact_id()


def graph_of_four(make_graph, people) -> GraphView:
    """Ann and Carl met directly; Ann introduced Bob, Carl introduced Dana:

    Me ─ Ann ─ Bob
       └ Carl ─ Dana
    """
    ann, bob, carl, dana = (people[n] for n in ("Ann Lee", "Bob Stone", "Carl Diaz", "Dana Wu"))
    referrals.refer(ann, bob)
    referrals.refer(carl, dana)
    return active_graph(make_graph)


def active_graph(make_graph) -> GraphView:
    """The page in the active window (keys and focus go there), the canvas focused."""
    page = make_graph()
    page.activateWindow()
    QTest.qWaitForWindowActive(page)
    page.view.setFocus(Qt.FocusReason.OtherFocusReason)
    return page


def test_arrow_keys_move_the_focus_to_the_nearest_card_that_way(make_graph, unplaced_people, qtbot):
    people = unplaced_people
    ann, bob, carl, dana = (people[n] for n in ("Ann Lee", "Bob Stone", "Carl Diaz", "Dana Wu"))
    page = graph_of_four(make_graph, people)
    page.select_contact(ann)
    canvas = page.view
    for key, expected in (
        (Qt.Key.Key_Right, bob),
        (Qt.Key.Key_Down, dana),
        (Qt.Key.Key_Left, carl),
        (Qt.Key.Key_Up, ann),
        (Qt.Key.Key_Up, ann),  # nobody above Ann: the focus stays
    ):
        press(qtbot, canvas, key)
        assert focused_card(page) == expected, key
    # The strip says who has the focus, as it does for a click.
    assert page.chain_label.text() == "Me → Ann Lee"


def test_tabbing_into_the_graph_focuses_a_card_and_rings_it(make_graph, unplaced_people, qtbot):
    page = graph_of_four(make_graph, unplaced_people)
    page.search.setFocus()
    page.scene.clearSelection()
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    contact_id = focused_card(page)
    assert contact_id is not None
    # A dashed ring in the highlight colour round the focused card, only while focused.
    ring = page.view.palette().color(QPalette.ColorRole.Highlight)
    assert _ring_pixels(page, contact_id, ring) > 20
    page.search.setFocus()
    assert _ring_pixels(page, contact_id, ring) == 0


def _ring_pixels(page: GraphView, contact_id: int, colour: QColor) -> int:
    image = page.view.viewport().grab().toImage()
    card = page.view.mapFromScene(page.node_item(contact_id).sceneBoundingRect()).boundingRect()
    box = card.adjusted(-8, -8, 8, 8).intersected(image.rect())
    return sum(
        1
        for x in range(box.left(), box.right())
        for y in range(box.top(), box.bottom())
        if _near(QColor(image.pixel(x, y)), colour)
    )


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40


def test_enter_opens_the_focused_card(make_graph, unplaced_people, qtbot):
    page = graph_of_four(make_graph, unplaced_people)
    page.select_contact(unplaced_people["Bob Stone"])
    with qtbot.waitSignal(page.open_contact_requested) as opened:
        press(qtbot, page.view, Qt.Key.Key_Return)
    assert opened.args == [unplaced_people["Bob Stone"]]


def test_shift_f10_opens_the_focused_cards_menu(make_graph, unplaced_people, qtbot):
    page = graph_of_four(make_graph, unplaced_people)
    page.select_contact(unplaced_people["Dana Wu"])
    press(qtbot, page.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = page.node_menu
    assert menu is not None and menu.isVisible()
    assert "Thank Carl Diaz for the intro" in [plain(a.text()) for a in menu.actions()]


def choose_in_menu(qtbot, menu: QMenu, text: str) -> None:
    """Down through the menu until *text* is highlighted, then Enter."""
    for _ in menu.actions():
        press(qtbot, menu, Qt.Key.Key_Down)
        if menu.activeAction() is not None and plain(menu.activeAction().text()) == text:
            break
    assert plain(menu.activeAction().text()) == text
    press(qtbot, menu, Qt.Key.Key_Return)


def test_an_introduction_recorded_with_the_keyboard_alone_and_undone(
    make_graph, unplaced_people, qtbot
):
    people = unplaced_people
    ann, bob, carl, dana = (people[n] for n in ("Ann Lee", "Bob Stone", "Carl Diaz", "Dana Wu"))
    page = graph_of_four(make_graph, people)
    page.select_contact(ann)
    # Down to Carl, right to Dana (whom Carl introduced), and say Bob introduced her.
    press(qtbot, page.view, Qt.Key.Key_Down)
    press(qtbot, page.view, Qt.Key.Key_Right)
    assert focused_card(page) == dana
    press(qtbot, page.view, Qt.Key.Key_Menu)
    choose_in_menu(qtbot, page.node_menu, "Introduced by…")
    dialog = page.introducer_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.picker)  # type at once
    typed_into = QApplication.focusWidget()
    qtbot.keyClicks(typed_into, "Bob Stone")
    press(qtbot, typed_into, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert introducer_of(dana) == bob  # re-routed, as dragging the arrow onto Bob does
    assert page.undo_stack.undoText() == "Bob Stone introduced you to Dana Wu"
    assert focused_card(page) == dana
    assert page.focusWidget() is page.view  # back on her card, to go on from there

    page.undo_stack.undo()
    assert introducer_of(dana) == carl


def test_introduced_by_a_newcomer_places_them_and_undo_takes_both_back(
    make_graph, unplaced_people, qtbot
):
    ann = unplaced_people["Ann Lee"]
    referrals.place_under_me(ann)
    page = active_graph(make_graph)
    page.search.setFocus()
    page.view.setFocus(Qt.FocusReason.TabFocusReason)  # Ann, the only card, gets the focus
    assert focused_card(page) == ann
    press(qtbot, page.view, Qt.Key.Key_Menu)
    choose_in_menu(qtbot, page.node_menu, "Introduced by…")
    picker = page.introducer_dialog.picker
    qtbot.keyClicks(picker, "helio")  # Dana's company finds her
    press(qtbot, picker, Qt.Key.Key_Return)
    assert introducer_of(ann) == unplaced_people["Dana Wu"]
    assert introducer_of(unplaced_people["Dana Wu"]) is None  # placed as met directly
    page.undo_stack.undo()
    assert introducer_of(ann) is None
    assert referrals.placement(unplaced_people["Dana Wu"]) is None


def test_someone_not_on_the_graph_placed_from_the_people_list_by_keyboard(
    make_graph, unplaced_people, qtbot
):
    ann, dana = unplaced_people["Ann Lee"], unplaced_people["Dana Wu"]
    referrals.place_under_me(ann)
    page = active_graph(make_graph)
    page.people_list.setFocus()
    page.people_list.setCurrentIndex(page.people_model.index(page.people_model.row_of(dana)))
    QApplication.sendEvent(
        page.people_list,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard,
            QPoint(5, 5),
            page.people_list.mapToGlobal(QPoint(5, 5)),
        ),  # the Menu key
    )
    choose_in_menu(qtbot, page.people_menu, "Introduced by…")
    picker = page.introducer_dialog.picker
    qtbot.keyClicks(picker, "Ann Lee")
    press(qtbot, picker, Qt.Key.Key_Return)
    assert introducer_of(dana) == ann
    page.undo_stack.undo()
    assert referrals.placement(dana) is None


def test_introduced_by_refuses_a_loop_and_says_why(make_graph, unplaced_people, qtbot):
    people = unplaced_people
    page = graph_of_four(make_graph, people)
    dialog = page.choose_introducer(people["Ann Lee"])
    qtbot.keyClicks(dialog.picker, "Bob Stone")
    press(qtbot, dialog.picker, Qt.Key.Key_Return)
    assert introducer_of(people["Ann Lee"]) is None
    assert page.undo_stack.count() == 0
    assert "Bob Stone" in page.notice.text()


def test_a_name_that_is_not_one_person_keeps_the_dialog_open(make_graph, unplaced_people, qtbot):
    page = graph_of_four(make_graph, unplaced_people)
    dialog = page.choose_introducer(unplaced_people["Dana Wu"])
    qtbot.keyClicks(dialog.picker, "Zed Nobody")
    press(qtbot, dialog.picker, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem.text() == "“Zed Nobody” is not one person: pick them from the list."
    assert page.undo_stack.count() == 0


def test_nearest_in_direction_prefers_straight_ahead():
    from PySide6.QtCore import QPointF

    origin = QPointF(0, 0)
    cards = [(1, QPointF(60, 90)), (2, QPointF(300, 0)), (3, QPointF(-50, 0))]
    assert nearest_in_direction(origin, cards, QPointF(1, 0)) == 2
    assert nearest_in_direction(origin, cards, QPointF(-1, 0)) == 3
    assert nearest_in_direction(origin, cards, QPointF(0, 1)) == 1
    assert nearest_in_direction(origin, cards, QPointF(0, -1)) is None


def _unique_letters(menu: QMenu) -> None:
    letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
    assert None not in letters and len(set(letters)) == len(letters), letters


def test_the_card_menus_letters_pick_introduced_by(make_graph, unplaced_people, qtbot):
    ann, bob = unplaced_people["Ann Lee"], unplaced_people["Bob Stone"]
    referrals.refer(ann, bob)
    page = make_graph()
    menu = page.build_node_menu(bob)
    _unique_letters(menu)
    _unique_letters(page.menus.people_list_menu(bob, True, lambda _i: None))
    _unique_letters(page.export_button.menu())
    menu.popup(page.mapToGlobal(page.rect().center()))
    qtbot.keyClick(menu, Qt.Key.Key_I)
    assert page.introducer_dialog is not None and page.introducer_dialog.isVisible()
