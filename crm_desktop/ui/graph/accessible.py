"""What a screen reader finds on the referral graph: the canvas is a list whose items
are the cards, each with the person's name and, as its description, their company and
who introduced them; moving the focus from card to card is announced.

Qt sees the cards only as pixels of one widget, so the canvas gets an accessible
interface of its own (installed with ``QAccessible.installFactory``) that offers
an interface per card. Python owns these interfaces and Qt's cache keeps only pointers
to them, so the registry holds every one as long as the canvas lives; when the canvas
goes, Qt deletes the canvas's and ``_forget`` has it delete the cards'.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsView, QWidget

from crm_desktop.services.graph.referrals import me
from crm_desktop.ui.common.service_text import warmth_word
from crm_desktop.ui.graph.items.node import NodeItem

translate = QCoreApplication.translate

_installed = False


def install() -> None:
    """Let Qt ask this module for the canvas's interface (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(_class_name: str, widget: QObject) -> QAccessibleInterface | None:
    registry = getattr(widget, "accessible_cards", None)
    if isinstance(registry, CardRegistry):
        # Python owns it and Qt's cache keeps only a pointer: held here until the canvas
        # goes (Qt deletes it then), else Python would free it under the cache.
        registry.interface = CanvasInterface(widget, registry)
        return registry.interface
    return None


def describe(item: NodeItem, introducer: str | None) -> str:
    """A card read out: company, who introduced them, and the marks drawn on it."""
    parts = [item.company] if item.company else []
    parts.append(
        translate("graph.accessible", "Introduced by {name}").format(name=introducer)
        if introducer
        else translate("graph.accessible", "Met directly, by {me}").format(me=me())
    )
    if item.warmth:
        parts.append(
            translate("graph.accessible", "Warmth: {warmth}").format(
                warmth=warmth_word(item.warmth)
            )
        )
    if item.follow_up_due:
        parts.append(translate("graph.accessible", "Follow-up due"))
    return ". ".join(parts) + "."


class CardRegistry:
    """The canvas's card interfaces by contact id, in reading order (top to bottom,
    then left to right), and the focus announcements."""

    def __init__(self, canvas: QGraphicsView):
        self.canvas = canvas
        self.cards: dict[int, CardInterface] = {}
        self._order: list[int] = []
        self._order_key: object = None
        self._ids: list[int] = []  # Qt's ids of the interfaces made, to drop them at the end
        self.interface: CanvasInterface | None = None  # the canvas's, once Qt asked for it
        canvas.destroyed.connect(partial(_forget, self._ids))

    @property
    def scene(self):
        return self.canvas.scene()

    def order(self) -> list[int]:
        scene = self.scene
        key = (scene.looks_version, len(scene.nodes))
        if key != self._order_key:
            at = scene.positions
            self._order = sorted(scene.nodes, key=lambda i: (at[i].y(), at[i].x()))
            self._order_key = key
        return self._order

    def card(self, contact_id: int) -> CardInterface:
        made = self.cards.get(contact_id)
        if made is None:
            made = self.cards[contact_id] = CardInterface(self, contact_id)
            self._ids.append(QAccessible.registerAccessibleInterface(made))
        return made

    def focused(self) -> CardInterface | None:
        contact_id = self.scene.selected_contact_id()
        return self.card(contact_id) if contact_id is not None else None

    def announce_focus(self) -> None:
        """The focus moved to another card (or the canvas got it): tell the reader."""
        if not QAccessible.isActive() or not self.canvas.hasFocus():
            return
        card = self.focused()
        if card is not None:
            tell(QAccessibleEvent(card, QAccessible.Event.Focus))


def tell(event: QAccessibleEvent) -> None:
    """Hand *event* to the screen reader (a function, so tests can listen in)."""
    QAccessible.updateAccessibility(event)


def _forget(ids: list[int]) -> None:
    for made in ids:
        QAccessible.deleteAccessibleInterface(made)
    ids.clear()


class CanvasInterface(QAccessibleWidget):
    """The canvas: a list of the cards."""

    def __init__(self, canvas: QWidget, registry: CardRegistry):
        super().__init__(canvas, QAccessible.Role.List)
        self.registry = registry

    def childCount(self) -> int:
        return len(self.registry.order())

    def child(self, index: int) -> QAccessibleInterface | None:
        order = self.registry.order()
        return self.registry.card(order[index]) if 0 <= index < len(order) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        contact_id = getattr(child, "contact_id", None)
        order = self.registry.order()
        return order.index(contact_id) if contact_id in order else -1

    def focusChild(self) -> QAccessibleInterface | None:
        return self.registry.focused() if self.registry.canvas.hasFocus() else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        canvas = self.registry.canvas
        at = canvas.viewport().mapFromGlobal(QRect(x, y, 1, 1).topLeft())
        item = self.registry.scene.target_at(canvas.mapToScene(at), lines=False)
        return self.registry.card(item.contact_id) if isinstance(item, NodeItem) else None


class CardInterface(QAccessibleInterface):
    """One card: the person's name, and a description of who they are to the user."""

    def __init__(self, registry: CardRegistry, contact_id: int):
        super().__init__()
        self.registry = registry
        self.contact_id = contact_id

    def _item(self) -> NodeItem | None:
        return self.registry.scene.nodes.get(self.contact_id)

    def isValid(self) -> bool:
        return self._item() is not None

    def object(self) -> QObject | None:
        return None

    def window(self):
        return self.registry.canvas.window().windowHandle()

    def relations(self, _match=None) -> list:
        return []

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self.registry.canvas)

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item.text
        if kind == QAccessible.Text.Description:
            scene = self.registry.scene
            up = scene.parent_of.get(self.contact_id)
            introducer = scene.nodes[up].text if up in scene.nodes else None
            return describe(item, introducer)
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        pass  # read only

    def rect(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        canvas = self.registry.canvas
        shown = canvas.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(canvas.viewport().mapToGlobal(shown.topLeft()), shown.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        canvas = self.registry.canvas
        state.focusable = True
        state.selectable = True
        state.selected = item.isSelected()
        state.focused = item.isSelected() and canvas.hasFocus()
        visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
        state.offscreen = not visible.intersects(item.sceneBoundingRect())
        return state
