"""The view onto the referral graph: zoom, pan, fit, and contacts dropped from lists."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from crm_desktop.services.referrals import ME
from crm_desktop.ui.graph_scene import GraphScene, MeItem, NodeItem
from crm_desktop.ui.mime import CONTACT_IDS, contact_ids_from_mime

MIN_ZOOM, MAX_ZOOM = 0.02, 2.5
ZOOM_STEP = 1.2
FIT_MAX_ZOOM = 1.0  # fitting a small graph never blows it up
BACKGROUND = QColor("#f4f7f5")


class GraphCanvas(QGraphicsView):
    """Left-drag on a card moves it (the scene handles that); left-drag on empty
    canvas pans; the wheel zooms under the mouse."""

    contacts_dropped = Signal(list, object)  # contact ids; target: contact id, ME, or None

    def __init__(self, scene: GraphScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.graph_scene = scene
        self.auto_fit = True  # until the user zooms, keep the whole graph in view
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(BACKGROUND)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

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

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole graph, no larger than life size."""
        self.auto_fit = True
        bounds = self.graph_scene.sceneRect()
        view = self.viewport().rect()
        if bounds.isEmpty() or view.isEmpty():
            return
        scale = 0.99 * min(view.width() / bounds.width(), view.height() / bounds.height())
        scale = min(max(scale, MIN_ZOOM), FIT_MAX_ZOOM)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(bounds.center())

    def shows_all(self) -> bool:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        slack = 2 / self.zoom()  # a pixel or two of rounding at the edges
        return visible.adjusted(-slack, -slack, slack, slack).contains(self.graph_scene.sceneRect())

    def centre_on_item(self, item) -> None:
        rect: QRectF = item.sceneBoundingRect()
        if not self.mapToScene(self.viewport().rect()).boundingRect().contains(rect):
            self.centerOn(item)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        steps = event.angleDelta().y() / 120
        if not steps:
            super().wheelEvent(event)
            return
        self.zoom_by(ZOOM_STEP**steps, anchor=event.position())
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt API)
        if not self._accepts(event):
            event.ignore()
            return
        item = self.graph_scene.target_at(self.mapToScene(event.position().toPoint()))
        self.graph_scene.set_drop_target(item)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 (Qt API)
        self.graph_scene.set_drop_target(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        self.graph_scene.set_drop_target(None)
        ids = contact_ids_from_mime(event.mimeData())
        if not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.contacts_dropped.emit(ids, self._target_at(event.position()))
