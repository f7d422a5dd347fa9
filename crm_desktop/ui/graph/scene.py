"""The referral graph's scene: Me, a card per placed contact, a line per introduction.

The scene only reports what the user did with the mouse (``node_dropped``,
``node_dropped_on_edge``, ``edge_end_dropped``, ``node_menu_requested``); the
page decides what that means for the data.

An edge ends in an arrow head at the person who was introduced. The head is a
handle: dragged onto another card it says "that one introduced me instead".
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from crm_desktop.services.graph.layout import branch_roots, children_of, wrapped_layout
from crm_desktop.services.graph.referrals import ME, GraphData, describe_introduction
from crm_desktop.services.text import fold
from crm_desktop.ui.common.widgets import plain_tooltip
from crm_desktop.ui.graph.items.edge import EdgeItem
from crm_desktop.ui.graph.items.group_label import GroupLabel
from crm_desktop.ui.graph.items.hint import HintItem
from crm_desktop.ui.graph.items.me import MeItem
from crm_desktop.ui.graph.items.node import NodeItem
from crm_desktop.ui.graph.style import BRANCH_COLOURS, COLUMN_SPACING, ROW_SPACING

translate = QCoreApplication.translate

SCENE_MARGIN = 40.0
SLICE_SECONDS = 0.03  # a build in steps gives the window back this often


class GraphScene(QGraphicsScene):
    """Owns the items and keeps them in step with the data given to ``show_graph``."""

    node_dropped = Signal(int, object)  # dragged contact id; target: contact id, ME, or None
    node_dropped_on_edge = Signal(int, int)  # dragged contact id; the person the line leads to
    edge_end_dropped = Signal(int, object)  # whose introduction; new introducer: id, ME or None
    node_menu_requested = Signal(int, QPoint)  # contact id, screen position
    node_activated = Signal(int)  # a card was double-clicked
    build_progress = Signal(int)  # percent of the cards made by a build in steps
    build_finished = Signal()  # a build in steps is complete

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.me = MeItem()
        self.addItem(self.me)
        self.hint = HintItem()
        self.addItem(self.hint)
        self.group = GroupLabel()
        self.addItem(self.group)
        self._steps: Iterator[int] | None = None
        self.looks_version = 0  # goes up whenever a card or a line changes how it looks
        self.far_out = False  # the view draws cards and lines itself: new ones paint nothing
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._next_slice)
        self.nodes: dict[int, NodeItem] = {}
        self.edges: dict[int, EdgeItem] = {}  # by the contact they lead to
        self.parent_of: dict[int, int | None] = {}
        self.children: dict[int | None, list[int]] = {None: []}
        self.positions: dict[int | None, QPointF] = {None: QPointF(0, 0)}
        self._drop_target: NodeItem | MeItem | None = None
        self._path: list[int] = []
        self._warm_path: list[int] = []
        self._dragged: NodeItem | None = None
        self._dragged_edge: EdgeItem | None = None
        self._dragging = False

    # Building ------------------------------------------------------------------
    def show_graph(self, data: GraphData) -> None:
        """Make the items match *data* now: add, update, remove, then lay out."""
        self.cancel_build()
        for _percent in self._build(data):
            pass

    def start_graph(self, data: GraphData) -> None:
        """``show_graph`` a slice at a time, giving the window back between slices.

        Making thousands of cards took seconds; meanwhile ``build_progress`` says how
        far it got and ``build_finished`` says when the scene matches *data*. Called
        again (an edit came in), it starts over from whatever was built so far.
        """
        self.cancel_build()
        self._steps = self._build(data)
        self._slice_timer.start()

    def building(self) -> bool:
        return self._steps is not None

    def cancel_build(self) -> None:
        """Stop a build in steps; the items made so far stay, each with its line."""
        self._steps = None
        self._slice_timer.stop()

    def _next_slice(self) -> None:
        steps = self._steps
        if steps is None:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        for percent in steps:
            if time.perf_counter() >= deadline:
                self.items(QRectF(0, 0, 1, 1))  # a query files this slice's cards in the index
                self._slice_timer.start()
                self.build_progress.emit(percent)
                return
        self._steps = None
        self.build_finished.emit()

    def _build(self, data: GraphData) -> Iterator[int]:
        """Bring the items in line with *data*, pausing (yielding the percentage done)
        before each card: the scene is consistent at every pause."""
        names = {i: fold(n.full_name) for i, n in data.nodes.items()}
        introducer = {i: data.introducer.get(i) for i in data.nodes}
        self.children = children_of(introducer, sort_key=names.__getitem__)
        self.parent_of = {kid: up for up, kids in self.children.items() for kid in kids}
        layout, wrapped = wrapped_layout(self.children, COLUMN_SPACING / ROW_SPACING)
        self.positions = {
            key: QPointF(x * COLUMN_SPACING, y * ROW_SPACING) for key, (x, y) in layout.items()
        }
        self.group.set_count(len(self.children[None]) if None in wrapped else 0)
        self._place_me()  # first: new lines start from where Me will be
        self.hint.setVisible(not data.nodes)
        self.hint.setPos(self.positions[None])
        self._fit_scene_rect()  # now: the index grows into it instead of being redone
        for gone in set(self.nodes) - set(data.nodes):
            self._remove_node(gone)
        roots = branch_roots(self.children)
        total = max(len(data.nodes), 1)
        for done, contact_id in enumerate(self.positions):  # parents before their people
            if contact_id is None:
                continue
            yield done * 100 // total
            item = self.nodes.get(contact_id)
            node = data.nodes[contact_id]
            if item is None:
                item = self.nodes[contact_id] = NodeItem(node, self.positions[contact_id])
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.far_out)
                self.addItem(item)
            else:
                if item.node != node:
                    item.set_person(node)
                self._put_back(item)
            colour = BRANCH_COLOURS[roots[contact_id] % len(BRANCH_COLOURS)]
            if colour is not item.accent:
                item.set_accent(colour)
            self._connect_edge(contact_id, wrapped)
            self._describe(item.edge_in, data)
        self.highlight_path(self._path[-1] if self._path else None)
        self.set_warm_path(self._warm_path)
        self.looks_version += 1

    def _connect_edge(self, contact_id: int, wrapped: set[int | None]) -> None:
        """The line into *contact_id* from their introducer (made, or moved over)."""
        up = self.parent_of[contact_id]
        source = self.me if up is None else self.nodes[up]
        target = self.nodes[contact_id]
        edge = self.edges.get(contact_id)
        if edge is None:
            edge = self.edges[contact_id] = EdgeItem(source, target, up in wrapped)
            edge.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.far_out)
            source.edges_out.append(edge)
            target.edge_in = edge
            self.addItem(edge)
        else:
            edge.set_source(source)
            edge.set_routed(up in wrapped)

    def _describe(self, edge: EdgeItem, data: GraphData) -> None:
        """The line's tooltip: who introduced whom and when, and what can be done."""
        target = edge.target.contact_id
        up = data.introducer.get(target)
        name = data.nodes[target].full_name
        introducer = data.nodes[up].full_name if up in data.nodes else None
        key = (name, introducer, data.introduced_on.get(target))
        if key == edge.tip_key:
            return
        edge.tip_key = key
        edge.setToolTip(
            plain_tooltip(
                describe_introduction(*key),
                translate(
                    "GraphScene", "Drag the arrow head onto whoever introduced you to {name}."
                ).format(name=name),
                translate("GraphScene", "Drop a person on this line to put them in between."),
            )
        )

    def _remove_node(self, contact_id: int) -> None:
        item = self.nodes.pop(contact_id)
        if item is self._dragged:
            self._dragged = None
            self._dragging = False
        if self._dragged_edge is not None and item in (
            self._dragged_edge.source,
            self._dragged_edge.target,
        ):
            self._dragged_edge = None
            self._dragging = False
        if item is self._drop_target:
            self._drop_target = None
        edge = self.edges.pop(contact_id, None)
        if edge is not None:
            edge.source.edges_out.remove(edge)
            self.removeItem(edge)
        for edge in list(item.edges_out):  # their people get a new edge in show_graph
            self.edges.pop(edge.target.contact_id, None)
            edge.target.edge_in = None
            self.removeItem(edge)
        item.edges_out.clear()
        self.removeItem(item)
        self.looks_version += 1

    def snap_back(self) -> None:
        """Put every item back where the layout wants it (after a drag, a change)."""
        self._place_me()
        for item in self.nodes.values():
            self._put_back(item)
        self.hint.setPos(self.positions[None])
        self._fit_scene_rect()

    def _put_back(self, item: NodeItem) -> None:
        item.setPos(self.positions[item.contact_id])  # Qt skips it when already there
        if item.zValue() != 1:  # only a dragged card was raised
            item.setZValue(1)

    def _fit_scene_rect(self) -> None:
        """The scene is the laid-out graph plus a margin, worked out from the layout:
        asking Qt for the items' bounds took a tenth of a second at 20,000 people."""
        rect = self.me.sceneBoundingRect()
        for extra in (self.hint, self.group):
            if extra.isVisible():
                rect = rect.united(extra.sceneBoundingRect())
        cards = [point for key, point in self.positions.items() if key is not None]
        if cards:
            xs, ys = [p.x() for p in cards], [p.y() for p in cards]
            card = NodeItem._bounds
            rect = rect.united(
                QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys))).adjusted(
                    card.left(), card.top(), card.right(), card.bottom()
                )
            )
        rect.adjust(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        if rect != self.sceneRect():  # a new rect makes Qt rebuild its index
            self.setSceneRect(rect)

    def _place_me(self) -> None:
        if self.me.pos() != self.positions[None]:
            self.me.setPos(self.positions[None])
            for edge in self.me.edges_out:  # cards move their lines; Me does it here
                edge.adjust()

    # Looking things up -----------------------------------------------------------
    def node_item(self, contact_id: int) -> NodeItem | None:
        return self.nodes.get(contact_id)

    def selected_contact_id(self) -> int | None:
        for item in self.selectedItems():
            if isinstance(item, NodeItem):
                return item.contact_id
        return None

    def select_contact(self, contact_id: int | None) -> None:
        item = self.nodes.get(contact_id) if contact_id is not None else None
        if item is not None and item.isSelected() and len(self.selectedItems()) == 1:
            return
        self.clearSelection()
        if item is not None:
            item.setSelected(True)

    def target_at(
        self, scene_pos: QPointF, exclude: QGraphicsItem | None = None, lines: bool = True
    ):
        """The card or Me under *scene_pos*; else, with *lines*, the introduction line
        there (not one of *exclude*'s own); else None for empty canvas."""
        line = None
        for item in self.items(scene_pos):
            if item is exclude:
                continue
            if isinstance(item, NodeItem | MeItem):
                return item
            if (
                lines
                and line is None
                and isinstance(item, EdgeItem)
                and item.dragged_to is None
                and exclude not in (item.source, item.target)
            ):
                line = item
        return line

    def path_to_me(self, contact_id: int) -> list[int]:
        """Contact ids from the person under Me down to *contact_id*."""
        path = [contact_id]
        up = self.parent_of.get(contact_id)
        while up is not None:
            path.append(up)
            up = self.parent_of.get(up)
        return list(reversed(path))

    # Highlights ------------------------------------------------------------------
    def set_drop_target(self, item: NodeItem | MeItem | EdgeItem | None) -> None:
        if item is self._drop_target:
            return
        if self._drop_target is not None:
            self._drop_target.set_drop_target(False)
        self._drop_target = item
        if item is not None:
            item.set_drop_target(True)

    @property
    def drop_target(self) -> NodeItem | MeItem | EdgeItem | None:
        return self._drop_target

    @property
    def warm_path(self) -> list[int]:
        return list(self._warm_path)

    def set_warm_path(self, contact_ids: list[int]) -> None:
        """Mark a chain from Me (the people on it, in order) as the warm path."""
        for old in self._warm_path:
            if old in self.nodes:
                self.nodes[old].set_on_warm_path(False)
                self.edges[old].set_on_warm_path(False)
        self._warm_path = list(contact_ids)  # kept whole: a rebuild may bring people back
        for step in self._warm_path:
            if step in self.nodes:
                self.nodes[step].set_on_warm_path(True)
                self.edges[step].set_on_warm_path(True)

    def highlight_path(self, contact_id: int | None) -> None:
        """Mark the cards and edges from Me down to *contact_id*."""
        for old in self._path:
            if old in self.nodes:
                self.nodes[old].set_on_path(False)
            if old in self.edges:
                self.edges[old].set_highlighted(False)
        self._path = self.path_to_me(contact_id) if contact_id in self.nodes else []
        for step in self._path:
            self.nodes[step].set_on_path(True)
            self.edges[step].set_highlighted(True)

    # Mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        grabber = self.mouseGrabberItem()
        left = event.button() == Qt.MouseButton.LeftButton
        self._dragged = grabber if left and isinstance(grabber, NodeItem) else None
        self._dragged_edge = grabber if left and isinstance(grabber, EdgeItem) else None
        self._dragging = False

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        item, edge = self._dragged, self._dragged_edge
        if item is None and edge is None:
            return
        if not self._dragging:
            moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            if moved.manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            if item is not None:
                item.setZValue(10)
                item.setOpacity(0.88)  # the card it is dropped on stays readable beneath
        if edge is not None:
            edge.drag_to(event.scenePos())
            self.set_drop_target(self.target_at(event.scenePos(), lines=False))
        else:
            target = self.target_at(event.scenePos(), exclude=item)
            self.set_drop_target(target)
            item.setOpacity(0.55 if isinstance(target, EdgeItem) else 0.88)  # show the lit line

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item, edge, dragging = self._dragged, self._dragged_edge, self._dragging
        left = event.button() == Qt.MouseButton.LeftButton
        if left:
            self._dragged, self._dragged_edge, self._dragging = None, None, False
        super().mouseReleaseEvent(event)
        if not left:
            return
        if edge is not None:
            self._drop_edge_end(edge, event.scenePos() if dragging else None)
        elif item is not None:
            self._drop_node(item, event.scenePos() if dragging else None)

    def _drop_node(self, item: NodeItem, scene_pos: QPointF | None) -> None:
        if scene_pos is None:  # a click that wobbled a pixel or two: not a move
            self.snap_back()
            return
        target = self.target_at(scene_pos, exclude=item)
        self.set_drop_target(None)
        item.setZValue(1)
        item.setOpacity(1.0)
        if isinstance(target, EdgeItem):
            self.node_dropped_on_edge.emit(item.contact_id, target.target.contact_id)
        else:
            self.node_dropped.emit(item.contact_id, self._key(target))

    def _drop_edge_end(self, edge: EdgeItem, scene_pos: QPointF | None) -> None:
        self.set_drop_target(None)
        edge.drag_to(None)
        if scene_pos is not None:
            target = self.target_at(scene_pos, lines=False)
            self.edge_end_dropped.emit(edge.target.contact_id, self._key(target))

    @staticmethod
    def _key(target) -> int | str | None:
        """What a drop landed on: a contact id, ME, or None for empty canvas."""
        if isinstance(target, NodeItem):
            return target.contact_id
        return ME if isinstance(target, MeItem) else None

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.target_at(event.scenePos())
        if isinstance(item, NodeItem) and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.node_activated.emit(item.contact_id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        item = self.target_at(event.scenePos())
        if not isinstance(item, NodeItem):
            event.ignore()
            return
        self.select_contact(item.contact_id)
        event.accept()
        self.node_menu_requested.emit(item.contact_id, event.screenPos())
