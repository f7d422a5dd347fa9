"""The line under the chain in the graph's info strip: "Introduced you to: A, B, C",
where each name is a link that shows that person on the graph.

Drawn with ``QPainter.drawText``, so names are never read as markup. When the
line is too narrow, the names that do not fit become "+3 more" (the tooltip has
them all).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from crm_desktop.ui.common import themes
from crm_desktop.ui.common.widgets import plain_tooltip

translate = QCoreApplication.translate

PREFIX = QT_TRANSLATE_NOOP("IntroducedLinks", "Introduced you to: ")


def _more(count: int) -> str:
    """ ", +3 more" after the names that fit."""
    return translate("IntroducedLinks", ", +{count} more").format(count=count)


class IntroducedLinks(QWidget):
    """One line of plain text, or the names of the people someone introduced you to."""

    person_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self._people: list[tuple[int, str]] = []
        self._links: list[tuple[QRectF, int]] = []  # where each shown name was drawn
        self._hovered: int | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    # The text ---------------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        """Plain text, no links (also clears the people)."""
        self._text = text
        self._people = []
        self.setToolTip(plain_tooltip(text))
        self._changed()

    def set_people(self, people: list[tuple[int, str]]) -> None:
        """(contact id, name) of everyone the selected person introduced you to."""
        self._people = list(people)
        names = ", ".join(name for _id, name in people)
        self._text = translate("IntroducedLinks", PREFIX) + (
            names or translate("IntroducedLinks", "nobody yet")
        )
        tip = (
            [
                translate("IntroducedLinks", PREFIX) + names,
                translate("IntroducedLinks", "Click a name to show them on the graph."),
            ]
            if people
            else []
        )
        self.setToolTip(plain_tooltip(*tip) if tip else "")
        self._changed()

    def people(self) -> list[tuple[int, str]]:
        return list(self._people)

    def link_rect(self, contact_id: int) -> QRectF | None:
        """Where a name is drawn (for tests and for accessibility tools)."""
        for rect, shown in self._links:
            if shown == contact_id:
                return rect
        return None

    def _changed(self) -> None:
        self._hovered = None
        self._layout_links()
        self.unsetCursor()
        self.update()

    # Geometry ------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().height() + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout_links()

    def _layout_links(self) -> None:
        """Place "Introduced you to: " then each name that fits, keeping room for "+N more"."""
        self._links = []
        if not self._people:
            return
        metrics = self.fontMetrics()
        height = self.height()
        x = metrics.horizontalAdvance(translate("IntroducedLinks", PREFIX))
        right = self.width()
        for i, (contact_id, name) in enumerate(self._people):
            left = len(self._people) - i - 1
            more = metrics.horizontalAdvance(_more(left)) if left else 0
            sep = metrics.horizontalAdvance(", ") if i else 0
            width = metrics.horizontalAdvance(name)
            if x + sep + width + more > right and i > 0:
                break
            x += sep
            self._links.append((QRectF(x, 0, min(width, right - x), height), contact_id))
            x += width

    # Painting and clicks -----------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        theme = themes.current()
        muted, link = theme.colour("muted"), theme.colour("title")
        painter.setPen(muted)
        if not self._links:
            shown = metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, self.width())
            painter.drawText(self.rect(), middle, shown)
            return
        painter.drawText(
            QRectF(0, 0, self.width(), self.height()), middle, translate("IntroducedLinks", PREFIX)
        )
        names = dict(self._people)
        link_font = QFont(self.font())
        for i, (rect, contact_id) in enumerate(self._links):
            if i:
                painter.setFont(self.font())
                painter.setPen(muted)
                comma = QRectF(rect.left() - metrics.horizontalAdvance(", "), 0, 20, rect.height())
                painter.drawText(comma, middle, ",")
            link_font.setUnderline(contact_id == self._hovered)
            painter.setFont(link_font)
            painter.setPen(link)
            name = names[contact_id]
            if rect.width() < metrics.horizontalAdvance(name):  # cut off by the right edge
                name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(rect.width()))
            painter.drawText(rect.adjusted(0, 0, 4, 0), middle, name)
        left = len(self._people) - len(self._links)
        if left:
            painter.setFont(self.font())
            painter.setPen(muted)
            start = self._links[-1][0].right()
            painter.drawText(
                QRectF(start, 0, self.width() - start, self.height()), middle, _more(left)
            )

    def _link_at(self, pos: QPointF) -> int | None:
        for rect, contact_id in self._links:
            if rect.contains(pos):
                return contact_id
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovered = self._link_at(event.position())
        if hovered != self._hovered:
            self._hovered = hovered
            if hovered is None:
                self.unsetCursor()
            else:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hovered = None
        self.unsetCursor()
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        clicked = self._link_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and clicked is not None:
            self.person_clicked.emit(clicked)
            event.accept()
            return
        super().mouseReleaseEvent(event)
