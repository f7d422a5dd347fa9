"""An overview of the whole referral graph in a corner of the canvas.

A dot per person, drawn once into a pixmap whenever the layout changes, and the
part of the graph on screen as a rectangle over it. Clicking or dragging in it
moves the view there. It shows itself only while the graph does not fit on
screen, and the user can turn it off.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsView, QWidget

from crm_desktop.ui.graph.style import NODE_HEIGHT, NODE_WIDTH, colours

translate = QCoreApplication.translate

SIDE = 180  # the longer side of the overview, in pixels
MARGIN = 12  # from the canvas's bottom-right corner
CARD = QSizeF(NODE_WIDTH, NODE_HEIGHT)
MAX_STRETCH = 4.0  # a graph far taller than wide is squeezed no thinner than 1:4


class GraphMinimap(QWidget):
    def __init__(self, canvas: QGraphicsView):
        super().__init__(canvas)
        self.canvas = canvas
        self.enabled_by_user = True
        self._pixmap = QPixmap()
        self._points: list[QPointF] = []
        self._bounds = QRectF()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            translate("GraphMinimap", "Overview: click or drag to move around the graph")
        )
        self.hide()

    # What it shows ------------------------------------------------------------------
    def set_graph(self, points: Iterable[QPointF]) -> None:
        """Redraw the dots for a new layout (Me is the first point)."""
        self._points = list(points)
        self._bounds = QRectF(self.canvas.sceneRect())
        if self._bounds.isEmpty():
            self._pixmap = QPixmap()
            self.follow_view()
            return
        self.resize(self._size_for(self._bounds))
        pixmap = QPixmap(self.size() * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        c = colours()
        pixmap.fill(c.minimap_fill)
        painter = QPainter(pixmap)
        points = iter(self._points)
        me = next(points, None)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.minimap_dot)
        card = self._card_size()
        half = QPointF(card.width() / 2, card.height() / 2)
        for point in points:
            painter.drawRect(QRectF(self.to_map(point) - half, card))
        if me is not None:
            painter.setBrush(c.accent_strong)
            painter.drawEllipse(self.to_map(me), 3.5, 3.5)
        painter.end()
        self._pixmap = pixmap
        self.place()
        self.follow_view()

    def redraw(self) -> None:
        """The same dots in the colours of the theme now on screen."""
        if not self._pixmap.isNull():
            self.set_graph(self._points)

    def set_enabled_by_user(self, on: bool) -> None:
        self.enabled_by_user = on
        self.follow_view()

    def wanted(self) -> bool:
        """Shown when the user has not turned it off and the graph does not fit."""
        return self.enabled_by_user and not self._pixmap.isNull() and not self.canvas.shows_all()

    def follow_view(self) -> None:
        """The view scrolled or zoomed: show or hide, and move the rectangle."""
        self.setVisible(self.wanted())
        if self.isVisible():
            self.update()

    def place(self) -> None:
        corner = self.canvas.viewport().geometry().bottomRight()
        self.move(corner.x() - self.width() - MARGIN, corner.y() - self.height() - MARGIN)

    # Scene ⇄ overview -----------------------------------------------------------------
    def _size_for(self, bounds: QRectF) -> QSize:
        aspect = min(max(bounds.width() / bounds.height(), 1 / MAX_STRETCH), MAX_STRETCH)
        if aspect >= 1:
            return QSize(SIDE, max(round(SIDE / aspect), 24))
        return QSize(max(round(SIDE * aspect), 24), SIDE)

    def _card_size(self) -> QSizeF:
        """A card in overview pixels, never smaller than a dot you can see."""
        return QSizeF(
            max(CARD.width() / self._bounds.width() * self.width(), 2.0),
            max(CARD.height() / self._bounds.height() * self.height(), 1.2),
        )

    def to_map(self, point: QPointF) -> QPointF:
        b = self._bounds
        return QPointF(
            (point.x() - b.left()) / b.width() * self.width(),
            (point.y() - b.top()) / b.height() * self.height(),
        )

    def to_scene(self, point: QPointF) -> QPointF:
        b = self._bounds
        return QPointF(
            b.left() + point.x() / self.width() * b.width(),
            b.top() + point.y() / self.height() * b.height(),
        )

    def visible_rect(self) -> QRectF:
        """The part of the graph on screen, in overview pixels."""
        shown = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        return QRectF(self.to_map(shown.topLeft()), self.to_map(shown.bottomRight()))

    # Painting and the mouse ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        c = colours()
        painter.setPen(QPen(c.card_border, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        view = self.visible_rect().intersected(QRectF(self.rect()))
        if view.width() < 4 or view.height() < 4:  # zoomed far in: a visible marker all the same
            view = QRectF(view.center() - QPointF(3, 3), QSize(6, 6))
        painter.setPen(QPen(c.accent, 1.5))
        painter.setBrush(c.minimap_view_fill)
        painter.drawRect(view)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._go_to(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go_to(event.position())
        event.accept()

    def _go_to(self, point: QPointF) -> None:
        self.canvas.auto_fit = False
        self.canvas.centerOn(self.to_scene(point))
