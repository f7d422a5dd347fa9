"""Editing the referral graph: what the user drops, re-routes or inserts becomes an
undoable command on the app's undo stack, after the services have checked it.

Not a widget: the page hands it the scene, the canvas, the undo stack and a way
to name people; it says what it did (``said``) or why it refused (``refused``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from crm_desktop.errors import GivebackError
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import ME
from crm_desktop.ui.common.mime import contact_ids_from_mime
from crm_desktop.ui.graph.canvas import GraphCanvas
from crm_desktop.ui.graph.commands import (
    PlacementCommand,
    insert_command,
    met_directly_command,
    refer_command,
    reroute_command,
    take_off_command,
    thank_command,
)
from crm_desktop.ui.graph.items.edge import EdgeItem
from crm_desktop.ui.graph.scene import GraphScene

translate = QCoreApplication.translate

IntroductionCommand = Callable[..., PlacementCommand | None]


class GraphEditing(QObject):
    """Turns drops on the canvas into edits of who introduced whom."""

    said = Signal(str)  # what an edit did, or why there was nothing to do
    refused = Signal(str)  # why an edit was refused: the page shows it until read
    already_placed = Signal(int)  # someone to add is in the graph already: show them

    def __init__(
        self,
        scene: GraphScene,
        canvas: GraphCanvas,
        undo_stack: QUndoStack,
        name_of: Callable[[int], str],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.scene = scene
        self.canvas = canvas
        self.undo_stack = undo_stack
        self._name_of = name_of
        self._command_failed = False
        scene.node_dropped.connect(self._on_scene_node_dropped)
        scene.node_dropped_on_edge.connect(self._on_scene_node_dropped_on_edge)
        scene.edge_end_dropped.connect(self._on_scene_edge_end_dropped)
        canvas.contacts_dropped.connect(self._on_canvas_contacts_dropped)
        canvas.viewport().installEventFilter(self)  # people dropped on a line

    # Edits ---------------------------------------------------------------------------
    def record_referral(self, referrer_id: int, referred_id: int) -> bool:
        """Record that the referrer introduced me to the referred; True when recorded."""
        return self._introduce(refer_command, referrer_id, referred_id)

    def reroute_introduction(self, referrer_id: int, referred_id: int) -> bool:
        """The arrow into the referred was dropped on the referrer: they introduced
        you instead. Refused (nothing changed) if it would make a loop."""
        return self._introduce(reroute_command, referrer_id, referred_id)

    def introduced_by(self, referrer_id: int, referred_id: int) -> bool:
        """ "Introduced by…" picked the referrer: the same edit as the drag that says
        so, re-routing the arrow of someone introduced already (their date stays),
        else recording the introduction like a card dropped on a card."""
        where = referrals.placement(referred_id)
        if where is not None and where.referrer_id is not None:
            return self.reroute_introduction(referrer_id, referred_id)
        return self.record_referral(referrer_id, referred_id)

    def _introduce(self, make: IntroductionCommand, referrer_id: int, referred_id: int) -> bool:
        """Check the introduction (ReferralRefused names the people and says why),
        then push the command *make* builds for it, unless it is recorded already."""
        try:
            referrals.check_referral(referrer_id, referred_id)
            command = make(referrer_id, referred_id, self._name_of, self._on_command_failed)
        except GivebackError as err:
            self._refuse(str(err))
            return False
        if command is None:
            self.said.emit(
                translate("GraphEditing", "{introducer} already introduced you to {name}.").format(
                    introducer=self._name_of(referrer_id), name=self._name_of(referred_id)
                )
            )
            return False
        return self._push(command)

    def place_under_me(self, contact_id: int) -> bool:
        """Add a contact to the graph as met directly; refused if already there."""
        if referrals.placement(contact_id) is not None:
            self.said.emit(
                translate("GraphEditing", "{name} is already in the graph.").format(
                    name=self._name_of(contact_id)
                )
            )
            self.already_placed.emit(contact_id)
            return False
        return self.set_met_directly(contact_id)

    def set_met_directly(self, contact_id: int) -> bool:
        """Put a contact right under Me (adding them, or dropping their introduction)."""
        try:
            command = met_directly_command(contact_id, self._name_of, self._on_command_failed)
        except GivebackError as err:
            self._refuse(str(err))
            return False
        if command is None:
            self.said.emit(
                translate("GraphEditing", "{name} is already there: you met directly.").format(
                    name=self._name_of(contact_id)
                )
            )
            return False
        return self._push(command)

    def take_off_graph(self, contact_id: int) -> bool:
        if referrals.introduced_by(contact_id):
            self._refuse(
                translate(
                    "GraphEditing",
                    "{name} introduced you to people in the graph; move them first.",
                ).format(name=self._name_of(contact_id))
            )
            return False
        command = take_off_command(contact_id, self._name_of, self._on_command_failed)
        return self._push(command) if command is not None else False

    def insert_into_chain(self, contact_id: int, lower_id: int) -> bool:
        """Put someone on the line into *lower_id*: whoever introduced lower now
        introduced them, and they introduced lower. One undo step."""
        try:
            where = referrals.placement(lower_id)
            if where is None:
                raise GivebackError(
                    translate("GraphCommands", "{name} is not in the graph any more.").format(
                        name=self._name_of(lower_id)
                    )
                )
            referrals.check_insert(contact_id, where.referrer_id, lower_id)
            command = insert_command(contact_id, lower_id, self._name_of, self._on_command_failed)
        except GivebackError as err:
            self._refuse(str(err))
            return False
        return self._push(command)

    def thank_introducer(self, contact_id: int) -> bool:
        """Plan a thank-you (a follow-up due today) to whoever introduced them."""
        try:
            command = thank_command(contact_id, self._on_command_failed)
        except GivebackError as err:  # already planned
            self.said.emit(str(err))
            return False
        if command is None:
            self.said.emit(
                translate(
                    "GraphEditing", "You met {name} directly: nobody to thank for it."
                ).format(name=self._name_of(contact_id))
            )
            return False
        planned = translate("GraphEditing", "{edit}: planned for today, on the Today page.")
        return self._push(command, planned.format(edit=command.text()))

    def _push(self, command: QUndoCommand, message: str | None = None) -> bool:
        """Push (which runs redo()); False if the data changed under it and it failed."""
        text = message or command.text()
        self._command_failed = False
        self.undo_stack.push(command)  # an obsolete command is deleted here
        if self._command_failed:
            return False
        self.said.emit(text)
        return True

    def _on_command_failed(self, message: str) -> None:
        self._command_failed = True
        self._refuse(message)

    def _refuse(self, text: str) -> None:
        self.refused.emit(text)

    # Drops ---------------------------------------------------------------------------
    @Slot(list, object)
    def _on_canvas_contacts_dropped(self, ids: list[int], target) -> None:
        for contact_id in ids:
            if target is None:
                self.place_under_me(contact_id)
            elif target == ME:
                self.set_met_directly(contact_id)
            else:
                self.record_referral(target, contact_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """People dropped from a list onto a line go in between its two ends."""
        if watched is self.canvas.viewport() and event.type() == QEvent.Type.Drop:
            at = self.canvas.mapToScene(event.position().toPoint())
            line = self.scene.target_at(at)
            ids = contact_ids_from_mime(event.mimeData())
            if isinstance(line, EdgeItem) and ids:
                self.scene.set_drop_target(None)
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                for contact_id in ids:
                    self.insert_into_chain(contact_id, line.target.contact_id)
                return True
        return super().eventFilter(watched, event)

    @Slot(int, object)
    def _on_scene_node_dropped(self, contact_id: int, target) -> None:
        changed = False
        if target == ME:
            changed = self.set_met_directly(contact_id)
        elif target is not None:
            changed = self.record_referral(target, contact_id)
        if not changed:
            self.scene.snap_back()

    @Slot(int, int)
    def _on_scene_node_dropped_on_edge(self, contact_id: int, lower_id: int) -> None:
        if not self.insert_into_chain(contact_id, lower_id):
            self.scene.snap_back()

    @Slot(int, object)
    def _on_scene_edge_end_dropped(self, referred_id: int, target) -> None:
        if target == ME:
            self.set_met_directly(referred_id)
        elif target is not None:
            self.reroute_introduction(target, referred_id)
