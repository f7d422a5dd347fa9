"""A ring round the button (or drop-down) that has the keyboard focus, while the focus is
moved with the keyboard: the platform style marks a focused button with a faint tint
that is easy to lose, and not at all on the app's own coloured buttons.

One ``FocusRing`` for the application follows the focus (Qt's ``QFocusFrame`` sits
outside the widget, where a tight row of buttons cuts it off); it is drawn in the palette's
highlight colour, so it follows the light or dark look, and only when the focus came
from the keyboard (a click shows where the mouse is already).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QWidget,
)

RINGED = (QAbstractButton, QComboBox)  # what the style marks too faintly, or not at all
WIDTH = 2.0


class FocusRing(QWidget):
    """A rounded ring over the edge of the focused widget: drawn as its child, on top of
    it and inside it, so a tight row of buttons does not cut it off."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ringed: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.ringed is not None and shiboken6.isValid(self.ringed):
            self.ringed.removeEventFilter(self)
        self.ringed = widget
        if widget is None:
            self.hide()
            return
        self.setParent(widget)
        self.setGeometry(widget.rect())
        widget.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ringed and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.ringed.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Two rings: the highlight colour, and inside it the colour of text on the
        highlight, so the ring shows on the app's own buttons filled with the highlight
        colour too ("New meeting", "Save"), where a ring of that colour alone vanishes."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        roles = self.palette().ColorRole
        for role, inset in ((roles.Highlight, WIDTH / 2), (roles.HighlightedText, WIDTH * 1.25)):
            painter.setPen(QPen(self.palette().color(role), WIDTH if inset < WIDTH else 1.0))
            rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
            painter.drawRoundedRect(rect, 4, 4)


class FocusRingFollower(QObject):
    """Moves the ring to the widget the keyboard focus went to (or hides it)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.ring = FocusRing()  # a child of the widget it rings
        self.keyboard = False  # whether the focus last moved by keyboard
        app.focusChanged.connect(self._on_app_focus_changed)

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        keyboard = new is not None and self._by_keyboard(old, new)
        ringed = new if keyboard and isinstance(new, RINGED) else None
        if not shiboken6.isValid(self.ring):  # went with the widget it last ringed
            if ringed is None:
                return
            self.ring = FocusRing()
        self.ring.follow(ringed)

    def _by_keyboard(self, old: QWidget | None, new: QWidget) -> bool:
        """Whether *new* got the focus by keyboard. Qt forgets that a window was used by
        keyboard when it becomes active again: when a dialog closed with Enter or Escape,
        the focus is back on the button that opened it, and the ring must be too."""
        window = new.window()
        flag = Qt.WidgetAttribute.WA_KeyboardFocusChange
        from_elsewhere = old is None or old.window() is not window
        if from_elsewhere and self.keyboard and not window.testAttribute(flag):
            window.setAttribute(flag)  # the style's own focus marks follow it too
        self.keyboard = window.testAttribute(flag)
        return self.keyboard


def install(app: QApplication) -> FocusRingFollower:
    """Ring the keyboard focus in every window of *app* (once)."""
    follower = app.findChild(FocusRingFollower)
    return follower if follower is not None else FocusRingFollower(app)
