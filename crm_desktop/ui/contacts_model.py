"""The contacts list as a Qt table model over the contacts service."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt

from crm_desktop.services import contacts
from crm_desktop.services.contacts import ContactRow
from crm_desktop.ui.mime import CONTACT_IDS, contact_ids_to_mime

COL_NAME, COL_COMPANY, COL_TITLE, COL_EMAIL, COL_TAGS = range(5)
HEADERS = ("Name", "Company", "Title", "Email", "Tags")
ContactIdRole = Qt.ItemDataRole.UserRole + 1
convertFromPlainText = GuiQt.convertFromPlainText  # noqa: N816 (lives on QtGui's Qt)

_Index = QModelIndex | QPersistentModelIndex


class ContactsTableModel(QAbstractTableModel):
    """Rows come from ``contacts.list_contacts``; ``data()`` only reads
    precomputed strings, so painting stays cheap."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._cells: list[tuple[str, str, str, str, str]] = []
        self._search = ""

    # Loading -------------------------------------------------------------------
    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        self._search = text
        self.refresh()

    def refresh(self) -> None:
        rows = contacts.list_contacts(self._search)
        self.beginResetModel()
        self._rows = rows
        self._cells = [(r.full_name, r.company, r.title, r.email, r.tags) for r in rows]
        self.endResetModel()

    def contact_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, contact_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == contact_id:
                return i
        return -1

    # Qt model API --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == ContactIdRole:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_TAGS:
            tags = self._cells[index.row()][COL_TAGS]
            return convertFromPlainText(tags) if tags else None
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index: _Index):
        base = super().flags(index)
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CONTACT_IDS]

    def mimeData(self, indexes):  # noqa: N802
        ids = list(dict.fromkeys(self._rows[i.row()].id for i in indexes if i.isValid()))
        return contact_ids_to_mime(ids)
