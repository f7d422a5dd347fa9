"""Meetings as a Qt table model over the meetings service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingRecord
from crm_desktop.services.text import show_date
from crm_desktop.ui.common.table_model import RecordTableModel

COL_WHEN, COL_WITH, COL_KIND, COL_PLACE, COL_AGENDA = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("headers", "When"),
    QT_TRANSLATE_NOOP("headers", "With"),
    QT_TRANSLATE_NOOP("headers", "Kind"),
    QT_TRANSLATE_NOOP("headers", "Place"),
    QT_TRANSLATE_NOOP("headers", "Agenda"),
)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class MeetingsTableModel(RecordTableModel[MeetingRecord]):
    """The meetings of one period (upcoming, past or all), past ones muted."""

    HEADERS = HEADERS
    # The nearest meetings first; more than this and the user narrows by person or kind.
    LIMIT = 1000

    def __init__(self, parent=None):
        super().__init__(parent)
        self.truncated = False
        self.when = "upcoming"
        self.contact_id: int | None = None
        self.kind: str | None = None
        self._now = dt.datetime.now()

    def set_when(self, when: str) -> None:
        self.when = when
        self.refresh()

    def set_filters(self, contact_id: int | None, kind: str | None) -> None:
        """Only meetings with this person and of this kind (None: any)."""
        self.contact_id, self.kind = contact_id, kind or None
        self.refresh()

    def refresh(self) -> None:
        self._now = dt.datetime.now()
        rows = meetings.list_meetings(
            self.when, self._now, self.contact_id, self.kind, limit=self.LIMIT + 1
        )
        self.truncated = len(rows) > self.LIMIT
        self.set_records(rows[: self.LIMIT])

    def cells(self, record: MeetingRecord) -> tuple[str, ...]:
        return (
            show_date(record.starts_at, weekday=True, time=True),
            record.with_whom,
            record.kind_label,
            record.place,
            _first_line(record.agenda) or _first_line(record.goal),
        )

    def is_muted(self, record: MeetingRecord) -> bool:
        return record.starts_at < self._now
