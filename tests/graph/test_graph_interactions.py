"""The referral graph's edits beyond dropping one card on another, driven with the
mouse the way a user drives them: re-routing an introduction by its arrow head,
putting someone in the middle of a chain, thanking an introducer, following the
people someone introduced, and the warm path. Real SQLite, offscreen Qt."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from test_graph_view import centre_of, drag_from_list, empty_spot, introducer_of, mouse_drag

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import Placement
from crm_desktop.services.meetings import followups, today
from crm_desktop.services.sample import sample
from crm_desktop.ui.common.mnemonics import plain
from crm_desktop.ui.graph.view import GraphView

MARCH = dt.date(2026, 3, 14)


def handle_of(page: GraphView, contact_id: int) -> QPoint:
    """Where the arrow head of the line into *contact_id* is on screen."""
    page.node_item(contact_id)  # brings the page up to date
    return page.view.mapFromScene(page.scene.edges[contact_id].handle_centre())


def point_on_line(page: GraphView, contact_id: int) -> QPoint:
    """A point in the middle of the line into *contact_id*, clear of any card."""
    edge = page.scene.edges[contact_id]
    for percent in (0.5, 0.4, 0.6, 0.3, 0.7):
        at = page.view.mapFromScene(edge.path().pointAtPercent(percent))
        if page.scene.target_at(page.view.mapToScene(at)) is edge:
            return at
    raise AssertionError("the line is hidden under cards")


@pytest.fixture
def chain(unplaced_people):
    """Ann introduced Bob (on 14 March), Bob introduced Carl; Dana met directly."""
    ann, bob, carl, dana = (
        unplaced_people[n] for n in ("Ann Lee", "Bob Stone", "Carl Diaz", "Dana Wu")
    )
    referrals.refer(ann, bob, MARCH)
    referrals.refer(bob, carl, MARCH)
    referrals.place_under_me(dana)
    return ann, bob, carl, dana


# Re-routing an introduction by its arrow head ----------------------------------------------
def test_drag_the_arrow_head_onto_someone_else_reroutes_the_introduction(make_graph, chain, qtbot):
    ann, bob, carl, dana = chain
    page = make_graph()
    mouse_drag(qtbot, page, handle_of(page, bob), centre_of(page, dana))
    assert referrals.placement(bob) == Placement(dana, MARCH, "")  # the date stays
    assert referrals.placement(carl).referrer_id == bob  # Bob's own introductions go with him
    assert page.undo_stack.undoText() == "Dana Wu introduced you to Bob Stone"
    assert page.last_message == "Dana Wu introduced you to Bob Stone"
    qtbot.waitUntil(lambda: page.scene.edges[bob].source is page.node_item(dana))

    page.undo_stack.undo()
    assert introducer_of(bob) == ann
    page.undo_stack.redo()
    assert introducer_of(bob) == dana


def test_while_the_arrow_head_is_dragged_the_line_follows_and_the_card_lights_up(
    make_graph, chain, qtbot
):
    ann, bob, _carl, dana = chain
    page = make_graph()
    viewport = page.view.viewport()
    start, end = handle_of(page, bob), centre_of(page, dana)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * i / 6)
    edge = page.scene.edges[bob]
    assert edge.dragged_to is not None
    assert (page.view.mapFromScene(edge.path().elementAt(0)) - end).manhattanLength() <= 2
    assert page.scene.drop_target is page.node_item(dana)
    page.grab()  # paints the dragged line without complaint
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert edge.dragged_to is None and page.scene.drop_target is None


def test_an_arrow_head_dropped_on_empty_canvas_snaps_back(make_graph, chain, qtbot):
    ann, bob, _carl, _dana = chain
    page = make_graph()
    edge = page.scene.edges[bob]
    before = edge.path()
    mouse_drag(qtbot, page, handle_of(page, bob), empty_spot(page))
    assert introducer_of(bob) == ann
    assert page.undo_stack.count() == 0
    assert edge.dragged_to is None and edge.path() == before


def test_rerouting_into_a_loop_or_to_themselves_is_refused(make_graph, chain, qtbot, informed):
    ann, bob, carl, _dana = chain
    page = make_graph()
    before = referrals.graph()
    # Bob introduced Carl: Carl cannot have introduced Bob.
    mouse_drag(qtbot, page, handle_of(page, bob), centre_of(page, carl))
    assert "Carl Diaz" in page.last_message and "Bob Stone" in page.last_message
    assert "loop" in page.last_message
    assert informed == [] and page.notice.text() == page.last_message  # said once, no box
    mouse_drag(qtbot, page, handle_of(page, bob), centre_of(page, bob))
    assert page.last_message == "Bob Stone cannot have introduced you to themselves."
    assert referrals.graph() == before and page.undo_stack.count() == 0
    # Onto the one who already introduced them: nothing to do, said plainly.
    mouse_drag(qtbot, page, handle_of(page, bob), centre_of(page, ann))
    assert page.last_message == "Ann Lee already introduced you to Bob Stone."
    assert referrals.graph() == before and page.undo_stack.count() == 0


def test_an_arrow_head_dropped_on_me_means_met_directly(make_graph, chain, qtbot):
    ann, bob, _carl, _dana = chain
    page = make_graph()
    mouse_drag(qtbot, page, handle_of(page, bob), centre_of(page, None))
    assert introducer_of(bob) is None
    page.undo_stack.undo()
    assert introducer_of(bob) == ann


def test_a_press_on_the_line_away_from_the_arrow_head_pans(make_graph, chain, qtbot):
    _ann, bob, _carl, _dana = chain
    page = make_graph()
    page.view.zoom_by(3)
    bar = page.view.horizontalScrollBar()
    before = bar.value()
    start = point_on_line(page, bob)
    mouse_drag(qtbot, page, start, start + QPoint(-80, 0))
    assert bar.value() != before
    assert page.undo_stack.count() == 0 and page.scene.edges[bob].dragged_to is None


# Someone put in the middle of a chain ---------------------------------------------------------
def test_a_card_dropped_on_a_line_goes_in_between_as_one_step(make_graph, chain, qtbot):
    ann, bob, carl, dana = chain
    page = make_graph()
    viewport = page.view.viewport()
    start, end = centre_of(page, dana), point_on_line(page, bob)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * i / 6)
    assert page.scene.drop_target is page.scene.edges[bob]  # the line lights up
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    assert introducer_of(dana) == ann and referrals.placement(bob) == Placement(dana, MARCH, "")
    assert page.undo_stack.count() == 1
    assert page.undo_stack.undoText() == "Put Dana Wu between Ann Lee and Bob Stone"
    qtbot.waitUntil(lambda: page.scene.path_to_me(carl) == [ann, dana, bob, carl])
    page.undo_stack.undo()
    assert introducer_of(dana) is None and introducer_of(bob) == ann
    page.undo_stack.redo()
    assert referrals.chain_names(carl) == ["Me", "Ann Lee", "Dana Wu", "Bob Stone", "Carl Diaz"]


def test_a_person_dragged_from_the_list_onto_a_line_goes_in_between(make_graph, chain, db):
    ann, bob, _carl, _dana = chain
    eve = contacts.add_contact(ContactInput(full_name="Eve Park", company="Kumo")).id
    page = make_graph()
    page.refresh()
    drag_from_list(page, eve, point_on_line(page, bob))
    assert introducer_of(eve) == ann and introducer_of(bob) == eve
    assert referrals.placement(eve).introduced_on == dt.date.today()
    assert page.undo_stack.undoText() == "Put Eve Park between Ann Lee and Bob Stone"
    page.undo_stack.undo()
    assert introducer_of(eve) == "not placed" and introducer_of(bob) == ann
    assert page.node_item(eve) is None


def test_the_line_from_me_takes_someone_in_between_too(make_graph, chain):
    ann, _bob, _carl, dana = chain
    page = make_graph()
    drag_from_list(page, dana, point_on_line(page, ann))
    assert referrals.chain_names(ann) == ["Me", "Dana Wu", "Ann Lee"]
    assert page.undo_stack.undoText() == "Put Dana Wu between you and Ann Lee"


def test_someone_from_further_down_can_be_lifted_in_between(make_graph, chain):
    """Carl, whom Bob introduced, moves up between Ann and Bob: no loop, since
    Carl leaves his place first."""
    ann, bob, carl, _dana = chain
    page = make_graph()
    drag_from_list(page, carl, point_on_line(page, bob))
    assert referrals.chain_names(bob) == ["Me", "Ann Lee", "Carl Diaz", "Bob Stone"]
    page.undo_stack.undo()
    assert referrals.chain_names(carl) == ["Me", "Ann Lee", "Bob Stone", "Carl Diaz"]


def test_in_between_drops_that_would_loop_are_refused_and_change_nothing(
    make_graph, chain, qtbot, informed
):
    ann, bob, carl, _dana = chain
    page = make_graph()
    before = referrals.graph()
    # Ann introduced Bob, who introduced Carl: Ann cannot go between Bob and Carl.
    home = page.node_item(ann).scenePos()
    mouse_drag(qtbot, page, centre_of(page, ann), point_on_line(page, carl))
    assert page.last_message.startswith("Ann Lee cannot go between Bob Stone and Carl Diaz")
    assert "loop" in page.last_message
    assert informed == [] and page.notice.text() == page.last_message  # said once, no box
    qtbot.waitUntil(lambda: page.node_item(ann).scenePos() == home)
    # Bob onto the line into himself: he is already one of its ends.
    drag_from_list(page, bob, point_on_line(page, bob))
    assert (
        page.last_message
        == "Bob Stone is already at one end of this introduction (Ann Lee → Bob Stone)."
    )
    assert referrals.graph() == before and page.undo_stack.count() == 0


# Thanking the introducer ----------------------------------------------------------------------
def test_thank_the_introducer_from_the_menu_plans_a_follow_up_for_today(make_graph, chain):
    ann, bob, _carl, dana = chain
    page = make_graph()
    actions = {plain(a.text()): a for a in page.build_node_menu(bob).actions() if a.text()}
    actions["Thank Ann Lee for the intro"].trigger()
    title = "Thank Ann Lee for introducing you to Bob Stone"
    [planned] = followups.open_for(ann)
    assert (planned.title, planned.kind, planned.due_on) == (title, "thanks", dt.date.today())
    assert [f.title for f in today.summary().due_today] == [title]  # on the Today page
    assert page.last_message == f"{title}: planned for today, on the Today page."
    assert page.undo_stack.undoText() == title
    # Asked twice: said so, not planned twice.
    page.build_node_menu(bob).actions()[2].trigger()
    assert page.last_message == f"Already on your list: {title}."
    assert len(followups.open_for(ann)) == 1 and page.undo_stack.count() == 1

    page.undo_stack.undo()
    assert followups.open_for(ann) == []
    page.undo_stack.redo()
    assert [f.title for f in followups.open_for(ann)] == [title]
    # Met directly: nobody to thank, and the menu says why.
    direct = {plain(a.text()): a for a in page.build_node_menu(dana).actions() if a.text()}
    assert not direct["Thank for the intro"].isEnabled()
    assert "You met Dana Wu directly." in direct["Thank for the intro"].toolTip()


def test_the_thanked_introducer_shows_a_follow_up_due_mark(make_graph, chain, qtbot):
    ann, bob, _carl, _dana = chain
    page = make_graph()
    assert not page.node_item(ann).follow_up_due
    page.thank_introducer(bob)
    qtbot.waitUntil(lambda: page.node_item(ann).follow_up_due)
    assert "Follow-up due" in page.node_item(ann).toolTip()
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: not page.node_item(ann).follow_up_due)


# Whom someone introduced you to ---------------------------------------------------------------
def test_selecting_someone_lists_whom_they_introduced_and_a_click_follows(make_graph, db, qtbot):
    ann = contacts.add_contact(ContactInput(full_name="Ann Lee")).id
    kids = [contacts.add_contact(ContactInput(full_name=f"Kid {n}")).id for n in "ABC"]
    for kid in kids:
        referrals.refer(ann, kid)
    page = make_graph()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(page, ann))
    links = page.introduced_label
    assert links.people() == [(k, f"Kid {n}") for k, n in zip(kids, "ABC", strict=True)]
    assert links.text() == "Introduced you to: Kid A, Kid B, Kid C"
    rect = links.link_rect(kids[1])
    assert rect is not None
    qtbot.mouseClick(links, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.selected_contact_id() == kids[1]
    assert page.chain_label.text() == "Me → Ann Lee → Kid B"
    assert links.people() == [] and links.text() == "Introduced you to: nobody yet"


# Marks and tooltips ---------------------------------------------------------------------------
def test_lines_say_who_introduced_whom_and_when(make_graph, chain):
    ann, bob, _carl, dana = chain
    page = make_graph()
    tip = page.scene.edges[bob].toolTip()
    assert "Ann Lee introduced you to Bob Stone on 14 Mar 2026." in tip
    assert "You met Dana Wu directly" in page.scene.edges[dana].toolTip()


def test_cards_show_warmth_and_follow_ups_due(make_graph, chain, qtbot):
    ann, bob, _carl, _dana = chain
    contacts.set_fields([ann], warmth="close")
    record = contacts.get_contact(bob).to_input()
    record.follow_up_on = dt.date.today() - dt.timedelta(days=2)
    contacts.update_contact(bob, record)
    page = make_graph()
    assert page.node_item(ann).warmth == "close" and not page.node_item(ann).follow_up_due
    assert page.node_item(bob).follow_up_due
    assert "Warmth: close" in page.node_item(ann).toolTip()
    page.grab()


def test_markup_in_names_stays_text_on_lines_and_links(make_graph, db):
    evil = contacts.add_contact(ContactInput(full_name="<b>Bob</b> & Co")).id
    kid = contacts.add_contact(ContactInput(full_name="<i>Kid</i>")).id
    referrals.refer(evil, kid)
    page = make_graph()
    assert "&lt;b&gt;Bob&lt;/b&gt; &amp; Co introduced you to &lt;i&gt;Kid&lt;/i&gt;" in (
        page.scene.edges[kid].toolTip()
    )
    page.select_contact(evil)
    assert page.introduced_label.people() == [(kid, "<i>Kid</i>")]
    menu = {a.text(): a for a in page.build_node_menu(kid).actions() if a.text()}
    assert "&Thank <b>Bob</b> && Co for the intro" in menu  # "&&" shows one "&"; "&T": T picks it


# The warm path --------------------------------------------------------------------------------
@pytest.fixture
def sample_people(db) -> dict[str, int]:
    sample.load_sample_network()
    ids = {r.full_name: r.id for r in contacts.list_contacts()}
    for name, warmth in (("Priya Raman", "close"), ("Daniel Kowalski", "warm")):
        contacts.set_fields([ids[name]], warmth=warmth)
    return ids


def test_warm_path_field_highlights_the_best_chain_and_lists_the_rest(
    make_graph, sample_people, qtbot
):
    ids = sample_people
    page = make_graph()
    assert not page.warm_path.isVisible()
    qtbot.mouseClick(page.warm_path_button, Qt.MouseButton.LeftButton)
    assert page.warm_path.isVisible() and page.focusWidget() is page.warm_path.field
    assert "Acme Robotics" in page.warm_path.suggestions.stringList()
    qtbot.keyClicks(page.warm_path.field, "acme robotics")
    qtbot.keyClick(page.warm_path.field, Qt.Key.Key_Return)

    best = [ids["Priya Raman"], ids["Daniel Kowalski"]]
    assert page.scene.warm_path == best
    assert all(page.scene.nodes[i].on_warm_path and page.scene.edges[i].on_warm_path for i in best)
    assert not page.scene.nodes[ids["Tom Becker"]].on_warm_path
    chains = page.warm_path.chains
    assert chains.count() == 5
    assert chains.item(0).text() == (
        "1. Daniel Kowalski · 2 introductions\n"
        "Me → Priya Raman (close) → Daniel Kowalski (warm) at Acme Robotics"
    )
    assert page.warm_path.explanation.text().startswith(
        "Priya Raman introduced you to Daniel Kowalski."
    )
    # Choosing an alternative highlights it instead.
    rect = chains.visualItemRect(chains.item(1))
    qtbot.mouseClick(chains.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sofia = ids["Sofía Navarro"]
    assert page.scene.warm_path == [ids["Priya Raman"], ids["Daniel Kowalski"], sofia]
    assert page.scene.nodes[sofia].on_warm_path
    # Closing the column takes the highlight away.
    qtbot.mouseClick(page.warm_path.close_button, Qt.MouseButton.LeftButton)
    assert page.scene.warm_path == [] and not page.scene.nodes[sofia].on_warm_path
    assert not page.warm_path_button.isChecked()


def test_warm_path_follows_edits_of_the_graph(make_graph, sample_people, qtbot):
    ids = sample_people
    page = make_graph()
    page.show_warm_path("Chen Wei")
    chen = ids["Chen Wei"]
    assert page.scene.warm_path[-1] == chen and len(page.scene.warm_path) == 3
    # Chen is re-routed to Priya directly: the warm path gets shorter with it.
    mouse_drag(qtbot, page, handle_of(page, chen), centre_of(page, ids["Priya Raman"]))
    qtbot.waitUntil(lambda: page.scene.warm_path == [ids["Priya Raman"], chen])
    assert page.warm_path.chains.item(0).text().startswith("1. Chen Wei · 2 introductions")


def test_warm_path_says_when_nothing_matches_and_offers_choices(make_graph, sample_people, qtbot):
    page = make_graph()
    page.show_warm_path("Acmee Robotic")
    panel = page.warm_path
    assert panel.summary.text().startswith("No company or person matches “Acmee Robotic”.")
    assert panel.chains.item(0).text() == "Acme Robotics"
    assert page.scene.warm_path == []
    rect = panel.chains.visualItemRect(panel.chains.item(0))
    qtbot.mouseClick(panel.chains.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.field.text() == "Acme Robotics" and len(page.scene.warm_path) == 2
    # Someone at a company, not in the graph: no known chain, said so.
    lone = contacts.add_contact(ContactInput(full_name="Lone Wolf", company="Solo Ltd")).id
    page.show_warm_path("Solo Ltd")
    assert panel.summary.text() == "No known chain to Solo Ltd."
    assert panel.chains.item(0).text() == "Lone Wolf\nNo known chain: not in the graph yet."
    assert page.scene.warm_path == [] and lone not in page.scene.nodes


def test_ctrl_z_in_the_main_window_undoes_a_reroute(window, chain, qtbot):
    ann, bob, _carl, dana = chain
    page = window.graph_view
    window.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page.view)
    mouse_drag(qtbot, page, handle_of(page, bob), centre_of(page, dana))
    assert introducer_of(bob) == dana
    assert window.undo_action.text() == "&Undo Dana Wu introduced you to Bob Stone"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert introducer_of(bob) == ann


def test_a_drop_on_a_line_with_nothing_dragged_in_is_left_to_the_canvas(make_graph, chain):
    """Drops carrying no contacts are not taken for an insertion."""
    _ann, bob, _carl, _dana = chain
    page = make_graph()
    at = point_on_line(page, bob)
    drop = QDropEvent(
        QPointF(at),
        Qt.DropAction.CopyAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(page.view.viewport(), drop)
    assert page.undo_stack.count() == 0


def test_someone_who_introduced_many_shows_those_that_fit_and_how_many_more(make_graph, db):
    ann = contacts.add_contact(ContactInput(full_name="Ann Lee")).id
    kids = [
        contacts.add_contact(ContactInput(full_name=f"Person Number {n:02}")).id for n in range(30)
    ]
    for kid in kids:
        referrals.refer(ann, kid)
    page = make_graph()
    page.select_contact(ann)
    links = page.introduced_label
    assert len(links.people()) == 30
    assert links.link_rect(kids[0]) is not None and links.link_rect(kids[-1]) is None
    shown = [k for k in kids if links.link_rect(k) is not None]
    assert all(links.link_rect(k).right() <= links.width() for k in shown)
    assert "Person Number 29" in links.toolTip()
    links.grab()  # draws "+N more" without complaint


def test_thanks_from_a_right_click_shows_in_the_status_bar_and_on_the_today_page(
    window, chain, qtbot
):
    ann, bob, _carl, _dana = chain
    page = window.graph_view
    window.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page.view)
    viewport = page.view.viewport()
    at = centre_of(page, bob)
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at))
    )
    actions = {plain(a.text()): a for a in page.node_menu.actions() if a.text()}
    actions["Thank Ann Lee for the intro"].trigger()
    page.node_menu.close()
    title = "Thank Ann Lee for introducing you to Bob Stone"
    assert window.statusBar().currentMessage() == f"{title}: planned for today, on the Today page."
    window.tabs.setCurrentWidget(window.today_view)
    window.today_view.reload()
    rows = [row.text.text() for row in window.today_view.sections["followups"].rows]
    assert any(title in text for text in rows)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert followups.open_for(ann) == []
