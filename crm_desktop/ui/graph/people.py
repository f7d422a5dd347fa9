"""The "People" list beside the referral graph: who can be dragged in, and who is
not placed yet."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.contacts import filters
from crm_desktop.services.contacts.filters import ContactFilter
from crm_desktop.services.contacts.types import ContactRow
from crm_desktop.ui.common.mime import CONTACT_IDS, contact_ids_to_mime
from crm_desktop.ui.common.widgets import plain_tooltip
from crm_desktop.ui.graph.style import colours

translate = QCoreApplication.translate

ContactIdRole = Qt.ItemDataRole.UserRole + 1
CompanyRole = Qt.ItemDataRole.UserRole + 2
PlacedRole = Qt.ItemDataRole.UserRole + 3

NOT_PLACED = QT_TRANSLATE_NOOP("graph.people", "not placed")
ROW_HEIGHT = 44
PAGE = 200
MAX_PAGES = 40

_Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractListModel):
    """Everyone, by name, or the matches of ``search`` best first; ``data()`` reads
    precomputed values.

    Windowed like the contacts list: a refresh reads the first ids and the count;
    rows are read a page at a time when shown, so 100,000 people cost one list of
    ints and a few pages, and typing in the search stays instant."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []  # maybe only the first ones (see _total)
        self._total = 0
        self._pages: OrderedDict[int, list[tuple[ContactRow, str]]] = OrderedDict()
        self._placed: set[int] = set()
        self.search = ""

    def _criteria(self) -> ContactFilter:
        return ContactFilter(search=self.search)

    def refresh(self, placed: set[int], search: str | None = None) -> None:
        if search is not None:
            self.search = search
        if self.search.strip():
            # A word thousands of notes contain: its first hits (names come first).
            ids, _more = filters.first_matching_ids(self._criteria())
            total = len(ids)
        else:
            ids, total = filters.first_ids(self._criteria(), PAGE)
        self.beginResetModel()
        self._ids, self._total = ids, total
        self._placed = set(placed)
        self._pages.clear()
        self.endResetModel()

    def _all_ids(self) -> list[int]:
        """Every id, read the first time a row past the first page is needed."""
        if len(self._ids) < self._total:
            ids = filters.matching_ids(self._criteria())
            if len(ids) != self._total:  # the data changed meanwhile: show it as it is
                self.beginResetModel()
                self._ids, self._total = ids, len(ids)
                self._pages.clear()
                self.endResetModel()
            self._ids = ids
        return self._ids

    def _row(self, row: int) -> tuple[ContactRow, str]:
        """(row, tooltip), read with the rest of its page."""
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            start = number * PAGE
            ids = self._ids if start + PAGE <= len(self._ids) else self._all_ids()
            page = []
            for r in filters.rows_for(ids[start : start + PAGE], with_snippets=False):
                hint = (
                    ""
                    if r.id in self._placed
                    else translate("PeopleModel", "Not in the referral graph yet.")
                )
                page.append((r, plain_tooltip(r.full_name, r.company, hint)))
            while len(page) < min(PAGE, self._total - start):  # deleted meanwhile
                page.append((ContactRow(-1, "", "", "", "", ""), ""))
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        return page[row % PAGE]

    def contact_id(self, row: int) -> int:
        return self._ids[row] if row < len(self._ids) else self._all_ids()[row]

    def row_of(self, contact_id: int) -> int:
        for ids in (self._ids, self._all_ids()):
            try:
                return ids.index(contact_id)
            except ValueError:
                pass
        return -1

    def name_of(self, contact_id: int) -> str | None:
        row = self.row_of(contact_id)
        return self._row(row)[0].full_name if row >= 0 else None

    def is_placed(self, contact_id: int) -> bool:
        return contact_id in self._placed

    # Qt model API --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, tooltip = self._row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return row.full_name
        if role == CompanyRole:
            return row.company
        if role == PlacedRole:
            return row.id in self._placed
        if role == ContactIdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.id not in self._placed:
            return colours().muted
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return (
                row.company
                if row.id in self._placed
                else " ".join((row.company, translate("graph.people", NOT_PLACED)))
            )
        return None

    def flags(self, index: _Index):
        base = super().flags(index)
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [CONTACT_IDS]

    def mimeData(self, indexes):
        ids = list(dict.fromkeys(self.contact_id(i.row()) for i in indexes if i.isValid()))
        return contact_ids_to_mime(ids)

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction


class PeopleDelegate(QStyledItemDelegate):
    """Name on the first line, company under it in grey, and a muted
    "not placed" tag for people who are not in the graph yet. Plain text only."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(120, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        self.initStyleOption(option, index)
        name = option.text
        placed = bool(index.data(PlacedRole))
        company = index.data(CompanyRole) or ""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        c = colours()
        ink = option.palette.color(QPalette.ColorRole.Text)
        muted = c.muted

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.row_selected if selected else c.row_hover)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(3, 1, -3, -1), 6, 6)
        rect = QRectF(option.rect).adjusted(12, 4, -10, -4)
        name_font = QFont(option.font)
        name_font.setWeight(QFont.Weight.DemiBold if placed else QFont.Weight.Normal)
        small_font = QFont(option.font)
        small_font.setPointSizeF(max(option.font.pointSizeF() * 0.88, 6.0))
        small = QFontMetricsF(small_font)

        tag_width = 0.0
        if not placed:
            tag_width = small.horizontalAdvance(translate("graph.people", NOT_PLACED)) + 14
            tag_top = rect.top() + 2 if company else rect.center().y() - small.height() / 2 - 2
            tag = QRectF(rect.right() - tag_width, tag_top, tag_width, small.height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(107, 114, 128, 40 if not selected else 70))
            painter.drawRoundedRect(tag, tag.height() / 2, tag.height() / 2)
            painter.setPen(muted)
            painter.setFont(small_font)
            painter.drawText(
                tag, Qt.AlignmentFlag.AlignCenter, translate("graph.people", NOT_PLACED)
            )
            tag_width += 6

        half = rect.height() / 2
        painter.setFont(name_font)
        painter.setPen(ink if placed else muted)
        name_height = half + 1 if company else rect.height()
        name_box = QRectF(rect.left(), rect.top(), rect.width() - tag_width, name_height)
        shown = QFontMetricsF(name_font).elidedText(
            name, Qt.TextElideMode.ElideRight, name_box.width()
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(name_box, align, shown)
        if company:
            painter.setFont(small_font)
            painter.setPen(muted)
            company_box = QRectF(rect.left(), rect.top() + half, rect.width(), half)
            shown = small.elidedText(company, Qt.TextElideMode.ElideRight, company_box.width())
            painter.drawText(company_box, align, shown)
        painter.restore()
