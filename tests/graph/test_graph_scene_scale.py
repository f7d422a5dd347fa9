"""A big referral graph as the user meets it: the page stays responsive while the
cards are made, says how far it got, ends complete and correct even when an edit
comes in meanwhile, and a big fan of people met directly is wrapped into bands so
the fitted picture has the window's shape. Real SQLite, offscreen Qt."""

from __future__ import annotations

from collections import deque
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QGraphicsItem

from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.layout import children_of, tidy_layout, wrapped_layout
from crm_desktop.services.sample import generate
from crm_desktop.ui.graph import scene as graph_scene
from crm_desktop.ui.graph.items.edge import EdgeItem
from crm_desktop.ui.graph.items.node import NodeItem
from crm_desktop.ui.graph.scene import SLICE_SECONDS, GraphScene
from crm_desktop.ui.graph.style import COLUMN_SPACING, ROW_SPACING, colours

CARDS_PER_SLICE = 25


class SteppingClock:
    """The scene's clock for its slices, moved on by *step* seconds each time it is read
    (the scene reads it once per card): every card costs the same, so a slice makes the
    same number of cards on a busy machine as on a fast one. How long a slice really
    takes, and how long the window waits, is measured by `make bench`."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def perf_counter(self) -> float:
        self.now += self.step
        return self.now


class Pings(QObject):
    """Posts events; notes how many cards were made while each waited, and how many
    were handled while the build was still going."""

    def __init__(self, scene: GraphScene) -> None:
        super().__init__()
        self.scene = scene
        self.waits: list[int] = []  # cards made while the event waited
        self.during_build = 0
        self._posted: deque[int] = deque()  # cards made when each event still waiting was posted

    def post(self) -> None:
        self._posted.append(len(self.scene.nodes))
        QApplication.postEvent(self, QEvent(QEvent.Type.User))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:  # posted events come in the order posted
            self.waits.append(len(self.scene.nodes) - self._posted.popleft())
            self.during_build += self.scene.building()
            return True
        return super().event(event)


def assert_matches_the_data(scene: GraphScene) -> None:
    """Every placed person has one card where the layout puts them and one line
    from whoever introduced them; nothing else is left in the scene."""
    data = referrals.graph()
    assert set(scene.nodes) == set(data.nodes) == set(scene.edges)
    for contact_id, item in scene.nodes.items():
        assert item.pos() == scene.positions[contact_id]
        up = scene.parent_of[contact_id]
        assert scene.edges[contact_id].source is (scene.me if up is None else scene.nodes[up])
    assert sum(isinstance(i, NodeItem) for i in scene.items()) == len(data.nodes)
    assert sum(isinstance(i, EdgeItem) for i in scene.items()) == len(data.nodes)


def test_a_big_graph_is_drawn_in_slices_and_the_window_stays_responsive(
    make_graph, db, qtbot, monkeypatch
):
    generate.generate_network(3000)
    monkeypatch.setattr(graph_scene, "time", SteppingClock(SLICE_SECONDS / CARDS_PER_SLICE))
    page = make_graph(show=False)
    scene = page.scene
    slice_ends: list[int] = []  # cards made when each slice gave the window back
    pings = Pings(scene)
    scene.build_progress.connect(lambda _percent: slice_ends.append(len(scene.nodes)))
    scene.build_progress.connect(lambda _percent: pings.post())  # and one after every slice
    scene.build_finished.connect(lambda: slice_ends.append(len(scene.nodes)))
    page.show()
    progress: list[str] = []
    while page.scene.building() or page._stale or not page.scene.nodes:
        if page.scene.building():
            progress.append(page.view.busy.text())
        pings.post()
        qtbot.wait(5)
    people = len(referrals.graph().nodes)
    assert slice_ends[-1] == people
    slices = [b - a for a, b in pairwise([0, *slice_ends])]
    # Slices of a bounded number of cards (one more for the clock's rounding), however
    # many people: never all in one go.
    assert max(slices) <= CARDS_PER_SLICE + 1, f"slices of up to {max(slices)} cards"
    assert len(slices) >= people // (CARDS_PER_SLICE + 1)
    # Between slices the window has its turn: events are handled while the build goes on,
    # and none waits behind more than a slice.
    assert pings.during_build >= len(slices) - 1, f"{pings.during_build} events handled meanwhile"
    assert max(pings.waits) <= CARDS_PER_SLICE + 1, f"an event waited for {max(pings.waits)} cards"
    assert any("Drawing the referral graph… " in text and "%" in text for text in progress)
    assert not page.view.busy.isVisible()
    assert_matches_the_data(page.scene)
    assert page.view.shows_all()


def test_an_edit_during_the_build_starts_it_over_and_it_ends_right(make_graph, db, qtbot):
    generate.generate_network(2000)
    page = make_graph(show=False)
    page.show()
    qtbot.waitUntil(lambda: page.scene.building() and len(page.scene.nodes) > 100)
    data = referrals.graph()
    moved = next(i for i, up in data.introducer.items() if up is not None and i in page.scene.nodes)
    assert page.set_met_directly(moved)  # the bus asks the page to refresh meanwhile
    qtbot.waitUntil(lambda: not page.scene.building() and not page._stale, timeout=20000)
    assert page.scene.parent_of[moved] is None
    assert_matches_the_data(page.scene)
    assert not page.view.busy.isVisible()


def test_a_build_in_slices_gives_the_same_scene_as_one_in_one_go(db, qtbot):
    generate.generate_network(1200)
    data = referrals.graph()
    at_once, in_slices = GraphScene(), GraphScene()
    at_once.show_graph(data)
    with qtbot.waitSignal(in_slices.build_finished, timeout=20000):
        in_slices.start_graph(data)
    assert in_slices.positions == at_once.positions
    assert in_slices.parent_of == at_once.parent_of
    assert in_slices.sceneRect() == at_once.sceneRect()
    for contact_id, edge in at_once.edges.items():
        assert in_slices.edges[contact_id].path() == edge.path()


def test_people_met_directly_are_wrapped_into_bands_that_fill_the_window(make_graph, db, qtbot):
    generate.generate_network(500)
    page = make_graph(show=False)
    page.show()
    qtbot.waitUntil(lambda: bool(page.scene.nodes))
    scene, view = page.scene, page.view
    rect, room = scene.sceneRect(), view.viewport().rect()
    shape = (rect.width() / rect.height()) / (room.width() / room.height())
    assert 0.6 < shape < 1.7  # not a thin strip: the graph has about the window's shape
    assert view.zoom() > 0.1  # fitted, about seven times closer than a single column
    assert scene.group.isVisible() and "Met directly · " in scene.group.text
    routed = [edge for edge in scene.me.edges_out if edge.routed]
    assert len(routed) == len(scene.children[None])
    bands = {round(edge.target.pos().x()) for edge in routed}
    assert len(bands) >= 3


def test_no_card_overlaps_another_and_no_line_runs_through_a_card(make_graph, db, qtbot):
    generate.generate_network(500)
    page = make_graph(show=False)
    page.show()
    qtbot.waitUntil(lambda: bool(page.scene.nodes))
    scene = page.scene
    cards = [item.sceneBoundingRect().adjusted(4, 4, -4, -6) for item in scene.nodes.values()]
    cards.sort(key=QRectF.top)
    for i, card in enumerate(cards):  # sorted by top: only the next few can reach down
        for other in cards[i + 1 : i + 40]:
            assert not card.intersects(other)
    for edge in scene.edges.values():
        path = edge.path()
        for step in range(1, 20):
            point = path.pointAtPercent(step / 20)
            under = [i for i in scene.items(point) if isinstance(i, NodeItem)]
            assert all(i in (edge.source, edge.target) for i in under)


def test_every_line_starts_at_its_introducer(make_graph, sample_db, qtbot):
    page = make_graph(show=False)
    page.show()
    qtbot.waitUntil(lambda: bool(page.scene.nodes))
    for edge in page.scene.edges.values():
        start = edge.path().elementAt(0)
        assert QPointF(start.x, start.y) == edge.source.right_anchor()


def test_the_sample_network_keeps_its_tidy_tree(make_graph, sample_db, qtbot):
    page = make_graph(show=False)
    page.show()
    qtbot.waitUntil(lambda: bool(page.scene.nodes))
    scene = page.scene
    assert not scene.group.isVisible()
    assert not any(edge.routed for edge in scene.edges.values())
    tidy = tidy_layout(scene.children)
    assert scene.positions == {
        key: QPointF(x * COLUMN_SPACING, y * ROW_SPACING) for key, (x, y) in tidy.items()
    }


def test_wrapped_layout_keeps_small_trees_and_wraps_a_big_fan():
    small = children_of({1: None, 2: 1, 3: 1, 4: None})
    assert wrapped_layout(small) == (tidy_layout(small), set())
    fan = children_of({i: None for i in range(1, 401)})  # 400 people met directly
    layout, wrapped = wrapped_layout(fan, cell_aspect=262 / 58)
    assert wrapped == {None}
    xs = sorted({x for x, _y in layout.values()})
    rows = max(y for _x, y in layout.values())
    assert len(xs) > 5  # several bands…
    assert rows < 100  # …instead of 400 rows
    assert len(set(layout.values())) == len(layout)  # nobody on top of anybody


def test_far_out_the_view_draws_the_cards_and_follows_a_selection(make_graph, db, qtbot):
    generate.generate_network(500)
    page = make_graph(show=False)
    page.show()
    qtbot.waitUntil(lambda: bool(page.scene.nodes))
    view, scene = page.view, page.scene
    view.set_zoom(0.05)
    someone = max(scene.nodes.values(), key=lambda item: item.pos().x())
    view.centerOn(someone)

    def colour_on_screen() -> QColor:
        image = view.viewport().grab().toImage()
        return QColor(image.pixel(view.mapFromScene(someone.pos())))

    assert colour_on_screen() != colours().canvas  # the card is there, drawn by the view
    assert scene.target_at(someone.pos()) is someone  # drops still find the card
    scene.select_contact(someone.contact_id)
    assert colour_on_screen() == colours().accent_strong  # the picture follows the change
    view.set_zoom(1.0)
    view.centerOn(someone)
    assert not someone.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def test_asking_for_someone_mid_build_finishes_the_graph_first(make_graph, db, qtbot):
    generate.generate_network(2000)
    page = make_graph(show=False)
    page.show()
    qtbot.waitUntil(lambda: page.scene.building() and len(page.scene.nodes) > 100)
    waiting = next(i for i in referrals.graph().nodes if i not in page.scene.nodes)
    page.select_contact(waiting, centre=True)  # their card was not made yet
    assert page.scene.selected_contact_id() == waiting
    assert not page.scene.building() and not page.view.busy.isVisible()
    assert_matches_the_data(page.scene)
