"""The import's pages that only say something: the full export about to be restored,
the import or restore under way, and how it went."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressBar

from crm_desktop.services.interchange import json_backup
from crm_desktop.services.interchange.apply import ImportResult
from crm_desktop.ui.common.service_text import number
from crm_desktop.ui.common.widgets import plain_label
from crm_desktop.ui.interchange.import_dialog.page import Page

DONE_WIDTH = 420

translate = QCoreApplication.translate


class RestorePage(Page):
    """What a Giveback full export holds, and whether it can be restored here."""

    def __init__(self):
        super().__init__(translate("ImportDialog", "Restore a full Giveback export"))
        self.restore_text = plain_label(wrap=True)
        self.body.addWidget(self.restore_text)
        self.body.addStretch(1)

    def show_export(self, file_name: str, counts: dict[str, int]) -> bool:
        """Say what *file_name* holds and what restoring it would do; True when it may
        be restored (into an empty database), with the restore's own words when not."""
        name = translate("ImportDialog", "{file} is a full Giveback export of {what}.").format(
            file=file_name, what=json_backup.describe(counts)
        )
        refusal = json_backup.restore_refusal()  # what restoring would say, before the click
        if refusal:
            instead = translate(
                "ImportDialog",
                "To bring back an earlier state of this database, "
                "use File ▸ Restore from Backup… instead.",
            )
            self.restore_text.setText(f"{name}\n\n{refusal}\n\n{instead}")
        else:
            restoring = translate(
                "ImportDialog",
                "Restoring it brings all of it back into this empty database, "
                "exactly as it was when exported.",
            )
            self.restore_text.setText(f"{name}\n\n{restoring}")
        return refusal is None


class ProgressPage(Page):
    """The import or the restore under way: what runs, and how far it has got."""

    def __init__(self):
        super().__init__(translate("ImportDialog", "Importing…"))
        self.progress_label = plain_label(wrap=True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.body.addStretch(1)
        self.body.addWidget(self.progress_label)
        self.body.addWidget(self.progress_bar)
        self.body.addStretch(2)

    def begin(self, heading: str, text: str) -> None:
        """Start over: *heading* and *text* over a bar that moves until there is a count."""
        self.heading.setText(heading)
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, 0)


class DonePage(Page):
    """How the import or the restore went (finished, failed or cancelled)."""

    def __init__(self):
        super().__init__("")
        self.done_text = plain_label(wrap=True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_text.setMinimumWidth(DONE_WIDTH)  # a box, not a strip, for two lines
        self.body.addWidget(self.done_text)
        self.body.addStretch(1)

    def show_outcome(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.done_text.setText(text)


def import_outcome(result: ImportResult) -> str:
    """What an import did, in words for the done page (and how to take it back)."""
    created, merged = len(result.created_ids), len(result.merged_ids)
    if not created and not merged:
        text = translate(
            "ImportDialog", "Nothing was imported: every row was skipped or already in Giveback."
        )
    else:
        new = (
            translate("ImportDialog", "1 new contact")
            if created == 1
            else translate("ImportDialog", "{count} new contacts").format(count=created)
        )
        skipped = number(result.skipped)
        if merged and result.skipped:
            text = translate(
                "ImportDialog",
                "Imported {new}, merged {merged} into existing contacts, skipped {skipped}.",
            )
        elif merged:
            text = translate(
                "ImportDialog", "Imported {new}, merged {merged} into existing contacts."
            )
        elif result.skipped:
            text = translate("ImportDialog", "Imported {new}, skipped {skipped}.")
        else:
            text = translate("ImportDialog", "Imported {new}.")
        text = text.format(new=new, merged=number(merged), skipped=skipped)
        if result.unchanged == 1:
            text += " " + translate("ImportDialog", "1 contact was already up to date.")
        elif result.unchanged:
            text += " " + translate(
                "ImportDialog", "{count} contacts were already up to date."
            ).format(count=result.unchanged)
        text += "\n\n" + translate("ImportDialog", "Edit ▸ Undo removes the whole import.")
    if result.backup is not None:
        text += " " + translate(
            "ImportDialog",
            "Giveback also kept a backup of your data from just before it "
            "(File ▸ Restore from Backup…).",
        )
    return text
