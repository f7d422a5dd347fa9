"""The referral graph at a recruiter's scale, driven as a user drives it: nothing is
drawn before the page is shown, cards glide to their new places after an edit,
labels give way to plain cards when zoomed out, the overview moves the view, and
"Find on graph" takes you to a person. Real SQLite, offscreen Qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.layout import tidy_tree
from crm_desktop.services.sample import generate
from crm_desktop.ui.graph import canvas as graph_canvas
from crm_desktop.ui.graph.canvas import EDGE_DETAIL, READABLE_ZOOM
from crm_desktop.ui.graph.style import TEXT_DETAIL
from crm_desktop.ui.graph.view import BUSY_FROM, GraphView

N = 300  # people in the generated network


def ink_pixels(page: GraphView) -> int:
    """Near-black pixels on screen: the ink of names (cards and edges are lighter)."""
    image = page.view.viewport().grab().toImage()
    dark = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < 45:
                dark += 1
    return dark


def visible_centre(page: GraphView) -> QPointF:
    return page.view.mapToScene(page.view.viewport().rect().center())


# Start-up -------------------------------------------------------------------------------
def test_hidden_page_reads_and_draws_nothing_until_shown(make_graph, sample_db, qtbot):
    page = make_graph(show=False)
    assert not page.scene.nodes  # the app starts without laying out the graph
    page.bus.referrals_changed.emit()
    qtbot.wait(20)
    assert not page.scene.nodes  # a change while hidden is caught up later
    page.show()
    qtbot.waitExposed(page)
    assert len(page.scene.nodes) == 30
    assert page.view.shows_all()


def test_a_big_graph_shows_the_page_first_then_draws(make_graph, db, qtbot):
    generate.generate_network(BUSY_FROM + 200)
    page = make_graph(show=False)
    page.show()  # the tab is switched to: it paints at once, with a notice
    assert page.view.busy.isVisible()
    assert "Drawing the referral graph" in page.view.busy.text()
    assert not page.scene.nodes
    qtbot.waitUntil(lambda: len(page.scene.nodes) == len(referrals.graph().nodes), timeout=5000)
    assert not page.view.busy.isVisible()
    assert page.finder.completer().model().rowCount() == len(page.scene.nodes)


def test_ctrl_f_on_the_graph_finds_on_the_graph_not_in_contacts(window, sample_db, qtbot):
    page = window.graph_view
    window.tabs.setCurrentWidget(page)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is page
    assert page.focusWidget() is page.finder


class CountedId(int):
    """A contact id that counts every hash, comparison and ordering done with it: the
    layout's work, whatever the machine's speed (its time is in `make bench`)."""

    ops = 0
    __slots__ = ()

    def __hash__(self) -> int:
        CountedId.ops += 1
        return int.__hash__(self)

    def __eq__(self, other: object) -> bool:
        CountedId.ops += 1
        return int.__eq__(self, other)

    def __lt__(self, other: int) -> bool:
        CountedId.ops += 1
        return int.__lt__(self, other)


def layout_work(n: int) -> int:
    """Operations on ids to lay out a referral forest of *n* people, a fifth of them met
    directly (as in a real network: Me has a fan of hundreds)."""
    ids = {i: CountedId(i) for i in range(1, n + 1)}
    introducer = {
        ids[i]: (None if i <= 20 or i % 5 == 0 else ids[(i * 7919) % (i - 1) + 1]) for i in ids
    }
    keys: list[int] = []
    CountedId.ops = 0
    layout = tidy_tree(introducer, sort_key=lambda i: keys.append(i) or i % 97)
    work = CountedId.ops
    assert set(layout) == {None, *ids}
    assert sorted(keys) == sorted(ids)  # the sort key is asked once per person
    return work


def test_layout_work_grows_in_step_with_the_people():
    # Linear: 8 times the people, 8 times the work (the sorts add a little). A layout
    # that looks each person up in a list (quadratic) does 64 times the work.
    small, big = layout_work(1000), layout_work(8000)
    assert small > 1000  # the counting sees the work
    assert big <= 10 * small, f"{big:,} operations for 8,000 people, {small:,} for 1,000"


# Animation ---------------------------------------------------------------------------------
def test_cards_glide_to_their_new_places_after_an_edit(make_graph, sample_db, qtbot):
    page = make_graph()
    newcomer = contacts.add_contact(ContactInput(full_name="Aaron Abel", company="Acme")).id
    before = {i: item.pos() for i, item in page.scene.nodes.items()}
    assert page.place_under_me(newcomer)
    page.refresh()  # what the bus's change notice does a moment later
    assert page.view.animating()
    targets = {i: page.scene.positions[i] for i in before}
    assert any(targets[i] != before[i] for i in before)  # the newcomer pushed people down
    assert all(page.scene.nodes[i].pos() == before[i] for i in before)  # still where they were
    qtbot.waitUntil(lambda: not page.view.animating(), timeout=2000)
    assert all(page.scene.nodes[i].pos() == targets[i] for i in before)
    assert page.scene.node_item(newcomer).pos() == page.scene.positions[newcomer]


def test_first_display_does_not_animate(make_graph, sample_db):
    page = make_graph()
    assert not page.view.animating()


# Level of detail ------------------------------------------------------------------------------
def test_names_are_hidden_when_zoomed_out_and_edges_when_far_out(
    make_graph, generated_network, qtbot
):
    page = make_graph()
    someone = next(iter(page.scene.nodes))
    page.focus_contact(someone)
    page.scene.clearSelection()
    assert page.view.zoom() >= TEXT_DETAIL
    readable = ink_pixels(page)
    assert readable > 200
    page.view.set_zoom(TEXT_DETAIL * 0.8)
    assert ink_pixels(page) < readable / 10  # cards without text
    assert all(edge.isVisible() for edge in page.scene.edges.values())
    page.view.set_zoom(EDGE_DETAIL * 0.8)
    assert not any(edge.isVisible() for edge in page.scene.edges.values())
    page.view.set_zoom(1.0)
    assert all(edge.isVisible() for edge in page.scene.edges.values())


def test_big_graph_draws_long_edges_only_near_the_person(
    make_graph, generated_network, monkeypatch
):
    monkeypatch.setattr(graph_canvas, "CULL_FROM", 50)  # the 300-person network counts as big
    monkeypatch.setattr(graph_canvas, "LONG_EDGE", 1500.0)
    page = make_graph()
    page.refresh()
    scene = page.scene
    far = max(scene.me.edges_out, key=lambda edge: edge.target.pos().y()).target.contact_id
    page.focus_contact(far)  # selected: its chain to Me is highlighted
    page.view.set_zoom(1.0)
    page.view.centerOn(scene.node_item(far))
    seen = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    fan = scene.me.edges_out
    long_ones = [e for e in fan if abs(e.target.pos().y() - e.source.pos().y()) > 1500]
    assert long_ones
    for edge in long_ones:  # drawn within a screen of the view, not beyond
        away = abs(edge.target.pos().y() - seen.center().y()) / seen.height()
        across = abs(edge.target.pos().x() - seen.center().x()) / seen.width()  # other bands
        if (away < 1.4 and across < 1.4) or edge.highlighted:
            assert edge.isVisible()
        elif away > 1.6 or across > 1.6:
            assert not edge.isVisible()
    assert scene.edges[far].isVisible() and scene.edges[far].highlighted
    assert not all(edge.isVisible() for edge in long_ones)
    with page.view.full_detail():  # what an export sees
        assert all(edge.isVisible() for edge in scene.edges.values())
    assert not all(edge.isVisible() for edge in long_ones)


def test_plus_minus_keys_and_a_pinch_zoom(make_graph, generated_network, qtbot):
    page = make_graph()
    page.view.setFocus()
    start = page.view.zoom()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert page.view.zoom() == pytest.approx(start * 1.2)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    assert page.view.zoom() == pytest.approx(start)
    centre = QPointF(page.view.viewport().rect().center())
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        centre,
        centre,
        QPointF(page.view.viewport().mapToGlobal(centre.toPoint())),
        0.5,
        QPointF(),
    )
    QApplication.sendEvent(page.view.viewport(), pinch)
    assert page.view.zoom() == pytest.approx(start * 1.5)


# The overview ----------------------------------------------------------------------------------
def test_overview_shows_when_the_graph_does_not_fit_and_a_click_pans(
    make_graph, generated_network, qtbot
):
    page = make_graph()
    minimap = page.view.minimap
    page.view.fit()
    assert page.view.shows_all() == (not minimap.isVisible())
    page.focus_contact(next(iter(page.scene.nodes)))
    assert not page.view.shows_all()
    assert minimap.isVisible()
    target = QPoint(minimap.width() // 2, minimap.height() - 6)
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=target)
    wanted = minimap.to_scene(QPointF(target))
    now = visible_centre(page)
    slack = 2 / page.view.zoom()
    # Centred there, unless the edge of the graph stops the view a little short.
    assert abs(now.y() - wanted.y()) <= slack + page.view.viewport().height() / page.view.zoom()
    assert now.y() > page.scene.sceneRect().center().y()  # the click went to the bottom
    assert minimap.visible_rect().contains(QPointF(target))

    qtbot.mouseClick(page.map_button, Qt.MouseButton.LeftButton)  # the user turns it off
    assert not minimap.isVisible()
    page.view.zoom_in()
    assert not minimap.isVisible()
    qtbot.mouseClick(page.map_button, Qt.MouseButton.LeftButton)
    assert minimap.isVisible()


# Find on graph ------------------------------------------------------------------------------------
def test_find_on_graph_centres_and_selects_the_person(make_graph, generated_network, qtbot):
    page = make_graph()
    page.view.fit()
    wanted = max(page.scene.nodes, key=lambda i: page.scene.positions[i].y())  # far down
    name = page.graph_data.nodes[wanted].full_name
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.focusWidget() is page.finder
    page.finder.setText(name)  # as typed; the first person of that name is taken
    qtbot.keyClick(page.finder, Qt.Key.Key_Return)
    chosen = page.selected_contact_id()
    assert chosen is not None and page.graph_data.nodes[chosen].full_name == name
    assert page.view.zoom() >= READABLE_ZOOM
    item = page.scene.node_item(chosen)
    on_screen = page.view.mapFromScene(item.pos())
    assert page.view.viewport().rect().contains(on_screen)


def test_find_on_graph_says_when_nobody_matches(make_graph, sample_db, qtbot):
    page = make_graph()
    page.finder.setText("Nobody by this name")
    qtbot.keyClick(page.finder, Qt.Key.Key_Return)
    assert page.selected_contact_id() is None
    assert "Nobody on the graph matches" in page.last_message


def test_find_on_graph_offers_everyone_placed(make_graph, sample_db):
    page = make_graph()
    offered = page.finder.completer().model().stringList()
    assert len(offered) == len(referrals.graph().nodes) == 30
