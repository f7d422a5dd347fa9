"""Meetings as a Qt table model over the meetings service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingRecord

COL_WHEN, COL_WITH, COL_KIND, COL_PLACE, COL_AGENDA = range(5)
HEADERS = ("When", "With", "Kind", "Place", "Agenda")
MeetingIdRole = Qt.ItemDataRole.UserRole + 1
_PAST = QColor("#6b7280")
_Index = QModelIndex | QPersistentModelIndex


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class MeetingsTableModel(QAbstractTableModel):
    # The nearest meetings first; more than this and the user narrows by person or kind.
    LIMIT = 1000

    def __init__(self, parent=None):
        super().__init__(parent)
        self.truncated = False
        self.when = "upcoming"
        self.contact_id: int | None = None
        self.kind: str | None = None
        self._rows: list[MeetingRecord] = []
        self._cells: list[tuple[str, ...]] = []
        self._past: list[bool] = []

    def set_when(self, when: str) -> None:
        self.when = when
        self.refresh()

    def set_filters(self, contact_id: int | None, kind: str | None) -> None:
        """Only meetings with this person and of this kind (None: any)."""
        self.contact_id, self.kind = contact_id, kind or None
        self.refresh()

    def refresh(self) -> None:
        now = dt.datetime.now()
        rows = meetings.list_meetings(
            self.when, now, self.contact_id, self.kind, limit=self.LIMIT + 1
        )
        self.truncated = len(rows) > self.LIMIT
        rows = rows[: self.LIMIT]
        self.beginResetModel()
        self._rows = rows
        self._cells = [
            (
                f"{m.starts_at:%a %d %b %Y  %H:%M}",
                m.with_whom,
                m.kind_label,
                m.place,
                _first_line(m.agenda) or _first_line(m.goal),
            )
            for m in rows
        ]
        self._past = [m.starts_at < now for m in rows]
        self.endResetModel()

    def meeting_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, meeting_id: int) -> int:
        for i, m in enumerate(self._rows):
            if m.id == meeting_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == MeetingIdRole:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.ForegroundRole and self._past[index.row()]:
            return _PAST
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None
