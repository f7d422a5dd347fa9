"""An introduction on the referral graph: the line from an introducer to the person
they introduced, ending in an arrow head that can be dragged onto someone else."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
)

from crm_desktop.ui.graph.items.looks import Marks, touch
from crm_desktop.ui.graph.style import (
    ARROW,
    BUS_CORNER,
    BUS_RUN,
    HANDLE_RADIUS,
    colours,
)


class LineStart(Protocol):
    """Where a line starts: a card or Me (``NodeItem``, ``MeItem``)."""

    edges_out: list[EdgeItem]

    def right_anchor(self) -> QPointF: ...


class LineEnd(Protocol):
    """Where a line ends: a card (``NodeItem``)."""

    contact_id: int
    edge_in: EdgeItem | None

    def left_anchor(self) -> QPointF: ...


class EdgeItem(Marks, QGraphicsPathItem):
    """A smooth curve from an introducer's right side to an arrow head at the
    person's left side. The arrow head is a handle for re-routing the
    introduction, and a person dropped on the line goes in between.

    When the introducer's people are wrapped into bands (see ``wrapped_layout``)
    the line is *routed* instead: right along the bus, down beside the band, and
    into the card, so the lines of a band share one trunk and never cross cards.
    """

    GRIP_WIDTH = 12.0  # how near the line a hover or a drop counts
    highlighted = False  # between Me and the selected person

    def __init__(self, source: LineStart, target: LineEnd, routed: bool = False):
        super().__init__()
        self.source = source
        self.target = target
        self.routed = routed
        self.dragged_to: QPointF | None = None
        self.tip_key: tuple | None = None
        self._grip: QPainterPath | None = None
        self.setPen(colours().pen("normal"))  # its width sizes the bounds
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setAcceptHoverEvents(True)
        self.adjust()

    def set_source(self, source: LineStart) -> None:
        if source is not self.source:
            self.source.edges_out.remove(self)
            source.edges_out.append(self)
            self.source = source
            self.adjust()

    def set_routed(self, routed: bool) -> None:
        if routed != self.routed:
            self.routed = routed
            self.adjust()

    # Geometry ------------------------------------------------------------------
    def tip(self) -> QPointF:
        return self.target.left_anchor()

    def handle_centre(self) -> QPointF:
        return self.tip() - QPointF(ARROW / 2 + 1, 0)

    def near_handle(self, scene_pos: QPointF) -> bool:
        offset = scene_pos - self.handle_centre()
        return offset.x() ** 2 + offset.y() ** 2 <= HANDLE_RADIUS**2

    def adjust(self) -> None:
        """Follow the cards (or, while the arrow is dragged, the mouse)."""
        start = self.dragged_to if self.dragged_to is not None else self.source.right_anchor()
        end = self.tip() - QPointF(ARROW, 0)
        path = QPainterPath(start)
        trunk = end.x() - BUS_RUN
        drop = end.y() - start.y()
        route = [start, self.tip()]
        if self.routed and self.dragged_to is None and trunk > start.x() and drop > 2 * BUS_CORNER:
            route = [start, QPointF(trunk, start.y()), QPointF(trunk, end.y()), end]
            path.lineTo(trunk - BUS_CORNER, start.y())
            path.quadTo(QPointF(trunk, start.y()), QPointF(trunk, start.y() + BUS_CORNER))
            path.lineTo(trunk, end.y() - BUS_CORNER)
            path.quadTo(QPointF(trunk, end.y()), QPointF(trunk + BUS_CORNER, end.y()))
            path.lineTo(end)
        else:
            bend = max(abs(end.x() - start.x()) * 0.5, 30.0)
            path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end)
        self._grip = None
        reach = HANDLE_RADIUS + 2  # the handle, the arrow head and the widest pen
        handle = QRectF(self.handle_centre() - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach))
        self.prepareGeometryChange()
        self._bounds = path.controlPointRect().adjusted(-2, -2, 2, 2).united(handle)
        self.setPath(path)
        self.far_lines = [QLineF(a, b) for a, b in zip(route, route[1:], strict=False)]
        touch(self)  # far_lines: what the view draws of it from afar

    def update(self, *args) -> None:
        super().update(*args)
        touch(self)

    def boundingRect(self) -> QRectF:
        return self._bounds  # kept by adjust(): Qt asks for it very often

    def shape(self) -> QPainterPath:
        """The line widened to a grip, plus the handle: what hovers and drops hit."""
        if self._grip is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(self.GRIP_WIDTH)
            grip = stroker.createStroke(self.path())
            grip.addEllipse(self.handle_centre(), HANDLE_RADIUS, HANDLE_RADIUS)
            grip.setFillRule(Qt.FillRule.WindingFill)
            self._grip = grip
        return self._grip

    # States --------------------------------------------------------------------
    def _restyle(self) -> None:
        """Highlighted lines sit over plain ones, a dragged one over the cards."""
        raised = self.highlighted or self.on_warm_path or self.drop_target
        self.setZValue(10 if self.dragged_to is not None else 0.5 if raised else 0)
        self.update()

    def set_highlighted(self, on: bool) -> None:
        self._set_mark("highlighted", on)

    def drag_to(self, scene_pos: QPointF | None) -> None:
        """Draw the line from *scene_pos* while its arrow is being re-routed; None ends it."""
        self.dragged_to = scene_pos
        self.hovered = scene_pos is not None
        self.adjust()
        self._restyle()

    def current_pen(self) -> QPen:
        c = colours()  # the theme's shared pens: the far-out picture groups lines by pen
        if self.dragged_to is not None:
            return c.pen("dragged")
        if self.drop_target:
            return c.pen("drop")
        if self.on_warm_path:
            return c.pen("warm")
        if self.highlighted:
            return c.pen("highlight")
        return c.pen("hover") if self.hovered else c.pen("normal")

    # Mouse ---------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:
        self._set_mark("hovered", True)
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:
        if self.near_handle(event.scenePos()):
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._set_mark("hovered", False)
        self.unsetCursor()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Only the arrow head is grabbed; a press elsewhere on the line pans."""
        if event.button() == Qt.MouseButton.LeftButton and self.near_handle(event.scenePos()):
            event.accept()
        else:
            event.ignore()

    # Painting ------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        pen = self.current_pen()
        far = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) < 0.2
        if far and not self.routed:
            path = self.path()  # far out, a straight line reads the same and costs less
            start = path.elementAt(0)
            painter.setPen(pen)
            painter.drawLine(QPointF(start.x, start.y), self.tip())
            return
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        if far:  # a routed line keeps its corners, so it reads as part of its band
            return
        tip = self.tip()
        wing = ARROW * 0.55
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(
            QPolygonF([tip, tip - QPointF(ARROW, wing), tip - QPointF(ARROW, -wing)])
        )
        if self.hovered:  # show that the arrow head can be picked up
            c = colours()
            painter.setPen(QPen(c.accent, 1.6))
            painter.setBrush(c.handle_fill)
            painter.drawEllipse(self.handle_centre(), 6.0, 6.0)
            painter.setBrush(c.accent)
            painter.drawEllipse(self.handle_centre(), 2.2, 2.2)
