"""What every page of the import shares: a heading over its own widgets, table cells
kept to one short line, and the stack that shows one page at a time."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from crm_desktop.ui.common.widgets import plain_label

MAX_CELL = 120  # characters of a cell shown in the column, sample and preview tables


def short(text: str) -> str:
    """A cell as a table shows it: one line, and not a whole book."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


class Page(QWidget):
    """A page of the import: its heading, a line saying what it is for (if any), then
    whatever the page adds to ``body``."""

    def __init__(self, title: str, intro: str = ""):
        super().__init__()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label("paneTitle")
        self.heading.setText(title)
        self.body.addWidget(self.heading)
        if intro:
            text = plain_label("muted", wrap=True)
            text.setText(intro)
            self.body.addWidget(text)
        self.body.addSpacing(6)


class PageStack(QStackedWidget):
    """The pages, one at a time, asking for the room of the page shown: a plain
    QStackedWidget asks for the room of its biggest page (and for the height its
    tallest page needs at any width), so a page of two lines would sit in a box as
    big as the preview's table."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint().expandedTo(page.minimumSize()) if page else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def hasHeightForWidth(self) -> bool:
        return False  # the stacked layout's answer is the tallest of every page
