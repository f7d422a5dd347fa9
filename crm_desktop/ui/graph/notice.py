"""The bar that says why an edit of the referral graph was refused.

It hangs from the strip over the top edge of the canvas, as wide as the canvas, so a
long refusal ("… would make a loop", both people named) wraps there instead of taking
the width of the chain in the strip; it floats rather than taking a row of the page,
so the canvas keeps its size and the graph does not shrink and grow back each time.
It replaces a box the user had to dismiss, and goes away when closed, after a while,
or when the next edit is done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

translate = QCoreApplication.translate

NOTICE_MS = 12000  # long enough to read two lines
MARGIN = 10


class NoticeBar(QFrame):
    """Plain text, wrapped to the width of *over* (the canvas), with a close button."""

    def __init__(self, over: QWidget):
        super().__init__(over)
        self._over = over
        self.setObjectName("graphNotice")  # styled in app.qss
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names are the user's text
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("NoticeBar", "Close this message"))
        self.close_button.setAccessibleName(translate("NoticeBar", "Close this message"))
        self.close_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 4, 6)
        row.setSpacing(8)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.clear)
        self.hide()
        over.installEventFilter(self)  # follow the canvas's width

    def text(self) -> str:
        return self.label.text()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self.raise_()
        self._place()
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self.hide()
        self.label.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._over and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        """As wide as the canvas, less a margin; as tall as the wrapped text."""
        width = max(self._over.width() - 2 * MARGIN, 160)
        margins = self.layout().contentsMargins()
        button = self.close_button.sizeHint()
        frame = 2 * self.frameWidth()  # the border the style sheet draws
        room = width - frame - margins.left() - margins.right()
        room -= self.layout().spacing() + button.width()
        text = max(self.label.heightForWidth(room), self.label.fontMetrics().height())
        height = max(text, button.height()) + margins.top() + margins.bottom() + frame
        self.setGeometry(MARGIN, MARGIN // 2, width, height)
