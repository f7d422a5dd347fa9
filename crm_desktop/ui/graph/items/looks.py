"""What cards, Me and lines share: on/off marks that change how they look, and
telling the scene that its far-out picture is out of date."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem


def touch(item: QGraphicsItem) -> None:
    """Tell the scene its far-out picture (drawn by the view) is out of date."""
    scene = item.scene()
    # Only the graph's own scene keeps the count; the items do not import it (it imports them).
    if scene is not None and hasattr(scene, "looks_version"):
        scene.looks_version += 1


class Marks:
    """Mixed into a card, Me or a line: how it is marked right now. Every mark
    starts off; ``_set_mark`` restyles the item only when a mark really changes."""

    drop_target = False  # lit as where the dragged person would land
    on_warm_path = False  # on the chain the warm path column chose
    hovered = False  # under the mouse

    def set_drop_target(self, on: bool) -> None:
        self._set_mark("drop_target", on)

    def set_on_warm_path(self, on: bool) -> None:
        self._set_mark("on_warm_path", on)

    def _set_mark(self, name: str, on: bool) -> None:
        if getattr(self, name) != on:
            setattr(self, name, on)
            self._restyle()

    def _restyle(self) -> None:
        """Repaint with the new marks; an item that also restacks says so here."""
        self.update()
