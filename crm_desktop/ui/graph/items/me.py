"""The user on the referral graph: the green disc at the root that people are dropped on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from crm_desktop.services.graph.referrals import me
from crm_desktop.ui.common.widgets import plain_tooltip
from crm_desktop.ui.graph.items.edge import EdgeItem
from crm_desktop.ui.graph.items.looks import Marks
from crm_desktop.ui.graph.style import ME_DIAMETER, Fonts, colours

translate = QCoreApplication.translate


class MeItem(Marks, QGraphicsItem):
    """The user, at the root: a green disc that people can be dropped on."""

    contact_id = None

    @property
    def text(self) -> str:
        return me()

    _bounds = QRectF(-ME_DIAMETER / 2 - 8, -ME_DIAMETER / 2 - 8, ME_DIAMETER + 16, ME_DIAMETER + 16)

    def __init__(self) -> None:
        super().__init__()
        self.edges_out: list[EdgeItem] = []
        self.setZValue(1)
        self.setToolTip(
            plain_tooltip(me(), translate("MeItem", "Drop someone here if you met them directly."))
        )
        self._shape = QPainterPath()
        self._shape.addEllipse(QPointF(0, 0), ME_DIAMETER / 2, ME_DIAMETER / 2)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def right_anchor(self) -> QPointF:
        return self.pos() + QPointF(ME_DIAMETER / 2, 0)

    def set_on_path(self, on: bool) -> None:  # Me is on every path; nothing to show
        pass

    def paint(self, painter: QPainter, option, widget=None) -> None:
        radius = ME_DIAMETER / 2
        c = colours()
        painter.setPen(Qt.PenStyle.NoPen)
        halo = QColor(c.accent)
        halo.setAlpha(90 if self.drop_target else 40)
        painter.setBrush(halo)
        extra = 7 if self.drop_target else 5
        painter.drawEllipse(QPointF(0, 0), radius + extra, radius + extra)
        painter.setBrush(c.accent_strong if self.drop_target else c.accent)
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        painter.setPen(c.on_accent)
        painter.setFont(Fonts.get().me)
        painter.drawText(self._shape.boundingRect(), Qt.AlignmentFlag.AlignCenter, me())
