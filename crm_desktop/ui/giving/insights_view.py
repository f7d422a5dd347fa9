"""The insights page: what you learned, and who you could give each insight to."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError, NotFound
from crm_desktop.services.giving import insights
from crm_desktop.services.giving.insights import InsightRecord
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.action_rows import ActionRow, ActionSection
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.widgets import list_table, plain_label, select_row
from crm_desktop.ui.giving.insight_dialog import InsightDialog

COL_DATE, COL_TEXT, COL_TAGS, COL_FROM, COL_GIVEN = range(5)
HEADERS = ("Noted", "Insight", "Tags", "From", "Given")
InsightIdRole = Qt.ItemDataRole.UserRole + 1
_PRIVATE = QColor("#6b7280")
_Index = QModelIndex | QPersistentModelIndex


class InsightsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = ""
        self._rows: list[InsightRecord] = []
        self._cells: list[tuple[str, ...]] = []

    def refresh(self) -> None:
        rows = insights.list_insights(self.search)
        self.beginResetModel()
        self._rows = rows
        self._cells = [
            (
                f"{r.noted_on:%d %b %Y}",
                " ".join(r.text.split()),
                r.tags_label,
                r.source_name,
                ("private" if not r.shareable else (str(r.given_count) if r.given_count else "")),
            )
            for r in rows
        ]
        self.endResetModel()

    def insight_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, insight_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == insight_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == InsightIdRole:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.ForegroundRole and not self._rows[index.row()].shareable:
            return _PRIVATE
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None


class InsightsView(QWidget):
    open_contact_requested = Signal(int)

    def __init__(self, bus: DataBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = InsightsTableModel(self)
        self.dialog: InsightDialog | None = None

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search insights, tags and sources…")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton("New insight")
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.add_insight())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        self.table = list_table(self.model, (100, 330, 200, 140))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty_label = plain_label("muted", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 0, 12)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)

        self.title = plain_label("paneTitle", wrap=True)
        self.subtitle = plain_label("muted", wrap=True)
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.who = ActionSection("Who could use it", "", card=False)
        who_page = QWidget()
        who_layout = QVBoxLayout(who_page)
        who_layout.setContentsMargins(0, 0, 6, 0)
        who_layout.addWidget(self.who)
        who_layout.addStretch(1)
        who_scroll = QScrollArea()
        who_scroll.setWidgetResizable(True)
        who_scroll.setFrameShape(QFrame.Shape.NoFrame)
        who_scroll.setWidget(who_page)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 12, 12, 12)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.subtitle)
        right_layout.addLayout(buttons)
        right_layout.addSpacing(8)
        right_layout.addWidget(who_scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([760, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        for signal in (bus.insights_changed, bus.ledger_changed, bus.contacts_changed):
            signal.connect(self._reload_timer.start)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        # Filled when first shown: a hidden tab costs nothing at start-up.
        self._loaded = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    # Loading ----------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        self._loaded = True
        keep = self.current_insight_id()
        self.model.refresh()
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        self.empty_label.setText(
            "No insight matches." if self.model.search.strip() else
            "No insights yet. When you learn something about a company or an industry, "
            "note it here (or from a meeting) and Giveback will offer it to the people "
            "it can help."
        )  # fmt: skip
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_insight(keep)
        elif has_rows:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _apply_search(self) -> None:
        self.model.search = self.search.text()
        self.reload()

    def current_insight_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.insight_id(index.row()) if index.isValid() else None

    def select_insight(self, insight_id: int) -> None:
        row = self.model.row_of(insight_id)
        if row < 0 and self.model.search:
            self.search.clear()
            self._apply_search()
            row = self.model.row_of(insight_id)
        if row < 0:
            return
        index = self.model.index(row, COL_TEXT)
        select_row(self.table, index)

    def _on_table_current_changed(self, current, _previous) -> None:
        self._show(self.model.insight_id(current.row()) if current.isValid() else None)

    def _show(self, insight_id: int | None) -> None:
        record = None
        if insight_id is not None:
            try:
                record = insights.get_insight(insight_id)
            except NotFound:
                record = None
        self.edit_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        if record is None:
            self.title.setText("No insight selected")
            self.subtitle.setText("")
            self.who.empty.setText("")
            self.who.set_rows([])
            return
        self.title.setText(record.text)
        source = f"From {record.source_name}" if record.source_name else "Source not recorded"
        bits = [f"{source}, {record.noted_on:%d %b %Y}"]
        if record.tags:
            bits.append(record.tags_label)
        if record.given_count:
            bits.append(f"given {record.given_count}×")
        self.subtitle.setText(" · ".join(bits))
        if not record.shareable:
            self.who.title_text = "Private"
            self.who.empty.setText("Told in confidence: Giveback never offers it to anyone.")
            self.who.set_rows([])
            return
        self.who.title_text = "Who could use it"
        self.who.empty.setText(
            "Nobody yet: tag it with a company, an industry or a topic your contacts are "
            "tagged with."
        )
        self.who.set_rows([self._who_row(record.id, *p) for p in insights.who_could_use(record.id)])

    def _who_row(self, insight_id: int, contact_id: int, name: str, reason: str) -> ActionRow:
        row = ActionRow(name, reason[:1].upper() + reason[1:])
        row.add_button("open", "Open", lambda: self.open_contact_requested.emit(contact_id))
        row.add_button("give", "Give", lambda: self.give(insight_id, contact_id), primary=True)
        return row

    # Actions ----------------------------------------------------------------------
    def add_insight(self) -> InsightDialog:
        dialog = InsightDialog(None, None, None, self)
        dialog.insight_saved.connect(self._on_dialog_insight_saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    @Slot()
    def edit_selected(self) -> InsightDialog | None:
        insight_id = self.current_insight_id()
        if insight_id is None:
            return None
        dialog = InsightDialog(insights.get_insight(insight_id), None, None, self)
        dialog.insight_saved.connect(self._on_dialog_insight_saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    @Slot(int)
    def _on_dialog_insight_saved(self, insight_id: int) -> None:
        self.reload()
        self.select_insight(insight_id)

    @Slot()
    def delete_selected(self) -> bool:
        insight_id = self.current_insight_id()
        if insight_id is None:
            return False
        record = insights.get_insight(insight_id)
        if not self.confirm(
            "Delete insight",
            f"Delete “{record.text}”? Gives that shared it stay in the ledger.",
            "Delete",
        ):
            return False
        insights.delete_insight(insight_id)
        return True

    def give(self, insight_id: int, contact_id: int) -> bool:
        try:
            insights.give(insight_id, contact_id)
        except GivebackError as err:
            prompts.inform(self, str(err))
            return False
        return True

    def confirm(self, title: str, text: str, action: str) -> bool:
        return prompts.confirm(self, title, text, action)
