"""The contacts page's edits, each one undoable step named for what it did: to the
selected contacts (tag, stage, warmth, archive, delete, merge) and to one contact
(the form's save, a quick field in the details pane)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack

from crm_desktop.errors import GivebackError
from crm_desktop.services.contacts import contacts, merge
from crm_desktop.services.contacts.types import STAGES, WARMTH, ContactInput, ContactRecord
from crm_desktop.ui.common.service_text import label as label_of
from crm_desktop.ui.contacts import commands as contact_commands

translate = QCoreApplication.translate

# Undo's name for a quick field edited in the details pane, a whole sentence each.
SET_FIELD = {
    "stage": QT_TRANSLATE_NOOP("ContactEdits", "Set {name}'s stage"),
    "warmth": QT_TRANSLATE_NOOP("ContactEdits", "Set {name}'s warmth"),
    "follow_up_on": QT_TRANSLATE_NOOP("ContactEdits", "Set {name}'s follow-up date"),
    "cadence_days": QT_TRANSLATE_NOOP("ContactEdits", "Set {name}'s keep-in-touch cadence"),
    "tags": QT_TRANSLATE_NOOP("ContactEdits", "Set {name}'s tags"),
    "location": QT_TRANSLATE_NOOP("ContactEdits", "Set {name}'s location"),
}


def _some(n: int) -> str:
    """ "3 contacts" / "1 contact", in the window's language."""
    return (
        translate("ContactEdits", "1 contact")
        if n == 1
        else translate("ContactEdits", "{count} contacts").format(count=n)
    )


class ContactsPage(Protocol):
    """What the edits need from the page: its undo stack, its selection and its prompts.

    The prompts are looked up on the page at each use, so tests can replace them there.
    """

    undo_stack: QUndoStack

    def selected_contact_ids(self) -> list[int]: ...

    def showing_archive(self) -> bool: ...

    def select_contact(self, contact_id: int) -> None: ...

    def inform(self, text: str) -> None: ...

    def confirm(self, title: str, text: str, action: str) -> bool: ...

    def ask_text(self, title: str, label: str, text: str = "") -> tuple[str, bool]: ...


