"""Layout pieces the pages share: a frameless scrolling column, a child filling its parent,
and a row that wraps onto more lines when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)


def scroll_area(content: QWidget, name: str = "") -> QScrollArea:
    """*content* in a frameless scroll area that keeps it as wide as the view; *name*
    is what a screen reader calls it (it takes the focus, to scroll with the keys)."""
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def fill(parent: QWidget, child: QWidget) -> QVBoxLayout:
    """Lay *child* over the whole of *parent*, edge to edge."""
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(child)
    return layout


class _Stretch(QSpacerItem):
    """Where a line's spare width goes (``FlowLayout.addStretch``)."""

    def __init__(self):
        super().__init__(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)


class FlowLayout(QLayout):
    """Widgets side by side, wrapping onto another line when they do not fit: a row of
    buttons or filters that stays one line on a wide window and never forces it wider.

    A line's spare width goes to its stretches (``addStretch``), or else is shared by its
    widgets added with a stretch (up to their maximum width)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # id of a widget's item: its share of spare width
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    # What QLayout asks ---------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # type: ignore[override]
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._stretch[id(item)] = stretch
        self.addItem(item)
        self.invalidate()

    def addStretch(self) -> None:
        self.addItem(_Stretch())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        margins = self.contentsMargins()
        widgets = [i for i in shown if not isinstance(i, _Stretch)]
        width = sum(i.sizeHint().width() for i in widgets)
        width += self.spacing() * max(0, len(widgets) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As wide as the widest widget, the others wrapping under it; the height of one
        line (the layout above asks ``heightForWidth`` for the lines it really needs)."""
        margins = self.contentsMargins()
        shown = self._shown()
        width = max((i.minimumSize().width() for i in shown), default=0)
        height = max((i.minimumSize().height() for i in shown), default=0)
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # Placing -------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if isinstance(i, _Stretch) or not i.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items line by line; what follows a stretch keeps to the right on every line."""
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        right = False
        for item in self._shown():
            stretch = isinstance(item, _Stretch)
            wide = 0 if stretch else item.sizeHint().width()
            if lines[-1] and used + self.spacing() + wide > width and not stretch:
                lines.append([_Stretch()] if right else [])
                used = 0
            right = right or stretch
            if stretch and lines[-1] and isinstance(lines[-1][-1], _Stretch):
                continue
            used += (self.spacing() if lines[-1] and not stretch else 0) + wide
            lines[-1].append(item)
        return [line for line in lines if any(not isinstance(i, _Stretch) for i in line)]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in *rect* (when *move*); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            height = max(i.sizeHint().height() for i in line)
            if move:
                self._place_line(line, QRect(area.x(), y, area.width(), height))
            y += height + self.spacing()
        return max(0, y - self.spacing() - area.y()) + margins.top() + margins.bottom()

    def _place_line(self, line: list[QLayoutItem], rect: QRect) -> None:
        widths = [0 if isinstance(i, _Stretch) else i.sizeHint().width() for i in line]
        gaps = sum(1 for i in line if not isinstance(i, _Stretch)) - 1
        spare = rect.width() - sum(widths) - self.spacing() * gaps
        stretches = [n for n, i in enumerate(line) if isinstance(i, _Stretch)]
        shares = {n: 1 for n in stretches} or {
            n: self._stretch.get(id(i), 0) for n, i in enumerate(line) if self._stretch.get(id(i))
        }
        if spare > 0 and shares:
            total = sum(shares.values())
            for n, share in shares.items():
                widths[n] = min(widths[n] + spare * share // total, line[n].maximumSize().width())
        elif spare < 0:  # a widget wider than the line: it shrinks, not below its minimum
            for n, item in enumerate(line):
                widths[n] = max(item.minimumSize().width(), widths[n] + spare)
        x = rect.x()
        for item, width in zip(line, widths, strict=True):
            height = min(item.sizeHint().height(), rect.height())
            if item.expandingDirections() & Qt.Orientation.Vertical:
                height = rect.height()
            top = rect.y() + (rect.height() - height) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
            x += width + (0 if isinstance(item, _Stretch) else self.spacing())
