"""The sidebar beside the contacts list: smart lists and stages with live counts.

The names show at once; the counts (a few ms each at 100,000 contacts) follow a
moment after the sidebar is on screen, so they never hold up the list. Until then
the last counts stay."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from crm_desktop.services.contacts import filters, smart_lists
from crm_desktop.services.contacts.filters import ContactFilter
from crm_desktop.services.contacts.types import STAGES
from crm_desktop.ui.common import themes
from crm_desktop.ui.common.service_text import label, number
from crm_desktop.ui.common.timers import single_shot
from crm_desktop.ui.common.widgets import plain_tooltip

translate = QCoreApplication.translate
# The built-in lists' names (services/contacts/smart_lists.py), for lupdate.
BUILT_IN_NAMES = (
    QT_TRANSLATE_NOOP("SmartListSidebar", "All contacts"),
    QT_TRANSLATE_NOOP("SmartListSidebar", "Follow-up due"),
    QT_TRANSLATE_NOOP("SmartListSidebar", "Not contacted in 90 days"),
    QT_TRANSLATE_NOOP("SmartListSidebar", "Archived"),
)

CriteriaRole = Qt.ItemDataRole.UserRole + 1
SmartListIdRole = Qt.ItemDataRole.UserRole + 2
COUNTS_DELAY_MS = 50


class SmartListSidebar(QTreeWidget):
    criteria_chosen = Signal(object)  # ContactFilter
    delete_requested = Signal(int)  # a user's smart list id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(translate("SmartListSidebar", "Smart lists"))
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
        self._counts: dict[str, str] = {}  # the last count shown per list, by its criteria
        self._counts_stale = False
        self._counts_timer = single_shot(self, COUNTS_DELAY_MS, self._fill_counts)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title.upper(), ""])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(0, font)
        item.setForeground(0, themes.current().colour("muted"))
        return item

    def _entry(self, name: str, criteria: ContactFilter, list_id=None):
        item = QTreeWidgetItem(self, [name, self._counts.get(criteria.to_json(), "")])
        item.setData(0, CriteriaRole, criteria)
        item.setData(0, SmartListIdRole, list_id)
        item.setToolTip(0, plain_tooltip(name))  # the whole name when a narrow sidebar cuts it
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(1, themes.current().colour("muted"))
        return item

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: the grey in the new colour
            muted = themes.current().colour("muted")
            for i in range(self.topLevelItemCount()):
                item = self.topLevelItem(i)
                item.setForeground(0 if item.data(0, CriteriaRole) is None else 1, muted)
        super().changeEvent(event)

    def refresh(self, current: ContactFilter | None = None) -> None:
        """Rebuild now, counts a moment later; *current* stays highlighted if listed."""
        self._suppress = True
        self.clear()
        for name, criteria in smart_lists.BUILT_IN:
            self._entry(translate("SmartListSidebar", name), criteria)
        self._group(translate("SmartListSidebar", "Pipeline"))
        for key, text in STAGES.items():
            self._entry(label(text), ContactFilter(stage=key))
        saved = smart_lists.list_smart_lists()
        if saved:
            self._group(translate("SmartListSidebar", "Smart lists"))
            for s in saved:
                self._entry(s.name, s.criteria, s.id)
        self.highlight(current)
        self._suppress = False
        self._counts_stale = True
        if self.isVisible():
            self._counts_timer.start()

    def showEvent(self, event) -> None:
        """Counts start once the sidebar is on screen: the list shows first."""
        super().showEvent(event)
        if self._counts_stale and not self._counts_timer.isActive():
            self._counts_timer.start()

    @property
    def counting(self) -> bool:
        """The counts shown are not fresh yet."""
        return self._counts_stale

    def hold_counts(self, held: bool) -> None:
        """No counting while the database file is swapped (encryption turned on or off):
        a count due meanwhile waits until it is back."""
        self._counts_held = held
        if held:
            self._counts_timer.stop()
        elif self._counts_stale and self.isVisible():
            self._counts_timer.start()

    def _fill_counts(self) -> None:
        if getattr(self, "_counts_held", False):
            return
        self._counts_stale = False
        stages = filters.stage_counts()
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            criteria = item.data(0, CriteriaRole)
            if criteria is None:
                continue
            if criteria.stage and criteria == ContactFilter(stage=criteria.stage):
                n = stages.get(criteria.stage, 0)
            else:
                n = filters.count(criteria)
            self._counts[criteria.to_json()] = number(n)
            item.setText(1, number(n))

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

    def keyPressEvent(self, event) -> None:
        item = self.currentItem()
        list_id = item.data(0, SmartListIdRole) if item else None
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and list_id:
            self.delete_requested.emit(list_id)
            return
        super().keyPressEvent(event)
