"""The contacts list as a windowed Qt table model.

The matching contact ids come from SQL in list order (search, filters and sort
happen there); rows are fetched in pages of ``PAGE`` when the view first asks
for them and kept in a small cache, so 100,000 contacts cost one list of ints,
not 100,000 Python rows. ``data()`` only reads precomputed strings.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt

from crm_desktop.services import filters, ledger
from crm_desktop.services.filters import ContactFilter
from crm_desktop.ui.mime import CONTACT_IDS, contact_ids_to_mime

(
    COL_NAME,
    COL_COMPANY,
    COL_TITLE,
    COL_EMAIL,
    COL_TAGS,
    COL_STAGE,
    COL_WARMTH,
    COL_LAST_CONTACT,
    COL_FOLLOW_UP,
    COL_BALANCE,
    COL_MATCH,
) = range(11)
HEADERS = (
    "Name",
    "Company",
    "Title",
    "Email",
    "Tags",
    "Stage",
    "Warmth",
    "Last contact",
    "Follow-up",
    "Balance",
    "Why it matched",
)
SORT_KEYS = filters.SORT_KEYS  # one per column before COL_MATCH
ContactIdRole = Qt.ItemDataRole.UserRole + 1
convertFromPlainText = GuiQt.convertFromPlainText  # noqa: N816 (lives on QtGui's Qt)

PAGE = 200
MAX_PAGES = 40
SNIPPETS = 50

_Index = QModelIndex | QPersistentModelIndex
# Plain ints: comparing Qt's enum objects costs more than the rest of data().
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ID_ROLE = int(ContactIdRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


class ContactsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._criteria = ContactFilter()
        self._sort: str | None = None
        self._descending = False
        self._ids: list[int] = []
        self._rows_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._snippets: dict[int, str] = {}

    # Loading -------------------------------------------------------------------
    @property
    def search(self) -> str:
        return self._criteria.search

    @property
    def criteria(self) -> ContactFilter:
        return self._criteria

    @property
    def sort_key(self) -> tuple[str | None, bool]:
        return self._sort, self._descending

    def set_search(self, text: str) -> None:
        self.set_criteria(replace(self._criteria, search=text))

    def set_criteria(self, criteria: ContactFilter) -> None:
        self._criteria = criteria
        self.refresh()

    def refresh(self) -> None:
        ids = filters.matching_ids(self._criteria, self._sort, self._descending)
        self.beginResetModel()
        self._ids = ids
        self._rows_of = None
        self._pages.clear()
        self._snippets = {}
        self.endResetModel()

    def contact_id(self, row: int) -> int:
        return self._ids[row]

    def contact_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, contact_id: int) -> int:
        if self._rows_of is None:
            self._rows_of = {cid: i for i, cid in enumerate(self._ids)}
        return self._rows_of.get(contact_id, -1)

    def _row(self, row: int) -> tuple:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            start = number * PAGE
            found = filters.rows_for(self._ids[start : start + PAGE], with_snippets=False)
            balances = ledger.balances(r.id for r in found)
            page = [
                (
                    r.full_name,
                    r.company,
                    r.title,
                    r.email,
                    r.tags,
                    r.stage,
                    r.warmth,
                    r.last_contact,
                    r.follow_up_on,
                    balances[r.id].label if balances[r.id].score else "",
                    r.snippet,
                    r.id,
                    r.archived,
                )
                for r in found
            ]
            # A contact deleted since the ids were read: keep the row count stable.
            while len(page) < min(PAGE, len(self._ids) - start):
                page.append(("", "", "", "", "", "", "", "", "", "", "", -1, False))
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE]

    def _why(self, row: int) -> str:
        """Why a row matched the search: made for blocks of SNIPPETS rows as they are shown."""
        if not self._criteria.search.strip():
            return ""
        contact_id = self._ids[row]
        if contact_id not in self._snippets:
            start = row - row % SNIPPETS
            block = self._ids[start : start + SNIPPETS]
            found = filters.snippets(block, self._criteria.search)
            for cid in block:
                self._snippets[cid] = found.get(cid, "")
        return self._snippets[contact_id]

    # Qt model API --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        if role == _DISPLAY:
            if index.column() == COL_MATCH:
                return self._why(index.row())
            return self._row(index.row())[index.column()]
        if role == _ID_ROLE:
            return self._ids[index.row()]
        if role == _TOOLTIP:
            column = index.column()
            if column in (COL_TAGS, COL_MATCH):
                text = (
                    self._why(index.row())
                    if column == COL_MATCH
                    else self._row(index.row())[column]
                )
                return convertFromPlainText(text) if text else None
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return HEADERS[section]
        return None

    def flags(self, index: _Index):
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        ids = filters.matching_ids(self._criteria, self._sort, self._descending)
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        self._ids = ids
        self._rows_of = None
        self._pages.clear()
        for index in self.persistentIndexList():
            row = self.row_of(old[index.row()]) if index.row() < len(old) else -1
            self.changePersistentIndex(
                index, self.index(row, index.column()) if row >= 0 else QModelIndex()
            )
        self.layoutChanged.emit()

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CONTACT_IDS]

    def mimeData(self, indexes):  # noqa: N802
        ids = list(dict.fromkeys(self._ids[i.row()] for i in indexes if i.isValid()))
        return contact_ids_to_mime(ids)
