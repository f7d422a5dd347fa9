"""The referral graph's scene: Me, a card per placed contact, curved edges.

Items keep precomputed, elided plain-text strings so painting never queries
anything; names are drawn with ``QPainter.drawText`` and never read as markup.
The scene only reports what the user did with the mouse (``node_dropped``,
``node_dropped_on_edge``, ``edge_end_dropped``, ``node_menu_requested``); the
page decides what that means for the data.

An edge ends in an arrow head at the person who was introduced. The head is a
handle: dragged onto another card it says "that one introduced me instead".
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
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

from crm_desktop.services.graph.layout import branch_roots, children_of, wrapped_layout
from crm_desktop.services.graph.referrals import ME, GraphData, GraphNode, describe_introduction
from crm_desktop.services.text import fold
from crm_desktop.ui.common.widgets import plain_tooltip

NODE_WIDTH, NODE_HEIGHT = 200.0, 48.0
ME_DIAMETER = 68.0
COLUMN_SPACING = 262.0  # layout unit x → scene pixels (card width plus the edge run)
ROW_SPACING = 58.0  # layout unit y → scene pixels (card height plus a gap)
SCENE_MARGIN = 40.0
TEXT_DETAIL = 0.45  # below this zoom, cards are drawn without text
FAR_DETAIL = 0.1  # below this zoom the view draws the cards, as plain rectangles
BUS_RUN = 22.0  # a wrapped line's drop from the bus, this far left of the arrow head
BUS_CORNER = 10.0
SLICE_SECONDS = 0.03  # a build in steps gives the window back this often

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
WARM_PATH = QColor("#e8590c")
WARMTH_COLOURS = {"close": QColor("#c92a2a"), "warm": QColor("#f08c00"), "cold": QColor("#339af0")}
DUE_BADGE = QColor("#d9480f")
ARROW = 9.0  # length of an edge's arrow head
HANDLE_RADIUS = 9.0  # how near the arrow head a press grabs it
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


_FAINT: dict[int, QColor] = {}


def _faint(colour: QColor) -> QColor:
    """The see-through branch colour; one object per colour, shared by its cards."""
    faint = _FAINT.get(colour.rgba())
    if faint is None:
        faint = _FAINT[colour.rgba()] = QColor(colour)
        faint.setAlpha(150)
    return faint


def _touch(item: QGraphicsItem) -> None:
    """Tell the scene its far-out picture (drawn by the view) is out of date."""
    scene = item.scene()
    if isinstance(scene, GraphScene):
        scene.looks_version += 1


class NodeItem(QGraphicsItem):
    """A placed contact: a rounded card with an initials avatar, name and company."""

    TEXT_LEFT = -NODE_WIDTH / 2 + 50
    TEXT_WIDTH = NODE_WIDTH - 50 - 12
    NAME_WIDTH = TEXT_WIDTH - 14  # room for the warmth mark
    _shape = _card_path(NODE_WIDTH, NODE_HEIGHT, 10)
    _bounds = QRectF(-NODE_WIDTH / 2 - 4, -NODE_HEIGHT / 2 - 4, NODE_WIDTH + 8, NODE_HEIGHT + 10)
    _card = QRectF(-NODE_WIDTH / 2, -NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)

    def __init__(self, node: GraphNode, pos: QPointF | None = None):
        super().__init__()
        if pos is not None:  # placed before it reports moves: its lines do not exist yet
            self.setPos(pos)
        self.contact_id = node.id
        self.edge_in: EdgeItem | None = None
        self.edges_out: list[EdgeItem] = []
        self.set_accent(BRANCH_COLOURS[0])
        self.on_path = False
        self.on_warm_path = False
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
        """Name, company and marks as typed; elided copies are made once, when first drawn."""
        self.node = node
        self.text = node.full_name
        self.company = node.company
        self.warmth = node.warmth
        self.follow_up_due = node.follow_up_due
        self._elided: tuple[str, str] | None = None  # made at the first close-up paint
        self.shown_initials = initials(self.text)
        marks = []
        if self.warmth:
            marks.append(f"Warmth: {self.warmth}")
        if self.follow_up_due:
            marks.append("Follow-up due")
        self.setToolTip(plain_tooltip(self.text, self.company, " · ".join(marks)))
        self.update()

    def overview_colour(self) -> QColor:
        """The card's colour from afar, where its text is not drawn."""
        if self.isSelected() or self.drop_target:
            return GREEN_DARK
        return WARM_PATH if self.on_warm_path else self.faint_accent  # the path stays visible

    @classmethod
    def card_rect(cls) -> QRectF:
        return QRectF(cls._card)

    @property
    def shown_name(self) -> str:
        return self._shown()[0]

    @property
    def shown_company(self) -> str:
        return self._shown()[1]

    def _shown(self) -> tuple[str, str]:
        """Name and company cut to fit the card: measured once, and only for cards
        that are drawn up close (measuring every card took a fifth of a big build)."""
        if self._elided is None:
            fonts, elide = _Fonts.get(), Qt.TextElideMode.ElideRight
            self._elided = (
                fonts.name_metrics.elidedText(self.text, elide, self.NAME_WIDTH),
                fonts.company_metrics.elidedText(self.company, elide, self.TEXT_WIDTH),
            )
        return self._elided

    def set_accent(self, colour: QColor) -> None:
        """The branch colour, for the avatar and for the overview at low zoom."""
        self.accent = colour
        self.faint_accent = _faint(colour)
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

    def update(self, *args) -> None:
        super().update(*args)
        _touch(self)

    def itemChange(self, change, value):  # noqa: N802 (Qt API)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            _touch(self)
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

    def set_on_warm_path(self, on: bool) -> None:
        if on != self.on_warm_path:
            self.on_warm_path = on
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
            painter.setBrush(self.overview_colour())
            painter.drawPath(self._shape)
            return
        if self.drop_target:
            fill, border, width = TARGET_FILL, GREEN, 2.5
        elif selected:
            fill, border, width = SELECTED_FILL, WARM_PATH if self.on_warm_path else GREEN, 2.0
        elif self.on_warm_path:
            fill, border, width = CARD, WARM_PATH, 2.2
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
        self._paint_marks(painter)

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

    def _paint_marks(self, painter: QPainter) -> None:
        """A dot for warmth at the right of the name; a badge on the avatar when a
        follow-up is due. Both are spelled out in the tooltip."""
        colour = WARMTH_COLOURS.get(self.warmth)
        if colour is not None:
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(NODE_WIDTH / 2 - 13, -NODE_HEIGHT / 2 + 15), 4.5, 4.5)
        if self.follow_up_due:
            centre = QPointF(-NODE_WIDTH / 2 + 38, -NODE_HEIGHT / 2 + 9)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(DUE_BADGE)
            painter.drawEllipse(centre, 6.5, 6.5)
            painter.setPen(QPen(QColor("white"), 1.6))
            painter.drawLine(centre + QPointF(0, -3.2), centre + QPointF(0, 0.8))
            painter.drawPoint(centre + QPointF(0, 3))


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
    """A smooth curve from an introducer's right side to an arrow head at the
    person's left side. The arrow head is a handle for re-routing the
    introduction, and a person dropped on the line goes in between.

    When the introducer's people are wrapped into bands (see ``wrapped_layout``)
    the line is *routed* instead: right along the bus, down beside the band, and
    into the card, so the lines of a band share one trunk and never cross cards.
    """

    NORMAL = QPen(EDGE, 1.6)
    HOVER = QPen(CARD_HOVER_BORDER, 2.0)
    HIGHLIGHT = QPen(GREEN, 2.6)
    WARM = QPen(WARM_PATH, 3.2)
    DROP = QPen(GREEN_DARK, 3.4, Qt.PenStyle.DashLine)
    DRAGGED = QPen(GREEN, 2.2, Qt.PenStyle.DashLine)
    GRIP_WIDTH = 12.0  # how near the line a hover or a drop counts

    def __init__(self, source: NodeItem | MeItem, target: NodeItem, routed: bool = False):
        super().__init__()
        self.source = source
        self.target = target
        self.routed = routed
        self.highlighted = False
        self.on_warm_path = False
        self.drop_target = False
        self.hovered = False
        self.dragged_to: QPointF | None = None
        self.tip_key: tuple | None = None
        self._grip: QPainterPath | None = None
        self.setPen(self.NORMAL)
        self.setZValue(0)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setAcceptHoverEvents(True)
        self.adjust()

    def set_source(self, source: NodeItem | MeItem) -> None:
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
        _touch(self)  # far_lines: what the view draws of it from afar

    def update(self, *args) -> None:
        super().update(*args)
        _touch(self)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
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
    def _set_flag(self, name: str, on: bool) -> None:
        if getattr(self, name) != on:
            setattr(self, name, on)
            self._restyle()

    def _restyle(self) -> None:
        """Highlighted lines sit over plain ones, a dragged one over the cards."""
        raised = self.highlighted or self.on_warm_path or self.drop_target
        self.setZValue(10 if self.dragged_to is not None else 0.5 if raised else 0)
        self.update()

    def set_highlighted(self, on: bool) -> None:
        self._set_flag("highlighted", on)

    def set_on_warm_path(self, on: bool) -> None:
        self._set_flag("on_warm_path", on)

    def set_drop_target(self, on: bool) -> None:
        self._set_flag("drop_target", on)

    def drag_to(self, scene_pos: QPointF | None) -> None:
        """Draw the line from *scene_pos* while its arrow is being re-routed; None ends it."""
        self.dragged_to = scene_pos
        self.hovered = scene_pos is not None
        self.adjust()
        self._restyle()

    def current_pen(self) -> QPen:
        if self.dragged_to is not None:
            return self.DRAGGED
        if self.drop_target:
            return self.DROP
        if self.on_warm_path:
            return self.WARM
        if self.highlighted:
            return self.HIGHLIGHT
        return self.HOVER if self.hovered else self.NORMAL

    # Mouse ---------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._set_flag("hovered", True)
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.near_handle(event.scenePos()):
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._set_flag("hovered", False)
        self.unsetCursor()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt API)
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
            painter.setPen(QPen(GREEN, 1.6))
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawEllipse(self.handle_centre(), 6.0, 6.0)
            painter.setBrush(GREEN)
            painter.drawEllipse(self.handle_centre(), 2.2, 2.2)


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


class GroupLabel(QGraphicsItem):
    """The "Met directly · N people" line over the bus when Me's people are wrapped into bands."""

    _box = QRectF(ME_DIAMETER / 2 + 14, -ROW_SPACING / 2 - 8, 420, ROW_SPACING / 2)

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def set_count(self, count: int) -> None:
        """How many people hang from Me's bus; 0 hides the label."""
        self.text = f"Met directly · {count:,} {'person' if count == 1 else 'people'}"
        self.setVisible(count > 0)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._box

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(MUTED)
        painter.setFont(_Fonts.get().hint)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(self._box, flags, self.text)


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
                f"Drag the arrow head onto whoever introduced you to {name}.",
                "Drop a person on this line to put them in between.",
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
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        grabber = self.mouseGrabberItem()
        left = event.button() == Qt.MouseButton.LeftButton
        self._dragged = grabber if left and isinstance(grabber, NodeItem) else None
        self._dragged_edge = grabber if left and isinstance(grabber, EdgeItem) else None
        self._dragging = False

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
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

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
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
