"""The view onto the referral graph: zoom (wheel, pinch, keys), pan, fit, level of
detail, a short animation when the layout changes, and contacts dropped from lists."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QLineF,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QNativeGestureEvent,
    QPainter,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGestureEvent,
    QGraphicsItem,
    QGraphicsView,
    QLabel,
    QWidget,
)

from crm_desktop.services.graph.referrals import ME
from crm_desktop.ui.common.mime import CONTACT_IDS, contact_ids_from_mime
from crm_desktop.ui.graph import accessible
from crm_desktop.ui.graph.items.edge import EdgeItem
from crm_desktop.ui.graph.items.me import MeItem
from crm_desktop.ui.graph.items.node import NodeItem
from crm_desktop.ui.graph.keyboard import CardKeys
from crm_desktop.ui.graph.minimap import GraphMinimap
from crm_desktop.ui.graph.scene import GraphScene
from crm_desktop.ui.graph.style import FAR_DETAIL, TEXT_DETAIL, colours

translate = QCoreApplication.translate

MIN_ZOOM, MAX_ZOOM = 0.02, 2.5
ZOOM_STEP = 1.2
FIT_MAX_ZOOM = 1.0  # fitting a small graph never blows it up
READABLE_ZOOM = 0.8  # where search-to-focus takes the user when the graph is smaller
EDGE_DETAIL = 0.04  # below this zoom the edges are a blur: they are not drawn
LONG_EDGE = 3000.0  # scene units: in a big graph such an edge is drawn only near its ends
CULL_FROM = 2000  # edges: from this many, long edges far off screen are not drawn
BSP_DEPTH = 12  # Qt picks 16 for 40,000 items, which made panning 3 times slower here
ANIMATION_MS = 220
ANIMATE_UP_TO = 2000  # bigger graphs jump to their new layout: moving them costs too much


class GraphCanvas(QGraphicsView):
    """Left-drag on a card moves it (the scene handles that); left-drag on empty
    canvas pans; the wheel, a pinch, + and - zoom; Ctrl+F asks for the find box;
    the arrows, Enter and the Menu key work on the cards (``keyboard.CardKeys``)."""

    contacts_dropped = Signal(list, object)  # contact ids; target: contact id, ME, or None
    find_requested = Signal()  # Ctrl+F while the canvas has focus

    def __init__(self, scene: GraphScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.graph_scene = scene
        self.auto_fit = True  # until the user zooms, keep the whole graph in view
        self._edges_shown = True
        self._overview = False  # far out, the canvas draws the cards itself
        self._far_picture: tuple | None = None
        # Long edges of a big graph by the height of the person they lead to, and
        # those of them on screen now: they are drawn only near that person.
        self._long_edges: list[tuple[float, float, EdgeItem]] = []
        self._long_ys: list[float] = []
        self._long_shown: set[EdgeItem] = set()
        self._moves: dict = {}  # item → (from, to) while the layout animates
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_animation_value_changed)
        self._animation.finished.connect(self._on_animation_finished)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(colours().canvas)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card_keys = CardKeys(self, scene, self)
        self.setAccessibleName(translate("GraphCanvas", "Referral graph"))
        self.setAccessibleDescription(
            translate(
                "GraphCanvas",
                "Who introduced you to whom. Arrow keys move from card to card, Enter opens "
                "the contact, the Menu key offers Introduced by… and the other edits.",
            )
        )
        accessible.install()
        self.accessible_cards = accessible.CardRegistry(self)
        scene.selectionChanged.connect(self.accessible_cards.announce_focus)
        scene.selectionChanged.connect(self.viewport().update)  # the focus ring follows
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)

        scene.selectionChanged.connect(self._cull_long_edges)  # a chain to Me is highlighted
        self.minimap = GraphMinimap(self)
        self.busy = QLabel(self)
        self.busy.setTextFormat(Qt.TextFormat.PlainText)
        self.busy.setObjectName("graphBusy")  # covers the canvas; styled in app.qss
        self.busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.busy.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.busy.setFont(font)
        self.busy.hide()

    # Zoom ----------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the scene point at *anchor* (viewport pixels; default the
        centre) where it is on screen."""
        target = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        if abs(target - self.zoom()) < 1e-6:
            return
        self.auto_fit = False
        at = (anchor or QPointF(self.viewport().rect().center())).toPoint()
        fixed = self.mapToScene(at)
        step = target / self.zoom()
        self.scale(step, step)
        drift = self.mapFromScene(fixed) - at
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())
        self._zoomed()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def set_zoom(self, zoom: float) -> None:
        self.resetTransform()
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self.scale(zoom, zoom)
        self._zoomed()

    def fit(self) -> None:
        """Show the whole graph, no larger than life size."""
        self.auto_fit = True
        bounds = self.sceneRect()
        view = self.viewport().rect()
        if bounds.isEmpty() or view.isEmpty():
            return
        scale = 0.99 * min(view.width() / bounds.width(), view.height() / bounds.height())
        self.set_zoom(min(scale, FIT_MAX_ZOOM))
        self.centerOn(bounds.center())

    def shows_all(self) -> bool:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        slack = 2 / self.zoom()  # a pixel or two of rounding at the edges
        return visible.adjusted(-slack, -slack, slack, slack).contains(self.sceneRect())

    def centre_on_item(self, item) -> None:
        rect: QRectF = item.sceneBoundingRect()
        if not self.mapToScene(self.viewport().rect()).boundingRect().contains(rect):
            self.centerOn(item)

    def focus_item(self, item) -> None:
        """Centre *item* at a zoom where its card can be read."""
        if self.zoom() < READABLE_ZOOM:
            self.auto_fit = False
            self.set_zoom(1.0)
        self.centerOn(item)

    def show_chain(self, items: list[QGraphicsItem]) -> None:
        """Show a chain (Me first) at a zoom where names can be read; when the chain
        is too long for that, centre on the item at its end instead."""
        if len(items) < 2:
            return
        rect = items[0].sceneBoundingRect()
        for item in items[1:]:
            rect = rect.united(item.sceneBoundingRect())
        rect.adjust(-40, -40, 40, 40)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if self.zoom() >= TEXT_DETAIL and visible.contains(rect):
            return
        room = self.viewport().rect()
        fit = min(room.width() / rect.width(), room.height() / rect.height(), 1.0)
        self.auto_fit = False
        if fit >= TEXT_DETAIL:
            self.set_zoom(fit)
            self.centerOn(rect.center())
        else:
            self.set_zoom(1.0)
            self.centerOn(items[-1])

    def _zoomed(self) -> None:
        """Level of detail: no antialiasing once cards lose their text (it took a
        third of each frame of a big graph, zoomed out), no edges when they are a blur."""
        zoom = self.zoom()
        self.setRenderHint(QPainter.RenderHint.Antialiasing, zoom >= TEXT_DETAIL)
        self._show_edges(zoom >= EDGE_DETAIL)
        self._set_overview(zoom < FAR_DETAIL)
        self._cull_long_edges()
        self.minimap.follow_view()

    @contextmanager
    def full_detail(self) -> Iterator[None]:
        """Every edge shown and every card in place while the scene is exported."""
        self.finish_animation()
        hidden, overview = not self._edges_shown, self._overview
        self._show_edges(True)
        self._set_overview(False)
        self._show_long_edges({edge for _y, _x, edge in self._long_edges})
        try:
            yield
        finally:
            if hidden:
                self._show_edges(False)
            self._set_overview(overview)
            self._cull_long_edges()

    def _set_overview(self, on: bool) -> None:
        """Far out, a card is a few pixels wide and Qt calling each card's paint()
        cost 28 µs a card: 8 frames a second fitting 5,000 people. Then the cards
        keep their place (drops and tooltips still find them) but paint nothing, and
        ``drawForeground`` fills their rectangles a colour at a time."""
        if on == self._overview:
            return
        self._overview = on
        self._far_picture = None
        scene = self.graph_scene
        scene.far_out = on  # cards made from now on follow suit
        for item in [*scene.nodes.values(), *scene.edges.values()]:
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, on)
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Far out: the lines, then the cards, a colour at a time (see ``_set_overview``);
        then, while the canvas has the keyboard focus, a ring round the focused card."""
        if self._overview:
            self._draw_far(painter)
        self._draw_focus_ring(painter)

    def _draw_focus_ring(self, painter: QPainter) -> None:
        card = self.card_keys.focused() if self.hasFocus() else None
        if card is None:
            return
        ring = QPen(self.palette().color(self.palette().ColorRole.Highlight), 2.5 / self.zoom())
        ring.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        gap = 5 / self.zoom()
        box = NodeItem.card_rect().translated(card.pos()).adjusted(-gap, -gap, gap, gap)
        painter.drawRoundedRect(box, 12, 12)

    def _draw_far(self, painter: QPainter) -> None:
        version = (self.graph_scene.looks_version, self._edges_shown)
        if self._far_picture is None or self._far_picture[0] != version:
            self._far_picture = (version, *self._far_groups())
        _version, lines, cards = self._far_picture
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, segments in lines:
            painter.setPen(pen)
            painter.drawLines(segments)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in cards:
            painter.setBrush(colour)
            painter.drawRects(rects)

    def _far_groups(self) -> tuple[list, list]:
        """Lines by pen and card rectangles by colour, made once per change of the scene."""
        scene = self.graph_scene
        lines: dict[int, tuple[QPen, list[QLineF]]] = {}  # by object: a few shared pens
        for edge in scene.edges.values() if self._edges_shown else ():
            pen = edge.current_pen()
            _pen, segments = lines.setdefault(id(pen), (pen, []))
            segments.extend(edge.far_lines)
        card = NodeItem.card_rect()
        cards: dict[int, tuple[QColor, list[QRectF]]] = {}  # by object: a colour a branch
        for item in scene.nodes.values():
            colour = item.overview_colour()
            _colour, rects = cards.setdefault(id(colour), (colour, []))
            rects.append(card.translated(item.pos()))
        return list(lines.values()), list(cards.values())

    def _show_edges(self, shown: bool) -> None:
        if shown == self._edges_shown:
            return
        self._edges_shown = shown
        for edge in self.graph_scene.edges.values():
            edge.setVisible(shown)
        self._long_shown = {edge for _y, _x, edge in self._long_edges} if shown else set()

    def _cull_long_edges(self) -> None:
        """In a big graph, Me introduces thousands of people down a column a
        hundred thousand units tall; each of those edges crosses the screen and
        drawing them all took most of every frame. An edge that long is drawn
        only while the person it leads to is within a screen of the view, or
        while it is highlighted."""
        if not self._long_edges or not self._edges_shown:
            return
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        near = seen.adjusted(-seen.width(), -seen.height(), seen.width(), seen.height())
        first = bisect_left(self._long_ys, near.top())
        last = bisect_right(self._long_ys, near.bottom())
        wanted = {
            edge for _y, x, edge in self._long_edges[first:last] if near.left() <= x <= near.right()
        }
        wanted.update(
            edge for _y, _x, edge in self._long_edges if edge.highlighted or edge.on_warm_path
        )
        self._show_long_edges(wanted)

    def _show_long_edges(self, wanted: set[EdgeItem]) -> None:
        # isValid: the scene may drop an edge (a person taken off) before it tells us.
        for edge in self._long_shown - wanted:
            if shiboken6.isValid(edge):
                edge.setVisible(False)
        for edge in wanted - self._long_shown:
            if shiboken6.isValid(edge):
                edge.setVisible(True)
        self._long_shown = wanted

    # Keys and gestures ------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Ctrl+F is the window's "Find contact"; with the graph focused it finds on the graph.
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(
            QKeySequence.StandardKey.Find
        ):
            event.accept()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        """Light or dark: the canvas, the far-out picture and every card in the new colours."""
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "minimap"):
            self.setBackgroundBrush(colours().canvas)
            self.resetCachedContent()
            self._far_picture = None
            self.graph_scene.update()
            self.minimap.redraw()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Find):
            self.find_requested.emit()
        elif self.card_keys.handle(event):
            event.accept()
        elif event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The Menu key (sent as a context menu by some desktops) opens the focused card's."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            event.accept()
            self.card_keys.menu_for_focused()
            return
        super().contextMenuEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.card_keys.focus_first()  # tabbed in: a card to start from, at once
        self.accessible_cards.announce_focus()
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                anchor = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), QPointF(anchor))
                event.accept()
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):  # a trackpad pinch on macOS
            self.zoom_by(1 + event.value(), event.position())
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event) -> None:
        self.finish_animation()  # a card grabbed mid-glide stays under the mouse
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            super().wheelEvent(event)
            return
        self.zoom_by(ZOOM_STEP**steps, anchor=event.position())
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()
        self.minimap.place()
        self._place_busy()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._cull_long_edges()
        self.minimap.follow_view()

    # After the scene changed ------------------------------------------------------
    def positions(self) -> dict:
        """Where every card (and Me) is now, to animate from after the next change."""
        self.finish_animation()
        self._forget_long_edges()  # the scene is about to change them
        scene = self.graph_scene
        return {scene.me: scene.me.pos(), **{item: item.pos() for item in scene.nodes.values()}}

    def _forget_long_edges(self) -> None:
        self._long_edges, self._long_ys, self._long_shown = [], [], set()

    def expect_graph(self, people: int) -> None:
        """Before a build in steps: the index takes its final depth now, so it is
        filled as the cards are made rather than rebuilt (0.4 s at 20,000) at the end."""
        self.graph_scene.setBspTreeDepth(BSP_DEPTH if people >= CULL_FROM else 0)

    def graph_changed(self, before: dict | None = None) -> None:
        """The scene was rebuilt: move cards from *before* to their new places with a
        short animation (small graphs only), and redraw the overview."""
        scene = self.graph_scene
        for edge in scene.edges.values():
            edge.setVisible(self._edges_shown)
        big = len(scene.edges) >= CULL_FROM
        scene.setBspTreeDepth(BSP_DEPTH if big else 0)  # 0: Qt's choice, fine when small
        ends = scene.positions  # where the layout puts everyone: cheaper than asking items
        long_edges = []
        for contact_id, edge in scene.edges.items() if big else ():
            end = ends[contact_id]
            if abs(end.y() - ends[scene.parent_of.get(contact_id)].y()) > LONG_EDGE:
                long_edges.append((end.y(), end.x(), edge))
        self._long_edges = sorted(long_edges, key=lambda entry: entry[:2])
        self._long_ys = [y for y, _x, _edge in self._long_edges]
        self._long_shown = (
            {edge for _y, _x, edge in self._long_edges} if self._edges_shown else set()
        )
        self._cull_long_edges()
        targets = {scene.me: scene.me.pos(), **{i: i.pos() for i in scene.nodes.values()}}
        self._moves = {
            item: (start, targets[item])
            for item, start in (before or {}).items()
            if item in targets and start != targets[item]
        }
        if len(targets) > ANIMATE_UP_TO or not self._moves:
            self._moves = {}
        else:
            for item, (start, _end) in self._moves.items():
                item.setPos(start)
            self._animation.start()
        self.minimap.set_graph(targets.values())

    def finish_animation(self) -> None:
        if self._animation.state() == QVariantAnimation.State.Running:
            self._animation.stop()
            self._on_animation_finished()

    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def _on_animation_value_changed(self, value: float) -> None:
        for item, (start, end) in self._moves.items():
            item.setPos(start + (end - start) * value)

    def _on_animation_finished(self) -> None:
        for item, (_start, end) in self._moves.items():
            item.setPos(end)
        self._moves = {}

    # Busy notice ---------------------------------------------------------------------
    def show_busy(self, text: str) -> None:
        """A notice over the whole canvas, painted now: the caller is about to keep
        the event loop busy for a moment, and what is beneath is not ready."""
        self.busy.setText(text)
        self._place_busy()
        self.viewport().setUpdatesEnabled(False)  # hidden: half-made scenes cost paints
        self.busy.show()
        self.busy.raise_()
        self.busy.repaint()

    def hide_busy(self) -> None:
        self.busy.hide()
        self.viewport().setUpdatesEnabled(True)

    def _place_busy(self) -> None:
        self.busy.setGeometry(self.viewport().geometry())

    # Drops from the people list (or any list of contacts) ------------------------
    def _target_at(self, position: QPointF):
        item = self.graph_scene.target_at(self.mapToScene(position.toPoint()))
        if isinstance(item, NodeItem):
            return item.contact_id
        if isinstance(item, MeItem):
            return ME
        return None

    def _accepts(self, event: QDropEvent) -> bool:
        return event.mimeData().hasFormat(CONTACT_IDS)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        item = self.graph_scene.target_at(self.mapToScene(event.position().toPoint()))
        self.graph_scene.set_drop_target(item)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.graph_scene.set_drop_target(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.graph_scene.set_drop_target(None)
        ids = contact_ids_from_mime(event.mimeData())
        if not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.contacts_dropped.emit(ids, self._target_at(event.position()))
