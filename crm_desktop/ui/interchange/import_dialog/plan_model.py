"""The preview's table: one row per contact in the file, what importing it will do,
and a tick to leave it out."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from crm_desktop.services.interchange.plan import ImportPlan, PlanItem
from crm_desktop.ui.common import themes
from crm_desktop.ui.common.widgets import plain_tooltip
from crm_desktop.ui.interchange.import_dialog.page import short

COL_NAME, COL_COMPANY, COL_EMAIL, COL_WHAT = range(4)
translate = QCoreApplication.translate

HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Name"),
    QT_TRANSLATE_NOOP("headers", "Company"),
    QT_TRANSLATE_NOOP("headers", "Email"),
    QT_TRANSLATE_NOOP("headers", "What happens"),
)
_Index = QModelIndex | QPersistentModelIndex


def _kind(item: PlanItem) -> str:
    """Text like "new", "match" (something to merge) or "unchanged" (matches, nothing new)."""
    if item.match_id is None:
        return "new"
    return "match" if item.changes else "unchanged"


def _first(item: PlanItem, kind: str) -> str:
    return next((m.value for m in item.contact.methods if m.kind == kind), "")


def _namesake_note(item: PlanItem) -> str:
    """The note " — another Priya Raman, at Northwind, is in Giveback" for a namesake row."""
    other = item.namesake
    if other is None:
        return ""
    if other.company:
        return translate("PlanModel", " — another {name}, at {company}, is in Giveback").format(
            name=other.name, company=other.company
        )
    return translate("PlanModel", " — another {name} is in Giveback").format(name=other.name)


def _target(item: PlanItem) -> str:
    """The note " → Ada King (Engines)" when the match is not obviously the same row's person."""
    person = item.contact
    own = f"{person.full_name} ({person.company})" if person.company else person.full_name
    return "" if item.match_label == own else f" → {item.match_label}"


class PlanModel(QAbstractTableModel):
    """The plan's rows for the preview: strings made once, the action read live,
    and a window of rows for the "Show" filter (no per-cell work on big files).
    A row with a namesake lets its "What happens" be chosen (``choices``)."""

    actions_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[PlanItem] = []
        self._cells: list[tuple[str, str, str]] = []
        self._kinds: list[str] = []
        self._rows: list[int] = []  # indexes into _items that the filter shows
        self._before_skip: dict[int, str] = {}  # a row's choice while it is unticked

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._items = plan.items
        self._cells = [
            (short(i.contact.full_name), short(i.contact.company), short(_first(i, "email")))
            for i in plan.items
        ]
        self._kinds = [_kind(i) for i in plan.items]
        self._rows = list(range(len(plan.items)))
        self._before_skip = {}
        self.endResetModel()

    def set_filter(self, kind: str) -> None:
        self.beginResetModel()
        self._rows = [n for n, k in enumerate(self._kinds) if kind in ("all", k)]
        self.endResetModel()

    def item(self, row: int) -> PlanItem:
        return self._items[self._rows[row]]

    def counts(self) -> dict[str, int]:
        """How many rows will be added, merged and skipped, and how many are unchanged."""
        counts = {"new": 0, "merge": 0, "skip": 0, "unchanged": 0}
        for item, kind in zip(self._items, self._kinds, strict=True):
            key = "unchanged" if kind == "unchanged" else item.action
            counts[key] = counts.get(key, 0) + 1
        return counts

    def kind_count(self, kind: str) -> int:
        return self._kinds.count(kind)

    def namesake_count(self) -> int:
        """Rows of new people who have an existing contact's name at another company."""
        return sum(1 for item in self._items if item.namesake is not None)

    def choices(self, row: int) -> list[tuple[str, str]]:
        """(action, words) the user may choose for *row*; [] when only a tick applies."""
        item = self.item(row)
        if item.namesake is None:
            return []
        return [
            ("new", translate("PlanModel", "New contact")),
            (
                "merge",
                translate("PlanModel", "Merge into {name}").format(name=item.namesake.label),
            ),
            ("skip", translate("PlanModel", "Skip")),
        ]

    def set_all_matches(self, action: str) -> None:
        """Merge or skip every match at once ("Merge all" / "Skip all")."""
        for item, kind in zip(self._items, self._kinds, strict=True):
            if kind == "match":
                item.action = action
        self._changed_all()

    def _changed_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_WHAT))
        self.actions_changed.emit()

    @staticmethod
    def _what(item: PlanItem, kind: str) -> str:
        if kind == "unchanged":
            return translate("PlanModel", "Unchanged, already in Giveback") + _target(item)
        if item.action == "skip":
            if kind == "match":
                return translate("PlanModel", "Skip, leave as it is") + _target(item)
            return translate("PlanModel", "Skip")
        if item.action == "merge":
            merge = translate("PlanModel", "Merge ({reason})").format(reason=item.match_reason)
            return merge + _target(item)
        return translate("PlanModel", "New contact") + _namesake_note(item)

    @staticmethod
    def _details(item: PlanItem, kind: str) -> str:
        other = item.namesake
        if other is not None:
            adds = "; ".join(other.changes) or translate("PlanModel", "nothing new")
            return translate(
                "PlanModel",
                "{name} has the same name: the same person, or someone else?\n"
                "Double-click to merge into them instead. A merge adds: {adds}.",
            ).format(name=other.label, adds=adds)
        if kind == "new":
            return ""
        found = translate("PlanModel", "Matches {name} ({reason}).").format(
            name=item.match_label, reason=item.match_reason
        )
        if kind == "unchanged":
            nothing = translate("PlanModel", "The file adds nothing new to this contact.")
            return f"{found}\n{nothing}"
        adds = translate("PlanModel", "A merge adds: {adds}").format(adds="; ".join(item.changes))
        return f"{found}\n{adds}"

    # Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("headers", HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        n = self._rows[index.row()]
        if index.column() == COL_NAME and self._kinds[n] != "unchanged":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_WHAT and self._items[n].namesake is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        n = self._rows[index.row()]
        column, item, kind = index.column(), self._items[n], self._kinds[n]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._what(item, kind) if column == COL_WHAT else self._cells[n][column]
        if role == Qt.ItemDataRole.EditRole and column == COL_WHAT:
            return item.action
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_NAME and kind != "unchanged":
            skip = item.action == "skip"
            return Qt.CheckState.Unchecked if skip else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_WHAT:
            if kind == "unchanged" or item.action == "skip":
                return QBrush(themes.current().colour("muted"))
            return QBrush(themes.current().colour("new")) if kind == "new" else None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHAT:
            return plain_tooltip(*self._details(item, kind).split("\n"))
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        n = self._rows[index.row()]
        item, kind = self._items[n], self._kinds[n]
        if role == Qt.ItemDataRole.EditRole and index.column() == COL_WHAT:
            if value not in dict(self.choices(index.row())):
                return False
            self._before_skip.pop(n, None)
            item.choose(value)
        elif role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_NAME:
            if kind == "unchanged":
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked and item.action == "skip":  # back to what it was before the untick
                item.choose(self._before_skip.pop(n, "merge" if kind == "match" else "new"))
            elif not checked and item.action != "skip":
                self._before_skip[n] = item.action
                item.choose("skip")
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_WHAT))
        self.actions_changed.emit()
        return True
