"""The contacts list as a windowed Qt table model.

The matching contact ids come from SQL in list order (search, filters and sort
happen there); rows are fetched in pages of ``PAGE`` when the view first asks
for them and kept in a small cache, so 100,000 contacts cost one list of ints,
not 100,000 Python rows. ``data()`` only reads precomputed strings.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import Qt as GuiQt

from crm_desktop.services import events
from crm_desktop.services.contacts import filters
from crm_desktop.services.contacts.filters import ContactFilter
from crm_desktop.services.contacts.snippets import Snippet, snippets
from crm_desktop.services.giving import ledger
from crm_desktop.services.text import show_date
from crm_desktop.ui.common.mime import CONTACT_IDS, contact_ids_to_mime
from crm_desktop.ui.common.service_text import label

translate = QCoreApplication.translate

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
    QT_TRANSLATE_NOOP("ContactsModel", "Name"),
    QT_TRANSLATE_NOOP("ContactsModel", "Company"),
    QT_TRANSLATE_NOOP("ContactsModel", "Title"),
    QT_TRANSLATE_NOOP("ContactsModel", "Email"),
    QT_TRANSLATE_NOOP("ContactsModel", "Tags"),
    QT_TRANSLATE_NOOP("ContactsModel", "Stage"),
    QT_TRANSLATE_NOOP("ContactsModel", "Warmth"),
    QT_TRANSLATE_NOOP("ContactsModel", "Last contact"),
    QT_TRANSLATE_NOOP("ContactsModel", "Follow-up"),
    QT_TRANSLATE_NOOP("ContactsModel", "Balance"),
    QT_TRANSLATE_NOOP("ContactsModel", "Why it matched"),
)
SORT_KEYS = filters.SORT_KEYS  # one per column before COL_MATCH
ContactIdRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2  # why it matched: (text, searched word?) runs
convertFromPlainText = GuiQt.convertFromPlainText  # lives on QtGui's Qt

PAGE = 200
FIRST_IDS = 1000  # read at once; the rest of a long list when a row past them is needed
MAX_PAGES = 40
SNIPPETS = 50

_Index = QModelIndex | QPersistentModelIndex
# Plain ints: comparing Qt's enum objects costs more than the rest of data().
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ID_ROLE = int(ContactIdRole)
_SNIPPET_ROLE = int(SnippetRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


class ContactsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._criteria = ContactFilter()
        self._sort: str | None = None
        self._descending = False
        self._ids: list[int] = []  # in list order; maybe only the first ones (see _total)
        self._total = 0  # rows in the list
        self._rows_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._snippets: dict[int, Snippet | None] = {}
        self._more = False  # a search for a common word: only its first hits are read
        self._loaded = False  # the view sets up its sort order before the first refresh
        self._stale = False  # the list changed outside Giveback; read again soon

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
        """Read the list again. Without a search only the first ids and the count are
        read; the other ids when a row past them is needed. A search for a very common
        word reads only its first hits (``has_more``); ``fetchMore`` appends the rest."""
        if self._criteria.search.strip():
            ids, more = filters.first_matching_ids(self._criteria, self._sort, self._descending)
            total = len(ids)
        else:
            ids, total = filters.first_ids(self._criteria, FIRST_IDS, self._sort, self._descending)
            more = False
        self.beginResetModel()
        self._loaded = True
        self._stale = False
        self._ids = ids
        self._total = total
        self._more = more
        self._rows_of = None
        self._pages.clear()
        self._snippets = {}
        self.endResetModel()

    @property
    def has_more(self) -> bool:
        """Only the first hits of the search are listed so far."""
        return self._more

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return self._more and not parent.isValid()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        """Append every other hit of the search; the first ones stay where they are."""
        if not self.canFetchMore(parent):
            return
        ids = filters.matching_ids(self._criteria, self._sort, self._descending)
        self._more = False
        if ids[: len(self._ids)] != self._ids:  # the data changed meanwhile
            self.refresh()
            return
        if len(ids) > len(self._ids):
            self.beginInsertRows(QModelIndex(), len(self._ids), len(ids) - 1)
            self._pages.pop((len(self._ids) - 1) // PAGE, None)  # the last page was short
            self._ids = ids
            self._total = len(ids)
            self._rows_of = None
            self.endInsertRows()

    def _all_ids(self) -> list[int]:
        """Every id of the list, read on the first need past the first ones.

        This runs from ``data()`` while the view paints, where resetting the model
        crashes Qt. So if the count changed meanwhile (a command-line import or delete),
        the rows stay as they are: the ids read are used up to the old count, rows past
        them show blank, and the list is read again once the paint is over."""
        if len(self._ids) < self._total and not self._stale:
            ids = filters.matching_ids(self._criteria, self._sort, self._descending)
            self._rows_of = None
            if len(ids) != self._total:
                self._stale = True
                self._pages.clear()
                QTimer.singleShot(0, self, self._catch_up)
            self._ids = ids[: self._total]
        return self._ids

    def _catch_up(self) -> None:
        """After an outside change, tell every page the data changed (the contacts page
        reloads this list keeping its selection, and its counts); read the list again
        here if no page did."""
        events.emit("contacts", "referrals", "meetings")
        if self._stale:
            self.refresh()

    @property
    def is_partial(self) -> bool:
        """Some ids of the list (or hits of the search) are not read yet."""
        return self._more or len(self._ids) < self._total

    def read_all(self) -> None:
        """Read every id now; the view does it once the user pauses, so a jump to the
        end of 100,000 rows or Select all finds them ready."""
        self._all_ids()
        self.fetchMore()

    def contact_id(self, row: int) -> int | None:
        """The contact on *row*; None for a row past the list (gone since it was read)."""
        ids = self._ids if row < len(self._ids) else self._all_ids()
        return ids[row] if 0 <= row < len(ids) else None

    def contact_ids(self) -> list[int]:
        return list(self._all_ids())

    def row_of(self, contact_id: int) -> int:
        self._all_ids()
        if self._rows_of is not None:
            return self._rows_of.get(contact_id, -1)
        try:  # one look-up scans the ids in C; many build the map (see _map_rows)
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def rows_of(self, contact_ids: list[int]) -> list[int]:
        """The rows of several contacts (-1 for those not listed)."""
        if len(contact_ids) > 8:
            self._all_ids()
            self._map_rows()
        return [self.row_of(cid) for cid in contact_ids]

    def _map_rows(self) -> None:
        self._rows_of = {cid: i for i, cid in enumerate(self._ids)}

    def _row(self, row: int) -> tuple:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            start = number * PAGE
            ids = self._ids if start + PAGE <= len(self._ids) else self._all_ids()
            found = filters.rows_for(ids[start : start + PAGE], with_snippets=False)
            balances = ledger.balances(r.id for r in found)
            page = [
                (
                    r.full_name,
                    r.company,
                    r.title,
                    r.email,
                    r.tags,
                    label(r.stage),
                    label(r.warmth),
                    show_date(r.last_contact),
                    show_date(r.follow_up_on),
                    balances[r.id].label if balances[r.id].score else "",
                    r.snippet,
                    r.id,
                    r.archived,
                )
                for r in found
            ]
            # A contact deleted since the ids were read: keep the row count stable.
            while len(page) < min(PAGE, self._total - start):
                page.append(("", "", "", "", "", "", "", "", "", "", "", -1, False))
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE]

    def _why(self, row: int) -> Snippet | None:
        """Why a row matched the search: made for blocks of SNIPPETS rows as they are shown."""
        if not self._criteria.search.strip():
            return None
        contact_id = self._ids[row]
        if contact_id not in self._snippets:
            start = row - row % SNIPPETS
            block = self._ids[start : start + SNIPPETS]
            found = snippets(block, self._criteria.search)
            for cid in block:
                self._snippets[cid] = found.get(cid)
        return self._snippets[contact_id]

    # Qt model API --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        if role == _DISPLAY:
            if index.column() == COL_MATCH:
                why = self._why(index.row())
                return str(why) if why else ""
            return self._row(index.row())[index.column()]
        if role == _ID_ROLE:
            return self.contact_id(index.row())
        if role == _SNIPPET_ROLE:
            why = self._why(index.row()) if index.column() == COL_MATCH else None
            return list(why.runs) if why else []
        if role == _TOOLTIP:
            column = index.column()
            if column in (COL_TAGS, COL_MATCH):
                text = (
                    str(self._why(index.row()) or "")
                    if column == COL_MATCH
                    else self._row(index.row())[column]
                )
                return convertFromPlainText(text) if text else None
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return translate("ContactsModel", HEADERS[section])
        return None

    def flags(self, index: _Index):
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        if not self._loaded:
            return  # the first refresh reads the list in this order
        ids = filters.matching_ids(self._criteria, self._sort, self._descending)
        self._more = False
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        self._ids = ids
        self._stale = False
        self._total = len(ids)
        self._rows_of = None
        self._pages.clear()
        self._map_rows()
        for index in self.persistentIndexList():
            row = self.row_of(old[index.row()]) if index.row() < len(old) else -1
            self.changePersistentIndex(
                index, self.index(row, index.column()) if row >= 0 else QModelIndex()
            )
        self.layoutChanged.emit()

    def mimeTypes(self) -> list[str]:
        return [CONTACT_IDS]

    def mimeData(self, indexes):
        ids = dict.fromkeys(self.contact_id(i.row()) for i in indexes if i.isValid())
        return contact_ids_to_mime([cid for cid in ids if cid is not None])
