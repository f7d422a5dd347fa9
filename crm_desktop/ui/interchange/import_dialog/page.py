"""What every page of the import shares: a heading over its own widgets, and table
cells kept to one short line."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

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
