"""Every item of the menus built from data gets a letter of its own to pick it with."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from crm_desktop.ui.common.action_rows import snooze_button
from crm_desktop.ui.common.mnemonics import add_mnemonics, mnemonic, plain, with_mnemonic
from crm_desktop.ui.contacts.selection_bar import SelectionBar


def test_a_word_start_first_then_any_letter_and_ampersands_kept():
    taken: set[str] = set()
    assert with_mnemonic("Open contact", taken) == "&Open contact"
    assert with_mnemonic("Only taking", taken) == "Only &taking"  # O is taken: the next word
    assert with_mnemonic("Bob & Co", taken) == "&Bob && Co"
    assert plain("&Bob && Co") == "Bob & Co"
    assert mnemonic("&Bob && Co") == "b" and mnemonic("Bob && Co") is None


def unique_letters(menu: QMenu) -> list[str | None]:
    letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
    assert None not in letters, [a.text() for a in menu.actions()]
    assert len(set(letters)) == len(letters), [a.text() for a in menu.actions()]
    return letters


def test_menus_from_data_get_a_letter_each(qtbot):
    snooze = snooze_button(lambda _days: None, lambda: None)
    qtbot.addWidget(snooze)
    assert [plain(a.text()) for a in snooze.menu().actions() if a.text()] == [
        "Tomorrow", "In 3 days", "Next week", "Pick a day…"]  # fmt: skip
    unique_letters(snooze.menu())
    bar = SelectionBar()
    qtbot.addWidget(bar)
    unique_letters(bar.stage_button.menu())


def test_a_letter_already_given_is_kept(qtbot):
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.addAction("&Print…")
    menu.addAction("Prep sheet…")
    add_mnemonics(menu)
    assert [a.text() for a in menu.actions()] == ["&Print…", "Prep &sheet…"]
