"""Mnemonics: the underlined letter that picks a menu item from the keyboard (Alt+letter
in the menu bar, the letter alone in an open menu).

The main menus spell theirs out ("&File"); a menu built from data (a card's menu, the
stages, the snoozes) gets its letters here, each item a letter of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


def plain(text: str) -> str:
    """A menu text as read: no mnemonic marks ("&&" is a real "&"), no shortcut after a tab."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic(text: str) -> str | None:
    """The letter marked in *text* ("&Open" → "o"), or None."""
    at = text.replace("&&", "\0\0").find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def with_mnemonic(text: str, taken: set[str]) -> str:
    """*text* with a mnemonic not in *taken* (lower case letters): the first letter of a
    word if one is free, else any free letter or digit; unchanged when all are taken."""
    escaped = text.replace("&", "&&")
    words = [i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or text[i - 1] == " ")]
    others = [i for i, ch in enumerate(text) if ch.isalnum() and i not in words]
    for i in words + others:
        letter = text[i].lower()
        if letter not in taken:
            taken.add(letter)
            before = text[:i].replace("&", "&&")
            return f"{before}&{escaped[len(before) :]}"
    return escaped


def add_mnemonics(menu: QMenu) -> QMenu:
    """Give each item of *menu* that has none a mnemonic no other item there uses."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    taken = {m for a in actions if (m := mnemonic(a.text()))}
    for action in actions:
        if mnemonic(action.text()) is None:
            action.setText(with_mnemonic(plain(action.text()), taken))
    return menu
