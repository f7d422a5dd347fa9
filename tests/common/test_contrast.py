"""Every text colour in both looks is readable: WCAG 2 contrast of at least 4.5:1 (AA)
against the background it is drawn on, for the Qt palettes, the style sheet's colours
and the referral graph's cards and labels."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from crm_desktop.ui.common import themes
from crm_desktop.ui.common.themes import BRANCH_COLOURS, Theme

AA = 4.5
Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def _channel(value: int) -> float:
    """An sRGB channel (0–255) made linear, as WCAG 2 defines it."""
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (
        0.2126 * _channel(colour.red())
        + 0.7152 * _channel(colour.green())
        + 0.0722 * _channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: QColor, backdrop: QColor) -> QColor:
    """A see-through colour as it shows on an opaque backdrop."""
    alpha = colour.alphaF()
    return QColor(
        *(
            round(getattr(colour, c)() * alpha + getattr(backdrop, c)() * (1 - alpha))
            for c in ("red", "green", "blue")
        )
    )


def test_the_formula_gives_wcags_own_figures():
    black, white = QColor("black"), QColor("white")
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(white, white) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)  # AA's grey


def palette_pairs(theme: Theme) -> list[tuple[str, QColor, QColor]]:
    """Text on its background, read back from the QPalette Qt is given."""
    palette = themes.palette(theme)
    active, disabled = Group.Active, Group.Disabled

    def pair(text: Role, background: Role, group: Group = active):
        name = f"{'disabled ' if group == disabled else ''}{text.name}/{background.name}"
        return name, palette.color(group, text), palette.color(group, background)

    return [
        pair(Role.WindowText, Role.Window),
        pair(Role.Text, Role.Base),
        pair(Role.Text, Role.AlternateBase),
        pair(Role.ButtonText, Role.Button),
        pair(Role.HighlightedText, Role.Highlight),
        pair(Role.ToolTipText, Role.ToolTipBase),
        pair(Role.PlaceholderText, Role.Base),
        pair(Role.WindowText, Role.Window, disabled),
        pair(Role.Text, Role.Base, disabled),
        pair(Role.ButtonText, Role.Button, disabled),
        pair(Role.Link, Role.Base),
        pair(Role.LinkVisited, Role.Base),
        pair(Role.Link, Role.Window),
    ]


# Text colour / background colour in the style sheet and the pages' rich text:
# the names are those of ``Theme.colours``, or a palette role.
SHEET_PAIRS = [
    ("muted", "Base"),  # details panes, rows set apart, the sidebar's counts
    ("muted", "Window"),
    ("muted", "AlternateBase"),
    ("title", "Window"),  # page and pane titles
    ("title", "Base"),  # names linked in "Introduced …" and the section titles
    ("error", "Window"),  # a form's error
    ("balance", "Window"),  # the empty page's text
    ("on_accent", "accent"),  # primary buttons
    ("on_accent", "accent_hover"),
    ("ink", "selection"),  # a selected table row
    ("ink", "card"),  # Today's cards
    ("muted", "card"),
    ("title", "card"),
    ("error", "card"),  # an overdue follow-up
    ("balance", "card"),
    ("title", "page"),
    ("muted", "page"),
    ("muted", "canvas"),  # "Working…" over the graph
    ("notice_text", "notice"),  # why a graph edit was refused
    ("notice_text", "notice_hover"),
    ("ink", "warm_selected"),  # the warm path column
    ("ink", "warm_note"),
    ("title", "card"),
    ("new", "Base"),  # an import row that adds someone
]


def sheet_pairs(theme: Theme) -> list[tuple[str, QColor, QColor]]:
    palette = themes.palette(theme)

    def colour(name: str) -> QColor:
        return palette.color(Role[name]) if name in Role.__members__ else theme.colour(name)

    return [(f"{t}/{b}", colour(t), colour(b)) for t, b in SHEET_PAIRS]


def graph_pairs(theme: Theme) -> list[tuple[str, QColor, QColor]]:
    g = theme.graph
    pairs = []
    for fill_name in ("card", "selected_fill", "target_fill"):
        fill = getattr(g, fill_name)
        pairs += [(f"name on {fill_name}", g.ink, fill), (f"company on {fill_name}", g.muted, fill)]
    pairs += [
        ("group label on the canvas", g.muted, g.canvas),
        ("empty graph's hint", g.muted, over(g.hint_fill, g.canvas)),
        ("Me", g.on_accent, g.accent),
        ("Me as a drop target", g.on_accent, g.accent_strong),
        ("company in the people list, selected", g.muted, g.row_selected),
        ("company in the people list, hovered", g.muted, over(g.row_hover, g.canvas)),
    ]
    pairs += [(f"initials on branch {i}", g.on_accent, c) for i, c in enumerate(BRANCH_COLOURS)]
    return pairs


def all_pairs() -> list:
    return [
        pytest.param(text, background, id=f"{theme.name}: {name}")
        for theme in (themes.LIGHT, themes.DARK)
        for name, text, background in (
            palette_pairs(theme) + sheet_pairs(theme) + graph_pairs(theme)
        )
    ]


@pytest.mark.parametrize(("text", "background"), all_pairs())
def test_text_reaches_aa_contrast(qapp, text: QColor, background: QColor):
    ratio = contrast(text, background)
    assert ratio >= AA, f"{text.name()} on {background.name()} is {ratio:.2f}:1"


def test_every_colour_the_style_sheet_names_exists_in_both_themes(qapp):
    from crm_desktop import resources

    template = resources.resource_path("styles", "app.qss").read_text(encoding="utf-8")
    light, dark = (themes.style_sheet(template, t) for t in (themes.LIGHT, themes.DARK))
    assert "$" not in light + dark
    assert light != dark
    assert themes.LIGHT.colours.keys() == themes.DARK.colours.keys()
