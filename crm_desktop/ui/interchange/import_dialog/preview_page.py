"""Step 3 of the import: what will happen, row by row, before anything changes; the
user unticks rows, merges or skips every match, and sees what cannot be read."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from crm_desktop.services.interchange.plan import ImportPlan
from crm_desktop.ui.common.service_text import number
from crm_desktop.ui.common.widgets import list_table, plain_label
from crm_desktop.ui.interchange.import_dialog.action_choice import ActionChoice
from crm_desktop.ui.interchange.import_dialog.page import Page
from crm_desktop.ui.interchange.import_dialog.plan_model import COL_WHAT, PlanModel

translate = QCoreApplication.translate

WIDTHS = (210, 170, 220)
SHOW = {
    "all": QT_TRANSLATE_NOOP("PreviewPage", "All rows"),
    "new": QT_TRANSLATE_NOOP("PreviewPage", "New contacts"),
    "match": QT_TRANSLATE_NOOP("PreviewPage", "Matches with existing contacts"),
    "unchanged": QT_TRANSLATE_NOOP("PreviewPage", "Already in Giveback, unchanged"),
}
HINT = QT_TRANSLATE_NOOP(
    "PreviewPage",
    "Untick a row to leave it out. A merge fills in what the existing contact lacks "
    "(emails, phones, links, tags, empty fields) and never overwrites what you have.",
)
NAMESAKE_HINT = QT_TRANSLATE_NOOP(
    "PreviewPage",
    "A row saying “another … is in Giveback” has an existing contact's name at another "
    "company: double-click its “What happens” to merge into them instead.",
)
STATS = {  # the preview's four numbers: (caption for one, for many)
    "new": (
        QT_TRANSLATE_NOOP("PreviewPage", "new contact"),
        QT_TRANSLATE_NOOP("PreviewPage", "new contacts"),
    ),
    "match": (
        QT_TRANSLATE_NOOP("PreviewPage", "matches an existing contact"),
        QT_TRANSLATE_NOOP("PreviewPage", "match existing contacts"),
    ),
    "unchanged": (
        QT_TRANSLATE_NOOP("PreviewPage", "already in Giveback"),
        QT_TRANSLATE_NOOP("PreviewPage", "already in Giveback"),
    ),
    "problems": (
        QT_TRANSLATE_NOOP("PreviewPage", "row can't be read"),
        QT_TRANSLATE_NOOP("PreviewPage", "rows can't be read"),
    ),
}


class PreviewPage(Page):
    """Four numbers, the plan's rows (``model``, shown in ``table``), and the rows that
    cannot be read or were read with a change. The model's ``actions_changed`` says
    when a tick or "Merge all" / "Skip all" changed what the import will do."""

    def __init__(self):
        super().__init__(translate("PreviewPage", "Check before importing"))
        self.stat_labels: dict[str, QLabel] = {}
        self.stat_captions: dict[str, QLabel] = {}
        stats = QHBoxLayout()
        for key in STATS:
            stats.addWidget(self._stat_box(key))
        stats.addStretch(1)
        self.body.addLayout(stats)

        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(translate("PreviewPage", "Show rows"))
        for key, label in SHOW.items():
            self.show_combo.addItem(translate("PreviewPage", label), key)
        self.show_combo.currentIndexChanged.connect(self._on_show_combo_changed)
        self.merge_all_button = QPushButton(translate("PreviewPage", "Merge all matches"))
        self.merge_all_button.clicked.connect(lambda: self.model.set_all_matches("merge"))
        self.skip_all_button = QPushButton(translate("PreviewPage", "Skip all matches"))
        self.skip_all_button.clicked.connect(lambda: self.model.set_all_matches("skip"))
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("PreviewPage", "Show:")))
        row.addWidget(self.show_combo)
        row.addStretch(1)
        row.addWidget(self.merge_all_button)
        row.addWidget(self.skip_all_button)
        self.body.addLayout(row)

        self.model = PlanModel(self)
        self.table = list_table(
            self.model, WIDTHS, translate("PreviewPage", "What the import does")
        )
        # Only a namesake's "What happens" is editable (see PlanModel.flags).
        triggers = self.table.EditTrigger
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        self.table.setItemDelegateForColumn(COL_WHAT, ActionChoice(self.table))
        self.body.addWidget(self.table, 1)
        self.hint = plain_label("muted", wrap=True)
        self.body.addWidget(self.hint)

        # What cannot be read, then what was read with a change; each list scrolls, so
        # a file with a thousand odd rows does not push the table off the dialog.
        self.problems_title = plain_label("sectionTitle")
        self.problems_text = QPlainTextEdit()
        self.problems_text.setReadOnly(True)
        self.notices_title = plain_label("sectionTitle")
        self.notices_title.setText(translate("PreviewPage", "Read with a change:"))
        self.notices_text = QPlainTextEdit()
        self.notices_text.setReadOnly(True)
        for widget in (
            self.problems_title,
            self.problems_text,
            self.notices_title,
            self.notices_text,
        ):
            self.body.addWidget(widget)

    def _stat_box(self, key: str) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        number = plain_label()
        font = QFont(number.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        number.setFont(font)
        text = plain_label("muted")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(14, 6, 14, 8)
        inner.setSpacing(0)
        inner.addWidget(number)
        inner.addWidget(text)
        self.stat_labels[key] = number
        self.stat_captions[key] = text
        return box

    def show_plan(self, plan: ImportPlan, file_name: str) -> None:
        """Show what importing *file_name* would do, every row shown and ticked as planned."""
        self.model.set_plan(plan)
        self.show_combo.setCurrentIndex(0)
        n = len(plan.items)
        self.heading.setText(
            translate("PreviewPage", "{file}: 1 contact").format(file=file_name)
            if n == 1
            else translate("PreviewPage", "{file}: {count} contacts").format(
                file=file_name, count=n
            )
        )
        for key in ("new", "match", "unchanged"):
            self._set_stat(key, self.model.kind_count(key))
        self._set_stat("problems", len(plan.problems))
        hint = translate("PreviewPage", HINT)
        if self.model.namesake_count():
            hint += " " + translate("PreviewPage", NAMESAKE_HINT)
        self.hint.setText(hint)
        matches = self.model.kind_count("match") > 0
        self.merge_all_button.setEnabled(matches)
        self.skip_all_button.setEnabled(matches)
        problems = plan.problems
        self.problems_title.setText(
            translate("PreviewPage", "1 row can't be read and will be left out:")
            if len(problems) == 1
            else translate(
                "PreviewPage", "{count} rows can't be read and will be left out:"
            ).format(count=len(problems))
        )
        self._fill_list(self.problems_title, self.problems_text, [str(p) for p in problems])
        self._fill_list(self.notices_title, self.notices_text, plan.notices)

    def _set_stat(self, key: str, count: int) -> None:
        one, many = STATS[key]
        self.stat_labels[key].setText(number(count))
        self.stat_captions[key].setText(translate("PreviewPage", one if count == 1 else many))

    def _fill_list(self, title: QLabel, box: QPlainTextEdit, lines: list[str]) -> None:
        """Show *lines* in *box* (hidden with its title when empty), up to 4 lines high."""
        box.setPlainText("\n".join(lines))
        shown = min(max(len(lines), 1), 4)
        box.setFixedHeight(shown * self.fontMetrics().lineSpacing() + 14)
        title.setVisible(bool(lines))
        box.setVisible(bool(lines))

    @Slot()
    def _on_show_combo_changed(self, _index: int = 0) -> None:
        self.model.set_filter(self.show_combo.currentData())

    def has_work(self) -> bool:
        """Whether importing would add or merge anything (every row may be skipped)."""
        counts = self.model.counts()
        return counts["new"] + counts["merge"] > 0

    def summary(self) -> str:
        """What the import will do, in a line, for the dialog's footer."""
        if not self.has_work():
            return translate(
                "PreviewPage", "Nothing to import: every row is skipped or already here."
            )
        counts = self.model.counts()
        new = (
            translate("PreviewPage", "1 new contact")
            if counts["new"] == 1
            else translate("PreviewPage", "{count} new contacts").format(count=counts["new"])
        )
        if counts["merge"] and counts["skip"]:
            text = translate(
                "PreviewPage",
                "Import will add {new}, merge {merge} into existing contacts, skip {skip}.",
            )
        elif counts["merge"]:
            text = translate(
                "PreviewPage", "Import will add {new}, merge {merge} into existing contacts."
            )
        elif counts["skip"]:
            text = translate("PreviewPage", "Import will add {new}, skip {skip}.")
        else:
            text = translate("PreviewPage", "Import will add {new}.")
        return text.format(new=new, merge=number(counts["merge"]), skip=number(counts["skip"]))
