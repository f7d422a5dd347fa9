"""The "Find on graph" box over the referral graph: part of a name or company to a person."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.services.graph.referrals import GraphNode
from crm_desktop.services.text import fold

translate = QCoreApplication.translate


class FindOnGraph(QLineEdit):
    """The "Find on graph" box: type part of a name or company, pick a person, and the view
    takes you to them."""

    person_chosen = Signal(int)
    not_found = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(translate("FindOnGraph", "Find on graph…"))
        self.setAccessibleName(translate("FindOnGraph", "Find on graph"))
        self.setClearButtonEnabled(True)
        self.setToolTip(translate("FindOnGraph", "Find someone on the graph (Ctrl+F on the graph)"))
        self._ids: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._choose)
        self.setCompleter(completer)
        self.returnPressed.connect(lambda: self._choose(self.text()))

    def set_people(self, nodes: Mapping[int, GraphNode]) -> None:
        """The people on the graph, as "Name · Company"; namesakes get a number."""
        self._ids = {}
        for contact_id, node in sorted(nodes.items(), key=lambda kv: fold(kv[1].full_name)):
            label = f"{node.full_name} · {node.company}" if node.company else node.full_name
            shown, count = label, 1
            while shown in self._ids:
                count += 1
                shown = f"{label} ({count})"
            self._ids[shown] = contact_id
        self._model.setStringList(list(self._ids))

    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def _choose(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        contact_id = self._ids.get(text)
        if contact_id is None:  # typed, not picked: the first person whose label matches
            wanted = fold(text)
            contact_id = next((i for label, i in self._ids.items() if wanted in fold(label)), None)
        if contact_id is None:
            self.not_found.emit(text)
        else:
            self.person_chosen.emit(contact_id)
