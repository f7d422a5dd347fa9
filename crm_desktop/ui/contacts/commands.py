"""Every edit of contacts as an undoable command on the app's one QUndoStack.

A command copies the contacts it touches before and after the edit (with
``contacts.snapshot``); undo and redo put those copies back. The edit itself
runs once, before the command is pushed, so a refused edit (bad input, a full
disk) raises to the caller and leaves nothing on the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QUndoCommand, QUndoStack

from crm_desktop.services.contacts import contacts


class ContactCommand(QUndoCommand):
    def __init__(self, text: str, before, after):
        super().__init__(text)
        self._before = before
        self._after = after
        self._done = True  # the edit already ran when the command was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        contacts.restore(self._after)

    def undo(self) -> None:
        contacts.restore(self._before)


def run(
    stack: QUndoStack,
    text: str,
    contact_ids: Iterable[int],
    action: Callable[[], object],
    new_ids: Callable[[object], Iterable[int]] | None = None,
):
    """Run *action* (an edit of *contact_ids*) and push it as one undoable step named
    *text*. *new_ids* tells which contacts the action created, from its result."""
    ids = list(dict.fromkeys(contact_ids))
    before = contacts.snapshot(ids)
    result = action()
    created = list(new_ids(result)) if new_ids else []
    if created:
        before = contacts.Snapshot(
            before.contact_ids | frozenset(created), before.contacts, before.dependents
        )
    after = contacts.snapshot(list(before.contact_ids), like=before)
    stack.push(ContactCommand(text, before, after))
    return result
