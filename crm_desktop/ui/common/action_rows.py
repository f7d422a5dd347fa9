"""Rows of things to act on, each with its own buttons: used by the Today page and
the give-and-ask panel, so every item is one click from being done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.common.mnemonics import add_mnemonics
from crm_desktop.ui.common.widgets import plain_label, tab_order_after

translate = QCoreApplication.translate

SNOOZES = (
    (QT_TRANSLATE_NOOP("snooze", "Tomorrow"), 1),
    (QT_TRANSLATE_NOOP("snooze", "In 3 days"), 3),
    (QT_TRANSLATE_NOOP("snooze", "Next week"), 7),
)


def menu_button(text: str, items: list[tuple[str, Callable[[], None], bool]]) -> QToolButton:
    """A button opening a menu of (label, action, checked) items; label "-" is a separator."""
    button = QToolButton()
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for label, slot, checked in items:
        if label == "-":
            menu.addSeparator()
            continue
        action = QAction(label, menu)
        if checked:
            action.setCheckable(True)
            action.setChecked(True)
        action.triggered.connect(lambda _c=False, s=slot: s())
        menu.addAction(action)
    button.setMenu(add_mnemonics(menu))
    return button


def snooze_button(
    on_snooze: Callable[[int], None], on_pick: Callable[[], None] | None = None
) -> QToolButton:
    """A "Snooze" menu: put something off by a day, three days or a week, or (with
    *on_pick*) to a day of your choice."""
    items = [
        (translate("snooze", label), lambda d=days: on_snooze(d), False) for label, days in SNOOZES
    ]
    if on_pick is not None:
        items += [("-", lambda: None, False), (translate("snooze", "Pick a day…"), on_pick, False)]
    return menu_button(translate("snooze", "Snooze"), items)


class ActionRow(QFrame):
    """One thing to act on: a line of text, a muted detail, and its buttons."""

    def __init__(self, text: str, detail: str = "", tone: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("todayRow")
        self.text = plain_label("rowText", wrap=True)
        self.text.setText(text)
        if tone:
            self.text.setProperty("tone", tone)
        self.detail = plain_label("muted", wrap=True)
        self.detail.setText(detail)
        words = QVBoxLayout()
        words.setSpacing(1)
        words.addWidget(self.text)
        words.addWidget(self.detail)
        self.buttons: dict[str, QPushButton | QToolButton] = {}
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(6, 5, 6, 5)
        self._row.addLayout(words, 1)
        # Only now that it is inside the row: a label shown before it has a parent is a
        # window of its own, which flashes up and takes the keyboard focus from the dialog
        # in front while the Today page rebuilds its cards.
        self.detail.setVisible(bool(detail))

    def add_button(
        self, key: str, label: str, slot: Callable[[], None], primary: bool = False
    ) -> QPushButton:
        button = QPushButton(label)
        if primary:
            button.setObjectName("primarySmall")
        button.clicked.connect(lambda _c=False: slot())
        self.add_widget(key, button)
        return button

    def add_widget(self, key: str, button: QPushButton | QToolButton) -> None:
        # "Done", "Open", "Snooze" say what, not what for: the row's text says that.
        button.setAccessibleDescription(
            ". ".join(t for t in (self.text.text(), self.detail.text()) if t)
        )
        self.buttons[key] = button
        self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)


class ActionSection(QFrame):
    """A titled card of rows; hidden when empty unless it has an empty text."""

    def __init__(self, title: str, empty_text: str = "", card: bool = True, parent=None):
        super().__init__(parent)
        if card:
            self.setObjectName("todayCard")
        self.title_text = title
        self.title = plain_label("sectionTitle")
        self.title.setText(title)
        self.empty = plain_label("muted", wrap=True)
        self.empty.setText(empty_text)
        self.rows: list[ActionRow] = []
        self._layout = QVBoxLayout(self)
        margin = 12 if card else 0
        self._layout.setContentsMargins(margin, 10 if card else 4, margin, 10 if card else 4)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.empty)
        self._footer: QWidget | None = None

    def set_rows(self, rows: list[ActionRow]) -> None:
        for row in self.rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = rows
        at = self._layout.indexOf(self.empty)
        for offset, row in enumerate(rows):
            self._layout.insertWidget(at + offset, row)
        # Top to bottom with Tab, right after the title, not after the rest of the window.
        tab_order_after(self.title, [w for row in rows for w in row.buttons.values()])
        self.title.setText(f"{self.title_text} ({len(rows)})" if rows else self.title_text)
        self.empty.setVisible(not rows and bool(self.empty.text()))
        self.setVisible(bool(rows) or bool(self.empty.text()))
