"""One read-only Qt table model for lists of records: the insights, the meetings, the backups.

A subclass names its columns (``HEADERS``, with ``COL_*`` constants beside it in its module),
says how one record reads as a row of strings (``cells``), and reads its records
(``refresh``, which calls ``set_records``). Every string is made once, there: ``data()`` only
looks them up, because Qt asks for many roles of every visible cell and the work per call is
what a big list costs. Unhandled roles get None, as Qt expects. ``RecordRole`` returns the
record behind a row, also through a sort or filter proxy.

Others can adopt it later:

- The import preview's ``PlanModel`` (ui/interchange/import_dialog.py): its items are the
  records (``set_records`` with the items the "Show" filter keeps, on each filter change), its
  three fixed strings and "" are its ``cells``; its live "What happens" text and its check
  boxes stay in its own ``data()``, which hands the other roles to ``super().data()``, and its
  colours and tooltips go to ``extra_data``. It stays editable through its own ``flags`` and
  ``setData``.
- The graph's ``PeopleModel`` (ui/graph/people.py) reads its rows a page at a time: it keeps
  its paging and its ``data()``, and gains the header, the column count and ``RecordRole`` by
  setting ``HEADERS = ("Name",)`` and overriding ``rowCount`` and ``record`` to read its pages
  (a one-column table model shows the same in its list view).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.ui.common import themes

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

RecordRole = Qt.ItemDataRole.UserRole + 1  # the record behind a row
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Records as rows of precomputed strings; read-only."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._records: list[R] = []
        self._cells: list[tuple[str, ...]] = []
        self._muted: list[bool] = []

    # What a subclass says ---------------------------------------------------------
    def refresh(self) -> None:
        """Read the records again from the service (and pass them to ``set_records``)."""
        raise NotImplementedError

    def cells(self, record: R) -> tuple[str, ...]:
        """The strings *record* shows, one per column."""
        raise NotImplementedError

    def is_muted(self, record: R) -> bool:
        """Whether *record*'s row is shown in the muted colour."""
        return False

    def extra_data(self, row: int, column: int, role: int) -> Any:
        """Any other role a subclass answers (tooltips, alignment); None when it has none."""
        return None

    # Records ----------------------------------------------------------------------
    def set_records(self, records: Sequence[R]) -> None:
        """Show *records*, in this order, in place of the old ones."""
        self.beginResetModel()
        self._records = list(records)
        self._cells = [self.cells(r) for r in self._records]
        self._muted = [self.is_muted(r) for r in self._records]
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._records[row]

    def row_of(self, record_id: int) -> int:
        """The row of the record whose ``id`` is *record_id*, or -1."""
        return next((i for i, r in enumerate(self._records) if r.id == record_id), -1)

    # Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == _DISPLAY:
            return self._cells[row][index.column()]
        if role == RecordRole:
            return self._records[row]
        if role == _FOREGROUND and self._muted[row]:
            return themes.current().colour("muted")  # over or set apart (past, private)
        return self.extra_data(row, index.column(), role)

    def headerData(self, section: int, orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            # Listed with QT_TRANSLATE_NOOP("headers", …) beside each model.
            return QCoreApplication.translate("headers", self.HEADERS[section])
        return None
