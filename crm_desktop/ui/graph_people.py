"""The "People" list beside the referral graph: who can be dragged in, and who is
not placed yet."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services import contacts
from crm_desktop.services.contacts import ContactRow
from crm_desktop.ui.graph_scene import MUTED, plain_tooltip
from crm_desktop.ui.mime import CONTACT_IDS, contact_ids_to_mime

ContactIdRole = Qt.ItemDataRole.UserRole + 1
CompanyRole = Qt.ItemDataRole.UserRole + 2
PlacedRole = Qt.ItemDataRole.UserRole + 3

NOT_PLACED = "not placed"
SELECTED_ROW = QColor("#cfe8d9")
HOVER_ROW = QColor("#edf3ef")
ROW_HEIGHT = 44

_Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractListModel):
    """Rows from ``contacts.list_contacts(search)``; ``data()`` reads precomputed values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._placed: set[int] = set()
        self._tooltips: list[str] = []
        self.search = ""

    def refresh(self, placed: set[int], search: str | None = None) -> None:
        if search is not None:
            self.search = search
        rows = contacts.list_contacts(self.search)
        self.beginResetModel()
        self._rows = rows
        self._placed = set(placed)
        self._tooltips = [
            plain_tooltip(
                r.full_name,
                r.company,
                "" if r.id in self._placed else "Not in the referral graph yet.",
            )
            for r in rows
        ]
        self.endResetModel()

    def contact_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, contact_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == contact_id:
                return i
        return -1

    def name_of(self, contact_id: int) -> str | None:
        row = self.row_of(contact_id)
        return self._rows[row].full_name if row >= 0 else None

    def is_placed(self, contact_id: int) -> bool:
        return contact_id in self._placed

    # Qt model API --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.full_name
        if role == CompanyRole:
            return row.company
        if role == PlacedRole:
            return row.id in self._placed
        if role == ContactIdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.id not in self._placed:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[index.row()]
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return row.company if row.id in self._placed else f"{row.company} {NOT_PLACED}"
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

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.CopyAction


class PeopleDelegate(QStyledItemDelegate):
    """Name on the first line, company under it in grey, and a muted
    "not placed" tag for people who are not in the graph yet. Plain text only."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        return QSize(120, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        self.initStyleOption(option, index)
        name = option.text
        placed = bool(index.data(PlacedRole))
        company = index.data(CompanyRole) or ""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        ink = option.palette.color(QPalette.ColorRole.Text)
        muted = QColor(ink)
        muted.setAlpha(150)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED_ROW if selected else HOVER_ROW)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(3, 1, -3, -1), 6, 6)
        rect = QRectF(option.rect).adjusted(12, 4, -10, -4)
        name_font = QFont(option.font)
        name_font.setWeight(QFont.Weight.DemiBold if placed else QFont.Weight.Normal)
        small_font = QFont(option.font)
        small_font.setPointSizeF(max(option.font.pointSizeF() * 0.88, 6.0))
        small = QFontMetricsF(small_font)

        tag_width = 0.0
        if not placed:
            tag_width = small.horizontalAdvance(NOT_PLACED) + 14
            tag_top = rect.top() + 2 if company else rect.center().y() - small.height() / 2 - 2
            tag = QRectF(rect.right() - tag_width, tag_top, tag_width, small.height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(107, 114, 128, 40 if not selected else 70))
            painter.drawRoundedRect(tag, tag.height() / 2, tag.height() / 2)
            painter.setPen(muted)
            painter.setFont(small_font)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, NOT_PLACED)
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
