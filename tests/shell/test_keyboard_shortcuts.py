"""The window by keyboard: every menu and menu item has its own mnemonic, and
Help ▸ Keyboard Shortcuts lists the shortcuts the menus really have."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from crm_desktop.ui.common.mnemonics import plain


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a real ampersand), lower case."""
    found = re.findall(r"(?<!&)&([^&])", text.replace("&&", ""))
    return found[0].lower() if len(found) == 1 else None


def menus_of(window) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]


def test_every_menu_and_menu_item_has_a_mnemonic_of_its_own(window):
    titles = [menu.title() for menu in menus_of(window)]
    assert all(mnemonic(t) for t in titles), titles
    assert len({mnemonic(t) for t in titles}) == len(titles), titles
    for menu in menus_of(window):
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        missing = [t for t in items if mnemonic(t) is None]
        assert not missing, f"{plain(menu.title())}: no mnemonic on {missing}"
        letters = [mnemonic(t) for t in items]
        twice = {t for t in items if letters.count(mnemonic(t)) > 1}
        assert not twice, f"{plain(menu.title())}: the same mnemonic on {sorted(twice)}"


def test_keyboard_shortcuts_lists_the_shortcuts_of_the_menus(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.shortcuts_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Keyboard Shortcuts"
    shown = dialog.rows()
    native = QKeySequence.SequenceFormat.NativeText
    assert shown["File"]["New Contact…"] == QKeySequence("Ctrl+N").toString(native)
    assert shown["Edit"]["Undo"] == QKeySequence("Ctrl+Z").toString(native)
    assert shown["View"]["Referral Graph"] == QKeySequence("Ctrl+3").toString(native)
    assert shown["Help"]["Keyboard Shortcuts"] == QKeySequence("Ctrl+/").toString(native)
    assert "Menu, Shift+F10" in shown["Referral graph cards"].values()
    # Every menu item with a shortcut is listed under its menu, with all its keys.
    for menu in menus_of(window):
        for action in menu.actions():
            for sequence in action.shortcuts():
                listed = shown[plain(menu.title())]
                keys = next(
                    k for what, k in listed.items() if plain(action.text()).startswith(what)
                )
                assert sequence.toString(native) in keys.split(", ")
    dialog.close()


def test_a_shortcut_added_to_a_menu_is_listed_without_more_ado(window):
    """The list is read from the actions: nothing to keep in step by hand."""
    file_menu = menus_of(window)[0]
    action = QAction("&Security…", window)
    action.setShortcut(QKeySequence("Ctrl+Alt+S"))
    file_menu.addAction(action)
    shown = window.show_shortcuts().rows()
    assert shown["File"]["Security…"] == QKeySequence("Ctrl+Alt+S").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    window.shortcuts_dialog.close()


def test_the_graphs_zoom_keys_are_listed_once_the_graph_is_open(window, qtbot):
    window.tabs.setCurrentWidget(window.graph_view)
    shown = window.show_shortcuts().rows()
    assert shown["Referral graph page"]["Show the whole graph"] == QKeySequence("Ctrl+0").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    window.shortcuts_dialog.close()
