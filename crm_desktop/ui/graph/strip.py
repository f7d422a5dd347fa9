"""The strip over the referral graph: how you reached the selected person, whom they
introduced, a short notice, the find box, and the warm path, zoom, map and export buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from crm_desktop.ui.common.widgets import plain_tooltip
from crm_desktop.ui.graph.canvas import GraphCanvas
from crm_desktop.ui.graph.export import ExportMenu
from crm_desktop.ui.graph.find import FindOnGraph
from crm_desktop.ui.graph.introductions import IntroducedLinks

NOTICE_MS = 6000
NOTICE_WIDTH = 380
ZOOM_BUTTONS_STYLE = """
QToolButton { border: 1px solid #cfd8d3; border-radius: 6px; background: #ffffff;
              padding: 3px 10px; min-width: 14px; }
QToolButton:hover { background: #eef7f1; border-color: #2f8f5b; }
QToolButton:pressed, QToolButton:checked { background: #dcf0e3; }
QToolButton::menu-indicator { image: none; width: 0; }
"""


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
        info = QVBoxLayout()
        info.setSpacing(2)
        info.addWidget(self.chain_label)
        info.addWidget(self.introduced_label)

        self.notice = QLabel()
        self.notice.setObjectName("muted")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.clear)
        self.zoom_out_button = _tool_button("−", "Zoom out (Ctrl+−)", canvas.zoom_out)
        self.zoom_in_button = _tool_button("+", "Zoom in (Ctrl++)", canvas.zoom_in)
        self.fit_button = _tool_button("Fit", "Show the whole graph (Ctrl+0)", canvas.fit)
        self.map_button = _tool_button(
            "Map", "Overview of the whole graph", canvas.minimap.set_enabled_by_user
        )
        self.map_button.setCheckable(True)
        self.map_button.setChecked(True)
        self.export_button = QToolButton()
        self.export_button.setText("Export ▾")
        self.export_button.setToolTip("Save the graph as PNG, SVG or PDF, or print it")
        self.export_button.setAutoRaise(True)
        self.export_button.setMenu(ExportMenu(canvas, say, self))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.finder = FindOnGraph()
        self.finder.setMaximumWidth(240)
        zoom_box = QWidget()
        zoom_box.setObjectName("zoomButtons")
        zoom_box.setStyleSheet(ZOOM_BUTTONS_STYLE)
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
        self.warm_path_button.setText("Warm path…")
        self.warm_path_button.setToolTip(
            "The shortest chain of introductions to a company or a person"
        )
        self.warm_path_button.setAutoRaise(True)
        self.warm_path_button.setCheckable(True)
        zoom_row.insertWidget(0, self.warm_path_button)
        strip = QHBoxLayout(self)
        strip.setContentsMargins(14, 8, 10, 8)
        strip.addLayout(info, 1)
        strip.addWidget(self.notice)
        strip.addSpacing(12)
        strip.addWidget(self.finder)
        strip.addSpacing(8)
        strip.addWidget(zoom_box)

    def show_notice(self, text: str) -> None:
        """*text*, cut to fit, for a few seconds; the tooltip has all of it."""
        metrics = self.notice.fontMetrics()
        self.notice.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, NOTICE_WIDTH))
        self.notice.setToolTip(plain_tooltip(text))
        self._notice_timer.start()


def _tool_button(text: str, tip: str, slot: Callable) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.setMinimumWidth(30)
    button.clicked.connect(slot)
    return button
