"""The "Warm path to…" column that opens beside the referral graph.

Its field finds the chains of introductions from Me to a company or a person
(``services.warm_path``), lists them best first and asks the canvas to
highlight the chosen one. It stays closed until asked for, so the graph keeps
its width. Everything shown is plain text: names are the user's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.services.graph import warm_path
from crm_desktop.services.graph.warm_path import WarmPaths
from crm_desktop.ui.common import themes
from crm_desktop.ui.common.widgets import plain_label, plain_tooltip

translate = QCoreApplication.translate

ContactIdsRole = Qt.ItemDataRole.UserRole + 1  # a chain's contact ids, Me's side first
QueryRole = Qt.ItemDataRole.UserRole + 2  # a candidate to search for instead
WIDTH = 310


class WarmPathPanel(QFrame):
    """The "Warm path to…" column; ``open_panel`` shows it, its × closes it."""

    chain_chosen = Signal(list)  # contact ids from Me's side to the target; [] clears
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.found: WarmPaths | None = None
        self._query = ""  # what was last searched for ("#ID" for a picked namesake)
        self._suggestions_stale = True
        self.setObjectName("warmPathPanel")  # styled in app.qss
        self.setFixedWidth(WIDTH)

        title = QLabel(translate("WarmPathPanel", "Warm path to…"))
        title.setObjectName("warmPathTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName(translate("WarmPathPanel", "Close the warm path"))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(
            translate("WarmPathPanel", "Close the warm path (the highlight goes too)")
        )
        self.close_button.clicked.connect(self.close_panel)
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.close_button)

        self.field = QLineEdit()
        self.field.setPlaceholderText(translate("WarmPathPanel", "A company or a person"))
        self.field.setAccessibleName(translate("WarmPathPanel", "Warm path to"))
        self.field.setClearButtonEnabled(True)
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        self.summary = plain_label("muted", wrap=True)
        self.chains = QListWidget()
        self.chains.setWordWrap(True)
        self.chains.setAccessibleName(translate("WarmPathPanel", "Chains of introductions"))
        self.chains.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.chains.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.chains.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.explanation = plain_label("warmPathExplanation", wrap=True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 10, 12)
        column.setSpacing(8)
        column.addLayout(heading)
        column.addWidget(self.field)
        column.addWidget(self.summary)
        column.addWidget(self.explanation)
        column.addWidget(self.chains, 1)
        column.addStretch(0)  # takes the room only while there is no list
        for widget in (self.summary, self.explanation):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.field.installEventFilter(self)
        self.field.returnPressed.connect(self.search)
        completer.activated.connect(self._on_completer_activated)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.chains.currentItemChanged.connect(self._on_chains_current_changed)
        self.chains.itemClicked.connect(self._on_chains_item_clicked)
        self.chains.itemActivated.connect(self._on_chains_item_clicked)
        self.show_results(None)

    # Warm path -----------------------------------------------------------------------
    def mark_stale(self) -> None:
        """The data changed: reload the completer's names when next needed."""
        self._suggestions_stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.FocusIn:
            self._load_suggestions()
        return super().eventFilter(watched, event)

    def open_panel(self) -> None:
        """Show the column with the field ready to type in; search again if it has text."""
        self.show()
        self._load_suggestions()
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text().strip() and self.found is None:
            self.search()

    def close_panel(self) -> None:
        self.hide()
        self.found = None
        self.chain_chosen.emit([])
        self.closed.emit()

    def _load_suggestions(self) -> None:
        if self._suggestions_stale:
            self.suggestions.setStringList(warm_path.suggestions())
            self._suggestions_stale = False

    def _on_completer_activated(self, text: str) -> None:
        self.field.setText(text)
        self.search()

    def _on_field_text_changed(self, text: str) -> None:
        if not text.strip() and self.found is not None:
            self.show_results(None)

    def search(self, text: str | None = None, query: str | None = None) -> WarmPaths | None:
        """Find the warm paths to what the field says (or to *query*, with *text*
        shown in the field) and highlight the best one."""
        if text is not None:
            self.field.setText(text)
        self._query = (query or self.field.text()).strip()
        if not self._query:
            self.show_results(None)
            return None
        try:
            found = warm_path.find(self._query)
        except GivebackError as err:
            self._show_problem(str(err), getattr(err, "candidates", []))
            return None
        self.show_results(found)
        return found

    def refresh(self) -> None:
        """Search again after the graph changed, keeping the chosen person if still there."""
        self.mark_stale()
        if self.found is None:
            return
        item = self.chains.currentItem()
        keep = item.data(ContactIdsRole)[-1] if item and item.data(ContactIdsRole) else None
        try:
            found = warm_path.find(self._query)
        except GivebackError as err:
            self._show_problem(str(err), getattr(err, "candidates", []))
            return
        self.show_results(found, keep)

    def show_results(self, found: WarmPaths | None, keep: int | None = None) -> None:
        self.found = found
        self.chains.blockSignals(True)
        self.chains.clear()
        self.chains.blockSignals(False)
        if found is None:
            self.explanation.clear()
            self.summary.hide()
            self.chains.hide()
            self.explanation.hide()
            self.chain_chosen.emit([])
            return
        for widget in (self.summary, self.chains, self.explanation):
            widget.show()
        self.summary.setText(found.summary())
        self.chains.blockSignals(True)
        for rank, chain in enumerate(found.chains, start=1):
            count = (
                translate("WarmPathPanel", "met directly")
                if chain.length == 1
                else translate("WarmPathPanel", "{count} introductions").format(count=chain.length)
            )
            item = QListWidgetItem(f"{rank}. {chain.target.full_name} · {count}\n{chain.line()}")
            item.setData(ContactIdsRole, chain.contact_ids)
            item.setToolTip(plain_tooltip(chain.explanation()))
            self.chains.addItem(item)
        for person in found.unplaced:
            item = QListWidgetItem(
                translate("WarmPathPanel", "{name}\nNo known chain: not in the graph yet.").format(
                    name=person.full_name
                )
            )
            item.setData(ContactIdsRole, [])
            item.setForeground(themes.current().colour("muted"))
            self.chains.addItem(item)
        self.chains.blockSignals(False)
        if not found.chains:
            self.explanation.setText(
                translate(
                    "WarmPathPanel",
                    "Nobody there is in your referral graph yet. Drag them in from the list "
                    "on the left, onto whoever introduced you.",
                )
            )
            self.chain_chosen.emit([])
            return
        row = 0
        for i, chain in enumerate(found.chains):
            if keep is not None and chain.target.contact_id == keep:
                row = i
        self.chains.setCurrentRow(row)

    def _show_problem(self, message: str, candidates: list[str]) -> None:
        self.found = None
        self.chains.blockSignals(True)
        self.chains.clear()
        for candidate in candidates:
            item = QListWidgetItem(candidate)
            # "#12 Ann Lee (Acme)" picks one of several Ann Lees by number.
            item.setData(
                QueryRole, candidate.split(" ")[0] if candidate.startswith("#") else candidate
            )
            item.setToolTip(
                plain_tooltip(
                    translate("WarmPathPanel", "Show the warm path to {name}").format(
                        name=candidate
                    )
                )
            )
            self.chains.addItem(item)
        self.chains.blockSignals(False)
        self.summary.show()
        self.chains.setVisible(bool(candidates))
        self.summary.setText(
            translate("WarmPathPanel", "{message} Pick one below.").format(message=message)
            if candidates
            else message
        )
        self.explanation.clear()
        self.explanation.hide()
        self.chain_chosen.emit([])

    def _on_chains_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None or current.data(QueryRole):
            return
        ids = current.data(ContactIdsRole) or []
        chain = next((c for c in self.found.chains if c.contact_ids == ids), None)
        self.explanation.setText(chain.explanation() if chain else "")
        self.chain_chosen.emit(list(ids))

    def _on_chains_item_clicked(self, item: QListWidgetItem) -> None:
        query = item.data(QueryRole)
        if query:
            shown = item.text().split(" ", 1)[1].split(" (")[0] if query.startswith("#") else query
            self.search(shown, query)

    def chosen_chain(self) -> list[int]:
        item = self.chains.currentItem()
        return list(item.data(ContactIdsRole) or []) if item is not None else []
