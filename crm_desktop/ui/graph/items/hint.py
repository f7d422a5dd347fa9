"""What an empty referral graph shows beside Me: a dashed place to drop people, with a hint."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from crm_desktop.ui.graph.style import COLUMN_SPACING, ME_DIAMETER, NODE_WIDTH, Fonts, colours

translate = QCoreApplication.translate


class HintItem(QGraphicsItem):
    """What an empty graph shows: a dashed place to drop people, with the hint."""

    text = QT_TRANSLATE_NOOP("HintItem", "Drag people here from the list on the left")
    _box = QRectF(COLUMN_SPACING - NODE_WIDTH / 2 - 30, -34, NODE_WIDTH + 100, 68)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return QRectF(ME_DIAMETER / 2, self._box.top(), 0, self._box.height()).united(self._box)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        c = colours()
        dashed = QPen(c.edge, 1.6, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(QPointF(ME_DIAMETER / 2 + 8, 0), QPointF(self._box.left(), 0))
        painter.setBrush(c.hint_fill)
        painter.drawRoundedRect(self._box, 12, 12)
        painter.setPen(c.muted)
        painter.setFont(Fonts.get().hint)
        painter.drawText(
            self._box.adjusted(14, 0, -14, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            translate("HintItem", self.text),
        )
