"""How the referral graph looks: card and line sizes, zoom levels of detail, colours, fonts."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

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

# Me, the selection and what is dropped on; the text.
GREEN = QColor("#2f8f5b")
GREEN_DARK = QColor("#1d5e3b")
INK = QColor("#111827")
MUTED = QColor("#6b7280")
# A card in its states, and its shadow.
CARD = QColor("#ffffff")
CARD_BORDER = QColor("#d3dbd6")
CARD_HOVER_BORDER = QColor("#9aa9a1")
SELECTED_FILL = QColor("#eef7f1")
TARGET_FILL = QColor("#dcf0e3")
PATH_BORDER = QColor("#7dbd97")
SHADOW = QColor(17, 24, 39, 18)
# The lines, the warm path, and the marks on a card.
EDGE = QColor("#bcc7c1")
WARM_PATH = QColor("#e8590c")
WARMTH_COLOURS = {"close": QColor("#c92a2a"), "warm": QColor("#f08c00"), "cold": QColor("#339af0")}
DUE_BADGE = QColor("#d9480f")
# One colour per branch under Me, picked by the branch's first person so it stays put.
BRANCH_COLOURS = [
    QColor(c)
    for c in (
        "#2f8f5b",
        "#3b6fb6",
        "#b4582f",
        "#7b55b0",
        "#b03d6b",
        "#2c8a94",
        "#9a7b1c",
        "#5b6b7a",
    )
]


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
