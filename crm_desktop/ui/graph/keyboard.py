"""The referral graph without a mouse: the arrow keys move from card to card (to the
nearest card that way), Enter opens the card, the Menu key and Shift+F10 open its menu.

The card with the keyboard focus is the selected card: the selection is what the strip
describes, what the menus act on and what a screen reader is told about, so one mark
serves the eye, the keys and the ear alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView

from crm_desktop.ui.graph.items.node import NodeItem
from crm_desktop.ui.graph.scene import GraphScene

DIRECTIONS = {
    Qt.Key.Key_Left: QPointF(-1, 0),
    Qt.Key.Key_Right: QPointF(1, 0),
    Qt.Key.Key_Up: QPointF(0, -1),
    Qt.Key.Key_Down: QPointF(0, 1),
}
# The keys the canvas acts on (``CardKeys.handle``, ``GraphCanvas.keyPressEvent``), as
# Help ▸ Keyboard Shortcuts lists them: change them together.
CARD_KEYS = (
    (QT_TRANSLATE_NOOP("GraphKeys", "Move to the nearest card that way"), "←, →, ↑, ↓"),
    (QT_TRANSLATE_NOOP("GraphKeys", "Open the contact"), QT_TRANSLATE_NOOP("GraphKeys", "Enter")),
    (
        QT_TRANSLATE_NOOP("GraphKeys", "The card's menu (Introduced by…, Met directly…)"),
        QT_TRANSLATE_NOOP("GraphKeys", "Menu, Shift+F10"),
    ),
    (QT_TRANSLATE_NOOP("GraphKeys", "Find on the graph"), QT_TRANSLATE_NOOP("GraphKeys", "Ctrl+F")),
    (QT_TRANSLATE_NOOP("GraphKeys", "Zoom in, zoom out"), "+, −"),
)
SIDEWAYS_COST = 3.0  # a card off to the side counts this much farther than one straight ahead


def nearest_in_direction(
    origin: QPointF, candidates: Iterable[tuple[int, QPointF]], direction: QPointF
) -> int | None:
    """The key of the candidate nearest *origin* in *direction* (a unit step along an
    axis): among those within 45° of it, the one with the least distance ahead plus
    ``SIDEWAYS_COST`` times the distance sideways. None when nobody is that way."""
    best, best_cost = None, 0.0
    for key, point in candidates:
        offset = point - origin
        ahead = offset.x() * direction.x() + offset.y() * direction.y()
        sideways = abs(offset.x() * direction.y() - offset.y() * direction.x())
        if ahead <= 0 or sideways > ahead:
            continue
        cost = ahead + SIDEWAYS_COST * sideways
        if best is None or cost < best_cost:
            best, best_cost = key, cost
    return best


class CardKeys(QObject):
    """Handles the keys the canvas passes on; says what to open through signals."""

    focus_moved = Signal(int)  # the contact whose card now has the keyboard focus

    def __init__(self, view: QGraphicsView, scene: GraphScene, parent: QObject | None = None):
        super().__init__(parent)
        self.view = view
        self.scene = scene

    def handle(self, event: QKeyEvent) -> bool:
        """Act on *event* if it is one of the card keys; True when it was."""
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if key in DIRECTIONS and plain:
            self.move(DIRECTIONS[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            return self.open_focused()
        shift_f10 = key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Menu or shift_f10:
            return self.menu_for_focused()
        return False

    def focused(self) -> NodeItem | None:
        contact_id = self.scene.selected_contact_id()
        return self.scene.node_item(contact_id) if contact_id is not None else None

    def focus_card(self, contact_id: int) -> None:
        """Give *contact_id*'s card the focus: select it and bring it into view."""
        self.scene.select_contact(contact_id)
        item = self.scene.node_item(contact_id)
        if item is not None:
            self.view.centre_on_item(item)
            self.focus_moved.emit(contact_id)

    def focus_first(self) -> bool:
        """Focus the card nearest the middle of the view, if none has the focus yet."""
        if self.focused() is not None or not self.scene.nodes:
            return False
        middle = self.view.mapToScene(self.view.viewport().rect().center())
        contact_id = min(
            self.scene.nodes,
            key=lambda i: _distance(self.scene.nodes[i].pos(), QPointF(middle)),
        )
        self.focus_card(contact_id)
        return True

    def move(self, direction: QPointF) -> None:
        if self.focus_first():
            return
        current = self.focused()
        if current is None:
            return
        others = ((i, item.pos()) for i, item in self.scene.nodes.items() if item is not current)
        found = nearest_in_direction(current.pos(), others, direction)
        if found is not None:
            self.focus_card(found)

    def open_focused(self) -> bool:
        current = self.focused()
        if current is None:
            return False
        self.scene.node_activated.emit(current.contact_id)
        return True

    def menu_for_focused(self) -> bool:
        """Open the focused card's menu just under the card."""
        current = self.focused()
        if current is None:
            return False
        self.view.centre_on_item(current)
        card = current.sceneBoundingRect()
        below = self.view.mapFromScene(QPointF(card.left() + 24, card.bottom()))
        at: QPoint = self.view.viewport().mapToGlobal(below)
        self.scene.node_menu_requested.emit(current.contact_id, at)
        return True


def _distance(a: QPointF, b: QPointF) -> float:
    offset = a - b
    return offset.x() ** 2 + offset.y() ** 2
