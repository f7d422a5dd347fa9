"""The sidebar beside the contacts list: smart lists and stages with live counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from crm_desktop.services import filters, smart_lists
from crm_desktop.services.contacts import STAGES
from crm_desktop.services.filters import ContactFilter

CriteriaRole = Qt.ItemDataRole.UserRole + 1
SmartListIdRole = Qt.ItemDataRole.UserRole + 2


class SmartListSidebar(QTreeWidget):
    criteria_chosen = Signal(object)  # ContactFilter
    delete_requested = Signal(int)  # a user's smart list id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.ResizeToContents)
        self.itemClicked.connect(self._on_item_clicked)
        self._suppress = False

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title.upper(), ""])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(0, font)
        item.setForeground(0, Qt.GlobalColor.gray)
        return item

    def _entry(self, name: str, criteria: ContactFilter, n: int, list_id=None):
        item = QTreeWidgetItem(self, [name, f"{n:,}"])
        item.setData(0, CriteriaRole, criteria)
        item.setData(0, SmartListIdRole, list_id)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(1, Qt.GlobalColor.gray)
        return item

    def refresh(self, current: ContactFilter | None = None) -> None:
        """Rebuild with fresh counts; *current* stays highlighted if it is listed."""
        self._suppress = True
        self.clear()
        for name, criteria in smart_lists.BUILT_IN:
            self._entry(name, criteria, filters.count(criteria))
        stages = filters.stage_counts()
        self._group("Pipeline")
        for key, label in STAGES.items():
            self._entry(label, ContactFilter(stage=key), stages.get(key, 0))
        saved = smart_lists.list_smart_lists()
        if saved:
            self._group("Smart lists")
            for s in saved:
                self._entry(s.name, s.criteria, filters.count(s.criteria), s.id)
        self.highlight(current)
        self._suppress = False

    def highlight(self, criteria: ContactFilter | None) -> None:
        self.clearSelection()
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if criteria is not None and item.data(0, CriteriaRole) == criteria:
                item.setSelected(True)
                return

    def entries(self) -> list[tuple[str, str]]:
        """(name, count) of every entry, as shown."""
        return [
            (self.topLevelItem(i).text(0), self.topLevelItem(i).text(1))
            for i in range(self.topLevelItemCount())
            if self.topLevelItem(i).data(0, CriteriaRole) is not None
        ]

    def item_named(self, name: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            if self.topLevelItem(i).text(0) == name:
                return self.topLevelItem(i)
        return None

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        criteria = item.data(0, CriteriaRole)
        if criteria is not None and not self._suppress:
            self.criteria_chosen.emit(criteria)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        item = self.currentItem()
        list_id = item.data(0, SmartListIdRole) if item else None
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and list_id:
            self.delete_requested.emit(list_id)
            return
        super().keyPressEvent(event)
