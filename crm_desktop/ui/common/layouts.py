"""Layout pieces the pages share: a frameless scrolling column, a child filling its parent."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scroll_area(content: QWidget) -> QScrollArea:
    """*content* in a frameless scroll area that keeps it as wide as the view."""
    scroll = QScrollArea()
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
