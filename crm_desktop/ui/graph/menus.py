"""The graph page's right-click menus: on a card, and on a person in the list beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.services.graph import referrals
from crm_desktop.ui.common.mnemonics import add_mnemonics
from crm_desktop.ui.common.widgets import plain_tooltip
from crm_desktop.ui.graph.editing import GraphEditing

translate = QCoreApplication.translate

ContactAction = Callable[[int], object]


class GraphMenus:
    """Builds the menus; what their actions do is the page's and the editing's."""

    def __init__(
        self,
        parent: QWidget,
        editing: GraphEditing,
        name_of: Callable[[int], str],
        open_contact: ContactAction,
        prep_sheet: ContactAction,
        choose_introducer: ContactAction,
    ):
        self.parent = parent
        self.editing = editing
        self._name_of = name_of
        self._open_contact = open_contact
        self._prep_sheet = prep_sheet
        self._choose_introducer = choose_introducer

    def node_menu(self, contact_id: int) -> QMenu:
        """A card's menu: open, prep sheet, thank the introducer, and placement edits
        (who introduced them, picked by name: the keyboard's way to do what a drag does)."""
        menu = self._contact_menu(contact_id, [])
        where = referrals.placement(contact_id)
        introducer = where.referrer_id if where is not None else None
        thank = _add_action(
            menu,
            translate("GraphMenus", "Thank {name} for the intro").format(
                name=self._name_of(introducer).replace("&", "&&")
            )
            if introducer is not None
            else translate("GraphMenus", "Thank for the intro"),
            lambda: self.editing.thank_introducer(contact_id),
        )
        thank.setEnabled(introducer is not None)
        if introducer is None:
            thank.setToolTip(
                plain_tooltip(
                    translate("GraphMenus", "You met {name} directly.").format(
                        name=self._name_of(contact_id)
                    )
                )
            )
        menu.addSeparator()
        _add_action(
            menu,
            translate("GraphMenus", "Introduced by…"),
            lambda: self._choose_introducer(contact_id),
        )
        direct = _add_action(
            menu,
            translate("GraphMenus", "Met directly (remove introduction)"),
            lambda: self.editing.set_met_directly(contact_id),
        )
        direct.setEnabled(where is not None and where.referrer_id is not None)
        take_off = _add_action(
            menu,
            translate("GraphMenus", "Take off the graph"),
            lambda: self.editing.take_off_graph(contact_id),
        )
        take_off.setEnabled(where is not None and not referrals.introduced_by(contact_id))
        if not take_off.isEnabled():
            take_off.setToolTip(
                translate("GraphMenus", "They introduced you to people in the graph.")
            )
        menu.setToolTipsVisible(True)
        return add_mnemonics(menu)

    def people_list_menu(self, contact_id: int, placed: bool, show: Callable[[int], None]) -> QMenu:
        """A listed person's menu: show or add them (met directly, or introduced by
        someone picked by name), then open and prep sheet."""
        if placed:
            first = [(translate("GraphMenus", "Show in the graph"), lambda: show(contact_id))]
        else:
            first = [
                (
                    translate("GraphMenus", "Add to the graph (met directly)"),
                    lambda: self.editing.place_under_me(contact_id),
                )
            ]
        first.append(
            (translate("GraphMenus", "Introduced by…"), lambda: self._choose_introducer(contact_id))
        )
        return add_mnemonics(self._contact_menu(contact_id, first))

    def _contact_menu(
        self, contact_id: int, first: list[tuple[str, Callable[[], object]]]
    ) -> QMenu:
        """A menu with *first*, then "Open contact" and "Prep sheet…" for *contact_id*."""
        menu = QMenu(self.parent)
        for text, slot in first:
            _add_action(menu, text, slot)
        _add_action(
            menu, translate("GraphMenus", "Open contact"), lambda: self._open_contact(contact_id)
        )
        _add_action(
            menu, translate("GraphMenus", "Prep sheet…"), lambda: self._prep_sheet(contact_id)
        )
        return menu


def _add_action(menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    return action
