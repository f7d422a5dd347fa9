"""The strip over the referral graph: how you reached the selected person, whom they
introduced, the find box, and the warm path, zoom, map and export buttons; hanging
under it, over the top of the canvas, why the last edit was refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from crm_desktop.ui.common.widgets import plain_tooltip
from crm_desktop.ui.graph.canvas import GraphCanvas
from crm_desktop.ui.graph.export import ExportMenu
from crm_desktop.ui.graph.find import FindOnGraph
from crm_desktop.ui.graph.introductions import IntroducedLinks
from crm_desktop.ui.graph.notice import NoticeBar

translate = QCoreApplication.translate


class ElidedLabel(QLabel):
    """A one-line plain-text label that shows "… the end" when it is too narrow.

    ``text()`` stays the full text; the tooltip shows it too.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tooltip(text))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideLeft, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)


class GraphStrip(QWidget):
    """The widgets of the strip; the page connects what they do."""

    def __init__(
        self, canvas: GraphCanvas, say: Callable[[str], None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.chain_label = ElidedLabel()
        font = self.chain_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.chain_label.setFont(font)
        self.introduced_label = IntroducedLinks()

        # Over the canvas, not in this row: a long refusal would squeeze the chain here,
        # and a row of its own would shrink the canvas (and refit the graph) each time.
        self.notice = NoticeBar(canvas)
        self.zoom_out_button = _tool_button(
            "−", translate("GraphStrip", "Zoom out (Ctrl+−)"), canvas.zoom_out
        )
        self.zoom_out_button.setAccessibleName(translate("GraphStrip", "Zoom out"))
        self.zoom_in_button = _tool_button(
            "+", translate("GraphStrip", "Zoom in (Ctrl++)"), canvas.zoom_in
        )
        self.zoom_in_button.setAccessibleName(translate("GraphStrip", "Zoom in"))
        self.fit_button = _tool_button(
            translate("GraphStrip", "Fit"),
            translate("GraphStrip", "Show the whole graph (Ctrl+0)"),
            canvas.fit,
        )
        self.map_button = _tool_button(
            translate("GraphStrip", "Map"),
            translate("GraphStrip", "Overview of the whole graph"),
            canvas.minimap.set_enabled_by_user,
        )
        self.map_button.setAccessibleName(translate("GraphStrip", "Overview map"))
        self.map_button.setCheckable(True)
        self.map_button.setChecked(True)
        self.export_button = QToolButton()
        self.export_button.setText(translate("GraphStrip", "Export ▾"))
        self.export_button.setAccessibleName(translate("GraphStrip", "Export the graph"))
        self.export_button.setToolTip(
            translate("GraphStrip", "Save the graph as PNG, SVG or PDF, or print it")
        )
        self.export_button.setAutoRaise(True)
        self.export_button.setMenu(ExportMenu(canvas, say, self))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.finder = FindOnGraph()
        self.finder.setMaximumWidth(240)
        zoom_box = QWidget()
        zoom_box.setObjectName("graphZoomButtons")  # styled in app.qss
        zoom_row = QHBoxLayout(zoom_box)
        zoom_row.setContentsMargins(0, 0, 0, 0)
        zoom_row.setSpacing(4)
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.map_button,
            self.export_button,
        ):
            zoom_row.addWidget(button)
        self.warm_path_button = QToolButton()
        self.warm_path_button.setText(translate("GraphStrip", "Warm path…"))
        self.warm_path_button.setToolTip(
            translate("GraphStrip", "The shortest chain of introductions to a company or a person")
        )
        self.warm_path_button.setAutoRaise(True)
        self.warm_path_button.setCheckable(True)
        zoom_row.insertWidget(0, self.warm_path_button)
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.finder)
        tools.addWidget(zoom_box)
        # The chain beside the tools; the names under it get the whole width, so a
        # narrow window does not cut "Introduced you to:" down to a name or two.
        strip = QGridLayout(self)
        strip.setContentsMargins(14, 8, 10, 8)
        strip.setHorizontalSpacing(12)
        strip.setVerticalSpacing(2)
        strip.addWidget(self.chain_label, 0, 0)
        strip.addLayout(tools, 0, 1)
        strip.addWidget(self.introduced_label, 1, 0, 1, 2)
        strip.setColumnStretch(0, 1)
        # The warm path button is made last but shown first: Tab takes the row left to right.
        QWidget.setTabOrder(self.finder, self.warm_path_button)
        QWidget.setTabOrder(self.warm_path_button, self.zoom_out_button)


def _tool_button(text: str, tip: str, slot: Callable) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.setMinimumWidth(30)
    button.clicked.connect(slot)
    return button