class ContactEdits:
    """Every change of contacts the contacts page makes, each through the app's undo stack."""

    def __init__(self, page: ContactsPage):
        self.page = page

    def run(
        self,
        text: str,
        ids: list[int],
        action: Callable[[], Any],
        new_ids: Callable[[Any], Iterable[int]] | None = None,
    ) -> Any:
        """Run an edit as one undoable step named *text*; a refused edit is told to the
        user and gives None."""
        try:
            return contact_commands.run(self.page.undo_stack, text, ids, action, new_ids)
        except GivebackError as err:
            self.page.inform(str(err))
            return None

    # One contact ----------------------------------------------------------------
    def save_contact(self, contact_id: int | None, data: ContactInput) -> ContactRecord:
        """The contact form's save: raises on refusal so the form keeps what was typed."""
        if contact_id is None:
            return contact_commands.run(
                self.page.undo_stack,
                translate("ContactEdits", "Add {name}").format(name=data.full_name.strip()),
                [],
                lambda: contacts.add_contact(data),
                lambda record: [record.id],
            )
        return contact_commands.run(
            self.page.undo_stack,
            translate("ContactEdits", "Edit {name}").format(name=data.full_name.strip()),
            [contact_id],
            lambda: contacts.update_contact(contact_id, data),
        )

    def set_field(self, contact_id: int, name: str, value: Any) -> None:
        """A quick field edited in the details pane (tags replace the contact's tags)."""
        record = contacts.get_contact(contact_id)
        text = translate("ContactEdits", SET_FIELD.get(name, "Edit {name}")).format(
            name=record.full_name
        )
        if name == "tags":
            data = record.to_input()
            data.tags = value

            def action():
                return contacts.update_contact(contact_id, data)

        else:

            def action():
                return contacts.set_fields([contact_id], **{name: value})

        self.run(text, [contact_id], action)

    def toggle_archived(self, contact_id: int) -> None:
        """The details pane's Archive / Unarchive button."""
        record = contacts.get_contact(contact_id)
        self.archive([contact_id], not record.archived)

    def delete_contact(self, contact_id: int) -> bool:
        record = contacts.get_contact(contact_id)
        question = translate(
            "ContactEdits",
            "Delete {name}?\n\nTheir details and their place in your meetings "
            "will be removed. People they introduced you to stay in your referral graph. "
            "Undo brings them back.",
        ).format(name=record.full_name)
        if not self.page.confirm(
            translate("ContactEdits", "Delete contact"),
            question,
            translate("ContactEdits", "Delete"),
        ):
            return False
        self.run(
            translate("ContactEdits", "Delete {name}").format(name=record.full_name),
            [contact_id],
            lambda: contacts.delete_contact(contact_id),
        )
        return True

    # The selected contacts ------------------------------------------------------
    def tag_selected(self) -> None:
        ids = self.page.selected_contact_ids()
        if not ids:
            return
        text, ok = self.page.ask_text(
            translate("ContactEdits", "Tag contacts"),
            translate("ContactEdits", "Add tags to {contacts}:").format(contacts=_some(len(ids))),
        )
        if ok and text.strip():
            self.add_tags(ids, text.split(","))

    def add_tags(self, ids: list[int], tags: list[str]) -> None:
        names = ", ".join(t.strip() for t in tags if t.strip())
        self.run(
            translate("ContactEdits", "Tag {contacts} “{tags}”").format(
                contacts=_some(len(ids)), tags=names
            ),
            ids,
            lambda: contacts.add_tags(ids, tags),
        )

    def set_stage_selected(self, stage: str) -> None:
        ids = self.page.selected_contact_ids()
        if ids:
            label = (
                label_of(STAGES[stage])
                if stage in STAGES
                else translate("ContactEdits", "no stage")
            )
            self.run(
                translate("ContactEdits", "Set stage of {contacts} to {stage}").format(
                    contacts=_some(len(ids)), stage=label
                ),
                ids,
                lambda: contacts.set_fields(ids, stage=stage),
            )

    def set_warmth(self, ids: list[int], warmth: str) -> None:
        self.run(
            translate("ContactEdits", "Set warmth of {contacts} to {warmth}").format(
                contacts=_some(len(ids)),
                warmth=label_of(WARMTH[warmth])
                if warmth in WARMTH
                else translate("ContactEdits", "none"),
            ),
            ids,
            lambda: contacts.set_fields(ids, warmth=warmth),
        )

    def archive_selected(self) -> None:
        """Archive the selection; in the archive, bring it back instead."""
        ids = self.page.selected_contact_ids()
        if ids:
            self.archive(ids, not self.page.showing_archive())

    def archive(self, ids: list[int], archived: bool = True) -> None:
        what = _some(len(ids))
        if len(ids) == 1:
            what = contacts.get_contact(ids[0]).full_name
        text = (
            translate("ContactEdits", "Archive {what}").format(what=what)
            if archived
            else translate("ContactEdits", "Unarchive {what}").format(what=what)
        )
        self.run(text, ids, lambda: contacts.archive_contacts(ids, archived))

    def delete_selected(self) -> None:
        ids = self.page.selected_contact_ids()
        if len(ids) == 1:
            self.delete_contact(ids[0])
        elif ids:
            question = translate(
                "ContactEdits",
                "Delete {contacts}?\n\nTheir details and their place in "
                "your meetings will be removed (Undo brings them back). Archive keeps them "
                "out of the list without deleting.",
            ).format(contacts=_some(len(ids)))
            if self.page.confirm(
                translate("ContactEdits", "Delete {count} contacts").format(count=len(ids)),
                question,
                translate("ContactEdits", "Delete"),
            ):
                self.run(
                    translate("ContactEdits", "Delete {contacts}").format(contacts=_some(len(ids))),
                    ids,
                    lambda: contacts.delete_contacts(ids),
                )

    def merge_group(self, survivor: int, others: list[int], choices: dict) -> bool:
        """The merge dialog's merge, as one undoable step; False when it was refused."""
        name = contacts.get_contact(survivor).full_name
        done = self.run(
            translate("ContactEdits", "Merge {contacts} into {name}").format(
                contacts=_some(len(others) + 1), name=name
            ),
            [survivor, *others],
            lambda: merge.merge_contacts(survivor, others, choices),
        )
        if done is None:
            return False
        self.page.select_contact(survivor)
        return True
