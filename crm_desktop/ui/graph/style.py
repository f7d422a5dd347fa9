"""How the referral graph looks: card and line sizes, zoom levels of detail, colours, fonts."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.common import themes
from crm_desktop.ui.common.themes import GraphColours

NODE_WIDTH, NODE_HEIGHT = 200.0, 48.0
ME_DIAMETER = 68.0
COLUMN_SPACING = 262.0  # layout unit x → scene pixels (card width plus the edge run)
ROW_SPACING = 58.0  # layout unit y → scene pixels (card height plus a gap)
TEXT_DETAIL = 0.45  # below this zoom, cards are drawn without text
FAR_DETAIL = 0.1  # below this zoom the view draws the cards, as plain rectangles
BUS_RUN = 22.0  # a wrapped line's drop from the bus, this far left of the arrow head
BUS_CORNER = 10.0

ARROW = 9.0  # length of an edge's arrow head
HANDLE_RADIUS = 9.0  # how near the arrow head a press grabs it

# The colours are the theme's (crm_desktop/ui/common/themes.py): read them when painting,
# so a switch between light and dark shows at the next repaint.
BRANCH_COLOURS = themes.BRANCH_COLOURS


def colours() -> GraphColours:
    """The graph's colours in the theme on screen (or on paper, while exporting)."""
    return themes.current().graph


_FAINT: dict[int, QColor] = {}


def faint(colour: QColor) -> QColor:
    """The see-through branch colour; one object per colour, shared by its cards."""
    made = _FAINT.get(colour.rgba())
    if made is None:
        made = _FAINT[colour.rgba()] = QColor(colour)
        made.setAlpha(150)
    return made


class Fonts:
    """Fonts and metrics shared by every card, made once the application exists."""

    _made: Fonts | None = None

    def __init__(self) -> None:
        base = QApplication.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        self.name = QFont(base)
        self.name.setPointSizeF(size)
        self.name.setBold(True)
        self.company = QFont(base)
        self.company.setPointSizeF(max(size * 0.88, 6.0))
        self.avatar = QFont(base)
        self.avatar.setPointSizeF(max(size * 0.82, 6.0))
        self.avatar.setBold(True)
        self.me = QFont(base)
        self.me.setPointSizeF(size * 1.25)
        self.me.setBold(True)
        self.hint = QFont(base)
        self.hint.setPointSizeF(size * 1.05)
        self.name_metrics = QFontMetricsF(self.name)
        self.company_metrics = QFontMetricsF(self.company)

    @classmethod
    def get(cls) -> Fonts:
        if cls._made is None:
            cls._made = cls()
        return cls._made
