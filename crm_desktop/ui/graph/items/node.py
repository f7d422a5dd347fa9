"""A placed contact on the referral graph: a card with an initials avatar, name and company.

Cards keep precomputed, elided plain-text strings so painting never queries
anything; names are drawn with ``QPainter.drawText`` and never read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from crm_desktop.services.graph.referrals import GraphNode
from crm_desktop.ui.common.service_text import warmth_word
from crm_desktop.ui.common.themes import GraphColours
from crm_desktop.ui.common.widgets import plain_tooltip
from crm_desktop.ui.graph.items.edge import EdgeItem
from crm_desktop.ui.graph.items.looks import Marks, touch
from crm_desktop.ui.graph.style import (
    BRANCH_COLOURS,
    NODE_HEIGHT,
    NODE_WIDTH,
    TEXT_DETAIL,
    Fonts,
    colours,
    faint,
)

translate = QCoreApplication.translate


def initials(name: str) -> str:
    """Two letters for the avatar: first and last word, ignoring a "(…)" aside."""
    base = name.split(" (")[0] if " (" in name else name
    words = [w for w in base.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return "?"
    picked = [words[0]] if len(words) == 1 else [words[0], words[-1]]
    letters = [next(ch for ch in w if ch.isalnum()) for w in picked]
    return "".join(letters).upper()


def _card_path(width: float, height: float, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(-width / 2, -height / 2, width, height), radius, radius)
    return path


class NodeItem(Marks, QGraphicsItem):
    """A placed contact: a rounded card with an initials avatar, name and company."""

    TEXT_LEFT = -NODE_WIDTH / 2 + 50
    TEXT_WIDTH = NODE_WIDTH - 50 - 12
    NAME_WIDTH = TEXT_WIDTH - 14  # room for the warmth mark
    _shape = _card_path(NODE_WIDTH, NODE_HEIGHT, 10)
    _bounds = QRectF(-NODE_WIDTH / 2 - 4, -NODE_HEIGHT / 2 - 4, NODE_WIDTH + 8, NODE_HEIGHT + 10)
    _card = QRectF(-NODE_WIDTH / 2, -NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)
    on_path = False  # between Me and the selected person

    def __init__(self, node: GraphNode, pos: QPointF | None = None):
        super().__init__()
        if pos is not None:  # placed before it reports moves: its lines do not exist yet
            self.setPos(pos)
        self.contact_id = node.id
        self.edge_in: EdgeItem | None = None
        self.edges_out: list[EdgeItem] = []
        self.set_accent(BRANCH_COLOURS[0])
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
            marks.append(
                translate("NodeItem", "Warmth: {warmth}").format(warmth=warmth_word(self.warmth))
            )
        if self.follow_up_due:
            marks.append(translate("NodeItem", "Follow-up due"))
        self.setToolTip(plain_tooltip(self.text, self.company, " · ".join(marks)))
        self.update()

    def overview_colour(self) -> QColor:
        """The card's colour from afar, where its text is not drawn."""
        if self.isSelected() or self.drop_target:
            return colours().accent_strong
        return (
            colours().warm_path if self.on_warm_path else self.faint_accent
        )  # the path stays visible

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
            fonts, elide = Fonts.get(), Qt.TextElideMode.ElideRight
            self._elided = (
                fonts.name_metrics.elidedText(self.text, elide, self.NAME_WIDTH),
                fonts.company_metrics.elidedText(self.company, elide, self.TEXT_WIDTH),
            )
        return self._elided

    def set_accent(self, colour: QColor) -> None:
        """The branch colour, for the avatar and for the overview at low zoom."""
        self.accent = colour
        self.faint_accent = faint(colour)
        self.update()

    # Geometry ------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def left_anchor(self) -> QPointF:
        return self.pos() + QPointF(-NODE_WIDTH / 2, 0)

    def right_anchor(self) -> QPointF:
        return self.pos() + QPointF(NODE_WIDTH / 2, 0)

    def update(self, *args) -> None:
        super().update(*args)
        touch(self)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            touch(self)
            for edge in self._edges():
                edge.adjust()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    def _edges(self) -> list[EdgeItem]:
        return self.edges_out + ([self.edge_in] if self.edge_in is not None else [])

    # States --------------------------------------------------------------------
    def set_on_path(self, on: bool) -> None:
        self._set_mark("on_path", on)

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
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
        c = colours()
        if self.drop_target:
            fill, border, width = c.target_fill, c.accent, 2.5
        elif selected:
            fill, border, width = (
                c.selected_fill,
                c.warm_path if self.on_warm_path else c.accent,
                2.0,
            )
        elif self.on_warm_path:
            fill, border, width = c.card, c.warm_path, 2.2
        elif self.on_path:
            fill, border, width = c.card, c.path_border, 1.6
        else:
            border = c.card_hover_border if self.hovered else c.card_border
            fill, width = c.card, 1.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.shadow)
        painter.drawPath(self._shape.translated(0, 2.5))
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        painter.drawPath(self._shape)

        avatar = QRectF(-NODE_WIDTH / 2 + 10, -16, 32, 32)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.accent)
        painter.drawEllipse(avatar)
        fonts = Fonts.get()
        painter.setPen(c.on_accent)
        painter.setFont(fonts.avatar)
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, self.shown_initials)
        self._paint_marks(painter, c)

        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(c.ink)
        painter.setFont(fonts.name)
        if self.shown_company:
            name_box = QRectF(self.TEXT_LEFT, -NODE_HEIGHT / 2 + 5, self.TEXT_WIDTH, 20)
            company_box = QRectF(self.TEXT_LEFT, 0, self.TEXT_WIDTH, 18)
            painter.drawText(name_box, left, self.shown_name)
            painter.setPen(c.muted)
            painter.setFont(fonts.company)
            painter.drawText(company_box, left, self.shown_company)
        else:
            name_box = QRectF(self.TEXT_LEFT, -NODE_HEIGHT / 2, self.TEXT_WIDTH, NODE_HEIGHT)
            painter.drawText(name_box, left, self.shown_name)

    def _paint_marks(self, painter: QPainter, c: GraphColours) -> None:
        """A dot for warmth at the right of the name; a badge on the avatar when a
        follow-up is due. Both are spelled out in the tooltip."""
        colour = c.warmth.get(self.warmth)
        if colour is not None:
            painter.setPen(QPen(c.card, 1.2))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(NODE_WIDTH / 2 - 13, -NODE_HEIGHT / 2 + 15), 4.5, 4.5)
        if self.follow_up_due:
            centre = QPointF(-NODE_WIDTH / 2 + 38, -NODE_HEIGHT / 2 + 9)
            painter.setPen(QPen(c.card, 1.5))
            painter.setBrush(c.due_badge)
            painter.drawEllipse(centre, 6.5, 6.5)
            painter.setPen(QPen(c.on_accent, 1.6))
            painter.drawLine(centre + QPointF(0, -3.2), centre + QPointF(0, 0.8))
            painter.drawPoint(centre + QPointF(0, 3))
