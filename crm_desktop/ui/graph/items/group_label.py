"""The "Met directly · N people" label over the bus when Me's people are wrapped into bands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

from crm_desktop.ui.common.service_text import number
from crm_desktop.ui.graph.style import ME_DIAMETER, ROW_SPACING, Fonts, colours

translate = QCoreApplication.translate


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
        self.text = (
            translate("GroupLabel", "Met directly · 1 person")
            if count == 1
            else translate("GroupLabel", "Met directly · {count} people").format(
                count=number(count)
            )
        )
        self.setVisible(count > 0)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._box

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(colours().muted)
        painter.setFont(Fonts.get().hint)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.drawText(self._box, flags, self.text)
