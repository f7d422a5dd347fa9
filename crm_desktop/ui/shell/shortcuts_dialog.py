"""Help ▸ Keyboard Shortcuts: every shortcut of the window, read from the menus' actions
themselves (and the shortcuts that say what they do), so the list cannot drift from
what the keys really do; then the keys of the referral graph's cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.text import QT_TRANSLATE_NOOP
from crm_desktop.ui.common.mnemonics import plain
from crm_desktop.ui.graph.keyboard import CARD_KEYS

translate = QCoreApplication.translate

Row = tuple[str, str]  # what it does, the keys
# The keys of a prep sheet's preview (``ui.meetings.prep_preview.PrepPreview`` gives them to
# its toolbar, whose buttons take no focus): change them together.
PREVIEW_KEYS = (
    (QT_TRANSLATE_NOOP("PrepPreview", "Print"), "Ctrl+P"),
    (QT_TRANSLATE_NOOP("PrepPreview", "Export PDF…"), "Ctrl+E"),
    (QT_TRANSLATE_NOOP("PrepPreview", "Sections…"), "Ctrl+Shift+P"),
)


def keys_of(action: QAction | QShortcut) -> str:
    sequences = action.shortcuts() if isinstance(action, QAction) else action.keys()
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def menu_rows(menu: QMenu, path: str = "") -> list[tuple[str, list[Row]]]:
    """The actions with shortcuts of *menu* and its submenus, grouped by menu."""
    title = f"{path} ▸ {plain(menu.title())}" if path else plain(menu.title())
    rows: list[Row] = []
    groups: list[tuple[str, list[Row]]] = []
    for action in menu.actions():
        if action.menu() is not None:
            groups.extend(menu_rows(action.menu(), title))
        elif not action.isSeparator() and action.shortcuts():
            rows.append((_base_text(action), keys_of(action)))
    return [(title, rows), *groups] if rows else groups


def _base_text(action: QAction) -> str:
    """An undo action's text names the last edit ("Undo Add Ann"): keep the verb."""
    text = plain(action.text())
    for verb in (
        plain(QCoreApplication.translate("MainWindow", "&Undo")),
        plain(QCoreApplication.translate("MainWindow", "&Redo")),
    ):
        if text == verb or text.startswith(verb + " "):
            return verb
    return text


def shortcut_groups(window: QWidget) -> list[tuple[str, list[Row]]]:
    """The window's own shortcuts (not in a menu) that say what they do, by the page
    (the tab) they work on."""
    groups: dict[str, list[Row]] = {}
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis():
            rows = groups.setdefault(_page_of(shortcut.parent()), [])
            rows.append((shortcut.whatsThis(), keys_of(shortcut)))
    return list(groups.items())


def _page_of(widget: QObject | None) -> str:
    """ "Referral graph page" for a widget on that tab; "Anywhere" when on no tab."""
    while widget is not None:
        tabs = widget.parent().parent() if widget.parent() is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(widget) >= 0:
            return translate("ShortcutsDialog", "{page} page").format(
                page=plain(tabs.tabText(tabs.indexOf(widget)))
            )
        widget = widget.parent()
    return translate("ShortcutsDialog", "Anywhere")


class ShortcutsDialog(QDialog):
    """A list of the shortcuts by menu; Escape or Close closes it."""

    def __init__(self, menus: list[QMenu], window: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.setMinimumSize(520, 480)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [translate("ShortcutsDialog", "Action"), translate("ShortcutsDialog", "Keys")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setAlternatingRowColors(True)
        groups = [group for menu in menus for group in menu_rows(menu)]
        groups.extend(shortcut_groups(window))
        groups.append(
            (
                translate("ShortcutsDialog", "Referral graph cards"),
                [
                    (translate("GraphKeys", what), translate("GraphKeys", keys))
                    for what, keys in CARD_KEYS
                ],
            )
        )
        groups.append(
            (
                translate("ShortcutsDialog", "Prep sheet preview"),
                [(translate("PrepPreview", what), keys) for what, keys in PREVIEW_KEYS],
            )
        )
        for title, rows in groups:
            heading = QTreeWidgetItem(self.tree, [title])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for what, keys in rows:
                QTreeWidgetItem(heading, [what, keys])
        self.tree.expandAll()
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)
        wide = self.tree.columnWidth(0) + self.tree.columnWidth(1) + 48
        self.resize(max(wide, self.minimumWidth()), 560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.tree.setFocus()

    def rows(self) -> dict[str, dict[str, str]]:
        """What the dialog lists: by group, what each shortcut does and its keys."""
        shown: dict[str, dict[str, str]] = {}
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            shown[heading.text(0)] = {
                heading.child(row).text(0): heading.child(row).text(1)
                for row in range(heading.childCount())
            }
        return shown
