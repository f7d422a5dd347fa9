"""The sync conflicts: what changed both on this computer and on the server since the last
sync, side by side, to keep one or the other, field by field.

Every value comes from a server or a user: shown in plain-text labels only, never as
rich text. Keeping a side only settles it here; the next sync sends the choice on.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.services import sync
from crm_desktop.ui.common.widgets import plain_label

translate = QCoreApplication.translate

INTRO = QT_TRANSLATE_NOOP(
    "ConflictsDialog",
    "These changed both on this computer and on the server since the last sync. Until you "
    "choose, this computer keeps its own value and the server's is kept aside.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("ConflictsDialog", "Item"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "Field"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "On this computer"),
    QT_TRANSLATE_NOOP("ConflictsDialog", "On the server"),
)
VALUE_WIDTH = 200


def _value(text: str, object_name: str = "") -> QLabel:
    """A value as plain text, selectable, wrapped (a long one wraps, never widens the page)."""
    label = plain_label(object_name, wrap=True)
    label.setText(text if text else "—")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMinimumWidth(VALUE_WIDTH // 2)
    return label


class ConflictsDialog(QDialog):
    """One row per conflict: the item, the field, both values, and a button for each side."""

    resolved = Signal(int)  # a conflict's id, settled

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ConflictsDialog", "Sync Conflicts"))
        self.resize(860, 460)
        self.intro = intro = QLabel(translate("ConflictsDialog", INTRO))
        intro.setWordWrap(True)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.rows)
        self.empty = plain_label("emptyText", wrap=True)
        self.empty.setText(translate("ConflictsDialog", "No conflicts: everything is in sync."))
        self.error = plain_label("formError", wrap=True)
        self.error.hide()
        self.keep_all_here = QPushButton(
            translate("ConflictsDialog", "Keep all of &this computer's")
        )
        self.keep_all_here.clicked.connect(lambda: self.keep_all("local"))
        self.keep_all_server = QPushButton(
            translate("ConflictsDialog", "Keep all of the &server's")
        )
        self.keep_all_server.clicked.connect(lambda: self.keep_all("server"))
        close = QPushButton(translate("ConflictsDialog", "&Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_all_here)
        buttons.addWidget(self.keep_all_server)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # shown instead of the rows
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.keep_buttons: dict[int, tuple[QPushButton, QPushButton]] = {}
        self.reload()

    def reload(self) -> None:
        """Show the open conflicts as the service has them now."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.keep_buttons.clear()
        conflicts = sync.conflicts()
        for column, title in enumerate(COLUMNS):
            header = plain_label("sectionTitle")
            header.setText(translate("ConflictsDialog", title))
            self.grid.addWidget(header, 0, column)
        for row, conflict in enumerate(conflicts, start=1):
            self._add_row(row, conflict)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setRowStretch(len(conflicts) + 1, 1)
        self.scroll.setVisible(bool(conflicts))
        self.empty.setVisible(not conflicts)
        self.intro.setVisible(bool(conflicts))
        self.keep_all_here.setEnabled(bool(conflicts))
        self.keep_all_server.setEnabled(bool(conflicts))

    def _add_row(self, row: int, conflict: sync.Conflict) -> None:
        item = _value(conflict.item, "rowText")
        field = _value(conflict.field_label)
        here_value = _value(conflict.here)
        server_value = _value(conflict.server)
        item.setAccessibleName(translate("ConflictsDialog", "Item"))
        field.setAccessibleName(translate("ConflictsDialog", "Field"))
        here_value.setAccessibleName(
            translate("ConflictsDialog", "{field} on this computer").format(
                field=conflict.field_label
            )
        )
        server_value.setAccessibleName(
            translate("ConflictsDialog", "{field} on the server").format(field=conflict.field_label)
        )
        for column, label in enumerate((item, field, here_value, server_value)):
            self.grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
        here = QPushButton(translate("ConflictsDialog", "Keep this computer's"))
        server = QPushButton(translate("ConflictsDialog", "Keep the server's"))
        # A screen reader hears which conflict a button settles, not just "Keep…".
        for button, side, value in (
            (here, "local", conflict.here),
            (server, "server", conflict.server),
        ):
            button.setAccessibleName(
                translate("ConflictsDialog", "{keep}: {field} of {item}, “{value}”").format(
                    keep=button.text(),
                    field=conflict.field_label,
                    item=conflict.item,
                    value=value,
                )
            )
            button.clicked.connect(lambda _=False, c=conflict.id, s=side: self.keep(c, s))
        choice = QVBoxLayout()
        choice.setSpacing(4)
        choice.addWidget(here)
        choice.addWidget(server)
        self.grid.addLayout(choice, row, 4, Qt.AlignmentFlag.AlignTop)
        self.keep_buttons[conflict.id] = (here, server)

    def keep(self, conflict_id: int, side: str) -> None:
        """Settle one conflict by keeping *side* ("local" or "server")."""
        self.error.hide()
        try:
            sync.resolve(conflict_id, side)
        except GivebackError as err:
            self.error.setText(str(err))
            self.error.show()
        else:
            self.resolved.emit(conflict_id)
        self.reload()

    def keep_all(self, side: str) -> None:
        self.error.hide()
        try:
            for conflict in sync.conflicts():
                sync.resolve(conflict.id, side)
                self.resolved.emit(conflict.id)
        except GivebackError as err:
            self.error.setText(str(err))
            self.error.show()
        self.reload()
