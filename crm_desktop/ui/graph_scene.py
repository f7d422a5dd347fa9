"""The referral graph's scene: Me, a card per placed contact, curved edges.

Items keep precomputed, elided plain-text strings so painting never queries
anything; names are drawn with ``QPainter.drawText`` and never read as markup.
The scene only reports what the user did with the mouse (``node_dropped``,
``node_menu_requested``); the page decides what that means for the data.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from crm_desktop.services.referrals import ME, GraphData, GraphNode
from crm_desktop.services.text import fold
from crm_desktop.ui.graph_layout import branch_roots, children_of, tidy_layout

NODE_WIDTH, NODE_HEIGHT = 200.0, 48.0
ME_DIAMETER = 68.0
COLUMN_SPACING = 262.0  # layout unit x → scene pixels (card width plus the edge run)
ROW_SPACING = 58.0  # layout unit y → scene pixels (card height plus a gap)
SCENE_MARGIN = 40.0
TEXT_DETAIL = 0.45  # below this zoom, cards are drawn without text

GREEN = QColor("#2f8f5b")
GREEN_DARK = QColor("#1d5e3b")
INK = QColor("#111827")
MUTED = QColor("#6b7280")
CARD = QColor("#ffffff")
CARD_BORDER = QColor("#d3dbd6")
CARD_HOVER_BORDER = QColor("#9aa9a1")
SELECTED_FILL = QColor("#eef7f1")
TARGET_FILL = QColor("#dcf0e3")
PATH_BORDER = QColor("#7dbd97")
EDGE = QColor("#bcc7c1")
SHADOW = QColor(17, 24, 39, 18)
# One colour per branch under Me, picked by the branch's first person so it stays put.
BRANCH_COLOURS = [
    QColor(c)
    for c in (
        "#2f8f5b",
        "#3b6fb6",
        "#b4582f",
        "#7b55b0",
        "#b03d6b",
        "#2c8a94",
        "#9a7b1c",
        "#5b6b7a",
    )
]


def initials(name: str) -> str:
    """Two letters for the avatar: first and last word, ignoring a "(…)" aside."""
    base = name.split(" (")[0] if " (" in name else name
    words = [w for w in base.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return "?"
    picked = [words[0]] if len(words) == 1 else [words[0], words[-1]]
    letters = [next(ch for ch in w if ch.isalnum()) for w in picked]
    return "".join(letters).upper()


def plain_tooltip(*lines: str) -> str:
    """A tooltip that shows *lines* exactly as typed, even if they look like HTML."""
    body = "<br>".join(html.escape(line) for line in lines if line)
    return f"<p style='white-space:pre-wrap'>{body}</p>"


class _Fonts:
    """Fonts and metrics shared by every card, made once the application exists."""

    _made: _Fonts | None = None

    def __init__(self) -> None:
        base = QApplication.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        self.name = QFont(base)
        self.name.setPointSizeF(size)
        self.name.setBold(True)
        self.company = QFont(base)
        self.company.setPointSizeF(max(size * 0.88, 6.0))
        self.avatar = QFont(base)
        self.avatar.setPointSizeF(max(size * 0.82, 6.0))
        self.avatar.setBold(True)
        self.me = QFont(base)
        self.me.setPointSizeF(size * 1.25)
        self.me.setBold(True)
        self.hint = QFont(base)
        self.hint.setPointSizeF(size * 1.05)
        self.name_metrics = QFontMetricsF(self.name)
        self.company_metrics = QFontMetricsF(self.company)

    @classmethod
    def get(cls) -> _Fonts:
        if cls._made is None:
            cls._made = cls()
        return cls._made


def _card_path(width: float, height: float, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(-width / 2, -height / 2, width, height), radius, radius)
    return path


class NodeItem(QGraphicsItem):
    """A placed contact: a rounded card with an initials avatar, name and company."""

    TEXT_LEFT = -NODE_WIDTH / 2 + 50
    TEXT_WIDTH = NODE_WIDTH - 50 - 12
    _shape = _card_path(NODE_WIDTH, NODE_HEIGHT, 10)
    _bounds = QRectF(-NODE_WIDTH / 2 - 4, -NODE_HEIGHT / 2 - 4, NODE_WIDTH + 8, NODE_HEIGHT + 10)

    def __init__(self, node: GraphNode):
        super().__init__()
        self.contact_id = node.id
        self.edge_in: EdgeItem | None = None
        self.edges_out: list[EdgeItem] = []
        self.set_accent(BRANCH_COLOURS[0])
        self.on_path = False
        self.drop_target = False
        self.hovered = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(1)
        self.set_person(node)

    def set_person(self, node: GraphNode) -> None:
        """Name and company as typed; elided copies are made here, not in paint()."""
        self.text = node.full_name
        self.company = node.company
        fonts = _Fonts.get()
        elide = Qt.TextElideMode.ElideRight
        self.shown_name = fonts.name_metrics.elidedText(self.text, elide, self.TEXT_WIDTH)
        self.shown_company = fonts.company_metrics.elidedText(self.company, elide, self.TEXT_WIDTH)
        self.shown_initials = initials(self.text)
        self.setToolTip(plain_tooltip(self.text, self.company))
        self.update()

    def set_accent(self, colour: QColor) -> None:
        """The branch colour, for the avatar and for the overview at low zoom."""
        self.accent = colour
        self.faint_accent = QColor(colour)
        self.faint_accent.setAlpha(150)
        self.update()

    # Geometry ------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def left_anchor(self) -> QPointF:
        return self.pos() + QPointF(-NODE_WIDTH / 2, 0)

    def right_anchor(self) -> QPointF:
        return self.pos() + QPointF(NODE_WIDTH / 2, 0)

    def itemChange(self, change, value):  # noqa: N802 (Qt API)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self._edges():
                edge.adjust()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    def _edges(self) -> list[EdgeItem]:
        return self.edges_out + ([self.edge_in] if self.edge_in is not None else [])

    # States --------------------------------------------------------------------
    def set_on_path(self, on: bool) -> None:
        if on != self.on_path:
            self.on_path = on
            self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    # Painting ------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        detail = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        if detail < TEXT_DETAIL:  # an overview: solid cards in their branch colour
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(GREEN_DARK if selected or self.drop_target else self.faint_accent)
            painter.drawPath(self._shape)
            return
        if self.drop_target:
            fill, border, width = TARGET_FILL, GREEN, 2.5
        elif selected:
            fill, border, width = SELECTED_FILL, GREEN, 2.0
        elif self.on_path:
            fill, border, width = CARD, PATH_BORDER, 1.6
        else:
            fill, border, width = CARD, CARD_HOVER_BORDER if self.hovered else CARD_BORDER, 1.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADOW)
        painter.drawPath(self._shape.translated(0, 2.5))
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        painter.drawPath(self._shape)

        avatar = QRectF(-NODE_WIDTH / 2 + 10, -16, 32, 32)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.accent)
        painter.drawEllipse(avatar)
        fonts = _Fonts.get()
        painter.setPen(QColor("white"))
        painter.setFont(fonts.avatar)
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, self.shown_initials)

        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(INK)
        painter.setFont(fonts.name)
        if self.shown_company:
            name_box = QRectF(self.TEXT_LEFT, -NODE_HEIGHT / 2 + 5, self.TEXT_WIDTH, 20)
            company_box = QRectF(self.TEXT_LEFT, 0, self.TEXT_WIDTH, 18)
            painter.drawText(name_box, left, self.shown_name)
            painter.setPen(MUTED)
            painter.setFont(fonts.company)
            painter.drawText(company_box, left, self.shown_company)
        else:
            name_box = QRectF(self.TEXT_LEFT, -NODE_HEIGHT / 2, self.TEXT_WIDTH, NODE_HEIGHT)
            painter.drawText(name_box, left, self.shown_name)


class MeItem(QGraphicsItem):
    """The user, at the root: a green disc that people can be dropped on."""

    contact_id = None
    text = ME
    _bounds = QRectF(-ME_DIAMETER / 2 - 8, -ME_DIAMETER / 2 - 8, ME_DIAMETER + 16, ME_DIAMETER + 16)

    def __init__(self) -> None:
        super().__init__()
        self.edges_out: list[EdgeItem] = []
        self.drop_target = False
        self.setZValue(1)
        self.setToolTip(plain_tooltip("Me", "Drop someone here if you met them directly."))
        self._shape = QPainterPath()
        self._shape.addEllipse(QPointF(0, 0), ME_DIAMETER / 2, ME_DIAMETER / 2)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def right_anchor(self) -> QPointF:
        return self.pos() + QPointF(ME_DIAMETER / 2, 0)

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def set_on_path(self, on: bool) -> None:  # Me is on every path; nothing to show
        pass

    def paint(self, painter: QPainter, option, widget=None) -> None:
        radius = ME_DIAMETER / 2
        painter.setPen(Qt.PenStyle.NoPen)
        halo = QColor(GREEN)
        halo.setAlpha(90 if self.drop_target else 40)
        painter.setBrush(halo)
        extra = 7 if self.drop_target else 5
        painter.drawEllipse(QPointF(0, 0), radius + extra, radius + extra)
        painter.setBrush(GREEN_DARK if self.drop_target else GREEN)
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        painter.setPen(QColor("white"))
        painter.setFont(_Fonts.get().me)
        painter.drawText(self._shape.boundingRect(), Qt.AlignmentFlag.AlignCenter, ME)


class EdgeItem(QGraphicsPathItem):
    """A smooth curve from an introducer's right side to the person's left side."""

    NORMAL = QPen(EDGE, 1.6)
    HIGHLIGHT = QPen(GREEN, 2.6)

    def __init__(self, source: NodeItem | MeItem, target: NodeItem):
        super().__init__()
        self.source = source
        self.target = target
        self.highlighted = False
        self.setPen(self.NORMAL)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.adjust()

    def set_source(self, source: NodeItem | MeItem) -> None:
        if source is not self.source:
            self.source.edges_out.remove(self)
            source.edges_out.append(self)
            self.source = source
            self.adjust()

    def adjust(self) -> None:
        start, end = self.source.right_anchor(), self.target.left_anchor()
        bend = max(abs(end.x() - start.x()) * 0.5, 30.0)
        path = QPainterPath(start)
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end)
        self.setPath(path)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) < 0.2:
            path = self.path()  # far out, a straight line reads the same and costs less
            start = path.elementAt(0)
            painter.setPen(self.pen())
            painter.drawLine(QPointF(start.x, start.y), path.currentPosition())
            return
        super().paint(painter, option, widget)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setPen(self.HIGHLIGHT if on else self.NORMAL)
            self.setZValue(0.5 if on else 0)


class HintItem(QGraphicsItem):
    """What an empty graph shows: a dashed place to drop people, with the hint."""

    text = "Drag people here from the list on the left"
    _box = QRectF(COLUMN_SPACING - NODE_WIDTH / 2 - 30, -34, NODE_WIDTH + 100, 68)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(ME_DIAMETER / 2, self._box.top(), 0, self._box.height()).united(self._box)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        dashed = QPen(EDGE, 1.6, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(QPointF(ME_DIAMETER / 2 + 8, 0), QPointF(self._box.left(), 0))
        painter.setBrush(QColor(255, 255, 255, 170))
        painter.drawRoundedRect(self._box, 12, 12)
        painter.setPen(MUTED)
        painter.setFont(_Fonts.get().hint)
        painter.drawText(
            self._box.adjusted(14, 0, -14, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.text,
        )


class GraphScene(QGraphicsScene):
    """Owns the items and keeps them in step with the data given to ``show_graph``."""

    node_dropped = Signal(int, object)  # dragged contact id; target: contact id, ME, or None
    node_menu_requested = Signal(int, QPoint)  # contact id, screen position
    node_activated = Signal(int)  # a card was double-clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.me = MeItem()
        self.addItem(self.me)
        self.hint = HintItem()
        self.addItem(self.hint)
        self.nodes: dict[int, NodeItem] = {}
        self.edges: dict[int, EdgeItem] = {}  # by the contact they lead to
        self.parent_of: dict[int, int | None] = {}
        self.children: dict[int | None, list[int]] = {None: []}
        self.positions: dict[int | None, QPointF] = {None: QPointF(0, 0)}
        self._drop_target: NodeItem | MeItem | None = None
        self._path: list[int] = []
        self._dragged: NodeItem | None = None
        self._dragging = False

    # Building ------------------------------------------------------------------
    def show_graph(self, data: GraphData) -> None:
        """Make the items match *data*: add, update, remove, then lay out."""
        names = {i: fold(n.full_name) for i, n in data.nodes.items()}
        introducer = {i: data.introducer.get(i) for i in data.nodes}
        self.children = children_of(introducer, sort_key=names.__getitem__)
        self.parent_of = {kid: up for up, kids in self.children.items() for kid in kids}

        for gone in set(self.nodes) - set(data.nodes):
            self._remove_node(gone)
        for contact_id, node in data.nodes.items():
            item = self.nodes.get(contact_id)
            if item is None:
                item = self.nodes[contact_id] = NodeItem(node)
                self.addItem(item)
            elif (item.text, item.company) != (node.full_name, node.company):
                item.set_person(node)
        for contact_id, up in self.parent_of.items():
            source = self.me if up is None else self.nodes[up]
            edge = self.edges.get(contact_id)
            if edge is None:
                edge = self.edges[contact_id] = EdgeItem(source, self.nodes[contact_id])
                source.edges_out.append(edge)
                self.nodes[contact_id].edge_in = edge
                self.addItem(edge)
            else:
                edge.set_source(source)

        roots = branch_roots(self.children)
        for contact_id, item in self.nodes.items():
            colour = BRANCH_COLOURS[roots[contact_id] % len(BRANCH_COLOURS)]
            if colour is not item.accent:
                item.set_accent(colour)
        self.positions = {
            key: QPointF(x * COLUMN_SPACING, y * ROW_SPACING)
            for key, (x, y) in tidy_layout(self.children).items()
        }
        self.hint.setVisible(not self.nodes)
        self.snap_back()
        self.highlight_path(self._path[-1] if self._path else None)

    def _remove_node(self, contact_id: int) -> None:
        item = self.nodes.pop(contact_id)
        if item is self._dragged:
            self._dragged = None
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

    def snap_back(self) -> None:
        """Put every item back where the layout wants it (after a drag, a change)."""
        self.me.setPos(self.positions[None])
        for contact_id, item in self.nodes.items():
            item.setPos(self.positions[contact_id])
            item.setZValue(1)
        self.hint.setPos(self.positions[None])
        self.setSceneRect(
            self.itemsBoundingRect().adjusted(
                -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN
            )
        )

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

    def target_at(self, scene_pos: QPointF, exclude: QGraphicsItem | None = None):
        """The card or Me under *scene_pos*, or None for empty canvas."""
        for item in self.items(scene_pos):
            if item is not exclude and isinstance(item, NodeItem | MeItem):
                return item
        return None

    def path_to_me(self, contact_id: int) -> list[int]:
        """Contact ids from the person under Me down to *contact_id*."""
        path = [contact_id]
        up = self.parent_of.get(contact_id)
        while up is not None:
            path.append(up)
            up = self.parent_of.get(up)
        return list(reversed(path))

    # Highlights ------------------------------------------------------------------
    def set_drop_target(self, item: NodeItem | MeItem | None) -> None:
        if item is self._drop_target:
            return
        if self._drop_target is not None:
            self._drop_target.set_drop_target(False)
        self._drop_target = item
        if item is not None:
            item.set_drop_target(True)

    @property
    def drop_target(self) -> NodeItem | MeItem | None:
        return self._drop_target

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
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        grabber = self.mouseGrabberItem()
        left = event.button() == Qt.MouseButton.LeftButton
        self._dragged = grabber if left and isinstance(grabber, NodeItem) else None
        self._dragging = False

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        item = self._dragged
        if item is None:
            return
        if not self._dragging:
            moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            if moved.manhattanLength() < QApplication.startDragDistance():
                return
            self._dragging = True
            item.setZValue(10)
            item.setOpacity(0.88)  # the card it is dropped on stays readable beneath
        self.set_drop_target(self.target_at(event.scenePos(), exclude=item))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item, dragging = self._dragged, self._dragging
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragged, self._dragging = None, False
        super().mouseReleaseEvent(event)
        if item is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if not dragging:  # a click that wobbled a pixel or two: not a move
            self.snap_back()
            return
        target = self.target_at(event.scenePos(), exclude=item)
        self.set_drop_target(None)
        item.setZValue(1)
        item.setOpacity(1.0)
        if isinstance(target, NodeItem):
            where: int | str | None = target.contact_id
        elif isinstance(target, MeItem):
            where = ME
        else:
            where = None
        self.node_dropped.emit(item.contact_id, where)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = self.target_at(event.scenePos())
        if isinstance(item, NodeItem) and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.node_activated.emit(item.contact_id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802
        item = self.target_at(event.scenePos())
        if not isinstance(item, NodeItem):
            event.ignore()
            return
        self.select_contact(item.contact_id)
        event.accept()
        self.node_menu_requested.emit(item.contact_id, event.screenPos())
