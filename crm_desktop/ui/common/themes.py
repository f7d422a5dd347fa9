"""Giveback's two looks, light and dark: every colour the window draws with, in one place.

A theme holds the Qt palette (drawn by the Fusion style, so Giveback looks the same
on every desktop), the named colours the style sheet (``resources/styles/app.qss``)
and the pages' rich text use, and the referral graph's colours. ``current()`` is the
theme on screen; code that paints reads it when it paints, so a switch shows at the
next repaint. Paper (prep sheets, exported pictures) is always drawn light:
``painting_in(LIGHT)``.

Every text colour here is chosen to reach WCAG AA (4.5:1) on the background it sits on;
``tests/common/test_contrast.py`` checks each pair.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from string import Template
from types import MappingProxyType

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPen

Role = QPalette.ColorRole


@dataclass(frozen=True)
class GraphColours:
    """What the referral graph is drawn with. Pens are made once per theme: the far-out
    picture groups lines by pen object."""

    canvas: QColor
    card: QColor
    card_border: QColor
    card_hover_border: QColor
    selected_fill: QColor
    target_fill: QColor
    path_border: QColor
    shadow: QColor
    ink: QColor  # a card's name
    muted: QColor  # a card's company, the labels and hints on the canvas
    on_accent: QColor  # initials on an avatar, "Me" on its disc
    accent: QColor  # Me, the selection
    accent_strong: QColor  # a drop target, a selected card from afar
    edge: QColor
    warm_path: QColor
    warmth: Mapping[str, QColor]
    due_badge: QColor
    hint_fill: QColor  # behind the empty graph's hint
    handle_fill: QColor  # the ring around a line's grabbable arrow head
    minimap_fill: QColor
    minimap_dot: QColor
    minimap_view_fill: QColor
    row_selected: QColor  # the people list beside the graph
    row_hover: QColor

    def pen(self, name: str) -> QPen:
        """One shared pen per kind of line: normal, hover, highlight, warm, drop, dragged."""
        return _PENS[(id(self), name)]


@dataclass(frozen=True)
class Theme:
    name: str  # "light" or "dark"
    roles: Mapping[str, str]  # QPalette role → colour, in every colour group
    disabled: Mapping[str, str]  # QPalette role → colour, when disabled
    colours: Mapping[str, str]  # named colours for the style sheet and rich text
    graph: GraphColours

    def colour(self, name: str) -> QColor:
        """A named colour (``colours``) as a QColor, made once."""
        made = _COLOURS.get((self.name, name))
        if made is None:
            made = _COLOURS[(self.name, name)] = QColor(self.colours[name])
        return made


def _graph(**colours) -> GraphColours:
    warmth = colours.pop("warmth")
    made = {k: (QColor(*v) if isinstance(v, tuple) else QColor(v)) for k, v in colours.items()}
    made["warmth"] = MappingProxyType({k: QColor(v) for k, v in warmth.items()})
    return GraphColours(**made)


# One colour per branch under Me, picked by the branch's first person so it stays put.
# The same in both looks: each carries white initials at 4.5:1 or more.
BRANCH_COLOURS = tuple(
    QColor(c)
    for c in (
        "#287a4e",
        "#3b6fb6",
        "#b4582f",
        "#7b55b0",
        "#b03d6b",
        "#23747d",
        "#84691a",
        "#5b6b7a",
    )
)

LIGHT = Theme(
    name="light",
    roles=MappingProxyType(
        {
            "Window": "#f3f5f4",
            "WindowText": "#111827",
            "Base": "#ffffff",
            "AlternateBase": "#f5f8f6",
            "Text": "#111827",
            "Button": "#f6f8f7",
            "ButtonText": "#111827",
            "BrightText": "#ffffff",
            "Light": "#ffffff",
            "Midlight": "#e7ebe9",
            "Mid": "#c4ccc8",
            "Dark": "#9aa5a0",
            "Shadow": "#5b6472",
            "Highlight": "#277a4d",
            "HighlightedText": "#ffffff",
            "Link": "#1d6b43",
            "LinkVisited": "#5b4196",
            "ToolTipBase": "#fbfcfb",
            "ToolTipText": "#111827",
            "PlaceholderText": "#5b6472",
            "Accent": "#277a4d",
        }
    ),
    disabled=MappingProxyType(
        {"WindowText": "#5f6673", "Text": "#5f6673", "ButtonText": "#5f6673", "Button": "#eef1ef"}
    ),
    colours=MappingProxyType(
        {
            "ink": "#111827",
            "muted": "#5b6472",
            "title": "#1d5e3b",
            "error": "#b42318",
            "balance": "#374151",
            "border": "#b9c4bd",
            "focus": "#277a4d",
            "accent": "#277a4d",
            "accent_hover": "#1f6a41",
            "accent_disabled": "#9cc3ad",
            "on_accent": "#ffffff",
            "selection": "#cfe8d9",
            "alternate": "#f5f8f6",
            "page": "#f6f8f7",
            "card": "#ffffff",
            "card_border": "#e3e8e5",
            "line": "#eef1ef",
            "separator": "#dfe5e1",
            "canvas": "#f4f7f5",
            "chip": "#ffffff",
            "chip_border": "#cfd8d3",
            "chip_hover": "#eef7f1",
            "chip_hover_border": "#277a4d",
            "chip_pressed": "#dcf0e3",
            "notice": "#fff7e0",
            "notice_border": "#e6cf8f",
            "notice_text": "#4d3a00",
            "notice_hover": "#f6e7bb",
            "warm_selected": "#fdebdf",
            "warm_focus": "#e8590c",
            "warm_note": "#fff4ec",
            "warm_note_border": "#f6c8a8",
            "new": "#1d5e3b",  # an import row that adds someone
        }
    ),
    graph=_graph(
        canvas="#f4f7f5",
        card="#ffffff",
        card_border="#d3dbd6",
        card_hover_border="#9aa9a1",
        selected_fill="#eef7f1",
        target_fill="#dcf0e3",
        path_border="#7dbd97",
        shadow=(17, 24, 39, 18),
        ink="#111827",
        muted="#5b6472",
        on_accent="#ffffff",
        accent="#287a4e",
        accent_strong="#1d5e3b",
        edge="#bcc7c1",
        warm_path="#e8590c",
        warmth={"close": "#c92a2a", "warm": "#f08c00", "cold": "#339af0"},
        due_badge="#d9480f",
        hint_fill=(255, 255, 255, 170),
        handle_fill=(255, 255, 255, 220),
        minimap_fill=(255, 255, 255, 235),
        minimap_dot="#7fb596",
        minimap_view_fill=(47, 143, 91, 40),
        row_selected="#cfe8d9",
        row_hover="#edf3ef",
    ),
)

DARK = Theme(
    name="dark",
    roles=MappingProxyType(
        {
            "Window": "#1e2320",
            "WindowText": "#e5eae7",
            "Base": "#171b19",
            "AlternateBase": "#1d2220",
            "Text": "#e5eae7",
            "Button": "#2a312d",
            "ButtonText": "#e5eae7",
            "BrightText": "#ffffff",
            "Light": "#3a433e",
            "Midlight": "#323a36",
            "Mid": "#262d29",
            "Dark": "#121513",
            "Shadow": "#0b0d0c",
            "Highlight": "#277a4d",
            "HighlightedText": "#ffffff",
            "Link": "#7fd4a3",
            "LinkVisited": "#c3a8f0",
            "ToolTipBase": "#2a312d",
            "ToolTipText": "#e5eae7",
            "PlaceholderText": "#9aa39e",
            "Accent": "#277a4d",
        }
    ),
    disabled=MappingProxyType(
        {"WindowText": "#969f9a", "Text": "#969f9a", "ButtonText": "#969f9a", "Button": "#242a27"}
    ),
    colours=MappingProxyType(
        {
            "ink": "#e5eae7",
            "muted": "#a0a8a4",
            "title": "#7fd4a3",
            "error": "#ff8a80",
            "balance": "#d1d8d4",
            "border": "#4a5650",
            "focus": "#4f9a6e",
            "accent": "#277a4d",
            "accent_hover": "#2a8052",
            "accent_disabled": "#2d4a3a",
            "on_accent": "#ffffff",
            "selection": "#24503a",
            "alternate": "#1d2220",
            "page": "#1a1e1c",
            "card": "#242b27",
            "card_border": "#333b37",
            "line": "#2c3430",
            "separator": "#333b37",
            "canvas": "#161a18",
            "chip": "#242b27",
            "chip_border": "#3a443f",
            "chip_hover": "#1f3a2b",
            "chip_hover_border": "#4f9a6e",
            "chip_pressed": "#24503a",
            "notice": "#3a3220",
            "notice_border": "#6b5a2a",
            "notice_text": "#f3dea0",
            "notice_hover": "#4a4029",
            "warm_selected": "#4a2c1a",
            "warm_focus": "#ff7a33",
            "warm_note": "#33261c",
            "warm_note_border": "#6b4128",
            "new": "#7fd4a3",
        }
    ),
    graph=_graph(
        canvas="#161a18",
        card="#242b27",
        card_border="#3a443f",
        card_hover_border="#5d6b64",
        selected_fill="#1f3a2b",
        target_fill="#1c3d2d",
        path_border="#4f9a6e",
        shadow=(0, 0, 0, 70),
        ink="#e5eae7",
        muted="#a0a8a4",
        on_accent="#ffffff",
        accent="#287a4e",
        accent_strong="#1f6a43",
        edge="#4a5650",
        warm_path="#ff7a33",
        warmth={"close": "#ff6b6b", "warm": "#ffa94d", "cold": "#4dabf7"},
        due_badge="#e8590c",
        hint_fill=(36, 43, 39, 200),
        handle_fill=(36, 43, 39, 230),
        minimap_fill=(30, 35, 32, 235),
        minimap_dot="#3f8a60",
        minimap_view_fill=(95, 181, 133, 50),
        row_selected="#1f3a2b",
        row_hover="#232a26",
    ),
)

THEMES = {LIGHT.name: LIGHT, DARK.name: DARK}

_PENS: dict[tuple[int, str], QPen] = {}
_COLOURS: dict[tuple[str, str], QColor] = {}
for _theme in THEMES.values():
    _g = _theme.graph
    for _name, _pen in {
        "normal": QPen(_g.edge, 1.6),
        "hover": QPen(_g.card_hover_border, 2.0),
        "highlight": QPen(_g.accent, 2.6),
        "warm": QPen(_g.warm_path, 3.2),
        "drop": QPen(_g.accent_strong, 3.4, Qt.PenStyle.DashLine),
        "dragged": QPen(_g.accent, 2.2, Qt.PenStyle.DashLine),
    }.items():
        _PENS[(id(_g), _name)] = _pen

_current = LIGHT


def current() -> Theme:
    """The theme on screen now."""
    return _current


def set_current(theme: Theme) -> None:
    """Make *theme* the one painting code reads (``appearance`` also sets the palette)."""
    global _current
    _current = theme


@contextmanager
def painting_in(theme: Theme) -> Iterator[None]:
    """Paint in *theme* for a while: paper is light whatever is on screen."""
    before = current()
    set_current(theme)
    try:
        yield
    finally:
        set_current(before)


def muted_css() -> str:
    """The CSS for muted words in rich text, in the theme on screen."""
    return f"color:{current().colours['muted']}"


def palette(theme: Theme) -> QPalette:
    """The Qt palette of *theme*: its roles in every group, then the disabled ones."""
    made = QPalette()
    for role, colour in theme.roles.items():
        made.setColor(Role[role], QColor(colour))
    for role, colour in theme.disabled.items():
        made.setColor(QPalette.ColorGroup.Disabled, Role[role], QColor(colour))
    return made


def style_sheet(template: str, theme: Theme) -> str:
    """The style sheet with ``${name}`` replaced by the theme's colours; an unknown
    name raises KeyError rather than leave a colour out."""
    return Template(template).substitute(theme.colours)
