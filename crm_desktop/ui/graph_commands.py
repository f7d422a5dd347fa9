"""Undoable edits of the referral graph.

One command class covers every edit: it remembers, for each contact it touches,
where they were before and where they are after, and both directions go through
``referrals.set_placement``, the services' single write path for referrals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from crm_desktop.services import referrals
from crm_desktop.services.errors import GivebackError
from crm_desktop.services.referrals import Placement


@dataclass(frozen=True)
class Move:
    contact_id: int
    before: Placement | None
    after: Placement | None


class PlacementCommand(QUndoCommand):
    """Put contacts where *moves* say on redo, and back where they were on undo.

    If the data changed under the command (a contact was deleted since), the
    step that fails is reported through *on_error* and the command drops itself
    from the undo stack rather than leave it half applied forever.
    """

    def __init__(
        self,
        text: str,
        moves: list[Move],
        on_error: Callable[[str], None] | None = None,
    ):
        super().__init__(text)
        self.moves = list(moves)
        self._on_error = on_error

    def redo(self) -> None:
        self._apply("redo", [(m.contact_id, m.after) for m in self.moves])

    def undo(self) -> None:
        self._apply("undo", [(m.contact_id, m.before) for m in reversed(self.moves)])

    def _apply(self, verb: str, steps: list[tuple[int, Placement | None]]) -> None:
        for contact_id, where in steps:
            try:
                referrals.set_placement(contact_id, where)
            except GivebackError as err:
                self.setObsolete(True)  # the stack deletes an obsolete command
                if self._on_error is not None:
                    self._on_error(f"Could not {verb} “{self.text()}”. {err}")
                return


def refer_command(
    referrer_id: int,
    referred_id: int,
    name_of: Callable[[int], str],
    on_error: Callable[[str], None] | None = None,
    today: dt.date | None = None,
) -> PlacementCommand | None:
    """Record that the referrer introduced me to the referred, like ``referrals.refer``.

    Call ``referrals.check_referral`` first. None when nothing would change.
    """
    moves: list[Move] = []
    referrer_before = referrals.placement(referrer_id)
    if referrer_before is None:  # refer() places a new introducer under Me
        moves.append(Move(referrer_id, None, Placement(None, None, "")))
    before = referrals.placement(referred_id)
    if before is not None and before.referrer_id == referrer_id:
        return None
    after = Placement(referrer_id, today or dt.date.today(), before.note if before else "")
    moves.append(Move(referred_id, before, after))
    text = f"{name_of(referrer_id)} introduced you to {name_of(referred_id)}"
    return PlacementCommand(text, moves, on_error)


def met_directly_command(
    contact_id: int, name_of: Callable[[int], str], on_error: Callable[[str], None] | None = None
) -> PlacementCommand | None:
    """Put a contact under Me: add them, or drop their introduction. None if already there."""
    before = referrals.placement(contact_id)
    name = name_of(contact_id)
    if before is None:
        return PlacementCommand(
            f"Add {name} to the graph",
            [Move(contact_id, None, Placement(None, None, ""))],
            on_error,
        )
    if before.referrer_id is None:
        return None
    after = Placement(None, before.introduced_on, before.note)
    return PlacementCommand(f"{name} met directly", [Move(contact_id, before, after)], on_error)


def take_off_command(
    contact_id: int, name_of: Callable[[int], str], on_error: Callable[[str], None] | None = None
) -> PlacementCommand | None:
    before = referrals.placement(contact_id)
    if before is None:
        return None
    return PlacementCommand(
        f"Take {name_of(contact_id)} off the graph",
        [Move(contact_id, before, None)],
        on_error,
    )
