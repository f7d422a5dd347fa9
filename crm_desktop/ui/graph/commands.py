"""Undoable edits of the referral graph.

One command class covers every placement edit: it remembers, for each contact it
touches, where they were before and where they are after, and both directions go
through ``referrals.set_placements`` (the services' single write path for
referrals) in one transaction, so a step half done is never left behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from crm_desktop.errors import GivebackError
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import Placement
from crm_desktop.services.meetings import followups

translate = QCoreApplication.translate


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
        try:
            referrals.set_placements(steps)  # all of the steps, or none of them
        except GivebackError as err:
            self.setObsolete(True)  # the stack deletes an obsolete command
            if self._on_error is not None:
                message = (
                    translate("GraphCommands", "Could not redo “{edit}”. {error}")
                    if verb == "redo"
                    else translate("GraphCommands", "Could not undo “{edit}”. {error}")
                )
                self._on_error(message.format(edit=self.text(), error=err))


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
    before = referrals.placement(referred_id)
    if before is not None and before.referrer_id == referrer_id:
        return None
    on = today or dt.date.today()
    return _introduction(referrer_id, referred_id, before, on, name_of, on_error)


def met_directly_command(
    contact_id: int, name_of: Callable[[int], str], on_error: Callable[[str], None] | None = None
) -> PlacementCommand | None:
    """Put a contact under Me: add them, or drop their introduction. None if already there."""
    before = referrals.placement(contact_id)
    name = name_of(contact_id)
    if before is None:
        return PlacementCommand(
            translate("GraphCommands", "Add {name} to the graph").format(name=name),
            [Move(contact_id, None, Placement(None, None, ""))],
            on_error,
        )
    if before.referrer_id is None:
        return None
    after = Placement(None, before.introduced_on, before.note)
    text = translate("GraphCommands", "{name} met directly").format(name=name)
    return PlacementCommand(text, [Move(contact_id, before, after)], on_error)


def take_off_command(
    contact_id: int, name_of: Callable[[int], str], on_error: Callable[[str], None] | None = None
) -> PlacementCommand | None:
    before = referrals.placement(contact_id)
    if before is None:
        return None
    return PlacementCommand(
        translate("GraphCommands", "Take {name} off the graph").format(name=name_of(contact_id)),
        [Move(contact_id, before, None)],
        on_error,
    )


def reroute_command(
    referrer_id: int,
    referred_id: int,
    name_of: Callable[[int], str],
    on_error: Callable[[str], None] | None = None,
) -> PlacementCommand | None:
    """The introduction arrow into the referred was dragged onto the referrer:
    they introduced me instead. The date of the introduction stays (it is when I
    met the referred); only who made it changes. Call ``check_referral`` first.
    None when nothing would change."""
    before = referrals.placement(referred_id)
    if before is None or before.referrer_id == referrer_id:
        return None
    return _introduction(referrer_id, referred_id, before, before.introduced_on, name_of, on_error)


def _introduction(
    referrer_id: int,
    referred_id: int,
    before: Placement | None,
    introduced_on: dt.date | None,
    name_of: Callable[[int], str],
    on_error: Callable[[str], None] | None,
) -> PlacementCommand:
    """The referrer introduced me to the referred (who was at *before*) on
    *introduced_on*; an introducer new to the graph is placed under Me first,
    like ``referrals.refer`` does. The referred keeps their note."""
    moves: list[Move] = []
    if referrals.placement(referrer_id) is None:
        moves.append(Move(referrer_id, None, Placement(None, None, "")))
    after = Placement(referrer_id, introduced_on, before.note if before else "")
    moves.append(Move(referred_id, before, after))
    text = translate("GraphCommands", "{introducer} introduced you to {name}").format(
        introducer=name_of(referrer_id), name=name_of(referred_id)
    )
    return PlacementCommand(text, moves, on_error)


def insert_command(
    contact_id: int,
    lower_id: int,
    name_of: Callable[[int], str],
    on_error: Callable[[str], None] | None = None,
    today: dt.date | None = None,
) -> PlacementCommand:
    """Put the contact between the lower person and whoever introduced them:
    upper → contact → lower, as one undo step. Call ``check_insert`` first.

    The lower person keeps the date they were introduced; the contact keeps
    theirs if they were placed already, and gets today's if they are new.
    """
    lower_before = referrals.placement(lower_id)
    if lower_before is None:
        raise GivebackError(
            translate("GraphCommands", "{name} is not in the graph any more.").format(
                name=name_of(lower_id)
            )
        )
    upper_id = lower_before.referrer_id
    before = referrals.placement(contact_id)
    on = before.introduced_on if before is not None else (today or dt.date.today())
    after = Placement(upper_id, on, before.note if before else "")
    lower_after = Placement(contact_id, lower_before.introduced_on, lower_before.note)
    if upper_id is None:
        text = translate("GraphCommands", "Put {name} between you and {lower}").format(
            name=name_of(contact_id), lower=name_of(lower_id)
        )
    else:
        text = translate("GraphCommands", "Put {name} between {upper} and {lower}").format(
            name=name_of(contact_id), upper=name_of(upper_id), lower=name_of(lower_id)
        )
    return PlacementCommand(
        text,
        [Move(contact_id, before, after), Move(lower_id, lower_before, lower_after)],
        on_error,
    )


class ThankCommand(QUndoCommand):
    """Plan a thank-you to whoever introduced a contact: a "thanks" follow-up due
    today (so it is on the Today page); undo deletes it again."""

    def __init__(
        self,
        introducer_id: int,
        title: str,
        on_error: Callable[[str], None] | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(title)
        self.introducer_id = introducer_id
        self.due_on = today or dt.date.today()
        self.follow_up_id: int | None = None
        self._on_error = on_error

    def redo(self) -> None:
        try:
            record = followups.add(
                self.text(), due_on=self.due_on, contact_id=self.introducer_id, kind="thanks"
            )
        except GivebackError as err:  # the introducer was deleted since
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(
                    translate("GraphCommands", "Could not plan “{edit}”. {error}").format(
                        edit=self.text(), error=err
                    )
                )
            return
        self.follow_up_id = record.id

    def undo(self) -> None:
        if self.follow_up_id is not None:
            followups.delete(self.follow_up_id)
            self.follow_up_id = None


def thank_command(
    contact_id: int,
    on_error: Callable[[str], None] | None = None,
    today: dt.date | None = None,
) -> ThankCommand | None:
    """A ``ThankCommand`` for the person who introduced *contact_id*; None if
    they were met directly. Raises GivebackError when it is planned already."""
    found = referrals.intro_thanks(contact_id)
    if found is None:
        return None
    introducer_id, title = found
    if any(f.kind == "thanks" and f.title == title for f in followups.open_for(introducer_id)):
        raise GivebackError(
            translate("GraphCommands", "Already on your list: {title}.").format(title=title)
        )
    return ThankCommand(introducer_id, title, on_error, today)
